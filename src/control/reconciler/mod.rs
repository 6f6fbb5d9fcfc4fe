//! The reconciler owns every runtime side effect.
//!
//! Operations change desired state and nudge it with a task's or a service's key. It gives
//! each live task an actor (see `actor`) and routes the runtime's event stream to them; it runs
//! the service scheduler (`control::scheduler`) for services that were nudged, whose tasks
//! changed, or whose timer came due. When the event stream drops it re-subscribes with backoff
//! and asks every actor to resynchronise. A slow sweep forgets stopped tasks once their
//! retention has passed. Nothing here polls the runtime per task or a service per tick.
//!
//! No runtime call ever blocks the loop: the runtime may still be being chosen, or be slow to
//! answer, and scheduling, StopTask and DescribeTasks must not wait for it. Preparing the
//! runtime (describing it, removing what an earlier run left) and subscribing to its events
//! are futures the loop polls (`feed`); actors touch the runtime only once the first
//! subscription has been attempted (`Shared::prepared`), so no container of theirs is removed
//! as a leftover or starts before its events are watched.

mod actor;
mod feed;
mod plan;

use std::collections::{BTreeSet, HashMap, HashSet};
use std::sync::Arc;
use std::time::Duration;

use ecsemu_runtime::ContainerRuntime;
use futures::FutureExt;
use parking_lot::Mutex;
use tokio::sync::mpsc::{self, UnboundedReceiver, UnboundedSender};
use tokio::sync::watch;
use tokio::task::JoinHandle;

use self::actor::{ActorMsg, Shared, TaskActor};
use self::feed::{EventFeed, FeedItem};
use crate::control::arn::Scope;
use crate::control::{daemon, scheduler, ControlPlane, Nudge, Scheduled, TaskKey};

const SWEEP_EVERY: Duration = Duration::from_secs(60);
/// How long a reset waits for tasks to stop (they stop without grace, so it is quick).
const RESET_WAIT: Duration = Duration::from_secs(60);

/// Starts the reconciler; it runs until the plane's nudge channel closes.
pub fn spawn(
    plane: Arc<ControlPlane>,
    runtime: Arc<dyn ContainerRuntime>,
    nudges: UnboundedReceiver<Nudge>,
) -> JoinHandle<()> {
    let (done_tx, done_rx) = mpsc::unbounded_channel();
    let (prepared, prepared_rx) = watch::channel(false);
    let reconciler = Reconciler {
        shared: Arc::new(Shared {
            plane,
            runtime,
            routes: Mutex::new(HashMap::new()),
            pulled: Mutex::new(HashSet::new()),
            host_cpus: std::sync::OnceLock::new(),
            prepared: prepared_rx,
        }),
        prepared,
        nudges,
        actors: HashMap::new(),
        done_tx,
        done_rx,
        services_due: BTreeSet::new(),
        timers: BTreeSet::new(),
        timer_of: HashMap::new(),
    };
    tokio::spawn(reconciler.run())
}

struct Reconciler {
    shared: Arc<Shared>,
    /// Opens the actors' way to the runtime (see the module documentation).
    prepared: watch::Sender<bool>,
    nudges: UnboundedReceiver<Nudge>,
    actors: HashMap<TaskKey, UnboundedSender<ActorMsg>>,
    done_tx: UnboundedSender<TaskKey>,
    done_rx: UnboundedReceiver<TaskKey>,
    /// Services to schedule once the nudges at hand are read (a burst of task changes makes
    /// one pass, not one each).
    services_due: BTreeSet<Scheduled>,
    /// When services asked to be scheduled again, earliest first.
    timers: BTreeSet<(tokio::time::Instant, Scheduled)>,
    timer_of: HashMap<Scheduled, tokio::time::Instant>,
}

impl Reconciler {
    async fn run(mut self) {
        let mut feed = EventFeed::new(self.shared.clone());
        let mut sweep = tokio::time::interval(SWEEP_EVERY);
        loop {
            let next_timer = self.timers.first().map(|(at, _)| *at);
            tokio::select! {
                nudge = self.nudges.recv() => match nudge {
                    Some(nudge) => {
                        self.accept(nudge);
                        while let Ok(nudge) = self.nudges.try_recv() {
                            self.accept(nudge);
                        }
                        self.schedule_services();
                    }
                    None => return,
                },
                () = sleep_until(next_timer) => {
                    let now = tokio::time::Instant::now();
                    while let Some((at, key)) = self.timers.first().cloned() {
                        if at > now {
                            break;
                        }
                        self.timers.pop_first();
                        self.timer_of.remove(&key);
                        self.services_due.insert(key);
                    }
                    self.schedule_services();
                }
                item = feed.next() => match item {
                    FeedItem::Event(event) => {
                        let key = self.shared.routes.lock().get(&event.container_id).cloned();
                        if let Some(key) = key {
                            self.deliver(key, ActorMsg::Event(event));
                        }
                    }
                    FeedItem::Subscribed { again } => {
                        self.prepared.send_replace(true);
                        if again {
                            self.broadcast(|| ActorMsg::Resync);
                        }
                    }
                    // Without events actors still work (their runtime calls answer), and they
                    // resynchronise once a subscription succeeds.
                    FeedItem::Unsubscribed => {
                        self.prepared.send_replace(true);
                    }
                },
                Some(key) = self.done_rx.recv() => {
                    if self.actors.get(&key).is_some_and(UnboundedSender::is_closed) {
                        self.actors.remove(&key);
                    }
                }
                _ = sweep.tick() => self.sweep(),
            }
        }
    }

    fn accept(&mut self, nudge: Nudge) {
        match nudge {
            Nudge::Task(key) => self.deliver(key, ActorMsg::Wake),
            Nudge::Schedule(key) => {
                self.services_due.insert(key);
            }
        }
    }

    /// Runs a scheduler pass for every service due, wakes the actors of the tasks the passes
    /// created or stopped, and sets the timers they asked for.
    fn schedule_services(&mut self) {
        let plane = self.shared.plane.clone();
        let host = plane.local_host();
        for key in std::mem::take(&mut self.services_due) {
            let (Scheduled::Service(service) | Scheduled::Daemon(service)) = &key;
            let scope = Scope::of_partition(&service.partition);
            let which = (service.cluster.as_str(), service.name.as_str());
            let outcome = plane.store.write(&service.partition, |p| match &key {
                Scheduled::Service(_) => {
                    let cx = scheduler::Context {
                        scope: &scope,
                        config: &plane.config,
                        host: &host,
                        now: plane.now(),
                    };
                    scheduler::schedule(p, &cx, which)
                }
                Scheduled::Daemon(_) => {
                    daemon::schedule(p, &scope, &plane.config, which, plane.now())
                }
            });
            for task_id in outcome.tasks {
                let task = TaskKey {
                    partition: service.partition.clone(),
                    task_id,
                };
                self.deliver(task, ActorMsg::Wake);
            }
            if let Some(at) = outcome.wake_at {
                let at = plane.clock.instant_at(at);
                if self.timer_of.get(&key).is_none_or(|pending| at < *pending) {
                    if let Some(pending) = self.timer_of.insert(key.clone(), at) {
                        self.timers.remove(&(pending, key.clone()));
                    }
                    self.timers.insert((at, key));
                }
            }
        }
        plane.changed();
    }

    /// Hands `message` to the task's actor, starting one if the task has none.
    fn deliver(&mut self, key: TaskKey, message: ActorMsg) {
        let message = match self.actors.get(&key) {
            Some(inbox) => match inbox.send(message) {
                Ok(()) => return,
                Err(mpsc::error::SendError(message)) => message,
            },
            None => message,
        };
        let (inbox_tx, inbox_rx) = mpsc::unbounded_channel();
        // A fresh actor reads the task itself; a Wake adds nothing, an event must not be lost.
        if !matches!(message, ActorMsg::Wake) {
            let _ = inbox_tx.send(message);
        }
        let actor = TaskActor::new(self.shared.clone(), key.clone(), inbox_rx);
        let done = self.done_tx.clone();
        let finished = key.clone();
        tokio::spawn(async move {
            actor.run().await;
            let _ = done.send(finished);
        });
        self.actors.insert(key, inbox_tx);
    }

    fn broadcast(&self, message: impl Fn() -> ActorMsg) {
        for inbox in self.actors.values() {
            let _ = inbox.send(message());
        }
    }

    /// Forgets stopped tasks whose retention has passed and task definitions whose deletion
    /// nothing holds up any more.
    fn sweep(&self) {
        let plane = &self.shared.plane;
        let cutoff = plane.now() - plane.config.stopped_task_retention.as_secs_f64();
        for key in plane.store.keys() {
            plane.store.write(&key, |p| {
                p.tasks
                    .retain(|_, t| !(t.is_stopped() && t.stopped_at.is_some_and(|at| at < cutoff)));
                p.purge_deleted_task_definitions();
            });
        }
    }
}

/// Removes every container this emulator instance has in the runtime: at startup what an
/// earlier run left (its tasks lived in memory and are gone), at shutdown and on reset what
/// is still there.
pub async fn remove_instance_containers(runtime: &dyn ContainerRuntime, instance_id: &str) {
    let instance = [(
        ecsemu_runtime::labels::INSTANCE.to_owned(),
        instance_id.to_owned(),
    )];
    let Ok(found) = runtime.list_containers(&instance).await else {
        return;
    };
    if !found.is_empty() {
        tracing::info!(count = found.len(), "removing this emulator's containers");
    }
    // Sandboxes last: the others live in their namespaces.
    let (sandboxes, containers): (Vec<_>, Vec<_>) = found
        .into_iter()
        .partition(|c| c.labels.contains_key(ecsemu_runtime::labels::SANDBOX));
    for container in containers.into_iter().chain(sandboxes) {
        if let Err(error) = runtime.remove_container(&container.id).await {
            tracing::warn!(%error, container = %container.id, "could not remove a container");
        }
    }
}

/// Removes this emulator's containers if the runtime has been chosen: until then nothing was
/// created, and waiting for the choice would hold up a reset or a shutdown.
pub async fn remove_instance_containers_if_chosen(
    runtime: &dyn ContainerRuntime,
    instance_id: &str,
) {
    if runtime.ready().now_or_never().is_some() {
        remove_instance_containers(runtime, instance_id).await;
    }
}

/// Stops every task at once (no grace period), waits for them to stop, forgets all state
/// and removes whatever containers are left. Returns how many tasks were stopped.
pub async fn reset(plane: &ControlPlane, runtime: &dyn ContainerRuntime) -> usize {
    plane.exec_sessions.clear();
    let mut stopping = Vec::new();
    for partition in plane.store.keys() {
        plane.store.write(&partition, |p| {
            // Without their services and daemons, nothing replaces the tasks stopped below.
            for cluster in p.clusters.values_mut() {
                cluster.services.clear();
                cluster.daemons.clear();
            }
            for task in p.tasks.values_mut().filter(|t| !t.is_stopped()) {
                task.request_stop(
                    crate::wire::TaskStopCode::UserInitiated,
                    "Task stopped by an ecsemu reset",
                    plane.now(),
                );
                task.force_stop = true;
                stopping.push(TaskKey {
                    partition: partition.clone(),
                    task_id: task.id.clone(),
                });
            }
        });
    }
    for key in &stopping {
        plane.nudge(key.clone());
    }
    let all_stopped = || {
        stopping.iter().all(|key| {
            plane.store.read(&key.partition, |p| {
                p.tasks.get(&key.task_id).is_none_or(|t| t.is_stopped())
            })
        })
    };
    if !plane.wait_until(all_stopped, RESET_WAIT).await {
        tracing::warn!("some tasks had not stopped {RESET_WAIT:?} into a reset");
    }
    plane.store.clear();
    remove_instance_containers_if_chosen(runtime, &plane.config.instance_id).await;
    stopping.len()
}

async fn sleep_until(at: Option<tokio::time::Instant>) {
    match at {
        Some(at) => tokio::time::sleep_until(at).await,
        None => std::future::pending().await,
    }
}
