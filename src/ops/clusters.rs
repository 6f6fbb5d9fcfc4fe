//! CreateCluster, DescribeClusters, DeleteCluster, ListClusters, UpdateCluster,
//! UpdateClusterSettings, PutClusterCapacityProviders.

use super::Context;
use crate::control::arn::{self, Scope};
use crate::control::capacity;
use crate::control::cluster::{cluster_name, Cluster, ClusterIncludes, ClusterStatus};
use crate::control::paging::{self, PageLimits};
use crate::control::store::Partition;
use crate::control::{settings, tags};
use crate::error::{EcsError, ErrorKind};
use crate::wire::{self, ClusterSettingName, SettingName};

pub(super) fn create_cluster(
    cx: &Context<'_>,
    input: wire::CreateClusterRequest,
) -> Result<wire::CreateClusterResponse, EcsError> {
    let scope = cx.caller.scope();
    let name = input.cluster_name.unwrap_or_else(|| "default".to_owned());
    if !arn::is_valid_name(&name) {
        return Err(EcsError::invalid_parameter(
            "Invalid cluster name. Up to 255 letters (uppercase and lowercase), numbers, \
             underscores, and hyphens are allowed.",
        ));
    }
    let tags = tags::initial(input.tags.as_deref().unwrap_or_default())?;
    let given_settings = input.settings.unwrap_or_default();
    check_settings(&given_settings)?;
    let providers = input.capacity_providers.unwrap_or_default();
    let strategy = input.default_capacity_provider_strategy.unwrap_or_default();
    let principal = cx.caller.principal_arn();
    cx.plane
        .store
        .write(&cx.caller.partition_key(), |p| {
            if let Some(existing) = p.clusters.get(&name).filter(|c| c.is_active()) {
                return Ok(response(p, existing, ClusterIncludes::ALL));
            }
            check_providers(p, &providers, &strategy)?;
            let insights = p.account_settings.effective(
                &principal,
                &principal,
                SettingName::ContainerInsights,
            );
            let mut cluster = Cluster::new(&scope, &name);
            cluster.settings = vec![wire::ClusterSetting {
                name: Some(ClusterSettingName::ContainerInsights),
                value: Some(insights.value),
            }];
            merge_settings(&mut cluster.settings, given_settings);
            cluster.configuration = input.configuration;
            cluster.service_connect_defaults = input
                .service_connect_defaults
                .map(|d| namespace_defaults(&scope, &d.namespace));
            cluster.capacity_providers = providers;
            cluster.default_strategy = strategy;
            cluster.tags = tags;
            let described = cluster.to_wire(&p.cluster_counts(&name), ClusterIncludes::ALL);
            p.clusters.insert(name.clone(), cluster);
            Ok(described)
        })
        .map(|cluster| wire::CreateClusterResponse {
            cluster: Some(cluster),
        })
}

pub(super) fn describe_clusters(
    cx: &Context<'_>,
    input: wire::DescribeClustersRequest,
) -> Result<wire::DescribeClustersResponse, EcsError> {
    let scope = cx.caller.scope();
    let names = input
        .clusters
        .filter(|c| !c.is_empty())
        .unwrap_or_else(|| vec!["default".to_owned()]);
    if names.len() > 100 {
        return Err(EcsError::invalid_parameter(
            "The number of clusters to describe must be 100 or fewer.",
        ));
    }
    let include = ClusterIncludes::from_fields(input.include.as_deref().unwrap_or_default());
    cx.plane.store.read(&cx.caller.partition_key(), |p| {
        let (clusters, failures) = super::describe_each(
            &names,
            |reference| {
                cluster_name(&scope, Some(reference))
                    .ok()
                    .and_then(|name| p.clusters.get(name))
                    .map(|cluster| response(p, cluster, include))
            },
            |name| scope.cluster(name),
        );
        Ok(wire::DescribeClustersResponse {
            clusters: Some(clusters),
            failures: Some(failures),
        })
    })
}

pub(super) fn delete_cluster(
    cx: &Context<'_>,
    input: wire::DeleteClusterRequest,
) -> Result<wire::DeleteClusterResponse, EcsError> {
    let scope = cx.caller.scope();
    cx.plane.store.write(&cx.caller.partition_key(), |p| {
        let name = p.active_cluster(&scope, Some(&input.cluster))?.name.clone();
        // The local host joined on its own; it leaves with the cluster.
        let callers_instances = p
            .container_instances
            .values()
            .filter(|i| i.cluster == name && i.is_registered() && !i.local)
            .count();
        let counts = p.cluster_counts(&name);
        if callers_instances > 0 {
            return Err(EcsError::new(
                ErrorKind::ClusterContainsContainerInstances,
                "The Cluster cannot be deleted while Container Instances are active or draining.",
            ));
        }
        if counts.active_services() > 0 || counts.draining_services() > 0 {
            return Err(EcsError::new(
                ErrorKind::ClusterContainsServices,
                "The Cluster cannot be deleted while Services are active.",
            ));
        }
        if p.tasks
            .values()
            .any(|t| t.cluster == name && !t.is_stopped())
        {
            return Err(EcsError::new(
                ErrorKind::ClusterContainsTasks,
                "The Cluster cannot be deleted while Tasks are active.",
            ));
        }
        let cluster = p
            .clusters
            .get_mut(&name)
            .ok_or_else(EcsError::cluster_not_found)?;
        cluster.status = ClusterStatus::Inactive;
        cluster.run_task_tokens.clear();
        for instance in p
            .container_instances
            .values_mut()
            .filter(|i| i.cluster == name && i.is_registered())
        {
            instance.deregister();
        }
        let cluster = &p.clusters[&name];
        Ok(wire::DeleteClusterResponse {
            cluster: Some(response(p, cluster, ClusterIncludes::ALL)),
        })
    })
}

pub(super) fn list_clusters(
    cx: &Context<'_>,
    input: wire::ListClustersRequest,
) -> Result<wire::ListClustersResponse, EcsError> {
    // As in ECS, a deleted (INACTIVE) cluster is listed as long as it stays describable.
    let arns: Vec<String> = cx.plane.store.read(&cx.caller.partition_key(), |p| {
        p.clusters.values().map(|c| c.arn.clone()).collect()
    });
    let (page, next_token) = paging::page(
        arns,
        Clone::clone,
        false,
        input.max_results,
        input.next_token.as_deref(),
        PageLimits::HUNDRED,
    )?;
    Ok(wire::ListClustersResponse {
        cluster_arns: Some(page),
        next_token,
    })
}

pub(super) fn update_cluster(
    cx: &Context<'_>,
    input: wire::UpdateClusterRequest,
) -> Result<wire::UpdateClusterResponse, EcsError> {
    let scope = cx.caller.scope();
    let given_settings = input.settings.unwrap_or_default();
    check_settings(&given_settings)?;
    let cluster = update(cx, &input.cluster, |cluster| {
        merge_settings(&mut cluster.settings, given_settings);
        if let Some(configuration) = input.configuration {
            cluster.configuration = Some(configuration);
        }
        if let Some(defaults) = input.service_connect_defaults {
            cluster.service_connect_defaults =
                Some(namespace_defaults(&scope, &defaults.namespace));
        }
        Ok(())
    })?;
    Ok(wire::UpdateClusterResponse {
        cluster: Some(cluster),
    })
}

pub(super) fn update_cluster_settings(
    cx: &Context<'_>,
    input: wire::UpdateClusterSettingsRequest,
) -> Result<wire::UpdateClusterSettingsResponse, EcsError> {
    check_settings(&input.settings)?;
    let cluster = update(cx, &input.cluster, |cluster| {
        merge_settings(&mut cluster.settings, input.settings);
        Ok(())
    })?;
    Ok(wire::UpdateClusterSettingsResponse {
        cluster: Some(cluster),
    })
}

pub(super) fn put_cluster_capacity_providers(
    cx: &Context<'_>,
    input: wire::PutClusterCapacityProvidersRequest,
) -> Result<wire::PutClusterCapacityProvidersResponse, EcsError> {
    let scope = cx.caller.scope();
    let cluster = cx.plane.store.write(&cx.caller.partition_key(), |p| {
        check_providers(
            p,
            &input.capacity_providers,
            &input.default_capacity_provider_strategy,
        )?;
        let cluster = p.active_cluster_mut(&scope, Some(&input.cluster))?;
        cluster.capacity_providers = input.capacity_providers;
        cluster.default_strategy = input.default_capacity_provider_strategy;
        let cluster = p.active_cluster(&scope, Some(&input.cluster))?;
        Ok::<_, EcsError>(response(p, cluster, ClusterIncludes::ALL))
    })?;
    Ok(wire::PutClusterCapacityProvidersResponse {
        cluster: Some(cluster),
    })
}

/// Applies `change` to an ACTIVE cluster and returns it as the update operations echo it.
fn update(
    cx: &Context<'_>,
    reference: &str,
    change: impl FnOnce(&mut Cluster) -> Result<(), EcsError>,
) -> Result<wire::Cluster, EcsError> {
    let scope = cx.caller.scope();
    cx.plane.store.write(&cx.caller.partition_key(), |p| {
        change(p.active_cluster_mut(&scope, Some(reference))?)?;
        let cluster = p.active_cluster(&scope, Some(reference))?;
        Ok(response(p, cluster, ClusterIncludes::ALL))
    })
}

fn response(p: &Partition, cluster: &Cluster, include: ClusterIncludes) -> wire::Cluster {
    cluster.to_wire(&p.cluster_counts(&cluster.name), include)
}

/// The ARN a Describe* failure reports for a reference that matched nothing.
fn check_settings(settings: &[wire::ClusterSetting]) -> Result<(), EcsError> {
    for setting in settings {
        let value = setting.value.as_deref().unwrap_or_default();
        if setting.name == Some(ClusterSettingName::ContainerInsights) {
            settings::validate(SettingName::ContainerInsights, value)?;
        } else {
            return Err(EcsError::invalid_parameter(
                "Cluster settings must name containerInsights.",
            ));
        }
    }
    Ok(())
}

fn merge_settings(settings: &mut Vec<wire::ClusterSetting>, given: Vec<wire::ClusterSetting>) {
    for setting in given {
        match settings.iter_mut().find(|s| s.name == setting.name) {
            Some(existing) => existing.value = setting.value,
            None => settings.push(setting),
        }
    }
}

/// Service Connect defaults name a Cloud Map namespace; a bare name gets a namespace ARN the way
/// ECS creates one.
fn namespace_defaults(scope: &Scope, namespace: &str) -> wire::ClusterServiceConnectDefaults {
    let arn = if namespace.starts_with("arn:") {
        namespace.to_owned()
    } else {
        format!(
            "arn:{}:servicediscovery:{}:{}:namespace/ns-{}",
            scope.partition,
            scope.region,
            scope.account_id,
            arn::random_hex(16)
        )
    };
    wire::ClusterServiceConnectDefaults {
        namespace: Some(arn),
    }
}

/// Providers must exist (FARGATE and FARGATE_SPOT always do) and a default strategy may only
/// use the cluster's providers.
fn check_providers(
    p: &Partition,
    providers: &[String],
    strategy: &[wire::CapacityProviderStrategyItem],
) -> Result<(), EcsError> {
    for provider in providers {
        if !super::capacity_providers::is_usable(p, provider) {
            return Err(EcsError::invalid_parameter(format!(
                "The specified capacity provider '{provider}' does not exist. Specify a valid \
                 capacity provider and try again."
            )));
        }
    }
    capacity::validate_strategy(strategy)?;
    for item in strategy {
        if !providers.contains(&item.capacity_provider) {
            return Err(EcsError::invalid_parameter(format!(
                "The capacity provider '{}' in the default capacity provider strategy is not \
                 associated with the cluster.",
                item.capacity_provider
            )));
        }
    }
    Ok(())
}
