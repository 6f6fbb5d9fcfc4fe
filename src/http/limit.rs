//! Reads the request body up to a size limit and bounds how long a request may take. Below this
//! layer requests carry their whole body as `Bytes`.

use std::task::{Context, Poll};
use std::time::Duration;

use bytes::Bytes;
use futures::future::BoxFuture;
use http::Request;
use http_body_util::{BodyExt, Limited};
use tower::{Layer, Service};

use crate::error::{EcsError, ErrorKind};

#[derive(Debug, Clone, Copy)]
pub(super) struct LimitLayer {
    pub max_body_bytes: usize,
    pub timeout: Duration,
}

impl<S> Layer<S> for LimitLayer {
    type Service = Limit<S>;

    fn layer(&self, inner: S) -> Self::Service {
        Limit {
            inner,
            limits: *self,
        }
    }
}

#[derive(Debug, Clone)]
pub(super) struct Limit<S> {
    inner: S,
    limits: LimitLayer,
}

impl<S, B> Service<Request<B>> for Limit<S>
where
    S: Service<Request<Bytes>, Error = EcsError> + Clone + Send + 'static,
    S::Future: Send,
    S::Response: Send,
    B: http_body::Body + Send + 'static,
    B::Data: Send,
    B::Error: std::error::Error + Send + Sync + 'static,
{
    type Response = S::Response;
    type Error = EcsError;
    type Future = BoxFuture<'static, Result<S::Response, EcsError>>;

    fn poll_ready(&mut self, cx: &mut Context<'_>) -> Poll<Result<(), EcsError>> {
        self.inner.poll_ready(cx)
    }

    fn call(&mut self, request: Request<B>) -> Self::Future {
        let mut inner = self.inner.clone();
        std::mem::swap(&mut inner, &mut self.inner);
        let LimitLayer {
            max_body_bytes,
            timeout,
        } = self.limits;
        Box::pin(async move {
            let served = async move {
                let (parts, body) = request.into_parts();
                let bytes = Limited::new(body, max_body_bytes)
                    .collect()
                    .await
                    .map_err(|error| {
                        if error.is::<http_body_util::LengthLimitError>() {
                            EcsError::new(
                                ErrorKind::RequestTooLarge,
                                format!("The request body exceeds {max_body_bytes} bytes."),
                            )
                        } else {
                            EcsError::new(
                                ErrorKind::Serialization,
                                format!("The request body could not be read: {error}"),
                            )
                        }
                    })?
                    .to_bytes();
                inner.call(Request::from_parts(parts, bytes)).await
            };
            tokio::time::timeout(timeout, served)
                .await
                .unwrap_or_else(|_| Err(EcsError::server("The request timed out.")))
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use http_body_util::Full;
    use tower::{service_fn, ServiceBuilder, ServiceExt};

    fn service(
        timeout: Duration,
    ) -> impl Service<Request<Full<Bytes>>, Response = usize, Error = EcsError> {
        ServiceBuilder::new()
            .layer(LimitLayer {
                max_body_bytes: 8,
                timeout,
            })
            .service(service_fn(|request: Request<Bytes>| async move {
                if request.body().as_ref() == b"slow" {
                    tokio::time::sleep(Duration::from_secs(60)).await;
                }
                Ok::<_, EcsError>(request.body().len())
            }))
    }

    #[tokio::test]
    async fn small_bodies_pass_whole() {
        let request = Request::new(Full::new(Bytes::from_static(b"{}")));
        assert_eq!(
            service(Duration::from_secs(5))
                .oneshot(request)
                .await
                .unwrap(),
            2
        );
    }

    #[tokio::test]
    async fn large_bodies_are_refused() {
        let request = Request::new(Full::new(Bytes::from_static(b"0123456789")));
        let err = service(Duration::from_secs(5))
            .oneshot(request)
            .await
            .unwrap_err();
        assert_eq!(err.status(), 413);
    }

    #[tokio::test(start_paused = true)]
    async fn slow_requests_time_out() {
        let request = Request::new(Full::new(Bytes::from_static(b"slow")));
        let err = service(Duration::from_secs(1))
            .oneshot(request)
            .await
            .unwrap_err();
        assert_eq!(err.code(), "ServerException");
    }
}
