//! The backend for machines without a container runtime. The control plane works as usual, but
//! every container operation fails with `RuntimeError::NoRuntime`, so launched tasks stop with
//! `stopCode: TaskFailedToStart` and a reason that says how to get a runtime. CI agents that only
//! exercise the ECS API can still drive every task, service and deployment flow.

use std::time::Duration;

use async_trait::async_trait;
use ecsemu_runtime::{
    ContainerRuntime, ContainerSpec, ContainerState, ContainerSummary, EventStream, ExecOutput,
    LogLine, RuntimeError, RuntimeInfo, SandboxSpec,
};

/// What a task's `stoppedReason` says when there is no runtime.
pub const NO_RUNTIME_REASON: &str = "ecsemu has no container runtime (--runtime none), so \
containers cannot start. Start Docker or Podman (or put a docker/podman binary on PATH) and \
restart ecsemu with --runtime auto";

/// See the crate documentation.
#[derive(Debug, Default, Clone, Copy)]
pub struct NoRuntime;

fn unavailable<T>() -> Result<T, RuntimeError> {
    Err(RuntimeError::NoRuntime(NO_RUNTIME_REASON.to_owned()))
}

#[async_trait]
impl ContainerRuntime for NoRuntime {
    /// Reports the host, so RegisterContainerInstance has capacity to offer even here.
    async fn info(&self) -> Result<RuntimeInfo, RuntimeError> {
        Ok(RuntimeInfo {
            name: "none".to_owned(),
            version: String::new(),
            cpus: std::thread::available_parallelism()
                .map_or(1, |n| u32::try_from(n.get()).unwrap_or(u32::MAX)),
            memory_bytes: host_memory_bytes().unwrap_or(2 << 30),
            os_type: std::env::consts::OS.to_owned(),
            architecture: std::env::consts::ARCH.to_owned(),
            api_version: None,
            limits_enforced: false,
        })
    }

    async fn image_present(&self, _image: &str) -> Result<bool, RuntimeError> {
        unavailable()
    }

    async fn pull_image(&self, _image: &str) -> Result<(), RuntimeError> {
        unavailable()
    }

    async fn create_sandbox(&self, _spec: &SandboxSpec) -> Result<String, RuntimeError> {
        unavailable()
    }

    async fn create_container(&self, _spec: &ContainerSpec) -> Result<String, RuntimeError> {
        unavailable()
    }

    async fn start_container(&self, _id: &str) -> Result<(), RuntimeError> {
        unavailable()
    }

    async fn stop_container(&self, _id: &str, _grace: Duration) -> Result<(), RuntimeError> {
        unavailable()
    }

    async fn inspect_container(&self, _id: &str) -> Result<ContainerState, RuntimeError> {
        unavailable()
    }

    async fn remove_container(&self, _id: &str) -> Result<(), RuntimeError> {
        unavailable()
    }

    async fn remove_volume(&self, _name: &str) -> Result<(), RuntimeError> {
        unavailable()
    }

    /// Nothing was ever started, so there is nothing to find.
    async fn list_containers(
        &self,
        _labels: &[(String, String)],
    ) -> Result<Vec<ContainerSummary>, RuntimeError> {
        Ok(Vec::new())
    }

    /// A stream that never yields: no container will ever have an event.
    async fn events(&self) -> Result<EventStream, RuntimeError> {
        Ok(Box::pin(futures::stream::pending()))
    }

    async fn logs(&self, _id: &str) -> Result<Vec<LogLine>, RuntimeError> {
        unavailable()
    }

    async fn exec(&self, _id: &str, _command: &[String]) -> Result<ExecOutput, RuntimeError> {
        unavailable()
    }
}

fn host_memory_bytes() -> Option<u64> {
    let meminfo = std::fs::read_to_string("/proc/meminfo").ok()?;
    let line = meminfo.lines().find(|l| l.starts_with("MemTotal:"))?;
    let kib: u64 = line.split_whitespace().nth(1)?.parse().ok()?;
    Some(kib * 1024)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test]
    async fn every_container_operation_explains_there_is_no_runtime() {
        let runtime = NoRuntime;
        let err = runtime
            .create_container(&ContainerSpec::default())
            .await
            .unwrap_err();
        assert!(matches!(err, RuntimeError::NoRuntime(ref m) if m.contains("--runtime auto")));
        assert!(runtime.pull_image("busybox").await.is_err());
        assert!(runtime.list_containers(&[]).await.unwrap().is_empty());
    }

    #[tokio::test]
    async fn info_reports_host_capacity() {
        let info = NoRuntime.info().await.unwrap();
        assert_eq!(info.name, "none");
        assert!(info.cpus >= 1);
        assert!(info.memory_bytes > 0);
    }
}
