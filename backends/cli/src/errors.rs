//! Turning a failed invocation's stderr into the trait's error kinds.
//!
//! The CLIs only say what went wrong in prose, so this matches the phrases both of them (and
//! the daemons behind them) use; anything unrecognised is the runtime refusing the request.

use ecsemu_runtime::RuntimeError;

/// Phrases meaning the binary works but nothing answers behind it.
const UNREACHABLE: &[&str] = &[
    "cannot connect to the docker daemon",
    "is the docker daemon running",
    "error during connect",
    "permission denied while trying to connect to the docker daemon",
    "cannot connect to podman",
    "unable to connect to podman",
];

/// Phrases meaning the container does not exist.
const MISSING_CONTAINER: &[&str] = &[
    "no such container",
    "no container with name or id",
    "no such object",
];

/// Phrases meaning an image is not in the local store (or, for pulls, nowhere to be had).
const MISSING_IMAGE: &[&str] = &[
    "no such image",
    "image not known",
    "unable to find image",
    "pull access denied",
    "manifest unknown",
    "repository does not exist",
    "short-name",
];

fn mentions(stderr: &str, phrases: &[&str]) -> bool {
    let lower = stderr.to_lowercase();
    phrases.iter().any(|p| lower.contains(p))
}

pub(crate) fn is_unreachable(stderr: &str) -> bool {
    mentions(stderr, UNREACHABLE)
}

pub(crate) fn is_missing_container(stderr: &str) -> bool {
    mentions(stderr, MISSING_CONTAINER)
}

pub(crate) fn is_missing_image(stderr: &str) -> bool {
    mentions(stderr, MISSING_IMAGE)
}

/// The stderr worth showing a user: trimmed, or the exit status when the CLI said nothing.
pub(crate) fn message(stderr: &str, code: Option<i32>) -> String {
    let text = stderr.trim();
    if !text.is_empty() {
        return text.to_owned();
    }
    match code {
        Some(code) => format!("exited with status {code} and no message"),
        None => "killed by a signal".to_owned(),
    }
}

/// The error for a failed call about `target` (a container id, an image, a volume). A missing
/// container counts only if it is `target` (both CLIs name it): starting a container whose
/// sandbox is gone is refused, the container itself still exists.
pub(crate) fn classify(stderr: &str, code: Option<i32>, target: &str) -> RuntimeError {
    if is_unreachable(stderr) {
        RuntimeError::Unreachable(message(stderr, code))
    } else if is_missing_container(stderr) && stderr.contains(target) {
        RuntimeError::ContainerNotFound(target.to_owned())
    } else if is_missing_image(stderr) {
        RuntimeError::ImageNotFound(message(stderr, code))
    } else {
        RuntimeError::Rejected(message(stderr, code))
    }
}

/// A failed pull: any reason the image could not be had is the image's, unless the runtime
/// itself is gone.
pub(crate) fn pull_error(stderr: &str, code: Option<i32>) -> RuntimeError {
    if is_unreachable(stderr) {
        RuntimeError::Unreachable(message(stderr, code))
    } else {
        RuntimeError::ImageNotFound(message(stderr, code))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn missing_containers_from_both_clis() {
        for stderr in [
            "Error response from daemon: No such container: abc\n",
            "Error: no container with name or ID \"abc\" found: no such container\n",
            "Error: inspecting object: no such container abc\n",
            "Error: No such object: abc",
        ] {
            assert_eq!(
                classify(stderr, Some(1), "abc"),
                RuntimeError::ContainerNotFound("abc".to_owned()),
                "{stderr}"
            );
        }
    }

    #[test]
    fn a_missing_other_container_is_a_refusal() {
        let stderr = "Error response from daemon: No such container: sandbox123";
        assert_eq!(
            classify(stderr, Some(1), "main456"),
            RuntimeError::Rejected(stderr.to_owned())
        );
    }

    #[test]
    fn unreachable_daemons() {
        for stderr in [
            "Cannot connect to the Docker daemon at unix:///var/run/docker.sock. Is the docker daemon running?",
            "error during connect: Get \"http://%2Fvar%2Frun%2Fdocker.sock/v1.24/info\": EOF",
            "Error: unable to connect to Podman socket: dial unix /run/podman/podman.sock: connect: no such file or directory",
            "Cannot connect to Podman. Please verify your connection to the Linux system",
        ] {
            assert!(matches!(classify(stderr, Some(125), "x"), RuntimeError::Unreachable(_)), "{stderr}");
            assert!(matches!(pull_error(stderr, Some(1)), RuntimeError::Unreachable(_)), "{stderr}");
        }
    }

    #[test]
    fn missing_images_and_refusals() {
        assert_eq!(
            classify(
                "Error response from daemon: No such image: busybox:nope\n",
                Some(1),
                "busybox:nope"
            ),
            RuntimeError::ImageNotFound(
                "Error response from daemon: No such image: busybox:nope".to_owned()
            )
        );
        assert!(matches!(
            classify("Error: busybox:nope: image not known", Some(125), "x"),
            RuntimeError::ImageNotFound(_)
        ));
        assert_eq!(
            classify(
                "  Error: conflicting options: dns and the network mode\n",
                Some(125),
                "x"
            ),
            RuntimeError::Rejected(
                "Error: conflicting options: dns and the network mode".to_owned()
            )
        );
        assert_eq!(
            classify("", Some(3), "x"),
            RuntimeError::Rejected("exited with status 3 and no message".to_owned())
        );
    }

    #[test]
    fn every_pull_failure_is_the_images() {
        for stderr in [
            "Error response from daemon: Get \"https://registry-1.docker.io/v2/\": dial tcp: lookup registry-1.docker.io: no such host",
            "Error: short-name \"x/y:z\" did not resolve to an alias",
            "Error response from daemon: pull access denied for x, repository does not exist",
            "unauthorized: authentication required",
        ] {
            assert!(matches!(pull_error(stderr, Some(1)), RuntimeError::ImageNotFound(_)), "{stderr}");
        }
    }
}
