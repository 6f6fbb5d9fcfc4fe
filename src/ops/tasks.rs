//! RunTask, StartTask, StopTask, DescribeTasks, ListTasks.

use super::Context;
use crate::control::arn::{self, Scope};
use crate::control::cluster::RunTaskToken;
use crate::control::container_instance::{HostState, InstanceStatus};
use crate::control::launch::{self, LaunchChoice, LaunchSpec, Launched};
use crate::control::paging::{self, PageLimits};
use crate::control::store::Partition;
use crate::control::task::{Desired, Task};
use crate::control::{tags, TaskKey};
use crate::error::{EcsError, ErrorKind};
use crate::wire::{self, DesiredStatus, LaunchType, PropagateTags, TaskStopCode};

/// What RunTask and StartTask requests say alike about the tasks to create.
struct LaunchRequest<'a> {
    group: Option<&'a str>,
    started_by: Option<&'a str>,
    tags: &'a [wire::Tag],
    propagate_tags: Option<PropagateTags>,
    enable_ecs_managed_tags: bool,
    enable_execute_command: bool,
    network: Option<&'a wire::NetworkConfiguration>,
    overrides: Option<&'a wire::TaskOverride>,
}

/// The `LaunchRequest` of a RunTask or StartTask input (their members have the same names).
macro_rules! launch_request {
    ($input:expr) => {
        LaunchRequest {
            group: $input.group.as_deref(),
            started_by: $input.started_by.as_deref(),
            tags: $input.tags.as_deref().unwrap_or_default(),
            propagate_tags: $input.propagate_tags,
            enable_ecs_managed_tags: $input.enable_ecs_managed_tags,
            enable_execute_command: $input.enable_execute_command,
            network: $input.network_configuration.as_ref(),
            overrides: $input.overrides.as_ref(),
        }
    };
}

impl LaunchRequest<'_> {
    /// Checks what needs no state, and returns the request's own tags.
    fn checked_tags(&self) -> Result<Vec<wire::Tag>, EcsError> {
        if self.propagate_tags == Some(PropagateTags::Service) {
            return Err(EcsError::invalid_parameter(
                "The propagateTags value SERVICE is only valid for tasks started by a service.",
            ));
        }
        launch::check_started_by(self.started_by)?;
        tags::initial(self.tags)
    }

    /// The spec of the tasks to create from `definition` in `cluster`.
    fn spec(
        &self,
        cluster: &str,
        cluster_arn: String,
        definition: wire::TaskDefinition,
        definition_tags: &[wire::Tag],
        mut tags: Vec<wire::Tag>,
        platform_version: Option<String>,
    ) -> Result<LaunchSpec, EcsError> {
        if self.propagate_tags == Some(PropagateTags::TaskDefinition) {
            tags::merge(&mut tags, definition_tags)?;
        }
        if self.enable_ecs_managed_tags {
            tags.push(wire::Tag {
                key: Some("aws:ecs:clusterName".to_owned()),
                value: Some(cluster.to_owned()),
            });
        }
        Ok(LaunchSpec {
            cluster: cluster.to_owned(),
            cluster_arn,
            group: self.group.map_or_else(
                || {
                    format!(
                        "family:{}",
                        definition.family.as_deref().unwrap_or_default()
                    )
                },
                str::to_owned,
            ),
            overrides: launch::echo_overrides(&definition, self.overrides.cloned())?,
            definition,
            platform_version,
            network: self.network.and_then(|n| n.awsvpc_configuration.clone()),
            started_by: self.started_by.map(str::to_owned),
            service: None,
            daemon: None,
            tags,
            enable_execute_command: self.enable_execute_command,
            placement_constraints: Vec::new(),
            placement_strategy: Vec::new(),
        })
    }
}

pub(super) async fn run_task(
    cx: &Context<'_>,
    input: wire::RunTaskRequest,
) -> Result<wire::RunTaskResponse, EcsError> {
    let count = input.count.unwrap_or(1);
    if !(1..=10).contains(&count) {
        return Err(EcsError::invalid_parameter(
            "The count parameter must be between 1 and 10.",
        ));
    }
    super::check_client_token(input.client_token.as_deref(), super::RUN_TASK_TOKEN_MAX)?;
    let request = launch_request!(input);
    let request_tags = request.checked_tags()?;
    launch::check_placement(
        input.placement_constraints.as_deref().unwrap_or_default(),
        input.placement_strategy.as_deref().unwrap_or_default(),
    )?;
    let launch = |host: &HostState| launch_tasks(cx, &input, &request, &request_tags, host);
    let launched = match launch(&cx.plane.local_host())? {
        Some(launched) => launched,
        // EC2 tasks that need the local host wait for its runtime to describe it (startup).
        None => launch(&cx.plane.local_host_known().await)?.unwrap_or_default(),
    };
    nudge(cx, launched.created);
    Ok(wire::RunTaskResponse {
        tasks: Some(launched.tasks),
        failures: Some(launched.failures),
    })
}

/// Creates RunTask's tasks; `None` when they need the local host as a container instance and
/// its runtime has not described it yet.
fn launch_tasks(
    cx: &Context<'_>,
    input: &wire::RunTaskRequest,
    request: &LaunchRequest<'_>,
    request_tags: &[wire::Tag],
    host: &HostState,
) -> Result<Option<Launched>, EcsError> {
    let scope = cx.caller.scope();
    let fingerprint = serde_json::to_string(&wire::RunTaskRequest {
        client_token: None,
        ..input.clone()
    })
    .unwrap_or_default();
    cx.plane.store.write(&cx.caller.partition_key(), |p| {
        let cluster = p.active_cluster(&scope, input.cluster.as_deref())?;
        let (cluster_name, cluster_arn) = (cluster.name.clone(), cluster.arn.clone());
        if let Some(token) = &input.client_token {
            if let Some(record) = cluster.run_task_tokens.get(token) {
                return replay(p, &scope, &cluster_name, record, &fingerprint).map(Some);
            }
        }
        let choice = launch::resolve_choice(
            input.launch_type,
            input.capacity_provider_strategy.clone(),
            &cluster.capacity_providers,
            &cluster.default_strategy,
        )?;
        let (definition, definition_tags) =
            p.active_task_definition(&scope, &input.task_definition)?;
        cx.plane.config.safety.check(&definition)?;
        let platform_version = launch::check_choice(
            &definition,
            &choice,
            input.network_configuration.as_ref(),
            input.platform_version.as_deref(),
        )?;
        let mut spec = request.spec(
            &cluster_name,
            cluster_arn,
            definition,
            &definition_tags,
            request_tags.to_vec(),
            platform_version,
        )?;
        spec.placement_constraints = input.placement_constraints.clone().unwrap_or_default();
        spec.placement_strategy = input.placement_strategy.clone().unwrap_or_default();
        if choice.needs_ec2_instances()
            && p.admit_local_instance(&scope, &cluster_name, host, cx.plane.now())
                .is_err()
        {
            return Ok(None);
        }
        let placements = p.place(&spec, &choice, input.count.unwrap_or(1) as usize, None)?;
        let launched = p.create_tasks(&scope, &spec, placements, cx.plane.now());
        if let Some(token) = &input.client_token {
            if let Some(cluster) = p.clusters.get_mut(&cluster_name) {
                cluster.run_task_tokens.insert(
                    token.clone(),
                    RunTaskToken {
                        request_fingerprint: fingerprint,
                        task_ids: launched.created.clone(),
                        failures: launched.failures.clone(),
                    },
                );
            }
        }
        Ok(Some(launched))
    })
}

pub(super) fn start_task(
    cx: &Context<'_>,
    input: wire::StartTaskRequest,
) -> Result<wire::StartTaskResponse, EcsError> {
    let scope = cx.caller.scope();
    if input.container_instances.is_empty() || input.container_instances.len() > 10 {
        return Err(EcsError::invalid_parameter(
            "Specify between 1 and 10 container instances.",
        ));
    }
    let request = launch_request!(input);
    let request_tags = request.checked_tags()?;
    let launched = cx.plane.store.write(&cx.caller.partition_key(), |p| {
        let cluster = p.active_cluster(&scope, input.cluster.as_deref())?;
        let (cluster_name, cluster_arn) = (cluster.name.clone(), cluster.arn.clone());
        let (definition, definition_tags) =
            p.active_task_definition(&scope, &input.task_definition)?;
        cx.plane.config.safety.check(&definition)?;
        launch::check_launch(
            &definition,
            LaunchType::Ec2,
            input.network_configuration.as_ref(),
            None,
        )?;
        let spec = request.spec(
            &cluster_name,
            cluster_arn,
            definition,
            &definition_tags,
            request_tags.clone(),
            None,
        )?;
        let mut placements = Vec::new();
        for reference in &input.container_instances {
            let instance = arn::local_path(&scope, "container-instance", reference)
                .map(|path| path.rsplit('/').next().unwrap_or(path))
                .and_then(|id| p.container_instances.get(id))
                .filter(|i| i.cluster == cluster_name);
            let failure = |reason: &str| wire::Failure {
                arn: Some(if reference.starts_with("arn:") {
                    reference.clone()
                } else {
                    scope.container_instance(&cluster_name, reference)
                }),
                reason: Some(reason.to_owned()),
                detail: None,
            };
            match instance {
                None => placements.push(Err(failure("MISSING"))),
                Some(i) if i.status == InstanceStatus::Inactive => {
                    placements.push(Err(failure("INACTIVE")));
                }
                Some(i) => {
                    let candidates = [i.id.clone()];
                    placements.extend(p.place(
                        &spec,
                        &LaunchChoice::LaunchType(LaunchType::Ec2),
                        1,
                        Some(&candidates),
                    )?);
                }
            }
        }
        Ok::<_, EcsError>(p.create_tasks(&scope, &spec, placements, cx.plane.now()))
    })?;
    nudge(cx, launched.created);
    Ok(wire::StartTaskResponse {
        tasks: Some(launched.tasks),
        failures: Some(launched.failures),
    })
}

pub(super) fn stop_task(
    cx: &Context<'_>,
    input: wire::StopTaskRequest,
) -> Result<wire::StopTaskResponse, EcsError> {
    let scope = cx.caller.scope();
    let reason = input
        .reason
        .unwrap_or_else(|| "Task stopped by user".to_owned());
    if reason.chars().count() > 255 {
        return Err(EcsError::invalid_parameter(
            "The reason for stopping a task can be at most 255 characters.",
        ));
    }
    let (task, id) = cx.plane.store.write(&cx.caller.partition_key(), |p| {
        let cluster = p
            .active_cluster(&scope, input.cluster.as_deref())?
            .name
            .clone();
        let task = p
            .task_in_mut(&scope, &cluster, &input.task)
            .ok_or_else(|| EcsError::invalid_parameter("The referenced task was not found."))?;
        if task.request_stop(TaskStopCode::UserInitiated, &reason, cx.plane.now()) {
            task.tags.clear();
        }
        Ok::<_, EcsError>((task.to_wire(false), task.id.clone()))
    })?;
    nudge(cx, vec![id]);
    Ok(wire::StopTaskResponse { task: Some(task) })
}

pub(super) fn describe_tasks(
    cx: &Context<'_>,
    input: wire::DescribeTasksRequest,
) -> Result<wire::DescribeTasksResponse, EcsError> {
    let scope = cx.caller.scope();
    super::check_describe_count(input.tasks.len(), 100, "tasks")?;
    let include_tags = super::includes(input.include.as_deref(), wire::TaskField::Tags);
    cx.plane.store.read(&cx.caller.partition_key(), |p| {
        let cluster = p.active_cluster(&scope, input.cluster.as_deref())?;
        let (tasks, failures) = super::describe_each(
            &input.tasks,
            |reference| {
                p.task_in(&scope, &cluster.name, reference)
                    .map(|task| task.to_wire(include_tags))
            },
            |name| scope.task(&cluster.name, name),
        );
        Ok(wire::DescribeTasksResponse {
            tasks: Some(tasks),
            failures: Some(failures),
        })
    })
}

pub(super) fn list_tasks(
    cx: &Context<'_>,
    input: wire::ListTasksRequest,
) -> Result<wire::ListTasksResponse, EcsError> {
    let scope = cx.caller.scope();
    let other_filters = input.family.is_some()
        || input.service_name.is_some()
        || input.container_instance.is_some()
        || input.launch_type.is_some()
        || input.daemon_name.is_some();
    if input.started_by.is_some() && other_filters {
        return Err(EcsError::invalid_parameter(
            "When you specify startedBy as the filter, it must be the only filter that you use.",
        ));
    }
    let keyed: Vec<(String, String)> = cx.plane.store.read(&cx.caller.partition_key(), |p| {
        let cluster = p.active_cluster(&scope, input.cluster.as_deref())?;
        let service = match &input.service_name {
            Some(reference) => Some(
                p.service(&scope, &cluster.name, reference)
                    .ok_or_else(|| EcsError::new(ErrorKind::ServiceNotFound, "Service not found."))?
                    .name
                    .clone(),
            ),
            None => None,
        };
        if input.daemon_name.is_some() {
            // No daemons exist yet, so no task was started by one.
            return Ok(Vec::new());
        }
        let desired = match input.desired_status.unwrap_or(DesiredStatus::Running) {
            DesiredStatus::Running => Some(Desired::Running),
            DesiredStatus::Stopped => Some(Desired::Stopped),
            DesiredStatus::Pending => None,
        };
        let instance = input.container_instance.as_deref().map(|r| {
            arn::local_path(&scope, "container-instance", r)
                .map(|p| p.rsplit('/').next().unwrap_or(p))
        });
        let keyed: Vec<(String, String)> = p
            .tasks
            .values()
            .filter(|t| t.cluster == cluster.name)
            .filter(|t| Some(t.desired) == desired)
            .filter(|t| input.family.as_ref().is_none_or(|f| *f == t.family))
            .filter(|t| service.is_none() || t.service == service)
            .filter(|t| input.started_by.is_none() || t.started_by == input.started_by)
            .filter(|t| input.launch_type.is_none() || t.launch_type == input.launch_type)
            .filter(|t| {
                instance.is_none_or(|i| i.is_some() && t.container_instance_id.as_deref() == i)
            })
            .map(|t| (list_key(t), t.arn.clone()))
            .collect();
        Ok(keyed)
    })?;
    let (page, next_token) = paging::page(
        keyed,
        |(key, _)| key.clone(),
        false,
        input.max_results,
        input.next_token.as_deref(),
        PageLimits::HUNDRED,
    )?;
    Ok(wire::ListTasksResponse {
        task_arns: Some(page.into_iter().map(|(_, arn)| arn).collect()),
        next_token,
    })
}

/// Oldest first; ties broken by id so every task has its own key.
fn list_key(task: &Task) -> String {
    format!("{:015}-{}", (task.created_at * 1000.0) as u64, task.id)
}

/// Answers a retried RunTask: the same tasks for the same request, a conflict otherwise.
fn replay(
    p: &Partition,
    scope: &Scope,
    cluster: &str,
    record: &RunTaskToken,
    fingerprint: &str,
) -> Result<Launched, EcsError> {
    let arns: Vec<String> = record
        .task_ids
        .iter()
        .map(|id| scope.task(cluster, id))
        .collect();
    if record.request_fingerprint != fingerprint {
        return Err(EcsError::conflict(
            "The specified client token has already been used with different parameters.",
            arns,
        ));
    }
    let tasks = record
        .task_ids
        .iter()
        .filter_map(|id| p.tasks.get(id))
        .map(|t| t.to_wire(true))
        .collect();
    Ok(Launched {
        tasks,
        failures: record.failures.clone(),
        created: Vec::new(),
    })
}

fn nudge(cx: &Context<'_>, task_ids: Vec<String>) {
    let partition = cx.caller.partition_key();
    for task_id in task_ids {
        cx.plane.nudge(TaskKey {
            partition: partition.clone(),
            task_id,
        });
    }
}
