//! What every runtime call gets, whichever backend answers it: a time limit, creates that are
//! never abandoned, and one pull per image.
//!
//! - A hung or overloaded daemon must turn into a clear task failure, never a hung actor: each
//!   call is bounded (`RuntimeTimeouts`, the ECS agent's limits where it has them), counted
//!   from the moment the runtime is ready (`ContainerRuntime::ready`), so that waiting for the
//!   runtime to be chosen at startup is not a timeout.
//! - Dropping a create that the daemon has already received does not stop the daemon from
//!   creating the container. A create therefore runs on its own task: whoever waits gets the
//!   id, and when nobody waits any more (StopTask mid-launch, a timeout) the container is
//!   removed as soon as the daemon has made it.
//! - Launches of one image share one pull: every waiter gets its result, and when the last
//!   waiter goes away the pull is dropped, which closes its connection (or kills its CLI
//!   process), so the daemon stops pulling for nobody.

use std::collections::HashMap;
use std::future::Future;
use std::sync::Arc;
use std::time::Duration;

use async_trait::async_trait;
use ecsemu_runtime::{
    ContainerId, ContainerRuntime, ContainerSpec, ContainerState, ContainerSummary, EventStream,
    ExecOutput, LogLine, RuntimeError, RuntimeInfo, SandboxSpec,
};
use futures::future::{BoxFuture, FutureExt, Shared, WeakShared};
use parking_lot::Mutex;
use tokio::sync::oneshot;

/// How long each kind of call may take once the runtime is ready.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RuntimeTimeouts {
    pub info: Duration,
    /// Inspecting a container or an image (agent: 30 s).
    pub inspect: Duration,
    /// Pulling an image. The agent allows 2 hours but also gives up on a pull that shows no
    /// progress for a minute, which ecsemu cannot see through the runtime trait.
    pub pull: Duration,
    /// Creating a container or a task's sandbox (agent: 4 minutes).
    pub create: Duration,
    /// Starting a container (agent's ECS_CONTAINER_START_TIMEOUT: 3 minutes).
    pub start: Duration,
    /// Added to a stop's grace period (agent: 30 s).
    pub stop_margin: Duration,
    /// Removing a container or a volume (agent: 5 minutes).
    pub remove: Duration,
    pub list: Duration,
    /// Subscribing to events; the stream itself may be idle for as long as it likes.
    pub events: Duration,
    pub logs: Duration,
    /// A command run by ECS Exec (SSM ends idle sessions after 20 minutes).
    pub exec: Duration,
    /// How long a create nobody waits for may still take before ecsemu stops watching it (a
    /// container the daemon makes even later is removed at ecsemu's next start on its port).
    pub orphaned_create: Duration,
}

impl Default for RuntimeTimeouts {
    fn default() -> Self {
        Self {
            info: Duration::from_secs(30),
            inspect: Duration::from_secs(30),
            pull: Duration::from_secs(10 * 60),
            create: Duration::from_secs(4 * 60),
            start: Duration::from_secs(3 * 60),
            stop_margin: Duration::from_secs(30),
            remove: Duration::from_secs(5 * 60),
            list: Duration::from_secs(60),
            events: Duration::from_secs(30),
            logs: Duration::from_secs(60),
            exec: Duration::from_secs(20 * 60),
            orphaned_create: Duration::from_secs(15 * 60),
        }
    }
}

type Pull = Shared<BoxFuture<'static, Result<(), RuntimeError>>>;
type Pulls = Arc<Mutex<HashMap<String, WeakShared<BoxFuture<'static, Result<(), RuntimeError>>>>>>;

/// See the module documentation.
pub struct Guarded {
    inner: Arc<dyn ContainerRuntime>,
    timeouts: RuntimeTimeouts,
    pulls: Pulls,
}

impl Guarded {
    pub fn new(inner: Arc<dyn ContainerRuntime>, timeouts: RuntimeTimeouts) -> Self {
        Self {
            inner,
            timeouts,
            pulls: Pulls::default(),
        }
    }

    /// Runs `call` once the runtime is ready, within `limit`.
    async fn bounded<T>(
        &self,
        what: Step,
        limit: Duration,
        call: impl Future<Output = Result<T, RuntimeError>>,
    ) -> Result<T, RuntimeError> {
        self.inner.ready().await;
        within(what, limit, call).await
    }

    /// The pull of `image` in flight, or a new one.
    fn pull(&self, image: &str) -> Pull {
        let mut pulls = self.pulls.lock();
        if let Some(pull) = pulls.get(image).and_then(WeakShared::upgrade) {
            return pull;
        }
        pulls.retain(|_, pull| pull.upgrade().is_some());
        let inner = self.inner.clone();
        let limit = self.timeouts.pull;
        let registry = Arc::clone(&self.pulls);
        let owned = image.to_owned();
        let pull = async move {
            inner.ready().await;
            let pulled = within(Step::Pull, limit, inner.pull_image(&owned)).await;
            // Later launches ask the daemon again rather than reuse this answer.
            registry.lock().remove(&owned);
            pulled
        }
        .boxed()
        .shared();
        if let Some(weak) = pull.downgrade() {
            pulls.insert(image.to_owned(), weak);
        }
        pull
    }

    /// Runs `create` on a task of its own and waits for its id; see the module documentation.
    async fn create(
        &self,
        step: Step,
        create: BoxFuture<'static, Result<ContainerId, RuntimeError>>,
    ) -> Result<ContainerId, RuntimeError> {
        self.inner.ready().await;
        let (answer, created) = oneshot::channel();
        let inner = self.inner.clone();
        let timeouts = self.timeouts;
        tokio::spawn(async move {
            let Ok(result) = tokio::time::timeout(timeouts.orphaned_create, create).await else {
                tracing::warn!(
                    "a container create has not answered for {}; if the runtime still makes \
                     the container, ecsemu removes it when it next starts on this port",
                    go_duration(timeouts.orphaned_create)
                );
                return;
            };
            if let Err(Ok(id)) = answer.send(result) {
                tracing::debug!(container = %id, "removing a container nobody waits for any more");
                let removed = within(Step::Remove, timeouts.remove, inner.remove_container(&id));
                if let Err(error) = removed.await {
                    tracing::warn!(%error, container = %id, "could not remove a container nobody waits for");
                }
            }
        });
        match tokio::time::timeout(self.timeouts.create, created).await {
            Ok(Ok(result)) => result,
            Ok(Err(_)) => Err(RuntimeError::Unreachable(
                "the container create ended without an answer".to_owned(),
            )),
            Err(_) => Err(step.timed_out(self.timeouts.create)),
        }
    }
}

/// The runtime calls, for messages.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Step {
    Info,
    InspectImage,
    Pull,
    Create,
    Start,
    Stop,
    Inspect,
    Remove,
    RemoveVolume,
    List,
    Events,
    Logs,
    Exec,
}

impl Step {
    /// What the call is doing, for `the container runtime did not <verb> within ...`.
    const fn verb(self) -> &'static str {
        match self {
            Self::Info => "describe itself",
            Self::InspectImage => "say whether an image is local",
            Self::Pull => "pull an image",
            Self::Create => "create a container",
            Self::Start => "start a container",
            Self::Stop => "stop a container",
            Self::Inspect => "inspect a container",
            Self::Remove => "remove a container",
            Self::RemoveVolume => "remove a volume",
            Self::List => "list containers",
            Self::Events => "subscribe to events",
            Self::Logs => "return a container's logs",
            Self::Exec => "finish a command in a container",
        }
    }

    /// The agent's state names for the steps of a container's life; the others have none.
    const fn transition(self) -> Option<&'static str> {
        match self {
            Self::Pull => Some("pulled"),
            Self::Create => Some("created"),
            Self::Start => Some("started"),
            Self::Stop => Some("stopped"),
            _ => None,
        }
    }

    /// The agent's wording (`Could not transition to created; timed out after waiting 4m0s`)
    /// where it has one, so a task's reason reads as in ECS.
    fn timed_out(self, after: Duration) -> RuntimeError {
        let after = go_duration(after);
        RuntimeError::TimedOut(match self.transition() {
            Some(state) => {
                format!("Could not transition to {state}; timed out after waiting {after}")
            }
            None => format!(
                "the container runtime did not {} within {after}",
                self.verb()
            ),
        })
    }
}

async fn within<T>(
    step: Step,
    limit: Duration,
    call: impl Future<Output = Result<T, RuntimeError>>,
) -> Result<T, RuntimeError> {
    tokio::time::timeout(limit, call)
        .await
        .unwrap_or_else(|_| Err(step.timed_out(limit)))
}

/// A duration as Go prints it (`200ms`, `30s`, `4m0s`, `1h0m0s`; to the millisecond), as the
/// agent's messages show them.
pub fn go_duration(duration: Duration) -> String {
    let total = duration.as_secs();
    let fraction = duration.subsec_millis();
    if total == 0 && fraction > 0 {
        return format!("{fraction}ms");
    }
    let (hours, minutes, seconds) = (total / 3600, total / 60 % 60, total % 60);
    let seconds = if fraction == 0 {
        format!("{seconds}s")
    } else {
        let digits = format!("{fraction:03}");
        format!("{seconds}.{}s", digits.trim_end_matches('0'))
    };
    match (hours, minutes) {
        (0, 0) => seconds,
        (0, m) => format!("{m}m{seconds}"),
        (h, m) => format!("{h}h{m}m{seconds}"),
    }
}

#[async_trait]
impl ContainerRuntime for Guarded {
    async fn ready(&self) {
        self.inner.ready().await;
    }

    async fn info(&self) -> Result<RuntimeInfo, RuntimeError> {
        self.bounded(Step::Info, self.timeouts.info, self.inner.info())
            .await
    }

    async fn image_present(&self, image: &str) -> Result<bool, RuntimeError> {
        let call = self.inner.image_present(image);
        self.bounded(Step::InspectImage, self.timeouts.inspect, call)
            .await
    }

    async fn pull_image(&self, image: &str) -> Result<(), RuntimeError> {
        self.pull(image).await
    }

    async fn create_sandbox(&self, spec: &SandboxSpec) -> Result<ContainerId, RuntimeError> {
        let inner = self.inner.clone();
        let spec = spec.clone();
        let create = async move { inner.create_sandbox(&spec).await };
        self.create(Step::Create, create.boxed()).await
    }

    async fn create_container(&self, spec: &ContainerSpec) -> Result<ContainerId, RuntimeError> {
        let inner = self.inner.clone();
        let spec = spec.clone();
        let create = async move { inner.create_container(&spec).await };
        self.create(Step::Create, create.boxed()).await
    }

    async fn start_container(&self, id: &str) -> Result<(), RuntimeError> {
        let call = self.inner.start_container(id);
        self.bounded(Step::Start, self.timeouts.start, call).await
    }

    async fn stop_container(&self, id: &str, grace: Duration) -> Result<(), RuntimeError> {
        let limit = grace.saturating_add(self.timeouts.stop_margin);
        let call = self.inner.stop_container(id, grace);
        self.bounded(Step::Stop, limit, call).await
    }

    async fn inspect_container(&self, id: &str) -> Result<ContainerState, RuntimeError> {
        let call = self.inner.inspect_container(id);
        self.bounded(Step::Inspect, self.timeouts.inspect, call)
            .await
    }

    async fn remove_container(&self, id: &str) -> Result<(), RuntimeError> {
        let call = self.inner.remove_container(id);
        self.bounded(Step::Remove, self.timeouts.remove, call).await
    }

    async fn remove_volume(&self, name: &str) -> Result<(), RuntimeError> {
        let call = self.inner.remove_volume(name);
        self.bounded(Step::RemoveVolume, self.timeouts.remove, call)
            .await
    }

    async fn list_containers(
        &self,
        labels: &[(String, String)],
    ) -> Result<Vec<ContainerSummary>, RuntimeError> {
        let call = self.inner.list_containers(labels);
        self.bounded(Step::List, self.timeouts.list, call).await
    }

    async fn events(&self) -> Result<EventStream, RuntimeError> {
        self.bounded(Step::Events, self.timeouts.events, self.inner.events())
            .await
    }

    async fn logs(&self, id: &str) -> Result<Vec<LogLine>, RuntimeError> {
        let call = self.inner.logs(id);
        self.bounded(Step::Logs, self.timeouts.logs, call).await
    }

    async fn exec(&self, id: &str, command: &[String]) -> Result<ExecOutput, RuntimeError> {
        let call = self.inner.exec(id, command);
        self.bounded(Step::Exec, self.timeouts.exec, call).await
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use ecsemu_runtime::fake::{CallKind, FakeRuntime};

    fn guarded(fake: &Arc<FakeRuntime>) -> Guarded {
        Guarded::new(fake.clone(), RuntimeTimeouts::default())
    }

    #[test]
    fn durations_read_as_go_prints_them() {
        assert_eq!(go_duration(Duration::from_secs(30)), "30s");
        assert_eq!(go_duration(Duration::from_secs(240)), "4m0s");
        assert_eq!(go_duration(Duration::from_secs(3725)), "1h2m5s");
        assert_eq!(go_duration(Duration::from_millis(1500)), "1.5s");
        assert_eq!(go_duration(Duration::from_millis(200)), "200ms");
        assert_eq!(go_duration(Duration::ZERO), "0s");
    }

    #[tokio::test(start_paused = true)]
    async fn a_hung_call_times_out_with_the_agents_wording() {
        let fake = Arc::new(FakeRuntime::new());
        let runtime = guarded(&fake);
        fake.hold(CallKind::Start);
        let started = runtime.start_container("abc").await;
        assert_eq!(
            started,
            Err(RuntimeError::TimedOut(
                "Could not transition to started; timed out after waiting 3m0s".to_owned()
            ))
        );
        fake.hold(CallKind::List);
        let listed = runtime.list_containers(&[]).await;
        assert_eq!(
            listed,
            Err(RuntimeError::TimedOut(
                "the container runtime did not list containers within 1m0s".to_owned()
            ))
        );
    }

    /// Yields until `done` holds, so spawned work can run (paused clock: no real wait).
    async fn until(what: &str, done: impl Fn() -> bool) {
        for _ in 0..1000 {
            if done() {
                return;
            }
            tokio::time::sleep(Duration::from_millis(1)).await;
        }
        panic!("{what} never happened");
    }

    fn spec(name: &str) -> ContainerSpec {
        ContainerSpec {
            name: name.to_owned(),
            image: "busybox:latest".to_owned(),
            ..ContainerSpec::default()
        }
    }

    #[tokio::test(start_paused = true)]
    async fn a_create_nobody_waits_for_is_removed_once_made() {
        let fake = Arc::new(FakeRuntime::new());
        fake.add_local_image("busybox:latest");
        let runtime = guarded(&fake);
        fake.hold(CallKind::Create);
        let abandoned = tokio::time::timeout(
            Duration::from_millis(10),
            runtime.create_container(&spec("app")),
        )
        .await;
        assert!(
            abandoned.is_err(),
            "the caller gave up while the create was held"
        );
        fake.release(CallKind::Create);
        until("the orphan's removal", || {
            fake.calls_of(CallKind::Remove).len() == 1
        })
        .await;
        assert!(fake.live_containers().is_empty());
        let kept = runtime.create_container(&spec("kept")).await.unwrap();
        assert_eq!(
            fake.live_containers(),
            [kept],
            "a create someone waits for stays"
        );
    }

    #[tokio::test(start_paused = true)]
    async fn concurrent_pulls_of_an_image_are_one_pull_with_one_result() {
        let fake = Arc::new(FakeRuntime::new());
        let runtime = guarded(&fake);
        fake.hold(CallKind::Pull);
        let (first, second, done) = tokio::join!(
            runtime.pull_image("registry/app:1"),
            runtime.pull_image("registry/app:1"),
            async {
                until("the pull", || fake.held(CallKind::Pull) == 1).await;
                fake.release(CallKind::Pull);
            }
        );
        let () = done;
        assert!(
            matches!(first, Err(RuntimeError::ImageNotFound(_))),
            "{first:?}"
        );
        assert_eq!(first, second, "every waiter gets the one pull's result");
        assert_eq!(fake.calls_of(CallKind::Pull), ["registry/app:1"]);
        fake.add_remote_image("registry/app:1");
        assert_eq!(
            runtime.pull_image("registry/app:1").await,
            Ok(()),
            "a later pull asks again"
        );
        assert_eq!(fake.calls_of(CallKind::Pull).len(), 2);
    }

    #[tokio::test(start_paused = true)]
    async fn a_pull_nobody_waits_for_is_dropped() {
        let fake = Arc::new(FakeRuntime::new());
        let runtime = guarded(&fake);
        fake.hold(CallKind::Pull);
        let mut first = Box::pin(runtime.pull_image("registry/app:1"));
        let mut second = Box::pin(runtime.pull_image("registry/app:1"));
        assert!(futures::poll!(&mut first).is_pending());
        assert!(futures::poll!(&mut second).is_pending());
        assert_eq!(fake.held(CallKind::Pull), 1);
        drop(first);
        assert_eq!(fake.held(CallKind::Pull), 1, "one waiter still wants it");
        drop(second);
        assert_eq!(
            fake.held(CallKind::Pull),
            0,
            "the pull went with its last waiter"
        );
        fake.release(CallKind::Pull);
        assert_eq!(fake.calls_of(CallKind::Pull).len(), 1);
    }
}
