//! The seam between ecsemu's control plane and the container runtimes.
//!
//! The control plane only ever holds an `Arc<dyn ContainerRuntime>`; Docker, Podman, the CLI
//! backend and the no-runtime backend implement it in their own crates, which depend on this one.
//! The trait speaks in runtime terms (images, containers, a network sandbox per task, events),
//! never in ECS terms: mapping a task definition to `ContainerSpec`s and runtime failures to stop
//! codes is the reconciler's job.

mod error;
pub mod pause;
mod spec;
pub mod time;

#[cfg(feature = "test-util")]
pub mod contract;
#[cfg(feature = "test-util")]
pub mod fake;

use std::time::{Duration, SystemTime};

use async_trait::async_trait;
use futures::stream::BoxStream;

pub use error::RuntimeError;
pub use spec::{
    ContainerSpec, HealthCheckSpec, Mount, MountSource, NamespaceMode, NetworkMode,
    NetworkSettings, PortProtocol, PublishedPort, ResourceLimits, SandboxSpec, Tmpfs, Ulimit,
};

/// A runtime's id for a container (Docker/Podman container id).
pub type ContainerId = String;

/// Label keys every container ecsemu creates carries, so a restarted emulator can find what it
/// started and tests can find a task's containers.
pub mod labels {
    pub const INSTANCE: &str = "ecsemu.instance";
    pub const ACCOUNT: &str = "ecsemu.account";
    pub const REGION: &str = "ecsemu.region";
    pub const CLUSTER: &str = "ecsemu.cluster";
    pub const TASK_ARN: &str = "ecsemu.task-arn";
    pub const CONTAINER_NAME: &str = "ecsemu.container-name";
    /// Marks the container that holds a task's network namespace.
    pub const SANDBOX: &str = "ecsemu.sandbox";
}

/// What a runtime is and what it can do, for logs, the README and RegisterContainerInstance.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RuntimeInfo {
    /// `docker`, `podman`, `cli:docker`, `none`, ...
    pub name: String,
    pub version: String,
    pub cpus: u32,
    pub memory_bytes: u64,
    /// The host's operating system as the runtime names it (`linux`).
    pub os_type: String,
    /// The host's CPU architecture as the runtime names it (`x86_64`, `amd64`, `aarch64`, ...).
    pub architecture: String,
    /// The Docker Engine API version the runtime serves (`1.41`; Podman serves one too).
    pub api_version: Option<String>,
    /// False where the runtime accepts but ignores memory and CPU limits (rootless Podman on
    /// cgroup v1): the emulator reports it instead of pretending.
    pub limits_enforced: bool,
}

/// A container's state as the runtime reports it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ContainerState {
    pub status: ContainerStatus,
    pub exit_code: Option<i64>,
    pub oom_killed: bool,
    pub health: Option<HealthState>,
    pub started_at: Option<SystemTime>,
    pub finished_at: Option<SystemTime>,
    /// Ports published on the host, with the host port the runtime actually chose.
    pub ports: Vec<PublishedPort>,
    /// The runtime's own error text for a container that failed to start.
    pub error: Option<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ContainerStatus {
    Created,
    Running,
    Exited,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum HealthState {
    Starting,
    Healthy,
    Unhealthy,
}

/// A container found by `list_containers`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ContainerSummary {
    pub id: ContainerId,
    pub labels: std::collections::BTreeMap<String, String>,
    pub status: ContainerStatus,
}

/// Something that happened to a container, from the runtime's event stream.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RuntimeEvent {
    pub container_id: ContainerId,
    pub kind: EventKind,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum EventKind {
    Started,
    Exited { exit_code: i64, oom_killed: bool },
    Health(HealthState),
    Removed,
}

/// One line of a container's output.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LogLine {
    pub stream: LogStream,
    pub text: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LogStream {
    Stdout,
    Stderr,
}

/// The result of running a command inside a container.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ExecOutput {
    pub exit_code: i64,
    pub output: String,
}

/// A stream of runtime events. It ends when the runtime connection drops; the caller
/// re-subscribes and resynchronises by inspecting the containers it knows.
pub type EventStream = BoxStream<'static, RuntimeEvent>;

/// A container runtime ecsemu can run tasks on.
#[async_trait]
pub trait ContainerRuntime: Send + Sync + 'static {
    /// Completes once the runtime takes calls. ecsemu's startup handle completes when the
    /// runtime has been chosen, every backend at once; a caller that bounds its calls in time
    /// starts counting after it.
    async fn ready(&self) {}

    /// Facts about the runtime; fails if it is unreachable.
    async fn info(&self) -> Result<RuntimeInfo, RuntimeError>;

    /// Whether `image` is in the runtime's local store.
    async fn image_present(&self, image: &str) -> Result<bool, RuntimeError>;

    /// Pulls `image` from its registry.
    async fn pull_image(&self, image: &str) -> Result<(), RuntimeError>;

    /// Creates (and starts) the container that holds a task's network namespace and publishes
    /// its ports, so every container of the task can join it and share `localhost`.
    async fn create_sandbox(&self, spec: &SandboxSpec) -> Result<ContainerId, RuntimeError>;

    async fn create_container(&self, spec: &ContainerSpec) -> Result<ContainerId, RuntimeError>;

    async fn start_container(&self, id: &str) -> Result<(), RuntimeError>;

    /// Sends SIGTERM, then SIGKILL once `grace` has passed. Stopping a stopped container is fine.
    async fn stop_container(&self, id: &str, grace: Duration) -> Result<(), RuntimeError>;

    async fn inspect_container(&self, id: &str) -> Result<ContainerState, RuntimeError>;

    /// Removes the container (forcefully); removing a missing container is fine.
    async fn remove_container(&self, id: &str) -> Result<(), RuntimeError>;

    /// Removes a named volume (one a task's containers mounted); a missing one is fine.
    async fn remove_volume(&self, name: &str) -> Result<(), RuntimeError>;

    /// Containers carrying every one of `labels`.
    async fn list_containers(
        &self,
        labels: &[(String, String)],
    ) -> Result<Vec<ContainerSummary>, RuntimeError>;

    /// Subscribes to container events (start, exit, health, removal).
    async fn events(&self) -> Result<EventStream, RuntimeError>;

    /// Everything the container has written so far.
    async fn logs(&self, id: &str) -> Result<Vec<LogLine>, RuntimeError>;

    /// Runs `command` in the running container and collects its output.
    async fn exec(&self, id: &str, command: &[String]) -> Result<ExecOutput, RuntimeError>;
}
