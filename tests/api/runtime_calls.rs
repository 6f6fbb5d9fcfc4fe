//! How tasks use the runtime when it is slow, hung, shared or not chosen yet: creates are never
//! left behind, launches of one image share one pull, a pull nobody waits for is dropped, every
//! call is bounded, and tasks wait for a runtime that is still being chosen.

use std::sync::Arc;
use std::time::Duration;

use aws_sdk_ecs::types::{Task, TaskStopCode};
use ecsemu::control::PullBehavior;
use ecsemu_runtime::fake::{CallKind, FakeRuntime};

use crate::daemons::eventually;
use crate::harness::{container_with, raw, start, start_on, start_with, Emulator};

const IMAGE: &str = "registry.example/app:1";

/// Runs `count` Fargate tasks of one container of `image` in cluster `web`.
async fn run(em: &Emulator, image: &str, count: i32) -> Vec<String> {
    em.cluster("web").await;
    let app = container_with("app", &["sleep", "600"])
        .image(image)
        .build();
    em.register_fargate_container("app", app).await;
    em.run_fargate_tasks("web", "app", count).await
}

async fn stop(em: &Emulator, task: &str) {
    em.client
        .stop_task()
        .cluster("web")
        .task(task)
        .send()
        .await
        .unwrap();
}

async fn all(em: &Emulator, tasks: &[String], done: impl Fn(&Task) -> bool + Copy) -> Vec<Task> {
    let mut reached = Vec::new();
    for task in tasks {
        reached.push(em.wait_for("web", task, done).await);
    }
    reached
}

fn always(settings: &mut ecsemu::Settings) {
    settings.plane.pull_behavior = PullBehavior::Always;
}

#[tokio::test]
async fn stop_task_during_a_create_leaves_no_container() {
    let em = start().await;
    em.fake.hold(CallKind::Create);
    let task = run(&em, crate::harness::BUSYBOX, 1).await.remove(0);
    eventually("the create", || async {
        em.fake.held(CallKind::Create) == 1
    })
    .await;
    stop(&em, &task).await;
    let stopped = em.wait_for_status("web", &task, "STOPPED").await;
    assert_eq!(stopped.stop_code(), Some(&TaskStopCode::UserInitiated));
    // The daemon finishes the create its client no longer waits for.
    em.fake.release(CallKind::Create);
    eventually("the container's removal", || async {
        em.fake.calls_of(CallKind::Remove).len() == 1
    })
    .await;
    assert!(em.fake.live_containers().is_empty());
    assert!(em.fake.calls_of(CallKind::Start).is_empty());
}

#[tokio::test]
async fn a_local_image_launches_without_asking_a_registry() {
    let em = start().await;
    let task = run(&em, crate::harness::BUSYBOX, 1).await.remove(0);
    em.wait_for_status("web", &task, "RUNNING").await;
    assert!(em.fake.calls_of(CallKind::Pull).is_empty());
    assert!(em.fake.calls_of(CallKind::ImagePresent).is_empty());
}

/// Runs three tasks of `IMAGE` while pulls are held, checks that they wait for one pull, and
/// lets it finish; returns the tasks once they are past it (RUNNING or STOPPED).
async fn three_launches_during_a_pull(em: &Emulator) -> Vec<Task> {
    em.fake.hold(CallKind::Pull);
    let tasks = run(em, IMAGE, 3).await;
    all(em, &tasks, |t| t.pull_started_at().is_some()).await;
    // Past pullStartedAt each actor asks for the pull at once; give them a moment to.
    tokio::time::sleep(Duration::from_millis(50)).await;
    assert_eq!(
        em.fake.held(CallKind::Pull),
        1,
        "one pull for three launches"
    );
    em.fake.release(CallKind::Pull);
    all(em, &tasks, |t| {
        matches!(t.last_status(), Some("RUNNING" | "STOPPED"))
    })
    .await
}

#[tokio::test]
async fn launches_of_one_image_share_one_pull_and_its_result() {
    let em = start_with(always).await;
    let failed = three_launches_during_a_pull(&em).await;
    let reasons: Vec<_> = failed.iter().map(Task::stopped_reason).collect();
    assert!(
        reasons[0].is_some_and(|r| r.starts_with("CannotPullContainerError: ")),
        "{reasons:?}"
    );
    assert!(
        reasons.iter().all(|r| *r == reasons[0]),
        "one result for all: {reasons:?}"
    );
    assert_eq!(em.fake.calls_of(CallKind::Pull), [IMAGE]);

    em.fake.add_remote_image(IMAGE);
    let pulled = three_launches_during_a_pull(&em).await;
    assert!(pulled.iter().all(|t| t.last_status() == Some("RUNNING")));
    assert_eq!(em.fake.calls_of(CallKind::Pull).len(), 2);
}

#[tokio::test]
async fn a_pull_no_task_waits_for_is_dropped() {
    let em = start_with(always).await;
    em.fake.hold(CallKind::Pull);
    let tasks = run(&em, IMAGE, 2).await;
    all(&em, &tasks, |t| t.pull_started_at().is_some()).await;
    eventually("the pull", || async { em.fake.held(CallKind::Pull) == 1 }).await;
    stop(&em, &tasks[0]).await;
    em.wait_for_status("web", &tasks[0], "STOPPED").await;
    assert_eq!(
        em.fake.held(CallKind::Pull),
        1,
        "the other task still waits for it"
    );
    stop(&em, &tasks[1]).await;
    em.wait_for_status("web", &tasks[1], "STOPPED").await;
    eventually("the pull to be dropped", || async {
        em.fake.held(CallKind::Pull) == 0
    })
    .await;
    em.fake.release(CallKind::Pull);
    assert_eq!(em.fake.calls_of(CallKind::Pull).len(), 1);
    assert!(em.fake.calls_of(CallKind::Create).is_empty());
}

#[tokio::test]
async fn a_hung_runtime_call_stops_the_task_with_docker_timeout_error() {
    let em = start_with(|s| s.runtime_timeouts.start = Duration::from_millis(200)).await;
    em.fake.hold(CallKind::Start);
    let task = run(&em, crate::harness::BUSYBOX, 1).await.remove(0);
    let stopped = em.wait_for_status("web", &task, "STOPPED").await;
    em.fake.release(CallKind::Start);
    assert_eq!(stopped.stop_code(), Some(&TaskStopCode::TaskFailedToStart));
    assert_eq!(
        stopped.stopped_reason(),
        Some("DockerTimeoutError: Could not transition to started; timed out after waiting 200ms")
    );
}

#[tokio::test]
async fn tasks_wait_for_a_runtime_still_being_chosen() {
    let (deferred, chooser) = ecsemu::runtime::Deferred::new();
    let fake = Arc::new(FakeRuntime::new());
    fake.add_local_image(crate::harness::BUSYBOX);
    let settings = ecsemu::Settings {
        runtime_name: "choosing".to_owned(),
        ..ecsemu::Settings::default()
    };
    let em = start_on(Arc::new(deferred), fake.clone(), settings).await;
    let health = raw(&em.endpoint, "GET", "/_ecsemu/health", &[], "").await;
    assert_eq!(health.body["runtime"], "choosing");
    let tasks = run(&em, crate::harness::BUSYBOX, 2).await;
    all(&em, &tasks, |t| t.last_status() == Some("PENDING")).await;
    stop(&em, &tasks[1]).await;
    let stopped = em.wait_for_status("web", &tasks[1], "STOPPED").await;
    assert_eq!(stopped.stop_code(), Some(&TaskStopCode::UserInitiated));
    assert!(
        fake.calls().is_empty(),
        "nothing asked the runtime before it was chosen"
    );

    chooser.choose(fake.clone());
    em.wait_for_status("web", &tasks[0], "RUNNING").await;
    let health = raw(&em.endpoint, "GET", "/_ecsemu/health", &[], "").await;
    assert_eq!(health.body["runtime"], "fake");
}
