//! Checks of this backend beyond the shared contract, against both CLIs.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use ecsemu_runtime::contract::runtime_under_test;
use ecsemu_runtime::{
    labels, ContainerRuntime, ContainerSpec, ContainerStatus, EventKind, EventStream, LogStream,
    NetworkMode, ResourceLimits, RuntimeError, SandboxSpec,
};
use ecsemu_runtime_cli::CliRuntime;
use futures::StreamExt;

const IMAGE: &str = "busybox:latest";

async fn cli(name: &str) -> Option<CliRuntime> {
    let binary = CliRuntime::find(name);
    runtime_under_test(&format!("cli-{name}"), async move {
        match binary {
            Some(binary) => CliRuntime::connect(&binary).await,
            None => Err(RuntimeError::Unreachable(format!(
                "no {name} binary on PATH"
            ))),
        }
    })
    .await
}

fn unique(check: &str) -> String {
    format!(
        "ecsemu-cli-{check}-{}-{:x}",
        std::process::id(),
        std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map(|d| d.as_nanos())
            .unwrap_or_default()
    )
}

fn labelled(name: &str) -> BTreeMap<String, String> {
    BTreeMap::from([(labels::INSTANCE.to_owned(), name.to_owned())])
}

fn shell(name: &str, script: &str) -> ContainerSpec {
    ContainerSpec {
        name: format!("{name}-main"),
        image: IMAGE.to_owned(),
        command: Some(vec!["sh".into(), "-c".into(), script.to_owned()]),
        labels: labelled(name),
        ..ContainerSpec::default()
    }
}

async fn cleanup(runtime: &CliRuntime, name: &str) {
    let found = runtime
        .list_containers(&[(labels::INSTANCE.to_owned(), name.to_owned())])
        .await
        .unwrap_or_default();
    for container in found {
        let _ = runtime.remove_container(&container.id).await;
    }
}

/// Runs the CLI directly, as an operator would behind the emulator's back.
fn cli_directly(binary: &str, args: &[&str]) -> std::process::Output {
    std::process::Command::new(CliRuntime::find(binary).expect("binary"))
        .args(args)
        // podman's conmon writes `oom` files into its working directory.
        .current_dir(std::env::temp_dir())
        .output()
        .expect("run the CLI")
}

async fn next_exit(events: &mut EventStream, id: &str) -> (i64, bool) {
    let wait = async {
        while let Some(event) = events.next().await {
            if let (
                true,
                EventKind::Exited {
                    exit_code,
                    oom_killed,
                },
            ) = (event.container_id == id, &event.kind)
            {
                return Some((*exit_code, *oom_killed));
            }
        }
        None
    };
    tokio::time::timeout(Duration::from_secs(30), wait)
        .await
        .expect("an exit event in time")
        .expect("the stream stays open")
}

async fn killed_from_outside_exits_137(runtime: &CliRuntime, binary: &str) {
    let name = unique("kill");
    let mut events = runtime.events().await.expect("events");
    let id = runtime
        .create_container(&shell(&name, "sleep 600"))
        .await
        .expect("create");
    runtime.start_container(&id).await.expect("start");
    let killed = Instant::now();
    let output = cli_directly(binary, &["kill", &id]);
    assert!(output.status.success(), "{output:?}");
    assert_eq!(next_exit(&mut events, &id).await, (137, false));
    let took = killed.elapsed();
    assert!(
        took < Duration::from_secs(3),
        "the exit took {took:?} to arrive"
    );
    let state = runtime.inspect_container(&id).await.expect("inspect");
    assert_eq!(state.status, ContainerStatus::Exited);
    assert_eq!(state.exit_code, Some(137));
    cleanup(runtime, &name).await;
}

async fn imports_the_pause_image_when_absent(runtime: CliRuntime, binary: &str) {
    let name = unique("pause");
    // An image of its own, so removing it cannot disturb tests sharing the real one.
    let image = format!(
        "ecsemu-test/pause:{}",
        name.rsplit('-').next().unwrap_or("x")
    );
    let runtime = runtime.with_pause_image(&image);
    assert!(!runtime.image_present(&image).await.expect("image_present"));
    let sandbox = runtime
        .create_sandbox(&SandboxSpec {
            name: format!("{name}-sandbox"),
            labels: labelled(&name),
            ..SandboxSpec::default()
        })
        .await
        .expect("create_sandbox imports the image");
    assert!(runtime.image_present(&image).await.expect("image_present"));
    let state = runtime.inspect_container(&sandbox).await.expect("inspect");
    assert_eq!(state.status, ContainerStatus::Running);
    cleanup(&runtime, &name).await;
    let removed = cli_directly(binary, &["rmi", &image]);
    assert!(removed.status.success(), "{removed:?}");
}

async fn reports_missing_things(runtime: &CliRuntime, _binary: &str) {
    let name = unique("missing");
    let missing_image = ContainerSpec {
        image: "ecsemu-contract/never-built:missing".to_owned(),
        ..shell(&name, "true")
    };
    assert!(
        matches!(
            runtime.create_container(&missing_image).await,
            Err(RuntimeError::ImageNotFound(_))
        ),
        "creating from a missing image"
    );
    let flag_like = ContainerSpec {
        image: "--privileged".to_owned(),
        ..shell(&name, "true")
    };
    assert!(
        runtime.create_container(&flag_like).await.is_err(),
        "an image name is never taken for a flag"
    );
    let gone = "ecsemu-no-such-container";
    let not_found = |result: Result<(), RuntimeError>, what: &str| {
        assert_eq!(
            result,
            Err(RuntimeError::ContainerNotFound(gone.to_owned())),
            "{what}"
        );
    };
    not_found(runtime.start_container(gone).await, "start");
    not_found(
        runtime.stop_container(gone, Duration::from_secs(1)).await,
        "stop",
    );
    not_found(runtime.inspect_container(gone).await.map(drop), "inspect");
    not_found(runtime.logs(gone).await.map(drop), "logs");
    not_found(runtime.exec(gone, &["true".into()]).await.map(drop), "exec");
    runtime
        .remove_container(gone)
        .await
        .expect("remove missing");
    runtime
        .remove_volume("ecsemu-no-such-volume")
        .await
        .expect("remove missing volume");
    cleanup(runtime, &name).await;
}

async fn execs_and_logs_keep_both_streams(runtime: &CliRuntime, _binary: &str) {
    let name = unique("streams");
    let mut events = runtime.events().await.expect("events");
    let printer = runtime
        .create_container(&shell(&name, "echo to-out; echo to-err >&2; exit 4"))
        .await
        .expect("create");
    runtime.start_container(&printer).await.expect("start");
    assert_eq!(next_exit(&mut events, &printer).await, (4, false));
    let logs = runtime.logs(&printer).await.expect("logs");
    let stream_of = |text: &str| logs.iter().find(|l| l.text == text).map(|l| l.stream);
    assert_eq!(stream_of("to-out"), Some(LogStream::Stdout), "{logs:?}");
    assert_eq!(stream_of("to-err"), Some(LogStream::Stderr), "{logs:?}");
    assert!(
        matches!(
            runtime.exec(&printer, &["true".into()]).await,
            Err(RuntimeError::Rejected(_))
        ),
        "exec in a stopped container"
    );
    let sleeper = runtime
        .create_container(&ContainerSpec {
            name: format!("{name}-sleeper"),
            ..shell(&name, "sleep 600")
        })
        .await
        .expect("create");
    runtime.start_container(&sleeper).await.expect("start");
    let out = runtime
        .exec(
            &sleeper,
            &[
                "sh".into(),
                "-c".into(),
                "echo a; echo b >&2; exit 7".into(),
            ],
        )
        .await
        .expect("exec");
    assert_eq!(out.exit_code, 7);
    assert!(
        out.output.contains('a') && out.output.contains('b'),
        "{out:?}"
    );
    let missing = runtime
        .exec(&sleeper, &["/no/such/binary".into()])
        .await
        .expect("a missing command is the command's failure");
    assert!(
        missing.exit_code == 126 || missing.exit_code == 127,
        "{missing:?}"
    );
    cleanup(runtime, &name).await;
}

async fn reports_oom_kills(runtime: &CliRuntime, binary: &str) {
    let name = unique("oom");
    let mut events = runtime.events().await.expect("events");
    let id = runtime
        .create_container(&ContainerSpec {
            limits: ResourceLimits {
                memory_bytes: Some(16 << 20),
                ..ResourceLimits::default()
            },
            network: NetworkMode::None,
            // `tail` keeps looking for a newline that never comes, buffering everything. It
            // waits a moment first: dockerd 20.10 was seen to report an OOM kill in a
            // container's first milliseconds as a plain SIGKILL.
            ..shell(&name, "sleep 1; tail /dev/zero")
        })
        .await
        .expect("create");
    runtime.start_container(&id).await.expect("start");
    let (code, oom_killed) = next_exit(&mut events, &id).await;
    assert_eq!(code, 137);
    let state = runtime.inspect_container(&id).await.expect("inspect");
    // Podman 4.3 on cgroup v1 never learns that the kernel's OOM killer struck.
    if binary == "docker" {
        assert!(oom_killed, "the exit event says OOM");
        assert!(state.oom_killed, "inspect says OOM");
    }
    assert_eq!(oom_killed, state.oom_killed);
    cleanup(runtime, &name).await;
}

async fn describes_itself(runtime: &CliRuntime, binary: &str) {
    let info = runtime.info().await.expect("info");
    assert_eq!(info.name, format!("cli:{binary}"));
    assert!(!info.version.is_empty());
    assert!(info.cpus > 0 && info.memory_bytes > 0, "{info:?}");
}

/// A script standing in for `binary`: `body` runs with `$REAL` set to the real one.
fn wrapper(binary: &str, body: &str) -> PathBuf {
    use std::os::unix::fs::PermissionsExt;
    let real = CliRuntime::find(binary).expect("binary");
    let path = std::env::temp_dir().join(unique(&format!("{binary}-wrapper")));
    std::fs::write(
        &path,
        format!("#!/bin/sh\nREAL={}\n{body}\n", real.display()),
    )
    .expect("write wrapper");
    std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o755)).expect("chmod");
    path
}

async fn events_end_with_their_child(binary: &str) {
    // `events` fails by itself a second from now, as when a daemon goes away.
    let script = wrapper(
        binary,
        r#"if [ "$1" = events ]; then "$REAL" "$@" --until "$(($(date +%s) + 1))"; exit 3; fi
exec "$REAL" "$@""#,
    );
    let runtime = CliRuntime::connect(&script).await.expect("connect");
    let mut events = runtime.events().await.expect("events");
    // Other tests' containers may still show up before the end.
    let ended = tokio::time::timeout(Duration::from_secs(10), async {
        while events.next().await.is_some() {}
    })
    .await;
    let _ = std::fs::remove_file(&script);
    assert!(ended.is_ok(), "the stream ended with its child");
}

/// Podman's `events` exits successfully when Podman rotates its event log; the stream goes on.
async fn events_outlive_podman_log_rotations(binary: &str) {
    let marker = std::env::temp_dir().join(unique("rotated"));
    let script = wrapper(
        binary,
        &format!(
            r#"if [ "$1" = events ] && [ ! -e {marker} ]; then
  touch {marker}; exec "$REAL" "$@" --until "$(($(date +%s) + 1))"
fi
exec "$REAL" "$@""#,
            marker = marker.display()
        ),
    );
    let runtime = CliRuntime::connect(&script).await.expect("connect");
    let mut events = runtime.events().await.expect("events");
    let name = unique("rotation");
    let id = runtime
        .create_container(&shell(&name, "sleep 3; exit 5"))
        .await
        .expect("create");
    runtime.start_container(&id).await.expect("start");
    // The first child is long gone when the container exits.
    let exit = next_exit(&mut events, &id).await;
    let restarted = marker.exists();
    cleanup(&runtime, &name).await;
    let _ = std::fs::remove_file(&script);
    let _ = std::fs::remove_file(&marker);
    assert!(restarted, "the first events child ran");
    assert_eq!(exit, (5, false));
}

async fn dropping_events_kills_the_child(binary: &str) {
    let pid_file = std::env::temp_dir().join(unique(&format!("{binary}-events-pid")));
    let script = wrapper(
        binary,
        &format!(
            r#"[ "$1" = events ] && echo $$ > {}
exec "$REAL" "$@""#,
            pid_file.display()
        ),
    );
    let runtime = CliRuntime::connect(&script).await.expect("connect");
    let events = runtime.events().await.expect("events");
    let mut pid = None;
    for _ in 0..500 {
        pid = std::fs::read_to_string(&pid_file)
            .ok()
            .and_then(|text| text.trim().parse::<u32>().ok());
        if pid.is_some() {
            break;
        }
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
    let proc_dir = PathBuf::from(format!("/proc/{}", pid.expect("the child wrote its pid")));
    assert!(proc_dir.exists(), "the events child runs");
    drop(events);
    let mut gone = false;
    for _ in 0..100 {
        // Reaped, or at least dead (a zombie until the runtime's reaper gets to it).
        gone = std::fs::read_to_string(proc_dir.join("stat"))
            .map_or(true, |stat| stat.contains(") Z "));
        if gone {
            break;
        }
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
    let _ = std::fs::remove_file(&script);
    let _ = std::fs::remove_file(&pid_file);
    assert!(gone, "the events child was killed with its stream");
}

async fn unreachable_when_nothing_answers(binary: &str) {
    let flags = match binary {
        "docker" => "-H unix:///nonexistent/docker.sock",
        _ => "--url unix:///nonexistent/podman.sock",
    };
    let script = wrapper(binary, &format!(r#"exec "$REAL" {flags} "$@""#));
    let connected = CliRuntime::connect(&script).await;
    let _ = std::fs::remove_file(&script);
    assert!(
        matches!(connected, Err(RuntimeError::Unreachable(_))),
        "{connected:?}"
    );
    for not_a_runtime in [Path::new("/bin/true"), Path::new("/nonexistent/docker")] {
        let connected = CliRuntime::connect(not_a_runtime).await;
        assert!(
            matches!(connected, Err(RuntimeError::Unreachable(_))),
            "{}: {connected:?}",
            not_a_runtime.display()
        );
    }
}

macro_rules! checks {
    ($binary:literal) => {
        use super::*;

        #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
        async fn killed_from_outside_exits_137() {
            if let Some(runtime) = cli($binary).await {
                super::killed_from_outside_exits_137(&runtime, $binary).await;
            }
        }

        #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
        async fn imports_the_pause_image_when_absent() {
            if let Some(runtime) = cli($binary).await {
                super::imports_the_pause_image_when_absent(runtime, $binary).await;
            }
        }

        #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
        async fn reports_missing_things() {
            if let Some(runtime) = cli($binary).await {
                super::reports_missing_things(&runtime, $binary).await;
            }
        }

        #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
        async fn execs_and_logs_keep_both_streams() {
            if let Some(runtime) = cli($binary).await {
                super::execs_and_logs_keep_both_streams(&runtime, $binary).await;
            }
        }

        #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
        async fn reports_oom_kills() {
            if let Some(runtime) = cli($binary).await {
                super::reports_oom_kills(&runtime, $binary).await;
            }
        }

        #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
        async fn describes_itself() {
            if let Some(runtime) = cli($binary).await {
                super::describes_itself(&runtime, $binary).await;
            }
        }

        #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
        async fn events_end_with_their_child() {
            if cli($binary).await.is_some() {
                super::events_end_with_their_child($binary).await;
            }
        }

        #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
        async fn dropping_events_kills_the_child() {
            if cli($binary).await.is_some() {
                super::dropping_events_kills_the_child($binary).await;
            }
        }

        #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
        async fn unreachable_when_nothing_answers() {
            if cli($binary).await.is_some() {
                super::unreachable_when_nothing_answers($binary).await;
            }
        }
    };
}

mod docker {
    checks!("docker");
}

mod podman {
    checks!("podman");

    #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
    async fn events_outlive_log_rotations() {
        if cli("podman").await.is_some() {
            super::events_outlive_podman_log_rotations("podman").await;
        }
    }
}
