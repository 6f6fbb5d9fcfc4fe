//! CreateCapacityProvider, UpdateCapacityProvider, DeleteCapacityProvider,
//! DescribeCapacityProviders. FARGATE and FARGATE_SPOT exist in every account and cannot be
//! created, changed or deleted; the others live in the partition and may be associated with
//! clusters (PutClusterCapacityProviders) once ACTIVE.

use super::Context;
use crate::control::arn::{self, Scope};
use crate::control::capacity::{self, CapacityProvider};
use crate::control::paging::{self, PageLimits};
use crate::control::store::Partition;
use crate::control::tags;
use crate::error::EcsError;
use crate::wire::{
    self, CapacityProviderStatus, CapacityProviderType, CapacityProviderUpdateStatus,
    ManagedDraining, ManagedScalingStatus, ManagedTerminationProtection,
};

/// DescribeCapacityProviders pages by ten at most.
const PAGE: PageLimits = PageLimits {
    default: 10,
    max: 10,
};

pub(super) fn create_capacity_provider(
    cx: &Context<'_>,
    input: wire::CreateCapacityProviderRequest,
) -> Result<wire::CreateCapacityProviderResponse, EcsError> {
    let scope = cx.caller.scope();
    check_name(&input.name)?;
    let tags = tags::initial(input.tags.as_deref().unwrap_or_default())?;
    let (kind, auto_scaling_group, managed_instances) = match (
        input.auto_scaling_group_provider,
        input.managed_instances_provider,
    ) {
        (Some(group), None) => (
            CapacityProviderType::Ec2Autoscaling,
            Some(with_defaults(group)?),
            None,
        ),
        (None, Some(managed)) => (
            CapacityProviderType::ManagedInstances,
            None,
            Some(wire::ManagedInstancesProvider {
                infrastructure_role_arn: Some(managed.infrastructure_role_arn),
                instance_launch_template: Some(managed.instance_launch_template),
                propagate_tags: managed.propagate_tags,
                auto_repair_configuration: managed.auto_repair_configuration,
                infrastructure_optimization: managed.infrastructure_optimization,
            }),
        ),
        _ => {
            return Err(EcsError::invalid_parameter(
                "Specify exactly one of autoScalingGroupProvider and \
                     managedInstancesProvider.",
            ))
        }
    };
    let created = cx.plane.store.write(&cx.caller.partition_key(), |p| {
        if p.capacity_providers
            .get(&input.name)
            .is_some_and(CapacityProvider::is_active)
        {
            return Err(EcsError::client(
                "The specified capacity provider already exists. To change the configuration \
                 of an existing capacity provider, update the capacity provider.",
            ));
        }
        // A managed instances provider belongs to the cluster it is created in.
        let cluster = match kind {
            CapacityProviderType::ManagedInstances => {
                let cluster = input.cluster.as_deref().ok_or_else(|| {
                    EcsError::invalid_parameter(
                        "A managed instances capacity provider needs a cluster.",
                    )
                })?;
                Some(p.active_cluster(&scope, Some(cluster))?.name.clone())
            }
            _ => None,
        };
        let provider = CapacityProvider {
            name: input.name.clone(),
            arn: scope.capacity_provider(&input.name),
            status: CapacityProviderStatus::Active,
            kind,
            auto_scaling_group,
            managed_instances,
            cluster: cluster.clone(),
            update_status: None,
            tags,
        };
        if let Some(cluster) = cluster.and_then(|c| p.clusters.get_mut(&c)) {
            cluster.capacity_providers.push(input.name.clone());
        }
        let created = provider.to_wire(true);
        p.capacity_providers.insert(input.name.clone(), provider);
        Ok(created)
    })?;
    Ok(wire::CreateCapacityProviderResponse {
        capacity_provider: Some(created),
    })
}

pub(super) fn update_capacity_provider(
    cx: &Context<'_>,
    input: wire::UpdateCapacityProviderRequest,
) -> Result<wire::UpdateCapacityProviderResponse, EcsError> {
    let scope = cx.caller.scope();
    let updated = cx.plane.store.write(&cx.caller.partition_key(), |p| {
        let provider = active_mut(p, &scope, &input.name)?;
        match (
            &mut provider.auto_scaling_group,
            &mut provider.managed_instances,
        ) {
            (Some(group), _) => {
                let Some(update) = input.auto_scaling_group_provider else {
                    return Err(EcsError::invalid_parameter(
                        "An Auto Scaling group capacity provider is updated with \
                         autoScalingGroupProvider.",
                    ));
                };
                let mut changed = group.clone();
                if let Some(scaling) = update.managed_scaling {
                    changed.managed_scaling = Some(scaling);
                }
                if let Some(protection) = update.managed_termination_protection {
                    changed.managed_termination_protection = Some(protection);
                }
                if let Some(draining) = update.managed_draining {
                    changed.managed_draining = Some(draining);
                }
                *group = with_defaults(changed)?;
            }
            (None, Some(managed)) => {
                let Some(update) = input.managed_instances_provider else {
                    return Err(EcsError::invalid_parameter(
                        "A managed instances capacity provider is updated with \
                         managedInstancesProvider.",
                    ));
                };
                managed.infrastructure_role_arn = Some(update.infrastructure_role_arn);
                if update.propagate_tags.is_some() {
                    managed.propagate_tags = update.propagate_tags;
                }
                if update.auto_repair_configuration.is_some() {
                    managed.auto_repair_configuration = update.auto_repair_configuration;
                }
                if update.infrastructure_optimization.is_some() {
                    managed.infrastructure_optimization = update.infrastructure_optimization;
                }
            }
            (None, None) => {}
        }
        provider.update_status = Some(CapacityProviderUpdateStatus::UpdateComplete);
        Ok(provider.to_wire(false))
    })?;
    Ok(wire::UpdateCapacityProviderResponse {
        capacity_provider: Some(updated),
    })
}

pub(super) fn delete_capacity_provider(
    cx: &Context<'_>,
    input: wire::DeleteCapacityProviderRequest,
) -> Result<wire::DeleteCapacityProviderResponse, EcsError> {
    let scope = cx.caller.scope();
    let deleted = cx.plane.store.write(&cx.caller.partition_key(), |p| {
        let name = active_mut(p, &scope, &input.capacity_provider)?
            .name
            .clone();
        let users: Vec<String> = p
            .clusters
            .values()
            .filter(|c| c.is_active() && c.capacity_providers.contains(&name))
            .filter(|c| {
                p.capacity_providers
                    .get(&name)
                    .and_then(|cp| cp.cluster.as_ref())
                    != Some(&c.name)
            })
            .map(|c| c.name.clone())
            .collect();
        if !users.is_empty() {
            return Err(EcsError::client(format!(
                "The specified capacity provider is in use and cannot be removed. It is \
                 associated with cluster {}; remove it from the cluster first.",
                users.join(", ")
            )));
        }
        let Some(provider) = p.capacity_providers.get_mut(&name) else {
            return Err(not_found(&input.capacity_provider));
        };
        // ECS answers while the deletion is under way; with nothing to scale down here it
        // completes at once, so later reads show the provider INACTIVE.
        provider.update_status = Some(CapacityProviderUpdateStatus::DeleteInProgress);
        let deleted = provider.to_wire(false);
        provider.status = CapacityProviderStatus::Inactive;
        provider.update_status = Some(CapacityProviderUpdateStatus::DeleteComplete);
        let owner = provider.cluster.clone();
        if let Some(cluster) = owner.and_then(|c| p.clusters.get_mut(&c)) {
            cluster.capacity_providers.retain(|n| *n != name);
            cluster
                .default_strategy
                .retain(|i| i.capacity_provider != name);
        }
        Ok(deleted)
    })?;
    Ok(wire::DeleteCapacityProviderResponse {
        capacity_provider: Some(deleted),
    })
}

pub(super) fn describe_capacity_providers(
    cx: &Context<'_>,
    input: wire::DescribeCapacityProvidersRequest,
) -> Result<wire::DescribeCapacityProvidersResponse, EcsError> {
    let scope = cx.caller.scope();
    let include_tags = super::includes(input.include.as_deref(), wire::CapacityProviderField::Tags);
    if let Some(names) = &input.capacity_providers {
        super::check_describe_count(names.len(), 100, "capacity providers")?;
        return cx.plane.store.read(&cx.caller.partition_key(), |p| {
            let (found, failures) = super::describe_each(
                names,
                |reference| describe_one(p, &scope, reference, include_tags),
                |name| scope.capacity_provider(name),
            );
            Ok(wire::DescribeCapacityProvidersResponse {
                capacity_providers: Some(found),
                failures: Some(failures),
                next_token: None,
            })
        });
    }
    let all = cx.plane.store.read(&cx.caller.partition_key(), |p| {
        let mut all = vec![
            capacity::fargate_provider(&scope, capacity::FARGATE),
            capacity::fargate_provider(&scope, capacity::FARGATE_SPOT),
        ];
        all.extend(
            p.capacity_providers
                .values()
                .filter(|cp| cp.is_active())
                .map(|cp| cp.to_wire(include_tags)),
        );
        all
    });
    let (page, next_token) = paging::page(
        all,
        |cp| cp.name.clone().unwrap_or_default(),
        false,
        input.max_results,
        input.next_token.as_deref(),
        PAGE,
    )?;
    Ok(wire::DescribeCapacityProvidersResponse {
        capacity_providers: Some(page),
        failures: Some(Vec::new()),
        next_token,
    })
}

/// Whether `name` is an ACTIVE provider clusters may use: FARGATE, FARGATE_SPOT or one
/// created in the partition.
pub(super) fn is_usable(p: &Partition, name: &str) -> bool {
    capacity::is_fargate_provider(name)
        || p.capacity_providers
            .get(name)
            .is_some_and(CapacityProvider::is_active)
}

fn describe_one(
    p: &Partition,
    scope: &Scope,
    reference: &str,
    include_tags: bool,
) -> Option<wire::CapacityProvider> {
    let name = provider_name(scope, reference)?;
    if capacity::is_fargate_provider(name) {
        return Some(capacity::fargate_provider(scope, name));
    }
    p.capacity_providers
        .get(name)
        .map(|cp| cp.to_wire(include_tags))
}

/// The name in a provider reference (its name or its ARN in this account and region).
fn provider_name<'a>(scope: &Scope, reference: &'a str) -> Option<&'a str> {
    arn::local_path(scope, "capacity-provider", reference)
}

fn active_mut<'p>(
    p: &'p mut Partition,
    scope: &Scope,
    reference: &str,
) -> Result<&'p mut CapacityProvider, EcsError> {
    let name = provider_name(scope, reference).ok_or_else(|| not_found(reference))?;
    if capacity::is_fargate_provider(name) {
        return Err(EcsError::invalid_parameter(format!(
            "The {name} capacity provider is managed by AWS and cannot be changed or deleted."
        )));
    }
    p.capacity_providers
        .get_mut(name)
        .filter(|cp| cp.is_active())
        .ok_or_else(|| not_found(reference))
}

fn not_found(reference: &str) -> EcsError {
    EcsError::invalid_parameter(format!(
        "The specified capacity provider {reference} does not exist."
    ))
}

fn check_name(name: &str) -> Result<(), EcsError> {
    let lower = name.to_ascii_lowercase();
    let reserved = ["aws", "ecs", "fargate"]
        .iter()
        .any(|prefix| lower.starts_with(prefix));
    if !arn::is_valid_name(name) || reserved {
        return Err(EcsError::invalid_parameter(
            "The specified capacity provider name is invalid. Up to 255 characters are \
             allowed, including letters (upper and lowercase), numbers, underscores, and \
             hyphens. The name cannot be prefixed with \"aws\", \"ecs\", or \"fargate\".",
        ));
    }
    Ok(())
}

/// Fills in what ECS fills in for an Auto Scaling group provider, and checks its ranges.
fn with_defaults(
    mut group: wire::AutoScalingGroupProvider,
) -> Result<wire::AutoScalingGroupProvider, EcsError> {
    let mut scaling = group.managed_scaling.take().unwrap_or_default();
    let status = *scaling.status.get_or_insert(ManagedScalingStatus::Disabled);
    let checks = [
        (
            "targetCapacity",
            *scaling.target_capacity.get_or_insert(100),
            1,
            100,
        ),
        (
            "minimumScalingStepSize",
            *scaling.minimum_scaling_step_size.get_or_insert(1),
            1,
            10_000,
        ),
        (
            "maximumScalingStepSize",
            *scaling.maximum_scaling_step_size.get_or_insert(10_000),
            1,
            10_000,
        ),
        (
            "instanceWarmupPeriod",
            *scaling.instance_warmup_period.get_or_insert(300),
            0,
            10_000,
        ),
    ];
    for (member, value, low, high) in checks {
        if !(low..=high).contains(&value) {
            return Err(EcsError::invalid_parameter(format!(
                "managedScaling.{member} must be between {low} and {high}."
            )));
        }
    }
    group.managed_scaling = Some(scaling);
    let protection = *group
        .managed_termination_protection
        .get_or_insert(ManagedTerminationProtection::Disabled);
    group
        .managed_draining
        .get_or_insert(ManagedDraining::Enabled);
    if protection == ManagedTerminationProtection::Enabled
        && status != ManagedScalingStatus::Enabled
    {
        return Err(EcsError::invalid_parameter(
            "Managed termination protection can only be enabled together with managed \
             scaling.",
        ));
    }
    Ok(group)
}
