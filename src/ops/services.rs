//! CreateService, UpdateService, DeleteService, DescribeServices, ListServices,
//! ListServicesByNamespace.

use std::collections::VecDeque;

use super::Context;
use crate::control::arn::{self, Scope};
use crate::control::capacity;
use crate::control::cluster::Cluster;
use crate::control::launch::{self, LaunchChoice};
use crate::control::paging::{self, PageLimits};
use crate::control::service::{Service, ServiceStatus, TaskSetInfo, TaskSetSpec};
use crate::control::store::Partition;
use crate::control::{root_principal, tags, ServiceKey};
use crate::error::{EcsError, ErrorKind};
use crate::wire::{self, DeploymentControllerType, LaunchType, PropagateTags, SchedulingStrategy};

pub(super) fn create_service(
    cx: &Context<'_>,
    input: wire::CreateServiceRequest,
) -> Result<wire::CreateServiceResponse, EcsError> {
    create(cx, input, |_| Ok(()))
}

/// CreateService, with `finish` completing the new service inside the same write (Express
/// Gateway services record their configuration against the first revision).
pub(super) fn create(
    cx: &Context<'_>,
    input: wire::CreateServiceRequest,
    finish: impl FnOnce(&mut Service) -> Result<(), EcsError>,
) -> Result<wire::CreateServiceResponse, EcsError> {
    let scope = cx.caller.scope();
    let now = cx.plane.now();
    if !arn::is_valid_name(&input.service_name) {
        return Err(EcsError::invalid_parameter(
            "Service names can have up to 255 characters: letters (uppercase and lowercase), \
             numbers, hyphens and underscores.",
        ));
    }
    super::check_client_token(input.client_token.as_deref(), super::CREATE_TOKEN_MAX)?;
    let request_tags = tags::initial(input.tags.as_deref().unwrap_or_default())?;
    launch::check_placement(
        input.placement_constraints.as_deref().unwrap_or_default(),
        input.placement_strategy.as_deref().unwrap_or_default(),
    )?;
    let scheduling = input.scheduling_strategy.unwrap_or_default();
    let daemon = scheduling == SchedulingStrategy::Daemon;
    let controller = input
        .deployment_controller
        .as_ref()
        .map_or(DeploymentControllerType::Ecs, |c| c.r#type);
    let desired_count =
        match (daemon, input.desired_count) {
            (true, Some(_)) => return Err(EcsError::invalid_parameter(
                "The daemon scheduling strategy does not support a desired count for services. \
                 Remove the desired count value and try again.",
            )),
            (true, None) => 0,
            (false, None) => {
                return Err(EcsError::invalid_parameter(
                    "desiredCount is required for services with the REPLICA scheduling strategy.",
                ))
            }
            (false, Some(count)) => check_desired_count(count)?,
        };
    if daemon {
        check_daemon(&input, controller)?;
    }
    let deployment_configuration = merge_deployment_configuration(
        input.deployment_configuration.clone(),
        &default_deployment_configuration(daemon),
        daemon,
    )?;
    let grace = check_grace_period(input.health_check_grace_period_seconds)?;
    let fingerprint = serde_json::to_string(&wire::CreateServiceRequest {
        client_token: None,
        ..input.clone()
    })
    .unwrap_or_default();
    let key = cx.caller.partition_key();
    let service = cx.plane.store.write(&key, |p| {
        let cluster = p.active_cluster(&scope, input.cluster.as_deref())?;
        match cluster.services.get(&input.service_name) {
            Some(existing) if existing.status == ServiceStatus::Active => {
                let same = existing.creation_fingerprint == fingerprint
                    && existing.client_token == input.client_token;
                if same {
                    return Ok(describe(p, existing, true));
                }
                return Err(EcsError::invalid_parameter(
                    "Creation of service was not idempotent.",
                ));
            }
            Some(existing) if existing.status == ServiceStatus::Draining => {
                return Err(EcsError::invalid_parameter(
                    "Unable to Start a service that is still Draining.",
                ));
            }
            _ => {}
        }
        // An EXTERNAL service gets its tasks from task sets created later.
        let definition = match input.task_definition.as_deref() {
            Some(reference) => Some(p.active_task_definition(&scope, reference)?.0),
            None if controller == DeploymentControllerType::External => None,
            None => {
                return Err(EcsError::invalid_parameter(format!(
                    "A task definition is required for services that use the {controller} \
                     deployment controller."
                )))
            }
        };
        if let Some(definition) = &definition {
            cx.plane.config.safety.check(definition)?;
        }
        let choice = launch::resolve_choice(
            input.launch_type,
            input.capacity_provider_strategy.clone(),
            &cluster.capacity_providers,
            &cluster.default_strategy,
        )?;
        let (launch_type, strategy) = match choice {
            LaunchChoice::LaunchType(launch_type) => (Some(launch_type), Vec::new()),
            LaunchChoice::Strategy(items) => (None, items),
        };
        let fargate = launch_type == Some(LaunchType::Fargate)
            || strategy
                .iter()
                .any(|i| capacity::is_fargate_provider(&i.capacity_provider));
        if daemon && fargate {
            return Err(EcsError::invalid_parameter(
                "The daemon scheduling strategy is not supported with the FARGATE launch type.",
            ));
        }
        let mut service = Service {
            name: input.service_name.clone(),
            arn: scope.service(&cluster.name, &input.service_name),
            cluster: cluster.name.clone(),
            cluster_arn: cluster.arn.clone(),
            status: ServiceStatus::Active,
            desired_count,
            scheduling,
            controller,
            launch_type,
            capacity_provider_strategy: strategy,
            platform_version: input
                .platform_version
                .clone()
                .or_else(|| fargate.then(|| "LATEST".to_owned())),
            task_definition: definition
                .as_ref()
                .and_then(|d| d.task_definition_arn.clone()),
            network: input.network_configuration.clone(),
            deployment_configuration,
            load_balancers: input.load_balancers.clone().unwrap_or_default(),
            service_registries: input.service_registries.clone().unwrap_or_default(),
            placement_constraints: input.placement_constraints.clone().unwrap_or_default(),
            placement_strategy: input.placement_strategy.clone().unwrap_or_default(),
            health_check_grace_period: grace.unwrap_or(0),
            enable_ecs_managed_tags: input.enable_ecs_managed_tags,
            enable_execute_command: input.enable_execute_command,
            propagate_tags: input.propagate_tags.unwrap_or(PropagateTags::None),
            tags: request_tags.clone(),
            role_arn: role_arn(&scope, input.role.as_deref()),
            created_at: now,
            created_by: root_principal(&scope),
            availability_zone_rebalancing: input
                .availability_zone_rebalancing
                .unwrap_or(wire::AvailabilityZoneRebalancing::Enabled),
            service_connect: input.service_connect_configuration.clone(),
            volume_configurations: input.volume_configurations.clone(),
            vpc_lattice: input.vpc_lattice_configurations.clone(),
            gateway_connectors: input.gateway_connectors.clone().unwrap_or_default(),
            express: None,
            gateways: p.connect_service(
                &cluster.name,
                input.gateway_connectors.as_deref().unwrap_or_default(),
                definition.as_ref(),
                true,
            )?,
            deployments: Vec::new(),
            events: VecDeque::new(),
            service_deployments: Vec::new(),
            revisions: Vec::new(),
            tasks: std::collections::BTreeMap::new(),
            client_token: input.client_token.clone(),
            creation_fingerprint: fingerprint.clone(),
            steady: false,
            launch_failures: 0,
            launch_not_before: 0.0,
        };
        launch::check_load_balancers(&service.load_balancers, definition.as_ref())?;
        let platform_version = match &definition {
            Some(definition) => check_launch_settings(cluster, &service, definition)?,
            None => None,
        };
        match (controller, &definition) {
            (DeploymentControllerType::Ecs, Some(definition)) => {
                service.start_deployment(&scope, definition, platform_version, now);
            }
            // CodeDeploy starts a service with one PRIMARY task set of its definition.
            (DeploymentControllerType::CodeDeploy, Some(definition)) => {
                service.add_task_set(
                    &scope,
                    TaskSetSpec {
                        task_definition: definition.task_definition_arn.clone().unwrap_or_default(),
                        launch_type: service.launch_type,
                        capacity_provider_strategy: service.capacity_provider_strategy.clone(),
                        platform_version,
                        network: service.network.clone(),
                        info: TaskSetInfo {
                            arn: String::new(),
                            external_id: None,
                            scale: wire::Scale {
                                value: 100.0,
                                unit: Some(wire::ScaleUnit::Percent),
                            },
                            draining: false,
                            stable: false,
                            stability_status_at: now,
                            load_balancers: service.load_balancers.clone(),
                            service_registries: service.service_registries.clone(),
                            tags: Vec::new(),
                            client_token: None,
                        },
                    },
                    true,
                    now,
                );
            }
            _ => {}
        }
        finish(&mut service)?;
        Ok(put_back(p, service, true))
    })?;
    nudge(cx, &service);
    Ok(wire::CreateServiceResponse {
        service: Some(service),
    })
}

/// Stores a created or changed service in its cluster and describes it.
fn put_back(p: &mut Partition, service: Service, include_tags: bool) -> wire::Service {
    let wire = describe(p, &service, include_tags);
    if let Some(cluster) = p.clusters.get_mut(&service.cluster) {
        cluster.services.insert(service.name.clone(), service);
    }
    wire
}

pub(super) fn update_service(
    cx: &Context<'_>,
    input: wire::UpdateServiceRequest,
) -> Result<wire::UpdateServiceResponse, EcsError> {
    update(cx, input, |_| Ok(()))
}

/// UpdateService, with `finish` completing the changed service inside the same write.
pub(super) fn update(
    cx: &Context<'_>,
    input: wire::UpdateServiceRequest,
    finish: impl FnOnce(&mut Service) -> Result<(), EcsError>,
) -> Result<wire::UpdateServiceResponse, EcsError> {
    let scope = cx.caller.scope();
    let now = cx.plane.now();
    let grace = check_grace_period(input.health_check_grace_period_seconds)?;
    launch::check_placement(
        input.placement_constraints.as_deref().unwrap_or_default(),
        input.placement_strategy.as_deref().unwrap_or_default(),
    )?;
    let service = cx.plane.store.write(&cx.caller.partition_key(), |p| {
        let cluster = p.active_cluster(&scope, input.cluster.as_deref())?;
        let current = p
            .service(&scope, &cluster.name, &input.service)
            .ok_or_else(service_not_found)?;
        if current.status != ServiceStatus::Active {
            return Err(EcsError::new(
                ErrorKind::ServiceNotActive,
                "Service was not ACTIVE.",
            ));
        }
        // Changed on a copy, so that a request that fails half-way changes nothing.
        let mut service = current.clone();
        if service.controller != DeploymentControllerType::Ecs {
            let deploys = input.task_definition.is_some()
                || input.force_new_deployment
                || input.network_configuration.is_some()
                || input.platform_version.is_some()
                || input.capacity_provider_strategy.is_some()
                || input.load_balancers.is_some()
                || input.service_registries.is_some()
                || input.service_connect_configuration.is_some()
                || input.vpc_lattice_configurations.is_some()
                || input.volume_configurations.is_some();
            if deploys {
                return Err(EcsError::invalid_parameter(format!(
                    "A service with the {} deployment controller changes what it runs through \
                     task sets; UpdateService may only change its desired count, deployment \
                     configuration, placement, health check grace period and tag options.",
                    service.controller
                )));
            }
        }
        let daemon = service.scheduling == SchedulingStrategy::Daemon;
        let mut redeploy = input.force_new_deployment;
        if let Some(count) = input.desired_count {
            if daemon {
                return Err(EcsError::invalid_parameter(
                    "The daemon scheduling strategy does not support a desired count for \
                     services.",
                ));
            }
            service.desired_count = check_desired_count(count)?;
        }
        let definition = match &input.task_definition {
            Some(reference) => {
                let (definition, _) = p.active_task_definition(&scope, reference)?;
                redeploy |= definition.task_definition_arn != service.task_definition;
                service
                    .task_definition
                    .clone_from(&definition.task_definition_arn);
                Some(definition)
            }
            // Task sets carry their own definitions (checked when they were created).
            None if service.controller != DeploymentControllerType::Ecs => None,
            None => Some(current_definition(p, &scope, &service)?),
        };
        if let Some(definition) = &definition {
            cx.plane.config.safety.check(definition)?;
        }
        if let Some(strategy) = input.capacity_provider_strategy.clone() {
            // An empty strategy means the cluster's default one, if it has one.
            let strategy = if strategy.is_empty() {
                cluster.default_strategy.clone()
            } else {
                strategy
            };
            if !strategy.is_empty() {
                launch::resolve_choice(
                    None,
                    Some(strategy.clone()),
                    &cluster.capacity_providers,
                    &cluster.default_strategy,
                )?;
                redeploy |= strategy != service.capacity_provider_strategy;
                // A service moved onto a strategy no longer has a launch type.
                service.launch_type = None;
                service.capacity_provider_strategy = strategy;
            }
        }
        if let Some(given) = input.deployment_configuration.clone() {
            service.deployment_configuration = merge_deployment_configuration(
                Some(given),
                &service.deployment_configuration,
                daemon,
            )?;
        }
        replace(
            &mut service.network,
            input.network_configuration.clone(),
            &mut redeploy,
        );
        replace(
            &mut service.platform_version,
            input.platform_version.clone(),
            &mut redeploy,
        );
        if let Some(balancers) = input.load_balancers.clone() {
            redeploy |= balancers != service.load_balancers;
            service.load_balancers = balancers;
        }
        if let Some(registries) = input.service_registries.clone() {
            redeploy |= registries != service.service_registries;
            service.service_registries = registries;
        }
        replace(
            &mut service.service_connect,
            input.service_connect_configuration.clone(),
            &mut redeploy,
        );
        replace(
            &mut service.vpc_lattice,
            input.vpc_lattice_configurations.clone(),
            &mut redeploy,
        );
        if let Some(volumes) = input.volume_configurations.clone() {
            service.volume_configurations = Some(volumes);
            redeploy = true;
        }
        let connectors_given = input.gateway_connectors.is_some();
        if let Some(connectors) = input.gateway_connectors.clone() {
            redeploy |= connectors != service.gateway_connectors;
            service.gateway_connectors = connectors;
        }
        // Every update binds the connector anew: this is how a service leaves a gateway that
        // is being disassociated from its cluster.
        service.gateways = p.connect_service(
            &cluster.name,
            &service.gateway_connectors,
            definition.as_ref(),
            connectors_given,
        )?;
        if let Some(constraints) = input.placement_constraints.clone() {
            service.placement_constraints = constraints;
        }
        if let Some(strategy) = input.placement_strategy.clone() {
            service.placement_strategy = strategy;
        }
        if let Some(grace) = grace {
            service.health_check_grace_period = grace;
        }
        if let Some(enable) = input.enable_execute_command {
            service.enable_execute_command = enable;
        }
        if let Some(enable) = input.enable_ecs_managed_tags {
            service.enable_ecs_managed_tags = enable;
        }
        if let Some(propagate) = input.propagate_tags {
            service.propagate_tags = propagate;
        }
        if let Some(rebalancing) = input.availability_zone_rebalancing {
            service.availability_zone_rebalancing = rebalancing;
        }
        if let Some(controller) = &input.deployment_controller {
            if controller.r#type != service.controller {
                return Err(EcsError::invalid_parameter(
                    "Updating the deployment controller of a service is only supported from \
                     ECS to CODE_DEPLOY or EXTERNAL, which ecsemu does not run.",
                ));
            }
        }
        // A new task definition must still have the containers the load balancers name.
        launch::check_load_balancers(&service.load_balancers, definition.as_ref())?;
        if let Some(definition) = &definition {
            let platform_version = check_launch_settings(cluster, &service, definition)?;
            if redeploy {
                service.start_deployment(&scope, definition, platform_version, now);
            }
        }
        service.steady = false;
        finish(&mut service)?;
        Ok(put_back(p, service, false))
    })?;
    nudge(cx, &service);
    Ok(wire::UpdateServiceResponse {
        service: Some(service),
    })
}

pub(super) fn delete_service(
    cx: &Context<'_>,
    input: wire::DeleteServiceRequest,
) -> Result<wire::DeleteServiceResponse, EcsError> {
    let scope = cx.caller.scope();
    let service = cx.plane.store.write(&cx.caller.partition_key(), |p| {
        let cluster = p
            .active_cluster(&scope, input.cluster.as_deref())?
            .name
            .clone();
        let service = p
            .service_mut(&scope, &cluster, &input.service)
            .filter(|s| s.status != ServiceStatus::Inactive)
            .ok_or_else(service_not_found)?;
        let scaled_up =
            service.scheduling == SchedulingStrategy::Replica && service.desired_count > 0;
        if service.status == ServiceStatus::Active && scaled_up && input.force != Some(true) {
            return Err(EcsError::invalid_parameter(
                "The service cannot be stopped while it is scaled above 0.",
            ));
        }
        service.status = ServiceStatus::Draining;
        service.desired_count = 0;
        service.steady = false;
        let name = service.name.clone();
        Ok::<_, EcsError>(describe(p, &p.clusters[&cluster].services[&name], false))
    })?;
    nudge(cx, &service);
    Ok(wire::DeleteServiceResponse {
        service: Some(service),
    })
}

pub(super) fn describe_services(
    cx: &Context<'_>,
    input: wire::DescribeServicesRequest,
) -> Result<wire::DescribeServicesResponse, EcsError> {
    let scope = cx.caller.scope();
    super::check_describe_count(input.services.len(), 10, "services")?;
    let include_tags = super::includes(input.include.as_deref(), wire::ServiceField::Tags);
    cx.plane.store.read(&cx.caller.partition_key(), |p| {
        let cluster = p.active_cluster(&scope, input.cluster.as_deref())?;
        let (services, failures) = super::describe_each(
            &input.services,
            |reference| {
                p.service(&scope, &cluster.name, reference)
                    .map(|service| describe(p, service, include_tags))
            },
            |name| scope.short_service(name),
        );
        Ok(wire::DescribeServicesResponse {
            services: Some(services),
            failures: Some(failures),
        })
    })
}

pub(super) fn list_services(
    cx: &Context<'_>,
    input: wire::ListServicesRequest,
) -> Result<wire::ListServicesResponse, EcsError> {
    let scope = cx.caller.scope();
    let arns = cx.plane.store.read(&cx.caller.partition_key(), |p| {
        let cluster = p.active_cluster(&scope, input.cluster.as_deref())?;
        Ok::<_, EcsError>(
            cluster
                .services
                .values()
                .filter(|s| s.status == ServiceStatus::Active)
                .filter(|s| input.launch_type.is_none() || s.launch_type == input.launch_type)
                .filter(|s| {
                    input
                        .scheduling_strategy
                        .is_none_or(|st| s.scheduling == st)
                })
                .filter(|s| {
                    input
                        .resource_management_type
                        .is_none_or(|t| t == s.resource_management_type())
                })
                .map(|s| s.arn.clone())
                .collect::<Vec<_>>(),
        )
    })?;
    let (page, next_token) = paging::page(
        arns,
        Clone::clone,
        false,
        input.max_results,
        input.next_token.as_deref(),
        PAGE,
    )?;
    Ok(wire::ListServicesResponse {
        service_arns: Some(page),
        next_token,
    })
}

pub(super) fn list_services_by_namespace(
    cx: &Context<'_>,
    input: wire::ListServicesByNamespaceRequest,
) -> Result<wire::ListServicesByNamespaceResponse, EcsError> {
    // ecsemu has no Cloud Map: the namespaces it knows are those clusters and services name,
    // and a namespace is matched as it was written (name or ARN).
    let wanted = input.namespace.as_str();
    let (known, arns) = cx.plane.store.read(&cx.caller.partition_key(), |p| {
        let clusters = p.clusters.values().filter(|c| c.is_active());
        let mut known = false;
        let mut arns = Vec::new();
        for cluster in clusters {
            known |= cluster
                .service_connect_defaults
                .as_ref()
                .and_then(|d| d.namespace.as_deref())
                .is_some_and(|n| n == wanted);
            for service in cluster.services.values() {
                let uses = service
                    .service_connect
                    .as_ref()
                    .and_then(|c| c.namespace.as_deref())
                    .is_some_and(|n| n == wanted);
                known |= uses;
                if uses && service.status == ServiceStatus::Active {
                    arns.push(service.arn.clone());
                }
            }
        }
        (known, arns)
    });
    if !known {
        return Err(EcsError::new(
            ErrorKind::NamespaceNotFound,
            format!("Namespace {} not found.", input.namespace),
        ));
    }
    let (page, next_token) = paging::page(
        arns,
        Clone::clone,
        false,
        input.max_results,
        input.next_token.as_deref(),
        PAGE,
    )?;
    Ok(wire::ListServicesByNamespaceResponse {
        service_arns: Some(page),
        next_token,
    })
}

/// ListServices and ListServicesByNamespace: 10 by default, at most 100.
const PAGE: PageLimits = PageLimits {
    default: 10,
    max: 100,
};

pub(super) fn service_not_found() -> EcsError {
    EcsError::new(ErrorKind::ServiceNotFound, "Service not found.")
}

/// A service as DescribeServices shows it, with its counts.
pub(super) fn describe(p: &Partition, service: &Service, include_tags: bool) -> wire::Service {
    service.to_wire(&p.service_counts(service), include_tags)
}

fn nudge(cx: &Context<'_>, service: &wire::Service) {
    let (Some(arn), Some(name)) = (&service.cluster_arn, &service.service_name) else {
        return;
    };
    let cluster = arn.rsplit('/').next().unwrap_or_default().to_owned();
    cx.plane.nudge_service(ServiceKey {
        partition: cx.caller.partition_key(),
        cluster,
        name: name.clone(),
    });
}

/// Sets `field` to a given value, and notes a new deployment if it changes anything.
fn replace<T: PartialEq>(field: &mut Option<T>, given: Option<T>, redeploy: &mut bool) {
    if let Some(given) = given {
        *redeploy |= field.as_ref() != Some(&given);
        *field = Some(given);
    }
}

fn check_desired_count(count: i32) -> Result<i32, EcsError> {
    if count < 0 {
        return Err(EcsError::invalid_parameter(
            "desiredCount must be greater than or equal to 0.",
        ));
    }
    Ok(count)
}

fn check_grace_period(seconds: Option<i32>) -> Result<Option<i32>, EcsError> {
    match seconds {
        Some(s) if !(0..=2_147_483_647).contains(&s) => Err(EcsError::invalid_parameter(
            "healthCheckGracePeriodSeconds must be greater than or equal to 0.",
        )),
        other => Ok(other),
    }
}

/// What the DAEMON strategy does not allow.
fn check_daemon(
    input: &wire::CreateServiceRequest,
    controller: DeploymentControllerType,
) -> Result<(), EcsError> {
    if input
        .placement_strategy
        .as_ref()
        .is_some_and(|s| !s.is_empty())
    {
        return Err(EcsError::invalid_parameter(
            "Placement strategies are not supported with a DAEMON scheduling strategy.",
        ));
    }
    if controller != DeploymentControllerType::Ecs {
        return Err(EcsError::invalid_parameter(
            "The DAEMON scheduling strategy is only supported with the ECS deployment \
             controller.",
        ));
    }
    if input.launch_type == Some(LaunchType::External) {
        return Err(EcsError::invalid_parameter(
            "The daemon scheduling strategy is not supported with the EXTERNAL launch type.",
        ));
    }
    Ok(())
}

/// ECS's defaults: replace with up to twice the tasks and never fewer than all healthy;
/// daemons stop their old task before starting its replacement.
fn default_deployment_configuration(daemon: bool) -> wire::DeploymentConfiguration {
    wire::DeploymentConfiguration {
        maximum_percent: Some(if daemon { 100 } else { 200 }),
        minimum_healthy_percent: Some(if daemon { 0 } else { 100 }),
        deployment_circuit_breaker: Some(wire::DeploymentCircuitBreaker {
            enable: false,
            rollback: false,
            reset_on_healthy_task: None,
            threshold_configuration: None,
        }),
        ..wire::DeploymentConfiguration::default()
    }
}

/// The given deployment configuration over `base` (members not given keep their values).
fn merge_deployment_configuration(
    given: Option<wire::DeploymentConfiguration>,
    base: &wire::DeploymentConfiguration,
    daemon: bool,
) -> Result<wire::DeploymentConfiguration, EcsError> {
    let Some(given) = given else {
        return Ok(base.clone());
    };
    let merged = wire::DeploymentConfiguration {
        maximum_percent: given.maximum_percent.or(base.maximum_percent),
        minimum_healthy_percent: given
            .minimum_healthy_percent
            .or(base.minimum_healthy_percent),
        deployment_circuit_breaker: given
            .deployment_circuit_breaker
            .or_else(|| base.deployment_circuit_breaker.clone()),
        alarms: given.alarms.or_else(|| base.alarms.clone()),
        strategy: given.strategy.or(base.strategy),
        bake_time_in_minutes: given.bake_time_in_minutes.or(base.bake_time_in_minutes),
        lifecycle_hooks: given
            .lifecycle_hooks
            .or_else(|| base.lifecycle_hooks.clone()),
        linear_configuration: given
            .linear_configuration
            .or_else(|| base.linear_configuration.clone()),
        canary_configuration: given
            .canary_configuration
            .or_else(|| base.canary_configuration.clone()),
        early_success_criteria: given
            .early_success_criteria
            .or_else(|| base.early_success_criteria.clone()),
    };
    let maximum = merged.maximum_percent.unwrap_or(200);
    let minimum = merged.minimum_healthy_percent.unwrap_or(100);
    if maximum < 0 || minimum < 0 {
        return Err(EcsError::invalid_parameter(
            "maximumPercent and minimumHealthyPercent must not be negative.",
        ));
    }
    if minimum > 100 {
        return Err(EcsError::invalid_parameter(
            "minimumHealthyPercent must be between 0 and 100.",
        ));
    }
    if daemon && maximum > 100 {
        return Err(EcsError::invalid_parameter(
            "The daemon scheduling strategy does not support values above 100 for \
             maximumPercent on a deployment configuration. Change the maximumPercent value to \
             100, and try again",
        ));
    }
    if let Some(breaker) = &merged.deployment_circuit_breaker {
        if let Some(threshold) = &breaker.threshold_configuration {
            if threshold.value < 1 {
                return Err(EcsError::invalid_parameter(
                    "The circuit breaker threshold value must be at least 1.",
                ));
            }
        }
    }
    for hook in merged.lifecycle_hooks.iter().flatten() {
        let pause = hook.target_type == Some(wire::DeploymentLifecycleHookTargetType::Pause);
        if !pause && hook.hook_target_arn.is_none() {
            return Err(EcsError::invalid_parameter(
                "A lifecycle hook needs a hookTargetArn unless its targetType is PAUSE.",
            ));
        }
        if hook.lifecycle_stages.as_ref().is_none_or(Vec::is_empty) {
            return Err(EcsError::invalid_parameter(
                "A lifecycle hook needs at least one lifecycle stage.",
            ));
        }
    }
    Ok(merged)
}

/// The definition a service's PRIMARY deployment runs (ACTIVE or not: a service keeps running
/// a revision that was deregistered after it was deployed).
fn current_definition(
    p: &Partition,
    scope: &Scope,
    service: &Service,
) -> Result<wire::TaskDefinition, EcsError> {
    let reference = service.task_definition.as_deref().unwrap_or_default();
    crate::control::task_definition::TaskDefinitionRef::parse(scope, reference)
        .and_then(|r| p.task_definitions.resolve(&r))
        .map(|r| r.definition.clone())
        .ok_or_else(|| EcsError::client("TaskDefinition not found."))
}

/// Checks a service's launch settings against its task definition; returns the platform
/// version its tasks will report.
fn check_launch_settings(
    cluster: &Cluster,
    service: &Service,
    definition: &wire::TaskDefinition,
) -> Result<Option<String>, EcsError> {
    let choice = match service.launch_type {
        Some(launch_type) => LaunchChoice::LaunchType(launch_type),
        None => LaunchChoice::Strategy(service.capacity_provider_strategy.clone()),
    };
    for item in &service.capacity_provider_strategy {
        if !cluster.capacity_providers.contains(&item.capacity_provider) {
            return Err(EcsError::invalid_parameter(
                "The specified capacity provider strategy cannot contain a capacity provider \
                 that is not associated with the cluster.",
            ));
        }
    }
    launch::check_choice(
        definition,
        &choice,
        service.network.as_ref(),
        service.platform_version.as_deref(),
    )
}

/// The role a service was given (a name or an ARN), else ECS's service-linked role.
fn role_arn(scope: &Scope, role: Option<&str>) -> String {
    match role {
        Some(arn) if arn.starts_with("arn:") => arn.to_owned(),
        Some(name) => format!(
            "arn:{}:iam::{}:role/{name}",
            scope.partition, scope.account_id
        ),
        None => format!(
            "arn:{}:iam::{}:role/aws-service-role/ecs.amazonaws.com/AWSServiceRoleForECS",
            scope.partition, scope.account_id
        ),
    }
}
