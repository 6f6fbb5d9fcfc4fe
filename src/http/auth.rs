//! Signing-agnostic authentication: reads who is calling from the SigV4 credential scope (the
//! `Authorization` header, or `X-Amz-Credential` of a presigned URL) and never checks a
//! signature. A 12-digit access key id selects that account; anything else, or no signature at
//! all, is the default account. The region comes from the scope, else the default.

use std::task::{Context, Poll};

use bytes::Bytes;
use http::Request;
use tower::{Layer, Service};

use crate::control::Caller;

#[derive(Debug, Clone)]
pub struct AuthLayer {
    pub default_account: String,
    pub default_region: String,
}

impl<S> Layer<S> for AuthLayer {
    type Service = Auth<S>;

    fn layer(&self, inner: S) -> Self::Service {
        Auth {
            inner,
            defaults: self.clone(),
        }
    }
}

#[derive(Debug, Clone)]
pub struct Auth<S> {
    inner: S,
    defaults: AuthLayer,
}

impl<S> Service<Request<Bytes>> for Auth<S>
where
    S: Service<Request<Bytes>>,
{
    type Response = S::Response;
    type Error = S::Error;
    type Future = S::Future;

    fn poll_ready(&mut self, cx: &mut Context<'_>) -> Poll<Result<(), S::Error>> {
        self.inner.poll_ready(cx)
    }

    fn call(&mut self, mut request: Request<Bytes>) -> Self::Future {
        let caller = caller_of(&request, &self.defaults);
        let span = tracing::Span::current();
        span.record("account", caller.account_id.as_str());
        span.record("region", caller.region.as_str());
        request.extensions_mut().insert(caller);
        self.inner.call(request)
    }
}

fn caller_of<B>(request: &Request<B>, defaults: &AuthLayer) -> Caller {
    let scope = credential_scope(request);
    let access_key = scope.as_ref().map(|(key, _)| key.clone());
    let account_id = access_key
        .as_deref()
        .filter(|k| k.len() == 12 && k.bytes().all(|b| b.is_ascii_digit()))
        .map_or_else(|| defaults.default_account.clone(), str::to_owned);
    let region = scope
        .and_then(|(_, region)| region)
        .filter(|r| !r.is_empty())
        .unwrap_or_else(|| defaults.default_region.clone());
    Caller {
        account_id,
        region,
        access_key,
    }
}

/// `(access key id, region)` from `Credential=AKID/DATE/REGION/SERVICE/aws4_request`.
fn credential_scope<B>(request: &Request<B>) -> Option<(String, Option<String>)> {
    let from_header = request
        .headers()
        .get(http::header::AUTHORIZATION)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.split_once("Credential="))
        .map(|(_, rest)| {
            rest.split(|c: char| c == ',' || c.is_whitespace())
                .next()
                .unwrap_or_default()
                .to_owned()
        });
    let credential = from_header.or_else(|| {
        request.uri().query().and_then(|query| {
            query
                .split('&')
                .filter_map(|pair| pair.split_once('='))
                .find(|(key, _)| *key == "X-Amz-Credential")
                .map(|(_, value)| percent_decode(value))
        })
    })?;
    let mut parts = credential.split('/');
    let access_key = parts.next().filter(|k| !k.is_empty())?.to_owned();
    let region = parts.nth(1).map(str::to_owned);
    Some((access_key, region))
}

fn percent_decode(value: &str) -> String {
    let bytes = value.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        let decoded = (bytes[i] == b'%')
            .then(|| value.get(i + 1..i + 3))
            .flatten()
            .and_then(|hex| u8::from_str_radix(hex, 16).ok());
        if let Some(byte) = decoded {
            out.push(byte);
            i += 3;
        } else {
            out.push(bytes[i]);
            i += 1;
        }
    }
    String::from_utf8_lossy(&out).into_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn defaults() -> AuthLayer {
        AuthLayer {
            default_account: "000000000000".into(),
            default_region: "us-east-1".into(),
        }
    }

    fn with_authorization(value: &str) -> Request<()> {
        Request::builder()
            .header("authorization", value)
            .body(())
            .unwrap()
    }

    #[test]
    fn twelve_digit_keys_select_the_account_and_the_scope_the_region() {
        let request = with_authorization(
            "AWS4-HMAC-SHA256 Credential=123456789012/20240101/eu-west-1/ecs/aws4_request, \
             SignedHeaders=host, Signature=abc",
        );
        let caller = caller_of(&request, &defaults());
        assert_eq!(caller.account_id, "123456789012");
        assert_eq!(caller.region, "eu-west-1");
    }

    #[test]
    fn other_keys_use_the_default_account() {
        let request = with_authorization(
            "AWS4-HMAC-SHA256 Credential=AKIAEXAMPLE/20240101/ap-south-1/ecs/aws4_request,Signature=x",
        );
        let caller = caller_of(&request, &defaults());
        assert_eq!(caller.account_id, "000000000000");
        assert_eq!(caller.region, "ap-south-1");
        assert_eq!(caller.access_key.as_deref(), Some("AKIAEXAMPLE"));
    }

    #[test]
    fn unsigned_requests_use_both_defaults() {
        let caller = caller_of(&Request::new(()), &defaults());
        assert_eq!(
            (caller.account_id.as_str(), caller.region.as_str()),
            ("000000000000", "us-east-1")
        );
    }

    #[test]
    fn presigned_urls_carry_the_scope_in_the_query() {
        let request = Request::builder()
            .uri("/?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=111122223333%2F20240101%2Fus-west-2%2Fecs%2Faws4_request")
            .body(())
            .unwrap();
        let caller = caller_of(&request, &defaults());
        assert_eq!(caller.account_id, "111122223333");
        assert_eq!(caller.region, "us-west-2");
    }
}
