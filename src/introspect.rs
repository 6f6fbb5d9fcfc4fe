//! The emulator's own endpoints under `/_ecsemu/`, for tests and debugging (not part of the
//! ECS API): health, tasks with their runtime details, logs, force-stop, mark-failed, the
//! lifecycle event log, and a reset that stops everything and forgets all state.

use std::collections::BTreeMap;

use ecsemu_runtime::{ContainerRuntime, LogStream};
use http::Method;
use serde_json::{json, Value};

use crate::control::exec::ExecSession;
use crate::control::store::PartitionKey;
use crate::control::task::{Task, TaskStatus};
use crate::control::{reconciler, ControlPlane, TaskKey};
use crate::error::{EcsError, ErrorKind};
use crate::wire::TaskStopCode;

/// The prefix of every introspection path.
pub const PREFIX: &str = "/_ecsemu/";

/// Answers an introspection request with a JSON document.
pub async fn handle(
    plane: &ControlPlane,
    runtime: &dyn ContainerRuntime,
    runtime_name: &str,
    method: &Method,
    path: &str,
    query: Option<&str>,
    body: &[u8],
) -> Result<Value, EcsError> {
    let query = parse_query(query);
    let route: Vec<&str> = path
        .trim_start_matches(PREFIX)
        .split('/')
        .filter(|s| !s.is_empty())
        .collect();
    match (method, route.as_slice()) {
        (&Method::GET, ["health"]) => Ok(json!({"status": "ok", "runtime": runtime_name})),
        (&Method::GET, ["tasks"]) => Ok(list_tasks(plane, &query)),
        (&Method::GET, ["tasks", id]) => describe_task(plane, runtime, id).await,
        (&Method::GET, ["tasks", id, "logs"]) => {
            logs(
                plane,
                runtime,
                id,
                query.get("container").map(String::as_str),
            )
            .await
        }
        (&Method::POST, ["tasks", id, "stop"]) => force_stop(plane, id),
        (&Method::POST, ["tasks", id, "fail"]) => mark_failed(plane, id, body),
        (&Method::GET, ["events"]) => Ok(events(plane, &query)),
        (&Method::GET, ["exec"]) => Ok(json!({
            "sessions": plane
                .exec_sessions
                .list(query.get("task").map(String::as_str))
                .iter()
                .map(ExecSession::to_json)
                .collect::<Vec<_>>()
        })),
        (&Method::GET, ["exec", id]) => plane
            .exec_sessions
            .get(id)
            .map(|s| s.to_json())
            .ok_or_else(|| {
                EcsError::new(
                    ErrorKind::WrongEndpoint,
                    format!("no ECS Exec session {id}"),
                )
            }),
        (&Method::POST, ["reset"]) => {
            let stopped = reconciler::reset(plane, runtime).await;
            Ok(json!({"stoppedTasks": stopped}))
        }
        _ => Err(EcsError::new(
            ErrorKind::WrongEndpoint,
            format!("{method} {path} is not an ecsemu endpoint (see the README)"),
        )),
    }
}

fn parse_query(query: Option<&str>) -> BTreeMap<String, String> {
    query
        .unwrap_or_default()
        .split('&')
        .filter_map(|pair| pair.split_once('='))
        .map(|(k, v)| (k.to_owned(), v.replace("%2F", "/").replace("%3A", ":")))
        .collect()
}

/// Every task in every account and region, as (partition, task).
fn all_tasks(plane: &ControlPlane) -> Vec<(PartitionKey, Task)> {
    plane
        .store
        .keys()
        .into_iter()
        .flat_map(|key| {
            plane.store.read(&key, |p| {
                p.tasks
                    .values()
                    .map(|t| (key.clone(), t.as_ref().clone()))
                    .collect::<Vec<_>>()
            })
        })
        .collect()
}

fn find(plane: &ControlPlane, id: &str) -> Result<(PartitionKey, Task), EcsError> {
    let id = id.rsplit('/').next().unwrap_or(id);
    all_tasks(plane)
        .into_iter()
        .find(|(_, t)| t.id == id)
        .ok_or_else(|| {
            EcsError::new(
                ErrorKind::IntrospectionNotFound,
                format!("No task {id} in any account or region."),
            )
        })
}

fn summary(key: &PartitionKey, task: &Task) -> Value {
    json!({
        "taskArn": task.arn,
        "account": key.account_id,
        "region": key.region,
        "cluster": task.cluster,
        "family": task.family,
        "revision": task.revision,
        "lastStatus": task.last_status.as_str(),
        "desiredStatus": task.desired.as_str(),
        "stopCode": task.stop_code.map(TaskStopCode::as_str),
        "stoppedReason": task.stopped_reason,
        "startedBy": task.started_by,
        "group": task.group,
        "createdAt": task.created_at,
        "containers": task.containers.iter().map(|c| json!({
            "name": c.name,
            "lastStatus": c.status.as_str(),
            "exitCode": c.exit_code,
            "runtimeId": c.runtime_id,
        })).collect::<Vec<_>>(),
    })
}

/// Tasks filtered by `cluster`, `family`, `status` (lastStatus), `account` and `region`.
fn list_tasks(plane: &ControlPlane, query: &BTreeMap<String, String>) -> Value {
    let matches = |wanted: Option<&String>, have: &str| wanted.is_none_or(|w| w == have);
    let mut tasks: Vec<(PartitionKey, Task)> = all_tasks(plane)
        .into_iter()
        .filter(|(key, task)| {
            matches(query.get("cluster"), &task.cluster)
                && matches(query.get("family"), &task.family)
                && matches(query.get("status"), task.last_status.as_str())
                && matches(query.get("account"), &key.account_id)
                && matches(query.get("region"), &key.region)
        })
        .collect();
    tasks.sort_by(|a, b| a.1.created_at.total_cmp(&b.1.created_at));
    json!({"tasks": tasks.iter().map(|(k, t)| summary(k, t)).collect::<Vec<_>>()})
}

/// One task in depth: the summary, the task as DescribeTasks shows it, its runtime side
/// (sandbox and container ids, the host ports its containers are published on) and history.
async fn describe_task(
    plane: &ControlPlane,
    runtime: &dyn ContainerRuntime,
    id: &str,
) -> Result<Value, EcsError> {
    let (key, task) = find(plane, id)?;
    let published = match (&task.sandbox_id, task.is_stopped()) {
        (Some(sandbox), false) => runtime
            .inspect_container(sandbox)
            .await
            .map(|state| state.ports)
            .unwrap_or_default(),
        _ => Vec::new(),
    };
    Ok(json!({
        "summary": summary(&key, &task),
        "task": task.to_wire(true),
        "runtime": {
            "sandboxId": task.sandbox_id,
            "containers": task.containers.iter().map(|c| json!({
                "name": c.name,
                "runtimeId": c.runtime_id,
                "hostPorts": c.network_bindings.iter().map(|b| json!({
                    "containerPort": b.container_port,
                    "hostPort": b.host_port,
                    "hostIp": b.bind_ip,
                    "protocol": b.protocol.map(crate::wire::TransportProtocol::as_str),
                })).collect::<Vec<_>>(),
            })).collect::<Vec<_>>(),
            "publishedPorts": published.iter().map(|p| json!({
                "containerPort": p.container_port,
                "hostPort": p.host_port,
                "hostIp": p.host_ip,
                "protocol": p.protocol.as_str(),
            })).collect::<Vec<_>>(),
        },
        "history": task.history.iter().map(|h| json!({
            "at": h.at,
            "lastStatus": h.last_status.as_str(),
            "desiredStatus": h.desired.as_str(),
            "version": h.version,
        })).collect::<Vec<_>>(),
    }))
}

/// A task's container output: live from the runtime while it runs, as captured once it
/// stopped.
async fn logs(
    plane: &ControlPlane,
    runtime: &dyn ContainerRuntime,
    id: &str,
    only: Option<&str>,
) -> Result<Value, EcsError> {
    let (_, task) = find(plane, id)?;
    let mut containers = Vec::new();
    for container in task
        .containers
        .iter()
        .filter(|c| only.is_none_or(|o| o == c.name))
    {
        let captured = task.logs.iter().find(|l| l.container == container.name);
        let lines = match (captured, &container.runtime_id) {
            (Some(captured), _) => captured.lines.clone(),
            (None, Some(id)) if !task.is_stopped() => runtime.logs(id).await.unwrap_or_default(),
            _ => Vec::new(),
        };
        containers.push(json!({
            "name": container.name,
            "lines": lines.iter().map(|l| json!({
                "stream": match l.stream { LogStream::Stdout => "stdout", LogStream::Stderr => "stderr" },
                "text": l.text,
            })).collect::<Vec<_>>(),
        }));
    }
    Ok(json!({"taskArn": task.arn, "containers": containers}))
}

/// Stops a task at once, without the containers' stop timeouts.
fn force_stop(plane: &ControlPlane, id: &str) -> Result<Value, EcsError> {
    let (key, _) = find(plane, id)?;
    let task = plane.store.write(&key, |p| {
        p.tasks
            .get_mut(id.rsplit('/').next().unwrap_or(id))
            .map(|task| {
                task.request_stop(
                    TaskStopCode::UserInitiated,
                    "Task force-stopped through ecsemu",
                    plane.now(),
                );
                task.force_stop = true;
                task.as_ref().clone()
            })
    });
    answer_after_nudge(plane, &key, task)
}

/// Stops a task as failed: `{"reason": "...", "stopCode": "..."}`, both optional. The
/// default code is EssentialContainerExited for a task that ran, else TaskFailedToStart.
fn mark_failed(plane: &ControlPlane, id: &str, body: &[u8]) -> Result<Value, EcsError> {
    let request: Value = if body.is_empty() {
        json!({})
    } else {
        serde_json::from_slice(body).map_err(|e| {
            EcsError::new(
                ErrorKind::Serialization,
                format!("The body is not JSON: {e}"),
            )
        })?
    };
    let code = request
        .get("stopCode")
        .and_then(Value::as_str)
        .map(|c| {
            TaskStopCode::parse(c)
                .ok_or_else(|| EcsError::invalid_parameter(format!("{c} is not a task stop code")))
        })
        .transpose()?;
    let reason = request
        .get("reason")
        .and_then(Value::as_str)
        .unwrap_or("Task marked failed through ecsemu")
        .to_owned();
    let (key, _) = find(plane, id)?;
    let task = plane.store.write(&key, |p| {
        p.tasks
            .get_mut(id.rsplit('/').next().unwrap_or(id))
            .map(|task| {
                let code = code.unwrap_or(if task.last_status >= TaskStatus::Running {
                    TaskStopCode::EssentialContainerExited
                } else {
                    TaskStopCode::TaskFailedToStart
                });
                task.request_stop(code, &reason, plane.now());
                task.as_ref().clone()
            })
    });
    answer_after_nudge(plane, &key, task)
}

fn answer_after_nudge(
    plane: &ControlPlane,
    partition: &PartitionKey,
    task: Option<Task>,
) -> Result<Value, EcsError> {
    let task =
        task.ok_or_else(|| EcsError::new(ErrorKind::IntrospectionNotFound, "The task is gone."))?;
    plane.nudge(TaskKey {
        partition: partition.clone(),
        task_id: task.id.clone(),
    });
    Ok(json!({"summary": summary(partition, &task)}))
}

/// Every task status change, oldest first; `since` (epoch seconds) keeps the later ones.
fn events(plane: &ControlPlane, query: &BTreeMap<String, String>) -> Value {
    let since: f64 = query
        .get("since")
        .and_then(|s| s.parse().ok())
        .unwrap_or(f64::MIN);
    let mut events: Vec<(f64, Value)> = all_tasks(plane)
        .iter()
        .flat_map(|(key, task)| {
            task.history.iter().filter(|h| h.at >= since).map(move |h| {
                (
                    h.at,
                    json!({
                        "at": h.at,
                        "taskArn": task.arn,
                        "account": key.account_id,
                        "region": key.region,
                        "cluster": task.cluster,
                        "lastStatus": h.last_status.as_str(),
                        "desiredStatus": h.desired.as_str(),
                        "version": h.version,
                    }),
                )
            })
        })
        .collect();
    events.sort_by(|a, b| a.0.total_cmp(&b.0));
    json!({"events": events.into_iter().map(|(_, e)| e).collect::<Vec<_>>()})
}
