//! The control plane: ECS's resources and rules, independent of HTTP and of any runtime.
//!
//! Operations (in `ops`) read and change the `Store`; anything that must happen in a container
//! runtime is the reconciler's job, which operations ask for by nudging it with a task's key.

pub mod arn;
pub mod capacity;
pub mod cluster;
pub mod container_instance;
pub mod launch;
pub mod paging;
pub mod reconciler;
pub mod safety;
pub mod settings;
pub mod store;
pub mod tags;
pub mod task;
pub mod task_definition;

use std::time::{Duration, SystemTime, UNIX_EPOCH};

use tokio::sync::mpsc;

use crate::wire::Timestamp;
use arn::Scope;
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

/// ECS_IMAGE_PULL_BEHAVIOR, as the ECS agent reads it.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum PullBehavior {
    /// Pull; if the pull fails, use the local image when there is one.
    #[default]
    Default,
    /// Always pull; a failed pull fails the task.
    Always,
    /// Pull only images this emulator has not pulled before.
    Once,
    /// Pull only when the image is not present locally.
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
}

impl Default for PlaneConfig {
    fn default() -> Self {
        Self {
            instance_id: arn::random_hex(12),
            pull_behavior: PullBehavior::Default,
            stopped_task_retention: Duration::from_secs(3600),
            keep_stopped_containers: false,
            publish_address: "127.0.0.1".to_owned(),
            default_stop_timeout: Duration::from_secs(30),
            default_start_timeout: Duration::from_secs(180),
            safety: safety::SafetyPolicy::default(),
            environment_files_dir: None,
        }
    }
}

/// The state plus the channel to the reconciler; shared by every request.
#[derive(Debug)]
pub struct ControlPlane {
    pub store: Store,
    pub config: PlaneConfig,
    nudges: mpsc::UnboundedSender<TaskKey>,
    /// Woken whenever the reconciler changes a task.
    changes: tokio::sync::Notify,
}

impl ControlPlane {
    /// The plane and the receiving end of its nudges, for the reconciler.
    pub fn new(config: PlaneConfig) -> (Self, mpsc::UnboundedReceiver<TaskKey>) {
        let (nudges, receiver) = mpsc::unbounded_channel();
        (
            Self {
                store: Store::default(),
                config,
                nudges,
                changes: tokio::sync::Notify::new(),
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
        // Only fails once the reconciler is gone, i.e. during shutdown, when nothing is owed.
        let _ = self.nudges.send(key);
    }
}

/// Now, as the API reports times: epoch seconds with millisecond precision.
pub fn now() -> Timestamp {
    timestamp(SystemTime::now())
}

pub fn timestamp(at: SystemTime) -> Timestamp {
    let millis = at
        .duration_since(UNIX_EPOCH)
        .map_or(0, |d| d.as_millis() as u64);
    millis as f64 / 1000.0
}
