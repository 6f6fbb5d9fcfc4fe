//! RegisterContainerInstance, DeregisterContainerInstance, DescribeContainerInstances,
//! ListContainerInstances.

use std::collections::BTreeSet;

use super::Context;
use crate::control::arn::{self, Scope};
use crate::control::container_instance::{
    new_ec2_instance_id, ContainerInstance, HostFacts, Identity, InstanceStatus, AGENT_VERSION,
};
use crate::control::paging::{self, PageLimits};
use crate::control::placement::Expression;
use crate::control::store::Partition;
use crate::control::{tags, TaskKey};
use crate::error::{EcsError, ErrorKind};
use crate::wire::{self, ContainerInstanceStatus, TaskStopCode};

pub(super) async fn register_container_instance(
    cx: &Context<'_>,
    input: wire::RegisterContainerInstanceRequest,
) -> Result<wire::RegisterContainerInstanceResponse, EcsError> {
    let scope = cx.caller.scope();
    let tags = tags::initial(input.tags.as_deref().unwrap_or_default())?;
    // The registering host's runtime is the instance's capacity unless the request gives it.
    let host = cx
        .runtime
        .info()
        .await
        .map_or_else(|_| HostFacts::unknown(), |info| HostFacts::of(&info));
    let identity = identity_of(&scope, input.instance_identity_document.as_deref());
    let (described, cluster) = cx.plane.store.write(&cx.caller.partition_key(), |p| {
        // ECS answers the agent's registration in a missing cluster with a ClientException, not
        // the ClusterNotFoundException of other operations (which the model also lists here).
        let cluster_name = p
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
        let mut instance = ContainerInstance::on_host(
            &scope,
            &cluster_name,
            id.clone(),
            &host,
            &identity,
            cx.plane.now(),
        );
        apply_registration(&mut instance, &input);
        instance.tags.clone_from(&tags);
        // A caller that registers its own instances manages the cluster's capacity itself.
        if let Some(cluster) = p.clusters.get_mut(&cluster_name) {
            cluster.takes_local_instance = false;
        }
        let described = instance.to_wire(&p.instance_usage(&id), true);
        p.container_instances.insert(id, instance);
        Ok::<_, EcsError>((described, cluster_name))
    })?;
    cx.plane
        .nudge_services_of(&cx.caller.partition_key(), &cluster);
    Ok(wire::RegisterContainerInstanceResponse {
        container_instance: Some(described),
    })
}

/// Where the instance identity document says the instance runs; without one, a new
/// instance id in the region's first zone.
fn identity_of(scope: &Scope, document: Option<&str>) -> Identity {
    let document: serde_json::Value = document
        .and_then(|d| serde_json::from_str(d).ok())
        .unwrap_or_default();
    let field = |name: &str| {
        document
            .get(name)
            .and_then(|v| v.as_str())
            .map(str::to_owned)
    };
    let default = Identity::local(scope, &new_ec2_instance_id());
    Identity {
        ec2_instance_id: field("instanceId").unwrap_or(default.ec2_instance_id),
        availability_zone: field("availabilityZone").unwrap_or(default.availability_zone),
        instance_type: field("instanceType").unwrap_or(default.instance_type),
    }
}

/// What the registration request itself says of the instance: its resources, attributes and
/// versions win over what the host reports.
fn apply_registration(
    instance: &mut ContainerInstance,
    input: &wire::RegisterContainerInstanceRequest,
) {
    let resources = input.total_resources.as_deref().unwrap_or_default();
    let resource = |name: &str| resources.iter().find(|r| r.name.as_deref() == Some(name));
    let ports = |name: &str| -> Option<BTreeSet<u16>> {
        resource(name).map(|r| {
            r.string_set_value
                .iter()
                .flatten()
                .filter_map(|p| p.parse().ok())
                .collect()
        })
    };
    if let Some(cpu) = resource("CPU") {
        instance.cpu = cpu.integer_value;
    }
    if let Some(memory) = resource("MEMORY") {
        instance.memory = memory.integer_value;
    }
    if let Some(tcp) = ports("PORTS") {
        instance.reserved_tcp_ports = tcp;
    }
    if let Some(udp) = ports("PORTS_UDP") {
        instance.reserved_udp_ports = udp;
    }
    for attribute in input.attributes.iter().flatten() {
        instance.attributes.retain(|a| a.name != attribute.name);
        instance.attributes.push(attribute.clone());
    }
    if let Some(version_info) = &input.version_info {
        instance.version_info = version_info.clone();
    }
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
        instance.deregister();
        let described = instance.to_wire(&usage, false);
        if instance.local {
            // Deregistered by hand, the local host stays out of the cluster.
            if let Some(cluster) = p.clusters.get_mut(&cluster) {
                cluster.takes_local_instance = false;
            }
        }
        Ok::<_, EcsError>((described, on_instance, cluster))
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
