//! What a task may do to the host. The runtime socket is root on the host, so anything that
//! reaches beyond the task's own containers needs the operator's explicit opt-in. Registering
//! such a task definition is fine (it is valid ECS); launching it without the opt-in is refused
//! before any container is created.

use std::fs::Metadata;
use std::os::unix::fs::{FileTypeExt, MetadataExt};
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
    /// Where container runtimes listen on this host, so that a link to one is recognised by
    /// what it is (its device and inode) rather than by its name.
    pub runtime_sockets: Vec<PathBuf>,
}

/// What a bind mount's source is, once the policy allowed it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum HostSource {
    /// Nothing there yet: it is created as a directory, as Docker does for `-v`.
    Missing,
    Directory,
    /// A regular file, mounted as a file.
    File,
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
                self.host_source(Path::new(path))?;
            }
        }
        Ok(())
    }

    /// Checks a bind mount's source and says what it is. It must lie under an allowed root
    /// once `..` and symlinks are taken into account, and be a directory, a regular file or
    /// nothing yet. Sockets are refused, whichever: a task could reach the runtime through any
    /// of them, and only the runtime's own can be recognised (by name, or by device and inode
    /// through a link); so are directories holding a runtime socket. Checked when a task is
    /// launched and again just before its containers are created.
    pub fn host_source(&self, source: &Path) -> Result<HostSource, EcsError> {
        let shown = source.display();
        let refuse = |why: String| {
            Err(EcsError::client(format!(
                "The host path '{shown}' {why}, which no task may mount."
            )))
        };
        if !source.is_absolute() || source.components().any(|c| c == Component::ParentDir) {
            return Err(EcsError::client(format!(
                "The host path '{shown}' is not an absolute path without '..': restart ecsemu \
                 with --allow-host-mounts <directory> to allow bind mounts from a directory."
            )));
        }
        let resolved = resolve(source);
        if let Some(socket) = named_runtime_socket(&resolved) {
            return refuse(format!("is a container runtime socket ({socket})"));
        }
        if !self
            .host_mount_roots
            .iter()
            .any(|root| resolved.starts_with(resolve(root)))
        {
            return Err(EcsError::client(format!(
                "The host path '{shown}' is not under a directory allowed for bind mounts: \
                 restart ecsemu with --allow-host-mounts <directory> to allow bind mounts from \
                 a directory."
            )));
        }
        let metadata = match std::fs::metadata(&resolved) {
            Ok(metadata) => metadata,
            Err(error) if error.kind() == std::io::ErrorKind::NotFound => {
                return Ok(HostSource::Missing)
            }
            Err(error) => return refuse(format!("cannot be examined ({error})")),
        };
        let kind = metadata.file_type();
        if kind.is_socket() {
            return match self.same_file_as_a_runtime_socket(&metadata) {
                Some(socket) => refuse(format!(
                    "is the container runtime socket {} (the same file)",
                    socket.display()
                )),
                None => refuse("is a unix socket".to_owned()),
            };
        }
        if kind.is_dir() {
            return match self.runtime_socket_under(&resolved) {
                Some(socket) => refuse(format!(
                    "holds the container runtime socket {}",
                    socket.display()
                )),
                None => Ok(HostSource::Directory),
            };
        }
        if kind.is_file() {
            return Ok(HostSource::File);
        }
        refuse("is neither a directory nor a regular file".to_owned())
    }

    /// The runtime socket `metadata` describes, through whatever name it was reached.
    fn same_file_as_a_runtime_socket(&self, metadata: &Metadata) -> Option<&Path> {
        self.runtime_sockets
            .iter()
            .find(|socket| {
                std::fs::metadata(socket)
                    .is_ok_and(|s| s.dev() == metadata.dev() && s.ino() == metadata.ino())
            })
            .map(PathBuf::as_path)
    }

    /// A runtime socket that mounting `directory` would hand out.
    fn runtime_socket_under(&self, directory: &Path) -> Option<PathBuf> {
        self.runtime_sockets
            .iter()
            .filter_map(|socket| socket.canonicalize().ok())
            .find(|socket| socket.starts_with(directory))
    }
}

/// The runtime socket `path` is named after, if any.
fn named_runtime_socket(path: &Path) -> Option<&'static str> {
    let name = path.file_name()?.to_string_lossy();
    RUNTIME_SOCKETS
        .iter()
        .copied()
        .find(|socket| name.ends_with(socket))
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

    /// A scratch directory with an `allowed` root in it, removed when dropped.
    struct Scratch(PathBuf);

    impl Scratch {
        fn new(name: &str) -> Self {
            let root = std::env::temp_dir().join(format!("ecsemu-{name}-{}", std::process::id()));
            let _ = std::fs::remove_dir_all(&root);
            std::fs::create_dir_all(root.join("allowed")).unwrap();
            Self(root)
        }

        fn allowed(&self) -> PathBuf {
            self.0.join("allowed")
        }

        fn policy(&self, runtime_sockets: Vec<PathBuf>) -> SafetyPolicy {
            SafetyPolicy {
                host_mount_roots: vec![self.allowed()],
                runtime_sockets,
                ..SafetyPolicy::default()
            }
        }
    }

    impl Drop for Scratch {
        fn drop(&mut self) {
            let _ = std::fs::remove_dir_all(&self.0);
        }
    }

    #[test]
    fn files_directories_and_missing_paths_say_what_they_are() {
        let scratch = Scratch::new("sources");
        let policy = scratch.policy(Vec::new());
        let file = scratch.allowed().join("app.conf");
        std::fs::write(&file, "x").unwrap();
        assert_eq!(policy.host_source(&file), Ok(HostSource::File));
        assert_eq!(
            policy.host_source(&scratch.allowed()),
            Ok(HostSource::Directory)
        );
        let missing = scratch.allowed().join("new/data");
        assert_eq!(policy.host_source(&missing), Ok(HostSource::Missing));
        assert!(policy
            .check(&with_host_volume(&file.display().to_string()))
            .is_ok());
    }

    #[test]
    fn sockets_are_refused_and_links_to_a_runtime_socket_are_recognised() {
        let scratch = Scratch::new("sockets");
        let runtime_socket = scratch.0.join("runtime.sock");
        let _runtime = std::os::unix::net::UnixListener::bind(&runtime_socket).unwrap();
        let policy = scratch.policy(vec![runtime_socket.clone()]);
        let other = scratch.allowed().join("agent.sock");
        let _other = std::os::unix::net::UnixListener::bind(&other).unwrap();
        let err = policy.host_source(&other).unwrap_err();
        assert!(err.message.contains("is a unix socket"), "{}", err.message);
        let link = scratch.allowed().join("innocent");
        std::fs::hard_link(&runtime_socket, &link).unwrap();
        let err = policy.host_source(&link).unwrap_err();
        assert!(
            err.message.contains("is the container runtime socket")
                && err.message.contains("runtime.sock"),
            "{}",
            err.message
        );
    }

    #[test]
    fn directories_holding_a_runtime_socket_are_refused() {
        let scratch = Scratch::new("holders");
        let run = scratch.allowed().join("run");
        std::fs::create_dir_all(&run).unwrap();
        let socket = run.join("containerd.sock");
        let _runtime = std::os::unix::net::UnixListener::bind(&socket).unwrap();
        let policy = scratch.policy(vec![socket]);
        let err = policy.host_source(&scratch.allowed()).unwrap_err();
        assert!(
            err.message.contains("holds the container runtime socket"),
            "{}",
            err.message
        );
        assert_eq!(
            policy.host_source(&scratch.allowed().join("elsewhere")),
            Ok(HostSource::Missing)
        );
    }
}
