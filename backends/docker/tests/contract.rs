//! The shared runtime contract, against the real Docker daemon at /var/run/docker.sock.

use ecsemu_runtime::contract::runtime_under_test;
use ecsemu_runtime_docker::DockerRuntime;

async fn docker() -> Option<Box<DockerRuntime>> {
    runtime_under_test("docker", DockerRuntime::connect(None))
        .await
        .map(Box::new)
}

ecsemu_runtime::runtime_contract!(docker().await, "busybox:latest");
ecsemu_runtime::real_runtime_contract!(docker().await, "busybox:latest");
