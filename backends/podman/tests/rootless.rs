//! The shared runtime contract against a rootless Podman service, plus what is particular to
//! rootless Podman on cgroup v1.

use ecsemu_runtime::contract::runtime_under_test;
use ecsemu_runtime::ContainerRuntime;

/// Where the rootless service listens unless `ECSEMU_PODMAN_ROOTLESS_SOCKET` says otherwise.
const DEFAULT_SOCKET: &str = "/tmp/ecsemu-xdg-1001/podman/podman.sock";

async fn podman() -> Option<ecsemu_runtime_podman::PodmanRuntime> {
    let socket = std::env::var("ECSEMU_PODMAN_ROOTLESS_SOCKET")
        .unwrap_or_else(|_| DEFAULT_SOCKET.to_owned());
    runtime_under_test(
        "podman-rootless",
        ecsemu_runtime_podman::PodmanRuntime::connect(&socket),
    )
    .await
}

// The contract macros want something that derefs to the runtime.
ecsemu_runtime::runtime_contract!(podman().await.map(Box::new), "busybox:latest");
ecsemu_runtime::real_runtime_contract!(podman().await.map(Box::new), "busybox:latest");

#[tokio::test]
async fn reports_itself_as_rootless() {
    let Some(runtime) = podman().await else {
        return;
    };
    let info = runtime.info().await.expect("info");
    assert_eq!(info.name, "podman-rootless");
    assert!(info.cpus > 0 && info.memory_bytes > 0, "{info:?}");
    let cgroup_v1 = std::fs::metadata("/sys/fs/cgroup/cgroup.controllers").is_err();
    assert_eq!(
        info.limits_enforced, !cgroup_v1,
        "rootless podman enforces limits exactly on cgroup v2: {info:?}"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn runs_containers_whose_limits_it_cannot_enforce() {
    use std::collections::BTreeMap;

    use ecsemu_runtime::{labels, ContainerSpec, EventKind, NetworkMode, ResourceLimits};
    use futures::StreamExt;

    let Some(runtime) = podman().await else {
        return;
    };
    let name = format!("ecsemu-rootless-limits-{}", std::process::id());
    let labelled = BTreeMap::from([(labels::INSTANCE.to_owned(), name.clone())]);
    let mut events = runtime.events().await.expect("events");
    let id = runtime
        .create_container(&ContainerSpec {
            name: name.clone(),
            image: "busybox:latest".into(),
            command: Some(vec!["true".into()]),
            labels: labelled,
            network: NetworkMode::None,
            limits: ResourceLimits {
                cpu_shares: Some(256),
                nano_cpus: Some(500_000_000),
                memory_bytes: Some(64 << 20),
                memory_reservation_bytes: Some(32 << 20),
            },
            ..ContainerSpec::default()
        })
        .await
        .expect("limits never fail creation");
    runtime.start_container(&id).await.expect("start");
    let exit = tokio::time::timeout(std::time::Duration::from_secs(30), async {
        while let Some(event) = events.next().await {
            if event.container_id == id {
                if let EventKind::Exited { exit_code, .. } = event.kind {
                    return Some(exit_code);
                }
            }
        }
        None
    })
    .await
    .expect("an exit in time");
    assert_eq!(exit, Some(0));
    runtime.remove_container(&id).await.expect("remove");
}
