//! Turns a task and its task definition into what the runtime is asked to create.

use std::collections::{BTreeMap, BTreeSet};
use std::time::Duration;

use ecsemu_runtime::{
    labels, ContainerSpec, HealthCheckSpec, Mount, MountSource, NamespaceMode, NetworkMode,
    NetworkSettings, PortProtocol, PublishedPort, ResourceLimits, SandboxSpec, Tmpfs, Ulimit,
};
use parking_lot::Mutex;

use crate::control::task::Task;
use crate::control::PlaneConfig;
use crate::wire::{self, ContainerCondition};

/// Everything the task actor needs to launch and stop one task.
#[derive(Debug, Clone)]
pub(super) struct LaunchPlan {
    /// The container holding the task's namespaces; `None` when no namespace is shared (one
    /// container, or host/none networking without shared pid/ipc).
    pub sandbox: Option<SandboxSpec>,
    /// How the task's containers connect when there is no sandbox.
    pub network: NetworkMode,
    pub containers: Vec<ContainerPlan>,
    /// Runtime volumes that live and die with the task.
    pub task_volumes: Vec<String>,
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
    /// `disableNetworking`: loopback only, outside the task's namespace.
    pub network_disabled: bool,
    /// `environmentFiles` (S3 ARNs), read at launch; `spec.env` wins over what they set.
    pub environment_files: Vec<String>,
    pub restart: Option<RestartPolicy>,
}

/// A container restart policy: ECS restarts such a container in place when it exits.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) struct RestartPolicy {
    pub ignored_exit_codes: Vec<i64>,
    /// How long a container must have run before an exit of it is restarted.
    pub attempt_period: Duration,
}

impl LaunchPlan {
    pub(super) fn images(&self) -> Vec<String> {
        let images: BTreeSet<&String> = self.containers.iter().map(|c| &c.spec.image).collect();
        images.into_iter().cloned().collect()
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
    host_cpus: Option<u32>,
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
    let (volumes, task_volumes) = volume_sources(definition, &task.id);
    let mut network = NetworkSettings::default();
    // Every awsvpc task has its own address in ECS, so its host ports (always equal to its
    // container ports there) would collide here: they are published on ephemeral ports.
    let awsvpc = definition.network_mode == Some(wire::NetworkMode::Awsvpc);
    let task_limits = TaskLimits::of(task, definition, host_cpus);
    let mut containers = Vec::new();
    for def in definitions {
        let name = def.name.clone().unwrap_or_default();
        let over = overrides.iter().find(|o| o.name.as_deref() == Some(&name));
        add_network_settings(&mut network, def, config, awsvpc);

        let mut container_labels = base_labels.clone();
        container_labels.extend(def.docker_labels.clone().unwrap_or_default());
        container_labels.insert(labels::CONTAINER_NAME.to_owned(), name.clone());
        container_labels.insert("com.amazonaws.ecs.container-name".to_owned(), name.clone());

        let linux = def.linux_parameters.clone().unwrap_or_default();
        let memory = over.and_then(|o| o.memory).or(def.memory).and_then(mib);
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
                nano_cpus: task_limits.nano_cpus,
                memory_bytes: memory.or(task_limits.memory_bytes),
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
            mounts: mounts(def, &volumes),
            volumes_from: Vec::new(),
            health_check: def.health_check.as_ref().map(health_check),
            pid_mode: host_namespace(definition.pid_mode == Some(wire::PidMode::Host)),
            ipc_mode: host_namespace(definition.ipc_mode == Some(wire::IpcMode::Host)),
            interactive: def.interactive == Some(true),
            tty: def.pseudo_terminal == Some(true),
            // net.* sysctls belong to the network namespace, which the sandbox owns.
            sysctls: def
                .system_controls
                .iter()
                .flatten()
                .filter_map(|s| Some((s.namespace.clone()?, s.value.clone()?)))
                .filter(|(key, _)| !key.starts_with("net."))
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
            start_timeout: seconds(def.start_timeout).unwrap_or(config.default_start_timeout),
            stop_timeout: seconds(def.stop_timeout).unwrap_or(config.default_stop_timeout),
            volumes_from: def
                .volumes_from
                .iter()
                .flatten()
                .filter_map(|v| Some((v.source_container.clone()?, v.read_only == Some(true))))
                .collect(),
            pid_with_task: definition.pid_mode == Some(wire::PidMode::Task),
            ipc_with_task: definition.ipc_mode == Some(wire::IpcMode::Task),
            network_disabled: def.disable_networking == Some(true),
            environment_files: over
                .and_then(|o| o.environment_files.clone())
                .or_else(|| def.environment_files.clone())
                .unwrap_or_default()
                .into_iter()
                .map(|f| f.value)
                .collect(),
            restart: def
                .restart_policy
                .as_ref()
                .filter(|r| r.enabled)
                .map(|r| RestartPolicy {
                    ignored_exit_codes: r
                        .ignored_exit_codes
                        .iter()
                        .flatten()
                        .map(|c| i64::from(*c))
                        .collect(),
                    attempt_period: seconds(r.restart_attempt_period)
                        .unwrap_or(Duration::from_secs(300)),
                }),
        });
    }
    let host_network = definition.network_mode == Some(wire::NetworkMode::Host);
    let no_network = definition.network_mode == Some(wire::NetworkMode::None);
    let shares_pid_or_ipc = containers
        .iter()
        .any(|c| c.pid_with_task || c.ipc_with_task);
    let shares_network = !host_network && !no_network;
    let sandbox = (containers.len() > 1 && (shares_network || shares_pid_or_ipc)).then(|| {
        let mut labels = base_labels;
        labels.insert(labels::SANDBOX.to_owned(), "true".to_owned());
        SandboxSpec {
            name: format!("ecsemu-{}-{}-{short_id}-net", task.family, task.revision),
            labels,
            network: network.clone(),
            host_network,
            no_network,
        }
    });
    LaunchPlan {
        sandbox,
        network: if host_network {
            NetworkMode::Host
        } else if no_network {
            NetworkMode::None
        } else {
            NetworkMode::Own(network)
        },
        containers,
        task_volumes,
    }
}

fn mib(value: i32) -> Option<u64> {
    u64::try_from(value).ok().map(|v| v * 1024 * 1024)
}

fn seconds(value: Option<i32>) -> Option<Duration> {
    value
        .and_then(|s| u64::try_from(s).ok())
        .map(Duration::from_secs)
}

/// Task-level cpu and memory (the definition's, or overridden), applied to each container
/// (memory only where the container sets none of its own): runtimes limit containers, not
/// tasks. CPU is capped at what the host has, which runtimes refuse to exceed.
struct TaskLimits {
    nano_cpus: Option<u64>,
    memory_bytes: Option<u64>,
}

impl TaskLimits {
    fn of(task: &Task, definition: &wire::TaskDefinition, host_cpus: Option<u32>) -> Self {
        let level = |overridden: &Option<String>, defined: &Option<String>| {
            overridden
                .as_deref()
                .or(defined.as_deref())
                .and_then(|v| v.parse::<u64>().ok())
                .filter(|v| *v > 0)
        };
        let nano_cpus = level(&task.overrides.cpu, &definition.cpu)
            .map(|cpu| cpu * 1_000_000_000 / 1024)
            .map(|nano| host_cpus.map_or(nano, |n| nano.min(u64::from(n) * 1_000_000_000)));
        let memory_bytes =
            level(&task.overrides.memory, &definition.memory).map(|m| m * 1024 * 1024);
        Self {
            nano_cpus,
            memory_bytes,
        }
    }
}

/// What the container contributes to the task's network namespace: its hostname (the first
/// one set), extra hosts, DNS settings, published ports, and the names its links give the
/// containers it links to (which share `localhost` with it).
fn add_network_settings(
    network: &mut NetworkSettings,
    def: &wire::ContainerDefinition,
    config: &PlaneConfig,
    awsvpc: bool,
) {
    for mapping in def.port_mappings.iter().flatten() {
        let Some(container_port) = mapping.container_port.and_then(|p| u16::try_from(p).ok())
        else {
            continue;
        };
        network.ports.push(PublishedPort {
            container_port,
            host_port: mapping
                .host_port
                .and_then(|p| u16::try_from(p).ok())
                .filter(|p| *p != 0 && !awsvpc),
            protocol: match mapping.protocol {
                Some(wire::TransportProtocol::Udp) => PortProtocol::Udp,
                _ => PortProtocol::Tcp,
            },
            host_ip: config.publish_address.clone(),
        });
    }
    if network.hostname.is_none() {
        network.hostname.clone_from(&def.hostname);
    }
    for host in def.extra_hosts.iter().flatten() {
        network
            .extra_hosts
            .push((host.hostname.clone(), host.ip_address.clone()));
    }
    for link in def.links.iter().flatten() {
        for name in link.split(':') {
            network
                .extra_hosts
                .push((name.to_owned(), "127.0.0.1".to_owned()));
        }
    }
    network
        .dns_servers
        .extend(def.dns_servers.iter().flatten().cloned());
    network
        .dns_search_domains
        .extend(def.dns_search_domains.iter().flatten().cloned());
}

fn host_namespace(host: bool) -> NamespaceMode {
    if host {
        NamespaceMode::Host
    } else {
        NamespaceMode::Private
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
        let Some(name) = pair.name.clone() else {
            continue;
        };
        let value = pair.value.clone().unwrap_or_default();
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

/// Where each task volume comes from, and the runtime volumes that are the task's own.
/// Docker volumes with `scope: shared` keep their name (and outlive the task); other
/// non-host volumes are named after the task and removed with it.
fn volume_sources(
    definition: &wire::TaskDefinition,
    task_id: &str,
) -> (BTreeMap<String, MountSource>, Vec<String>) {
    let mut sources = BTreeMap::new();
    let mut task_volumes = Vec::new();
    for volume in definition.volumes.iter().flatten() {
        let Some(name) = volume.name.clone() else {
            continue;
        };
        let source = if let Some(path) = volume.host.as_ref().and_then(|h| h.source_path.as_ref()) {
            MountSource::Bind(path.into())
        } else if volume
            .docker_volume_configuration
            .as_ref()
            .is_some_and(|d| d.scope == Some(wire::Scope::Shared))
        {
            MountSource::Volume(name.clone())
        } else {
            let runtime_name = format!("ecsemu-{task_id}-{name}");
            task_volumes.push(runtime_name.clone());
            MountSource::Volume(runtime_name)
        };
        sources.insert(name, source);
    }
    (sources, task_volumes)
}

fn mounts(def: &wire::ContainerDefinition, volumes: &BTreeMap<String, MountSource>) -> Vec<Mount> {
    def.mount_points
        .iter()
        .flatten()
        .filter_map(|mp| {
            Some(Mount {
                source: volumes.get(mp.source_volume.as_deref()?)?.clone(),
                target: mp.container_path.clone()?,
                read_only: mp.read_only == Some(true),
            })
        })
        .collect()
}

fn health_check(check: &wire::HealthCheck) -> HealthCheckSpec {
    let secs = |v: Option<i32>, default: u64| seconds(v).unwrap_or(Duration::from_secs(default));
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

/// Where the environment file `arn:aws:s3:::bucket/key` is read from: `<dir>/bucket/key`.
pub(super) fn environment_file_path(
    dir: &std::path::Path,
    arn: &str,
) -> Option<std::path::PathBuf> {
    let (prefix, object) = arn.split_once(":s3:::")?;
    let object = std::path::Path::new(object);
    let safe = prefix.starts_with("arn:")
        && object
            .components()
            .all(|c| matches!(c, std::path::Component::Normal(_)));
    safe.then(|| dir.join(object))
}

/// `NAME=VALUE` lines; `#` comments and blank lines are skipped, as the ECS agent does.
pub(super) fn parse_environment_file(text: &str) -> Vec<(String, String)> {
    text.lines()
        .map(str::trim)
        .filter(|line| !line.is_empty() && !line.starts_with('#'))
        .filter_map(|line| line.split_once('='))
        .filter(|(name, _)| !name.is_empty())
        .map(|(name, value)| (name.to_owned(), value.to_owned()))
        .collect()
}

/// The parts of a task definition ecsemu accepts but cannot honour locally, with why.
pub(super) fn unhonoured(definition: &wire::TaskDefinition) -> Vec<(&'static str, &'static str)> {
    let mut found = Vec::new();
    let mut note = |present: bool, field: &'static str, why: &'static str| {
        if present && !found.iter().any(|(f, _)| *f == field) {
            found.push((field, why));
        }
    };
    note(
        definition.task_role_arn.is_some(),
        "taskRoleArn",
        "no credentials endpoint is served to containers",
    );
    note(
        definition.execution_role_arn.is_some(),
        "executionRoleArn",
        "images and secrets are not fetched with AWS credentials",
    );
    note(
        definition.proxy_configuration.is_some(),
        "proxyConfiguration",
        "App Mesh proxies are not configured",
    );
    note(
        definition
            .inference_accelerators
            .as_ref()
            .is_some_and(|a| !a.is_empty()),
        "inferenceAccelerators",
        "there are no accelerators",
    );
    note(
        definition.ephemeral_storage.is_some(),
        "ephemeralStorage",
        "container storage is the runtime's",
    );
    note(
        definition.volumes.iter().flatten().any(|v| {
            v.efs_volume_configuration.is_some()
                || v.fsx_windows_file_server_volume_configuration.is_some()
                || v.s3files_volume_configuration.is_some()
        }),
        "volumes (EFS, FSx, S3 Files)",
        "they are mounted as empty task volumes",
    );
    for c in definition.container_definitions.iter().flatten() {
        note(
            c.log_configuration.is_some(),
            "logConfiguration",
            "ecsemu keeps the logs itself (/_ecsemu/tasks/<id>/logs)",
        );
        note(
            c.secrets.as_ref().is_some_and(|s| !s.is_empty()),
            "secrets",
            "SSM and Secrets Manager are not read; the variables are not set",
        );
        note(
            c.repository_credentials.is_some(),
            "repositoryCredentials",
            "images are pulled without credentials",
        );
        note(
            c.firelens_configuration.is_some(),
            "firelensConfiguration",
            "log routing is not set up",
        );
        note(
            c.resource_requirements
                .as_ref()
                .is_some_and(|r| !r.is_empty()),
            "resourceRequirements",
            "GPUs and accelerators are not assigned",
        );
        note(
            c.credential_specs.as_ref().is_some_and(|s| !s.is_empty()),
            "credentialSpecs",
            "gMSA is Windows-only",
        );
        let linux = c.linux_parameters.as_ref();
        note(
            linux.is_some_and(|l| l.devices.as_ref().is_some_and(|d| !d.is_empty())),
            "linuxParameters.devices",
            "host devices are not passed through",
        );
        note(
            linux.is_some_and(|l| l.max_swap.is_some() || l.swappiness.is_some()),
            "linuxParameters.maxSwap/swappiness",
            "swap is the runtime's default",
        );
        note(
            c.system_controls.iter().flatten().any(|s| {
                s.namespace
                    .as_deref()
                    .is_some_and(|n| n.starts_with("net."))
            }),
            "systemControls (net.*)",
            "network sysctls are not set on the task's network namespace",
        );
    }
    found
}

/// Logs each field of `unhonoured` the first time any task uses it.
pub(super) fn log_unhonoured(family: &str, fields: &[(&'static str, &'static str)]) {
    static LOGGED: Mutex<BTreeSet<&'static str>> = Mutex::new(BTreeSet::new());
    let mut logged = LOGGED.lock();
    for (field, why) in fields {
        if logged.insert(field) {
            tracing::warn!(family, field, "not honoured by ecsemu: {why}");
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn task(launch_type: wire::LaunchType, cpu: &str, memory: &str) -> Task {
        Task {
            id: "0123456789abcdef0123456789abcdef".into(),
            arn: "arn:aws:ecs:eu-west-1:000000000000:task/c/0123456789abcdef0123456789abcdef"
                .into(),
            cluster: "c".into(),
            family: "web".into(),
            revision: 3,
            launch_type: Some(launch_type),
            cpu: Some(cpu.into()),
            memory: Some(memory.into()),
            ..Task::default()
        }
    }

    fn definition(containers: Vec<wire::ContainerDefinition>) -> wire::TaskDefinition {
        wire::TaskDefinition {
            container_definitions: Some(containers),
            ..wire::TaskDefinition::default()
        }
    }

    fn container(name: &str) -> wire::ContainerDefinition {
        wire::ContainerDefinition {
            name: Some(name.into()),
            image: Some("busybox".into()),
            ..wire::ContainerDefinition::default()
        }
    }

    fn plan(task: &Task, def: &wire::TaskDefinition) -> LaunchPlan {
        build(task, def, &PlaneConfig::default(), &[], Some(2))
    }

    #[test]
    fn fargate_task_limits_apply_to_each_container_within_the_host() {
        let mut def = definition(vec![container("a")]);
        def.cpu = Some("4096".into());
        def.memory = Some("8192".into());
        let p = plan(&task(wire::LaunchType::Fargate, "4096", "8192"), &def);
        let limits = p.containers[0].spec.limits;
        assert_eq!(
            limits.nano_cpus,
            Some(2_000_000_000),
            "capped at the host's 2 CPUs"
        );
        assert_eq!(limits.memory_bytes, Some(8192 * 1024 * 1024));
        def.cpu = Some("512".into());
        let half = plan(&task(wire::LaunchType::Fargate, "512", "1024"), &def);
        assert_eq!(half.containers[0].spec.limits.nano_cpus, Some(500_000_000));
        let no_task_level = plan(
            &task(wire::LaunchType::Ec2, "0", "64"),
            &definition(vec![container("a")]),
        );
        assert_eq!(no_task_level.containers[0].spec.limits.nano_cpus, None);
    }

    #[test]
    fn container_limits_win_over_task_limits() {
        let mut c = container("a");
        c.memory = Some(128);
        let mut def = definition(vec![c]);
        def.memory = Some("512".into());
        let p = plan(&task(wire::LaunchType::Fargate, "256", "512"), &def);
        assert_eq!(
            p.containers[0].spec.limits.memory_bytes,
            Some(128 * 1024 * 1024)
        );
    }

    #[test]
    fn environment_merges_overrides_and_injects_the_agent_variables() {
        let mut c = container("a");
        c.environment = Some(vec![
            wire::KeyValuePair {
                name: Some("A".into()),
                value: Some("1".into()),
            },
            wire::KeyValuePair {
                name: Some("AWS_REGION".into()),
                value: Some("mine".into()),
            },
        ]);
        let mut t = task(wire::LaunchType::Fargate, "256", "512");
        t.overrides.container_overrides = Some(vec![wire::ContainerOverride {
            name: Some("a".into()),
            environment: Some(vec![wire::KeyValuePair {
                name: Some("A".into()),
                value: Some("2".into()),
            }]),
            ..Default::default()
        }]);
        let env = plan(&t, &definition(vec![c])).containers[0]
            .spec
            .env
            .clone();
        let get = |n: &str| env.iter().find(|(k, _)| k == n).map(|(_, v)| v.as_str());
        assert_eq!(get("A"), Some("2"));
        assert_eq!(
            get("AWS_REGION"),
            Some("mine"),
            "the task's own value is kept"
        );
        assert_eq!(get("AWS_DEFAULT_REGION"), Some("eu-west-1"));
        assert_eq!(get("AWS_EXECUTION_ENV"), Some("AWS_ECS_FARGATE"));
    }

    #[test]
    fn links_name_localhost_and_ports_go_to_the_sandbox() {
        let mut web = container("web");
        web.links = Some(vec!["db:database".into()]);
        web.port_mappings = Some(vec![wire::PortMapping {
            container_port: Some(80),
            host_port: Some(0),
            ..Default::default()
        }]);
        let p = plan(
            &task(wire::LaunchType::Ec2, "0", "128"),
            &definition(vec![web, container("db")]),
        );
        let network = p.sandbox.expect("two containers share a sandbox").network;
        assert!(network
            .extra_hosts
            .contains(&("database".into(), "127.0.0.1".into())));
        assert_eq!(network.ports.len(), 1);
        assert_eq!(
            network.ports[0].host_port, None,
            "host port 0 means ephemeral"
        );
        assert_eq!(network.ports[0].host_ip, "127.0.0.1");
    }

    #[test]
    fn a_lone_container_owns_its_network_and_host_mode_needs_no_sandbox() {
        let p = plan(
            &task(wire::LaunchType::Ec2, "0", "128"),
            &definition(vec![container("a")]),
        );
        assert!(p.sandbox.is_none());
        assert!(matches!(p.network, NetworkMode::Own(_)));
        let mut host = definition(vec![container("a"), container("b")]);
        host.network_mode = Some(wire::NetworkMode::Host);
        let p = plan(&task(wire::LaunchType::Ec2, "0", "128"), &host);
        assert!(p.sandbox.is_none());
        assert_eq!(p.network, NetworkMode::Host);
        host.pid_mode = Some(wire::PidMode::Task);
        let p = plan(&task(wire::LaunchType::Ec2, "0", "128"), &host);
        assert!(
            p.sandbox.is_some_and(|s| s.host_network),
            "pid sharing still needs a holder"
        );
    }

    #[test]
    fn task_volumes_are_named_after_the_task_and_shared_ones_keep_their_name() {
        let mut def = definition(vec![container("a")]);
        def.volumes = Some(vec![
            wire::Volume {
                name: Some("scratch".into()),
                ..Default::default()
            },
            wire::Volume {
                name: Some("cache".into()),
                docker_volume_configuration: Some(wire::DockerVolumeConfiguration {
                    scope: Some(wire::Scope::Shared),
                    ..Default::default()
                }),
                ..Default::default()
            },
        ]);
        let p = plan(&task(wire::LaunchType::Ec2, "0", "128"), &def);
        assert_eq!(
            p.task_volumes,
            vec!["ecsemu-0123456789abcdef0123456789abcdef-scratch".to_owned()]
        );
    }

    #[test]
    fn environment_files_map_to_a_local_directory() {
        let dir = std::path::Path::new("/envs");
        assert_eq!(
            environment_file_path(dir, "arn:aws:s3:::bucket/app/prod.env"),
            Some(std::path::PathBuf::from("/envs/bucket/app/prod.env"))
        );
        assert_eq!(
            environment_file_path(dir, "arn:aws:s3:::bucket/../../etc/passwd"),
            None
        );
        assert_eq!(environment_file_path(dir, "s3://bucket/key"), None);
        let parsed = parse_environment_file("# comment\nA=1\n\nB=x=y\nnonsense\n");
        assert_eq!(
            parsed,
            vec![("A".into(), "1".into()), ("B".into(), "x=y".into())]
        );
    }

    #[test]
    fn unhonoured_fields_are_named_once() {
        let mut a = container("a");
        a.secrets = Some(vec![wire::Secret {
            name: "X".into(),
            value_from: "arn".into(),
        }]);
        let mut b = a.clone();
        b.name = Some("b".into());
        let fields: Vec<&str> = unhonoured(&definition(vec![a, b]))
            .iter()
            .map(|(f, _)| *f)
            .collect();
        assert_eq!(fields, vec!["secrets"]);
    }
}
