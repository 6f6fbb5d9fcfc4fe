//! The Podman backend: ecsemu's `ContainerRuntime` over Podman's libpod REST API on its unix
//! socket, through the `podman-api` crate.
//!
//! Works against rootful and rootless services. Where Podman falls short of what Docker does by
//! itself, the backend makes up for it: it imports the pause image a task's sandbox needs, runs
//! health checks (Podman leaves that to systemd timers), finds a container-init binary when
//! Podman's default one is not installed, keeps the default `nofile`/`nproc` limits of
//! containers that set other ulimits (`ulimits.rs`), and bridges the breaks in libpod's event
//! stream (`events.rs`).

mod error;
mod events;
mod health;
mod libpod;
mod spec;
mod ulimits;

use std::borrow::Cow;
use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::{Duration, SystemTime};

use async_trait::async_trait;
use ecsemu_runtime::{
    pause, ContainerRuntime, ContainerSpec, ContainerState, ContainerStatus, ContainerSummary,
    EventStream, ExecOutput, LogLine, LogStream, NamespaceMode, NetworkMode, ResourceLimits,
    RuntimeError, RuntimeInfo, SandboxSpec, Ulimit,
};
use futures::StreamExt;
use podman_api::conn::TtyChunk;
use podman_api::models::{Info, InspectContainerData};
use podman_api::opts::{
    ContainerDeleteOpts, ContainerListFilter, ContainerListOpts, ContainerLogsOpts, ExecCreateOpts,
    ExecStartOpts, ImageImportOpts, PullOpts,
};
use podman_api::Podman;

use crate::error::{is_missing_image, Failure};
use crate::health::HealthChecker;
use crate::libpod::{Created, Libpod};

/// How long `connect` waits for the service to answer.
const CONNECT_TIMEOUT: Duration = Duration::from_secs(10);

/// How long `exec` waits for libpod to record the exit code once the output has ended.
const EXEC_EXIT_WAIT: Duration = Duration::from_secs(5);

/// Static container-init binaries Podman can bind-mount into a container when its configured
/// one (catatonit) is missing, as on Debian without the catatonit package. Podman runs
/// `<init> -- <command>`, which catatonit and tini both understand; dynamically linked builds
/// are left out because they cannot run inside arbitrary images.
const INIT_CANDIDATES: &[&str] = &[
    "/usr/libexec/podman/catatonit",
    "/usr/libexec/catatonit/catatonit",
    "/usr/bin/catatonit",
    "/usr/bin/tini-static",
    "/usr/bin/docker-init",
    "/usr/local/bin/catatonit",
    "/usr/local/bin/tini-static",
];

/// A Podman service reached over its unix socket.
pub struct PodmanRuntime {
    podman: Podman,
    libpod: Libpod,
    socket: PathBuf,
    limits_enforced: bool,
    pause_image: String,
    /// Serialises pause-image imports, so concurrent sandboxes import it once.
    pause_import: tokio::sync::Mutex<()>,
    /// The init binary that replaced Podman's missing default one, once one was needed.
    init_path: parking_lot::Mutex<Option<String>>,
    warned_about_limits: AtomicBool,
    /// The service's default `nofile` and `nproc` limits, once learnt (see `ulimits.rs`).
    default_ulimits: parking_lot::Mutex<Option<Vec<Ulimit>>>,
    /// The health-check interval of each container created here (`None`: it has no check), so
    /// starting it needs no inspection to know whether to drive checks.
    check_intervals: parking_lot::Mutex<HashMap<String, Option<Duration>>>,
    health: HealthChecker,
}

impl std::fmt::Debug for PodmanRuntime {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("PodmanRuntime")
            .field("socket", &self.socket)
            .field("limits_enforced", &self.limits_enforced)
            .finish_non_exhaustive()
    }
}

/// The socket path of `/path` or `unix:///path`.
fn socket_path(socket: &str) -> Result<PathBuf, RuntimeError> {
    match socket.split_once("://") {
        None => Ok(PathBuf::from(socket)),
        Some(("unix", path)) if !path.is_empty() => Ok(PathBuf::from(path)),
        Some(_) => Err(RuntimeError::Unreachable(format!(
            "{socket} is not a unix socket path or unix:// URI"
        ))),
    }
}

/// What libpod's info says about the service, and whether it enforces limits: rootless Podman
/// on cgroup v1 accepts memory and CPU limits but ignores them (it only warns).
fn runtime_info(info: &Info) -> RuntimeInfo {
    let host = info.host.as_ref();
    let rootless = host
        .and_then(|h| h.security.as_ref())
        .and_then(|s| s.rootless)
        .unwrap_or(false);
    let cgroup_v1 = host
        .and_then(|h| h.cgroup_version.as_deref())
        .is_some_and(|v| v == "v1");
    RuntimeInfo {
        name: if rootless {
            "podman-rootless"
        } else {
            "podman"
        }
        .to_owned(),
        version: info
            .version
            .as_ref()
            .and_then(|v| v.version.clone())
            .unwrap_or_default(),
        cpus: host
            .and_then(|h| h.cpus)
            .and_then(|c| u32::try_from(c).ok())
            .unwrap_or(0),
        memory_bytes: host
            .and_then(|h| h.mem_total)
            .and_then(|m| u64::try_from(m).ok())
            .unwrap_or(0),
        os_type: host.and_then(|h| h.os.clone()).unwrap_or_default(),
        architecture: host.and_then(|h| h.arch.clone()).unwrap_or_default(),
        api_version: None,
        limits_enforced: !(rootless && cgroup_v1),
    }
}

/// The first init binary of `candidates` that exists on this host (the socket is local).
fn find_init(candidates: &[&str]) -> Option<String> {
    candidates
        .iter()
        .find(|p| Path::new(p).is_file())
        .map(|p| (*p).to_owned())
}

fn is_missing_init(message: &str) -> bool {
    message.contains("container-init binary not found")
}

/// The health-check interval a container was created with, from its inspection.
fn inspected_check_interval(data: &InspectContainerData) -> Option<Duration> {
    let check = data.config.as_ref()?.healthcheck.as_ref()?;
    let test = check.test.as_ref()?;
    if test.is_empty() || test[0] == "NONE" {
        return None;
    }
    let interval = check
        .interval
        .and_then(|n| u64::try_from(n).ok())
        .map(Duration::from_nanos)
        .unwrap_or_default();
    Some(
        spec::effective_health(&ecsemu_runtime::HealthCheckSpec {
            test: test.clone(),
            interval,
            timeout: Duration::ZERO,
            retries: 0,
            start_period: Duration::ZERO,
        })
        .interval,
    )
}

/// Whole seconds for libpod's stop timeout, rounded up so a grace period is never cut short.
fn grace_seconds(grace: Duration) -> u64 {
    grace.as_secs() + u64::from(grace.subsec_nanos() > 0)
}

/// Splits the chunks of a log or exec stream into lines, keeping stdout and stderr apart
/// because a frame may end mid-line.
#[derive(Default)]
struct Lines {
    done: Vec<LogLine>,
    stdout: String,
    stderr: String,
}

impl Lines {
    fn push(&mut self, chunk: &TtyChunk) {
        let (stream, buffer) = match chunk {
            TtyChunk::StdOut(_) => (LogStream::Stdout, &mut self.stdout),
            TtyChunk::StdErr(_) => (LogStream::Stderr, &mut self.stderr),
            TtyChunk::StdIn(_) => return,
        };
        buffer.push_str(&String::from_utf8_lossy(chunk));
        while let Some(end) = buffer.find('\n') {
            let text = buffer[..end].trim_end_matches('\r').to_owned();
            buffer.drain(..=end);
            self.done.push(LogLine { stream, text });
        }
    }

    fn finish(mut self) -> Vec<LogLine> {
        for (stream, rest) in [
            (LogStream::Stdout, std::mem::take(&mut self.stdout)),
            (LogStream::Stderr, std::mem::take(&mut self.stderr)),
        ] {
            if !rest.is_empty() {
                self.done.push(LogLine { stream, text: rest });
            }
        }
        self.done
    }
}

impl PodmanRuntime {
    /// Connects to the Podman service at `socket` (a path or a `unix://` URI) and checks that it
    /// answers.
    pub async fn connect(socket: &str) -> Result<Self, RuntimeError> {
        let path = socket_path(socket)?;
        let podman = Podman::unix(&path);
        let unreachable =
            |message: String| RuntimeError::Unreachable(format!("{socket}: {message}"));
        let info = tokio::time::timeout(CONNECT_TIMEOUT, async {
            podman.ping().await?;
            podman.info().await
        })
        .await
        .map_err(|_| unreachable(format!("no answer within {CONNECT_TIMEOUT:?}")))?
        .map_err(|e| unreachable(e.to_string()))?;
        let facts = runtime_info(&info);
        tracing::debug!(?facts, "connected to podman at {}", path.display());
        Ok(Self {
            libpod: Libpod::unix(&path),
            health: HealthChecker::new(podman.clone()),
            podman,
            socket: path,
            limits_enforced: facts.limits_enforced,
            pause_image: pause::IMAGE.to_owned(),
            pause_import: tokio::sync::Mutex::new(()),
            init_path: parking_lot::Mutex::new(None),
            warned_about_limits: AtomicBool::new(false),
            default_ulimits: parking_lot::Mutex::new(None),
            check_intervals: parking_lot::Mutex::new(HashMap::new()),
        })
    }

    /// Imports the pause image from the tar `ecsemu_runtime::pause` builds, unless present.
    async fn ensure_pause_image(&self) -> Result<(), RuntimeError> {
        let _importing = self.pause_import.lock().await;
        if self.image_present(&self.pause_image).await? {
            return Ok(());
        }
        let tar = pause::image_tar().ok_or_else(|| {
            RuntimeError::Rejected(format!(
                "no pause image for the {} architecture",
                std::env::consts::ARCH
            ))
        })?;
        let opts = ImageImportOpts::builder()
            .reference(&self.pause_image)
            .changes([format!("CMD [\"{}\"]", pause::COMMAND)])
            .build();
        self.podman
            .images()
            .import(&opts, tar)
            .await
            .map_err(|e| Failure::of(&e).into_runtime_error())?;
        tracing::info!("imported the pause image {}", self.pause_image);
        Ok(())
    }

    /// Creates a container, turning libpod's refusals into the errors the reconciler needs.
    async fn create(&self, body: &serde_json::Value) -> Result<Created, Failure> {
        let created = self
            .libpod
            .create_container(body)
            .await
            .map_err(|e| Failure::of(&e))?;
        for warning in &created.warnings {
            tracing::debug!("podman warns about {}: {warning}", created.id);
        }
        Ok(created)
    }

    fn container_error(failure: Failure) -> RuntimeError {
        match failure {
            f if is_missing_image(f.message()) => {
                RuntimeError::ImageNotFound(f.message().to_owned())
            }
            // The sandbox, or a container whose volumes or namespaces this one uses, is gone.
            Failure::Status(404, message) => RuntimeError::ContainerNotFound(message),
            f => f.into_runtime_error(),
        }
    }

    /// Removes a container that failed to start, so no Created leftover stays behind.
    async fn discard(&self, id: &str) {
        if let Err(e) = self.remove_container(id).await {
            tracing::warn!("could not remove the failed container {id}: {e}");
        }
    }

    fn warn_once_about_limits(&self, limits: &ResourceLimits) {
        if *limits != ResourceLimits::default()
            && !self.warned_about_limits.swap(true, Ordering::Relaxed)
        {
            tracing::warn!(
                "rootless podman on cgroup v1 cannot enforce memory or CPU limits; \
                 containers run without them"
            );
        }
    }

    /// `spec` with the service's default `nofile` and `nproc` where it names other ulimits.
    async fn complete_ulimits<'a>(&self, spec: &'a ContainerSpec) -> Cow<'a, ContainerSpec> {
        if !ulimits::needs_defaults(&spec.ulimits) {
            return Cow::Borrowed(spec);
        }
        match self.default_ulimits(spec).await {
            Some(defaults) => Cow::Owned(ContainerSpec {
                ulimits: ulimits::with_defaults(&spec.ulimits, &defaults),
                ..spec.clone()
            }),
            // Podman's own choice then, which works wherever it may raise limits.
            None => Cow::Borrowed(spec),
        }
    }

    /// The limits Podman gave the container whose namespaces `spec` joins (its sandbox, created
    /// without ulimits), read from the host's /proc: the socket is local, and /proc/<pid>/limits
    /// is readable by anyone. None where that process is not visible from here.
    async fn default_ulimits(&self, spec: &ContainerSpec) -> Option<Vec<Ulimit>> {
        if let Some(known) = self.default_ulimits.lock().clone() {
            return Some(known);
        }
        let ((NetworkMode::Sandbox(owner), _, _)
        | (_, NamespaceMode::Container(owner), _)
        | (_, _, NamespaceMode::Container(owner))) =
            (&spec.network, &spec.pid_mode, &spec.ipc_mode)
        else {
            return None;
        };
        let data = self
            .podman
            .containers()
            .get(owner.as_str())
            .inspect()
            .await
            .ok()?;
        let pid = data.state?.pid.filter(|pid| *pid > 0)?;
        // A small procfs read that never blocks on a disk.
        let text = std::fs::read_to_string(format!("/proc/{pid}/limits")).ok()?;
        let defaults = ulimits::parse_proc_limits(&text);
        if defaults.len() < 2 {
            return None;
        }
        tracing::debug!(?defaults, "learnt podman's default ulimits from {owner}");
        *self.default_ulimits.lock() = Some(defaults.clone());
        Some(defaults)
    }

    /// Starts driving the health checks of a started container that has one.
    async fn watch_health(&self, id: &str) {
        let known = self.check_intervals.lock().get(id).copied();
        match known {
            Some(Some(interval)) => self.health.watch(id, interval),
            Some(None) => {}
            // Created by an earlier process (or named by something other than its id).
            None => {
                if let Ok(data) = self.podman.containers().get(id).inspect().await {
                    if let (Some(interval), Some(full_id)) =
                        (inspected_check_interval(&data), data.id.as_deref())
                    {
                        self.health.watch(full_id, interval);
                    }
                }
            }
        }
    }

    #[cfg(test)]
    fn with_pause_image(mut self, image: &str) -> Self {
        image.clone_into(&mut self.pause_image);
        self
    }
}

#[async_trait]
impl ContainerRuntime for PodmanRuntime {
    async fn info(&self) -> Result<RuntimeInfo, RuntimeError> {
        let info = self
            .podman
            .info()
            .await
            .map_err(|e| Failure::of(&e).into_runtime_error())?;
        let mut facts = runtime_info(&info);
        // libpod's version answer carries the Docker Engine API level its compat API serves.
        facts.api_version = self
            .podman
            .version()
            .await
            .map_err(|e| Failure::of(&e).into_runtime_error())?
            .api_version;
        Ok(facts)
    }

    async fn image_present(&self, image: &str) -> Result<bool, RuntimeError> {
        self.podman
            .images()
            .get(image)
            .exists()
            .await
            .map_err(|e| Failure::of(&e).into_runtime_error())
    }

    async fn pull_image(&self, image: &str) -> Result<(), RuntimeError> {
        let opts = PullOpts::builder().reference(image).quiet(true).build();
        let images = self.podman.images();
        let mut reports = images.pull(&opts);
        while let Some(report) = reports.next().await {
            match report {
                Ok(report) => {
                    if let Some(error) = report.error.filter(|e| !e.is_empty()) {
                        return Err(RuntimeError::ImageNotFound(error));
                    }
                }
                Err(e) => {
                    return Err(match Failure::of(&e) {
                        Failure::Unreachable(m) => RuntimeError::Unreachable(m),
                        // Not found, registry unreachable, unauthorised: no image either way.
                        f => RuntimeError::ImageNotFound(f.message().to_owned()),
                    });
                }
            }
        }
        Ok(())
    }

    async fn create_sandbox(&self, spec: &SandboxSpec) -> Result<String, RuntimeError> {
        self.ensure_pause_image().await?;
        let body = spec::sandbox_body(spec, &self.pause_image, pause::COMMAND);
        let created = self.create(&body).await.map_err(Self::container_error)?;
        if let Err(e) = self
            .podman
            .containers()
            .get(created.id.as_str())
            .start(None)
            .await
        {
            self.discard(&created.id).await;
            return Err(Failure::of(&e).into_runtime_error());
        }
        Ok(created.id)
    }

    async fn create_container(&self, spec: &ContainerSpec) -> Result<String, RuntimeError> {
        if !self.limits_enforced {
            self.warn_once_about_limits(&spec.limits);
        }
        let spec = &*self.complete_ulimits(spec).await;
        let init_path = self.init_path.lock().clone();
        let host = |init_path| spec::Host {
            limits_enforced: self.limits_enforced,
            init_path,
        };
        let body = spec::container_body(spec, host(init_path.as_deref()))?;
        let created = match self.create(&body).await {
            Ok(created) => created,
            Err(f) if spec.init && init_path.is_none() && is_missing_init(f.message()) => {
                let Some(found) = find_init(INIT_CANDIDATES) else {
                    return Err(f.into_runtime_error());
                };
                tracing::info!("podman's container-init is missing; using {found}");
                let body = spec::container_body(spec, host(Some(&found)))?;
                *self.init_path.lock() = Some(found);
                self.create(&body).await.map_err(Self::container_error)?
            }
            Err(f) => return Err(Self::container_error(f)),
        };
        let interval = spec
            .health_check
            .as_ref()
            .map(|check| spec::effective_health(check).interval);
        self.check_intervals
            .lock()
            .insert(created.id.clone(), interval);
        Ok(created.id)
    }

    async fn start_container(&self, id: &str) -> Result<(), RuntimeError> {
        match self.podman.containers().get(id).start(None).await {
            Ok(()) => {}
            // 304: already running.
            Err(e) => match Failure::of(&e) {
                Failure::Status(304, _) => {}
                f => return Err(f.for_container(id)),
            },
        }
        self.watch_health(id).await;
        Ok(())
    }

    async fn stop_container(&self, id: &str, grace: Duration) -> Result<(), RuntimeError> {
        match self.libpod.stop_container(id, grace_seconds(grace)).await {
            Ok(()) => {}
            // 304: it was not running.
            Err(e) => match Failure::of(&e) {
                Failure::Status(304, _) => {}
                f => return Err(f.for_container(id)),
            },
        }
        self.health.forget(id);
        Ok(())
    }

    async fn inspect_container(&self, id: &str) -> Result<ContainerState, RuntimeError> {
        let data = self
            .podman
            .containers()
            .get(id)
            .inspect()
            .await
            .map_err(|e| Failure::of(&e).for_container(id))?;
        let state = spec::container_state(&data);
        // Resumes the checks of containers started before this process (after a restart of the
        // emulator, or of Podman), which the reconciler inspects when it resynchronises.
        if state.status == ContainerStatus::Running {
            if let (Some(interval), Some(full_id)) =
                (inspected_check_interval(&data), data.id.as_deref())
            {
                self.health.watch(full_id, interval);
            }
        }
        Ok(state)
    }

    async fn remove_container(&self, id: &str) -> Result<(), RuntimeError> {
        self.health.forget(id);
        self.check_intervals.lock().remove(id);
        // No grace: what is removed is done with, and the pause process ignores SIGTERM.
        let opts = ContainerDeleteOpts::builder()
            .force(true)
            .volumes(true)
            .timeout(0)
            .build();
        match self.podman.containers().get(id).delete(&opts).await {
            Ok(()) => Ok(()),
            Err(e) => match Failure::of(&e) {
                f if f.is_not_found() => Ok(()),
                f => Err(f.for_container(id)),
            },
        }
    }

    async fn remove_volume(&self, name: &str) -> Result<(), RuntimeError> {
        match self.podman.volumes().get(name).delete().await {
            Ok(()) => Ok(()),
            Err(e) => match Failure::of(&e) {
                f if f.is_not_found() => Ok(()),
                f => Err(f.into_runtime_error()),
            },
        }
    }

    async fn list_containers(
        &self,
        labels: &[(String, String)],
    ) -> Result<Vec<ContainerSummary>, RuntimeError> {
        let opts = ContainerListOpts::builder()
            .all(true)
            .filter(
                labels
                    .iter()
                    .map(|(k, v)| ContainerListFilter::LabelKeyVal(k.clone(), v.clone())),
            )
            .build();
        let listed = self
            .podman
            .containers()
            .list(&opts)
            .await
            .map_err(|e| Failure::of(&e).into_runtime_error())?;
        // libpod ANDs label filters; checking again keeps that promise on any version.
        Ok(listed
            .iter()
            .filter_map(spec::summary)
            .filter(|c| spec::has_labels(&c.labels, labels))
            .collect())
    }

    async fn events(&self) -> Result<EventStream, RuntimeError> {
        let since = SystemTime::now();
        // The stream connects lazily; find out now whether anyone is there.
        self.podman
            .ping()
            .await
            .map_err(|e| Failure::of(&e).into_runtime_error())?;
        Ok(events::subscribe(
            self.podman.clone(),
            self.health.subscribe(),
            since,
        ))
    }

    async fn logs(&self, id: &str) -> Result<Vec<LogLine>, RuntimeError> {
        let opts = ContainerLogsOpts::builder()
            .stdout(true)
            .stderr(true)
            .follow(false)
            .build();
        let container = self.podman.containers().get(id);
        let mut chunks = container.logs(&opts);
        let mut lines = Lines::default();
        while let Some(chunk) = chunks.next().await {
            let chunk = chunk.map_err(|e| Failure::of(&e).for_container(id))?;
            lines.push(&chunk);
        }
        Ok(lines.finish())
    }

    async fn exec(&self, id: &str, command: &[String]) -> Result<ExecOutput, RuntimeError> {
        let opts = ExecCreateOpts::builder()
            .command(command)
            .attach_stdout(true)
            .attach_stderr(true)
            .build();
        let exec = self
            .podman
            .containers()
            .get(id)
            .create_exec(&opts)
            .await
            .map_err(|e| Failure::of(&e).for_container(id))?;
        let started = exec
            .start(&ExecStartOpts::builder().build())
            .await
            .map_err(|e| Failure::of(&e).for_container(id))?;
        let mut output = String::new();
        if let Some(mut chunks) = started {
            while let Some(chunk) = chunks.next().await {
                match chunk {
                    Ok(TtyChunk::StdOut(bytes) | TtyChunk::StdErr(bytes)) => {
                        output.push_str(&String::from_utf8_lossy(&bytes));
                    }
                    Ok(TtyChunk::StdIn(_)) => {}
                    Err(e) => {
                        return Err(Failure::of(&podman_api::Error::Error(e)).for_container(id))
                    }
                }
            }
        }
        // The output ends when the process does, but libpod may record the exit a moment later.
        let deadline = tokio::time::Instant::now() + EXEC_EXIT_WAIT;
        loop {
            let inspected = exec
                .inspect()
                .await
                .map_err(|e| Failure::of(&e).for_container(id))?;
            let running = inspected
                .get("Running")
                .and_then(serde_json::Value::as_bool)
                .unwrap_or(false);
            if let Some(exit_code) = inspected
                .get("ExitCode")
                .and_then(serde_json::Value::as_i64)
                .filter(|_| !running)
            {
                return Ok(ExecOutput { exit_code, output });
            }
            if tokio::time::Instant::now() >= deadline {
                return Err(RuntimeError::Rejected(format!(
                    "the exec in {id} ended its output but never reported an exit code"
                )));
            }
            tokio::time::sleep(Duration::from_millis(20)).await;
        }
    }
}

#[cfg(test)]
mod tests {
    use ecsemu_runtime::contract::runtime_under_test;
    use serde_json::json;

    use super::*;

    #[test]
    fn socket_paths_and_uris() {
        assert_eq!(
            socket_path("/run/podman/podman.sock").unwrap(),
            PathBuf::from("/run/podman/podman.sock")
        );
        assert_eq!(
            socket_path("unix:///run/podman/podman.sock").unwrap(),
            PathBuf::from("/run/podman/podman.sock")
        );
        assert!(matches!(
            socket_path("tcp://localhost:8080"),
            Err(RuntimeError::Unreachable(_))
        ));
    }

    fn info(rootless: bool, cgroup: &str) -> Info {
        serde_json::from_value(json!({
            "host": {
                "cgroupVersion": cgroup,
                "cpus": 2,
                "memTotal": 25_276_502_016_u64,
                "security": {"rootless": rootless},
            },
            "version": {"Version": "4.3.1"},
        }))
        .unwrap()
    }

    #[test]
    fn limits_are_not_enforced_rootless_on_cgroup_v1() {
        let facts = runtime_info(&info(true, "v1"));
        assert_eq!(facts.name, "podman-rootless");
        assert!(!facts.limits_enforced);
        assert_eq!(facts.version, "4.3.1");
        assert_eq!(facts.cpus, 2);
        assert_eq!(facts.memory_bytes, 25_276_502_016);
        assert!(runtime_info(&info(true, "v2")).limits_enforced);
        let rootful = runtime_info(&info(false, "v1"));
        assert_eq!(rootful.name, "podman");
        assert!(rootful.limits_enforced);
    }

    #[test]
    fn grace_rounds_up_to_whole_seconds() {
        assert_eq!(grace_seconds(Duration::ZERO), 0);
        assert_eq!(grace_seconds(Duration::from_millis(1)), 1);
        assert_eq!(grace_seconds(Duration::from_secs(30)), 30);
        assert_eq!(grace_seconds(Duration::from_millis(2500)), 3);
    }

    #[test]
    fn init_fallback() {
        assert!(is_missing_init(
            "container-init binary not found on the host: stat /usr/libexec/podman/catatonit: \
             no such file or directory"
        ));
        assert_eq!(find_init(&["/nonexistent/init"]), None);
        let existing = std::env::current_exe().unwrap();
        let existing = existing.to_str().unwrap();
        assert_eq!(
            find_init(&["/nonexistent/init", existing]).as_deref(),
            Some(existing)
        );
    }

    #[test]
    fn check_intervals_from_inspection() {
        let data: InspectContainerData = serde_json::from_value(json!({
            "Id": "abc",
            "Config": {"Healthcheck": {"Test": ["CMD-SHELL", "true"], "Interval": 1_000_000_000}},
        }))
        .unwrap();
        assert_eq!(
            inspected_check_interval(&data),
            Some(Duration::from_secs(1))
        );
        let none: InspectContainerData =
            serde_json::from_value(json!({"Id": "abc", "Config": {}})).unwrap();
        assert_eq!(inspected_check_interval(&none), None);
        let disabled: InspectContainerData = serde_json::from_value(json!({
            "Id": "abc",
            "Config": {"Healthcheck": {"Test": ["NONE"]}},
        }))
        .unwrap();
        assert_eq!(inspected_check_interval(&disabled), None);
    }

    #[test]
    fn lines_are_split_per_stream() {
        let mut lines = Lines::default();
        lines.push(&TtyChunk::StdOut(b"one\ntw".to_vec()));
        lines.push(&TtyChunk::StdErr(b"err\r\n".to_vec()));
        lines.push(&TtyChunk::StdOut(b"o\nthree".to_vec()));
        let lines = lines.finish();
        let texts: Vec<(LogStream, &str)> =
            lines.iter().map(|l| (l.stream, l.text.as_str())).collect();
        assert_eq!(
            texts,
            vec![
                (LogStream::Stdout, "one"),
                (LogStream::Stderr, "err"),
                (LogStream::Stdout, "two"),
                (LogStream::Stdout, "three"),
            ]
        );
    }

    #[tokio::test]
    async fn connecting_to_nothing_is_unreachable() {
        let error = PodmanRuntime::connect("/nonexistent/podman.sock")
            .await
            .unwrap_err();
        assert!(matches!(error, RuntimeError::Unreachable(_)), "{error:?}");
    }

    /// The pause image is imported when absent. A name of its own keeps this from disturbing
    /// anything else using the store.
    #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
    async fn imports_the_pause_image_when_absent() {
        let Some(runtime) =
            runtime_under_test("podman", PodmanRuntime::connect("/run/podman/podman.sock")).await
        else {
            return;
        };
        let image = format!("ecsemu-test/pause-{}:1", std::process::id());
        let runtime = runtime.with_pause_image(&image);
        assert!(!runtime.image_present(&image).await.unwrap());
        let name = format!("ecsemu-pause-import-{}", std::process::id());
        let sandbox = runtime
            .create_sandbox(&SandboxSpec {
                name: name.clone(),
                ..SandboxSpec::default()
            })
            .await
            .expect("create_sandbox imports the image");
        assert!(runtime.image_present(&image).await.unwrap());
        let state = runtime.inspect_container(&sandbox).await.unwrap();
        assert_eq!(state.status, ContainerStatus::Running);
        runtime.remove_container(&sandbox).await.unwrap();
        runtime
            .podman
            .images()
            .get(image.as_str())
            .remove()
            .await
            .unwrap();
    }
}
