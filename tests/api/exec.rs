//! ECS Exec: ExecuteCommand runs a command in a task's container through the runtime, and the
//! introspection API keeps its output.

use std::time::Duration;

use aws_sdk_ecs::types::LaunchType;

use crate::harness::{code, message, network, raw, start, Emulator};

/// Runs one Fargate task of `family`, with ECS Exec on or off, and waits until it runs.
async fn run(em: &Emulator, exec: bool) -> String {
    let arn = em
        .client
        .run_task()
        .cluster("web")
        .task_definition("job")
        .launch_type(LaunchType::Fargate)
        .network_configuration(network())
        .enable_execute_command(exec)
        .send()
        .await
        .unwrap()
        .tasks()[0]
        .task_arn()
        .unwrap()
        .to_owned();
    em.wait_for_status("web", &arn, "RUNNING").await;
    arn
}

/// The session's record once its command has finished.
pub(crate) async fn finished_session(em: &Emulator, session: &str) -> serde_json::Value {
    for _ in 0..500 {
        let reply = raw(
            &em.endpoint,
            "GET",
            &format!("/_ecsemu/exec/{session}"),
            &[],
            "",
        )
        .await;
        assert_eq!(reply.status, 200, "{}", reply.body);
        if reply.body["status"] != "RUNNING" {
            return reply.body;
        }
        tokio::time::sleep(Duration::from_millis(10)).await;
    }
    panic!("session {session} never finished");
}

#[tokio::test]
async fn execute_command_runs_in_the_container_and_keeps_the_output() {
    let em = start().await;
    em.cluster("web").await;
    em.register_fargate("job", &["sleep", "1000"]).await;
    let task = run(&em, true).await;
    let out = em
        .client
        .execute_command()
        .cluster("web")
        .task(&task)
        .command("sh -c 'echo hello'")
        .interactive(true)
        .send()
        .await
        .unwrap();
    assert_eq!(out.container_name(), Some("app"));
    assert_eq!(out.task_arn(), Some(task.as_str()));
    assert!(out.interactive());
    let session = out.session().unwrap();
    let id = session.session_id().unwrap();
    assert!(id.starts_with("ecs-execute-command-"));
    assert!(session
        .stream_url()
        .unwrap()
        .starts_with("wss://ssmmessages.us-east-1."));
    assert!(session.token_value().is_some());
    let record = finished_session(&em, id).await;
    assert_eq!(record["status"], "COMPLETED");
    assert_eq!(record["exitCode"], 0);
    assert_eq!(record["output"], "hello\n");
    assert_eq!(record["command"][2], "echo hello");
    let listed = raw(
        &em.endpoint,
        "GET",
        &format!("/_ecsemu/exec?task={}", task.rsplit('/').next().unwrap()),
        &[],
        "",
    )
    .await;
    assert_eq!(listed.body["sessions"].as_array().map(Vec::len), Some(1));
}

#[tokio::test]
async fn execute_command_needs_exec_enabled_a_running_task_and_interactive() {
    let em = start().await;
    em.cluster("web").await;
    em.register_fargate("job", &["sleep", "1000"]).await;
    let plain = run(&em, false).await;
    let call = |task: &str, interactive: bool| {
        em.client
            .execute_command()
            .cluster("web")
            .task(task)
            .command("ls")
            .interactive(interactive)
            .send()
    };
    assert!(message(call(&plain, true).await).contains("execute command was not enabled"));
    let enabled = run(&em, true).await;
    assert_eq!(
        message(call(&enabled, false).await),
        "Interactive is the only mode supported currently."
    );
    assert_eq!(
        code(call("0123456789abcdef0123456789abcdef", true).await),
        "InvalidParameterException"
    );
    em.client
        .stop_task()
        .cluster("web")
        .task(&enabled)
        .send()
        .await
        .unwrap();
    em.wait_for_status("web", &enabled, "STOPPED").await;
    assert_eq!(
        code(call(&enabled, true).await),
        "InvalidParameterException"
    );
    let other_cluster = em
        .client
        .execute_command()
        .cluster("nope")
        .task(&plain)
        .command("ls")
        .interactive(true)
        .send()
        .await;
    assert_eq!(code(other_cluster), "ClusterNotFoundException");
}
