//! The control plane: ECS's resources and rules, independent of HTTP and of any runtime.
//!
//! Operations (in `ops`) read and change the `Store`; anything that must happen in a container
//! runtime is the reconciler's job, which operations ask for by nudging it with a task's key.

pub mod arn;
pub mod capacity;
pub mod cluster;
pub mod container_instance;
pub mod daemon;
pub mod exec;
pub mod express;
pub mod gateway;
pub mod infrastructure;
pub mod launch;
pub mod paging;
pub mod placement;
pub mod reconciler;
pub mod safety;
pub mod scheduler;
pub mod service;
pub mod settings;
pub mod store;
pub mod tags;
pub mod task;
pub mod task_definition;

use std::time::{Duration, SystemTime, UNIX_EPOCH};

use tokio::sync::mpsc;

use std::sync::Arc;

use crate::wire::Timestamp;
use arn::Scope;
use container_instance::{HostFacts, HostState, LocalHost};
use store::{PartitionKey, Store};

/// Who is calling, as read from the request's SigV4 credential scope (never verified).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Caller {
    pub account_id: String,
    pub region: String,
    pub access_key: Option<String>,
}

impl Caller {
    pub fn scope(&self) -> Scope {
        Scope::of(self)
    }

    pub fn partition_key(&self) -> PartitionKey {
        PartitionKey {
            account_id: self.account_id.clone(),
            region: self.region.clone(),
        }
    }

    /// The IAM principal requests are attributed to: the account's root, since signatures are
    /// not checked and so no user or role is known.
    pub fn principal_arn(&self) -> String {
        root_principal(&self.scope())
    }
}

pub fn root_principal(scope: &Scope) -> String {
    format!("arn:{}:iam::{}:root", scope.partition, scope.account_id)
}

/// A task, wherever it lives.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct TaskKey {
    pub partition: PartitionKey,
    pub task_id: String,
}

/// A service, wherever it lives.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct ServiceKey {
    pub partition: PartitionKey,
    pub cluster: String,
    pub name: String,
}

/// What the reconciler schedules: a service or a daemon (named like a service, in a cluster).
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Scheduled {
    Service(ServiceKey),
    Daemon(ServiceKey),
}

/// What the reconciler is asked to look at again.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum Nudge {
    /// A task's desired state changed.
    Task(TaskKey),
    /// A service's or daemon's settings changed, or something its scheduler depends on did.
    Schedule(Scheduled),
}

/// Where the plane reads the time from.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum ClockSource {
    /// The system clock.
    #[default]
    Wall,
    /// Tokio's clock, so that tests with a paused clock control every timestamp and every
    /// delay the scheduler keeps (grace periods, launch backoff).
    Tokio,
}

/// The plane's clock: timestamps for the API and for the scheduler's time rules.
#[derive(Debug, Clone, Copy)]
pub struct Clock {
    source: ClockSource,
    wall_at_start: SystemTime,
    tokio_at_start: tokio::time::Instant,
}

impl Clock {
    pub fn new(source: ClockSource) -> Self {
        Self {
            source,
            wall_at_start: SystemTime::now(),
            tokio_at_start: tokio::time::Instant::now(),
        }
    }

    pub fn now(&self) -> Timestamp {
        match self.source {
            ClockSource::Wall => timestamp(SystemTime::now()),
            ClockSource::Tokio => timestamp(self.wall_at_start + self.tokio_at_start.elapsed()),
        }
    }

    /// The Tokio instant at which this clock will read `at` (now, if that has passed).
    pub fn instant_at(&self, at: Timestamp) -> tokio::time::Instant {
        let ahead = Duration::try_from_secs_f64(at - self.now()).unwrap_or_default();
        tokio::time::Instant::now() + ahead
    }
}

/// ECS_IMAGE_PULL_BEHAVIOR, as the ECS agent reads it. ecsemu's default is `PreferCached`,
/// not the agent's `Default`: local users launch images they built or pulled themselves, and
/// expect them used as they are (as `docker run` and Compose do) without a registry round trip
/// per launch, which offline is a failure per launch and can stall the daemon for everyone.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum PullBehavior {
    /// Pull; if the pull fails, use the local image when there is one.
    Default,
    /// Always pull; a failed pull fails the task.
    Always,
    /// Pull only images this emulator has not pulled before.
    Once,
    /// Pull only when the image is not present locally.
    #[default]
    PreferCached,
}

impl std::str::FromStr for PullBehavior {
    type Err = String;

    /// The agent's spellings: `default`, `always`, `once`, `prefer-cached`.
    fn from_str(value: &str) -> Result<Self, Self::Err> {
        match value {
            "default" => Ok(Self::Default),
            "always" => Ok(Self::Always),
            "once" => Ok(Self::Once),
            "prefer-cached" => Ok(Self::PreferCached),
            other => Err(format!(
                "unknown image pull behavior {other:?} (default, always, once, prefer-cached)"
            )),
        }
    }
}

/// Settings of the control plane that come from flags.
#[derive(Debug, Clone)]
pub struct PlaneConfig {
    /// Distinguishes this emulator's containers from another's on the same runtime.
    pub instance_id: String,
    pub pull_behavior: PullBehavior,
    /// How long stopped tasks stay describable (ECS: at least an hour).
    pub stopped_task_retention: Duration,
    pub keep_stopped_containers: bool,
    /// The host address published ports bind to.
    pub publish_address: String,
    /// The stop timeout for containers without `stopTimeout` (the agent's ECS_CONTAINER_STOP_TIMEOUT).
    pub default_stop_timeout: Duration,
    /// How long a container waits for its dependencies without `startTimeout`.
    pub default_start_timeout: Duration,
    /// What launched tasks may do to the host.
    pub safety: safety::SafetyPolicy,
    /// Where `environmentFiles` (S3 ARNs) are read from: `arn:aws:s3:::bucket/key` is
    /// `<dir>/bucket/key`.
    pub environment_files_dir: Option<std::path::PathBuf>,
    /// How long after reaching RUNNING a service task without an essential health check
    /// counts as healthy for deployments (ECS: 40 seconds).
    pub service_warmup: Duration,
    /// Whether the machine ecsemu runs on joins clusters as a container instance when a real
    /// runtime runs its tasks (`--local-instance`). Off by default here, as the in-process
    /// tests are written against clusters with only the instances they register.
    pub local_instance: bool,
    pub clock: ClockSource,
}

impl Default for PlaneConfig {
    fn default() -> Self {
        Self {
            instance_id: arn::random_hex(12),
            pull_behavior: PullBehavior::PreferCached,
            stopped_task_retention: Duration::from_secs(3600),
            keep_stopped_containers: false,
            publish_address: "127.0.0.1".to_owned(),
            default_stop_timeout: Duration::from_secs(30),
            default_start_timeout: Duration::from_secs(180),
            safety: safety::SafetyPolicy::default(),
            environment_files_dir: None,
            service_warmup: Duration::from_secs(40),
            local_instance: false,
            clock: ClockSource::Wall,
        }
    }
}

/// The state plus the channel to the reconciler; shared by every request.
#[derive(Debug)]
pub struct ControlPlane {
    pub store: Store,
    pub config: PlaneConfig,
    pub clock: Clock,
    /// ECS Exec sessions, shared with the tasks that run their commands.
    pub exec_sessions: std::sync::Arc<exec::ExecSessions>,
    nudges: mpsc::UnboundedSender<Nudge>,
    /// Woken whenever the reconciler changes a task.
    changes: tokio::sync::Notify,
    /// The machine ecsemu runs on, once its runtime has described it.
    local_host: tokio::sync::watch::Sender<HostState>,
}

impl ControlPlane {
    /// The plane and the receiving end of its nudges, for the reconciler.
    pub fn new(config: PlaneConfig) -> (Self, mpsc::UnboundedReceiver<Nudge>) {
        let (nudges, receiver) = mpsc::unbounded_channel();
        (
            Self {
                store: Store::default(),
                clock: Clock::new(config.clock),
                exec_sessions: std::sync::Arc::default(),
                config,
                nudges,
                changes: tokio::sync::Notify::new(),
                local_host: tokio::sync::watch::Sender::new(HostState::Pending),
            },
            receiver,
        )
    }

    /// Wakes whoever waits for task changes (see `wait_until`).
    pub fn changed(&self) {
        self.changes.notify_waiters();
    }

    /// Waits until `condition` holds, re-checking it whenever a task changes; false if it
    /// still does not hold after `timeout`.
    pub async fn wait_until(&self, condition: impl Fn() -> bool, timeout: Duration) -> bool {
        let deadline = tokio::time::Instant::now() + timeout;
        loop {
            // Registered before the check, so a change between the two is not missed.
            let notified = self.changes.notified();
            tokio::pin!(notified);
            notified.as_mut().enable();
            if condition() {
                return true;
            }
            tokio::select! {
                () = notified => {}
                () = tokio::time::sleep_until(deadline) => return condition(),
            }
        }
    }

    /// Tells the reconciler that a task's desired state changed.
    pub fn nudge(&self, key: TaskKey) {
        self.send(Nudge::Task(key));
    }

    /// Asks the reconciler to schedule a service again.
    pub fn nudge_service(&self, key: ServiceKey) {
        self.send(Nudge::Schedule(Scheduled::Service(key)));
    }

    /// Asks the reconciler to schedule a daemon again.
    pub fn nudge_daemon(&self, key: ServiceKey) {
        self.send(Nudge::Schedule(Scheduled::Daemon(key)));
    }

    /// Asks the reconciler to schedule every service and daemon of `cluster` again (its
    /// capacity changed).
    pub fn nudge_services_of(&self, partition: &PartitionKey, cluster: &str) {
        let (services, daemons): (Vec<String>, Vec<String>) = self.store.read(partition, |p| {
            p.clusters
                .get(cluster)
                .map(|c| {
                    (
                        c.services.keys().cloned().collect(),
                        c.daemons.keys().cloned().collect(),
                    )
                })
                .unwrap_or_default()
        });
        let key = |name| ServiceKey {
            partition: partition.clone(),
            cluster: cluster.to_owned(),
            name,
        };
        for name in services {
            self.nudge_service(key(name));
        }
        for name in daemons {
            self.nudge_daemon(key(name));
        }
    }

    fn send(&self, nudge: Nudge) {
        // Only fails once the reconciler is gone, i.e. during shutdown, when nothing is owed.
        let _ = self.nudges.send(nudge);
    }

    /// Records what the runtime says of the machine: with a real runtime (and
    /// `--local-instance` on) the machine is a container instance clusters can take.
    /// Schedules every service again, since some may have waited for it.
    pub fn describe_local_host(&self, info: Option<&ecsemu_runtime::RuntimeInfo>) {
        let host = info
            .filter(|info| self.config.local_instance && info.name != "none")
            .map(|info| {
                Arc::new(LocalHost {
                    facts: HostFacts::of(info),
                    ec2_instance_id: container_instance::new_ec2_instance_id(),
                })
            });
        if let Some(host) = &host {
            tracing::info!(
                cpu = host.facts.cpu,
                memory = host.facts.memory,
                "this machine is a container instance of every cluster whose EC2 tasks find \
                 no other (--local-instance off to turn that off)"
            );
        }
        self.local_host.send_replace(HostState::Known(host));
        for partition in self.store.keys() {
            let clusters: Vec<String> = self
                .store
                .read(&partition, |p| p.clusters.keys().cloned().collect());
            for cluster in clusters {
                self.nudge_services_of(&partition, &cluster);
            }
        }
    }

    /// What is known of the machine as a container instance so far.
    pub fn local_host(&self) -> HostState {
        self.local_host.borrow().clone()
    }

    /// What the machine is as a container instance, once the runtime has described it.
    pub async fn local_host_known(&self) -> HostState {
        let mut known = self.local_host.subscribe();
        // The sender lives as long as the plane, so waiting cannot fail while we hold it.
        let _ = known
            .wait_for(|host| matches!(host, HostState::Known(_)))
            .await;
        let host = known.borrow().clone();
        host
    }

    /// Now, as the API reports times: epoch seconds with millisecond precision.
    pub fn now(&self) -> Timestamp {
        self.clock.now()
    }
}

/// A time as the API reports it: epoch seconds with millisecond precision.
pub fn timestamp(at: SystemTime) -> Timestamp {
    let millis = at
        .duration_since(UNIX_EPOCH)
        .map_or(0, |d| d.as_millis() as u64);
    millis as f64 / 1000.0
}
