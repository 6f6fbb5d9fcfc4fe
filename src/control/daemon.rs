//! Daemons: one task of a daemon's current revision on every ACTIVE container instance of its
//! cluster, kept as instances come and go; the daemon task definitions they run; and the
//! revisions and deployments that record each change.
//!
//! A daemon is scheduled like a service (`schedule` runs under the partition's lock whenever the
//! daemon, one of its tasks or the cluster's instances change), but its rules are simpler: no
//! desired count, no load balancing, and an instance's old task is stopped before the new one
//! starts there, a share of the instances (`drainPercent`) at a time.

use std::collections::BTreeMap;

use super::arn::Scope;
use super::launch::{self, LaunchChoice, LaunchSpec};
use super::scheduler::{self, Outcome};
use super::service::circuit_breaker_threshold;
use super::store::Partition;
use super::task::{Desired, Task, TaskStatus};
use super::task_definition::{Family, TaskDefinitionRef};
use super::PlaneConfig;
use crate::error::EcsError;
use crate::wire::{
    self, DaemonDeploymentRollbackMonitorsStatus as Monitor, DaemonDeploymentStatus,
    DaemonPropagateTags, DaemonStatus, DaemonTaskDefinitionStatus, LaunchType, TaskStopCode,
    Timestamp,
};

/// How soon to try again after a daemon task could not be placed on its instance.
const PLACEMENT_RETRY: f64 = 30.0;
/// Without a `drainPercent`, every instance is moved to a new revision at once.
const DEFAULT_DRAIN_PERCENT: f64 = 100.0;
const BREAKER_TRIPPED: &str = "ECS daemon deployment circuit breaker: tasks failed to start.";

/// One registered daemon task definition: what DescribeDaemonTaskDefinition shows, and the
/// task definition its tasks are launched from.
#[derive(Debug, Clone)]
pub struct DaemonTaskDefinitionRecord {
    pub described: wire::DaemonTaskDefinition,
    pub runnable: wire::TaskDefinition,
    pub tags: Vec<wire::Tag>,
    pub delete_requested: bool,
}

#[derive(Debug, Clone, Default)]
pub struct DaemonTaskDefinitions {
    pub families: BTreeMap<String, Family<DaemonTaskDefinitionRecord>>,
}

impl DaemonTaskDefinitions {
    /// Adds a validated definition as its family's next revision, and returns it.
    pub fn register(
        &mut self,
        scope: &Scope,
        mut record: DaemonTaskDefinitionRecord,
    ) -> &DaemonTaskDefinitionRecord {
        let name = record.described.family.clone().unwrap_or_default();
        let family = self.families.entry(name.clone()).or_default();
        family.add(|revision| {
            let arn = scope.daemon_task_definition(&name, revision);
            record.described.revision = revision;
            record.described.daemon_task_definition_arn = Some(arn.clone());
            record.runnable.revision = revision;
            record.runnable.task_definition_arn = Some(arn);
            record
        })
    }

    /// The revision `reference` names: `family:revision` or an ARN (any status), or a family
    /// alone (its latest ACTIVE revision).
    pub fn resolve(&self, scope: &Scope, reference: &str) -> Option<&DaemonTaskDefinitionRecord> {
        let (family, revision) = parse_reference(scope, reference)?;
        let family = self.families.get(&family)?;
        match revision {
            Some(r) => family.revisions.get(&r),
            None => family
                .revisions
                .values()
                .rev()
                .find(|r| !r.delete_requested),
        }
    }

    pub fn get(&self, family: &str, revision: i32) -> Option<&DaemonTaskDefinitionRecord> {
        self.families.get(family)?.revisions.get(&revision)
    }
}

/// `family`, `family:revision` or a daemon task definition ARN, as (family, revision).
pub fn parse_reference(scope: &Scope, reference: &str) -> Option<(String, Option<i32>)> {
    TaskDefinitionRef::parse_as(scope, "daemon-task-definition", reference)
        .map(|r| (r.family, r.revision))
}

/// One snapshot of a daemon's settings, made by CreateDaemon and each UpdateDaemon.
#[derive(Debug, Clone)]
pub struct DaemonRevisionRecord {
    pub arn: String,
    pub task_definition_arn: String,
    pub family: String,
    pub revision: i32,
    /// Capacity provider ARNs, in the order given.
    pub capacity_providers: Vec<String>,
    pub propagate_tags: Option<DaemonPropagateTags>,
    pub enable_ecs_managed_tags: bool,
    pub enable_execute_command: bool,
    pub critical: bool,
    pub container_images: Vec<wire::DaemonContainerImage>,
    pub created_at: Timestamp,
}

#[derive(Debug, Clone)]
pub struct DaemonDeploymentRecord {
    pub arn: String,
    pub status: DaemonDeploymentStatus,
    pub status_reason: Option<String>,
    /// The revision it rolls out; none for the deployment that deletes the daemon.
    pub target: Option<String>,
    pub sources: Vec<String>,
    pub configuration: wire::DaemonDeploymentConfiguration,
    pub failed_tasks: i32,
    pub circuit_breaker: Monitor,
    pub rollback: Option<wire::DaemonRollback>,
    pub created_at: Timestamp,
    pub started_at: Option<Timestamp>,
    pub stopped_at: Option<Timestamp>,
    pub finished_at: Option<Timestamp>,
}

impl DaemonDeploymentRecord {
    pub fn new(
        arn: String,
        target: Option<String>,
        sources: Vec<String>,
        configuration: wire::DaemonDeploymentConfiguration,
        now: Timestamp,
    ) -> Self {
        Self {
            arn,
            status: DaemonDeploymentStatus::Pending,
            status_reason: None,
            target,
            sources,
            configuration,
            failed_tasks: 0,
            circuit_breaker: Monitor::Monitoring,
            rollback: None,
            created_at: now,
            started_at: None,
            stopped_at: None,
            finished_at: None,
        }
    }

    pub fn is_ongoing(&self) -> bool {
        matches!(
            self.status,
            DaemonDeploymentStatus::Pending
                | DaemonDeploymentStatus::InProgress
                | DaemonDeploymentStatus::RollbackInProgress
        )
    }

    /// Ends an ongoing deployment (one replaced by a newer deployment is STOPPED).
    pub fn finish(
        &mut self,
        status: DaemonDeploymentStatus,
        reason: Option<String>,
        now: Timestamp,
    ) {
        self.status = status;
        self.status_reason = reason;
        if self.circuit_breaker == Monitor::Monitoring {
            self.circuit_breaker = Monitor::MonitoringComplete;
        }
        if status == DaemonDeploymentStatus::Stopped {
            self.stopped_at = Some(now);
        } else {
            self.finished_at = Some(now);
        }
    }

    pub fn summary(&self, daemon: &Daemon) -> wire::DaemonDeploymentSummary {
        wire::DaemonDeploymentSummary {
            daemon_deployment_arn: Some(self.arn.clone()),
            daemon_arn: Some(daemon.arn.clone()),
            cluster_arn: Some(daemon.cluster_arn.clone()),
            status: Some(self.status),
            status_reason: self.status_reason.clone(),
            target_daemon_revision_arn: self.target.clone(),
            created_at: Some(self.created_at),
            started_at: self.started_at,
            stopped_at: self.stopped_at,
            finished_at: self.finished_at,
        }
    }
}

#[derive(Debug, Clone)]
pub struct Daemon {
    pub name: String,
    pub arn: String,
    pub cluster: String,
    pub cluster_arn: String,
    pub status: DaemonStatus,
    pub created_at: Timestamp,
    pub updated_at: Timestamp,
    /// Oldest first.
    pub revisions: Vec<DaemonRevisionRecord>,
    /// Oldest first; the last one is the current deployment.
    pub deployments: Vec<DaemonDeploymentRecord>,
    pub tags: Vec<wire::Tag>,
    pub client_token: Option<String>,
    /// Its tasks that have not stopped, with the revision each runs.
    pub tasks: BTreeMap<String, String>,
    pub launch_failures: u32,
    pub launch_not_before: Timestamp,
}

impl Daemon {
    pub fn revision(&self, arn: &str) -> Option<&DaemonRevisionRecord> {
        self.revisions.iter().find(|r| r.arn == arn)
    }

    pub fn current_deployment(&self) -> Option<&DaemonDeploymentRecord> {
        self.deployments.last()
    }

    /// The revision its instances should run: the current deployment's target, or what a
    /// rollback returns to.
    pub fn running_revision(&self) -> Option<&DaemonRevisionRecord> {
        let deployment = self.current_deployment()?;
        let arn = deployment
            .rollback
            .as_ref()
            .and_then(|r| r.rollback_target_daemon_revision_arn.as_ref())
            .or(deployment.target.as_ref())?;
        self.revision(arn)
    }

    /// Starts a deployment to `target` (none: to no tasks at all), stopping an ongoing one.
    pub fn start_deployment(
        &mut self,
        scope: &Scope,
        target: Option<String>,
        configuration: wire::DaemonDeploymentConfiguration,
        now: Timestamp,
    ) -> String {
        let sources: Vec<String> = self
            .running_revision()
            .map(|r| r.arn.clone())
            .into_iter()
            .collect();
        if let Some(ongoing) = self.deployments.last_mut().filter(|d| d.is_ongoing()) {
            ongoing.finish(
                DaemonDeploymentStatus::Stopped,
                Some("Stopped by a newer daemon deployment.".to_owned()),
                now,
            );
        }
        let arn = scope.daemon_deployment(&self.cluster, &self.name);
        self.deployments.push(DaemonDeploymentRecord::new(
            arn.clone(),
            target,
            sources,
            configuration,
            now,
        ));
        self.launch_failures = 0;
        self.launch_not_before = 0.0;
        self.updated_at = now;
        arn
    }

    pub fn summary(&self) -> wire::DaemonSummary {
        wire::DaemonSummary {
            daemon_arn: Some(self.arn.clone()),
            status: Some(self.status),
            created_at: Some(self.created_at),
            updated_at: Some(self.updated_at),
        }
    }
}

/// The capacity provider (ARN) an instance counts under for a revision: its own provider when
/// the revision names it, else the revision's first (instances registered by hand belong to no
/// provider, and ecsemu's providers place on any instance of the cluster).
fn provider_of(revision: &DaemonRevisionRecord, instance_provider: Option<&str>) -> String {
    instance_provider
        .and_then(|name| {
            revision
                .capacity_providers
                .iter()
                .find(|arn| provider_name(arn) == name)
        })
        .or_else(|| revision.capacity_providers.first())
        .cloned()
        .unwrap_or_default()
}

/// A capacity provider's name from its ARN (or the name itself).
pub fn provider_name(reference: &str) -> &str {
    reference.rsplit('/').next().unwrap_or(reference)
}

/// Where one revision of a daemon stands on the cluster's ACTIVE instances.
#[derive(Debug, Clone, Default)]
struct RevisionCounts {
    /// Per capacity provider ARN: (running, without daemon, draining).
    providers: BTreeMap<String, (i32, i32, i32)>,
}

impl RevisionCounts {
    fn totals(&self) -> (i32, i32, i32) {
        self.providers
            .values()
            .fold((0, 0, 0), |(r, w, d), (r2, w2, d2)| {
                (r + r2, w + w2, d + d2)
            })
    }
}

impl Partition {
    /// The task definition a task was launched from, whether a service's, RunTask's or a
    /// daemon's.
    pub fn definition_of(&self, task: &Task) -> Option<&wire::TaskDefinition> {
        if task.daemon.is_some() {
            self.daemon_task_definitions
                .get(&task.family, task.revision)
                .map(|r| &r.runnable)
        } else {
            self.task_definitions
                .get(&task.family, task.revision)
                .map(|r| &r.definition)
        }
    }

    /// A daemon task definition's status: once its deletion is asked for, DELETE_IN_PROGRESS
    /// while a daemon still runs it or means to, then DELETED.
    pub fn daemon_task_definition_status(
        &self,
        record: &DaemonTaskDefinitionRecord,
    ) -> DaemonTaskDefinitionStatus {
        if !record.delete_requested {
            return DaemonTaskDefinitionStatus::Active;
        }
        let arn = record.described.daemon_task_definition_arn.as_deref();
        let runs = |r: &DaemonRevisionRecord| Some(r.task_definition_arn.as_str()) == arn;
        let in_use = self
            .clusters
            .values()
            .flat_map(|c| c.daemons.values())
            .any(|d| {
                d.running_revision().is_some_and(runs)
                    || d.tasks.values().any(|t| d.revision(t).is_some_and(runs))
            });
        if in_use {
            DaemonTaskDefinitionStatus::DeleteInProgress
        } else {
            DaemonTaskDefinitionStatus::Deleted
        }
    }

    pub fn describe_daemon_task_definition(
        &self,
        record: &DaemonTaskDefinitionRecord,
    ) -> wire::DaemonTaskDefinition {
        let mut described = record.described.clone();
        described.status = Some(self.daemon_task_definition_status(record));
        described
    }

    fn daemon_counts(&self, daemon: &Daemon, revision: &DaemonRevisionRecord) -> RevisionCounts {
        let mut counts = RevisionCounts::default();
        for arn in &revision.capacity_providers {
            counts.providers.insert(arn.clone(), (0, 0, 0));
        }
        let current = daemon.running_revision().map(|r| r.arn.as_str()) == Some(&revision.arn);
        for instance in self.active_instances(&daemon.cluster) {
            let provider = provider_of(revision, instance.capacity_provider_name.as_deref());
            let mut running = false;
            let mut draining = false;
            for (id, task_revision) in &daemon.tasks {
                let Some(task) = self.tasks.get(id) else {
                    continue;
                };
                if task.container_instance_id.as_deref() != Some(instance.id.as_str())
                    || *task_revision != revision.arn
                {
                    continue;
                }
                running |=
                    task.desired == Desired::Running && task.last_status == TaskStatus::Running;
                draining |= task.desired == Desired::Stopped;
            }
            let entry = counts.providers.entry(provider).or_default();
            if running {
                entry.0 += 1;
            } else if current && !revision.critical {
                entry.1 += 1;
            }
            if draining {
                entry.2 += 1;
            }
        }
        counts
    }

    pub fn describe_daemon(&self, daemon: &Daemon) -> wire::DaemonDetail {
        // A revision is current while it is the one to run or still has tasks.
        let current: Vec<&DaemonRevisionRecord> = daemon
            .revisions
            .iter()
            .filter(|r| {
                daemon
                    .running_revision()
                    .is_some_and(|run| run.arn == r.arn)
                    || daemon.tasks.values().any(|t| *t == r.arn)
            })
            .collect();
        let current_revisions = current
            .into_iter()
            .map(|revision| {
                let counts = self.daemon_counts(daemon, revision);
                let (running, without, _) = counts.totals();
                wire::DaemonRevisionDetail {
                    arn: Some(revision.arn.clone()),
                    capacity_providers: Some(
                        counts
                            .providers
                            .iter()
                            .map(|(arn, (r, w, _))| wire::DaemonCapacityProvider {
                                arn: Some(arn.clone()),
                                running_count: *r,
                                without_daemon_count: *w,
                            })
                            .collect(),
                    ),
                    total_running_count: running,
                    total_without_daemon_count: without,
                }
            })
            .collect();
        wire::DaemonDetail {
            daemon_arn: Some(daemon.arn.clone()),
            cluster_arn: Some(daemon.cluster_arn.clone()),
            status: Some(daemon.status),
            current_revisions: Some(current_revisions),
            deployment_arn: daemon.current_deployment().map(|d| d.arn.clone()),
            created_at: Some(daemon.created_at),
            updated_at: Some(daemon.updated_at),
        }
    }

    fn deployment_revision(
        &self,
        daemon: &Daemon,
        arn: &str,
    ) -> wire::DaemonDeploymentRevisionDetail {
        let Some(revision) = daemon.revision(arn) else {
            return wire::DaemonDeploymentRevisionDetail {
                arn: Some(arn.to_owned()),
                ..wire::DaemonDeploymentRevisionDetail::default()
            };
        };
        let counts = self.daemon_counts(daemon, revision);
        let (running, without, draining) = counts.totals();
        wire::DaemonDeploymentRevisionDetail {
            arn: Some(arn.to_owned()),
            capacity_providers: Some(
                counts
                    .providers
                    .iter()
                    .map(|(arn, (r, w, d))| wire::DaemonDeploymentCapacityProvider {
                        arn: Some(arn.clone()),
                        running_instance_count: Some(*r),
                        without_daemon_instance_count: Some(*w),
                        draining_instance_count: Some(*d),
                    })
                    .collect(),
            ),
            total_running_instance_count: Some(running),
            total_without_daemon_instance_count: Some(without),
            total_draining_instance_count: Some(draining),
        }
    }

    pub fn describe_daemon_deployment(
        &self,
        daemon: &Daemon,
        deployment: &DaemonDeploymentRecord,
    ) -> wire::DaemonDeployment {
        let alarms = deployment.configuration.alarms.as_ref();
        let alarms_on = alarms.is_some_and(|a| a.enable);
        wire::DaemonDeployment {
            daemon_deployment_arn: Some(deployment.arn.clone()),
            cluster_arn: Some(daemon.cluster_arn.clone()),
            status: Some(deployment.status),
            status_reason: deployment.status_reason.clone(),
            target_daemon_revision: deployment
                .target
                .as_deref()
                .map(|arn| self.deployment_revision(daemon, arn)),
            source_daemon_revisions: Some(
                deployment
                    .sources
                    .iter()
                    .map(|arn| self.deployment_revision(daemon, arn))
                    .collect(),
            ),
            circuit_breaker: Some(wire::DaemonCircuitBreaker {
                failure_count: deployment.failed_tasks,
                status: Some(deployment.circuit_breaker),
                threshold: breaker_threshold(self.active_instances(&daemon.cluster).count()),
            }),
            alarms: Some(wire::DaemonDeploymentAlarms {
                alarm_names: alarms.and_then(|a| a.alarm_names.clone()),
                status: Some(if alarms_on {
                    Monitor::Monitoring
                } else {
                    Monitor::Disabled
                }),
                triggered_alarm_names: None,
            }),
            rollback: deployment.rollback.clone(),
            deployment_configuration: Some(deployment.configuration.clone()),
            created_at: Some(deployment.created_at),
            started_at: deployment.started_at,
            stopped_at: deployment.stopped_at,
            finished_at: deployment.finished_at,
        }
    }

    pub fn describe_daemon_revision(
        daemon: &Daemon,
        revision: &DaemonRevisionRecord,
    ) -> wire::DaemonRevision {
        wire::DaemonRevision {
            daemon_revision_arn: Some(revision.arn.clone()),
            cluster_arn: Some(daemon.cluster_arn.clone()),
            daemon_arn: Some(daemon.arn.clone()),
            daemon_task_definition_arn: Some(revision.task_definition_arn.clone()),
            created_at: Some(revision.created_at),
            container_images: Some(revision.container_images.clone()),
            propagate_tags: revision.propagate_tags,
            enable_ecs_managed_tags: Some(revision.enable_ecs_managed_tags),
            enable_execute_command: Some(revision.enable_execute_command),
            critical: Some(revision.critical),
        }
    }
}

/// Failed tasks that fail a daemon deployment: what fails a service deployment of as many
/// tasks as there are instances, with the default circuit breaker (half, at least 3, at most
/// 200).
fn breaker_threshold(instances: usize) -> i32 {
    let instances = i32::try_from(instances).unwrap_or(i32::MAX);
    circuit_breaker_threshold(&wire::DeploymentConfiguration::default(), instances)
}

/// Runs one pass over the daemon `name` of `cluster`.
pub fn schedule(
    p: &mut Partition,
    scope: &Scope,
    config: &PlaneConfig,
    (cluster, name): (&str, &str),
    now: Timestamp,
) -> Outcome {
    // Taken out for the pass so the pass can change it and the partition's tasks together.
    let Some(mut daemon) = p
        .clusters
        .get_mut(cluster)
        .and_then(|c| c.daemons.remove(name))
    else {
        return Outcome::default();
    };
    let mut pass = Pass {
        p,
        daemon: &mut daemon,
        scope,
        config,
        now,
        outcome: Outcome::default(),
    };
    pass.run();
    let outcome = pass.outcome;
    let gone = daemon.status == DaemonStatus::DeleteInProgress && daemon.tasks.is_empty();
    if let Some(c) = p.clusters.get_mut(cluster).filter(|_| !gone) {
        c.daemons.insert(name.to_owned(), daemon);
    }
    outcome
}

struct Pass<'a> {
    p: &'a mut Partition,
    daemon: &'a mut Daemon,
    scope: &'a Scope,
    config: &'a PlaneConfig,
    now: Timestamp,
    outcome: Outcome,
}

/// A daemon task that has not stopped.
struct Member {
    id: String,
    revision: String,
    instance: Option<String>,
    live: bool,
    running: bool,
}

impl Pass<'_> {
    fn run(&mut self) {
        self.account_for_tasks();
        if let Some(deployment) = self.daemon.deployments.last_mut() {
            if deployment.status == DaemonDeploymentStatus::Pending {
                deployment.status = DaemonDeploymentStatus::InProgress;
                deployment.started_at = Some(self.now);
            }
        }
        let instances = self.p.active_instance_ids(&self.daemon.cluster);
        let target = match self.daemon.status {
            DaemonStatus::Active => self.daemon.running_revision().map(|r| r.arn.clone()),
            DaemonStatus::DeleteInProgress => None,
        };
        let members = self.members();
        // Tasks on instances that left (drained, deregistered), of a revision no longer wanted
        // when the instance has the wanted one, or extra ones on the same instance.
        let mut kept_on: BTreeMap<String, &Member> = BTreeMap::new();
        for member in members.iter().filter(|m| m.live) {
            let Some(instance) = member.instance.as_ref().filter(|i| instances.contains(i)) else {
                self.stop(&member.id);
                continue;
            };
            match kept_on.get(instance) {
                Some(kept)
                    if kept.revision == member.revision
                        || Some(&member.revision) != target.as_ref() =>
                {
                    self.stop(&member.id);
                }
                Some(kept) => {
                    self.stop(&kept.id.clone());
                    kept_on.insert(instance.clone(), member);
                }
                None => {
                    kept_on.insert(instance.clone(), member);
                }
            }
        }
        let Some(target) = target else {
            for member in kept_on.values() {
                self.stop(&member.id);
            }
            self.finish_if_done(&members, &[]);
            return;
        };
        // An instance is moving while its old task stops or its new one is not yet RUNNING;
        // only `drainPercent` of the instances move at once.
        let moving = |instance: &str| {
            members.iter().any(|m| {
                m.instance.as_deref() == Some(instance)
                    && ((m.revision != target && !m.live)
                        || (m.revision == target && m.live && !m.running))
            })
        };
        let drain_percent = self
            .daemon
            .current_deployment()
            .and_then(|d| d.configuration.drain_percent)
            .unwrap_or(DEFAULT_DRAIN_PERCENT)
            .clamp(0.0, 100.0);
        let budget = ((instances.len() as f64 * drain_percent / 100.0).ceil() as usize).max(1);
        let mut in_flight = instances.iter().filter(|i| moving(i)).count();
        let mut to_launch = Vec::new();
        for instance in &instances {
            match kept_on.get(instance) {
                Some(member) if member.revision == target => {}
                Some(member) => {
                    if in_flight < budget {
                        in_flight += 1;
                        self.stop(&member.id.clone());
                    }
                }
                None => {
                    let stopping = members
                        .iter()
                        .any(|m| m.instance.as_deref() == Some(instance.as_str()));
                    if !stopping {
                        to_launch.push(instance.clone());
                    }
                }
            }
        }
        for instance in to_launch {
            self.launch(&target, &instance);
        }
        self.check_circuit_breaker(instances.len());
        let members = self.members();
        self.finish_if_done(&members, &instances);
    }

    fn wake_at(&mut self, at: Timestamp) {
        self.outcome.wake_at = Some(self.outcome.wake_at.map_or(at, |w| w.min(at)));
    }

    fn members(&self) -> Vec<Member> {
        self.daemon
            .tasks
            .iter()
            .filter_map(|(id, revision)| {
                let task = self.p.tasks.get(id).filter(|t| !t.is_stopped())?;
                Some(Member {
                    id: id.clone(),
                    revision: revision.clone(),
                    instance: task.container_instance_id.clone(),
                    live: task.desired == Desired::Running,
                    running: task.last_status == TaskStatus::Running,
                })
            })
            .collect()
    }

    /// Forgets tasks that stopped; one that stopped without being asked counts against the
    /// deployment of its revision, and one that never ran spaces out further launches.
    fn account_for_tasks(&mut self) {
        let tasks: Vec<(String, String)> = self
            .daemon
            .tasks
            .iter()
            .map(|(id, revision)| (id.clone(), revision.clone()))
            .collect();
        for (id, revision) in tasks {
            let Some(task) = self.p.tasks.get(&id) else {
                self.daemon.tasks.remove(&id);
                continue;
            };
            if !task.is_stopped() {
                continue;
            }
            self.daemon.tasks.remove(&id);
            let asked = matches!(
                task.stop_code,
                Some(TaskStopCode::UserInitiated | TaskStopCode::ServiceSchedulerInitiated)
            );
            if asked {
                continue;
            }
            let never_ran = task.started_at.is_none();
            if let Some(deployment) = self
                .daemon
                .deployments
                .last_mut()
                .filter(|d| d.is_ongoing() && d.target.as_ref() == Some(&revision))
            {
                deployment.failed_tasks += 1;
            }
            if never_ran {
                self.daemon.launch_failures += 1;
                if let Some(gap) = scheduler::launch_backoff(self.daemon.launch_failures) {
                    self.daemon.launch_not_before = self.now + gap;
                }
            } else {
                self.daemon.launch_failures = 0;
            }
        }
    }

    fn stop(&mut self, id: &str) {
        let Some(task) = self.p.tasks.get_mut(id) else {
            return;
        };
        let reason = format!("Daemon deployment of daemon {}", self.daemon.name);
        if task.request_stop(TaskStopCode::ServiceSchedulerInitiated, &reason, self.now) {
            self.outcome.tasks.push(id.to_owned());
        }
    }

    fn launch(&mut self, revision_arn: &str, instance: &str) {
        if self.daemon.launch_not_before > self.now {
            let at = self.daemon.launch_not_before;
            self.wake_at(at);
            return;
        }
        let Some(revision) = self.daemon.revision(revision_arn).cloned() else {
            return;
        };
        let spec = match self.launch_spec(&revision) {
            Ok(spec) => spec,
            Err(reason) => {
                self.fail_deployment(&reason);
                return;
            }
        };
        let candidates = [instance.to_owned()];
        let choice = LaunchChoice::LaunchType(LaunchType::Ec2);
        let Ok(mut placements) = self.p.place(&spec, &choice, 1, Some(&candidates)) else {
            self.wake_at(self.now + PLACEMENT_RETRY);
            return;
        };
        let instance_provider = self
            .p
            .container_instances
            .get(instance)
            .and_then(|i| i.capacity_provider_name.clone());
        let provider =
            provider_name(&provider_of(&revision, instance_provider.as_deref())).to_owned();
        for placement in placements.iter_mut().flatten() {
            placement.capacity_provider = Some(provider.clone());
        }
        if placements.iter().any(Result::is_err) {
            self.wake_at(self.now + PLACEMENT_RETRY);
        }
        let launched = self.p.create_tasks(self.scope, &spec, placements, self.now);
        for id in launched.created {
            self.daemon.tasks.insert(id.clone(), revision.arn.clone());
            self.outcome.tasks.push(id);
        }
    }

    fn launch_spec(&self, revision: &DaemonRevisionRecord) -> Result<LaunchSpec, String> {
        let definition = self
            .p
            .daemon_task_definitions
            .get(&revision.family, revision.revision)
            .map(|r| r.runnable.clone())
            .ok_or("The daemon task definition was not found.")?;
        self.config
            .safety
            .check(&definition)
            .map_err(|e| e.message)?;
        let daemon = &*self.daemon;
        let mut tags = match revision.propagate_tags {
            Some(DaemonPropagateTags::Daemon) => daemon.tags.clone(),
            _ => Vec::new(),
        };
        if revision.enable_ecs_managed_tags {
            for (key, value) in [
                ("aws:ecs:clusterName", &daemon.cluster),
                ("aws:ecs:daemonName", &daemon.name),
            ] {
                tags.push(wire::Tag {
                    key: Some(key.to_owned()),
                    value: Some(value.clone()),
                });
            }
        }
        Ok(LaunchSpec {
            cluster: daemon.cluster.clone(),
            cluster_arn: daemon.cluster_arn.clone(),
            overrides: launch::echo_overrides(&definition, None).map_err(|e| e.message)?,
            definition,
            platform_version: None,
            network: None,
            started_by: Some(format!("ecs-daemon/{}", daemon.name)),
            group: format!("daemon:{}", daemon.name),
            service: None,
            daemon: Some(daemon.name.clone()),
            tags,
            enable_execute_command: revision.enable_execute_command,
            placement_constraints: Vec::new(),
            placement_strategy: Vec::new(),
        })
    }

    /// Trips the circuit breaker once enough tasks of the deployment failed: back to the
    /// revision it replaced, if there was one.
    fn check_circuit_breaker(&mut self, instances: usize) {
        let threshold = breaker_threshold(instances);
        let now = self.now;
        let Some(deployment) = self.daemon.deployments.last_mut() else {
            return;
        };
        if deployment.status != DaemonDeploymentStatus::InProgress
            || deployment.failed_tasks < threshold
        {
            return;
        }
        deployment.circuit_breaker = Monitor::Triggered;
        match deployment.sources.first().cloned() {
            Some(source) => {
                deployment.status = DaemonDeploymentStatus::RollbackInProgress;
                deployment.status_reason = Some(BREAKER_TRIPPED.to_owned());
                deployment.rollback = Some(wire::DaemonRollback {
                    reason: Some(BREAKER_TRIPPED.to_owned()),
                    started_at: Some(now),
                    rollback_target_daemon_revision_arn: Some(source),
                    rollback_capacity_providers: deployment
                        .target
                        .as_deref()
                        .and_then(|t| self.daemon.revisions.iter().find(|r| r.arn == t))
                        .map(|r| r.capacity_providers.clone()),
                });
                self.daemon.launch_failures = 0;
                self.daemon.launch_not_before = 0.0;
            }
            None => deployment.finish(
                DaemonDeploymentStatus::Stopped,
                Some(BREAKER_TRIPPED.to_owned()),
                now,
            ),
        }
    }

    fn fail_deployment(&mut self, reason: &str) {
        let now = self.now;
        if let Some(deployment) = self
            .daemon
            .deployments
            .last_mut()
            .filter(|d| d.is_ongoing())
        {
            deployment.finish(
                DaemonDeploymentStatus::Stopped,
                Some(reason.to_owned()),
                now,
            );
        }
    }

    /// The current deployment succeeds once every ACTIVE instance runs the wanted revision and
    /// no other task is left (for the deleting deployment: once no task is left).
    fn finish_if_done(&mut self, members: &[Member], instances: &[String]) {
        let now = self.now;
        let target = self.daemon.running_revision().map(|r| r.arn.clone());
        let deleting = self.daemon.status == DaemonStatus::DeleteInProgress;
        let Some(deployment) = self.daemon.deployments.last_mut() else {
            return;
        };
        if !matches!(
            deployment.status,
            DaemonDeploymentStatus::InProgress | DaemonDeploymentStatus::RollbackInProgress
        ) {
            return;
        }
        let done = if deleting {
            members.is_empty()
        } else {
            members
                .iter()
                .all(|m| Some(&m.revision) == target.as_ref() && m.live)
                && instances.iter().all(|i| {
                    members
                        .iter()
                        .any(|m| m.instance.as_ref() == Some(i) && m.running)
                })
        };
        if !done {
            return;
        }
        let status = if deployment.status == DaemonDeploymentStatus::RollbackInProgress {
            DaemonDeploymentStatus::RollbackSuccessful
        } else {
            DaemonDeploymentStatus::Successful
        };
        deployment.finish(status, None, now);
    }
}

/// Builds the task definition a daemon task definition's tasks run from, validated by the
/// rules RegisterTaskDefinition applies (its members are a subset of a task definition's).
pub fn runnable_definition(
    input: &wire::RegisterDaemonTaskDefinitionRequest,
    registered_by: &str,
    now: Timestamp,
) -> Result<wire::TaskDefinition, EcsError> {
    let containers: Vec<wire::ContainerDefinition> = reshape(&input.container_definitions)?;
    let volumes: Option<Vec<wire::Volume>> = input.volumes.as_ref().map(reshape).transpose()?;
    let request = wire::RegisterTaskDefinitionRequest {
        family: input.family.clone(),
        task_role_arn: input.task_role_arn.clone(),
        execution_role_arn: input.execution_role_arn.clone(),
        container_definitions: containers,
        volumes,
        cpu: input.cpu.clone(),
        memory: input.memory.clone(),
        requires_compatibilities: Some(vec![wire::Compatibility::Ec2]),
        // A shared namespace is the host's, which other tasks join with pidMode/ipcMode host.
        pid_mode: (input.pid_mode == Some(wire::DaemonPidMode::Shared))
            .then_some(wire::PidMode::Host),
        ipc_mode: (input.ipc_mode == Some(wire::DaemonIpcMode::Shared))
            .then_some(wire::IpcMode::Host),
        ..wire::RegisterTaskDefinitionRequest::default()
    };
    let (definition, _) = super::task_definition::build(request, registered_by, now)?;
    Ok(definition)
}

/// The same members in the shape of their task definition counterpart (a daemon container
/// definition or volume has a subset of their members, under the same names).
fn reshape<T: serde::Serialize, U: serde::de::DeserializeOwned>(value: &T) -> Result<U, EcsError> {
    serde_json::to_value(value)
        .and_then(serde_json::from_value)
        .map_err(|e| EcsError::server(format!("cannot read the daemon task definition: {e}")))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn breaker_threshold_is_half_the_instances_within_3_and_200() {
        assert_eq!(breaker_threshold(0), 3);
        assert_eq!(breaker_threshold(9), 5);
        assert_eq!(breaker_threshold(1000), 200);
    }

    #[test]
    fn references_name_a_family_or_a_revision() {
        let scope = crate::control::arn::test_scope();
        assert_eq!(
            parse_reference(&scope, "agent"),
            Some(("agent".to_owned(), None))
        );
        assert_eq!(
            parse_reference(&scope, "agent:3"),
            Some(("agent".to_owned(), Some(3)))
        );
        let arn = scope.daemon_task_definition("agent", 2);
        assert_eq!(
            parse_reference(&scope, &arn),
            Some(("agent".to_owned(), Some(2)))
        );
        assert_eq!(parse_reference(&scope, "agent:0"), None);
    }
}
