//! Clusters: their record, the counts ECS derives from what runs in them, and name resolution.

use std::collections::{BTreeMap, HashMap};

use super::arn::{self, Scope};
use super::capacity;
use super::service::{Service, ServiceStatus};
use super::store::Partition;
use super::task::{Desired, TaskStatus};
use crate::error::EcsError;
use crate::wire::{self, LaunchType};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ClusterStatus {
    Active,
    Inactive,
}

impl ClusterStatus {
    pub const fn as_str(self) -> &'static str {
        match self {
            Self::Active => "ACTIVE",
            Self::Inactive => "INACTIVE",
        }
    }
}

/// What RunTask remembers of a `clientToken`, to answer a retry with the same tasks and a
/// different request with `ConflictException`.
#[derive(Debug, Clone)]
pub struct RunTaskToken {
    pub request_fingerprint: String,
    pub task_ids: Vec<String>,
    pub failures: Vec<wire::Failure>,
}

#[derive(Debug, Clone)]
pub struct Cluster {
    pub name: String,
    pub arn: String,
    pub status: ClusterStatus,
    pub settings: Vec<wire::ClusterSetting>,
    pub configuration: Option<wire::ClusterConfiguration>,
    pub service_connect_defaults: Option<wire::ClusterServiceConnectDefaults>,
    pub capacity_providers: Vec<String>,
    pub default_strategy: Vec<wire::CapacityProviderStrategyItem>,
    pub tags: Vec<wire::Tag>,
    pub run_task_tokens: HashMap<String, RunTaskToken>,
    /// Every service of the cluster, by name, in any status (deleted ones stay describable).
    pub services: BTreeMap<String, Service>,
    /// The cluster's daemons, by name (a deleted one goes once its tasks have stopped).
    pub daemons: BTreeMap<String, crate::control::daemon::Daemon>,
    /// Whether the local host may join as a container instance when an EC2 placement finds
    /// none: until the caller registers an instance of its own or deregisters the local one,
    /// so that callers who manage instances keep exactly the ones they registered.
    pub takes_local_instance: bool,
}

/// Which optional parts DescribeClusters was asked to include.
#[derive(Debug, Clone, Copy, Default)]
pub struct ClusterIncludes {
    pub attachments: bool,
    pub configurations: bool,
    pub settings: bool,
    pub statistics: bool,
    pub tags: bool,
}

impl ClusterIncludes {
    pub fn from_fields(fields: &[wire::ClusterField]) -> Self {
        let has = |f| fields.contains(&f);
        Self {
            attachments: has(wire::ClusterField::Attachments),
            configurations: has(wire::ClusterField::Configurations),
            settings: has(wire::ClusterField::Settings),
            statistics: has(wire::ClusterField::Statistics),
            tags: has(wire::ClusterField::Tags),
        }
    }

    /// What CreateCluster, UpdateCluster and the like echo: everything they were given
    /// (attachments only exist for capacity providers with Auto Scaling groups).
    pub const ALL: Self = Self {
        attachments: false,
        configurations: true,
        settings: true,
        statistics: false,
        tags: true,
    };
}

/// Counts of what runs in a cluster, split as DescribeClusters' statistics are.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct ClusterCounts {
    pub running_ec2: i32,
    pub running_fargate: i32,
    pub running_external: i32,
    pub pending_ec2: i32,
    pub pending_fargate: i32,
    pub pending_external: i32,
    pub active_services_ec2: i32,
    pub active_services_fargate: i32,
    pub draining_services_ec2: i32,
    pub draining_services_fargate: i32,
    pub registered_instances: i32,
}

impl ClusterCounts {
    pub fn running(&self) -> i32 {
        self.running_ec2 + self.running_fargate + self.running_external
    }

    pub fn pending(&self) -> i32 {
        self.pending_ec2 + self.pending_fargate + self.pending_external
    }

    pub fn active_services(&self) -> i32 {
        self.active_services_ec2 + self.active_services_fargate
    }

    pub fn draining_services(&self) -> i32 {
        self.draining_services_ec2 + self.draining_services_fargate
    }

    fn statistics(&self) -> Vec<wire::KeyValuePair> {
        [
            ("runningEC2TasksCount", self.running_ec2),
            ("runningFargateTasksCount", self.running_fargate),
            ("pendingEC2TasksCount", self.pending_ec2),
            ("pendingFargateTasksCount", self.pending_fargate),
            ("runningExternalTasksCount", self.running_external),
            ("pendingExternalTasksCount", self.pending_external),
            ("activeEC2ServiceCount", self.active_services_ec2),
            ("activeFargateServiceCount", self.active_services_fargate),
            ("drainingEC2ServiceCount", self.draining_services_ec2),
            (
                "drainingFargateServiceCount",
                self.draining_services_fargate,
            ),
        ]
        .into_iter()
        .map(|(name, value)| wire::KeyValuePair {
            name: Some(name.to_owned()),
            value: Some(value.to_string()),
        })
        .collect()
    }
}

impl Cluster {
    pub fn new(scope: &Scope, name: &str) -> Self {
        Self {
            name: name.to_owned(),
            arn: scope.cluster(name),
            status: ClusterStatus::Active,
            settings: Vec::new(),
            configuration: None,
            service_connect_defaults: None,
            capacity_providers: Vec::new(),
            default_strategy: Vec::new(),
            tags: Vec::new(),
            run_task_tokens: HashMap::new(),
            services: BTreeMap::new(),
            daemons: BTreeMap::new(),
            takes_local_instance: true,
        }
    }

    pub fn is_active(&self) -> bool {
        self.status == ClusterStatus::Active
    }

    pub fn to_wire(&self, counts: &ClusterCounts, include: ClusterIncludes) -> wire::Cluster {
        wire::Cluster {
            cluster_arn: Some(self.arn.clone()),
            cluster_name: Some(self.name.clone()),
            status: Some(self.status.as_str().to_owned()),
            registered_container_instances_count: counts.registered_instances,
            running_tasks_count: counts.running(),
            pending_tasks_count: counts.pending(),
            active_services_count: counts.active_services(),
            statistics: Some(if include.statistics {
                counts.statistics()
            } else {
                Vec::new()
            }),
            tags: Some(if include.tags {
                self.tags.clone()
            } else {
                Vec::new()
            }),
            settings: Some(if include.settings {
                self.settings.clone()
            } else {
                Vec::new()
            }),
            capacity_providers: Some(self.capacity_providers.clone()),
            default_capacity_provider_strategy: Some(self.default_strategy.clone()),
            configuration: include
                .configurations
                .then(|| self.configuration.clone())
                .flatten(),
            attachments: include.attachments.then(Vec::new),
            attachments_status: None,
            service_connect_defaults: self.service_connect_defaults.clone(),
        }
    }
}

impl Partition {
    /// The ACTIVE cluster a "name or ARN" (default: `default`) refers to.
    pub fn active_cluster(
        &self,
        scope: &Scope,
        reference: Option<&str>,
    ) -> Result<&Cluster, EcsError> {
        let name = cluster_name(scope, reference)?;
        self.clusters
            .get(name)
            .filter(|c| c.is_active())
            .ok_or_else(EcsError::cluster_not_found)
    }

    pub fn active_cluster_mut(
        &mut self,
        scope: &Scope,
        reference: Option<&str>,
    ) -> Result<&mut Cluster, EcsError> {
        let name = cluster_name(scope, reference)?;
        self.clusters
            .get_mut(name)
            .filter(|c| c.is_active())
            .ok_or_else(EcsError::cluster_not_found)
    }

    pub fn cluster_counts(&self, cluster: &str) -> ClusterCounts {
        let mut counts = ClusterCounts::default();
        for task in self.tasks.values().filter(|t| t.cluster == cluster) {
            if task.desired == Desired::Stopped && task.last_status == TaskStatus::Stopped {
                continue;
            }
            let running = task.last_status == TaskStatus::Running;
            let pending = task.last_status < TaskStatus::Running;
            let slot = match (task.launch_type, running, pending) {
                (Some(LaunchType::Fargate), true, _) => &mut counts.running_fargate,
                (Some(LaunchType::Fargate), _, true) => &mut counts.pending_fargate,
                (Some(LaunchType::External), true, _) => &mut counts.running_external,
                (Some(LaunchType::External), _, true) => &mut counts.pending_external,
                (_, true, _) => &mut counts.running_ec2,
                (_, _, true) => &mut counts.pending_ec2,
                _ => continue,
            };
            *slot += 1;
        }
        if let Some(c) = self.clusters.get(cluster) {
            for service in c.services.values() {
                let fargate = service.launch_type == Some(LaunchType::Fargate)
                    || service
                        .capacity_provider_strategy
                        .iter()
                        .any(|i| capacity::is_fargate_provider(&i.capacity_provider));
                let slot = match (service.status, fargate) {
                    (ServiceStatus::Active, true) => &mut counts.active_services_fargate,
                    (ServiceStatus::Active, false) => &mut counts.active_services_ec2,
                    (ServiceStatus::Draining, true) => &mut counts.draining_services_fargate,
                    (ServiceStatus::Draining, false) => &mut counts.draining_services_ec2,
                    (ServiceStatus::Inactive, _) => continue,
                };
                *slot += 1;
            }
        }
        counts.registered_instances = self
            .container_instances
            .values()
            .filter(|i| i.cluster == cluster && i.is_registered())
            .count() as i32;
        counts
    }
}

/// The cluster name a "name or ARN" argument refers to; omitted means `default`.
pub fn cluster_name<'a>(scope: &Scope, reference: Option<&'a str>) -> Result<&'a str, EcsError> {
    let reference = reference.unwrap_or("default");
    arn::local_path(scope, "cluster", reference).ok_or_else(EcsError::cluster_not_found)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn scope() -> Scope {
        arn::test_scope()
    }

    #[test]
    fn omitted_cluster_means_default() {
        assert_eq!(cluster_name(&scope(), None).unwrap(), "default");
        let arn = scope().cluster("web");
        assert_eq!(cluster_name(&scope(), Some(&arn)).unwrap(), "web");
    }

    #[test]
    fn inactive_clusters_are_not_found() {
        let mut p = Partition::default();
        let mut c = Cluster::new(&scope(), "gone");
        c.status = ClusterStatus::Inactive;
        p.clusters.insert("gone".into(), c);
        let err = p.active_cluster(&scope(), Some("gone")).unwrap_err();
        assert_eq!(err.code(), "ClusterNotFoundException");
    }

    #[test]
    fn include_gated_lists_are_empty_unless_asked_for() {
        let mut c = Cluster::new(&scope(), "c");
        c.tags.push(wire::Tag {
            key: Some("k".into()),
            value: Some("v".into()),
        });
        let plain = c.to_wire(&ClusterCounts::default(), ClusterIncludes::default());
        assert_eq!(plain.tags, Some(Vec::new()));
        assert!(plain.configuration.is_none());
        let tagged = c.to_wire(
            &ClusterCounts::default(),
            ClusterIncludes {
                tags: true,
                statistics: true,
                ..ClusterIncludes::default()
            },
        );
        assert_eq!(tagged.tags.map(|t| t.len()), Some(1));
        assert_eq!(tagged.statistics.map(|s| s.len()), Some(10));
    }
}
