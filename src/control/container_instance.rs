//! Container instances (EC2 launch type capacity) and the resources tasks use on them.

use std::collections::BTreeSet;
use std::sync::Arc;

use ecsemu_runtime::RuntimeInfo;

use super::arn::{self, Scope};
use super::store::Partition;
use super::task::Task;
use crate::wire::{self, Timestamp};

/// The ECS agent version instances report unless told otherwise.
pub const AGENT_VERSION: &str = "1.89.0";
/// The Docker Engine API levels the ECS agent lists as capabilities start at 1.17.
const OLDEST_DOCKER_API_MINOR: u32 = 17;
/// What an instance whose runtime named no API level reports (the agent's newest).
const DEFAULT_DOCKER_API_MINOR: u32 = 44;
/// `ecs.instance-type` of the local host and of instances registered without an identity.
pub const LOCAL_INSTANCE_TYPE: &str = "ecsemu.local";

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
    /// The machine ecsemu runs on, joined on its own (see `Partition::admit_local_instance`).
    pub local: bool,
}

/// What a host offers as a container instance, as its container runtime describes it: what
/// the ECS agent reads from Docker when it registers.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct HostFacts {
    /// CPU units, 1024 per CPU.
    pub cpu: i32,
    /// MiB.
    pub memory: i32,
    /// `ecs.os-type`.
    pub os_type: String,
    /// `ecs.cpu-architecture`: `x86_64` or `arm64`.
    pub architecture: String,
    /// The newest `1.x` Docker Engine API level the runtime serves.
    pub docker_api_minor: u32,
    /// What `versionInfo.dockerVersion` reports.
    pub runtime_version: String,
}

impl HostFacts {
    pub fn of(info: &RuntimeInfo) -> Self {
        let architecture = match info.architecture.as_str() {
            "" => std::env::consts::ARCH,
            named => named,
        };
        Self {
            cpu: i32::try_from(info.cpus.max(1))
                .unwrap_or(i32::MAX)
                .saturating_mul(1024),
            memory: i32::try_from(info.memory_bytes >> 20).unwrap_or(i32::MAX),
            os_type: match info.os_type.as_str() {
                "" => "linux".to_owned(),
                named => named.to_lowercase(),
            },
            architecture: match architecture {
                "aarch64" | "arm64" => "arm64",
                _ => "x86_64",
            }
            .to_owned(),
            docker_api_minor: info
                .api_version
                .as_deref()
                .and_then(|v| v.strip_prefix("1."))
                .and_then(|minor| minor.parse().ok())
                .unwrap_or(DEFAULT_DOCKER_API_MINOR),
            runtime_version: info.version.clone(),
        }
    }

    /// A host the runtime could not describe: the capacity RegisterContainerInstance
    /// offers when neither the request nor the runtime says more.
    pub fn unknown() -> Self {
        Self {
            cpu: 1024,
            memory: 2048,
            os_type: "linux".to_owned(),
            architecture: if std::env::consts::ARCH == "aarch64" {
                "arm64"
            } else {
                "x86_64"
            }
            .to_owned(),
            docker_api_minor: DEFAULT_DOCKER_API_MINOR,
            runtime_version: String::new(),
        }
    }

    /// The built-in attributes and agent capabilities a Linux instance on this host registers
    /// with.
    pub fn attributes(&self, identity: &Identity) -> Vec<wire::Attribute> {
        let valued = [
            ("ecs.availability-zone", identity.availability_zone.as_str()),
            ("ecs.instance-type", identity.instance_type.as_str()),
            ("ecs.os-type", self.os_type.as_str()),
            ("ecs.os-family", "LINUX"),
            ("ecs.cpu-architecture", self.architecture.as_str()),
            ("ecs.ami-id", "ami-00000000000ecsemu"),
        ];
        let capabilities = (OLDEST_DOCKER_API_MINOR..=self.docker_api_minor)
            .map(|v| format!("com.amazonaws.ecs.capability.docker-remote-api.1.{v}"))
            .chain(AGENT_CAPABILITIES.map(str::to_owned));
        valued
            .into_iter()
            .map(|(name, value)| wire::Attribute {
                name: name.to_owned(),
                value: Some(value.to_owned()),
                ..wire::Attribute::default()
            })
            .chain(capabilities.map(|name| wire::Attribute {
                name,
                ..wire::Attribute::default()
            }))
            .collect()
    }

    fn version_info(&self) -> wire::VersionInfo {
        wire::VersionInfo {
            agent_version: Some(AGENT_VERSION.to_owned()),
            agent_hash: Some("ecsemu".to_owned()),
            docker_version: Some(format!("DockerVersion: {}", self.runtime_version)),
        }
    }
}

/// What ecsemu's tasks can use, as the agent lists its capabilities.
const AGENT_CAPABILITIES: [&str; 15] = [
    "ecs.capability.task-eni",
    "ecs.capability.container-health-check",
    "ecs.capability.container-ordering",
    "ecs.capability.execution-role-awslogs",
    "ecs.capability.env-files.s3",
    "ecs.capability.secrets.ssm.environment-variables",
    "ecs.capability.secrets.asm.environment-variables",
    "com.amazonaws.ecs.capability.task-iam-role",
    "com.amazonaws.ecs.capability.task-iam-role-network-host",
    "com.amazonaws.ecs.capability.privileged-container",
    "com.amazonaws.ecs.capability.logging-driver.json-file",
    "com.amazonaws.ecs.capability.logging-driver.awslogs",
    "com.amazonaws.ecs.capability.logging-driver.syslog",
    "com.amazonaws.ecs.capability.logging-driver.none",
    "ecs.capability.docker-plugin.local",
];

/// Where an instance says it runs: what EC2's instance identity document tells the agent.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Identity {
    pub ec2_instance_id: String,
    pub availability_zone: String,
    pub instance_type: String,
}

impl Identity {
    /// The local host's: in the region's first zone, with an instance id of its own.
    pub fn local(scope: &Scope, ec2_instance_id: &str) -> Self {
        Self {
            ec2_instance_id: ec2_instance_id.to_owned(),
            availability_zone: format!("{}a", scope.region),
            instance_type: LOCAL_INSTANCE_TYPE.to_owned(),
        }
    }
}

/// An EC2 instance id (`i-` and 17 hex digits).
pub fn new_ec2_instance_id() -> String {
    format!("i-{}", arn::random_hex(17))
}

/// The machine ecsemu runs on, which joins clusters as a container instance.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LocalHost {
    pub facts: HostFacts,
    /// One id for the one machine, whichever clusters it joins.
    pub ec2_instance_id: String,
}

/// What the plane knows of the local host.
#[derive(Debug, Clone, Default)]
pub enum HostState {
    /// The runtime has not described itself yet.
    #[default]
    Pending,
    /// There is a local host (a real runtime), or none (no runtime, or `--local-instance off`).
    Known(Option<Arc<LocalHost>>),
}

/// The local host's runtime has not answered yet, so whether it can take a task is unknown.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct HostPending;

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
    /// A newly registered ACTIVE instance of `cluster` on `host`, with the host's capacity,
    /// attributes and versions.
    pub fn on_host(
        scope: &Scope,
        cluster: &str,
        id: String,
        host: &HostFacts,
        identity: &Identity,
        now: Timestamp,
    ) -> Self {
        Self {
            arn: scope.container_instance(cluster, &id),
            id,
            cluster: cluster.to_owned(),
            ec2_instance_id: identity.ec2_instance_id.clone(),
            status: InstanceStatus::Active,
            agent_connected: true,
            cpu: host.cpu,
            memory: host.memory,
            reserved_tcp_ports: RESERVED_PORTS.into_iter().collect(),
            reserved_udp_ports: BTreeSet::new(),
            attributes: host.attributes(identity),
            registered_at: now,
            version: 1,
            version_info: host.version_info(),
            tags: Vec::new(),
            capacity_provider_name: None,
            agent_update_status: None,
            local: false,
        }
    }

    /// Leaves the cluster: INACTIVE, and no agent connected any more.
    pub fn deregister(&mut self) {
        self.status = InstanceStatus::Inactive;
        self.agent_connected = false;
        self.version += 1;
    }

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

    /// What the tasks that are not yet stopped use on instance `id`. The local host is one
    /// machine in every cluster it joined, so its CPU, memory and ports are what the tasks of
    /// all its instances use; its task counts are the instance's own.
    pub fn instance_usage(&self, id: &str) -> Usage {
        let local = |instance: &str| {
            self.container_instances
                .get(instance)
                .is_some_and(|i| i.local)
        };
        let shares_host = local(id);
        let mut usage = Usage::default();
        for task in self.tasks.values().filter(|t| !t.is_stopped()) {
            let Some(on) = task.container_instance_id.as_deref() else {
                continue;
            };
            let own = on == id;
            let same_machine = shares_host && local(on);
            if !(own || same_machine) {
                continue;
            }
            let (cpu, memory) = task_reservation(task);
            usage.cpu += cpu;
            usage.memory += memory;
            match (own, task.last_status == super::task::TaskStatus::Running) {
                (false, _) => {}
                (true, true) => usage.running_tasks += 1,
                (true, false) => usage.pending_tasks += 1,
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

impl Partition {
    /// Before an EC2 placement in `cluster`: the local host joins it as a container instance
    /// when the cluster has no registered instance and still takes the local one (see
    /// `Cluster::takes_local_instance`). `Err` while the runtime has not said whether there
    /// is a local host.
    pub fn admit_local_instance(
        &mut self,
        scope: &Scope,
        cluster: &str,
        host: &HostState,
        now: Timestamp,
    ) -> Result<(), HostPending> {
        let takes = self
            .clusters
            .get(cluster)
            .is_some_and(|c| c.is_active() && c.takes_local_instance);
        let has_instances = self
            .container_instances
            .values()
            .any(|i| i.cluster == cluster && i.is_registered());
        if !takes || has_instances {
            return Ok(());
        }
        let local = match host {
            HostState::Pending => return Err(HostPending),
            HostState::Known(None) => return Ok(()),
            HostState::Known(Some(local)) => local,
        };
        let id = arn::new_container_instance_id();
        let identity = Identity::local(scope, &local.ec2_instance_id);
        let mut instance =
            ContainerInstance::on_host(scope, cluster, id.clone(), &local.facts, &identity, now);
        instance.local = true;
        tracing::info!(
            cluster,
            container_instance = %instance.arn,
            "this machine joined cluster {cluster} as a container instance"
        );
        self.container_instances.insert(id, instance);
        Ok(())
    }
}
