//! The event stream: one long-running `events` child per subscription, read line by line.
//!
//! A background task owns the child and feeds a channel; when the subscriber drops the stream
//! the task notices and kills the child. When the child exits on its own the channel closes
//! and the stream ends, which tells the caller to re-subscribe and resync; except that a
//! Podman child exits at every rotation of Podman's event log, and is simply restarted.

use std::collections::{HashMap, HashSet};
use std::time::{Duration, Instant, SystemTime};

use ecsemu_runtime::{EventKind, EventStream, HealthState, RuntimeError, RuntimeEvent};
use serde::Deserialize;
use tokio::io::{AsyncBufReadExt, AsyncRead, AsyncReadExt, BufReader};
use tokio::process::{Child, ChildStdout};
use tokio::sync::{broadcast, mpsc};
use tokio::task::JoinHandle;

use crate::argv;
use crate::parse;
use crate::process::{Cli, Flavor};

/// What one event line says happened to a container, in the CLI's terms.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Action {
    Started,
    /// The exit code when the event carried one.
    Died(Option<i64>),
    Oom,
    Health(HealthState),
    Removed,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Parsed {
    pub(crate) id: String,
    pub(crate) action: Action,
}

#[derive(Deserialize, Default)]
#[serde(default)]
struct DockerEvent {
    #[serde(rename = "Type")]
    kind: Option<String>,
    #[serde(rename = "Action")]
    action: Option<String>,
    /// The pre-1.22 names of `Action` and `Actor.ID`, which newer daemons no longer send.
    status: Option<String>,
    id: Option<String>,
    #[serde(rename = "Actor")]
    actor: Option<Actor>,
}

#[derive(Deserialize, Default)]
#[serde(default)]
struct Actor {
    #[serde(rename = "ID")]
    id: String,
    #[serde(rename = "Attributes")]
    attributes: HashMap<String, serde_json::Value>,
}

#[derive(Deserialize, Default)]
#[serde(default)]
struct PodmanEvent {
    #[serde(rename = "ID")]
    id: String,
    #[serde(rename = "Type")]
    kind: Option<String>,
    #[serde(rename = "Status")]
    status: String,
    /// Left out when zero.
    #[serde(rename = "ContainerExitCode")]
    exit_code: Option<i64>,
    health_status: Option<String>,
}

/// One line of `events` output; `None` for events that do not matter here and for lines that
/// are not events at all.
pub(crate) fn parse(flavor: Flavor, line: &str) -> Option<Parsed> {
    match flavor {
        Flavor::Docker => parse_docker(line),
        Flavor::Podman => parse_podman(line),
    }
}

fn parse_docker(line: &str) -> Option<Parsed> {
    let event: DockerEvent = serde_json::from_str(line).ok()?;
    if event.kind.as_deref().is_some_and(|k| k != "container") {
        return None;
    }
    let name = event.action.or(event.status)?;
    let (id, attributes) = match event.actor {
        Some(actor) if !actor.id.is_empty() => (actor.id, actor.attributes),
        Some(actor) => (event.id?, actor.attributes),
        None => (event.id?, HashMap::new()),
    };
    let action = match name.as_str() {
        "start" => Action::Started,
        "die" => Action::Died(attributes.get("exitCode").and_then(integer)),
        "oom" => Action::Oom,
        "destroy" => Action::Removed,
        other => Action::Health(parse::health(other.strip_prefix("health_status:")?.trim())?),
    };
    Some(Parsed { id, action })
}

/// Docker sends attributes as strings; accept numbers too.
fn integer(value: &serde_json::Value) -> Option<i64> {
    match value {
        serde_json::Value::String(text) => text.trim().parse().ok(),
        other => other.as_i64(),
    }
}

fn parse_podman(line: &str) -> Option<Parsed> {
    let event: PodmanEvent = serde_json::from_str(line).ok()?;
    if event.id.is_empty() || event.kind.as_deref().is_some_and(|k| k != "container") {
        return None;
    }
    let action = match event.status.as_str() {
        "start" => Action::Started,
        "died" | "die" => Action::Died(Some(event.exit_code.unwrap_or(0))),
        "oom" => Action::Oom,
        "remove" | "destroy" => Action::Removed,
        "health_status" => Action::Health(parse::health(event.health_status.as_deref()?)?),
        _ => return None,
    };
    Some(Parsed {
        id: event.id,
        action,
    })
}

/// Starts an `events` child and returns its events as a stream, merged with `health` (the
/// health checks this crate runs itself, for Podman).
pub(crate) fn subscribe(
    cli: Cli,
    health: Option<broadcast::Receiver<RuntimeEvent>>,
) -> Result<EventStream, RuntimeError> {
    // From now on, so events between this call and the child connecting are not lost.
    let since = SystemTime::now();
    let watcher = Watcher::spawn(&cli, since)?;
    let (sender, receiver) = mpsc::channel(256);
    let mut subscription = Subscription {
        cli,
        health,
        sender,
        oom_killed: HashSet::new(),
        last_seen: None,
    };
    tokio::spawn(async move { subscription.run(watcher, since).await });
    Ok(Box::pin(futures::stream::unfold(
        receiver,
        |mut receiver| async move { receiver.recv().await.map(|event| (event, receiver)) },
    )))
}

/// A running `events` child.
struct Watcher {
    child: Child,
    stdout: BufReader<ChildStdout>,
    stderr: Option<JoinHandle<String>>,
    started: Instant,
}

impl Watcher {
    fn spawn(cli: &Cli, since: SystemTime) -> Result<Self, RuntimeError> {
        let args = argv::events(cli.flavor, since);
        let mut child = cli
            .command(&args)
            .spawn()
            .map_err(|e| cli.spawn_error(&e))?;
        let stdout = child
            .stdout
            .take()
            .ok_or_else(|| RuntimeError::Unreachable("events: no stdout pipe".to_owned()))?;
        let stderr = child.stderr.take().map(|pipe| tokio::spawn(drain(pipe)));
        Ok(Self {
            child,
            stdout: BufReader::new(stdout),
            stderr,
            started: Instant::now(),
        })
    }
}

/// What one subscription keeps across the `events` children it runs.
struct Subscription {
    cli: Cli,
    health: Option<broadcast::Receiver<RuntimeEvent>>,
    sender: mpsc::Sender<RuntimeEvent>,
    /// Containers Docker announced an OOM kill for, whose exit has not come yet.
    oom_killed: HashSet<String>,
    /// When the newest event Podman printed happened.
    last_seen: Option<SystemTime>,
}

impl Subscription {
    async fn run(&mut self, mut watcher: Watcher, mut since: SystemTime) {
        let mut quick_exits = 0;
        loop {
            let subscriber_left = self.pump(&mut watcher.stdout).await;
            // A subscriber that left takes the child with it; either way reap it.
            let _ = watcher.child.start_kill();
            let status = watcher.child.wait().await;
            if subscriber_left {
                return;
            }
            // Podman's `events` exits, successfully, whenever Podman rotates its event log
            // (every megabyte or so of events): that is no runtime going away, so carry on
            // from the last event seen, unless it keeps exiting at once.
            quick_exits = if watcher.started.elapsed() < QUICK_EXIT {
                quick_exits + 1
            } else {
                0
            };
            let rotated = self.cli.flavor == Flavor::Podman
                && status.as_ref().is_ok_and(std::process::ExitStatus::success);
            if rotated && quick_exits < MAX_QUICK_EXITS {
                since = self
                    .last_seen
                    .map_or(since, |seen| seen + Duration::from_micros(1));
                match Watcher::spawn(&self.cli, since) {
                    Ok(next) => {
                        watcher = next;
                        continue;
                    }
                    Err(error) => {
                        tracing::warn!(%error, "restarting `podman events` failed");
                        return;
                    }
                }
            }
            let stderr = match watcher.stderr.take() {
                Some(task) => task.await.unwrap_or_default(),
                None => String::new(),
            };
            tracing::warn!(
                status = ?status,
                stderr = %stderr.trim(),
                "`{} events` ended", self.cli.flavor.name()
            );
            return;
        }
    }

    /// Forwards events until the child's output ends (false) or the subscriber leaves (true).
    async fn pump(&mut self, stdout: &mut BufReader<ChildStdout>) -> bool {
        let mut line = Vec::new();
        loop {
            let event = tokio::select! {
                () = self.sender.closed() => return true,
                read = stdout.read_until(b'\n', &mut line) => match read {
                    Ok(0) | Err(_) => return false,
                    Ok(_) => {
                        let event = self.translate(&line).await;
                        line.clear();
                        event
                    }
                },
                received = next_health(&mut self.health) => received,
            };
            if let Some(event) = event {
                if self.sender.send(event).await.is_err() {
                    return true;
                }
            }
        }
    }

    /// The trait's event for one line, looking the container up where the line is not enough.
    async fn translate(&mut self, line: &[u8]) -> Option<RuntimeEvent> {
        let text = String::from_utf8_lossy(line);
        let text = text.trim();
        if self.cli.flavor == Flavor::Podman {
            if let Some(time) = podman_time(text) {
                self.last_seen = Some(time);
            }
        }
        let Some(parsed) = parse(self.cli.flavor, text) else {
            if !text.is_empty() {
                tracing::trace!(line = %text, "ignored event");
            }
            return None;
        };
        let kind = match parsed.action {
            Action::Started => EventKind::Started,
            // Docker announces an OOM kill just before the exit it causes.
            Action::Oom => {
                self.oom_killed.insert(parsed.id);
                return None;
            }
            // Podman 4.3 labels each health_status event with the status from before the
            // check it reports; the health driver sends the right one instead.
            Action::Health(_) if self.cli.flavor == Flavor::Podman => return None,
            Action::Health(health) => EventKind::Health(health),
            Action::Removed => {
                self.oom_killed.remove(&parsed.id);
                EventKind::Removed
            }
            Action::Died(code) => {
                let marked = self.oom_killed.remove(&parsed.id);
                // Only a SIGKILL (137) can be the OOM killer's, and Podman has no oom event:
                // ask.
                match code {
                    Some(code) if marked || code != 137 => EventKind::Exited {
                        exit_code: code,
                        oom_killed: marked,
                    },
                    _ => match exit_state(&self.cli, &parsed.id).await {
                        Some((exit_code, oom)) => EventKind::Exited {
                            exit_code: code.unwrap_or(exit_code),
                            oom_killed: oom || marked,
                        },
                        None => EventKind::Exited {
                            exit_code: code?,
                            oom_killed: marked,
                        },
                    },
                }
            }
        };
        Some(RuntimeEvent {
            container_id: parsed.id,
            kind,
        })
    }
}

/// A child that lived shorter than this before exiting counts as failing at once.
const QUICK_EXIT: Duration = Duration::from_secs(1);
/// How many such exits in a row end the stream instead of another restart.
const MAX_QUICK_EXITS: u32 = 5;

#[derive(Deserialize)]
struct PodmanTime {
    #[serde(rename = "Time")]
    time: String,
}

/// When the event on a Podman line happened.
fn podman_time(line: &str) -> Option<SystemTime> {
    let event: PodmanTime = serde_json::from_str(line).ok()?;
    ecsemu_runtime::time::parse_rfc3339(&event.time)
}

/// Reads the child's stderr to the end (so it never blocks on a full pipe), keeping the start.
async fn drain(mut pipe: impl AsyncRead + Unpin) -> String {
    const KEEP: usize = 16 * 1024;
    let mut kept = Vec::new();
    let mut chunk = [0u8; 4096];
    while let Ok(read @ 1..) = pipe.read(&mut chunk).await {
        let room = KEEP.saturating_sub(kept.len()).min(read);
        kept.extend_from_slice(&chunk[..room]);
    }
    String::from_utf8_lossy(&kept).into_owned()
}

async fn next_health(
    health: &mut Option<broadcast::Receiver<RuntimeEvent>>,
) -> Option<RuntimeEvent> {
    let Some(receiver) = health.as_mut() else {
        return std::future::pending().await;
    };
    match receiver.recv().await {
        Ok(event) => Some(event),
        // A slow subscriber misses health changes, as it would miss a runtime's events.
        Err(broadcast::error::RecvError::Lagged(_)) => None,
        Err(broadcast::error::RecvError::Closed) => {
            *health = None;
            None
        }
    }
}

/// The exit code and OOM flag the runtime recorded for `id`, if it still exists.
async fn exit_state(cli: &Cli, id: &str) -> Option<(i64, bool)> {
    let json = cli
        .run(
            &[
                "container",
                "inspect",
                "--format",
                "{{json .State}}",
                "--",
                id,
            ],
            id,
        )
        .await
        .ok()?;
    let state = parse::state(&json).ok()?;
    Some((state.exit_code(), state.oom_killed()))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parsed(id: &str, action: Action) -> Parsed {
        Parsed {
            id: id.to_owned(),
            action,
        }
    }

    #[tokio::test]
    async fn stderr_is_drained_but_only_its_start_kept() {
        let noise = vec![b'x'; 100 * 1024];
        let kept = drain(&noise[..]).await;
        assert_eq!(kept.len(), 16 * 1024);
    }

    #[test]
    fn podman_event_times() {
        let line = r#"{"ID":"57c7","Status":"exec_died","Time":"2026-11-22T14:39:22.5Z","Type":"container"}"#;
        assert_eq!(
            podman_time(line),
            Some(SystemTime::UNIX_EPOCH + Duration::new(1_795_358_362, 500_000_000))
        );
        assert_eq!(podman_time("{}"), None);
        assert_eq!(podman_time("garbage"), None);
    }

    #[test]
    fn docker_events() {
        let die = r#"{"status":"die","id":"3dde","from":"busybox:latest","Type":"container","Action":"die","Actor":{"ID":"3dde","Attributes":{"ecsemu.instance":"probe-x","exitCode":"137","image":"busybox:latest"}},"scope":"local","time":1795358365,"timeNano":1795358365469386297}"#;
        assert_eq!(
            parse(Flavor::Docker, die),
            Some(parsed("3dde", Action::Died(Some(137))))
        );
        let start = r#"{"Type":"container","Action":"start","Actor":{"ID":"ab","Attributes":{}}}"#;
        assert_eq!(
            parse(Flavor::Docker, start),
            Some(parsed("ab", Action::Started))
        );
        let health = r#"{"status":"health_status: unhealthy","id":"ab","Type":"container","Action":"health_status: unhealthy","Actor":{"ID":"ab"}}"#;
        assert_eq!(
            parse(Flavor::Docker, health),
            Some(parsed("ab", Action::Health(HealthState::Unhealthy)))
        );
        let oom = r#"{"Type":"container","Action":"oom","Actor":{"ID":"ab"}}"#;
        assert_eq!(parse(Flavor::Docker, oom), Some(parsed("ab", Action::Oom)));
        let destroy = r#"{"status":"destroy","id":"ab","Type":"container"}"#;
        assert_eq!(
            parse(Flavor::Docker, destroy),
            Some(parsed("ab", Action::Removed))
        );
        let no_code = r#"{"Type":"container","Action":"die","Actor":{"ID":"ab","Attributes":{"exitCode":3}}}"#;
        assert_eq!(
            parse(Flavor::Docker, no_code),
            Some(parsed("ab", Action::Died(Some(3))))
        );
    }

    #[test]
    fn docker_events_that_do_not_matter() {
        for line in [
            r#"{"Type":"container","Action":"exec_die","Actor":{"ID":"ab","Attributes":{"exitCode":"1"}}}"#,
            r#"{"Type":"container","Action":"exec_create: /bin/sh -c test -f /tmp/h","Actor":{"ID":"ab"}}"#,
            r#"{"Type":"container","Action":"kill","Actor":{"ID":"ab"}}"#,
            r#"{"Type":"network","Action":"connect","Actor":{"ID":"ab"}}"#,
            r#"{"Type":"container","Action":"health_status: weird","Actor":{"ID":"ab"}}"#,
            r#"{"Type":"container","Action":"start"}"#,
            "not json at all",
            "",
            "{\"Action\": 3}",
        ] {
            assert_eq!(parse(Flavor::Docker, line), None, "{line}");
        }
    }

    #[test]
    fn podman_events() {
        let died = r#"{"ContainerExitCode":137,"ID":"b710","Image":"docker.io/library/busybox:latest","Name":"probe-podman","Status":"died","Time":"2026-11-22T14:39:25.813878172Z","Type":"container","Attributes":{"ecsemu.instance":"probe-x"}}"#;
        assert_eq!(
            parse(Flavor::Podman, died),
            Some(parsed("b710", Action::Died(Some(137))))
        );
        let clean = r#"{"ID":"b710","Status":"died","Type":"container"}"#;
        assert_eq!(
            parse(Flavor::Podman, clean),
            Some(parsed("b710", Action::Died(Some(0))))
        );
        let health = r#"{"ID":"57c7","Status":"health_status","Type":"container","health_status":"healthy","Attributes":{}}"#;
        assert_eq!(
            parse(Flavor::Podman, health),
            Some(parsed("57c7", Action::Health(HealthState::Healthy)))
        );
        let removed = r#"{"ID":"57c7","Status":"remove","Type":"container"}"#;
        assert_eq!(
            parse(Flavor::Podman, removed),
            Some(parsed("57c7", Action::Removed))
        );
        let start = r#"{"ID":"57c7","Status":"start","Type":"container"}"#;
        assert_eq!(
            parse(Flavor::Podman, start),
            Some(parsed("57c7", Action::Started))
        );
        for line in [
            r#"{"ID":"57c7","Status":"exec_died","ContainerExitCode":1,"Type":"container"}"#,
            r#"{"ID":"57c7","Status":"cleanup","Type":"container"}"#,
            r#"{"ID":"57c7","Status":"pull","Type":"image"}"#,
            r#"{"Status":"died","Type":"container"}"#,
            r#"{"ID":"57c7","Status":"health_status","Type":"container"}"#,
            "[1,2",
        ] {
            assert_eq!(parse(Flavor::Podman, line), None, "{line}");
        }
    }
}
