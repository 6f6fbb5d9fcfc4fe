//! RegisterContainerInstance, DeregisterContainerInstance, DescribeContainerInstances,
//! ListContainerInstances.

use std::collections::BTreeSet;

use super::Context;
use crate::control::arn::{self, Scope};
use crate::control::container_instance::{ContainerInstance, InstanceStatus, RESERVED_PORTS};
use crate::control::paging::{self, PageLimits};
use crate::control::placement::Expression;
use crate::control::store::Partition;
use crate::control::{tags, TaskKey};
use crate::error::{EcsError, ErrorKind};
use crate::wire::{self, ContainerInstanceStatus, TaskStopCode};

/// The agent version instances report unless the request says otherwise.
const AGENT_VERSION: &str = "1.89.0";

pub(super) async fn register_container_instance(
    cx: &Context<'_>,
    input: wire::RegisterContainerInstanceRequest,
) -> Result<wire::RegisterContainerInstanceResponse, EcsError> {
    let scope = cx.caller.scope();
    let tags = tags::initial(input.tags.as_deref().unwrap_or_default())?;
    // The registering host's runtime is the instance's capacity unless the request gives it.
    let info = cx.runtime.info().await.ok();
    let identity: serde_json::Value = input
        .instance_identity_document
        .as_deref()
        .and_then(|d| serde_json::from_str(d).ok())
        .unwrap_or_default();
    let identity_field = |name: &str| {
        identity
            .get(name)
            .and_then(|v| v.as_str())
            .map(str::to_owned)
    };
    let resources = input.total_resources.clone().unwrap_or_default();
    let integer = |name: &str| {
        resources
            .iter()
            .find(|r| r.name.as_deref() == Some(name))
            .map(|r| r.integer_value)
    };
    let ports = |name: &str| -> Option<BTreeSet<u16>> {
        resources
            .iter()
            .find(|r| r.name.as_deref() == Some(name))
            .map(|r| {
                r.string_set_value
                    .iter()
                    .flatten()
                    .filter_map(|p| p.parse().ok())
                    .collect()
            })
    };
    let cpu = integer("CPU")
        .or_else(|| info.as_ref().map(|i| i.cpus as i32 * 1024))
        .unwrap_or(1024);
    let memory = integer("MEMORY")
        .or_else(|| {
            info.as_ref()
                .map(|i| (i.memory_bytes / (1024 * 1024)) as i32)
        })
        .unwrap_or(2048);
    let runtime_version = info.as_ref().map(|i| i.version.clone()).unwrap_or_default();
    let availability_zone =
        identity_field("availabilityZone").unwrap_or_else(|| format!("{}a", scope.region));
    let instance_type = identity_field("instanceType").unwrap_or_else(|| "ecsemu.local".to_owned());
    let ec2_instance_id =
        identity_field("instanceId").unwrap_or_else(|| format!("i-{}", arn::random_hex(17)));

    let (described, cluster) = cx.plane.store.write(&cx.caller.partition_key(), |p| {
        // ECS answers the agent's registration in a missing cluster with a ClientException, not
        // the ClusterNotFoundException of other operations (which the model also lists here).
        let cluster = p
            .active_cluster(&scope, input.cluster.as_deref())
            .map_err(|_| EcsError::client("Cluster not found."))?
            .name
            .clone();
        let existing = input
            .container_instance_arn
            .as_deref()
            .and_then(|r| instance_id(&scope, r))
            .filter(|id| p.container_instances.contains_key(*id))
            .map(str::to_owned);
        let id = existing.unwrap_or_else(arn::new_container_instance_id);
        let mut attributes = default_attributes(&availability_zone, &instance_type);
        for attribute in input.attributes.clone().unwrap_or_default() {
            attributes.retain(|a| a.name != attribute.name);
            attributes.push(attribute);
        }
        let instance = ContainerInstance {
            arn: scope.container_instance(&cluster, &id),
            id: id.clone(),
            cluster: cluster.clone(),
            ec2_instance_id: ec2_instance_id.clone(),
            status: InstanceStatus::Active,
            agent_connected: true,
            cpu,
            memory,
            reserved_tcp_ports: ports("PORTS")
                .unwrap_or_else(|| RESERVED_PORTS.into_iter().collect()),
            reserved_udp_ports: ports("PORTS_UDP").unwrap_or_default(),
            attributes,
            registered_at: cx.plane.now(),
            version: 1,
            version_info: input
                .version_info
                .clone()
                .unwrap_or_else(|| wire::VersionInfo {
                    agent_version: Some(AGENT_VERSION.to_owned()),
                    agent_hash: Some("ecsemu".to_owned()),
                    docker_version: Some(format!("DockerVersion: {runtime_version}")),
                }),
            tags: tags.clone(),
            capacity_provider_name: None,
            agent_update_status: None,
        };
        let described = instance.to_wire(&p.instance_usage(&id), true);
        p.container_instances.insert(id, instance);
        Ok::<_, EcsError>((described, cluster))
    })?;
    cx.plane
        .nudge_services_of(&cx.caller.partition_key(), &cluster);
    Ok(wire::RegisterContainerInstanceResponse {
        container_instance: Some(described),
    })
}

pub(super) fn deregister_container_instance(
    cx: &Context<'_>,
    input: wire::DeregisterContainerInstanceRequest,
) -> Result<wire::DeregisterContainerInstanceResponse, EcsError> {
    let scope = cx.caller.scope();
    let force = input.force == Some(true);
    let (described, stopped, cluster) = cx.plane.store.write(&cx.caller.partition_key(), |p| {
        let (cluster, id) = registered(
            p,
            &scope,
            input.cluster.as_deref(),
            &input.container_instance,
        )?;
        let on_instance: Vec<String> = p
            .tasks
            .values()
            .filter(|t| t.container_instance_id.as_deref() == Some(id.as_str()) && !t.is_stopped())
            .map(|t| t.id.clone())
            .collect();
        if !on_instance.is_empty() && !force {
            return Err(EcsError::invalid_parameter(
                "Found running tasks on the instance. Deregister with force to stop them.",
            ));
        }
        for task_id in &on_instance {
            if let Some(task) = p.tasks.get_mut(task_id) {
                task.request_stop(
                    TaskStopCode::UserInitiated,
                    "Container instance deregistration forced by user",
                    cx.plane.now(),
                );
            }
        }
        let usage = p.instance_usage(&id);
        let instance = p.container_instances.get_mut(&id).ok_or_else(|| {
            EcsError::invalid_parameter("The referenced container instance was not found.")
        })?;
        instance.status = InstanceStatus::Inactive;
        instance.agent_connected = false;
        instance.version += 1;
        Ok::<_, EcsError>((instance.to_wire(&usage, false), on_instance, cluster))
    })?;
    let partition = cx.caller.partition_key();
    cx.plane.nudge_services_of(&partition, &cluster);
    for task_id in stopped {
        cx.plane.nudge(TaskKey {
            partition: partition.clone(),
            task_id,
        });
    }
    Ok(wire::DeregisterContainerInstanceResponse {
        container_instance: Some(described),
    })
}

pub(super) fn update_container_instances_state(
    cx: &Context<'_>,
    input: wire::UpdateContainerInstancesStateRequest,
) -> Result<wire::UpdateContainerInstancesStateResponse, EcsError> {
    let scope = cx.caller.scope();
    let status = match input.status {
        wire::ContainerInstanceStatus::Active => InstanceStatus::Active,
        wire::ContainerInstanceStatus::Draining => InstanceStatus::Draining,
        other => {
            return Err(EcsError::invalid_parameter(format!(
                "Container instance status can only be updated to ACTIVE or DRAINING, not {}.",
                other.as_str()
            )))
        }
    };
    if input.container_instances.is_empty() || input.container_instances.len() > 10 {
        return Err(EcsError::invalid_parameter(
            "containerInstances must name between 1 and 10 container instances.",
        ));
    }
    let (response, cluster) = cx.plane.store.write(&cx.caller.partition_key(), |p| {
        let cluster = p
            .active_cluster(&scope, input.cluster.as_deref())?
            .name
            .clone();
        let mut updated = Vec::new();
        let mut failures = Vec::new();
        for reference in &input.container_instances {
            let id = find(p, &scope, &cluster, reference)
                .filter(|i| i.is_registered())
                .map(|i| i.id.clone());
            let Some(instance) = id.and_then(|id| p.container_instances.get_mut(&id)) else {
                failures.push(super::missing(super::reference_arn(reference, |name| {
                    scope.container_instance(&cluster, name)
                })));
                continue;
            };
            if instance.status != status {
                instance.status = status;
                instance.version += 1;
            }
            let id = instance.id.clone();
            if let Some(instance) = p.container_instances.get(&id) {
                updated.push(instance.to_wire(&p.instance_usage(&id), false));
            }
        }
        let response = wire::UpdateContainerInstancesStateResponse {
            container_instances: Some(updated),
            failures: Some(failures),
        };
        Ok::<_, EcsError>((response, cluster))
    })?;
    // Draining moves service tasks off the instances; reactivating gives them room again.
    cx.plane
        .nudge_services_of(&cx.caller.partition_key(), &cluster);
    Ok(response)
}

/// Updates the agent of an instance registered with an older `versionInfo.agentVersion` to
/// the version ecsemu registers instances with. The answer shows the update PENDING, as
/// ECS's does; the instance is UPDATED at once, since there is no agent to download.
pub(super) fn update_container_agent(
    cx: &Context<'_>,
    input: wire::UpdateContainerAgentRequest,
) -> Result<wire::UpdateContainerAgentResponse, EcsError> {
    let scope = cx.caller.scope();
    let described = cx.plane.store.write(&cx.caller.partition_key(), |p| {
        let (_, id) = registered(
            p,
            &scope,
            input.cluster.as_deref(),
            &input.container_instance,
        )?;
        let usage = p.instance_usage(&id);
        let Some(instance) = p.container_instances.get_mut(&id) else {
            return Err(EcsError::invalid_parameter(
                "The referenced container instance was not found.",
            ));
        };
        let in_progress = instance.agent_update_status.is_some_and(|s| {
            !matches!(
                s,
                wire::AgentUpdateStatus::Updated | wire::AgentUpdateStatus::Failed
            )
        });
        if in_progress {
            return Err(EcsError::new(
                ErrorKind::UpdateInProgress,
                "There is already a current agent update in progress.",
            ));
        }
        let Some(current) = instance.version_info.agent_version.clone() else {
            return Err(EcsError::new(
                ErrorKind::MissingVersion,
                "The container instance does not report an agent version.",
            ));
        };
        if !is_older(&current, AGENT_VERSION) {
            return Err(EcsError::new(
                ErrorKind::NoUpdateAvailable,
                "There is no update available for your container agent.",
            ));
        }
        let mut shown = instance.to_wire(&usage, false);
        shown.agent_update_status = Some(wire::AgentUpdateStatus::Pending);
        instance.version_info.agent_version = Some(AGENT_VERSION.to_owned());
        instance.agent_update_status = Some(wire::AgentUpdateStatus::Updated);
        instance.version += 1;
        Ok(shown)
    })?;
    Ok(wire::UpdateContainerAgentResponse {
        container_instance: Some(described),
    })
}

/// Whether dotted version `version` is older than `than` (numerically, part by part).
fn is_older(version: &str, than: &str) -> bool {
    let parts = |v: &str| -> Vec<u64> {
        v.trim_start_matches('v')
            .split('.')
            .map(|p| p.parse().unwrap_or(0))
            .collect()
    };
    parts(version) < parts(than)
}

pub(super) fn describe_container_instances(
    cx: &Context<'_>,
    input: wire::DescribeContainerInstancesRequest,
) -> Result<wire::DescribeContainerInstancesResponse, EcsError> {
    let scope = cx.caller.scope();
    if input.container_instances.is_empty() || input.container_instances.len() > 100 {
        return Err(EcsError::invalid_parameter(
            "Specify between 1 and 100 container instances.",
        ));
    }
    let include_tags =
        super::includes(input.include.as_deref(), wire::ContainerInstanceField::Tags);
    cx.plane.store.read(&cx.caller.partition_key(), |p| {
        let cluster = p
            .active_cluster(&scope, input.cluster.as_deref())?
            .name
            .clone();
        let (found, failures) = super::describe_each(
            &input.container_instances,
            |reference| {
                find(p, &scope, &cluster, reference)
                    .map(|i| i.to_wire(&p.instance_usage(&i.id), include_tags))
            },
            |name| scope.container_instance(&cluster, name),
        );
        Ok(wire::DescribeContainerInstancesResponse {
            container_instances: Some(found),
            failures: Some(failures),
        })
    })
}

pub(super) fn list_container_instances(
    cx: &Context<'_>,
    input: wire::ListContainerInstancesRequest,
) -> Result<wire::ListContainerInstancesResponse, EcsError> {
    let scope = cx.caller.scope();
    let filter = input
        .filter
        .as_deref()
        .filter(|f| !f.trim().is_empty())
        .map(Expression::parse)
        .transpose()?;
    let arns: Vec<String> = cx.plane.store.read(&cx.caller.partition_key(), |p| {
        let cluster = p
            .active_cluster(&scope, input.cluster.as_deref())?
            .name
            .clone();
        let arns: Vec<String> = p
            .container_instances
            .values()
            .filter(|i| i.cluster == cluster)
            .filter(|i| match input.status {
                None => i.is_registered(),
                Some(ContainerInstanceStatus::Active) => i.status == InstanceStatus::Active,
                Some(ContainerInstanceStatus::Draining) => i.status == InstanceStatus::Draining,
                Some(_) => false,
            })
            .filter(|i| {
                filter
                    .as_ref()
                    .is_none_or(|f| f.matches(&p.instance_facts(i)))
            })
            .map(|i| i.arn.clone())
            .collect();
        Ok::<_, EcsError>(arns)
    })?;
    let (page, next_token) = paging::page(
        arns,
        Clone::clone,
        false,
        input.max_results,
        input.next_token.as_deref(),
        PageLimits::HUNDRED,
    )?;
    Ok(wire::ListContainerInstancesResponse {
        container_instance_arns: Some(page),
        next_token,
    })
}

/// The id in a container instance id or ARN (long or legacy form).
pub(super) fn instance_id<'a>(scope: &Scope, reference: &'a str) -> Option<&'a str> {
    arn::local_path(scope, "container-instance", reference)
        .map(|path| path.rsplit('/').next().unwrap_or(path))
}

/// The cluster and id of a registered (ACTIVE or DRAINING) instance of the named cluster.
fn registered(
    p: &Partition,
    scope: &Scope,
    cluster: Option<&str>,
    reference: &str,
) -> Result<(String, String), EcsError> {
    let cluster = p.active_cluster(scope, cluster)?.name.clone();
    let id = find(p, scope, &cluster, reference)
        .filter(|i| i.is_registered())
        .map(|i| i.id.clone())
        .ok_or_else(|| {
            EcsError::invalid_parameter("The referenced container instance was not found.")
        })?;
    Ok((cluster, id))
}

fn find<'p>(
    p: &'p Partition,
    scope: &Scope,
    cluster: &str,
    reference: &str,
) -> Option<&'p ContainerInstance> {
    instance_id(scope, reference)
        .and_then(|id| p.container_instances.get(id))
        .filter(|i| i.cluster == cluster)
}

/// The built-in attributes and agent capabilities a Linux instance registers with.
fn default_attributes(availability_zone: &str, instance_type: &str) -> Vec<wire::Attribute> {
    let architecture = if std::env::consts::ARCH == "aarch64" {
        "arm64"
    } else {
        "x86_64"
    };
    let valued = [
        ("ecs.availability-zone", availability_zone),
        ("ecs.instance-type", instance_type),
        ("ecs.os-type", "linux"),
        ("ecs.os-family", "LINUX"),
        ("ecs.cpu-architecture", architecture),
        ("ecs.ami-id", "ami-00000000000ecsemu"),
    ];
    let capabilities = (17..=44)
        .map(|v| format!("com.amazonaws.ecs.capability.docker-remote-api.1.{v}"))
        .chain(
            [
                "ecs.capability.task-eni",
                "ecs.capability.container-health-check",
                "ecs.capability.container-ordering",
                "ecs.capability.execution-role-awslogs",
                "ecs.capability.env-files.s3",
                "ecs.capability.secrets.ssm.environment-variables",
                "ecs.capability.secrets.asm.environment-variables",
                "com.amazonaws.ecs.capability.task-iam-role",
                "com.amazonaws.ecs.capability.task-iam-role-network-host",
                "com.amazonaws.ecs.capability.privileged-container",
                "com.amazonaws.ecs.capability.logging-driver.json-file",
                "com.amazonaws.ecs.capability.logging-driver.awslogs",
                "com.amazonaws.ecs.capability.logging-driver.syslog",
                "com.amazonaws.ecs.capability.logging-driver.none",
                "ecs.capability.docker-plugin.local",
            ]
            .map(str::to_owned),
        );
    valued
        .into_iter()
        .map(|(name, value)| wire::Attribute {
            name: name.to_owned(),
            value: Some(value.to_owned()),
            ..wire::Attribute::default()
        })
        .chain(capabilities.map(|name| wire::Attribute {
            name,
            ..wire::Attribute::default()
        }))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn agent_versions_compare_numerically() {
        assert!(is_older("1.70.0", "1.89.0"));
        assert!(is_older("1.9.0", "1.10.0"));
        assert!(!is_older("1.89.0", "1.89.0"));
        assert!(!is_older("v2.0.0", "1.89.0"));
    }
}
