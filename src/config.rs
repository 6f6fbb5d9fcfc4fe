//! Command-line flags, each with an environment variable of the same meaning.

use std::net::SocketAddr;
use std::time::Duration;

use clap::{Parser, Subcommand, ValueEnum};

use crate::control::safety::SafetyPolicy;
use crate::control::{PlaneConfig, PullBehavior};

#[derive(Debug, Parser)]
#[command(
    name = "ecsemu",
    version,
    about = "A local emulator of Amazon ECS: point the AWS CLI or any AWS SDK at it",
    long_about = "A local emulator of Amazon ECS. It serves the ECS API (AWS JSON 1.1) and runs \
                  tasks on Docker or Podman, or, without a runtime, stops them with \
                  stopCode TaskFailedToStart. With no subcommand it serves."
)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Option<Command>,
    #[command(flatten)]
    pub config: Config,
}

#[derive(Debug, Clone, Copy, Subcommand)]
pub enum Command {
    /// Serve the ECS API (the default).
    Serve,
}

/// Which container runtime runs tasks.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum RuntimeChoice {
    /// Docker, then Podman, then a docker/podman binary, else none.
    Auto,
    /// The Docker Engine API.
    Docker,
    /// Podman's libpod API.
    Podman,
    /// A docker or podman binary on PATH.
    Cli,
    /// No runtime: tasks stop with stopCode TaskFailedToStart.
    None,
}

#[derive(Debug, Clone, clap::Args)]
pub struct Config {
    /// Address to serve the ECS API on: HOST:PORT, or :PORT for 127.0.0.1 (:0 picks a free
    /// port).
    #[arg(
        long,
        env = "ECSEMU_LISTEN",
        default_value = "127.0.0.1:4566",
        value_parser = listen_address,
        global = true
    )]
    pub listen: SocketAddr,

    /// Container runtime to run tasks on.
    #[arg(
        long,
        env = "ECSEMU_RUNTIME",
        value_enum,
        default_value = "auto",
        global = true
    )]
    pub runtime: RuntimeChoice,

    /// The docker or podman binary the `cli` runtime runs (a name on PATH or a path); by
    /// default docker, else podman.
    #[arg(long, env = "ECSEMU_CLI_BINARY", global = true)]
    pub cli_binary: Option<String>,

    /// Region for requests whose signature names none.
    #[arg(
        long,
        env = "ECSEMU_REGION",
        default_value = "us-east-1",
        global = true
    )]
    pub region: String,

    /// Account for requests whose access key id is not a 12-digit account id.
    #[arg(long, env = "ECSEMU_ACCOUNT_ID", default_value = "000000000000", value_parser = account_id, global = true)]
    pub account_id: String,

    /// Log filter: error, warn, info, debug, trace (ecsemu's own detail; the libraries it uses
    /// stay at warn), or a tracing directive such as `ecsemu=debug,hyper=debug` for everything.
    #[arg(long, env = "ECSEMU_LOG_LEVEL", default_value = "info", global = true)]
    pub log_level: String,

    /// When to pull images, as the ECS agent's ECS_IMAGE_PULL_BEHAVIOR: prefer-cached (pull
    /// only images that are not local; ecsemu's default), default (the agent's: pull before
    /// every launch, fall back to a local image), always, once.
    #[arg(
        long,
        env = "ECSEMU_IMAGE_PULL_BEHAVIOR",
        default_value = "prefer-cached",
        global = true
    )]
    pub image_pull_behavior: PullBehavior,

    /// Seconds stopped tasks stay describable.
    #[arg(
        long,
        env = "ECSEMU_STOPPED_TASK_RETENTION",
        default_value_t = 3600,
        global = true
    )]
    pub stopped_task_retention: u64,

    /// Keep containers after their task stops (for debugging).
    #[arg(long, env = "ECSEMU_KEEP_STOPPED_CONTAINERS", global = true)]
    pub keep_stopped_containers: bool,

    /// Host address published container ports bind to.
    #[arg(
        long,
        env = "ECSEMU_PUBLISH_ADDRESS",
        default_value = "127.0.0.1",
        global = true
    )]
    pub publish_address: String,

    /// Host directory that task bind mounts (volumes with host.sourcePath) may come from;
    /// repeat for more. Without it no bind mount is allowed; runtime sockets never are.
    #[arg(
        long,
        env = "ECSEMU_ALLOW_HOST_MOUNTS",
        value_delimiter = ',',
        global = true
    )]
    pub allow_host_mounts: Vec<std::path::PathBuf>,

    /// Allow tasks with privileged containers.
    #[arg(long, env = "ECSEMU_ALLOW_PRIVILEGED", global = true)]
    pub allow_privileged: bool,

    /// Allow tasks that add Linux capabilities beyond the runtime's defaults.
    #[arg(long, env = "ECSEMU_ALLOW_ADDED_CAPABILITIES", global = true)]
    pub allow_added_capabilities: bool,

    /// Allow tasks that use the host's network, PID or IPC namespace.
    #[arg(long, env = "ECSEMU_ALLOW_HOST_NAMESPACES", global = true)]
    pub allow_host_namespaces: bool,

    /// Directory that environmentFiles are read from: `arn:aws:s3:::bucket/key` is read as
    /// `<dir>/bucket/key`. Without it, tasks with environment files fail to start.
    #[arg(long, env = "ECSEMU_ENVIRONMENT_FILES_DIR", global = true)]
    pub environment_files_dir: Option<std::path::PathBuf>,

    /// Seconds after reaching RUNNING that a service task without an essential container
    /// health check counts as healthy for a deployment (ECS waits 40).
    #[arg(
        long,
        env = "ECSEMU_SERVICE_WARMUP",
        default_value_t = 40,
        global = true
    )]
    pub service_warmup: u64,

    /// Whether this machine, with a real runtime, joins a cluster as a container instance the
    /// first time an EC2 task or service there finds no instance (as an EC2 host running the
    /// ECS agent would be): on or off.
    #[arg(
        long,
        env = "ECSEMU_LOCAL_INSTANCE",
        value_enum,
        default_value = "on",
        global = true
    )]
    pub local_instance: Switch,
}

/// A feature that is on or off.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Switch {
    On,
    Off,
}

/// `HOST:PORT`, or `:PORT` on the default host: serving beyond loopback stays something the
/// operator asks for by name.
fn listen_address(value: &str) -> Result<SocketAddr, String> {
    let address = match value.strip_prefix(':') {
        Some(port) => format!("127.0.0.1:{port}"),
        None => value.to_owned(),
    };
    address
        .parse()
        .map_err(|_| format!("{value:?} is not HOST:PORT or :PORT (e.g. 127.0.0.1:4566, :0)"))
}

fn account_id(value: &str) -> Result<String, String> {
    if value.len() == 12 && value.bytes().all(|b| b.is_ascii_digit()) {
        Ok(value.to_owned())
    } else {
        Err("an account id is 12 digits".to_owned())
    }
}

/// The tracing filter for a `--log-level`: a bare level applies to ecsemu's own crates (all
/// named `ecsemu*`) while the HTTP and runtime client libraries stay at warn, so `debug` shows
/// ecsemu's detail rather than the Docker client's wire dumps; anything else is a directive
/// the user wrote and is taken as it is.
pub fn filter_for(log_level: &str) -> String {
    const LEVELS: [&str; 5] = ["error", "warn", "info", "debug", "trace"];
    let level = log_level.trim().to_ascii_lowercase();
    if !LEVELS.contains(&level.as_str()) {
        return log_level.to_owned();
    }
    let libraries = if level == "error" { "error" } else { "warn" };
    format!("{libraries},ecsemu={level}")
}

impl Config {
    pub fn log_filter(&self) -> String {
        filter_for(&self.log_level)
    }

    pub fn plane(&self) -> PlaneConfig {
        PlaneConfig {
            pull_behavior: self.image_pull_behavior,
            stopped_task_retention: Duration::from_secs(self.stopped_task_retention),
            keep_stopped_containers: self.keep_stopped_containers,
            publish_address: self.publish_address.clone(),
            safety: SafetyPolicy {
                host_mount_roots: self.allow_host_mounts.clone(),
                privileged: self.allow_privileged,
                added_capabilities: self.allow_added_capabilities,
                host_namespaces: self.allow_host_namespaces,
                runtime_sockets: crate::runtime::runtime_sockets(&crate::runtime::Host),
            },
            environment_files_dir: self.environment_files_dir.clone(),
            service_warmup: Duration::from_secs(self.service_warmup),
            local_instance: self.local_instance == Switch::On,
            ..PlaneConfig::default()
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn defaults_serve_on_4566_with_auto_runtime() {
        let cli = Cli::try_parse_from(["ecsemu"]).unwrap();
        assert!(cli.command.is_none());
        assert_eq!(cli.config.listen.port(), 4566);
        assert_eq!(cli.config.runtime, RuntimeChoice::Auto);
        assert!(cli.config.plane().local_instance);
        let off = Cli::try_parse_from(["ecsemu", "--local-instance", "off"]).unwrap();
        assert!(!off.config.plane().local_instance);
    }

    #[test]
    fn flags_parse_before_or_after_serve() {
        let cli = Cli::try_parse_from([
            "ecsemu",
            "serve",
            "--runtime",
            "none",
            "--region",
            "eu-west-1",
        ])
        .unwrap();
        assert_eq!(cli.config.runtime, RuntimeChoice::None);
        assert_eq!(cli.config.region, "eu-west-1");
    }

    #[test]
    fn listen_takes_host_and_port_or_a_port_on_loopback() {
        let listen = |value: &str| {
            Cli::try_parse_from(["ecsemu", "--listen", value]).map(|cli| cli.config.listen)
        };
        assert_eq!(listen(":0").unwrap(), "127.0.0.1:0".parse().unwrap());
        assert_eq!(listen(":8080").unwrap(), "127.0.0.1:8080".parse().unwrap());
        assert_eq!(listen("0.0.0.0:9").unwrap(), "0.0.0.0:9".parse().unwrap());
        assert_eq!(listen("[::1]:9").unwrap(), "[::1]:9".parse().unwrap());
        for bad in [":", ":x", ":65536", "4566", "localhost", ""] {
            assert!(listen(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn bare_levels_apply_to_ecsemu_and_directives_are_kept() {
        assert_eq!(filter_for("debug"), "warn,ecsemu=debug");
        assert_eq!(filter_for("INFO"), "warn,ecsemu=info");
        assert_eq!(filter_for("error"), "error,ecsemu=error");
        assert_eq!(
            filter_for("ecsemu=debug,hyper=trace"),
            "ecsemu=debug,hyper=trace"
        );
    }

    #[test]
    fn account_ids_are_twelve_digits() {
        assert!(Cli::try_parse_from(["ecsemu", "--account-id", "123"]).is_err());
        assert!(Cli::try_parse_from(["ecsemu", "--image-pull-behavior", "sometimes"]).is_err());
    }
}
