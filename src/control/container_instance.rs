//! Container instances (EC2 launch type capacity) and the resources tasks use on them.

use std::collections::BTreeSet;

use super::store::Partition;
use super::task::Task;
use crate::wire::{self, Timestamp};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum InstanceStatus {
    Active,
    Draining,
    /// Deregistered: still describable by ARN for a while, gone from lists.
    Inactive,
}

impl InstanceStatus {
    pub const fn as_str(self) -> &'static str {
        match self {
            Self::Active => "ACTIVE",
            Self::Draining => "DRAINING",
            Self::Inactive => "INACTIVE",
        }
    }
}

/// Host ports the ECS agent reserves on Linux instances.
pub const RESERVED_PORTS: [u16; 5] = [22, 2375, 2376, 51678, 51679];

#[derive(Debug, Clone)]
pub struct ContainerInstance {
    pub id: String,
    pub arn: String,
    pub cluster: String,
    pub ec2_instance_id: String,
    pub status: InstanceStatus,
    pub agent_connected: bool,
    pub cpu: i32,
    pub memory: i32,
    pub reserved_tcp_ports: BTreeSet<u16>,
    pub reserved_udp_ports: BTreeSet<u16>,
    pub attributes: Vec<wire::Attribute>,
    pub registered_at: Timestamp,
    pub version: i64,
    pub version_info: wire::VersionInfo,
    pub tags: Vec<wire::Tag>,
    pub capacity_provider_name: Option<String>,
    /// Where the last UpdateContainerAgent got to.
    pub agent_update_status: Option<wire::AgentUpdateStatus>,
}

/// What the tasks placed on an instance use of it.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Usage {
    pub cpu: i32,
    pub memory: i32,
    pub tcp_ports: BTreeSet<u16>,
    pub udp_ports: BTreeSet<u16>,
    pub running_tasks: i32,
    pub pending_tasks: i32,
}

impl ContainerInstance {
    /// Still counted by the cluster (ACTIVE or DRAINING).
    pub fn is_registered(&self) -> bool {
        self.status != InstanceStatus::Inactive
    }

    pub fn attribute(&self, name: &str) -> Option<&str> {
        self.attributes
            .iter()
            .find(|a| a.name == name)
            .and_then(|a| a.value.as_deref())
    }

    pub fn to_wire(&self, usage: &Usage, include_tags: bool) -> wire::ContainerInstance {
        let tcp: BTreeSet<u16> = self
            .reserved_tcp_ports
            .union(&usage.tcp_ports)
            .copied()
            .collect();
        let udp: BTreeSet<u16> = self
            .reserved_udp_ports
            .union(&usage.udp_ports)
            .copied()
            .collect();
        wire::ContainerInstance {
            container_instance_arn: Some(self.arn.clone()),
            ec2_instance_id: Some(self.ec2_instance_id.clone()),
            capacity_provider_name: self.capacity_provider_name.clone(),
            version: self.version,
            version_info: Some(self.version_info.clone()),
            remaining_resources: Some(resources(
                self.cpu - usage.cpu,
                self.memory - usage.memory,
                &tcp,
                &udp,
            )),
            registered_resources: Some(resources(
                self.cpu,
                self.memory,
                &self.reserved_tcp_ports,
                &self.reserved_udp_ports,
            )),
            status: Some(self.status.as_str().to_owned()),
            status_reason: None,
            agent_connected: self.agent_connected,
            running_tasks_count: usage.running_tasks,
            pending_tasks_count: usage.pending_tasks,
            agent_update_status: self.agent_update_status,
            attributes: Some(self.attributes.clone()),
            registered_at: Some(self.registered_at),
            attachments: Some(Vec::new()),
            tags: Some(if include_tags {
                self.tags.clone()
            } else {
                Vec::new()
            }),
            health_status: None,
            gpu_devices: None,
        }
    }
}

fn resources(
    cpu: i32,
    memory: i32,
    tcp: &BTreeSet<u16>,
    udp: &BTreeSet<u16>,
) -> Vec<wire::Resource> {
    let integer = |name: &str, value: i32| wire::Resource {
        name: Some(name.to_owned()),
        r#type: Some("INTEGER".to_owned()),
        integer_value: value,
        ..wire::Resource::default()
    };
    let ports = |name: &str, set: &BTreeSet<u16>| wire::Resource {
        name: Some(name.to_owned()),
        r#type: Some("STRINGSET".to_owned()),
        string_set_value: Some(set.iter().map(ToString::to_string).collect()),
        ..wire::Resource::default()
    };
    vec![
        integer("CPU", cpu),
        integer("MEMORY", memory),
        ports("PORTS", tcp),
        ports("PORTS_UDP", udp),
    ]
}

/// CPU units and MiB a task reserves (see `launch::task_size`, which sets them).
pub fn task_reservation(task: &Task) -> (i32, i32) {
    let parse = |v: &Option<String>| {
        v.as_deref()
            .and_then(|s| s.parse::<i32>().ok())
            .unwrap_or(0)
    };
    (parse(&task.cpu), parse(&task.memory))
}

impl Partition {
    /// The cluster's ACTIVE container instances: the ones tasks may be placed on.
    pub fn active_instances<'a>(
        &'a self,
        cluster: &'a str,
    ) -> impl Iterator<Item = &'a ContainerInstance> + 'a {
        self.container_instances
            .values()
            .filter(move |i| i.cluster == cluster && i.status == InstanceStatus::Active)
    }

    /// The ids of the cluster's ACTIVE container instances, sorted.
    pub fn active_instance_ids(&self, cluster: &str) -> Vec<String> {
        let mut ids: Vec<String> = self
            .active_instances(cluster)
            .map(|i| i.id.clone())
            .collect();
        ids.sort();
        ids
    }

    /// What the tasks that are not yet stopped use on instance `id`.
    pub fn instance_usage(&self, id: &str) -> Usage {
        let mut usage = Usage::default();
        for task in self
            .tasks
            .values()
            .filter(|t| t.container_instance_id.as_deref() == Some(id) && !t.is_stopped())
        {
            let (cpu, memory) = task_reservation(task);
            usage.cpu += cpu;
            usage.memory += memory;
            if task.last_status == super::task::TaskStatus::Running {
                usage.running_tasks += 1;
            } else {
                usage.pending_tasks += 1;
            }
            for binding in task.containers.iter().flat_map(|c| &c.network_bindings) {
                let Some(port) = binding.host_port.and_then(|p| u16::try_from(p).ok()) else {
                    continue;
                };
                match binding.protocol {
                    Some(wire::TransportProtocol::Udp) => usage.udp_ports.insert(port),
                    _ => usage.tcp_ports.insert(port),
                };
            }
        }
        usage
    }
}
