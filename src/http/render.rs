//! The one place an `EcsError` becomes a response: `{"__type": "<Code>", "message": "..."}`
//! with the error's status, for every error raised below this layer.

use std::convert::Infallible;
use std::task::{Context, Poll};

use bytes::Bytes;
use futures::future::BoxFuture;
use http::{header, HeaderValue, Request, Response, StatusCode};
use tower::{Layer, Service};

use super::{Body, JSON_CONTENT_TYPE};
use crate::error::{EcsError, ErrorKind};

#[derive(Debug, Clone, Copy, Default)]
pub(super) struct RenderErrorsLayer;

impl<S> Layer<S> for RenderErrorsLayer {
    type Service = RenderErrors<S>;

    fn layer(&self, inner: S) -> Self::Service {
        RenderErrors { inner }
    }
}

#[derive(Debug, Clone)]
pub(super) struct RenderErrors<S> {
    inner: S,
}

impl<S, B> Service<Request<B>> for RenderErrors<S>
where
    S: Service<Request<B>, Response = Response<Body>, Error = EcsError> + Send + 'static,
    S::Future: Send + 'static,
{
    type Response = Response<Body>;
    type Error = Infallible;
    type Future = BoxFuture<'static, Result<Response<Body>, Infallible>>;

    fn poll_ready(&mut self, cx: &mut Context<'_>) -> Poll<Result<(), Infallible>> {
        // An inner service that cannot take requests is answered for, request by request.
        match self.inner.poll_ready(cx) {
            Poll::Pending => Poll::Pending,
            Poll::Ready(_) => Poll::Ready(Ok(())),
        }
    }

    fn call(&mut self, request: Request<B>) -> Self::Future {
        let future = self.inner.call(request);
        Box::pin(async move { Ok(future.await.unwrap_or_else(|error| render(&error))) })
    }
}

/// The response for `error`.
pub(super) fn render(error: &EcsError) -> Response<Body> {
    if error.kind == ErrorKind::Server {
        tracing::error!(message = %error.message, "server error");
    }
    let mut body = serde_json::json!({
        "__type": error.code(),
        "message": error.message,
    });
    if error.kind == ErrorKind::Conflict {
        body["resourceIds"] = serde_json::json!(error.resource_ids);
    }
    let mut response = Response::new(Body::new(Bytes::from(body.to_string())));
    *response.status_mut() =
        StatusCode::from_u16(error.status()).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR);
    let headers = response.headers_mut();
    headers.insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static(JSON_CONTENT_TYPE),
    );
    headers.insert("x-amzn-ErrorType", HeaderValue::from_static(error.code()));
    response
}

#[cfg(test)]
mod tests {
    use super::*;
    use http_body_util::BodyExt;
    use tower::{service_fn, ServiceBuilder, ServiceExt};

    async fn body_json(response: Response<Body>) -> serde_json::Value {
        let bytes = response.into_body().collect().await.unwrap().to_bytes();
        serde_json::from_slice(&bytes).unwrap()
    }

    #[tokio::test]
    async fn errors_become_aws_json_errors() {
        let service = ServiceBuilder::new()
            .layer(RenderErrorsLayer)
            .service(service_fn(|_: Request<()>| async move {
                Err::<Response<Body>, _>(EcsError::cluster_not_found())
            }));
        let response = service.oneshot(Request::new(())).await.unwrap();
        assert_eq!(response.status(), 400);
        assert_eq!(
            response.headers()["x-amzn-ErrorType"],
            "ClusterNotFoundException"
        );
        let body = body_json(response).await;
        assert_eq!(body["__type"], "ClusterNotFoundException");
        assert_eq!(body["message"], "Cluster not found.");
    }

    #[tokio::test]
    async fn conflicts_carry_resource_ids() {
        let response = render(&EcsError::conflict("used", vec!["arn:x".into()]));
        let body = body_json(response).await;
        assert_eq!(body["resourceIds"], serde_json::json!(["arn:x"]));
    }

    #[tokio::test]
    async fn server_errors_are_500() {
        assert_eq!(render(&EcsError::server("x")).status(), 500);
    }
}
