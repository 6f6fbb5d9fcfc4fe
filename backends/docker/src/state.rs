//! Docker's view of a container, in the trait's terms.

use std::collections::BTreeMap;
use std::time::{Duration, SystemTime};

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
        started_at: state.started_at.as_deref().and_then(parse_time),
        finished_at: state.finished_at.as_deref().and_then(parse_time),
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

/// Parses Docker's RFC 3339 times (`2024-05-01T10:00:00.123456789Z`). Docker writes year 1
/// for a time that has not happened yet, which is `None` here, as is anything unparsable.
pub(crate) fn parse_time(text: &str) -> Option<SystemTime> {
    let (date, rest) = text.split_once('T')?;
    let mut date_parts = date.splitn(3, '-');
    let year: i64 = date_parts.next()?.parse().ok()?;
    let month: u32 = date_parts.next()?.parse().ok()?;
    let day: u32 = date_parts.next()?.parse().ok()?;
    if year < 1970 || !(1..=12).contains(&month) || !(1..=31).contains(&day) {
        return None;
    }
    let (clock, offset_seconds) = split_offset(rest)?;
    let (hms, fraction) = clock.split_once('.').unwrap_or((clock, ""));
    let mut hms_parts = hms.splitn(3, ':');
    let hour: i64 = hms_parts.next()?.parse().ok()?;
    let minute: i64 = hms_parts.next()?.parse().ok()?;
    let second: i64 = hms_parts.next()?.parse().ok()?;
    let nanos = parse_fraction(fraction)?;
    let seconds = days_from_civil(year, month, day) * 86_400 + hour * 3600 + minute * 60 + second
        - offset_seconds;
    let seconds = u64::try_from(seconds).ok()?;
    SystemTime::UNIX_EPOCH.checked_add(Duration::new(seconds, nanos))
}

/// Splits `HH:MM:SS.fff` from its zone (`Z`, `+02:00`, `-05:30`) and gives the zone's offset.
fn split_offset(rest: &str) -> Option<(&str, i64)> {
    if let Some(clock) = rest.strip_suffix('Z').or_else(|| rest.strip_suffix('z')) {
        return Some((clock, 0));
    }
    let at = rest.rfind(['+', '-'])?;
    let (clock, zone) = rest.split_at(at);
    let sign = if zone.starts_with('-') { -1 } else { 1 };
    let (hours, minutes) = zone.get(1..)?.split_once(':')?;
    let hours: i64 = hours.parse().ok()?;
    let minutes: i64 = minutes.parse().ok()?;
    Some((clock, sign * (hours * 3600 + minutes * 60)))
}

fn parse_fraction(fraction: &str) -> Option<u32> {
    if fraction.is_empty() {
        return Some(0);
    }
    if fraction.len() > 9 || !fraction.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let digits: u32 = fraction.parse().ok()?;
    Some(digits * 10u32.pow(9 - fraction.len() as u32))
}

/// Days since 1970-01-01 of a proleptic Gregorian date (Howard Hinnant's algorithm).
fn days_from_civil(year: i64, month: u32, day: u32) -> i64 {
    let year = if month <= 2 { year - 1 } else { year };
    let era = year.div_euclid(400);
    let year_of_era = year - era * 400;
    let month = i64::from(month);
    let shifted_month = if month > 2 { month - 3 } else { month + 9 };
    let day_of_year = (153 * shifted_month + 2) / 5 + i64::from(day) - 1;
    let day_of_era = year_of_era * 365 + year_of_era / 4 - year_of_era / 100 + day_of_year;
    era * 146_097 + day_of_era - 719_468
}

#[cfg(test)]
mod tests {
    use bollard::models::{
        ContainerState as DockerState, Health, HostConfig, NetworkSettings, PortBinding,
    };

    use super::*;

    fn at(seconds: u64, nanos: u32) -> SystemTime {
        SystemTime::UNIX_EPOCH + Duration::new(seconds, nanos)
    }

    #[test]
    fn parses_docker_times() {
        assert_eq!(parse_time("1970-01-01T00:00:00Z"), Some(at(0, 0)));
        assert_eq!(
            parse_time("2024-02-29T12:34:56.123456789Z"),
            Some(at(1_709_210_096, 123_456_789))
        );
        assert_eq!(
            parse_time("2024-02-29T12:34:56.5Z"),
            Some(at(1_709_210_096, 500_000_000))
        );
        assert_eq!(
            parse_time("2024-02-29T14:34:56+02:00"),
            Some(at(1_709_210_096, 0))
        );
        assert_eq!(
            parse_time("2024-02-29T07:04:56.25-05:30"),
            Some(at(1_709_210_096, 250_000_000))
        );
    }

    #[test]
    fn unset_and_garbled_times_are_none() {
        assert_eq!(parse_time("0001-01-01T00:00:00Z"), None);
        assert_eq!(parse_time(""), None);
        assert_eq!(parse_time("yesterday"), None);
        assert_eq!(parse_time("2024-13-01T00:00:00Z"), None);
        assert_eq!(parse_time("2024-01-01T00:00:00.1234567890Z"), None);
        assert_eq!(parse_time("2024-01-01T00:00:00"), None);
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
