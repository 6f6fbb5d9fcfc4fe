//! The emulator's own endpoints under `/_ecsemu/`.

use serde_json::Value;

use crate::harness::{container_with, raw, start, Emulator};

async fn get(em: &Emulator, path: &str) -> Value {
    let reply = raw(&em.endpoint, "GET", path, &[], "").await;
    assert_eq!(reply.status, 200, "{path}: {}", reply.body);
    reply.body
}

async fn post(em: &Emulator, path: &str, body: &str) -> Value {
    let reply = raw(
        &em.endpoint,
        "POST",
        path,
        &[("Content-Type", "application/json")],
        body,
    )
    .await;
    assert_eq!(reply.status, 200, "{path}: {}", reply.body);
    reply.body
}

/// A cluster with one running Fargate task of a two-container definition; returns its ARN.
async fn running_task(em: &Emulator) -> String {
    em.cluster("web").await;
    em.client
        .register_task_definition()
        .family("job")
        .network_mode(aws_sdk_ecs::types::NetworkMode::Awsvpc)
        .requires_compatibilities(aws_sdk_ecs::types::Compatibility::Fargate)
        .cpu("256")
        .memory("512")
        .container_definitions(container_with("app", &["sleep", "600"]).build())
        .container_definitions(
            container_with("greeter", &["sh", "-c", "echo hello"])
                .essential(false)
                .build(),
        )
        .send()
        .await
        .unwrap();
    let arn = em.run_fargate("web", "job").await;
    em.wait_for_status("web", &arn, "RUNNING").await;
    arn
}

#[tokio::test]
async fn lists_and_describes_tasks_with_their_runtime_side() {
    let em = start().await;
    let arn = running_task(&em).await;
    let id = arn.rsplit('/').next().unwrap();
    let listed = get(&em, "/_ecsemu/tasks?cluster=web&status=RUNNING").await;
    assert_eq!(listed["tasks"][0]["taskArn"], arn.as_str());
    assert_eq!(listed["tasks"][0]["account"], "000000000000");
    let none = get(&em, "/_ecsemu/tasks?cluster=other").await;
    assert_eq!(none["tasks"], serde_json::json!([]));
    let task = get(&em, &format!("/_ecsemu/tasks/{id}")).await;
    assert!(task["runtime"]["sandboxId"].is_string());
    assert!(task["runtime"]["containers"][0]["runtimeId"].is_string());
    assert_eq!(task["task"]["lastStatus"], "RUNNING");
    let statuses: Vec<&str> = task["history"]
        .as_array()
        .unwrap()
        .iter()
        .map(|h| h["lastStatus"].as_str().unwrap())
        .collect();
    assert_eq!(statuses, ["PROVISIONING", "PENDING", "RUNNING"]);
    let missing = raw(&em.endpoint, "GET", "/_ecsemu/tasks/ffff", &[], "").await;
    assert_eq!(missing.status, 404);
}

#[tokio::test]
async fn logs_are_readable_while_running_and_after_the_task_stopped() {
    let em = start().await;
    let arn = running_task(&em).await;
    let id = arn.rsplit('/').next().unwrap();
    let live = get(&em, &format!("/_ecsemu/tasks/{id}/logs?container=greeter")).await;
    assert_eq!(live["containers"][0]["lines"][0]["text"], "hello");
    em.client
        .stop_task()
        .cluster("web")
        .task(&arn)
        .send()
        .await
        .unwrap();
    em.wait_for_status("web", &arn, "STOPPED").await;
    assert!(em.fake.live_containers().is_empty());
    let kept = get(&em, &format!("/_ecsemu/tasks/{id}/logs")).await;
    let greeter = kept["containers"]
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["name"] == "greeter")
        .unwrap();
    assert_eq!(greeter["lines"][0]["text"], "hello");
}

#[tokio::test]
async fn force_stop_skips_the_stop_timeout() {
    let em = start().await;
    let arn = running_task(&em).await;
    let app = em.container_id(&arn, "app").await;
    em.fake.ignore_sigterm(&app);
    let id = arn.rsplit('/').next().unwrap();
    post(&em, &format!("/_ecsemu/tasks/{id}/stop"), "").await;
    // The default stop timeout is 30 s; a force-stop does not wait for it.
    let task = em.wait_for_status("web", &arn, "STOPPED").await;
    assert_eq!(task.containers()[0].exit_code(), Some(137));
}

#[tokio::test]
async fn mark_failed_stops_the_task_as_failed() {
    let em = start().await;
    let arn = running_task(&em).await;
    let id = arn.rsplit('/').next().unwrap();
    post(
        &em,
        &format!("/_ecsemu/tasks/{id}/fail"),
        r#"{"reason":"chaos"}"#,
    )
    .await;
    let task = em.wait_for_status("web", &arn, "STOPPED").await;
    assert_eq!(task.stopped_reason(), Some("chaos"));
    assert_eq!(
        task.stop_code()
            .map(aws_sdk_ecs::types::TaskStopCode::as_str),
        Some("EssentialContainerExited")
    );
    let bad = raw(
        &em.endpoint,
        "POST",
        &format!("/_ecsemu/tasks/{id}/fail"),
        &[],
        r#"{"stopCode":"Nope"}"#,
    )
    .await;
    assert_eq!(bad.status, 400);
}

#[tokio::test]
async fn the_event_log_and_reset() {
    let em = start().await;
    let arn = running_task(&em).await;
    let events = get(&em, "/_ecsemu/events").await;
    let for_task: Vec<&str> = events["events"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|e| e["taskArn"] == arn.as_str())
        .map(|e| e["lastStatus"].as_str().unwrap())
        .collect();
    assert_eq!(for_task, ["PROVISIONING", "PENDING", "RUNNING"]);
    let later = get(&em, "/_ecsemu/events?since=99999999999").await;
    assert_eq!(later["events"], serde_json::json!([]));

    let reset = post(&em, "/_ecsemu/reset", "").await;
    assert_eq!(reset["stoppedTasks"], 1);
    assert!(
        em.fake.live_containers().is_empty(),
        "every container is gone"
    );
    let clusters = em.client.list_clusters().send().await.unwrap();
    assert!(clusters.cluster_arns().is_empty(), "all state is dropped");
    let tasks = get(&em, "/_ecsemu/tasks").await;
    assert_eq!(tasks["tasks"], serde_json::json!([]));
}
