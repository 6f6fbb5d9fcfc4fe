//! Docker's view of a container, in the trait's terms.

use std::collections::BTreeMap;

use bollard::models::{
    ContainerInspectResponse, ContainerStateStatusEnum, ContainerSummary as DockerSummary,
    ContainerSummaryStateEnum, HealthStatusEnum, PortMap,
};
use ecsemu_runtime::{
    ContainerState, ContainerStatus, ContainerSummary, HealthState, PortProtocol, PublishedPort,
};

pub(crate) fn container_state(inspect: &ContainerInspectResponse) -> ContainerState {
    let state = inspect.state.clone().unwrap_or_default();
    let status = match state.status {
        None | Some(ContainerStateStatusEnum::EMPTY | ContainerStateStatusEnum::CREATED) => {
            ContainerStatus::Created
        }
        // The process still exists in all of these.
        Some(
            ContainerStateStatusEnum::RUNNING
            | ContainerStateStatusEnum::PAUSED
            | ContainerStateStatusEnum::RESTARTING
            | ContainerStateStatusEnum::STOPPING,
        ) => ContainerStatus::Running,
        Some(
            ContainerStateStatusEnum::EXITED
            | ContainerStateStatusEnum::DEAD
            | ContainerStateStatusEnum::REMOVING,
        ) => ContainerStatus::Exited,
    };
    let error = state.error.filter(|e| !e.is_empty());
    // Docker reports 0 for a container that has not exited; a container that failed to start
    // stays "created" but carries the code (127, 126) next to its error.
    let exit_code = state
        .exit_code
        .filter(|_| status == ContainerStatus::Exited || error.is_some());
    ContainerState {
        status,
        exit_code,
        oom_killed: state.oom_killed.unwrap_or(false),
        health: state.health.and_then(|h| h.status).and_then(health_state),
        started_at: state
            .started_at
            .as_deref()
            .and_then(ecsemu_runtime::time::parse_rfc3339),
        finished_at: state
            .finished_at
            .as_deref()
            .and_then(ecsemu_runtime::time::parse_rfc3339),
        ports: published_ports(inspect),
        error,
    }
}

pub(crate) fn health_state(status: HealthStatusEnum) -> Option<HealthState> {
    match status {
        HealthStatusEnum::STARTING => Some(HealthState::Starting),
        HealthStatusEnum::HEALTHY => Some(HealthState::Healthy),
        HealthStatusEnum::UNHEALTHY => Some(HealthState::Unhealthy),
        HealthStatusEnum::EMPTY | HealthStatusEnum::NONE => None,
    }
}

/// The ports Docker bound; for a container that is not running (and so has bound nothing)
/// the ones it was asked for.
fn published_ports(inspect: &ContainerInspectResponse) -> Vec<PublishedPort> {
    let bound = inspect
        .network_settings
        .as_ref()
        .and_then(|n| n.ports.as_ref())
        .map(ports_of)
        .unwrap_or_default();
    if !bound.is_empty() {
        return bound;
    }
    inspect
        .host_config
        .as_ref()
        .and_then(|h| h.port_bindings.as_ref())
        .map(ports_of)
        .unwrap_or_default()
}

fn ports_of(map: &PortMap) -> Vec<PublishedPort> {
    let mut ports: Vec<PublishedPort> = map
        .iter()
        .filter_map(|(key, bindings)| Some((parse_port_key(key)?, bindings.as_ref()?)))
        .flat_map(|((container_port, protocol), bindings)| {
            bindings.iter().map(move |b| PublishedPort {
                container_port,
                host_port: b
                    .host_port
                    .as_deref()
                    .and_then(|p| p.parse().ok())
                    .filter(|p| *p != 0),
                protocol,
                host_ip: b.host_ip.clone().unwrap_or_default(),
            })
        })
        .collect();
    // The map has no order; a stable one keeps callers and their tests deterministic.
    ports.sort_by(|a, b| {
        (a.container_port, a.protocol.as_str(), &a.host_ip).cmp(&(
            b.container_port,
            b.protocol.as_str(),
            &b.host_ip,
        ))
    });
    ports
}

/// `8080/tcp` => (8080, tcp); protocols ecsemu cannot publish (sctp) are skipped.
fn parse_port_key(key: &str) -> Option<(u16, PortProtocol)> {
    let (port, protocol) = key.split_once('/').unwrap_or((key, "tcp"));
    let protocol = match protocol {
        "tcp" => PortProtocol::Tcp,
        "udp" => PortProtocol::Udp,
        _ => return None,
    };
    Some((port.parse().ok()?, protocol))
}

pub(crate) fn summary(container: DockerSummary) -> Option<ContainerSummary> {
    let state = container.state.unwrap_or(ContainerSummaryStateEnum::EMPTY);
    let status = match state {
        ContainerSummaryStateEnum::EMPTY | ContainerSummaryStateEnum::CREATED => {
            ContainerStatus::Created
        }
        ContainerSummaryStateEnum::RUNNING
        | ContainerSummaryStateEnum::PAUSED
        | ContainerSummaryStateEnum::RESTARTING
        | ContainerSummaryStateEnum::STOPPING => ContainerStatus::Running,
        ContainerSummaryStateEnum::EXITED
        | ContainerSummaryStateEnum::DEAD
        | ContainerSummaryStateEnum::REMOVING => ContainerStatus::Exited,
    };
    Some(ContainerSummary {
        id: container.id?,
        labels: container
            .labels
            .unwrap_or_default()
            .into_iter()
            .collect::<BTreeMap<_, _>>(),
        status,
    })
}

#[cfg(test)]
mod tests {
    use bollard::models::{
        ContainerState as DockerState, Health, HostConfig, NetworkSettings, PortBinding,
    };

    use std::time::{Duration, SystemTime};

    use super::*;

    fn at(seconds: u64, nanos: u32) -> SystemTime {
        SystemTime::UNIX_EPOCH + Duration::new(seconds, nanos)
    }

    fn inspect(status: ContainerStateStatusEnum, exit_code: i64) -> ContainerInspectResponse {
        ContainerInspectResponse {
            state: Some(DockerState {
                status: Some(status),
                exit_code: Some(exit_code),
                oom_killed: Some(false),
                error: Some(String::new()),
                started_at: Some("2024-01-01T00:00:01Z".into()),
                finished_at: Some("0001-01-01T00:00:00Z".into()),
                ..DockerState::default()
            }),
            ..ContainerInspectResponse::default()
        }
    }

    #[test]
    fn a_running_container_has_no_exit_code_or_finish() {
        let state = container_state(&inspect(ContainerStateStatusEnum::RUNNING, 0));
        assert_eq!(state.status, ContainerStatus::Running);
        assert_eq!(state.exit_code, None);
        assert_eq!(state.started_at, Some(at(1_704_067_201, 0)));
        assert_eq!(state.finished_at, None);
        assert_eq!(state.error, None);
        assert_eq!(state.health, None);
    }

    #[test]
    fn an_exited_container_reports_its_code_and_oom() {
        let mut response = inspect(ContainerStateStatusEnum::EXITED, 137);
        if let Some(state) = response.state.as_mut() {
            state.oom_killed = Some(true);
            state.finished_at = Some("2024-01-01T00:00:02Z".into());
            state.health = Some(Health {
                status: Some(HealthStatusEnum::UNHEALTHY),
                ..Health::default()
            });
        }
        let state = container_state(&response);
        assert_eq!(state.status, ContainerStatus::Exited);
        assert_eq!(state.exit_code, Some(137));
        assert!(state.oom_killed);
        assert_eq!(state.finished_at, Some(at(1_704_067_202, 0)));
        assert_eq!(state.health, Some(HealthState::Unhealthy));
    }

    #[test]
    fn a_container_that_failed_to_start_keeps_its_error_and_code() {
        let mut response = inspect(ContainerStateStatusEnum::CREATED, 127);
        if let Some(state) = response.state.as_mut() {
            state.error = Some("exec: \"nope\": executable file not found".into());
        }
        let state = container_state(&response);
        assert_eq!(state.status, ContainerStatus::Created);
        assert_eq!(state.exit_code, Some(127));
        assert!(state.error.is_some_and(|e| e.contains("nope")));
    }

    #[test]
    fn health_states_map_and_none_is_no_health() {
        assert_eq!(
            health_state(HealthStatusEnum::STARTING),
            Some(HealthState::Starting)
        );
        assert_eq!(
            health_state(HealthStatusEnum::HEALTHY),
            Some(HealthState::Healthy)
        );
        assert_eq!(health_state(HealthStatusEnum::NONE), None);
    }

    fn binding(ip: &str, port: &str) -> PortBinding {
        PortBinding {
            host_ip: Some(ip.into()),
            host_port: Some(port.into()),
        }
    }

    #[test]
    fn bound_ports_come_from_the_network_settings() {
        let response = ContainerInspectResponse {
            network_settings: Some(NetworkSettings {
                ports: Some(PortMap::from([
                    (
                        "8080/tcp".to_owned(),
                        Some(vec![binding("127.0.0.1", "49153")]),
                    ),
                    ("9000/tcp".to_owned(), None),
                    (
                        "53/udp".to_owned(),
                        Some(vec![binding("127.0.0.1", "5353")]),
                    ),
                    ("132/sctp".to_owned(), Some(vec![binding("0.0.0.0", "132")])),
                ])),
                ..NetworkSettings::default()
            }),
            host_config: Some(HostConfig {
                port_bindings: Some(PortMap::from([(
                    "8080/tcp".to_owned(),
                    Some(vec![binding("127.0.0.1", "")]),
                )])),
                ..HostConfig::default()
            }),
            ..ContainerInspectResponse::default()
        };
        assert_eq!(
            container_state(&response).ports,
            vec![
                PublishedPort {
                    container_port: 53,
                    host_port: Some(5353),
                    protocol: PortProtocol::Udp,
                    host_ip: "127.0.0.1".into(),
                },
                PublishedPort {
                    container_port: 8080,
                    host_port: Some(49153),
                    protocol: PortProtocol::Tcp,
                    host_ip: "127.0.0.1".into(),
                },
            ]
        );
    }

    #[test]
    fn a_stopped_container_reports_the_ports_it_asked_for() {
        let response = ContainerInspectResponse {
            host_config: Some(HostConfig {
                port_bindings: Some(PortMap::from([(
                    "8080/tcp".to_owned(),
                    Some(vec![binding("127.0.0.1", "")]),
                )])),
                ..HostConfig::default()
            }),
            ..ContainerInspectResponse::default()
        };
        assert_eq!(
            container_state(&response).ports,
            vec![PublishedPort {
                container_port: 8080,
                host_port: None,
                protocol: PortProtocol::Tcp,
                host_ip: "127.0.0.1".into(),
            }]
        );
    }

    #[test]
    fn summaries_need_an_id() {
        let found = summary(DockerSummary {
            id: Some("abc".into()),
            labels: Some([("k".to_owned(), "v".to_owned())].into()),
            state: Some(ContainerSummaryStateEnum::EXITED),
            ..DockerSummary::default()
        });
        assert_eq!(
            found,
            Some(ContainerSummary {
                id: "abc".into(),
                labels: BTreeMap::from([("k".into(), "v".into())]),
                status: ContainerStatus::Exited,
            })
        );
        assert_eq!(summary(DockerSummary::default()), None);
        let stateless = summary(DockerSummary {
            id: Some("abc".into()),
            ..DockerSummary::default()
        });
        assert_eq!(stateless.map(|s| s.status), Some(ContainerStatus::Created));
    }
}
