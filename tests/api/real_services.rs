//! Services on every real runtime: scaling, replacing a task killed behind the emulator's back,
//! rolling deployments within their bounds, the circuit breaker and force-delete. Tasks count
//! as healthy two seconds after RUNNING here (ECS waits 40), so rollouts finish quickly.

use std::time::Duration;

use aws_sdk_ecs::types::{DeploymentRolloutState, TaskStopCode};

use futures::FutureExt;

use crate::harness::{raw, Emulator};
use crate::real_runtimes::{emulator_with, Backend};
use ecsemu::control::scheduler::MIN_WARMUP;

use crate::services::{
    assert_floor_kept, crash_loop_rolls_back, deploy_latest, hold_bounds_until, Rollout, SERVE_V2,
};
use crate::services::{
    breaker, create, definition_of, force_delete, has_event, live_tasks, register_unpullable,
    roll_on, stopped_tasks, update, wait_completed, wait_stable, wait_until, UpdateAt, CLUSTER,
    SERVE,
};

/// How long these scenarios' tasks run before they count as healthy (ECS: 40 s).
const WARMUP: Duration = Duration::from_secs(2);

async fn emulator(backend: Backend) -> Option<Emulator> {
    let mut settings = ecsemu::Settings::default();
    settings.plane.service_warmup = WARMUP;
    on(emulator_with(backend, settings).await).await
}

/// An emulator on default settings, as users run it: ECS's 40 s warm-up.
async fn default_emulator(backend: Backend) -> Option<Emulator> {
    on(emulator_with(backend, ecsemu::Settings::default()).await).await
}

async fn on(em: Option<Emulator>) -> Option<Emulator> {
    let em = em?;
    em.cluster(CLUSTER).await;
    Some(em)
}

fn rollout(desired: i32, minimum: i32, maximum: i32, at: UpdateAt) -> Rollout {
    Rollout {
        desired,
        minimum,
        maximum,
        at,
        warmup: WARMUP.max(MIN_WARMUP),
    }
}

/// Runs a scenario, then stops every task and removes its containers, also when the scenario
/// fails: services would otherwise keep their containers running on the shared runtime.
async fn cleanly(em: &Emulator, scenario: impl std::future::Future<Output = ()>) {
    let outcome = std::panic::AssertUnwindSafe(scenario).catch_unwind().await;
    let reset = raw(&em.endpoint, "POST", "/_ecsemu/reset", &[], "").await;
    assert_eq!(reset.status, 200, "reset failed: {}", reset.body);
    if let Err(panic) = outcome {
        std::panic::resume_unwind(panic);
    }
}

async fn scale(em: &Emulator, desired: i32) {
    update(em, "api")
        .desired_count(desired)
        .send()
        .await
        .unwrap();
}

async fn scale_up_and_down(em: &Emulator) {
    em.register_fargate("api", &SERVE).await;
    create(em, "api", "api", 1, None).await;
    wait_stable(em, "api").await;
    scale(em, 3).await;
    let service = wait_stable(em, "api").await;
    assert_eq!(service.running_count(), 3);
    let live = live_tasks(em, "api").await;
    assert_eq!(live.len(), 3);
    assert!(live.iter().all(|t| t.last_status() == Some("RUNNING")));
    scale(em, 1).await;
    wait_stable(em, "api").await;
    wait_until(em, "api", |s| has_event(s, "has stopped 2 running tasks")).await;
    let stopped = stopped_tasks(em, "api").await;
    assert_eq!(stopped.len(), 2);
    for task in stopped {
        assert_eq!(
            task.stop_code(),
            Some(&TaskStopCode::ServiceSchedulerInitiated)
        );
    }
    assert_eq!(live_tasks(em, "api").await.len(), 1);
}

async fn a_killed_task_is_replaced(em: &Emulator, backend: Backend) {
    em.register_fargate("api", &SERVE).await;
    create(em, "api", "api", 2, None).await;
    wait_stable(em, "api").await;
    let victim = live_tasks(em, "api").await.remove(0);
    let victim_arn = victim.task_arn().unwrap().to_owned();
    let container = victim.containers()[0].runtime_id().unwrap().to_owned();
    backend.kill(&container).await;
    let stopped = em.wait_for_status(CLUSTER, &victim_arn, "STOPPED").await;
    assert_eq!(stopped.containers()[0].exit_code(), Some(137));
    assert_eq!(
        stopped.stop_code(),
        Some(&TaskStopCode::EssentialContainerExited)
    );
    wait_until(em, "api", |s| {
        s.running_count() == 2 && has_event(s, "has started 1 tasks")
    })
    .await;
    let live = live_tasks(em, "api").await;
    assert_eq!(live.len(), 2);
    assert!(live
        .iter()
        .all(|t| t.task_arn() != Some(victim_arn.as_str())));
}

async fn rolling_100_200(em: &Emulator) {
    roll_on(em, rollout(2, 100, 200, UpdateAt::Completed)).await;
}

async fn rolling_50_100(em: &Emulator) {
    roll_on(em, rollout(2, 50, 100, UpdateAt::Completed)).await;
}

async fn the_circuit_breaker_rolls_back(em: &Emulator) {
    let v1 = em.register_fargate("api", &SERVE).await;
    create(em, "api", "api", 1, Some(breaker(true))).await;
    let before = wait_completed(em, "api").await;
    let good = before.deployments()[0].id().unwrap().to_owned();
    register_unpullable(em, "api").await;
    deploy_latest(em).await;
    let rolled_back = format!("(service api) rolling back to deployment {good}.");
    wait_until(em, "api", |s| has_event(s, &rolled_back)).await;
    let service = wait_completed(em, "api").await;
    assert_eq!(service.task_definition(), Some(v1.as_str()));
    assert_eq!(
        service.deployments()[0].rollout_state(),
        Some(&DeploymentRolloutState::Completed)
    );
    let live = live_tasks(em, "api").await;
    assert_eq!(live.len(), 1);
    assert_eq!(definition_of(&live[0]), v1);
    let failed = stopped_tasks(em, "api").await;
    assert!(failed.len() >= 3, "{failed:#?}");
    assert!(failed
        .iter()
        .all(|t| t.stop_code() == Some(&TaskStopCode::TaskFailedToStart)));
}

/// On default flags, updates issued the moment `services-stable` returns: a crash-looping
/// revision is rolled back by the circuit breaker and a good one rolls out, and in both the
/// service keeps its two tasks RUNNING throughout, although the first ones are young.
async fn early_updates_on_default_flags(em: &Emulator) {
    crash_loop_rolls_back(em).await;
    let v3 = em.register_fargate("api", &SERVE_V2).await;
    let updated = deploy_latest(em).await;
    let since = updated.deployments()[0].created_at().unwrap().as_secs_f64();
    let defaults = Rollout {
        desired: 2,
        minimum: 100,
        maximum: 200,
        at: UpdateAt::Stable,
        warmup: Duration::from_secs(40),
    };
    hold_bounds_until(em, &defaults, |tasks, _| {
        tasks.len() == 2
            && tasks
                .iter()
                .all(|t| definition_of(t) == v3 && t.last_status() == Some("RUNNING"))
    })
    .await;
    let service = wait_completed(em, "api").await;
    assert_eq!(service.task_definition(), Some(v3.as_str()));
    let everything: Vec<_> = live_tasks(em, "api")
        .await
        .into_iter()
        .chain(stopped_tasks(em, "api").await)
        .collect();
    assert_floor_kept(&everything, &v3, since, &defaults);
}

async fn force_delete_stops_every_task(em: &Emulator) {
    em.register_fargate("api", &SERVE).await;
    create(em, "api", "api", 2, None).await;
    wait_stable(em, "api").await;
    let deleted = force_delete(em, "api").await;
    assert_eq!(deleted.status(), Some("DRAINING"));
    let gone = wait_until(em, "api", |s| s.status() == Some("INACTIVE")).await;
    assert_eq!(gone.running_count(), 0);
    assert!(live_tasks(em, "api").await.is_empty());
    let stopped = stopped_tasks(em, "api").await;
    assert_eq!(stopped.len(), 2);
    for task in stopped {
        let task = em
            .wait_for_status(CLUSTER, task.task_arn().unwrap(), "STOPPED")
            .await;
        assert_eq!(
            task.containers()[0].exit_code(),
            Some(0),
            "SIGTERM, then exit"
        );
    }
}

/// Two registered instances: a service spread across them, then one drained: its task moves to
/// the other, really running there.
async fn ec2_placement_and_draining(em: &Emulator) {
    em.register("ec2", &SERVE).await;
    let first = em
        .register_instance(CLUSTER)
        .await
        .container_instance_arn
        .unwrap();
    let second = em
        .register_instance(CLUSTER)
        .await
        .container_instance_arn
        .unwrap();
    em.client
        .create_service()
        .cluster(CLUSTER)
        .service_name("api")
        .task_definition("ec2")
        .desired_count(2)
        .launch_type(aws_sdk_ecs::types::LaunchType::Ec2)
        .placement_strategy(
            aws_sdk_ecs::types::PlacementStrategy::builder()
                .r#type(aws_sdk_ecs::types::PlacementStrategyType::Spread)
                .field("instanceId")
                .build(),
        )
        .send()
        .await
        .unwrap();
    wait_completed(em, "api").await;
    let placed: std::collections::BTreeSet<String> = live_tasks(em, "api")
        .await
        .iter()
        .map(|t| t.container_instance_arn().unwrap().to_owned())
        .collect();
    assert_eq!(placed.len(), 2, "one task on each instance");
    em.client
        .update_container_instances_state()
        .cluster(CLUSTER)
        .container_instances(&first)
        .status(aws_sdk_ecs::types::ContainerInstanceStatus::Draining)
        .send()
        .await
        .unwrap();
    wait_until(em, "api", |s| {
        s.running_count() == 2 && s.deployments().len() == 1
    })
    .await;
    let deadline = tokio::time::Instant::now() + Duration::from_secs(90);
    loop {
        let tasks = live_tasks(em, "api").await;
        let moved = tasks.len() == 2
            && tasks.iter().all(|t| {
                t.container_instance_arn() == Some(second.as_str())
                    && t.last_status() == Some("RUNNING")
            });
        if moved {
            break;
        }
        assert!(tokio::time::Instant::now() < deadline, "{tasks:#?}");
        tokio::time::sleep(Duration::from_millis(200)).await;
    }
}

/// A daemon runs a real task on each instance, follows an instance leaving, rolls to a new
/// revision and stops everything when deleted.
async fn daemon_follows_instances(em: &Emulator) {
    use crate::daemons::{
        create, describe, eventually, managed_provider, register_definition, running, PROVIDER,
    };
    let provider = managed_provider(em, PROVIDER).await;
    let first = em
        .register_instance(CLUSTER)
        .await
        .container_instance_arn
        .unwrap();
    em.register_instance(CLUSTER).await;
    let v1 = register_definition(em, "agent", crate::harness::BUSYBOX, &SERVE).await;
    let daemon = create(em, "agent", &v1, &provider).await;
    eventually("a running task on each instance", || async {
        running(em, "agent").await.len() == 2
    })
    .await;
    em.client
        .deregister_container_instance()
        .cluster(CLUSTER)
        .container_instance(&first)
        .force(true)
        .send()
        .await
        .unwrap();
    eventually("the deregistered instance's task stops", || async {
        let placed = running(em, "agent").await;
        placed.len() == 1 && placed[0].0 != first
    })
    .await;
    let v2 = register_definition(
        em,
        "agent",
        crate::harness::BUSYBOX,
        &crate::services::SERVE_V2,
    )
    .await;
    em.client
        .update_daemon()
        .daemon_arn(&daemon)
        .daemon_task_definition_arn(&v2)
        .capacity_provider_arns(&provider)
        .send()
        .await
        .unwrap();
    eventually("the instance runs the new revision", || async {
        running(em, "agent")
            .await
            .iter()
            .map(|(_, d)| d.as_str())
            .eq([v2.as_str()])
    })
    .await;
    assert_eq!(describe(em, &daemon).await.current_revisions().len(), 1);
    em.client
        .delete_daemon()
        .daemon_arn(&daemon)
        .send()
        .await
        .unwrap();
    eventually("the daemon and its tasks are gone", || async {
        em.client
            .describe_daemon()
            .daemon_arn(&daemon)
            .send()
            .await
            .is_err()
    })
    .await;
    assert!(running(em, "agent").await.is_empty());
}

/// A blue/green cut-over between two task sets of an EXTERNAL service, with real containers.
async fn task_set_cut_over(em: &Emulator) {
    use crate::task_sets::{create_task_set, external_service, percent, wait_task_sets_steady};
    let v1 = em.register_fargate("api", &SERVE).await;
    external_service(em, 2).await;
    let blue = create_task_set(em, &v1, "blue").await;
    wait_task_sets_steady(em).await;
    let v2 = em.register_fargate("api", &crate::services::SERVE_V2).await;
    let green = create_task_set(em, &v2, "green").await;
    wait_task_sets_steady(em).await;
    em.client
        .update_service_primary_task_set()
        .cluster(CLUSTER)
        .service("api")
        .primary_task_set(green.id().unwrap())
        .send()
        .await
        .unwrap();
    em.client
        .update_task_set()
        .cluster(CLUSTER)
        .service("api")
        .task_set(blue.id().unwrap())
        .scale(percent(0.0))
        .send()
        .await
        .unwrap();
    em.client
        .delete_task_set()
        .cluster(CLUSTER)
        .service("api")
        .task_set(blue.id().unwrap())
        .send()
        .await
        .unwrap();
    let service = wait_until(em, "api", |s| {
        s.task_sets().len() == 1 && s.running_count() == 2
    })
    .await;
    assert_eq!(service.task_definition(), Some(v2.as_str()));
    let live = live_tasks(em, "api").await;
    assert_eq!(live.len(), 2);
    assert!(live.iter().all(
        |t| t.task_definition_arn() == Some(v2.as_str()) && t.last_status() == Some("RUNNING")
    ));
}

macro_rules! scenarios {
    ($($module:ident => $backend:expr),* $(,)?) => {
        $(
            mod $module {
                use super::*;

                #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
                async fn scale_up_and_down() {
                    if let Some(em) = emulator($backend).await { cleanly(&em, super::scale_up_and_down(&em)).await }
                }
                #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
                async fn a_killed_task_is_replaced() {
                    if let Some(em) = emulator($backend).await {
                        cleanly(&em, super::a_killed_task_is_replaced(&em, $backend)).await
                    }
                }
                #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
                async fn rolling_100_200() {
                    if let Some(em) = emulator($backend).await { cleanly(&em, super::rolling_100_200(&em)).await }
                }
                #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
                async fn rolling_50_100() {
                    if let Some(em) = emulator($backend).await { cleanly(&em, super::rolling_50_100(&em)).await }
                }
                #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
                async fn the_circuit_breaker_rolls_back() {
                    if let Some(em) = emulator($backend).await { cleanly(&em, super::the_circuit_breaker_rolls_back(&em)).await }
                }
                #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
                async fn ec2_placement_and_draining() {
                    if let Some(em) = emulator($backend).await { cleanly(&em, super::ec2_placement_and_draining(&em)).await }
                }
                #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
                async fn daemon_follows_instances() {
                    if let Some(em) = emulator($backend).await { cleanly(&em, super::daemon_follows_instances(&em)).await }
                }
                #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
                async fn task_set_cut_over() {
                    if let Some(em) = emulator($backend).await { cleanly(&em, super::task_set_cut_over(&em)).await }
                }
                #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
                async fn early_updates_on_default_flags() {
                    if let Some(em) = default_emulator($backend).await {
                        cleanly(&em, super::early_updates_on_default_flags(&em)).await
                    }
                }
                #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
                async fn force_delete_stops_every_task() {
                    if let Some(em) = emulator($backend).await { cleanly(&em, super::force_delete_stops_every_task(&em)).await }
                }
            }
        )*
    };
}

scenarios! {
    docker => Backend::Docker,
    podman => Backend::Podman,
    podman_rootless => Backend::PodmanRootless,
    cli_docker => Backend::CliDocker,
    cli_podman => Backend::CliPodman,
}
