//! Gateways: their record, their cluster associations and the routes that services' gateway
//! connectors give them.
//!
//! Routes are not stored: a service records which gateways it was bound to when it was last
//! created or updated (as ECS changes gateway infrastructure only then), and every route is
//! derived from the ACTIVE services that name a gateway. A DISASSOCIATING association
//! therefore completes the moment the last such service of its cluster is updated or deleted;
//! `settle` forgets it, and every read treats it as gone already, so the two never disagree.
//!
//! ecsemu has no Elastic Load Balancing: the load balancers, listeners, rules, certificates and
//! security groups a gateway "manages" are ARNs derived deterministically from the gateway and
//! its routes, so that they are stable across calls and restarts but name nothing real.

use std::collections::BTreeMap;

use super::arn::Scope;
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

    /// The gateways a service with `connectors` in `cluster` is bound to: those ACTIVE-ly
    /// associated with the cluster whose access type the connector's filter allows.
    pub fn bind_gateways(
        &self,
        cluster: &str,
        connectors: &[wire::GatewayConnector],
    ) -> Vec<String> {
        let Some(connector) = connectors.first() else {
            return Vec::new();
        };
        let allowed = connector
            .filters
            .as_ref()
            .and_then(|f| f.access_types.as_deref())
            .filter(|types| !types.is_empty());
        self.gateways
            .values()
            .filter(|g| g.clusters.get(cluster) == Some(&GatewayClusterAssociationStatus::Active))
            .filter(|g| allowed.is_none_or(|types| types.contains(&g.access_type)))
            .map(|g| g.name.clone())
            .collect()
    }
}

impl Partition {
    /// Checks a service's gateway connectors and returns the gateways they bind it to.
    /// `definition` is what the service runs (none for a service that runs task sets).
    pub fn connect_service(
        &self,
        cluster: &str,
        connectors: &[wire::GatewayConnector],
        definition: Option<&wire::TaskDefinition>,
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
        let gateways = self.bind_gateways(cluster, connectors);
        if gateways.is_empty() {
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

/// The emulated infrastructure of a gateway, derived from its ARN alone.
pub struct Infrastructure<'a> {
    scope: &'a Scope,
    gateway_arn: &'a str,
}

impl<'a> Infrastructure<'a> {
    pub fn of(scope: &'a Scope, gateway: &'a Gateway) -> Self {
        Self {
            scope,
            gateway_arn: &gateway.arn,
        }
    }

    fn elb_arn(&self, resource: &str) -> String {
        format!(
            "arn:{}:elasticloadbalancing:{}:{}:{resource}",
            self.scope.partition, self.scope.region, self.scope.account_id
        )
    }

    /// `app/<name>/<id>` of the `index`th load balancer.
    fn alb_path(&self, index: usize) -> String {
        let seed = format!("{}#alb{index}", self.gateway_arn);
        format!(
            "app/ecs-gw-{}-{index}/{}",
            &digest(self.gateway_arn)[..8],
            &digest(&seed)[..16]
        )
    }

    pub fn load_balancer(&self, index: usize) -> String {
        self.elb_arn(&format!("loadbalancer/{}", self.alb_path(index)))
    }

    pub fn listener(&self, index: usize) -> String {
        let path = self.alb_path(index);
        self.elb_arn(&format!(
            "listener/{path}/{}",
            &digest(&format!("{path}#443"))[..16]
        ))
    }

    pub fn security_group(&self, index: usize) -> String {
        format!(
            "sg-{}",
            &digest(&format!("{}#sg{index}", self.gateway_arn))[..17]
        )
    }

    /// What DescribeGatewayRoute shows as the route's infrastructure.
    pub fn route_resources(
        &self,
        gateway: &Gateway,
        route: &Route,
        index: usize,
    ) -> wire::GatewayRouteAlbResources {
        let alb = gateway.alb_of_route(index);
        let listener = self.listener(alb);
        let listener_path = listener
            .split_once(":listener/")
            .map_or("", |(_, path)| path)
            .to_owned();
        let rule = |kind: &str| {
            self.elb_arn(&format!(
                "listener-rule/{listener_path}/{}",
                &digest(&format!("{}#{kind}", route.arn))[..16]
            ))
        };
        let ec2 = |resource: String| {
            format!(
                "arn:{}:ec2:{}:{}:{resource}",
                self.scope.partition, self.scope.region, self.scope.account_id
            )
        };
        let test_rules = gateway
            .configuration
            .test_traffic_rules
            .as_ref()
            .map(|_| vec![rule("test")])
            .unwrap_or_default();
        let certificate = digest(&format!("{}#certificate", route.arn));
        wire::GatewayRouteAlbResources {
            acm_certificate_arn: Some(format!(
                "arn:{}:acm:{}:{}:certificate/{}-{}-{}-{}-{}",
                self.scope.partition,
                self.scope.region,
                self.scope.account_id,
                &certificate[..8],
                &certificate[8..12],
                &certificate[12..16],
                &certificate[16..20],
                &certificate[20..32]
            )),
            load_balancer_arn: Some(self.load_balancer(alb)),
            listener_arn: Some(listener),
            listener_rule_arn: Some(rule("production")),
            test_listener_rule_arns: Some(test_rules),
            load_balancer_security_groups: Some(vec![
                wire::GatewayRouteLoadBalancerSecurityGroup {
                    arn: Some(ec2(format!("security-group/{}", self.security_group(alb)))),
                    rule_arns: Some(vec![ec2(format!(
                        "security-group-rule/sgr-{}",
                        &digest(&format!("{}#ingress", route.arn))[..17]
                    ))]),
                },
            ]),
            service_security_group_arn: Some(ec2(format!(
                "security-group/sg-{}",
                &digest(&format!("{}#service", route.service_arn))[..17]
            ))),
        }
    }
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

/// A DNS label made from an ECS name (which may hold underscores and capitals).
pub fn host_label(name: &str) -> String {
    name.chars()
        .take(40)
        .map(|c| {
            if c.is_ascii_alphanumeric() {
                c.to_ascii_lowercase()
            } else {
                '-'
            }
        })
        .collect()
}

/// 32 hex digits that depend on `text` alone, the same in every run and build (FNV-1a, twice
/// with different offsets): ids of emulated resources must not change between calls.
pub fn digest(text: &str) -> String {
    let fnv = |offset: u64| {
        text.bytes().fold(offset, |hash, byte| {
            (hash ^ u64::from(byte)).wrapping_mul(0x0100_0000_01b3)
        })
    };
    format!(
        "{:016x}{:016x}",
        fnv(0xcbf2_9ce4_8422_2325),
        fnv(0x6c62_272e_07bb_0142)
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::control::arn::test_scope;

    #[test]
    fn digests_are_stable_and_distinct() {
        assert_eq!(digest("a"), digest("a"));
        assert_ne!(digest("a"), digest("b"));
        assert_eq!(digest("anything").len(), 32);
    }

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
    fn load_balancer_arns_are_well_formed() {
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
        let infrastructure = Infrastructure::of(&scope, &gateway);
        let arn = infrastructure.load_balancer(0);
        assert!(arn.starts_with(
            "arn:aws:elasticloadbalancing:us-east-1:000000000000:loadbalancer/app/ecs-gw-"
        ));
        assert_eq!(arn, infrastructure.load_balancer(0));
        assert!(infrastructure.listener(0).contains(":listener/app/"));
        assert_eq!(gateway.alb_count(0), 0);
        assert_eq!(gateway.alb_count(101), 2);
        assert_eq!(gateway.alb_of_route(150), 1);
    }
}
