//! The HTTP side: the tower stack every request goes through, and the server that runs it.
//!
//! Outermost first: request id, tracing, error rendering, panic catching, body limit and
//! timeout, signing-agnostic auth, routing. The request id and tracing sit outside the rest so
//! that every response, errors and panics included, carries an id and is logged with its
//! final status; errors are rendered in exactly one place, above everything that can fail.

mod auth;
mod catch_panic;
mod limit;
mod render;
mod request_id;
mod router;
mod server;
mod trace;

use std::time::Duration;

use bytes::Bytes;
use tower::util::BoxCloneSyncService;
use tower::ServiceBuilder;

pub use auth::AuthLayer;
pub use router::{Router, TARGET_PREFIX};
pub use server::serve;

/// Response bodies are always complete JSON documents.
pub type Body = http_body_util::Full<Bytes>;

pub const JSON_CONTENT_TYPE: &str = "application/x-amz-json-1.1";

/// The largest request body accepted (ECS's own limits are far smaller).
pub const MAX_BODY_BYTES: usize = 8 * 1024 * 1024;
/// The longest a request may take.
pub const REQUEST_TIMEOUT: Duration = Duration::from_secs(120);

/// The service every connection is served by.
pub type HttpService = BoxCloneSyncService<
    http::Request<hyper::body::Incoming>,
    http::Response<Body>,
    std::convert::Infallible,
>;

/// Builds the stack around `router`.
pub fn stack(router: Router, auth: AuthLayer) -> HttpService {
    BoxCloneSyncService::new(
        ServiceBuilder::new()
            .layer(request_id::RequestIdLayer)
            .layer(trace::TraceLayer)
            .layer(render::RenderErrorsLayer)
            .layer(catch_panic::CatchPanicLayer)
            .layer(limit::LimitLayer {
                max_body_bytes: MAX_BODY_BYTES,
                timeout: REQUEST_TIMEOUT,
            })
            .layer(auth)
            .service(router),
    )
}
