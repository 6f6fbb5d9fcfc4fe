//! Gateways: their record, their cluster associations and the routes that services' gateway
//! connectors give them.
//!
//! Routes are not stored: a service records which gateways it was bound to when it was last
//! created or updated (as ECS changes gateway infrastructure only then), and every route is
//! derived from the ACTIVE services that name a gateway. A DISASSOCIATING association
//! therefore completes the moment the last such service of its cluster is updated or deleted;
//! `settle` forgets it, and every read treats it as gone already, so the two never disagree.
//!
//! The load balancers and the rest that a gateway "manages" are emulated names (see
//! `infrastructure`): no traffic is routed.

use std::collections::BTreeMap;

use super::arn::Scope;
use super::infrastructure::{digest, host_label, Infrastructure};
use super::service::ServiceStatus;
use super::store::Partition;
use crate::error::{EcsError, ErrorKind};
use crate::wire::{
    self, AccessType, GatewayAlbDesyncMitigationMode, GatewayAlbProtocol,
    GatewayClusterAssociationStatus, GatewayElbIpAddressType, GatewayElbScheme, GatewayStatus,
    PropagateGatewayTags, Timestamp,
};

/// A cluster can be associated with at most this many gateways.
pub const MAX_GATEWAYS_PER_CLUSTER: usize = 5;
/// Routes an emulated load balancer takes before the gateway allocates another (an ALB listener
/// has 100 rules).
const ROUTES_PER_ALB: usize = 100;

#[derive(Debug, Clone)]
pub struct Gateway {
    pub name: String,
    pub arn: String,
    pub status: GatewayStatus,
    pub infrastructure_role_arn: String,
    pub deletion_protection: bool,
    /// With every default filled in; `current_alb_count` is derived, never stored.
    pub configuration: wire::DescribeGatewayAlbConfiguration,
    pub access_type: AccessType,
    pub propagate_tags: PropagateGatewayTags,
    pub tags: Vec<wire::Tag>,
    pub created_at: Timestamp,
    pub updated_at: Timestamp,
    /// Associated clusters by name.
    pub clusters: BTreeMap<String, GatewayClusterAssociationStatus>,
    pub client_token: Option<String>,
}

/// A gateway's load balancer configuration with ECS's defaults filled in.
pub fn alb_configuration(
    given: wire::HostSharedAlbConfiguration,
) -> Result<wire::DescribeGatewayAlbConfiguration, EcsError> {
    if given.port.is_some_and(|port| port != 443) {
        return Err(EcsError::invalid_parameter(
            "The gateway supports only HTTPS at port 443.",
        ));
    }
    if given
        .protocol
        .is_some_and(|protocol| protocol != GatewayAlbProtocol::Https)
    {
        return Err(EcsError::invalid_parameter(
            "The gateway supports only the HTTPS protocol.",
        ));
    }
    check_alb_count(given.max_alb_count)?;
    check_test_traffic_rules(given.test_traffic_rules.as_ref())?;
    let mut network = given.network_configuration.unwrap_or_default();
    network.ip_address_type = network
        .ip_address_type
        .or(Some(GatewayElbIpAddressType::Dualstack));
    Ok(wire::DescribeGatewayAlbConfiguration {
        access_logs: given.access_logs,
        current_alb_count: None,
        http_desync: given
            .http_desync
            .or(Some(GatewayAlbDesyncMitigationMode::Defensive)),
        max_alb_count: given.max_alb_count.or(Some(10)),
        network_configuration: Some(network),
        port: Some(443),
        protocol: Some(GatewayAlbProtocol::Https),
        scheme: given.scheme.or(Some(GatewayElbScheme::InternetFacing)),
        test_traffic_rules: given.test_traffic_rules,
        web_acl_arn: given.web_acl_arn,
    })
}

/// The access type a gateway derives from its scheme.
pub fn access_type(configuration: &wire::DescribeGatewayAlbConfiguration) -> AccessType {
    match configuration.scheme {
        Some(GatewayElbScheme::Internal) => AccessType::Private,
        _ => AccessType::Public,
    }
}

pub fn check_alb_count(count: Option<i32>) -> Result<(), EcsError> {
    match count {
        Some(n) if !(1..=20).contains(&n) => Err(EcsError::invalid_parameter(
            "maxAlbCount must be between 1 and 20.",
        )),
        _ => Ok(()),
    }
}

pub fn check_test_traffic_rules(
    rules: Option<&wire::GatewayAlbTestTrafficRules>,
) -> Result<(), EcsError> {
    let Some(header) = rules.and_then(|r| r.header.as_ref()) else {
        return Ok(());
    };
    if header.name.is_empty() || header.values.is_empty() {
        return Err(EcsError::invalid_parameter(
            "A test traffic header rule needs a header name and at least one value.",
        ));
    }
    Ok(())
}

impl Gateway {
    pub fn to_wire(&self, routes: usize) -> wire::Gateway {
        wire::Gateway {
            gateway_arn: Some(self.arn.clone()),
            name: Some(self.name.clone()),
            status: Some(self.status),
            status_reason: None,
            failures: Some(Vec::new()),
            infrastructure_role_arn: Some(self.infrastructure_role_arn.clone()),
            deletion_protection: Some(self.deletion_protection),
            configuration: Some(wire::DescribeGatewayConfiguration {
                host_shared_alb: Some(wire::DescribeGatewayAlbConfiguration {
                    current_alb_count: Some(self.alb_count(routes)),
                    ..self.configuration.clone()
                }),
            }),
            access_type: Some(self.access_type),
            propagate_tags: Some(self.propagate_tags),
            tags: Some(self.tags.clone()),
            created_at: Some(self.created_at),
            updated_at: Some(self.updated_at),
        }
    }

    /// How many load balancers `routes` routes need: none until a service uses the gateway.
    pub fn alb_count(&self, routes: usize) -> i32 {
        let max = self.configuration.max_alb_count.unwrap_or(10).max(1);
        let needed = i32::try_from(routes.div_ceil(ROUTES_PER_ALB)).unwrap_or(i32::MAX);
        needed.min(max)
    }

    /// Which of the gateway's load balancers the `index`th of its routes (in ARN order) uses.
    pub fn alb_of_route(&self, index: usize) -> usize {
        let max = usize::try_from(self.alb_count(usize::MAX)).unwrap_or(1);
        (index / ROUTES_PER_ALB).min(max.saturating_sub(1))
    }
}

/// A gateway route: one service's connector on one gateway.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Route {
    pub arn: String,
    pub gateway: String,
    pub cluster: String,
    pub service: String,
    pub service_arn: String,
    pub port_name: String,
}

impl Partition {
    /// The gateway a name or ARN names.
    pub fn gateway(&self, scope: &Scope, reference: &str) -> Result<&Gateway, EcsError> {
        super::arn::local_path(scope, "gateway", reference)
            .and_then(|name| self.gateways.get(name))
            .ok_or_else(gateway_not_found)
    }

    pub fn gateway_mut(
        &mut self,
        scope: &Scope,
        reference: &str,
    ) -> Result<&mut Gateway, EcsError> {
        super::arn::local_path(scope, "gateway", reference)
            .and_then(|name| self.gateways.get_mut(name))
            .ok_or_else(gateway_not_found)
    }

    /// Every gateway route, in ARN order.
    pub fn gateway_routes(&self, scope: &Scope) -> Vec<Route> {
        let mut routes: Vec<Route> = self
            .clusters
            .values()
            .flat_map(|c| c.services.values())
            .filter(|s| s.status == ServiceStatus::Active)
            .flat_map(|s| {
                let port_name = s
                    .gateway_connectors
                    .first()
                    .map(|c| c.port_name.clone())
                    .unwrap_or_default();
                s.gateways.iter().map(move |gateway| Route {
                    arn: scope.gateway_route(gateway, &s.cluster, &s.name),
                    gateway: gateway.clone(),
                    cluster: s.cluster.clone(),
                    service: s.name.clone(),
                    service_arn: s.arn.clone(),
                    port_name: port_name.clone(),
                })
            })
            .collect();
        routes.sort_by(|a, b| a.arn.cmp(&b.arn));
        routes
    }

    /// The associations of `gateway` that still hold: a DISASSOCIATING one whose cluster has no
    /// route left on the gateway is complete, and so gone.
    pub fn gateway_associations(
        &self,
        scope: &Scope,
        gateway: &Gateway,
    ) -> Vec<(String, GatewayClusterAssociationStatus)> {
        let routes = self.gateway_routes(scope);
        gateway
            .clusters
            .iter()
            .filter(|(cluster, status)| {
                **status == GatewayClusterAssociationStatus::Active
                    || routes
                        .iter()
                        .any(|r| r.gateway == gateway.name && r.cluster == **cluster)
            })
            .map(|(cluster, status)| (cluster.clone(), *status))
            .collect()
    }

    /// Forgets completed disassociations (see `gateway_associations`).
    pub fn settle_gateway_associations(&mut self, scope: &Scope) {
        let live: Vec<(String, Vec<String>)> = self
            .gateways
            .values()
            .map(|g| {
                let clusters = self.gateway_associations(scope, g);
                (
                    g.name.clone(),
                    clusters.into_iter().map(|(c, _)| c).collect(),
                )
            })
            .collect();
        for (name, clusters) in live {
            if let Some(gateway) = self.gateways.get_mut(&name) {
                gateway.clusters.retain(|c, _| clusters.contains(c));
            }
        }
    }

    /// Checks a service's gateway connectors and returns the gateways they bind it to: those
    /// ACTIVE-ly associated with `cluster` whose access type the connector's filter allows.
    /// `definition` is what the service runs (none for one that runs task sets). Finding no
    /// gateway is an error when `required` (a connector just given); a connector kept from
    /// before is left without routes instead, as when its gateway is being disassociated.
    pub fn connect_service(
        &self,
        cluster: &str,
        connectors: &[wire::GatewayConnector],
        definition: Option<&wire::TaskDefinition>,
        required: bool,
    ) -> Result<Vec<String>, EcsError> {
        let Some(connector) = connectors.first() else {
            return Ok(Vec::new());
        };
        if connectors.len() > 1 {
            return Err(EcsError::invalid_parameter(
                "You can specify at most one gateway connector.",
            ));
        }
        if let Some(definition) = definition {
            let named = definition
                .container_definitions
                .iter()
                .flatten()
                .flat_map(|c| c.port_mappings.iter().flatten())
                .any(|m| m.name.as_deref() == Some(connector.port_name.as_str()));
            if !named {
                return Err(EcsError::invalid_parameter(format!(
                    "The gateway connector's port name {} is not the name of a port mapping in \
                     the task definition.",
                    connector.port_name
                )));
            }
        }
        let allowed = connector
            .filters
            .as_ref()
            .and_then(|f| f.access_types.as_deref())
            .filter(|types| !types.is_empty());
        let gateways: Vec<String> = self
            .gateways
            .values()
            .filter(|g| g.clusters.get(cluster) == Some(&GatewayClusterAssociationStatus::Active))
            .filter(|g| allowed.is_none_or(|types| types.contains(&g.access_type)))
            .map(|g| g.name.clone())
            .collect();
        if gateways.is_empty() && required {
            return Err(EcsError::invalid_parameter(format!(
                "No gateway that the gateway connector accepts is associated with cluster \
                 {cluster}. Associate one with AssociateGatewayWithCluster first."
            )));
        }
        Ok(gateways)
    }
}

/// An infrastructure role must be an IAM role ARN.
pub fn check_infrastructure_role(role: &str) -> Result<(), EcsError> {
    if role.starts_with("arn:") && role.contains(":iam::") && role.contains(":role/") {
        Ok(())
    } else {
        Err(EcsError::invalid_parameter(format!(
            "The infrastructure role {role} is not a valid IAM role ARN."
        )))
    }
}

pub fn gateway_not_found() -> EcsError {
    EcsError::new(ErrorKind::GatewayNotFound, "The gateway was not found.")
}

/// What DescribeGatewayRoute shows as the infrastructure of `route`, the `index`th route (in
/// ARN order) of `gateway`.
pub fn route_resources(
    gateway: &Gateway,
    route: &Route,
    index: usize,
) -> wire::GatewayRouteAlbResources {
    let infrastructure = Infrastructure::of(&gateway.arn);
    let alb = gateway.alb_of_route(index);
    let test_rules = gateway
        .configuration
        .test_traffic_rules
        .as_ref()
        .map(|_| vec![infrastructure.listener_rule(alb, &format!("{}#test", route.arn))])
        .unwrap_or_default();
    wire::GatewayRouteAlbResources {
        acm_certificate_arn: Some(infrastructure.certificate(&route.arn)),
        load_balancer_arn: Some(infrastructure.load_balancer(alb)),
        listener_arn: Some(infrastructure.listener(alb)),
        listener_rule_arn: Some(infrastructure.listener_rule(alb, &route.arn)),
        test_listener_rule_arns: Some(test_rules),
        load_balancer_security_groups: Some(vec![wire::GatewayRouteLoadBalancerSecurityGroup {
            arn: Some(infrastructure.security_group_arn(&infrastructure.alb_security_group(alb))),
            rule_arns: Some(vec![infrastructure.security_group_rule(&route.arn)]),
        }]),
        service_security_group_arn: Some(service_security_group(&route.service_arn)),
    }
}

/// The ARN of the security group of a service's tasks that gateways open for their traffic.
pub fn service_security_group(service_arn: &str) -> String {
    let service = Infrastructure::of(service_arn);
    service.security_group_arn(&service.security_group("service"))
}

/// The URL a route's service is reached at: a host name per route under the gateway (ecsemu
/// does not serve it).
pub fn route_url(route: &Route) -> String {
    format!(
        "https://{}-{}.{}.gateway.ecsemu.localhost",
        host_label(&route.service),
        &digest(&route.arn)[..8],
        host_label(&route.gateway)
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::control::arn::test_scope;

    #[test]
    fn defaults_fill_the_configuration_and_bad_ports_are_refused() {
        let filled = alb_configuration(wire::HostSharedAlbConfiguration::default()).unwrap();
        assert_eq!(filled.port, Some(443));
        assert_eq!(filled.max_alb_count, Some(10));
        assert_eq!(access_type(&filled), AccessType::Public);
        let bad = wire::HostSharedAlbConfiguration {
            port: Some(80),
            ..Default::default()
        };
        assert!(alb_configuration(bad).is_err());
    }

    #[test]
    fn load_balancers_follow_the_routes() {
        let scope = test_scope();
        let gateway = Gateway {
            name: "g".into(),
            arn: scope.gateway("g"),
            status: GatewayStatus::Active,
            infrastructure_role_arn: String::new(),
            deletion_protection: false,
            configuration: alb_configuration(wire::HostSharedAlbConfiguration::default()).unwrap(),
            access_type: AccessType::Public,
            propagate_tags: PropagateGatewayTags::Gateway,
            tags: Vec::new(),
            created_at: 0.0,
            updated_at: 0.0,
            clusters: BTreeMap::new(),
            client_token: None,
        };
        assert_eq!(gateway.alb_count(0), 0);
        assert_eq!(gateway.alb_count(101), 2);
        assert_eq!(gateway.alb_of_route(150), 1);
    }
}
