//! A `ContainerRuntime` that shells out to a `docker` or `podman` binary.
//!
//! For machines where the emulator cannot reach an engine's API socket but a CLI works (a
//! remote context, a wrapper script, Podman without its service). Every operation is one CLI
//! invocation where one suffices, because each costs a process spawn (~17 ms for docker,
//! ~46 ms for podman). The child processes inherit the environment, so `DOCKER_HOST`,
//! `DOCKER_CONTEXT` and `CONTAINER_HOST` apply to them as they would in a shell.

mod argv;
mod errors;
mod events;
mod health;
mod parse;
mod process;

use std::path::{Path, PathBuf};
use std::time::Duration;

use async_trait::async_trait;
use ecsemu_runtime::{
    pause, ContainerId, ContainerRuntime, ContainerSpec, ContainerState, ContainerSummary,
    EventStream, ExecOutput, LogLine, RuntimeError, RuntimeInfo, SandboxSpec, Ulimit,
};
use parking_lot::Mutex;

use crate::health::HealthChecks;
use crate::process::{printed_id, Cli, Flavor, Output, CALL_TIMEOUT, PULL_TIMEOUT};

/// Init binaries Podman can be pointed at when its own (catatonit) is not installed; all of
/// them are static, take `--` before the command and forward signals.
const FALLBACK_INITS: &[&str] = &["catatonit", "tini-static", "tini", "docker-init"];

/// See the crate documentation.
pub struct CliRuntime {
    cli: Cli,
    pause_image: String,
    /// Serialises imports of the pause image, so concurrent sandboxes import it once.
    pause_import: tokio::sync::Mutex<()>,
    /// The init binary Podman is given once its default one turned out to be missing.
    init_path: Mutex<Option<PathBuf>>,
    /// Podman only: the health checks this crate runs (see `health`).
    health: Option<HealthChecks>,
    /// Podman only: what a container gets for `nofile`/`nproc` when its spec sets other
    /// ulimits. Podman 4 then asks for 1048576 of each, which a root without
    /// CAP_SYS_RESOURCE cannot grant beyond the limits conmon runs under, so the container
    /// fails to start. This process's limits, with `nproc` capped at the kernel's pid_max as
    /// conmon's is, always work, and are what Docker's containers inherit from its daemon.
    inherited_ulimits: Vec<Ulimit>,
}

impl std::fmt::Debug for CliRuntime {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("CliRuntime")
            .field("binary", &self.cli.binary())
            .field("flavor", &self.cli.flavor)
            .finish_non_exhaustive()
    }
}

impl CliRuntime {
    /// The binary called `name` on `PATH`.
    pub fn find(name: &str) -> Option<PathBuf> {
        which::which(name).ok()
    }

    /// Uses `binary`, after finding out whether it is docker or podman and checking that the
    /// runtime behind it answers.
    pub async fn connect(binary: &Path) -> Result<Self, RuntimeError> {
        // The flavour is not known yet, and `--version` reads the same on both.
        let probe = Cli::new(binary, Flavor::Docker);
        let version = probe.output(&["--version"], None, CALL_TIMEOUT).await?;
        if !version.success() {
            return Err(RuntimeError::Unreachable(format!(
                "`{} --version` failed: {}",
                binary.display(),
                errors::message(&version.stderr, version.code)
            )));
        }
        let flavor = parse::flavor(&version.stdout).ok_or_else(|| {
            RuntimeError::Unreachable(format!(
                "{} is neither docker nor podman: it says {:?}",
                binary.display(),
                version.stdout.trim()
            ))
        })?;
        let cli = Cli::new(binary, flavor);
        let runtime = Self {
            health: (flavor == Flavor::Podman).then(|| HealthChecks::new(cli.clone())),
            cli,
            pause_image: pause::IMAGE.to_owned(),
            pause_import: tokio::sync::Mutex::new(()),
            init_path: Mutex::new(None),
            inherited_ulimits: if flavor == Flavor::Podman {
                own_limits().await
            } else {
                Vec::new()
            },
        };
        match runtime.info().await {
            Ok(_) => Ok(runtime),
            Err(error @ RuntimeError::Unreachable(_)) => Err(error),
            Err(error) => Err(RuntimeError::Unreachable(error.to_string())),
        }
    }

    /// Uses `image` instead of `ecsemu_runtime::pause::IMAGE` for sandboxes, so tests can
    /// exercise the import without removing the image other tests share.
    #[doc(hidden)]
    #[must_use]
    pub fn with_pause_image(mut self, image: &str) -> Self {
        image.clone_into(&mut self.pause_image);
        self
    }

    /// Imports the pause image unless someone else did meanwhile.
    async fn import_pause_image(&self) -> Result<(), RuntimeError> {
        let _guard = self.pause_import.lock().await;
        if self.image_present(&self.pause_image).await? {
            return Ok(());
        }
        let tar = pause::image_tar().ok_or_else(|| {
            RuntimeError::Rejected(format!(
                "no pause image for the {} architecture",
                std::env::consts::ARCH
            ))
        })?;
        let output = self
            .cli
            .output(
                &["import", "--", "-", self.pause_image.as_str()],
                Some(&tar),
                CALL_TIMEOUT,
            )
            .await?;
        if output.success() {
            tracing::info!(image = %self.pause_image, "imported the pause image");
            Ok(())
        } else {
            Err(output.error(&self.pause_image))
        }
    }

    async fn run_sandbox(&self, spec: &SandboxSpec) -> Result<Output, RuntimeError> {
        let args = argv::sandbox(spec, &self.pause_image, pause::COMMAND);
        self.cli.output(&args, None, CALL_TIMEOUT).await
    }

    async fn create(
        &self,
        spec: &ContainerSpec,
        init_path: Option<&Path>,
    ) -> Result<Output, RuntimeError> {
        let args = argv::create(self.cli.flavor, spec, init_path, &self.inherited_ulimits);
        self.cli.output(&args, None, CALL_TIMEOUT).await
    }
}

/// The `nofile` and `nproc` limits of this process (which the CLI's children inherit); none
/// where `/proc` does not tell.
async fn own_limits() -> Vec<Ulimit> {
    let Ok(limits) = tokio::fs::read_to_string("/proc/self/limits").await else {
        return Vec::new();
    };
    let pid_max = tokio::fs::read_to_string("/proc/sys/kernel/pid_max")
        .await
        .ok()
        .and_then(|text| text.trim().parse().ok());
    parse::process_limits(&limits, pid_max)
}

/// Whether `output` is the CLI failing to exec rather than the command exiting: the command's
/// own exit status and stderr pass through `exec`, so only the CLI's error shapes count.
fn exec_failed(flavor: Flavor, output: &Output) -> bool {
    let stderr = output.stderr.trim_start();
    match flavor {
        Flavor::Docker => {
            output.code == Some(1)
                && (stderr.starts_with("Error response from daemon:")
                    || stderr.starts_with("Error: No such container")
                    || errors::is_unreachable(stderr))
        }
        // 125 is Podman's own failure; an exec on a stopped container exits 255.
        Flavor::Podman => matches!(output.code, Some(125 | 255)) && stderr.starts_with("Error: "),
    }
}

#[async_trait]
impl ContainerRuntime for CliRuntime {
    async fn info(&self) -> Result<RuntimeInfo, RuntimeError> {
        let json = self
            .cli
            .run(&["info", "--format", "{{json .}}"], "info")
            .await?;
        let mut facts = parse::info(self.cli.flavor, &json)?;
        if self.cli.flavor == Flavor::Docker {
            let api = self
                .cli
                .run(
                    &["version", "--format", "{{.Server.APIVersion}}"],
                    "version",
                )
                .await?;
            facts.api_version = Some(api.trim().to_owned()).filter(|v| !v.is_empty());
        }
        Ok(facts)
    }

    async fn image_present(&self, image: &str) -> Result<bool, RuntimeError> {
        let output = self
            .cli
            .output(
                &["image", "inspect", "--format", "{{.Id}}", "--", image],
                None,
                CALL_TIMEOUT,
            )
            .await?;
        if output.success() {
            Ok(true)
        } else if errors::is_missing_image(&output.stderr)
            && !errors::is_unreachable(&output.stderr)
        {
            Ok(false)
        } else {
            Err(output.error(image))
        }
    }

    async fn pull_image(&self, image: &str) -> Result<(), RuntimeError> {
        let output = self
            .cli
            .output_within(&["pull", "--", image], None, PULL_TIMEOUT)
            .await?
            .ok_or_else(|| {
                RuntimeError::ImageNotFound(format!(
                    "pulling {image} did not finish within {}s",
                    PULL_TIMEOUT.as_secs()
                ))
            })?;
        if output.success() {
            Ok(())
        } else {
            Err(errors::pull_error(&output.stderr, output.code))
        }
    }

    async fn create_sandbox(&self, spec: &SandboxSpec) -> Result<ContainerId, RuntimeError> {
        // Trying first keeps the common case to one call; only a missing image costs more.
        let mut output = self.run_sandbox(spec).await?;
        if !output.success() && errors::is_missing_image(&output.stderr) {
            self.import_pause_image().await?;
            output = self.run_sandbox(spec).await?;
        }
        if !output.success() {
            return Err(output.error(&spec.name));
        }
        printed_id(&output.stdout)
            .ok_or_else(|| RuntimeError::Rejected(format!("`run` printed no id for {}", spec.name)))
    }

    async fn create_container(&self, spec: &ContainerSpec) -> Result<ContainerId, RuntimeError> {
        let podman_init = self.cli.flavor == Flavor::Podman && spec.init;
        let init_path = if podman_init {
            self.init_path.lock().clone()
        } else {
            None
        };
        let mut output = self.create(spec, init_path.as_deref()).await?;
        if podman_init
            && init_path.is_none()
            && !output.success()
            && output.stderr.contains("container-init binary not found")
        {
            if let Some(found) = FALLBACK_INITS
                .iter()
                .find_map(|name| which::which(name).ok())
            {
                tracing::info!(init = %found.display(), "podman's init is missing; using another");
                *self.init_path.lock() = Some(found.clone());
                output = self.create(spec, Some(&found)).await?;
            }
        }
        if !output.success() {
            return Err(output.error(&spec.name));
        }
        let id = printed_id(&output.stdout).ok_or_else(|| {
            RuntimeError::Rejected(format!("`create` printed no id for {}", spec.name))
        })?;
        if let (Some(health), Some(check)) = (&self.health, &spec.health_check) {
            health.register(&id, check);
        }
        Ok(id)
    }

    async fn start_container(&self, id: &str) -> Result<(), RuntimeError> {
        self.cli.run(&["start", "--", id], id).await?;
        if let Some(health) = &self.health {
            health.start(id);
        }
        Ok(())
    }

    async fn stop_container(&self, id: &str, grace: Duration) -> Result<(), RuntimeError> {
        let output = self
            .cli
            .output(&argv::stop(id, grace), None, grace + CALL_TIMEOUT)
            .await?;
        if output.success() {
            Ok(())
        } else {
            Err(output.error(id))
        }
    }

    async fn inspect_container(&self, id: &str) -> Result<ContainerState, RuntimeError> {
        let json = self
            .cli
            .run(&["container", "inspect", "--", id], id)
            .await?;
        parse::inspect(&json)?.ok_or_else(|| RuntimeError::ContainerNotFound(id.to_owned()))
    }

    async fn remove_container(&self, id: &str) -> Result<(), RuntimeError> {
        if let Some(health) = &self.health {
            health.forget(id);
        }
        match self.cli.run(&argv::remove(self.cli.flavor, id), id).await {
            Ok(_) | Err(RuntimeError::ContainerNotFound(_)) => Ok(()),
            Err(error) => Err(error),
        }
    }

    async fn remove_volume(&self, name: &str) -> Result<(), RuntimeError> {
        let output = self
            .cli
            .output(&["volume", "rm", "-f", "--", name], None, CALL_TIMEOUT)
            .await?;
        if output.success() || output.stderr.to_lowercase().contains("no such volume") {
            Ok(())
        } else {
            Err(output.error(name))
        }
    }

    async fn list_containers(
        &self,
        labels: &[(String, String)],
    ) -> Result<Vec<ContainerSummary>, RuntimeError> {
        let text = self
            .cli
            .run(&argv::list(self.cli.flavor, labels), "ps")
            .await?;
        parse::list(self.cli.flavor, &text)
    }

    async fn events(&self) -> Result<EventStream, RuntimeError> {
        events::subscribe(
            self.cli.clone(),
            self.health.as_ref().map(HealthChecks::subscribe),
        )
    }

    async fn logs(&self, id: &str) -> Result<Vec<LogLine>, RuntimeError> {
        let output = self
            .cli
            .output(&["logs", "--timestamps", "--", id], None, CALL_TIMEOUT)
            .await?;
        if output.success() {
            Ok(parse::logs(&output.stdout, &output.stderr))
        } else {
            Err(output.error(id))
        }
    }

    async fn exec(&self, id: &str, command: &[String]) -> Result<ExecOutput, RuntimeError> {
        if command.is_empty() {
            return Err(RuntimeError::Rejected("exec needs a command".to_owned()));
        }
        let mut args = vec!["exec".to_owned(), "--".to_owned(), id.to_owned()];
        args.extend(command.iter().cloned());
        let output = self.cli.output(&args, None, CALL_TIMEOUT).await?;
        if exec_failed(self.cli.flavor, &output) {
            return Err(output.error(id));
        }
        let Some(exit_code) = output.code else {
            return Err(RuntimeError::Rejected(format!(
                "`{} exec` was killed by a signal",
                self.cli.flavor.name()
            )));
        };
        Ok(ExecOutput {
            exit_code: i64::from(exit_code),
            output: output.stdout + &output.stderr,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn output(code: i32, stderr: &str) -> Output {
        Output {
            code: Some(code),
            stdout: String::new(),
            stderr: stderr.to_owned(),
        }
    }

    #[test]
    fn exec_failures_are_the_clis_not_the_commands() {
        let docker = Flavor::Docker;
        assert!(exec_failed(
            docker,
            &output(
                1,
                "Error response from daemon: Container abc is not running\n"
            )
        ));
        assert!(exec_failed(
            docker,
            &output(1, "Error response from daemon: No such container: abc")
        ));
        assert!(!exec_failed(docker, &output(1, "grep: nothing\n")));
        assert!(!exec_failed(
            docker,
            &output(
                126,
                "OCI runtime exec failed: exec failed: executable file not found"
            )
        ));
        let podman = Flavor::Podman;
        assert!(exec_failed(
            podman,
            &output(255, "Error: can only create exec sessions on running containers: container state improper")
        ));
        assert!(exec_failed(
            podman,
            &output(
                125,
                "Error: no container with name or ID \"abc\" found: no such container"
            )
        ));
        assert!(!exec_failed(
            podman,
            &output(127, "Error: executable file `nope` not found")
        ));
        assert!(!exec_failed(podman, &output(1, "Error: the command's own")));
    }
}
