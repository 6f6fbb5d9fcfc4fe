//! ExecuteCommand (ECS Exec): runs the command in the task's container through the runtime.
//! There is no Session Manager, so the answer's session cannot be streamed; the command runs
//! to completion in the background and its output is kept under `/_ecsemu/exec/<session>`.

use std::sync::Arc;

use super::Context;
use crate::control::arn;
use crate::control::exec::{split_command, ExecSession, ExecStatus};
use crate::control::task::TaskStatus;
use crate::error::EcsError;
use crate::wire;

pub(super) async fn execute_command(
    cx: &Context<'_>,
    input: wire::ExecuteCommandRequest,
) -> Result<wire::ExecuteCommandResponse, EcsError> {
    let scope = cx.caller.scope();
    if !input.interactive {
        return Err(EcsError::invalid_parameter(
            "Interactive is the only mode supported currently.",
        ));
    }
    let command = split_command(&input.command)
        .map_err(|e| EcsError::invalid_parameter(format!("The command cannot be run: {e}.")))?;
    if command.is_empty() {
        return Err(EcsError::invalid_parameter("The command cannot be empty."));
    }
    let (cluster_arn, task_arn, container) =
        cx.plane.store.read(&cx.caller.partition_key(), |p| {
            let cluster = p.active_cluster(&scope, input.cluster.as_deref())?;
            let task = p
                .task_in(&scope, &cluster.name, &input.task)
                .ok_or_else(|| EcsError::invalid_parameter("The specified task was not found."))?;
            if !task.enable_execute_command {
                return Err(EcsError::invalid_parameter(
                    "The execute command failed because execute command was not enabled when \
                     the task was run or the execute command agent isn't running. Wait and try \
                     the request again or run a new task with execute command enabled and try \
                     again.",
                ));
            }
            if task.last_status != TaskStatus::Running || task.is_stopped() {
                return Err(EcsError::invalid_parameter(
                    "The execute command failed because the task is not in the RUNNING state.",
                ));
            }
            let container = match &input.container {
                Some(name) => task
                    .containers
                    .iter()
                    .find(|c| c.name == *name)
                    .ok_or_else(|| {
                        EcsError::invalid_parameter(format!(
                            "The task has no container named {name}."
                        ))
                    })?,
                None if task.containers.len() == 1 => &task.containers[0],
                None => {
                    return Err(EcsError::invalid_parameter(
                        "The task has more than one container: name the container to run the \
                         command in.",
                    ))
                }
            };
            let runtime_id = container.runtime_id.clone().ok_or_else(|| {
                EcsError::invalid_parameter(format!(
                    "The container {} is not running.",
                    container.name
                ))
            })?;
            Ok((
                cluster.arn.clone(),
                task.arn.clone(),
                (container.name.clone(), container.arn.clone(), runtime_id),
            ))
        })?;
    let (container_name, container_arn, runtime_id) = container;
    let session_id = format!("ecs-execute-command-{}", arn::random_hex(17));
    cx.plane.exec_sessions.start(ExecSession {
        session_id: session_id.clone(),
        task_arn: task_arn.clone(),
        container_name: container_name.clone(),
        command: command.clone(),
        status: ExecStatus::Running,
        exit_code: None,
        output: String::new(),
        started_at: cx.plane.now(),
        finished_at: None,
    });
    let runtime = Arc::clone(cx.runtime);
    let sessions = Arc::clone(&cx.plane.exec_sessions);
    let id = session_id.clone();
    let clock = cx.plane.clock;
    tokio::spawn(async move {
        let outcome = runtime
            .exec(&runtime_id, &command)
            .await
            .map(|o| (o.exit_code, o.output))
            .map_err(|e| e.to_string());
        sessions.finish(&id, outcome, clock.now());
    });
    Ok(wire::ExecuteCommandResponse {
        cluster_arn: Some(cluster_arn),
        container_arn: Some(container_arn),
        container_name: Some(container_name),
        interactive: true,
        session: Some(wire::Session {
            stream_url: Some(format!(
                "wss://ssmmessages.{}.amazonaws.com/v1/data-channel/{session_id}?role=publish_subscribe",
                scope.region
            )),
            token_value: Some(arn::random_hex(64)),
            session_id: Some(session_id),
        }),
        task_arn: Some(task_arn),
    })
}
