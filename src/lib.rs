//! ecsemu: a local emulator of Amazon ECS.
//!
//! `http` is the tower stack and server, `wire` the AWS JSON 1.1 types generated from the
//! service model, `ops` one function per ECS operation, `control` the resources, rules and the
//! reconciler that drives the container runtime (`ecsemu_runtime::ContainerRuntime`).

pub mod config;
pub mod control;
pub mod error;
pub mod http;
pub mod introspect;
pub mod ops;
pub mod runtime;
pub mod wire;

use std::future::Future;
use std::sync::Arc;

use ecsemu_runtime::ContainerRuntime;
use runtime::{Guarded, RuntimeTimeouts};
use tokio::net::TcpListener;
use tokio::task::JoinHandle;

use control::{ControlPlane, PlaneConfig};

/// What an emulator needs besides its runtime.
#[derive(Debug, Clone)]
pub struct Settings {
    pub default_account: String,
    pub default_region: String,
    /// What `/_ecsemu/health` names as the runtime until the runtime has described itself.
    pub runtime_name: String,
    pub plane: PlaneConfig,
    /// How long each runtime call may take.
    pub runtime_timeouts: RuntimeTimeouts,
}

impl Default for Settings {
    fn default() -> Self {
        Self {
            default_account: "000000000000".to_owned(),
            default_region: "us-east-1".to_owned(),
            runtime_name: "none".to_owned(),
            plane: PlaneConfig::default(),
            runtime_timeouts: RuntimeTimeouts::default(),
        }
    }
}

/// A running emulator: its state, its HTTP service and its reconciler.
pub struct App {
    pub plane: Arc<ControlPlane>,
    pub service: http::HttpService,
    runtime: Arc<dyn ContainerRuntime>,
    reconciler: JoinHandle<()>,
}

/// Builds an emulator on `runtime` and starts its reconciler (call inside a Tokio runtime).
/// `runtime` may still be being chosen (`runtime::Deferred`): the server answers at once, and
/// work that needs the runtime waits for it.
pub fn app(settings: Settings, runtime: Arc<dyn ContainerRuntime>) -> App {
    let runtime: Arc<dyn ContainerRuntime> =
        Arc::new(Guarded::new(runtime, settings.runtime_timeouts));
    let (plane, nudges) = ControlPlane::new(settings.plane);
    let plane = Arc::new(plane);
    let reconciler = control::reconciler::spawn(plane.clone(), runtime.clone(), nudges);
    let runtime_name = Arc::new(parking_lot::RwLock::new(settings.runtime_name));
    tokio::spawn(name_when_described(runtime.clone(), runtime_name.clone()));
    let router = http::Router {
        plane: plane.clone(),
        runtime: runtime.clone(),
        runtime_name,
    };
    let auth = http::AuthLayer {
        default_account: settings.default_account,
        default_region: settings.default_region,
    };
    App {
        plane,
        service: http::stack(router, auth),
        runtime,
        reconciler,
    }
}

/// Names the runtime in the health check once it has described itself.
async fn name_when_described(
    runtime: Arc<dyn ContainerRuntime>,
    name: Arc<parking_lot::RwLock<String>>,
) {
    if let Ok(info) = runtime.info().await {
        *name.write() = info.name;
    }
}

impl App {
    /// Serves until `shutdown` completes, then stops the reconciler and removes the
    /// containers of tasks still running (their state dies with the process). A runtime that
    /// was never chosen has none to remove.
    pub async fn serve(self, listener: TcpListener, shutdown: impl Future<Output = ()>) {
        http::serve(listener, self.service, shutdown).await;
        self.reconciler.abort();
        control::reconciler::remove_instance_containers_if_chosen(
            self.runtime.as_ref(),
            &self.plane.config.instance_id,
        )
        .await;
    }
}
