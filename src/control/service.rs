//! Services: their record, deployments (ECS's `deployments[]`), service revisions and service
//! deployments (the newer history API), and how DescribeServices shows them. What to do about a
//! service is the scheduler's (`scheduler.rs`); this module only holds and renders the state.

use std::collections::{BTreeMap, VecDeque};

use super::arn::{self, Scope};
use super::store::Partition;
use super::task::TaskStatus;
use crate::wire::{
    self, DeploymentControllerType, LaunchType, SchedulingStrategy,
    ServiceDeploymentLifecycleStage, ServiceDeploymentRollbackMonitorsStatus,
    ServiceDeploymentStatus, Timestamp,
};

/// Events a service keeps (ECS keeps the last 100).
const KEPT_EVENTS: usize = 100;
/// An event is not repeated within this many seconds unless another came between (ECS: until
/// the cause changes or six hours pass).
const EVENT_REPEAT_AFTER: f64 = 6.0 * 3600.0;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ServiceStatus {
    Active,
    /// Deleted; its tasks are being stopped.
    Draining,
    Inactive,
}

impl ServiceStatus {
    pub const fn as_str(self) -> &'static str {
        match self {
            Self::Active => "ACTIVE",
            Self::Draining => "DRAINING",
            Self::Inactive => "INACTIVE",
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DeploymentStatus {
    Primary,
    /// An older deployment that still owns tasks.
    Active,
    /// Replaced and without tasks: no longer shown.
    Inactive,
}

impl DeploymentStatus {
    pub const fn as_str(self) -> &'static str {
        match self {
            Self::Primary => "PRIMARY",
            Self::Active => "ACTIVE",
            Self::Inactive => "INACTIVE",
        }
    }
}

/// One of `Service.deployments`: the tasks of one revision of the service.
#[derive(Debug, Clone, PartialEq)]
pub struct Deployment {
    /// `ecs-svc/<19 digits>`, also the `startedBy` of its tasks.
    pub id: String,
    pub status: DeploymentStatus,
    pub task_definition: String,
    pub desired_count: i32,
    pub launch_type: Option<LaunchType>,
    pub capacity_provider_strategy: Vec<wire::CapacityProviderStrategyItem>,
    /// As tasks report it (`1.4.0` for Fargate's LATEST).
    pub platform_version: Option<String>,
    pub network: Option<wire::NetworkConfiguration>,
    pub service_connect: Option<wire::ServiceConnectConfiguration>,
    pub volume_configurations: Option<Vec<wire::ServiceVolumeConfiguration>>,
    pub vpc_lattice: Option<Vec<wire::VpcLatticeConfiguration>>,
    pub created_at: Timestamp,
    pub updated_at: Timestamp,
    pub rollout: wire::DeploymentRolloutState,
    pub rollout_reason: String,
    /// Failures counted by the circuit breaker.
    pub failed_tasks: i32,
    /// A task of this deployment reached RUNNING (the circuit breaker's second stage).
    pub ran_a_task: bool,
    pub revision_arn: String,
    /// The service deployment that rolls this deployment out now.
    pub service_deployment_arn: String,
    /// Set when this is a task set of a service with the EXTERNAL or CODE_DEPLOY controller.
    pub task_set: Option<TaskSetInfo>,
}

/// What a task set has beyond a deployment.
#[derive(Debug, Clone, PartialEq)]
pub struct TaskSetInfo {
    pub arn: String,
    pub external_id: Option<String>,
    pub scale: wire::Scale,
    /// Deleted: its tasks are being stopped; it goes once they have.
    pub draining: bool,
    pub stable: bool,
    pub stability_status_at: Timestamp,
    pub load_balancers: Vec<wire::LoadBalancer>,
    pub service_registries: Vec<wire::ServiceRegistry>,
    pub tags: Vec<wire::Tag>,
    pub client_token: Option<String>,
}

impl Deployment {
    pub fn to_wire(&self, running: i32, pending: i32) -> wire::Deployment {
        wire::Deployment {
            id: Some(self.id.clone()),
            status: Some(self.status.as_str().to_owned()),
            task_definition: Some(self.task_definition.clone()),
            desired_count: self.desired_count,
            pending_count: pending,
            running_count: running,
            failed_tasks: self.failed_tasks,
            created_at: Some(self.created_at),
            updated_at: Some(self.updated_at),
            capacity_provider_strategy: (!self.capacity_provider_strategy.is_empty())
                .then(|| self.capacity_provider_strategy.clone()),
            launch_type: self.launch_type,
            platform_version: self.platform_version.clone(),
            platform_family: self.platform_version.as_ref().map(|_| "Linux".to_owned()),
            network_configuration: self.network.clone(),
            service_connect_configuration: self.service_connect.clone(),
            volume_configurations: self.volume_configurations.clone(),
            vpc_lattice_configurations: self.vpc_lattice.clone(),
            rollout_state: Some(self.rollout),
            rollout_state_reason: Some(self.rollout_reason.clone()),
            ..wire::Deployment::default()
        }
    }
}

impl Deployment {
    /// Whether this is the task set `reference` (its id or ARN) names.
    fn is_task_set(&self, reference: &str) -> bool {
        self.task_set
            .as_ref()
            .is_some_and(|t| self.id == reference || t.arn == reference)
    }

    /// The task set as DescribeTaskSets shows it, for a service with `service_desired` tasks.
    pub fn to_task_set(
        &self,
        service: &Service,
        (running, pending): (i32, i32),
        include_tags: bool,
    ) -> Option<wire::TaskSet> {
        let info = self.task_set.as_ref()?;
        Some(wire::TaskSet {
            id: Some(self.id.clone()),
            task_set_arn: Some(info.arn.clone()),
            service_arn: Some(service.arn.clone()),
            cluster_arn: Some(service.cluster_arn.clone()),
            external_id: info.external_id.clone(),
            status: Some(
                if info.draining {
                    "DRAINING"
                } else {
                    self.status.as_str()
                }
                .to_owned(),
            ),
            task_definition: Some(self.task_definition.clone()),
            computed_desired_count: self.desired_count,
            running_count: running,
            pending_count: pending,
            created_at: Some(self.created_at),
            updated_at: Some(self.updated_at),
            launch_type: self.launch_type,
            capacity_provider_strategy: (!self.capacity_provider_strategy.is_empty())
                .then(|| self.capacity_provider_strategy.clone()),
            platform_version: self.platform_version.clone(),
            platform_family: self.platform_version.as_ref().map(|_| "Linux".to_owned()),
            network_configuration: self.network.clone(),
            load_balancers: Some(info.load_balancers.clone()),
            service_registries: Some(info.service_registries.clone()),
            scale: Some(info.scale.clone()),
            stability_status: Some(if info.stable {
                wire::StabilityStatus::SteadyState
            } else {
                wire::StabilityStatus::Stabilizing
            }),
            stability_status_at: Some(info.stability_status_at),
            tags: include_tags.then(|| info.tags.clone()),
            ..wire::TaskSet::default()
        })
    }
}

/// What a new task set runs.
#[derive(Debug, Clone)]
pub struct TaskSetSpec {
    pub task_definition: String,
    pub launch_type: Option<LaunchType>,
    pub capacity_provider_strategy: Vec<wire::CapacityProviderStrategyItem>,
    pub platform_version: Option<String>,
    pub network: Option<wire::NetworkConfiguration>,
    pub info: TaskSetInfo,
}

impl Service {
    /// Adds a task set (ACTIVE, or PRIMARY if asked); returns its id.
    pub fn add_task_set(
        &mut self,
        scope: &Scope,
        spec: TaskSetSpec,
        primary: bool,
        now: Timestamp,
    ) -> String {
        let id = new_deployment_id();
        let mut info = spec.info;
        info.arn = scope.task_set(&self.cluster, &self.name, &id);
        info.stability_status_at = now;
        self.deployments.push(Deployment {
            id: id.clone(),
            status: if primary {
                DeploymentStatus::Primary
            } else {
                DeploymentStatus::Active
            },
            desired_count: computed_desired_count(self.desired_count, &info.scale),
            task_definition: spec.task_definition,
            launch_type: spec.launch_type,
            capacity_provider_strategy: spec.capacity_provider_strategy,
            platform_version: spec.platform_version,
            network: spec.network,
            service_connect: None,
            volume_configurations: None,
            vpc_lattice: None,
            created_at: now,
            updated_at: now,
            rollout: wire::DeploymentRolloutState::Completed,
            rollout_reason: String::new(),
            failed_tasks: 0,
            ran_a_task: false,
            revision_arn: String::new(),
            service_deployment_arn: String::new(),
            task_set: Some(info),
        });
        self.steady = false;
        id
    }

    /// A task set of the service by id or ARN (not yet gone).
    pub fn task_set(&self, reference: &str) -> Option<&Deployment> {
        self.deployments.iter().find(|d| d.is_task_set(reference))
    }

    pub fn task_set_mut(&mut self, reference: &str) -> Option<&mut Deployment> {
        self.deployments
            .iter_mut()
            .find(|d| d.is_task_set(reference))
    }
}

/// The tasks a task set of `scale` runs in a service of `desired` tasks (rounded up).
pub fn computed_desired_count(desired: i32, scale: &wire::Scale) -> i32 {
    let wanted = (f64::from(desired) * scale.value / 100.0).ceil();
    if wanted.is_finite() && wanted > 0.0 {
        wanted.min(f64::from(i32::MAX)) as i32
    } else {
        0
    }
}

/// What a service deployment's target (or source) revision is: a snapshot of the service's
/// settings that tasks are launched from.
#[derive(Debug, Clone, PartialEq)]
pub struct Revision {
    pub arn: String,
    pub created_at: Timestamp,
    pub task_definition: String,
    pub launch_type: Option<LaunchType>,
    pub capacity_provider_strategy: Vec<wire::CapacityProviderStrategyItem>,
    pub platform_version: Option<String>,
    pub network: Option<wire::NetworkConfiguration>,
    pub load_balancers: Vec<wire::LoadBalancer>,
    pub service_registries: Vec<wire::ServiceRegistry>,
    pub service_connect: Option<wire::ServiceConnectConfiguration>,
    pub gateway_connectors: Vec<wire::GatewayConnector>,
    pub container_images: Vec<wire::ContainerImage>,
}

/// One run of a lifecycle hook in a service deployment.
#[derive(Debug, Clone, PartialEq)]
pub struct Hook {
    pub id: String,
    /// The deployment stage it ran at.
    pub stage: ServiceDeploymentLifecycleStage,
    pub target_type: wire::DeploymentLifecycleHookTargetType,
    pub target_arn: Option<String>,
    pub status: wire::DeploymentLifecycleHookStatus,
    pub expires_at: Option<Timestamp>,
    pub timeout_action: Option<wire::DeploymentLifecycleHookAction>,
}

/// A service deployment (ListServiceDeployments, DescribeServiceDeployments).
#[derive(Debug, Clone, PartialEq)]
pub struct ServiceDeployment {
    pub arn: String,
    pub created_at: Timestamp,
    pub started_at: Option<Timestamp>,
    pub updated_at: Timestamp,
    pub finished_at: Option<Timestamp>,
    pub stopped_at: Option<Timestamp>,
    pub status: ServiceDeploymentStatus,
    pub status_reason: Option<String>,
    pub target_revision: String,
    pub source_revisions: Vec<String>,
    /// The `ecs-svc/…` deployment carrying it out.
    pub deployment_id: String,
    pub configuration: wire::DeploymentConfiguration,
    pub circuit_breaker: ServiceDeploymentRollbackMonitorsStatus,
    /// Where the deployment is; reported for the stage-based strategies (not ROLLING).
    pub stage: ServiceDeploymentLifecycleStage,
    pub stage_entered_at: Timestamp,
    /// The lifecycle hooks of the current stage were started.
    pub stage_hooks_started: bool,
    pub hooks: Vec<Hook>,
    pub rollback: Option<wire::Rollback>,
}

impl ServiceDeployment {
    pub fn strategy(&self) -> wire::DeploymentStrategy {
        self.configuration.strategy.unwrap_or_default()
    }

    pub fn is_ongoing(&self) -> bool {
        matches!(
            self.status,
            ServiceDeploymentStatus::Pending
                | ServiceDeploymentStatus::InProgress
                | ServiceDeploymentStatus::StopRequested
                | ServiceDeploymentStatus::RollbackRequested
                | ServiceDeploymentStatus::RollbackInProgress
        )
    }

    /// Ends the deployment with `status`.
    pub fn finish(
        &mut self,
        status: ServiceDeploymentStatus,
        reason: Option<String>,
        now: Timestamp,
    ) {
        self.status = status;
        if reason.is_some() {
            self.status_reason = reason;
        }
        self.finished_at = Some(now);
        self.updated_at = now;
        if self.circuit_breaker == ServiceDeploymentRollbackMonitorsStatus::Monitoring {
            self.circuit_breaker = ServiceDeploymentRollbackMonitorsStatus::MonitoringComplete;
        }
        if status == ServiceDeploymentStatus::Stopped {
            self.stopped_at = Some(now);
        }
    }
}

#[derive(Debug, Clone)]
pub struct Service {
    pub name: String,
    pub arn: String,
    pub cluster: String,
    pub cluster_arn: String,
    pub status: ServiceStatus,
    pub desired_count: i32,
    pub scheduling: SchedulingStrategy,
    pub controller: DeploymentControllerType,
    pub launch_type: Option<LaunchType>,
    pub capacity_provider_strategy: Vec<wire::CapacityProviderStrategyItem>,
    /// As given (`LATEST` by default for Fargate).
    pub platform_version: Option<String>,
    pub task_definition: Option<String>,
    pub network: Option<wire::NetworkConfiguration>,
    pub deployment_configuration: wire::DeploymentConfiguration,
    pub load_balancers: Vec<wire::LoadBalancer>,
    pub service_registries: Vec<wire::ServiceRegistry>,
    pub placement_constraints: Vec<wire::PlacementConstraint>,
    pub placement_strategy: Vec<wire::PlacementStrategy>,
    pub health_check_grace_period: i32,
    pub enable_ecs_managed_tags: bool,
    pub enable_execute_command: bool,
    pub propagate_tags: wire::PropagateTags,
    pub tags: Vec<wire::Tag>,
    pub role_arn: String,
    pub created_at: Timestamp,
    pub created_by: String,
    pub availability_zone_rebalancing: wire::AvailabilityZoneRebalancing,
    pub service_connect: Option<wire::ServiceConnectConfiguration>,
    pub volume_configurations: Option<Vec<wire::ServiceVolumeConfiguration>>,
    pub vpc_lattice: Option<Vec<wire::VpcLatticeConfiguration>>,
    /// At most one: which port of its tasks gateways route to.
    pub gateway_connectors: Vec<wire::GatewayConnector>,
    /// The gateways (by name) the connector was bound to when the service was last created or
    /// updated; each is one gateway route.
    pub gateways: Vec<String>,
    /// Set for an Express Gateway service.
    pub express: Option<super::express::ExpressService>,
    /// Newest first; INACTIVE ones are kept (a rollback can revive them) but not shown.
    pub deployments: Vec<Deployment>,
    /// Newest first.
    pub events: VecDeque<wire::ServiceEvent>,
    /// Newest first.
    pub service_deployments: Vec<ServiceDeployment>,
    pub revisions: Vec<Revision>,
    /// The tasks it launched that have not stopped yet, by id.
    pub tasks: BTreeMap<String, TrackedTask>,
    pub client_token: Option<String>,
    /// The CreateService request it was made from, to tell an idempotent retry from a clash.
    pub creation_fingerprint: String,
    /// Stable when last scheduled (so "has reached a steady state" is said once per change).
    pub steady: bool,
    /// Consecutive tasks that failed to start, for throttling launches.
    pub launch_failures: u32,
    /// No launch before this time (throttling after repeated failures).
    pub launch_not_before: Timestamp,
}

/// A deployment id: `ecs-svc/` and 19 digits.
pub fn new_deployment_id() -> String {
    format!("ecs-svc/{}", arn::random_digits(19))
}

/// How many tasks a service has, by deployment and in all: RUNNING ones, and ones not yet
/// RUNNING (ECS counts by `lastStatus`, so a task being stopped counts until it has stopped).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ServiceCounts {
    /// (deployment id, running, pending)
    pub deployments: Vec<(String, i32, i32)>,
    pub running: i32,
    pub pending: i32,
}

impl ServiceCounts {
    pub fn of(&self, deployment: &str) -> (i32, i32) {
        self.deployments
            .iter()
            .find(|(id, _, _)| id == deployment)
            .map_or((0, 0), |(_, r, p)| (*r, *p))
    }
}

/// What the scheduler remembers of a task it launched, until the task has stopped.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct TrackedTask {
    /// Its stop was taken into account (failure counts, launch backoff).
    pub stop_seen: bool,
    /// It counted as healthy once: a later unrequested stop is not a failed launch.
    pub became_healthy: bool,
}

impl Partition {
    pub fn service_counts(&self, service: &Service) -> ServiceCounts {
        let mut counts = ServiceCounts {
            deployments: service
                .deployments
                .iter()
                .filter(|d| d.status != DeploymentStatus::Inactive)
                .map(|d| (d.id.clone(), 0, 0))
                .collect(),
            ..ServiceCounts::default()
        };
        for task in service.tasks.keys().filter_map(|id| self.tasks.get(id)) {
            let running = task.last_status == TaskStatus::Running;
            if !running && task.last_status > TaskStatus::Running {
                continue;
            }
            if running {
                counts.running += 1;
            } else {
                counts.pending += 1;
            }
            let deployment = task.started_by.as_deref().unwrap_or_default();
            if let Some(entry) = counts
                .deployments
                .iter_mut()
                .find(|(id, _, _)| id == deployment)
            {
                if running {
                    entry.1 += 1;
                } else {
                    entry.2 += 1;
                }
            }
        }
        counts
    }

    /// The service a "name or ARN" names in `cluster`, in any status.
    pub fn service(&self, scope: &Scope, cluster: &str, reference: &str) -> Option<&Service> {
        let name = service_name(scope, cluster, reference)?;
        self.clusters.get(cluster)?.services.get(name)
    }

    pub fn service_mut(
        &mut self,
        scope: &Scope,
        cluster: &str,
        reference: &str,
    ) -> Option<&mut Service> {
        let name = service_name(scope, cluster, reference)?;
        self.clusters.get_mut(cluster)?.services.get_mut(name)
    }
}

/// The service name in a name or ARN (long `service/<cluster>/<name>` or legacy
/// `service/<name>`), if the ARN is of this scope and cluster.
pub fn service_name<'a>(scope: &Scope, cluster: &str, reference: &'a str) -> Option<&'a str> {
    let path = arn::local_path(scope, "service", reference)?;
    match path.split_once('/') {
        Some((in_cluster, name)) => (in_cluster == cluster).then_some(name),
        None => Some(path),
    }
}

impl Service {
    pub fn primary(&self) -> Option<&Deployment> {
        self.deployments
            .iter()
            .find(|d| d.status == DeploymentStatus::Primary)
    }

    pub fn primary_mut(&mut self) -> Option<&mut Deployment> {
        self.deployments
            .iter_mut()
            .find(|d| d.status == DeploymentStatus::Primary)
    }

    /// Starts a deployment of the service's current settings: a new revision, a PRIMARY
    /// deployment (the old one turns ACTIVE) and a service deployment that supersedes any
    /// that is still going on.
    pub fn start_deployment(
        &mut self,
        scope: &Scope,
        definition: &wire::TaskDefinition,
        platform_version: Option<String>,
        now: Timestamp,
    ) {
        let revision = Revision {
            arn: scope.service_revision(&self.cluster, &self.name),
            created_at: now,
            task_definition: self.task_definition.clone().unwrap_or_default(),
            launch_type: self.launch_type,
            capacity_provider_strategy: self.capacity_provider_strategy.clone(),
            platform_version: platform_version.clone(),
            network: self.network.clone(),
            load_balancers: self.load_balancers.clone(),
            service_registries: self.service_registries.clone(),
            service_connect: self.service_connect.clone(),
            gateway_connectors: self.gateway_connectors.clone(),
            container_images: definition
                .container_definitions
                .iter()
                .flatten()
                .map(|c| wire::ContainerImage {
                    container_name: c.name.clone(),
                    image: c.image.clone(),
                    image_digest: None,
                })
                .collect(),
        };
        let source_revisions = self
            .deployments
            .iter()
            .filter(|d| d.status != DeploymentStatus::Inactive)
            .map(|d| d.revision_arn.clone())
            .collect();
        for deployment in &mut self.deployments {
            if deployment.status == DeploymentStatus::Primary {
                deployment.status = DeploymentStatus::Active;
                deployment.updated_at = now;
            }
        }
        for superseded in self
            .service_deployments
            .iter_mut()
            .filter(|d| d.is_ongoing())
        {
            superseded.finish(
                ServiceDeploymentStatus::Stopped,
                Some("Superseded by a newer service deployment.".to_owned()),
                now,
            );
        }
        let id = new_deployment_id();
        let arn = scope.service_deployment(&self.cluster, &self.name);
        let circuit_breaker = self
            .deployment_configuration
            .deployment_circuit_breaker
            .as_ref()
            .is_some_and(|c| c.enable);
        self.deployments.insert(
            0,
            Deployment {
                id: id.clone(),
                status: DeploymentStatus::Primary,
                task_definition: revision.task_definition.clone(),
                desired_count: self.desired_count,
                launch_type: self.launch_type,
                capacity_provider_strategy: self.capacity_provider_strategy.clone(),
                platform_version,
                network: self.network.clone(),
                service_connect: self.service_connect.clone(),
                volume_configurations: self.volume_configurations.clone(),
                vpc_lattice: self.vpc_lattice.clone(),
                created_at: now,
                updated_at: now,
                rollout: wire::DeploymentRolloutState::InProgress,
                rollout_reason: format!("ECS deployment {id} in progress."),
                failed_tasks: 0,
                ran_a_task: false,
                revision_arn: revision.arn.clone(),
                service_deployment_arn: arn.clone(),
                task_set: None,
            },
        );
        self.service_deployments.insert(
            0,
            ServiceDeployment {
                arn,
                created_at: now,
                started_at: Some(now),
                updated_at: now,
                finished_at: None,
                stopped_at: None,
                status: ServiceDeploymentStatus::InProgress,
                status_reason: None,
                target_revision: revision.arn.clone(),
                source_revisions,
                deployment_id: id,
                configuration: self.deployment_configuration.clone(),
                circuit_breaker: if circuit_breaker {
                    ServiceDeploymentRollbackMonitorsStatus::Monitoring
                } else {
                    ServiceDeploymentRollbackMonitorsStatus::Disabled
                },
                stage: ServiceDeploymentLifecycleStage::PreScaleUp,
                stage_entered_at: now,
                stage_hooks_started: false,
                hooks: Vec::new(),
                rollback: None,
            },
        );
        self.revisions.push(revision);
        self.launch_failures = 0;
        self.launch_not_before = 0.0;
        self.steady = false;
    }

    /// The task definitions (ARNs) the service may still launch or run tasks of.
    pub fn deployed_task_definitions(&self) -> impl Iterator<Item = &str> {
        let live = self.status != ServiceStatus::Inactive;
        self.deployments
            .iter()
            .filter(move |d| live && d.status != DeploymentStatus::Inactive)
            .map(|d| d.task_definition.as_str())
    }

    pub fn service_deployment(&self, arn: &str) -> Option<&ServiceDeployment> {
        self.service_deployments.iter().find(|d| d.arn == arn)
    }

    pub fn service_deployment_mut(&mut self, arn: &str) -> Option<&mut ServiceDeployment> {
        self.service_deployments.iter_mut().find(|d| d.arn == arn)
    }

    /// Adds an event, newest first, unless it repeats the newest one (nothing changed since
    /// it was said) and that one is recent.
    pub fn event(&mut self, message: String, now: Timestamp) {
        let repeated = self.events.front().is_some_and(|e| {
            e.message.as_deref() == Some(message.as_str())
                && e.created_at.is_some_and(|at| now - at < EVENT_REPEAT_AFTER)
        });
        if repeated {
            return;
        }
        // Every deployment step is an event: one line each for whoever watches the terminal.
        tracing::info!(cluster = %self.cluster, "{message}");
        self.events.push_front(wire::ServiceEvent {
            id: Some(arn::new_uuid()),
            created_at: Some(now),
            message: Some(message),
        });
        self.events.truncate(KEPT_EVENTS);
    }

    /// `(service <name>) ...`, the form of every service event.
    pub fn say(&mut self, what: &str, now: Timestamp) {
        let message = format!("(service {}) {what}", self.name);
        self.event(message, now);
    }

    pub fn to_wire(&self, counts: &ServiceCounts, include_tags: bool) -> wire::Service {
        let task_sets: Vec<wire::TaskSet> = self
            .deployments
            .iter()
            .filter_map(|d| d.to_task_set(self, counts.of(&d.id), include_tags))
            .collect();
        let shown: Vec<wire::Deployment> = self
            .deployments
            .iter()
            .filter(|d| d.status != DeploymentStatus::Inactive && d.task_set.is_none())
            .map(|d| {
                let (running, pending) = counts.of(&d.id);
                d.to_wire(running, pending)
            })
            .collect();
        let current_revisions = self
            .deployments
            .iter()
            .filter(|d| d.status != DeploymentStatus::Inactive)
            .map(|d| {
                let (running, pending) = counts.of(&d.id);
                wire::ServiceCurrentRevisionSummary {
                    arn: Some(d.revision_arn.clone()),
                    requested_task_count: d.desired_count,
                    running_task_count: running,
                    pending_task_count: pending,
                }
            })
            .collect();
        wire::Service {
            service_arn: Some(self.arn.clone()),
            service_name: Some(self.name.clone()),
            cluster_arn: Some(self.cluster_arn.clone()),
            load_balancers: Some(self.load_balancers.clone()),
            service_registries: Some(self.service_registries.clone()),
            status: Some(self.status.as_str().to_owned()),
            desired_count: self.desired_count,
            running_count: counts.running,
            pending_count: counts.pending,
            launch_type: self.launch_type,
            capacity_provider_strategy: (!self.capacity_provider_strategy.is_empty())
                .then(|| self.capacity_provider_strategy.clone()),
            platform_version: self.platform_version.clone(),
            platform_family: self.platform_version.as_ref().map(|_| "Linux".to_owned()),
            task_definition: self.task_definition.clone(),
            deployment_configuration: Some(self.deployment_configuration.clone()),
            task_sets: (self.controller != DeploymentControllerType::Ecs).then_some(task_sets),
            deployments: Some(shown),
            role_arn: Some(self.role_arn.clone()),
            events: Some(self.events.iter().cloned().collect()),
            created_at: Some(self.created_at),
            current_service_deployment: self.service_deployments.first().map(|d| d.arn.clone()),
            current_service_revisions: Some(current_revisions),
            placement_constraints: Some(self.placement_constraints.clone()),
            placement_strategy: Some(self.placement_strategy.clone()),
            network_configuration: self.network.clone(),
            health_check_grace_period_seconds: Some(self.health_check_grace_period),
            scheduling_strategy: Some(self.scheduling),
            deployment_controller: Some(wire::DeploymentController {
                r#type: self.controller,
            }),
            tags: Some(if include_tags {
                self.tags.clone()
            } else {
                Vec::new()
            }),
            created_by: Some(self.created_by.clone()),
            enable_ecs_managed_tags: self.enable_ecs_managed_tags,
            propagate_tags: Some(self.propagate_tags),
            enable_execute_command: self.enable_execute_command,
            availability_zone_rebalancing: Some(self.availability_zone_rebalancing),
            resource_management_type: Some(self.resource_management_type()),
        }
    }
}

impl Revision {
    pub fn to_wire(&self, service: &Service) -> wire::ServiceRevision {
        wire::ServiceRevision {
            service_revision_arn: Some(self.arn.clone()),
            service_arn: Some(service.arn.clone()),
            cluster_arn: Some(service.cluster_arn.clone()),
            task_definition: Some(self.task_definition.clone()),
            capacity_provider_strategy: (!self.capacity_provider_strategy.is_empty())
                .then(|| self.capacity_provider_strategy.clone()),
            launch_type: self.launch_type,
            platform_version: self.platform_version.clone(),
            platform_family: self.platform_version.as_ref().map(|_| "Linux".to_owned()),
            load_balancers: Some(self.load_balancers.clone()),
            service_registries: Some(self.service_registries.clone()),
            network_configuration: self.network.clone(),
            container_images: Some(self.container_images.clone()),
            guard_duty_enabled: false,
            service_connect_configuration: self.service_connect.clone(),
            gateway_connectors: (!self.gateway_connectors.is_empty())
                .then(|| self.gateway_connectors.clone()),
            ecs_managed_resources: service.express_managed_resources(&self.arn),
            created_at: Some(self.created_at),
            ..wire::ServiceRevision::default()
        }
    }
}

impl ServiceDeployment {
    pub fn to_wire(
        &self,
        service: &Service,
        counts: &ServiceCounts,
        threshold: i32,
    ) -> wire::ServiceDeployment {
        let summary = |revision: &str| {
            let deployment = service
                .deployments
                .iter()
                .find(|d| d.revision_arn == revision && d.status != DeploymentStatus::Inactive);
            let (running, pending) = deployment.map_or((0, 0), |d| counts.of(&d.id));
            wire::ServiceRevisionSummary {
                arn: Some(revision.to_owned()),
                requested_task_count: deployment.map_or(0, |d| d.desired_count),
                running_task_count: running,
                pending_task_count: pending,
                requested_production_traffic_weight: None,
                requested_test_traffic_weight: None,
            }
        };
        let failures = service
            .deployments
            .iter()
            .find(|d| d.id == self.deployment_id)
            .map_or(0, |d| d.failed_tasks);
        wire::ServiceDeployment {
            service_deployment_arn: Some(self.arn.clone()),
            service_arn: Some(service.arn.clone()),
            cluster_arn: Some(service.cluster_arn.clone()),
            created_at: Some(self.created_at),
            started_at: self.started_at,
            finished_at: self.finished_at,
            stopped_at: self.stopped_at,
            updated_at: Some(self.updated_at),
            source_service_revisions: Some(
                self.source_revisions.iter().map(|r| summary(r)).collect(),
            ),
            target_service_revision: Some(summary(&self.target_revision)),
            status: Some(self.status),
            status_reason: self.status_reason.clone(),
            lifecycle_stage: (self.strategy() != wire::DeploymentStrategy::Rolling
                && self.is_ongoing())
            .then_some(self.stage),
            deployment_configuration: Some(self.configuration.clone()),
            rollback: self.rollback.clone(),
            deployment_circuit_breaker: Some(wire::ServiceDeploymentCircuitBreaker {
                status: Some(self.circuit_breaker),
                failure_count: failures,
                threshold,
            }),
            alarms: Some(wire::ServiceDeploymentAlarms {
                status: Some(ServiceDeploymentRollbackMonitorsStatus::Disabled),
                alarm_names: None,
                triggered_alarm_names: None,
            }),
            lifecycle_hook_details: Some(
                self.hooks
                    .iter()
                    .map(|h| wire::DeploymentLifecycleHookDetail {
                        hook_id: Some(h.id.clone()),
                        status: Some(h.status),
                        target_type: Some(h.target_type),
                        target_arn: h.target_arn.clone(),
                        expires_at: h.expires_at,
                        timeout_action: h.timeout_action,
                    })
                    .collect(),
            ),
        }
    }

    pub fn brief(&self, service: &Service) -> wire::ServiceDeploymentBrief {
        wire::ServiceDeploymentBrief {
            service_deployment_arn: Some(self.arn.clone()),
            service_arn: Some(service.arn.clone()),
            cluster_arn: Some(service.cluster_arn.clone()),
            started_at: self.started_at,
            created_at: Some(self.created_at),
            finished_at: self.finished_at,
            target_service_revision_arn: Some(self.target_revision.clone()),
            status: Some(self.status),
            status_reason: self.status_reason.clone(),
        }
    }
}

/// The circuit breaker's failure threshold for a deployment of `desired` tasks: half of them
/// (rounded up) between 3 and 200 by default, or as `thresholdConfiguration` says.
pub fn circuit_breaker_threshold(config: &wire::DeploymentConfiguration, desired: i32) -> i32 {
    let threshold = config
        .deployment_circuit_breaker
        .as_ref()
        .and_then(|c| c.threshold_configuration.as_ref());
    let percent_of = |percent: i32| {
        let scaled = i64::from(desired.max(0)) * i64::from(percent.max(0));
        i32::try_from((scaled + 99) / 100).unwrap_or(i32::MAX)
    };
    match threshold {
        Some(t) if t.r#type == wire::ThresholdType::Count => t.value.max(1),
        Some(t) if t.r#type == wire::ThresholdType::UnboundedPercent => percent_of(t.value).max(1),
        Some(t) => percent_of(t.value).clamp(3, 200),
        None => percent_of(50).clamp(3, 200),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn config(threshold: Option<(wire::ThresholdType, i32)>) -> wire::DeploymentConfiguration {
        wire::DeploymentConfiguration {
            deployment_circuit_breaker: Some(wire::DeploymentCircuitBreaker {
                enable: true,
                rollback: true,
                reset_on_healthy_task: None,
                threshold_configuration: threshold
                    .map(|(r#type, value)| wire::ThresholdConfiguration { r#type, value }),
            }),
            ..Default::default()
        }
    }

    #[test]
    fn threshold_is_half_the_tasks_between_3_and_200() {
        assert_eq!(circuit_breaker_threshold(&config(None), 1), 3);
        assert_eq!(circuit_breaker_threshold(&config(None), 10), 5);
        assert_eq!(circuit_breaker_threshold(&config(None), 1000), 200);
        let count = config(Some((wire::ThresholdType::Count, 7)));
        assert_eq!(circuit_breaker_threshold(&count, 1000), 7);
        let unbounded = config(Some((wire::ThresholdType::UnboundedPercent, 10)));
        assert_eq!(circuit_breaker_threshold(&unbounded, 1000), 100);
        assert_eq!(circuit_breaker_threshold(&unbounded, 1), 1);
    }

    #[test]
    fn ids_have_ecs_shapes() {
        let id = new_deployment_id();
        assert!(id.starts_with("ecs-svc/"));
        assert_eq!(id.len(), 8 + 19);
        let scope = arn::test_scope();
        let sd = scope.service_deployment("c", "s");
        assert_eq!(sd.rsplit('/').next().unwrap().len(), 21);
        let rev = scope.service_revision("c", "s");
        assert!(rev
            .rsplit('/')
            .next()
            .unwrap()
            .bytes()
            .all(|b| b.is_ascii_digit()));
    }

    #[test]
    fn names_come_from_long_and_legacy_arns() {
        let scope = arn::test_scope();
        assert_eq!(service_name(&scope, "c", "web"), Some("web"));
        assert_eq!(
            service_name(&scope, "c", &scope.service("c", "web")),
            Some("web")
        );
        assert_eq!(
            service_name(&scope, "other", &scope.service("c", "web")),
            None
        );
        let legacy = "arn:aws:ecs:us-east-1:000000000000:service/web";
        assert_eq!(service_name(&scope, "c", legacy), Some("web"));
    }
}
