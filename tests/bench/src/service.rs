//! The service scenario: how long a service of ten tasks takes to reach a steady state and a
//! forced rolling deployment to complete on a real container runtime, next to the runtime
//! creating and starting as many containers itself; then what the emulator costs while idle,
//! with many services and with many running tasks. The crate documentation (main.rs) says how
//! to run it and how to read its output.

use std::fmt::Write as _;
use std::time::{Duration, Instant};

use serde_json::{json, Value};
use tokio::task::JoinSet;

use super::common::{
    block_on, container, cpu_split, join_ms, machine_is_busy, millis, overhead, register,
    start_emulator, Stats, SETTLE, WARMUP_ITERATIONS,
};
use super::runtimes::{self, shell_words, Backend, Direct, Runtimes, ALL_BACKENDS, IMAGE};
use super::{
    call, context_switches, cpu_count, fail, thousands, Connection, Context, CpuSample, CpuUse,
    Options, Result, Server,
};

const CLUSTER: &str = "bench-service";
const IDLE_CLUSTER: &str = "bench-idle";
const FAMILY: &str = "bench-service";
/// The container idles and exits at once on SIGTERM. `sleep` as PID 1 ignores SIGTERM, so every
/// stop would wait out the 30 s stop timeout; and a shell runs a trap only once its foreground
/// command ends, so the sleep runs in the background and the signal interrupts `wait` instead.
const COMMAND: [&str; 3] = [
    "sh",
    "-c",
    "trap 'exit 0' TERM; while :; do sleep 1 & wait; done",
];
const SUBNET: &str = "subnet-0123456789abcdef0";
/// What runs when `--runtime` is not given: the API runtimes, those that are available.
const DEFAULT_BACKENDS: [Backend; 2] = [Backend::Docker, Backend::Podman];
/// How often DescribeServices is polled while a measured service changes.
const POLL_EVERY: Duration = Duration::from_millis(20);
/// How often it is polled while the idle part's services start and everything is cleaned up
/// (not measured): gently, as the runtime is busy enough.
const SLOW_POLL_EVERY: Duration = Duration::from_millis(250);
/// How long a measured service may take to become steady or to finish its rollout.
const STEADY_TIMEOUT: Duration = Duration::from_secs(120);
/// How long the idle part's services may take to run all their tasks, and to be cleaned up:
/// a couple of hundred containers take a while on two cores.
const MANY_TIMEOUT: Duration = Duration::from_secs(600);
/// The pause between the last change and an idle window, for whatever follows a change
/// (deferred work, a runtime event arriving late) to be over.
const IDLE_SETTLE: Duration = Duration::from_secs(2);
/// How long a spawned emulator may take to stop its tasks and exit on SIGTERM: with the idle
/// part's tasks still running (after an error), that is a couple of hundred containers.
const SHUTDOWN_GRACE: Duration = Duration::from_secs(120);
/// DescribeServices takes at most this many services a call.
const DESCRIBE_BATCH: usize = 10;
/// Tasks per service in the idle part.
const TASKS_PER_IDLE_SERVICE: usize = 10;
/// The emulator's CPU while idle, in percent of one core, above which it is flagged: an idle
/// emulator should not be woken at all.
const IDLE_CPU_WARNING: f64 = 1.0;

// ---------------------------------------------------------------------------------------------
// Options

#[derive(Debug)]
pub(crate) struct ServiceOptions {
    /// `--runtime`; without it, docker and podman, those available.
    pub(crate) runtimes: Option<Runtimes>,
    pub(crate) iterations: usize,
    /// The measured service's desiredCount, and how many containers the direct side starts.
    pub(crate) tasks: usize,
    /// Services of desiredCount 0 whose idle cost is measured (0 skips that part).
    pub(crate) idle_services: usize,
    /// Running tasks whose idle cost is measured on each runtime (0 skips that part).
    pub(crate) idle_tasks: usize,
    pub(crate) idle_window: Duration,
}

impl Default for ServiceOptions {
    fn default() -> Self {
        ServiceOptions {
            runtimes: None,
            iterations: 3,
            tasks: 10,
            idle_services: 1000,
            idle_tasks: 200,
            idle_window: Duration::from_secs(10),
        }
    }
}

// ---------------------------------------------------------------------------------------------
// The whole scenario

/// What the rounds on one backend measured, in milliseconds.
struct Timed {
    backend: Backend,
    /// The runtime creating and starting `tasks` containers at once.
    direct: Vec<f64>,
    /// CreateService to the first answer showing a steady state.
    steady: Vec<f64>,
    /// UpdateService to the first answer showing the new deployment alone and COMPLETED.
    rollout: Vec<f64>,
    /// UpdateService to the first answer showing all the new deployment's tasks running.
    new_running: Vec<f64>,
    /// The machine was busy just before the run, which disturbs its numbers.
    disturbed: bool,
}

/// The emulator over an idle window.
struct Idle {
    /// What it held meanwhile.
    what: String,
    /// Its CPU time over the window, in percent of one core.
    cpu: Option<f64>,
    /// Its threads' context switches per second.
    wakeups: Option<f64>,
    rss_kib: Option<u64>,
    /// The runtime daemon's CPU over the same window, in percent of one core.
    daemon: Option<(&'static str, f64)>,
}

pub(crate) fn run(options: &Options, service: &ServiceOptions) -> Result<()> {
    block_on(run_all(options, service))
}

async fn run_all(options: &Options, service: &ServiceOptions) -> Result<()> {
    let n = service.tasks;
    println!(
        "service: CreateService of {n} tasks to a steady state, then a forced rolling deployment \
         to complete, through ecsemu, against the runtime creating and starting {n} containers \
         itself; then the emulator's CPU and memory while idle"
    );
    println!(
        "  task: FARGATE, awsvpc, cpu 256, memory 512, one container: {IMAGE} {} (it exits at \
         once on SIGTERM); directly: the same image and command",
        shell_words(&COMMAND)
    );
    println!(
        "  the emulator runs with --image-pull-behavior prefer-cached --service-warmup 0: a \
         service task without a health check counts as healthy as soon as it runs, not 40 s \
         later as in ECS, so that the times measure the emulator and the runtime rather than \
         that deliberate wait"
    );
    println!(
        "  each runtime: {} measured rounds after {WARMUP_ITERATIONS} unmeasured; a round: the \
         runtime creates and starts {n} containers at once (as the emulator starts a service's \
         tasks at once), which are then removed; CreateService (desiredCount {n}) to a steady \
         state (one deployment, runningCount {n}); UpdateService forceNewDeployment (minimum \
         healthy 100%, maximum 200%) to the rollout's end (the new deployment alone, COMPLETED, \
         runningCount {n}); DeleteService (force) until its containers are gone (not measured); \
         {} ms pauses; {} CPUs",
        service.iterations,
        SETTLE.as_millis(),
        cpu_count().map_or_else(|| "?".to_owned(), |n| n.to_string()),
    );
    println!(
        "  DescribeServices is polled every {} ms: the emulator's times include about {} ms of \
         polling delay on average",
        POLL_EVERY.as_millis(),
        POLL_EVERY.as_millis() / 2
    );
    println!(
        "  idle: the emulator's own CPU time (utime+stime) over {:.0} s windows, {} s after the \
         last change, in percent of one core; a tick is 10 ms, {:.2}% over the window",
        service.idle_window.as_secs_f64(),
        IDLE_SETTLE.as_secs(),
        1.0 / service.idle_window.as_secs_f64(),
    );

    let (backends, skipped) = match &service.runtimes {
        None => runtimes::select(&Runtimes::All, &DEFAULT_BACKENDS).await?,
        Some(runtimes) => runtimes::select(runtimes, &ALL_BACKENDS).await?,
    };
    let mut timed = Vec::new();
    let mut idle_tasks = Vec::new();
    let mut idle_none = Vec::new();
    let mut failures = Vec::new();
    let mut failed = |what: String, error: &dyn std::fmt::Display| {
        println!("   FAILED: {error}");
        failures.push(format!("{what}: {error}"));
    };
    for &backend in &backends {
        match measure(options, service, backend).await {
            Ok(measured) => timed.push(measured),
            Err(error) => failed(backend.name().to_owned(), &error),
        }
        if service.idle_tasks > 0 {
            match idle_with_tasks(options, service, backend).await {
                Ok(measured) => idle_tasks.push(measured),
                Err(error) => failed(format!("{} idle tasks", backend.name()), &error),
            }
        }
    }
    if service.idle_services > 0 {
        match idle_services(options, service).await {
            Ok(measured) => idle_none = measured,
            Err(error) => failed("idle services".to_owned(), &error),
        }
    }

    println!(
        "\nsummary (medians of {} rounds, min–max in brackets; the overhead is of the medians):",
        service.iterations
    );
    for measured in &timed {
        for line in timed_lines(measured, n) {
            println!("{line}");
        }
    }
    if !idle_none.is_empty() || !idle_tasks.is_empty() {
        println!(
            "idle emulator (its own CPU in percent of one core; wakeups are its threads' \
             context switches):"
        );
        for measured in idle_none.iter().chain(&idle_tasks) {
            println!("  {}", idle_line(measured));
        }
    }
    if !skipped.is_empty() {
        println!("skipped (unavailable): {}", skipped.join(", "));
    }
    match failures.len() {
        0 => Ok(()),
        n => fail(format!("{n} part(s) failed:\n  {}", failures.join("\n  "))),
    }
}

/// Spawns an emulator on `backend` and alternates the direct start of `tasks` containers with
/// a service's creation and forced deployment.
async fn measure(options: &Options, service: &ServiceOptions, backend: Backend) -> Result<Timed> {
    let n = service.tasks;
    println!("\n== {}: a service of {n} tasks", backend.name());
    let disturbed = machine_is_busy().await;
    let server = start_emulator(options, &service_args(backend), SHUTDOWN_GRACE).await?;
    let authority = server.authority.clone();
    let direct = backend.direct();
    println!(
        "   direct:   {n} × ({}), all at once, timed from the first to the last started",
        direct.describe(&COMMAND)
    );
    register(&authority, CLUSTER, FAMILY, container(&COMMAND)).await?;
    let mut connection = Connection::open(&authority).await?;
    let label = format!("ecsemu.cluster={CLUSTER}");

    let mut measured = Timed {
        backend,
        direct: Vec::new(),
        steady: Vec::new(),
        rollout: Vec::new(),
        new_running: Vec::new(),
        disturbed,
    };
    let before = CpuSample::take(Some(server.pid()));
    let rounds = WARMUP_ITERATIONS + service.iterations;
    for iteration in 0..rounds {
        let round = iteration + 1;
        let direct_time = start_many(&direct, n)
            .await
            .context(format!("direct round {round}"))?;
        tokio::time::sleep(SETTLE).await;
        let name = format!("bench-{round}");
        let emulator = service_round(&mut connection, &authority, &name, n)
            .await
            .context(format!("service {name}"))?;
        delete_services(
            &mut connection,
            &authority,
            CLUSTER,
            &[name],
            &direct,
            &label,
        )
        .await
        .context(format!("cleaning up round {round}"))?;
        server.check_alive()?;
        tokio::time::sleep(SETTLE).await;
        println!(
            "   round {round}{}: direct {:.1} ms   CreateService→steady {:.1} ms   forced \
             deployment→complete {:.1} ms (its tasks all running at {:.1} ms)",
            if iteration < WARMUP_ITERATIONS {
                " (warm-up)"
            } else {
                ""
            },
            millis(direct_time),
            millis(emulator.steady),
            millis(emulator.rollout),
            millis(emulator.new_running),
        );
        if iteration >= WARMUP_ITERATIONS {
            measured.direct.push(millis(direct_time));
            measured.steady.push(millis(emulator.steady));
            measured.rollout.push(millis(emulator.rollout));
            measured.new_running.push(millis(emulator.new_running));
        }
    }
    let after = CpuSample::take(Some(server.pid()));
    for line in timed_lines(&measured, n) {
        println!("{line}");
    }
    println!("   samples (ms): direct  {}", join_ms(&measured.direct));
    println!("                 steady  {}", join_ms(&measured.steady));
    println!("                 rollout {}", join_ms(&measured.rollout));
    if let Some(cpu) = CpuUse::between(before.as_ref(), after.as_ref()) {
        println!(
            "   cpu over the rounds, cleanups and pauses included {}",
            cpu_split(&cpu)
        );
    }
    // Stop the emulator now, not when the next part has started.
    drop(server);
    Ok(measured)
}

fn service_args(backend: Backend) -> Vec<&'static str> {
    let mut args = backend.emulator_args().to_vec();
    args.extend([
        "--image-pull-behavior",
        "prefer-cached",
        "--service-warmup",
        "0",
    ]);
    args
}

/// The idle part on a runtime: a fresh emulator with `idle_tasks` running tasks, in services
/// of ten, measured over an idle window once they all run; then everything is removed.
async fn idle_with_tasks(
    options: &Options,
    service: &ServiceOptions,
    backend: Backend,
) -> Result<Idle> {
    let n = service.idle_tasks;
    let names: Vec<String> = (1..=n.div_ceil(TASKS_PER_IDLE_SERVICE))
        .map(|i| format!("idle-{i}"))
        .collect();
    println!(
        "\n== {}: idle with {n} running tasks ({} services)",
        backend.name(),
        names.len()
    );
    let direct = backend.direct();
    let label = format!("ecsemu.cluster={IDLE_CLUSTER}");
    let running_before = direct.count(false, None).await?;
    let server = start_emulator(options, &service_args(backend), SHUTDOWN_GRACE).await?;
    let authority = server.authority.clone();
    register(&authority, IDLE_CLUSTER, FAMILY, container(&COMMAND)).await?;
    let mut connection = Connection::open(&authority).await?;

    let started = Instant::now();
    for (i, name) in names.iter().enumerate() {
        let count = (n - i * TASKS_PER_IDLE_SERVICE).min(TASKS_PER_IDLE_SERVICE);
        create_service(&mut connection, &authority, IDLE_CLUSTER, name, count).await?;
    }
    let watch = Watch {
        cluster: IDLE_CLUSTER,
        every: SLOW_POLL_EVERY,
        timeout: MANY_TIMEOUT,
        since: started,
    };
    let all_running = watch
        .until(&mut connection, &authority, &names, |s, _| steady(s))
        .await?;
    let running_with = direct.count(false, None).await?;
    let ours = direct.count(false, Some(&label)).await?;
    println!(
        "   all {n} tasks RUNNING and the services steady {:.1} s after the first \
         CreateService; containers running on the runtime: {running_before} before, \
         {running_with} now ({ours} of cluster {IDLE_CLUSTER})",
        all_running.as_secs_f64()
    );
    if ours != n {
        return fail(format!(
            "the runtime runs {ours} containers of cluster {IDLE_CLUSTER}, not {n}"
        ));
    }

    let daemon = backend.daemon_pid().map(|pid| (daemon_name(backend), pid));
    let what = format!(
        "{}, {} running tasks ({} services of up to {TASKS_PER_IDLE_SERVICE})",
        backend.name(),
        thousands(n as u64),
        names.len()
    );
    let measured = measure_idle(&server, what, daemon, service.idle_window).await;
    println!("   {}", idle_line(&measured));
    server.check_alive()?;

    let cleaning = Instant::now();
    delete_services(
        &mut connection,
        &authority,
        IDLE_CLUSTER,
        &names,
        &direct,
        &label,
    )
    .await?;
    let running_after = direct.count(false, None).await?;
    println!(
        "   cleanup: DeleteService (force) of every service, all INACTIVE and their containers \
         gone in {:.1} s; containers running on the runtime: {running_before} before, \
         {running_after} after",
        cleaning.elapsed().as_secs_f64()
    );
    if running_after != running_before {
        println!(
            "   note: the runtime's count of running containers changed although none of \
             cluster {IDLE_CLUSTER} is left: something else started or removed containers"
        );
    }
    drop(server);
    Ok(measured)
}

fn daemon_name(backend: Backend) -> &'static str {
    match backend {
        Backend::Docker | Backend::CliDocker => "dockerd",
        Backend::Podman | Backend::CliPodman => "podman service",
    }
}

/// The idle part without a runtime: a fresh emulator, measured empty and then with
/// `idle_services` services of desiredCount 0.
async fn idle_services(options: &Options, service: &ServiceOptions) -> Result<Vec<Idle>> {
    let n = service.idle_services;
    println!(
        "\n== --runtime none: idle with {} services",
        thousands(n as u64)
    );
    let server = start_emulator(options, &["--runtime", "none"], SHUTDOWN_GRACE).await?;
    let authority = server.authority.clone();
    register(&authority, IDLE_CLUSTER, FAMILY, container(&COMMAND)).await?;
    let mut measured = Vec::new();
    let empty = measure_idle(
        &server,
        "--runtime none, a cluster and no service".to_owned(),
        None,
        service.idle_window,
    )
    .await;
    println!("   {}", idle_line(&empty));
    measured.push(empty);

    let mut connection = Connection::open(&authority).await?;
    let started = Instant::now();
    for i in 1..=n {
        create_service(
            &mut connection,
            &authority,
            IDLE_CLUSTER,
            &format!("idle-{i}"),
            0,
        )
        .await?;
    }
    println!(
        "   created {} services of desiredCount 0 in one cluster in {:.2} s",
        thousands(n as u64),
        started.elapsed().as_secs_f64()
    );
    let what = format!(
        "--runtime none, {} services of desiredCount 0",
        thousands(n as u64)
    );
    let full = measure_idle(&server, what, None, service.idle_window).await;
    println!("   {}", idle_line(&full));
    measured.push(full);
    server.check_alive()?;
    Ok(measured)
}

// ---------------------------------------------------------------------------------------------
// The emulator's side

/// What one round of a service measured.
struct Round {
    steady: Duration,
    new_running: Duration,
    rollout: Duration,
}

/// CreateService to a steady state, then a forced deployment to its end.
async fn service_round(
    connection: &mut Connection,
    authority: &str,
    name: &str,
    count: usize,
) -> Result<Round> {
    let names = [name.to_owned()];
    let started = Instant::now();
    create_service(connection, authority, CLUSTER, name, count).await?;
    let mut watch = Watch {
        cluster: CLUSTER,
        every: POLL_EVERY,
        timeout: STEADY_TIMEOUT,
        since: started,
    };
    let steady_after = watch
        .until(connection, authority, &names, |s, _| steady(s))
        .await?;
    // Read after the clock stopped: which deployment the forced one replaces.
    let described = describe_services(connection, authority, CLUSTER, &names).await?;
    let Some(old) = described
        .first()
        .and_then(|s| s["deployments"][0]["id"].as_str())
        .map(str::to_owned)
    else {
        return fail(format!(
            "a steady {name} shows no deployment: {described:?}"
        ));
    };

    let update = json!({"cluster": CLUSTER, "service": name, "forceNewDeployment": true});
    watch.since = Instant::now();
    call(connection, authority, "UpdateService", &update).await?;
    let mut new_running = None;
    let rollout = watch
        .until(connection, authority, &names, |s, seen| {
            if new_running.is_none() && new_tasks_running(s, &old) {
                new_running = Some(seen);
            }
            rolled_out(s, &old)
        })
        .await?;
    Ok(Round {
        steady: steady_after,
        new_running: new_running.unwrap_or(rollout),
        rollout,
    })
}

async fn create_service(
    connection: &mut Connection,
    authority: &str,
    cluster: &str,
    name: &str,
    count: usize,
) -> Result<()> {
    let answer = call(
        connection,
        authority,
        "CreateService",
        &json!({
            "cluster": cluster,
            "serviceName": name,
            "taskDefinition": FAMILY,
            "desiredCount": count,
            "launchType": "FARGATE",
            "networkConfiguration": {"awsvpcConfiguration": {"subnets": [SUBNET]}},
        }),
    )
    .await?;
    if answer["service"]["status"] != "ACTIVE" {
        return fail(format!("CreateService of {name} answered {answer}"));
    }
    Ok(())
}

/// DeleteService (force) of each of `names`, then waits until they are INACTIVE and the
/// runtime has no container with `label` left.
async fn delete_services(
    connection: &mut Connection,
    authority: &str,
    cluster: &str,
    names: &[String],
    direct: &Direct,
    label: &str,
) -> Result<()> {
    for name in names {
        let delete = json!({"cluster": cluster, "service": name, "force": true});
        call(connection, authority, "DeleteService", &delete).await?;
    }
    let watch = Watch {
        cluster,
        every: SLOW_POLL_EVERY,
        timeout: MANY_TIMEOUT,
        since: Instant::now(),
    };
    watch
        .until(connection, authority, names, |s, _| {
            s["status"] == "INACTIVE"
        })
        .await?;
    // INACTIVE means the tasks stopped; the runtime is asked whether their containers went.
    loop {
        let left = direct.count(true, Some(label)).await?;
        if left == 0 {
            return Ok(());
        }
        if watch.since.elapsed() > MANY_TIMEOUT {
            return fail(format!(
                "{left} containers labelled {label} are still there {MANY_TIMEOUT:?} after \
                 DeleteService"
            ));
        }
        tokio::time::sleep(SLOW_POLL_EVERY).await;
    }
}

/// How services are watched: polled every `every` until a condition holds, for at most
/// `timeout` from `since`, which is also what the times are measured from.
struct Watch<'a> {
    cluster: &'a str,
    every: Duration,
    timeout: Duration,
    since: Instant,
}

impl Watch<'_> {
    /// Describes `names` until `done` holds for every one in the same round of answers, and
    /// returns when that was. `done` is also given how long since `since` each answer came.
    /// Fails when a deployment fails, a service is missing, or the time is up.
    async fn until(
        &self,
        connection: &mut Connection,
        authority: &str,
        names: &[String],
        mut done: impl FnMut(&Value, Duration) -> bool,
    ) -> Result<Duration> {
        let mut ticker = tokio::time::interval(self.every);
        ticker.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
        loop {
            ticker.tick().await;
            let services = describe_services(connection, authority, self.cluster, names).await?;
            let seen = self.since.elapsed();
            let mut all = true;
            for service in &services {
                // Every service is shown to `done`, so that it sees each answer.
                all &= done(service, seen);
                if let Some(why) = failed(service) {
                    return fail(why);
                }
            }
            if all {
                return Ok(seen);
            }
            if seen > self.timeout {
                let waiting: Vec<String> = services
                    .iter()
                    .filter(|s| !done(s, seen))
                    .take(3)
                    .map(state)
                    .collect();
                return fail(format!(
                    "still waiting {:?} on: {}",
                    self.timeout,
                    waiting.join("; ")
                ));
            }
        }
    }
}

/// DescribeServices of `names`, in batches; fails if one is not found.
async fn describe_services(
    connection: &mut Connection,
    authority: &str,
    cluster: &str,
    names: &[String],
) -> Result<Vec<Value>> {
    let mut services = Vec::with_capacity(names.len());
    for batch in names.chunks(DESCRIBE_BATCH) {
        let answer = call(
            connection,
            authority,
            "DescribeServices",
            &json!({"cluster": cluster, "services": batch}),
        )
        .await?;
        let found = answer["services"].as_array().map_or(&[][..], Vec::as_slice);
        if found.len() != batch.len() {
            return fail(format!("DescribeServices of {batch:?} answered {answer}"));
        }
        services.extend(found.iter().cloned());
    }
    Ok(services)
}

/// What `aws ecs wait services-stable` waits for: one deployment, and as many tasks running as
/// desired.
fn steady(service: &Value) -> bool {
    service["status"] == "ACTIVE"
        && service["deployments"].as_array().map_or(0, Vec::len) == 1
        && service["runningCount"].as_i64().is_some()
        && service["runningCount"] == service["desiredCount"]
}

/// The deployment that replaced `old` runs as many tasks as the service wants.
fn new_tasks_running(service: &Value, old: &str) -> bool {
    service["deployments"]
        .as_array()
        .into_iter()
        .flatten()
        .any(|d| {
            d["status"] == "PRIMARY"
                && d["id"] != old
                && d["runningCount"].as_i64().is_some()
                && d["runningCount"] == service["desiredCount"]
        })
}

/// The rollout that replaced `old` is over: its deployment is the only one, COMPLETED, and
/// runs as many tasks as the service wants.
fn rolled_out(service: &Value, old: &str) -> bool {
    let deployments = service["deployments"]
        .as_array()
        .map_or(&[][..], Vec::as_slice);
    matches!(deployments, [d] if d["status"] == "PRIMARY"
        && d["id"] != old
        && d["rolloutState"] == "COMPLETED")
        && new_tasks_running(service, old)
        && service["runningCount"] == service["desiredCount"]
}

/// Why a service's deployment failed, if one did.
fn failed(service: &Value) -> Option<String> {
    let failing = service["deployments"]
        .as_array()?
        .iter()
        .any(|d| d["rolloutState"] == "FAILED");
    failing.then(|| format!("a deployment failed: {}", state(service)))
}

/// `bench-1: ACTIVE, desired 10, running 7, pending 3; deployments PRIMARY IN_PROGRESS
/// running 7 · ACTIVE COMPLETED running 0; last event: ...`.
fn state(service: &Value) -> String {
    let text = |value: &Value| match value {
        Value::String(s) => s.clone(),
        Value::Null => "?".to_owned(),
        other => other.to_string(),
    };
    let deployments: Vec<String> = service["deployments"]
        .as_array()
        .into_iter()
        .flatten()
        .map(|d| {
            format!(
                "{} {} running {} ({})",
                text(&d["status"]),
                text(&d["rolloutState"]),
                text(&d["runningCount"]),
                text(&d["rolloutStateReason"])
            )
        })
        .collect();
    format!(
        "{}: {}, desired {}, running {}, pending {}; deployments {}; last event: {}",
        text(&service["serviceName"]),
        text(&service["status"]),
        text(&service["desiredCount"]),
        text(&service["runningCount"]),
        text(&service["pendingCount"]),
        deployments.join(" · "),
        text(&service["events"][0]["message"])
    )
}

// ---------------------------------------------------------------------------------------------
// The direct side

/// Creates and starts `count` containers at once, timed until the last has started, then
/// removes them (not timed), also when some failed.
async fn start_many(direct: &Direct, count: usize) -> Result<Duration> {
    let started = Instant::now();
    let mut starting = JoinSet::new();
    for _ in 0..count {
        let direct = direct.clone();
        starting.spawn(async move { direct.start(&COMMAND).await });
    }
    let mut ids = Vec::with_capacity(count);
    let mut failure = None;
    while let Some(joined) = starting.join_next().await {
        match joined.context("a direct start panicked").and_then(|r| r) {
            Ok((id, _)) => ids.push(id),
            Err(error) => {
                failure.get_or_insert(error);
            }
        }
    }
    let elapsed = started.elapsed();
    let mut removing = JoinSet::new();
    for id in ids {
        let direct = direct.clone();
        removing.spawn(async move { direct.remove(&id).await });
    }
    while let Some(joined) = removing.join_next().await {
        if let Err(error) = joined.context("a removal panicked").and_then(|r| r) {
            failure.get_or_insert(error);
        }
    }
    match failure {
        Some(error) => Err(error),
        None => Ok(elapsed),
    }
}

// ---------------------------------------------------------------------------------------------
// Idle cost

/// Waits IDLE_SETTLE, then measures the emulator (and the runtime's daemon, if named) over
/// `window` while the bench sleeps.
async fn measure_idle(
    server: &Server,
    what: String,
    daemon: Option<(&'static str, u32)>,
    window: Duration,
) -> Idle {
    tokio::time::sleep(IDLE_SETTLE).await;
    let pid = server.pid();
    let switches = context_switches(pid);
    let started = Instant::now();
    let before = CpuSample::take(Some(pid));
    let daemon_before = daemon.and_then(|(_, pid)| CpuSample::take(Some(pid)));
    tokio::time::sleep(window).await;
    let after = CpuSample::take(Some(pid));
    let daemon_after = daemon.and_then(|(_, pid)| CpuSample::take(Some(pid)));
    let elapsed = started.elapsed().as_secs_f64();
    let percent = |before: Option<&CpuSample>, after: Option<&CpuSample>| {
        CpuUse::between(before, after)
            .and_then(|cpu| cpu.server)
            .map(|cores| cores * 100.0)
    };
    Idle {
        what,
        cpu: percent(before.as_ref(), after.as_ref()),
        wakeups: switches
            .zip(context_switches(pid))
            .map(|(before, after)| after.saturating_sub(before) as f64 / elapsed),
        rss_kib: server.rss_kib(),
        daemon: daemon
            .zip(percent(daemon_before.as_ref(), daemon_after.as_ref()))
            .map(|((name, _), cpu)| (name, cpu)),
    }
}

// ---------------------------------------------------------------------------------------------
// Reporting

/// `--runtime none, 1,000 services of desiredCount 0: cpu 0.00%  wakeups 1.2/s  RSS 14.1 MiB`.
fn idle_line(idle: &Idle) -> String {
    let mut line = format!(
        "{}: cpu {}  wakeups {}/s  RSS {}",
        idle.what,
        idle.cpu
            .map_or_else(|| "?".to_owned(), |cpu| format!("{cpu:.2}%")),
        idle.wakeups
            .map_or_else(|| "?".to_owned(), |w| format!("{w:.1}")),
        idle.rss_kib.map_or_else(
            || "?".to_owned(),
            |kib| format!("{:.1} MiB", kib as f64 / 1024.0)
        ),
    );
    if let Some((name, cpu)) = idle.daemon {
        let _ = write!(line, "   ({name}: cpu {cpu:.2}%)");
    }
    if idle.cpu.is_some_and(|cpu| cpu > IDLE_CPU_WARNING) {
        let _ = write!(
            line,
            "   warning: above {IDLE_CPU_WARNING}% of a core while idle"
        );
    }
    line
}

/// The result lines of one runtime: the direct start against the service's steady state, and
/// the rolling deployment.
fn timed_lines(measured: &Timed, tasks: usize) -> Vec<String> {
    let (Some(direct), Some(steady), Some(rollout), Some(new_running)) = (
        Stats::of(&measured.direct),
        Stats::of(&measured.steady),
        Stats::of(&measured.rollout),
        Stats::of(&measured.new_running),
    ) else {
        return Vec::new();
    };
    let span = |s: Stats| format!("{:.1} ms ({:.1}–{:.1})", s.median, s.min, s.max);
    let (extra, percent) = overhead(steady.median, direct.median);
    let note = if measured.disturbed {
        "   (machine busy before the run)"
    } else {
        ""
    };
    vec![
        format!(
            "{:<11} {tasks} containers direct {}   CreateService→steady {}   {extra:+.1} ms \
             ({percent:+.1}%){note}",
            measured.backend.name(),
            span(direct),
            span(steady),
        ),
        format!(
            "{:<11} forced deployment→complete {}   (its {tasks} new tasks running at {:.1} ms)",
            "",
            span(rollout),
            new_running.median,
        ),
    ]
}

#[cfg(test)]
mod tests {
    use super::*;

    fn service(deployments: &Value, desired: i64, running: i64) -> Value {
        json!({
            "serviceName": "s",
            "status": "ACTIVE",
            "desiredCount": desired,
            "runningCount": running,
            "pendingCount": desired - running,
            "deployments": deployments,
        })
    }

    #[test]
    fn steady_means_one_deployment_running_all() {
        let one = json!([{"id": "d1", "status": "PRIMARY", "rolloutState": "IN_PROGRESS"}]);
        assert!(steady(&service(&one, 10, 10)));
        assert!(!steady(&service(&one, 10, 9)));
        let two = json!([
            {"id": "d2", "status": "PRIMARY", "runningCount": 10},
            {"id": "d1", "status": "ACTIVE", "runningCount": 0},
        ]);
        assert!(!steady(&service(&two, 10, 10)));
        let mut draining = service(&one, 10, 10);
        draining["status"] = json!("DRAINING");
        assert!(!steady(&draining));
        assert!(!steady(&json!({"deployments": [{}]})));
    }

    #[test]
    fn a_rollout_ends_with_the_new_deployment_alone_and_complete() {
        let both = json!([
            {"id": "d2", "status": "PRIMARY", "rolloutState": "IN_PROGRESS", "runningCount": 10},
            {"id": "d1", "status": "ACTIVE", "rolloutState": "COMPLETED", "runningCount": 10},
        ]);
        let both = service(&both, 10, 20);
        assert!(new_tasks_running(&both, "d1"));
        assert!(!rolled_out(&both, "d1"));
        let done = json!([
            {"id": "d2", "status": "PRIMARY", "rolloutState": "COMPLETED", "runningCount": 10},
        ]);
        assert!(rolled_out(&service(&done, 10, 10), "d1"));
        // Before UpdateService took effect the old deployment is alone and complete.
        assert!(!rolled_out(&service(&done, 10, 10), "d2"));
        assert!(!new_tasks_running(&service(&done, 10, 10), "d2"));
        let short = json!([
            {"id": "d2", "status": "PRIMARY", "rolloutState": "COMPLETED", "runningCount": 9},
        ]);
        assert!(!rolled_out(&service(&short, 10, 9), "d1"));
    }

    #[test]
    fn failed_deployments_are_reported() {
        let failing = json!([{
            "id": "d2",
            "status": "PRIMARY",
            "rolloutState": "FAILED",
            "rolloutStateReason": "ECS deployment circuit breaker: tasks failed to start.",
            "runningCount": 0,
        }]);
        let why = failed(&service(&failing, 10, 0)).expect("a failed deployment");
        assert!(why.contains("circuit breaker"), "{why}");
        assert!(why.starts_with("a deployment failed: s: ACTIVE, desired 10, running 0"));
        let fine = json!([{"id": "d1", "status": "PRIMARY", "rolloutState": "COMPLETED"}]);
        assert_eq!(failed(&service(&fine, 1, 1)), None);
    }

    #[test]
    fn result_lines_compare_with_the_direct_start() {
        let measured = Timed {
            backend: Backend::Docker,
            direct: vec![500.0, 400.0, 600.0],
            steady: vec![550.0, 520.0, 700.0],
            rollout: vec![1200.0, 1100.0, 1300.0],
            new_running: vec![600.0, 580.0, 640.0],
            disturbed: false,
        };
        assert_eq!(
            timed_lines(&measured, 10),
            vec![
                "docker      10 containers direct 500.0 ms (400.0–600.0)   CreateService→steady \
                 550.0 ms (520.0–700.0)   +50.0 ms (+10.0%)"
                    .to_owned(),
                "            forced deployment→complete 1200.0 ms (1100.0–1300.0)   (its 10 new \
                 tasks running at 600.0 ms)"
                    .to_owned(),
            ]
        );
    }

    #[test]
    fn idle_lines_flag_a_busy_emulator() {
        let mut idle = Idle {
            what: "docker, 200 running tasks".to_owned(),
            cpu: Some(0.1),
            wakeups: Some(2.0),
            rss_kib: Some(20 * 1024),
            daemon: Some(("dockerd", 0.5)),
        };
        assert_eq!(
            idle_line(&idle),
            "docker, 200 running tasks: cpu 0.10%  wakeups 2.0/s  RSS 20.0 MiB   (dockerd: cpu \
             0.50%)"
        );
        idle.cpu = Some(3.0);
        assert!(idle_line(&idle).contains("warning"));
    }
}
