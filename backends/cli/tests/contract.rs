//! The shared runtime contract, against both CLIs this machine may have.

use ecsemu_runtime::contract::runtime_under_test;
use ecsemu_runtime_cli::CliRuntime;

/// The runtime behind the `name` binary on PATH, or `None` (and a loud skip) without one,
/// unless `ECSEMU_REQUIRE_RUNTIMES` requires `cli-<name>`.
async fn cli(name: &str) -> Option<Box<CliRuntime>> {
    let binary = CliRuntime::find(name);
    runtime_under_test(&format!("cli-{name}"), async move {
        match binary {
            Some(binary) => CliRuntime::connect(&binary).await,
            None => Err(ecsemu_runtime::RuntimeError::Unreachable(format!(
                "no {name} binary on PATH"
            ))),
        }
    })
    .await
    .map(Box::new)
}

mod docker {
    ecsemu_runtime::runtime_contract!(super::cli("docker").await, "busybox:latest");
    ecsemu_runtime::real_runtime_contract!(super::cli("docker").await, "busybox:latest");
}

mod podman {
    ecsemu_runtime::runtime_contract!(super::cli("podman").await, "busybox:latest");
    ecsemu_runtime::real_runtime_contract!(super::cli("podman").await, "busybox:latest");
}
