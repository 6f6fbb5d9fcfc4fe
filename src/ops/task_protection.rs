//! Task scale-in protection: GetTaskProtection, UpdateTaskProtection. A protected service task
//! is left alone by its service's scale-in and deployments until the protection expires.

use super::Context;
use crate::control::task::Task;
use crate::error::EcsError;
use crate::wire::{self, Timestamp};

/// ECS's default protection period, and the longest it grants (48 hours).
const DEFAULT_MINUTES: i32 = 120;
const MAX_MINUTES: i32 = 2880;
const MAX_TASKS: usize = 10;

pub(super) fn update_task_protection(
    cx: &Context<'_>,
    input: wire::UpdateTaskProtectionRequest,
) -> Result<wire::UpdateTaskProtectionResponse, EcsError> {
    let scope = cx.caller.scope();
    let now = cx.plane.now();
    if input.tasks.is_empty() || input.tasks.len() > MAX_TASKS {
        return Err(EcsError::invalid_parameter(format!(
            "tasks must contain between 1 and {MAX_TASKS} tasks."
        )));
    }
    let minutes = input.expires_in_minutes.unwrap_or(DEFAULT_MINUTES);
    if input.protection_enabled && !(1..=MAX_MINUTES).contains(&minutes) {
        return Err(EcsError::invalid_parameter(format!(
            "expiresInMinutes must be between 1 and {MAX_MINUTES}."
        )));
    }
    let until = input
        .protection_enabled
        .then(|| now + f64::from(minutes) * 60.0);
    let (response, services) = cx.plane.store.write(&cx.caller.partition_key(), |p| {
        let cluster = p.active_cluster(&scope, Some(&input.cluster))?.name.clone();
        let mut protected_tasks = Vec::new();
        let mut failures = Vec::new();
        let mut services = Vec::new();
        for reference in &input.tasks {
            match p.task_in_mut(&scope, &cluster, reference) {
                Some(task) if !task.is_stopped() => {
                    task.protected_until = until;
                    services.extend(task.service.clone());
                    protected_tasks.push(protection_of(task, now));
                }
                _ => failures.push(super::missing(super::reference_arn(reference, |id| {
                    scope.task(&cluster, id)
                }))),
            }
        }
        let response = wire::UpdateTaskProtectionResponse {
            protected_tasks: Some(protected_tasks),
            failures: Some(failures),
        };
        Ok::<_, EcsError>((response, (cluster, services)))
    })?;
    // Lifting (or shortening) protection may let a waiting scale-in or deployment go on.
    let (cluster, names) = services;
    for name in names {
        cx.plane.nudge_service(crate::control::ServiceKey {
            partition: cx.caller.partition_key(),
            cluster: cluster.clone(),
            name,
        });
    }
    Ok(response)
}

pub(super) fn get_task_protection(
    cx: &Context<'_>,
    input: wire::GetTaskProtectionRequest,
) -> Result<wire::GetTaskProtectionResponse, EcsError> {
    let scope = cx.caller.scope();
    let now = cx.plane.now();
    let references = input.tasks;
    if references.as_ref().is_some_and(|r| r.len() > 100) {
        return Err(EcsError::invalid_parameter(
            "tasks must contain at most 100 tasks.",
        ));
    }
    cx.plane.store.read(&cx.caller.partition_key(), |p| {
        let cluster = p.active_cluster(&scope, Some(&input.cluster))?;
        // Without a list, every task of the cluster that has not stopped.
        let Some(references) = &references else {
            let mut tasks: Vec<&Task> = p
                .tasks
                .values()
                .map(Box::as_ref)
                .filter(|t| t.cluster == cluster.name && !t.is_stopped())
                .collect();
            tasks.sort_by(|a, b| a.created_at.total_cmp(&b.created_at));
            return Ok(wire::GetTaskProtectionResponse {
                protected_tasks: Some(tasks.into_iter().map(|t| protection_of(t, now)).collect()),
                failures: Some(Vec::new()),
            });
        };
        let (protected_tasks, failures) = super::describe_each(
            references,
            |reference| {
                p.task_in(&scope, &cluster.name, reference)
                    .filter(|t| !t.is_stopped())
                    .map(|t| protection_of(t, now))
            },
            |id| scope.task(&cluster.name, id),
        );
        Ok(wire::GetTaskProtectionResponse {
            protected_tasks: Some(protected_tasks),
            failures: Some(failures),
        })
    })
}

fn protection_of(task: &Task, now: Timestamp) -> wire::ProtectedTask {
    let protected = task.is_protected(now);
    wire::ProtectedTask {
        task_arn: Some(task.arn.clone()),
        protection_enabled: protected,
        expiration_date: task.protected_until.filter(|_| protected),
    }
}
