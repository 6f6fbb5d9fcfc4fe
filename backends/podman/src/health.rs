//! Drives container health checks.
//!
//! Podman schedules health checks with systemd timers; without systemd (these machines, most CI
//! containers) the checks never run by themselves. So for every started container with a health
//! check, a task here runs libpod's `/containers/{id}/healthcheck` (what `podman healthcheck
//! run` does) every interval. Podman itself still keeps the status, the failing streak and the
//! start period, so inspection reports the same health; the task only announces changes as
//! `Health` events, until the container stops or is removed.
//!
//! The first check runs one interval after the start, as Docker's do; failures within the start
//! period are not counted by Podman, so `start_period` needs no timing of its own here.

use std::collections::HashMap;
use std::time::Duration;

use ecsemu_runtime::{ContainerStatus, EventKind, HealthState, RuntimeEvent};
use parking_lot::Mutex;
use podman_api::Podman;
use tokio::sync::broadcast;
use tokio::task::JoinHandle;

use crate::error::Failure;
use crate::spec;

/// Health changes buffered for event subscribers that fall behind.
const BUFFER: usize = 256;

pub(crate) struct HealthChecker {
    podman: Podman,
    changes: broadcast::Sender<RuntimeEvent>,
    tasks: Mutex<HashMap<String, JoinHandle<()>>>,
}

impl HealthChecker {
    pub(crate) fn new(podman: Podman) -> Self {
        let (changes, _) = broadcast::channel(BUFFER);
        Self {
            podman,
            changes,
            tasks: Mutex::new(HashMap::new()),
        }
    }

    /// The health changes from now on, as events.
    pub(crate) fn subscribe(&self) -> broadcast::Receiver<RuntimeEvent> {
        self.changes.subscribe()
    }

    /// Checks the running container `id` every `interval` unless that is already happening.
    pub(crate) fn watch(&self, id: &str, interval: Duration) {
        let mut tasks = self.tasks.lock();
        if tasks.get(id).is_some_and(|task| !task.is_finished()) {
            return;
        }
        let task = tokio::spawn(drive(
            self.podman.clone(),
            self.changes.clone(),
            id.to_owned(),
            interval,
        ));
        tasks.insert(id.to_owned(), task);
    }

    /// Stops checking `id` (it was stopped or removed).
    pub(crate) fn forget(&self, id: &str) {
        if let Some(task) = self.tasks.lock().remove(id) {
            task.abort();
        }
    }
}

impl Drop for HealthChecker {
    fn drop(&mut self) {
        for task in self.tasks.get_mut().values() {
            task.abort();
        }
    }
}

async fn drive(
    podman: Podman,
    changes: broadcast::Sender<RuntimeEvent>,
    id: String,
    interval: Duration,
) {
    let container = podman.containers().get(id.as_str());
    // Podman reports `starting` until the first check, so that is not news.
    let mut last = HealthState::Starting;
    let mut ticks = tokio::time::interval_at(tokio::time::Instant::now() + interval, interval);
    // A check that outlasts the interval delays the next one rather than bunching them up.
    ticks.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
    loop {
        ticks.tick().await;
        let health = match container.healthcheck().await {
            Ok(result) => result.status.as_deref().and_then(spec::health_state),
            // libpod answers 409 for a container that is not running, 404 for one that is gone,
            // and 500 for a check that outlasted its timeout, which it still records as a
            // failure: so its own record, from inspection, says what the check came to, and
            // whether to go on.
            Err(error) => match container.inspect().await {
                Ok(data) => {
                    let state = spec::container_state(&data);
                    if state.status != ContainerStatus::Running {
                        return;
                    }
                    tracing::debug!(
                        "health check of {id} failed: {}",
                        Failure::of(&error).message()
                    );
                    state.health
                }
                // When Podman itself is gone the event stream ends too, and the caller's
                // inspections after re-subscribing resume the checks
                // (`PodmanRuntime::inspect_container`).
                Err(_) => return,
            },
        };
        if let Some(health) = health.filter(|h| *h != last) {
            last = health;
            // Nobody listening is fine: inspection reports the same state.
            let _ = changes.send(RuntimeEvent {
                container_id: id.clone(),
                kind: EventKind::Health(health),
            });
        }
    }
}
