//! The shared runtime contract against the rootful Podman service.

use ecsemu_runtime::contract::runtime_under_test;

async fn podman() -> Option<ecsemu_runtime_podman::PodmanRuntime> {
    runtime_under_test(
        "podman",
        ecsemu_runtime_podman::PodmanRuntime::connect("/run/podman/podman.sock"),
    )
    .await
}

// The contract macros want something that derefs to the runtime.
ecsemu_runtime::runtime_contract!(podman().await.map(Box::new), "busybox:latest");
ecsemu_runtime::real_runtime_contract!(podman().await.map(Box::new), "busybox:latest");
