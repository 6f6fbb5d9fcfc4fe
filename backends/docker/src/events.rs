//! Docker's event stream, in the trait's terms.

use std::collections::{HashMap, HashSet};
use std::time::{SystemTime, UNIX_EPOCH};

use bollard::models::{EventMessage, HealthStatusEnum};
use ecsemu_runtime::{EventKind, RuntimeEvent};

use crate::state::health_state;

/// The container actions `EventMapper` understands, for the daemon-side filter. Docker matches
/// `health_status` against its `health_status: <state>` actions by prefix.
pub(crate) const ACTIONS: &[&str] = &["start", "die", "oom", "health_status", "destroy"];

/// The filters of the event subscription: container events of `ACTIONS` only.
pub(crate) fn filters() -> HashMap<&'static str, Vec<&'static str>> {
    HashMap::from([("type", vec!["container"]), ("event", ACTIONS.to_vec())])
}

/// Docker's `since` parameter: `seconds.nanoseconds` since the epoch.
pub(crate) fn since_parameter(time: SystemTime) -> String {
    let since = time.duration_since(UNIX_EPOCH).unwrap_or_default();
    format!("{}.{:09}", since.as_secs(), since.subsec_nanos())
}

/// Maps Docker events to runtime events, remembering what it needs across events.
#[derive(Debug, Default)]
pub(crate) struct EventMapper {
    /// Containers that ran out of memory since they last started: Docker reports `oom` just
    /// before the `die` it causes, and a `die` itself does not say why.
    out_of_memory: HashSet<String>,
}

impl EventMapper {
    pub(crate) fn map(&mut self, message: EventMessage) -> Option<RuntimeEvent> {
        let actor = message.actor?;
        let container_id = actor.id.filter(|id| !id.is_empty())?;
        let attributes = actor.attributes.unwrap_or_default();
        let action = message.action?;
        let kind = match action.as_str() {
            "start" => {
                self.out_of_memory.remove(&container_id);
                EventKind::Started
            }
            "oom" => {
                self.out_of_memory.insert(container_id);
                return None;
            }
            "die" => EventKind::Exited {
                exit_code: attributes.get("exitCode")?.parse().ok()?,
                oom_killed: self.out_of_memory.remove(&container_id),
            },
            "destroy" => {
                self.out_of_memory.remove(&container_id);
                EventKind::Removed
            }
            other => {
                let status = other
                    .strip_prefix("health_status")?
                    .trim_start_matches(':')
                    .trim();
                // Newer daemons may carry the state as an attribute of a bare action.
                let status = if status.is_empty() {
                    attributes.get("health_status")?.as_str()
                } else {
                    status
                };
                EventKind::Health(health_state(status.parse::<HealthStatusEnum>().ok()?)?)
            }
        };
        Some(RuntimeEvent { container_id, kind })
    }
}

#[cfg(test)]
mod tests {
    use bollard::models::{EventActor, EventMessageTypeEnum};
    use ecsemu_runtime::HealthState;

    use super::*;

    fn event(action: &str, id: &str, attributes: &[(&str, &str)]) -> EventMessage {
        EventMessage {
            typ: Some(EventMessageTypeEnum::CONTAINER),
            action: Some(action.to_owned()),
            actor: Some(EventActor {
                id: Some(id.to_owned()),
                attributes: Some(
                    attributes
                        .iter()
                        .map(|(k, v)| ((*k).to_owned(), (*v).to_owned()))
                        .collect(),
                ),
            }),
            ..EventMessage::default()
        }
    }

    fn kind(mapper: &mut EventMapper, message: EventMessage) -> Option<EventKind> {
        mapper.map(message).map(|e| e.kind)
    }

    #[test]
    fn maps_the_lifecycle() {
        let mut mapper = EventMapper::default();
        assert_eq!(
            mapper.map(event("start", "c1", &[("image", "busybox")])),
            Some(RuntimeEvent {
                container_id: "c1".into(),
                kind: EventKind::Started,
            })
        );
        assert_eq!(
            kind(&mut mapper, event("die", "c1", &[("exitCode", "3")])),
            Some(EventKind::Exited {
                exit_code: 3,
                oom_killed: false,
            })
        );
        assert_eq!(
            kind(&mut mapper, event("destroy", "c1", &[])),
            Some(EventKind::Removed)
        );
    }

    #[test]
    fn an_oom_before_a_die_marks_that_exit_only() {
        let mut mapper = EventMapper::default();
        assert_eq!(kind(&mut mapper, event("oom", "c1", &[])), None);
        assert_eq!(
            kind(&mut mapper, event("die", "c2", &[("exitCode", "0")])),
            Some(EventKind::Exited {
                exit_code: 0,
                oom_killed: false,
            })
        );
        assert_eq!(
            kind(&mut mapper, event("die", "c1", &[("exitCode", "137")])),
            Some(EventKind::Exited {
                exit_code: 137,
                oom_killed: true,
            })
        );
        assert_eq!(
            kind(&mut mapper, event("die", "c1", &[("exitCode", "137")])),
            Some(EventKind::Exited {
                exit_code: 137,
                oom_killed: false,
            })
        );
    }

    #[test]
    fn a_restart_forgets_an_earlier_oom() {
        let mut mapper = EventMapper::default();
        mapper.map(event("oom", "c1", &[]));
        mapper.map(event("start", "c1", &[]));
        assert_eq!(
            kind(&mut mapper, event("die", "c1", &[("exitCode", "1")])),
            Some(EventKind::Exited {
                exit_code: 1,
                oom_killed: false,
            })
        );
    }

    #[test]
    fn maps_health_changes() {
        let mut mapper = EventMapper::default();
        for (action, health) in [
            ("health_status: healthy", HealthState::Healthy),
            ("health_status: unhealthy", HealthState::Unhealthy),
            ("health_status: starting", HealthState::Starting),
        ] {
            assert_eq!(
                kind(&mut mapper, event(action, "c1", &[])),
                Some(EventKind::Health(health))
            );
        }
        assert_eq!(
            kind(
                &mut mapper,
                event("health_status", "c1", &[("health_status", "healthy")])
            ),
            Some(EventKind::Health(HealthState::Healthy))
        );
    }

    #[test]
    fn ignores_what_it_cannot_read() {
        let mut mapper = EventMapper::default();
        assert_eq!(kind(&mut mapper, event("die", "c1", &[])), None);
        assert_eq!(
            kind(&mut mapper, event("die", "c1", &[("exitCode", "x")])),
            None
        );
        assert_eq!(
            kind(&mut mapper, event("health_status: dizzy", "c1", &[])),
            None
        );
        assert_eq!(kind(&mut mapper, event("health_status", "c1", &[])), None);
        assert_eq!(kind(&mut mapper, event("exec_start: sh", "c1", &[])), None);
        assert_eq!(kind(&mut mapper, event("start", "", &[])), None);
        assert_eq!(kind(&mut mapper, EventMessage::default()), None);
    }

    #[test]
    fn subscribes_to_exactly_the_mapped_actions() {
        let filters = filters();
        assert_eq!(filters["type"], ["container"]);
        assert_eq!(
            filters["event"],
            ["start", "die", "oom", "health_status", "destroy"]
        );
    }

    #[test]
    fn since_is_seconds_and_nanoseconds() {
        let time = UNIX_EPOCH + std::time::Duration::new(1_700_000_000, 5);
        assert_eq!(since_parameter(time), "1700000000.000000005");
    }
}
