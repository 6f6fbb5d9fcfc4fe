//! Picks the container runtime at startup. The environment is read through `Environment`, so
//! the order of preference is unit-tested without touching the machine.

use std::path::{Path, PathBuf};
use std::sync::Arc;

use ecsemu_runtime::ContainerRuntime;
use ecsemu_runtime_none::NoRuntime;

use crate::config::RuntimeChoice;

mod guard;

pub use guard::{go_duration, Guarded, RuntimeTimeouts};

/// What selection reads of the machine.
pub trait Environment {
    fn var(&self, name: &str) -> Option<String>;
    fn uid(&self) -> u32;
    fn exists(&self, path: &Path) -> bool;
    /// A binary on PATH (or the path itself, if it names an existing file).
    fn which(&self, binary: &str) -> Option<PathBuf>;
}

/// The real machine.
pub struct Host;

impl Environment for Host {
    fn var(&self, name: &str) -> Option<String> {
        std::env::var(name).ok().filter(|v| !v.is_empty())
    }

    fn uid(&self) -> u32 {
        nix::unistd::getuid().as_raw()
    }

    fn exists(&self, path: &Path) -> bool {
        path.exists()
    }

    fn which(&self, binary: &str) -> Option<PathBuf> {
        which::which(binary).ok()
    }
}

/// A runtime worth trying, and why.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Candidate {
    /// The Docker Engine API at `host` (a DOCKER_HOST value), or the default socket.
    Docker { host: Option<String>, why: String },
    /// Podman's API at a unix socket.
    Podman { socket: String, why: String },
    /// A docker or podman binary.
    Cli { binary: PathBuf, why: String },
}

const DOCKER_SOCKET: &str = "/var/run/docker.sock";
const PODMAN_SOCKET: &str = "/run/podman/podman.sock";

/// The Docker Engine API, if configured or present: DOCKER_HOST, else the default socket.
fn docker(env: &dyn Environment) -> Option<Candidate> {
    if let Some(host) = env.var("DOCKER_HOST") {
        return Some(Candidate::Docker {
            why: format!("DOCKER_HOST={host}"),
            host: Some(host),
        });
    }
    env.exists(Path::new(DOCKER_SOCKET))
        .then(|| Candidate::Docker {
            host: None,
            why: format!("{DOCKER_SOCKET} exists"),
        })
}

/// Podman sockets, most specific first: the user's rootless socket, the rootful one, then
/// CONTAINER_HOST.
fn podman(env: &dyn Environment) -> Vec<Candidate> {
    let mut found = Vec::new();
    let uid = env.uid();
    if uid != 0 {
        let runtime_dir = env
            .var("XDG_RUNTIME_DIR")
            .unwrap_or_else(|| format!("/run/user/{uid}"));
        let socket = format!("{runtime_dir}/podman/podman.sock");
        if env.exists(Path::new(&socket)) {
            found.push(Candidate::Podman {
                why: format!("the rootless socket {socket} exists (uid {uid})"),
                socket,
            });
        }
    }
    if env.exists(Path::new(PODMAN_SOCKET)) {
        found.push(Candidate::Podman {
            socket: PODMAN_SOCKET.to_owned(),
            why: format!("{PODMAN_SOCKET} exists"),
        });
    }
    if let Some(host) = env.var("CONTAINER_HOST") {
        if let Some(socket) = host.strip_prefix("unix://") {
            found.push(Candidate::Podman {
                socket: socket.to_owned(),
                why: format!("CONTAINER_HOST={host}"),
            });
        }
    }
    found
}

/// Binaries for the CLI backend: the one asked for, else docker then podman.
fn binaries(env: &dyn Environment, asked: Option<&str>) -> Vec<Candidate> {
    let names: Vec<&str> = asked.map_or_else(|| vec!["docker", "podman"], |b| vec![b]);
    names
        .into_iter()
        .filter_map(|name| {
            env.which(name).map(|binary| Candidate::Cli {
                why: format!("{} is on PATH", binary.display()),
                binary,
            })
        })
        .collect()
}

/// What to try, in order, for `choice`.
pub fn candidates(
    choice: RuntimeChoice,
    cli_binary: Option<&str>,
    env: &dyn Environment,
) -> Vec<Candidate> {
    match choice {
        RuntimeChoice::None => Vec::new(),
        RuntimeChoice::Docker => vec![docker(env).unwrap_or(Candidate::Docker {
            host: None,
            why: "--runtime docker".to_owned(),
        })],
        RuntimeChoice::Podman => podman(env),
        RuntimeChoice::Cli => binaries(env, cli_binary),
        RuntimeChoice::Auto => docker(env)
            .into_iter()
            .chain(podman(env))
            .chain(binaries(env, cli_binary))
            .collect(),
    }
}

/// The runtime tasks run on, and what to tell the user about the choice.
pub struct Selected {
    pub runtime: Arc<dyn ContainerRuntime>,
    pub name: String,
    pub why: String,
    /// `auto` found nothing and fell back to no runtime.
    pub fell_back: bool,
}

/// Resolves `--runtime`: the first candidate that answers. An explicitly chosen runtime that
/// cannot be used is an error that stops startup; `auto` falls back to `none`.
pub async fn select(
    choice: RuntimeChoice,
    cli_binary: Option<&str>,
    env: &dyn Environment,
) -> Result<Selected, String> {
    if choice == RuntimeChoice::None {
        return Ok(Selected {
            runtime: Arc::new(NoRuntime),
            name: "none".to_owned(),
            why: "--runtime none: launched tasks stop with stopCode TaskFailedToStart".to_owned(),
            fell_back: false,
        });
    }
    let mut tried = Vec::new();
    for candidate in candidates(choice, cli_binary, env) {
        match connect(&candidate).await {
            Ok(runtime) => {
                let name = runtime
                    .info()
                    .await
                    .map_or_else(|_| "unknown".to_owned(), |info| info.name);
                let why = match &candidate {
                    Candidate::Docker { why, .. }
                    | Candidate::Podman { why, .. }
                    | Candidate::Cli { why, .. } => why.clone(),
                };
                return Ok(Selected {
                    runtime,
                    name,
                    why,
                    fell_back: false,
                });
            }
            Err(error) => tried.push(format!("{candidate:?}: {error}")),
        }
    }
    let tried = if tried.is_empty() {
        "nothing was found to try".to_owned()
    } else {
        tried.join("; ")
    };
    if choice == RuntimeChoice::Auto {
        Ok(Selected {
            runtime: Arc::new(NoRuntime),
            name: "none".to_owned(),
            why: format!(
                "no container runtime answered ({tried}); tasks will stop with stopCode \
                 TaskFailedToStart. Start Docker or Podman, or put a docker/podman binary on \
                 PATH, and restart ecsemu"
            ),
            fell_back: true,
        })
    } else {
        Err(format!("--runtime {choice:?} is unavailable: {tried}").to_lowercase())
    }
}

async fn connect(candidate: &Candidate) -> Result<Arc<dyn ContainerRuntime>, String> {
    match candidate {
        #[cfg(feature = "docker")]
        Candidate::Docker { host, .. } => {
            shared(ecsemu_runtime_docker::DockerRuntime::connect(host.as_deref()).await)
        }
        #[cfg(feature = "podman")]
        Candidate::Podman { socket, .. } => {
            shared(ecsemu_runtime_podman::PodmanRuntime::connect(socket).await)
        }
        #[cfg(feature = "cli")]
        Candidate::Cli { binary, .. } => {
            shared(ecsemu_runtime_cli::CliRuntime::connect(binary).await)
        }
        #[allow(unreachable_patterns)]
        _ => Err("this build of ecsemu leaves that backend out (cargo features)".to_owned()),
    }
}

#[cfg(any(feature = "docker", feature = "podman", feature = "cli"))]
fn shared<R: ContainerRuntime>(
    connected: Result<R, ecsemu_runtime::RuntimeError>,
) -> Result<Arc<dyn ContainerRuntime>, String> {
    connected
        .map(|r| Arc::new(r) as Arc<dyn ContainerRuntime>)
        .map_err(|e| e.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::{BTreeMap, BTreeSet};

    #[derive(Default)]
    struct Fake {
        vars: BTreeMap<&'static str, &'static str>,
        uid: u32,
        files: BTreeSet<&'static str>,
        binaries: BTreeSet<&'static str>,
    }

    impl Environment for Fake {
        fn var(&self, name: &str) -> Option<String> {
            self.vars.get(name).map(|v| (*v).to_owned())
        }
        fn uid(&self) -> u32 {
            self.uid
        }
        fn exists(&self, path: &Path) -> bool {
            self.files.contains(path.to_str().unwrap_or_default())
        }
        fn which(&self, binary: &str) -> Option<PathBuf> {
            self.binaries
                .contains(binary)
                .then(|| PathBuf::from(format!("/usr/bin/{binary}")))
        }
    }

    fn kinds(found: &[Candidate]) -> Vec<String> {
        found
            .iter()
            .map(|c| match c {
                Candidate::Docker { host, .. } => {
                    format!("docker:{}", host.as_deref().unwrap_or("default"))
                }
                Candidate::Podman { socket, .. } => format!("podman:{socket}"),
                Candidate::Cli { binary, .. } => format!("cli:{}", binary.display()),
            })
            .collect()
    }

    #[test]
    fn auto_prefers_docker_then_podman_then_a_cli() {
        let env = Fake {
            uid: 1000,
            vars: BTreeMap::from([("XDG_RUNTIME_DIR", "/run/user/1000")]),
            files: BTreeSet::from([
                "/var/run/docker.sock",
                "/run/user/1000/podman/podman.sock",
                "/run/podman/podman.sock",
            ]),
            binaries: BTreeSet::from(["docker", "podman"]),
        };
        assert_eq!(
            kinds(&candidates(RuntimeChoice::Auto, None, &env)),
            [
                "docker:default",
                "podman:/run/user/1000/podman/podman.sock",
                "podman:/run/podman/podman.sock",
                "cli:/usr/bin/docker",
                "cli:/usr/bin/podman",
            ]
        );
    }

    #[test]
    fn docker_host_wins_over_the_socket() {
        let env = Fake {
            vars: BTreeMap::from([("DOCKER_HOST", "tcp://10.0.0.1:2375")]),
            files: BTreeSet::from(["/var/run/docker.sock"]),
            ..Fake::default()
        };
        assert_eq!(
            kinds(&candidates(RuntimeChoice::Auto, None, &env)),
            ["docker:tcp://10.0.0.1:2375"]
        );
    }

    #[test]
    fn rootless_podman_uses_the_users_runtime_dir_or_run_user() {
        let env = Fake {
            uid: 1001,
            files: BTreeSet::from(["/run/user/1001/podman/podman.sock"]),
            ..Fake::default()
        };
        assert_eq!(
            kinds(&candidates(RuntimeChoice::Podman, None, &env)),
            ["podman:/run/user/1001/podman/podman.sock"]
        );
        let root = Fake {
            uid: 0,
            vars: BTreeMap::from([("CONTAINER_HOST", "unix:///srv/podman.sock")]),
            files: BTreeSet::from(["/run/user/0/podman/podman.sock"]),
            ..Fake::default()
        };
        assert_eq!(
            kinds(&candidates(RuntimeChoice::Podman, None, &root)),
            ["podman:/srv/podman.sock"],
            "root uses the rootful socket, then CONTAINER_HOST"
        );
    }

    #[test]
    fn the_cli_backend_takes_the_binary_asked_for() {
        let env = Fake {
            binaries: BTreeSet::from(["docker", "podman"]),
            ..Fake::default()
        };
        assert_eq!(
            kinds(&candidates(RuntimeChoice::Cli, Some("podman"), &env)),
            ["cli:/usr/bin/podman"]
        );
        assert!(candidates(RuntimeChoice::Cli, Some("nerdctl"), &env).is_empty());
    }

    #[test]
    fn nothing_found_means_nothing_to_try() {
        assert!(candidates(RuntimeChoice::Auto, None, &Fake::default()).is_empty());
    }

    #[tokio::test]
    async fn auto_falls_back_to_none_and_explicit_choices_fail() {
        let selected = select(RuntimeChoice::Auto, None, &Fake::default())
            .await
            .ok()
            .unwrap();
        assert_eq!(selected.name, "none");
        assert!(selected.fell_back);
        assert!(selected.why.contains("TaskFailedToStart"));
        assert!(select(RuntimeChoice::Podman, None, &Fake::default())
            .await
            .is_err());
        let explicit_none = select(RuntimeChoice::None, None, &Fake::default())
            .await
            .ok()
            .unwrap();
        assert!(!explicit_none.fell_back);
    }
}
