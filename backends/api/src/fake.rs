//! A recording, in-memory `ContainerRuntime` for deterministic tests of the control plane.
//!
//! Containers "run" until a test ends them, with two shortcuts so task definitions can say what
//! should happen: a command ending in `exit N` exits with N as soon as it starts, and one ending
//! in `echo TEXT` logs TEXT and exits 0. Every call is recorded, failures can be injected per
//! call kind, and events go out on a broadcast channel like a real runtime's event stream.
//! Calls can be held until released; a held create whose caller stops waiting still creates
//! its container on release, as a daemon finishes a create whose client went away.

use std::collections::{BTreeMap, BTreeSet, HashMap, VecDeque};
use std::sync::Arc;
use std::time::{Duration, SystemTime};

use async_trait::async_trait;
use parking_lot::Mutex;
use tokio::sync::{broadcast, Semaphore};

use crate::{
    labels, ContainerId, ContainerRuntime, ContainerSpec, ContainerState, ContainerStatus,
    ContainerSummary, EventKind, EventStream, ExecOutput, HealthState, LogLine, LogStream,
    NetworkMode, PublishedPort, RuntimeError, RuntimeEvent, RuntimeInfo, SandboxSpec,
};

/// The kinds of runtime call, for recording and failure injection.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum CallKind {
    Info,
    ImagePresent,
    Pull,
    CreateSandbox,
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

/// A recorded call: its kind and its main argument (image, container name or id).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Call {
    pub kind: CallKind,
    pub target: String,
}

#[derive(Debug, Clone)]
struct FakeContainer {
    /// What it was created with (sandboxes have none).
    spec: Option<ContainerSpec>,
    labels: BTreeMap<String, String>,
    command: Vec<String>,
    status: ContainerStatus,
    exit_code: Option<i64>,
    health: Option<HealthState>,
    ports: Vec<PublishedPort>,
    logs: Vec<LogLine>,
    ignores_sigterm: bool,
}

/// A create whose caller went away while it was held: the "daemon" still owes it.
#[derive(Debug, Clone)]
enum Abandoned {
    Container(Box<ContainerSpec>),
    Sandbox(SandboxSpec),
}

impl Abandoned {
    fn kind(&self) -> CallKind {
        match self {
            Self::Container(_) => CallKind::Create,
            Self::Sandbox(_) => CallKind::CreateSandbox,
        }
    }
}

#[derive(Default)]
struct State {
    calls: Vec<Call>,
    /// Calls waiting in a hold right now, by kind.
    held: HashMap<CallKind, usize>,
    abandoned: Vec<Abandoned>,
    local_images: BTreeSet<String>,
    remote_images: BTreeSet<String>,
    containers: BTreeMap<ContainerId, FakeContainer>,
    failures: HashMap<CallKind, VecDeque<RuntimeError>>,
    holds: HashMap<CallKind, Arc<Semaphore>>,
    next_id: u64,
    next_host_port: u16,
}

/// See the module documentation.
pub struct FakeRuntime {
    state: Mutex<State>,
    events: broadcast::Sender<RuntimeEvent>,
}

impl Default for FakeRuntime {
    fn default() -> Self {
        Self::new()
    }
}

impl FakeRuntime {
    pub fn new() -> Self {
        let (events, _) = broadcast::channel(1024);
        Self {
            state: Mutex::new(State {
                next_host_port: 49153,
                ..State::default()
            }),
            events,
        }
    }

    /// Every call made so far, in order.
    pub fn calls(&self) -> Vec<Call> {
        self.state.lock().calls.clone()
    }

    pub fn calls_of(&self, kind: CallKind) -> Vec<String> {
        self.state
            .lock()
            .calls
            .iter()
            .filter(|c| c.kind == kind)
            .map(|c| c.target.clone())
            .collect()
    }

    /// Puts `image` in the local store.
    pub fn add_local_image(&self, image: &str) {
        self.state.lock().local_images.insert(image.to_owned());
    }

    /// Puts `image` in the (fake) registry, so pulling it works. Images that are in no
    /// registry fail to pull, as every image does on a machine without registry access.
    pub fn add_remote_image(&self, image: &str) {
        self.state.lock().remote_images.insert(image.to_owned());
    }

    /// The next call of `kind` fails with `error`.
    pub fn fail_next(&self, kind: CallKind, error: RuntimeError) {
        self.state
            .lock()
            .failures
            .entry(kind)
            .or_default()
            .push_back(error);
    }

    /// Calls of `kind` wait until `release(kind)`, so a test can act while a launch is in the
    /// middle of, say, pulling an image.
    pub fn hold(&self, kind: CallKind) {
        self.state
            .lock()
            .holds
            .insert(kind, Arc::new(Semaphore::new(0)));
    }

    /// Stops holding calls of `kind` and lets the waiting ones through; creates whose callers
    /// went away meanwhile happen now.
    pub fn release(&self, kind: CallKind) {
        let abandoned = {
            let mut state = self.state.lock();
            if let Some(gate) = state.holds.remove(&kind) {
                gate.close();
            }
            let (owed, kept) = std::mem::take(&mut state.abandoned)
                .into_iter()
                .partition(|a| a.kind() == kind);
            state.abandoned = kept;
            owed
        };
        for create in abandoned {
            match create {
                Abandoned::Container(spec) => {
                    let _ = self.materialize_container(&spec);
                }
                Abandoned::Sandbox(spec) => {
                    self.materialize_sandbox(&spec);
                }
            }
        }
    }

    /// How many calls of `kind` wait in a hold right now: one that leaves without a release
    /// was dropped by its caller.
    pub fn held(&self, kind: CallKind) -> usize {
        self.state.lock().held.get(&kind).copied().unwrap_or(0)
    }

    /// The id of the container labelled with `task_arn` and `container_name`.
    pub fn find(&self, task_arn: &str, container_name: &str) -> Option<ContainerId> {
        self.state
            .lock()
            .containers
            .iter()
            .find(|(_, c)| {
                c.labels.get(labels::TASK_ARN).map(String::as_str) == Some(task_arn)
                    && c.labels.get(labels::CONTAINER_NAME).map(String::as_str)
                        == Some(container_name)
            })
            .map(|(id, _)| id.clone())
    }

    /// Ids of the containers that still exist.
    pub fn live_containers(&self) -> Vec<ContainerId> {
        self.state.lock().containers.keys().cloned().collect()
    }

    /// The container exits with `exit_code`, as if its process ended.
    pub fn exit(&self, id: &str, exit_code: i64) {
        self.finish(id, exit_code, false);
    }

    /// The container is killed for using too much memory.
    pub fn oom_kill(&self, id: &str) {
        self.finish(id, 137, true);
    }

    /// The container's health check now reports `health`.
    pub fn set_health(&self, id: &str, health: HealthState) {
        let changed = {
            let mut state = self.state.lock();
            match state.containers.get_mut(id) {
                Some(c) if c.health != Some(health) => {
                    c.health = Some(health);
                    true
                }
                _ => false,
            }
        };
        if changed {
            self.emit(id, EventKind::Health(health));
        }
    }

    /// The container ignores SIGTERM, so a stop only ends it when the grace period runs out.
    pub fn ignore_sigterm(&self, id: &str) {
        if let Some(c) = self.state.lock().containers.get_mut(id) {
            c.ignores_sigterm = true;
        }
    }

    fn emit(&self, id: &str, kind: EventKind) {
        // No subscriber is fine: a real runtime drops events nobody listens to.
        let _ = self.events.send(RuntimeEvent {
            container_id: id.to_owned(),
            kind,
        });
    }

    fn finish(&self, id: &str, exit_code: i64, oom_killed: bool) {
        let running = {
            let mut state = self.state.lock();
            match state.containers.get_mut(id) {
                Some(c) if c.status == ContainerStatus::Running => {
                    c.status = ContainerStatus::Exited;
                    c.exit_code = Some(exit_code);
                    true
                }
                _ => false,
            }
        };
        if running {
            self.emit(
                id,
                EventKind::Exited {
                    exit_code,
                    oom_killed,
                },
            );
        }
    }

    /// Records the call, waits while it is held, then returns an injected failure if any.
    async fn enter(&self, kind: CallKind, target: &str) -> Result<(), RuntimeError> {
        let hold = {
            let mut state = self.state.lock();
            state.calls.push(Call {
                kind,
                target: target.to_owned(),
            });
            state.holds.get(&kind).cloned()
        };
        if let Some(gate) = hold {
            let _waiting = Waiting::new(&self.state, kind);
            // The gate never hands out permits: closing it is what lets the call through.
            let _ = gate.acquire().await;
        }
        match self
            .state
            .lock()
            .failures
            .get_mut(&kind)
            .and_then(VecDeque::pop_front)
        {
            Some(error) => Err(error),
            None => Ok(()),
        }
    }

    /// The ports as published: ephemeral ones get the next free fake host port.
    fn publish(&self, ports: &[PublishedPort]) -> Vec<PublishedPort> {
        let mut state = self.state.lock();
        ports
            .iter()
            .map(|p| {
                let host_port = p.host_port.unwrap_or_else(|| {
                    state.next_host_port += 1;
                    state.next_host_port
                });
                PublishedPort {
                    host_port: Some(host_port),
                    ..p.clone()
                }
            })
            .collect()
    }

    fn insert(&self, container: FakeContainer) -> ContainerId {
        let mut state = self.state.lock();
        state.next_id += 1;
        let id = format!("{:064x}", state.next_id);
        state.containers.insert(id.clone(), container);
        id
    }

    fn with_container<T>(
        &self,
        id: &str,
        f: impl FnOnce(&mut FakeContainer) -> T,
    ) -> Result<T, RuntimeError> {
        self.state
            .lock()
            .containers
            .get_mut(id)
            .map(f)
            .ok_or_else(|| RuntimeError::ContainerNotFound(id.to_owned()))
    }
}

/// What the shortcut commands ask for: `exit N` or `echo TEXT` at the end of the command.
fn scripted_outcome(command: &[String]) -> Option<(i64, Option<String>)> {
    let script = command.last()?.trim();
    if let Some(code) = script.strip_prefix("exit ") {
        return code.trim().parse().ok().map(|c| (c, None));
    }
    script
        .strip_prefix("echo ")
        .map(|text| (0, Some(text.trim_matches('"').to_owned())))
}

#[async_trait]
impl ContainerRuntime for FakeRuntime {
    async fn info(&self) -> Result<RuntimeInfo, RuntimeError> {
        self.enter(CallKind::Info, "").await?;
        Ok(RuntimeInfo {
            name: "fake".to_owned(),
            version: "1.0".to_owned(),
            cpus: 2,
            memory_bytes: 4 << 30,
            os_type: "linux".to_owned(),
            architecture: "x86_64".to_owned(),
            api_version: Some("1.41".to_owned()),
            limits_enforced: true,
        })
    }

    async fn image_present(&self, image: &str) -> Result<bool, RuntimeError> {
        self.enter(CallKind::ImagePresent, image).await?;
        Ok(self.state.lock().local_images.contains(image))
    }

    async fn pull_image(&self, image: &str) -> Result<(), RuntimeError> {
        self.enter(CallKind::Pull, image).await?;
        let mut state = self.state.lock();
        if !state.remote_images.contains(image) {
            return Err(RuntimeError::ImageNotFound(format!(
                "pull access denied for {image}, repository does not exist or may require authorization"
            )));
        }
        state.local_images.insert(image.to_owned());
        Ok(())
    }

    async fn create_sandbox(&self, spec: &SandboxSpec) -> Result<ContainerId, RuntimeError> {
        let owed = Owed::new(&self.state, Abandoned::Sandbox(spec.clone()));
        let entered = self.enter(CallKind::CreateSandbox, &spec.name).await;
        owed.paid();
        entered?;
        Ok(self.materialize_sandbox(spec))
    }

    async fn create_container(&self, spec: &ContainerSpec) -> Result<ContainerId, RuntimeError> {
        let owed = Owed::new(&self.state, Abandoned::Container(Box::new(spec.clone())));
        let entered = self.enter(CallKind::Create, &spec.name).await;
        owed.paid();
        entered?;
        self.materialize_container(spec)
    }

    async fn start_container(&self, id: &str) -> Result<(), RuntimeError> {
        self.enter(CallKind::Start, id).await?;
        let outcome = self.with_container(id, |c| {
            c.status = ContainerStatus::Running;
            let outcome = scripted_outcome(&c.command);
            if let Some((_, Some(text))) = &outcome {
                c.logs.push(LogLine {
                    stream: LogStream::Stdout,
                    text: text.clone(),
                });
            }
            outcome
        })?;
        self.emit(id, EventKind::Started);
        if let Some((code, _)) = outcome {
            self.exit(id, code);
        }
        Ok(())
    }

    async fn stop_container(&self, id: &str, grace: Duration) -> Result<(), RuntimeError> {
        self.enter(CallKind::Stop, id).await?;
        let ignores_sigterm = self.with_container(id, |c| c.ignores_sigterm)?;
        if ignores_sigterm {
            tokio::time::sleep(grace).await;
            self.exit(id, 137);
        } else {
            self.exit(id, 143);
        }
        Ok(())
    }

    async fn inspect_container(&self, id: &str) -> Result<ContainerState, RuntimeError> {
        self.enter(CallKind::Inspect, id).await?;
        self.with_container(id, |c| ContainerState {
            status: c.status,
            exit_code: c.exit_code,
            oom_killed: false,
            health: c.health,
            started_at: (c.status != ContainerStatus::Created).then(SystemTime::now),
            finished_at: (c.status == ContainerStatus::Exited).then(SystemTime::now),
            ports: c.ports.clone(),
            error: None,
        })
    }

    async fn remove_container(&self, id: &str) -> Result<(), RuntimeError> {
        self.enter(CallKind::Remove, id).await?;
        if self.state.lock().containers.remove(id).is_some() {
            self.emit(id, EventKind::Removed);
        }
        Ok(())
    }

    async fn remove_volume(&self, name: &str) -> Result<(), RuntimeError> {
        self.enter(CallKind::RemoveVolume, name).await
    }

    async fn list_containers(
        &self,
        labels: &[(String, String)],
    ) -> Result<Vec<ContainerSummary>, RuntimeError> {
        self.enter(CallKind::List, "").await?;
        Ok(self
            .state
            .lock()
            .containers
            .iter()
            .filter(|(_, c)| {
                labels
                    .iter()
                    .all(|(k, v)| c.labels.get(k).is_some_and(|have| have == v))
            })
            .map(|(id, c)| ContainerSummary {
                id: id.clone(),
                labels: c.labels.clone(),
                status: c.status,
            })
            .collect())
    }

    async fn events(&self) -> Result<EventStream, RuntimeError> {
        self.enter(CallKind::Events, "").await?;
        let receiver = self.events.subscribe();
        Ok(Box::pin(futures::stream::unfold(
            receiver,
            |mut receiver| async move {
                loop {
                    match receiver.recv().await {
                        Ok(event) => return Some((event, receiver)),
                        Err(broadcast::error::RecvError::Closed) => return None,
                        // A slow subscriber misses events, as with a real runtime.
                        Err(broadcast::error::RecvError::Lagged(_)) => {}
                    }
                }
            },
        )))
    }

    async fn logs(&self, id: &str) -> Result<Vec<LogLine>, RuntimeError> {
        self.enter(CallKind::Logs, id).await?;
        self.with_container(id, |c| c.logs.clone())
    }

    async fn exec(&self, id: &str, command: &[String]) -> Result<ExecOutput, RuntimeError> {
        self.enter(CallKind::Exec, id).await?;
        let running = self.with_container(id, |c| c.status == ContainerStatus::Running)?;
        if !running {
            return Err(RuntimeError::Rejected(format!(
                "container {id} is not running"
            )));
        }
        let (exit_code, text) = scripted_outcome(command).unwrap_or((0, None));
        Ok(ExecOutput {
            exit_code,
            output: text.map(|t| format!("{t}\n")).unwrap_or_default(),
        })
    }
}

impl FakeRuntime {
    fn materialize_sandbox(&self, spec: &SandboxSpec) -> ContainerId {
        let ports = self.publish(&spec.network.ports);
        let id = self.insert(FakeContainer {
            spec: None,
            labels: spec.labels.clone(),
            command: Vec::new(),
            status: ContainerStatus::Running,
            exit_code: None,
            health: None,
            ports,
            logs: Vec::new(),
            ignores_sigterm: false,
        });
        self.emit(&id, EventKind::Started);
        id
    }

    fn materialize_container(&self, spec: &ContainerSpec) -> Result<ContainerId, RuntimeError> {
        if !self.state.lock().local_images.contains(&spec.image) {
            return Err(RuntimeError::ImageNotFound(format!(
                "No such image: {}",
                spec.image
            )));
        }
        let command = spec
            .entrypoint
            .iter()
            .chain(spec.command.iter())
            .flatten()
            .cloned()
            .collect();
        let ports = match &spec.network {
            NetworkMode::Own(settings) => self.publish(&settings.ports),
            _ => Vec::new(),
        };
        Ok(self.insert(FakeContainer {
            spec: Some(spec.clone()),
            labels: spec.labels.clone(),
            command,
            status: ContainerStatus::Created,
            exit_code: None,
            health: spec.health_check.as_ref().map(|_| HealthState::Starting),
            ports,
            logs: Vec::new(),
            ignores_sigterm: false,
        }))
    }

    /// The spec a container was created with.
    pub fn spec_of(&self, id: &str) -> Option<ContainerSpec> {
        self.state
            .lock()
            .containers
            .get(id)
            .and_then(|c| c.spec.clone())
    }
}

/// Counts a call as held while it waits at its gate.
struct Waiting<'a> {
    state: &'a Mutex<State>,
    kind: CallKind,
}

impl<'a> Waiting<'a> {
    fn new(state: &'a Mutex<State>, kind: CallKind) -> Self {
        *state.lock().held.entry(kind).or_default() += 1;
        Self { state, kind }
    }
}

impl Drop for Waiting<'_> {
    fn drop(&mut self) {
        if let Some(count) = self.state.lock().held.get_mut(&self.kind) {
            *count = count.saturating_sub(1);
        }
    }
}

/// A create in progress: if its caller drops it before `paid`, the create is owed on release.
struct Owed<'a> {
    state: &'a Mutex<State>,
    create: Option<Abandoned>,
}

impl<'a> Owed<'a> {
    fn new(state: &'a Mutex<State>, create: Abandoned) -> Self {
        Self {
            state,
            create: Some(create),
        }
    }

    fn paid(mut self) {
        self.create = None;
    }
}

impl Drop for Owed<'_> {
    fn drop(&mut self) {
        if let Some(create) = self.create.take() {
            self.state.lock().abandoned.push(create);
        }
    }
}
