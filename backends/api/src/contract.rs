//! The behaviour every `ContainerRuntime` must show, as checks a backend's tests run against it.
//!
//! `runtime_contract!(make, image)` generates one `#[tokio::test]` per check of the trait's
//! semantics; the recording fake keeps these too. `real_runtime_contract!(make, image)` adds
//! the checks that need real processes (networking, health checks, volumes, container
//! settings): every real backend runs both, so tasks behave the same on all of them. `make`
//! is an expression evaluating to `Option<R>` where `R` derefs to a `ContainerRuntime`; `None`
//! skips the test (the backend's test decides whether a missing runtime may be skipped).
//! `image` must be a local busybox image. Each check labels what it creates uniquely and
//! removes it, so checks can run in parallel against one daemon.

use std::collections::BTreeMap;
use std::time::Duration;

use futures::StreamExt;

use crate::{
    labels, ContainerRuntime, ContainerSpec, ContainerStatus, EventKind, EventStream,
    HealthCheckSpec, HealthState, LogLine, Mount, MountSource, NetworkMode, NetworkSettings,
    PortProtocol, PublishedPort, RuntimeError, SandboxSpec, Tmpfs, Ulimit,
};

const EVENT_WAIT: Duration = Duration::from_secs(30);

/// One `#[tokio::test]` per check of the trait's semantics.
#[macro_export]
macro_rules! runtime_contract {
    ($make:expr, $image:expr) => {
        $crate::contract_tests!(
            $make,
            $image;
            reports_local_images,
            runs_a_container_to_its_exit_code,
            stops_a_running_container,
            lists_by_label_and_removes,
            keeps_logs_and_execs,
            publishes_sandbox_ports,
            publishes_owned_ports,
        );
    };
}

/// One `#[tokio::test]` per check that needs real processes.
#[macro_export]
macro_rules! real_runtime_contract {
    ($make:expr, $image:expr) => {
        $crate::contract_tests!(
            $make,
            $image;
            shares_localhost_within_a_sandbox,
            serves_published_ports_on_the_host,
            owns_its_network,
            reports_health_changes,
            shares_task_volumes,
            applies_container_settings,
            forwards_sigterm_with_init,
        );
    };
}

#[doc(hidden)]
#[macro_export]
macro_rules! contract_tests {
    ($make:expr, $image:expr; $($check:ident),* $(,)?) => {
        $(
            #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
            async fn $check() {
                if let Some(runtime) = $make {
                    $crate::contract::$check(&*runtime, $image).await;
                }
            }
        )*
    };
}

/// Environment variable listing the runtimes tests must find (comma-separated: `docker`,
/// `podman`, `podman-rootless`, `cli-docker`, `cli-podman`); CI sets it so that a missing
/// runtime fails the run instead of being skipped.
pub const REQUIRED_RUNTIMES: &str = "ECSEMU_REQUIRE_RUNTIMES";

/// For a backend's tests: the runtime `connect` gives, or `None` to skip the test when the
/// runtime is missing and not required. A required runtime that is missing fails the test;
/// a skipped one says so loudly.
pub async fn runtime_under_test<R, E: std::fmt::Display>(
    name: &str,
    connect: impl std::future::Future<Output = Result<R, E>>,
) -> Option<R> {
    match connect.await {
        Ok(runtime) => Some(runtime),
        Err(error) => {
            let required = std::env::var(REQUIRED_RUNTIMES)
                .unwrap_or_default()
                .split(',')
                .any(|r| r.trim() == name);
            assert!(
                !required,
                "{name} is required by {REQUIRED_RUNTIMES} but unavailable: {error}"
            );
            eprintln!("SKIPPED: the {name} runtime is not available ({error})");
            None
        }
    }
}

/// A TCP port published on an ephemeral host port of 127.0.0.1.
fn ephemeral_port(container_port: u16) -> PublishedPort {
    PublishedPort {
        container_port,
        host_port: None,
        protocol: PortProtocol::Tcp,
        host_ip: "127.0.0.1".to_owned(),
    }
}

/// Reads what 127.0.0.1:`port` answers, retrying while the server inside comes up.
async fn read_from_host(port: u16, expected: &str) -> String {
    use tokio::io::AsyncReadExt;
    let mut reply = String::new();
    for _ in 0..100 {
        if let Ok(mut stream) = tokio::net::TcpStream::connect(("127.0.0.1", port)).await {
            reply.clear();
            let _ = stream.read_to_string(&mut reply).await;
            if reply.contains(expected) {
                break;
            }
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    reply
}

fn unique(check: &str) -> String {
    format!(
        "ecsemu-contract-{check}-{}-{:x}",
        std::process::id(),
        std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map(|d| d.as_nanos())
            .unwrap_or_default()
    )
}

fn labelled(name: &str, container: &str) -> BTreeMap<String, String> {
    BTreeMap::from([
        (labels::INSTANCE.to_owned(), name.to_owned()),
        (labels::CONTAINER_NAME.to_owned(), container.to_owned()),
    ])
}

/// A container of the check `name` running `script` with `sh -c` in `sandbox`.
fn shell(name: &str, container: &str, image: &str, sandbox: &str, script: &str) -> ContainerSpec {
    ContainerSpec {
        name: format!("{name}-{container}"),
        image: image.to_owned(),
        command: Some(vec!["sh".into(), "-c".into(), script.to_owned()]),
        labels: labelled(name, container),
        network: NetworkMode::Sandbox(sandbox.to_owned()),
        ..ContainerSpec::default()
    }
}

async fn sandbox_with(runtime: &dyn ContainerRuntime, name: &str, spec: SandboxSpec) -> String {
    runtime
        .create_sandbox(&SandboxSpec {
            name: format!("{name}-sandbox"),
            labels: labelled(name, "sandbox"),
            ..spec
        })
        .await
        .expect("create_sandbox")
}

async fn sandbox(runtime: &dyn ContainerRuntime, name: &str) -> String {
    sandbox_with(runtime, name, SandboxSpec::default()).await
}

async fn run(runtime: &dyn ContainerRuntime, spec: &ContainerSpec) -> String {
    let id = runtime
        .create_container(spec)
        .await
        .expect("create_container");
    runtime.start_container(&id).await.expect("start_container");
    id
}

async fn next_event<T>(
    events: &mut EventStream,
    id: &str,
    pick: impl Fn(&EventKind) -> Option<T>,
) -> T {
    let wait = async {
        while let Some(event) = events.next().await {
            if event.container_id == id {
                if let Some(found) = pick(&event.kind) {
                    return Some(found);
                }
            }
        }
        None
    };
    tokio::time::timeout(EVENT_WAIT, wait)
        .await
        .expect("no such event in time")
        .expect("event stream ended")
}

async fn next_exit(events: &mut EventStream, id: &str) -> i64 {
    next_event(events, id, |kind| match kind {
        EventKind::Exited { exit_code, .. } => Some(*exit_code),
        _ => None,
    })
    .await
}

fn text(logs: &[LogLine]) -> String {
    logs.iter().fold(String::new(), |mut out, line| {
        out.push_str(line.text.trim_end());
        out.push('\n');
        out
    })
}

/// Removes every container the check created, the sandbox last, and its volumes.
async fn cleanup(runtime: &dyn ContainerRuntime, name: &str, volumes: &[&str]) {
    let mut found = runtime
        .list_containers(&[(labels::INSTANCE.to_owned(), name.to_owned())])
        .await
        .unwrap_or_default();
    found.sort_by_key(|c| c.labels.get(labels::CONTAINER_NAME).map(|n| n == "sandbox"));
    for container in found {
        let _ = runtime.remove_container(&container.id).await;
    }
    for volume in volumes {
        let _ = runtime.remove_volume(volume).await;
    }
}

pub async fn reports_local_images(runtime: &dyn ContainerRuntime, image: &str) {
    assert!(runtime.image_present(image).await.expect("image_present"));
    let missing = "ecsemu-contract/never-built:missing";
    assert!(!runtime.image_present(missing).await.expect("image_present"));
    match runtime.pull_image(missing).await {
        Err(RuntimeError::ImageNotFound(_) | RuntimeError::Unreachable(_)) => {}
        other => panic!("pulling a missing image gave {other:?}"),
    }
}

pub async fn runs_a_container_to_its_exit_code(runtime: &dyn ContainerRuntime, image: &str) {
    let name = unique("exit");
    let mut events = runtime.events().await.expect("events");
    let sandbox = sandbox(runtime, &name).await;
    let id = run(runtime, &shell(&name, "main", image, &sandbox, "exit 3")).await;
    assert_eq!(next_exit(&mut events, &id).await, 3);
    let state = runtime.inspect_container(&id).await.expect("inspect");
    assert_eq!(state.status, ContainerStatus::Exited);
    assert_eq!(state.exit_code, Some(3));
    assert!(state.started_at.is_some() && state.finished_at.is_some());
    cleanup(runtime, &name, &[]).await;
}

pub async fn stops_a_running_container(runtime: &dyn ContainerRuntime, image: &str) {
    let name = unique("stop");
    let mut events = runtime.events().await.expect("events");
    let sandbox = sandbox(runtime, &name).await;
    let id = run(runtime, &shell(&name, "main", image, &sandbox, "sleep 600")).await;
    let state = runtime.inspect_container(&id).await.expect("inspect");
    assert_eq!(state.status, ContainerStatus::Running);
    runtime
        .stop_container(&id, Duration::from_secs(2))
        .await
        .expect("stop_container");
    let code = next_exit(&mut events, &id).await;
    assert!(
        code == 143 || code == 137,
        "a stopped container exits by SIGTERM or SIGKILL, got {code}"
    );
    runtime
        .stop_container(&id, Duration::from_secs(1))
        .await
        .expect("stopping a stopped container is fine");
    cleanup(runtime, &name, &[]).await;
}

pub async fn lists_by_label_and_removes(runtime: &dyn ContainerRuntime, image: &str) {
    let name = unique("list");
    let sandbox = sandbox(runtime, &name).await;
    let id = runtime
        .create_container(&shell(&name, "main", image, &sandbox, "sleep 600"))
        .await
        .expect("create_container");
    let label = [(labels::INSTANCE.to_owned(), name.clone())];
    let found = runtime.list_containers(&label).await.expect("list");
    assert!(found.iter().any(|c| c.id == id), "{found:?} lacks {id}");
    assert!(found.iter().any(|c| c.id == sandbox));
    let listed = found.iter().find(|c| c.id == id).expect("listed");
    assert_eq!(
        listed
            .labels
            .get(labels::CONTAINER_NAME)
            .map(String::as_str),
        Some("main")
    );
    runtime.remove_container(&id).await.expect("remove");
    runtime
        .remove_container(&id)
        .await
        .expect("removing a removed container is fine");
    let found = runtime.list_containers(&label).await.expect("list");
    assert!(!found.iter().any(|c| c.id == id));
    assert!(matches!(
        runtime.inspect_container(&id).await,
        Err(RuntimeError::ContainerNotFound(_))
    ));
    cleanup(runtime, &name, &[]).await;
}

pub async fn keeps_logs_and_execs(runtime: &dyn ContainerRuntime, image: &str) {
    let name = unique("logs");
    let mut events = runtime.events().await.expect("events");
    let sandbox = sandbox(runtime, &name).await;
    let printer = run(
        runtime,
        &shell(
            &name,
            "printer",
            image,
            &sandbox,
            "echo hello-from-contract",
        ),
    )
    .await;
    assert_eq!(next_exit(&mut events, &printer).await, 0);
    let logs = runtime.logs(&printer).await.expect("logs");
    assert!(text(&logs).contains("hello-from-contract"), "{logs:?}");
    let sleeper = run(
        runtime,
        &shell(&name, "sleeper", image, &sandbox, "sleep 600"),
    )
    .await;
    let out = runtime
        .exec(&sleeper, &["sh".into(), "-c".into(), "echo exec-ok".into()])
        .await
        .expect("exec");
    assert_eq!(out.exit_code, 0);
    assert!(out.output.contains("exec-ok"), "{out:?}");
    cleanup(runtime, &name, &[]).await;
}

pub async fn publishes_sandbox_ports(runtime: &dyn ContainerRuntime, _image: &str) {
    let name = unique("ports");
    let sandbox = sandbox_with(
        runtime,
        &name,
        SandboxSpec {
            network: NetworkSettings {
                ports: vec![ephemeral_port(8080)],
                ..NetworkSettings::default()
            },
            ..SandboxSpec::default()
        },
    )
    .await;
    let state = runtime.inspect_container(&sandbox).await.expect("inspect");
    let port = state
        .ports
        .iter()
        .find(|p| p.container_port == 8080)
        .expect("port 8080 published");
    assert!(
        port.host_port.is_some_and(|p| p > 0),
        "an ephemeral host port was chosen: {port:?}"
    );
    assert_eq!(port.host_ip, "127.0.0.1");
    cleanup(runtime, &name, &[]).await;
}

pub async fn publishes_owned_ports(runtime: &dyn ContainerRuntime, image: &str) {
    let name = unique("owned-ports");
    let id = run(
        runtime,
        &ContainerSpec {
            network: NetworkMode::Own(NetworkSettings {
                ports: vec![ephemeral_port(8080)],
                ..NetworkSettings::default()
            }),
            ..shell(&name, "main", image, "", "sleep 600")
        },
    )
    .await;
    let state = runtime.inspect_container(&id).await.expect("inspect");
    let port = state
        .ports
        .iter()
        .find(|p| p.container_port == 8080)
        .expect("port 8080 published");
    assert!(port.host_port.is_some_and(|p| p > 0), "{port:?}");
    assert_eq!(port.host_ip, "127.0.0.1");
    cleanup(runtime, &name, &[]).await;
}

pub async fn shares_localhost_within_a_sandbox(runtime: &dyn ContainerRuntime, image: &str) {
    let name = unique("localhost");
    let mut events = runtime.events().await.expect("events");
    let sandbox = sandbox(runtime, &name).await;
    run(
        runtime,
        &shell(
            &name,
            "server",
            image,
            &sandbox,
            "nc -ll -p 9000 -e echo shared-localhost",
        ),
    )
    .await;
    let client = run(
        runtime,
        &shell(
            &name,
            "client",
            image,
            &sandbox,
            "for i in $(seq 100); do nc 127.0.0.1 9000 </dev/null && exit 0; sleep 0.1; done; exit 1",
        ),
    )
    .await;
    assert_eq!(
        next_exit(&mut events, &client).await,
        0,
        "the client reached the server"
    );
    let logs = runtime.logs(&client).await.expect("logs");
    assert!(text(&logs).contains("shared-localhost"), "{logs:?}");
    cleanup(runtime, &name, &[]).await;
}

pub async fn serves_published_ports_on_the_host(runtime: &dyn ContainerRuntime, image: &str) {
    let name = unique("serve");
    let sandbox = sandbox_with(
        runtime,
        &name,
        SandboxSpec {
            network: NetworkSettings {
                ports: vec![ephemeral_port(8080)],
                ..NetworkSettings::default()
            },
            ..SandboxSpec::default()
        },
    )
    .await;
    run(
        runtime,
        &shell(
            &name,
            "server",
            image,
            &sandbox,
            "nc -ll -p 8080 -e echo from-the-task",
        ),
    )
    .await;
    let state = runtime.inspect_container(&sandbox).await.expect("inspect");
    let host_port = state
        .ports
        .iter()
        .find_map(|p| (p.container_port == 8080).then_some(p.host_port).flatten())
        .expect("a host port");
    let reply = read_from_host(host_port, "from-the-task").await;
    assert!(
        reply.contains("from-the-task"),
        "got {reply:?} from 127.0.0.1:{host_port}"
    );
    cleanup(runtime, &name, &[]).await;
}

/// A container that owns its network namespace (a task of one container) publishes its own
/// ports and carries the namespace's hostname and host entries.
pub async fn owns_its_network(runtime: &dyn ContainerRuntime, image: &str) {
    let name = unique("own");
    let mut events = runtime.events().await.expect("events");
    let spec = ContainerSpec {
        network: NetworkMode::Own(NetworkSettings {
            hostname: Some("own-host".to_owned()),
            ports: vec![ephemeral_port(8080)],
            extra_hosts: vec![("db.own".to_owned(), "10.9.8.7".to_owned())],
            ..NetworkSettings::default()
        }),
        ..shell(
            &name,
            "main",
            image,
            "",
            "grep -q db.own /etc/hosts && nc -ll -p 8080 -e sh -c 'echo owner=$(hostname)'",
        )
    };
    let id = run(runtime, &spec).await;
    let state = runtime.inspect_container(&id).await.expect("inspect");
    let host_port = state
        .ports
        .iter()
        .find_map(|p| (p.container_port == 8080).then_some(p.host_port).flatten())
        .expect("the container publishes its own port");
    let reply = read_from_host(host_port, "owner=own-host").await;
    assert!(
        reply.contains("owner=own-host"),
        "got {reply:?} from 127.0.0.1:{host_port}"
    );
    runtime
        .stop_container(&id, Duration::from_secs(1))
        .await
        .expect("stop");
    next_exit(&mut events, &id).await;
    cleanup(runtime, &name, &[]).await;
}

pub async fn reports_health_changes(runtime: &dyn ContainerRuntime, image: &str) {
    let name = unique("health");
    let mut events = runtime.events().await.expect("events");
    let sandbox = sandbox(runtime, &name).await;
    let id = run(
        runtime,
        &ContainerSpec {
            health_check: Some(HealthCheckSpec {
                test: vec!["CMD-SHELL".into(), "test -f /tmp/healthy".into()],
                interval: Duration::from_secs(1),
                timeout: Duration::from_secs(2),
                retries: 1,
                start_period: Duration::ZERO,
            }),
            ..shell(&name, "main", image, &sandbox, "sleep 600")
        },
    )
    .await;
    let health = |wanted: HealthState| {
        move |kind: &EventKind| matches!(kind, EventKind::Health(h) if *h == wanted).then_some(())
    };
    next_event(&mut events, &id, health(HealthState::Unhealthy)).await;
    let state = runtime.inspect_container(&id).await.expect("inspect");
    assert_eq!(state.health, Some(HealthState::Unhealthy));
    runtime
        .exec(&id, &["touch".into(), "/tmp/healthy".into()])
        .await
        .expect("exec");
    next_event(&mut events, &id, health(HealthState::Healthy)).await;
    cleanup(runtime, &name, &[]).await;
}

pub async fn shares_task_volumes(runtime: &dyn ContainerRuntime, image: &str) {
    let name = unique("volumes");
    let volume = format!("{name}-data");
    let mut events = runtime.events().await.expect("events");
    let sandbox = sandbox(runtime, &name).await;
    let mount = |read_only| Mount {
        source: MountSource::Volume(volume.clone()),
        target: "/data".to_owned(),
        read_only,
    };
    let writer = run(
        runtime,
        &ContainerSpec {
            mounts: vec![mount(false)],
            ..shell(
                &name,
                "writer",
                image,
                &sandbox,
                "echo shared-volume > /data/x",
            )
        },
    )
    .await;
    assert_eq!(next_exit(&mut events, &writer).await, 0);
    let reader = run(
        runtime,
        &ContainerSpec {
            mounts: vec![mount(true)],
            ..shell(
                &name,
                "reader",
                image,
                &sandbox,
                "cat /data/x && ! touch /data/y",
            )
        },
    )
    .await;
    assert_eq!(
        next_exit(&mut events, &reader).await,
        0,
        "read-only mounts refuse writes"
    );
    let borrower = run(
        runtime,
        &ContainerSpec {
            volumes_from: vec![(writer.clone(), true)],
            ..shell(&name, "borrower", image, &sandbox, "cat /data/x")
        },
    )
    .await;
    assert_eq!(next_exit(&mut events, &borrower).await, 0);
    for id in [&reader, &borrower] {
        let logs = runtime.logs(id).await.expect("logs");
        assert!(text(&logs).contains("shared-volume"), "{logs:?}");
    }
    cleanup(runtime, &name, &[&volume]).await;
}

pub async fn applies_container_settings(runtime: &dyn ContainerRuntime, image: &str) {
    let name = unique("settings");
    let mut events = runtime.events().await.expect("events");
    let sandbox = sandbox_with(
        runtime,
        &name,
        SandboxSpec {
            network: NetworkSettings {
                hostname: Some("contract-host".to_owned()),
                extra_hosts: vec![("db.contract".to_owned(), "10.1.2.3".to_owned())],
                ..NetworkSettings::default()
            },
            ..SandboxSpec::default()
        },
    )
    .await;
    let script = "echo env=$GREETING; echo pwd=$(pwd); echo uid=$(id -u); \
                  echo nofile=$(ulimit -n); touch /rootfs-file 2>/dev/null && echo rootfs=rw \
                  || echo rootfs=ro; touch /scratch/x && echo tmpfs=ok; \
                  grep -q db.contract /etc/hosts && echo hosts=ok; echo host=$(hostname); \
                  echo label=$(cat /proc/1/comm)";
    let id = run(
        runtime,
        &ContainerSpec {
            env: vec![("GREETING".into(), "hi there".into())],
            working_dir: Some("/tmp".into()),
            user: Some("65534".into()),
            ulimits: vec![Ulimit {
                name: "nofile".into(),
                soft: 512,
                hard: 512,
            }],
            readonly_rootfs: true,
            tmpfs: vec![Tmpfs {
                path: "/scratch".into(),
                size_mib: 8,
                options: vec!["mode=1777".into()],
            }],
            init: true,
            ..shell(&name, "main", image, &sandbox, script)
        },
    )
    .await;
    assert_eq!(next_exit(&mut events, &id).await, 0);
    let logs = text(&runtime.logs(&id).await.expect("logs"));
    for expected in [
        "env=hi there",
        "pwd=/tmp",
        "uid=65534",
        "nofile=512",
        "rootfs=ro",
        "tmpfs=ok",
        "hosts=ok",
        "host=contract-host",
    ] {
        assert!(
            logs.contains(expected),
            "{expected:?} missing from:\n{logs}"
        );
    }
    assert!(
        !logs.contains("label=sh"),
        "with init, PID 1 is the init process, not the shell:\n{logs}"
    );
    cleanup(runtime, &name, &[]).await;
}

pub async fn forwards_sigterm_with_init(runtime: &dyn ContainerRuntime, image: &str) {
    let name = unique("sigterm");
    let mut events = runtime.events().await.expect("events");
    let sandbox = sandbox(runtime, &name).await;
    let id = run(
        runtime,
        &ContainerSpec {
            init: true,
            command: Some(vec!["sleep".into(), "600".into()]),
            ..shell(&name, "main", image, &sandbox, "")
        },
    )
    .await;
    runtime
        .stop_container(&id, Duration::from_secs(30))
        .await
        .expect("stop");
    assert_eq!(
        next_exit(&mut events, &id).await,
        143,
        "SIGTERM reached the process, so it did not wait for SIGKILL"
    );
    cleanup(runtime, &name, &[]).await;
}

#[cfg(test)]
mod fake_keeps_the_contract {
    use crate::fake::FakeRuntime;

    fn fake() -> Box<FakeRuntime> {
        let fake = FakeRuntime::new();
        fake.add_local_image("busybox:latest");
        Box::new(fake)
    }

    crate::runtime_contract!(Some(fake()), "busybox:latest");
}
