//! What the control plane asks a runtime to create, in runtime terms.

use std::collections::BTreeMap;
use std::path::PathBuf;
use std::time::Duration;

use crate::ContainerId;

/// The container that owns a task's network namespace (ECS awsvpc: all containers of a task
/// share `localhost`), for tasks of several containers.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct SandboxSpec {
    pub name: String,
    pub labels: BTreeMap<String, String>,
    pub network: NetworkSettings,
    /// Join the host's network namespace instead of making one (`networkMode: host`).
    pub host_network: bool,
    /// No network beyond loopback (`networkMode: none`).
    pub no_network: bool,
}

/// What the owner of a network namespace sets up: a sandbox, or a container that owns its
/// namespace. Ports are published by the owner, because the namespace's owner publishes them.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct NetworkSettings {
    pub hostname: Option<String>,
    pub ports: Vec<PublishedPort>,
    pub extra_hosts: Vec<(String, String)>,
    pub dns_servers: Vec<String>,
    pub dns_search_domains: Vec<String>,
}

/// One container of a task.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ContainerSpec {
    pub name: String,
    pub image: String,
    pub entrypoint: Option<Vec<String>>,
    pub command: Option<Vec<String>>,
    pub env: Vec<(String, String)>,
    pub working_dir: Option<String>,
    pub user: Option<String>,
    pub labels: BTreeMap<String, String>,
    pub network: NetworkMode,
    pub limits: ResourceLimits,
    pub ulimits: Vec<Ulimit>,
    pub init: bool,
    pub cap_add: Vec<String>,
    pub cap_drop: Vec<String>,
    pub privileged: bool,
    pub readonly_rootfs: bool,
    pub tmpfs: Vec<Tmpfs>,
    pub shm_size_bytes: Option<u64>,
    pub mounts: Vec<Mount>,
    /// Containers whose volumes this one mounts, and whether read-only.
    pub volumes_from: Vec<(ContainerId, bool)>,
    pub health_check: Option<HealthCheckSpec>,
    pub pid_mode: NamespaceMode,
    pub ipc_mode: NamespaceMode,
    pub interactive: bool,
    pub tty: bool,
    pub sysctls: BTreeMap<String, String>,
    pub security_opts: Vec<String>,
}

/// Which network namespace a container uses.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub enum NetworkMode {
    /// Join the task's sandbox (`container:<id>`).
    Sandbox(ContainerId),
    /// A namespace of its own on the runtime's default bridge network, set up as given (a
    /// task of one container needs no sandbox). Its published ports show in its inspection.
    Own(NetworkSettings),
    /// The host's namespace.
    Host,
    /// Loopback only.
    #[default]
    None,
}

/// PID or IPC namespace sharing.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub enum NamespaceMode {
    /// The container's own namespace.
    #[default]
    Private,
    Host,
    /// Another container's namespace (ECS `task` mode joins the sandbox).
    Container(ContainerId),
}

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct ResourceLimits {
    /// CPU shares (ECS cpu units map 1:1 onto Docker's relative shares).
    pub cpu_shares: Option<u64>,
    /// Hard CPU limit in units of 10^-9 CPUs (task-level cpu).
    pub nano_cpus: Option<u64>,
    pub memory_bytes: Option<u64>,
    pub memory_reservation_bytes: Option<u64>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Ulimit {
    pub name: String,
    pub soft: i64,
    pub hard: i64,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Tmpfs {
    pub path: String,
    pub size_mib: u64,
    pub options: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Mount {
    pub source: MountSource,
    pub target: String,
    pub read_only: bool,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum MountSource {
    /// A named runtime volume scoped to the task.
    Volume(String),
    /// A host path the operator allowed.
    Bind(PathBuf),
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct HealthCheckSpec {
    /// Docker's form: `["CMD", ...]` or `["CMD-SHELL", "..."]`.
    pub test: Vec<String>,
    pub interval: Duration,
    pub timeout: Duration,
    pub retries: u32,
    pub start_period: Duration,
}

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash)]
pub enum PortProtocol {
    #[default]
    Tcp,
    Udp,
}

impl PortProtocol {
    pub const fn as_str(self) -> &'static str {
        match self {
            Self::Tcp => "tcp",
            Self::Udp => "udp",
        }
    }
}

/// A port published on the host. Asking with `host_port: None` lets the runtime pick an
/// ephemeral port; inspection reports the one it picked.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PublishedPort {
    pub container_port: u16,
    pub host_port: Option<u16>,
    pub protocol: PortProtocol,
    pub host_ip: String,
}
