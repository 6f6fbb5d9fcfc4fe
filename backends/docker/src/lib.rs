//! The Docker Engine API backend: ecsemu's `ContainerRuntime` on a Docker daemon, through
//! bollard, over a unix socket or plain tcp.

mod error;
mod events;
mod logs;
mod spec;
mod state;

use std::collections::HashMap;
use std::time::Duration;

use async_trait::async_trait;
use bollard::container::LogOutput;
use bollard::errors::Error;
use bollard::exec::{CreateExecOptions, StartExecResults};
use bollard::models::ContainerCreateBody;
use bollard::query_parameters::{
    CreateContainerOptionsBuilder, CreateImageOptionsBuilder, EventsOptionsBuilder,
    ListContainersOptionsBuilder, LogsOptionsBuilder, RemoveContainerOptionsBuilder,
    RemoveVolumeOptions, StopContainerOptionsBuilder,
};
use bollard::{body_full, Docker, API_DEFAULT_VERSION};
use bytes::Bytes;
use ecsemu_runtime::{
    pause, ContainerId, ContainerRuntime, ContainerSpec, ContainerState, ContainerSummary,
    EventStream, ExecOutput, LogLine, RuntimeError, RuntimeInfo, SandboxSpec,
};
use futures::{future, Stream, StreamExt};

use crate::error::{container_error, describe, has_status, is_connection_error, runtime_error};

/// Where Docker listens unless told otherwise.
const DEFAULT_HOST: &str = "unix:///var/run/docker.sock";
/// How long one request may wait for the daemon's answer.
const REQUEST_TIMEOUT: Duration = Duration::from_secs(120);
/// How long `connect` waits for the daemon's first answer.
const CONNECT_TIMEOUT: Duration = Duration::from_secs(10);
/// How long `exec` waits, after the command's output ended, for Docker to record its exit.
const EXEC_EXIT_WAIT: Duration = Duration::from_secs(10);

/// A Docker daemon ecsemu runs tasks on.
#[derive(Debug, Clone)]
pub struct DockerRuntime {
    docker: Docker,
    /// The pause image's name; tests import it under a name of their own.
    pause_image: String,
}

impl DockerRuntime {
    /// Connects to the daemon at `host`, a `DOCKER_HOST`-style address (`unix:///path`,
    /// `tcp://host:port`; `None` is `/var/run/docker.sock`), and checks that it answers.
    pub async fn connect(host: Option<&str>) -> Result<Self, RuntimeError> {
        let host = host.unwrap_or(DEFAULT_HOST);
        let docker = client(host)?;
        docker
            .clone()
            .with_timeout(CONNECT_TIMEOUT)
            .ping()
            .await
            .map_err(|e| RuntimeError::Unreachable(format!("{host}: {}", describe(&e))))?;
        let docker = docker
            .negotiate_version()
            .await
            .map_err(|e| RuntimeError::Unreachable(format!("{host}: {}", describe(&e))))?;
        Ok(Self {
            docker,
            pause_image: pause::IMAGE.to_owned(),
        })
    }

    /// Uses `image` as the pause image instead of `ecsemu_runtime::pause::IMAGE`, so a test can
    /// watch it being imported without disturbing anyone else's sandboxes on the same daemon.
    #[doc(hidden)]
    #[must_use]
    pub fn with_pause_image(mut self, image: &str) -> Self {
        image.clone_into(&mut self.pause_image);
        self
    }

    async fn create(&self, name: &str, body: ContainerCreateBody) -> Result<String, RuntimeError> {
        let mut options = CreateContainerOptionsBuilder::new();
        if !name.is_empty() {
            options = options.name(name);
        }
        let created = self
            .docker
            .create_container(Some(options.build()), body)
            .await
            .map_err(runtime_error)?;
        for warning in created.warnings {
            tracing::debug!(container = %created.id, "docker: {warning}");
        }
        Ok(created.id)
    }

    /// Imports the pause image from the tar `ecsemu_runtime::pause` builds: no registry needed.
    async fn import_pause_image(&self) -> Result<(), RuntimeError> {
        let tar = pause::image_tar().ok_or_else(|| {
            RuntimeError::Rejected(format!(
                "ecsemu has no pause executable for {}",
                std::env::consts::ARCH
            ))
        })?;
        let (repo, tag) = split_reference(&self.pause_image);
        // The command is given on every sandbox anyway; recording it makes the image runnable
        // by hand too.
        let mut options = CreateImageOptionsBuilder::new()
            .from_src("-")
            .repo(repo)
            .changes(vec![format!("CMD [\"{}\"]", pause::COMMAND)]);
        if let Some(tag) = tag {
            options = options.tag(tag);
        }
        tracing::info!(image = %self.pause_image, "importing the pause image");
        drain(self.docker.create_image(
            Some(options.build()),
            Some(body_full(Bytes::from(tar))),
            None,
        ))
        .await
        .map_err(runtime_error)
    }

    /// Waits until Docker has recorded the end of exec `id` and gives its exit code.
    async fn exec_exit_code(&self, id: &str, container: &str) -> Result<i64, RuntimeError> {
        let deadline = tokio::time::Instant::now() + EXEC_EXIT_WAIT;
        loop {
            let inspect = self
                .docker
                .inspect_exec(id)
                .await
                .map_err(|e| container_error(e, container))?;
            match (inspect.running, inspect.exit_code) {
                (Some(false), Some(code)) => return Ok(code),
                _ if tokio::time::Instant::now() >= deadline => {
                    return Err(RuntimeError::Rejected(format!(
                        "exec in {container} ended its output but never reported an exit code"
                    )))
                }
                _ => tokio::time::sleep(Duration::from_millis(10)).await,
            }
        }
    }
}

/// A client for `host`; it has not talked to the daemon yet.
fn client(host: &str) -> Result<Docker, RuntimeError> {
    let timeout = REQUEST_TIMEOUT.as_secs();
    let docker = if let Some(path) = host.strip_prefix("unix://") {
        Docker::connect_with_unix(path, timeout, API_DEFAULT_VERSION)
    } else if host.starts_with("tcp://") || host.starts_with("http://") {
        Docker::connect_with_http(host, timeout, API_DEFAULT_VERSION)
    } else {
        return Err(RuntimeError::Unreachable(format!(
            "{host}: only unix:// and tcp:// Docker hosts are supported"
        )));
    };
    docker.map_err(|e| RuntimeError::Unreachable(format!("{host}: {}", describe(&e))))
}

/// Splits an image reference into repository and tag. A digest reference has no tag, and a
/// reference without one means `latest` (Docker would otherwise pull every tag).
fn split_reference(image: &str) -> (&str, Option<&str>) {
    if image.contains('@') {
        return (image, None);
    }
    let name_start = image.rfind('/').map_or(0, |slash| slash + 1);
    match image[name_start..].rfind(':') {
        Some(colon) => {
            let at = name_start + colon;
            (&image[..at], Some(&image[at + 1..]))
        }
        None => (image, Some("latest")),
    }
}

/// Reads a progress stream (pull, import) to its end; its first error is the result.
async fn drain<T>(stream: impl Stream<Item = Result<T, Error>>) -> Result<(), Error> {
    futures::pin_mut!(stream);
    while let Some(item) = stream.next().await {
        item?;
    }
    Ok(())
}

/// A failed pull is the image's fault (missing, no registry, no access) unless the daemon
/// itself is gone.
fn pull_error(error: Error) -> RuntimeError {
    if is_connection_error(&error) {
        return RuntimeError::Unreachable(describe(&error));
    }
    let message = match error {
        Error::DockerResponseServerError { message, .. } => message,
        Error::DockerStreamError { error } => error,
        other => describe(&other),
    };
    RuntimeError::ImageNotFound(message)
}

/// Docker's stop timeout: whole seconds, rounded up so a grace period is never cut short.
fn stop_seconds(grace: Duration) -> i32 {
    let seconds = grace
        .as_secs()
        .saturating_add(u64::from(grace.subsec_nanos() > 0));
    i32::try_from(seconds).unwrap_or(i32::MAX)
}

#[async_trait]
impl ContainerRuntime for DockerRuntime {
    async fn info(&self) -> Result<RuntimeInfo, RuntimeError> {
        let info = self.docker.info().await.map_err(runtime_error)?;
        Ok(RuntimeInfo {
            name: "docker".to_owned(),
            version: info.server_version.unwrap_or_default(),
            cpus: info
                .ncpu
                .and_then(|n| u32::try_from(n).ok())
                .unwrap_or_default(),
            memory_bytes: info
                .mem_total
                .and_then(|m| u64::try_from(m).ok())
                .unwrap_or_default(),
            os_type: info.os_type.unwrap_or_default(),
            architecture: info.architecture.unwrap_or_default(),
            // The version negotiated at connect: the newest both the daemon and this client
            // speak, as the ECS agent reports its docker-remote-api capabilities.
            api_version: Some(self.docker.client_version().to_string()),
            limits_enforced: true,
        })
    }

    async fn image_present(&self, image: &str) -> Result<bool, RuntimeError> {
        match self.docker.inspect_image(image).await {
            Ok(_) => Ok(true),
            Err(e) if has_status(&e, 404) => Ok(false),
            Err(e) => Err(runtime_error(e)),
        }
    }

    async fn pull_image(&self, image: &str) -> Result<(), RuntimeError> {
        let (repo, tag) = split_reference(image);
        let mut options = CreateImageOptionsBuilder::new().from_image(repo);
        if let Some(tag) = tag {
            options = options.tag(tag);
        }
        drain(self.docker.create_image(Some(options.build()), None, None))
            .await
            .map_err(pull_error)
    }

    async fn create_sandbox(&self, spec: &SandboxSpec) -> Result<ContainerId, RuntimeError> {
        let body = spec::sandbox_config(spec, &self.pause_image);
        // Creating first and importing only when the image is missing saves a round trip on
        // every sandbox but the first, and survives someone removing the image meanwhile.
        let id = match self.create(&spec.name, body.clone()).await {
            Err(RuntimeError::ImageNotFound(_)) => {
                self.import_pause_image().await?;
                self.create(&spec.name, body).await?
            }
            other => other?,
        };
        if let Err(error) = self.start_container(&id).await {
            let _ = self.remove_container(&id).await;
            return Err(error);
        }
        Ok(id)
    }

    async fn create_container(&self, spec: &ContainerSpec) -> Result<ContainerId, RuntimeError> {
        self.create(&spec.name, spec::container_config(spec)?).await
    }

    async fn start_container(&self, id: &str) -> Result<(), RuntimeError> {
        self.docker
            .start_container(id, None)
            .await
            .map_err(|e| container_error(e, id))
    }

    async fn stop_container(&self, id: &str, grace: Duration) -> Result<(), RuntimeError> {
        // The daemon answers once the container is gone, which may take the whole grace period.
        let docker = self
            .docker
            .clone()
            .with_timeout(grace.saturating_add(REQUEST_TIMEOUT));
        let options = StopContainerOptionsBuilder::new()
            .t(stop_seconds(grace))
            .build();
        docker
            .stop_container(id, Some(options))
            .await
            .map_err(|e| container_error(e, id))
    }

    async fn inspect_container(&self, id: &str) -> Result<ContainerState, RuntimeError> {
        let inspect = self
            .docker
            .inspect_container(id, None)
            .await
            .map_err(|e| container_error(e, id))?;
        Ok(state::container_state(&inspect))
    }

    async fn remove_container(&self, id: &str) -> Result<(), RuntimeError> {
        let options = RemoveContainerOptionsBuilder::new()
            .force(true)
            .v(true)
            .build();
        match self.docker.remove_container(id, Some(options)).await {
            Err(e) if has_status(&e, 404) => Ok(()),
            // Someone else is already removing it, which is all this asks for.
            Err(Error::DockerResponseServerError {
                status_code: 409,
                message,
            }) if message.contains("already in progress") => Ok(()),
            other => other.map_err(|e| container_error(e, id)),
        }
    }

    async fn remove_volume(&self, name: &str) -> Result<(), RuntimeError> {
        match self
            .docker
            .remove_volume(name, None::<RemoveVolumeOptions>)
            .await
        {
            Err(e) if has_status(&e, 404) => Ok(()),
            other => other.map_err(runtime_error),
        }
    }

    async fn list_containers(
        &self,
        labels: &[(String, String)],
    ) -> Result<Vec<ContainerSummary>, RuntimeError> {
        let filters = HashMap::from([(
            "label",
            labels.iter().map(|(k, v)| format!("{k}={v}")).collect(),
        )]);
        let options = ListContainersOptionsBuilder::new()
            .all(true)
            .filters(&filters)
            .build();
        let found = self
            .docker
            .list_containers(Some(options))
            .await
            .map_err(runtime_error)?;
        Ok(found.into_iter().filter_map(state::summary).collect())
    }

    async fn events(&self) -> Result<EventStream, RuntimeError> {
        // Subscribing from the daemon's "now" makes it replay what happens between this call
        // and the moment the (lazily sent) subscription reaches it, so no event is lost to a
        // caller that subscribes and then acts.
        let info = self.docker.info().await.map_err(runtime_error)?;
        let since = info
            .system_time
            .as_deref()
            .and_then(ecsemu_runtime::time::parse_rfc3339)
            .map(events::since_parameter);
        let mut options = EventsOptionsBuilder::new().filters(&events::filters());
        if let Some(since) = &since {
            options = options.since(since);
        }
        let stream = self
            .docker
            .events(Some(options.build()))
            .take_while(|item| {
                if let Err(error) = item {
                    tracing::debug!("docker event stream ended: {}", describe(error));
                }
                future::ready(item.is_ok())
            })
            .filter_map(|item| future::ready(item.ok()))
            .scan(events::EventMapper::default(), |mapper, message| {
                future::ready(Some(mapper.map(message)))
            })
            .filter_map(future::ready);
        Ok(stream.boxed())
    }

    async fn logs(&self, id: &str) -> Result<Vec<LogLine>, RuntimeError> {
        let options = LogsOptionsBuilder::new()
            .stdout(true)
            .stderr(true)
            .tail("all")
            .build();
        let mut stream = self.docker.logs(id, Some(options));
        let mut lines = logs::LineCollector::default();
        while let Some(chunk) = stream.next().await {
            lines.push(chunk.map_err(|e| container_error(e, id))?);
        }
        Ok(lines.finish())
    }

    async fn exec(&self, id: &str, command: &[String]) -> Result<ExecOutput, RuntimeError> {
        let exec = self
            .docker
            .create_exec(
                id,
                CreateExecOptions {
                    cmd: Some(command.to_vec()),
                    attach_stdout: Some(true),
                    attach_stderr: Some(true),
                    ..CreateExecOptions::default()
                },
            )
            .await
            .map_err(|e| container_error(e, id))?;
        let started = self
            .docker
            .start_exec(&exec.id, None)
            .await
            .map_err(|e| container_error(e, id))?;
        let mut output = Vec::new();
        if let StartExecResults::Attached {
            output: mut stream, ..
        } = started
        {
            while let Some(chunk) = stream.next().await {
                let chunk: LogOutput = chunk.map_err(|e| container_error(e, id))?;
                output.extend_from_slice(&chunk.into_bytes());
            }
        }
        Ok(ExecOutput {
            exit_code: self.exec_exit_code(&exec.id, id).await?,
            output: String::from_utf8_lossy(&output).into_owned(),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn references_split_into_repository_and_tag() {
        assert_eq!(split_reference("busybox:1.36"), ("busybox", Some("1.36")));
        assert_eq!(split_reference("busybox"), ("busybox", Some("latest")));
        assert_eq!(
            split_reference("localhost:5000/team/app"),
            ("localhost:5000/team/app", Some("latest"))
        );
        assert_eq!(
            split_reference("localhost:5000/team/app:v2"),
            ("localhost:5000/team/app", Some("v2"))
        );
        assert_eq!(
            split_reference("busybox@sha256:abcd"),
            ("busybox@sha256:abcd", None)
        );
        assert_eq!(split_reference(pause::IMAGE), ("ecsemu/pause", Some("1")));
    }

    #[test]
    fn failed_pulls_are_missing_images_unless_the_daemon_is_gone() {
        assert_eq!(
            pull_error(Error::DockerResponseServerError {
                status_code: 500,
                message: "dial tcp: lookup registry-1.docker.io: no such host".into(),
            }),
            RuntimeError::ImageNotFound(
                "dial tcp: lookup registry-1.docker.io: no such host".into()
            )
        );
        assert_eq!(
            pull_error(Error::DockerStreamError {
                error: "manifest unknown".into()
            }),
            RuntimeError::ImageNotFound("manifest unknown".into())
        );
        assert!(matches!(
            pull_error(Error::RequestTimeoutError),
            RuntimeError::Unreachable(_)
        ));
    }

    #[test]
    fn stop_timeouts_round_up_to_whole_seconds() {
        assert_eq!(stop_seconds(Duration::ZERO), 0);
        assert_eq!(stop_seconds(Duration::from_secs(30)), 30);
        assert_eq!(stop_seconds(Duration::from_millis(1500)), 2);
        assert_eq!(stop_seconds(Duration::MAX), i32::MAX);
    }

    #[test]
    fn only_unix_and_tcp_hosts_are_accepted() {
        assert!(matches!(
            client("ssh://somewhere"),
            Err(RuntimeError::Unreachable(_))
        ));
        assert!(matches!(
            client("unix:///nonexistent/docker.sock"),
            Err(RuntimeError::Unreachable(_))
        ));
        assert!(client("tcp://127.0.0.1:2375").is_ok());
    }
}
