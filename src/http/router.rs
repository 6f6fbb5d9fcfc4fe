//! The innermost service: checks that a request is an ECS API call (`POST /`, JSON 1.1, a known
//! `X-Amz-Target`), runs the operation and answers with its JSON. Also serves the emulator's
//! own endpoints under `/_ecsemu/`.

use std::sync::Arc;
use std::task::{Context, Poll};

use bytes::Bytes;
use ecsemu_runtime::ContainerRuntime;
use futures::future::BoxFuture;
use http::{header, HeaderValue, Method, Request, Response};
use tower::Service;

use super::{Body, JSON_CONTENT_TYPE};
use crate::control::{Caller, ControlPlane};
use crate::error::{EcsError, ErrorKind};
use crate::introspect;
use crate::ops;
use crate::wire::Operation;

/// The `X-Amz-Target` prefix of every ECS operation.
pub const TARGET_PREFIX: &str = "AmazonEC2ContainerServiceV20141113.";

#[derive(Clone)]
pub struct Router {
    pub plane: Arc<ControlPlane>,
    pub runtime: Arc<dyn ContainerRuntime>,
    /// What the health check names: the runtime once it has described itself.
    pub runtime_name: Arc<parking_lot::RwLock<String>>,
}

impl Service<Request<Bytes>> for Router {
    type Response = Response<Body>;
    type Error = EcsError;
    type Future = BoxFuture<'static, Result<Response<Body>, EcsError>>;

    fn poll_ready(&mut self, _cx: &mut Context<'_>) -> Poll<Result<(), EcsError>> {
        Poll::Ready(Ok(()))
    }

    fn call(&mut self, request: Request<Bytes>) -> Self::Future {
        let router = self.clone();
        Box::pin(async move { router.route(request).await })
    }
}

impl Router {
    async fn route(&self, request: Request<Bytes>) -> Result<Response<Body>, EcsError> {
        let path = request.uri().path();
        if path.starts_with(introspect::PREFIX) {
            let runtime_name = self.runtime_name.read().clone();
            let answer = introspect::handle(
                &self.plane,
                self.runtime.as_ref(),
                &runtime_name,
                request.method(),
                path,
                request.uri().query(),
                request.body(),
            )
            .await?;
            return Ok(json_response(answer.to_string().into()));
        }
        if path != "/" || request.method() != Method::POST {
            return Err(EcsError::new(
                ErrorKind::WrongEndpoint,
                format!(
                    "{} {path} is not an ECS API call: ECS operations are POST / with an \
                     X-Amz-Target header",
                    request.method()
                ),
            ));
        }
        check_content_type(&request)?;
        let operation = operation_of(&request)?;
        tracing::Span::current().record("operation", operation.name());
        let caller = request
            .extensions()
            .get::<Caller>()
            .cloned()
            .ok_or_else(|| EcsError::server("the request reached routing without a caller"))?;
        let context = ops::Context {
            plane: &self.plane,
            runtime: &self.runtime,
            caller: &caller,
        };
        let body = ops::dispatch(&context, operation, request.body()).await?;
        Ok(json_response(body.into()))
    }
}

fn json_response(body: Bytes) -> Response<Body> {
    let mut response = Response::new(Body::new(body));
    response.headers_mut().insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static(JSON_CONTENT_TYPE),
    );
    response
}

/// JSON 1.1 clients send `application/x-amz-json-1.1`; plain JSON and no content type (curl)
/// are accepted too.
fn check_content_type(request: &Request<Bytes>) -> Result<(), EcsError> {
    let Some(value) = request.headers().get(header::CONTENT_TYPE) else {
        return Ok(());
    };
    let essence = value
        .to_str()
        .unwrap_or_default()
        .split(';')
        .next()
        .unwrap_or_default()
        .trim()
        .to_ascii_lowercase();
    if matches!(
        essence.as_str(),
        "application/x-amz-json-1.1" | "application/x-amz-json-1.0" | "application/json"
    ) {
        Ok(())
    } else {
        Err(EcsError::new(
            ErrorKind::UnsupportedMediaType,
            format!("Content-Type {essence} is not supported: use application/x-amz-json-1.1"),
        ))
    }
}

fn operation_of(request: &Request<Bytes>) -> Result<Operation, EcsError> {
    let target = request
        .headers()
        .get("x-amz-target")
        .and_then(|v| v.to_str().ok())
        .ok_or_else(|| EcsError::new(ErrorKind::UnknownOperation, "Missing X-Amz-Target header"))?;
    target
        .strip_prefix(TARGET_PREFIX)
        .and_then(Operation::from_name)
        .ok_or_else(|| {
            EcsError::new(
                ErrorKind::UnknownOperation,
                format!("Unknown operation {target}"),
            )
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn request(target: Option<&str>, content_type: Option<&str>) -> Request<Bytes> {
        let mut builder = Request::builder().method(Method::POST).uri("/");
        if let Some(target) = target {
            builder = builder.header("x-amz-target", target);
        }
        if let Some(content_type) = content_type {
            builder = builder.header(header::CONTENT_TYPE, content_type);
        }
        builder.body(Bytes::new()).unwrap()
    }

    #[test]
    fn targets_name_model_operations() {
        let known = request(Some("AmazonEC2ContainerServiceV20141113.RunTask"), None);
        assert_eq!(operation_of(&known).unwrap(), Operation::RunTask);
        for target in [
            Some("AmazonEC2ContainerServiceV20141113.RunTasks"),
            Some("AmazonEC2ContainerServiceV20141114.RunTask"),
            Some("RunTask"),
            None,
        ] {
            let err = operation_of(&request(target, None)).unwrap_err();
            assert_eq!(err.code(), "UnknownOperationException", "{target:?}");
        }
    }

    #[test]
    fn json_content_types_are_accepted() {
        for content_type in [
            None,
            Some("application/x-amz-json-1.1"),
            Some("application/x-amz-json-1.1; charset=utf-8"),
            Some("application/json"),
        ] {
            assert!(
                check_content_type(&request(None, content_type)).is_ok(),
                "{content_type:?}"
            );
        }
        let err = check_content_type(&request(None, Some("text/xml"))).unwrap_err();
        assert_eq!(err.status(), 415);
    }
}
