//! The launch scenario: the time from RunTask to `lastStatus` RUNNING on a real container
//! runtime, next to the same container created and started directly with that runtime. The
//! crate documentation (main.rs) says how to run it and how to read its output.

use std::fmt::Write as _;
use std::path::Path;
use std::process::Stdio;
use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

use bytes::Bytes;
use http_body_util::Full;
use hyper::header::{HeaderValue, CONTENT_TYPE, HOST};
use hyper::{Method, Request, StatusCode, Uri};
use serde_json::{json, Value};
use tokio::net::UnixStream;

use super::{
    call, cpu_count, fail, Connection, Context, CpuSample, CpuUse, Error, Options, Result, Server,
    OTHER_LOAD_WARNING,
};

const CLUSTER: &str = "bench-launch";
const FAMILY: &str = "bench-launch";
/// The image and command of the task's container, and of the directly started one.
const IMAGE: &str = "busybox:latest";
const COMMAND: [&str; 2] = ["sleep", "600"];
/// How often DescribeTasks is polled while a task starts.
const POLL_EVERY: Duration = Duration::from_millis(2);
/// How often DescribeTasks is polled while a task stops (not measured).
const STOP_POLL_EVERY: Duration = Duration::from_millis(20);
/// How long a task may take to reach RUNNING before the run fails.
const LAUNCH_TIMEOUT: Duration = Duration::from_secs(120);
/// How long a stopped task may take to reach STOPPED before the run fails.
const STOP_TIMEOUT: Duration = Duration::from_secs(60);
/// The pause after each cleanup, so that removing one container does not overlap the next
/// launch.
const SETTLE: Duration = Duration::from_millis(300);
/// Unmeasured launches on each side before the measured ones.
const WARMUP_ITERATIONS: usize = 1;
/// How long the machine's load is sampled before each run.
const QUIET_SAMPLE: Duration = Duration::from_secs(1);
/// How long a spawned emulator may take to stop its tasks and exit on SIGTERM.
const SHUTDOWN_GRACE: Duration = Duration::from_secs(30);
/// The values of the emulator's `--image-pull-behavior`.
const PULL_BEHAVIORS: [&str; 4] = ["default", "always", "once", "prefer-cached"];
const DOCKER_SOCKET: &str = "/var/run/docker.sock";
const PODMAN_SOCKET: &str = "/run/podman/podman.sock";

// ---------------------------------------------------------------------------------------------
// Options

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

const ALL_BACKENDS: [Backend; 4] = [
    Backend::Docker,
    Backend::Podman,
    Backend::CliDocker,
    Backend::CliPodman,
];

/// How the baseline starts the container itself.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Direct {
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

    fn name(self) -> &'static str {
        match self {
            Backend::Docker => "docker",
            Backend::Podman => "podman",
            Backend::CliDocker => "cli-docker",
            Backend::CliPodman => "cli-podman",
        }
    }

    fn emulator_args(self) -> &'static [&'static str] {
        match self {
            Backend::Docker => &["--runtime", "docker"],
            Backend::Podman => &["--runtime", "podman"],
            Backend::CliDocker => &["--runtime", "cli", "--cli-binary", "docker"],
            Backend::CliPodman => &["--runtime", "cli", "--cli-binary", "podman"],
        }
    }

    /// The direct counterpart. Docker's socket follows DOCKER_HOST as the emulator does; Podman's
    /// is the rootful one, which the emulator picks when run as root.
    fn direct(self) -> Direct {
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

    /// What the baseline column is called.
    fn baseline_label(self) -> &'static str {
        match self {
            Backend::Docker => "docker API create+start",
            Backend::Podman => "podman API create+start",
            Backend::CliDocker => "docker create + start",
            Backend::CliPodman => "podman create + start",
        }
    }
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
    /// Every available one; the unavailable ones are skipped with a note.
    All,
    /// These, each of which must be available.
    These(Vec<Backend>),
}

#[derive(Debug)]
pub(crate) struct LaunchOptions {
    pub(crate) runtimes: Runtimes,
    pub(crate) iterations: usize,
    pub(crate) pull_behaviors: Vec<String>,
}

impl Default for LaunchOptions {
    fn default() -> Self {
        LaunchOptions {
            runtimes: Runtimes::All,
            iterations: 10,
            pull_behaviors: vec!["default".to_owned()],
        }
    }
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

/// `--image-pull-behavior`: pull behaviours, comma-separated.
pub(crate) fn parse_pull_behaviors(value: &str) -> Result<Vec<String>, String> {
    let mut behaviors = Vec::new();
    for name in value.split(',').map(str::trim) {
        if !PULL_BEHAVIORS.contains(&name) {
            return Err(format!(
                "unknown image pull behavior {name:?}: use {}",
                PULL_BEHAVIORS.join(", ")
            ));
        }
        if !behaviors.iter().any(|b| b == name) {
            behaviors.push(name.to_owned());
        }
    }
    Ok(behaviors)
}

// ---------------------------------------------------------------------------------------------
// The whole scenario

/// What one backend measured with one pull behaviour.
struct Measured {
    backend: Backend,
    pull: String,
    /// Milliseconds from RunTask to the first DescribeTasks answer showing RUNNING.
    emulator: Vec<f64>,
    /// Milliseconds of the direct create+start.
    direct: Vec<f64>,
    /// The machine was busy just before the run, which disturbs its numbers.
    disturbed: bool,
}

pub(crate) fn run(options: &Options, launch: &LaunchOptions) -> Result<()> {
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .context("cannot start the client's Tokio runtime")?;
    runtime.block_on(run_all(options, launch))
}

async fn run_all(options: &Options, launch: &LaunchOptions) -> Result<()> {
    if cfg!(debug_assertions) {
        println!("warning: this is a debug build of the bench client; use cargo run --release");
    }
    println!(
        "launch: RunTask to lastStatus RUNNING through ecsemu, against the same container \
         created and started directly with the runtime"
    );
    println!(
        "  task: FARGATE, awsvpc, cpu 256, memory 512, one container: {IMAGE} {}; directly: \
         the same image and command",
        COMMAND.join(" ")
    );
    println!(
        "  each side: {} measured launches after {WARMUP_ITERATIONS} unmeasured, emulator and \
         direct alternating, each cleaned up (not measured) and followed by a {} ms pause; {} CPUs",
        launch.iterations,
        SETTLE.as_millis(),
        cpu_count().map_or_else(|| "?".to_owned(), |n| n.to_string()),
    );
    println!(
        "  RUNNING is seen by polling DescribeTasks every {} ms: the emulator's times include \
         about 1 ms of polling delay on average (at most {} ms plus one DescribeTasks round trip)",
        POLL_EVERY.as_millis(),
        POLL_EVERY.as_millis()
    );
    println!(
        "  issue target (informative only): the emulator adds less than 20% to the runtime's \
         own create+start"
    );

    let (wanted, explicit) = match &launch.runtimes {
        Runtimes::All => (ALL_BACKENDS.to_vec(), false),
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

    let mut results = Vec::new();
    let mut failures = Vec::new();
    for pull in &launch.pull_behaviors {
        for &backend in &available {
            match measure(options, launch, backend, pull).await {
                Ok(measured) => results.push(measured),
                Err(error) => {
                    println!("   FAILED: {error}");
                    failures.push(format!("{} pull={pull}: {error}", backend.name()));
                }
            }
        }
    }

    println!(
        "\nsummary ({} measured launches per side; medians; the overhead is of the medians):",
        launch.iterations
    );
    // By runtime, in the order they ran; the sort is stable.
    results.sort_by_key(|measured| ALL_BACKENDS.iter().position(|&b| b == measured.backend));
    for measured in &results {
        if let Some(line) = result_line(measured) {
            let note = if measured.disturbed {
                "   (machine busy before the run)"
            } else {
                ""
            };
            println!("{line}{note}");
        }
    }
    if !skipped.is_empty() {
        println!("skipped (unavailable): {}", skipped.join(", "));
    }
    match failures.len() {
        0 => Ok(()),
        n => fail(format!("{n} run(s) failed:\n  {}", failures.join("\n  "))),
    }
}

/// Spawns an emulator on `backend` and alternates launches through it with direct ones.
async fn measure(
    options: &Options,
    launch: &LaunchOptions,
    backend: Backend,
    pull: &str,
) -> Result<Measured> {
    println!("\n== {} with --image-pull-behavior {pull}", backend.name());
    let mut disturbed = false;
    if let Some((busy, cpus)) = busy_cores(QUIET_SAMPLE).await {
        println!("   machine before the run: {busy:.2} of {cpus} cores busy");
        if busy > OTHER_LOAD_WARNING {
            disturbed = true;
            println!("   warning: the machine is not quiet; this run's numbers are disturbed");
        }
    }
    let mut args = backend.emulator_args().to_vec();
    args.extend([
        "--image-pull-behavior",
        pull,
        "--log-level",
        options.log_level.as_str(),
    ]);
    let mut server = Server::spawn(
        options.binary.as_deref(),
        &args,
        options.server_log.as_deref(),
    )?;
    // From here on, leaving (also on error) stops the emulator with SIGTERM, so that it
    // removes the containers of any task still running.
    server.graceful = Some(SHUTDOWN_GRACE);
    let authority = server.authority.clone();
    let health = server.wait_healthy(&authority).await?;
    println!(
        "   emulator: {} {} --listen {authority} (pid {}); its runtime: {}",
        server.binary.display(),
        args.join(" "),
        server.pid(),
        health["runtime"].as_str().unwrap_or("(not named)")
    );
    let direct = backend.direct();
    println!("   direct:   {}", describe_direct(&direct));
    setup(&authority).await?;

    let mut emulator_ms = Vec::with_capacity(launch.iterations);
    let mut direct_ms = Vec::with_capacity(launch.iterations);
    let mut phases = Vec::with_capacity(launch.iterations);
    let before = CpuSample::take(Some(server.pid()));
    let rounds = WARMUP_ITERATIONS + launch.iterations;
    for iteration in 0..rounds {
        let launched = launch_task(&authority)
            .await
            .context(format!("emulator launch {}", iteration + 1))?;
        stop_task(&authority, &launched.task_arn)
            .await
            .context(format!("stopping the task of launch {}", iteration + 1))?;
        server.check_alive()?;
        tokio::time::sleep(SETTLE).await;
        let direct_time = launch_direct(&direct)
            .await
            .context(format!("direct launch {}", iteration + 1))?;
        tokio::time::sleep(SETTLE).await;
        if iteration >= WARMUP_ITERATIONS {
            emulator_ms.push(millis(launched.elapsed));
            direct_ms.push(millis(direct_time));
            phases.extend(launched.phases);
        }
    }
    let after = CpuSample::take(Some(server.pid()));

    let measured = Measured {
        backend,
        pull: pull.to_owned(),
        emulator: emulator_ms,
        direct: direct_ms,
        disturbed,
    };
    if let Some(line) = result_line(&measured) {
        println!("{line}");
    }
    println!("   samples (ms): emulator {}", join_ms(&measured.emulator));
    println!("                 direct   {}", join_ms(&measured.direct));
    if let Some(line) = phases_line(&phases) {
        println!("   {line}");
    }
    if let Some(cpu) = CpuUse::between(before.as_ref(), after.as_ref()) {
        println!(
            "   cpu over the run, pauses included (of {}): emulator {:.2}  bench {:.2}  \
             runtime and the rest {:.2}  idle {:.2}",
            cpu.cpus,
            cpu.server.unwrap_or(f64::NAN),
            cpu.bench,
            cpu.other,
            cpu.idle
        );
    }
    // Stop the emulator now, not when the next run has started.
    drop(server);
    Ok(measured)
}

/// Cores busy over `window`, by anything (this process sleeps meanwhile), and the CPU count.
async fn busy_cores(window: Duration) -> Option<(f64, usize)> {
    let before = CpuSample::take(None);
    tokio::time::sleep(window).await;
    let after = CpuSample::take(None);
    let cpu = CpuUse::between(before.as_ref(), after.as_ref())?;
    Some((cpu.bench + cpu.other, cpu.cpus))
}

fn describe_direct(direct: &Direct) -> String {
    match direct {
        Direct::Api { socket } => format!(
            "POST /containers/create {{\"Image\":\"{IMAGE}\",\"Cmd\":[\"{}\",\"{}\"]}}, then \
             POST /containers/<id>/start, on {socket}",
            COMMAND[0], COMMAND[1]
        ),
        Direct::Binary { binary, .. } => format!(
            "`{binary} create {IMAGE} {}`, then `{binary} start <id>` (both processes timed)",
            COMMAND.join(" ")
        ),
    }
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
// The emulator's side

async fn setup(authority: &str) -> Result<()> {
    let mut connection = Connection::open(authority).await?;
    call(
        &mut connection,
        authority,
        "CreateCluster",
        &json!({"clusterName": CLUSTER}),
    )
    .await?;
    call(
        &mut connection,
        authority,
        "RegisterTaskDefinition",
        &json!({
            "family": FAMILY,
            "networkMode": "awsvpc",
            "requiresCompatibilities": ["FARGATE"],
            "cpu": "256",
            "memory": "512",
            "containerDefinitions": [{"name": "app", "image": IMAGE, "command": COMMAND}],
        }),
    )
    .await?;
    Ok(())
}

struct Launched {
    task_arn: String,
    /// From just before RunTask was sent to the first DescribeTasks answer showing RUNNING.
    elapsed: Duration,
    phases: Option<Phases>,
}

/// One RunTask, then DescribeTasks every POLL_EVERY until the task is RUNNING.
async fn launch_task(authority: &str) -> Result<Launched> {
    // A fresh connection each launch, opened before the clock starts.
    let mut connection = Connection::open(authority).await?;
    let wall = SystemTime::now();
    let started = Instant::now();
    let answer = call(
        &mut connection,
        authority,
        "RunTask",
        &json!({
            "cluster": CLUSTER,
            "taskDefinition": FAMILY,
            "launchType": "FARGATE",
            "networkConfiguration": {"awsvpcConfiguration": {"subnets": ["subnet-1"]}},
        }),
    )
    .await?;
    let answered = started.elapsed();
    let task_arn = match (
        answer["tasks"][0]["taskArn"].as_str(),
        answer["failures"].as_array().map_or(0, Vec::len),
    ) {
        (Some(arn), 0) => arn.to_owned(),
        _ => return fail(format!("RunTask started no task: {answer}")),
    };
    let describe = json!({"cluster": CLUSTER, "tasks": [task_arn]});
    let mut ticker = tokio::time::interval(POLL_EVERY);
    ticker.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
    loop {
        ticker.tick().await;
        let described = call(&mut connection, authority, "DescribeTasks", &describe).await?;
        let seen = started.elapsed();
        let task = &described["tasks"][0];
        match progress(task) {
            Progress::Running => {
                let t0 = wall
                    .duration_since(UNIX_EPOCH)
                    .map_or(f64::NAN, |d| d.as_secs_f64());
                return Ok(Launched {
                    phases: Phases::of(task, t0, millis(answered), millis(seen)),
                    task_arn,
                    elapsed: seen,
                });
            }
            Progress::Stopping(why) => {
                return fail(format!(
                    "task {task_arn} stopped instead of reaching RUNNING: {why}"
                ));
            }
            Progress::Missing => {
                return fail(format!(
                    "DescribeTasks does not find {task_arn}: {described}"
                ));
            }
            Progress::Starting(status) => {
                if seen > LAUNCH_TIMEOUT {
                    return fail(format!(
                        "task {task_arn} was still {status} {LAUNCH_TIMEOUT:?} after RunTask"
                    ));
                }
            }
        }
    }
}

/// Stops a task at once and waits until it is STOPPED (its containers removed). Not StopTask:
/// `sleep` as PID 1 ignores SIGTERM, so StopTask would wait out the container's 30 s
/// stopTimeout every time. The emulator's force-stop skips the grace period.
async fn stop_task(authority: &str, task_arn: &str) -> Result<()> {
    let mut connection = Connection::open(authority).await?;
    let id = task_arn.rsplit('/').next().unwrap_or(task_arn);
    let mut request = Request::new(Full::new(Bytes::new()));
    *request.method_mut() = Method::POST;
    *request.uri_mut() = format!("/_ecsemu/tasks/{id}/stop")
        .parse::<Uri>()
        .context("bad task id")?;
    request.headers_mut().insert(
        HOST,
        HeaderValue::from_str(authority).context("bad target authority")?,
    );
    let (status, body) = connection.send(request).await.context("force-stop")?;
    if status != StatusCode::OK {
        return fail(format!(
            "force-stop answered {status}: {}",
            String::from_utf8_lossy(&body)
        ));
    }
    let describe = json!({"cluster": CLUSTER, "tasks": [task_arn]});
    let started = Instant::now();
    loop {
        let described = call(&mut connection, authority, "DescribeTasks", &describe).await?;
        if described["tasks"][0]["lastStatus"] == "STOPPED" {
            return Ok(());
        }
        if started.elapsed() > STOP_TIMEOUT {
            return fail(format!(
                "task {task_arn} was not STOPPED {STOP_TIMEOUT:?} after a force-stop: {described}"
            ));
        }
        tokio::time::sleep(STOP_POLL_EVERY).await;
    }
}

/// Where a starting task is, from its DescribeTasks entry.
#[derive(Debug, PartialEq, Eq)]
enum Progress {
    Running,
    /// Not RUNNING yet, with its lastStatus.
    Starting(String),
    /// On its way to STOPPED without having run, and why.
    Stopping(String),
    /// DescribeTasks did not return it.
    Missing,
}

fn progress(task: &Value) -> Progress {
    if !task.is_object() {
        return Progress::Missing;
    }
    let last = task["lastStatus"].as_str().unwrap_or("?");
    if last == "RUNNING" {
        return Progress::Running;
    }
    let stopping = matches!(
        last,
        "DEACTIVATING" | "STOPPING" | "DEPROVISIONING" | "STOPPED"
    );
    if stopping || task["desiredStatus"] == "STOPPED" {
        return Progress::Stopping(stop_reason(task));
    }
    Progress::Starting(last.to_owned())
}

/// `lastStatus STOPPED, stopCode TaskFailedToStart: <stoppedReason>; container app: <reason>`.
fn stop_reason(task: &Value) -> String {
    let text = |value: &Value| value.as_str().unwrap_or("?").to_owned();
    let mut why = format!(
        "lastStatus {}, stopCode {}: {}",
        text(&task["lastStatus"]),
        text(&task["stopCode"]),
        text(&task["stoppedReason"])
    );
    for container in task["containers"].as_array().into_iter().flatten() {
        if let Some(reason) = container["reason"].as_str() {
            let _ = write!(why, "; container {}: {reason}", text(&container["name"]));
        }
    }
    why
}

/// Where one launch's time went, in milliseconds, from the task's own timestamps (the
/// emulator's clock, to the millisecond) and the bench's clock.
#[derive(Debug, Clone, Copy, PartialEq)]
struct Phases {
    /// RunTask's round trip, as the bench saw it.
    answered: f64,
    /// createdAt to pullStartedAt: the task's actor getting going, PROVISIONING to PENDING.
    to_pull: f64,
    /// pullStartedAt to pullStoppedAt: the pull attempt or image check.
    image: f64,
    /// pullStoppedAt to startedAt: the runtime work. For this one-container task: create,
    /// start, and an inspect for its published ports; tasks whose containers share a network
    /// also get a sandbox container first.
    containers: f64,
    /// startedAt to the DescribeTasks answer that showed RUNNING: polling delay.
    seen: f64,
}

impl Phases {
    /// `t0` is when RunTask was sent, in seconds since the epoch; `seen` the launch's time.
    fn of(task: &Value, t0: f64, answered: f64, seen: f64) -> Option<Phases> {
        let at = |field: &str| task[field].as_f64();
        let created = at("createdAt")?;
        let pull_started = at("pullStartedAt")?;
        let pull_stopped = at("pullStoppedAt")?;
        let started = at("startedAt")?;
        Some(Phases {
            answered,
            to_pull: (pull_started - created) * 1000.0,
            image: (pull_stopped - pull_started) * 1000.0,
            containers: (started - pull_stopped) * 1000.0,
            seen: seen - (started - t0) * 1000.0,
        })
    }
}

/// The medians of each phase, as one line.
fn phases_line(phases: &[Phases]) -> Option<String> {
    let median_of = |field: fn(&Phases) -> f64| {
        let values: Vec<f64> = phases.iter().map(field).collect();
        Stats::of(&values).map(|s| s.median)
    };
    Some(format!(
        "emulator phases (medians, ms; task timestamps have 1 ms resolution): RunTask answered \
         {:.1} · created→pullStarted {:.1} · pull/image check {:.1} · runtime \
         create+start+inspect {:.1} · startedAt→seen RUNNING {:.1}",
        median_of(|p| p.answered)?,
        median_of(|p| p.to_pull)?,
        median_of(|p| p.image)?,
        median_of(|p| p.containers)?,
        median_of(|p| p.seen)?,
    ))
}

// ---------------------------------------------------------------------------------------------
// The direct side

async fn launch_direct(direct: &Direct) -> Result<Duration> {
    match direct {
        Direct::Api { socket } => api_launch(socket).await,
        Direct::Binary { binary, remove } => cli_launch(binary, remove).await,
    }
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

/// Creates and starts the container through the API (timed), then removes it (not timed).
async fn api_launch(socket: &str) -> Result<Duration> {
    let mut connection = unix_connection(socket).await?;
    let create = json!({"Image": IMAGE, "Cmd": COMMAND});
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
    // Removed whether or not it started.
    let removed = runtime_call(
        &mut connection,
        Method::DELETE,
        &format!("/containers/{id}?force=true"),
        None,
    )
    .await;
    match start? {
        (StatusCode::NO_CONTENT, _) => {}
        (status, body) => {
            return fail(format!(
                "POST /containers/{id}/start answered {status}: {}",
                String::from_utf8_lossy(&body)
            ))
        }
    }
    match removed? {
        (status, _) if status.is_success() => Ok(elapsed),
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

/// Runs `<binary> create` and `<binary> start` (timed), then `<binary> <remove> <id>` (not
/// timed).
async fn cli_launch(binary: &str, remove: &[&str]) -> Result<Duration> {
    let mut create = vec!["create", IMAGE];
    create.extend(COMMAND);
    let started = Instant::now();
    let output = run_cli(binary, &create).await?;
    let id = cli_container_id(&output).ok_or_else(|| {
        Error(format!(
            "`{binary} create` printed no container id: {output:?}"
        ))
    })?;
    let start = run_cli(binary, &["start", &id]).await;
    let elapsed = started.elapsed();
    let mut remove = remove.to_vec();
    remove.push(&id);
    let removed = run_cli(binary, &remove).await;
    start?;
    removed?;
    Ok(elapsed)
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

// ---------------------------------------------------------------------------------------------
// Reporting

fn millis(duration: Duration) -> f64 {
    duration.as_secs_f64() * 1000.0
}

#[derive(Debug, Clone, Copy, PartialEq)]
struct Stats {
    median: f64,
    min: f64,
    max: f64,
}

impl Stats {
    /// Median (the mean of the middle two for an even count), minimum and maximum.
    fn of(samples: &[f64]) -> Option<Stats> {
        let mut sorted = samples.to_vec();
        sorted.sort_by(f64::total_cmp);
        let n = sorted.len();
        let median = match n {
            0 => return None,
            _ if n % 2 == 1 => sorted[n / 2],
            _ => f64::midpoint(sorted[n / 2 - 1], sorted[n / 2]),
        };
        Some(Stats {
            median,
            min: sorted[0],
            max: sorted[n - 1],
        })
    }
}

/// The emulator's extra time over the direct launch: milliseconds and percent of the latter.
fn overhead(emulator: f64, direct: f64) -> (f64, f64) {
    let extra = emulator - direct;
    (extra, extra / direct * 100.0)
}

/// `docker      RunTask→RUNNING  median 231.0 ms (min 210.0, max 260.0)   docker API ...`.
fn result_line(measured: &Measured) -> Option<String> {
    let emulator = Stats::of(&measured.emulator)?;
    let direct = Stats::of(&measured.direct)?;
    let (extra, percent) = overhead(emulator.median, direct.median);
    Some(format!(
        "{:<11} RunTask→RUNNING  median {:.1} ms (min {:.1}, max {:.1})   {:<23}  median {:.1} ms \
         (min {:.1}, max {:.1})   {extra:+.1} ms ({percent:+.1}%)   pull={}",
        measured.backend.name(),
        emulator.median,
        emulator.min,
        emulator.max,
        measured.backend.baseline_label(),
        direct.median,
        direct.min,
        direct.max,
        measured.pull,
    ))
}

fn join_ms(samples: &[f64]) -> String {
    samples
        .iter()
        .map(|ms| format!("{ms:.1}"))
        .collect::<Vec<_>>()
        .join(" ")
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
    fn pull_behaviors_parse() {
        assert_eq!(
            parse_pull_behaviors("default,prefer-cached,default"),
            Ok(vec!["default".to_owned(), "prefer-cached".to_owned()])
        );
        assert!(parse_pull_behaviors("sometimes").is_err());
    }

    #[test]
    fn docker_socket_follows_docker_host() {
        assert_eq!(docker_socket(None), DOCKER_SOCKET);
        assert_eq!(docker_socket(Some("unix:///tmp/d.sock")), "/tmp/d.sock");
        assert_eq!(docker_socket(Some("tcp://1.2.3.4:2375")), DOCKER_SOCKET);
    }

    #[test]
    fn stats_take_the_middle() {
        assert_eq!(Stats::of(&[]), None);
        assert_eq!(
            Stats::of(&[3.0, 1.0, 2.0]),
            Some(Stats {
                median: 2.0,
                min: 1.0,
                max: 3.0
            })
        );
        assert_eq!(
            Stats::of(&[4.0, 1.0, 2.0, 3.0]).map(|s| s.median),
            Some(2.5)
        );
    }

    #[test]
    fn overhead_is_relative_to_the_direct_launch() {
        let (extra, percent) = overhead(231.0, 205.0);
        assert!((extra - 26.0).abs() < 1e-9);
        assert!((percent - 12.682_926_829).abs() < 1e-6);
        let (extra, percent) = overhead(90.0, 100.0);
        assert!((extra + 10.0).abs() < 1e-9 && (percent + 10.0).abs() < 1e-9);
    }

    #[test]
    fn result_line_reads_like_the_issue() {
        let measured = Measured {
            backend: Backend::Docker,
            pull: "default".to_owned(),
            emulator: vec![231.0, 210.0, 260.0],
            direct: vec![205.0, 190.0, 230.0],
            disturbed: false,
        };
        assert_eq!(
            result_line(&measured).as_deref(),
            Some(
                "docker      RunTask→RUNNING  median 231.0 ms (min 210.0, max 260.0)   \
                 docker API create+start  median 205.0 ms (min 190.0, max 230.0)   \
                 +26.0 ms (+12.7%)   pull=default"
            )
        );
    }

    #[test]
    fn progress_tells_running_from_stopping() {
        assert_eq!(
            progress(&json!({"lastStatus": "RUNNING", "desiredStatus": "RUNNING"})),
            Progress::Running
        );
        assert_eq!(
            progress(&json!({"lastStatus": "PENDING", "desiredStatus": "RUNNING"})),
            Progress::Starting("PENDING".to_owned())
        );
        assert_eq!(progress(&Value::Null), Progress::Missing);
        let Progress::Stopping(why) = progress(&json!({
            "lastStatus": "STOPPED",
            "desiredStatus": "STOPPED",
            "stopCode": "TaskFailedToStart",
            "stoppedReason": "CannotPullContainerError: no such image",
            "containers": [{"name": "app", "reason": "CannotPullContainerError"}],
        })) else {
            panic!("a stopped task is stopping");
        };
        assert_eq!(
            why,
            "lastStatus STOPPED, stopCode TaskFailedToStart: CannotPullContainerError: no such \
             image; container app: CannotPullContainerError"
        );
        assert!(matches!(
            progress(&json!({"lastStatus": "PENDING", "desiredStatus": "STOPPED"})),
            Progress::Stopping(_)
        ));
    }

    #[test]
    fn phases_come_from_the_task_timestamps() {
        let task = json!({
            "createdAt": 100.001,
            "pullStartedAt": 100.002,
            "pullStoppedAt": 100.012,
            "startedAt": 100.212,
        });
        let phases = Phases::of(&task, 100.0, 1.5, 213.0).expect("all timestamps are there");
        let close = |a: f64, b: f64| (a - b).abs() < 1e-6;
        assert!(close(phases.answered, 1.5));
        assert!(close(phases.to_pull, 1.0));
        assert!(close(phases.image, 10.0));
        assert!(close(phases.containers, 200.0));
        assert!(close(phases.seen, 1.0));
        assert_eq!(Phases::of(&json!({"createdAt": 1.0}), 0.0, 0.0, 0.0), None);
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
}
