//! CreateGateway, UpdateGateway, DeleteGateway, DescribeGateway, DescribeGatewayResources,
//! DescribeGatewayRoute, ListGateways, ListGatewayRoutes, AssociateGatewayWithCluster,
//! DisassociateGatewayFromCluster, ListGatewayClusterAssociations.
//!
//! Gateways and their associations live in the partition; routes come from services' gateway
//! connectors (see `control::gateway`). Every write that checks associations first settles the
//! completed disassociations, so what it checks is what reads show.

use std::collections::BTreeMap;

use super::Context;
use crate::control::arn::{self, Scope};
use crate::control::cluster::cluster_name;
use crate::control::gateway::{self, Gateway, Route, MAX_GATEWAYS_PER_CLUSTER};
use crate::control::infrastructure::Infrastructure;
use crate::control::paging::{self, PageLimits};
use crate::control::store::Partition;
use crate::control::tags;
use crate::error::{EcsError, ErrorKind};
use crate::wire::{
    self, GatewayClusterAssociationStatus, GatewayRouteStatus, GatewayStatus, PropagateGatewayTags,
};

/// DescribeGatewayResources pages by ten, at most twenty.
const RESOURCE_PAGE: PageLimits = PageLimits {
    default: 10,
    max: 20,
};

pub(super) fn create_gateway(
    cx: &Context<'_>,
    input: wire::CreateGatewayRequest,
) -> Result<wire::CreateGatewayResponse, EcsError> {
    let scope = cx.caller.scope();
    let now = cx.plane.now();
    if !arn::is_valid_name(&input.name) {
        return Err(EcsError::invalid_parameter(
            "Gateway names can have up to 255 characters: letters (uppercase and lowercase), \
             numbers, hyphens and underscores.",
        ));
    }
    gateway::check_infrastructure_role(&input.infrastructure_role_arn)?;
    super::check_client_token(input.client_token.as_deref(), super::CREATE_TOKEN_MAX)?;
    let tags = tags::initial(input.tags.as_deref().unwrap_or_default())?;
    let Some(alb) = input.configuration.host_shared_alb else {
        return Err(EcsError::invalid_parameter(
            "Exactly one configuration variant must be set: hostSharedAlb.",
        ));
    };
    let configuration = gateway::alb_configuration(alb)?;
    cx.plane.store.write(&cx.caller.partition_key(), |p| {
        if let Some(existing) = p.gateways.get(&input.name) {
            if input.client_token.is_some() && existing.client_token == input.client_token {
                return Ok(created(existing));
            }
            return Err(EcsError::client(format!(
                "A gateway named {} already exists.",
                input.name
            )));
        }
        let gateway = Gateway {
            name: input.name.clone(),
            arn: scope.gateway(&input.name),
            status: GatewayStatus::Active,
            infrastructure_role_arn: input.infrastructure_role_arn.clone(),
            deletion_protection: input.deletion_protection.unwrap_or(true),
            access_type: gateway::access_type(&configuration),
            configuration,
            propagate_tags: input
                .propagate_tags
                .unwrap_or(PropagateGatewayTags::Gateway),
            tags,
            created_at: now,
            updated_at: now,
            clusters: BTreeMap::new(),
            client_token: input.client_token.clone(),
        };
        let response = created(&gateway);
        p.gateways.insert(gateway.name.clone(), gateway);
        Ok(response)
    })
}

fn created(gateway: &Gateway) -> wire::CreateGatewayResponse {
    wire::CreateGatewayResponse {
        gateway_arn: Some(gateway.arn.clone()),
        name: Some(gateway.name.clone()),
        status: Some(GatewayStatus::Active),
    }
}

pub(super) fn update_gateway(
    cx: &Context<'_>,
    input: wire::UpdateGatewayRequest,
) -> Result<wire::UpdateGatewayResponse, EcsError> {
    let scope = cx.caller.scope();
    let now = cx.plane.now();
    if let Some(role) = &input.infrastructure_role_arn {
        gateway::check_infrastructure_role(role)?;
    }
    let update = match input.configuration {
        Some(configuration) => Some(configuration.host_shared_alb.ok_or_else(|| {
            EcsError::invalid_parameter(
                "The configuration variant must match the gateway's type: hostSharedAlb.",
            )
        })?),
        None => None,
    };
    if let Some(update) = &update {
        gateway::check_alb_count(update.max_alb_count)?;
        gateway::check_test_traffic_rules(update.test_traffic_rules.as_ref())?;
    }
    cx.plane.store.write(&cx.caller.partition_key(), |p| {
        let gateway = p.gateway_mut(&scope, &input.gateway)?;
        if let Some(update) = update {
            let alb = &mut gateway.configuration;
            if let Some(group) = update
                .network_configuration
                .and_then(|n| n.inbound_security_group)
            {
                alb.network_configuration
                    .get_or_insert_with(Default::default)
                    .inbound_security_group = Some(group);
            }
            replace(&mut alb.max_alb_count, update.max_alb_count);
            replace(&mut alb.web_acl_arn, update.web_acl_arn);
            replace(&mut alb.access_logs, update.access_logs);
            replace(&mut alb.http_desync, update.http_desync);
            replace(&mut alb.test_traffic_rules, update.test_traffic_rules);
        }
        if let Some(role) = input.infrastructure_role_arn {
            gateway.infrastructure_role_arn = role;
        }
        replace_value(&mut gateway.deletion_protection, input.deletion_protection);
        replace_value(&mut gateway.propagate_tags, input.propagate_tags);
        // ecsemu's load balancers are names only, so the update is applied at once: the reply
        // says it started, and every later read sees it complete.
        gateway.status = GatewayStatus::UpdateComplete;
        gateway.updated_at = now;
        Ok(wire::UpdateGatewayResponse {
            gateway_arn: Some(gateway.arn.clone()),
            name: Some(gateway.name.clone()),
            status: Some(GatewayStatus::UpdateInProgress),
        })
    })
}

fn replace<T>(field: &mut Option<T>, given: Option<T>) {
    if given.is_some() {
        *field = given;
    }
}

fn replace_value<T>(field: &mut T, given: Option<T>) {
    if let Some(given) = given {
        *field = given;
    }
}

pub(super) fn delete_gateway(
    cx: &Context<'_>,
    input: wire::DeleteGatewayRequest,
) -> Result<wire::DeleteGatewayResponse, EcsError> {
    let scope = cx.caller.scope();
    cx.plane.store.write(&cx.caller.partition_key(), |p| {
        p.settle_gateway_associations(&scope);
        let gateway = p.gateway(&scope, &input.gateway)?;
        if gateway.deletion_protection {
            return Err(EcsError::client(
                "The gateway has deletion protection enabled. Disable it with UpdateGateway \
                 before deleting the gateway.",
            ));
        }
        if !gateway.clusters.is_empty() {
            let clusters: Vec<&str> = gateway.clusters.keys().map(String::as_str).collect();
            return Err(EcsError::client(format!(
                "The gateway is associated with cluster {}. Disassociate every cluster before \
                 deleting the gateway.",
                clusters.join(", ")
            )));
        }
        let name = gateway.name.clone();
        let arn = gateway.arn.clone();
        p.gateways.remove(&name);
        Ok(wire::DeleteGatewayResponse {
            gateway_arn: Some(arn),
            name: Some(name),
            status: Some(GatewayStatus::Deleted),
        })
    })
}

pub(super) fn describe_gateway(
    cx: &Context<'_>,
    input: wire::DescribeGatewayRequest,
) -> Result<wire::DescribeGatewayResponse, EcsError> {
    let scope = cx.caller.scope();
    cx.plane.store.read(&cx.caller.partition_key(), |p| {
        let gateway = p.gateway(&scope, &input.gateway)?;
        let routes = routes_of(p, &scope, gateway).len();
        Ok(wire::DescribeGatewayResponse {
            gateway: Some(gateway.to_wire(routes)),
        })
    })
}

/// The routes on `gateway`, in ARN order.
fn routes_of(p: &Partition, scope: &Scope, gateway: &Gateway) -> Vec<Route> {
    let mut routes = p.gateway_routes(scope);
    routes.retain(|r| r.gateway == gateway.name);
    routes
}

pub(super) fn describe_gateway_resources(
    cx: &Context<'_>,
    input: wire::DescribeGatewayResourcesRequest,
) -> Result<wire::DescribeGatewayResourcesResponse, EcsError> {
    let scope = cx.caller.scope();
    let (gateway_arn, balancers) = cx.plane.store.read(&cx.caller.partition_key(), |p| {
        let gateway = p.gateway(&scope, &input.gateway)?;
        let routes = routes_of(p, &scope, gateway);
        let infrastructure = Infrastructure::of(&gateway.arn);
        let count = usize::try_from(gateway.alb_count(routes.len())).unwrap_or(0);
        let mut balancers: Vec<wire::ElbGatewayResources> = (0..count)
            .map(|index| wire::ElbGatewayResources {
                load_balancer_arn: Some(infrastructure.load_balancer(index)),
                listener_arn: Some(infrastructure.listener(index)),
                security_group: Some(infrastructure.alb_security_group(index)),
                gateway_route_arns: Some(Vec::new()),
            })
            .collect();
        for (index, route) in routes.iter().enumerate() {
            let alb = gateway.alb_of_route(index);
            if let Some(arns) = balancers
                .get_mut(alb)
                .and_then(|b| b.gateway_route_arns.as_mut())
            {
                arns.push(route.arn.clone());
            }
        }
        Ok::<_, EcsError>((gateway.arn.clone(), balancers))
    })?;
    let (page, next_token) = paging::page(
        balancers,
        |b| b.load_balancer_arn.clone().unwrap_or_default(),
        false,
        input.max_results,
        input.next_token.as_deref(),
        RESOURCE_PAGE,
    )?;
    Ok(wire::DescribeGatewayResourcesResponse {
        gateway_resources: Some(wire::GatewayResources {
            gateway_arn: Some(gateway_arn),
            resources: Some(wire::GatewayInfrastructureResources {
                host_shared_alb: Some(page),
            }),
        }),
        next_token,
    })
}

pub(super) fn describe_gateway_route(
    cx: &Context<'_>,
    input: wire::DescribeGatewayRouteRequest,
) -> Result<wire::DescribeGatewayRouteResponse, EcsError> {
    let scope = cx.caller.scope();
    cx.plane.store.read(&cx.caller.partition_key(), |p| {
        let not_found = || {
            EcsError::new(
                ErrorKind::ResourceNotFound,
                format!(
                    "The gateway route {} was not found.",
                    input.gateway_route_arn
                ),
            )
        };
        let route = p
            .gateway_routes(&scope)
            .into_iter()
            .find(|r| r.arn == input.gateway_route_arn)
            .ok_or_else(not_found)?;
        let gateway = p.gateways.get(&route.gateway).ok_or_else(not_found)?;
        let index = routes_of(p, &scope, gateway)
            .iter()
            .position(|r| r.arn == route.arn)
            .unwrap_or(0);
        let resources = gateway::route_resources(gateway, &route, index);
        Ok(wire::DescribeGatewayRouteResponse {
            gateway_route: Some(wire::GatewayRoute {
                gateway_route_arn: Some(route.arn.clone()),
                service_arn: Some(route.service_arn.clone()),
                service_container_port_name: Some(route.port_name.clone()),
                status: Some(GatewayRouteStatus::Active),
                service_url: Some(gateway::route_url(&route)),
                resources: Some(wire::GatewayRouteResources {
                    host_shared_alb: Some(vec![resources]),
                }),
            }),
        })
    })
}

pub(super) fn list_gateways(
    cx: &Context<'_>,
    input: wire::ListGatewaysRequest,
) -> Result<wire::ListGatewaysResponse, EcsError> {
    let names = input.names.unwrap_or_default();
    if names.len() > 10 {
        return Err(EcsError::invalid_parameter(
            "You can filter by up to 10 gateway names.",
        ));
    }
    let statuses = input.status.unwrap_or_default();
    let gateways = cx.plane.store.read(&cx.caller.partition_key(), |p| {
        p.gateways
            .values()
            .filter(|g| names.is_empty() || names.contains(&g.name))
            .filter(|g| statuses.is_empty() || statuses.contains(&g.status))
            .map(|g| wire::GatewaySummary {
                gateway_arn: Some(g.arn.clone()),
                name: Some(g.name.clone()),
                status: Some(g.status),
                created_at: Some(g.created_at),
            })
            .collect::<Vec<_>>()
    });
    let (page, next_token) = paging::page(
        gateways,
        |g| g.name.clone().unwrap_or_default(),
        false,
        input.max_results,
        input.next_token.as_deref(),
        PageLimits::HUNDRED,
    )?;
    Ok(wire::ListGatewaysResponse {
        gateways: Some(page),
        next_token,
    })
}

pub(super) fn list_gateway_routes(
    cx: &Context<'_>,
    input: wire::ListGatewayRoutesRequest,
) -> Result<wire::ListGatewayRoutesResponse, EcsError> {
    let scope = cx.caller.scope();
    let statuses = input.status.unwrap_or_default();
    let routes = cx.plane.store.read(&cx.caller.partition_key(), |p| {
        let gateway = match &input.gateway {
            Some(reference) => Some(p.gateway(&scope, reference)?.name.clone()),
            None => None,
        };
        // A cluster of another account or region matches nothing.
        let cluster = input
            .cluster
            .as_deref()
            .map(|c| cluster_name(&scope, Some(c)).unwrap_or_default());
        let routes: Vec<wire::GatewayRouteSummary> = p
            .gateway_routes(&scope)
            .into_iter()
            .filter(|r| gateway.as_ref().is_none_or(|g| *g == r.gateway))
            .filter(|r| cluster.is_none_or(|c| c == r.cluster))
            .filter(|r| {
                input
                    .service
                    .as_ref()
                    .is_none_or(|s| *s == r.service || *s == r.service_arn)
            })
            .filter(|r| {
                input
                    .service_container_port_name
                    .as_ref()
                    .is_none_or(|n| *n == r.port_name)
            })
            .filter(|_| statuses.is_empty() || statuses.contains(&GatewayRouteStatus::Active))
            .map(|r| wire::GatewayRouteSummary {
                gateway_route_arn: Some(r.arn.clone()),
                gateway_arn: Some(scope.gateway(&r.gateway)),
                cluster_arn: Some(scope.cluster(&r.cluster)),
                service_arn: Some(r.service_arn),
                service_container_port_name: Some(r.port_name),
                status: Some(GatewayRouteStatus::Active),
            })
            .collect();
        Ok::<_, EcsError>(routes)
    })?;
    let (page, next_token) = paging::page(
        routes,
        |r| r.gateway_route_arn.clone().unwrap_or_default(),
        false,
        input.max_results,
        input.next_token.as_deref(),
        PageLimits::HUNDRED,
    )?;
    Ok(wire::ListGatewayRoutesResponse {
        gateway_routes: Some(page),
        next_token,
    })
}

pub(super) fn associate_gateway_with_cluster(
    cx: &Context<'_>,
    input: wire::AssociateGatewayWithClusterRequest,
) -> Result<wire::AssociateGatewayWithClusterResponse, EcsError> {
    let scope = cx.caller.scope();
    cx.plane.store.write(&cx.caller.partition_key(), |p| {
        p.settle_gateway_associations(&scope);
        let name = p.gateway(&scope, &input.gateway)?.name.clone();
        let cluster = p.active_cluster(&scope, Some(&input.cluster))?;
        let (cluster, cluster_arn) = (cluster.name.clone(), cluster.arn.clone());
        let others = p
            .gateways
            .values()
            .filter(|g| g.name != name && g.clusters.contains_key(&cluster))
            .count();
        if others >= MAX_GATEWAYS_PER_CLUSTER {
            return Err(EcsError::client(format!(
                "Cluster {cluster} is already associated with {MAX_GATEWAYS_PER_CLUSTER} \
                 gateways, the most a cluster can have."
            )));
        }
        let gateway = p.gateway_mut(&scope, &name)?;
        // Associating again is idempotent, and takes back a disassociation still under way.
        gateway
            .clusters
            .insert(cluster, GatewayClusterAssociationStatus::Active);
        Ok(wire::AssociateGatewayWithClusterResponse {
            gateway_arn: Some(gateway.arn.clone()),
            cluster_arn: Some(cluster_arn),
            status: Some(GatewayClusterAssociationStatus::Active),
        })
    })
}

pub(super) fn disassociate_gateway_from_cluster(
    cx: &Context<'_>,
    input: wire::DisassociateGatewayFromClusterRequest,
) -> Result<wire::DisassociateGatewayFromClusterResponse, EcsError> {
    let scope = cx.caller.scope();
    cx.plane.store.write(&cx.caller.partition_key(), |p| {
        p.settle_gateway_associations(&scope);
        let cluster = cluster_name(&scope, Some(&input.cluster))?.to_owned();
        // An association outlives a deleted cluster, and can still be ended.
        let cluster_known = p.clusters.contains_key(&cluster);
        let gateway = p.gateway_mut(&scope, &input.gateway)?;
        let Some(status) = gateway.clusters.get_mut(&cluster) else {
            if !cluster_known {
                return Err(EcsError::cluster_not_found());
            }
            return Err(EcsError::new(
                ErrorKind::ResourceNotFound,
                format!(
                    "Gateway {} is not associated with cluster {cluster}.",
                    gateway.name
                ),
            ));
        };
        *status = GatewayClusterAssociationStatus::Disassociating;
        let response = wire::DisassociateGatewayFromClusterResponse {
            gateway_arn: Some(gateway.arn.clone()),
            cluster_arn: Some(scope.cluster(&cluster)),
            status: Some(GatewayClusterAssociationStatus::Disassociating),
        };
        // Without routes in the cluster there is nothing to wait for.
        p.settle_gateway_associations(&scope);
        Ok(response)
    })
}

pub(super) fn list_gateway_cluster_associations(
    cx: &Context<'_>,
    input: wire::ListGatewayClusterAssociationsRequest,
) -> Result<wire::ListGatewayClusterAssociationsResponse, EcsError> {
    let scope = cx.caller.scope();
    let statuses = input.status.unwrap_or_default();
    let associations = cx.plane.store.read(&cx.caller.partition_key(), |p| {
        // The model gives this operation no not-found errors: an unknown gateway or cluster
        // simply has no associations.
        let gateway = input
            .gateway
            .as_deref()
            .map(|g| arn::local_path(&scope, "gateway", g).unwrap_or_default());
        let cluster = input
            .cluster
            .as_deref()
            .map(|c| cluster_name(&scope, Some(c)).unwrap_or_default());
        p.gateways
            .values()
            .filter(|g| gateway.is_none_or(|name| name == g.name))
            .flat_map(|g| {
                p.gateway_associations(&scope, g)
                    .into_iter()
                    .map(|(c, status)| (g.arn.clone(), c, status))
            })
            .filter(|(_, c, _)| cluster.is_none_or(|name| name == c))
            .filter(|(_, _, status)| statuses.is_empty() || statuses.contains(status))
            .map(
                |(gateway_arn, c, status)| wire::GatewayClusterAssociationSummary {
                    gateway_arn: Some(gateway_arn),
                    cluster_arn: Some(scope.cluster(&c)),
                    status: Some(status),
                },
            )
            .collect::<Vec<_>>()
    });
    let (page, next_token) = paging::page(
        associations,
        |a| {
            format!(
                "{} {}",
                a.gateway_arn.as_deref().unwrap_or_default(),
                a.cluster_arn.as_deref().unwrap_or_default()
            )
        },
        false,
        input.max_results,
        input.next_token.as_deref(),
        PageLimits::HUNDRED,
    )?;
    Ok(wire::ListGatewayClusterAssociationsResponse {
        gateway_cluster_associations: Some(page),
        next_token,
    })
}
