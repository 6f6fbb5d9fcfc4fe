//! Running Podman's health checks, which Podman itself schedules with systemd timers.
//!
//! Without systemd nothing would ever run them, so containers are created with
//! `--health-interval disable` and a task per started container runs `podman healthcheck run`
//! every interval instead. Podman still judges each result (retries, start period) and
//! records the status; the task reads it back and announces changes as `Health` events.
//! A container created by an earlier process is not driven: only this process knows its spec.

use std::collections::HashMap;
use std::time::Duration;

use ecsemu_runtime::{
    ContainerStatus, EventKind, HealthCheckSpec, HealthState, RuntimeError, RuntimeEvent,
};
use parking_lot::Mutex;
use tokio::sync::broadcast;
use tokio::task::AbortHandle;

use crate::argv;
use crate::parse;
use crate::process::{Cli, CALL_TIMEOUT};

/// Docker's and Podman's interval when none is given.
const DEFAULT_INTERVAL: Duration = Duration::from_secs(30);

pub(crate) struct HealthChecks {
    cli: Cli,
    /// Checks of containers created but not yet started, and of running ones.
    specs: Mutex<HashMap<String, HealthCheckSpec>>,
    drivers: Mutex<HashMap<String, AbortHandle>>,
    events: broadcast::Sender<RuntimeEvent>,
}

impl HealthChecks {
    pub(crate) fn new(cli: Cli) -> Self {
        Self {
            cli,
            specs: Mutex::new(HashMap::new()),
            drivers: Mutex::new(HashMap::new()),
            events: broadcast::channel(1024).0,
        }
    }

    pub(crate) fn subscribe(&self) -> broadcast::Receiver<RuntimeEvent> {
        self.events.subscribe()
    }

    /// Remembers the check of a created container, if it has one that runs a command.
    pub(crate) fn register(&self, id: &str, check: &HealthCheckSpec) {
        if argv::runs_a_command(check) {
            self.specs.lock().insert(id.to_owned(), check.clone());
        }
    }

    /// Starts checking a container that was just started.
    pub(crate) fn start(&self, id: &str) {
        let Some(check) = self.specs.lock().get(id).cloned() else {
            return;
        };
        let task = tokio::spawn(drive(
            self.cli.clone(),
            id.to_owned(),
            check,
            self.events.clone(),
        ));
        if let Some(previous) = self
            .drivers
            .lock()
            .insert(id.to_owned(), task.abort_handle())
        {
            previous.abort();
        }
    }

    /// Stops checking a removed container and forgets it.
    pub(crate) fn forget(&self, id: &str) {
        self.specs.lock().remove(id);
        if let Some(driver) = self.drivers.lock().remove(id) {
            driver.abort();
        }
    }
}

impl Drop for HealthChecks {
    fn drop(&mut self) {
        for driver in self.drivers.get_mut().values() {
            driver.abort();
        }
    }
}

/// Checks `id` every interval until it stops running, announcing each change of status.
async fn drive(
    cli: Cli,
    id: String,
    check: HealthCheckSpec,
    events: broadcast::Sender<RuntimeEvent>,
) {
    let interval = if check.interval.is_zero() {
        DEFAULT_INTERVAL
    } else {
        check.interval
    };
    // Podman 4 lets a check overrun its timeout and only then counts it as failed, so the
    // call gets the check's timeout plus the usual allowance for the CLI itself.
    let call_timeout = check.timeout + CALL_TIMEOUT;
    let mut last = Some(HealthState::Starting);
    loop {
        tokio::time::sleep(interval).await;
        // Its exit status tells how this one check went, not what Podman made of it.
        if let Err(error) = cli
            .output(
                &["healthcheck", "run", "--", id.as_str()],
                None,
                call_timeout,
            )
            .await
        {
            tracing::warn!(container = %id, %error, "podman healthcheck run failed");
        }
        let state = cli
            .run(
                &[
                    "container",
                    "inspect",
                    "--format",
                    "{{json .State}}",
                    "--",
                    id.as_str(),
                ],
                &id,
            )
            .await
            .and_then(|json| parse::state(&json));
        let state = match state {
            Ok(state) => state,
            Err(RuntimeError::ContainerNotFound(_)) => return,
            Err(error) => {
                tracing::warn!(container = %id, %error, "reading health status failed");
                continue;
            }
        };
        if state.status() != ContainerStatus::Running {
            return;
        }
        let health = state.health();
        if health != last {
            if let Some(health) = health {
                // Nobody subscribed is fine: the status is also in `inspect`.
                let _ = events.send(RuntimeEvent {
                    container_id: id.clone(),
                    kind: EventKind::Health(health),
                });
            }
            last = health;
        }
    }
}
