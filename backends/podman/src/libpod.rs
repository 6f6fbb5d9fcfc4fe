//! libpod endpoints called by hand, over podman-api's own transport, where podman-api 0.11
//! sends what libpod does not understand:
//!
//! - Container creation: `ContainerCreateOptsBuilder`'s setter for `no_new_privileges` writes
//!   the misspelt key `no_new_privilages`, which libpod silently ignores, so
//!   `no-new-privileges` (an ECS `dockerSecurityOptions` value) could not be honoured, and the
//!   builder has no way to set a raw key. Building the JSON ourselves also keeps every field of
//!   the mapping visible and unit-tested (see `spec.rs`).
//! - Stopping: `ContainerStopOpts` sends the grace period as `Timeout`, which libpod ignores,
//!   so every stop waited the container's default 10 s before SIGKILL (measured on 4.3.1).

use std::path::{Path, PathBuf};

use containers_api::conn::hyper::body::Bytes;
use containers_api::conn::hyper::{self, header, Body, Method, Request};
use containers_api::conn::Transport;
use serde_json::Value;

use crate::error::libpod_message;

/// The API version prefix podman-api uses too; libpod serves every 4.x and 5.x path with it.
const API_PREFIX: &str = "/v4.3.1";

#[derive(Debug, Clone)]
pub(crate) struct Libpod {
    transport: Transport,
}

/// What container creation answers.
#[derive(Debug)]
pub(crate) struct Created {
    pub(crate) id: String,
    pub(crate) warnings: Vec<String>,
}

impl Libpod {
    pub(crate) fn unix(path: &Path) -> Self {
        Self {
            transport: Transport::Unix {
                client: hyper::Client::builder()
                    .pool_max_idle_per_host(0)
                    .build(containers_api::conn::get_unix_connector()),
                path: PathBuf::from(path),
            },
        }
    }

    /// Sends a POST and returns the body of a successful (2xx) answer; any other status is a
    /// `Fault`, as podman-api reports it, so that `Failure::of` classifies both alike.
    async fn post(&self, path: &str, json: Option<&Value>) -> Result<Bytes, podman_api::Error> {
        let uri = self.transport.make_uri(&format!("{API_PREFIX}{path}"))?;
        let request = Request::builder().method(Method::POST).uri(uri);
        let request = match json {
            Some(json) => request
                .header(header::CONTENT_TYPE, "application/json")
                .body(Body::from(json.to_string())),
            None => request.body(Body::empty()),
        }
        .map_err(containers_api::conn::Error::from)?;
        let response = self.transport.request(request).await?;
        let status = response.status();
        let body = hyper::body::to_bytes(response.into_body())
            .await
            .map_err(containers_api::conn::Error::from)?;
        if !status.is_success() {
            return Err(podman_api::Error::Fault {
                code: status,
                message: libpod_message(&body),
            });
        }
        Ok(body)
    }

    /// `POST /libpod/containers/{id}/stop`: SIGTERM (the container's stop signal), SIGKILL
    /// after `timeout` seconds. A container that is not running answers 304.
    pub(crate) async fn stop_container(
        &self,
        id: &str,
        timeout: u64,
    ) -> Result<(), podman_api::Error> {
        let path = format!("/libpod/containers/{id}/stop?timeout={timeout}");
        self.post(&path, None).await.map(drop)
    }

    /// `POST /libpod/containers/create` with a `SpecGenerator` body.
    pub(crate) async fn create_container(
        &self,
        spec: &Value,
    ) -> Result<Created, podman_api::Error> {
        let body = self.post("/libpod/containers/create", Some(spec)).await?;
        let created: Value = serde_json::from_slice(&body)?;
        let id = created
            .get("Id")
            .and_then(Value::as_str)
            .ok_or_else(|| {
                podman_api::Error::InvalidResponse(format!(
                    "container create answered without an id: {created}"
                ))
            })?
            .to_owned();
        let warnings = created
            .get("Warnings")
            .and_then(Value::as_array)
            .map(|w| {
                w.iter()
                    .filter_map(Value::as_str)
                    .map(str::to_owned)
                    .collect()
            })
            .unwrap_or_default();
        Ok(Created { id, warnings })
    }
}
