//! Mapping between ecsemu's runtime types and libpod's: `SpecGenerator` bodies for container
//! creation, and container inspection and listing back into `ContainerState`.
//!
//! Everything here is pure, so the mapping of every field is unit-tested without Podman.

use std::collections::BTreeMap;
use std::time::{Duration, SystemTime};

use ecsemu_runtime::{
    ContainerSpec, ContainerState, ContainerStatus, ContainerSummary, HealthCheckSpec, HealthState,
    MountSource, NamespaceMode, NetworkMode, NetworkSettings, PortProtocol, PublishedPort,
    RuntimeError, SandboxSpec,
};
use podman_api::models::{InspectContainerData, InspectHostPort, ListContainer};
use serde_json::{json, Map, Value};

/// CFS period the hard CPU limit is expressed against, Docker's default.
const CPU_PERIOD_US: u64 = 100_000;

/// Docker's defaults for health-check fields left at zero; ECS fills them in, but the trait
/// does not promise it.
const DEFAULT_HEALTH_INTERVAL: Duration = Duration::from_secs(30);
const DEFAULT_HEALTH_TIMEOUT: Duration = Duration::from_secs(30);
const DEFAULT_HEALTH_RETRIES: u32 = 3;

/// Facts about the Podman service that change how a spec is mapped.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Host<'a> {
    /// False where Podman ignores memory and CPU limits, which are then not sent at all.
    pub(crate) limits_enforced: bool,
    /// The container-init binary to use when Podman's default one is missing.
    pub(crate) init_path: Option<&'a str>,
}

/// The libpod `SpecGenerator` for the container that holds a task's network namespace.
pub(crate) fn sandbox_body(spec: &SandboxSpec, image: &str, command: &str) -> Value {
    let mut body = Map::new();
    body.insert("name".into(), json!(spec.name));
    body.insert("image".into(), json!(image));
    body.insert("command".into(), json!([command]));
    body.insert("labels".into(), json!(spec.labels));
    let netns = if spec.host_network {
        Some("host")
    } else if spec.no_network {
        Some("none")
    } else {
        None
    };
    namespace_owner(&spec.network, netns, &mut body);
    Value::Object(body)
}

/// What the owner of a network namespace (a sandbox, or a container with a namespace of its
/// own) sets up in it: hostname, host entries, DNS and published ports. `netns` is the
/// namespace's mode: `None` for Podman's default network, else `host` or `none`.
fn namespace_owner(settings: &NetworkSettings, netns: Option<&str>, body: &mut Map<String, Value>) {
    if let Some(hostname) = &settings.hostname {
        body.insert("hostname".into(), json!(hostname));
    }
    if !settings.extra_hosts.is_empty() {
        let hosts: Vec<String> = settings
            .extra_hosts
            .iter()
            .map(|(name, ip)| format!("{name}:{ip}"))
            .collect();
        body.insert("hostadd".into(), json!(hosts));
    }
    if !settings.dns_servers.is_empty() {
        body.insert("dns_server".into(), json!(settings.dns_servers));
    }
    if !settings.dns_search_domains.is_empty() {
        body.insert("dns_search".into(), json!(settings.dns_search_domains));
    }
    if let Some(mode) = netns {
        body.insert("netns".into(), namespace(mode, None));
    } else if !settings.ports.is_empty() {
        // Without networking of its own there is nothing to publish, as with Docker, which
        // ignores port bindings in host mode; Podman would refuse them instead.
        let ports: Vec<Value> = settings
            .ports
            .iter()
            .map(|p| {
                json!({
                    "container_port": p.container_port,
                    // 0 asks Podman for an ephemeral port.
                    "host_port": p.host_port.unwrap_or(0),
                    "protocol": p.protocol.as_str(),
                    // Always explicit: without an address Podman binds every interface.
                    "host_ip": p.host_ip,
                })
            })
            .collect();
        body.insert("portmappings".into(), json!(ports));
    }
}

/// The libpod `SpecGenerator` for one container of a task.
pub(crate) fn container_body(spec: &ContainerSpec, host: Host<'_>) -> Result<Value, RuntimeError> {
    let mut body = Map::new();
    body.insert("name".into(), json!(spec.name));
    body.insert("image".into(), json!(spec.image));
    if let Some(entrypoint) = &spec.entrypoint {
        body.insert("entrypoint".into(), json!(entrypoint));
    }
    if let Some(command) = &spec.command {
        body.insert("command".into(), json!(command));
    }
    if !spec.env.is_empty() {
        let env: Map<String, Value> = spec
            .env
            .iter()
            .map(|(k, v)| (k.clone(), json!(v)))
            .collect();
        body.insert("env".into(), Value::Object(env));
    }
    if let Some(dir) = &spec.working_dir {
        body.insert("work_dir".into(), json!(dir));
        // Docker creates a missing working directory; runc does not, so ask libpod to.
        body.insert("create_working_dir".into(), json!(true));
    }
    if let Some(user) = &spec.user {
        body.insert("user".into(), json!(user));
    }
    body.insert("labels".into(), json!(spec.labels));
    network(&spec.network, &mut body);
    if host.limits_enforced {
        if let Some(limits) = resource_limits(spec) {
            body.insert("resource_limits".into(), limits);
        }
    }
    if !spec.ulimits.is_empty() {
        let rlimits: Vec<Value> = spec
            .ulimits
            .iter()
            .map(|u| {
                json!({
                    // libpod prefixes `RLIMIT_` and upper-cases it itself.
                    "type": rlimit_name(&u.name),
                    "soft": rlimit_value(u.soft),
                    "hard": rlimit_value(u.hard),
                })
            })
            .collect();
        body.insert("r_limits".into(), json!(rlimits));
    }
    if spec.init {
        body.insert("init".into(), json!(true));
        if let Some(path) = host.init_path {
            body.insert("init_path".into(), json!(path));
        }
    }
    if !spec.cap_add.is_empty() {
        body.insert("cap_add".into(), json!(spec.cap_add));
    }
    if !spec.cap_drop.is_empty() {
        body.insert("cap_drop".into(), json!(spec.cap_drop));
    }
    if spec.privileged {
        body.insert("privileged".into(), json!(true));
    }
    if spec.readonly_rootfs {
        body.insert("read_only_filesystem".into(), json!(true));
    }
    mounts(spec, &mut body)?;
    if !spec.volumes_from.is_empty() {
        let from: Vec<String> = spec
            .volumes_from
            .iter()
            .map(|(id, read_only)| format!("{id}:{}", if *read_only { "ro" } else { "rw" }))
            .collect();
        body.insert("volumes_from".into(), json!(from));
    }
    if let Some(size) = spec.shm_size_bytes {
        // /dev/shm belongs to the IPC namespace's owner: Docker ignores the size when joining
        // another one, Podman refuses it.
        if spec.ipc_mode == NamespaceMode::Private {
            body.insert("shm_size".into(), json!(size));
        }
    }
    if let Some(check) = &spec.health_check {
        body.insert("healthconfig".into(), health_config(check));
    }
    if let Some(pid) = namespace_mode(&spec.pid_mode) {
        body.insert("pidns".into(), pid);
    }
    if let Some(ipc) = namespace_mode(&spec.ipc_mode) {
        body.insert("ipcns".into(), ipc);
    }
    if spec.interactive {
        body.insert("stdin".into(), json!(true));
    }
    if spec.tty {
        body.insert("terminal".into(), json!(true));
    }
    if !spec.sysctls.is_empty() {
        body.insert("sysctl".into(), json!(spec.sysctls));
    }
    security_options(&spec.security_opts, &mut body)?;
    Ok(Value::Object(body))
}

fn namespace(mode: &str, value: Option<&str>) -> Value {
    match value {
        Some(value) => json!({ "nsmode": mode, "value": value }),
        None => json!({ "nsmode": mode }),
    }
}

fn namespace_mode(mode: &NamespaceMode) -> Option<Value> {
    match mode {
        // Podman's default (private PID, shareable IPC) is what ECS means by leaving it unset;
        // IPC must stay shareable so that other containers can join it.
        NamespaceMode::Private => None,
        NamespaceMode::Host => Some(namespace("host", None)),
        NamespaceMode::Container(id) => Some(namespace("container", Some(id))),
    }
}

fn network(mode: &NetworkMode, body: &mut Map<String, Value>) {
    match mode {
        // Its own namespace on the default network, and its own UTS namespace with it.
        NetworkMode::Own(settings) => namespace_owner(settings, None, body),
        NetworkMode::Sandbox(id) => {
            body.insert("netns".into(), namespace("container", Some(id)));
            // Docker gives a container that joins another's network that container's hostname;
            // Podman only shares /etc/hosts, so join the sandbox's UTS namespace too.
            body.insert("utsns".into(), namespace("container", Some(id)));
        }
        NetworkMode::Host => {
            body.insert("netns".into(), namespace("host", None));
        }
        NetworkMode::None => {
            body.insert("netns".into(), namespace("none", None));
        }
    }
}

fn resource_limits(spec: &ContainerSpec) -> Option<Value> {
    let limits = &spec.limits;
    let mut cpu = Map::new();
    if let Some(shares) = limits.cpu_shares {
        cpu.insert("shares".into(), json!(shares));
    }
    if let Some(nano_cpus) = limits.nano_cpus {
        let quota = u128::from(nano_cpus) * u128::from(CPU_PERIOD_US) / 1_000_000_000;
        cpu.insert(
            "quota".into(),
            json!(i64::try_from(quota).unwrap_or(i64::MAX)),
        );
        cpu.insert("period".into(), json!(CPU_PERIOD_US));
    }
    let mut memory = Map::new();
    if let Some(bytes) = limits.memory_bytes {
        memory.insert("limit".into(), json!(bytes));
    }
    if let Some(bytes) = limits.memory_reservation_bytes {
        memory.insert("reservation".into(), json!(bytes));
    }
    let mut resources = Map::new();
    if !cpu.is_empty() {
        resources.insert("cpu".into(), Value::Object(cpu));
    }
    if !memory.is_empty() {
        resources.insert("memory".into(), Value::Object(memory));
    }
    (!resources.is_empty()).then_some(Value::Object(resources))
}

fn rlimit_name(name: &str) -> String {
    let lower = name.to_ascii_lowercase();
    lower
        .strip_prefix("rlimit_")
        .map_or_else(|| lower.clone(), str::to_owned)
}

/// Docker's `-1` means unlimited, which is `RLIM_INFINITY` (all ones) in the OCI spec.
fn rlimit_value(value: i64) -> u64 {
    u64::try_from(value).unwrap_or(u64::MAX)
}

fn mounts(spec: &ContainerSpec, body: &mut Map<String, Value>) -> Result<(), RuntimeError> {
    let mut mounts = Vec::new();
    let mut volumes = Vec::new();
    for tmpfs in &spec.tmpfs {
        let mut options = Vec::new();
        if tmpfs.size_mib > 0 {
            options.push(format!("size={}m", tmpfs.size_mib));
        }
        options.extend(tmpfs.options.iter().cloned());
        mounts.push(json!({
            "destination": tmpfs.path,
            "type": "tmpfs",
            "source": "tmpfs",
            "options": options,
        }));
    }
    for mount in &spec.mounts {
        let access = if mount.read_only { "ro" } else { "rw" };
        match &mount.source {
            // libpod creates a named volume that does not exist yet.
            MountSource::Volume(name) => volumes.push(json!({
                "Name": name,
                "Dest": mount.target,
                "Options": [access],
            })),
            MountSource::Bind(path) => {
                let source = path.to_str().ok_or_else(|| {
                    RuntimeError::Rejected(format!(
                        "bind mount source {} is not valid UTF-8",
                        path.display()
                    ))
                })?;
                mounts.push(json!({
                    "destination": mount.target,
                    "type": "bind",
                    "source": source,
                    "options": ["rbind", access],
                }));
            }
        }
    }
    if !mounts.is_empty() {
        body.insert("mounts".into(), json!(mounts));
    }
    if !volumes.is_empty() {
        body.insert("volumes".into(), json!(volumes));
    }
    Ok(())
}

/// The health-check fields Podman gets, with Docker's defaults for zeros.
pub(crate) fn effective_health(check: &HealthCheckSpec) -> HealthCheckSpec {
    let or = |d: Duration, default: Duration| if d.is_zero() { default } else { d };
    HealthCheckSpec {
        test: check.test.clone(),
        interval: or(check.interval, DEFAULT_HEALTH_INTERVAL),
        timeout: or(check.timeout, DEFAULT_HEALTH_TIMEOUT),
        retries: if check.retries == 0 {
            DEFAULT_HEALTH_RETRIES
        } else {
            check.retries
        },
        start_period: check.start_period,
    }
}

fn nanos(d: Duration) -> u64 {
    u64::try_from(d.as_nanos()).unwrap_or(u64::MAX)
}

fn health_config(check: &HealthCheckSpec) -> Value {
    let check = effective_health(check);
    // libpod's `Schema2HealthConfig`: Docker's command forms and durations in nanoseconds.
    json!({
        "Test": check.test,
        "Interval": nanos(check.interval),
        "Timeout": nanos(check.timeout),
        "Retries": check.retries,
        "StartPeriod": nanos(check.start_period),
    })
}

/// Docker's `--security-opt` values (ECS `dockerSecurityOptions`), with `=` or ECS's `:`.
fn security_options(options: &[String], body: &mut Map<String, Value>) -> Result<(), RuntimeError> {
    let mut selinux = Vec::new();
    let mut mask = Vec::new();
    let mut unmask = Vec::new();
    for option in options {
        let (key, value) = option
            .split_once(['=', ':'])
            .map_or((option.as_str(), None), |(k, v)| (k, Some(v)));
        match (key, value) {
            ("no-new-privileges", None | Some("true")) => {
                body.insert("no_new_privileges".into(), json!(true));
            }
            ("no-new-privileges", Some("false")) => {}
            ("label", Some(label)) => selinux.push(label.to_owned()),
            ("apparmor", Some(profile)) => {
                body.insert("apparmor_profile".into(), json!(profile));
            }
            ("seccomp", Some(profile)) => {
                body.insert("seccomp_profile_path".into(), json!(profile));
            }
            ("systempaths", Some("unconfined")) => unmask.push("ALL".to_owned()),
            ("mask", Some(paths)) => mask.extend(paths.split(':').map(str::to_owned)),
            ("unmask", Some(paths)) => unmask.extend(paths.split(':').map(str::to_owned)),
            _ => {
                return Err(RuntimeError::Rejected(format!(
                    "unsupported security option {option:?}"
                )))
            }
        }
    }
    if !selinux.is_empty() {
        body.insert("selinux_opts".into(), json!(selinux));
    }
    if !mask.is_empty() {
        body.insert("mask".into(), json!(mask));
    }
    if !unmask.is_empty() {
        body.insert("unmask".into(), json!(unmask));
    }
    Ok(())
}

/// libpod's state names: `configured`/`created`/`initialized` before the first start,
/// `running`/`paused`/`stopping` while the process lives, `exited`/`stopped` afterwards.
pub(crate) fn container_status(state: &str) -> ContainerStatus {
    match state.to_ascii_lowercase().as_str() {
        "running" | "paused" | "stopping" | "restarting" => ContainerStatus::Running,
        "exited" | "stopped" | "dead" | "removing" => ContainerStatus::Exited,
        _ => ContainerStatus::Created,
    }
}

pub(crate) fn health_state(status: &str) -> Option<HealthState> {
    match status {
        "starting" => Some(HealthState::Starting),
        "healthy" => Some(HealthState::Healthy),
        "unhealthy" => Some(HealthState::Unhealthy),
        _ => None,
    }
}

/// Podman reports unset times as year 1.
fn system_time(seconds: i64, nanos: u32) -> Option<SystemTime> {
    let seconds = u64::try_from(seconds).ok().filter(|s| *s > 0)?;
    SystemTime::UNIX_EPOCH.checked_add(Duration::new(seconds, nanos))
}

pub(crate) fn container_state(data: &InspectContainerData) -> ContainerState {
    let state = data.state.as_ref();
    let status = state
        .and_then(|s| s.status.as_deref())
        .map_or(ContainerStatus::Created, container_status);
    let exit_code = state
        .and_then(|s| s.exit_code)
        .map(i64::from)
        .filter(|_| status == ContainerStatus::Exited);
    let ports = data
        .network_settings
        .as_ref()
        .and_then(|n| n.ports.as_ref())
        .map(|ports| {
            let mut published: Vec<PublishedPort> = ports
                .iter()
                .flat_map(|(key, bindings)| published_ports(key, bindings.as_deref()))
                .collect();
            published.sort_by_key(|p| (p.container_port, p.host_ip.clone()));
            published
        })
        .unwrap_or_default();
    ContainerState {
        status,
        exit_code,
        oom_killed: state.and_then(|s| s.oom_killed).unwrap_or(false),
        health: state
            .and_then(|s| s.health.as_ref())
            .and_then(|h| h.status.as_deref())
            .and_then(health_state),
        started_at: state
            .and_then(|s| s.started_at.as_ref())
            .and_then(|t| system_time(t.timestamp(), t.timestamp_subsec_nanos())),
        finished_at: state
            .and_then(|s| s.finished_at.as_ref())
            .and_then(|t| system_time(t.timestamp(), t.timestamp_subsec_nanos())),
        ports,
        error: state
            .and_then(|s| s.error.as_deref())
            .filter(|e| !e.is_empty())
            .map(str::to_owned),
    }
}

/// The bindings of one `"8080/tcp"` entry of `NetworkSettings.Ports`.
fn published_ports(key: &str, bindings: Option<&[InspectHostPort]>) -> Vec<PublishedPort> {
    let (port, protocol) = key.split_once('/').unwrap_or((key, "tcp"));
    let Ok(container_port) = port.parse::<u16>() else {
        return Vec::new();
    };
    let protocol = match protocol {
        "udp" => PortProtocol::Udp,
        _ => PortProtocol::Tcp,
    };
    bindings
        .unwrap_or_default()
        .iter()
        .filter_map(|b| {
            let host_port = b.host_port.as_deref()?.parse::<u16>().ok()?;
            let host_ip = match b.host_ip.as_deref() {
                None | Some("") => "0.0.0.0".to_owned(),
                Some(ip) => ip.to_owned(),
            };
            Some(PublishedPort {
                container_port,
                host_port: Some(host_port),
                protocol,
                host_ip,
            })
        })
        .collect()
}

pub(crate) fn summary(container: &ListContainer) -> Option<ContainerSummary> {
    Some(ContainerSummary {
        id: container.id.clone()?,
        labels: container
            .labels
            .as_ref()
            .map(|l| l.iter().map(|(k, v)| (k.clone(), v.clone())).collect())
            .unwrap_or_default(),
        status: container
            .state
            .as_deref()
            .map_or(ContainerStatus::Created, container_status),
    })
}

/// Whether `labels` carries every one of `wanted`.
pub(crate) fn has_labels(labels: &BTreeMap<String, String>, wanted: &[(String, String)]) -> bool {
    wanted
        .iter()
        .all(|(k, v)| labels.get(k).is_some_and(|have| have == v))
}

#[cfg(test)]
mod tests {
    use std::path::PathBuf;

    use ecsemu_runtime::{Mount, ResourceLimits, Tmpfs, Ulimit};

    use super::*;

    const HOST: Host<'static> = Host {
        limits_enforced: true,
        init_path: None,
    };

    fn full_spec() -> ContainerSpec {
        ContainerSpec {
            name: "task-web".into(),
            image: "busybox:latest".into(),
            entrypoint: Some(vec!["/bin/sh".into()]),
            command: Some(vec!["-c".into(), "sleep 1".into()]),
            env: vec![("A".into(), "1".into()), ("B".into(), "two words".into())],
            working_dir: Some("/srv".into()),
            user: Some("1000:1000".into()),
            labels: BTreeMap::from([("ecsemu.instance".into(), "i".into())]),
            network: NetworkMode::Sandbox("sandbox-id".into()),
            limits: ResourceLimits {
                cpu_shares: Some(512),
                nano_cpus: Some(1_500_000_000),
                memory_bytes: Some(64 << 20),
                memory_reservation_bytes: Some(32 << 20),
            },
            ulimits: vec![Ulimit {
                name: "nofile".into(),
                soft: 512,
                hard: -1,
            }],
            init: true,
            cap_add: vec!["NET_ADMIN".into()],
            cap_drop: vec!["MKNOD".into()],
            privileged: true,
            readonly_rootfs: true,
            tmpfs: vec![Tmpfs {
                path: "/scratch".into(),
                size_mib: 8,
                options: vec!["mode=1777".into()],
            }],
            shm_size_bytes: Some(1 << 20),
            mounts: vec![
                Mount {
                    source: MountSource::Volume("data".into()),
                    target: "/data".into(),
                    read_only: true,
                },
                Mount {
                    source: MountSource::Bind(PathBuf::from("/host/dir")),
                    target: "/mnt".into(),
                    read_only: false,
                },
            ],
            volumes_from: vec![("other".into(), true), ("third".into(), false)],
            health_check: Some(HealthCheckSpec {
                test: vec!["CMD-SHELL".into(), "true".into()],
                interval: Duration::from_secs(5),
                timeout: Duration::from_secs(2),
                retries: 4,
                start_period: Duration::from_millis(1500),
            }),
            pid_mode: NamespaceMode::Container("sandbox-id".into()),
            ipc_mode: NamespaceMode::Private,
            interactive: true,
            tty: true,
            sysctls: BTreeMap::from([("net.core.somaxconn".into(), "1024".into())]),
            security_opts: vec![
                "no-new-privileges".into(),
                "label:type:svirt_t".into(),
                "apparmor=unconfined".into(),
                "seccomp=unconfined".into(),
            ],
        }
    }

    #[test]
    fn maps_every_container_field() {
        let body = container_body(&full_spec(), HOST).unwrap();
        let expected = json!({
            "name": "task-web",
            "image": "busybox:latest",
            "entrypoint": ["/bin/sh"],
            "command": ["-c", "sleep 1"],
            "env": {"A": "1", "B": "two words"},
            "work_dir": "/srv",
            "create_working_dir": true,
            "user": "1000:1000",
            "labels": {"ecsemu.instance": "i"},
            "netns": {"nsmode": "container", "value": "sandbox-id"},
            "utsns": {"nsmode": "container", "value": "sandbox-id"},
            "resource_limits": {
                "cpu": {"shares": 512, "quota": 150_000, "period": 100_000},
                "memory": {"limit": 64 << 20, "reservation": 32 << 20},
            },
            "r_limits": [{"type": "nofile", "soft": 512, "hard": u64::MAX}],
            "init": true,
            "cap_add": ["NET_ADMIN"],
            "cap_drop": ["MKNOD"],
            "privileged": true,
            "read_only_filesystem": true,
            "mounts": [
                {"destination": "/scratch", "type": "tmpfs", "source": "tmpfs",
                 "options": ["size=8m", "mode=1777"]},
                {"destination": "/mnt", "type": "bind", "source": "/host/dir",
                 "options": ["rbind", "rw"]},
            ],
            "volumes": [{"Name": "data", "Dest": "/data", "Options": ["ro"]}],
            "volumes_from": ["other:ro", "third:rw"],
            "shm_size": 1 << 20,
            "healthconfig": {
                "Test": ["CMD-SHELL", "true"],
                "Interval": 5_000_000_000_u64,
                "Timeout": 2_000_000_000_u64,
                "Retries": 4,
                "StartPeriod": 1_500_000_000_u64,
            },
            "pidns": {"nsmode": "container", "value": "sandbox-id"},
            "stdin": true,
            "terminal": true,
            "sysctl": {"net.core.somaxconn": "1024"},
            "no_new_privileges": true,
            "selinux_opts": ["type:svirt_t"],
            "apparmor_profile": "unconfined",
            "seccomp_profile_path": "unconfined",
        });
        assert_eq!(body, expected);
    }

    #[test]
    fn a_minimal_container_sends_only_what_it_sets() {
        let spec = ContainerSpec {
            name: "n".into(),
            image: "i".into(),
            ..ContainerSpec::default()
        };
        let body = container_body(&spec, HOST).unwrap();
        assert_eq!(
            body,
            json!({"name": "n", "image": "i", "labels": {}, "netns": {"nsmode": "none"}})
        );
    }

    #[test]
    fn limits_are_dropped_where_podman_ignores_them() {
        let host = Host {
            limits_enforced: false,
            init_path: Some("/usr/bin/tini-static"),
        };
        let body = container_body(&full_spec(), host).unwrap();
        assert!(body.get("resource_limits").is_none());
        assert_eq!(body["init_path"], "/usr/bin/tini-static");
    }

    #[test]
    fn host_namespaces_and_shared_ipc() {
        let spec = ContainerSpec {
            network: NetworkMode::Host,
            pid_mode: NamespaceMode::Host,
            ipc_mode: NamespaceMode::Container("sb".into()),
            shm_size_bytes: Some(4096),
            ..ContainerSpec::default()
        };
        let body = container_body(&spec, HOST).unwrap();
        assert_eq!(body["netns"], json!({"nsmode": "host"}));
        assert!(body.get("utsns").is_none());
        assert_eq!(body["pidns"], json!({"nsmode": "host"}));
        assert_eq!(body["ipcns"], json!({"nsmode": "container", "value": "sb"}));
        assert!(
            body.get("shm_size").is_none(),
            "the IPC owner sizes /dev/shm"
        );
    }

    #[test]
    fn security_options_in_both_spellings() {
        let mut body = Map::new();
        security_options(
            &[
                "no-new-privileges:true".into(),
                "label=disable".into(),
                "systempaths=unconfined".into(),
                "mask=/proc/a:/proc/b".into(),
            ],
            &mut body,
        )
        .unwrap();
        assert_eq!(body["no_new_privileges"], true);
        assert_eq!(body["selinux_opts"], json!(["disable"]));
        assert_eq!(body["unmask"], json!(["ALL"]));
        assert_eq!(body["mask"], json!(["/proc/a", "/proc/b"]));
        let mut body = Map::new();
        assert!(matches!(
            security_options(&["credentialspec:file://x".into()], &mut body),
            Err(RuntimeError::Rejected(_))
        ));
        let mut body = Map::new();
        security_options(&["no-new-privileges=false".into()], &mut body).unwrap();
        assert!(body.is_empty());
    }

    #[test]
    fn health_defaults_fill_zeros() {
        let check = effective_health(&HealthCheckSpec {
            test: vec!["CMD".into(), "true".into()],
            interval: Duration::ZERO,
            timeout: Duration::ZERO,
            retries: 0,
            start_period: Duration::ZERO,
        });
        assert_eq!(check.interval, Duration::from_secs(30));
        assert_eq!(check.timeout, Duration::from_secs(30));
        assert_eq!(check.retries, 3);
    }

    #[test]
    fn rlimit_names_are_normalised() {
        assert_eq!(rlimit_name("NOFILE"), "nofile");
        assert_eq!(rlimit_name("RLIMIT_NPROC"), "nproc");
        assert_eq!(rlimit_value(-1), u64::MAX);
        assert_eq!(rlimit_value(1024), 1024);
    }

    fn network_settings() -> NetworkSettings {
        NetworkSettings {
            hostname: Some("task-host".into()),
            ports: vec![
                PublishedPort {
                    container_port: 8080,
                    host_port: None,
                    protocol: PortProtocol::Tcp,
                    host_ip: "127.0.0.1".into(),
                },
                PublishedPort {
                    container_port: 53,
                    host_port: Some(5353),
                    protocol: PortProtocol::Udp,
                    host_ip: "0.0.0.0".into(),
                },
            ],
            extra_hosts: vec![("db".into(), "10.0.0.2".into())],
            dns_servers: vec!["10.0.0.53".into()],
            dns_search_domains: vec!["corp".into()],
        }
    }

    #[test]
    fn a_container_of_its_own_network_sets_it_up_like_a_sandbox() {
        let spec = ContainerSpec {
            name: "n".into(),
            image: "i".into(),
            network: NetworkMode::Own(network_settings()),
            ..ContainerSpec::default()
        };
        let body = container_body(&spec, HOST).unwrap();
        assert_eq!(
            body,
            json!({
                "name": "n",
                "image": "i",
                "labels": {},
                "hostname": "task-host",
                "hostadd": ["db:10.0.0.2"],
                "dns_server": ["10.0.0.53"],
                "dns_search": ["corp"],
                "portmappings": [
                    {"container_port": 8080, "host_port": 0, "protocol": "tcp",
                     "host_ip": "127.0.0.1"},
                    {"container_port": 53, "host_port": 5353, "protocol": "udp",
                     "host_ip": "0.0.0.0"},
                ],
            })
        );
    }

    #[test]
    fn sandbox_publishes_ports_with_explicit_addresses() {
        let spec = SandboxSpec {
            name: "sb".into(),
            labels: BTreeMap::from([("ecsemu.sandbox".into(), "true".into())]),
            network: network_settings(),
            host_network: false,
            no_network: false,
        };
        let body = sandbox_body(&spec, "ecsemu/pause:1", "/pause");
        assert_eq!(
            body,
            json!({
                "name": "sb",
                "image": "ecsemu/pause:1",
                "command": ["/pause"],
                "labels": {"ecsemu.sandbox": "true"},
                "hostname": "task-host",
                "hostadd": ["db:10.0.0.2"],
                "dns_server": ["10.0.0.53"],
                "dns_search": ["corp"],
                "portmappings": [
                    {"container_port": 8080, "host_port": 0, "protocol": "tcp",
                     "host_ip": "127.0.0.1"},
                    {"container_port": 53, "host_port": 5353, "protocol": "udp",
                     "host_ip": "0.0.0.0"},
                ],
            })
        );
        let host = sandbox_body(
            &SandboxSpec {
                host_network: true,
                ..spec.clone()
            },
            "p",
            "/pause",
        );
        assert_eq!(host["netns"], json!({"nsmode": "host"}));
        assert!(host.get("portmappings").is_none());
        let none = sandbox_body(
            &SandboxSpec {
                no_network: true,
                ..spec
            },
            "p",
            "/pause",
        );
        assert_eq!(none["netns"], json!({"nsmode": "none"}));
        assert!(none.get("portmappings").is_none());
    }

    fn inspected(state: &Value, ports: &Value) -> InspectContainerData {
        serde_json::from_value(json!({
            "Id": "abc",
            "State": state,
            "NetworkSettings": {"Ports": ports},
        }))
        .unwrap()
    }

    #[test]
    fn inspects_an_exited_container() {
        let data = inspected(
            &json!({
                "Status": "exited",
                "ExitCode": 137,
                "OOMKilled": true,
                "StartedAt": "2026-01-02T03:04:05.5Z",
                "FinishedAt": "2026-01-02T03:04:06Z",
                "Error": "",
                "Health": {"Status": "unhealthy", "FailingStreak": 3, "Log": null},
            }),
            &json!({}),
        );
        let state = container_state(&data);
        assert_eq!(state.status, ContainerStatus::Exited);
        assert_eq!(state.exit_code, Some(137));
        assert!(state.oom_killed);
        assert_eq!(state.health, Some(HealthState::Unhealthy));
        let started = state.started_at.unwrap();
        let finished = state.finished_at.unwrap();
        assert_eq!(
            finished.duration_since(started).unwrap(),
            Duration::from_millis(500)
        );
        assert_eq!(state.error, None);
    }

    #[test]
    fn unset_times_and_codes_of_a_created_container_are_none() {
        let data = inspected(
            &json!({
                "Status": "created",
                "ExitCode": 0,
                "StartedAt": "0001-01-01T00:00:00Z",
                "FinishedAt": "0001-01-01T00:00:00Z",
                "Health": {"Status": "", "FailingStreak": 0, "Log": null},
                "Error": "oci runtime error: boom",
            }),
            &json!(null),
        );
        let state = container_state(&data);
        assert_eq!(state.status, ContainerStatus::Created);
        assert_eq!(state.exit_code, None);
        assert_eq!(state.health, None);
        assert_eq!(state.started_at, None);
        assert_eq!(state.finished_at, None);
        assert_eq!(state.error.as_deref(), Some("oci runtime error: boom"));
    }

    #[test]
    fn inspects_published_ports() {
        let data = inspected(
            &json!({"Status": "running"}),
            &json!({
                "8080/tcp": [{"HostIp": "127.0.0.1", "HostPort": "41234"}],
                "53/udp": [{"HostIp": "", "HostPort": "5353"}],
                "9000/tcp": null,
            }),
        );
        let state = container_state(&data);
        assert_eq!(state.status, ContainerStatus::Running);
        assert_eq!(
            state.ports,
            vec![
                PublishedPort {
                    container_port: 53,
                    host_port: Some(5353),
                    protocol: PortProtocol::Udp,
                    host_ip: "0.0.0.0".into(),
                },
                PublishedPort {
                    container_port: 8080,
                    host_port: Some(41234),
                    protocol: PortProtocol::Tcp,
                    host_ip: "127.0.0.1".into(),
                },
            ]
        );
    }

    #[test]
    fn statuses_and_summaries() {
        assert_eq!(container_status("configured"), ContainerStatus::Created);
        assert_eq!(container_status("initialized"), ContainerStatus::Created);
        assert_eq!(container_status("stopping"), ContainerStatus::Running);
        assert_eq!(container_status("stopped"), ContainerStatus::Exited);
        let listed: ListContainer = serde_json::from_value(json!({
            "Id": "abc",
            "Labels": {"a": "1", "b": "2"},
            "State": "running",
        }))
        .unwrap();
        let summary = summary(&listed).unwrap();
        assert_eq!(summary.status, ContainerStatus::Running);
        assert!(has_labels(&summary.labels, &[("a".into(), "1".into())]));
        assert!(!has_labels(&summary.labels, &[("a".into(), "2".into())]));
    }
}
