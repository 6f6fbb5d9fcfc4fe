//! What the runtime scenarios (launch, service) share besides the runtimes themselves: the
//! emulator they spawn, the machine's quietness before a run, and their statistics.

use std::future::Future;
use std::time::Duration;

use serde_json::{json, Value};

use super::runtimes::IMAGE;
use super::{
    call, Connection, Context, CpuSample, CpuUse, Options, Result, Server, OTHER_LOAD_WARNING,
};

/// How long the machine's load is sampled before each run.
const QUIET_SAMPLE: Duration = Duration::from_secs(1);
/// The pause after each cleanup, so that removing containers does not overlap the next
/// measurement.
pub(crate) const SETTLE: Duration = Duration::from_millis(300);
/// Unmeasured rounds on each side before the measured ones.
pub(crate) const WARMUP_ITERATIONS: usize = 1;

/// Runs a runtime scenario on a single-threaded (current-thread) Tokio runtime: the client
/// waits far more than it works, and should stay off the cores it measures.
pub(crate) fn block_on(scenario: impl Future<Output = Result<()>>) -> Result<()> {
    if cfg!(debug_assertions) {
        println!("warning: this is a debug build of the bench client; use cargo run --release");
    }
    tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .context("cannot start the client's Tokio runtime")?
        .block_on(scenario)
}

/// Spawns the emulator with `args` and `--log-level`, waits for its health check and prints
/// what it runs. Dropping the server (also on error) stops it with SIGTERM and gives it
/// `grace` to remove the containers of the tasks it still runs.
pub(crate) async fn start_emulator(
    options: &Options,
    args: &[&str],
    grace: Duration,
) -> Result<Server> {
    let mut args = args.to_vec();
    args.extend(["--log-level", options.log_level.as_str()]);
    let mut server = Server::spawn(
        options.binary.as_deref(),
        &args,
        options.server_log.as_deref(),
    )?;
    server.graceful = Some(grace);
    let authority = server.authority.clone();
    let health = server.wait_healthy(&authority).await?;
    println!(
        "   emulator: {} {} --listen {authority} (pid {}); its runtime: {}",
        server.binary.display(),
        args.join(" "),
        server.pid(),
        health["runtime"].as_str().unwrap_or("(not named)")
    );
    Ok(server)
}

/// The container definition `app`: `command` in the bench's image.
pub(crate) fn container(command: &[&str]) -> Value {
    json!({"name": "app", "image": IMAGE, "command": command})
}

/// Creates `cluster` (CreateCluster of an existing name returns it) and registers `family`
/// (a revision more if it exists): a Fargate task definition (awsvpc, cpu 256, memory 512) of
/// `container`. Fargate, so that no container-instance capacity ever limits what the
/// scenarios start.
pub(crate) async fn register(
    authority: &str,
    cluster: &str,
    family: &str,
    container: Value,
) -> Result<()> {
    let mut connection = Connection::open(authority).await?;
    call(
        &mut connection,
        authority,
        "CreateCluster",
        &json!({"clusterName": cluster}),
    )
    .await?;
    call(
        &mut connection,
        authority,
        "RegisterTaskDefinition",
        &json!({
            "family": family,
            "networkMode": "awsvpc",
            "requiresCompatibilities": ["FARGATE"],
            "cpu": "256",
            "memory": "512",
            "containerDefinitions": [container],
        }),
    )
    .await?;
    Ok(())
}

/// Samples the machine's load for a second and prints it; true if it was too busy for
/// undisturbed numbers.
pub(crate) async fn machine_is_busy() -> bool {
    let Some((busy, cpus)) = busy_cores(QUIET_SAMPLE).await else {
        return false;
    };
    println!("   machine before the run: {busy:.2} of {cpus} cores busy");
    if busy > OTHER_LOAD_WARNING {
        println!("   warning: the machine is not quiet; this run's numbers are disturbed");
    }
    busy > OTHER_LOAD_WARNING
}

/// Cores busy over `window`, by anything (this process sleeps meanwhile), and the CPU count.
async fn busy_cores(window: Duration) -> Option<(f64, usize)> {
    let before = CpuSample::take(None);
    tokio::time::sleep(window).await;
    let after = CpuSample::take(None);
    let cpu = CpuUse::between(before.as_ref(), after.as_ref())?;
    Some((cpu.bench + cpu.other, cpu.cpus))
}

/// `(of 2): emulator 0.03  bench 0.01  runtime and the rest 0.40  idle 1.56`, of a run whose
/// samples named the emulator's pid.
pub(crate) fn cpu_split(cpu: &CpuUse) -> String {
    format!(
        "(of {}): emulator {:.2}  bench {:.2}  runtime and the rest {:.2}  idle {:.2}",
        cpu.cpus,
        cpu.server.unwrap_or(f64::NAN),
        cpu.bench,
        cpu.other,
        cpu.idle
    )
}

pub(crate) fn millis(duration: Duration) -> f64 {
    duration.as_secs_f64() * 1000.0
}

#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) struct Stats {
    pub(crate) median: f64,
    pub(crate) min: f64,
    pub(crate) max: f64,
}

impl Stats {
    /// Median (the mean of the middle two for an even count), minimum and maximum.
    pub(crate) fn of(samples: &[f64]) -> Option<Stats> {
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

/// The emulator's extra time over the direct one: milliseconds and percent of the latter.
pub(crate) fn overhead(emulator: f64, direct: f64) -> (f64, f64) {
    let extra = emulator - direct;
    (extra, extra / direct * 100.0)
}

pub(crate) fn join_ms(samples: &[f64]) -> String {
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
    fn overhead_is_relative_to_the_direct_time() {
        let (extra, percent) = overhead(231.0, 205.0);
        assert!((extra - 26.0).abs() < 1e-9);
        assert!((percent - 12.682_926_829).abs() < 1e-6);
        let (extra, percent) = overhead(90.0, 100.0);
        assert!((extra + 10.0).abs() < 1e-9 && (percent + 10.0).abs() < 1e-9);
    }
}
