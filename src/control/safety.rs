//! What a task may do to the host. The runtime socket is root on the host, so anything that
//! reaches beyond the task's own containers needs the operator's explicit opt-in. Registering
//! such a task definition is fine (it is valid ECS); launching it without the opt-in is refused
//! before any container is created.

use std::path::{Component, Path, PathBuf};

use crate::error::EcsError;
use crate::wire::{self, IpcMode, NetworkMode, PidMode};

/// The operator's opt-ins, from flags.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct SafetyPolicy {
    /// Host directories bind mounts may come from (`--allow-host-mounts`).
    pub host_mount_roots: Vec<PathBuf>,
    /// `--allow-privileged`.
    pub privileged: bool,
    /// `--allow-added-capabilities`: capabilities beyond the runtime's defaults.
    pub added_capabilities: bool,
    /// `--allow-host-namespaces`: host pid, ipc and network namespaces.
    pub host_namespaces: bool,
}

/// The capabilities Docker and Podman grant by default; adding these changes nothing.
const DEFAULT_CAPABILITIES: &[&str] = &[
    "AUDIT_WRITE",
    "CHOWN",
    "DAC_OVERRIDE",
    "FOWNER",
    "FSETID",
    "KILL",
    "MKNOD",
    "NET_BIND_SERVICE",
    "NET_RAW",
    "SETFCAP",
    "SETGID",
    "SETPCAP",
    "SETUID",
    "SYS_CHROOT",
];

/// Socket files no task may mount, whatever the allow-list says: they hand out the host.
const RUNTIME_SOCKETS: &[&str] = &["docker.sock", "podman.sock", "containerd.sock", "crio.sock"];

impl SafetyPolicy {
    /// Refuses a launch of `definition` that needs an opt-in the operator did not give,
    /// naming the flag.
    pub fn check(&self, definition: &wire::TaskDefinition) -> Result<(), EcsError> {
        let refuse = |what: String, flag: &str| {
            Err(EcsError::client(format!(
                "{what} is not allowed by this ecsemu: restart it with {flag} to allow it."
            )))
        };
        let containers = definition
            .container_definitions
            .as_deref()
            .unwrap_or_default();
        for c in containers {
            let name = c.name.as_deref().unwrap_or_default();
            if c.privileged == Some(true) && !self.privileged {
                return refuse(
                    format!("Container '{name}' is privileged, which"),
                    "--allow-privileged",
                );
            }
            let added = c
                .linux_parameters
                .as_ref()
                .and_then(|l| l.capabilities.as_ref())
                .and_then(|c| c.add.as_ref())
                .into_iter()
                .flatten()
                .find(|cap| {
                    let cap = cap.trim_start_matches("CAP_").to_ascii_uppercase();
                    !DEFAULT_CAPABILITIES.contains(&cap.as_str())
                });
            if let (Some(cap), false) = (added, self.added_capabilities) {
                return refuse(
                    format!("Container '{name}' adds the capability {cap}, which"),
                    "--allow-added-capabilities",
                );
            }
        }
        if !self.host_namespaces {
            let host = [
                (
                    definition.network_mode == Some(NetworkMode::Host),
                    "networkMode host",
                ),
                (definition.pid_mode == Some(PidMode::Host), "pidMode host"),
                (definition.ipc_mode == Some(IpcMode::Host), "ipcMode host"),
            ];
            if let Some((_, what)) = host.iter().find(|(used, _)| *used) {
                return refuse(
                    format!("The task definition's {what}, which shares the host's namespace,"),
                    "--allow-host-namespaces",
                );
            }
        }
        for volume in definition.volumes.iter().flatten() {
            if let Some(path) = volume.host.as_ref().and_then(|h| h.source_path.as_deref()) {
                self.check_host_mount(path)?;
            }
        }
        Ok(())
    }

    /// A bind mount must come from under an allowed root once `..` and symlinks are taken into
    /// account, and never be a runtime socket.
    fn check_host_mount(&self, source: &str) -> Result<(), EcsError> {
        let refuse = |why: &str| {
            Err(EcsError::client(format!(
                "The host path '{source}' {why}: restart ecsemu with \
                 --allow-host-mounts <directory> to allow bind mounts from a directory."
            )))
        };
        let path = Path::new(source);
        if !path.is_absolute() || path.components().any(|c| c == Component::ParentDir) {
            return refuse("is not an absolute path without '..'");
        }
        let resolved = resolve(path);
        if RUNTIME_SOCKETS.iter().any(|socket| {
            resolved
                .file_name()
                .is_some_and(|name| name.to_string_lossy().ends_with(socket))
        }) {
            return Err(EcsError::client(format!(
                "The host path '{source}' is a container runtime socket, which no task may \
                 mount."
            )));
        }
        let allowed = self
            .host_mount_roots
            .iter()
            .any(|root| resolved.starts_with(resolve(root)));
        if allowed {
            Ok(())
        } else {
            refuse("is not under a directory allowed for bind mounts")
        }
    }
}

/// `path` with every symlink of its longest existing prefix resolved, so a link inside an
/// allowed directory that points outside it does not pass; the missing rest is kept as is.
fn resolve(path: &Path) -> PathBuf {
    let mut existing = path.to_path_buf();
    let mut missing = Vec::new();
    loop {
        if let Ok(canonical) = existing.canonicalize() {
            return missing.iter().rev().fold(canonical, |p, part| p.join(part));
        }
        match (
            existing.file_name().map(ToOwned::to_owned),
            existing.parent(),
        ) {
            (Some(name), Some(parent)) => {
                missing.push(name);
                existing = parent.to_path_buf();
            }
            _ => return path.to_path_buf(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn definition(container: wire::ContainerDefinition) -> wire::TaskDefinition {
        wire::TaskDefinition {
            container_definitions: Some(vec![container]),
            ..wire::TaskDefinition::default()
        }
    }

    fn with_host_volume(path: &str) -> wire::TaskDefinition {
        wire::TaskDefinition {
            volumes: Some(vec![wire::Volume {
                name: Some("data".into()),
                host: Some(wire::HostVolumeProperties {
                    source_path: Some(path.into()),
                }),
                ..wire::Volume::default()
            }]),
            ..wire::TaskDefinition::default()
        }
    }

    #[test]
    fn privileged_needs_its_flag() {
        let def = definition(wire::ContainerDefinition {
            name: Some("app".into()),
            privileged: Some(true),
            ..Default::default()
        });
        let err = SafetyPolicy::default().check(&def).unwrap_err();
        assert_eq!(err.code(), "ClientException");
        assert!(err.message.contains("--allow-privileged"));
        let allowed = SafetyPolicy {
            privileged: true,
            ..SafetyPolicy::default()
        };
        assert!(allowed.check(&def).is_ok());
    }

    #[test]
    fn only_capabilities_beyond_the_defaults_need_a_flag() {
        let with = |cap: &str| {
            definition(wire::ContainerDefinition {
                name: Some("app".into()),
                linux_parameters: Some(wire::LinuxParameters {
                    capabilities: Some(wire::KernelCapabilities {
                        add: Some(vec![cap.into()]),
                        drop: None,
                    }),
                    ..Default::default()
                }),
                ..Default::default()
            })
        };
        assert!(SafetyPolicy::default()
            .check(&with("NET_BIND_SERVICE"))
            .is_ok());
        let err = SafetyPolicy::default()
            .check(&with("SYS_ADMIN"))
            .unwrap_err();
        assert!(err.message.contains("--allow-added-capabilities"));
    }

    #[test]
    fn host_namespaces_need_their_flag() {
        let def = wire::TaskDefinition {
            pid_mode: Some(PidMode::Host),
            ..wire::TaskDefinition::default()
        };
        let err = SafetyPolicy::default().check(&def).unwrap_err();
        assert!(err.message.contains("--allow-host-namespaces"));
    }

    #[test]
    fn bind_mounts_stay_under_allowed_roots() {
        let root = std::env::temp_dir().join(format!("ecsemu-safety-{}", std::process::id()));
        let allowed = root.join("allowed");
        std::fs::create_dir_all(&allowed).unwrap();
        let policy = SafetyPolicy {
            host_mount_roots: vec![allowed.clone()],
            ..SafetyPolicy::default()
        };
        let inside = allowed.join("data").display().to_string();
        assert!(policy.check(&with_host_volume(&inside)).is_ok());
        let escape = format!("{}/../etc", allowed.display());
        assert!(policy.check(&with_host_volume(&escape)).is_err());
        assert!(policy.check(&with_host_volume("/etc")).is_err());
        let link = allowed.join("link");
        let _ = std::os::unix::fs::symlink("/etc", &link);
        let through_link = link.join("passwd").display().to_string();
        assert!(policy.check(&with_host_volume(&through_link)).is_err());
        let socket = allowed.join("docker.sock").display().to_string();
        let err = policy.check(&with_host_volume(&socket)).unwrap_err();
        assert!(err.message.contains("runtime socket"));
        assert!(SafetyPolicy::default()
            .check(&with_host_volume(&inside))
            .is_err());
        let _ = std::fs::remove_dir_all(&root);
    }
}
