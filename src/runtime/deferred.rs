//! A runtime handle usable before the runtime is chosen, so the server can listen at once:
//! its calls wait until selection has finished, then go to the runtime it chose.

use std::sync::Arc;
use std::time::Duration;

use async_trait::async_trait;
use ecsemu_runtime::{
    ContainerId, ContainerRuntime, ContainerSpec, ContainerState, ContainerSummary, EventStream,
    ExecOutput, LogLine, RuntimeError, RuntimeInfo, SandboxSpec,
};
use ecsemu_runtime_none::NoRuntime;
use tokio::sync::watch;

type Choice = Option<Arc<dyn ContainerRuntime>>;

/// See the module documentation.
pub struct Deferred {
    chosen: watch::Receiver<Choice>,
}

/// Hands the chosen runtime to its `Deferred` handle.
pub struct Chooser(watch::Sender<Choice>);

impl Deferred {
    pub fn new() -> (Self, Chooser) {
        let (chooser, chosen) = watch::channel(None);
        (Self { chosen }, Chooser(chooser))
    }

    async fn runtime(&self) -> Arc<dyn ContainerRuntime> {
        let mut chosen = self.chosen.clone();
        let runtime = match chosen.wait_for(Option::is_some).await {
            Ok(runtime) => runtime.clone(),
            // Selection ended without choosing (it panicked): there is no runtime.
            Err(_) => None,
        };
        runtime.unwrap_or_else(|| Arc::new(NoRuntime))
    }
}

impl Chooser {
    pub fn choose(self, runtime: Arc<dyn ContainerRuntime>) {
        // No receiver left means nobody will ever ask: nothing to hand over.
        let _ = self.0.send(Some(runtime));
    }
}

#[async_trait]
impl ContainerRuntime for Deferred {
    async fn ready(&self) {
        self.runtime().await.ready().await;
    }

    async fn info(&self) -> Result<RuntimeInfo, RuntimeError> {
        self.runtime().await.info().await
    }

    async fn image_present(&self, image: &str) -> Result<bool, RuntimeError> {
        self.runtime().await.image_present(image).await
    }

    async fn pull_image(&self, image: &str) -> Result<(), RuntimeError> {
        self.runtime().await.pull_image(image).await
    }

    async fn create_sandbox(&self, spec: &SandboxSpec) -> Result<ContainerId, RuntimeError> {
        self.runtime().await.create_sandbox(spec).await
    }

    async fn create_container(&self, spec: &ContainerSpec) -> Result<ContainerId, RuntimeError> {
        self.runtime().await.create_container(spec).await
    }

    async fn start_container(&self, id: &str) -> Result<(), RuntimeError> {
        self.runtime().await.start_container(id).await
    }

    async fn stop_container(&self, id: &str, grace: Duration) -> Result<(), RuntimeError> {
        self.runtime().await.stop_container(id, grace).await
    }

    async fn inspect_container(&self, id: &str) -> Result<ContainerState, RuntimeError> {
        self.runtime().await.inspect_container(id).await
    }

    async fn remove_container(&self, id: &str) -> Result<(), RuntimeError> {
        self.runtime().await.remove_container(id).await
    }

    async fn remove_volume(&self, name: &str) -> Result<(), RuntimeError> {
        self.runtime().await.remove_volume(name).await
    }

    async fn list_containers(
        &self,
        labels: &[(String, String)],
    ) -> Result<Vec<ContainerSummary>, RuntimeError> {
        self.runtime().await.list_containers(labels).await
    }

    async fn events(&self) -> Result<EventStream, RuntimeError> {
        self.runtime().await.events().await
    }

    async fn logs(&self, id: &str) -> Result<Vec<LogLine>, RuntimeError> {
        self.runtime().await.logs(id).await
    }

    async fn exec(&self, id: &str, command: &[String]) -> Result<ExecOutput, RuntimeError> {
        self.runtime().await.exec(id, command).await
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use ecsemu_runtime::fake::FakeRuntime;
    use futures::FutureExt;

    #[tokio::test]
    async fn calls_wait_for_the_choice_then_reach_the_chosen_runtime() {
        let (deferred, chooser) = Deferred::new();
        let mut info = Box::pin(deferred.info());
        assert!((&mut info).now_or_never().is_none(), "nothing chosen yet");
        assert!(deferred.ready().now_or_never().is_none());
        chooser.choose(Arc::new(FakeRuntime::new()));
        assert_eq!(info.await.map(|i| i.name), Ok("fake".to_owned()));
        assert!(deferred.ready().now_or_never().is_some());
    }

    #[tokio::test]
    async fn a_selection_that_ends_without_a_choice_is_no_runtime() {
        let (deferred, chooser) = Deferred::new();
        drop(chooser);
        assert_eq!(deferred.info().await.map(|i| i.name), Ok("none".to_owned()));
    }
}
