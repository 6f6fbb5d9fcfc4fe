//! The startup scenario: how long the emulator takes from being spawned to its first answered
//! ECS request, and to having chosen its runtime, when the container runtime is absent, busy
//! (a socket that accepts connections and never answers, as an overloaded daemon does) or
//! unreachable. The crate documentation (main.rs) says how to run it and read its output.

use std::os::unix::net::{UnixListener, UnixStream};
use std::path::PathBuf;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use serde_json::json;

use super::common::{block_on, join_ms, millis, Stats};
use super::{call, health, Connection, Options, Result, Server};

/// How long one start may take to answer before it counts as never answering.
const ANSWER_TIMEOUT: Duration = Duration::from_secs(30);
/// How long the bench waits, after the first answer, for the runtime to be chosen.
const CHOICE_TIMEOUT: Duration = Duration::from_secs(15);
/// How often a start is probed.
const PROBE_EVERY: Duration = Duration::from_millis(1);

#[derive(Debug)]
pub(crate) struct StartupOptions {
    pub(crate) iterations: usize,
}

impl Default for StartupOptions {
    fn default() -> Self {
        StartupOptions { iterations: 10 }
    }
}

/// A Docker socket that accepts connections and never answers them.
struct BusyDaemon {
    path: PathBuf,
    _held: Arc<Mutex<Vec<UnixStream>>>,
}

impl BusyDaemon {
    fn start() -> Result<Self> {
        let path =
            std::env::temp_dir().join(format!("ecsemu-bench-busy-{}.sock", std::process::id()));
        let _ = std::fs::remove_file(&path);
        let listener = UnixListener::bind(&path)
            .map_err(|e| super::Error(format!("cannot bind {}: {e}", path.display())))?;
        let held = Arc::new(Mutex::new(Vec::new()));
        let keep = Arc::clone(&held);
        std::thread::spawn(move || {
            for stream in listener.incoming().flatten() {
                if let Ok(mut held) = keep.lock() {
                    held.push(stream);
                }
            }
        });
        Ok(Self { path, _held: held })
    }

    fn host(&self) -> String {
        format!("unix://{}", self.path.display())
    }
}

impl Drop for BusyDaemon {
    fn drop(&mut self) {
        let _ = std::fs::remove_file(&self.path);
    }
}

/// One way of starting the emulator.
struct Case {
    label: &'static str,
    runtime: &'static str,
    docker_host: Option<String>,
}

fn cases(busy: &BusyDaemon) -> Vec<Case> {
    let unreachable = "unix:///nonexistent/ecsemu-bench/docker.sock".to_owned();
    vec![
        Case {
            label: "--runtime none",
            runtime: "none",
            docker_host: None,
        },
        Case {
            label: "--runtime auto, Docker busy",
            runtime: "auto",
            docker_host: Some(busy.host()),
        },
        Case {
            label: "--runtime auto, Docker unreachable",
            runtime: "auto",
            docker_host: Some(unreachable.clone()),
        },
        Case {
            label: "--runtime docker, Docker busy",
            runtime: "docker",
            docker_host: Some(busy.host()),
        },
        Case {
            label: "--runtime docker, Docker unreachable",
            runtime: "docker",
            docker_host: Some(unreachable),
        },
    ]
}

/// What one start came to, in milliseconds from the spawn.
#[derive(Default)]
struct Sample {
    answered: Option<f64>,
    chosen: Option<f64>,
    exited: Option<f64>,
}

pub(crate) fn run(options: &Options, startup: &StartupOptions) -> Result<()> {
    block_on(async {
        let busy = BusyDaemon::start()?;
        let binary = options.binary.clone().unwrap_or_else(super::default_binary);
        println!(
            "startup: {} spawned {} times per case; first answer = first ListClusters answered, \
             chosen = /_ecsemu/health names a runtime",
            binary.display(),
            startup.iterations
        );
        for case in cases(&busy) {
            let mut samples = Vec::new();
            for _ in 0..startup.iterations {
                samples.push(start_once(options, &case).await?);
            }
            report(&case, &samples);
        }
        Ok(())
    })
}

async fn start_once(options: &Options, case: &Case) -> Result<Sample> {
    let mut env = Vec::new();
    if let Some(host) = &case.docker_host {
        env.push(("DOCKER_HOST", host.as_str()));
    }
    let args = [
        "--runtime",
        case.runtime,
        "--log-level",
        options.log_level.as_str(),
    ];
    let began = Instant::now();
    let server = Server::spawn_with_env(
        options.binary.as_deref(),
        &args,
        &env,
        options.server_log.as_deref(),
    )?;
    let mut sample = Sample::default();
    while began.elapsed() < ANSWER_TIMEOUT {
        if server.check_alive().is_err() {
            sample.exited = Some(millis(began.elapsed()));
            return Ok(sample);
        }
        if answers(&server.authority).await {
            sample.answered = Some(millis(began.elapsed()));
            break;
        }
        tokio::time::sleep(PROBE_EVERY).await;
    }
    if sample.answered.is_none() {
        return Ok(sample);
    }
    let deadline = Instant::now() + CHOICE_TIMEOUT;
    while Instant::now() < deadline {
        let named = health(&server.authority).await.ok();
        if named.is_some_and(|h| h["runtime"].as_str().is_some_and(|r| r != "choosing")) {
            sample.chosen = Some(millis(began.elapsed()));
            break;
        }
        if server.check_alive().is_err() {
            sample.exited = Some(millis(began.elapsed()));
            break;
        }
        tokio::time::sleep(Duration::from_millis(5)).await;
    }
    Ok(sample)
}

async fn answers(authority: &str) -> bool {
    let Ok(mut connection) = Connection::open(authority).await else {
        return false;
    };
    call(&mut connection, authority, "ListClusters", &json!({}))
        .await
        .is_ok()
}

fn report(case: &Case, samples: &[Sample]) {
    let column = |pick: fn(&Sample) -> Option<f64>, what: &str| {
        let values: Vec<f64> = samples.iter().filter_map(pick).collect();
        match Stats::of(&values) {
            Some(stats) if values.len() == samples.len() => format!(
                "{what} median {:.1} ms ({:.1}–{:.1})",
                stats.median, stats.min, stats.max
            ),
            Some(stats) => format!(
                "{what} in {}/{} runs, median {:.1} ms",
                values.len(),
                samples.len(),
                stats.median
            ),
            None => format!("{what} never"),
        }
    };
    println!(
        "{:<38} {}   {}   {}",
        case.label,
        column(|s| s.answered, "first answer"),
        column(|s| s.chosen, "runtime chosen"),
        column(|s| s.exited, "exited"),
    );
    let answered: Vec<f64> = samples.iter().filter_map(|s| s.answered).collect();
    println!(
        "{:<38} samples (first answer, ms): {}",
        "",
        join_ms(&answered)
    );
}
