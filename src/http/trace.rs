//! One tracing span per request and one log line when it is answered: request id, operation,
//! account, region, status and latency. Inner layers fill in the fields they learn
//! (`operation`, `account`, `region`) on the current span.

use std::task::{Context, Poll};
use std::time::Instant;

use futures::future::BoxFuture;
use http::{Request, Response};
use tower::{Layer, Service};
use tracing::field::Empty;
use tracing::Instrument;

use super::request_id::RequestId;

#[derive(Debug, Clone, Copy, Default)]
pub(super) struct TraceLayer;

impl<S> Layer<S> for TraceLayer {
    type Service = Trace<S>;

    fn layer(&self, inner: S) -> Self::Service {
        Trace { inner }
    }
}

#[derive(Debug, Clone)]
pub(super) struct Trace<S> {
    inner: S,
}

impl<S, B, R> Service<Request<B>> for Trace<S>
where
    S: Service<Request<B>, Response = Response<R>> + Send + 'static,
    S::Future: Send + 'static,
{
    type Response = Response<R>;
    type Error = S::Error;
    type Future = BoxFuture<'static, Result<Self::Response, Self::Error>>;

    fn poll_ready(&mut self, cx: &mut Context<'_>) -> Poll<Result<(), Self::Error>> {
        self.inner.poll_ready(cx)
    }

    fn call(&mut self, request: Request<B>) -> Self::Future {
        let id = request
            .extensions()
            .get::<RequestId>()
            .map(|r| r.0.clone())
            .unwrap_or_default();
        let span = tracing::info_span!(
            "request",
            request_id = %id,
            operation = Empty,
            account = Empty,
            region = Empty,
        );
        let started = Instant::now();
        let future = span.in_scope(|| self.inner.call(request));
        Box::pin(
            async move {
                let result = future.await;
                if let Ok(response) = &result {
                    // Microsecond precision; more digits are float noise in the log.
                    let latency_ms = (started.elapsed().as_secs_f64() * 1e6).round() / 1e3;
                    let status = response.status().as_u16();
                    if response.status().is_server_error() {
                        tracing::warn!(status, latency_ms, "answered");
                    } else {
                        tracing::info!(status, latency_ms, "answered");
                    }
                }
                result
            }
            .instrument(span),
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::convert::Infallible;
    use std::io::Write;
    use std::sync::{Arc, Mutex as StdMutex};
    use tower::{service_fn, ServiceBuilder, ServiceExt};

    #[derive(Clone, Default)]
    struct Captured(Arc<StdMutex<Vec<u8>>>);

    impl Write for Captured {
        fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
            self.0
                .lock()
                .map_err(|_| std::io::ErrorKind::Other)?
                .extend_from_slice(buf);
            Ok(buf.len())
        }
        fn flush(&mut self) -> std::io::Result<()> {
            Ok(())
        }
    }

    #[tokio::test]
    async fn logs_what_inner_layers_learned_with_status_and_latency() {
        let captured = Captured::default();
        let writer = captured.clone();
        let subscriber = tracing_subscriber::fmt()
            .with_writer(move || writer.clone())
            .with_ansi(false)
            .finish();
        let _guard = tracing::subscriber::set_default(subscriber);
        let service = ServiceBuilder::new().layer(TraceLayer).service(service_fn(
            |_: Request<()>| async move {
                let span = tracing::Span::current();
                span.record("operation", "DescribeTasks");
                span.record("account", "123456789012");
                span.record("region", "eu-west-1");
                Ok::<_, Infallible>(Response::new(()))
            },
        ));
        let mut request = Request::new(());
        request.extensions_mut().insert(RequestId("req-1".into()));
        service.oneshot(request).await.unwrap();
        let bytes = captured.0.lock().unwrap().clone();
        let line = String::from_utf8(bytes).unwrap();
        for expected in [
            "req-1",
            "DescribeTasks",
            "123456789012",
            "eu-west-1",
            "status=200",
            "latency_ms",
        ] {
            assert!(line.contains(expected), "{expected} missing from {line}");
        }
    }
}
