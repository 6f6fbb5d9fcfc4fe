//! Picks the container runtime at startup.

use std::sync::Arc;

use ecsemu_runtime::ContainerRuntime;
use ecsemu_runtime_none::NoRuntime;

use crate::config::RuntimeChoice;

/// The runtime tasks run on, and what to tell the user about the choice.
pub struct Selected {
    pub runtime: Arc<dyn ContainerRuntime>,
    pub name: String,
    pub why: String,
}

/// Resolves `--runtime`. An explicitly chosen runtime that cannot be used is an error that
/// stops startup; `auto` always finds something, if only `none`.
pub fn select(choice: RuntimeChoice) -> Result<Selected, String> {
    let none = |why: &str| Selected {
        runtime: Arc::new(NoRuntime),
        name: "none".to_owned(),
        why: why.to_owned(),
    };
    match choice {
        RuntimeChoice::None => Ok(none(
            "--runtime none: launched tasks stop with stopCode TaskFailedToStart",
        )),
        RuntimeChoice::Auto => Ok(none(
            "no container runtime backend is built into this ecsemu yet (Docker, Podman and \
             CLI backends are coming); tasks will stop with stopCode TaskFailedToStart",
        )),
        RuntimeChoice::Docker | RuntimeChoice::Podman | RuntimeChoice::Cli => Err(format!(
            "--runtime {} is not available in this build of ecsemu; use --runtime none or auto",
            match choice {
                RuntimeChoice::Docker => "docker",
                RuntimeChoice::Podman => "podman",
                _ => "cli",
            }
        )),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn auto_falls_back_to_none_and_says_why() {
        let selected = select(RuntimeChoice::Auto).unwrap();
        assert_eq!(selected.name, "none");
        assert!(selected.why.contains("TaskFailedToStart"));
    }

    #[test]
    fn an_explicit_unavailable_runtime_is_an_error() {
        assert!(select(RuntimeChoice::Docker).is_err());
        assert!(select(RuntimeChoice::None).is_ok());
    }
}
