//! What ecsemu asks for, as Docker's container-create body.

use std::collections::HashMap;
use std::time::Duration;

use bollard::models::{
    ContainerCreateBody, HealthConfig, HostConfig, Mount as DockerMount, MountType, PortBinding,
    PortMap, ResourcesUlimits,
};
use ecsemu_runtime::{
    pause, ContainerSpec, HealthCheckSpec, Mount, MountSource, NamespaceMode, NetworkMode,
    NetworkSettings, PublishedPort, RuntimeError, SandboxSpec, Tmpfs,
};

/// The create body of the container that holds a task's network namespace.
pub(crate) fn sandbox_config(spec: &SandboxSpec, image: &str) -> ContainerCreateBody {
    let network_mode = if spec.host_network {
        Some("host")
    } else if spec.no_network {
        Some("none")
    } else {
        None
    };
    ContainerCreateBody {
        image: Some(image.to_owned()),
        cmd: Some(vec![pause::COMMAND.to_owned()]),
        labels: Some(hash_map(&spec.labels)),
        ..namespace_owner(&spec.network, network_mode)
    }
}

/// The part of a create body that sets up the network namespace its container owns (a
/// sandbox's, or that of a container with a namespace of its own): hostname, published ports,
/// host entries and DNS. `network_mode` is the namespace's: `None` for the default bridge,
/// else `host` or `none`.
fn namespace_owner(settings: &NetworkSettings, network_mode: Option<&str>) -> ContainerCreateBody {
    // Docker refuses a hostname in the host's namespace, and there is nothing to publish from
    // a namespace that is the host's or has no network.
    let ports: &[PublishedPort] = if network_mode.is_none() {
        &settings.ports
    } else {
        &[]
    };
    ContainerCreateBody {
        hostname: settings
            .hostname
            .clone()
            .filter(|_| network_mode != Some("host")),
        exposed_ports: non_empty(ports.iter().map(port_key).collect()),
        host_config: Some(HostConfig {
            network_mode: network_mode.map(str::to_owned),
            port_bindings: (!ports.is_empty()).then(|| port_bindings(ports)),
            extra_hosts: non_empty(
                settings
                    .extra_hosts
                    .iter()
                    .map(|(host, ip)| format!("{host}:{ip}"))
                    .collect(),
            ),
            dns: non_empty(settings.dns_servers.clone()),
            dns_search: non_empty(settings.dns_search_domains.clone()),
            ..HostConfig::default()
        }),
        ..ContainerCreateBody::default()
    }
}

/// The create body of one container of a task.
pub(crate) fn container_config(spec: &ContainerSpec) -> Result<ContainerCreateBody, RuntimeError> {
    let mut network = network(&spec.network);
    let network_host = network.host_config.take().unwrap_or_default();
    Ok(ContainerCreateBody {
        image: Some(spec.image.clone()),
        entrypoint: spec.entrypoint.clone(),
        cmd: spec.command.clone(),
        env: non_empty(spec.env.iter().map(|(k, v)| format!("{k}={v}")).collect()),
        working_dir: spec.working_dir.clone(),
        user: spec.user.clone(),
        labels: Some(hash_map(&spec.labels)),
        healthcheck: spec.health_check.as_ref().map(health_config).transpose()?,
        open_stdin: spec.interactive.then_some(true),
        tty: spec.tty.then_some(true),
        host_config: Some(host_config(spec, network_host)?),
        ..network
    })
}

/// `network`: the host config's network part, which the rest completes.
fn host_config(spec: &ContainerSpec, network: HostConfig) -> Result<HostConfig, RuntimeError> {
    let (volume_mounts, binds) = mounts(&spec.mounts)?;
    Ok(HostConfig {
        cpu_shares: optional_i64(spec.limits.cpu_shares, "cpu shares")?,
        nano_cpus: optional_i64(spec.limits.nano_cpus, "nano CPUs")?,
        memory: optional_i64(spec.limits.memory_bytes, "memory")?,
        memory_reservation: optional_i64(
            spec.limits.memory_reservation_bytes,
            "memory reservation",
        )?,
        ulimits: non_empty(
            spec.ulimits
                .iter()
                .map(|u| ResourcesUlimits {
                    name: Some(u.name.clone()),
                    soft: Some(u.soft),
                    hard: Some(u.hard),
                })
                .collect(),
        ),
        // Unset rather than false, so a daemon configured to always add an init keeps doing so.
        init: spec.init.then_some(true),
        cap_add: non_empty(spec.cap_add.clone()),
        cap_drop: non_empty(spec.cap_drop.clone()),
        privileged: spec.privileged.then_some(true),
        readonly_rootfs: spec.readonly_rootfs.then_some(true),
        tmpfs: (!spec.tmpfs.is_empty()).then(|| tmpfs(&spec.tmpfs)),
        shm_size: optional_i64(spec.shm_size_bytes, "shm size")?,
        mounts: non_empty(volume_mounts),
        binds: non_empty(binds),
        volumes_from: non_empty(spec.volumes_from.iter().map(volumes_from).collect()),
        pid_mode: namespace_mode(&spec.pid_mode),
        ipc_mode: namespace_mode(&spec.ipc_mode),
        sysctls: (!spec.sysctls.is_empty()).then(|| hash_map(&spec.sysctls)),
        security_opt: non_empty(spec.security_opts.clone()),
        ..network
    })
}

/// The network part of a container's create body: the namespace it joins, or the one it owns
/// on the default bridge.
fn network(mode: &NetworkMode) -> ContainerCreateBody {
    let joined = |network_mode: String| ContainerCreateBody {
        host_config: Some(HostConfig {
            network_mode: Some(network_mode),
            ..HostConfig::default()
        }),
        ..ContainerCreateBody::default()
    };
    match mode {
        NetworkMode::Own(settings) => namespace_owner(settings, None),
        NetworkMode::Sandbox(id) => joined(format!("container:{id}")),
        NetworkMode::Host => joined("host".to_owned()),
        NetworkMode::None => joined("none".to_owned()),
    }
}

fn namespace_mode(mode: &NamespaceMode) -> Option<String> {
    match mode {
        NamespaceMode::Private => None,
        NamespaceMode::Host => Some("host".to_owned()),
        NamespaceMode::Container(id) => Some(format!("container:{id}")),
    }
}

/// `8080/tcp`, Docker's key for a container port.
pub(crate) fn port_key(port: &PublishedPort) -> String {
    format!("{}/{}", port.container_port, port.protocol.as_str())
}

fn port_bindings(ports: &[PublishedPort]) -> PortMap {
    let mut map: PortMap = HashMap::new();
    for port in ports {
        let binding = PortBinding {
            // Always explicit: without an address Docker binds every interface.
            host_ip: Some(port.host_ip.clone()),
            // Empty asks Docker for an ephemeral port.
            host_port: Some(port.host_port.map(|p| p.to_string()).unwrap_or_default()),
        };
        map.entry(port_key(port))
            .or_insert_with(|| Some(Vec::new()))
            .get_or_insert_with(Vec::new)
            .push(binding);
    }
    map
}

/// Named volumes go through the mount API, which creates a missing volume; host paths go
/// through binds, which (as for ECS host volumes) create a missing host directory.
fn mounts(mounts: &[Mount]) -> Result<(Vec<DockerMount>, Vec<String>), RuntimeError> {
    let mut volumes = Vec::new();
    let mut binds = Vec::new();
    for mount in mounts {
        match &mount.source {
            MountSource::Volume(name) => volumes.push(DockerMount {
                typ: Some(MountType::VOLUME),
                source: Some(name.clone()),
                target: Some(mount.target.clone()),
                read_only: Some(mount.read_only),
                ..DockerMount::default()
            }),
            MountSource::Bind(path) => {
                let source = path.to_str().filter(|p| !p.contains(':')).ok_or_else(|| {
                    RuntimeError::Rejected(format!(
                        "host path {} cannot be bind-mounted: it must be UTF-8 without ':'",
                        path.display()
                    ))
                })?;
                let mode = if mount.read_only { "ro" } else { "rw" };
                binds.push(format!("{source}:{}:{mode}", mount.target));
            }
        }
    }
    Ok((volumes, binds))
}

fn volumes_from((id, read_only): &(String, bool)) -> String {
    if *read_only {
        format!("{id}:ro")
    } else {
        id.clone()
    }
}

fn tmpfs(mounts: &[Tmpfs]) -> HashMap<String, String> {
    mounts
        .iter()
        .map(|t| {
            // Size 0 would mean "unlimited" to tmpfs, which is not what an unset size asks for
            // either, so it is left to the kernel default (half the memory).
            let size = (t.size_mib > 0).then(|| format!("size={}m", t.size_mib));
            let options: Vec<&str> = size
                .iter()
                .map(String::as_str)
                .chain(t.options.iter().map(String::as_str))
                .collect();
            (t.path.clone(), options.join(","))
        })
        .collect()
}

fn health_config(check: &HealthCheckSpec) -> Result<HealthConfig, RuntimeError> {
    Ok(HealthConfig {
        test: Some(check.test.clone()),
        interval: Some(nanos(check.interval)?),
        timeout: Some(nanos(check.timeout)?),
        retries: Some(i64::from(check.retries)),
        start_period: Some(nanos(check.start_period)?),
        start_interval: None,
    })
}

fn nanos(duration: Duration) -> Result<i64, RuntimeError> {
    i64::try_from(duration.as_nanos()).map_err(|_| {
        RuntimeError::Rejected(format!("health check duration {duration:?} is too long"))
    })
}

fn optional_i64(value: Option<u64>, what: &str) -> Result<Option<i64>, RuntimeError> {
    value
        .map(|v| {
            i64::try_from(v)
                .map_err(|_| RuntimeError::Rejected(format!("{what} {v} is out of range")))
        })
        .transpose()
}

fn non_empty<T>(items: Vec<T>) -> Option<Vec<T>> {
    (!items.is_empty()).then_some(items)
}

fn hash_map(map: &std::collections::BTreeMap<String, String>) -> HashMap<String, String> {
    map.iter().map(|(k, v)| (k.clone(), v.clone())).collect()
}

#[cfg(test)]
mod tests {
    use std::collections::BTreeMap;
    use std::path::PathBuf;

    use ecsemu_runtime::{PortProtocol, ResourceLimits, Ulimit};

    use super::*;

    fn host(body: &ContainerCreateBody) -> &HostConfig {
        body.host_config.as_ref().expect("host config")
    }

    fn port(container_port: u16, host_port: Option<u16>, protocol: PortProtocol) -> PublishedPort {
        PublishedPort {
            container_port,
            host_port,
            protocol,
            host_ip: "127.0.0.1".to_owned(),
        }
    }

    fn settings() -> NetworkSettings {
        NetworkSettings {
            hostname: Some("web".into()),
            ports: vec![
                port(8080, None, PortProtocol::Tcp),
                port(53, Some(5353), PortProtocol::Udp),
            ],
            extra_hosts: vec![("db".into(), "10.0.0.2".into())],
            dns_servers: vec!["10.0.0.53".into()],
            dns_search_domains: vec!["corp".into()],
        }
    }

    /// The body sets up the namespace `settings()` describes on the default bridge.
    fn assert_owns_the_network(body: &ContainerCreateBody) {
        assert_eq!(body.hostname.as_deref(), Some("web"));
        let mut exposed = body.exposed_ports.clone().expect("exposed");
        exposed.sort();
        assert_eq!(exposed, ["53/udp", "8080/tcp"]);
        let host = host(body);
        assert_eq!(host.network_mode, None, "the default bridge");
        let bindings = host.port_bindings.as_ref().expect("bindings");
        assert_eq!(
            bindings["8080/tcp"],
            Some(vec![PortBinding {
                host_ip: Some("127.0.0.1".into()),
                host_port: Some(String::new()),
            }])
        );
        assert_eq!(
            bindings["53/udp"],
            Some(vec![PortBinding {
                host_ip: Some("127.0.0.1".into()),
                host_port: Some("5353".into()),
            }])
        );
        assert_eq!(host.extra_hosts, Some(vec!["db:10.0.0.2".to_owned()]));
        assert_eq!(host.dns, Some(vec!["10.0.0.53".to_owned()]));
        assert_eq!(host.dns_search, Some(vec!["corp".to_owned()]));
    }

    #[test]
    fn a_sandbox_runs_pause_and_publishes_on_the_given_address() {
        let spec = SandboxSpec {
            name: "task-sandbox".into(),
            labels: BTreeMap::from([("ecsemu.sandbox".into(), "true".into())]),
            network: settings(),
            ..SandboxSpec::default()
        };
        let body = sandbox_config(&spec, "ecsemu/pause:1");
        assert_eq!(body.image.as_deref(), Some("ecsemu/pause:1"));
        assert_eq!(body.cmd, Some(vec!["/pause".to_owned()]));
        assert_eq!(
            body.labels.as_ref().and_then(|l| l.get("ecsemu.sandbox")),
            Some(&"true".to_owned())
        );
        assert_owns_the_network(&body);
    }

    #[test]
    fn a_container_of_its_own_network_sets_it_up_like_a_sandbox() {
        let spec = ContainerSpec {
            image: "busybox".into(),
            command: Some(vec!["sleep".into(), "1".into()]),
            network: NetworkMode::Own(settings()),
            limits: ResourceLimits {
                memory_bytes: Some(64 << 20),
                ..ResourceLimits::default()
            },
            ..ContainerSpec::default()
        };
        let body = container_config(&spec).expect("maps");
        assert_eq!(body.image.as_deref(), Some("busybox"));
        assert_eq!(body.cmd, spec.command);
        assert_owns_the_network(&body);
        assert_eq!(host(&body).memory, Some(64 << 20));
    }

    #[test]
    fn a_host_network_sandbox_has_no_hostname_or_ports() {
        let spec = SandboxSpec {
            network: NetworkSettings {
                hostname: Some("web".into()),
                ports: vec![port(80, Some(80), PortProtocol::Tcp)],
                ..NetworkSettings::default()
            },
            host_network: true,
            ..SandboxSpec::default()
        };
        let body = sandbox_config(&spec, "p");
        assert_eq!(host(&body).network_mode.as_deref(), Some("host"));
        assert_eq!(body.hostname, None);
        assert_eq!(body.exposed_ports, None);
        assert_eq!(host(&body).port_bindings, None);
    }

    #[test]
    fn a_sandbox_without_network_keeps_its_hostname() {
        let spec = SandboxSpec {
            network: NetworkSettings {
                hostname: Some("web".into()),
                ports: vec![port(80, None, PortProtocol::Tcp)],
                ..NetworkSettings::default()
            },
            no_network: true,
            ..SandboxSpec::default()
        };
        let body = sandbox_config(&spec, "p");
        assert_eq!(host(&body).network_mode.as_deref(), Some("none"));
        assert_eq!(body.hostname.as_deref(), Some("web"));
        assert_eq!(host(&body).port_bindings, None);
    }

    #[test]
    fn every_container_field_reaches_docker() {
        let spec = ContainerSpec {
            name: "web".into(),
            image: "busybox:latest".into(),
            entrypoint: Some(vec!["/bin/sh".into(), "-c".into()]),
            command: Some(vec!["echo hi".into()]),
            env: vec![("A".into(), "b c".into())],
            working_dir: Some("/tmp".into()),
            user: Some("65534:65534".into()),
            labels: BTreeMap::from([("k".into(), "v".into())]),
            network: NetworkMode::Sandbox("sbx".into()),
            limits: ResourceLimits {
                cpu_shares: Some(256),
                nano_cpus: Some(500_000_000),
                memory_bytes: Some(64 << 20),
                memory_reservation_bytes: Some(32 << 20),
            },
            ulimits: vec![Ulimit {
                name: "nofile".into(),
                soft: 512,
                hard: 1024,
            }],
            init: true,
            cap_add: vec!["NET_ADMIN".into()],
            cap_drop: vec!["MKNOD".into()],
            privileged: true,
            readonly_rootfs: true,
            tmpfs: vec![
                Tmpfs {
                    path: "/scratch".into(),
                    size_mib: 8,
                    options: vec!["mode=1777".into(), "noexec".into()],
                },
                Tmpfs {
                    path: "/plain".into(),
                    size_mib: 16,
                    options: vec![],
                },
            ],
            shm_size_bytes: Some(1 << 20),
            mounts: vec![
                Mount {
                    source: MountSource::Volume("task-data".into()),
                    target: "/data".into(),
                    read_only: true,
                },
                Mount {
                    source: MountSource::Bind(PathBuf::from("/srv/www")),
                    target: "/www".into(),
                    read_only: false,
                },
            ],
            volumes_from: vec![("c1".into(), true), ("c2".into(), false)],
            health_check: Some(HealthCheckSpec {
                test: vec!["CMD-SHELL".into(), "true".into()],
                interval: Duration::from_secs(5),
                timeout: Duration::from_millis(1500),
                retries: 3,
                start_period: Duration::from_secs(10),
            }),
            pid_mode: NamespaceMode::Container("sbx".into()),
            ipc_mode: NamespaceMode::Host,
            interactive: true,
            tty: true,
            sysctls: BTreeMap::from([("net.core.somaxconn".into(), "1024".into())]),
            security_opts: vec!["no-new-privileges".into()],
        };
        let body = container_config(&spec).expect("maps");
        assert_eq!(body.image.as_deref(), Some("busybox:latest"));
        assert_eq!(body.entrypoint, spec.entrypoint);
        assert_eq!(body.cmd, spec.command);
        assert_eq!(body.env, Some(vec!["A=b c".to_owned()]));
        assert_eq!(body.working_dir.as_deref(), Some("/tmp"));
        assert_eq!(body.user.as_deref(), Some("65534:65534"));
        assert_eq!(body.labels, Some(HashMap::from([("k".into(), "v".into())])));
        assert_eq!(body.open_stdin, Some(true));
        assert_eq!(body.tty, Some(true));
        assert_eq!(
            body.healthcheck,
            Some(HealthConfig {
                test: Some(vec!["CMD-SHELL".into(), "true".into()]),
                interval: Some(5_000_000_000),
                timeout: Some(1_500_000_000),
                retries: Some(3),
                start_period: Some(10_000_000_000),
                start_interval: None,
            })
        );
        let host = host(&body);
        assert_eq!(host.network_mode.as_deref(), Some("container:sbx"));
        assert_eq!(host.cpu_shares, Some(256));
        assert_eq!(host.nano_cpus, Some(500_000_000));
        assert_eq!(host.memory, Some(64 << 20));
        assert_eq!(host.memory_reservation, Some(32 << 20));
        assert_eq!(
            host.ulimits,
            Some(vec![ResourcesUlimits {
                name: Some("nofile".into()),
                soft: Some(512),
                hard: Some(1024),
            }])
        );
        assert_eq!(host.init, Some(true));
        assert_eq!(host.cap_add, Some(vec!["NET_ADMIN".to_owned()]));
        assert_eq!(host.cap_drop, Some(vec!["MKNOD".to_owned()]));
        assert_eq!(host.privileged, Some(true));
        assert_eq!(host.readonly_rootfs, Some(true));
        assert_eq!(
            host.tmpfs,
            Some(HashMap::from([
                ("/scratch".into(), "size=8m,mode=1777,noexec".into()),
                ("/plain".into(), "size=16m".into()),
            ]))
        );
        assert_eq!(host.shm_size, Some(1 << 20));
        assert_eq!(
            host.mounts,
            Some(vec![DockerMount {
                typ: Some(MountType::VOLUME),
                source: Some("task-data".into()),
                target: Some("/data".into()),
                read_only: Some(true),
                ..DockerMount::default()
            }])
        );
        assert_eq!(host.binds, Some(vec!["/srv/www:/www:rw".to_owned()]));
        assert_eq!(
            host.volumes_from,
            Some(vec!["c1:ro".to_owned(), "c2".to_owned()])
        );
        assert_eq!(host.pid_mode.as_deref(), Some("container:sbx"));
        assert_eq!(host.ipc_mode.as_deref(), Some("host"));
        assert_eq!(
            host.sysctls,
            Some(HashMap::from([(
                "net.core.somaxconn".into(),
                "1024".into()
            )]))
        );
        assert_eq!(
            host.security_opt,
            Some(vec!["no-new-privileges".to_owned()])
        );
    }

    #[test]
    fn defaults_leave_docker_defaults_alone() {
        let body = container_config(&ContainerSpec {
            image: "busybox".into(),
            ..ContainerSpec::default()
        })
        .expect("maps");
        assert_eq!(body.entrypoint, None);
        assert_eq!(body.cmd, None);
        assert_eq!(body.env, None);
        assert_eq!(body.healthcheck, None);
        assert_eq!(body.open_stdin, None);
        let host = host(&body);
        assert_eq!(host.network_mode.as_deref(), Some("none"));
        assert_eq!(host.init, None);
        assert_eq!(host.pid_mode, None);
        assert_eq!(host.ipc_mode, None);
        assert_eq!(host.memory, None);
        assert_eq!(host.tmpfs, None);
        assert_eq!(host.mounts, None);
        assert_eq!(host.binds, None);
    }

    #[test]
    fn host_network_and_namespaces() {
        let host_network = network(&NetworkMode::Host);
        assert_eq!(host(&host_network).network_mode.as_deref(), Some("host"));
        assert_eq!(host_network.hostname, None);
        assert_eq!(
            namespace_mode(&NamespaceMode::Host).as_deref(),
            Some("host")
        );
    }

    #[test]
    fn out_of_range_values_are_rejected_not_wrapped() {
        let spec = ContainerSpec {
            limits: ResourceLimits {
                memory_bytes: Some(u64::MAX),
                ..ResourceLimits::default()
            },
            ..ContainerSpec::default()
        };
        assert!(matches!(
            container_config(&spec),
            Err(RuntimeError::Rejected(text)) if text.contains("memory")
        ));
        let spec = ContainerSpec {
            health_check: Some(HealthCheckSpec {
                test: vec!["NONE".into()],
                interval: Duration::MAX,
                timeout: Duration::ZERO,
                retries: 0,
                start_period: Duration::ZERO,
            }),
            ..ContainerSpec::default()
        };
        assert!(matches!(
            container_config(&spec),
            Err(RuntimeError::Rejected(_))
        ));
    }

    #[test]
    fn bind_paths_docker_cannot_express_are_rejected() {
        let spec = ContainerSpec {
            mounts: vec![Mount {
                source: MountSource::Bind(PathBuf::from("/a:b")),
                target: "/x".into(),
                read_only: false,
            }],
            ..ContainerSpec::default()
        };
        assert!(matches!(
            container_config(&spec),
            Err(RuntimeError::Rejected(_))
        ));
    }
}
