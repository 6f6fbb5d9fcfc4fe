//! The launch scenario: the time from RunTask to `lastStatus` RUNNING on a real container
//! runtime, next to the same container created and started directly with that runtime. The
//! crate documentation (main.rs) says how to run it and how to read its output.

use std::fmt::Write as _;
use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

use bytes::Bytes;
use http_body_util::Full;
use hyper::header::{HeaderValue, HOST};
use hyper::{Method, Request, StatusCode, Uri};
use serde_json::{json, Value};

use super::common::{
    block_on, container, cpu_split, join_ms, machine_is_busy, millis, overhead, register,
    start_emulator, Stats, SETTLE, WARMUP_ITERATIONS,
};
use super::runtimes::{self, Backend, Direct, Runtimes, ALL_BACKENDS, IMAGE};
use super::{call, cpu_count, fail, Connection, Context, CpuSample, CpuUse, Options, Result};

const CLUSTER: &str = "bench-launch";
const FAMILY: &str = "bench-launch";
/// The command of the task's container, and of the directly started one.
const COMMAND: [&str; 2] = ["sleep", "600"];
/// How often DescribeTasks is polled while a task starts.
const POLL_EVERY: Duration = Duration::from_millis(2);
/// How often DescribeTasks is polled while a task stops (not measured).
const STOP_POLL_EVERY: Duration = Duration::from_millis(20);
/// How long a task may take to reach RUNNING before the run fails.
const LAUNCH_TIMEOUT: Duration = Duration::from_secs(120);
/// How long a stopped task may take to reach STOPPED before the run fails.
const STOP_TIMEOUT: Duration = Duration::from_secs(60);
/// How long a spawned emulator may take to stop its tasks and exit on SIGTERM.
const SHUTDOWN_GRACE: Duration = Duration::from_secs(30);
/// The values of the emulator's `--image-pull-behavior`.
const PULL_BEHAVIORS: [&str; 4] = ["default", "always", "once", "prefer-cached"];

// ---------------------------------------------------------------------------------------------
// Options

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
    block_on(run_all(options, launch))
}

async fn run_all(options: &Options, launch: &LaunchOptions) -> Result<()> {
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

    let (available, skipped) = runtimes::select(&launch.runtimes, &ALL_BACKENDS).await?;

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
    let disturbed = machine_is_busy().await;
    let mut args = backend.emulator_args().to_vec();
    args.extend(["--image-pull-behavior", pull]);
    let server = start_emulator(options, &args, SHUTDOWN_GRACE).await?;
    let authority = server.authority.clone();
    let direct = backend.direct();
    println!("   direct:   {}", direct.describe(&COMMAND));
    register(&authority, CLUSTER, FAMILY, container(&COMMAND)).await?;

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
        println!("   cpu over the run, pauses included {}", cpu_split(&cpu));
    }
    // Stop the emulator now, not when the next run has started.
    drop(server);
    Ok(measured)
}

// ---------------------------------------------------------------------------------------------
// The emulator's side

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

/// Creates and starts the container (timed), then removes it (not timed).
async fn launch_direct(direct: &Direct) -> Result<Duration> {
    let (id, elapsed) = direct.start(&COMMAND).await?;
    direct.remove(&id).await?;
    Ok(elapsed)
}

// ---------------------------------------------------------------------------------------------
// Reporting

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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pull_behaviors_parse() {
        assert_eq!(
            parse_pull_behaviors("default,prefer-cached,default"),
            Ok(vec!["default".to_owned(), "prefer-cached".to_owned()])
        );
        assert!(parse_pull_behaviors("sometimes").is_err());
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
}
