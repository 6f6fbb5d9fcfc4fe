//! Turns a task and its task definition into what the runtime is asked to create.

use std::collections::BTreeMap;
use std::time::Duration;

use ecsemu_runtime::{
    labels, ContainerSpec, HealthCheckSpec, Mount, MountSource, NamespaceMode, NetworkMode,
    PortProtocol, PublishedPort, ResourceLimits, SandboxSpec, Tmpfs, Ulimit,
};

use crate::control::task::Task;
use crate::control::PlaneConfig;
use crate::wire::{self, ContainerCondition};

/// Everything the task actor needs to launch and stop one task.
#[derive(Debug, Clone)]
pub(super) struct LaunchPlan {
    pub sandbox: SandboxSpec,
    pub containers: Vec<ContainerPlan>,
}

#[derive(Debug, Clone)]
pub(super) struct ContainerPlan {
    pub name: String,
    pub essential: bool,
    /// The spec to create, except its network (the sandbox id is only known at launch).
    pub spec: ContainerSpec,
    pub depends_on: Vec<(String, ContainerCondition)>,
    pub start_timeout: Duration,
    pub stop_timeout: Duration,
    /// Containers whose volumes this one mounts; they must be created first.
    pub volumes_from: Vec<(String, bool)>,
    /// `pidMode: task` / `ipcMode: task`: join the namespaces the task's sandbox holds.
    pub pid_with_task: bool,
    pub ipc_with_task: bool,
}

impl LaunchPlan {
    pub(super) fn images(&self) -> Vec<String> {
        let mut images: Vec<String> = self
            .containers
            .iter()
            .map(|c| c.spec.image.clone())
            .collect();
        images.dedup();
        images.sort();
        images.dedup();
        images
    }

    pub(super) fn container(&self, name: &str) -> Option<&ContainerPlan> {
        self.containers.iter().find(|c| c.name == name)
    }
}

pub(super) fn build(
    task: &Task,
    definition: &wire::TaskDefinition,
    config: &PlaneConfig,
    partition_labels: &[(&str, &str)],
) -> LaunchPlan {
    let short_id = task.id.get(..12).unwrap_or(&task.id);
    let mut base_labels: BTreeMap<String, String> = partition_labels
        .iter()
        .map(|(k, v)| ((*k).to_owned(), (*v).to_owned()))
        .collect();
    base_labels.insert(labels::INSTANCE.to_owned(), config.instance_id.clone());
    base_labels.insert(labels::CLUSTER.to_owned(), task.cluster.clone());
    base_labels.insert(labels::TASK_ARN.to_owned(), task.arn.clone());
    // The labels the ECS agent puts on every container.
    for (key, value) in [
        ("com.amazonaws.ecs.cluster", task.cluster.clone()),
        ("com.amazonaws.ecs.task-arn", task.arn.clone()),
        (
            "com.amazonaws.ecs.task-definition-family",
            task.family.clone(),
        ),
        (
            "com.amazonaws.ecs.task-definition-version",
            task.revision.to_string(),
        ),
    ] {
        base_labels.insert(key.to_owned(), value);
    }

    let definitions = definition
        .container_definitions
        .as_deref()
        .unwrap_or_default();
    let overrides = task
        .overrides
        .container_overrides
        .as_deref()
        .unwrap_or_default();
    let mut ports = Vec::new();
    let mut sandbox = SandboxSpec {
        name: format!("ecsemu-{}-{}-{short_id}-net", task.family, task.revision),
        labels: base_labels.clone(),
        host_network: definition.network_mode == Some(wire::NetworkMode::Host),
        no_network: definition.network_mode == Some(wire::NetworkMode::None),
        ..SandboxSpec::default()
    };
    sandbox
        .labels
        .insert(labels::SANDBOX.to_owned(), "true".to_owned());
    let mut containers = Vec::new();
    for def in definitions {
        let name = def.name.clone().unwrap_or_default();
        let over = overrides.iter().find(|o| o.name.as_deref() == Some(&name));
        for mapping in def.port_mappings.iter().flatten() {
            if let Some(container_port) = mapping.container_port.and_then(|p| u16::try_from(p).ok())
            {
                ports.push(PublishedPort {
                    container_port,
                    host_port: mapping
                        .host_port
                        .and_then(|p| u16::try_from(p).ok())
                        .filter(|p| *p != 0),
                    protocol: match mapping.protocol {
                        Some(wire::TransportProtocol::Udp) => PortProtocol::Udp,
                        _ => PortProtocol::Tcp,
                    },
                    host_ip: config.publish_address.clone(),
                });
            }
        }
        if sandbox.hostname.is_none() {
            sandbox.hostname.clone_from(&def.hostname);
        }
        for host in def.extra_hosts.iter().flatten() {
            sandbox
                .extra_hosts
                .push((host.hostname.clone(), host.ip_address.clone()));
        }
        sandbox
            .dns_servers
            .extend(def.dns_servers.iter().flatten().cloned());
        sandbox
            .dns_search_domains
            .extend(def.dns_search_domains.iter().flatten().cloned());

        let mut container_labels = base_labels.clone();
        container_labels.extend(def.docker_labels.clone().unwrap_or_default());
        container_labels.insert(labels::CONTAINER_NAME.to_owned(), name.clone());
        container_labels.insert("com.amazonaws.ecs.container-name".to_owned(), name.clone());

        let linux = def.linux_parameters.clone().unwrap_or_default();
        let mib = |v: i32| u64::try_from(v).ok().map(|v| v * 1024 * 1024);
        let spec = ContainerSpec {
            name: format!("ecsemu-{}-{}-{name}-{short_id}", task.family, task.revision),
            image: def.image.clone().unwrap_or_default(),
            entrypoint: def.entry_point.clone(),
            command: over
                .and_then(|o| o.command.clone())
                .or_else(|| def.command.clone()),
            env: environment(def, over, task),
            working_dir: def.working_directory.clone(),
            user: def.user.clone(),
            labels: container_labels,
            network: NetworkMode::None,
            limits: ResourceLimits {
                cpu_shares: over
                    .and_then(|o| o.cpu)
                    .or(Some(def.cpu))
                    .and_then(|c| u64::try_from(c).ok())
                    .filter(|c| *c > 0)
                    .map(|c| c.max(2)),
                nano_cpus: None,
                memory_bytes: over.and_then(|o| o.memory).or(def.memory).and_then(mib),
                memory_reservation_bytes: over
                    .and_then(|o| o.memory_reservation)
                    .or(def.memory_reservation)
                    .and_then(mib),
            },
            ulimits: def
                .ulimits
                .iter()
                .flatten()
                .map(|u| Ulimit {
                    name: u.name.as_str().to_owned(),
                    soft: i64::from(u.soft_limit),
                    hard: i64::from(u.hard_limit),
                })
                .collect(),
            init: linux.init_process_enabled == Some(true),
            cap_add: linux
                .capabilities
                .as_ref()
                .and_then(|c| c.add.clone())
                .unwrap_or_default(),
            cap_drop: linux
                .capabilities
                .as_ref()
                .and_then(|c| c.drop.clone())
                .unwrap_or_default(),
            privileged: def.privileged == Some(true),
            readonly_rootfs: def.readonly_root_filesystem == Some(true),
            tmpfs: linux
                .tmpfs
                .iter()
                .flatten()
                .map(|t| Tmpfs {
                    path: t.container_path.clone(),
                    size_mib: u64::try_from(t.size).unwrap_or(0),
                    options: t.mount_options.clone().unwrap_or_default(),
                })
                .collect(),
            shm_size_bytes: linux.shared_memory_size.and_then(mib),
            mounts: mounts(def, definition, &task.id),
            volumes_from: Vec::new(),
            health_check: def.health_check.as_ref().map(health_check),
            pid_mode: namespace(definition.pid_mode.map(|m| m == wire::PidMode::Host)),
            ipc_mode: namespace(definition.ipc_mode.map(|m| m == wire::IpcMode::Host)),
            interactive: def.interactive == Some(true),
            tty: def.pseudo_terminal == Some(true),
            sysctls: def
                .system_controls
                .iter()
                .flatten()
                .filter_map(|s| Some((s.namespace.clone()?, s.value.clone()?)))
                .collect(),
            security_opts: def.docker_security_options.clone().unwrap_or_default(),
        };
        containers.push(ContainerPlan {
            name,
            essential: def.essential != Some(false),
            spec,
            depends_on: def
                .depends_on
                .iter()
                .flatten()
                .map(|d| (d.container_name.clone(), d.condition))
                .collect(),
            start_timeout: def
                .start_timeout
                .and_then(|s| u64::try_from(s).ok())
                .map_or(config.default_start_timeout, Duration::from_secs),
            stop_timeout: def
                .stop_timeout
                .and_then(|s| u64::try_from(s).ok())
                .map_or(config.default_stop_timeout, Duration::from_secs),
            volumes_from: def
                .volumes_from
                .iter()
                .flatten()
                .filter_map(|v| Some((v.source_container.clone()?, v.read_only == Some(true))))
                .collect(),
            pid_with_task: definition.pid_mode == Some(wire::PidMode::Task),
            ipc_with_task: definition.ipc_mode == Some(wire::IpcMode::Task),
        });
    }
    sandbox.ports = ports;
    LaunchPlan {
        sandbox,
        containers,
    }
}

/// ECS `host` mode shares the host's namespace; `task` mode the task's (held by the sandbox).
fn namespace(host: Option<bool>) -> NamespaceMode {
    match host {
        Some(true) => NamespaceMode::Host,
        _ => NamespaceMode::Private,
    }
}

/// The definition's environment with the overrides merged in (same name replaced, new names
/// added), then what the ECS agent injects unless the task already sets it.
fn environment(
    def: &wire::ContainerDefinition,
    over: Option<&wire::ContainerOverride>,
    task: &Task,
) -> Vec<(String, String)> {
    let mut env: Vec<(String, String)> = Vec::new();
    let pairs = def.environment.iter().flatten().chain(
        over.and_then(|o| o.environment.as_ref())
            .into_iter()
            .flatten(),
    );
    for pair in pairs {
        let (Some(name), value) = (pair.name.clone(), pair.value.clone().unwrap_or_default())
        else {
            continue;
        };
        match env.iter_mut().find(|(n, _)| *n == name) {
            Some(existing) => existing.1 = value,
            None => env.push((name, value)),
        }
    }
    let region = task.arn.split(':').nth(3).unwrap_or_default().to_owned();
    let execution_env = match task.launch_type {
        Some(wire::LaunchType::Fargate) => "AWS_ECS_FARGATE",
        Some(wire::LaunchType::ManagedInstances) => "AWS_ECS_MANAGED_INSTANCES",
        _ => "AWS_ECS_EC2",
    };
    for (name, value) in [
        ("AWS_EXECUTION_ENV", execution_env.to_owned()),
        ("AWS_REGION", region.clone()),
        ("AWS_DEFAULT_REGION", region),
    ] {
        if !env.iter().any(|(n, _)| n == name) {
            env.push((name.to_owned(), value));
        }
    }
    env
}

/// Task-scoped volumes become runtime volumes named after the task; host volumes stay host
/// paths (whether they may be mounted is checked before launch).
fn mounts(
    def: &wire::ContainerDefinition,
    task_def: &wire::TaskDefinition,
    task_id: &str,
) -> Vec<Mount> {
    let volumes = task_def.volumes.as_deref().unwrap_or_default();
    def.mount_points
        .iter()
        .flatten()
        .filter_map(|mp| {
            let source = mp.source_volume.as_deref()?;
            let volume = volumes.iter().find(|v| v.name.as_deref() == Some(source))?;
            let source = match volume.host.as_ref().and_then(|h| h.source_path.as_ref()) {
                Some(path) => MountSource::Bind(path.into()),
                None => MountSource::Volume(format!("ecsemu-{task_id}-{source}")),
            };
            Some(Mount {
                source,
                target: mp.container_path.clone()?,
                read_only: mp.read_only == Some(true),
            })
        })
        .collect()
}

fn health_check(check: &wire::HealthCheck) -> HealthCheckSpec {
    let secs = |v: Option<i32>, default: u64| {
        v.and_then(|v| u64::try_from(v).ok())
            .map_or(Duration::from_secs(default), Duration::from_secs)
    };
    HealthCheckSpec {
        test: check.command.clone(),
        interval: secs(check.interval, 30),
        timeout: secs(check.timeout, 5),
        retries: check
            .retries
            .and_then(|r| u32::try_from(r).ok())
            .unwrap_or(3),
        start_period: secs(check.start_period, 0),
    }
}
