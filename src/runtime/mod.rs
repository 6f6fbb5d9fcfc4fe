//! Picks the container runtime at startup, in the background (`Deferred` stands in for it until
//! then), and bounds what every call to it may cost (`Guarded`). The environment is read
//! through `Environment`, so the order of preference is unit-tested without touching the
//! machine.

use std::path::{Path, PathBuf};
use std::sync::Arc;

use std::time::Duration;

use ecsemu_runtime::ContainerRuntime;
use ecsemu_runtime_none::NoRuntime;
use futures::future::{BoxFuture, FutureExt};

use crate::config::RuntimeChoice;

mod deferred;
mod guard;

pub use deferred::{Chooser, Deferred};
pub use guard::{go_duration, Guarded, RuntimeTimeouts};

/// What selection reads of the machine.
pub trait Environment: Send + Sync {
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

/// The caller's rootless Podman socket, where it would be (root has none).
fn rootless_podman_socket(env: &dyn Environment) -> Option<String> {
    let uid = env.uid();
    let runtime_dir = env
        .var("XDG_RUNTIME_DIR")
        .unwrap_or_else(|| format!("/run/user/{uid}"));
    (uid != 0).then(|| format!("{runtime_dir}/podman/podman.sock"))
}

/// The unix socket a `DOCKER_HOST` or `CONTAINER_HOST` names, if it names one.
fn socket_of_host(env: &dyn Environment, variable: &str) -> Option<(String, String)> {
    let host = env.var(variable)?;
    let socket = host.strip_prefix("unix://")?.to_owned();
    Some((socket, format!("{variable}={host}")))
}

/// Podman sockets, most specific first: the user's rootless socket, the rootful one, then
/// CONTAINER_HOST.
fn podman(env: &dyn Environment) -> Vec<Candidate> {
    let mut found = Vec::new();
    if let Some(socket) = rootless_podman_socket(env).filter(|s| env.exists(Path::new(s))) {
        found.push(Candidate::Podman {
            why: format!("the rootless socket {socket} exists (uid {})", env.uid()),
            socket,
        });
    }
    if env.exists(Path::new(PODMAN_SOCKET)) {
        found.push(Candidate::Podman {
            socket: PODMAN_SOCKET.to_owned(),
            why: format!("{PODMAN_SOCKET} exists"),
        });
    }
    if let Some((socket, why)) = socket_of_host(env, "CONTAINER_HOST") {
        found.push(Candidate::Podman { socket, why });
    }
    found
}

/// Every socket a container runtime may listen on here, present or not: what no task may
/// bind-mount, whatever it is called there.
pub fn runtime_sockets(env: &dyn Environment) -> Vec<PathBuf> {
    const WELL_KNOWN: [&str; 7] = [
        DOCKER_SOCKET,
        "/run/docker.sock",
        PODMAN_SOCKET,
        "/run/containerd/containerd.sock",
        "/var/run/containerd/containerd.sock",
        "/run/crio/crio.sock",
        "/var/run/crio/crio.sock",
    ];
    WELL_KNOWN
        .iter()
        .map(|s| (*s).to_owned())
        .chain(rootless_podman_socket(env))
        .chain(socket_of_host(env, "DOCKER_HOST").map(|(socket, _)| socket))
        .chain(socket_of_host(env, "CONTAINER_HOST").map(|(socket, _)| socket))
        .map(PathBuf::from)
        .collect()
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

impl Candidate {
    /// What is tried, in words.
    pub fn describe(&self) -> String {
        match self {
            Self::Docker { host, .. } => format!(
                "Docker at {}",
                host.as_deref()
                    .unwrap_or(&format!("unix://{DOCKER_SOCKET}"))
            ),
            Self::Podman { socket, .. } => format!("Podman at {socket}"),
            Self::Cli { binary, .. } => format!("the {} binary", binary.display()),
        }
    }

    fn why(&self) -> &str {
        match self {
            Self::Docker { why, .. } | Self::Podman { why, .. } | Self::Cli { why, .. } => why,
        }
    }
}

/// How long `auto` waits for one candidate before it tries the next.
const AUTO_PATIENCE: Duration = Duration::from_secs(10);
/// How often a chosen runtime that has not answered yet is reported.
const STILL_WAITING_EVERY: Duration = Duration::from_secs(10);
/// A failure this quick means the runtime is not there (no socket, connection refused, no
/// binary, a daemon that is down); a runtime that is there but busy fails only when a timeout
/// of its backend runs out, seconds later.
const THERE_BUT_BUSY: Duration = Duration::from_secs(2);
/// The pause before asking a busy runtime again.
const RETRY_PAUSE: Duration = Duration::from_secs(1);

type Connected = Result<Arc<dyn ContainerRuntime>, String>;
/// The runtime chosen, and the candidate it was (none for no runtime).
type Chosen = Result<(Arc<dyn ContainerRuntime>, Option<Candidate>), String>;

/// Resolves `--runtime` in the background while the server already serves, logging what it
/// tries, and hands the result to `chooser`. `auto` takes the first candidate that answers,
/// else none. An explicit runtime that is not there is an error (the caller stops ecsemu with
/// it); one that is there but busy is waited for, and asked again, for as long as it takes.
pub async fn choose(
    choice: RuntimeChoice,
    cli_binary: Option<&str>,
    env: &dyn Environment,
    chooser: Chooser,
) -> Result<(), String> {
    let candidates = || candidates(choice, cli_binary, env);
    let chosen = select(choice, &candidates, &|c| connect(c).boxed()).await;
    match chosen {
        Ok((runtime, candidate)) => {
            chooser.choose(runtime.clone());
            // After the choice, so that describing the runtime for the log delays nothing.
            if let Some(candidate) = candidate {
                announce(&candidate, runtime.as_ref()).await;
            }
            Ok(())
        }
        Err(message) => {
            chooser.choose(Arc::new(NoRuntime));
            Err(message)
        }
    }
}

async fn select(
    choice: RuntimeChoice,
    candidates: &(dyn Fn() -> Vec<Candidate> + Sync),
    connect: &(dyn Fn(&Candidate) -> BoxFuture<'_, Connected> + Sync),
) -> Chosen {
    match choice {
        RuntimeChoice::None => {
            tracing::info!(
                "runtime none (--runtime none): launched tasks stop with stopCode \
                 TaskFailedToStart"
            );
            Ok((Arc::new(NoRuntime), None))
        }
        RuntimeChoice::Auto => Ok(auto(candidates(), connect).await),
        explicit => chosen(explicit, candidates, connect).await,
    }
}

/// The first candidate that answers within `AUTO_PATIENCE`, else no runtime.
async fn auto(
    candidates: Vec<Candidate>,
    connect: &(dyn Fn(&Candidate) -> BoxFuture<'_, Connected> + Sync),
) -> (Arc<dyn ContainerRuntime>, Option<Candidate>) {
    let mut skipped = Vec::new();
    for candidate in candidates {
        tracing::info!("--runtime auto: trying {}", candidate.describe());
        let answered = tokio::time::timeout(AUTO_PATIENCE, connect(&candidate))
            .await
            .unwrap_or_else(|_| Err(format!("no answer within {}", go_duration(AUTO_PATIENCE))));
        match answered {
            Ok(runtime) => return (runtime, Some(candidate)),
            Err(why) => {
                tracing::info!("--runtime auto: skipping {}: {why}", candidate.describe());
                skipped.push(candidate.describe());
            }
        }
    }
    let tried = if skipped.is_empty() {
        "found none to try".to_owned()
    } else {
        format!("none of {} answered", skipped.join(", "))
    };
    tracing::warn!(
        "--runtime auto {tried}: launched tasks stop with stopCode TaskFailedToStart. Start \
         Docker or Podman, or put a docker/podman binary on PATH, and restart ecsemu"
    );
    (Arc::new(NoRuntime), None)
}

/// The runtime asked for by name: see `choose`.
async fn chosen(
    choice: RuntimeChoice,
    candidates: &(dyn Fn() -> Vec<Candidate> + Sync),
    connect: &(dyn Fn(&Candidate) -> BoxFuture<'_, Connected> + Sync),
) -> Chosen {
    let flag = format!("--runtime {}", choice_name(choice));
    loop {
        let found = candidates();
        if found.is_empty() {
            return Err(format!("{flag} is unavailable: {}", nothing_found(choice)));
        }
        let (mut absent, mut busy) = (Vec::new(), Vec::new());
        for candidate in found {
            tracing::info!("{flag}: connecting to {}", candidate.describe());
            let began = tokio::time::Instant::now();
            match patiently(&flag, &candidate, connect(&candidate)).await {
                Ok(runtime) => return Ok((runtime, Some(candidate))),
                Err(why) if began.elapsed() >= THERE_BUT_BUSY => {
                    busy.push(format!("{}: {why}", candidate.describe()));
                }
                Err(why) => absent.push(format!("{}: {why}", candidate.describe())),
            }
        }
        if busy.is_empty() {
            return Err(format!("{flag} is unavailable: {}", absent.join("; ")));
        }
        tracing::warn!(
            "{flag}: {}; asking again (tasks wait for the runtime)",
            busy.join("; ")
        );
        tokio::time::sleep(RETRY_PAUSE).await;
    }
}

/// Waits for `attempt`, saying every `STILL_WAITING_EVERY` that it still waits.
async fn patiently(
    flag: &str,
    candidate: &Candidate,
    attempt: BoxFuture<'_, Connected>,
) -> Connected {
    tokio::pin!(attempt);
    let began = tokio::time::Instant::now();
    loop {
        if let Ok(outcome) = tokio::time::timeout(STILL_WAITING_EVERY, &mut attempt).await {
            return outcome;
        }
        tracing::warn!(
            "{flag}: {} has not answered for {}; still waiting (tasks wait for the runtime)",
            candidate.describe(),
            go_duration(Duration::from_secs(began.elapsed().as_secs()))
        );
    }
}

/// Logs the runtime chosen, and why.
async fn announce(candidate: &Candidate, runtime: &dyn ContainerRuntime) {
    let described = tokio::time::timeout(AUTO_PATIENCE, runtime.info()).await;
    let (name, version) = match described {
        Ok(Ok(info)) => (info.name, info.version),
        _ => ("unknown".to_owned(), String::new()),
    };
    tracing::info!(
        "runtime {name} {version}: {} ({})",
        candidate.describe(),
        candidate.why()
    );
}

const fn choice_name(choice: RuntimeChoice) -> &'static str {
    match choice {
        RuntimeChoice::Auto => "auto",
        RuntimeChoice::Docker => "docker",
        RuntimeChoice::Podman => "podman",
        RuntimeChoice::Cli => "cli",
        RuntimeChoice::None => "none",
    }
}

/// Why an explicit choice had nothing to try.
const fn nothing_found(choice: RuntimeChoice) -> &'static str {
    match choice {
        RuntimeChoice::Podman => {
            "no Podman socket found ($XDG_RUNTIME_DIR/podman/podman.sock or \
             /run/user/<uid>/podman/podman.sock, /run/podman/podman.sock, CONTAINER_HOST)"
        }
        RuntimeChoice::Cli => "no such docker or podman binary (--cli-binary, else PATH)",
        _ => "nothing to try",
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
    use ecsemu_runtime::fake::FakeRuntime;
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

    /// A connect that answers per candidate kind: `Ok` runs the fake runtime, `Err` fails at
    /// once, `Hang` never answers, `Slow` fails after `THERE_BUT_BUSY` the first time and
    /// answers the next.
    #[derive(Clone, Copy)]
    enum Answer {
        Ok,
        Err,
        Hang,
        Slow,
    }

    struct Connector {
        docker: Answer,
        podman: Answer,
        attempts: parking_lot::Mutex<u32>,
    }

    impl Connector {
        fn new(docker: Answer, podman: Answer) -> Self {
            Self {
                docker,
                podman,
                attempts: parking_lot::Mutex::new(0),
            }
        }

        fn connect(&self, candidate: &Candidate) -> BoxFuture<'static, Connected> {
            let answer = match candidate {
                Candidate::Docker { .. } => self.docker,
                _ => self.podman,
            };
            let attempt = {
                let mut attempts = self.attempts.lock();
                *attempts += 1;
                *attempts
            };
            async move {
                match answer {
                    Answer::Ok => Ok(Arc::new(FakeRuntime::new()) as Arc<dyn ContainerRuntime>),
                    Answer::Err => Err("connection refused".to_owned()),
                    Answer::Hang => std::future::pending().await,
                    Answer::Slow if attempt == 1 => {
                        tokio::time::sleep(THERE_BUT_BUSY * 2).await;
                        Err("no answer in time".to_owned())
                    }
                    Answer::Slow => Ok(Arc::new(FakeRuntime::new()) as Arc<dyn ContainerRuntime>),
                }
            }
            .boxed()
        }
    }

    fn everything() -> Fake {
        Fake {
            files: BTreeSet::from(["/var/run/docker.sock", "/run/podman/podman.sock"]),
            ..Fake::default()
        }
    }

    async fn name_of(chosen: Chosen) -> String {
        match chosen {
            Ok((runtime, _)) => runtime.info().await.map(|i| i.name).unwrap_or_default(),
            Err(message) => format!("error: {message}"),
        }
    }

    async fn run(choice: RuntimeChoice, env: &Fake, connector: &Connector) -> String {
        let candidates = || candidates(choice, None, env);
        name_of(select(choice, &candidates, &|c| connector.connect(c)).await).await
    }

    #[tokio::test(start_paused = true)]
    async fn auto_skips_what_fails_or_hangs_and_falls_back_to_none() {
        let env = everything();
        let next = Connector::new(Answer::Err, Answer::Ok);
        assert_eq!(run(RuntimeChoice::Auto, &env, &next).await, "fake");
        let hung = Connector::new(Answer::Hang, Answer::Ok);
        assert_eq!(run(RuntimeChoice::Auto, &env, &hung).await, "fake");
        let nothing = Connector::new(Answer::Err, Answer::Err);
        assert_eq!(run(RuntimeChoice::Auto, &env, &nothing).await, "none");
        let none = Connector::new(Answer::Ok, Answer::Ok);
        assert_eq!(run(RuntimeChoice::None, &env, &none).await, "none");
    }

    #[tokio::test(start_paused = true)]
    async fn an_explicit_runtime_that_is_not_there_is_a_plain_error() {
        let refused = Connector::new(Answer::Err, Answer::Err);
        let said = run(RuntimeChoice::Docker, &everything(), &refused).await;
        assert_eq!(
            said,
            "error: --runtime docker is unavailable: Docker at unix:///var/run/docker.sock: \
             connection refused"
        );
        let said = run(RuntimeChoice::Podman, &Fake::default(), &refused).await;
        assert!(
            said.starts_with("error: --runtime podman is unavailable: no Podman socket found"),
            "{said}"
        );
    }

    #[tokio::test(start_paused = true)]
    async fn an_explicit_runtime_that_is_busy_is_waited_for() {
        let busy = Connector::new(Answer::Slow, Answer::Err);
        assert_eq!(
            run(RuntimeChoice::Docker, &everything(), &busy).await,
            "fake"
        );
        let hung = Connector::new(Answer::Hang, Answer::Err);
        let waiting = tokio::time::timeout(
            Duration::from_secs(3600),
            run(RuntimeChoice::Docker, &everything(), &hung),
        )
        .await;
        assert!(waiting.is_err(), "still waiting after an hour");
    }

    #[tokio::test]
    async fn the_choice_reaches_the_deferred_handle_even_when_it_fails() {
        let (deferred, chooser) = Deferred::new();
        let failed = choose(RuntimeChoice::Podman, None, &Fake::default(), chooser).await;
        assert!(failed.is_err());
        assert_eq!(deferred.info().await.map(|i| i.name), Ok("none".to_owned()));
    }
}
