//! One task's life in the runtime: pull, network sandbox, containers in dependency order, then
//! supervision until an essential container exits or the task is asked to stop, then stop and
//! clean up. One actor per task runs these steps one at a time, so a StopTask that arrives
//! mid-launch is seen between (or during) steps and never races a half-done one.

use std::collections::{BTreeMap, HashMap, HashSet, VecDeque};
use std::future::Future;
use std::sync::Arc;

use ecsemu_runtime::{
    labels, ContainerId, ContainerRuntime, ContainerStatus as RuntimeStatus, EventKind,
    HealthState, NamespaceMode, NetworkMode, RuntimeError, RuntimeEvent,
};
use parking_lot::Mutex;
use tokio::sync::mpsc::UnboundedReceiver;
use tokio::time::Instant;

use super::plan::{self, ContainerPlan, LaunchPlan};
use crate::control::safety::HostSource;
use crate::control::task::{
    CapturedLogs, ContainerRecord, ContainerStatus, Desired, Task, TaskStatus,
};
use crate::control::{ControlPlane, PullBehavior, Scheduled, ServiceKey, TaskKey};
use crate::wire::{self, ContainerCondition, HealthStatus, TaskStopCode};

/// What the reconciler shares with every actor.
pub(super) struct Shared {
    pub plane: Arc<ControlPlane>,
    pub runtime: Arc<dyn ContainerRuntime>,
    /// Which task each container belongs to, to route runtime events.
    pub routes: Mutex<HashMap<ContainerId, TaskKey>>,
    /// Images pulled by this emulator (for the `once` pull behaviour).
    pub pulled: Mutex<HashSet<String>>,
    /// The runtime host's CPUs, which CPU limits may not exceed (set once the runtime
    /// answered).
    pub host_cpus: std::sync::OnceLock<u32>,
    /// True once actors may use the runtime (see the reconciler's documentation).
    pub prepared: tokio::sync::watch::Receiver<bool>,
}

#[derive(Debug)]
pub(super) enum ActorMsg {
    /// The task's desired state may have changed.
    Wake,
    Event(RuntimeEvent),
    /// The event stream was interrupted: compare what we know with the runtime.
    Resync,
}

/// Why a launch did not reach RUNNING.
enum Abort {
    /// The task was asked to stop (StopTask, or an essential container exited).
    Stopping,
    /// A runtime step failed: the task stops with TaskFailedToStart.
    Failed {
        reason: String,
        containers: Vec<String>,
    },
}

/// What the actor knows of one container in the runtime.
#[derive(Debug, Default, Clone)]
struct Observed {
    id: Option<ContainerId>,
    started: bool,
    /// When it last started, for its restart policy.
    started_at: Option<Instant>,
    exit_code: Option<i64>,
    health: Option<HealthState>,
    /// Why it will never start (a dependency failed).
    blocked: Option<String>,
}

pub(super) struct TaskActor {
    shared: Arc<Shared>,
    key: TaskKey,
    inbox: UnboundedReceiver<ActorMsg>,
    inbox_closed: bool,
    backlog: VecDeque<RuntimeEvent>,
    resync_due: bool,
    sandbox: Option<ContainerId>,
    observed: BTreeMap<String, Observed>,
    /// Containers whose restart policy asks for a restart after their last exit.
    pending_restarts: Vec<String>,
    images: HashMap<String, ImageState>,
    /// A create was sent to the runtime, so there may be containers and volumes to remove.
    created_any: bool,
}

impl TaskActor {
    pub(super) fn new(
        shared: Arc<Shared>,
        key: TaskKey,
        inbox: UnboundedReceiver<ActorMsg>,
    ) -> Self {
        Self {
            shared,
            key,
            inbox,
            inbox_closed: false,
            backlog: VecDeque::new(),
            resync_due: false,
            sandbox: None,
            observed: BTreeMap::new(),
            pending_restarts: Vec::new(),
            images: HashMap::new(),
            created_any: false,
        }
    }

    pub(super) async fn run(mut self) {
        let Some((plan, awsvpc)) = self.prepare() else {
            return;
        };
        match self.launch(&plan, awsvpc).await {
            Ok(()) => self.supervise(&plan).await,
            Err(Abort::Stopping) => {}
            Err(Abort::Failed { reason, containers }) => self.fail_to_start(&reason, &containers),
        }
        self.shutdown(&plan, awsvpc).await;
    }

    fn task<T>(&self, f: impl FnOnce(&Task) -> T) -> Option<T> {
        self.shared.plane.store.read(&self.key.partition, |p| {
            p.tasks.get(&self.key.task_id).map(|t| f(t))
        })
    }

    /// Changes the task, and tells its service (if it has one) that it changed.
    fn update<T>(&self, f: impl FnOnce(&mut Task) -> T) -> Option<T> {
        let plane = &self.shared.plane;
        let result = plane.store.write(&self.key.partition, |p| {
            let task = p.tasks.get_mut(&self.key.task_id)?;
            let result = f(task);
            let key = |name: &String| ServiceKey {
                partition: self.key.partition.clone(),
                cluster: task.cluster.clone(),
                name: name.clone(),
            };
            let owner = match (&task.service, &task.daemon) {
                (Some(service), _) => Some(Scheduled::Service(key(service))),
                (None, Some(daemon)) => Some(Scheduled::Daemon(key(daemon))),
                (None, None) => None,
            };
            Some((result, owner))
        });
        plane.changed();
        let (result, owner) = result?;
        match owner {
            Some(Scheduled::Service(key)) => plane.nudge_service(key),
            Some(Scheduled::Daemon(key)) => plane.nudge_daemon(key),
            None => {}
        }
        Some(result)
    }

    fn stop_requested(&self) -> bool {
        self.task(|t| t.desired == Desired::Stopped).unwrap_or(true)
    }

    /// The launch plan, unless the task is gone or already stopped.
    fn prepare(&self) -> Option<(LaunchPlan, bool)> {
        let config = &self.shared.plane.config;
        self.shared.plane.store.read(&self.key.partition, |p| {
            let task = p.tasks.get(&self.key.task_id).filter(|t| !t.is_stopped())?;
            let definition = p.definition_of(task)?;
            let partition_labels = [
                (labels::ACCOUNT, self.key.partition.account_id.as_str()),
                (labels::REGION, self.key.partition.region.as_str()),
            ];
            plan::log_unhonoured(&task.family, &plan::unhonoured(definition));
            let plan = plan::build(
                task,
                definition,
                config,
                &partition_labels,
                self.shared.host_cpus.get().copied(),
            );
            Some((plan, task.network_mode == Some(wire::NetworkMode::Awsvpc)))
        })
    }

    /// Runs a runtime call while still listening to the inbox, so a stop request interrupts
    /// a long pull or start. Events that arrive meanwhile are kept for later.
    async fn call<T>(
        &mut self,
        call: impl Future<Output = Result<T, RuntimeError>>,
    ) -> Result<Result<T, RuntimeError>, Abort> {
        tokio::pin!(call);
        loop {
            tokio::select! {
                biased;
                result = &mut call => return Ok(result),
                message = self.inbox.recv(), if !self.inbox_closed => {
                    if self.accept(message) {
                        return Err(Abort::Stopping);
                    }
                }
            }
        }
    }

    /// Files an inbox message; true when the task should stop now.
    fn accept(&mut self, message: Option<ActorMsg>) -> bool {
        match message {
            Some(ActorMsg::Event(event)) => {
                self.backlog.push_back(event);
                false
            }
            Some(ActorMsg::Resync) => {
                self.resync_due = true;
                false
            }
            Some(ActorMsg::Wake) => self.stop_requested(),
            None => {
                self.inbox_closed = true;
                false
            }
        }
    }

    async fn launch(&mut self, plan: &LaunchPlan, awsvpc: bool) -> Result<(), Abort> {
        if self.stop_requested() {
            return Err(Abort::Stopping);
        }
        self.log_launch();
        if awsvpc {
            self.update(|t| t.advance(TaskStatus::Pending, self.shared.plane.now()));
        }
        self.runtime_prepared().await?;
        self.pull_images(plan).await?;
        self.create_sandbox(plan).await?;
        self.start_containers(plan).await?;
        self.update(|t| t.advance(TaskStatus::Running, self.shared.plane.now()));
        tracing::info!(task = %self.key.task_id, "task RUNNING");
        Ok(())
    }

    /// Waits (a stop request interrupts it) until the runtime has been chosen and prepared.
    async fn runtime_prepared(&mut self) -> Result<(), Abort> {
        let mut prepared = self.shared.prepared.clone();
        let waited = self.call(async move {
            // A closed channel means the reconciler is gone: nothing to wait for.
            let _ = prepared.wait_for(|ready| *ready).await;
            Ok::<(), RuntimeError>(())
        });
        waited.await.map(|_| ())
    }

    fn log_launch(&self) {
        let described = self.task(|t| {
            (
                format!("{}:{}", t.family, t.revision),
                t.cluster.clone(),
                t.group.clone(),
            )
        });
        if let Some((definition, cluster, group)) = described {
            tracing::info!(task = %self.key.task_id, "task launching: {definition} in cluster {cluster} ({group})");
        }
    }

    /// One line for the end of the task: its stop code and reason, and each container's exit.
    fn log_stopped(&self) {
        let described = self.task(|t| {
            let exits: Vec<String> = t
                .containers
                .iter()
                .map(|c| match c.exit_code {
                    Some(code) => format!("{} exited {code}", c.name),
                    None => format!("{} never ran", c.name),
                })
                .collect();
            (
                t.stop_code.map_or("", |code| code.as_str()).to_owned(),
                t.stopped_reason.clone().unwrap_or_default(),
                exits.join(", "),
            )
        });
        if let Some((stop_code, reason, containers)) = described {
            tracing::info!(task = %self.key.task_id, "task STOPPED: {stop_code}: {reason} ({containers})");
        }
    }

    /// Pulls what ECS_IMAGE_PULL_BEHAVIOR says to pull now. Whether an image is local is left
    /// to container creation, which reports a missing image anyway: asking first would cost a
    /// runtime call (a process, with the CLI backend) on every launch.
    async fn pull_images(&mut self, plan: &LaunchPlan) -> Result<(), Abort> {
        self.update(|t| {
            t.pull_started_at = Some(self.shared.plane.now());
            t.version += 1;
        });
        let behavior = self.shared.plane.config.pull_behavior;
        for image in plan.images() {
            let pulled_before = self.shared.pulled.lock().contains(&image);
            let state = match behavior {
                PullBehavior::PreferCached => ImageState::PullIfMissing,
                PullBehavior::Once if pulled_before => ImageState::PullIfMissing,
                _ => match self.pull(&image).await? {
                    Ok(()) => ImageState::Ready,
                    Err(error) if behavior == PullBehavior::Default => {
                        tracing::debug!(image, %error, "pull failed; a local image may serve");
                        ImageState::LocalOnly(error)
                    }
                    Err(error) => return Err(pull_failed(plan, &image, &error)),
                },
            };
            self.images.insert(image, state);
        }
        self.update(|t| {
            t.pull_stopped_at = Some(self.shared.plane.now());
            t.version += 1;
        });
        Ok(())
    }

    async fn pull(&mut self, image: &str) -> Result<Result<(), RuntimeError>, Abort> {
        let runtime = self.shared.runtime.clone();
        let pulled = self.call(runtime.pull_image(image)).await?;
        if pulled.is_ok() {
            self.shared.pulled.lock().insert(image.to_owned());
        }
        Ok(pulled)
    }

    /// Creates a container; when its image turns out not to be local, pulls it if the pull
    /// behaviour allows and tries once more.
    async fn create(
        &mut self,
        plan: &LaunchPlan,
        container: &ContainerPlan,
        spec: &ecsemu_runtime::ContainerSpec,
    ) -> Result<ContainerId, Abort> {
        let runtime = self.shared.runtime.clone();
        self.created_any = true;
        let mut created = self.call(runtime.create_container(spec)).await?;
        if let Err(RuntimeError::ImageNotFound(_)) = &created {
            match self.images.get(&spec.image) {
                Some(ImageState::LocalOnly(pull_error)) => {
                    return Err(pull_failed(plan, &spec.image, &pull_error.clone()));
                }
                Some(ImageState::PullIfMissing) => {
                    if let Err(error) = self.pull(&spec.image).await? {
                        return Err(pull_failed(plan, &spec.image, &error));
                    }
                    self.images.insert(spec.image.clone(), ImageState::Ready);
                    self.update(|t| {
                        t.pull_stopped_at = Some(self.shared.plane.now());
                        t.version += 1;
                    });
                    created = self.call(runtime.create_container(spec)).await?;
                }
                _ => {}
            }
        }
        created.map_err(|error| Abort::Failed {
            reason: named_error("CannotCreateContainerError", &error),
            containers: vec![container.name.clone()],
        })
    }

    /// Creates the sandbox that holds the task's shared namespaces, if it has one, and records
    /// the host ports it published.
    async fn create_sandbox(&mut self, plan: &LaunchPlan) -> Result<(), Abort> {
        let Some(spec) = &plan.sandbox else {
            return Ok(());
        };
        let runtime = self.shared.runtime.clone();
        self.created_any = true;
        let id = match self.call(runtime.create_sandbox(spec)).await? {
            Ok(id) => id,
            Err(error) => {
                return Err(Abort::Failed {
                    reason: named_error("ResourceInitializationError", &error),
                    containers: Vec::new(),
                })
            }
        };
        self.route(&id);
        self.sandbox = Some(id.clone());
        self.update(|t| t.sandbox_id = Some(id.clone()));
        self.record_published_ports(&id, "ResourceInitializationError", Vec::new())
            .await
    }

    /// Reads the host ports the namespace owner `id` published and reports them as the task's
    /// containers' network bindings.
    async fn record_published_ports(
        &mut self,
        id: &str,
        error_name: &str,
        containers: Vec<String>,
    ) -> Result<(), Abort> {
        let runtime = self.shared.runtime.clone();
        let ports = match self.call(runtime.inspect_container(id)).await? {
            Ok(state) => state.ports,
            Err(error) => {
                return Err(Abort::Failed {
                    reason: named_error(error_name, &error),
                    containers,
                })
            }
        };
        if ports.is_empty() {
            return Ok(());
        }
        let definitions = self.shared.plane.store.read(&self.key.partition, |p| {
            let task = p.tasks.get(&self.key.task_id)?;
            p.definition_of(task)?.container_definitions.clone()
        });
        let bindings: Vec<(String, Vec<wire::NetworkBinding>)> = definitions
            .unwrap_or_default()
            .iter()
            .map(|def| {
                (
                    def.name.clone().unwrap_or_default(),
                    bindings_of(def, &ports),
                )
            })
            .collect();
        self.update(|t| {
            for (name, b) in bindings {
                t.update_container(&name, |c| c.network_bindings = b);
            }
        });
        Ok(())
    }

    /// Starts every container once its dependencies allow, waiting for runtime events between
    /// rounds. Fails when an essential container can never start or a dependency times out.
    async fn start_containers(&mut self, plan: &LaunchPlan) -> Result<(), Abort> {
        let began = Instant::now();
        let mut waiting: Vec<&ContainerPlan> = plan.containers.iter().collect();
        loop {
            self.apply_backlog(plan);
            if self.stop_requested() {
                return Err(Abort::Stopping);
            }
            let mut progressed = false;
            let mut still_waiting = Vec::new();
            for container in waiting {
                match self.readiness(container) {
                    Readiness::Ready => {
                        self.create_and_start(plan, container).await?;
                        progressed = true;
                    }
                    Readiness::Waiting => still_waiting.push(container),
                    Readiness::Never(reason) => {
                        self.observed
                            .entry(container.name.clone())
                            .or_default()
                            .blocked = Some(reason.clone());
                        if container.essential {
                            return Err(Abort::Failed {
                                reason,
                                containers: vec![container.name.clone()],
                            });
                        }
                        progressed = true;
                    }
                }
            }
            waiting = still_waiting;
            if waiting.is_empty() {
                return Ok(());
            }
            if progressed {
                continue;
            }
            let deadline = waiting
                .iter()
                .map(|c| began + c.start_timeout)
                .min()
                .unwrap_or(began);
            tokio::select! {
                message = self.inbox.recv(), if !self.inbox_closed => {
                    if self.accept(message) {
                        return Err(Abort::Stopping);
                    }
                }
                () = tokio::time::sleep_until(deadline) => {
                    let late = waiting
                        .iter()
                        .find(|c| began + c.start_timeout <= Instant::now())
                        .map_or_else(String::new, |c| c.name.clone());
                    return Err(Abort::Failed {
                        reason: format!(
                            "CannotStartContainerError: the dependencies of container '{late}' \
                             were not resolved within its startTimeout"
                        ),
                        containers: vec![late],
                    });
                }
            }
        }
    }

    fn readiness(&self, container: &ContainerPlan) -> Readiness {
        let state = |name: &str| self.observed.get(name).cloned().unwrap_or_default();
        for (source, _) in &container.volumes_from {
            if state(source).id.is_none() {
                return Readiness::Waiting;
            }
        }
        for (dependency, condition) in &container.depends_on {
            let dep = state(dependency);
            if let Some(reason) = &dep.blocked {
                return Readiness::Never(format!(
                    "CannotStartContainerError: dependency '{dependency}' never started: {reason}"
                ));
            }
            let met = match condition {
                ContainerCondition::Start => dep.started,
                ContainerCondition::Complete => dep.exit_code.is_some(),
                ContainerCondition::Success => match dep.exit_code {
                    Some(0) => true,
                    Some(code) => {
                        return Readiness::Never(format!(
                            "CannotStartContainerError: dependency '{dependency}' exited with \
                             code {code}; condition SUCCESS requires 0"
                        ))
                    }
                    None => false,
                },
                ContainerCondition::Healthy => match (dep.health, dep.exit_code) {
                    (Some(HealthState::Healthy), _) => true,
                    (Some(HealthState::Unhealthy), _) | (_, Some(_)) => {
                        return Readiness::Never(format!(
                            "CannotStartContainerError: dependency '{dependency}' did not become \
                             HEALTHY"
                        ))
                    }
                    _ => false,
                },
            };
            if !met {
                return Readiness::Waiting;
            }
        }
        Readiness::Ready
    }

    async fn create_and_start(
        &mut self,
        plan: &LaunchPlan,
        container: &ContainerPlan,
    ) -> Result<(), Abort> {
        let runtime = self.shared.runtime.clone();
        let mut spec = container.spec.clone();
        spec.network = match &self.sandbox {
            _ if container.network_disabled => NetworkMode::None,
            Some(sandbox)
                if plan
                    .sandbox
                    .as_ref()
                    .is_some_and(|s| !s.host_network && !s.no_network) =>
            {
                NetworkMode::Sandbox(sandbox.clone())
            }
            _ => plan.network.clone(),
        };
        if let Err(reason) = self.prepare_host_side(container, &mut spec).await {
            return Err(Abort::Failed {
                reason,
                containers: vec![container.name.clone()],
            });
        }
        if let Some(sandbox) = &self.sandbox {
            if container.pid_with_task {
                spec.pid_mode = NamespaceMode::Container(sandbox.clone());
            }
            if container.ipc_with_task {
                spec.ipc_mode = NamespaceMode::Container(sandbox.clone());
            }
        }
        spec.volumes_from = container
            .volumes_from
            .iter()
            .filter_map(|(source, ro)| Some((self.observed.get(source)?.id.clone()?, *ro)))
            .collect();
        let id = self.create(plan, container, &spec).await?;
        self.route(&id);
        self.observed.entry(container.name.clone()).or_default().id = Some(id.clone());
        self.update(|t| t.update_container(&container.name, |c| c.runtime_id = Some(id.clone())));
        if let Err(error) = self.call(runtime.start_container(&id)).await? {
            return Err(Abort::Failed {
                reason: named_error("CannotStartContainerError", &error),
                containers: vec![container.name.clone()],
            });
        }
        let observed = self.observed.entry(container.name.clone()).or_default();
        observed.started = true;
        observed.started_at = Some(Instant::now());
        if matches!(&spec.network, NetworkMode::Own(settings) if !settings.ports.is_empty()) {
            // It published the task's ports itself; they are known once it started.
            self.record_published_ports(
                &id,
                "CannotStartContainerError",
                vec![container.name.clone()],
            )
            .await?;
        }
        self.update(|t| {
            t.update_container(&container.name, |c| {
                if c.status == ContainerStatus::Pending {
                    c.status = ContainerStatus::Running;
                }
            })
        });
        Ok(())
    }

    /// What the container needs from the host before it is created: the variables of its
    /// environment files (the definition's own variables win), and its bind mount sources
    /// checked again (the host may have changed since RunTask) and, where missing, created as
    /// directories.
    async fn prepare_host_side(
        &self,
        container: &ContainerPlan,
        spec: &mut ecsemu_runtime::ContainerSpec,
    ) -> Result<(), String> {
        let mut from_files = Vec::new();
        for arn in &container.environment_files {
            let dir = self
                .shared
                .plane
                .config
                .environment_files_dir
                .as_ref()
                .ok_or_else(|| {
                    format!(
                        "ResourceInitializationError: failed to download env files: {arn}: ecsemu \
                     reads environment files from --environment-files-dir, which is not set"
                    )
                })?;
            let path = plan::environment_file_path(dir, arn).ok_or_else(|| {
                format!("ResourceInitializationError: failed to download env files: {arn} is not an S3 object ARN")
            })?;
            let text = tokio::fs::read_to_string(&path).await.map_err(|e| {
                format!(
                    "ResourceInitializationError: failed to download env files: {arn} ({}): {e}",
                    path.display()
                )
            })?;
            from_files.extend(plan::parse_environment_file(&text));
        }
        from_files.retain(|(name, _)| !spec.env.iter().any(|(n, _)| n == name));
        spec.env.splice(0..0, from_files);
        for mount in &spec.mounts {
            if let ecsemu_runtime::MountSource::Bind(path) = &mount.source {
                let source = self
                    .shared
                    .plane
                    .config
                    .safety
                    .host_source(path)
                    .map_err(|e| format!("CannotCreateContainerError: {}", e.message))?;
                if source == HostSource::Missing {
                    tokio::fs::create_dir_all(path).await.map_err(|e| {
                        format!(
                            "CannotCreateContainerError: cannot create the host path {}: {e}",
                            path.display()
                        )
                    })?;
                }
            }
        }
        Ok(())
    }

    /// Waits for the reason to stop: a stop request or an essential container's exit.
    async fn supervise(&mut self, plan: &LaunchPlan) {
        loop {
            self.apply_backlog(plan);
            if self.resync_due {
                self.resync(plan).await;
            }
            for name in std::mem::take(&mut self.pending_restarts) {
                self.restart(plan, &name).await;
            }
            if self.stop_requested() || self.inbox_closed {
                return;
            }
            let message = self.inbox.recv().await;
            self.accept(message);
        }
    }

    /// Applies the events received so far.
    fn apply_backlog(&mut self, plan: &LaunchPlan) {
        while let Some(event) = self.backlog.pop_front() {
            self.apply(plan, &event.container_id, &event.kind);
        }
    }

    fn apply(&mut self, plan: &LaunchPlan, id: &str, kind: &EventKind) {
        if self.sandbox.as_deref() == Some(id) {
            if let EventKind::Exited { .. } | EventKind::Removed = kind {
                self.update(|t| {
                    t.request_stop(
                        TaskStopCode::EssentialContainerExited,
                        "Task network namespace container exited",
                        self.shared.plane.now(),
                    )
                });
            }
            return;
        }
        let Some(name) = self
            .observed
            .iter()
            .find(|(_, o)| o.id.as_deref() == Some(id))
            .map(|(name, _)| name.clone())
        else {
            return;
        };
        let essential = plan.container(&name).is_some_and(|c| c.essential);
        let stopping = self.stop_requested();
        let observed = self.observed.entry(name.clone()).or_default();
        match kind {
            EventKind::Started => {}
            EventKind::Health(health) => {
                let health = *health;
                observed.health = Some(health);
                let status = match health {
                    HealthState::Starting => HealthStatus::Unknown,
                    HealthState::Healthy => HealthStatus::Healthy,
                    HealthState::Unhealthy => HealthStatus::Unhealthy,
                };
                self.update(|t| t.update_container(&name, |c| c.health = Some(status)));
            }
            &EventKind::Exited {
                exit_code,
                oom_killed,
            } => {
                if observed.exit_code.is_some() {
                    return;
                }
                let restart = plan
                    .container(&name)
                    .and_then(|c| c.restart.as_ref())
                    .is_some_and(|policy| {
                        !policy.ignored_exit_codes.contains(&exit_code)
                            && observed
                                .started_at
                                .is_some_and(|at| at.elapsed() >= policy.attempt_period)
                    });
                if restart && !stopping {
                    self.pending_restarts.push(name);
                    return;
                }
                observed.exit_code = Some(exit_code);
                self.update(|t| {
                    t.update_container(&name, |c| record_exit(c, Some(exit_code), oom_killed));
                    if essential {
                        t.request_stop(
                            TaskStopCode::EssentialContainerExited,
                            "Essential container in task exited",
                            self.shared.plane.now(),
                        );
                    }
                });
            }
            EventKind::Removed => {
                if observed.exit_code.is_some() {
                    return;
                }
                observed.exit_code = Some(137);
                self.update(|t| {
                    t.update_container(&name, |c| {
                        record_exit(c, None, false);
                        c.reason = Some(
                            "CannotInspectContainerError: the container was removed outside \
                             ecsemu"
                                .to_owned(),
                        );
                    });
                    if essential {
                        t.request_stop(
                            TaskStopCode::EssentialContainerExited,
                            "Essential container in task exited",
                            self.shared.plane.now(),
                        );
                    }
                });
            }
        }
    }

    /// Starts an exited container again, as its restart policy asks; if that fails the exit
    /// stands (and stops the task if the container is essential).
    async fn restart(&mut self, plan: &LaunchPlan, name: &str) {
        let Some(id) = self.observed.get(name).and_then(|o| o.id.clone()) else {
            return;
        };
        match self.shared.runtime.start_container(&id).await {
            Ok(()) => {
                tracing::info!(task = %self.key.task_id, container = name, "restarted by its restart policy");
                if let Some(observed) = self.observed.get_mut(name) {
                    observed.started_at = Some(Instant::now());
                }
            }
            Err(error) => {
                tracing::warn!(%error, container = name, "restarting a container failed");
                let state = self.shared.runtime.inspect_container(&id).await.ok();
                let kind = EventKind::Exited {
                    exit_code: state.as_ref().and_then(|s| s.exit_code).unwrap_or(0),
                    oom_killed: state.is_some_and(|s| s.oom_killed),
                };
                // Without a policy the exit is final this time.
                if let Some(observed) = self.observed.get_mut(name) {
                    observed.started_at = None;
                }
                self.apply(plan, &id, &kind);
                self.pending_restarts.retain(|n| n != name);
            }
        }
    }

    /// Compares what we know with the runtime after missed events.
    async fn resync(&mut self, plan: &LaunchPlan) {
        self.resync_due = false;
        let runtime = self.shared.runtime.clone();
        let known: Vec<ContainerId> = self
            .observed
            .values()
            .filter(|o| o.started && o.exit_code.is_none())
            .filter_map(|o| o.id.clone())
            .chain(self.sandbox.clone())
            .collect();
        for id in known {
            let kind = match runtime.inspect_container(&id).await {
                Ok(state) if state.status == RuntimeStatus::Exited => EventKind::Exited {
                    exit_code: state.exit_code.unwrap_or(0),
                    oom_killed: state.oom_killed,
                },
                Ok(state) => match state.health {
                    Some(health) => EventKind::Health(health),
                    None => continue,
                },
                Err(RuntimeError::ContainerNotFound(_)) => EventKind::Removed,
                Err(error) => {
                    tracing::warn!(%error, container = %id, "resync could not inspect a container");
                    continue;
                }
            };
            self.apply(plan, &id, &kind);
        }
    }

    fn fail_to_start(&self, reason: &str, containers: &[String]) {
        self.update(|t| {
            for name in containers {
                t.update_container(name, |c| c.reason = Some(reason.to_owned()));
            }
            t.request_stop(
                TaskStopCode::TaskFailedToStart,
                reason,
                self.shared.plane.now(),
            );
        });
    }

    /// Stops what runs (dependents before what they depend on), records exit codes, removes
    /// the containers and walks the task to STOPPED.
    async fn shutdown(&mut self, plan: &LaunchPlan, awsvpc: bool) {
        self.apply_backlog(plan);
        let runtime = self.shared.runtime.clone();
        let force = self.task(|t| t.force_stop).unwrap_or(false);
        for level in stop_levels(plan) {
            let stops = level.iter().filter_map(|name| {
                let observed = self.observed.get(name)?;
                let id = observed.id.clone()?;
                (observed.started && observed.exit_code.is_none()).then_some((name, id))
            });
            let runtime = &runtime;
            let results = futures::future::join_all(stops.map(|(name, id)| async move {
                let grace = plan
                    .container(name)
                    .filter(|_| !force)
                    .map(|c| c.stop_timeout)
                    .unwrap_or_default();
                if let Err(error) = runtime.stop_container(&id, grace).await {
                    tracing::warn!(%error, container = %id, "stopping a container failed");
                }
                let state = runtime.inspect_container(&id).await.ok();
                (name.clone(), state)
            }))
            .await;
            for (name, state) in results {
                let exit_code = state.as_ref().and_then(|s| s.exit_code);
                let oom = state.as_ref().is_some_and(|s| s.oom_killed);
                if let Some(observed) = self.observed.get_mut(&name) {
                    observed.exit_code = exit_code.or(Some(0));
                }
                self.update(|t| t.update_container(&name, |c| record_exit(c, exit_code, oom)));
            }
        }
        self.update(|t| {
            if t.execution_stopped_at.is_none() {
                t.execution_stopped_at = Some(self.shared.plane.now());
                t.version += 1;
            }
        });
        self.capture_logs().await;
        self.remove_containers(plan).await;
        if awsvpc {
            self.update(|t| t.advance(TaskStatus::Deprovisioning, self.shared.plane.now()));
        }
        self.update(|t| {
            if t.desired == Desired::Running {
                t.request_stop(
                    TaskStopCode::TaskFailedToStart,
                    "Task stopped because ecsemu is shutting down",
                    self.shared.plane.now(),
                );
            }
            t.advance(TaskStatus::Stopped, self.shared.plane.now());
        });
        self.log_stopped();
        let mut routes = self.shared.routes.lock();
        routes.retain(|_, key| *key != self.key);
    }

    /// Keeps what the containers wrote, so it stays readable once they are removed.
    async fn capture_logs(&self) {
        const KEPT_LINES: usize = 10_000;
        let mut captured = Vec::new();
        for (name, observed) in &self.observed {
            let Some(id) = &observed.id else {
                continue;
            };
            match self.shared.runtime.logs(id).await {
                Ok(mut lines) => {
                    lines.drain(..lines.len().saturating_sub(KEPT_LINES));
                    captured.push(CapturedLogs {
                        container: name.clone(),
                        lines,
                    });
                }
                Err(error) => tracing::debug!(%error, container = %id, "no logs to keep"),
            }
        }
        self.update(|t| t.logs = captured);
    }

    async fn remove_containers(&self, plan: &LaunchPlan) {
        if self.shared.plane.config.keep_stopped_containers || !self.created_any {
            return;
        }
        let runtime = &self.shared.runtime;
        let Some(task_arn) = self.task(|t| t.arn.clone()) else {
            return;
        };
        // Listing by label also finds containers whose create failed on ecsemu's side (a
        // timeout) but went through in the daemon.
        let labelled = runtime
            .list_containers(&[
                (
                    labels::INSTANCE.to_owned(),
                    self.shared.plane.config.instance_id.clone(),
                ),
                (labels::TASK_ARN.to_owned(), task_arn),
            ])
            .await
            .unwrap_or_default();
        let mut ids: Vec<ContainerId> = self
            .observed
            .values()
            .filter_map(|o| o.id.clone())
            .chain(labelled.into_iter().map(|c| c.id))
            .filter(|id| Some(id) != self.sandbox.as_ref())
            .collect();
        // The sandbox goes last: the others live in its namespace.
        ids.extend(self.sandbox.clone());
        let mut seen = HashSet::new();
        for id in ids.into_iter().filter(|id| seen.insert(id.clone())) {
            if let Err(error) = runtime.remove_container(&id).await {
                tracing::warn!(%error, container = %id, "removing a container failed");
            }
        }
        for volume in &plan.task_volumes {
            if let Err(error) = runtime.remove_volume(volume).await {
                tracing::debug!(%error, volume, "removing a task volume failed");
            }
        }
    }

    fn route(&self, id: &str) {
        self.shared
            .routes
            .lock()
            .insert(id.to_owned(), self.key.clone());
    }
}

/// The bindings of a container definition's port mappings among the published ports.
fn bindings_of(
    def: &wire::ContainerDefinition,
    ports: &[ecsemu_runtime::PublishedPort],
) -> Vec<wire::NetworkBinding> {
    def.port_mappings
        .iter()
        .flatten()
        .filter_map(|m| {
            let published = ports.iter().find(|p| {
                Some(i32::from(p.container_port)) == m.container_port
                    && (m.protocol == Some(wire::TransportProtocol::Udp))
                        == (p.protocol == ecsemu_runtime::PortProtocol::Udp)
            })?;
            Some(wire::NetworkBinding {
                bind_ip: Some(published.host_ip.clone()),
                container_port: m.container_port,
                host_port: published.host_port.map(i32::from),
                protocol: Some(m.protocol.unwrap_or(wire::TransportProtocol::Tcp)),
                container_port_range: None,
                host_port_range: None,
            })
        })
        .collect()
}

/// What is known of an image before its containers are created.
#[derive(Debug, Clone)]
enum ImageState {
    /// Pulled for this launch.
    Ready,
    /// Not checked: if creation finds it missing, pull it (prefer-cached, once).
    PullIfMissing,
    /// Its pull failed; only a local copy can serve (default behaviour).
    LocalOnly(RuntimeError),
}

/// The task fails to start because `image` could not be pulled.
fn pull_failed(plan: &LaunchPlan, image: &str, error: &RuntimeError) -> Abort {
    Abort::Failed {
        reason: named_error("CannotPullContainerError", error),
        containers: plan
            .containers
            .iter()
            .filter(|c| c.spec.image == image)
            .map(|c| c.name.clone())
            .collect(),
    }
}

enum Readiness {
    Ready,
    Waiting,
    Never(String),
}

fn record_exit(c: &mut ContainerRecord, exit_code: Option<i64>, oom_killed: bool) {
    c.status = ContainerStatus::Stopped;
    if c.exit_code.is_none() {
        c.exit_code = exit_code.and_then(|code| i32::try_from(code).ok());
    }
    if oom_killed && c.reason.is_none() {
        c.reason = Some("OutOfMemoryError: Container killed due to memory usage".to_owned());
    }
}

/// `"<ErrorName>: <message>"`, as the ECS agent names container errors. Without a runtime the
/// failure is about the environment, not the step, and a runtime that did not answer in time is
/// the agent's `DockerTimeoutError` whatever the step.
fn named_error(step_error: &str, error: &RuntimeError) -> String {
    match error {
        RuntimeError::NoRuntime(message) => format!("ResourceInitializationError: {message}"),
        RuntimeError::TimedOut(message) => format!("DockerTimeoutError: {message}"),
        other => format!("{step_error}: {other}"),
    }
}

/// Containers grouped so that each group only depends on later groups: stopping group by group
/// stops dependents before the containers they depend on.
fn stop_levels(plan: &LaunchPlan) -> Vec<Vec<String>> {
    let depths: Vec<usize> = plan
        .containers
        .iter()
        .map(|c| dependents_depth(plan, &c.name, plan.containers.len()))
        .collect();
    let levels = depths.iter().max().map_or(0, |m| m + 1);
    (0..levels)
        .map(|level| {
            plan.containers
                .iter()
                .zip(&depths)
                .filter(|(_, depth)| **depth == level)
                .map(|(c, _)| c.name.clone())
                .collect()
        })
        .collect()
}

/// How long the longest chain of containers depending on `name` is (0 if none do). `budget`
/// bounds the recursion, so a dependency cycle cannot loop forever.
fn dependents_depth(plan: &LaunchPlan, name: &str, budget: usize) -> usize {
    if budget == 0 {
        return 0;
    }
    plan.containers
        .iter()
        .filter(|c| {
            c.depends_on.iter().any(|(d, _)| d == name)
                || c.volumes_from.iter().any(|(s, _)| s == name)
        })
        .map(|c| dependents_depth(plan, &c.name, budget - 1) + 1)
        .max()
        .unwrap_or(0)
}
