//! Express Gateway services. Each is an ordinary ECS service (the scheduler runs it like any
//! other) that also remembers the Express configuration of each revision it was given, and is
//! shown by the Express operations from those and the service's own state.
//!
//! ecsemu has no load balancer: an Express service's ingress endpoint is a host name derived
//! from its ARN, under `express.ecsemu.localhost`, that nothing serves.

use super::infrastructure::{digest, host_label, Infrastructure};
use super::service::{DeploymentStatus, Service, ServiceStatus};
use crate::wire::{
    self, AccessType, ExpressGatewayServiceConfiguration, ExpressGatewayServiceScalingMetric,
    ExpressGatewayServiceStatusCode, ManagedResourceStatus, ResourceManagementType, Timestamp,
};

#[derive(Debug, Clone)]
pub struct ExpressService {
    pub infrastructure_role_arn: String,
    /// One per service revision made by the Express operations, newest first.
    pub configurations: Vec<ExpressGatewayServiceConfiguration>,
    pub updated_at: Timestamp,
}

impl ExpressService {
    pub fn new(infrastructure_role_arn: String, now: Timestamp) -> Self {
        Self {
            infrastructure_role_arn,
            configurations: Vec::new(),
            updated_at: now,
        }
    }
}

impl Service {
    /// Records `configuration` as what the newest revision of this Express service runs.
    pub fn record_express(
        &mut self,
        mut configuration: ExpressGatewayServiceConfiguration,
        now: Timestamp,
    ) {
        let endpoint = express_endpoint(&self.arn);
        let revision = self.revisions.last().map(|r| r.arn.clone());
        let Some(express) = self.express.as_mut() else {
            return;
        };
        configuration.service_revision_arn = revision;
        configuration.ingress_paths = Some(vec![wire::IngressPathSummary {
            access_type: AccessType::Public,
            endpoint,
        }]);
        configuration.created_at = Some(now);
        express.configurations.insert(0, configuration);
        express.updated_at = now;
    }

    /// The configuration the newest Express revision runs.
    pub fn express_configuration(&self) -> Option<&ExpressGatewayServiceConfiguration> {
        self.express.as_ref()?.configurations.first()
    }

    /// The service as the Express operations show it, if it is an Express service.
    pub fn to_express(&self, include_tags: bool) -> Option<wire::ECSExpressGatewayService> {
        let express = self.express.as_ref()?;
        // The configurations whose revisions still have a deployment (tasks or the target).
        let live: Vec<&str> = self
            .deployments
            .iter()
            .filter(|d| d.status != DeploymentStatus::Inactive)
            .map(|d| d.revision_arn.as_str())
            .collect();
        let active = express
            .configurations
            .iter()
            .filter(|c| {
                c.service_revision_arn
                    .as_deref()
                    .is_some_and(|arn| live.contains(&arn))
            })
            .cloned()
            .collect();
        Some(wire::ECSExpressGatewayService {
            cluster: Some(self.cluster.clone()),
            service_name: Some(self.name.clone()),
            service_arn: Some(self.arn.clone()),
            infrastructure_role_arn: Some(express.infrastructure_role_arn.clone()),
            status: Some(self.express_status()),
            current_deployment: self.service_deployments.first().map(|d| d.arn.clone()),
            active_configurations: Some(active),
            tags: include_tags.then(|| self.tags.clone()),
            created_at: Some(self.created_at),
            updated_at: Some(express.updated_at),
        })
    }

    pub fn express_status(&self) -> wire::ExpressGatewayServiceStatus {
        let code = match self.status {
            ServiceStatus::Active => ExpressGatewayServiceStatusCode::Active,
            ServiceStatus::Draining => ExpressGatewayServiceStatusCode::Draining,
            ServiceStatus::Inactive => ExpressGatewayServiceStatusCode::Inactive,
        };
        wire::ExpressGatewayServiceStatus {
            status_code: Some(code),
            status_reason: None,
        }
    }
}

impl Service {
    /// Express services are ECS's to manage, every other service the customer's.
    pub fn resource_management_type(&self) -> ResourceManagementType {
        if self.express.is_some() {
            ResourceManagementType::Ecs
        } else {
            ResourceManagementType::Customer
        }
    }

    /// What ECS manages for the Express revision `revision_arn`: the resources it would have
    /// created, as emulated names (see `infrastructure`), in the state the service's status
    /// implies.
    pub fn express_managed_resources(
        &self,
        revision_arn: &str,
    ) -> Option<wire::ECSManagedResources> {
        let configuration = self
            .express
            .as_ref()?
            .configurations
            .iter()
            .find(|c| c.service_revision_arn.as_deref() == Some(revision_arn))?;
        let infrastructure = Infrastructure::of(&self.arn);
        let status = match self.status {
            ServiceStatus::Active => ManagedResourceStatus::Active,
            ServiceStatus::Draining => ManagedResourceStatus::Deprovisioning,
            ServiceStatus::Inactive => ManagedResourceStatus::Deleted,
        };
        let updated_at = configuration.created_at.unwrap_or(self.created_at);
        let endpoint = express_endpoint(&self.arn);
        let port = configuration
            .primary_container
            .as_ref()
            .and_then(|c| c.container_port)
            .unwrap_or(80);
        let scaling = configuration.scaling_target.clone().unwrap_or_default();
        let metric = match scaling.auto_scaling_metric {
            Some(ExpressGatewayServiceScalingMetric::AverageMemory) => {
                "ECSServiceAverageMemoryUtilization"
            }
            Some(ExpressGatewayServiceScalingMetric::RequestCountPerTarget) => {
                "ALBRequestCountPerTarget"
            }
            _ => "ECSServiceAverageCPUUtilization",
        };
        let alb_group = infrastructure.alb_security_group(0);
        let security_group = |arn: String| wire::ManagedSecurityGroup {
            arn: Some(arn),
            status,
            status_reason: None,
            updated_at,
        };
        let subnets = self
            .network
            .as_ref()
            .and_then(|n| n.awsvpc_configuration.as_ref())
            .map(|v| v.subnets.clone());
        Some(wire::ECSManagedResources {
            ingress_paths: Some(vec![wire::ManagedIngressPath {
                access_type: AccessType::Public,
                load_balancer: Some(wire::ManagedLoadBalancer {
                    arn: Some(infrastructure.load_balancer(0)),
                    scheme: "internet-facing".to_owned(),
                    subnet_ids: subnets,
                    security_group_ids: Some(vec![alb_group.clone()]),
                    status,
                    status_reason: None,
                    updated_at,
                }),
                load_balancer_security_groups: Some(vec![security_group(
                    infrastructure.security_group_arn(&alb_group),
                )]),
                certificate: Some(wire::ManagedCertificate {
                    arn: Some(infrastructure.certificate("certificate")),
                    domain_name: endpoint.trim_start_matches("https://").to_owned(),
                    status,
                    status_reason: None,
                    updated_at,
                }),
                listener: Some(wire::ManagedListener {
                    arn: Some(infrastructure.listener(0)),
                    status,
                    status_reason: None,
                    updated_at,
                }),
                rule: Some(wire::ManagedListenerRule {
                    arn: Some(infrastructure.listener_rule(0, revision_arn)),
                    status,
                    status_reason: None,
                    updated_at,
                }),
                target_groups: Some(vec![wire::ManagedTargetGroup {
                    arn: Some(infrastructure.target_group(revision_arn)),
                    health_check_path: configuration.health_check_path.clone().unwrap_or_default(),
                    health_check_port: port,
                    port,
                    status,
                    status_reason: None,
                    updated_at,
                }]),
                endpoint,
            }]),
            auto_scaling: Some(wire::ManagedAutoScaling {
                scalable_target: Some(wire::ManagedScalableTarget {
                    arn: Some(infrastructure.scalable_target()),
                    min_capacity: scaling.min_task_count.unwrap_or(1),
                    max_capacity: scaling.max_task_count.unwrap_or(1),
                    status,
                    status_reason: None,
                    updated_at,
                }),
                application_auto_scaling_policies: Some(vec![
                    wire::ManagedApplicationAutoScalingPolicy {
                        arn: Some(infrastructure.scaling_policy(metric)),
                        policy_type: "TargetTrackingScaling".to_owned(),
                        target_value: f64::from(scaling.auto_scaling_target_value.unwrap_or(60)),
                        metric: metric.to_owned(),
                        status,
                        status_reason: None,
                        updated_at,
                    },
                ]),
            }),
            service_security_groups: Some(vec![security_group(
                super::gateway::service_security_group(&self.arn),
            )]),
            ..wire::ECSManagedResources::default()
        })
    }
}

/// The (unserved) endpoint of an Express service.
pub fn express_endpoint(service_arn: &str) -> String {
    let name = service_arn.rsplit('/').next().unwrap_or_default();
    format!(
        "https://{}-{}.express.ecsemu.localhost",
        host_label(name),
        &digest(service_arn)[..8]
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn endpoints_are_host_names_derived_from_the_arn() {
        let arn = "arn:aws:ecs:us-east-1:000000000000:service/default/My_App";
        let endpoint = express_endpoint(arn);
        assert!(endpoint.starts_with("https://my-app-"));
        assert_eq!(endpoint, express_endpoint(arn));
        assert_ne!(
            endpoint,
            express_endpoint("arn:aws:ecs:us-east-1:000000000000:service/other/My_App")
        );
    }
}
