//! The container runtimes the launch and service scenarios run on: which ones `--runtime`
//! names and which are available, and the direct side of the comparison, containers created,
//! started, counted and removed with the runtime's own API or binary.

use std::fmt::Write as _;
use std::path::Path;
use std::process::Stdio;
use std::time::{Duration, Instant};

use bytes::Bytes;
use http_body_util::Full;
use hyper::header::{HeaderValue, CONTENT_TYPE, HOST};
use hyper::{Method, Request, StatusCode, Uri};
use serde_json::{json, Value};
use tokio::net::UnixStream;

use super::{fail, Connection, Context, Error, Result};

/// The image of every container the runtime scenarios start, through the emulator or directly.
pub(crate) const IMAGE: &str = "busybox:latest";
const DOCKER_SOCKET: &str = "/var/run/docker.sock";
const PODMAN_SOCKET: &str = "/run/podman/podman.sock";

// ---------------------------------------------------------------------------------------------
// Backends

/// A way the emulator runs tasks, each compared with its own direct counterpart.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Backend {
    /// `--runtime docker`, against the Docker Engine API.
    Docker,
    /// `--runtime podman`, against Podman's Docker-compatible API on the same socket.
    Podman,
    /// `--runtime cli --cli-binary docker`, against `docker create` and `docker start`.
    CliDocker,
    /// `--runtime cli --cli-binary podman`, against `podman create` and `podman start`.
    CliPodman,
}

pub(crate) const ALL_BACKENDS: [Backend; 4] = [
    Backend::Docker,
    Backend::Podman,
    Backend::CliDocker,
    Backend::CliPodman,
];

/// How the baseline starts containers itself.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Direct {
    /// The runtime's HTTP API on a unix socket: create, then start.
    Api { socket: String },
    /// The runtime's binary: `create`, then `start`, one process each; then `remove <id>`.
    Binary {
        binary: &'static str,
        remove: &'static [&'static str],
    },
}

impl Backend {
    fn parse(name: &str) -> Option<Backend> {
        ALL_BACKENDS.into_iter().find(|b| b.name() == name)
    }

    pub(crate) fn name(self) -> &'static str {
        match self {
            Backend::Docker => "docker",
            Backend::Podman => "podman",
            Backend::CliDocker => "cli-docker",
            Backend::CliPodman => "cli-podman",
        }
    }

    pub(crate) fn emulator_args(self) -> &'static [&'static str] {
        match self {
            Backend::Docker => &["--runtime", "docker"],
            Backend::Podman => &["--runtime", "podman"],
            Backend::CliDocker => &["--runtime", "cli", "--cli-binary", "docker"],
            Backend::CliPodman => &["--runtime", "cli", "--cli-binary", "podman"],
        }
    }

    /// The direct counterpart. Docker's socket follows DOCKER_HOST as the emulator does; Podman's
    /// is the rootful one, which the emulator picks when run as root.
    pub(crate) fn direct(self) -> Direct {
        match self {
            Backend::Docker => Direct::Api {
                socket: docker_socket(std::env::var("DOCKER_HOST").ok().as_deref()),
            },
            Backend::Podman => Direct::Api {
                socket: PODMAN_SOCKET.to_owned(),
            },
            Backend::CliDocker => Direct::Binary {
                binary: "docker",
                remove: &["rm", "-f"],
            },
            // Podman's `rm -f` waits out a 10 s stop timeout first, which `sleep` as PID 1
            // always takes since it ignores SIGTERM; Docker's kills at once.
            Backend::CliPodman => Direct::Binary {
                binary: "podman",
                remove: &["rm", "-f", "--time", "0"],
            },
        }
    }

    /// What the launch scenario's baseline column is called.
    pub(crate) fn baseline_label(self) -> &'static str {
        match self {
            Backend::Docker => "docker API create+start",
            Backend::Podman => "podman API create+start",
            Backend::CliDocker => "docker create + start",
            Backend::CliPodman => "podman create + start",
        }
    }

    /// The process that does the runtime's work for the API, to put its CPU time beside the
    /// emulator's: dockerd, or the rootful `podman system service`. None for the cli backends,
    /// whose work is spread over one process per command.
    pub(crate) fn daemon_pid(self) -> Option<u32> {
        match self {
            Backend::Docker => std::fs::read_to_string("/var/run/docker.pid")
                .ok()
                .and_then(|pid| pid.trim().parse().ok())
                .or_else(|| {
                    find_process(|argv| argv.first().is_some_and(|a| a.ends_with("dockerd")))
                }),
            Backend::Podman => find_process(|argv| {
                argv.windows(2).any(|w| w == ["system", "service"])
                    && argv.iter().any(|a| a.ends_with(PODMAN_SOCKET))
            }),
            Backend::CliDocker | Backend::CliPodman => None,
        }
    }
}

/// The first process whose command line passes `wanted`.
fn find_process(wanted: impl Fn(&[&str]) -> bool) -> Option<u32> {
    std::fs::read_dir("/proc")
        .ok()?
        .flatten()
        .find_map(|entry| {
            let pid: u32 = entry.file_name().to_str()?.parse().ok()?;
            let cmdline = std::fs::read(entry.path().join("cmdline")).ok()?;
            let text = String::from_utf8_lossy(&cmdline);
            let argv: Vec<&str> = text.split('\0').filter(|a| !a.is_empty()).collect();
            wanted(&argv).then_some(pid)
        })
}

/// The socket the Docker Engine API is on: DOCKER_HOST's if it names a unix socket, else the
/// default one.
fn docker_socket(docker_host: Option<&str>) -> String {
    docker_host
        .and_then(|host| host.strip_prefix("unix://"))
        .filter(|path| !path.is_empty())
        .unwrap_or(DOCKER_SOCKET)
        .to_owned()
}

/// Which backends `--runtime` asked for.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Runtimes {
    /// Every available one of the scenario's candidates; the unavailable ones are skipped with
    /// a note.
    All,
    /// These, each of which must be available.
    These(Vec<Backend>),
}

/// `--runtime`: `all`, or backend names, comma-separated.
pub(crate) fn parse_runtimes(value: &str) -> Result<Runtimes, String> {
    let names: Vec<&str> = value.split(',').map(str::trim).collect();
    if names.contains(&"all") {
        return if names.len() == 1 {
            Ok(Runtimes::All)
        } else {
            Err("--runtime all takes no other runtime".to_owned())
        };
    }
    let mut backends = Vec::new();
    for name in names {
        let backend = Backend::parse(name).ok_or_else(|| {
            format!(
                "unknown runtime {name:?}: use {} or all",
                ALL_BACKENDS.map(Backend::name).join(", ")
            )
        })?;
        if !backends.contains(&backend) {
            backends.push(backend);
        }
    }
    Ok(Runtimes::These(backends))
}

/// The backends to run on: with `All`, those of `candidates` that are available (printing
/// why the others are skipped); else the named ones, failing if one is not available.
/// Returns them and the names of the skipped ones.
pub(crate) async fn select(
    runtimes: &Runtimes,
    candidates: &[Backend],
) -> Result<(Vec<Backend>, Vec<&'static str>)> {
    let (wanted, explicit) = match runtimes {
        Runtimes::All => (candidates.to_vec(), false),
        Runtimes::These(backends) => (backends.clone(), true),
    };
    let mut available = Vec::new();
    let mut skipped = Vec::new();
    for backend in wanted {
        match check_available(backend).await {
            Ok(()) => available.push(backend),
            Err(why) if explicit => {
                return fail(format!("--runtime {}: {why}", backend.name()));
            }
            Err(why) => {
                println!("  skipped {}: {why}", backend.name());
                skipped.push(backend.name());
            }
        }
    }
    if available.is_empty() {
        return fail("no runtime is available (bash .ci/runtimes.sh starts them)");
    }
    Ok((available, skipped))
}

/// Whether `backend` can run here, else why not.
async fn check_available(backend: Backend) -> Result<(), String> {
    match backend.direct() {
        Direct::Api { socket } => {
            if !Path::new(&socket).exists() {
                return Err(format!("no socket at {socket}"));
            }
            let mut connection = unix_connection(&socket).await.map_err(|e| e.to_string())?;
            let (status, body) = runtime_call(&mut connection, Method::GET, "/_ping", None)
                .await
                .map_err(|e| e.to_string())?;
            if status != StatusCode::OK {
                return Err(format!(
                    "{socket} answered /_ping with {status}: {}",
                    String::from_utf8_lossy(&body)
                ));
            }
            let (status, body) = runtime_call(
                &mut connection,
                Method::GET,
                &format!("/images/{IMAGE}/json"),
                None,
            )
            .await
            .map_err(|e| e.to_string())?;
            match status {
                StatusCode::OK => Ok(()),
                StatusCode::NOT_FOUND => Err(format!(
                    "{IMAGE} is not in its image store (bash .ci/runtimes.sh adds it)"
                )),
                _ => Err(format!(
                    "{socket} answered the image inspection with {status}: {}",
                    String::from_utf8_lossy(&body)
                )),
            }
        }
        Direct::Binary { binary, .. } => run_cli(binary, &["image", "inspect", IMAGE])
            .await
            .map(|_| ())
            .map_err(|e| e.to_string()),
    }
}

// ---------------------------------------------------------------------------------------------
// The direct side

impl Direct {
    /// What starting one container of `command` directly does, for the output.
    pub(crate) fn describe(&self, command: &[&str]) -> String {
        match self {
            Direct::Api { socket } => format!(
                "POST /containers/create {{\"Image\":\"{IMAGE}\",\"Cmd\":{}}}, then \
                 POST /containers/<id>/start, on {socket}",
                Value::from(command.to_vec())
            ),
            Direct::Binary { binary, .. } => format!(
                "`{binary} create {IMAGE} {}`, then `{binary} start <id>` (both processes timed)",
                shell_words(command)
            ),
        }
    }

    /// Creates and starts a container of `command`: its id and the time the two took. A
    /// container that was created but did not start is removed before this fails.
    pub(crate) async fn start(&self, command: &[&str]) -> Result<(String, Duration)> {
        match self {
            Direct::Api { socket } => api_start(socket, command).await,
            Direct::Binary { binary, remove } => cli_start(binary, remove, command).await,
        }
    }

    /// Removes a container, killing it if it runs.
    pub(crate) async fn remove(&self, id: &str) -> Result<()> {
        match self {
            Direct::Api { socket } => {
                let mut connection = unix_connection(socket).await?;
                api_remove(&mut connection, id).await
            }
            Direct::Binary { binary, remove } => {
                let mut remove = remove.to_vec();
                remove.push(id);
                run_cli(binary, &remove).await.map(|_| ())
            }
        }
    }

    /// How many containers the runtime has: running ones only, or with `all` stopped ones
    /// too; with a `label` (`key=value`) only those that carry it.
    pub(crate) async fn count(&self, all: bool, label: Option<&str>) -> Result<usize> {
        match self {
            Direct::Api { socket } => {
                let mut path = format!("/containers/json?all={all}");
                if let Some(label) = label {
                    let filters = json!({"label": [label]}).to_string();
                    path.push_str("&filters=");
                    path.push_str(&percent_encode(&filters));
                }
                let mut connection = unix_connection(socket).await?;
                let (status, body) =
                    runtime_call(&mut connection, Method::GET, &path, None).await?;
                if status != StatusCode::OK {
                    return fail(format!(
                        "GET {path} answered {status}: {}",
                        String::from_utf8_lossy(&body)
                    ));
                }
                let listed: Value =
                    serde_json::from_slice(&body).context("the container list is not JSON")?;
                listed.as_array().map(Vec::len).ok_or_else(|| {
                    Error(format!("the container list is not a JSON array: {listed}"))
                })
            }
            Direct::Binary { binary, .. } => {
                let filter = label.map(|label| format!("label={label}"));
                let mut args = vec!["ps", "-q"];
                if all {
                    args.push("-a");
                }
                if let Some(filter) = &filter {
                    args.extend(["--filter", filter]);
                }
                let output = run_cli(binary, &args).await?;
                Ok(output.lines().filter(|l| !l.trim().is_empty()).count())
            }
        }
    }
}

/// `command` as a shell would take it back: words with anything but safe characters quoted.
pub(crate) fn shell_words(command: &[&str]) -> String {
    let safe = |c: char| c.is_ascii_alphanumeric() || "-_./=:@%+,".contains(c);
    command
        .iter()
        .map(|word| {
            if !word.is_empty() && word.chars().all(safe) {
                (*word).to_owned()
            } else {
                format!("'{}'", word.replace('\'', r"'\''"))
            }
        })
        .collect::<Vec<_>>()
        .join(" ")
}

/// Percent-encodes everything but RFC 3986's unreserved characters, for a query parameter.
fn percent_encode(text: &str) -> String {
    let mut out = String::with_capacity(text.len() * 3);
    for byte in text.bytes() {
        if byte.is_ascii_alphanumeric() || b"-._~".contains(&byte) {
            out.push(char::from(byte));
        } else {
            let _ = write!(out, "%{byte:02X}");
        }
    }
    out
}

async fn unix_connection(socket: &str) -> Result<Connection> {
    let stream = UnixStream::connect(socket)
        .await
        .context(format!("cannot connect to {socket}"))?;
    Connection::over(stream).await
}

/// One request to a runtime's HTTP API.
async fn runtime_call(
    connection: &mut Connection,
    method: Method,
    path: &str,
    body: Option<&Value>,
) -> Result<(StatusCode, Bytes)> {
    let mut request = Request::new(Full::new(
        body.map_or_else(Bytes::new, |body| Bytes::from(body.to_string())),
    ));
    *request.method_mut() = method.clone();
    *request.uri_mut() = path.parse::<Uri>().context(format!("bad path {path}"))?;
    // Docker's server rejects HTTP/1.1 requests without a Host.
    request
        .headers_mut()
        .insert(HOST, HeaderValue::from_static("localhost"));
    if body.is_some() {
        request
            .headers_mut()
            .insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
    }
    connection
        .send(request)
        .await
        .context(format!("{method} {path}"))
}

/// Creates and starts the container through the API, timed from the create request (the
/// connection is opened before the clock starts).
async fn api_start(socket: &str, command: &[&str]) -> Result<(String, Duration)> {
    let mut connection = unix_connection(socket).await?;
    let create = json!({"Image": IMAGE, "Cmd": command});
    let started = Instant::now();
    let (status, body) = runtime_call(
        &mut connection,
        Method::POST,
        "/containers/create",
        Some(&create),
    )
    .await?;
    if status != StatusCode::CREATED {
        return fail(format!(
            "POST /containers/create answered {status}: {}",
            String::from_utf8_lossy(&body)
        ));
    }
    let id = created_id(&body)?;
    let start = runtime_call(
        &mut connection,
        Method::POST,
        &format!("/containers/{id}/start"),
        None,
    )
    .await;
    let elapsed = started.elapsed();
    let failure = match start {
        Ok((StatusCode::NO_CONTENT, _)) => return Ok((id, elapsed)),
        Ok((status, body)) => Error(format!(
            "POST /containers/{id}/start answered {status}: {}",
            String::from_utf8_lossy(&body)
        )),
        Err(error) => error,
    };
    // The start's failure is the one worth reporting; the removal is best effort.
    let _ = api_remove(&mut connection, &id).await;
    Err(failure)
}

async fn api_remove(connection: &mut Connection, id: &str) -> Result<()> {
    let path = format!("/containers/{id}?force=true");
    match runtime_call(connection, Method::DELETE, &path, None).await? {
        (status, _) if status.is_success() => Ok(()),
        (status, body) => fail(format!(
            "DELETE /containers/{id} answered {status}: {}",
            String::from_utf8_lossy(&body)
        )),
    }
}

/// The `Id` of a `POST /containers/create` answer.
fn created_id(body: &[u8]) -> Result<String> {
    let answer: Value = serde_json::from_slice(body).context("the create answer is not JSON")?;
    match answer["Id"].as_str() {
        Some(id) if !id.is_empty() && id.bytes().all(|b| b.is_ascii_alphanumeric()) => {
            Ok(id.to_owned())
        }
        _ => fail(format!("the create answer has no container id: {answer}")),
    }
}

/// Runs `<binary> create` and `<binary> start`, both timed.
async fn cli_start(binary: &str, remove: &[&str], command: &[&str]) -> Result<(String, Duration)> {
    let mut create = vec!["create", IMAGE];
    create.extend(command);
    let started = Instant::now();
    let output = run_cli(binary, &create).await?;
    let id = cli_container_id(&output).ok_or_else(|| {
        Error(format!(
            "`{binary} create` printed no container id: {output:?}"
        ))
    })?;
    let start = run_cli(binary, &["start", &id]).await;
    let elapsed = started.elapsed();
    match start {
        Ok(_) => Ok((id, elapsed)),
        Err(error) => {
            let mut remove = remove.to_vec();
            remove.push(&id);
            let _ = run_cli(binary, &remove).await;
            Err(error)
        }
    }
}

/// The container id `docker create` / `podman create` prints as its last line of output.
fn cli_container_id(stdout: &str) -> Option<String> {
    let last = stdout.lines().map(str::trim).rfind(|l| !l.is_empty())?;
    (last.len() >= 12 && last.bytes().all(|b| b.is_ascii_hexdigit())).then(|| last.to_owned())
}

/// Runs `binary args`, returning its stdout; fails with its stderr if it fails.
async fn run_cli(binary: &str, args: &[&str]) -> Result<String> {
    let output = tokio::process::Command::new(binary)
        .args(args)
        // podman's conmon writes `oom` files into its working directory.
        .current_dir(std::env::temp_dir())
        .stdin(Stdio::null())
        .output()
        .await
        .context(format!("cannot run {binary}"))?;
    if !output.status.success() {
        return fail(format!(
            "`{binary} {}` failed ({}): {}",
            args.join(" "),
            output.status,
            String::from_utf8_lossy(&output.stderr).trim()
        ));
    }
    Ok(String::from_utf8_lossy(&output.stdout).into_owned())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn runtimes_parse() {
        assert_eq!(parse_runtimes("all"), Ok(Runtimes::All));
        assert_eq!(
            parse_runtimes("docker, cli-podman,docker"),
            Ok(Runtimes::These(vec![Backend::Docker, Backend::CliPodman]))
        );
        assert!(parse_runtimes("all,docker").is_err());
        assert!(parse_runtimes("cli").is_err());
        assert!(parse_runtimes("").is_err());
        for backend in ALL_BACKENDS {
            assert_eq!(Backend::parse(backend.name()), Some(backend));
        }
    }

    #[test]
    fn docker_socket_follows_docker_host() {
        assert_eq!(docker_socket(None), DOCKER_SOCKET);
        assert_eq!(docker_socket(Some("unix:///tmp/d.sock")), "/tmp/d.sock");
        assert_eq!(docker_socket(Some("tcp://1.2.3.4:2375")), DOCKER_SOCKET);
    }

    #[test]
    fn cli_ids_are_the_last_hex_line() {
        let id = "3f1c0a9be2d4c6e8f0a1b2c3d4e5f60718293a4b5c6d7e8f9a0b1c2d3e4f5a6b";
        assert_eq!(cli_container_id(&format!("{id}\n")), Some(id.to_owned()));
        assert_eq!(
            cli_container_id(&format!("Trying to pull...\n{id}\n\n")),
            Some(id.to_owned())
        );
        assert_eq!(cli_container_id("Error: no such image\n"), None);
        assert_eq!(cli_container_id(""), None);
    }

    #[test]
    fn created_ids_are_read_from_the_answer() {
        assert_eq!(
            created_id(br#"{"Id":"abc123","Warnings":[]}"#).ok(),
            Some("abc123".to_owned())
        );
        assert!(created_id(br#"{"Warnings":[]}"#).is_err());
        assert!(created_id(b"not json").is_err());
    }

    #[test]
    fn commands_are_shown_as_shell_words() {
        assert_eq!(shell_words(&["sleep", "600"]), "sleep 600");
        assert_eq!(
            shell_words(&["sh", "-c", "trap 'exit 0' TERM; wait"]),
            r"sh -c 'trap '\''exit 0'\'' TERM; wait'"
        );
        assert_eq!(shell_words(&[""]), "''");
    }

    #[test]
    fn label_filters_are_percent_encoded() {
        assert_eq!(
            percent_encode(r#"{"label":["a.b=c"]}"#),
            "%7B%22label%22%3A%5B%22a.b%3Dc%22%5D%7D"
        );
    }
}
