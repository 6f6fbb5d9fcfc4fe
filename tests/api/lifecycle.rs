//! Task lifecycle driven by runtime events, asserted against the recording fake runtime.

use aws_sdk_ecs::types::{
    ContainerCondition, ContainerDefinition, ContainerDependency, HealthCheck, HealthStatus,
    LaunchType, NetworkMode, TaskStopCode,
};
use ecsemu_runtime::fake::CallKind;
use ecsemu_runtime::{HealthState, RuntimeError};

use crate::harness::{container, container_with, network, start, start_without_runtime, Emulator};

/// Registers a Fargate definition with the given containers and runs one task of it.
async fn run(em: &Emulator, containers: Vec<ContainerDefinition>) -> String {
    em.cluster("web").await;
    em.client
        .register_task_definition()
        .family("job")
        .network_mode(NetworkMode::Awsvpc)
        .requires_compatibilities(aws_sdk_ecs::types::Compatibility::Fargate)
        .cpu("256")
        .memory("512")
        .set_container_definitions(Some(containers))
        .send()
        .await
        .unwrap();
    em.run_fargate("web", "job").await
}

fn sidecar(name: &str, command: &[&str]) -> ContainerDefinition {
    container_with(name, command).essential(false).build()
}

fn depends(on: &str, condition: ContainerCondition) -> ContainerDependency {
    ContainerDependency::builder()
        .container_name(on)
        .condition(condition)
        .build()
        .unwrap()
}

fn health_check() -> HealthCheck {
    HealthCheck::builder()
        .command("CMD-SHELL")
        .command("true")
        .build()
        .unwrap()
}

#[tokio::test]
async fn an_essential_exit_stops_the_task_with_its_exit_code() {
    let em = start().await;
    let arn = run(&em, vec![container("app", &["sh", "-c", "exit 3"])]).await;
    let task = em.wait_for_status("web", &arn, "STOPPED").await;
    assert_eq!(
        task.stop_code(),
        Some(&TaskStopCode::EssentialContainerExited)
    );
    assert_eq!(
        task.stopped_reason(),
        Some("Essential container in task exited")
    );
    assert_eq!(task.containers()[0].exit_code(), Some(3));
    assert_eq!(task.desired_status(), Some("STOPPED"));
    let at = |t: Option<&aws_smithy_types::DateTime>| t.unwrap().as_secs_f64();
    assert!(at(task.started_at()) <= at(task.stopping_at()));
    assert!(at(task.stopping_at()) <= at(task.execution_stopped_at()));
    assert!(at(task.execution_stopped_at()) <= at(task.stopped_at()));
    assert!(
        task.version() >= 5,
        "every change bumps the version: {}",
        task.version()
    );
}

#[tokio::test]
async fn a_task_that_exits_zero_reports_zero() {
    let em = start().await;
    let arn = run(&em, vec![container("app", &["sh", "-c", "exit 0"])]).await;
    let task = em.wait_for_status("web", &arn, "STOPPED").await;
    assert_eq!(task.containers()[0].exit_code(), Some(0));
    assert_eq!(
        task.stop_code(),
        Some(&TaskStopCode::EssentialContainerExited)
    );
}

#[tokio::test]
async fn a_non_essential_exit_leaves_the_task_running() {
    let em = start().await;
    let arn = run(
        &em,
        vec![
            container("app", &["sleep", "600"]),
            sidecar("once", &["sh", "-c", "exit 1"]),
        ],
    )
    .await;
    let task = em
        .wait_for("web", &arn, |t| {
            t.containers()
                .iter()
                .any(|c| c.name() == Some("once") && c.exit_code() == Some(1))
        })
        .await;
    assert_eq!(task.last_status(), Some("RUNNING"));
    assert_eq!(task.desired_status(), Some("RUNNING"));
}

#[tokio::test]
async fn depends_on_success_waits_for_the_init_container() {
    let em = start().await;
    let app = container_with("app", &["sleep", "600"])
        .depends_on(depends("init", ContainerCondition::Success))
        .build();
    let arn = run(&em, vec![app, sidecar("init", &["sh", "-c", "exit 0"])]).await;
    em.wait_for_status("web", &arn, "RUNNING").await;
    let init = em.container_id(&arn, "init").await;
    let app = em.container_id(&arn, "app").await;
    let starts = em.fake.calls_of(CallKind::Start);
    let position = |id: &str| starts.iter().position(|s| s == id).unwrap();
    assert!(
        position(&init) < position(&app),
        "init starts before app: {starts:?}"
    );
}

#[tokio::test]
async fn a_failed_success_dependency_fails_the_task_to_start() {
    let em = start().await;
    let app = container_with("app", &["sleep", "600"])
        .depends_on(depends("init", ContainerCondition::Success))
        .build();
    let arn = run(&em, vec![app, sidecar("init", &["sh", "-c", "exit 2"])]).await;
    let task = em.wait_for_status("web", &arn, "STOPPED").await;
    assert_eq!(task.stop_code(), Some(&TaskStopCode::TaskFailedToStart));
    assert!(task.stopped_reason().unwrap().contains("init"), "{task:?}");
    let app = task
        .containers()
        .iter()
        .find(|c| c.name() == Some("app"))
        .unwrap();
    assert!(app.exit_code().is_none(), "the app never started");
    assert!(em.fake.find(&arn, "app").is_none());
}

#[tokio::test]
async fn health_checks_set_container_and_task_health() {
    let em = start().await;
    let app = container_with("app", &["sleep", "600"])
        .health_check(health_check())
        .build();
    let arn = run(&em, vec![app]).await;
    em.wait_for_status("web", &arn, "RUNNING").await;
    let id = em.container_id(&arn, "app").await;
    em.fake.set_health(&id, HealthState::Healthy);
    let task = em
        .wait_for("web", &arn, |t| {
            t.health_status() == Some(&HealthStatus::Healthy)
        })
        .await;
    assert_eq!(
        task.containers()[0].health_status(),
        Some(&HealthStatus::Healthy)
    );
    em.fake.set_health(&id, HealthState::Unhealthy);
    let task = em
        .wait_for("web", &arn, |t| {
            t.health_status() == Some(&HealthStatus::Unhealthy)
        })
        .await;
    assert_eq!(
        task.last_status(),
        Some("RUNNING"),
        "standalone tasks keep running"
    );
}

#[tokio::test]
async fn depends_on_healthy_waits_for_the_health_check() {
    let em = start().await;
    let db = container_with("db", &["sleep", "600"])
        .health_check(health_check())
        .build();
    let app = container_with("app", &["sleep", "600"])
        .depends_on(depends("db", ContainerCondition::Healthy))
        .build();
    let arn = run(&em, vec![db, app]).await;
    let db = em.container_id(&arn, "db").await;
    tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    assert!(
        em.fake.find(&arn, "app").is_none(),
        "app waits for db to be healthy"
    );
    assert_eq!(
        em.describe("web", &arn).await.last_status(),
        Some("PENDING")
    );
    em.fake.set_health(&db, HealthState::Healthy);
    em.wait_for_status("web", &arn, "RUNNING").await;
    assert!(em.fake.find(&arn, "app").is_some());
}

#[tokio::test]
async fn a_missing_image_is_cannot_pull_container_error() {
    let em = start().await;
    let app = ContainerDefinition::builder()
        .name("app")
        .image("example.com/nope:1")
        .memory(64)
        .build();
    let arn = run(&em, vec![app]).await;
    let task = em.wait_for_status("web", &arn, "STOPPED").await;
    assert_eq!(task.stop_code(), Some(&TaskStopCode::TaskFailedToStart));
    let reason = task.containers()[0].reason().unwrap();
    assert!(reason.starts_with("CannotPullContainerError: "), "{reason}");
    assert_eq!(task.stopped_reason(), Some(reason));
    assert!(task.pull_started_at().is_some());
    assert!(
        em.fake.calls_of(CallKind::Start).is_empty(),
        "nothing started"
    );
    assert!(em.fake.live_containers().is_empty(), "nothing is left");
}

#[tokio::test]
async fn stop_during_pull_launches_nothing() {
    let em = start().await;
    em.fake.add_remote_image("registry.example/app:1");
    em.fake.hold(CallKind::Pull);
    let app = container_with("app", &["sleep", "600"])
        .image("registry.example/app:1")
        .build();
    let arn = run(&em, vec![app]).await;
    for _ in 0..500 {
        if !em.fake.calls_of(CallKind::Pull).is_empty() {
            break;
        }
        tokio::time::sleep(std::time::Duration::from_millis(5)).await;
    }
    em.client
        .stop_task()
        .cluster("web")
        .task(&arn)
        .send()
        .await
        .unwrap();
    let task = em.wait_for_status("web", &arn, "STOPPED").await;
    em.fake.release(CallKind::Pull);
    assert_eq!(task.stop_code(), Some(&TaskStopCode::UserInitiated));
    assert!(em.fake.calls_of(CallKind::Start).is_empty());
    assert!(em.fake.live_containers().is_empty());
    assert!(task.started_at().is_none());
}

#[tokio::test]
async fn a_container_killed_from_outside_stops_the_task() {
    let em = start().await;
    let arn = run(&em, vec![container("app", &["sleep", "600"])]).await;
    em.wait_for_status("web", &arn, "RUNNING").await;
    let id = em.container_id(&arn, "app").await;
    em.fake.exit(&id, 137);
    let task = em.wait_for_status("web", &arn, "STOPPED").await;
    assert_eq!(task.containers()[0].exit_code(), Some(137));
    assert_eq!(
        task.stop_code(),
        Some(&TaskStopCode::EssentialContainerExited)
    );
}

#[tokio::test]
async fn an_oom_kill_is_reported_as_such() {
    let em = start().await;
    let arn = run(&em, vec![container("app", &["sleep", "600"])]).await;
    em.wait_for_status("web", &arn, "RUNNING").await;
    let id = em.container_id(&arn, "app").await;
    em.fake.oom_kill(&id);
    let task = em.wait_for_status("web", &arn, "STOPPED").await;
    assert_eq!(
        task.containers()[0].reason(),
        Some("OutOfMemoryError: Container killed due to memory usage")
    );
}

#[tokio::test]
async fn stop_timeout_ends_in_sigkill() {
    let em = start().await;
    let app = container_with("app", &["sleep", "600"])
        .stop_timeout(2)
        .build();
    let arn = run(&em, vec![app]).await;
    em.wait_for_status("web", &arn, "RUNNING").await;
    let id = em.container_id(&arn, "app").await;
    em.fake.ignore_sigterm(&id);
    em.client
        .stop_task()
        .cluster("web")
        .task(&arn)
        .send()
        .await
        .unwrap();
    let task = em.wait_for_status("web", &arn, "STOPPED").await;
    assert_eq!(task.containers()[0].exit_code(), Some(137));
}

#[tokio::test]
async fn a_failing_create_is_cannot_create_container_error() {
    let em = start().await;
    em.fake.fail_next(
        CallKind::Create,
        RuntimeError::Rejected("invalid mount".into()),
    );
    let arn = run(&em, vec![container("app", &["sleep", "600"])]).await;
    let task = em.wait_for_status("web", &arn, "STOPPED").await;
    assert_eq!(
        task.stopped_reason(),
        Some("CannotCreateContainerError: invalid mount")
    );
    assert!(
        em.fake.live_containers().is_empty(),
        "the sandbox is cleaned up"
    );
}

#[tokio::test]
async fn the_runtime_sees_labels_and_the_shared_sandbox() {
    let em = start().await;
    let arn = run(
        &em,
        vec![
            container("app", &["sleep", "600"]),
            sidecar("side", &["sleep", "600"]),
        ],
    )
    .await;
    em.wait_for_status("web", &arn, "RUNNING").await;
    let sandboxes = em.fake.calls_of(CallKind::CreateSandbox);
    assert_eq!(sandboxes.len(), 1, "one network namespace per task");
    for name in ["app", "side"] {
        assert!(em.fake.find(&arn, name).is_some());
    }
}

#[tokio::test]
async fn without_a_runtime_tasks_fail_to_start_and_say_why() {
    let em = start_without_runtime().await;
    em.cluster("web").await;
    em.register_fargate("job", &["sleep", "600"]).await;
    let out = em
        .client
        .run_task()
        .cluster("web")
        .task_definition("job")
        .launch_type(LaunchType::Fargate)
        .network_configuration(network())
        .count(2)
        .send()
        .await
        .unwrap();
    assert_eq!(out.tasks().len(), 2);
    assert!(out.failures().is_empty());
    for task in out.tasks() {
        let task = em
            .wait_for_status("web", task.task_arn().unwrap(), "STOPPED")
            .await;
        assert_eq!(task.stop_code(), Some(&TaskStopCode::TaskFailedToStart));
        let reason = task.stopped_reason().unwrap();
        assert!(reason.contains("--runtime"), "{reason}");
        assert_eq!(task.containers()[0].last_status(), Some("STOPPED"));
        assert!(task.containers()[0].exit_code().is_none());
        assert_eq!(task.attachments()[0].status(), Some("DELETED"));
    }
}
