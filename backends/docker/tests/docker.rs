//! What only the Docker backend promises, against the real daemon at /var/run/docker.sock.

use std::collections::BTreeMap;
use std::time::{Duration, Instant};

use bollard::query_parameters::{KillContainerOptionsBuilder, RemoveImageOptionsBuilder};
use bollard::{Docker, API_DEFAULT_VERSION};
use ecsemu_runtime::contract::runtime_under_test;
use ecsemu_runtime::{
    labels, ContainerRuntime, ContainerSpec, ContainerStatus, EventKind, EventStream, NetworkMode,
    NetworkSettings, ResourceLimits, RuntimeError, SandboxSpec,
};
use ecsemu_runtime_docker::DockerRuntime;
use futures::StreamExt;

const IMAGE: &str = "busybox:latest";
const SOCKET: &str = "/var/run/docker.sock";

async fn docker() -> Option<DockerRuntime> {
    runtime_under_test("docker", DockerRuntime::connect(None)).await
}

/// bollard itself, to do to containers what ecsemu never does.
fn raw() -> Docker {
    Docker::connect_with_unix(SOCKET, 30, API_DEFAULT_VERSION).expect("a bollard client")
}

fn unique(check: &str) -> String {
    let nanos = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_nanos())
        .unwrap_or_default();
    format!("ecsemu-docker-{check}-{}-{nanos:x}", std::process::id())
}

fn labelled(name: &str) -> BTreeMap<String, String> {
    BTreeMap::from([(labels::INSTANCE.to_owned(), name.to_owned())])
}

fn shell(name: &str, sandbox: &str, script: &str) -> ContainerSpec {
    ContainerSpec {
        name: format!("{name}-main"),
        image: IMAGE.to_owned(),
        command: Some(vec!["sh".into(), "-c".into(), script.to_owned()]),
        labels: labelled(name),
        network: NetworkMode::Sandbox(sandbox.to_owned()),
        ..ContainerSpec::default()
    }
}

async fn sandbox(runtime: &DockerRuntime, name: &str) -> String {
    runtime
        .create_sandbox(&SandboxSpec {
            name: format!("{name}-sandbox"),
            labels: labelled(name),
            ..SandboxSpec::default()
        })
        .await
        .expect("create_sandbox")
}

async fn run(runtime: &DockerRuntime, spec: &ContainerSpec) -> String {
    let id = runtime.create_container(spec).await.expect("create");
    runtime.start_container(&id).await.expect("start");
    id
}

/// The first exit of `id`: its code and whether it ran out of memory.
async fn next_exit(events: &mut EventStream, id: &str) -> (i64, bool) {
    let wait = async {
        while let Some(event) = events.next().await {
            match event.kind {
                EventKind::Exited {
                    exit_code,
                    oom_killed,
                } if event.container_id == id => return Some((exit_code, oom_killed)),
                _ => {}
            }
        }
        None
    };
    tokio::time::timeout(Duration::from_secs(30), wait)
        .await
        .expect("an exit in time")
        .expect("the event stream stays open")
}

/// Removes the check's containers, sandbox last (the others share its namespace).
async fn cleanup(runtime: &DockerRuntime, name: &str, sandbox: &str) {
    let found = runtime
        .list_containers(&[(labels::INSTANCE.to_owned(), name.to_owned())])
        .await
        .unwrap_or_default();
    for container in found.iter().filter(|c| c.id != sandbox) {
        let _ = runtime.remove_container(&container.id).await;
    }
    let _ = runtime.remove_container(sandbox).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn connect_fails_fast_when_nothing_answers() {
    for host in [
        "unix:///nonexistent/docker.sock",
        "tcp://127.0.0.1:1",
        "ssh://example",
    ] {
        match DockerRuntime::connect(Some(host)).await {
            Err(RuntimeError::Unreachable(text)) => assert!(text.contains(host), "{text}"),
            other => panic!("{host} gave {:?}", other.map(|_| ())),
        }
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn connects_by_explicit_unix_address() {
    if docker().await.is_none() {
        return;
    }
    let runtime = DockerRuntime::connect(Some(&format!("unix://{SOCKET}")))
        .await
        .expect("connect");
    assert!(runtime.image_present(IMAGE).await.expect("image_present"));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn reports_the_daemon() {
    let Some(runtime) = docker().await else {
        return;
    };
    let info = runtime.info().await.expect("info");
    assert_eq!(info.name, "docker");
    assert!(!info.version.is_empty());
    assert!(info.cpus > 0);
    assert!(info.memory_bytes > 0);
    assert!(info.limits_enforced);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn pulling_without_a_registry_is_image_not_found() {
    let Some(runtime) = docker().await else {
        return;
    };
    match runtime.pull_image("ecsemu-test/never-built:1").await {
        Err(RuntimeError::ImageNotFound(text)) => assert!(!text.is_empty()),
        other => panic!("pulling a missing image gave {other:?}"),
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn creating_from_a_missing_image_is_image_not_found() {
    let Some(runtime) = docker().await else {
        return;
    };
    let spec = ContainerSpec {
        name: unique("noimage"),
        image: "ecsemu-test/never-built:1".to_owned(),
        ..ContainerSpec::default()
    };
    assert!(matches!(
        runtime.create_container(&spec).await,
        Err(RuntimeError::ImageNotFound(_))
    ));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_missing_container_is_not_found() {
    let Some(runtime) = docker().await else {
        return;
    };
    let id = "ecsemu-test-no-such-container";
    let not_found = |result: Result<(), RuntimeError>| {
        assert_eq!(result, Err(RuntimeError::ContainerNotFound(id.to_owned())));
    };
    not_found(runtime.start_container(id).await);
    not_found(runtime.stop_container(id, Duration::ZERO).await);
    not_found(runtime.inspect_container(id).await.map(|_| ()));
    not_found(runtime.logs(id).await.map(|_| ()));
    not_found(runtime.exec(id, &["true".into()]).await.map(|_| ()));
    runtime
        .remove_container(id)
        .await
        .expect("removing is fine");
    runtime
        .remove_volume("ecsemu-test-no-such-volume")
        .await
        .expect("removing is fine");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn starting_in_a_removed_sandbox_is_rejected_not_missing() {
    let Some(runtime) = docker().await else {
        return;
    };
    let name = unique("orphan");
    let sandbox = sandbox(&runtime, &name).await;
    let id = runtime
        .create_container(&shell(&name, &sandbox, "true"))
        .await
        .expect("create");
    runtime.remove_container(&sandbox).await.expect("remove");
    match runtime.start_container(&id).await {
        Err(RuntimeError::Rejected(text)) => assert!(text.contains(&sandbox), "{text}"),
        other => panic!("starting without a sandbox gave {other:?}"),
    }
    cleanup(&runtime, &name, &sandbox).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_container_killed_from_outside_exits_137() {
    let Some(runtime) = docker().await else {
        return;
    };
    let name = unique("kill");
    let mut events = runtime.events().await.expect("events");
    let sandbox = sandbox(&runtime, &name).await;
    let id = run(&runtime, &shell(&name, &sandbox, "sleep 600")).await;
    raw()
        .kill_container(
            &id,
            Some(KillContainerOptionsBuilder::new().signal("KILL").build()),
        )
        .await
        .expect("kill");
    assert_eq!(next_exit(&mut events, &id).await, (137, false));
    let state = runtime.inspect_container(&id).await.expect("inspect");
    assert_eq!(state.status, ContainerStatus::Exited);
    assert_eq!(state.exit_code, Some(137));
    assert!(!state.oom_killed);
    cleanup(&runtime, &name, &sandbox).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_oom_kill_is_reported_by_event_and_inspection() {
    let Some(runtime) = docker().await else {
        return;
    };
    let name = unique("oom");
    let mut events = runtime.events().await.expect("events");
    let sandbox = sandbox(&runtime, &name).await;
    let id = run(
        &runtime,
        &ContainerSpec {
            limits: ResourceLimits {
                memory_bytes: Some(6 << 20),
                ..ResourceLimits::default()
            },
            // The shell doubles a string until the kernel kills it. It waits a second first:
            // dockerd 20.10 misses OOM kills in a container's first milliseconds and reports
            // them as plain SIGKILLs.
            ..shell(&name, &sandbox, "sleep 1; a=x; while true; do a=$a$a; done")
        },
    )
    .await;
    assert_eq!(next_exit(&mut events, &id).await, (137, true));
    let state = runtime.inspect_container(&id).await.expect("inspect");
    assert_eq!(state.exit_code, Some(137));
    assert!(state.oom_killed);
    cleanup(&runtime, &name, &sandbox).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn imports_the_pause_image_when_it_is_absent() {
    let Some(runtime) = docker().await else {
        return;
    };
    // A pause image of this test's own, so sandboxes of concurrent tests keep theirs.
    let name = unique("pause");
    let image = format!("ecsemu-test/{name}:1");
    let runtime = runtime.with_pause_image(&image);
    let remove_image = || async {
        let options = RemoveImageOptionsBuilder::new().force(true).build();
        let _ = raw().remove_image(&image, Some(options), None).await;
    };
    remove_image().await;
    assert!(!runtime.image_present(&image).await.expect("image_present"));
    let sandbox = sandbox(&runtime, &name).await;
    assert!(runtime.image_present(&image).await.expect("image_present"));
    let state = runtime.inspect_container(&sandbox).await.expect("inspect");
    assert_eq!(state.status, ContainerStatus::Running);
    cleanup(&runtime, &name, &sandbox).await;
    remove_image().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn host_and_no_network_sandboxes_run() {
    let Some(runtime) = docker().await else {
        return;
    };
    for (check, host_network, no_network) in [("host", true, false), ("none", false, true)] {
        let name = unique(check);
        let sandbox = runtime
            .create_sandbox(&SandboxSpec {
                name: format!("{name}-sandbox"),
                labels: labelled(&name),
                network: NetworkSettings {
                    hostname: Some("ignored-on-host".into()),
                    ..NetworkSettings::default()
                },
                host_network,
                no_network,
            })
            .await
            .expect("create_sandbox");
        let state = runtime.inspect_container(&sandbox).await.expect("inspect");
        assert_eq!(state.status, ContainerStatus::Running, "{check}");
        assert!(state.ports.is_empty());
        cleanup(&runtime, &name, &sandbox).await;
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn logs_keep_streams_and_exec_reports_failure() {
    let Some(runtime) = docker().await else {
        return;
    };
    let name = unique("streams");
    let mut events = runtime.events().await.expect("events");
    let sandbox = sandbox(&runtime, &name).await;
    let printer = run(
        &runtime,
        &shell(&name, &sandbox, "echo out-1; echo err-1 >&2; echo out-2"),
    )
    .await;
    assert_eq!(next_exit(&mut events, &printer).await, (0, false));
    let logs = runtime.logs(&printer).await.expect("logs");
    let texts: Vec<(ecsemu_runtime::LogStream, &str)> =
        logs.iter().map(|l| (l.stream, l.text.as_str())).collect();
    assert!(texts.contains(&(ecsemu_runtime::LogStream::Stdout, "out-1")));
    assert!(texts.contains(&(ecsemu_runtime::LogStream::Stderr, "err-1")));
    assert!(texts.contains(&(ecsemu_runtime::LogStream::Stdout, "out-2")));
    assert!(matches!(
        runtime.exec(&printer, &["true".into()]).await,
        Err(RuntimeError::Rejected(_))
    ));
    let sleeper = run(
        &runtime,
        &ContainerSpec {
            name: format!("{name}-sleeper"),
            ..shell(&name, &sandbox, "sleep 600")
        },
    )
    .await;
    let out = runtime
        .exec(
            &sleeper,
            &["sh".into(), "-c".into(), "echo oops >&2; exit 7".into()],
        )
        .await
        .expect("exec");
    assert_eq!(out.exit_code, 7);
    assert!(out.output.contains("oops"), "{out:?}");
    cleanup(&runtime, &name, &sandbox).await;
}

/// Per-operation latencies against this daemon: `cargo test -p ecsemu-runtime-docker --test
/// docker -- --ignored --nocapture`.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
#[ignore = "a measurement, not a check"]
async fn measure_operation_timings() {
    let Some(runtime) = docker().await else {
        return;
    };
    let name = unique("timings");
    let timed = |what: &'static str, started: Instant| {
        eprintln!(
            "{what:>18}: {:>6.1} ms",
            started.elapsed().as_secs_f64() * 1e3
        );
    };
    let started = Instant::now();
    let mut events = runtime.events().await.expect("events");
    timed("events", started);
    let started = Instant::now();
    let sandbox = sandbox(&runtime, &name).await;
    timed("create_sandbox", started);
    // With an init, SIGTERM ends the sleep at once: the stop measures Docker, not the grace.
    let spec = ContainerSpec {
        init: true,
        command: Some(vec!["sleep".into(), "600".into()]),
        ..shell(&name, &sandbox, "")
    };
    let started = Instant::now();
    let id = runtime.create_container(&spec).await.expect("create");
    timed("create_container", started);
    let started = Instant::now();
    runtime.start_container(&id).await.expect("start");
    timed("start_container", started);
    let started = Instant::now();
    runtime.inspect_container(&id).await.expect("inspect");
    timed("inspect_container", started);
    let started = Instant::now();
    runtime.exec(&id, &["true".into()]).await.expect("exec");
    timed("exec", started);
    let started = Instant::now();
    runtime
        .stop_container(&id, Duration::from_secs(10))
        .await
        .expect("stop");
    timed("stop (SIGTERM)", started);
    let started = Instant::now();
    next_exit(&mut events, &id).await;
    timed("die event after", started);
    let started = Instant::now();
    runtime.logs(&id).await.expect("logs");
    timed("logs", started);
    let started = Instant::now();
    runtime.remove_container(&id).await.expect("remove");
    timed("remove_container", started);
    let started = Instant::now();
    runtime
        .list_containers(&[(labels::INSTANCE.to_owned(), name.clone())])
        .await
        .expect("list");
    timed("list_containers", started);
    let started = Instant::now();
    runtime.remove_container(&sandbox).await.expect("remove");
    timed("remove sandbox", started);
}
