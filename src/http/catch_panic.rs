//! Turns a panic while serving a request into a `ServerException`, so a bug answers with an
//! AWS-shaped 500 instead of dropping the connection.

use std::panic::AssertUnwindSafe;
use std::task::{Context, Poll};

use futures::future::BoxFuture;
use futures::FutureExt;
use http::Request;
use tower::{Layer, Service};

use crate::error::EcsError;

#[derive(Debug, Clone, Copy, Default)]
pub(super) struct CatchPanicLayer;

impl<S> Layer<S> for CatchPanicLayer {
    type Service = CatchPanic<S>;

    fn layer(&self, inner: S) -> Self::Service {
        CatchPanic { inner }
    }
}

#[derive(Debug, Clone)]
pub(super) struct CatchPanic<S> {
    inner: S,
}

impl<S, B> Service<Request<B>> for CatchPanic<S>
where
    S: Service<Request<B>, Error = EcsError> + Send + 'static,
    S::Future: Send + 'static,
    S::Response: Send + 'static,
{
    type Response = S::Response;
    type Error = EcsError;
    type Future = BoxFuture<'static, Result<S::Response, EcsError>>;

    fn poll_ready(&mut self, cx: &mut Context<'_>) -> Poll<Result<(), EcsError>> {
        self.inner.poll_ready(cx)
    }

    fn call(&mut self, request: Request<B>) -> Self::Future {
        let future = match std::panic::catch_unwind(AssertUnwindSafe(|| self.inner.call(request))) {
            Ok(future) => future,
            Err(panic) => return Box::pin(async move { Err(panicked(&*panic)) }),
        };
        Box::pin(async move {
            AssertUnwindSafe(future)
                .catch_unwind()
                .await
                .unwrap_or_else(|panic| Err(panicked(&*panic)))
        })
    }
}

fn panicked(panic: &(dyn std::any::Any + Send)) -> EcsError {
    let what = panic
        .downcast_ref::<&str>()
        .map(|s| (*s).to_owned())
        .or_else(|| panic.downcast_ref::<String>().cloned())
        .unwrap_or_default();
    tracing::error!(panic = %what, "a request handler panicked");
    EcsError::server("An internal error occurred in ecsemu; the request was not completed.")
}

#[cfg(test)]
mod tests {
    use super::*;
    use tower::{service_fn, ServiceBuilder, ServiceExt};

    fn panics_when_called(_: Request<()>) -> std::future::Ready<Result<(), EcsError>> {
        panic!("boom before the future exists")
    }

    async fn panics_when_polled(_: Request<()>) -> Result<(), EcsError> {
        std::future::ready(()).await;
        panic!("boom inside the future")
    }

    #[tokio::test]
    async fn a_panicking_handler_becomes_a_server_exception() {
        let service = ServiceBuilder::new()
            .layer(CatchPanicLayer)
            .service(service_fn(panics_when_polled));
        let err = service.oneshot(Request::new(())).await.unwrap_err();
        assert_eq!(err.code(), "ServerException");
        assert_eq!(err.status(), 500);
        let service = ServiceBuilder::new()
            .layer(CatchPanicLayer)
            .service(service_fn(panics_when_called));
        let err = service.oneshot(Request::new(())).await.unwrap_err();
        assert_eq!(err.code(), "ServerException");
    }

    #[tokio::test]
    async fn normal_responses_pass_through() {
        let service = ServiceBuilder::new()
            .layer(CatchPanicLayer)
            .service(service_fn(
                |_: Request<()>| async move { Ok::<_, EcsError>(7) },
            ));
        assert_eq!(service.oneshot(Request::new(())).await.unwrap(), 7);
    }
}
