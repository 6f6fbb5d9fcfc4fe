/// Why a runtime call failed. The reconciler turns these into a container's `reason` and a
/// task's `stopCode`/`stoppedReason`; the variants are the distinctions it needs to make.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum RuntimeError {
    /// There is no runtime at all (`--runtime none`); the text tells the user how to get one.
    #[error("{0}")]
    NoRuntime(String),
    /// The runtime did not answer (socket gone, daemon down).
    #[error("container runtime unreachable: {0}")]
    Unreachable(String),
    /// The image is neither local nor pullable.
    #[error("{0}")]
    ImageNotFound(String),
    /// The container no longer exists.
    #[error("no such container: {0}")]
    ContainerNotFound(String),
    /// The runtime refused the request (bad spec, conflict, resource limits).
    #[error("{0}")]
    Rejected(String),
    /// The runtime took longer than ecsemu waits for that call (a hung or overloaded daemon).
    #[error("{0}")]
    TimedOut(String),
}
