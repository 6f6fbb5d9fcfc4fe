//! The behaviour every `ContainerRuntime` must show, as checks a backend's tests run against it.
//!
//! A backend's test file calls `runtime_contract!(make_runtime().await, "busybox:latest");`,
//! which makes one `#[tokio::test]` per check. Each check uses labels unique to itself and
//! removes what it creates, so checks can run in parallel against one daemon.

use std::collections::BTreeMap;
use std::time::Duration;

use futures::StreamExt;

use crate::{
    labels, ContainerRuntime, ContainerSpec, ContainerStatus, EventKind, EventStream, NetworkMode,
    PortProtocol, PublishedPort, RuntimeError, SandboxSpec,
};

const EVENT_WAIT: Duration = Duration::from_secs(20);

/// Generates one test per contract check for the runtime that `$make` evaluates to (an
/// `Arc<dyn ContainerRuntime>` or anything that derefs to a `ContainerRuntime`).
#[macro_export]
macro_rules! runtime_contract {
    ($make:expr, $image:expr) => {
        #[tokio::test]
        async fn contract_reports_local_images() {
            $crate::contract::reports_local_images(&*$make, $image).await;
        }
        #[tokio::test]
        async fn contract_runs_a_container_to_its_exit_code() {
            $crate::contract::runs_a_container_to_its_exit_code(&*$make, $image).await;
        }
        #[tokio::test]
        async fn contract_stops_a_running_container() {
            $crate::contract::stops_a_running_container(&*$make, $image).await;
        }
        #[tokio::test]
        async fn contract_lists_by_label_and_removes() {
            $crate::contract::lists_by_label_and_removes(&*$make, $image).await;
        }
        #[tokio::test]
        async fn contract_keeps_logs_and_execs() {
            $crate::contract::keeps_logs_and_execs(&*$make, $image).await;
        }
        #[tokio::test]
        async fn contract_publishes_sandbox_ports() {
            $crate::contract::publishes_sandbox_ports(&*$make, $image).await;
        }
    };
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

fn labelled(name: &str) -> BTreeMap<String, String> {
    BTreeMap::from([
        (labels::INSTANCE.to_owned(), name.to_owned()),
        (labels::CONTAINER_NAME.to_owned(), "main".to_owned()),
    ])
}

fn shell(name: &str, image: &str, sandbox: &str, script: &str) -> ContainerSpec {
    ContainerSpec {
        name: name.to_owned(),
        image: image.to_owned(),
        command: Some(vec!["sh".into(), "-c".into(), script.to_owned()]),
        labels: labelled(name),
        network: NetworkMode::Sandbox(sandbox.to_owned()),
        ..ContainerSpec::default()
    }
}

async fn sandbox(runtime: &dyn ContainerRuntime, name: &str, ports: Vec<PublishedPort>) -> String {
    runtime
        .create_sandbox(&SandboxSpec {
            name: format!("{name}-sandbox"),
            labels: labelled(name),
            ports,
            ..SandboxSpec::default()
        })
        .await
        .expect("create_sandbox")
}

async fn next_exit(events: &mut EventStream, id: &str) -> i64 {
    let wait = async {
        while let Some(event) = events.next().await {
            if event.container_id == id {
                if let EventKind::Exited { exit_code, .. } = event.kind {
                    return Some(exit_code);
                }
            }
        }
        None
    };
    tokio::time::timeout(EVENT_WAIT, wait)
        .await
        .expect("no exit event in time")
        .expect("event stream ended")
}

async fn cleanup(runtime: &dyn ContainerRuntime, name: &str) {
    let found = runtime
        .list_containers(&[(labels::INSTANCE.to_owned(), name.to_owned())])
        .await
        .unwrap_or_default();
    for container in found {
        let _ = runtime.remove_container(&container.id).await;
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
    let sandbox = sandbox(runtime, &name, Vec::new()).await;
    let id = runtime
        .create_container(&shell(&name, image, &sandbox, "exit 3"))
        .await
        .expect("create_container");
    runtime.start_container(&id).await.expect("start_container");
    assert_eq!(next_exit(&mut events, &id).await, 3);
    let state = runtime.inspect_container(&id).await.expect("inspect");
    assert_eq!(state.status, ContainerStatus::Exited);
    assert_eq!(state.exit_code, Some(3));
    cleanup(runtime, &name).await;
}

pub async fn stops_a_running_container(runtime: &dyn ContainerRuntime, image: &str) {
    let name = unique("stop");
    let mut events = runtime.events().await.expect("events");
    let sandbox = sandbox(runtime, &name, Vec::new()).await;
    let id = runtime
        .create_container(&shell(&name, image, &sandbox, "sleep 600"))
        .await
        .expect("create_container");
    runtime.start_container(&id).await.expect("start_container");
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
    cleanup(runtime, &name).await;
}

pub async fn lists_by_label_and_removes(runtime: &dyn ContainerRuntime, image: &str) {
    let name = unique("list");
    let sandbox = sandbox(runtime, &name, Vec::new()).await;
    let id = runtime
        .create_container(&shell(&name, image, &sandbox, "sleep 600"))
        .await
        .expect("create_container");
    let label = [(labels::INSTANCE.to_owned(), name.clone())];
    let found = runtime.list_containers(&label).await.expect("list");
    assert!(found.iter().any(|c| c.id == id), "{found:?} lacks {id}");
    assert!(found.iter().any(|c| c.id == sandbox));
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
    cleanup(runtime, &name).await;
}

pub async fn keeps_logs_and_execs(runtime: &dyn ContainerRuntime, image: &str) {
    let name = unique("logs");
    let mut events = runtime.events().await.expect("events");
    let sandbox = sandbox(runtime, &name, Vec::new()).await;
    let printer = runtime
        .create_container(&shell(&name, image, &sandbox, "echo hello-from-contract"))
        .await
        .expect("create_container");
    runtime.start_container(&printer).await.expect("start");
    assert_eq!(next_exit(&mut events, &printer).await, 0);
    let logs = runtime.logs(&printer).await.expect("logs");
    assert!(
        logs.iter().any(|l| l.text.contains("hello-from-contract")),
        "{logs:?}"
    );
    let sleeper = runtime
        .create_container(&ContainerSpec {
            name: format!("{name}-sleeper"),
            ..shell(&name, image, &sandbox, "sleep 600")
        })
        .await
        .expect("create_container");
    runtime.start_container(&sleeper).await.expect("start");
    let out = runtime
        .exec(&sleeper, &["sh".into(), "-c".into(), "echo exec-ok".into()])
        .await
        .expect("exec");
    assert_eq!(out.exit_code, 0);
    assert!(out.output.contains("exec-ok"), "{out:?}");
    cleanup(runtime, &name).await;
}

pub async fn publishes_sandbox_ports(runtime: &dyn ContainerRuntime, _image: &str) {
    let name = unique("ports");
    let sandbox = sandbox(
        runtime,
        &name,
        vec![PublishedPort {
            container_port: 8080,
            host_port: None,
            protocol: PortProtocol::Tcp,
            host_ip: "127.0.0.1".to_owned(),
        }],
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
    cleanup(runtime, &name).await;
}

#[cfg(test)]
mod fake_keeps_the_contract {
    use crate::fake::FakeRuntime;

    fn fake() -> Box<FakeRuntime> {
        let fake = FakeRuntime::new();
        fake.add_local_image("busybox:latest");
        Box::new(fake)
    }

    crate::runtime_contract!(fake(), "busybox:latest");
}
