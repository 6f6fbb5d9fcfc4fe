//! The runtime's event stream as the reconciler's loop polls it: first the runtime is prepared
//! (described, and what an earlier run left removed), then subscribed to, and re-subscribed
//! with backoff whenever the stream fails or ends. `next` is cancel-safe, so the loop can
//! `select!` on it beside nudges and timers without ever waiting on the runtime.

use std::sync::Arc;
use std::time::Duration;

use ecsemu_runtime::{EventStream, RuntimeError, RuntimeEvent};
use futures::future::{BoxFuture, FutureExt};
use futures::StreamExt;
use tokio::time::Instant;

use super::actor::Shared;
use super::remove_instance_containers;

const FIRST_BACKOFF: Duration = Duration::from_millis(100);
const MAX_BACKOFF: Duration = Duration::from_secs(10);

pub(super) enum FeedItem {
    Event(RuntimeEvent),
    /// A subscription started; `again` when an earlier one had been lost, so events may have
    /// been missed.
    Subscribed {
        again: bool,
    },
    /// A subscription attempt failed; another follows after a backoff.
    Unsubscribed,
}

enum State {
    Preparing(BoxFuture<'static, ()>),
    Subscribing(BoxFuture<'static, Result<EventStream, RuntimeError>>),
    Open(EventStream),
    Waiting(Instant),
}

pub(super) struct EventFeed {
    shared: Arc<Shared>,
    state: State,
    backoff: Duration,
    ever_subscribed: bool,
}

impl EventFeed {
    pub(super) fn new(shared: Arc<Shared>) -> Self {
        Self {
            state: State::Preparing(prepare(shared.clone()).boxed()),
            shared,
            backoff: FIRST_BACKOFF,
            ever_subscribed: false,
        }
    }

    fn subscribe(&self) -> State {
        let runtime = self.shared.runtime.clone();
        State::Subscribing(async move { runtime.events().await }.boxed())
    }

    fn retry_later(&mut self) {
        self.state = State::Waiting(Instant::now() + self.backoff);
        self.backoff = (self.backoff * 2).min(MAX_BACKOFF);
    }

    pub(super) async fn next(&mut self) -> FeedItem {
        loop {
            match &mut self.state {
                State::Preparing(preparing) => {
                    preparing.await;
                    self.state = self.subscribe();
                }
                State::Subscribing(subscribing) => match subscribing.await {
                    Ok(stream) => {
                        let again = self.ever_subscribed;
                        self.ever_subscribed = true;
                        self.backoff = FIRST_BACKOFF;
                        self.state = State::Open(stream);
                        return FeedItem::Subscribed { again };
                    }
                    Err(error) => {
                        tracing::warn!(%error, retry_in = ?self.backoff, "cannot subscribe to runtime events");
                        self.retry_later();
                        return FeedItem::Unsubscribed;
                    }
                },
                State::Open(stream) => {
                    if let Some(event) = stream.next().await {
                        return FeedItem::Event(event);
                    }
                    tracing::warn!("runtime event stream ended; reconnecting");
                    self.retry_later();
                }
                State::Waiting(at) => {
                    tokio::time::sleep_until(*at).await;
                    self.state = self.subscribe();
                }
            }
        }
    }
}

/// Learns the host's CPUs (the cap on CPU limits) and what the machine is as a container
/// instance, warns about limits the runtime ignores, and removes the containers an earlier run
/// on this port left.
async fn prepare(shared: Arc<Shared>) {
    let info = shared.runtime.info().await;
    shared.plane.describe_local_host(info.as_ref().ok());
    match info {
        Ok(info) => {
            let _ = shared.host_cpus.set(info.cpus);
            if !info.limits_enforced && info.name != "none" {
                tracing::warn!(
                    runtime = %info.name,
                    "this runtime ignores memory and CPU limits (rootless on cgroup v1): \
                     tasks run without them"
                );
            }
        }
        Err(error) => tracing::warn!(%error, "the runtime did not describe itself"),
    }
    remove_instance_containers(shared.runtime.as_ref(), &shared.plane.config.instance_id).await;
}
