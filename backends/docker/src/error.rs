//! Turning bollard's errors into the distinctions the reconciler makes.

use bollard::errors::Error;
use ecsemu_runtime::RuntimeError;

/// The error of a call about container `id`. A 404 naming `id` means that container is gone;
/// one naming another container (starting a container whose sandbox was removed answers "No
/// such container: <sandbox>") is a refusal, because this container still exists.
pub(crate) fn container_error(error: Error, id: &str) -> RuntimeError {
    match runtime_error(error) {
        RuntimeError::ContainerNotFound(message) if message.contains(id) => {
            RuntimeError::ContainerNotFound(id.to_owned())
        }
        RuntimeError::ContainerNotFound(message) => RuntimeError::Rejected(message),
        other => other,
    }
}

/// The error of a call that is about no container in particular.
pub(crate) fn runtime_error(error: Error) -> RuntimeError {
    match error {
        Error::DockerResponseServerError {
            status_code: 404,
            message,
        } => {
            // Creating a container answers 404 both for a missing image and for a missing
            // container it refers to (network, volumes-from): only the text tells them apart.
            if message.to_ascii_lowercase().starts_with("no such image") {
                RuntimeError::ImageNotFound(message)
            } else {
                RuntimeError::ContainerNotFound(message)
            }
        }
        Error::DockerResponseServerError { message, .. } => RuntimeError::Rejected(message),
        other if is_connection_error(&other) => RuntimeError::Unreachable(describe(&other)),
        other => RuntimeError::Rejected(describe(&other)),
    }
}

/// Whether the daemon's status code was `status`.
pub(crate) fn has_status(error: &Error, status: u16) -> bool {
    matches!(error, Error::DockerResponseServerError { status_code, .. } if *status_code == status)
}

/// Failures of the transport rather than of the request: the daemon is gone or not answering.
pub(crate) fn is_connection_error(error: &Error) -> bool {
    matches!(
        error,
        Error::HyperLegacyError { .. }
            | Error::HyperResponseError { .. }
            | Error::IOError { .. }
            | Error::SocketNotFoundError(_)
            | Error::RequestTimeoutError
    )
}

/// The error with its causes: hyper's own text ("client error (Connect)") hides the useful part
/// ("Connection refused") in its source chain.
pub(crate) fn describe(error: &(dyn std::error::Error + 'static)) -> String {
    let mut text = error.to_string();
    let mut source = error.source();
    while let Some(cause) = source {
        let cause_text = cause.to_string();
        if !text.contains(&cause_text) {
            text.push_str(": ");
            text.push_str(&cause_text);
        }
        source = cause.source();
    }
    text
}

#[cfg(test)]
mod tests {
    use super::*;

    fn server(status_code: u16, message: &str) -> Error {
        Error::DockerResponseServerError {
            status_code,
            message: message.to_owned(),
        }
    }

    #[test]
    fn a_missing_container_names_the_container_asked_about() {
        assert_eq!(
            container_error(server(404, "No such container: abc123"), "abc123"),
            RuntimeError::ContainerNotFound("abc123".to_owned())
        );
    }

    #[test]
    fn a_missing_container_it_refers_to_is_a_rejection() {
        assert_eq!(
            container_error(server(404, "No such container: sandbox1"), "main1"),
            RuntimeError::Rejected("No such container: sandbox1".to_owned())
        );
        assert_eq!(
            container_error(server(404, "No such exec instance: e1"), "main1"),
            RuntimeError::Rejected("No such exec instance: e1".to_owned())
        );
    }

    #[test]
    fn a_missing_image_is_image_not_found() {
        assert_eq!(
            runtime_error(server(404, "No such image: busybox:nope")),
            RuntimeError::ImageNotFound("No such image: busybox:nope".to_owned())
        );
    }

    #[test]
    fn other_daemon_errors_are_rejections_with_the_daemon_text() {
        assert_eq!(
            container_error(server(409, "Conflict. The name is in use"), "x"),
            RuntimeError::Rejected("Conflict. The name is in use".to_owned())
        );
        assert_eq!(
            runtime_error(server(500, "boom")),
            RuntimeError::Rejected("boom".to_owned())
        );
    }

    #[test]
    fn transport_failures_are_unreachable() {
        let refused = std::io::Error::new(std::io::ErrorKind::ConnectionRefused, "refused");
        assert!(matches!(
            runtime_error(Error::IOError { err: refused }),
            RuntimeError::Unreachable(text) if text.contains("refused")
        ));
        assert!(matches!(
            runtime_error(Error::SocketNotFoundError("/nowhere.sock".to_owned())),
            RuntimeError::Unreachable(_)
        ));
        assert!(matches!(
            runtime_error(Error::RequestTimeoutError),
            RuntimeError::Unreachable(_)
        ));
    }

    #[test]
    fn status_checks_only_match_daemon_answers() {
        assert!(has_status(&server(404, "gone"), 404));
        assert!(!has_status(&server(409, "busy"), 404));
        assert!(!has_status(&Error::RequestTimeoutError, 404));
    }
}
