//! The container event stream: libpod's `/events`, filtered to containers and translated, merged
//! with the health changes our own health checker observes (see `health.rs`).
//!
//! libpod's stream also ends while the service lives on (whenever it rotates its event log);
//! such breaks are bridged by subscribing again and replaying from just before the last event
//! seen, so the caller's stream ends only when Podman is gone or the caller drops it.

use std::collections::VecDeque;
use std::time::{Duration, Instant, SystemTime};

use ecsemu_runtime::{EventKind, EventStream, RuntimeEvent};
use futures::StreamExt;
use podman_api::models::Event;
use podman_api::opts::EventsOpts;
use podman_api::Podman;
use tokio::sync::{broadcast, mpsc};

use crate::error::Failure;

/// Events buffered for a subscriber that is not reading.
const BUFFER: usize = 256;

/// What a libpod container event means for us, before it is completed by an inspection.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Observed {
    Started,
    /// The exit code, when the event carries one.
    Exited(Option<i64>),
    Removed,
}

/// The container id and meaning of a libpod event, if it is one we report.
///
/// `health_status` is not among them: every health change of a container we started comes
/// from our own checker, which drives the checks, so passing Podman's on too would duplicate.
pub(crate) fn observe(event: &Event) -> Option<(String, Observed)> {
    if event.typ != "container" {
        return None;
    }
    let observed = match event.action.as_str() {
        "start" => Observed::Started,
        // libpod says `died`, the Docker-compatible API `die`.
        "died" | "die" => Observed::Exited(
            event
                .actor
                .attributes
                .get("containerExitCode")
                .and_then(|c| c.parse().ok()),
        ),
        "remove" => Observed::Removed,
        _ => return None,
    };
    let id = if event.actor.id.is_empty() {
        event.id.clone()?
    } else {
        event.actor.id.clone()
    };
    Some((id, observed))
}

/// `since` as libpod parses it: Unix seconds with a nanosecond fraction.
pub(crate) fn since_parameter(since: SystemTime) -> String {
    let elapsed = since
        .duration_since(SystemTime::UNIX_EPOCH)
        .unwrap_or_default();
    format!("{}.{:09}", elapsed.as_secs(), elapsed.subsec_nanos())
}

/// Streams container events that happen from `since` on.
///
/// Replaying from `since` closes the gap between subscribing and libpod actually registering
/// the listener, so no event of a container created right after `events()` returns is lost.
/// The stream ends when Podman is gone or the caller drops the stream.
pub(crate) fn subscribe(
    podman: Podman,
    health: broadcast::Receiver<RuntimeEvent>,
    since: SystemTime,
) -> EventStream {
    let (sender, receiver) = mpsc::channel(BUFFER);
    tokio::spawn(forward(podman, health, since, sender));
    Box::pin(futures::stream::unfold(
        receiver,
        |mut receiver| async move { receiver.recv().await.map(|event| (event, receiver)) },
    ))
}

/// How far before the last event seen a resumed subscription replays, for events libpod
/// logged out of time order around the break; duplicates are dropped.
const REPLAY_MARGIN: Duration = Duration::from_secs(1);
/// How long events are remembered to recognise their replays.
const REMEMBER: Duration = Duration::from_secs(10);
/// Resubscriptions in a row that end at once before the stream gives up.
const QUICK_ENDS: u32 = 5;

/// What was already delivered, so that a resumed subscription's replay is not delivered twice.
#[derive(Debug)]
pub(crate) struct Replay {
    since: SystemTime,
    /// (timeNano, container id, action) of recent events, oldest first.
    seen: VecDeque<(u64, String, String)>,
    latest: Option<u64>,
}

impl Replay {
    pub(crate) fn new(since: SystemTime) -> Self {
        Self {
            since,
            seen: VecDeque::new(),
            latest: None,
        }
    }

    /// Whether `event` is new, remembering it if so.
    pub(crate) fn first_time(&mut self, event: &Event) -> bool {
        let key = (
            event.time_nano,
            event.actor.id.clone(),
            event.action.clone(),
        );
        if self.seen.contains(&key) {
            return false;
        }
        let latest = self
            .latest
            .map_or(event.time_nano, |l| l.max(event.time_nano));
        self.latest = Some(latest);
        let horizon = latest.saturating_sub(nanos(REMEMBER));
        while self.seen.front().is_some_and(|(t, _, _)| *t < horizon) {
            self.seen.pop_front();
        }
        self.seen.push_back(key);
        true
    }

    /// Where a resumed subscription starts: a little before the last event seen, never before
    /// the subscriber asked.
    pub(crate) fn resume_from(&self) -> SystemTime {
        self.latest
            .map(|n| SystemTime::UNIX_EPOCH + Duration::from_nanos(n))
            .and_then(|t| t.checked_sub(REPLAY_MARGIN))
            .map_or(self.since, |t| t.max(self.since))
    }
}

fn nanos(d: Duration) -> u64 {
    u64::try_from(d.as_nanos()).unwrap_or(u64::MAX)
}

/// Why one libpod subscription stopped.
enum Ended {
    /// The caller dropped the stream.
    Unsubscribed,
    /// libpod closed or broke the response.
    ByPodman,
}

async fn forward(
    podman: Podman,
    mut health: broadcast::Receiver<RuntimeEvent>,
    since: SystemTime,
    sender: mpsc::Sender<RuntimeEvent>,
) {
    let mut replay = Replay::new(since);
    let mut quick_ends = 0;
    loop {
        let subscribed = Instant::now();
        let from = replay.resume_from();
        if let Ended::Unsubscribed =
            forward_one(&podman, &mut health, from, &mut replay, &sender).await
        {
            return;
        }
        // libpod also ends a follow-up stream when it rotates its event log file (measured on
        // 4.3.1 with the file logger, every 1 MB of events): only a service that is gone ends
        // ours, while a living one is asked again from where this left off.
        if podman.ping().await.is_err() {
            return;
        }
        if subscribed.elapsed() < Duration::from_secs(1) {
            quick_ends += 1;
            if quick_ends > QUICK_ENDS {
                tracing::warn!("podman keeps ending the event stream; giving up");
                return;
            }
            tokio::time::sleep(Duration::from_millis(100) * quick_ends).await;
        } else {
            quick_ends = 0;
        }
        tracing::debug!("podman ended the event stream; resubscribing");
    }
}

/// Forwards one libpod subscription's events, and the health changes meanwhile.
async fn forward_one(
    podman: &Podman,
    health: &mut broadcast::Receiver<RuntimeEvent>,
    since: SystemTime,
    replay: &mut Replay,
    sender: &mpsc::Sender<RuntimeEvent>,
) -> Ended {
    let opts = EventsOpts::builder()
        .since(since_parameter(since))
        .stream(true)
        .filters([("type".to_owned(), vec!["container".to_owned()])])
        .build();
    let mut events = podman.events(&opts);
    let mut health_open = true;
    loop {
        let event = tokio::select! {
            item = events.next() => match item {
                None => return Ended::ByPodman,
                Some(Ok(event)) => match observe(&event) {
                    Some((id, observed)) if replay.first_time(&event) => {
                        complete(podman, id, observed).await
                    }
                    _ => continue,
                },
                Some(Err(error)) => match Failure::of(&error) {
                    Failure::Unreachable(message) => {
                        tracing::debug!("podman event stream broke: {message}");
                        return Ended::ByPodman;
                    }
                    // One event we cannot parse is no reason to lose the rest.
                    other => {
                        tracing::debug!("skipping a podman event: {}", other.message());
                        continue;
                    }
                },
            },
            changed = health.recv(), if health_open => match changed {
                Ok(event) => event,
                Err(broadcast::error::RecvError::Lagged(missed)) => {
                    tracing::warn!("event subscriber missed {missed} health changes");
                    continue;
                }
                Err(broadcast::error::RecvError::Closed) => {
                    health_open = false;
                    continue;
                }
            },
            () = sender.closed() => return Ended::Unsubscribed,
        };
        if sender.send(event).await.is_err() {
            return Ended::Unsubscribed;
        }
    }
}

/// Turns an observation into an event, asking Podman for what the event does not say: whether
/// the kernel's OOM killer ended the container (libpod has no `oom` event of its own).
async fn complete(podman: &Podman, id: String, observed: Observed) -> RuntimeEvent {
    let kind = match observed {
        Observed::Started => EventKind::Started,
        Observed::Removed => EventKind::Removed,
        Observed::Exited(code) => {
            let state = podman.containers().get(id.as_str()).inspect().await.ok();
            let state = state.as_ref().and_then(|data| data.state.as_ref());
            EventKind::Exited {
                exit_code: code
                    .or_else(|| state.and_then(|s| s.exit_code).map(i64::from))
                    .unwrap_or_default(),
                oom_killed: state.and_then(|s| s.oom_killed).unwrap_or(false),
            }
        }
    };
    RuntimeEvent {
        container_id: id,
        kind,
    }
}

#[cfg(test)]
mod tests {
    use std::time::Duration;

    use serde_json::json;

    use super::*;

    fn event(action: &str, attributes: &serde_json::Value) -> Event {
        serde_json::from_value(json!({
            "status": action,
            "id": "abc",
            "from": "busybox",
            "Type": "container",
            "Action": action,
            "Actor": {"ID": "abc", "Attributes": attributes},
            "scope": "local",
            "time": 1,
            "timeNano": 1_000_000_000_u64,
        }))
        .unwrap()
    }

    #[test]
    fn translates_the_events_we_report() {
        assert_eq!(
            observe(&event("start", &json!({}))),
            Some(("abc".into(), Observed::Started))
        );
        assert_eq!(
            observe(&event("died", &json!({"containerExitCode": "3"}))),
            Some(("abc".into(), Observed::Exited(Some(3))))
        );
        assert_eq!(
            observe(&event("die", &json!({}))),
            Some(("abc".into(), Observed::Exited(None)))
        );
        assert_eq!(
            observe(&event("remove", &json!({}))),
            Some(("abc".into(), Observed::Removed))
        );
    }

    #[test]
    fn ignores_the_rest() {
        for action in [
            "create",
            "init",
            "attach",
            "cleanup",
            "health_status",
            "exec",
        ] {
            assert_eq!(observe(&event(action, &json!({}))), None, "{action}");
        }
        let mut image = event("remove", &json!({}));
        image.typ = "image".into();
        assert_eq!(observe(&image), None);
    }

    fn at(action: &str, id: &str, time_nano: u64) -> Event {
        let mut event = event(action, &json!({}));
        event.actor.id = id.into();
        event.time_nano = time_nano;
        event
    }

    #[test]
    fn replays_are_delivered_once() {
        let since = SystemTime::UNIX_EPOCH + Duration::from_secs(100);
        let mut replay = Replay::new(since);
        assert_eq!(replay.resume_from(), since, "nothing seen yet");
        let start = at("start", "a", 105_000_000_000);
        let died = at("died", "a", 105_500_000_000);
        assert!(replay.first_time(&start));
        assert!(replay.first_time(&died));
        assert!(!replay.first_time(&start), "a replay");
        assert!(replay.first_time(&at("died", "b", 105_500_000_000)));
        assert_eq!(
            replay.resume_from(),
            SystemTime::UNIX_EPOCH + Duration::from_millis(104_500)
        );
        // Long-past events are forgotten; the resumed subscription starts after them anyway.
        assert!(replay.first_time(&at("start", "c", 200_000_000_000)));
        assert!(replay.seen.iter().all(|(t, _, _)| *t >= 190_000_000_000));
    }

    #[test]
    fn resuming_never_goes_before_the_subscription() {
        let since = SystemTime::UNIX_EPOCH + Duration::from_secs(100);
        let mut replay = Replay::new(since);
        assert!(replay.first_time(&at("start", "a", 100_200_000_000)));
        assert_eq!(replay.resume_from(), since);
    }

    #[test]
    fn since_has_nanosecond_precision() {
        let at = SystemTime::UNIX_EPOCH + Duration::new(1_700_000_000, 5);
        assert_eq!(since_parameter(at), "1700000000.000000005");
    }
}
