//! Turning podman-api's errors into the distinctions the reconciler needs.

use containers_api::conn::hyper::StatusCode;
use ecsemu_runtime::RuntimeError;

/// What went wrong with a libpod call, independent of which kind of object it was about.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Failure {
    /// The service did not answer: socket gone, connection refused or dropped mid-response.
    Unreachable(String),
    /// The service answered with an HTTP status other than success.
    Status(u16, String),
    /// Anything else (an answer we could not decode, a bad request we built).
    Other(String),
}

impl Failure {
    pub(crate) fn of(error: &podman_api::Error) -> Self {
        use podman_api::Error as E;
        match error {
            E::Fault { code, message } => status(*code, message),
            E::IO(e) => Self::of_io(e),
            E::Error(conn) => Self::of_conn(conn),
            other => Self::Other(other.to_string()),
        }
    }

    fn of_conn(error: &containers_api::conn::Error) -> Self {
        use containers_api::conn::Error as C;
        match error {
            C::Fault { code, message } => status(*code, message),
            // hyper reports refused and dropped connections alike; either way nobody answers.
            C::Hyper(e) => Self::Unreachable(e.to_string()),
            C::IO(e) => Self::of_io(e),
            C::ConnectionNotUpgraded => Self::Unreachable(error.to_string()),
            // podman-api wraps its own error in `Any` on some streaming paths (logs).
            C::Any(inner) => match inner.downcast_ref::<podman_api::Error>() {
                Some(e) => Self::of(e),
                None => Self::Other(inner.to_string()),
            },
            other => Self::Other(other.to_string()),
        }
    }

    /// Streaming paths (logs, events) pass the HTTP answer through an `AsyncRead`, which wraps
    /// libpod's refusal in an I/O error; only a bare I/O error is a broken connection.
    fn of_io(error: &std::io::Error) -> Self {
        let inner = error.get_ref();
        if let Some(e) = inner.and_then(|e| e.downcast_ref::<podman_api::Error>()) {
            Self::of(e)
        } else if let Some(e) = inner.and_then(|e| e.downcast_ref::<containers_api::conn::Error>())
        {
            Self::of_conn(e)
        } else {
            Self::Unreachable(error.to_string())
        }
    }

    pub(crate) fn is_not_found(&self) -> bool {
        matches!(self, Self::Status(404, _))
    }

    pub(crate) fn message(&self) -> &str {
        match self {
            Self::Unreachable(m) | Self::Status(_, m) | Self::Other(m) => m,
        }
    }

    /// The error for an operation on container `id`: 404 means the container is gone.
    pub(crate) fn for_container(self, id: &str) -> RuntimeError {
        match self {
            Self::Status(404, _) => RuntimeError::ContainerNotFound(id.to_owned()),
            other => other.into_runtime_error(),
        }
    }

    pub(crate) fn into_runtime_error(self) -> RuntimeError {
        match self {
            Self::Unreachable(m) => RuntimeError::Unreachable(m),
            Self::Status(_, m) | Self::Other(m) => RuntimeError::Rejected(m),
        }
    }
}

fn status(code: StatusCode, message: &str) -> Failure {
    Failure::Status(code.as_u16(), message.to_owned())
}

/// libpod error bodies are `{"cause": ..., "message": ..., "response": <status>}`; the message
/// already contains the cause.
pub(crate) fn libpod_message(body: &[u8]) -> String {
    serde_json::from_slice::<serde_json::Value>(body)
        .ok()
        .and_then(|v| v.get("message").and_then(|m| m.as_str()).map(str::to_owned))
        .unwrap_or_else(|| String::from_utf8_lossy(body).trim().to_owned())
}

/// How libpod says that an image is missing when creating a container from it.
pub(crate) fn is_missing_image(message: &str) -> bool {
    let message = message.to_ascii_lowercase();
    ["image not known", "no such image", "unable to find"]
        .iter()
        .any(|m| message.contains(m))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn faults_keep_their_status() {
        let error = podman_api::Error::Fault {
            code: StatusCode::NOT_FOUND,
            message: "no such container".into(),
        };
        let failure = Failure::of(&error);
        assert!(failure.is_not_found());
        assert_eq!(
            failure.for_container("abc"),
            RuntimeError::ContainerNotFound("abc".into())
        );
    }

    #[test]
    fn wrapped_faults_are_unwrapped() {
        let inner = podman_api::Error::Fault {
            code: StatusCode::CONFLICT,
            message: "container is not running".into(),
        };
        let error = podman_api::Error::Error(containers_api::conn::Error::Any(Box::new(inner)));
        assert_eq!(
            Failure::of(&error),
            Failure::Status(409, "container is not running".into())
        );
    }

    #[test]
    fn faults_inside_io_errors_are_unwrapped() {
        let fault = podman_api::Error::Fault {
            code: StatusCode::NOT_FOUND,
            message: "no such container".into(),
        };
        let wrapped = containers_api::conn::Error::Any(Box::new(fault));
        let io = std::io::Error::other(wrapped);
        let error = podman_api::Error::Error(containers_api::conn::Error::IO(io));
        assert!(Failure::of(&error).is_not_found());
    }

    #[test]
    fn io_errors_mean_unreachable() {
        let error = podman_api::Error::IO(std::io::Error::new(
            std::io::ErrorKind::ConnectionRefused,
            "refused",
        ));
        assert!(matches!(
            Failure::of(&error).into_runtime_error(),
            RuntimeError::Unreachable(_)
        ));
    }

    #[test]
    fn libpod_messages_are_extracted() {
        let body =
            br#"{"cause":"image not known","message":"nope: image not known","response":404}"#;
        assert_eq!(libpod_message(body), "nope: image not known");
        assert_eq!(libpod_message(b"plain text\n"), "plain text");
        assert!(is_missing_image("nope: image not known"));
        assert!(!is_missing_image("name already in use"));
    }
}
