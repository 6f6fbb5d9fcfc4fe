//! Benchmarks of the ecsemu binary:
//!
//! - load (the default): requests per second and p50/p90/p99/max latency of `DescribeTasks`
//!   and `RunTask` (no container runtime) over keep-alive HTTP/1.1 connections;
//! - launch (`--scenario launch`, see [its section](#the-launch-scenario)): the time from
//!   RunTask to `lastStatus` RUNNING on Docker, Podman or a docker/podman binary, against the
//!   same container created and started directly with that runtime;
//! - service (`--scenario service`, see [its section](#the-service-scenario)): the time from
//!   CreateService of 10 tasks to a steady state and through a forced rolling deployment,
//!   against the runtime starting 10 containers itself; and the emulator's CPU and memory
//!   while idle with 1,000 services and with 200 running tasks;
//! - startup (`--scenario startup`, see [its section](#the-startup-scenario)): the time from
//!   spawning the emulator to its first answered request, and to its runtime being chosen,
//!   with no runtime, a busy one and an unreachable one.
//!
//! These are benchmarks, not tests: they print measurements and never fail on a slow result.
//! The project's targets are over 20,000 DescribeTasks/s on 2 cores with p99 under 2 ms, and
//! a launch that adds less than 20% to the runtime's own create+start time.
//!
//! # Running
//!
//! ```text
//! cargo build --release -p ecsemu -p ecsemu-bench
//! cargo run --release -p ecsemu-bench -- [--duration 10] [--connections 8,32,64]
//! ```
//!
//! By default it starts `target/release/ecsemu` of this workspace (build it first: the bench
//! never builds it, so that it measures exactly the binary you have) with
//! `--runtime none --log-level warn --listen 127.0.0.1:<free port>`, waits for
//! `GET /_ecsemu/health`, and kills it when done, also on error (Ctrl-C in a terminal reaches
//! both, as they share the process group). `--target http://HOST:PORT`
//! benchmarks an emulator that is already running instead. `--help` lists every flag.
//!
//! Setup goes through the API: cluster `bench`, a Fargate task definition `bench` (Fargate so
//! that no container-instance capacity ever limits RunTask), and one RunTask of 10 tasks, whose
//! ARNs DescribeTasks then cycles through. Each scenario opens N connections, runs a warm-up
//! (default 1 s, not measured), then measures for the duration (default 10 s).
//!
//! # Reading the output
//!
//! ```text
//! DescribeTasks  conns=32  23,451 req/s  p50 1.10 ms  p90 1.60 ms  p99 2.30 ms  max 9.10 ms  errors 0
//!                cpu (of 2): server 1.45  bench 0.52  other 0.01  idle 0.02   server peak RSS 14.2 MiB
//! ```
//!
//! - `req/s` is successful responses completed inside the measured window divided by its length.
//! - Latencies are per request, from just before the request is written until its whole body is
//!   read, in milliseconds; percentiles are nearest-rank over every successful request of every
//!   connection. With N connections each sending one request at a time, latency is roughly
//!   N / throughput: more connections only add throughput while a core is idle.
//! - `errors` counts non-200 answers, RunTask answers with `failures`, and transport errors
//!   (which reconnect); the first error is printed below the line.
//! - The `cpu` line (Linux only, from /proc) splits the machine's cores over the window:
//!   `server` is the spawned emulator, `bench` this client, `other` anything else on the machine
//!   (a parallel build skews results: rerun when it is not near 0), `idle` what was left. When
//!   `idle` is near 0 the machine is saturated, and the server/bench split says by whom. A
//!   warning line follows when `other` is above 0.2 cores. With `--target` the server is not
//!   the bench's child, so its share is folded into `server and others`.
//! - `server peak RSS` is the emulator's VmHWM so far. RunTask keeps every stopped task for the
//!   retention period (an hour by default), so it grows with each RunTask run.
//!
//! # Client design
//!
//! The client must not eat the cores it measures, so it is lean: hyper's low-level HTTP/1.1
//! connection API (no pool, no retries), request bodies serialized once up front, and a
//! single-threaded (current-thread) Tokio runtime by default. One thread drives all the
//! connections, which keeps the bench on at most one core and leaves the other to the server's
//! runtime, and the `cpu` line shows how much it really took. `--client-threads N` switches to a
//! multi-threaded runtime with N workers, to check whether the client is the bottleneck.
//!
//! # The launch scenario
//!
//! ```text
//! cargo build --release -p ecsemu -p ecsemu-bench
//! cargo run --release -p ecsemu-bench -- --scenario launch [--runtime all] [--iterations 10] \
//!     [--image-pull-behavior default,prefer-cached] [--log-level warn] [--server-log FILE]
//! ```
//!
//! `--runtime` takes `docker`, `podman`, `cli-docker` and `cli-podman`, comma-separated, or
//! `all` (the default): every one that is available, naming those it skipped and why. Each
//! named runtime must be available. For each pull behaviour and each runtime, the bench:
//!
//! 1. spawns the emulator (`target/release/ecsemu` unless `--binary`) with
//!    `--runtime docker|podman|cli [--cli-binary docker|podman] --image-pull-behavior B
//!    --log-level L --listen 127.0.0.1:<free port>`, waits for `/_ecsemu/health` and prints the
//!    runtime it names; creates cluster `bench-launch` and registers a Fargate task definition
//!    (`awsvpc`, cpu 256, memory 512) of one container `app`: `busybox:latest` `sleep 600`;
//! 2. alternates, 1 unmeasured warm-up plus `--iterations` (default 10) times:
//!    - emulator: the clock starts just before RunTask (FARGATE, subnet `subnet-1`) is sent;
//!      DescribeTasks is polled every 2 ms, and the clock stops at the first answer showing
//!      `lastStatus` RUNNING. The task then stops through the emulator's force-stop
//!      (`POST /_ecsemu/tasks/{id}/stop`; StopTask would wait out the 30 s stopTimeout, as
//!      `sleep` as PID 1 ignores SIGTERM), the bench waits for STOPPED, then pauses 300 ms;
//!    - direct: for `docker` and `podman`, the runtime's HTTP API on its unix socket
//!      (/var/run/docker.sock or DOCKER_HOST's; Podman's Docker-compatible API on
//!      /run/podman/podman.sock): `POST /containers/create` `{"Image":"busybox:latest",
//!      "Cmd":["sleep","600"]}` then `POST /containers/{id}/start`, timed together, then
//!      `DELETE /containers/{id}?force=true` and a 300 ms pause. For `cli-docker` and
//!      `cli-podman`: `<bin> create busybox:latest sleep 600` and `<bin> start <id>`, both
//!      processes timed, then `<bin> rm -f <id>` (`podman rm -f --time 0`, as Podman would
//!      otherwise wait 10 s for `sleep` to honour SIGTERM) and a 300 ms pause;
//! 3. stops the emulator with SIGTERM (it removes whatever containers it still runs).
//!
//! A task that heads for STOPPED instead of RUNNING fails that run with its stoppedReason;
//! the other runs go on, and the bench exits non-zero at the end.
//!
//! ```text
//! docker      RunTask→RUNNING  median 231.0 ms (min 210.0, max 260.0)   docker API create+start  median 205.0 ms (min 190.0, max 230.0)   +26.0 ms (+12.7%)   pull=default
//!    samples (ms): emulator 231.0 ...
//!    emulator phases (medians, ms; ...): RunTask answered 0.9 · created→pullStarted 0.0 · pull/image check 12.0 · runtime create+start+inspect 210.0 · startedAt→seen RUNNING 1.2
//!    cpu over the run, pauses included (of 2): emulator 0.03  bench 0.01  runtime and the rest 0.40  idle 1.56
//! ```
//!
//! - Times are medians (the mean of the middle two for an even count), minima and maxima of
//!   the measured launches, in milliseconds; the overhead is the difference of the medians, and
//!   its percentage is of the direct median. A summary repeats every run's line at the end.
//! - Polling every 2 ms adds about 1 ms on average to the emulator's times (at most 2 ms plus
//!   one DescribeTasks round trip, well under a millisecond).
//! - The phases split the emulator's time by the task's own timestamps (createdAt,
//!   pullStartedAt, pullStoppedAt, startedAt; the emulator's clock, whole milliseconds): how
//!   long RunTask took to answer, the task's actor getting to the pull, the pull attempt (with
//!   `default` a pull, which fails fast without a registry, then a check for the local image)
//!   or image check (`prefer-cached`), the runtime work (for this one-container task: create,
//!   start, and an inspect for published ports; containers sharing a network would also get a
//!   sandbox container), and the polling delay.
//! - `machine before the run` is the cores busy during 1 s before the emulator starts; over
//!   0.2 a warning says the numbers are disturbed. The `cpu` line covers the measured loop,
//!   pauses included; `runtime and the rest` is mostly the container runtime's daemons.
//! - `--server-log FILE` appends every spawned emulator's output there; with
//!   `--log-level debug` (or `ecsemu_runtime_cli=debug`) it shows, e.g., each docker/podman
//!   process the cli runtime runs and how long it took.
//!
//! # The service scenario
//!
//! ```text
//! cargo build --release -p ecsemu -p ecsemu-bench
//! cargo run --release -p ecsemu-bench -- --scenario service [--runtime docker,podman] \
//!     [--iterations 3] [--desired-count 10] [--idle-services 1000] [--idle-tasks 200] \
//!     [--idle-window 10] [--log-level warn] [--server-log FILE]
//! ```
//!
//! Without `--runtime` it runs on `docker` and `podman`, those available (naming the others
//! and why); `--runtime` takes the same values as for launch, and `all` adds the cli ones. The
//! task definition is a Fargate one (`awsvpc`, cpu 256, memory 512) of one container `app`:
//! `busybox:latest` `sh -c "trap 'exit 0' TERM; while :; do sleep 1 & wait; done"`, which
//! exits at once on SIGTERM (`sleep` as PID 1 would make every stop wait out the 30 s stop
//! timeout). Three parts:
//!
//! 1. timing, for each runtime: an emulator with `--runtime R --image-pull-behavior
//!    prefer-cached --service-warmup 0`. The last flag makes a task without a health check
//!    count as healthy as soon as it runs instead of 40 s later (ECS's wait, which rolling
//!    deployments honour), so that the times measure the emulator and the runtime and not
//!    that deliberate wait. 1 unmeasured plus `--iterations` (default 3) rounds of:
//!    - direct: `--desired-count` (default 10) containers of the same image and command
//!      created and started at once, each as launch's direct side does it (for `docker` and
//!      `podman` `POST /containers/create` then `POST /containers/{id}/start` on the API
//!      socket, each container on its own connection; for the cli ones `<bin> create` then
//!      `<bin> start`), timed from the first request to the last container started; then
//!      removed (not timed). At once because the emulator starts a service's tasks at once
//!      too: that is the fair comparison;
//!    - CreateService (`FARGATE`, subnet `subnet-0123456789abcdef0`, desiredCount 10), the
//!      clock started just before it is sent; DescribeServices is polled every 20 ms and the
//!      clock stops at the first answer showing a steady state, what `aws ecs wait
//!      services-stable` waits for: the service ACTIVE, one deployment, runningCount equal
//!      to desiredCount;
//!    - UpdateService `forceNewDeployment` (the default deployment configuration, minimum
//!      healthy 100%, maximum 200%: ten new tasks start, then the ten old ones stop), timed
//!      the same way until the new deployment is the only one, PRIMARY, rolloutState
//!      COMPLETED, with runningCount 10;
//!    - DeleteService (`force`), waiting (not timed) until the service is INACTIVE and the
//!      runtime lists no container labelled `ecsemu.cluster=bench-service`, then 300 ms pauses;
//! 2. idle with running tasks, for each runtime: a fresh emulator, the same flags;
//!    `--idle-tasks` (default 200) tasks in services of 10 (20 services); once every service
//!    is steady and the runtime runs all their containers, 2 s of rest, then a window of
//!    `--idle-window` seconds (default 10) in which the bench only sleeps. Then every service
//!    is deleted (`force`) and the bench waits until no container of the cluster is left,
//!    printing the runtime's count of running containers before, with the tasks, and after;
//! 3. idle with many services: an emulator on `--runtime none`, measured the same way with a
//!    cluster and no service, then again after CreateService of `--idle-services` (default
//!    1,000) services of desiredCount 0 in that cluster.
//!
//! ```text
//! docker      10 containers direct 1850.2 ms (1700.1–1900.3)   CreateService→steady 1690.0 ms (1650.2–1720.9)   -160.2 ms (-8.7%)
//!             forced deployment→complete 2310.5 ms (2250.0–2400.7)   (its 10 new tasks running at 2010.4 ms)
//! idle emulator (its own CPU in percent of one core; wakeups are its threads' context switches):
//!   --runtime none, a cluster and no service: cpu 0.00%  wakeups 0.0/s  RSS 8.5 MiB
//!   --runtime none, 1,000 services of desiredCount 0: cpu 0.00%  wakeups 0.0/s  RSS 14.0 MiB
//!   docker, 200 running tasks (20 services of up to 10): cpu 0.00%  wakeups 0.0/s  RSS 30.1 MiB   (dockerd: cpu 0.10%)
//! ```
//!
//! - Times are medians, minima and maxima of the measured rounds, in milliseconds; each
//!   round's line comes first (`round N`), and a summary repeats the result lines at the end.
//!   The overhead is CreateService→steady minus the direct start, of the medians, and its
//!   percentage is of the direct median. The rollout has no direct counterpart: it starts as
//!   many containers, stops as many and replaces the deployment; `its 10 new tasks running
//!   at` says when the new deployment first showed all its tasks running, the rest being the
//!   old tasks' stop and the deployment's retirement.
//! - Polling every 20 ms adds about 10 ms on average to the emulator's times.
//! - `cpu over the rounds` splits the machine's cores as launch's `cpu` line does, over every
//!   round with its cleanups and pauses; `runtime and the rest` is mostly the runtime's
//!   daemons and containers.
//! - Idle lines: `cpu` is the emulator process's own CPU time (utime+stime of
//!   /proc/PID/stat, all threads) over the window, in percent of one core; a tick is 10 ms,
//!   so 0.10% over 10 s. `wakeups` are its threads' voluntary and involuntary context
//!   switches per second (/proc/PID/task/*/status), which show polling too light for ticks to
//!   show: an idle emulator that polls nothing has 0. `RSS` is its VmRSS at the window's end.
//!   The runtime's daemon (dockerd; `podman system service` on the rootful socket) is shown
//!   beside it, as its CPU is not the emulator's. A warning follows a `cpu` above 1%.
//!
//! # The startup scenario
//!
//! ```text
//! cargo build --release -p ecsemu -p ecsemu-bench
//! cargo run --release -p ecsemu-bench -- --scenario startup [--iterations 10] [--binary PATH]
//! ```
//!
//! Spawns the emulator `--iterations` times (default 10) in each of five ways: `--runtime
//! none`; `--runtime auto` and `--runtime docker` with `DOCKER_HOST` pointing at a busy daemon
//! (a unix socket of the bench's that accepts connections and never answers them, as an
//! overloaded dockerd does); and both again with `DOCKER_HOST` at a socket that does not exist.
//! `auto` then goes on to whatever else the machine has (Podman, a docker/podman binary). For
//! each start it records, from the spawn: the first ListClusters answered (probed every
//! millisecond on a fresh connection), then when `/_ecsemu/health` first names a runtime other
//! than `choosing` (waiting at most 15 s; the name shows once the chosen runtime has described
//! itself, one `info` call after the choice), or when the emulator exited (an explicit runtime
//! that is not there stops it). Each case prints medians, minima and maxima:
//!
//! ```text
//! --runtime docker, Docker busy          first answer median 6.1 ms (5.2–8.0)   runtime chosen never   exited never
//! ```
//!
//! `--binary` measures another build, e.g. an older one, for comparison.
use std::collections::VecDeque;
use std::fmt::{self, Display};
use std::io::{BufRead, BufReader, Read, Write};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, ExitCode, Stdio};
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use bytes::Bytes;
use http_body_util::{BodyExt, Full};
use hyper::client::conn::http1::{self, SendRequest};
use hyper::header::{HeaderMap, HeaderValue, CONTENT_TYPE, HOST};
use hyper::{Method, Request, StatusCode, Uri};
use hyper_util::rt::TokioIo;
use serde_json::{json, Value};
use tokio::io::{AsyncRead, AsyncWrite};
use tokio::net::TcpStream;

mod common;
mod launch;
mod runtimes;
mod service;
mod startup;

const TARGET_PREFIX: &str = "AmazonEC2ContainerServiceV20141113.";
const JSON_CONTENT_TYPE: &str = "application/x-amz-json-1.1";
const CLUSTER: &str = "bench";
const FAMILY: &str = "bench";
/// RunTask's own maximum count; one setup call yields all the tasks DescribeTasks cycles over.
const SETUP_TASKS: usize = 10;
/// How long a spawned emulator may take to answer its health check.
const STARTUP_TIMEOUT: Duration = Duration::from_secs(20);
/// Cores used by other processes (and kernel work charged to none) above which a run's numbers
/// are flagged as disturbed. Loopback TCP's softirq time lands here too, a few hundredths.
const OTHER_LOAD_WARNING: f64 = 0.2;
/// Lines of the spawned emulator's output kept to show when something goes wrong.
const LOG_TAIL: usize = 20;

const USAGE: &str = "\
Benchmarks for ecsemu: DescribeTasks and RunTask throughput and latency (no runtime); the
time from RunTask to RUNNING on real container runtimes against the runtime's own create+start;
or services: their time to a steady state and through a rolling deployment, and the emulator's
cost while idle.

Usage: cargo run --release -p ecsemu-bench -- [OPTIONS]
       cargo run --release -p ecsemu-bench -- --scenario launch [OPTIONS]
       cargo run --release -p ecsemu-bench -- --scenario service [OPTIONS]
       cargo run --release -p ecsemu-bench -- --scenario startup [--iterations N] [--binary PATH]

Options:
  --binary PATH          emulator binary to spawn [default: <workspace>/target/release/ecsemu]
  --target URL           benchmark an already-running emulator (http://HOST:PORT) instead
  --duration SECS        measured seconds per run [default: 10]
  --warmup SECS          unmeasured warm-up seconds per run [default: 1]
  --connections LIST     concurrent connections, comma-separated for several runs [default: 32]
  --scenarios LIST       describe-tasks, run-task or both, comma-separated [default: both];
                         or launch or service, alone (--scenario is the same flag)
  --describe-batch K     task ARNs per DescribeTasks request, 1-10 [default: 1]
  --client-threads N     client runtime threads; 1 is a current-thread runtime [default: 1]
  --log-level LEVEL      --log-level of the spawned emulator [default: warn]
  --server-log FILE      append the spawned emulators' whole output to FILE
  -h, --help             print this help

Options of --scenario launch (which takes no --target, --duration, --warmup, --connections,
--describe-batch or --client-threads):
  --runtime LIST         docker, podman, cli-docker, cli-podman, comma-separated, or all: every
                         one that is available, naming those skipped [default: all]
  --iterations N         measured launches on each side, after 1 unmeasured warm-up
                         [default: 10]
  --image-pull-behavior LIST
                         the emulator's --image-pull-behavior: default, always, once,
                         prefer-cached; comma-separated for one run each [default: default]

Options of --scenario service (which takes none of the load scenarios' flags, nor
--image-pull-behavior: its emulators run with prefer-cached):
  --runtime LIST         as for launch, or all: every available one [default: docker and
                         podman, those available]
  --iterations N         measured rounds, after 1 unmeasured warm-up [default: 3]
  --desired-count N      the measured service's tasks, and the containers started directly
                         [default: 10]
  --idle-services N      services of desiredCount 0 for the idle check on --runtime none; 0
                         skips it [default: 1000]
  --idle-tasks N         running tasks for the idle check on each runtime; 0 skips it
                         [default: 200]
  --idle-window SECS     seconds each idle check measures [default: 10]
";

fn main() -> ExitCode {
    let options = match Options::parse(std::env::args().skip(1)) {
        Ok(Parsed::Run(options)) => options,
        Ok(Parsed::Help) => {
            print!("{USAGE}");
            return ExitCode::SUCCESS;
        }
        Err(message) => {
            eprintln!("ecsemu-bench: {message}\n\n{USAGE}");
            return ExitCode::FAILURE;
        }
    };
    match run(&options) {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) => {
            eprintln!("ecsemu-bench: {error}");
            ExitCode::FAILURE
        }
    }
}

// ---------------------------------------------------------------------------------------------
// Errors

/// An error message that has collected what was being done when it happened.
#[derive(Debug)]
struct Error(String);

impl Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

type Result<T, E = Error> = std::result::Result<T, E>;

trait Context<T> {
    fn context(self, what: impl Display) -> Result<T>;
}

impl<T, E: Display> Context<T> for std::result::Result<T, E> {
    fn context(self, what: impl Display) -> Result<T> {
        self.map_err(|error| Error(format!("{what}: {error}")))
    }
}

fn fail<T>(message: impl Display) -> Result<T> {
    Err(Error(message.to_string()))
}

// ---------------------------------------------------------------------------------------------
// Options

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Scenario {
    DescribeTasks,
    RunTask,
}

impl Scenario {
    fn operation(self) -> &'static str {
        match self {
            Scenario::DescribeTasks => "DescribeTasks",
            Scenario::RunTask => "RunTask",
        }
    }
}

#[derive(Debug)]
struct Options {
    binary: Option<PathBuf>,
    target: Option<String>,
    duration: Duration,
    warmup: Duration,
    connections: Vec<usize>,
    scenarios: Vec<Scenario>,
    describe_batch: usize,
    client_threads: usize,
    log_level: String,
    /// Where the spawned emulators' whole output is appended, if anywhere.
    server_log: Option<PathBuf>,
    /// Set for `--scenario launch`, which replaces the load scenarios.
    launch: Option<launch::LaunchOptions>,
    /// Set for `--scenario service`, which replaces the load scenarios.
    service: Option<service::ServiceOptions>,
    /// Set for `--scenario startup`, which replaces the load scenarios.
    startup: Option<startup::StartupOptions>,
}

/// Flags that only the load scenarios (describe-tasks, run-task) take.
const LOAD_ONLY_FLAGS: [&str; 6] = [
    "--target",
    "--duration",
    "--warmup",
    "--connections",
    "--describe-batch",
    "--client-threads",
];

/// Flags that the runtime scenarios (launch and service) take.
const RUNTIME_FLAGS: [&str; 2] = ["--runtime", "--iterations"];

/// Flags that only `--scenario launch` takes.
const LAUNCH_ONLY_FLAGS: [&str; 1] = ["--image-pull-behavior"];

/// Flags that only `--scenario service` takes.
const SERVICE_ONLY_FLAGS: [&str; 4] = [
    "--desired-count",
    "--idle-services",
    "--idle-tasks",
    "--idle-window",
];

/// The scenarios that run alone, each replacing the load scenarios.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Alone {
    Launch,
    Service,
    Startup,
}

enum Parsed {
    Run(Box<Options>),
    Help,
}

impl Options {
    fn parse(mut args: impl Iterator<Item = String>) -> Result<Parsed, String> {
        let mut options = Options {
            binary: None,
            target: None,
            duration: Duration::from_secs(10),
            warmup: Duration::from_secs(1),
            connections: vec![32],
            scenarios: vec![Scenario::DescribeTasks, Scenario::RunTask],
            describe_batch: 1,
            client_threads: 1,
            log_level: "warn".to_owned(),
            server_log: None,
            launch: None,
            service: None,
            startup: None,
        };
        let mut alone = None;
        let mut runtimes = None;
        let mut iterations = None;
        let mut launch_options = launch::LaunchOptions::default();
        let mut service_options = service::ServiceOptions::default();
        let mut given = Vec::new();
        while let Some(arg) = args.next() {
            // Accept both `--flag value` and `--flag=value`.
            let (flag, inline) = match arg.split_once('=') {
                Some((flag, value)) if flag.starts_with("--") => (flag.to_owned(), Some(value)),
                _ => (arg.clone(), None),
            };
            if flag == "-h" || flag == "--help" {
                return Ok(Parsed::Help);
            }
            let value = match inline {
                Some(value) => value.to_owned(),
                None => args.next().ok_or_else(|| format!("{flag} needs a value"))?,
            };
            given.push(flag.clone());
            match flag.as_str() {
                "--binary" => options.binary = Some(PathBuf::from(value)),
                "--target" => options.target = Some(authority_of(&value)?),
                "--duration" => options.duration = seconds(&flag, &value)?,
                "--warmup" => options.warmup = seconds(&flag, &value)?,
                "--connections" => {
                    options.connections = value
                        .split(',')
                        .map(|n| positive(&flag, n.trim()))
                        .collect::<Result<_, _>>()?;
                }
                "--scenarios" | "--scenario" => {
                    let names: Vec<&str> = value.split(',').map(str::trim).collect();
                    let solo = [
                        ("launch", Alone::Launch),
                        ("service", Alone::Service),
                        ("startup", Alone::Startup),
                    ];
                    if let Some(&(name, _)) = solo.iter().find(|(n, _)| names.contains(n)) {
                        if names.len() > 1 {
                            return Err(format!("the {name} scenario runs alone"));
                        }
                    }
                    alone = solo.iter().find(|(n, _)| names == [*n]).map(|&(_, s)| s);
                    if alone.is_some() {
                        continue;
                    }
                    options.scenarios = names
                        .into_iter()
                        .map(|name| match name {
                            "describe-tasks" | "DescribeTasks" => Ok(Scenario::DescribeTasks),
                            "run-task" | "RunTask" => Ok(Scenario::RunTask),
                            other => Err(format!(
                                "unknown scenario {other}: use describe-tasks, run-task, launch, \
                                 service or startup"
                            )),
                        })
                        .collect::<Result<_, _>>()?;
                }
                "--describe-batch" => {
                    let batch = positive(&flag, &value)?;
                    if batch > SETUP_TASKS {
                        return Err(format!("--describe-batch is at most {SETUP_TASKS}"));
                    }
                    options.describe_batch = batch;
                }
                "--client-threads" => options.client_threads = positive(&flag, &value)?,
                "--log-level" => options.log_level = value,
                "--server-log" => options.server_log = Some(PathBuf::from(value)),
                "--runtime" => runtimes = Some(runtimes::parse_runtimes(&value)?),
                "--iterations" => iterations = Some(positive(&flag, &value)?),
                "--image-pull-behavior" => {
                    launch_options.pull_behaviors = launch::parse_pull_behaviors(&value)?;
                }
                "--desired-count" => service_options.tasks = positive(&flag, &value)?,
                "--idle-services" => service_options.idle_services = whole(&flag, &value)?,
                "--idle-tasks" => service_options.idle_tasks = whole(&flag, &value)?,
                "--idle-window" => {
                    service_options.idle_window = seconds(&flag, &value)?;
                    if service_options.idle_window.is_zero() {
                        return Err("--idle-window must be more than 0".to_owned());
                    }
                }
                _ => return Err(format!("unknown argument {arg}")),
            }
        }
        let misplaced = |only: &[&str]| {
            given
                .iter()
                .find(|flag| only.contains(&flag.as_str()))
                .cloned()
        };
        let foreign = |name: &str, flags: &[&[&str]]| {
            flags
                .iter()
                .find_map(|flags| misplaced(flags))
                .map(|flag| format!("{flag} does not apply to the {name} scenario"))
        };
        match alone {
            Some(Alone::Launch) => {
                if let Some(error) = foreign("launch", &[&LOAD_ONLY_FLAGS, &SERVICE_ONLY_FLAGS]) {
                    return Err(error);
                }
                if let Some(runtimes) = runtimes {
                    launch_options.runtimes = runtimes;
                }
                if let Some(iterations) = iterations {
                    launch_options.iterations = iterations;
                }
                options.launch = Some(launch_options);
            }
            Some(Alone::Startup) => {
                let foreign_flags = [
                    &LOAD_ONLY_FLAGS[..],
                    &LAUNCH_ONLY_FLAGS,
                    &SERVICE_ONLY_FLAGS,
                ];
                if let Some(error) = foreign("startup", &foreign_flags) {
                    return Err(error);
                }
                if runtimes.is_some() {
                    return Err("--runtime does not apply to the startup scenario".to_owned());
                }
                let mut startup = startup::StartupOptions::default();
                if let Some(iterations) = iterations {
                    startup.iterations = iterations;
                }
                options.startup = Some(startup);
            }
            Some(Alone::Service) => {
                if let Some(error) = foreign("service", &[&LOAD_ONLY_FLAGS, &LAUNCH_ONLY_FLAGS]) {
                    return Err(error);
                }
                service_options.runtimes = runtimes;
                if let Some(iterations) = iterations {
                    service_options.iterations = iterations;
                }
                options.service = Some(service_options);
            }
            None => {
                let only = [
                    (&RUNTIME_FLAGS[..], "--scenario launch or service"),
                    (&LAUNCH_ONLY_FLAGS[..], "--scenario launch"),
                    (&SERVICE_ONLY_FLAGS[..], "--scenario service"),
                ];
                for (flags, scenarios) in only {
                    if let Some(flag) = misplaced(flags) {
                        return Err(format!("{flag} only applies to {scenarios}"));
                    }
                }
            }
        }
        if options.binary.is_some() && options.target.is_some() {
            return Err("--binary and --target exclude each other".to_owned());
        }
        if options.duration.is_zero() {
            return Err("--duration must be more than 0".to_owned());
        }
        Ok(Parsed::Run(Box::new(options)))
    }
}

fn seconds(flag: &str, value: &str) -> Result<Duration, String> {
    value
        .parse::<f64>()
        .ok()
        .and_then(|secs| Duration::try_from_secs_f64(secs).ok())
        .ok_or_else(|| format!("{flag} takes seconds, not {value:?}"))
}

fn whole(flag: &str, value: &str) -> Result<usize, String> {
    value
        .parse::<usize>()
        .map_err(|_| format!("{flag} takes a whole number, not {value:?}"))
}

fn positive(flag: &str, value: &str) -> Result<usize, String> {
    match value.parse::<usize>() {
        Ok(n) if n > 0 => Ok(n),
        _ => Err(format!("{flag} takes a positive integer, not {value:?}")),
    }
}

/// `HOST:PORT` from `http://HOST:PORT[/]` or `HOST:PORT`. Only plain HTTP: the emulator serves
/// nothing else.
fn authority_of(url: &str) -> Result<String, String> {
    if url.starts_with("https://") {
        return Err("--target must be an http:// URL: the emulator serves plain HTTP".to_owned());
    }
    let rest = url.strip_prefix("http://").unwrap_or(url);
    let authority = rest.trim_end_matches('/');
    if authority.is_empty() || authority.contains('/') || !authority.contains(':') {
        return Err(format!("--target takes http://HOST:PORT, not {url:?}"));
    }
    Ok(authority.to_owned())
}

// ---------------------------------------------------------------------------------------------
// The whole run

fn run(options: &Options) -> Result<()> {
    if let Some(launch) = &options.launch {
        return launch::run(options, launch);
    }
    if let Some(service) = &options.service {
        return service::run(options, service);
    }
    if let Some(startup) = &options.startup {
        return startup::run(options, startup);
    }
    let mut builder = if options.client_threads == 1 {
        tokio::runtime::Builder::new_current_thread()
    } else {
        let mut builder = tokio::runtime::Builder::new_multi_thread();
        builder.worker_threads(options.client_threads);
        builder
    };
    let runtime = builder
        .enable_all()
        .build()
        .context("cannot start the client's Tokio runtime")?;

    // The guard kills the server when it goes out of scope, on success, error or panic alike.
    let server = match &options.target {
        Some(_) => None,
        None => Some(Server::spawn(
            options.binary.as_deref(),
            &["--runtime", "none", "--log-level", &options.log_level],
            options.server_log.as_deref(),
        )?),
    };
    let authority = match (&options.target, &server) {
        (Some(target), _) => target.clone(),
        (None, Some(server)) => server.authority.clone(),
        (None, None) => return fail("neither --target nor a spawned server"),
    };

    if cfg!(debug_assertions) {
        println!("warning: this is a debug build of the bench client; use cargo run --release");
    }
    match &server {
        Some(server) => println!(
            "server: {} (pid {}) on {}, --runtime none --log-level {}",
            server.binary.display(),
            server.pid(),
            server.authority,
            options.log_level
        ),
        None => println!("server: already running at {authority}"),
    }
    println!(
        "client: {}, warm-up {:.1} s, measured {:.1} s per run; {} CPUs",
        if options.client_threads == 1 {
            "1 thread (current-thread Tokio runtime)".to_owned()
        } else {
            format!(
                "{} threads (multi-thread Tokio runtime)",
                options.client_threads
            )
        },
        options.warmup.as_secs_f64(),
        options.duration.as_secs_f64(),
        cpu_count().map_or_else(|| "?".to_owned(), |n| n.to_string()),
    );
    println!(
        "issue target (informative only): DescribeTasks > 20,000 req/s with p99 < 2 ms on 2 cores"
    );

    let fixture = runtime.block_on(async {
        if let Some(server) = &server {
            server.wait_healthy(&authority).await?;
        }
        setup(&authority).await
    })?;
    println!(
        "setup: cluster {CLUSTER}, task definition {FAMILY} (FARGATE), {} tasks\n",
        fixture.task_arns.len()
    );

    for &scenario in &options.scenarios {
        for &connections in &options.connections {
            let bodies = request_bodies(scenario, &fixture, options.describe_batch)?;
            let load = Load {
                authority: authority.clone(),
                scenario,
                connections,
                bodies,
                warmup: options.warmup,
                duration: options.duration,
            };
            let server_pid = server.as_ref().map(Server::pid);
            let before = CpuSample::take(server_pid);
            let outcome = runtime.block_on(load.run())?;
            let after = CpuSample::take(server_pid);
            print_result(&load, &outcome, options.describe_batch);
            let cpu = CpuUse::between(before.as_ref(), after.as_ref());
            let rss = server.as_ref().and_then(Server::peak_rss_kib);
            print_resources(cpu.as_ref(), rss);
            if let Some(server) = &server {
                server.check_alive()?;
            }
        }
    }

    if let Some(server) = &server {
        let lines = server.log.lines.load(Ordering::Relaxed);
        println!(
            "\nserver output: {lines} lines at --log-level {}",
            options.log_level
        );
        for line in server.log.tail() {
            println!("  | {line}");
        }
    }
    Ok(())
}

// ---------------------------------------------------------------------------------------------
// The spawned emulator

struct Server {
    child: Child,
    binary: PathBuf,
    authority: String,
    log: Arc<LogSink>,
    /// When set, dropping the server asks it to shut down (SIGTERM) and waits this long before
    /// killing it, so that it removes the containers it runs; else it is killed at once.
    graceful: Option<Duration>,
}

impl Server {
    /// Starts `binary` (by default this workspace's release build) with `args` and a free
    /// `--listen` port; appends its output to `log_file` if given.
    fn spawn(binary: Option<&Path>, args: &[&str], log_file: Option<&Path>) -> Result<Server> {
        Self::spawn_with_env(binary, args, &[], log_file)
    }

    /// `spawn`, with `env` added to the emulator's environment.
    fn spawn_with_env(
        binary: Option<&Path>,
        args: &[&str],
        env: &[(&str, &str)],
        log_file: Option<&Path>,
    ) -> Result<Server> {
        let binary = binary.map_or_else(default_binary, Path::to_path_buf);
        if !binary.is_file() {
            return fail(format!(
                "no emulator binary at {}: build it with `cargo build --release -p ecsemu`, \
                 or pass --binary or --target",
                binary.display()
            ));
        }
        // Ask the kernel for a free port, then let it go for the emulator to bind. Another
        // process could take it in between; then the health check fails with a clear message.
        let port = std::net::TcpListener::bind("127.0.0.1:0")
            .and_then(|listener| listener.local_addr())
            .context("cannot find a free local port")?
            .port();
        let authority = format!("127.0.0.1:{port}");
        let file = match log_file {
            Some(path) => {
                let mut file = std::fs::OpenOptions::new()
                    .create(true)
                    .append(true)
                    .open(path)
                    .context(format!("cannot open {}", path.display()))?;
                writeln!(
                    file,
                    "==== {} {} --listen {authority}",
                    binary.display(),
                    args.join(" ")
                )
                .context(format!("cannot write to {}", path.display()))?;
                Some(Mutex::new(file))
            }
            None => None,
        };
        let mut child = Command::new(&binary)
            .args(args)
            .args(["--listen", &authority])
            .envs(env.iter().copied())
            .stdin(Stdio::null())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .context(format!("cannot start {}", binary.display()))?;
        // The emulator logs to stdout (tracing's default) and reports fatal errors on stderr.
        // Both are drained on threads so that a chatty log level can never block the server on
        // a full pipe, counted (to show how much a log level writes) and kept as a short tail.
        let log = Arc::new(LogSink {
            file,
            ..LogSink::default()
        });
        if let Some(stdout) = child.stdout.take() {
            log.drain(stdout);
        }
        if let Some(stderr) = child.stderr.take() {
            log.drain(stderr);
        }
        Ok(Server {
            child,
            binary,
            authority,
            log,
            graceful: None,
        })
    }

    fn pid(&self) -> u32 {
        self.child.id()
    }

    /// Waits for the health check to answer, and returns its answer.
    async fn wait_healthy(&self, authority: &str) -> Result<Value> {
        let deadline = Instant::now() + STARTUP_TIMEOUT;
        let mut last_error = String::from("no answer yet");
        while Instant::now() < deadline {
            self.check_alive()?;
            match health(authority).await {
                Ok(answer) => return Ok(answer),
                Err(error) => last_error = error.to_string(),
            }
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
        fail(format!(
            "the emulator did not become healthy within {STARTUP_TIMEOUT:?} ({last_error}); \
             its output:\n{}",
            self.log.tail().join("\n")
        ))
    }

    /// Fails, with the emulator's last output, if it has exited.
    fn check_alive(&self) -> Result<()> {
        // `try_wait` needs `&mut Child`; reading /proc avoids that and works on a shared
        // reference. Where /proc is missing this check is skipped.
        let status = std::fs::read_to_string(format!("/proc/{}/stat", self.pid()));
        let state = status
            .ok()
            .and_then(|stat| {
                stat.rsplit_once(')')
                    .map(|(_, rest)| rest.trim().to_owned())
            })
            .and_then(|rest| rest.chars().next());
        if matches!(state, Some('Z' | 'X')) {
            return fail(format!(
                "the emulator exited; its output:\n{}",
                self.log.tail().join("\n")
            ));
        }
        Ok(())
    }

    /// VmHWM, the peak resident set size, in KiB.
    fn peak_rss_kib(&self) -> Option<u64> {
        self.status_kib("VmHWM:")
    }

    /// VmRSS, the resident set size now, in KiB.
    fn rss_kib(&self) -> Option<u64> {
        self.status_kib("VmRSS:")
    }

    /// A `<field> <n> kB` line of `/proc/<pid>/status`.
    fn status_kib(&self, field: &str) -> Option<u64> {
        let status = std::fs::read_to_string(format!("/proc/{}/status", self.pid())).ok()?;
        status
            .lines()
            .find_map(|line| line.strip_prefix(field))
            .and_then(|rest| rest.trim().trim_end_matches("kB").trim().parse().ok())
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        if let Some(grace) = self.graceful {
            // On SIGTERM the emulator stops its tasks and removes their containers.
            let pid = nix::unistd::Pid::from_raw(self.child.id() as i32);
            if nix::sys::signal::kill(pid, nix::sys::signal::Signal::SIGTERM).is_ok() {
                let deadline = Instant::now() + grace;
                while Instant::now() < deadline {
                    if matches!(self.child.try_wait(), Ok(Some(_)) | Err(_)) {
                        return;
                    }
                    std::thread::sleep(Duration::from_millis(20));
                }
                eprintln!(
                    "ecsemu-bench: the emulator had not stopped {grace:?} after SIGTERM; killing it"
                );
            }
        }
        // SIGKILL: without a runtime nothing of the emulator's state is worth a graceful
        // shutdown.
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// `target/release/ecsemu` of this workspace, honouring CARGO_TARGET_DIR like cargo does.
fn default_binary() -> PathBuf {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
    let target = std::env::var_os("CARGO_TARGET_DIR")
        .map_or_else(|| root.join("target"), |dir| root.join(PathBuf::from(dir)));
    let binary = target.join("release").join("ecsemu");
    binary.canonicalize().unwrap_or(binary)
}

/// Counts and keeps the last lines of the emulator's output.
#[derive(Default)]
struct LogSink {
    lines: AtomicU64,
    tail: Mutex<VecDeque<String>>,
    /// Where every line also goes, if anywhere (`--server-log`).
    file: Option<Mutex<std::fs::File>>,
}

impl LogSink {
    fn drain(self: &Arc<Self>, stream: impl Read + Send + 'static) {
        let sink = Arc::clone(self);
        std::thread::spawn(move || {
            let mut reader = BufReader::new(stream);
            let mut line = Vec::new();
            // Ends at EOF (the emulator exited) or on a read error; either way there is no more.
            while matches!(reader.read_until(b'\n', &mut line), Ok(n) if n > 0) {
                sink.lines.fetch_add(1, Ordering::Relaxed);
                let text = strip_ansi(String::from_utf8_lossy(&line).trim_end());
                if let Some(Ok(mut file)) = sink.file.as_ref().map(Mutex::lock) {
                    // A log file that cannot be written to must not stop the benchmark.
                    let _ = writeln!(file, "{text}");
                }
                if let Ok(mut tail) = sink.tail.lock() {
                    if tail.len() == LOG_TAIL {
                        tail.pop_front();
                    }
                    tail.push_back(text);
                }
                line.clear();
            }
        });
    }

    fn tail(&self) -> Vec<String> {
        self.tail
            .lock()
            .map(|tail| tail.iter().cloned().collect())
            .unwrap_or_default()
    }
}

/// The text without ANSI escape sequences: the emulator colours its log even into a pipe.
fn strip_ansi(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut chars = text.chars();
    while let Some(c) = chars.next() {
        if c == '\u{1b}' {
            // CSI sequences (`ESC [ ... final byte`) are all tracing emits.
            if chars.next() == Some('[') {
                for c in chars.by_ref() {
                    if ('@'..='~').contains(&c) {
                        break;
                    }
                }
            }
        } else {
            out.push(c);
        }
    }
    out
}

// ---------------------------------------------------------------------------------------------
// HTTP

/// One keep-alive HTTP/1.1 connection to the emulator.
struct Connection {
    sender: SendRequest<Full<Bytes>>,
}

impl Connection {
    async fn open(authority: &str) -> Result<Connection> {
        let stream = TcpStream::connect(authority)
            .await
            .context(format!("cannot connect to {authority}"))?;
        // Requests are small and strictly request/response: without this, Nagle's algorithm
        // can hold a write back waiting for an ACK and add delayed-ACK stalls to the latency.
        stream.set_nodelay(true).context("cannot set TCP_NODELAY")?;
        Connection::over(stream).await
    }

    /// An HTTP/1.1 connection over an open stream (TCP, or a container runtime's unix socket).
    async fn over(stream: impl AsyncRead + AsyncWrite + Unpin + Send + 'static) -> Result<Self> {
        let (sender, connection) = http1::handshake(TokioIo::new(stream))
            .await
            .context("HTTP/1.1 handshake failed")?;
        // The connection future does the actual I/O; it ends when the sender is dropped or the
        // server closes the socket, and the sender reports that as an error on its next use.
        tokio::spawn(async move {
            let _ = connection.await;
        });
        Ok(Connection { sender })
    }

    /// Sends `request`, reads the whole answer.
    async fn send(&mut self, request: Request<Full<Bytes>>) -> Result<(StatusCode, Bytes)> {
        self.sender.ready().await.context("the connection closed")?;
        let response = self
            .sender
            .send_request(request)
            .await
            .context("the request failed")?;
        let status = response.status();
        let body = response
            .into_body()
            .collect()
            .await
            .context("reading the response failed")?
            .to_bytes();
        Ok((status, body))
    }
}

/// The headers of every ECS call of one operation, built once and cloned per request.
fn api_headers(authority: &str, operation: &str) -> Result<HeaderMap> {
    let mut headers = HeaderMap::new();
    headers.insert(
        HOST,
        HeaderValue::from_str(authority).context("bad target authority")?,
    );
    headers.insert(CONTENT_TYPE, HeaderValue::from_static(JSON_CONTENT_TYPE));
    headers.insert(
        "x-amz-target",
        HeaderValue::from_str(&format!("{TARGET_PREFIX}{operation}"))
            .context("bad operation name")?,
    );
    Ok(headers)
}

fn api_request(headers: &HeaderMap, body: Bytes) -> Request<Full<Bytes>> {
    let mut request = Request::new(Full::new(body));
    *request.method_mut() = Method::POST;
    *request.uri_mut() = Uri::from_static("/");
    *request.headers_mut() = headers.clone();
    request
}

/// The health check's answer, `{"status":"ok","runtime":"<name>"}`.
async fn health(authority: &str) -> Result<Value> {
    let mut connection = Connection::open(authority).await?;
    let mut request = Request::new(Full::new(Bytes::new()));
    *request.uri_mut() = Uri::from_static("/_ecsemu/health");
    request.headers_mut().insert(
        HOST,
        HeaderValue::from_str(authority).context("bad target authority")?,
    );
    let (status, body) = connection.send(request).await?;
    if status == StatusCode::OK {
        serde_json::from_slice(&body).context("the health check answered invalid JSON")
    } else {
        fail(format!(
            "health check answered {status}: {}",
            String::from_utf8_lossy(&body)
        ))
    }
}

/// One setup call: fails unless the answer is 200 with a JSON body.
async fn call(
    connection: &mut Connection,
    authority: &str,
    operation: &str,
    body: &Value,
) -> Result<Value> {
    let headers = api_headers(authority, operation)?;
    let request = api_request(&headers, Bytes::from(body.to_string()));
    let (status, answer) = connection.send(request).await.context(operation)?;
    if status != StatusCode::OK {
        return fail(format!(
            "{operation} answered {status}: {}",
            String::from_utf8_lossy(&answer)
        ));
    }
    serde_json::from_slice(&answer).context(format!("{operation} answered invalid JSON"))
}

// ---------------------------------------------------------------------------------------------
// Setup

struct Fixture {
    task_arns: Vec<String>,
}

fn run_task_body(count: usize) -> Value {
    json!({
        "cluster": CLUSTER,
        "taskDefinition": FAMILY,
        "launchType": "FARGATE",
        "networkConfiguration": {"awsvpcConfiguration": {"subnets": ["subnet-1"]}},
        "count": count,
    })
}

async fn setup(authority: &str) -> Result<Fixture> {
    // This also works with --target on an emulator that has run the bench before.
    let container = json!({"name": "app", "image": "busybox", "memory": 64});
    common::register(authority, CLUSTER, FAMILY, container).await?;
    let mut connection = Connection::open(authority).await?;

    let headers = api_headers(authority, "RunTask")?;
    let request = api_request(
        &headers,
        Bytes::from(run_task_body(SETUP_TASKS).to_string()),
    );
    let (status, raw) = connection.send(request).await.context("RunTask")?;
    if status != StatusCode::OK {
        return fail(format!(
            "RunTask answered {status}: {}",
            String::from_utf8_lossy(&raw)
        ));
    }
    let answer: Value = serde_json::from_slice(&raw).context("RunTask answered invalid JSON")?;
    let failures = answer["failures"].as_array().map_or(0, Vec::len);
    let task_arns: Vec<String> = answer["tasks"]
        .as_array()
        .map(|tasks| {
            tasks
                .iter()
                .filter_map(|task| task["taskArn"].as_str().map(str::to_owned))
                .collect()
        })
        .unwrap_or_default();
    if failures > 0 || task_arns.len() != SETUP_TASKS {
        return fail(format!(
            "RunTask of {SETUP_TASKS} tasks started {} with {failures} failures: {answer}",
            task_arns.len()
        ));
    }
    // The RunTask scenario judges answers by a byte search rather than parsing each one; make
    // sure that search agrees with this real, parsed success (the unit tests cover failures).
    if !run_task_succeeded(&raw) {
        return fail(format!(
            "a successful RunTask answer does not look like one to the bench's check: {answer}"
        ));
    }

    let described = call(
        &mut connection,
        authority,
        "DescribeTasks",
        &json!({"cluster": CLUSTER, "tasks": task_arns}),
    )
    .await?;
    let found = described["tasks"].as_array().map_or(0, Vec::len);
    let missing = described["failures"].as_array().map_or(0, Vec::len);
    if found != SETUP_TASKS || missing != 0 {
        return fail(format!(
            "DescribeTasks of the {SETUP_TASKS} new tasks found {found}, {missing} failures: \
             {described}"
        ));
    }
    Ok(Fixture { task_arns })
}

/// A RunTask answer started its task: it has one and no failure. The emulator serializes
/// compactly, so a non-empty failures list always reads `"failures":[{`. A byte search keeps
/// the client's per-request cost far below a JSON parse.
fn run_task_succeeded(body: &[u8]) -> bool {
    contains(body, br#""taskArn""#) && !contains(body, br#""failures":[{"#)
}

fn contains(haystack: &[u8], needle: &[u8]) -> bool {
    haystack
        .windows(needle.len())
        .any(|window| window == needle)
}

/// The request bodies a scenario cycles through, serialized once.
fn request_bodies(scenario: Scenario, fixture: &Fixture, batch: usize) -> Result<Vec<Bytes>> {
    match scenario {
        Scenario::DescribeTasks => {
            // One body per starting task, each naming `batch` consecutive tasks, so successive
            // requests look up different tasks.
            let arns = &fixture.task_arns;
            if arns.is_empty() {
                return fail("no tasks to describe");
            }
            Ok((0..arns.len())
                .map(|start| {
                    let tasks: Vec<&str> = (0..batch)
                        .map(|i| arns[(start + i) % arns.len()].as_str())
                        .collect();
                    Bytes::from(json!({"cluster": CLUSTER, "tasks": tasks}).to_string())
                })
                .collect())
        }
        Scenario::RunTask => Ok(vec![Bytes::from(run_task_body(1).to_string())]),
    }
}

// ---------------------------------------------------------------------------------------------
// Load

struct Load {
    authority: String,
    scenario: Scenario,
    connections: usize,
    bodies: Vec<Bytes>,
    warmup: Duration,
    duration: Duration,
}

/// What one connection measured.
#[derive(Default)]
struct Tally {
    /// Latency of each successful request of the measured window, in microseconds.
    latencies: Vec<u64>,
    errors: u64,
    reconnects: u64,
    first_error: Option<String>,
}

struct Outcome {
    latencies: Vec<u64>,
    errors: u64,
    reconnects: u64,
    first_error: Option<String>,
}

impl Load {
    async fn run(&self) -> Result<Outcome> {
        let headers = Arc::new(api_headers(&self.authority, self.scenario.operation())?);
        let bodies: Arc<[Bytes]> = self.bodies.clone().into();
        // Open every connection before the clock starts, so connecting is never measured.
        let mut connections = Vec::with_capacity(self.connections);
        for _ in 0..self.connections {
            connections.push(Connection::open(&self.authority).await?);
        }
        let measure_from = Instant::now() + self.warmup;
        let measure_until = measure_from + self.duration;
        let workers: Vec<_> = connections
            .into_iter()
            .enumerate()
            .map(|(index, connection)| {
                let worker = Worker {
                    authority: self.authority.clone(),
                    scenario: self.scenario,
                    headers: Arc::clone(&headers),
                    bodies: Arc::clone(&bodies),
                    // Connections start at different bodies so they do not move in lockstep.
                    next_body: index,
                    measure_from,
                    measure_until,
                };
                tokio::spawn(worker.run(connection))
            })
            .collect();
        let mut outcome = Outcome {
            latencies: Vec::new(),
            errors: 0,
            reconnects: 0,
            first_error: None,
        };
        for worker in workers {
            let tally = worker.await.context("a load worker panicked")?;
            outcome.latencies.extend_from_slice(&tally.latencies);
            outcome.errors += tally.errors;
            outcome.reconnects += tally.reconnects;
            if outcome.first_error.is_none() {
                outcome.first_error = tally.first_error;
            }
        }
        outcome.latencies.sort_unstable();
        Ok(outcome)
    }
}

struct Worker {
    authority: String,
    scenario: Scenario,
    headers: Arc<HeaderMap>,
    bodies: Arc<[Bytes]>,
    next_body: usize,
    measure_from: Instant,
    measure_until: Instant,
}

impl Worker {
    async fn run(mut self, connection: Connection) -> Tally {
        let mut tally = Tally::default();
        // Room for ~40k requests per second per connection over the window: growing the vector
        // mid-run would add copies to some requests' latency.
        let expected = (self.measure_until - self.measure_from).as_secs_f64() * 40_000.0;
        tally.latencies.reserve(expected as usize);
        let mut connection = Some(connection);
        loop {
            let started = Instant::now();
            if started >= self.measure_until {
                break;
            }
            let Some(open) = connection.as_mut() else {
                // The last request broke the connection: open another, measured as an error if
                // that fails too, with a pause so a dead server is not hammered in a busy loop.
                match Connection::open(&self.authority).await {
                    Ok(fresh) => {
                        connection = Some(fresh);
                        tally.reconnects += 1;
                    }
                    Err(error) => {
                        self.error(&mut tally, started, error.to_string());
                        tokio::time::sleep(Duration::from_millis(10)).await;
                    }
                }
                continue;
            };
            let body = self.bodies[self.next_body % self.bodies.len()].clone();
            self.next_body += 1;
            let result = open.send(api_request(&self.headers, body)).await;
            let finished = Instant::now();
            match result {
                Ok((StatusCode::OK, answer)) if self.accepts(&answer) => {
                    if finished >= self.measure_from && finished < self.measure_until {
                        let micros = (finished - started).as_micros();
                        tally
                            .latencies
                            .push(u64::try_from(micros).unwrap_or(u64::MAX));
                    }
                }
                Ok((status, answer)) => {
                    let snippet: String =
                        String::from_utf8_lossy(&answer).chars().take(300).collect();
                    self.error(&mut tally, finished, format!("{status}: {snippet}"));
                }
                Err(error) => {
                    connection = None;
                    self.error(&mut tally, finished, error.to_string());
                }
            }
        }
        tally
    }

    /// Whether a 200 answer is a success. DescribeTasks is trusted on its status alone (setup
    /// checked a real answer in full); RunTask can answer 200 with a failure instead of a task.
    fn accepts(&self, answer: &[u8]) -> bool {
        match self.scenario {
            Scenario::DescribeTasks => true,
            Scenario::RunTask => run_task_succeeded(answer),
        }
    }

    /// Counts an error if it happened inside the measured window; remembers the first error
    /// whenever it happened, to show what went wrong.
    fn error(&self, tally: &mut Tally, at: Instant, message: String) {
        if at >= self.measure_from && at < self.measure_until {
            tally.errors += 1;
        }
        if tally.first_error.is_none() {
            tally.first_error = Some(message);
        }
    }
}

// ---------------------------------------------------------------------------------------------
// Reporting

/// Nearest-rank percentile of sorted microseconds, in milliseconds.
fn percentile_ms(sorted: &[u64], percent: f64) -> f64 {
    if sorted.is_empty() {
        return f64::NAN;
    }
    let rank = (percent / 100.0 * sorted.len() as f64).ceil() as usize;
    sorted[rank.clamp(1, sorted.len()) - 1] as f64 / 1000.0
}

/// `23451` as `23,451`.
fn thousands(value: u64) -> String {
    let digits = value.to_string();
    let mut out = String::with_capacity(digits.len() + digits.len() / 3);
    for (i, digit) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            out.push(',');
        }
        out.push(digit);
    }
    out
}

fn print_result(load: &Load, outcome: &Outcome, describe_batch: usize) {
    let ok = outcome.latencies.len() as u64;
    let rate = ok as f64 / load.duration.as_secs_f64();
    let lat = &outcome.latencies;
    let batch = match (load.scenario, describe_batch) {
        (Scenario::DescribeTasks, batch) if batch > 1 => format!("tasks/req={batch}  "),
        _ => String::new(),
    };
    println!(
        "{:<14} conns={:<3} {batch}{:>7} req/s  p50 {:.2} ms  p90 {:.2} ms  p99 {:.2} ms  max {:.2} ms  errors {}",
        load.scenario.operation(),
        load.connections,
        thousands(rate.round() as u64),
        percentile_ms(lat, 50.0),
        percentile_ms(lat, 90.0),
        percentile_ms(lat, 99.0),
        percentile_ms(lat, 100.0),
        outcome.errors,
    );
    if outcome.reconnects > 0 {
        println!("{:15}reconnects {}", "", outcome.reconnects);
    }
    if let Some(error) = &outcome.first_error {
        println!("{:15}first error: {error}", "");
    }
}

fn print_resources(cpu: Option<&CpuUse>, peak_rss_kib: Option<u64>) {
    let mut parts = Vec::new();
    if let Some(cpu) = cpu {
        parts.push(match cpu.server {
            Some(server) => format!(
                "cpu (of {}): server {server:.2}  bench {:.2}  other {:.2}  idle {:.2}",
                cpu.cpus, cpu.bench, cpu.other, cpu.idle
            ),
            // With --target the server is not ours to watch: it is somewhere in "other".
            None => format!(
                "cpu (of {}): bench {:.2}  server and others {:.2}  idle {:.2}",
                cpu.cpus, cpu.bench, cpu.other, cpu.idle
            ),
        });
    }
    if let Some(kib) = peak_rss_kib {
        parts.push(format!("server peak RSS {:.1} MiB", kib as f64 / 1024.0));
    }
    if !parts.is_empty() {
        println!("{:15}{}", "", parts.join("   "));
    }
    if let Some(cpu) = cpu.filter(|cpu| cpu.server.is_some() && cpu.other > OTHER_LOAD_WARNING) {
        println!(
            "{:15}warning: other processes took {:.2} cores during this run; its numbers are low",
            "", cpu.other
        );
    }
}

// ---------------------------------------------------------------------------------------------
// CPU accounting from /proc (Linux). Everything is in clock ticks of the same clock, so the
// ratios need no tick rate: cores = ticks / all-CPU ticks × CPU count.

struct CpuSample {
    /// Busy and idle ticks summed over every CPU, from /proc/stat.
    busy: u64,
    idle: u64,
    bench: u64,
    server: Option<u64>,
    cpus: usize,
}

struct CpuUse {
    cpus: usize,
    server: Option<f64>,
    bench: f64,
    other: f64,
    idle: f64,
}

impl CpuSample {
    fn take(server: Option<u32>) -> Option<CpuSample> {
        let stat = std::fs::read_to_string("/proc/stat").ok()?;
        let total: Vec<u64> = stat
            .lines()
            .next()?
            .strip_prefix("cpu ")?
            .split_whitespace()
            .filter_map(|n| n.parse().ok())
            .collect();
        // user nice system idle iowait irq softirq steal (guest time is already in user).
        let idle = total.get(3)? + total.get(4).copied().unwrap_or(0);
        let busy = total.iter().take(8).sum::<u64>() - idle;
        let cpus = cpu_count()?;
        Some(CpuSample {
            busy,
            idle,
            bench: process_ticks("self")?,
            server: server.and_then(|pid| process_ticks(&pid.to_string())),
            cpus,
        })
    }
}

impl CpuUse {
    fn between(before: Option<&CpuSample>, after: Option<&CpuSample>) -> Option<CpuUse> {
        let (before, after) = (before?, after?);
        let busy = after.busy.saturating_sub(before.busy);
        let idle = after.idle.saturating_sub(before.idle);
        let all = (busy + idle) as f64;
        if all == 0.0 {
            return None;
        }
        let cores = |ticks: u64| ticks as f64 / all * after.cpus as f64;
        let bench = after.bench.saturating_sub(before.bench);
        let server = match (before.server, after.server) {
            (Some(b), Some(a)) => Some(a.saturating_sub(b)),
            _ => None,
        };
        let other = busy
            .saturating_sub(bench)
            .saturating_sub(server.unwrap_or(0));
        Some(CpuUse {
            cpus: after.cpus,
            server: server.map(cores),
            bench: cores(bench),
            other: cores(other),
            idle: cores(idle),
        })
    }
}

/// User plus system ticks of a process, all its threads included.
fn process_ticks(pid: &str) -> Option<u64> {
    let stat = std::fs::read_to_string(format!("/proc/{pid}/stat")).ok()?;
    // The command name in parentheses may hold spaces; the fields after it start at `state`
    // (field 3), so utime (14) and stime (15) are the 12th and 13th.
    let (_, rest) = stat.rsplit_once(')')?;
    let fields: Vec<&str> = rest.split_whitespace().collect();
    let utime: u64 = fields.get(11)?.parse().ok()?;
    let stime: u64 = fields.get(12)?.parse().ok()?;
    Some(utime + stime)
}

/// Context switches, voluntary and not, summed over the process's threads: how often it woke
/// up, which shows polling that is too light to show in ticks. Threads that exited meanwhile
/// take theirs with them, so compare samples over windows in which none should exit.
fn context_switches(pid: u32) -> Option<u64> {
    let mut total = 0;
    for thread in std::fs::read_dir(format!("/proc/{pid}/task"))
        .ok()?
        .flatten()
    {
        // A thread may exit between the listing and the read; it simply does not count.
        let Ok(status) = std::fs::read_to_string(thread.path().join("status")) else {
            continue;
        };
        total += status
            .lines()
            .filter_map(|line| {
                line.strip_prefix("voluntary_ctxt_switches:")
                    .or_else(|| line.strip_prefix("nonvoluntary_ctxt_switches:"))
            })
            .filter_map(|n| n.trim().parse::<u64>().ok())
            .sum::<u64>();
    }
    Some(total)
}

/// Online CPUs as /proc/stat lists them.
fn cpu_count() -> Option<usize> {
    let stat = std::fs::read_to_string("/proc/stat").ok()?;
    let count = stat
        .lines()
        .filter(|line| {
            line.strip_prefix("cpu")
                .is_some_and(|rest| rest.starts_with(|c: char| c.is_ascii_digit()))
        })
        .count();
    (count > 0).then_some(count)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(args: &[&str]) -> Result<Parsed, String> {
        Options::parse(args.iter().map(|&arg| arg.to_owned()))
    }

    #[test]
    fn defaults_and_flags_parse() {
        let Ok(Parsed::Run(options)) = parse(&[]) else {
            panic!("defaults must parse");
        };
        assert_eq!(options.connections, vec![32]);
        assert_eq!(options.duration, Duration::from_secs(10));
        let Ok(Parsed::Run(options)) = parse(&[
            "--connections=8,32",
            "--duration",
            "2.5",
            "--target",
            "http://127.0.0.1:4566/",
            "--scenarios",
            "run-task",
        ]) else {
            panic!("flags must parse");
        };
        assert_eq!(options.connections, vec![8, 32]);
        assert_eq!(options.duration, Duration::from_millis(2500));
        assert_eq!(options.target.as_deref(), Some("127.0.0.1:4566"));
        assert_eq!(options.scenarios, vec![Scenario::RunTask]);
        assert!(parse(&["--connections", "0"]).is_err());
        assert!(parse(&["--bogus", "1"]).is_err());
        assert!(parse(&["--target", "https://x:1"]).is_err());
    }

    #[test]
    fn launch_flags_parse_only_with_the_launch_scenario() {
        let Ok(Parsed::Run(options)) = parse(&["--scenario", "launch"]) else {
            panic!("the launch scenario must parse");
        };
        let launch = options.launch.as_ref().expect("launch options");
        assert_eq!(launch.runtimes, runtimes::Runtimes::All);
        assert_eq!(launch.iterations, 10);
        assert_eq!(launch.pull_behaviors, vec!["default".to_owned()]);
        let Ok(Parsed::Run(options)) = parse(&[
            "--runtime=docker,cli-podman",
            "--scenarios",
            "launch",
            "--iterations",
            "3",
            "--image-pull-behavior",
            "default,prefer-cached",
        ]) else {
            panic!("launch flags must parse");
        };
        let launch = options.launch.as_ref().expect("launch options");
        assert_eq!(launch.iterations, 3);
        assert_eq!(launch.pull_behaviors.len(), 2);
        assert!(parse(&["--runtime", "docker"]).is_err());
        assert!(parse(&["--scenario", "launch", "--duration", "2"]).is_err());
        assert!(parse(&["--scenario", "launch,run-task"]).is_err());
        assert!(parse(&["--scenario", "launch", "--iterations", "0"]).is_err());
        let Ok(Parsed::Run(options)) = parse(&[]) else {
            panic!("defaults must parse");
        };
        assert!(options.launch.is_none());
    }

    /// The service options of a command line given as one string, if it parses to them.
    fn service_of(line: &str) -> Option<service::ServiceOptions> {
        match parse(&line.split_whitespace().collect::<Vec<_>>()) {
            Ok(Parsed::Run(options)) => options.service,
            _ => None,
        }
    }

    #[test]
    fn service_flags_parse_only_with_the_service_scenario() {
        let defaults = service_of("--scenario service").expect("the service scenario parses");
        assert_eq!(defaults.runtimes, None);
        assert_eq!(
            (defaults.iterations, defaults.tasks, defaults.idle_services),
            (3, 10, 1000)
        );
        let given = service_of(
            "--scenario=service --runtime podman --iterations=5 --idle-tasks 0 --idle-window 2.5",
        )
        .expect("service flags parse");
        assert_eq!(
            given.runtimes,
            Some(runtimes::Runtimes::These(vec![runtimes::Backend::Podman]))
        );
        assert_eq!((given.iterations, given.idle_tasks), (5, 0));
        assert_eq!(given.idle_window, Duration::from_millis(2500));
        for wrong in [
            "--scenario service --image-pull-behavior once",
            "--scenario launch --idle-tasks 1",
            "--scenario service --connections 8",
            "--scenario service --idle-window 0",
            "--scenario service,launch",
            "--idle-services 5",
        ] {
            assert!(
                parse(&wrong.split_whitespace().collect::<Vec<_>>()).is_err(),
                "{wrong}"
            );
        }
        // The last --scenario counts.
        assert!(service_of("--scenario service --scenario run-task").is_none());
        assert!(service_of("--scenario launch --scenario service").is_some());
    }

    #[test]
    fn percentiles_are_nearest_rank() {
        let sorted: Vec<u64> = (1..=100).map(|ms| ms * 1000).collect();
        assert!((percentile_ms(&sorted, 50.0) - 50.0).abs() < 1e-9);
        assert!((percentile_ms(&sorted, 99.0) - 99.0).abs() < 1e-9);
        assert!((percentile_ms(&sorted, 100.0) - 100.0).abs() < 1e-9);
        assert!((percentile_ms(&[7000], 1.0) - 7.0).abs() < 1e-9);
    }

    #[test]
    fn ansi_colours_are_stripped() {
        assert_eq!(
            strip_ansi("\u{1b}[2m2026\u{1b}[0m \u{1b}[33m WARN\u{1b}[0m x=\"none\""),
            "2026  WARN x=\"none\""
        );
        assert_eq!(strip_ansi("plain"), "plain");
    }

    #[test]
    fn thousands_are_separated() {
        assert_eq!(thousands(0), "0");
        assert_eq!(thousands(999), "999");
        assert_eq!(thousands(23_451), "23,451");
        assert_eq!(thousands(1_234_567), "1,234,567");
    }

    #[test]
    fn run_task_check_tells_success_from_failure() {
        assert!(run_task_succeeded(
            br#"{"failures":[],"tasks":[{"taskArn":"arn:aws:ecs:x"}]}"#
        ));
        assert!(run_task_succeeded(br#"{"tasks":[{"taskArn":"a"}]}"#));
        assert!(!run_task_succeeded(
            br#"{"failures":[{"reason":"RESOURCE:MEMORY"}],"tasks":[]}"#
        ));
        assert!(!run_task_succeeded(br#"{"failures":[],"tasks":[]}"#));
    }
}
