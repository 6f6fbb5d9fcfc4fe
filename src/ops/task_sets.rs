//! Task sets of services with the EXTERNAL (or CODE_DEPLOY) deployment controller:
//! CreateTaskSet, UpdateTaskSet, DeleteTaskSet, DescribeTaskSets, UpdateServicePrimaryTaskSet.
//! The scheduler keeps each task set's share of the service's desired count running.

use super::Context;
use crate::control::arn::Scope;
use crate::control::launch::{self, LaunchChoice};
use crate::control::service::{
    computed_desired_count, DeploymentStatus, Service, TaskSetInfo, TaskSetSpec,
};
use crate::control::store::Partition;
use crate::control::{tags, ServiceKey};
use crate::error::{EcsError, ErrorKind};
use crate::wire::{self, DeploymentControllerType, ScaleUnit};

pub(super) fn create_task_set(
    cx: &Context<'_>,
    input: wire::CreateTaskSetRequest,
) -> Result<wire::CreateTaskSetResponse, EcsError> {
    let scope = cx.caller.scope();
    let now = cx.plane.now();
    // Without a scale a task set starts empty (0 %), as in the AWS CLI reference's example;
    // UpdateTaskSet then scales it up.
    let scale = check_scale(input.scale.clone().unwrap_or_default())?;
    super::check_client_token(input.client_token.as_deref(), super::CREATE_TOKEN_MAX)?;
    let task_set_tags = tags::initial(input.tags.as_deref().unwrap_or_default())?;
    let (task_set, key) = cx.plane.store.write(&cx.caller.partition_key(), |p| {
        let cluster = p.active_cluster(&scope, Some(&input.cluster))?;
        let (cluster_name, providers, default_strategy) = (
            cluster.name.clone(),
            cluster.capacity_providers.clone(),
            cluster.default_strategy.clone(),
        );
        let (definition, _) = p.active_task_definition(&scope, &input.task_definition)?;
        cx.plane.config.safety.check(&definition)?;
        launch::check_load_balancers(
            input.load_balancers.as_deref().unwrap_or_default(),
            Some(&definition),
        )?;
        let choice = launch::resolve_choice(
            input.launch_type,
            input.capacity_provider_strategy.clone(),
            &providers,
            &default_strategy,
        )?;
        let platform_version = launch::check_choice(
            &definition,
            &choice,
            input.network_configuration.as_ref(),
            input.platform_version.as_deref(),
        )?;
        let service = external_service(p, &scope, &cluster_name, &input.service)?;
        if let Some(token) = &input.client_token {
            let earlier = service
                .deployments
                .iter()
                .find(|d| d.task_set.as_ref().and_then(|t| t.client_token.as_ref()) == Some(token))
                .map(|d| d.id.clone());
            if let Some(id) = earlier {
                let key = key_of(cx, service);
                return Ok((describe(p, &scope, &key, &id, true), key));
            }
        }
        let (launch_type, capacity_provider_strategy) = match choice {
            LaunchChoice::LaunchType(launch_type) => (Some(launch_type), Vec::new()),
            LaunchChoice::Strategy(items) => (None, items),
        };
        let id = service.add_task_set(
            &scope,
            TaskSetSpec {
                task_definition: definition.task_definition_arn.clone().unwrap_or_default(),
                launch_type,
                capacity_provider_strategy,
                platform_version,
                network: input.network_configuration.clone(),
                info: TaskSetInfo {
                    arn: String::new(),
                    external_id: input.external_id.clone(),
                    scale,
                    draining: false,
                    stable: false,
                    stability_status_at: now,
                    load_balancers: input.load_balancers.clone().unwrap_or_default(),
                    service_registries: input.service_registries.clone().unwrap_or_default(),
                    tags: task_set_tags.clone(),
                    client_token: input.client_token.clone(),
                },
            },
            false,
            now,
        );
        let key = key_of(cx, service);
        Ok::<_, EcsError>((describe(p, &scope, &key, &id, true), key))
    })?;
    cx.plane.nudge_service(key);
    Ok(wire::CreateTaskSetResponse {
        task_set: task_set?,
    })
}

pub(super) fn update_task_set(
    cx: &Context<'_>,
    input: wire::UpdateTaskSetRequest,
) -> Result<wire::UpdateTaskSetResponse, EcsError> {
    let scale = check_scale(input.scale.clone())?;
    let now = cx.plane.now();
    let task_set = change_task_set(
        cx,
        &input.cluster,
        &input.service,
        &input.task_set,
        |set, desired| {
            set.desired_count = computed_desired_count(desired, &scale);
            if let Some(info) = set.task_set.as_mut() {
                info.scale = scale;
            }
            set.updated_at = now;
            Ok(())
        },
    )?;
    Ok(wire::UpdateTaskSetResponse { task_set })
}

pub(super) fn delete_task_set(
    cx: &Context<'_>,
    input: wire::DeleteTaskSetRequest,
) -> Result<wire::DeleteTaskSetResponse, EcsError> {
    let force = input.force == Some(true);
    let now = cx.plane.now();
    let task_set = change_task_set(
        cx,
        &input.cluster,
        &input.service,
        &input.task_set,
        |set, _| {
            let scaled_down = set.task_set.as_ref().is_some_and(|t| t.scale.value <= 0.0);
            if !force && !scaled_down {
                return Err(EcsError::invalid_parameter(
                    "The task set cannot be deleted until it is scaled down to 0. Scale it down \
                 or delete it with force.",
                ));
            }
            if let Some(info) = set.task_set.as_mut() {
                info.draining = true;
            }
            set.status = DeploymentStatus::Active;
            set.updated_at = now;
            Ok(())
        },
    )?;
    Ok(wire::DeleteTaskSetResponse { task_set })
}

pub(super) fn update_service_primary_task_set(
    cx: &Context<'_>,
    input: wire::UpdateServicePrimaryTaskSetRequest,
) -> Result<wire::UpdateServicePrimaryTaskSetResponse, EcsError> {
    let scope = cx.caller.scope();
    let now = cx.plane.now();
    let (task_set, key) = cx.plane.store.write(&cx.caller.partition_key(), |p| {
        let cluster = p.active_cluster(&scope, Some(&input.cluster))?.name.clone();
        let service = external_service(p, &scope, &cluster, &input.service)?;
        let id = service
            .task_set_mut(&input.primary_task_set)
            .filter(|d| d.task_set.as_ref().is_some_and(|t| !t.draining))
            .map(|d| d.id.clone())
            .ok_or_else(task_set_not_found)?;
        for deployment in &mut service.deployments {
            let primary = deployment.id == id;
            let status = if primary {
                DeploymentStatus::Primary
            } else {
                DeploymentStatus::Active
            };
            if deployment.status != status {
                deployment.status = status;
                deployment.updated_at = now;
            }
            if primary {
                // The service shows what its PRIMARY task set runs.
                service.task_definition = Some(deployment.task_definition.clone());
            }
        }
        let key = key_of(cx, service);
        Ok::<_, EcsError>((describe(p, &scope, &key, &id, false), key))
    })?;
    cx.plane.nudge_service(key);
    Ok(wire::UpdateServicePrimaryTaskSetResponse {
        task_set: task_set?,
    })
}

pub(super) fn describe_task_sets(
    cx: &Context<'_>,
    input: wire::DescribeTaskSetsRequest,
) -> Result<wire::DescribeTaskSetsResponse, EcsError> {
    let scope = cx.caller.scope();
    let include_tags = super::includes(input.include.as_deref(), wire::TaskSetField::Tags);
    cx.plane.store.read(&cx.caller.partition_key(), |p| {
        let cluster = p.active_cluster(&scope, Some(&input.cluster))?;
        let service = p
            .service(&scope, &cluster.name, &input.service)
            .ok_or_else(service_not_found)?;
        check_external(service)?;
        let counts = p.service_counts(service);
        let shown = |d: &crate::control::service::Deployment| {
            d.to_task_set(service, counts.of(&d.id), include_tags)
        };
        let (task_sets, failures) = match &input.task_sets {
            None => (
                service.deployments.iter().filter_map(shown).collect(),
                Vec::new(),
            ),
            Some(references) => super::describe_each(
                references,
                |reference| service.task_set(reference).and_then(shown),
                str::to_owned,
            ),
        };
        Ok(wire::DescribeTaskSetsResponse {
            task_sets: Some(task_sets),
            failures: Some(failures),
        })
    })
}

/// Applies `change` to a task set and describes it after.
fn change_task_set(
    cx: &Context<'_>,
    cluster: &str,
    service: &str,
    task_set: &str,
    change: impl FnOnce(&mut crate::control::service::Deployment, i32) -> Result<(), EcsError>,
) -> Result<Option<wire::TaskSet>, EcsError> {
    let scope = cx.caller.scope();
    let (described, key) = cx.plane.store.write(&cx.caller.partition_key(), |p| {
        let cluster = p.active_cluster(&scope, Some(cluster))?.name.clone();
        let service = external_service(p, &scope, &cluster, service)?;
        let desired = service.desired_count;
        let set = service
            .task_set_mut(task_set)
            .filter(|d| d.task_set.as_ref().is_some_and(|t| !t.draining))
            .ok_or_else(task_set_not_found)?;
        change(set, desired)?;
        let id = set.id.clone();
        service.steady = false;
        let key = key_of(cx, service);
        Ok::<_, EcsError>((describe(p, &scope, &key, &id, false), key))
    })?;
    cx.plane.nudge_service(key);
    described
}

/// The ACTIVE service `reference` names, which must manage its own task sets.
fn external_service<'p>(
    p: &'p mut Partition,
    scope: &Scope,
    cluster: &str,
    reference: &str,
) -> Result<&'p mut Service, EcsError> {
    let service = p
        .service_mut(scope, cluster, reference)
        .ok_or_else(service_not_found)?;
    if service.status != crate::control::service::ServiceStatus::Active {
        return Err(EcsError::new(
            ErrorKind::ServiceNotActive,
            "Service was not ACTIVE.",
        ));
    }
    check_external(service)?;
    Ok(service)
}

fn check_external(service: &Service) -> Result<(), EcsError> {
    if service.controller == DeploymentControllerType::Ecs {
        return Err(EcsError::invalid_parameter(
            "Task sets are only for services that use the EXTERNAL or CODE_DEPLOY deployment \
             controller.",
        ));
    }
    Ok(())
}

fn key_of(cx: &Context<'_>, service: &Service) -> ServiceKey {
    ServiceKey {
        partition: cx.caller.partition_key(),
        cluster: service.cluster.clone(),
        name: service.name.clone(),
    }
}

/// A task set of the service as it is now in the partition.
fn describe(
    p: &Partition,
    scope: &Scope,
    key: &ServiceKey,
    id: &str,
    include_tags: bool,
) -> Result<Option<wire::TaskSet>, EcsError> {
    let service = p
        .service(scope, &key.cluster, &key.name)
        .ok_or_else(service_not_found)?;
    let counts = p.service_counts(service);
    Ok(service
        .deployments
        .iter()
        .find(|d| d.id == id)
        .and_then(|d| d.to_task_set(service, counts.of(&d.id), include_tags)))
}

fn check_scale(scale: wire::Scale) -> Result<wire::Scale, EcsError> {
    if !(0.0..=100.0).contains(&scale.value) {
        return Err(EcsError::invalid_parameter(
            "The scale value of a task set must be between 0 and 100 percent.",
        ));
    }
    Ok(wire::Scale {
        value: scale.value,
        unit: Some(scale.unit.unwrap_or(ScaleUnit::Percent)),
    })
}

fn service_not_found() -> EcsError {
    EcsError::new(ErrorKind::ServiceNotFound, "Service not found.")
}

fn task_set_not_found() -> EcsError {
    EcsError::new(
        ErrorKind::TaskSetNotFound,
        "The specified task set does not exist.",
    )
}
