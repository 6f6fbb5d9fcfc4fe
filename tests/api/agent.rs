//! The agent's API: what an agent submits about a task is applied to it.

use aws_sdk_ecs::types::{AttachmentStateChange, ContainerStateChange, TaskStopCode};

use crate::harness::{code, start, Emulator};

async fn running_task(em: &Emulator) -> String {
    em.cluster("web").await;
    em.register_fargate("job", &["sleep", "1000"]).await;
    let arn = em.run_fargate("web", "job").await;
    em.wait_for_status("web", &arn, "RUNNING").await;
    arn
}

#[tokio::test]
async fn discover_poll_endpoint_names_the_regions_endpoints() {
    let em = start().await;
    em.cluster("web").await;
    let out = em
        .client
        .discover_poll_endpoint()
        .cluster("web")
        .send()
        .await
        .unwrap();
    assert_eq!(
        out.endpoint(),
        Some("https://ecs-a-1.us-east-1.amazonaws.com/")
    );
    assert_eq!(
        out.telemetry_endpoint(),
        Some("https://ecs-t-1.us-east-1.amazonaws.com/")
    );
    let unknown = em
        .client
        .discover_poll_endpoint()
        .cluster("nope")
        .send()
        .await;
    assert_eq!(code(unknown), "ClusterNotFoundException");
}

#[tokio::test]
async fn a_submitted_stop_stops_the_task_with_the_agents_reason() {
    let em = start().await;
    let arn = running_task(&em).await;
    let ack = em
        .client
        .submit_task_state_change()
        .cluster("web")
        .task(&arn)
        .status("STOPPED")
        .reason("the agent saw it die")
        .containers(
            ContainerStateChange::builder()
                .container_name("app")
                .status("STOPPED")
                .exit_code(2)
                .build(),
        )
        .send()
        .await
        .unwrap();
    assert_eq!(ack.acknowledgment(), Some("ACK"));
    let stopped = em.wait_for_status("web", &arn, "STOPPED").await;
    assert_eq!(stopped.stopped_reason(), Some("the agent saw it die"));
    assert_eq!(
        stopped.stop_code(),
        Some(&TaskStopCode::EssentialContainerExited)
    );
    let bad = em
        .client
        .submit_task_state_change()
        .cluster("web")
        .task(&arn)
        .status("SLEEPING")
        .send()
        .await;
    assert_eq!(code(bad), "InvalidParameterException");
}

#[tokio::test]
async fn submitted_container_and_attachment_states_show_in_describe() {
    let em = start().await;
    let arn = running_task(&em).await;
    em.client
        .submit_container_state_change()
        .cluster("web")
        .task(&arn)
        .container_name("app")
        .reason("checked by the agent")
        .send()
        .await
        .unwrap();
    let task = em.describe("web", &arn).await;
    assert_eq!(task.containers()[0].reason(), Some("checked by the agent"));
    let unknown_container = em
        .client
        .submit_container_state_change()
        .cluster("web")
        .task(&arn)
        .container_name("ghost")
        .status("RUNNING")
        .send()
        .await;
    assert_eq!(code(unknown_container), "InvalidParameterException");

    let attachment = task.attachments()[0].id().unwrap().to_owned();
    em.client
        .submit_attachment_state_changes()
        .cluster("web")
        .attachments(
            AttachmentStateChange::builder()
                .attachment_arn(format!(
                    "arn:aws:ecs:us-east-1:000000000000:attachment/{attachment}"
                ))
                .status("DETACHING")
                .build()
                .unwrap(),
        )
        .send()
        .await
        .unwrap();
    let task = em.describe("web", &arn).await;
    assert_eq!(task.attachments()[0].status(), Some("DETACHING"));
    let unknown = em
        .client
        .submit_attachment_state_changes()
        .cluster("web")
        .attachments(
            AttachmentStateChange::builder()
                .attachment_arn("arn:aws:ecs:us-east-1:000000000000:attachment/nope")
                .status("ATTACHED")
                .build()
                .unwrap(),
        )
        .send()
        .await;
    assert_eq!(code(unknown), "InvalidParameterException");
}
