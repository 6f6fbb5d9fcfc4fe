//! Reading the CLIs' output: `--version`, `info`, `container inspect`, `ps`, `logs`.
//!
//! Docker and Podman print similar JSON with different shapes (Podman's `ps` is one array with
//! a label map, Docker's is one object per line with labels as `k=v,k=v`), and every field is
//! optional here, so a version that drops or adds one degrades instead of failing.

use std::collections::{BTreeMap, HashMap};
use std::time::SystemTime;

use ecsemu_runtime::{
    ContainerState, ContainerStatus, ContainerSummary, HealthState, LogLine, LogStream,
    PortProtocol, PublishedPort, RuntimeError, RuntimeInfo, Ulimit,
};
use serde::Deserialize;

use crate::process::Flavor;

/// Which CLI printed this `--version` line (`Docker version 28.2.2, build e6534b4`,
/// `podman version 4.3.1`); the podman-docker shim answers as podman, which it is.
pub(crate) fn flavor(version: &str) -> Option<Flavor> {
    let lower = version.trim_start().to_lowercase();
    if lower.starts_with("podman") {
        Some(Flavor::Podman)
    } else if lower.starts_with("docker") {
        Some(Flavor::Docker)
    } else {
        None
    }
}

fn unexpected(what: &str, error: &serde_json::Error) -> RuntimeError {
    RuntimeError::Rejected(format!("unexpected {what} output: {error}"))
}

#[derive(Deserialize, Default)]
#[serde(default, rename_all = "PascalCase")]
struct DockerInfo {
    server_version: String,
    #[serde(rename = "OSType")]
    os_type: String,
    architecture: String,
    #[serde(rename = "NCPU")]
    ncpu: u32,
    mem_total: u64,
    cgroup_version: String,
    security_options: Option<Vec<String>>,
    server_errors: Option<Vec<String>>,
}

#[derive(Deserialize, Default)]
#[serde(default)]
struct PodmanInfo {
    host: PodmanHost,
    version: PodmanVersion,
}

#[derive(Deserialize, Default)]
#[serde(default, rename_all = "camelCase")]
struct PodmanHost {
    os: String,
    arch: String,
    cpus: u32,
    mem_total: u64,
    cgroup_version: String,
    security: PodmanSecurity,
}

#[derive(Deserialize, Default)]
#[serde(default)]
struct PodmanSecurity {
    rootless: bool,
}

#[derive(Deserialize, Default)]
#[serde(default, rename_all = "PascalCase")]
struct PodmanVersion {
    version: String,
}

/// `info`'s JSON. Limits are not enforced only rootless on cgroup v1, where an unprivileged
/// runtime cannot delegate cgroup controllers; Docker's rootless mode has the same limitation.
pub(crate) fn info(flavor: Flavor, json: &str) -> Result<RuntimeInfo, RuntimeError> {
    let (version, cpus, memory_bytes, rootless, cgroup, (os_type, architecture)) = match flavor {
        Flavor::Docker => {
            let info: DockerInfo =
                serde_json::from_str(json).map_err(|e| unexpected("docker info", &e))?;
            if let Some(errors) = info.server_errors.filter(|e| !e.is_empty()) {
                return Err(RuntimeError::Unreachable(errors.join("; ")));
            }
            let rootless = info
                .security_options
                .unwrap_or_default()
                .iter()
                .any(|o| o == "name=rootless");
            (
                info.server_version,
                info.ncpu,
                info.mem_total,
                rootless,
                info.cgroup_version,
                (info.os_type, info.architecture),
            )
        }
        Flavor::Podman => {
            let info: PodmanInfo =
                serde_json::from_str(json).map_err(|e| unexpected("podman info", &e))?;
            (
                info.version.version,
                info.host.cpus,
                info.host.mem_total,
                info.host.security.rootless,
                info.host.cgroup_version,
                (info.host.os, info.host.arch),
            )
        }
    };
    let cgroup_v1 = cgroup.trim_start_matches('v') == "1";
    Ok(RuntimeInfo {
        name: format!("cli:{}", flavor.name()),
        version,
        cpus,
        memory_bytes,
        os_type,
        architecture,
        // Docker's comes from `docker version` (see `CliRuntime::info`); Podman's CLI names no
        // Docker API level, and Podman 4 and 5 serve 1.41 on their compat API.
        api_version: (flavor == Flavor::Podman).then(|| PODMAN_COMPAT_API.to_owned()),
        limits_enforced: !(rootless && cgroup_v1),
    })
}

/// The Docker Engine API level Podman 4 and 5 answer `/version` with.
const PODMAN_COMPAT_API: &str = "1.41";

#[derive(Deserialize, Default)]
#[serde(default, rename_all = "PascalCase")]
struct Inspect {
    state: InspectState,
    network_settings: Option<NetworkSettings>,
    host_config: Option<HostConfig>,
}

#[derive(Deserialize, Default)]
#[serde(default, rename_all = "PascalCase")]
pub(crate) struct InspectState {
    status: String,
    exit_code: i64,
    #[serde(rename = "OOMKilled")]
    oom_killed: bool,
    error: String,
    started_at: String,
    finished_at: String,
    health: Option<Health>,
    /// Podman's name for `Health` before 4.x; kept apart so either may appear.
    healthcheck: Option<Health>,
}

#[derive(Deserialize, Default)]
#[serde(default, rename_all = "PascalCase")]
struct Health {
    status: String,
}

#[derive(Deserialize, Default)]
#[serde(default, rename_all = "PascalCase")]
struct NetworkSettings {
    ports: Option<HashMap<String, Option<Vec<PortBinding>>>>,
}

#[derive(Deserialize, Default)]
#[serde(default, rename_all = "PascalCase")]
struct HostConfig {
    port_bindings: Option<HashMap<String, Option<Vec<PortBinding>>>>,
}

#[derive(Deserialize, Default)]
#[serde(default, rename_all = "PascalCase")]
struct PortBinding {
    host_ip: String,
    host_port: String,
}

impl InspectState {
    pub(crate) fn status(&self) -> ContainerStatus {
        status(&self.status)
    }

    pub(crate) fn exit_code(&self) -> i64 {
        self.exit_code
    }

    pub(crate) fn oom_killed(&self) -> bool {
        self.oom_killed
    }

    pub(crate) fn health(&self) -> Option<HealthState> {
        [&self.health, &self.healthcheck]
            .into_iter()
            .flatten()
            .find_map(|h| health(&h.status))
    }
}

/// `container inspect`'s JSON array, of which only the first container counts.
pub(crate) fn inspect(json: &str) -> Result<Option<ContainerState>, RuntimeError> {
    let found: Vec<Inspect> = serde_json::from_str(json).map_err(|e| unexpected("inspect", &e))?;
    Ok(found.into_iter().next().map(|c| {
        let status = c.state.status();
        let health = c.state.health();
        // Docker binds nothing for a container that is not running (it clears its ports when
        // it exits), so for one the ports it asked for stand in, as in the Docker backend.
        let bound = c
            .network_settings
            .and_then(|n| n.ports)
            .map(|p| ports(&p))
            .unwrap_or_default();
        let ports = if bound.is_empty() {
            c.host_config
                .and_then(|h| h.port_bindings)
                .map(|p| ports(&p))
                .unwrap_or_default()
        } else {
            bound
        };
        let state = c.state;
        ContainerState {
            status,
            // A container that never ran has no exit code, unless starting it failed.
            exit_code: (status == ContainerStatus::Exited || state.exit_code != 0)
                .then_some(state.exit_code),
            oom_killed: state.oom_killed,
            health,
            started_at: ecsemu_runtime::time::parse_rfc3339(&state.started_at),
            finished_at: ecsemu_runtime::time::parse_rfc3339(&state.finished_at),
            ports,
            error: Some(state.error.trim().to_owned()).filter(|e| !e.is_empty()),
        }
    }))
}

/// `--format '{{json .State}}'` output, which the health driver polls.
pub(crate) fn state(json: &str) -> Result<InspectState, RuntimeError> {
    serde_json::from_str(json.trim()).map_err(|e| unexpected("inspect", &e))
}

fn ports(map: &HashMap<String, Option<Vec<PortBinding>>>) -> Vec<PublishedPort> {
    let mut ports: Vec<PublishedPort> = map
        .iter()
        .filter_map(|(key, bindings)| {
            let (port, protocol) = key.split_once('/').unwrap_or((key.as_str(), "tcp"));
            let protocol = match protocol {
                "tcp" => PortProtocol::Tcp,
                "udp" => PortProtocol::Udp,
                _ => return None,
            };
            let container_port = port.parse().ok()?;
            Some(bindings.iter().flatten().map(move |b| PublishedPort {
                container_port,
                // Empty (or 0) where an ephemeral port has not been bound yet.
                host_port: b.host_port.parse().ok().filter(|p| *p != 0),
                protocol,
                host_ip: b.host_ip.clone(),
            }))
        })
        .flatten()
        .collect();
    ports.sort_by(|a, b| {
        (a.container_port, a.protocol.as_str(), &a.host_ip).cmp(&(
            b.container_port,
            b.protocol.as_str(),
            &b.host_ip,
        ))
    });
    ports
}

/// A state name from either CLI. Paused and restarting containers still hold their process.
pub(crate) fn status(state: &str) -> ContainerStatus {
    match state.to_lowercase().as_str() {
        "running" | "paused" | "restarting" => ContainerStatus::Running,
        "created" | "configured" | "initialized" | "" => ContainerStatus::Created,
        _ => ContainerStatus::Exited,
    }
}

pub(crate) fn health(status: &str) -> Option<HealthState> {
    match status {
        "starting" => Some(HealthState::Starting),
        "healthy" => Some(HealthState::Healthy),
        "unhealthy" => Some(HealthState::Unhealthy),
        _ => None,
    }
}

#[derive(Deserialize, Default)]
#[serde(default)]
struct DockerPs {
    #[serde(rename = "ID")]
    id: String,
    #[serde(rename = "Labels")]
    labels: String,
    #[serde(rename = "State")]
    state: String,
}

#[derive(Deserialize, Default)]
#[serde(default)]
struct PodmanPs {
    #[serde(rename = "Id")]
    id: String,
    #[serde(rename = "Labels")]
    labels: Option<BTreeMap<String, String>>,
    #[serde(rename = "State")]
    state: String,
}

/// `ps` output in the flavour's JSON.
pub(crate) fn list(flavor: Flavor, text: &str) -> Result<Vec<ContainerSummary>, RuntimeError> {
    match flavor {
        Flavor::Docker => text
            .lines()
            .filter(|l| !l.trim().is_empty())
            .map(|line| {
                let ps: DockerPs =
                    serde_json::from_str(line).map_err(|e| unexpected("docker ps", &e))?;
                Ok(ContainerSummary {
                    labels: docker_labels(&ps.labels),
                    status: status(&ps.state),
                    id: ps.id,
                })
            })
            .collect(),
        Flavor::Podman => {
            if text.trim().is_empty() {
                return Ok(Vec::new());
            }
            let found: Vec<PodmanPs> =
                serde_json::from_str(text).map_err(|e| unexpected("podman ps", &e))?;
            Ok(found
                .into_iter()
                .map(|ps| ContainerSummary {
                    labels: ps.labels.unwrap_or_default(),
                    status: status(&ps.state),
                    id: ps.id,
                })
                .collect())
        }
    }
}

/// Docker's `ps` joins labels as `k=v,k=v` with nothing escaped. A piece without `=` can only
/// be the rest of a value that held a comma, so it is glued back; a value holding `,k=v`
/// stays ambiguous, and reads as two labels.
fn docker_labels(text: &str) -> BTreeMap<String, String> {
    let mut labels = BTreeMap::new();
    let mut last: Option<String> = None;
    for piece in text.split(',') {
        if let Some((key, value)) = piece.split_once('=') {
            labels.insert(key.to_owned(), value.to_owned());
            last = Some(key.to_owned());
        } else if let Some(value) = last.as_ref().and_then(|k| labels.get_mut(k)) {
            value.push(',');
            value.push_str(piece);
        } else if !piece.is_empty() {
            labels.insert(piece.to_owned(), String::new());
        }
    }
    labels
}

/// The `nofile` and `nproc` limits of a process, from its `/proc/<pid>/limits`, with `nproc`
/// capped at `pid_max` (no more processes can exist anyway); unlimited ones are left out.
pub(crate) fn process_limits(limits: &str, pid_max: Option<i64>) -> Vec<Ulimit> {
    let cap = pid_max.unwrap_or(i64::MAX);
    [
        ("nofile", "Max open files", i64::MAX),
        ("nproc", "Max processes", cap),
    ]
    .into_iter()
    .filter_map(|(name, label, cap)| {
        let line = limits.lines().find(|l| l.starts_with(label))?;
        let mut values = line[label.len()..].split_whitespace();
        let soft: i64 = values.next()?.parse().ok()?;
        let hard: i64 = values.next()?.parse().ok()?;
        Some(Ulimit {
            name: name.to_owned(),
            soft: soft.min(cap),
            hard: hard.min(cap),
        })
    })
    .collect()
}

/// `logs --timestamps` output of both pipes, merged into one history by time. Each pipe stays
/// in its own order; lines with equal (or unreadable) times keep stdout first.
pub(crate) fn logs(stdout: &str, stderr: &str) -> Vec<LogLine> {
    let read = |text: &str, stream| -> Vec<(Option<SystemTime>, LogLine)> {
        text.lines()
            .map(|line| {
                let (time, text) = match line.split_once(' ') {
                    Some((stamp, rest)) => match ecsemu_runtime::time::parse_rfc3339(stamp) {
                        Some(time) => (Some(time), rest),
                        None => (None, line),
                    },
                    None => match ecsemu_runtime::time::parse_rfc3339(line) {
                        Some(time) => (Some(time), ""),
                        None => (None, line),
                    },
                };
                (
                    time,
                    LogLine {
                        stream,
                        text: text.to_owned(),
                    },
                )
            })
            .collect()
    };
    let out = read(stdout, LogStream::Stdout);
    let err = read(stderr, LogStream::Stderr);
    let mut merged = Vec::with_capacity(out.len() + err.len());
    let (mut out, mut err) = (out.into_iter().peekable(), err.into_iter().peekable());
    loop {
        let take_err = match (out.peek(), err.peek()) {
            (None, None) => break,
            (None, Some(_)) => true,
            (Some((Some(o), _)), Some((Some(e), _))) => e < o,
            (Some(_), _) => false,
        };
        let next = if take_err { err.next() } else { out.next() };
        merged.extend(next.map(|(_, line)| line));
    }
    merged
}

#[cfg(test)]
mod tests {
    use std::time::Duration;

    use super::*;

    fn at(secs: u64, nanos: u32) -> SystemTime {
        SystemTime::UNIX_EPOCH + Duration::new(secs, nanos)
    }

    #[test]
    fn flavours_from_version_lines() {
        assert_eq!(
            flavor("Docker version 28.2.2, build e6534b4\n"),
            Some(Flavor::Docker)
        );
        assert_eq!(flavor("podman version 4.3.1"), Some(Flavor::Podman));
        assert_eq!(flavor("nerdctl version 1"), None);
    }

    #[test]
    fn docker_info() {
        let json = r#"{"ServerVersion":"20.10.24+dfsg1","NCPU":2,"MemTotal":25276502016,
            "OSType":"linux","Architecture":"x86_64","CgroupVersion":"1","SecurityOptions":["name=seccomp,profile=default"]}"#;
        assert_eq!(
            info(Flavor::Docker, json).unwrap(),
            RuntimeInfo {
                name: "cli:docker".into(),
                version: "20.10.24+dfsg1".into(),
                cpus: 2,
                memory_bytes: 25_276_502_016,
                os_type: "linux".into(),
                architecture: "x86_64".into(),
                api_version: None,
                limits_enforced: true,
            }
        );
        let rootless = r#"{"CgroupVersion":"1","SecurityOptions":["name=rootless"]}"#;
        assert!(!info(Flavor::Docker, rootless).unwrap().limits_enforced);
        let down = r#"{"ServerErrors":["Cannot connect to the Docker daemon"]}"#;
        assert!(matches!(
            info(Flavor::Docker, down),
            Err(RuntimeError::Unreachable(_))
        ));
        assert!(matches!(
            info(Flavor::Docker, "nope"),
            Err(RuntimeError::Rejected(_))
        ));
    }

    #[test]
    fn podman_info() {
        let json = r#"{"host":{"os":"linux","arch":"amd64","cpus":4,"memTotal":1024,
            "cgroupVersion":"v1","security":{"rootless":true}},"version":{"Version":"4.3.1"}}"#;
        let parsed = info(Flavor::Podman, json).unwrap();
        assert_eq!(parsed.name, "cli:podman");
        assert_eq!(
            (parsed.os_type.as_str(), parsed.architecture.as_str()),
            ("linux", "amd64")
        );
        assert_eq!(parsed.api_version.as_deref(), Some("1.41"));
        assert_eq!(parsed.version, "4.3.1");
        assert_eq!((parsed.cpus, parsed.memory_bytes), (4, 1024));
        assert!(!parsed.limits_enforced);
        let v2 = json.replace("\"v1\"", "\"v2\"");
        assert!(info(Flavor::Podman, &v2).unwrap().limits_enforced);
        let rootful = json.replace("true", "false");
        assert!(info(Flavor::Podman, &rootful).unwrap().limits_enforced);
    }

    const DOCKER_RUNNING: &str = r#"[{"Id":"3dde","State":{"Status":"running","Running":true,
        "OOMKilled":false,"ExitCode":0,"Error":"","StartedAt":"2026-11-22T14:39:02.251150618Z",
        "FinishedAt":"0001-01-01T00:00:00Z"},"NetworkSettings":{"Ports":{
        "8080/tcp":[{"HostIp":"127.0.0.1","HostPort":"32768"}],"9000/tcp":null,
        "53/udp":[{"HostIp":"0.0.0.0","HostPort":"5353"},{"HostIp":"::","HostPort":"5353"}],
        "7/sctp":[{"HostIp":"","HostPort":"7"}]}}}]"#;

    #[test]
    fn docker_inspect_of_a_running_container() {
        let state = inspect(DOCKER_RUNNING).unwrap().unwrap();
        assert_eq!(state.status, ContainerStatus::Running);
        assert_eq!(state.exit_code, None);
        assert_eq!(state.health, None);
        assert_eq!(state.started_at, Some(at(1_795_358_342, 251_150_618)));
        assert_eq!(state.finished_at, None);
        assert_eq!(state.error, None);
        let port = |container_port, host_port, protocol, host_ip: &str| PublishedPort {
            container_port,
            host_port: Some(host_port),
            protocol,
            host_ip: host_ip.to_owned(),
        };
        assert_eq!(
            state.ports,
            vec![
                port(53, 5353, PortProtocol::Udp, "0.0.0.0"),
                port(53, 5353, PortProtocol::Udp, "::"),
                port(8080, 32768, PortProtocol::Tcp, "127.0.0.1"),
            ]
        );
    }

    #[test]
    fn docker_inspect_of_an_exited_container_gives_the_ports_it_asked_for() {
        let json = r#"[{"Id":"3dde","State":{"Status":"exited","ExitCode":0},
            "NetworkSettings":{"Ports":{}},
            "HostConfig":{"PortBindings":{"8080/tcp":[{"HostIp":"127.0.0.1","HostPort":""}],
            "53/udp":[{"HostIp":"127.0.0.1","HostPort":"5353"}]}}}]"#;
        let state = inspect(json).unwrap().unwrap();
        let port = |container_port, host_port, protocol| PublishedPort {
            container_port,
            host_port,
            protocol,
            host_ip: "127.0.0.1".to_owned(),
        };
        assert_eq!(
            state.ports,
            vec![
                port(53, Some(5353), PortProtocol::Udp),
                port(8080, None, PortProtocol::Tcp),
            ]
        );
        let bound = DOCKER_RUNNING.replacen(
            r#""NetworkSettings""#,
            r#""HostConfig":{"PortBindings":{"1/tcp":[{"HostPort":"1"}]}},"NetworkSettings""#,
            1,
        );
        assert_eq!(
            inspect(&bound).unwrap().unwrap().ports,
            inspect(DOCKER_RUNNING).unwrap().unwrap().ports,
            "bound ports win"
        );
    }

    #[test]
    fn podman_inspect_of_an_oom_killed_unhealthy_container() {
        let json = r#"[
     {
          "Id": "b710",
          "State": {"OciVersion":"1.0.2-dev","Status":"exited","Running":false,
            "OOMKilled":true,"ExitCode":137,"Error":"",
            "StartedAt":"2026-11-22T14:39:02.501948941Z",
            "FinishedAt":"2026-11-22T15:39:03+01:00",
            "Health":{"Status":"unhealthy","FailingStreak":1,"Log":null}},
          "NetworkSettings": {"Ports": {}}
     }
]"#;
        let state = inspect(json).unwrap().unwrap();
        assert_eq!(state.status, ContainerStatus::Exited);
        assert_eq!(state.exit_code, Some(137));
        assert!(state.oom_killed);
        assert_eq!(state.health, Some(HealthState::Unhealthy));
        assert_eq!(state.finished_at, Some(at(1_795_358_343, 0)));
        assert!(state.ports.is_empty());
    }

    #[test]
    fn inspect_edge_cases() {
        assert_eq!(inspect("[]").unwrap(), None);
        assert!(inspect("{").is_err());
        let failed = r#"[{"State":{"Status":"created","ExitCode":127,
            "Error":"exec: \"nope\": executable file not found in $PATH",
            "StartedAt":"0001-01-01T00:00:00Z","Healthcheck":{"Status":"starting"},
            "Health":{"Status":""}}}]"#;
        let state = inspect(failed).unwrap().unwrap();
        assert_eq!(state.status, ContainerStatus::Created);
        assert_eq!(state.exit_code, Some(127));
        assert_eq!(state.started_at, None);
        assert_eq!(state.health, Some(HealthState::Starting));
        assert!(state.error.unwrap().contains("executable file not found"));
    }

    #[test]
    fn state_for_the_health_driver() {
        let parsed = state(r#"{"Status":"running","Health":{"Status":"healthy"}}"#).unwrap();
        assert_eq!(parsed.status(), ContainerStatus::Running);
        assert_eq!(parsed.health(), Some(HealthState::Healthy));
    }

    #[test]
    fn statuses() {
        for (text, expected) in [
            ("running", ContainerStatus::Running),
            ("paused", ContainerStatus::Running),
            ("created", ContainerStatus::Created),
            ("configured", ContainerStatus::Created),
            ("exited", ContainerStatus::Exited),
            ("stopped", ContainerStatus::Exited),
            ("dead", ContainerStatus::Exited),
            ("removing", ContainerStatus::Exited),
        ] {
            assert_eq!(status(text), expected, "{text}");
        }
    }

    #[test]
    fn docker_ps_lines() {
        let text = concat!(
            r#"{"Command":"\"sh\"","ID":"3dde","Labels":"ecsemu.instance=probe-x,foo=bar","State":"running","Status":"Up"}"#,
            "\n",
            r#"{"ID":"ab12","Labels":"","State":"exited"}"#,
            "\n\n"
        );
        let found = list(Flavor::Docker, text).unwrap();
        assert_eq!(found.len(), 2);
        assert_eq!(found[0].id, "3dde");
        assert_eq!(found[0].status, ContainerStatus::Running);
        assert_eq!(
            found[0].labels,
            BTreeMap::from([
                ("ecsemu.instance".to_owned(), "probe-x".to_owned()),
                ("foo".to_owned(), "bar".to_owned())
            ])
        );
        assert!(found[1].labels.is_empty());
        assert_eq!(found[1].status, ContainerStatus::Exited);
        assert!(list(Flavor::Docker, "").unwrap().is_empty());
        assert!(list(Flavor::Docker, "{oops").is_err());
    }

    #[test]
    fn docker_labels_with_commas_and_equals() {
        assert_eq!(
            docker_labels("a=1,2,b=x=y,c="),
            BTreeMap::from([
                ("a".to_owned(), "1,2".to_owned()),
                ("b".to_owned(), "x=y".to_owned()),
                ("c".to_owned(), String::new()),
            ])
        );
        assert_eq!(
            docker_labels("flag"),
            BTreeMap::from([("flag".to_owned(), String::new())])
        );
    }

    #[test]
    fn podman_ps_array() {
        let text = r#"[
  {"AutoRemove": false, "Command": ["sh"], "Id": "b710", "Labels": {"ecsemu.instance": "probe-x"},
   "Names": ["probe-podman"], "State": "running", "Ports": [{"host_ip": "127.0.0.1",
   "container_port": 8080, "host_port": 41109, "range": 1, "protocol": "tcp"}]},
  {"Id": "c0ff", "Labels": null, "State": "created"}
]"#;
        let found = list(Flavor::Podman, text).unwrap();
        assert_eq!(found.len(), 2);
        assert_eq!(
            found[0].labels.get("ecsemu.instance").map(String::as_str),
            Some("probe-x")
        );
        assert_eq!(found[1].status, ContainerStatus::Created);
        assert!(list(Flavor::Podman, "[]\n").unwrap().is_empty());
        assert!(list(Flavor::Podman, "").unwrap().is_empty());
    }

    #[test]
    fn limits_of_a_process() {
        let limits = "Limit                     Soft Limit           Hard Limit           Units     \n\
                      Max cpu time              unlimited            unlimited            seconds   \n\
                      Max processes             96365                96365                processes \n\
                      Max open files            1024                 20000                files     \n";
        assert_eq!(
            process_limits(limits, Some(32768)),
            vec![
                Ulimit {
                    name: "nofile".into(),
                    soft: 1024,
                    hard: 20000
                },
                Ulimit {
                    name: "nproc".into(),
                    soft: 32768,
                    hard: 32768
                },
            ]
        );
        let unlimited =
            "Max processes             unlimited            unlimited            processes\n";
        assert!(process_limits(unlimited, None).is_empty());
        assert!(process_limits("", None).is_empty());
    }

    #[test]
    fn logs_merge_by_time() {
        let stdout = "2026-11-22T14:41:01.969580214Z out1\n\
                      2026-11-22T14:41:01.969584510Z out2\n\
                      2026-11-22T14:41:01.996127098Z partial";
        let stderr = "2026-11-22T14:41:01.969506083Z err1\n2026-11-22T14:41:01.969584510Z tie\n";
        let merged: Vec<(LogStream, String)> = logs(stdout, stderr)
            .into_iter()
            .map(|l| (l.stream, l.text))
            .collect();
        let expected = [
            (LogStream::Stderr, "err1"),
            (LogStream::Stdout, "out1"),
            (LogStream::Stdout, "out2"),
            (LogStream::Stderr, "tie"),
            (LogStream::Stdout, "partial"),
        ]
        .map(|(stream, text)| (stream, text.to_owned()));
        assert_eq!(merged, expected);
    }

    #[test]
    fn logs_without_timestamps_keep_their_text() {
        let lines = logs("no stamp here\n2026-11-22T14:41:01Z\n", "");
        assert_eq!(lines[0].text, "no stamp here");
        assert_eq!(lines[1].text, "");
        assert!(logs("", "").is_empty());
    }
}
