//! Services through the SDK against a fake runtime on a paused clock: the scheduler keeps the
//! desired count, rolls deployments within their bounds, trips its circuit breaker and keeps
//! the deployment history, with every delay (warm-up, grace periods, backoff) in virtual time.

use std::sync::Arc;
use std::time::Duration;

use aws_sdk_ecs::types::{
    DeploymentCircuitBreaker, DeploymentConfiguration, DeploymentLifecycleHook,
    DeploymentLifecycleHookStage, DeploymentLifecycleHookTargetType, DeploymentRolloutState,
    DeploymentStrategy, DesiredStatus, HealthCheck, LaunchType, LoadBalancer, SchedulingStrategy,
    Service, ServiceDeploymentStatus, StopServiceDeploymentStopType, Tag, Task, TaskStopCode,
};
use ecsemu::control::ClockSource;
use ecsemu_runtime::fake::FakeRuntime;
use ecsemu_runtime::HealthState;

use crate::harness::{code, container_with, message, network, start_on, Emulator};

pub(crate) const CLUSTER: &str = "web";

/// A command that runs until SIGTERM and then exits at once, as a service's server would.
pub(crate) const SERVE: [&str; 3] = ["sh", "-c", "trap 'exit 0' TERM; while :; do sleep 1; done"];
/// The same server, changed: a new revision to deploy.
pub(crate) const SERVE_V2: [&str; 3] =
    ["sh", "-c", "trap 'exit 0' TERM; while :; do sleep 2; done"];

/// An emulator on a fake runtime whose scheduler runs on Tokio's (paused) clock.
pub(crate) async fn start() -> Emulator {
    let fake = Arc::new(FakeRuntime::new());
    fake.add_local_image(crate::harness::BUSYBOX);
    let mut settings = ecsemu::Settings::default();
    settings.plane.clock = ClockSource::Tokio;
    let em = start_on(fake.clone(), fake, settings).await;
    em.cluster(CLUSTER).await;
    em
}

pub(crate) fn config(minimum: i32, maximum: i32) -> DeploymentConfiguration {
    DeploymentConfiguration::builder()
        .minimum_healthy_percent(minimum)
        .maximum_percent(maximum)
        .build()
}

pub(crate) fn breaker(rollback: bool) -> DeploymentConfiguration {
    DeploymentConfiguration::builder()
        .deployment_circuit_breaker(
            DeploymentCircuitBreaker::builder()
                .enable(true)
                .rollback(rollback)
                .build(),
        )
        .build()
}

/// Creates a Fargate service of `family` with `desired` tasks.
pub(crate) async fn create(
    em: &Emulator,
    name: &str,
    family: &str,
    desired: i32,
    deployment: Option<DeploymentConfiguration>,
) -> Service {
    em.client
        .create_service()
        .cluster(CLUSTER)
        .service_name(name)
        .task_definition(family)
        .desired_count(desired)
        .launch_type(LaunchType::Fargate)
        .network_configuration(network())
        .set_deployment_configuration(deployment)
        .send()
        .await
        .unwrap()
        .service
        .unwrap()
}

pub(crate) async fn describe(em: &Emulator, name: &str) -> Service {
    let out = em
        .client
        .describe_services()
        .cluster(CLUSTER)
        .services(name)
        .send()
        .await
        .unwrap();
    out.services()
        .first()
        .cloned()
        .unwrap_or_else(|| panic!("service {name} not found: {:?}", out.failures()))
}

/// Polls (in virtual time) until the service satisfies `done`; fails after ten virtual minutes.
pub(crate) async fn wait_until(
    em: &Emulator,
    name: &str,
    done: impl Fn(&Service) -> bool,
) -> Service {
    let deadline = tokio::time::Instant::now() + Duration::from_secs(600);
    loop {
        let service = describe(em, name).await;
        if done(&service) {
            return service;
        }
        assert!(
            tokio::time::Instant::now() < deadline,
            "the service never got there; last seen: {service:#?}"
        );
        tokio::time::sleep(Duration::from_millis(250)).await;
    }
}

/// Waits for what the `services-stable` waiter waits for: one deployment, running = desired.
pub(crate) async fn wait_stable(em: &Emulator, name: &str) -> Service {
    wait_until(em, name, |s| {
        s.deployments().len() == 1 && s.running_count() == s.desired_count()
    })
    .await
}

pub(crate) fn messages(service: &Service) -> Vec<String> {
    service
        .events()
        .iter()
        .map(|e| e.message().unwrap_or_default().to_owned())
        .collect()
}

pub(crate) fn has_event(service: &Service, text: &str) -> bool {
    messages(service).iter().any(|m| m.contains(text))
}

/// An UpdateService call on `name` to add changes to.
pub(crate) fn update(
    em: &Emulator,
    name: &str,
) -> aws_sdk_ecs::operation::update_service::builders::UpdateServiceFluentBuilder {
    em.client.update_service().cluster(CLUSTER).service(name)
}

/// Deploys the latest revision of the family `api` to the service `api`.
pub(crate) async fn deploy_latest(em: &Emulator) -> Service {
    update(em, "api")
        .task_definition("api")
        .send()
        .await
        .unwrap()
        .service
        .unwrap()
}

pub(crate) async fn force_delete(em: &Emulator, name: &str) -> Service {
    em.client
        .delete_service()
        .cluster(CLUSTER)
        .service(name)
        .force(true)
        .send()
        .await
        .unwrap()
        .service
        .unwrap()
}

/// Waits until the PRIMARY deployment has completed: its tasks run and count as healthy.
pub(crate) async fn wait_completed(em: &Emulator, name: &str) -> Service {
    wait_until(em, name, |s| {
        s.deployments().len() == 1
            && s.deployments()[0].rollout_state() == Some(&DeploymentRolloutState::Completed)
    })
    .await
}

/// The service's tasks that have not stopped, described.
pub(crate) async fn live_tasks(em: &Emulator, name: &str) -> Vec<Task> {
    tasks_of(em, name, DesiredStatus::Running).await
}

/// The service's tasks that were asked to stop, described.
pub(crate) async fn stopped_tasks(em: &Emulator, name: &str) -> Vec<Task> {
    tasks_of(em, name, DesiredStatus::Stopped).await
}

async fn tasks_of(em: &Emulator, name: &str, desired: DesiredStatus) -> Vec<Task> {
    let arns = em
        .client
        .list_tasks()
        .cluster(CLUSTER)
        .service_name(name)
        .desired_status(desired)
        .send()
        .await
        .unwrap()
        .task_arns
        .unwrap_or_default();
    if arns.is_empty() {
        return Vec::new();
    }
    em.client
        .describe_tasks()
        .cluster(CLUSTER)
        .set_tasks(Some(arns))
        .send()
        .await
        .unwrap()
        .tasks
        .unwrap_or_default()
}

pub(crate) fn definition_of(task: &Task) -> &str {
    task.task_definition_arn().unwrap_or_default()
}

/// Exits every live container of a task as its process would.
async fn exit_task(em: &Emulator, task_arn: &str, exit_code: i64) {
    let id = em.container_id(task_arn, "app").await;
    em.fake.exit(&id, exit_code);
}

#[tokio::test(start_paused = true)]
async fn create_service_echoes_ecs_defaults() {
    let em = start().await;
    let family = em.register_fargate("api", &["sleep", "1000"]).await;
    let service = create(&em, "api", "api", 2, None).await;
    assert_eq!(
        service.service_arn(),
        Some("arn:aws:ecs:us-east-1:000000000000:service/web/api")
    );
    assert_eq!(service.status(), Some("ACTIVE"));
    assert_eq!(service.desired_count(), 2);
    assert_eq!(service.running_count(), 0);
    assert_eq!(service.task_definition(), Some(family.as_str()));
    assert_eq!(service.launch_type(), Some(&LaunchType::Fargate));
    assert_eq!(service.platform_version(), Some("LATEST"));
    assert_eq!(
        service.scheduling_strategy(),
        Some(&SchedulingStrategy::Replica)
    );
    let deployment = service.deployment_configuration().unwrap();
    assert_eq!(deployment.maximum_percent(), Some(200));
    assert_eq!(deployment.minimum_healthy_percent(), Some(100));
    let breaker = deployment.deployment_circuit_breaker().unwrap();
    assert!(!breaker.enable() && !breaker.rollback());
    assert_eq!(
        service.deployment_controller().unwrap().r#type().as_str(),
        "ECS"
    );
    assert_eq!(
        service.role_arn(),
        Some("arn:aws:iam::000000000000:role/aws-service-role/ecs.amazonaws.com/AWSServiceRoleForECS")
    );
    let primary = &service.deployments()[0];
    assert_eq!(service.deployments().len(), 1);
    assert_eq!(primary.status(), Some("PRIMARY"));
    assert_eq!(
        primary.rollout_state(),
        Some(&DeploymentRolloutState::InProgress)
    );
    assert!(primary.id().unwrap().starts_with("ecs-svc/"));
    assert_eq!(primary.desired_count(), 2);
    assert_eq!(primary.platform_version(), Some("1.4.0"));
}

#[tokio::test(start_paused = true)]
async fn a_service_reaches_steady_state_with_its_tasks_marked_as_its_own() {
    let em = start().await;
    em.register_fargate("api", &["sleep", "1000"]).await;
    create(&em, "api", "api", 2, None).await;
    let service = wait_until(&em, "api", |s| {
        s.deployments()
            .first()
            .is_some_and(|d| d.rollout_state() == Some(&DeploymentRolloutState::Completed))
    })
    .await;
    assert_eq!(service.running_count(), 2);
    assert_eq!(service.pending_count(), 0);
    let primary = &service.deployments()[0];
    assert_eq!(primary.running_count(), 2);
    let id = primary.id().unwrap();
    assert_eq!(
        primary.rollout_state_reason(),
        Some(format!("ECS deployment {id} completed.").as_str())
    );
    let events = messages(&service);
    assert_eq!(events[0], "(service api) has reached a steady state.");
    assert_eq!(
        events[1],
        format!("(service api) (deployment {id}) deployment completed.")
    );
    assert!(
        events[2].starts_with("(service api) has started 2 tasks: (task "),
        "{events:?}"
    );
    let tasks = live_tasks(&em, "api").await;
    assert_eq!(tasks.len(), 2);
    for task in &tasks {
        assert_eq!(task.started_by(), Some(id));
        assert_eq!(task.group(), Some("service:api"));
        assert_eq!(task.last_status(), Some("RUNNING"));
        assert!(events[2].contains(task.task_arn().unwrap().rsplit('/').next().unwrap()));
    }
}

#[tokio::test(start_paused = true)]
async fn scaling_up_and_down_starts_and_stops_tasks() {
    let em = start().await;
    em.register_fargate("api", &["sleep", "1000"]).await;
    create(&em, "api", "api", 1, None).await;
    wait_stable(&em, "api").await;
    update(&em, "api").desired_count(3).send().await.unwrap();
    let service = wait_stable(&em, "api").await;
    assert_eq!(service.running_count(), 3);
    assert_eq!(
        service.deployments().len(),
        1,
        "a new desired count is no new deployment"
    );
    assert_eq!(service.deployments()[0].desired_count(), 3);
    update(&em, "api").desired_count(1).send().await.unwrap();
    let service = wait_stable(&em, "api").await;
    assert_eq!(service.running_count(), 1);
    assert!(has_event(
        &service,
        "(service api) has stopped 2 running tasks: (task "
    ));
    let deployment = service.deployments()[0].id().unwrap().to_owned();
    let stopped = stopped_tasks(&em, "api").await;
    assert_eq!(stopped.len(), 2);
    for task in stopped {
        assert_eq!(
            task.stop_code(),
            Some(&TaskStopCode::ServiceSchedulerInitiated)
        );
        assert_eq!(
            task.stopped_reason(),
            Some(format!("Scaling activity initiated by (deployment {deployment})").as_str())
        );
    }
    assert_eq!(live_tasks(&em, "api").await.len(), 1);
}

#[tokio::test(start_paused = true)]
async fn a_task_that_exits_is_replaced() {
    let em = start().await;
    em.register_fargate("api", &["sleep", "1000"]).await;
    create(&em, "api", "api", 2, None).await;
    wait_stable(&em, "api").await;
    let victim = live_tasks(&em, "api").await[0]
        .task_arn()
        .unwrap()
        .to_owned();
    exit_task(&em, &victim, 1).await;
    em.wait_for_status(CLUSTER, &victim, "STOPPED").await;
    let service = wait_until(&em, "api", |s| {
        s.running_count() == 2 && has_event(s, "has started 1 tasks")
    })
    .await;
    assert_eq!(service.deployments().len(), 1);
    let live = live_tasks(&em, "api").await;
    assert_eq!(live.len(), 2);
    assert!(live.iter().all(|t| t.task_arn() != Some(victim.as_str())));
}

#[tokio::test(start_paused = true)]
async fn a_task_stopped_by_the_user_is_replaced_without_a_stopped_event() {
    let em = start().await;
    em.register_fargate("api", &["sleep", "1000"]).await;
    create(&em, "api", "api", 1, None).await;
    wait_stable(&em, "api").await;
    let victim = live_tasks(&em, "api").await[0]
        .task_arn()
        .unwrap()
        .to_owned();
    em.client
        .stop_task()
        .cluster(CLUSTER)
        .task(&victim)
        .send()
        .await
        .unwrap();
    let started = |s: &Service| {
        messages(s)
            .iter()
            .filter(|m| m.contains("has started 1 tasks"))
            .count()
    };
    let service = wait_until(&em, "api", |s| s.running_count() == 1 && started(s) == 2).await;
    assert!(!has_event(&service, "has stopped"));
    let live = live_tasks(&em, "api").await;
    assert_eq!(live.len(), 1);
    assert_ne!(live[0].task_arn(), Some(victim.as_str()));
}

/// When a test issues the update of a rolling deployment.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum UpdateAt {
    /// Once the first deployment has COMPLETED (its tasks count as healthy).
    Completed,
    /// As soon as `services-stable` would return: the first tasks run, but are still young.
    Stable,
}

/// A rolling deployment of `api` to test: its size and bounds, when the update comes, and how
/// long a task runs before it counts as healthy on the emulator under test.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Rollout {
    pub(crate) desired: i32,
    pub(crate) minimum: i32,
    pub(crate) maximum: i32,
    pub(crate) at: UpdateAt,
    pub(crate) warmup: Duration,
}

impl Rollout {
    /// On the services tests' emulator, whose tasks warm up for ECS's 40 seconds.
    fn of(desired: i32, minimum: i32, maximum: i32, at: UpdateAt) -> Self {
        Self {
            desired,
            minimum,
            maximum,
            at,
            warmup: Duration::from_secs(40),
        }
    }

    fn floor(&self) -> usize {
        usize::try_from((self.desired * self.minimum + 99) / 100).unwrap_or(0)
    }

    fn ceiling(&self) -> usize {
        usize::try_from(self.desired * self.maximum / 100).unwrap_or(0)
    }
}

/// Creates `api` on `em` (whose cluster exists), waits as the rollout says, deploys a new
/// revision and checks at every step that no fewer tasks run than the floor and no more are
/// live than the ceiling until the new revision runs alone; then, from the tasks' timestamps,
/// that old tasks were stopped only as new ones counted as healthy, and by the deployment.
pub(crate) async fn roll_on(em: &Emulator, rollout: Rollout) {
    let desired = rollout.desired;
    let v1 = em.register_fargate("api", &SERVE).await;
    let deployment = config(rollout.minimum, rollout.maximum);
    create(em, "api", "api", desired, Some(deployment)).await;
    let before = match rollout.at {
        UpdateAt::Completed => wait_completed(em, "api").await,
        UpdateAt::Stable => wait_stable(em, "api").await,
    };
    let old_id = before.deployments()[0].id().unwrap().to_owned();
    let v2 = em.register_fargate("api", &SERVE_V2).await;
    let updated = deploy_latest(em).await;
    let deployments = updated.deployments();
    assert_eq!(deployments.len(), 2);
    assert_eq!(deployments[0].status(), Some("PRIMARY"));
    assert_eq!(deployments[0].task_definition(), Some(v2.as_str()));
    assert_eq!(
        deployments[0].rollout_state(),
        Some(&DeploymentRolloutState::InProgress)
    );
    assert_eq!(deployments[1].status(), Some("ACTIVE"));
    assert_eq!(deployments[1].id(), Some(old_id.as_str()));
    let updated_at = deployments[0].created_at().unwrap().as_secs_f64();
    hold_bounds_until(em, &rollout, |tasks, _| {
        tasks.len() == desired as usize
            && tasks
                .iter()
                .all(|t| definition_of(t) == v2 && t.last_status() == Some("RUNNING"))
    })
    .await;
    let service = wait_stable(em, "api").await;
    let primary = &service.deployments()[0];
    assert_eq!(primary.task_definition(), Some(v2.as_str()));
    assert_eq!(service.task_definition(), Some(v2.as_str()));
    let new_id = primary.id().unwrap();
    let completed = format!("(service api) (deployment {new_id}) deployment completed.");
    let service = wait_until(em, "api", |s| has_event(s, &completed)).await;
    assert_eq!(
        service.deployments()[0].rollout_state(),
        Some(&DeploymentRolloutState::Completed)
    );
    let stopped = stopped_tasks(em, "api").await;
    assert_eq!(stopped.len(), desired as usize);
    let everything: Vec<Task> = live_tasks(em, "api")
        .await
        .into_iter()
        .chain(stopped.iter().cloned())
        .collect();
    assert_floor_kept(&everything, &v2, updated_at, &rollout);
    for task in stopped {
        assert_eq!(definition_of(&task), v1);
        assert_eq!(
            task.stop_code(),
            Some(&TaskStopCode::ServiceSchedulerInitiated)
        );
        assert_eq!(
            task.stopped_reason(),
            Some(format!("Scaling activity initiated by (deployment {new_id})").as_str())
        );
    }
}

/// Checks, from the tasks' timestamps, that from the update on the service never had fewer
/// tasks counting towards minimumHealthyPercent than the floor: an old task counts while it
/// runs, a task of the new revision `v2` from the end of its warm-up, each until it is asked
/// to stop.
pub(crate) fn assert_floor_kept(tasks: &[Task], v2: &str, since: f64, rollout: &Rollout) {
    let secs =
        |at: Option<&aws_smithy_types::DateTime>| at.map(aws_smithy_types::DateTime::as_secs_f64);
    let spans: Vec<(f64, f64)> = tasks
        .iter()
        .filter_map(|t| {
            let started = secs(t.started_at())?;
            let from = if definition_of(t) == v2 {
                started + rollout.warmup.as_secs_f64()
            } else {
                started
            };
            Some((from, secs(t.stopping_at()).unwrap_or(f64::INFINITY)))
        })
        .collect();
    let counted_at = |at: f64| {
        spans
            .iter()
            .filter(|(from, until)| *from <= at && at < *until)
            .count()
    };
    let moments = spans
        .iter()
        .flat_map(|(from, until)| [*from, *until])
        .chain([since])
        .filter(|at| *at >= since && at.is_finite());
    for at in moments {
        assert!(
            counted_at(at) >= rollout.floor(),
            "{} tasks counted at {at}, below the floor of {}: {spans:?}",
            counted_at(at),
            rollout.floor()
        );
    }
}

/// Watches the service `api` until it and its tasks that have not stopped satisfy `done`,
/// failing the moment fewer tasks desired RUNNING run than the rollout's floor or more are
/// desired RUNNING than its ceiling.
pub(crate) async fn hold_bounds_until(
    em: &Emulator,
    rollout: &Rollout,
    done: impl Fn(&[Task], &Service) -> bool,
) {
    let deadline = tokio::time::Instant::now() + Duration::from_secs(600);
    loop {
        let tasks = live_tasks(em, "api").await;
        let wanted: Vec<&Task> = tasks
            .iter()
            .filter(|t| t.desired_status() == Some("RUNNING"))
            .collect();
        let running = wanted
            .iter()
            .filter(|t| t.last_status() == Some("RUNNING"))
            .count();
        assert!(
            running >= rollout.floor(),
            "{running} running, below the floor of {}: {tasks:#?}",
            rollout.floor()
        );
        assert!(
            wanted.len() <= rollout.ceiling(),
            "{} live tasks, above the ceiling of {}",
            wanted.len(),
            rollout.ceiling()
        );
        if done(&tasks, &describe(em, "api").await) {
            return;
        }
        assert!(tokio::time::Instant::now() < deadline, "{tasks:#?}");
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
}

#[tokio::test(start_paused = true)]
async fn a_rolling_deployment_at_min_100_max_200_starts_new_tasks_before_stopping_old_ones() {
    roll_on(
        &start().await,
        Rollout::of(2, 100, 200, UpdateAt::Completed),
    )
    .await;
}

#[tokio::test(start_paused = true)]
async fn a_rolling_deployment_at_min_50_max_100_stops_old_tasks_first() {
    roll_on(&start().await, Rollout::of(4, 50, 100, UpdateAt::Completed)).await;
}

#[tokio::test(start_paused = true)]
async fn a_rolling_deployment_with_an_odd_count_keeps_its_bounds() {
    roll_on(&start().await, Rollout::of(3, 67, 134, UpdateAt::Completed)).await;
}

#[tokio::test(start_paused = true)]
async fn an_update_right_after_services_stable_keeps_the_floor() {
    roll_on(&start().await, Rollout::of(2, 100, 200, UpdateAt::Stable)).await;
}

#[tokio::test(start_paused = true)]
async fn an_early_update_at_min_50_stops_old_tasks_only_down_to_the_floor() {
    roll_on(&start().await, Rollout::of(4, 50, 100, UpdateAt::Stable)).await;
}

/// A revision whose container exits as soon as it starts: its tasks reach RUNNING, then stop.
pub(crate) const CRASH: [&str; 3] = ["sh", "-c", "exit 1"];

/// Deploys a crash-looping revision over `api` (desired 2, 100/200, breaker with rollback)
/// right after `services-stable`: the breaker trips and the service returns to its first
/// revision, whose tasks keep the floor throughout, although its deployment had not yet
/// COMPLETED. Returns the first revision's ARN.
pub(crate) async fn crash_loop_rolls_back(em: &Emulator) -> String {
    let v1 = em.register_fargate("api", &SERVE).await;
    let mut deployment = breaker(true);
    deployment.minimum_healthy_percent = Some(100);
    deployment.maximum_percent = Some(200);
    create(em, "api", "api", 2, Some(deployment)).await;
    let before = wait_stable(em, "api").await;
    let good = before.deployments()[0].id().unwrap().to_owned();
    em.register_fargate("api", &CRASH).await;
    let updated = deploy_latest(em).await;
    let bad = updated.deployments()[0].id().unwrap().to_owned();
    let rolled_back = format!("(service api) rolling back to deployment {good}.");
    let rollout = Rollout::of(2, 100, 200, UpdateAt::Stable);
    hold_bounds_until(em, &rollout, |_, service| has_event(service, &rolled_back)).await;
    let service = describe(em, "api").await;
    let failed =
        format!("(service api) (deployment {bad}) deployment failed: tasks failed to start.");
    assert!(has_event(&service, &failed), "{:?}", messages(&service));
    assert_eq!(service.deployments()[0].id(), Some(good.as_str()));
    assert_eq!(service.task_definition(), Some(v1.as_str()));
    // Three crashed; the rollback stops the crashing revision's others, never the first's.
    let stopped = stopped_tasks(em, "api").await;
    let crashed = stopped
        .iter()
        .filter(|t| t.stop_code() == Some(&TaskStopCode::EssentialContainerExited))
        .count();
    assert!(crashed >= 3, "threshold 3 at desired 2: {stopped:#?}");
    assert!(
        stopped.iter().all(|t| definition_of(t) != v1),
        "{stopped:#?}"
    );
    v1
}

/// A revision whose tasks run a while and then crash is rolled back while one of them still
/// runs; a good revision deployed at once must not count that doomed task towards the floor
/// and stop an old task in its place.
#[tokio::test(start_paused = true)]
async fn a_young_task_of_a_failed_deployment_does_not_hold_the_floor() {
    let em = start().await;
    em.register_fargate("api", &SERVE).await;
    let mut deployment = breaker(true);
    deployment.minimum_healthy_percent = Some(100);
    deployment.maximum_percent = Some(200);
    create(&em, "api", "api", 2, Some(deployment)).await;
    let good = wait_stable(&em, "api").await.deployments()[0]
        .id()
        .unwrap()
        .to_owned();
    let v2 = em.register_fargate("api", &["sleep", "1000"]).await;
    deploy_latest(&em).await;
    let rolled_back = format!("(service api) rolling back to deployment {good}.");
    // Crash v2's tasks one at a time until the breaker trips, leaving one running.
    loop {
        let service = describe(&em, "api").await;
        if has_event(&service, &rolled_back) {
            break;
        }
        let doomed: Vec<Task> = live_tasks(&em, "api")
            .await
            .into_iter()
            .filter(|t| definition_of(t) == v2 && t.last_status() == Some("RUNNING"))
            .collect();
        if let Some(task) = doomed.first() {
            exit_task(&em, task.task_arn().unwrap(), 1).await;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    let v3 = em.register_fargate("api", &SERVE_V2).await;
    let since = deploy_latest(&em).await.deployments()[0]
        .created_at()
        .unwrap()
        .as_secs_f64();
    for task in live_tasks(&em, "api").await {
        if definition_of(&task) == v2 && task.desired_status() == Some("RUNNING") {
            exit_task(&em, task.task_arn().unwrap(), 1).await;
        }
    }
    let rollout = Rollout::of(2, 100, 200, UpdateAt::Stable);
    hold_bounds_until(&em, &rollout, |tasks, _| {
        tasks.len() == 2
            && tasks
                .iter()
                .all(|t| definition_of(t) == v3 && t.last_status() == Some("RUNNING"))
    })
    .await;
    let everything: Vec<Task> = live_tasks(&em, "api")
        .await
        .into_iter()
        .chain(stopped_tasks(&em, "api").await)
        .collect();
    assert_floor_kept(&everything, &v3, since, &rollout);
}

#[tokio::test(start_paused = true)]
async fn a_crash_looping_revision_trips_the_breaker_at_every_warm_up() {
    for warmup in [0, 1, 40] {
        let fake = Arc::new(FakeRuntime::new());
        fake.add_local_image(crate::harness::BUSYBOX);
        let mut settings = ecsemu::Settings::default();
        settings.plane.clock = ClockSource::Tokio;
        settings.plane.service_warmup = Duration::from_secs(warmup);
        let em = start_on(fake.clone(), fake, settings).await;
        em.cluster(CLUSTER).await;
        let v1 = crash_loop_rolls_back(&em).await;
        let service = wait_completed(&em, "api").await;
        assert_eq!(service.running_count(), 2, "warm-up {warmup}");
        let live = live_tasks(&em, "api").await;
        assert!(live.iter().all(|t| definition_of(t) == v1));
    }
}

#[tokio::test(start_paused = true)]
async fn bounds_that_allow_no_step_stall_the_deployment_with_an_event() {
    let em = start().await;
    em.register_fargate("api", &["sleep", "1000"]).await;
    create(&em, "api", "api", 2, Some(config(100, 100))).await;
    wait_completed(&em, "api").await;
    update(&em, "api")
        .force_new_deployment(true)
        .send()
        .await
        .unwrap();
    let service = wait_until(&em, "api", |s| {
        has_event(
            s,
            "(service api) was unable to stop or start tasks during a deployment because of the \
             service deployment configuration. Update the minimumHealthyPercent or \
             maximumPercent value and try again.",
        )
    })
    .await;
    assert_eq!(service.deployments().len(), 2);
    assert_eq!(service.running_count(), 2);
}

#[tokio::test(start_paused = true)]
async fn new_tasks_count_as_healthy_only_after_the_warm_up() {
    let em = start().await;
    em.register_fargate("api", &["sleep", "1000"]).await;
    create(&em, "api", "api", 1, None).await;
    wait_completed(&em, "api").await;
    let started = tokio::time::Instant::now();
    update(&em, "api")
        .force_new_deployment(true)
        .send()
        .await
        .unwrap();
    wait_until(&em, "api", |s| s.deployments().len() == 1).await;
    let waited = started.elapsed();
    assert!(
        waited >= Duration::from_secs(40) && waited < Duration::from_secs(45),
        "the old task was stopped after {waited:?}"
    );
}

/// Registers a revision of `family` whose container image does not exist anywhere.
pub(crate) async fn register_unpullable(em: &Emulator, family: &str) -> String {
    let app = container_with("app", &["sleep", "1000"]).image("registry.invalid/missing:1");
    em.register_fargate_container(family, app.build()).await
}

#[tokio::test(start_paused = true)]
async fn the_circuit_breaker_rolls_back_to_the_last_completed_deployment() {
    let em = start().await;
    let v1 = em.register_fargate("api", &["sleep", "1000"]).await;
    create(&em, "api", "api", 2, Some(breaker(true))).await;
    let before = wait_completed(&em, "api").await;
    let good = before.deployments()[0].id().unwrap().to_owned();
    register_unpullable(&em, "api").await;
    let updated = deploy_latest(&em).await;
    let bad = updated.deployments()[0].id().unwrap().to_owned();
    let rolled_back = format!("(service api) rolling back to deployment {good}.");
    let service = wait_until(&em, "api", |s| has_event(s, &rolled_back)).await;
    let failed =
        format!("(service api) (deployment {bad}) deployment failed: tasks failed to start.");
    let events = messages(&service);
    let failed_at = events.iter().position(|m| *m == failed).unwrap();
    let rolled_at = events.iter().position(|m| *m == rolled_back).unwrap();
    assert!(rolled_at < failed_at, "{events:?}");
    let primary = &service.deployments()[0];
    assert_eq!(primary.id(), Some(good.as_str()));
    assert_eq!(primary.task_definition(), Some(v1.as_str()));
    assert_eq!(service.task_definition(), Some(v1.as_str()));
    let service = wait_completed(&em, "api").await;
    assert_eq!(service.deployments()[0].id(), Some(good.as_str()));
    assert_eq!(service.running_count(), 2);
    let live = live_tasks(&em, "api").await;
    assert!(live.iter().all(|t| definition_of(t) == v1));
    let failures = stopped_tasks(&em, "api").await;
    assert!(failures.len() >= 3, "threshold is 3 at desired 2");
    for task in failures {
        assert_eq!(task.stop_code(), Some(&TaskStopCode::TaskFailedToStart));
        assert!(task.containers()[0]
            .reason()
            .unwrap()
            .starts_with("CannotPullContainerError"));
    }
    let deployments = em
        .client
        .list_service_deployments()
        .cluster(CLUSTER)
        .service("api")
        .send()
        .await
        .unwrap();
    let newest = &deployments.service_deployments()[0];
    assert_eq!(
        newest.status(),
        Some(&ServiceDeploymentStatus::RollbackSuccessful)
    );
}

#[tokio::test(start_paused = true)]
async fn without_rollback_a_failed_deployment_stops_launching() {
    let em = start().await;
    em.register_fargate("api", &["sleep", "1000"]).await;
    create(&em, "api", "api", 1, Some(breaker(false))).await;
    wait_completed(&em, "api").await;
    register_unpullable(&em, "api").await;
    deploy_latest(&em).await;
    let service = wait_until(&em, "api", |s| {
        s.deployments()[0].rollout_state() == Some(&DeploymentRolloutState::Failed)
    })
    .await;
    let primary = &service.deployments()[0];
    assert_eq!(primary.failed_tasks(), 3, "ceil(50% of 1) clamped to 3");
    assert_eq!(
        primary.rollout_state_reason(),
        Some("ECS deployment circuit breaker: tasks failed to start.")
    );
    assert!(has_event(
        &service,
        "(service api) is unable to consistently start tasks successfully."
    ));
    tokio::time::sleep(Duration::from_secs(600)).await;
    let later = describe(&em, "api").await;
    assert_eq!(
        later.deployments()[0].failed_tasks(),
        3,
        "no launch after failing"
    );
    assert_eq!(later.running_count(), 1, "the old task keeps running");
    let described = em
        .client
        .describe_service_deployments()
        .service_deployment_arns(
            em.client
                .list_service_deployments()
                .cluster(CLUSTER)
                .service("api")
                .send()
                .await
                .unwrap()
                .service_deployments()[0]
                .service_deployment_arn()
                .unwrap(),
        )
        .send()
        .await
        .unwrap();
    let deployment = &described.service_deployments()[0];
    assert_eq!(deployment.status(), Some(&ServiceDeploymentStatus::Stopped));
    let breaker = deployment.deployment_circuit_breaker().unwrap();
    assert_eq!(breaker.status().unwrap().as_str(), "TRIGGERED");
    assert_eq!(breaker.failure_count(), 3);
    assert_eq!(breaker.threshold(), 3);
}

#[tokio::test(start_paused = true)]
async fn repeated_launch_failures_are_spaced_out() {
    let em = start().await;
    register_unpullable(&em, "api").await;
    create(&em, "api", "api", 1, None).await;
    tokio::time::sleep(Duration::from_secs(60)).await;
    let service = describe(&em, "api").await;
    assert!(has_event(
        &service,
        "(service api) is unable to consistently start tasks successfully."
    ));
    let early = stopped_tasks(&em, "api").await.len();
    assert!(
        (4..=8).contains(&early),
        "backoff from the third failure: 5 s, 10 s, 20 s...; {early} launches in a minute"
    );
}

async fn health_checked(em: &Emulator) -> String {
    let check = HealthCheck::builder()
        .command("CMD-SHELL")
        .command("true")
        .build()
        .unwrap();
    let app = container_with("app", &["sleep", "1000"]).health_check(check);
    em.register_fargate_container("api", app.build()).await
}

#[tokio::test(start_paused = true)]
async fn an_unhealthy_task_is_replaced_once_the_grace_period_is_over() {
    let em = start().await;
    health_checked(&em).await;
    em.client
        .create_service()
        .cluster(CLUSTER)
        .service_name("api")
        .task_definition("api")
        .desired_count(1)
        .launch_type(LaunchType::Fargate)
        .network_configuration(network())
        .health_check_grace_period_seconds(120)
        .send()
        .await
        .unwrap();
    let task = wait_until(&em, "api", |s| s.running_count() == 1).await;
    assert_eq!(task.health_check_grace_period_seconds(), Some(120));
    let victim = live_tasks(&em, "api").await[0]
        .task_arn()
        .unwrap()
        .to_owned();
    let id = em.container_id(&victim, "app").await;
    em.fake.set_health(&id, HealthState::Unhealthy);
    em.wait_for(CLUSTER, &victim, |t| {
        t.health_status()
            .map(aws_sdk_ecs::types::HealthStatus::as_str)
            == Some("UNHEALTHY")
    })
    .await;
    tokio::time::sleep(Duration::from_secs(60)).await;
    let inside = em.describe(CLUSTER, &victim).await;
    assert_eq!(
        inside.desired_status(),
        Some("RUNNING"),
        "inside the grace period"
    );
    let short = victim.rsplit('/').next().unwrap().to_owned();
    let service = wait_until(&em, "api", |s| {
        has_event(
            s,
            &format!("(service api) (task {short}) failed container health checks."),
        )
    })
    .await;
    let stopped = em.describe(CLUSTER, &victim).await;
    assert_eq!(stopped.desired_status(), Some("STOPPED"));
    assert_eq!(
        stopped.stop_code(),
        Some(&TaskStopCode::ServiceSchedulerInitiated)
    );
    assert_eq!(
        stopped.stopped_reason(),
        Some("Task failed container health checks")
    );
    let started = messages(&service)
        .into_iter()
        .find(|m| m.contains("has started 1 tasks") && !m.contains(&short))
        .unwrap_or_default();
    assert!(
        started.ends_with(" Amazon ECS replaced 1 tasks due to an unhealthy status."),
        "{:?}",
        messages(&service)
    );
}

#[tokio::test(start_paused = true)]
async fn a_daemon_service_runs_one_task_per_container_instance() {
    let em = start().await;
    em.register("agent", &["sleep", "1000"]).await;
    let register = |id: &'static str| {
        em.client
            .register_container_instance()
            .cluster(CLUSTER)
            .instance_identity_document(format!(
                r#"{{"instanceId":"{id}","availabilityZone":"us-east-1a","instanceType":"t3.medium"}}"#
            ))
            .send()
    };
    register("i-00000000000000001").await.unwrap();
    let created = em
        .client
        .create_service()
        .cluster(CLUSTER)
        .service_name("agent")
        .task_definition("agent")
        .scheduling_strategy(SchedulingStrategy::Daemon)
        .launch_type(LaunchType::Ec2)
        .send()
        .await
        .unwrap()
        .service
        .unwrap();
    let configuration = created.deployment_configuration().unwrap();
    assert_eq!(configuration.minimum_healthy_percent(), Some(0));
    assert_eq!(configuration.maximum_percent(), Some(100));
    wait_until(&em, "agent", |s| s.running_count() == 1).await;
    register("i-00000000000000002").await.unwrap();
    let service = wait_until(&em, "agent", |s| s.running_count() == 2).await;
    assert_eq!(service.desired_count(), 2);
    let instances: std::collections::BTreeSet<String> = live_tasks(&em, "agent")
        .await
        .iter()
        .map(|t| t.container_instance_arn().unwrap().to_owned())
        .collect();
    assert_eq!(instances.len(), 2, "one task on each instance");
    let fargate = em
        .client
        .create_service()
        .cluster(CLUSTER)
        .service_name("f")
        .task_definition("agent")
        .scheduling_strategy(SchedulingStrategy::Daemon)
        .launch_type(LaunchType::Fargate)
        .send()
        .await;
    assert_eq!(code(fargate), "InvalidParameterException");
    let counted = em
        .client
        .create_service()
        .cluster(CLUSTER)
        .service_name("d")
        .task_definition("agent")
        .scheduling_strategy(SchedulingStrategy::Daemon)
        .desired_count(2)
        .send()
        .await;
    assert_eq!(code(counted), "InvalidParameterException");
}

#[tokio::test(start_paused = true)]
async fn bad_input_gets_ecs_errors_and_changes_nothing() {
    let em = start().await;
    em.register_fargate("api", &["sleep", "1000"]).await;
    let base = || {
        em.client
            .create_service()
            .cluster(CLUSTER)
            .service_name("api")
            .task_definition("api")
            .desired_count(1)
            .launch_type(LaunchType::Fargate)
            .network_configuration(network())
    };
    let unknown_cluster = base().cluster("nope").send().await;
    assert_eq!(code(unknown_cluster), "ClusterNotFoundException");
    let bad_name = base().service_name("bad name!").send().await;
    assert_eq!(code(bad_name), "InvalidParameterException");
    let both = base()
        .capacity_provider_strategy(
            aws_sdk_ecs::types::CapacityProviderStrategyItem::builder()
                .capacity_provider("FARGATE")
                .build()
                .unwrap(),
        )
        .send()
        .await;
    assert_eq!(code(both), "InvalidParameterException");
    let no_definition = base().task_definition("missing").send().await;
    assert_eq!(code(no_definition), "ClientException");
    let no_network = em
        .client
        .create_service()
        .cluster(CLUSTER)
        .service_name("api")
        .task_definition("api")
        .desired_count(1)
        .launch_type(LaunchType::Fargate)
        .send()
        .await;
    assert_eq!(code(no_network), "InvalidParameterException");
    let too_high = base()
        .deployment_configuration(config(150, 200))
        .send()
        .await;
    assert_eq!(code(too_high), "InvalidParameterException");
    let negative = base().desired_count(-1).send().await;
    assert_eq!(code(negative), "InvalidParameterException");
    let listed = em
        .client
        .list_services()
        .cluster(CLUSTER)
        .send()
        .await
        .unwrap();
    assert!(listed.service_arns().is_empty(), "nothing was created");
    let cluster = em
        .client
        .describe_clusters()
        .clusters(CLUSTER)
        .send()
        .await
        .unwrap();
    assert_eq!(cluster.clusters()[0].active_services_count(), 0);

    let unknown = em
        .client
        .update_service()
        .cluster(CLUSTER)
        .service("nope")
        .desired_count(1)
        .send()
        .await;
    assert_eq!(code(unknown.map(|_| ())), "ServiceNotFoundException");
    // ECS names an unknown bare name in the short form and echoes an ARN as given.
    let given = "arn:aws:ecs:us-east-1:000000000000:service/web/ghost";
    let described = em
        .client
        .describe_services()
        .cluster(CLUSTER)
        .services("nope")
        .services(given)
        .send()
        .await
        .unwrap();
    let failures: Vec<_> = described
        .failures()
        .iter()
        .map(|f| (f.arn().unwrap(), f.reason().unwrap()))
        .collect();
    assert_eq!(
        failures,
        [
            ("arn:aws:ecs:us-east-1:000000000000:service/nope", "MISSING"),
            (given, "MISSING")
        ]
    );
}

#[tokio::test(start_paused = true)]
async fn create_operations_refuse_client_tokens_over_36_characters() {
    let em = start().await;
    em.register_fargate("api", &["sleep", "1000"]).await;
    let long = "x".repeat(37);
    let create = |token: &str| {
        em.client
            .create_service()
            .cluster(CLUSTER)
            .service_name("api")
            .task_definition("api")
            .desired_count(0)
            .launch_type(LaunchType::Fargate)
            .network_configuration(network())
            .client_token(token)
            .send()
    };
    let refused = create(&long).await;
    assert!(message(refused).contains("clientToken"));
    let listed = em
        .client
        .list_services()
        .cluster(CLUSTER)
        .send()
        .await
        .unwrap();
    assert!(listed.service_arns().is_empty(), "{listed:?}");
    create(&"x".repeat(36)).await.unwrap();

    // The check comes first, so the token is what these requests are refused for.
    let task_set = em
        .client
        .create_task_set()
        .cluster(CLUSTER)
        .service("api")
        .task_definition("api")
        .client_token(&long)
        .send()
        .await;
    assert!(message(task_set).contains("clientToken"));
    let daemon = em
        .client
        .create_daemon()
        .cluster_arn(CLUSTER)
        .daemon_name("agent")
        .daemon_task_definition_arn("agent")
        .capacity_provider_arns("managed")
        .client_token(&long)
        .send()
        .await;
    assert!(message(daemon).contains("clientToken"));
    let gateway = em
        .client
        .create_gateway()
        .name("edge")
        .infrastructure_role_arn("arn:aws:iam::000000000000:role/ecsInfrastructureRole")
        .configuration(aws_sdk_ecs::types::GatewayConfiguration::HostSharedAlb(
            aws_sdk_ecs::types::HostSharedAlbConfiguration::builder().build(),
        ))
        .client_token(&long)
        .send()
        .await;
    assert!(message(gateway).contains("clientToken"));
    let gateways = em.client.list_gateways().send().await.unwrap();
    assert!(gateways.gateways().is_empty(), "{gateways:?}");
}

#[tokio::test(start_paused = true)]
async fn create_and_update_service_check_load_balancers_alike() {
    let em = start().await;
    em.register_fargate("api", &["sleep", "1000"]).await;
    em.register_fargate_container("renamed", crate::harness::container("other", &[]))
        .await;
    let target_group =
        "arn:aws:elasticloadbalancing:us-east-1:000000000000:targetgroup/api/0123456789abcdef";
    let balancer = |classic: Option<&str>, container: &str| {
        LoadBalancer::builder()
            .set_load_balancer_name(classic.map(str::to_owned))
            .target_group_arn(target_group)
            .container_name(container)
            .container_port(80)
            .build()
    };
    let create = |balancer: LoadBalancer| {
        em.client
            .create_service()
            .cluster(CLUSTER)
            .service_name("api")
            .task_definition("api")
            .desired_count(0)
            .launch_type(LaunchType::Fargate)
            .network_configuration(network())
            .load_balancers(balancer)
            .send()
    };
    let both = create(balancer(Some("classic"), "app")).await;
    assert_eq!(
        message(both),
        "loadBalancerName and targetGroupArn cannot both be specified. You must specify either \
         a loadBalancerName or a targetGroupArn."
    );
    let ghost = create(balancer(None, "ghost")).await;
    assert_eq!(
        message(ghost),
        "The container ghost does not exist in the task definition."
    );
    let listed = em
        .client
        .list_services()
        .cluster(CLUSTER)
        .send()
        .await
        .unwrap();
    assert!(listed.service_arns().is_empty(), "{listed:?}");
    create(balancer(None, "app")).await.unwrap();

    let update = || em.client.update_service().cluster(CLUSTER).service("api");
    let both = update()
        .load_balancers(balancer(Some("classic"), "app"))
        .send()
        .await;
    assert_eq!(code(both.map(|_| ())), "InvalidParameterException");
    let ghost = update()
        .load_balancers(balancer(None, "ghost"))
        .send()
        .await;
    assert_eq!(
        message(ghost),
        "The container ghost does not exist in the task definition."
    );
    // A new definition must keep the container the load balancer sends traffic to.
    let renamed = update().task_definition("renamed").send().await;
    assert_eq!(
        message(renamed),
        "The container app does not exist in the task definition."
    );
    let service = describe(&em, "api").await;
    assert!(service.task_definition().unwrap().ends_with("/api:1"));
    assert_eq!(service.load_balancers(), [balancer(None, "app")]);
}

#[tokio::test(start_paused = true)]
async fn create_service_is_idempotent_only_for_the_same_request() {
    let em = start().await;
    em.register_fargate("api", &["sleep", "1000"]).await;
    let request = |token: &'static str, desired: i32| {
        em.client
            .create_service()
            .cluster(CLUSTER)
            .service_name("api")
            .task_definition("api")
            .desired_count(desired)
            .launch_type(LaunchType::Fargate)
            .network_configuration(network())
            .client_token(token)
            .send()
    };
    let first = request("t1", 1).await.unwrap().service.unwrap();
    let again = request("t1", 1).await.unwrap().service.unwrap();
    assert_eq!(first.service_arn(), again.service_arn());
    assert_eq!(first.created_at(), again.created_at());
    assert_eq!(
        message(request("t2", 2).await),
        "Creation of service was not idempotent."
    );
    let listed = em
        .client
        .list_services()
        .cluster(CLUSTER)
        .send()
        .await
        .unwrap();
    assert_eq!(listed.service_arns().len(), 1);
}

#[tokio::test(start_paused = true)]
async fn delete_service_drains_then_goes_inactive() {
    let em = start().await;
    em.register_fargate("api", &["sleep", "1000"]).await;
    create(&em, "api", "api", 2, None).await;
    wait_stable(&em, "api").await;
    let refused = em
        .client
        .delete_service()
        .cluster(CLUSTER)
        .service("api")
        .send()
        .await;
    assert_eq!(
        message(refused),
        "The service cannot be stopped while it is scaled above 0."
    );
    let cluster_refused = em.client.delete_cluster().cluster(CLUSTER).send().await;
    assert_eq!(code(cluster_refused), "ClusterContainsServicesException");
    let deleted = force_delete(&em, "api").await;
    assert_eq!(deleted.status(), Some("DRAINING"));
    let listed = em
        .client
        .list_services()
        .cluster(CLUSTER)
        .send()
        .await
        .unwrap();
    assert!(listed.service_arns().is_empty());
    let update = update(&em, "api").desired_count(1).send().await;
    assert_eq!(code(update.map(|_| ())), "ServiceNotActiveException");
    let gone = wait_until(&em, "api", |s| s.status() == Some("INACTIVE")).await;
    assert_eq!(gone.running_count(), 0);
    for task in stopped_tasks(&em, "api").await {
        assert_eq!(task.desired_status(), Some("STOPPED"));
        assert_eq!(
            task.stop_code(),
            Some(&TaskStopCode::ServiceSchedulerInitiated)
        );
    }
    assert!(live_tasks(&em, "api").await.is_empty());
    let again = create(&em, "api", "api", 0, None).await;
    assert_eq!(again.status(), Some("ACTIVE"));
    em.client
        .delete_service()
        .cluster(CLUSTER)
        .service("api")
        .send()
        .await
        .unwrap();
}

#[tokio::test(start_paused = true)]
async fn list_services_pages_and_filters() {
    let em = start().await;
    em.register_fargate("api", &["sleep", "1000"]).await;
    em.register("ec2", &["sleep", "1000"]).await;
    for i in 0..12 {
        create(&em, &format!("s{i:02}"), "api", 0, None).await;
    }
    em.client
        .create_service()
        .cluster(CLUSTER)
        .service_name("e")
        .task_definition("ec2")
        .desired_count(0)
        .launch_type(LaunchType::Ec2)
        .send()
        .await
        .unwrap();
    let first = em
        .client
        .list_services()
        .cluster(CLUSTER)
        .send()
        .await
        .unwrap();
    assert_eq!(first.service_arns().len(), 10, "a page is 10 by default");
    let rest = em
        .client
        .list_services()
        .cluster(CLUSTER)
        .next_token(first.next_token().unwrap())
        .send()
        .await
        .unwrap();
    assert_eq!(rest.service_arns().len(), 3);
    assert!(rest.next_token().is_none());
    let ec2 = em
        .client
        .list_services()
        .cluster(CLUSTER)
        .launch_type(LaunchType::Ec2)
        .send()
        .await
        .unwrap();
    assert_eq!(ec2.service_arns().len(), 1);
    let daemons = em
        .client
        .list_services()
        .cluster(CLUSTER)
        .scheduling_strategy(SchedulingStrategy::Daemon)
        .send()
        .await
        .unwrap();
    assert!(daemons.service_arns().is_empty());
    let too_many = em
        .client
        .list_services()
        .cluster(CLUSTER)
        .max_results(101)
        .send()
        .await;
    assert_eq!(code(too_many), "InvalidParameterException");
    let counts = em
        .client
        .describe_clusters()
        .clusters(CLUSTER)
        .send()
        .await
        .unwrap();
    assert_eq!(counts.clusters()[0].active_services_count(), 13);
    let unknown_namespace = em
        .client
        .list_services_by_namespace()
        .namespace("nowhere")
        .send()
        .await;
    assert_eq!(code(unknown_namespace), "NamespaceNotFoundException");
}

#[tokio::test(start_paused = true)]
async fn tags_are_kept_and_propagated_to_tasks() {
    let em = start().await;
    em.register_fargate("api", &["sleep", "1000"]).await;
    em.client
        .create_service()
        .cluster(CLUSTER)
        .service_name("api")
        .task_definition("api")
        .desired_count(1)
        .launch_type(LaunchType::Fargate)
        .network_configuration(network())
        .tags(Tag::builder().key("team").value("blue").build())
        .propagate_tags(aws_sdk_ecs::types::PropagateTags::Service)
        .enable_ecs_managed_tags(true)
        .send()
        .await
        .unwrap();
    let described = em
        .client
        .describe_services()
        .cluster(CLUSTER)
        .services("api")
        .include(aws_sdk_ecs::types::ServiceField::Tags)
        .send()
        .await
        .unwrap();
    let service = &described.services()[0];
    assert_eq!(service.tags()[0].key(), Some("team"));
    let plain = describe(&em, "api").await;
    assert!(plain.tags().is_empty(), "tags only with include=TAGS");
    let arn = service.service_arn().unwrap();
    let tags = em
        .client
        .list_tags_for_resource()
        .resource_arn(arn)
        .send()
        .await
        .unwrap();
    assert_eq!(tags.tags().len(), 1);
    wait_until(&em, "api", |s| s.running_count() == 1).await;
    let task = &live_tasks(&em, "api").await[0];
    let task_tags = em
        .client
        .list_tags_for_resource()
        .resource_arn(task.task_arn().unwrap())
        .send()
        .await
        .unwrap();
    let keys: Vec<&str> = task_tags.tags().iter().filter_map(Tag::key).collect();
    assert!(keys.contains(&"team"), "{keys:?}");
    assert!(keys.contains(&"aws:ecs:serviceName"), "{keys:?}");
    assert!(keys.contains(&"aws:ecs:clusterName"), "{keys:?}");
}

pub(crate) async fn service_deployments(
    em: &Emulator,
    name: &str,
) -> Vec<aws_sdk_ecs::types::ServiceDeployment> {
    let arns: Vec<String> = em
        .client
        .list_service_deployments()
        .cluster(CLUSTER)
        .service(name)
        .send()
        .await
        .unwrap()
        .service_deployments()
        .iter()
        .filter_map(|d| d.service_deployment_arn().map(str::to_owned))
        .collect();
    em.client
        .describe_service_deployments()
        .set_service_deployment_arns(Some(arns))
        .send()
        .await
        .unwrap()
        .service_deployments
        .unwrap_or_default()
}

#[tokio::test(start_paused = true)]
async fn service_deployments_and_revisions_record_each_rollout() {
    let em = start().await;
    let v1 = em.register_fargate("api", &["sleep", "1000"]).await;
    create(&em, "api", "api", 1, None).await;
    wait_completed(&em, "api").await;
    let first = service_deployments(&em, "api").await;
    assert_eq!(first.len(), 1);
    assert_eq!(
        first[0].status(),
        Some(&ServiceDeploymentStatus::Successful)
    );
    assert!(first[0].source_service_revisions().is_empty());
    assert!(first[0].finished_at().is_some());
    let v2 = em.register_fargate("api", &["sleep", "2000"]).await;
    deploy_latest(&em).await;
    let ongoing = service_deployments(&em, "api").await;
    assert_eq!(ongoing.len(), 2);
    assert_eq!(
        ongoing[0].status(),
        Some(&ServiceDeploymentStatus::InProgress)
    );
    let source = ongoing[0].source_service_revisions()[0].arn().unwrap();
    let target = ongoing[0].target_service_revision().unwrap().arn().unwrap();
    let revisions = em
        .client
        .describe_service_revisions()
        .service_revision_arns(source)
        .service_revision_arns(target)
        .send()
        .await
        .unwrap();
    let definitions: Vec<&str> = revisions
        .service_revisions()
        .iter()
        .filter_map(|r| r.task_definition())
        .collect();
    assert_eq!(definitions, vec![v1.as_str(), v2.as_str()]);
    wait_completed(&em, "api").await;
    let done = service_deployments(&em, "api").await;
    assert_eq!(done[0].status(), Some(&ServiceDeploymentStatus::Successful));
    let stop = em
        .client
        .stop_service_deployment()
        .service_deployment_arn(done[0].service_deployment_arn().unwrap())
        .stop_type(StopServiceDeploymentStopType::Rollback)
        .send()
        .await;
    assert_eq!(code(stop), "ConflictException");
    let unknown = em
        .client
        .describe_service_deployments()
        .service_deployment_arns(
            "arn:aws:ecs:us-east-1:000000000000:service-deployment/web/api/nope",
        )
        .send()
        .await
        .unwrap();
    assert_eq!(unknown.failures()[0].reason(), Some("MISSING"));
}

#[tokio::test(start_paused = true)]
async fn stopping_a_deployment_with_rollback_returns_to_the_previous_revision() {
    let em = start().await;
    let v1 = em.register_fargate("api", &["sleep", "1000"]).await;
    create(&em, "api", "api", 2, None).await;
    wait_completed(&em, "api").await;
    em.register_fargate("api", &["sleep", "2000"]).await;
    deploy_latest(&em).await;
    let arn = service_deployments(&em, "api").await[0]
        .service_deployment_arn()
        .unwrap()
        .to_owned();
    em.client
        .stop_service_deployment()
        .service_deployment_arn(&arn)
        .stop_type(StopServiceDeploymentStopType::Rollback)
        .send()
        .await
        .unwrap();
    let service = wait_completed(&em, "api").await;
    assert_eq!(service.task_definition(), Some(v1.as_str()));
    let live = live_tasks(&em, "api").await;
    assert_eq!(live.len(), 2);
    assert!(live.iter().all(|t| definition_of(t) == v1));
    let stopped = &service_deployments(&em, "api").await[0];
    assert_eq!(
        stopped.status(),
        Some(&ServiceDeploymentStatus::RollbackSuccessful)
    );
    assert!(stopped.rollback().is_some());
}

#[tokio::test(start_paused = true)]
async fn a_pause_hook_holds_a_blue_green_deployment_until_continued() {
    let em = start().await;
    let v1 = em.register_fargate("api", &["sleep", "1000"]).await;
    let pause = DeploymentLifecycleHook::builder()
        .target_type(DeploymentLifecycleHookTargetType::Pause)
        .lifecycle_stages(DeploymentLifecycleHookStage::PostScaleUp)
        .build();
    let blue_green = DeploymentConfiguration::builder()
        .strategy(DeploymentStrategy::BlueGreen)
        .bake_time_in_minutes(0)
        .lifecycle_hooks(pause)
        .build();
    create(&em, "api", "api", 2, Some(blue_green)).await;
    let first = paused_deployment(&em).await;
    assert_eq!(
        first
            .lifecycle_stage()
            .map(aws_sdk_ecs::types::ServiceDeploymentLifecycleStage::as_str),
        Some("POST_SCALE_UP")
    );
    continue_at(&em, &first).await;
    wait_completed(&em, "api").await;
    let v2 = em.register_fargate("api", &["sleep", "2000"]).await;
    deploy_latest(&em).await;
    let second = paused_deployment(&em).await;
    assert_eq!(second.status(), Some(&ServiceDeploymentStatus::InProgress));
    let live = live_tasks(&em, "api").await;
    let (green, blue): (Vec<&Task>, Vec<&Task>) = live.iter().partition(|t| definition_of(t) == v2);
    assert_eq!(green.len(), 2, "the new revision is up in full");
    assert_eq!(blue.len(), 2, "beside the old one, held at the hook");
    assert!(blue.iter().all(|t| definition_of(t) == v1));
    continue_at(&em, &second).await;
    wait_completed(&em, "api").await;
    let live = live_tasks(&em, "api").await;
    assert_eq!(live.len(), 2);
    assert!(live.iter().all(|t| definition_of(t) == v2));
    assert_eq!(
        service_deployments(&em, "api").await[0].status(),
        Some(&ServiceDeploymentStatus::Successful)
    );
}

/// The newest service deployment of `api`, once it waits at a PAUSE hook.
async fn paused_deployment(em: &Emulator) -> aws_sdk_ecs::types::ServiceDeployment {
    let deadline = tokio::time::Instant::now() + Duration::from_secs(600);
    loop {
        let deployments = service_deployments(em, "api").await;
        let newest = &deployments[0];
        if newest.lifecycle_hook_details().iter().any(|h| {
            h.status()
                .map(aws_sdk_ecs::types::DeploymentLifecycleHookStatus::as_str)
                == Some("AWAITING_ACTION")
        }) {
            return newest.clone();
        }
        assert!(
            tokio::time::Instant::now() < deadline,
            "never paused: {newest:#?}"
        );
        tokio::time::sleep(Duration::from_millis(250)).await;
    }
}

async fn continue_at(em: &Emulator, deployment: &aws_sdk_ecs::types::ServiceDeployment) {
    let hook = deployment
        .lifecycle_hook_details()
        .iter()
        .find(|h| {
            h.status()
                .map(aws_sdk_ecs::types::DeploymentLifecycleHookStatus::as_str)
                == Some("AWAITING_ACTION")
        })
        .and_then(|h| h.hook_id())
        .unwrap();
    em.client
        .continue_service_deployment()
        .service_deployment_arn(deployment.service_deployment_arn().unwrap())
        .hook_id(hook)
        .send()
        .await
        .unwrap();
}

#[tokio::test(start_paused = true)]
async fn draining_an_instance_moves_service_tasks_but_not_standalone_ones() {
    let em = start().await;
    em.register("ec2", &["sleep", "1000"]).await;
    let first = em
        .register_instance(CLUSTER)
        .await
        .container_instance_arn
        .unwrap();
    let standalone = em
        .client
        .run_task()
        .cluster(CLUSTER)
        .task_definition("ec2")
        .send()
        .await
        .unwrap()
        .tasks()[0]
        .task_arn()
        .unwrap()
        .to_owned();
    em.client
        .create_service()
        .cluster(CLUSTER)
        .service_name("api")
        .task_definition("ec2")
        .desired_count(2)
        .launch_type(LaunchType::Ec2)
        .send()
        .await
        .unwrap();
    wait_completed(&em, "api").await;
    let second = em
        .register_instance(CLUSTER)
        .await
        .container_instance_arn
        .unwrap();
    let drained = em
        .client
        .update_container_instances_state()
        .cluster(CLUSTER)
        .container_instances(&first)
        .container_instances("0123456789abcdef0123456789abcdef")
        .status(aws_sdk_ecs::types::ContainerInstanceStatus::Draining)
        .send()
        .await
        .unwrap();
    assert_eq!(drained.container_instances()[0].status(), Some("DRAINING"));
    assert_eq!(drained.failures()[0].reason(), Some("MISSING"));
    let floor_kept = |tasks: &[Task]| {
        tasks
            .iter()
            .filter(|t| t.last_status() == Some("RUNNING"))
            .count()
            >= 2
    };
    let deadline = tokio::time::Instant::now() + Duration::from_secs(600);
    loop {
        let tasks = live_tasks(&em, "api").await;
        assert!(
            floor_kept(&tasks),
            "below minimumHealthyPercent: {tasks:#?}"
        );
        if tasks.len() == 2
            && tasks
                .iter()
                .all(|t| t.container_instance_arn() == Some(second.as_str()))
        {
            break;
        }
        assert!(tokio::time::Instant::now() < deadline, "{tasks:#?}");
        tokio::time::sleep(Duration::from_millis(250)).await;
    }
    let service = wait_stable(&em, "api").await;
    assert_eq!(service.deployments().len(), 1);
    assert_eq!(
        em.describe(CLUSTER, &standalone).await.desired_status(),
        Some("RUNNING"),
        "draining leaves tasks outside services alone"
    );
    let bad = em
        .client
        .update_container_instances_state()
        .cluster(CLUSTER)
        .container_instances(&first)
        .status(aws_sdk_ecs::types::ContainerInstanceStatus::Registering)
        .send()
        .await;
    assert_eq!(code(bad), "InvalidParameterException");
    em.client
        .update_container_instances_state()
        .cluster(CLUSTER)
        .container_instances(&first)
        .status(aws_sdk_ecs::types::ContainerInstanceStatus::Active)
        .send()
        .await
        .unwrap();
}
