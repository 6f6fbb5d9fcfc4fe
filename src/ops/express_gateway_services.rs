//! CreateExpressGatewayService, UpdateExpressGatewayService, DeleteExpressGatewayService,
//! DescribeExpressGatewayService.
//!
//! An Express service is made of the ordinary parts: a task definition registered from its
//! primary container (unless it brings its own), and a Fargate service created, updated and
//! deleted through the same code as CreateService, UpdateService and DeleteService, so the
//! scheduler launches, replaces and stops its tasks like any service's. Auto scaling is not
//! emulated: the service runs `minTaskCount` tasks.

use std::collections::BTreeMap;

use super::{services, task_definitions, Context};
use crate::control::arn::{self, Arn, Scope};
use crate::control::express::ExpressService;
use crate::control::gateway;
use crate::control::infrastructure::digest;
use crate::control::service::{Service, ServiceStatus};
use crate::control::store::Partition;
use crate::control::tags;
use crate::error::{EcsError, ErrorKind};
use crate::wire::{
    self, ExpressCpuArchitecture, ExpressGatewayServiceConfiguration,
    ExpressGatewayServiceScalingMetric,
};

/// The container an Express service's own task definition runs, and its port's name.
const MAIN_CONTAINER: &str = "Main";
const MAIN_PORT: &str = "main";

pub(super) fn create_express_gateway_service(
    cx: &Context<'_>,
    input: wire::CreateExpressGatewayServiceRequest,
) -> Result<wire::CreateExpressGatewayServiceResponse, EcsError> {
    let scope = cx.caller.scope();
    gateway::check_infrastructure_role(&input.infrastructure_role_arn)?;
    let request_tags = tags::initial(input.tags.as_deref().unwrap_or_default())?;
    let name = input
        .service_name
        .clone()
        .unwrap_or_else(|| format!("express-{}", arn::random_hex(12)));
    if !arn::is_valid_name(&name) {
        return Err(EcsError::invalid_parameter(
            "Service names can have up to 255 characters: letters (uppercase and lowercase), \
             numbers, hyphens and underscores.",
        ));
    }
    let own_definition = match (&input.task_definition_arn, &input.primary_container) {
        (Some(_), None) => {
            let excluded = input.execution_role_arn.is_some()
                || input.task_role_arn.is_some()
                || input.cpu.is_some()
                || input.memory.is_some()
                || input.cpu_architecture.is_some();
            if excluded {
                return Err(EcsError::invalid_parameter(
                    "With a taskDefinitionArn you cannot also specify executionRoleArn, \
                     taskRoleArn, cpu, memory or cpuArchitecture.",
                ));
            }
            true
        }
        (None, Some(_)) => false,
        _ => {
            return Err(EcsError::invalid_parameter(
                "Specify exactly one of primaryContainer and taskDefinitionArn.",
            ))
        }
    };
    let mut configuration = ExpressGatewayServiceConfiguration {
        execution_role_arn: input.execution_role_arn,
        task_role_arn: input.task_role_arn,
        task_definition_arn: input.task_definition_arn,
        cpu: Some(input.cpu.unwrap_or_else(|| "256".to_owned())),
        memory: Some(input.memory.unwrap_or_else(|| "512".to_owned())),
        cpu_architecture: Some(
            input
                .cpu_architecture
                .unwrap_or(ExpressCpuArchitecture::X86_64),
        ),
        network_configuration: Some(input.network_configuration.unwrap_or_default()),
        health_check_path: Some(health_check_path(input.health_check_path)?),
        primary_container: input.primary_container,
        scaling_target: Some(scaling_target(input.scaling_target, None)?),
        ..ExpressGatewayServiceConfiguration::default()
    };
    // Checked before anything is registered, so that a doomed request leaves nothing behind.
    cx.plane.store.read(&cx.caller.partition_key(), |p| {
        let cluster = p.active_cluster(&scope, input.cluster.as_deref())?;
        if cluster
            .services
            .get(&name)
            .is_some_and(|s| s.status != ServiceStatus::Inactive)
        {
            return Err(EcsError::invalid_parameter(format!(
                "A service named {name} already exists in cluster {}.",
                cluster.name
            )));
        }
        Ok(())
    })?;
    let definition = task_definition(cx, &name, &mut configuration, own_definition)?;
    let role = input.infrastructure_role_arn.clone();
    let now = cx.plane.now();
    let created = services::create(
        cx,
        wire::CreateServiceRequest {
            cluster: input.cluster.clone(),
            service_name: name,
            task_definition: Some(definition),
            desired_count: Some(desired_count(&configuration)),
            launch_type: Some(wire::LaunchType::Fargate),
            network_configuration: Some(network(&scope, &configuration)),
            tags: Some(request_tags),
            propagate_tags: Some(wire::PropagateTags::Service),
            ..wire::CreateServiceRequest::default()
        },
        |service| {
            service.express = Some(ExpressService::new(role, now));
            service.record_express(configuration, now);
            Ok(())
        },
    )?;
    Ok(wire::CreateExpressGatewayServiceResponse {
        service: Some(described(cx, &scope, created.service.as_ref(), true)?),
    })
}

pub(super) fn update_express_gateway_service(
    cx: &Context<'_>,
    input: wire::UpdateExpressGatewayServiceRequest,
) -> Result<wire::UpdateExpressGatewayServiceResponse, EcsError> {
    let scope = cx.caller.scope();
    let (cluster, name, current) = active_express(cx, &scope, &input.service_arn, |service| {
        service.express_configuration().cloned().unwrap_or_default()
    })?;
    let own_definition = match (&input.task_definition_arn, &input.primary_container) {
        (Some(_), Some(_)) => {
            return Err(EcsError::invalid_parameter(
                "Specify at most one of primaryContainer and taskDefinitionArn.",
            ))
        }
        (Some(_), None) => true,
        (None, Some(_)) => false,
        (None, None) => current.primary_container.is_none(),
    };
    let mut configuration = ExpressGatewayServiceConfiguration {
        execution_role_arn: input.execution_role_arn.or(current.execution_role_arn),
        task_role_arn: input.task_role_arn.or(current.task_role_arn),
        task_definition_arn: input.task_definition_arn.or(current.task_definition_arn),
        cpu: input.cpu.or(current.cpu),
        memory: input.memory.or(current.memory),
        cpu_architecture: input.cpu_architecture.or(current.cpu_architecture),
        network_configuration: input
            .network_configuration
            .or(current.network_configuration),
        health_check_path: match input.health_check_path {
            Some(path) => Some(health_check_path(Some(path))?),
            None => current.health_check_path,
        },
        primary_container: if own_definition {
            None
        } else {
            input.primary_container.or(current.primary_container)
        },
        scaling_target: Some(scaling_target(
            input.scaling_target,
            current.scaling_target.as_ref(),
        )?),
        ..ExpressGatewayServiceConfiguration::default()
    };
    let definition = task_definition(cx, &name, &mut configuration, own_definition)?;
    let target = configuration.clone();
    let now = cx.plane.now();
    let updated = services::update(
        cx,
        wire::UpdateServiceRequest {
            cluster: Some(cluster),
            service: name,
            task_definition: Some(definition),
            desired_count: Some(desired_count(&configuration)),
            network_configuration: Some(network(&scope, &configuration)),
            // Every Express update is a new revision rolled out, even one that only changes
            // the health check path.
            force_new_deployment: true,
            ..wire::UpdateServiceRequest::default()
        },
        |service| {
            if service.express.is_none() {
                return Err(service_not_found());
            }
            service.record_express(configuration, now);
            Ok(())
        },
    )?;
    let service = described(cx, &scope, updated.service.as_ref(), false)?;
    let target = service
        .active_configurations
        .as_ref()
        .and_then(|c| c.first().cloned())
        .unwrap_or(target);
    Ok(wire::UpdateExpressGatewayServiceResponse {
        service: Some(wire::UpdatedExpressGatewayService {
            service_arn: service.service_arn,
            cluster: service.cluster,
            service_name: service.service_name,
            status: service.status,
            target_configuration: Some(target),
            created_at: service.created_at,
            updated_at: service.updated_at,
        }),
    })
}

pub(super) fn delete_express_gateway_service(
    cx: &Context<'_>,
    input: wire::DeleteExpressGatewayServiceRequest,
) -> Result<wire::DeleteExpressGatewayServiceResponse, EcsError> {
    let scope = cx.caller.scope();
    let (cluster, name, ()) = active_express(cx, &scope, &input.service_arn, |_| ())?;
    // As DeleteService with force: scaled to zero, DRAINING until its tasks have stopped.
    let deleted = services::delete_service(
        cx,
        wire::DeleteServiceRequest {
            cluster: Some(cluster),
            service: name,
            force: Some(true),
        },
    )?;
    Ok(wire::DeleteExpressGatewayServiceResponse {
        service: Some(described(cx, &scope, deleted.service.as_ref(), false)?),
    })
}

pub(super) fn describe_express_gateway_service(
    cx: &Context<'_>,
    input: wire::DescribeExpressGatewayServiceRequest,
) -> Result<wire::DescribeExpressGatewayServiceResponse, EcsError> {
    let scope = cx.caller.scope();
    let include_tags = super::includes(
        input.include.as_deref(),
        wire::ExpressGatewayServiceInclude::Tags,
    );
    let service = cx.plane.store.read(&cx.caller.partition_key(), |p| {
        express_service(p, &scope, &input.service_arn, || {
            EcsError::new(
                ErrorKind::ResourceNotFound,
                format!("The Express service {} was not found.", input.service_arn),
            )
        })
        .map(|s| s.to_express(include_tags))
    })?;
    Ok(wire::DescribeExpressGatewayServiceResponse { service })
}

/// The Express service a service ARN names; `not_found` is the operation's error for one that
/// names no Express service. An unknown cluster is ClusterNotFoundException.
fn express_service<'p>(
    p: &'p Partition,
    scope: &Scope,
    service_arn: &str,
    not_found: impl Fn() -> EcsError,
) -> Result<&'p Service, EcsError> {
    let (cluster, _) = Arn::parse(service_arn)
        .filter(|a| a.resource_type == "service")
        .and_then(|a| a.resource_path.split_once('/'))
        .ok_or_else(|| {
            EcsError::invalid_parameter(format!(
                "{service_arn} is not the ARN of an Express service."
            ))
        })?;
    let cluster = p.active_cluster(scope, Some(cluster))?;
    p.service(scope, &cluster.name, service_arn)
        .filter(|s| s.express.is_some())
        .ok_or_else(not_found)
}

/// The cluster and name of the ACTIVE Express service a service ARN names, and what `read`
/// takes from it.
fn active_express<T>(
    cx: &Context<'_>,
    scope: &Scope,
    service_arn: &str,
    read: impl FnOnce(&Service) -> T,
) -> Result<(String, String, T), EcsError> {
    cx.plane.store.read(&cx.caller.partition_key(), |p| {
        let service = express_service(p, scope, service_arn, service_not_found)?;
        if service.status != ServiceStatus::Active {
            return Err(EcsError::new(
                ErrorKind::ServiceNotActive,
                "Service was not ACTIVE.",
            ));
        }
        Ok((service.cluster.clone(), service.name.clone(), read(service)))
    })
}

/// Renders a service just created, updated or deleted as an Express service.
fn described(
    cx: &Context<'_>,
    scope: &Scope,
    service: Option<&wire::Service>,
    include_tags: bool,
) -> Result<wire::ECSExpressGatewayService, EcsError> {
    let arn = service
        .and_then(|s| s.service_arn.clone())
        .unwrap_or_default();
    cx.plane.store.read(&cx.caller.partition_key(), |p| {
        express_service(p, scope, &arn, service_not_found)
            .map(|s| s.to_express(include_tags).unwrap_or_default())
    })
}

fn service_not_found() -> EcsError {
    services::service_not_found()
}

/// The task definition an Express configuration runs: the caller's own (checked, and whose
/// size it reports), or one registered from its primary container. Returns its ARN.
fn task_definition(
    cx: &Context<'_>,
    family: &str,
    configuration: &mut ExpressGatewayServiceConfiguration,
    own_definition: bool,
) -> Result<String, EcsError> {
    if own_definition {
        let scope = cx.caller.scope();
        let reference = configuration
            .task_definition_arn
            .clone()
            .unwrap_or_default();
        let (definition, _) = cx.plane.store.read(&cx.caller.partition_key(), |p| {
            p.active_task_definition(&scope, &reference)
        })?;
        check_own_definition(&definition)?;
        configuration.cpu.clone_from(&definition.cpu);
        configuration.memory.clone_from(&definition.memory);
        configuration
            .execution_role_arn
            .clone_from(&definition.execution_role_arn);
        configuration
            .task_role_arn
            .clone_from(&definition.task_role_arn);
        configuration.cpu_architecture = definition
            .runtime_platform
            .as_ref()
            .and_then(|r| r.cpu_architecture)
            .map(|a| match a {
                wire::CPUArchitecture::Arm64 => ExpressCpuArchitecture::Arm64,
                wire::CPUArchitecture::X86_64 => ExpressCpuArchitecture::X86_64,
            });
        return definition
            .task_definition_arn
            .ok_or_else(|| EcsError::server("a registered task definition has no ARN"));
    }
    let container = configuration.primary_container.clone().ok_or_else(|| {
        EcsError::invalid_parameter("An Express service needs a primaryContainer.")
    })?;
    if container.image.is_empty() {
        return Err(EcsError::invalid_parameter(
            "The primary container needs an image.",
        ));
    }
    let port = container.container_port.unwrap_or(80);
    let scope = cx.caller.scope();
    let log_configuration = container.aws_logs_configuration.map(|logs| {
        let options = BTreeMap::from([
            ("awslogs-group".to_owned(), logs.log_group),
            ("awslogs-stream-prefix".to_owned(), logs.log_stream_prefix),
            ("awslogs-region".to_owned(), scope.region.clone()),
        ]);
        wire::LogConfiguration {
            log_driver: wire::LogDriver::Awslogs,
            options: Some(options),
            secret_options: None,
        }
    });
    let registered = task_definitions::register_task_definition(
        cx,
        wire::RegisterTaskDefinitionRequest {
            family: family.to_owned(),
            container_definitions: vec![wire::ContainerDefinition {
                name: Some(MAIN_CONTAINER.to_owned()),
                image: Some(container.image),
                essential: Some(true),
                port_mappings: Some(vec![wire::PortMapping {
                    container_port: Some(port),
                    protocol: Some(wire::TransportProtocol::Tcp),
                    name: Some(MAIN_PORT.to_owned()),
                    ..wire::PortMapping::default()
                }]),
                command: container.command,
                environment: container.environment,
                secrets: container.secrets,
                repository_credentials: container
                    .repository_credentials
                    .and_then(|r| r.credentials_parameter)
                    .map(|credentials_parameter| wire::RepositoryCredentials {
                        credentials_parameter,
                    }),
                log_configuration,
                ..wire::ContainerDefinition::default()
            }],
            cpu: configuration.cpu.clone(),
            memory: configuration.memory.clone(),
            execution_role_arn: configuration.execution_role_arn.clone(),
            task_role_arn: configuration.task_role_arn.clone(),
            network_mode: Some(wire::NetworkMode::Awsvpc),
            requires_compatibilities: Some(vec![wire::Compatibility::Fargate]),
            runtime_platform: Some(wire::RuntimePlatform {
                cpu_architecture: Some(match configuration.cpu_architecture {
                    Some(ExpressCpuArchitecture::Arm64) => wire::CPUArchitecture::Arm64,
                    _ => wire::CPUArchitecture::X86_64,
                }),
                operating_system_family: Some(wire::OSFamily::Linux),
            }),
            ..wire::RegisterTaskDefinitionRequest::default()
        },
    )?;
    let arn = registered
        .task_definition
        .and_then(|d| d.task_definition_arn)
        .ok_or_else(|| EcsError::server("a registered task definition has no ARN"))?;
    configuration.task_definition_arn = Some(arn.clone());
    Ok(arn)
}

/// A task definition an Express service may bring: a `Main` container with one named TCP
/// port mapping, compatible with Fargate.
fn check_own_definition(definition: &wire::TaskDefinition) -> Result<(), EcsError> {
    let main = definition
        .container_definitions
        .iter()
        .flatten()
        .find(|c| c.name.as_deref() == Some(MAIN_CONTAINER));
    let mappings = main
        .and_then(|c| c.port_mappings.as_deref())
        .unwrap_or_default();
    let one_named_port = matches!(
        mappings,
        [mapping] if mapping.name.is_some()
            && mapping.container_port.is_some()
            && mapping.protocol != Some(wire::TransportProtocol::Udp)
    );
    if !one_named_port {
        return Err(EcsError::invalid_parameter(
            "The task definition must have a container named Main with a single TCP port \
             mapping that includes a container port and port name.",
        ));
    }
    let fargate = definition
        .requires_compatibilities
        .as_deref()
        .unwrap_or_default()
        .contains(&wire::Compatibility::Fargate);
    if !fargate {
        return Err(EcsError::invalid_parameter(
            "The task definition must have FARGATE compatibility.",
        ));
    }
    Ok(())
}

fn health_check_path(path: Option<String>) -> Result<String, EcsError> {
    let path = path.unwrap_or_else(|| "/ping".to_owned());
    if !path.starts_with('/') {
        return Err(EcsError::invalid_parameter(
            "The health check path must start with a forward slash.",
        ));
    }
    Ok(path)
}

/// The scaling target given over `current` (or ECS's defaults: 1 to 20 tasks at 60% CPU).
fn scaling_target(
    given: Option<wire::ExpressGatewayScalingTarget>,
    current: Option<&wire::ExpressGatewayScalingTarget>,
) -> Result<wire::ExpressGatewayScalingTarget, EcsError> {
    let base = current
        .cloned()
        .unwrap_or(wire::ExpressGatewayScalingTarget {
            min_task_count: Some(1),
            max_task_count: Some(20),
            auto_scaling_metric: Some(ExpressGatewayServiceScalingMetric::AverageCpu),
            auto_scaling_target_value: Some(60),
        });
    let given = given.unwrap_or_default();
    let target = wire::ExpressGatewayScalingTarget {
        min_task_count: given.min_task_count.or(base.min_task_count),
        max_task_count: given.max_task_count.or(base.max_task_count),
        auto_scaling_metric: given.auto_scaling_metric.or(base.auto_scaling_metric),
        auto_scaling_target_value: given
            .auto_scaling_target_value
            .or(base.auto_scaling_target_value),
    };
    let (min, max) = (
        target.min_task_count.unwrap_or(1),
        target.max_task_count.unwrap_or(20),
    );
    if min < 0 || max < min {
        return Err(EcsError::invalid_parameter(
            "minTaskCount must be at least 0 and at most maxTaskCount.",
        ));
    }
    if target.auto_scaling_target_value.is_some_and(|v| v <= 0) {
        return Err(EcsError::invalid_parameter(
            "autoScalingTargetValue must be greater than 0.",
        ));
    }
    Ok(target)
}

/// Without auto scaling the service runs its minimum.
fn desired_count(configuration: &ExpressGatewayServiceConfiguration) -> i32 {
    configuration
        .scaling_target
        .as_ref()
        .and_then(|s| s.min_task_count)
        .unwrap_or(1)
}

/// The service's awsvpc configuration; without subnets, the account's emulated default VPC
/// subnet.
fn network(
    scope: &Scope,
    configuration: &ExpressGatewayServiceConfiguration,
) -> wire::NetworkConfiguration {
    let given = configuration
        .network_configuration
        .clone()
        .unwrap_or_default();
    let subnets = given.subnets.filter(|s| !s.is_empty()).unwrap_or_else(|| {
        vec![format!(
            "subnet-{}",
            &digest(&format!("{}:{}", scope.account_id, scope.region))[..17]
        )]
    });
    wire::NetworkConfiguration {
        awsvpc_configuration: Some(wire::AwsVpcConfiguration {
            subnets,
            security_groups: given.security_groups,
            assign_public_ip: Some(wire::AssignPublicIp::Enabled),
        }),
    }
}
