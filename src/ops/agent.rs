//! The ECS agent's API: DiscoverPollEndpoint, SubmitTaskStateChange,
//! SubmitContainerStateChange, SubmitAttachmentStateChanges. What an agent submits about a
//! task is applied to it: container states and exit codes, pull and stop times, the task
//! reaching RUNNING or STOPPED (a stop is carried out on the runtime like any other).

use super::Context;
use crate::control::task::{ContainerStatus, Desired, Task, TaskStatus};
use crate::control::{ServiceKey, TaskKey};
use crate::error::EcsError;
use crate::wire::{self, TaskStopCode, Timestamp};

const ACK: &str = "ACK";

pub(super) fn discover_poll_endpoint(
    cx: &Context<'_>,
    input: wire::DiscoverPollEndpointRequest,
) -> Result<wire::DiscoverPollEndpointResponse, EcsError> {
    let scope = cx.caller.scope();
    if let Some(cluster) = input.cluster.as_deref() {
        cx.plane.store.read(&cx.caller.partition_key(), |p| {
            p.active_cluster(&scope, Some(cluster)).map(|_| ())
        })?;
    }
    let region = &scope.region;
    Ok(wire::DiscoverPollEndpointResponse {
        endpoint: Some(format!("https://ecs-a-1.{region}.amazonaws.com/")),
        telemetry_endpoint: Some(format!("https://ecs-t-1.{region}.amazonaws.com/")),
        service_connect_endpoint: Some(format!("https://ecs-sc.{region}.api.aws")),
    })
}

/// One container's state as an agent reports it.
struct ContainerChange<'a> {
    name: &'a str,
    status: Option<&'a str>,
    exit_code: Option<i32>,
    reason: Option<&'a str>,
    runtime_id: Option<&'a str>,
    network_bindings: Option<&'a [wire::NetworkBinding]>,
}

pub(super) fn submit_task_state_change(
    cx: &Context<'_>,
    input: wire::SubmitTaskStateChangeRequest,
) -> Result<wire::SubmitTaskStateChangeResponse, EcsError> {
    let status = input.status.as_deref().map(task_status).transpose()?;
    let reference = input
        .task
        .as_deref()
        .ok_or_else(|| EcsError::invalid_parameter("task is required."))?;
    let containers: Vec<ContainerChange<'_>> = input
        .containers
        .iter()
        .flatten()
        .map(|c| ContainerChange {
            name: c.container_name.as_deref().unwrap_or_default(),
            status: c.status.as_deref(),
            exit_code: c.exit_code,
            reason: c.reason.as_deref(),
            runtime_id: c.runtime_id.as_deref(),
            network_bindings: c.network_bindings.as_deref(),
        })
        .collect();
    for change in &containers {
        change.status.map(container_status).transpose()?;
    }
    let now = cx.plane.now();
    apply(cx, input.cluster.as_deref(), reference, |task| {
        for change in &containers {
            apply_container(task, change)?;
        }
        set_if_given(&mut task.pull_started_at, input.pull_started_at);
        set_if_given(&mut task.pull_stopped_at, input.pull_stopped_at);
        set_if_given(&mut task.execution_stopped_at, input.execution_stopped_at);
        match status {
            Some(TaskStatus::Stopped) => {
                let exited = task
                    .containers
                    .iter()
                    .any(|c| c.essential && c.exit_code.is_some());
                let code = if exited {
                    TaskStopCode::EssentialContainerExited
                } else {
                    TaskStopCode::TaskFailedToStart
                };
                let reason = input
                    .reason
                    .as_deref()
                    .unwrap_or("Task stopped as its agent reported");
                task.request_stop(code, reason, now);
            }
            Some(to) if task.desired == Desired::Running => {
                task.advance(to, now);
            }
            _ => {}
        }
        Ok(())
    })?;
    Ok(wire::SubmitTaskStateChangeResponse {
        acknowledgment: Some(ACK.to_owned()),
    })
}

pub(super) fn submit_container_state_change(
    cx: &Context<'_>,
    input: wire::SubmitContainerStateChangeRequest,
) -> Result<wire::SubmitContainerStateChangeResponse, EcsError> {
    let reference = input
        .task
        .as_deref()
        .ok_or_else(|| EcsError::invalid_parameter("task is required."))?;
    let change = ContainerChange {
        name: input
            .container_name
            .as_deref()
            .ok_or_else(|| EcsError::invalid_parameter("containerName is required."))?,
        status: input.status.as_deref(),
        exit_code: input.exit_code,
        reason: input.reason.as_deref(),
        runtime_id: input.runtime_id.as_deref(),
        network_bindings: input.network_bindings.as_deref(),
    };
    change.status.map(container_status).transpose()?;
    apply(cx, input.cluster.as_deref(), reference, |task| {
        apply_container(task, &change)
    })?;
    Ok(wire::SubmitContainerStateChangeResponse {
        acknowledgment: Some(ACK.to_owned()),
    })
}

pub(super) fn submit_attachment_state_changes(
    cx: &Context<'_>,
    input: wire::SubmitAttachmentStateChangesRequest,
) -> Result<wire::SubmitAttachmentStateChangesResponse, EcsError> {
    const STATUSES: [&str; 6] = [
        "PRECREATED",
        "CREATED",
        "ATTACHING",
        "ATTACHED",
        "DETACHING",
        "DETACHED",
    ];
    let scope = cx.caller.scope();
    for change in &input.attachments {
        if !STATUSES.contains(&change.status.as_str()) && change.status != "DELETED" {
            return Err(EcsError::invalid_parameter(format!(
                "{} is not an attachment status.",
                change.status
            )));
        }
    }
    cx.plane.store.write(&cx.caller.partition_key(), |p| {
        let cluster = p
            .active_cluster(&scope, input.cluster.as_deref())?
            .name
            .clone();
        // All attachments must be known before any is changed.
        let mut found = Vec::with_capacity(input.attachments.len());
        for change in &input.attachments {
            let id = change.attachment_arn.rsplit('/').next().unwrap_or_default();
            let task = p
                .tasks
                .values()
                .find(|t| {
                    t.cluster == cluster && t.eni.as_ref().is_some_and(|e| e.attachment_id == id)
                })
                .map(|t| t.id.clone())
                .ok_or_else(|| {
                    EcsError::invalid_parameter(format!(
                        "The attachment {} was not found.",
                        change.attachment_arn
                    ))
                })?;
            found.push((task, change.status.clone()));
        }
        for (task, status) in found {
            if let Some(task) = p.tasks.get_mut(&task) {
                if let Some(eni) = task.eni.as_mut() {
                    eni.reported_status = Some(status);
                    task.version += 1;
                }
            }
        }
        Ok::<_, EcsError>(())
    })?;
    Ok(wire::SubmitAttachmentStateChangesResponse {
        acknowledgment: Some(ACK.to_owned()),
    })
}

/// Applies `change` to the task `reference` names, then lets its actor and its service react.
fn apply(
    cx: &Context<'_>,
    cluster: Option<&str>,
    reference: &str,
    change: impl FnOnce(&mut Task) -> Result<(), EcsError>,
) -> Result<(), EcsError> {
    let scope = cx.caller.scope();
    let (task_id, cluster, service) = cx.plane.store.write(&cx.caller.partition_key(), |p| {
        let cluster = p.active_cluster(&scope, cluster)?.name.clone();
        let task = p
            .task_in_mut(&scope, &cluster, reference)
            .ok_or_else(|| EcsError::invalid_parameter("The referenced task was not found."))?;
        // Checked on a copy, so that a bad change leaves the task as it was.
        let mut changed = task.clone();
        change(&mut changed)?;
        *task = changed;
        Ok::<_, EcsError>((task.id.clone(), cluster, task.service.clone()))
    })?;
    cx.plane.nudge(TaskKey {
        partition: cx.caller.partition_key(),
        task_id,
    });
    if let Some(name) = service {
        cx.plane.nudge_service(ServiceKey {
            partition: cx.caller.partition_key(),
            cluster,
            name,
        });
    }
    Ok(())
}

fn apply_container(task: &mut Task, change: &ContainerChange<'_>) -> Result<(), EcsError> {
    if !task.containers.iter().any(|c| c.name == change.name) {
        return Err(EcsError::invalid_parameter(format!(
            "The task has no container named {}.",
            change.name
        )));
    }
    let status = change.status.map(container_status).transpose()?;
    task.update_container(change.name, |container| {
        if let Some(status) = status {
            container.status = status;
        }
        if change.exit_code.is_some() {
            container.exit_code = change.exit_code;
        }
        if let Some(reason) = change.reason {
            container.reason = Some(reason.to_owned());
        }
        if let Some(id) = change.runtime_id {
            container.runtime_id = Some(id.to_owned());
        }
        if let Some(bindings) = change.network_bindings {
            container.network_bindings = bindings.to_vec();
        }
    });
    Ok(())
}

fn set_if_given(field: &mut Option<Timestamp>, given: Option<Timestamp>) {
    if given.is_some() {
        *field = given;
    }
}

fn task_status(status: &str) -> Result<TaskStatus, EcsError> {
    TaskStatus::ALL
        .into_iter()
        .find(|s| s.as_str() == status)
        .ok_or_else(|| EcsError::invalid_parameter(format!("{status} is not a task status.")))
}

fn container_status(status: &str) -> Result<ContainerStatus, EcsError> {
    [
        ContainerStatus::Pending,
        ContainerStatus::Running,
        ContainerStatus::Stopped,
    ]
    .into_iter()
    .find(|s| s.as_str() == status)
    .ok_or_else(|| EcsError::invalid_parameter(format!("{status} is not a container status.")))
}
