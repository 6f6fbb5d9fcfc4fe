//! Express Gateway services. Each is an ordinary ECS service (the scheduler runs it like any
//! other) that also remembers the Express configuration of each revision it was given, and is
//! shown by the Express operations from those and the service's own state.
//!
//! ecsemu has no load balancer: an Express service's ingress endpoint is a host name derived
//! from its ARN, under `express.ecsemu.localhost`, that nothing serves.

use super::gateway::{digest, host_label};
use super::service::{DeploymentStatus, Service, ServiceStatus};
use crate::wire::{
    self, AccessType, ExpressGatewayServiceConfiguration, ExpressGatewayServiceStatusCode,
    Timestamp,
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
