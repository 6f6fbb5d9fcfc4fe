//! Gives every request an id, sent back as `x-amzn-RequestId` on every response (errors
//! included) and available to inner layers as a request extension.

use std::task::{Context, Poll};

use futures::future::BoxFuture;
use http::{HeaderValue, Request, Response};
use tower::{Layer, Service};

/// The id of the request being served.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) struct RequestId(pub String);

pub(super) const HEADER: &str = "x-amzn-RequestId";

#[derive(Debug, Clone, Copy, Default)]
pub(super) struct RequestIdLayer;

impl<S> Layer<S> for RequestIdLayer {
    type Service = RequestIdService<S>;

    fn layer(&self, inner: S) -> Self::Service {
        RequestIdService { inner }
    }
}

#[derive(Debug, Clone)]
pub(super) struct RequestIdService<S> {
    inner: S,
}

impl<S, B, R> Service<Request<B>> for RequestIdService<S>
where
    S: Service<Request<B>, Response = Response<R>> + Clone + Send + 'static,
    S::Future: Send,
    B: Send + 'static,
{
    type Response = Response<R>;
    type Error = S::Error;
    type Future = BoxFuture<'static, Result<Self::Response, Self::Error>>;

    fn poll_ready(&mut self, cx: &mut Context<'_>) -> Poll<Result<(), Self::Error>> {
        self.inner.poll_ready(cx)
    }

    fn call(&mut self, mut request: Request<B>) -> Self::Future {
        // From the thread-local generator: `Uuid::new_v4` asks the kernel for randomness on
        // every call, a syscall per request.
        let id = uuid::Builder::from_random_bytes(rand::random())
            .into_uuid()
            .to_string();
        request.extensions_mut().insert(RequestId(id.clone()));
        let future = self.inner.call(request);
        Box::pin(async move {
            let mut response = future.await?;
            if let Ok(value) = HeaderValue::from_str(&id) {
                response.headers_mut().insert(HEADER, value);
            }
            Ok(response)
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::convert::Infallible;
    use tower::{service_fn, ServiceBuilder, ServiceExt};

    #[tokio::test]
    async fn every_response_carries_the_id_inner_layers_saw() {
        let service = ServiceBuilder::new()
            .layer(RequestIdLayer)
            .service(service_fn(|request: Request<()>| async move {
                let id = request.extensions().get::<RequestId>().cloned();
                Ok::<_, Infallible>(Response::new(id.map(|i| i.0).unwrap_or_default()))
            }));
        let response = service.oneshot(Request::new(())).await.unwrap();
        let header = response.headers()[HEADER].to_str().unwrap().to_owned();
        assert_eq!(header, *response.body());
        assert_eq!(header.len(), 36);
    }
}
