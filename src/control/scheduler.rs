//! The service scheduler. One pass over one service decides which of its tasks to start and to
//! stop, walks its current service deployment through its stages, keeps the deployments'
//! states, and says what it did in the service's events.
//!
//! A pass is synchronous and runs under the partition's lock, so what it decides is consistent
//! with what every request sees. The reconciler runs a pass whenever the service or one of its
//! tasks changes, and at the time a pass asks to be woken (a warm-up or grace period ending, a
//! launch backoff or bake time passing); nothing polls.

use std::fmt::Write as _;
use std::time::Duration;

use super::arn::Scope;
use super::container_instance::{HostState, InstanceStatus};
use super::launch::{self, LaunchChoice, LaunchSpec};
use super::service::{
    circuit_breaker_threshold, computed_desired_count, DeploymentStatus, Hook, Service,
    ServiceStatus, TrackedTask,
};
use super::store::Partition;
use super::task::{Desired, TaskStatus};
use super::task_definition::TaskDefinitionRef;
use super::PlaneConfig;
use crate::wire::{
    self, DeploymentControllerType, DeploymentLifecycleHookAction as HookAction,
    DeploymentLifecycleHookStage as HookStage, DeploymentLifecycleHookStatus as HookStatus,
    DeploymentLifecycleHookTargetType, DeploymentRolloutState, DeploymentStrategy, HealthStatus,
    PropagateTags, SchedulingStrategy, ServiceDeploymentLifecycleStage as Stage,
    ServiceDeploymentRollbackMonitorsStatus, ServiceDeploymentStatus, TaskStopCode, Timestamp,
};

/// Failed launches in a row before launches are spaced out.
const FREE_LAUNCH_FAILURES: u32 = 3;
/// The first gap between launches once they are spaced out; it doubles up to `MAX_BACKOFF`.
const FIRST_BACKOFF: f64 = 5.0;
const MAX_BACKOFF: f64 = 15.0 * 60.0;
/// How soon to try again after a task could not be placed (capacity may free up without the
/// service hearing of it, e.g. when a standalone task stops).
const PLACEMENT_RETRY: f64 = 30.0;

/// The least time a task without an essential health check runs before it counts as
/// healthy, whatever `--service-warmup` says: a container that crashes at start must be a
/// failed task for the circuit breaker, not a healthy one, on every setting.
pub const MIN_WARMUP: Duration = Duration::from_secs(3);

/// Why the circuit breaker failed a deployment.
const BREAKER_TRIPPED: &str = "ECS deployment circuit breaker: tasks failed to start.";

/// What a pass did that the reconciler must follow up.
#[derive(Debug, Default, PartialEq)]
pub struct Outcome {
    /// Tasks created or told to stop: their actors must be woken.
    pub tasks: Vec<String>,
    /// When to run a pass again if nothing else causes one first.
    pub wake_at: Option<Timestamp>,
}

/// What a pass works with besides the partition.
pub struct Context<'a> {
    pub scope: &'a Scope,
    pub config: &'a PlaneConfig,
    /// The machine ecsemu runs on, which EC2 tasks may need as a container instance.
    pub host: &'a HostState,
    pub now: Timestamp,
}

/// Runs one pass over the service `name` of `cluster`.
pub fn schedule(p: &mut Partition, cx: &Context<'_>, (cluster, name): (&str, &str)) -> Outcome {
    let Context {
        scope,
        config,
        host,
        now,
    } = *cx;
    // Taken out for the pass so the pass can change it and the partition's tasks together.
    let Some(mut service) = p
        .clusters
        .get_mut(cluster)
        .and_then(|c| c.services.remove(name))
    else {
        return Outcome::default();
    };
    let mut pass = Pass {
        p,
        service: &mut service,
        scope,
        config,
        host,
        now,
        outcome: Outcome::default(),
        stopped: Vec::new(),
        unhealthy_replaced: 0,
    };
    pass.run();
    let outcome = pass.outcome;
    if let Some(c) = p.clusters.get_mut(cluster) {
        c.services.insert(name.to_owned(), service);
    }
    outcome
}

/// Returns the service to the deployment the current one replaced (its newest COMPLETED one,
/// or a newer one whose tasks ran): that deployment becomes PRIMARY again and the current one
/// drains. Without one to return to the service deployment ends as
/// ROLLBACK_FAILED and the service stays as it is. True if a rollback began.
pub fn roll_back(service: &mut Service, reason: &str, now: Timestamp) -> bool {
    let Some(current) = service
        .deployments
        .iter()
        .position(|d| d.status == DeploymentStatus::Primary)
    else {
        return false;
    };
    let arn = service.deployments[current].service_deployment_arn.clone();
    // Newest first: the last COMPLETED deployment, or a newer one the failed deployment
    // replaced while its tasks ran (an update right after the previous one reached RUNNING,
    // before it turned COMPLETED).
    let target = service.deployments.iter().position(|d| {
        d.status != DeploymentStatus::Primary
            && (d.rollout == DeploymentRolloutState::Completed
                || (d.status == DeploymentStatus::Active
                    && d.ran_a_task
                    && d.rollout != DeploymentRolloutState::Failed))
    });
    let Some(target) = target else {
        if let Some(sd) = service.service_deployment_mut(&arn) {
            sd.finish(
                ServiceDeploymentStatus::RollbackFailed,
                Some(format!("{reason} No completed deployment to roll back to.")),
                now,
            );
        }
        return false;
    };
    let failed = &mut service.deployments[current];
    failed.status = DeploymentStatus::Active;
    if failed.rollout == DeploymentRolloutState::InProgress {
        failed.rollout = DeploymentRolloutState::Failed;
        reason.clone_into(&mut failed.rollout_reason);
    }
    failed.updated_at = now;
    let mut revived = service.deployments.remove(target);
    revived.status = DeploymentStatus::Primary;
    revived.rollout = DeploymentRolloutState::InProgress;
    revived.rollout_reason = format!(
        "ECS deployment circuit breaker: rolling back to deploymentId {}.",
        revived.id
    );
    revived.desired_count = service.desired_count;
    revived.failed_tasks = 0;
    revived.updated_at = now;
    revived.service_deployment_arn.clone_from(&arn);
    service.task_definition = Some(revived.task_definition.clone());
    service.launch_type = revived.launch_type;
    service
        .capacity_provider_strategy
        .clone_from(&revived.capacity_provider_strategy);
    service.network.clone_from(&revived.network);
    let (id, revision) = (revived.id.clone(), revived.revision_arn.clone());
    service.deployments.insert(0, revived);
    if let Some(sd) = service.service_deployment_mut(&arn) {
        sd.status = ServiceDeploymentStatus::RollbackInProgress;
        sd.updated_at = now;
        sd.rollback = Some(wire::Rollback {
            reason: Some(reason.to_owned()),
            started_at: Some(now),
            service_revision_arn: Some(revision),
        });
        sd.stage = Stage::ScaleUp;
        sd.stage_entered_at = now;
        sd.stage_hooks_started = true;
    }
    service.launch_failures = 0;
    service.launch_not_before = 0.0;
    service.steady = false;
    service.say(&format!("rolling back to deployment {id}."), now);
    true
}

/// How long to wait before the next launch after `failures` launches in a row whose tasks never
/// ran; none while launches are still free.
pub fn launch_backoff(failures: u32) -> Option<f64> {
    let doublings = failures.checked_sub(FREE_LAUNCH_FAILURES)?.min(16);
    Some((FIRST_BACKOFF * f64::from(1u32 << doublings)).min(MAX_BACKOFF))
}

/// What the pass knows of one of the service's tasks that has not stopped.
#[derive(Debug, Clone)]
struct Member {
    id: String,
    deployment: String,
    /// Desired RUNNING (not being stopped).
    live: bool,
    status: TaskStatus,
    healthy: bool,
    unhealthy: bool,
    started_at: Option<Timestamp>,
    instance: Option<String>,
    /// Scale-in protection keeps it from being stopped by scale-in and deployments.
    protected: bool,
    /// On a DRAINING instance: replaced like a task of an old deployment.
    draining: bool,
}

/// What a stage of a deployment lets the scaling work do.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Mode {
    /// Neither start nor stop (waiting at a hook, or the rollout failed).
    Hold,
    /// Replace old tasks within minimumHealthyPercent and maximumPercent.
    Rolling,
    /// Start the new revision in full next to the old one (blue/green before clean-up).
    BesideOld,
    /// Keep the new revision and stop every old task.
    CleanUp,
}

struct Pass<'a> {
    p: &'a mut Partition,
    service: &'a mut Service,
    scope: &'a Scope,
    config: &'a PlaneConfig,
    host: &'a HostState,
    now: Timestamp,
    outcome: Outcome,
    /// Tasks this pass stopped, for the "has stopped" event.
    stopped: Vec<String>,
    unhealthy_replaced: usize,
}

impl Pass<'_> {
    fn run(&mut self) {
        self.account_for_tasks();
        match self.service.status {
            ServiceStatus::Inactive => {}
            ServiceStatus::Draining => self.drain(),
            ServiceStatus::Active if self.service.controller != DeploymentControllerType::Ecs => {
                self.scale_task_sets();
            }
            ServiceStatus::Active => {
                self.check_circuit_breaker();
                self.stop_unhealthy();
                self.check_circuit_breaker();
                self.deploy();
            }
        }
        self.say_stopped();
        self.retire_deployments();
        self.note_steady_state();
    }

    fn wake_at(&mut self, at: Timestamp) {
        self.outcome.wake_at = Some(self.outcome.wake_at.map_or(at, |w| w.min(at)));
    }

    /// Takes note of tasks that started or were stopped since the last pass: the first task
    /// of a deployment to run moves its circuit breaker to the health stage; a task that
    /// stopped before it ever counted as healthy, without anyone asking, is a failed task for
    /// the circuit breaker, and one that never even ran spaces out further launches.
    /// Forgets tasks that have stopped.
    fn account_for_tasks(&mut self) {
        let mut never_ran = 0;
        let ids: Vec<String> = self.service.tasks.keys().cloned().collect();
        for id in ids {
            let Some(task) = self.p.tasks.get(&id) else {
                self.service.tasks.remove(&id);
                continue;
            };
            let deployment = self
                .service
                .deployments
                .iter_mut()
                .find(|d| Some(d.id.as_str()) == task.started_by.as_deref());
            if let Some(deployment) = deployment {
                if task.started_at.is_some() && !deployment.ran_a_task {
                    deployment.ran_a_task = true;
                    self.service.launch_failures = 0;
                }
                let tracked = self.service.tasks.entry(id.clone()).or_default();
                if task.desired == Desired::Stopped && !tracked.stop_seen {
                    tracked.stop_seen = true;
                    let asked = matches!(
                        task.stop_code,
                        Some(TaskStopCode::UserInitiated | TaskStopCode::ServiceSchedulerInitiated)
                    );
                    if !asked && !tracked.became_healthy {
                        deployment.failed_tasks += 1;
                        deployment.updated_at = self.now;
                        if task.started_at.is_none() {
                            never_ran += 1;
                        }
                    }
                }
            }
            if task.is_stopped() {
                self.service.tasks.remove(&id);
            }
        }
        for _ in 0..never_ran {
            self.service.launch_failures += 1;
            if let Some(gap) = launch_backoff(self.service.launch_failures) {
                self.service.launch_not_before = self.now + gap;
                self.service.say(
                    "is unable to consistently start tasks successfully.",
                    self.now,
                );
            }
        }
    }

    /// Fails the PRIMARY deployment once its failed tasks reach the circuit breaker's threshold,
    /// and rolls back if the breaker says to.
    fn check_circuit_breaker(&mut self) {
        let Some(breaker) = self
            .service
            .deployment_configuration
            .deployment_circuit_breaker
            .clone()
            .filter(|b| b.enable)
        else {
            return;
        };
        let threshold = circuit_breaker_threshold(
            &self.service.deployment_configuration,
            self.service.desired_count,
        );
        let now = self.now;
        let Some(primary) = self.service.primary_mut() else {
            return;
        };
        if primary.rollout != DeploymentRolloutState::InProgress || primary.failed_tasks < threshold
        {
            return;
        }
        let arn = primary.service_deployment_arn.clone();
        let rolling_back = self
            .service
            .service_deployment(&arn)
            .is_some_and(|sd| sd.status == ServiceDeploymentStatus::RollbackInProgress);
        if rolling_back {
            return;
        }
        let Some(primary) = self.service.primary_mut() else {
            return;
        };
        primary.rollout = DeploymentRolloutState::Failed;
        BREAKER_TRIPPED.clone_into(&mut primary.rollout_reason);
        primary.updated_at = now;
        let id = primary.id.clone();
        self.service.say(
            &format!("(deployment {id}) deployment failed: tasks failed to start."),
            now,
        );
        if let Some(sd) = self.service.service_deployment_mut(&arn) {
            sd.circuit_breaker = ServiceDeploymentRollbackMonitorsStatus::Triggered;
        }
        if breaker.rollback {
            roll_back(self.service, BREAKER_TRIPPED, now);
        } else if let Some(sd) = self.service.service_deployment_mut(&arn) {
            sd.finish(
                ServiceDeploymentStatus::Stopped,
                Some(BREAKER_TRIPPED.to_owned()),
                now,
            );
        }
    }

    /// The service's tasks that have not stopped, with how healthy each is for deployments.
    fn members(&mut self) -> Vec<Member> {
        let warmup = self.config.service_warmup.max(MIN_WARMUP).as_secs_f64();
        let mut members = Vec::with_capacity(self.service.tasks.len());
        let mut wakes = Vec::new();
        let mut healthy_ids = Vec::new();
        for id in self.service.tasks.keys() {
            let Some(task) = self.p.tasks.get(id).filter(|t| !t.is_stopped()) else {
                continue;
            };
            let live = task.desired == Desired::Running;
            let running = live && task.last_status == TaskStatus::Running;
            let checked = task
                .containers
                .iter()
                .any(|c| c.essential && c.has_health_check);
            let warm_at = task.started_at.map(|at| at + warmup);
            let healthy = running
                && if checked {
                    task.health == Some(HealthStatus::Healthy)
                } else {
                    warm_at.is_some_and(|at| at <= self.now)
                };
            if running && !checked && !healthy {
                wakes.extend(warm_at);
            }
            if healthy {
                healthy_ids.push(id.clone());
            }
            let protected = task.is_protected(self.now);
            if protected {
                wakes.extend(task.protected_until);
            }
            members.push(Member {
                id: id.clone(),
                deployment: task.started_by.clone().unwrap_or_default(),
                live,
                status: task.last_status,
                healthy,
                unhealthy: running && task.health == Some(HealthStatus::Unhealthy),
                started_at: task.started_at,
                instance: task.container_instance_id.clone(),
                protected,
                draining: task
                    .container_instance_id
                    .as_ref()
                    .and_then(|id| self.p.container_instances.get(id))
                    .is_some_and(|i| i.status == InstanceStatus::Draining),
            });
        }
        for at in wakes {
            self.wake_at(at);
        }
        self.note_healthy(&healthy_ids);
        members
    }

    /// The first healthy task of a deployment resets its circuit breaker's failure count
    /// (unless `resetOnHealthyTask` is false).
    fn note_healthy(&mut self, ids: &[String]) {
        let reset = self
            .service
            .deployment_configuration
            .deployment_circuit_breaker
            .as_ref()
            .and_then(|c| c.reset_on_healthy_task)
            != Some(false);
        for id in ids {
            let Some(tracked) = self.service.tasks.get_mut(id) else {
                continue;
            };
            if tracked.became_healthy {
                continue;
            }
            tracked.became_healthy = true;
            let started_by = self.p.tasks.get(id).and_then(|t| t.started_by.as_deref());
            if let Some(deployment) = self
                .service
                .deployments
                .iter_mut()
                .find(|d| Some(d.id.as_str()) == started_by)
            {
                if reset && deployment.rollout == DeploymentRolloutState::InProgress {
                    deployment.failed_tasks = 0;
                }
            }
        }
    }

    /// Asks a task to stop, as the scheduler does.
    fn stop(&mut self, id: &str, reason: &str) {
        let Some(task) = self.p.tasks.get_mut(id) else {
            return;
        };
        if task.request_stop(TaskStopCode::ServiceSchedulerInitiated, reason, self.now) {
            if let Some(tracked) = self.service.tasks.get_mut(id) {
                tracked.stop_seen = true;
            }
            self.outcome.tasks.push(id.to_owned());
            self.stopped.push(id.to_owned());
        }
    }

    fn scaling_reason(&self) -> String {
        let primary = self.service.primary().map_or("", |d| d.id.as_str());
        format!("Scaling activity initiated by (deployment {primary})")
    }

    /// Stops tasks whose essential containers failed their health checks, once the grace
    /// period after their start has passed; a failure of the PRIMARY deployment's task counts
    /// for its circuit breaker once the deployment has run a task.
    fn stop_unhealthy(&mut self) {
        let grace = f64::from(self.service.health_check_grace_period);
        for member in self.members() {
            if !(member.live && member.unhealthy) {
                continue;
            }
            let judged_at = member.started_at.unwrap_or(self.now) + grace;
            if judged_at > self.now {
                self.wake_at(judged_at);
                continue;
            }
            self.stop(&member.id, "Task failed container health checks");
            self.unhealthy_replaced += 1;
            let now = self.now;
            self.service.say(
                &format!("(task {}) failed container health checks.", member.id),
                now,
            );
            if let Some(primary) = self
                .service
                .primary_mut()
                .filter(|d| d.id == member.deployment && d.ran_a_task)
            {
                primary.failed_tasks += 1;
                primary.updated_at = now;
            }
        }
    }

    /// Walks the current service deployment through its stages, doing each stage's scaling
    /// work, and completes it after its last stage.
    fn deploy(&mut self) {
        for _ in 0..=STAGES_BLUE_GREEN.len() {
            let Some(arn) = self.ongoing_deployment() else {
                self.scale(self.hold_if_failed(Mode::Rolling));
                return;
            };
            if !self.run_stage_hooks(&arn) {
                self.scale(self.hold_if_failed(Mode::Hold));
                return;
            }
            let Some(sd) = self.service.service_deployment(&arn) else {
                return;
            };
            let (stage, strategy) = (sd.stage, sd.strategy());
            let rolling_back = sd.status == ServiceDeploymentStatus::RollbackInProgress;
            let mode = match (stage, strategy) {
                _ if rolling_back => Mode::Rolling,
                (Stage::PreScaleUp, _) => Mode::Hold,
                (_, DeploymentStrategy::Rolling) => Mode::Rolling,
                (Stage::CleanUp, _) => Mode::CleanUp,
                _ => Mode::BesideOld,
            };
            self.scale(self.hold_if_failed(mode));
            if !self.stage_done(&arn) {
                return;
            }
            let stages = if strategy == DeploymentStrategy::Rolling || rolling_back {
                STAGES_ROLLING
            } else {
                STAGES_BLUE_GREEN
            };
            let next = stages
                .iter()
                .position(|s| *s == stage)
                .and_then(|i| stages.get(i + 1));
            let Some(next) = next else {
                self.complete(&arn);
                return;
            };
            let now = self.now;
            if let Some(sd) = self.service.service_deployment_mut(&arn) {
                sd.stage = *next;
                sd.stage_entered_at = now;
                sd.stage_hooks_started = false;
                sd.updated_at = now;
            }
        }
    }

    /// The PRIMARY deployment's service deployment, if it is going on.
    fn ongoing_deployment(&self) -> Option<String> {
        let primary = self.service.primary()?;
        self.service
            .service_deployment(&primary.service_deployment_arn)
            .filter(|sd| sd.is_ongoing())
            .map(|sd| sd.arn.clone())
    }

    /// A failed rollout starts and stops nothing more.
    fn hold_if_failed(&self, mode: Mode) -> Mode {
        match self.service.primary() {
            Some(p) if p.rollout == DeploymentRolloutState::Failed => Mode::Hold,
            _ => mode,
        }
    }

    /// Starts the lifecycle hooks of the deployment's current stage (once) and settles
    /// expired ones; true once none of them is waiting.
    fn run_stage_hooks(&mut self, arn: &str) -> bool {
        let now = self.now;
        let Some(sd) = self.service.service_deployment_mut(arn) else {
            return true;
        };
        if !sd.stage_hooks_started {
            sd.stage_hooks_started = true;
            let stage = sd.stage;
            let hooks: Vec<Hook> = sd
                .configuration
                .lifecycle_hooks
                .iter()
                .flatten()
                .filter(|h| {
                    h.lifecycle_stages
                        .iter()
                        .flatten()
                        .any(|s| hook_runs_at(*s) == Some(stage))
                })
                .map(|h| new_hook(h, stage, now))
                .collect();
            sd.hooks.extend(hooks);
        }
        let stage = sd.stage;
        let mut roll_back_now = false;
        let mut wait_until = None;
        for hook in sd
            .hooks
            .iter_mut()
            .filter(|h| h.stage == stage && h.status == HookStatus::AwaitingAction)
        {
            match hook.expires_at {
                Some(at) if at <= now => {
                    hook.status = HookStatus::TimedOut;
                    roll_back_now |= hook.timeout_action == Some(HookAction::Rollback);
                }
                at => wait_until = Some(at),
            }
        }
        if roll_back_now {
            roll_back(self.service, "A lifecycle hook timed out.", now);
            return true;
        }
        match wait_until {
            Some(Some(at)) => {
                self.wake_at(at);
                false
            }
            Some(None) => false,
            None => true,
        }
    }

    /// Whether the current stage's work is done.
    fn stage_done(&mut self, arn: &str) -> bool {
        let Some(sd) = self.service.service_deployment(arn) else {
            return false;
        };
        let (stage, entered) = (sd.stage, sd.stage_entered_at);
        let strategy = sd.strategy();
        let bake = f64::from(sd.configuration.bake_time_in_minutes.unwrap_or(0).max(0)) * 60.0;
        let members = self.members();
        let Some(primary) = self.service.primary() else {
            return false;
        };
        let desired = usize::try_from(self.service.desired_count).unwrap_or(0);
        let ours = members
            .iter()
            .filter(|m| m.deployment == primary.id && m.live && !m.draining);
        let full = ours.clone().count() == desired && ours.filter(|m| m.healthy).count() == desired;
        let old_gone = members
            .iter()
            .all(|m| m.deployment == primary.id && !m.draining);
        match stage {
            Stage::ScaleUp if strategy == DeploymentStrategy::Rolling => full && old_gone,
            Stage::ScaleUp => full,
            Stage::CleanUp => full && old_gone,
            Stage::BakeTime if entered + bake > self.now => {
                self.wake_at(entered + bake);
                false
            }
            _ => true,
        }
    }

    fn complete(&mut self, arn: &str) {
        let now = self.now;
        let Some(primary) = self.service.primary_mut() else {
            return;
        };
        primary.rollout = DeploymentRolloutState::Completed;
        primary.rollout_reason = format!("ECS deployment {} completed.", primary.id);
        primary.updated_at = now;
        let id = primary.id.clone();
        self.service
            .say(&format!("(deployment {id}) deployment completed."), now);
        if let Some(sd) = self.service.service_deployment_mut(arn) {
            let status = if sd.status == ServiceDeploymentStatus::RollbackInProgress {
                ServiceDeploymentStatus::RollbackSuccessful
            } else {
                ServiceDeploymentStatus::Successful
            };
            sd.finish(status, None, now);
        }
    }

    /// Starts and stops tasks as `mode` allows.
    fn scale(&mut self, mode: Mode) {
        if self.service.scheduling == SchedulingStrategy::Daemon {
            self.scale_daemon(mode);
            return;
        }
        let Some(primary) = self.service.primary().map(|d| d.id.clone()) else {
            return;
        };
        let desired = usize::try_from(self.service.desired_count).unwrap_or(0);
        let members = self.members();
        let mut ours: Vec<&Member> = members
            .iter()
            .filter(|m| m.live && m.deployment == primary && !m.draining)
            .collect();
        // Scaling in stops tasks that are not running yet first, then the newest.
        ours.sort_by(|a, b| {
            (a.status == TaskStatus::Running, a.healthy, b.started_at)
                .partial_cmp(&(b.status == TaskStatus::Running, b.healthy, a.started_at))
                .unwrap_or(std::cmp::Ordering::Equal)
        });
        let surplus = ours.len().saturating_sub(desired);
        let reason = self.scaling_reason();
        let mut excess = 0;
        for member in ours.iter().filter(|m| !m.protected).take(surplus) {
            self.stop(&member.id, &reason);
            excess += 1;
        }
        let kept = ours.len() - excess;
        if mode == Mode::Hold {
            return;
        }
        let config = &self.service.deployment_configuration;
        let maximum = config.maximum_percent.unwrap_or(200).max(0);
        let minimum = config.minimum_healthy_percent.unwrap_or(100).max(0);
        let wanted = desired.saturating_sub(kept);
        let counted = members
            .iter()
            .filter(|m| m.status <= TaskStatus::Running)
            .count()
            .saturating_sub(excess);
        let ceiling = match mode {
            Mode::Rolling => percent_of(desired, maximum, false),
            _ => usize::MAX,
        };
        let launched = self.launch(wanted.min(ceiling.saturating_sub(counted)), None);
        let old: Vec<&Member> = members
            .iter()
            .filter(|m| m.live && (m.deployment != primary || m.draining))
            .collect();
        let stops_before = self.stopped.len();
        match mode {
            Mode::Rolling => {
                let floor = percent_of(desired, minimum, true);
                let standing: Vec<&Member> = members
                    .iter()
                    .filter(|m| self.stands(m, &primary))
                    .collect();
                let mut allowance = standing.len().saturating_sub(floor);
                for member in old.iter().filter(|m| !m.protected) {
                    if !standing.iter().any(|s| s.id == member.id) {
                        self.stop(&member.id, &reason);
                    } else if allowance > 0 {
                        allowance -= 1;
                        self.stop(&member.id, &reason);
                    }
                }
            }
            Mode::CleanUp => {
                for member in old.iter().filter(|m| !m.protected) {
                    self.stop(&member.id, &reason);
                }
            }
            Mode::Hold | Mode::BesideOld => {}
        }
        let stuck = mode == Mode::Rolling
            && wanted > 0
            && launched == 0
            && self.stopped.len() == stops_before
            && old.iter().any(|m| !m.protected)
            && self.service.launch_not_before <= self.now
            && members
                .iter()
                .all(|m| !m.live || m.status == TaskStatus::Running)
            && !members
                .iter()
                .any(|m| m.live && m.deployment == primary && !m.healthy);
        if stuck && self.outcome.wake_at.is_none() {
            self.service.say(
                "was unable to stop or start tasks during a deployment because of the service \
                 deployment configuration. Update the minimumHealthyPercent or maximumPercent \
                 value and try again.",
                self.now,
            );
        }
    }

    /// Whether a task counts towards minimumHealthyPercent, the floor of RUNNING tasks a
    /// deployment keeps: a task of an older deployment from the moment it runs (however young:
    /// an update that comes early must not take the service below the floor), a task of the
    /// PRIMARY deployment once it is healthy, so that old tasks go only as new ones prove
    /// themselves. A young task of a FAILED deployment (a crash loop the breaker stopped) is
    /// no such old task: it counts only once healthy. UNHEALTHY tasks and tasks this pass
    /// stopped never count.
    fn stands(&self, member: &Member, primary: &str) -> bool {
        let failed = self
            .service
            .deployments
            .iter()
            .any(|d| d.id == member.deployment && d.rollout == DeploymentRolloutState::Failed);
        let old = (member.deployment != primary || member.draining) && !failed;
        member.live
            && member.status == TaskStatus::Running
            && !member.unhealthy
            && (member.healthy || old)
            && !self.stopped.contains(&member.id)
    }

    /// EXTERNAL and CODE_DEPLOY services: each task set keeps its computed share of the
    /// desired count running (none once deleted), and is STEADY_STATE when that many run.
    fn scale_task_sets(&mut self) {
        let desired = self.service.desired_count;
        let sets: Vec<(String, usize)> = self
            .service
            .deployments
            .iter_mut()
            .filter_map(|d| {
                let info = d.task_set.as_ref()?;
                let target = if info.draining {
                    0
                } else {
                    computed_desired_count(desired, &info.scale)
                };
                d.desired_count = target;
                Some((d.id.clone(), usize::try_from(target).unwrap_or(0)))
            })
            .collect();
        let members = self.members();
        for (id, target) in &sets {
            let mut ours: Vec<&Member> = members
                .iter()
                .filter(|m| m.live && m.deployment == *id)
                .collect();
            if ours.len() > *target {
                // Scaling in stops tasks that are not running yet first, then the newest.
                ours.sort_by(|a, b| {
                    (a.status == TaskStatus::Running, b.started_at)
                        .partial_cmp(&(b.status == TaskStatus::Running, a.started_at))
                        .unwrap_or(std::cmp::Ordering::Equal)
                });
                let reason = format!("Scaling activity initiated by (deployment {id})");
                let surplus = ours.len() - target;
                for member in ours.iter().filter(|m| !m.protected).take(surplus) {
                    self.stop(&member.id, &reason);
                }
            } else if ours.len() < *target {
                self.launch_of(id, target - ours.len(), None);
            }
        }
        let counts = self.p.service_counts(self.service);
        let now = self.now;
        for deployment in &mut self.service.deployments {
            let (running, pending) = counts.of(&deployment.id);
            let target = deployment.desired_count;
            if let Some(info) = deployment.task_set.as_mut() {
                let stable = running == target && pending == 0;
                if stable != info.stable {
                    info.stable = stable;
                    info.stability_status_at = now;
                }
            }
        }
    }

    /// DAEMON: one task of the PRIMARY deployment on each ACTIVE container instance; an old
    /// task on an instance is stopped (within minimumHealthyPercent) before its replacement
    /// starts, since maximumPercent is 100.
    fn scale_daemon(&mut self, mode: Mode) {
        if self
            .p
            .admit_local_instance(self.scope, &self.service.cluster, self.host, self.now)
            .is_err()
        {
            return;
        }
        let instances = self.p.active_instance_ids(&self.service.cluster);
        let desired = i32::try_from(instances.len()).unwrap_or(i32::MAX);
        self.service.desired_count = desired;
        let Some(primary) = self.service.primary_mut() else {
            return;
        };
        primary.desired_count = desired;
        let primary = primary.id.clone();
        let reason = self.scaling_reason();
        let members = self.members();
        for member in members.iter().filter(|m| m.live) {
            let placed = member
                .instance
                .as_ref()
                .is_some_and(|i| instances.contains(i));
            if !placed {
                self.stop(&member.id, &reason);
            }
        }
        if mode == Mode::Hold {
            return;
        }
        let minimum = self
            .service
            .deployment_configuration
            .minimum_healthy_percent
            .unwrap_or(0)
            .max(0);
        let floor = percent_of(instances.len(), minimum, true);
        let mut allowance = members
            .iter()
            .filter(|m| m.healthy)
            .count()
            .saturating_sub(floor);
        for instance in &instances {
            let here: Vec<&Member> = members
                .iter()
                .filter(|m| m.instance.as_deref() == Some(instance.as_str()))
                .collect();
            let ours = here.iter().any(|m| m.live && m.deployment == primary);
            let old: Vec<&&Member> = here.iter().filter(|m| m.deployment != primary).collect();
            for member in old.iter().filter(|m| m.live) {
                if ours || !member.healthy {
                    self.stop(&member.id, &reason);
                } else if allowance > 0 {
                    allowance -= 1;
                    self.stop(&member.id, &reason);
                }
            }
            if !ours && old.is_empty() {
                self.launch(1, Some(std::slice::from_ref(instance)));
            }
        }
    }

    /// Launches up to `count` tasks of the PRIMARY deployment; returns how many it created.
    fn launch(&mut self, count: usize, candidates: Option<&[String]>) -> usize {
        match self.service.primary().map(|d| d.id.clone()) {
            Some(id) => self.launch_of(&id, count, candidates),
            None => 0,
        }
    }

    /// Launches up to `count` tasks of deployment (or task set) `id`.
    fn launch_of(&mut self, id: &str, count: usize, candidates: Option<&[String]>) -> usize {
        if count == 0 {
            return 0;
        }
        if self.service.launch_not_before > self.now {
            self.wake_at(self.service.launch_not_before);
            return 0;
        }
        let spec = match self.launch_spec(id) {
            Ok(spec) => spec,
            Err(reason) => {
                self.service.say(
                    &format!("was unable to place a task. Reason: {reason}"),
                    self.now,
                );
                return 0;
            }
        };
        let choice = match self.service.deployments.iter().find(|d| d.id == id) {
            Some(d) if d.launch_type.is_some() || d.capacity_provider_strategy.is_empty() => {
                LaunchChoice::LaunchType(d.launch_type.unwrap_or(wire::LaunchType::Ec2))
            }
            Some(d) => LaunchChoice::Strategy(d.capacity_provider_strategy.clone()),
            None => return 0,
        };
        if choice.needs_ec2_instances()
            && self
                .p
                .admit_local_instance(self.scope, &self.service.cluster, self.host, self.now)
                .is_err()
        {
            // Placement waits for the runtime to describe the machine, which schedules
            // every service again.
            return 0;
        }
        let Ok(placements) = self.p.place(&spec, &choice, count, candidates) else {
            self.unplaceable(None);
            return 0;
        };
        if let Some(failure) = placements.iter().find_map(|p| p.as_ref().err()) {
            self.unplaceable(Some(failure.clone()));
        }
        let launched = self.p.create_tasks(self.scope, &spec, placements, self.now);
        for id in &launched.created {
            self.service
                .tasks
                .insert(id.clone(), TrackedTask::default());
            self.outcome.tasks.push(id.clone());
        }
        if !launched.created.is_empty() {
            let listed: Vec<String> = launched
                .created
                .iter()
                .map(|id| format!("(task {id})"))
                .collect();
            let mut message = format!(
                "has started {} tasks: {}.",
                launched.created.len(),
                listed.join(" ")
            );
            if self.unhealthy_replaced > 0 {
                let _ = write!(
                    message,
                    " Amazon ECS replaced {} tasks due to an unhealthy status.",
                    self.unhealthy_replaced
                );
                self.unhealthy_replaced = 0;
            }
            self.service.say(&message, self.now);
        }
        launched.created.len()
    }

    /// Says why a task could not be placed, and comes back later to try again.
    fn unplaceable(&mut self, failure: Option<wire::Failure>) {
        let mut message = "was unable to place a task because no container instance met all of \
                           its requirements."
            .to_owned();
        if let Some(failure) = failure {
            let instance = failure
                .arn
                .as_deref()
                .and_then(|a| a.rsplit('/').next())
                .unwrap_or_default();
            let why = match failure.reason.as_deref() {
                Some("RESOURCE:MEMORY") => Some("has insufficient memory available."),
                Some("RESOURCE:PORTS") => Some("is already using a port required by your task."),
                Some("RESOURCE:CPU") => Some("has insufficient CPU units available."),
                _ => None,
            };
            if let (false, Some(why)) = (instance.is_empty(), why) {
                let _ = write!(
                    message,
                    " The closest matching container-instance {instance} {why}"
                );
            }
        }
        self.service.say(&message, self.now);
        self.wake_at(self.now + PLACEMENT_RETRY);
    }

    /// The tasks of deployment (or task set) `id`, as RunTask would launch them.
    fn launch_spec(&self, id: &str) -> Result<LaunchSpec, String> {
        let service = &*self.service;
        let primary = service
            .deployments
            .iter()
            .find(|d| d.id == id)
            .ok_or("the service has no deployment")?;
        let revision = TaskDefinitionRef::parse(self.scope, &primary.task_definition)
            .and_then(|r| self.p.task_definitions.resolve(&r))
            .ok_or("TaskDefinition not found.")?;
        let definition = revision.definition.clone();
        self.config
            .safety
            .check(&definition)
            .map_err(|e| e.message)?;
        let mut tags = match service.propagate_tags {
            PropagateTags::Service => service.tags.clone(),
            PropagateTags::TaskDefinition => revision.tags.clone(),
            PropagateTags::None => Vec::new(),
        };
        if service.enable_ecs_managed_tags {
            for (key, value) in [
                ("aws:ecs:clusterName", &service.cluster),
                ("aws:ecs:serviceName", &service.name),
            ] {
                tags.push(wire::Tag {
                    key: Some(key.to_owned()),
                    value: Some(value.clone()),
                });
            }
        }
        Ok(LaunchSpec {
            cluster: service.cluster.clone(),
            cluster_arn: service.cluster_arn.clone(),
            overrides: launch::echo_overrides(&definition, None).map_err(|e| e.message)?,
            definition,
            platform_version: primary.platform_version.clone(),
            network: primary
                .network
                .as_ref()
                .and_then(|n| n.awsvpc_configuration.clone()),
            started_by: Some(primary.id.clone()),
            group: format!("service:{}", service.name),
            service: Some(service.name.clone()),
            daemon: None,
            tags,
            enable_execute_command: service.enable_execute_command,
            placement_constraints: service.placement_constraints.clone(),
            placement_strategy: service.placement_strategy.clone(),
        })
    }

    /// A deleted service stops all its tasks, and is INACTIVE once they have stopped.
    fn drain(&mut self) {
        let reason = self.scaling_reason();
        for member in self.members().into_iter().filter(|m| m.live) {
            self.stop(&member.id, &reason);
        }
    }

    fn say_stopped(&mut self) {
        if self.stopped.is_empty() {
            return;
        }
        let listed: Vec<String> = self
            .stopped
            .iter()
            .map(|id| format!("(task {id})"))
            .collect();
        let message = format!(
            "has stopped {} running tasks: {}.",
            self.stopped.len(),
            listed.join(" ")
        );
        self.service.say(&message, self.now);
    }

    /// Old deployments without tasks turn INACTIVE (and leave `deployments`); the others show
    /// how many tasks they still mean to run. A draining service without tasks is INACTIVE.
    fn retire_deployments(&mut self) {
        let members = self.members();
        let now = self.now;
        let desired = self.service.desired_count;
        // A deleted task set goes once its tasks have stopped.
        self.service.deployments.retain(|d| {
            !d.task_set.as_ref().is_some_and(|t| t.draining)
                || members.iter().any(|m| m.deployment == d.id)
        });
        for deployment in self
            .service
            .deployments
            .iter_mut()
            .filter(|d| d.task_set.is_none())
        {
            let here = || members.iter().filter(|m| m.deployment == deployment.id);
            match deployment.status {
                DeploymentStatus::Primary => deployment.desired_count = desired,
                DeploymentStatus::Active if here().next().is_none() => {
                    deployment.status = DeploymentStatus::Inactive;
                    deployment.desired_count = 0;
                    deployment.updated_at = now;
                }
                DeploymentStatus::Active => {
                    deployment.desired_count =
                        i32::try_from(here().filter(|m| m.live).count()).unwrap_or(i32::MAX);
                }
                DeploymentStatus::Inactive => {}
            }
        }
        if self.service.status == ServiceStatus::Draining && members.is_empty() {
            self.service.status = ServiceStatus::Inactive;
            self.service.desired_count = 0;
            if let Some(primary) = self.service.primary_mut() {
                primary.desired_count = 0;
            }
        }
    }

    /// Says "has reached a steady state." when the service gets there.
    fn note_steady_state(&mut self) {
        if self.service.status != ServiceStatus::Active {
            return;
        }
        let counts = self.p.service_counts(self.service);
        let shown = self
            .service
            .deployments
            .iter()
            .filter(|d| d.status != DeploymentStatus::Inactive)
            .count();
        let steady = shown == 1
            && self
                .service
                .primary()
                .is_some_and(|d| d.rollout == DeploymentRolloutState::Completed)
            && counts.running == self.service.desired_count
            && counts.pending == 0;
        if steady && !self.service.steady {
            self.service.say("has reached a steady state.", self.now);
        }
        self.service.steady = steady;
    }
}

/// The stages a rolling deployment goes through (hooks may pause it between them).
const STAGES_ROLLING: &[Stage] = &[Stage::PreScaleUp, Stage::ScaleUp, Stage::PostScaleUp];
/// The stages of blue/green, linear and canary deployments. Without load balancers there is
/// no traffic to shift, so the traffic stages only run their hooks.
const STAGES_BLUE_GREEN: &[Stage] = &[
    Stage::PreScaleUp,
    Stage::ScaleUp,
    Stage::PostScaleUp,
    Stage::TestTrafficShift,
    Stage::PostTestTrafficShift,
    Stage::ProductionTrafficShift,
    Stage::PostProductionTrafficShift,
    Stage::BakeTime,
    Stage::CleanUp,
];

/// The deployment stage at whose start a hook of `stage` runs.
fn hook_runs_at(stage: HookStage) -> Option<Stage> {
    match stage {
        HookStage::PreScaleUp => Some(Stage::PreScaleUp),
        HookStage::PostScaleUp => Some(Stage::PostScaleUp),
        HookStage::TestTrafficShift => Some(Stage::TestTrafficShift),
        HookStage::PostTestTrafficShift => Some(Stage::PostTestTrafficShift),
        HookStage::PreProductionTrafficShift | HookStage::ProductionTrafficShift => {
            Some(Stage::ProductionTrafficShift)
        }
        HookStage::PostProductionTrafficShift => Some(Stage::PostProductionTrafficShift),
        HookStage::ReconcileService => None,
    }
}

/// A hook run: a PAUSE hook waits for ContinueServiceDeployment (or its timeout); a Lambda
/// hook cannot be invoked here and is recorded as succeeded.
fn new_hook(config: &wire::DeploymentLifecycleHook, stage: Stage, now: Timestamp) -> Hook {
    let target_type = config
        .target_type
        .unwrap_or(DeploymentLifecycleHookTargetType::AwsLambda);
    let timeout = config.timeout_configuration.as_ref();
    let pause = target_type == DeploymentLifecycleHookTargetType::Pause;
    Hook {
        id: super::arn::new_uuid(),
        stage,
        target_type,
        target_arn: config.hook_target_arn.clone(),
        status: if pause {
            HookStatus::AwaitingAction
        } else {
            HookStatus::Succeeded
        },
        expires_at: timeout
            .and_then(|t| t.timeout_in_minutes)
            .filter(|_| pause)
            .map(|minutes| now + f64::from(minutes) * 60.0),
        timeout_action: timeout.and_then(|t| t.action),
    }
}

/// `percent` of `count` tasks, rounded up or down.
fn percent_of(count: usize, percent: i32, round_up: bool) -> usize {
    let scaled = count * usize::try_from(percent).unwrap_or(0);
    if round_up {
        scaled.div_ceil(100)
    } else {
        scaled / 100
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rolling_bounds_follow_ecs_arithmetic() {
        // desired 4 / min 50 may stop 2 first; desired 4 / max 200 may start 4 first.
        assert_eq!(4 - percent_of(4, 50, true), 2);
        assert_eq!(percent_of(4, 200, false) - 4, 4);
        // desired 2 / min 75 can stop none; desired 3 / max 125 can start none.
        assert_eq!(2 - percent_of(2, 75, true), 0);
        assert_eq!(percent_of(3, 125, false) - 3, 0);
    }

    #[test]
    fn every_hook_stage_but_reconcile_runs_somewhere() {
        for stage in HookStage::ALL {
            let runs = hook_runs_at(stage);
            assert_eq!(runs.is_none(), stage == HookStage::ReconcileService);
            if let Some(runs) = runs {
                assert!(STAGES_BLUE_GREEN.contains(&runs));
            }
        }
    }
}
