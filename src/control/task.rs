//! Tasks and their state machine.
//!
//! `lastStatus` only ever moves forward along ECS's ladder, `desiredStatus` only from RUNNING to
//! STOPPED, the first stop cause wins, and every change bumps `version` (ECS's task state event
//! counter). The methods here are the only way the rest of the emulator changes a task's status,
//! so these rules hold everywhere.

use super::arn::{self, Scope};
use crate::wire::{self, Connectivity, HealthStatus, LaunchType, TaskStopCode, Timestamp};

/// `lastStatus`, in ladder order.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum TaskStatus {
    Provisioning,
    #[default]
    Pending,
    Activating,
    Running,
    Deactivating,
    Stopping,
    Deprovisioning,
    Stopped,
}

impl TaskStatus {
    pub const ALL: [Self; 8] = [
        Self::Provisioning,
        Self::Pending,
        Self::Activating,
        Self::Running,
        Self::Deactivating,
        Self::Stopping,
        Self::Deprovisioning,
        Self::Stopped,
    ];

    pub const fn as_str(self) -> &'static str {
        match self {
            Self::Provisioning => "PROVISIONING",
            Self::Pending => "PENDING",
            Self::Activating => "ACTIVATING",
            Self::Running => "RUNNING",
            Self::Deactivating => "DEACTIVATING",
            Self::Stopping => "STOPPING",
            Self::Deprovisioning => "DEPROVISIONING",
            Self::Stopped => "STOPPED",
        }
    }
}

/// `desiredStatus`: ECS never sets PENDING.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum Desired {
    #[default]
    Running,
    Stopped,
}

impl Desired {
    pub const fn as_str(self) -> &'static str {
        match self {
            Self::Running => "RUNNING",
            Self::Stopped => "STOPPED",
        }
    }
}

/// A container's `lastStatus`.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, PartialOrd, Ord)]
pub enum ContainerStatus {
    #[default]
    Pending,
    Running,
    Stopped,
}

impl ContainerStatus {
    pub const fn as_str(self) -> &'static str {
        match self {
            Self::Pending => "PENDING",
            Self::Running => "RUNNING",
            Self::Stopped => "STOPPED",
        }
    }
}

/// One container of a task, as DescribeTasks reports it.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ContainerRecord {
    pub name: String,
    pub arn: String,
    pub image: String,
    pub essential: bool,
    pub status: ContainerStatus,
    pub exit_code: Option<i32>,
    pub reason: Option<String>,
    /// Set for containers with a health check, once the task runs.
    pub health: Option<HealthStatus>,
    pub has_health_check: bool,
    pub runtime_id: Option<String>,
    pub network_bindings: Vec<wire::NetworkBinding>,
    pub cpu: i32,
    pub memory: Option<i32>,
    pub memory_reservation: Option<i32>,
}

/// One change of a task's status, for the emulator's event log.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct StatusChange {
    pub at: Timestamp,
    pub last_status: TaskStatus,
    pub desired: Desired,
    pub version: i64,
}

/// What a container wrote, kept after the container is removed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CapturedLogs {
    pub container: String,
    pub lines: Vec<ecsemu_runtime::LogLine>,
}

/// An awsvpc task's network interface. Its attachment status follows the task's status.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Eni {
    pub attachment_id: String,
    pub subnet_id: String,
    pub interface_id: String,
    pub mac_address: String,
    pub private_ip: String,
    pub private_dns_name: String,
    /// The status an agent reported with SubmitAttachmentStateChanges, over the derived one.
    pub reported_status: Option<String>,
}

/// A task. Fields mirror the wire `Task`; statuses are typed.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Task {
    pub id: String,
    pub arn: String,
    pub cluster: String,
    pub cluster_arn: String,
    pub task_definition_arn: String,
    pub family: String,
    pub revision: i32,
    pub last_status: TaskStatus,
    pub desired: Desired,
    pub launch_type: Option<LaunchType>,
    pub capacity_provider_name: Option<String>,
    pub platform_version: Option<String>,
    pub platform_family: Option<String>,
    pub container_instance_id: Option<String>,
    pub container_instance_arn: Option<String>,
    pub containers: Vec<ContainerRecord>,
    pub overrides: wire::TaskOverride,
    pub cpu: Option<String>,
    pub memory: Option<String>,
    pub started_by: Option<String>,
    pub group: String,
    /// The service (of the same cluster) that launched it.
    pub service: Option<String>,
    /// The daemon (of the same cluster) that launched it.
    pub daemon: Option<String>,
    pub tags: Vec<wire::Tag>,
    pub version: i64,
    pub created_at: Timestamp,
    pub connectivity: Option<Connectivity>,
    pub connectivity_at: Option<Timestamp>,
    pub pull_started_at: Option<Timestamp>,
    pub pull_stopped_at: Option<Timestamp>,
    pub started_at: Option<Timestamp>,
    pub stopping_at: Option<Timestamp>,
    pub execution_stopped_at: Option<Timestamp>,
    pub stopped_at: Option<Timestamp>,
    pub stop_code: Option<TaskStopCode>,
    pub stopped_reason: Option<String>,
    pub health: Option<HealthStatus>,
    /// The task's elastic network interface (awsvpc tasks only).
    pub eni: Option<Eni>,
    pub attributes: Vec<wire::Attribute>,
    pub availability_zone: Option<String>,
    pub enable_execute_command: bool,
    pub ephemeral_storage: Option<wire::EphemeralStorage>,
    pub network_mode: Option<wire::NetworkMode>,
    /// Every status change so far, oldest first.
    pub history: Vec<StatusChange>,
    /// Stop without a grace period (the emulator's force-stop and reset).
    pub force_stop: bool,
    /// The container holding the task's network namespace, once created.
    pub sandbox_id: Option<String>,
    /// The containers' output, captured before they were removed.
    pub logs: Vec<CapturedLogs>,
    /// Scale-in protection (UpdateTaskProtection) lasts until then.
    pub protected_until: Option<Timestamp>,
}

impl Task {
    /// Protected from being stopped by its service's scale-in and deployments at `now`.
    pub fn is_protected(&self, now: Timestamp) -> bool {
        self.protected_until.is_some_and(|until| until > now)
    }

    pub fn is_stopped(&self) -> bool {
        self.last_status == TaskStatus::Stopped
    }

    /// Moves `lastStatus` forward to `to`; refuses (returns false) to move back or sideways.
    pub fn advance(&mut self, to: TaskStatus, now: Timestamp) -> bool {
        if to <= self.last_status {
            return false;
        }
        self.last_status = to;
        match to {
            TaskStatus::Pending | TaskStatus::Activating => {
                if self.connectivity.is_none() {
                    self.connectivity = Some(Connectivity::Connected);
                    self.connectivity_at = Some(now);
                }
            }
            TaskStatus::Running => {
                self.started_at.get_or_insert(now);
                self.recompute_health();
            }
            TaskStatus::Stopped => {
                self.execution_stopped_at.get_or_insert(now);
                self.stopped_at = Some(now);
                for container in &mut self.containers {
                    container.status = ContainerStatus::Stopped;
                }
            }
            TaskStatus::Provisioning
            | TaskStatus::Deactivating
            | TaskStatus::Stopping
            | TaskStatus::Deprovisioning => {}
        }
        self.version += 1;
        self.record(now);
        true
    }

    fn record(&mut self, at: Timestamp) {
        self.history.push(StatusChange {
            at,
            last_status: self.last_status,
            desired: self.desired,
            version: self.version,
        });
    }

    /// Sets `desiredStatus` to STOPPED with its cause. The first cause wins: later calls change
    /// nothing and return false.
    pub fn request_stop(&mut self, code: TaskStopCode, reason: &str, now: Timestamp) -> bool {
        if self.desired == Desired::Stopped {
            return false;
        }
        self.desired = Desired::Stopped;
        self.stop_code = Some(code);
        self.stopped_reason = Some(reason.to_owned());
        self.stopping_at = Some(now);
        self.version += 1;
        self.record(now);
        true
    }

    /// Applies `change` to the named container and bumps the version if anything changed.
    pub fn update_container(
        &mut self,
        name: &str,
        change: impl FnOnce(&mut ContainerRecord),
    ) -> bool {
        if self.is_stopped() {
            return false;
        }
        let Some(container) = self.containers.iter_mut().find(|c| c.name == name) else {
            return false;
        };
        let before = container.clone();
        change(container);
        if *container == before {
            return false;
        }
        if self.last_status >= TaskStatus::Running {
            self.recompute_health();
        }
        self.version += 1;
        true
    }

    /// ECS: HEALTHY iff every essential container has a health check and is HEALTHY;
    /// UNHEALTHY if any essential container is; UNKNOWN otherwise.
    fn recompute_health(&mut self) {
        for container in &mut self.containers {
            if container.health.is_none() {
                container.health = Some(HealthStatus::Unknown);
            }
        }
        let essential: Vec<&ContainerRecord> =
            self.containers.iter().filter(|c| c.essential).collect();
        let health = if essential
            .iter()
            .any(|c| c.health == Some(HealthStatus::Unhealthy))
        {
            HealthStatus::Unhealthy
        } else if !essential.is_empty()
            && essential
                .iter()
                .all(|c| c.has_health_check && c.health == Some(HealthStatus::Healthy))
        {
            HealthStatus::Healthy
        } else {
            HealthStatus::Unknown
        };
        self.health = Some(health);
    }

    /// The ENI attachment as ECS shows it: only the subnet until it is attached.
    fn attachment(&self, eni: &Eni) -> wire::Attachment {
        let status = match self.last_status {
            _ if eni.reported_status.is_some() => {
                eni.reported_status.as_deref().unwrap_or_default()
            }
            TaskStatus::Provisioning => "PRECREATED",
            TaskStatus::Deprovisioning => "DETACHED",
            TaskStatus::Stopped => "DELETED",
            _ => "ATTACHED",
        };
        let mut details = vec![("subnetId".to_owned(), eni.subnet_id.clone())];
        if status != "PRECREATED" {
            details.extend(
                [
                    ("networkInterfaceId", &eni.interface_id),
                    ("macAddress", &eni.mac_address),
                    ("privateDnsName", &eni.private_dns_name),
                    ("privateIPv4Address", &eni.private_ip),
                ]
                .map(|(name, value)| (name.to_owned(), value.clone())),
            );
            // The task's ports are published on the host: where to reach each of them.
            for binding in self.containers.iter().flat_map(|c| &c.network_bindings) {
                if let (Some(port), Some(host_port)) = (binding.container_port, binding.host_port) {
                    let protocol = binding.protocol.map_or("tcp", |p| p.as_str());
                    let ip = binding.bind_ip.as_deref().unwrap_or("127.0.0.1");
                    details.push((
                        format!("hostPort:{port}/{protocol}"),
                        format!("{ip}:{host_port}"),
                    ));
                }
            }
        }
        wire::Attachment {
            id: Some(eni.attachment_id.clone()),
            r#type: Some("ElasticNetworkInterface".to_owned()),
            status: Some(status.to_owned()),
            details: Some(
                details
                    .into_iter()
                    .map(|(name, value)| wire::KeyValuePair {
                        name: Some(name),
                        value: Some(value),
                    })
                    .collect(),
            ),
        }
    }

    pub fn to_wire(&self, include_tags: bool) -> wire::Task {
        let attached = self.last_status > TaskStatus::Provisioning;
        wire::Task {
            task_arn: Some(self.arn.clone()),
            cluster_arn: Some(self.cluster_arn.clone()),
            task_definition_arn: Some(self.task_definition_arn.clone()),
            container_instance_arn: self.container_instance_arn.clone(),
            overrides: Some(self.overrides.clone()),
            last_status: Some(self.last_status.as_str().to_owned()),
            desired_status: Some(self.desired.as_str().to_owned()),
            cpu: self.cpu.clone(),
            memory: self.memory.clone(),
            containers: Some(
                self.containers
                    .iter()
                    .map(|c| wire::Container {
                        container_arn: Some(c.arn.clone()),
                        task_arn: Some(self.arn.clone()),
                        name: Some(c.name.clone()),
                        image: Some(c.image.clone()),
                        runtime_id: c.runtime_id.clone(),
                        last_status: Some(c.status.as_str().to_owned()),
                        exit_code: c.exit_code,
                        reason: c.reason.clone(),
                        network_bindings: (!c.network_bindings.is_empty()
                            || self.launch_type != Some(LaunchType::Fargate))
                        .then(|| c.network_bindings.clone()),
                        network_interfaces: Some(match &self.eni {
                            Some(eni) if attached => vec![wire::NetworkInterface {
                                attachment_id: Some(eni.attachment_id.clone()),
                                private_ipv4_address: Some(eni.private_ip.clone()),
                                ipv6_address: None,
                            }],
                            _ => Vec::new(),
                        }),
                        health_status: c.health,
                        cpu: Some(c.cpu.to_string()),
                        memory: c.memory.map(|m| m.to_string()),
                        memory_reservation: c.memory_reservation.map(|m| m.to_string()),
                        ..wire::Container::default()
                    })
                    .collect(),
            ),
            started_by: self.started_by.clone(),
            version: self.version,
            stopped_reason: self.stopped_reason.clone(),
            stop_code: self.stop_code,
            connectivity: self.connectivity,
            connectivity_at: self.connectivity_at,
            pull_started_at: self.pull_started_at,
            pull_stopped_at: self.pull_stopped_at,
            execution_stopped_at: self.execution_stopped_at,
            created_at: Some(self.created_at),
            started_at: self.started_at,
            stopping_at: self.stopping_at,
            stopped_at: self.stopped_at,
            group: Some(self.group.clone()),
            launch_type: self.launch_type,
            capacity_provider_name: self.capacity_provider_name.clone(),
            platform_version: self.platform_version.clone(),
            platform_family: self.platform_family.clone(),
            attachments: Some(self.eni.iter().map(|e| self.attachment(e)).collect()),
            attributes: Some(self.attributes.clone()),
            availability_zone: self.availability_zone.clone(),
            health_status: self.health,
            tags: Some(if include_tags {
                self.tags.clone()
            } else {
                Vec::new()
            }),
            enable_execute_command: self.enable_execute_command,
            ephemeral_storage: self.ephemeral_storage.clone(),
            fargate_ephemeral_storage: (self.launch_type == Some(LaunchType::Fargate)).then(|| {
                wire::TaskEphemeralStorage {
                    size_in_gib: self
                        .ephemeral_storage
                        .as_ref()
                        .map_or(20, |e| e.size_in_gib),
                    kms_key_id: None,
                }
            }),
            inference_accelerators: None,
            trusted_execution_summary: None,
        }
    }
}

impl super::store::Partition {
    /// The task of `cluster` that `reference` (a task id or ARN) names.
    pub fn task_in(&self, scope: &Scope, cluster: &str, reference: &str) -> Option<&Task> {
        let id = task_id_in(scope, cluster, reference)?;
        self.tasks
            .get(id)
            .map(Box::as_ref)
            .filter(|t| t.cluster == cluster)
    }

    pub fn task_in_mut(
        &mut self,
        scope: &Scope,
        cluster: &str,
        reference: &str,
    ) -> Option<&mut Task> {
        let id = task_id_in(scope, cluster, reference)?;
        self.tasks
            .get_mut(id)
            .map(Box::as_mut)
            .filter(|t| t.cluster == cluster)
    }
}

/// The task id a reference names, if it can belong to `cluster`: a bare id, or an ARN of this
/// scope whose cluster part (when it has one) is `cluster`.
fn task_id_in<'a>(scope: &Scope, cluster: &str, reference: &'a str) -> Option<&'a str> {
    let path = arn::local_path(scope, "task", reference)?;
    match path.split_once('/') {
        Some((in_cluster, id)) => (in_cluster == cluster).then_some(id),
        None => Some(path),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn task() -> Task {
        Task {
            containers: vec![
                ContainerRecord {
                    name: "app".into(),
                    essential: true,
                    ..ContainerRecord::default()
                },
                ContainerRecord {
                    name: "sidecar".into(),
                    essential: false,
                    ..ContainerRecord::default()
                },
            ],
            version: 1,
            ..Task::default()
        }
    }

    #[test]
    fn running_sets_started_at_and_health() {
        let mut t = task();
        assert!(t.advance(TaskStatus::Running, 5.0));
        assert_eq!(t.started_at, Some(5.0));
        assert_eq!(t.health, Some(HealthStatus::Unknown));
        assert_eq!(t.version, 2);
    }

    #[test]
    fn the_first_stop_cause_wins() {
        let mut t = task();
        assert!(t.request_stop(TaskStopCode::UserInitiated, "Task stopped by user", 1.0));
        assert!(!t.request_stop(TaskStopCode::EssentialContainerExited, "x", 2.0));
        assert_eq!(t.stop_code, Some(TaskStopCode::UserInitiated));
        assert_eq!(t.stopping_at, Some(1.0));
    }

    #[test]
    fn stopping_marks_every_container_stopped() {
        let mut t = task();
        t.advance(TaskStatus::Stopped, 9.0);
        assert!(t
            .containers
            .iter()
            .all(|c| c.status == ContainerStatus::Stopped));
        assert_eq!(t.stopped_at, Some(9.0));
        assert!(!t.update_container("app", |c| c.exit_code = Some(1)));
    }

    #[test]
    fn task_health_follows_essential_containers() {
        let mut t = task();
        t.containers[0].has_health_check = true;
        t.advance(TaskStatus::Running, 1.0);
        assert_eq!(t.health, Some(HealthStatus::Unknown));
        t.update_container("app", |c| c.health = Some(HealthStatus::Healthy));
        assert_eq!(t.health, Some(HealthStatus::Healthy));
        t.update_container("sidecar", |c| c.health = Some(HealthStatus::Unhealthy));
        assert_eq!(
            t.health,
            Some(HealthStatus::Healthy),
            "non-essential health is ignored"
        );
        t.update_container("app", |c| c.health = Some(HealthStatus::Unhealthy));
        assert_eq!(t.health, Some(HealthStatus::Unhealthy));
    }

    #[derive(Debug, Clone)]
    enum Step {
        Advance(usize),
        Stop(bool),
        Exit(i32),
    }

    fn step() -> impl Strategy<Value = Step> {
        prop_oneof![
            (0..TaskStatus::ALL.len()).prop_map(Step::Advance),
            any::<bool>().prop_map(Step::Stop),
            (0..256i32).prop_map(Step::Exit),
        ]
    }

    proptest! {
        #[test]
        fn the_ladder_only_moves_forward(steps in proptest::collection::vec(step(), 0..40)) {
            let mut t = task();
            let mut now = 0.0;
            for step in steps {
                now += 1.0;
                let (status, desired, version) = (t.last_status, t.desired, t.version);
                let changed = match step {
                    Step::Advance(i) => t.advance(TaskStatus::ALL[i], now),
                    Step::Stop(user) => {
                        let code = if user { TaskStopCode::UserInitiated } else { TaskStopCode::EssentialContainerExited };
                        t.request_stop(code, "r", now)
                    }
                    Step::Exit(code) => t.update_container("app", |c| {
                        c.status = ContainerStatus::Stopped;
                        c.exit_code = Some(code);
                    }),
                };
                prop_assert!(t.last_status >= status);
                prop_assert!(desired == Desired::Running || t.desired == Desired::Stopped);
                prop_assert_eq!(changed, t.version > version);
                prop_assert!(t.version >= version);
                prop_assert_eq!(t.stop_code.is_some(), t.desired == Desired::Stopped);
                prop_assert_eq!(t.stopped_at.is_some(), t.last_status == TaskStatus::Stopped);
                if status == TaskStatus::Stopped {
                    prop_assert!(!changed || matches!(step, Step::Stop(_)));
                }
            }
        }
    }
}
