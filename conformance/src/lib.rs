//! Checks ecsemu against the pinned ECS service model.
//!
//! This crate reads the derived botocore model (`model/ecs-2014-11-13.json`) itself and walks
//! JSON values against its shapes. It deliberately shares no code with the server's generated
//! wire types: a bug in the generator would otherwise be invisible, since the server and its
//! checker would agree with each other rather than with AWS.
//!
//! What it offers:
//! - [`Model::pinned`]: the model, refused unless its SHA-256 is the `derived_sha256` recorded in
//!   `model/PIN`, so the suite cannot silently check against an edited model.
//! - [`Model::validate_output`]: the [`Violation`]s of a successful response body against the
//!   operation's output shape.
//! - [`Model::error_allowed`] and [`Model::validate_error`]: whether an error code may be answered
//!   by an operation, and whether an error body fits its exception shape.
//! - [`Ratchet`] and [`coverage_line`]: the list of implemented operations that may only grow.
//!
//! # Protocol errors
//!
//! AWS JSON front ends answer some requests before any operation runs, with errors that no
//! operation's `errors` list names. These codes are allowed for every operation
//! ([`PROTOCOL_ERRORS`]):
//!
//! | code | HTTP status | when |
//! | --- | --- | --- |
//! | `UnknownOperationException` | 400, or 404 when not `POST /` | the `X-Amz-Target` names no operation (or one ecsemu lacks), or the request is not `POST /` |
//! | `SerializationException` | 400, or 415 for a content type that is not JSON | the body is not a JSON object with members of the right types |
//! | `RequestEntityTooLargeException` | 413 | the body exceeds the size limit |
//!
//! The model has no `httpError` traits, so every modelled exception is answered with 400 and its
//! one fault, `ServerException`, with 500 ([`Model::error_status_allowed`]).

use std::collections::BTreeSet;
use std::fmt;
use std::path::PathBuf;
use std::sync::OnceLock;

use serde_json::{Map, Value};
use sha2::{Digest, Sha256};

/// Error codes that any operation may answer with (see the crate documentation).
pub const PROTOCOL_ERRORS: &[&str] = &[
    "UnknownOperationException",
    "SerializationException",
    "RequestEntityTooLargeException",
];

/// The `X-Amz-Target` prefix of every ECS operation.
pub const TARGET_PREFIX: &str = "AmazonEC2ContainerServiceV20141113.";

/// The derived model this crate checks against.
pub fn model_path() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("model/ecs-2014-11-13.json")
}

/// The file recording where the model came from and its checksums.
pub fn pin_path() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("model/PIN")
}

/// The list of implemented operations that may only grow.
pub fn ratchet_path() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("ratchet.txt")
}

/// Why the pinned model could not be loaded.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum LoadError {
    Read { path: PathBuf, error: String },
    NoPinnedChecksum,
    ChecksumMismatch { pinned: String, actual: String },
    Json(String),
    NotAModel(&'static str),
}

impl fmt::Display for LoadError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Read { path, error } => write!(f, "cannot read {}: {error}", path.display()),
            Self::NoPinnedChecksum => write!(f, "model/PIN has no derived_sha256 line"),
            Self::ChecksumMismatch { pinned, actual } => write!(
                f,
                "the derived model's SHA-256 is {actual} but model/PIN pins {pinned}: re-derive \
                 it with model/derive.py rather than editing it"
            ),
            Self::Json(error) => write!(f, "the model is not valid JSON: {error}"),
            Self::NotAModel(what) => write!(f, "the model has no {what} object"),
        }
    }
}

impl std::error::Error for LoadError {}

/// Lower-case hex SHA-256 of `bytes`.
pub fn sha256_hex(bytes: &[u8]) -> String {
    use fmt::Write as _;
    Sha256::digest(bytes)
        .iter()
        .fold(String::with_capacity(64), |mut out, byte| {
            let _ = write!(out, "{byte:02x}");
            out
        })
}

/// The value of `key = value` in PIN-style text (`#` starts a comment line).
pub fn pin_value<'a>(pin: &'a str, key: &str) -> Option<&'a str> {
    pin.lines()
        .map(str::trim)
        .filter(|line| !line.starts_with('#'))
        .filter_map(|line| line.split_once('='))
        .find(|(k, _)| k.trim() == key)
        .map(|(_, v)| v.trim())
}

fn read(path: PathBuf) -> Result<Vec<u8>, LoadError> {
    std::fs::read(&path).map_err(|error| LoadError::Read {
        path,
        error: error.to_string(),
    })
}

/// A botocore service model: its operations and shapes.
#[derive(Debug, Clone)]
pub struct Model {
    operations: Map<String, Value>,
    shapes: Map<String, Value>,
}

impl Model {
    /// The pinned model, loaded and checked once per process.
    pub fn pinned() -> Result<&'static Model, LoadError> {
        static PINNED: OnceLock<Result<Model, LoadError>> = OnceLock::new();
        PINNED
            .get_or_init(Self::load_pinned)
            .as_ref()
            .map_err(Clone::clone)
    }

    /// Reads the model file and checks it against `derived_sha256` in `model/PIN`.
    pub fn load_pinned() -> Result<Model, LoadError> {
        let pin = String::from_utf8_lossy(&read(pin_path())?).into_owned();
        let pinned = pin_value(&pin, "derived_sha256").ok_or(LoadError::NoPinnedChecksum)?;
        let bytes = read(model_path())?;
        let actual = sha256_hex(&bytes);
        if actual != pinned {
            return Err(LoadError::ChecksumMismatch {
                pinned: pinned.to_owned(),
                actual,
            });
        }
        let value: Value =
            serde_json::from_slice(&bytes).map_err(|e| LoadError::Json(e.to_string()))?;
        Self::from_value(value)
    }

    /// A model from its JSON (used directly by tests with hand-written models).
    pub fn from_value(mut value: Value) -> Result<Model, LoadError> {
        let mut take = |key: &'static str| match value.get_mut(key).map(Value::take) {
            Some(Value::Object(map)) => Ok(map),
            _ => Err(LoadError::NotAModel(key)),
        };
        Ok(Model {
            operations: take("operations")?,
            shapes: take("shapes")?,
        })
    }

    /// Every operation of the model, sorted by name.
    pub fn operation_names(&self) -> Vec<&str> {
        let mut names: Vec<&str> = self.operations.keys().map(String::as_str).collect();
        names.sort_unstable();
        names
    }

    pub fn has_operation(&self, operation: &str) -> bool {
        self.operations.contains_key(operation)
    }

    /// The name of `operation`'s output shape, if the model gives one.
    pub fn output_shape(&self, operation: &str) -> Option<&str> {
        self.operations
            .get(operation)?
            .get("output")?
            .get("shape")?
            .as_str()
    }

    /// The error codes the model lets `operation` answer with (protocol errors excluded).
    pub fn errors_of(&self, operation: &str) -> Vec<&str> {
        self.operations
            .get(operation)
            .and_then(|op| op.get("errors"))
            .and_then(Value::as_array)
            .map(|errors| {
                errors
                    .iter()
                    .filter_map(|e| e.get("shape").and_then(Value::as_str))
                    .collect()
            })
            .unwrap_or_default()
    }

    /// Whether `operation` may answer with `code`: the model lists it for the operation, or it is
    /// one of the [`PROTOCOL_ERRORS`].
    pub fn error_allowed(&self, operation: &str, code: &str) -> bool {
        PROTOCOL_ERRORS.contains(&code) || self.errors_of(operation).contains(&code)
    }

    /// Whether `status` is an HTTP status `code` may be answered with (see the crate docs).
    pub fn error_status_allowed(&self, code: &str, status: u16) -> bool {
        match code {
            "UnknownOperationException" => matches!(status, 400 | 404),
            "SerializationException" => matches!(status, 400 | 415),
            "RequestEntityTooLargeException" => status == 413,
            _ => match self.shapes.get(code) {
                Some(shape) if flag(shape, "fault") => status == 500,
                Some(shape) if flag(shape, "exception") => status == 400,
                _ => false,
            },
        }
    }

    /// Whether the model defines `code` as an exception shape.
    pub fn is_exception(&self, code: &str) -> bool {
        self.shapes
            .get(code)
            .is_some_and(|shape| flag(shape, "exception"))
    }

    /// What is wrong with `body` as a successful response of `operation`.
    pub fn validate_output(&self, operation: &str, body: &Value) -> Vec<Violation> {
        if !self.has_operation(operation) {
            return vec![Violation::at(
                "",
                format!("the model has no operation {operation}"),
            )];
        }
        match self.output_shape(operation) {
            Some(shape) => self.validate_shape(shape, body),
            // An operation without output answers with an empty object.
            None if body.as_object().is_some_and(Map::is_empty) => Vec::new(),
            None => vec![Violation::at(
                "",
                format!("{operation} has no output in the model, so its body must be {{}}"),
            )],
        }
    }

    /// What is wrong with `body` as an error response: `__type` and `message` must be strings
    /// and the rest must fit the exception's shape when the model defines it.
    pub fn validate_error(&self, body: &Value) -> Vec<Violation> {
        let Some(object) = body.as_object() else {
            return vec![Violation::at(
                "",
                format!("an error body must be an object, found {}", kind(body)),
            )];
        };
        let mut violations = Vec::new();
        for member in ["__type", "message"] {
            if !object.get(member).is_some_and(Value::is_string) {
                violations.push(Violation::at(member, "an error body needs this string"));
            }
        }
        let code = object.get("__type").and_then(Value::as_str).map(error_code);
        if let Some(code) = code.filter(|c| self.is_exception(c)) {
            let mut members = object.clone();
            members.remove("__type");
            violations.extend(self.validate_shape(code, &Value::Object(members)));
        }
        violations
    }

    /// What is wrong with `value` as an instance of the shape named `shape`.
    pub fn validate_shape(&self, shape: &str, value: &Value) -> Vec<Violation> {
        let mut walker = Walker {
            shapes: &self.shapes,
            violations: Vec::new(),
        };
        walker.check(shape, value, "");
        walker.violations
    }
}

/// The error code in a `__type`: AWS JSON clients drop a `namespace#` prefix and a `:...` suffix.
pub fn error_code(type_field: &str) -> &str {
    let code = type_field.rsplit('#').next().unwrap_or(type_field);
    code.split(':').next().unwrap_or(code)
}

/// One way a JSON value breaks the model, at a path like `tasks[0].containers[1].exitCode`
/// (empty for the value itself).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Violation {
    pub path: String,
    pub message: String,
}

impl Violation {
    fn at(path: &str, message: impl Into<String>) -> Self {
        Self {
            path: path.to_owned(),
            message: message.into(),
        }
    }
}

impl fmt::Display for Violation {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let path = if self.path.is_empty() {
            "(body)"
        } else {
            &self.path
        };
        write!(f, "{path}: {}", self.message)
    }
}

struct Walker<'m> {
    shapes: &'m Map<String, Value>,
    violations: Vec<Violation>,
}

impl Walker<'_> {
    fn report(&mut self, path: &str, message: String) {
        self.violations.push(Violation::at(path, message));
    }

    fn check(&mut self, name: &str, value: &Value, path: &str) {
        let Some(shape) = self.shapes.get(name) else {
            self.report(path, format!("the model has no shape {name}"));
            return;
        };
        if flag(shape, "document") {
            return;
        }
        // AWS omits absent members; SDKs tolerate null, but a null is never what ECS sends.
        if value.is_null() {
            self.report(
                path,
                format!("null is not a {name}: absent members must be omitted"),
            );
            return;
        }
        match shape.get("type").and_then(Value::as_str) {
            Some("structure") => self.structure(name, shape, value, path),
            Some("list") => self.list(name, shape, value, path),
            Some("map") => self.map(name, shape, value, path),
            Some("string") => self.string(name, shape, value, path),
            Some("integer") => {
                self.integral(name, shape, value, path, i32::MIN.into(), i32::MAX.into());
            }
            Some("long") => self.integral(name, shape, value, path, i64::MIN, i64::MAX),
            Some("double" | "float") => match value.as_f64() {
                Some(number) => self.range(name, shape, number, path),
                None => self.mismatch(name, "a number", value, path),
            },
            Some("boolean") if !value.is_boolean() => self.mismatch(name, "a boolean", value, path),
            // JSON 1.1 timestamps are epoch seconds, possibly fractional.
            Some("timestamp") if !value.is_number() => {
                self.mismatch(name, "epoch seconds (a number)", value, path);
            }
            Some("boolean" | "timestamp") => {}
            other => self.report(path, format!("shape {name} has unknown type {other:?}")),
        }
    }

    fn mismatch(&mut self, name: &str, expected: &str, value: &Value, path: &str) {
        self.report(
            path,
            format!("expected {expected} ({name}), found {}", kind(value)),
        );
    }

    fn structure(&mut self, name: &str, shape: &Value, value: &Value, path: &str) {
        let Some(object) = value.as_object() else {
            self.mismatch(name, "an object", value, path);
            return;
        };
        let empty = Map::new();
        let members = shape
            .get("members")
            .and_then(Value::as_object)
            .unwrap_or(&empty);
        for (member, member_value) in object {
            let child = join(path, member);
            match members
                .get(member)
                .and_then(|m| m.get("shape"))
                .and_then(Value::as_str)
            {
                Some(target) => self.check(target, member_value, &child),
                None => self.report(&child, format!("{name} has no member {member}")),
            }
        }
        for required in strings(shape.get("required")) {
            if object.get(required).is_none_or(Value::is_null) {
                self.report(
                    &join(path, required),
                    format!("{name} requires this member"),
                );
            }
        }
        if flag(shape, "union") {
            let set = object.values().filter(|v| !v.is_null()).count();
            if set != 1 {
                self.report(
                    path,
                    format!("{name} is a union: exactly one member must be set, found {set}"),
                );
            }
        }
    }

    fn list(&mut self, name: &str, shape: &Value, value: &Value, path: &str) {
        let Some(items) = value.as_array() else {
            self.mismatch(name, "an array", value, path);
            return;
        };
        self.length(name, shape, items.len(), "items", path);
        let Some(member) = target(shape, "member") else {
            self.report(path, format!("list {name} has no member shape"));
            return;
        };
        for (index, item) in items.iter().enumerate() {
            self.check(member, item, &format!("{path}[{index}]"));
        }
    }

    fn map(&mut self, name: &str, shape: &Value, value: &Value, path: &str) {
        let Some(entries) = value.as_object() else {
            self.mismatch(name, "an object", value, path);
            return;
        };
        self.length(name, shape, entries.len(), "entries", path);
        let (Some(key_shape), Some(value_shape)) = (target(shape, "key"), target(shape, "value"))
        else {
            self.report(path, format!("map {name} has no key or value shape"));
            return;
        };
        for (key, entry) in entries {
            let child = format!("{path}[{key:?}]");
            self.check(key_shape, &Value::String(key.clone()), &child);
            self.check(value_shape, entry, &child);
        }
    }

    fn string(&mut self, name: &str, shape: &Value, value: &Value, path: &str) {
        let Some(text) = value.as_str() else {
            self.mismatch(name, "a string", value, path);
            return;
        };
        if let Some(allowed) = shape.get("enum") {
            let allowed: Vec<&str> = strings(Some(allowed)).collect();
            if !allowed.contains(&text) {
                self.report(
                    path,
                    format!(
                        "{text:?} is not a value of enum {name} ({})",
                        allowed.join(", ")
                    ),
                );
            }
        }
        // Smithy lengths count Unicode scalar values, not bytes.
        self.length(name, shape, text.chars().count(), "characters", path);
    }

    fn integral(
        &mut self,
        name: &str,
        shape: &Value,
        value: &Value,
        path: &str,
        lowest: i64,
        highest: i64,
    ) {
        if !value.is_number() {
            self.mismatch(name, "an integer", value, path);
            return;
        }
        // serde_json keeps `1.0` a float, so only integer literals pass.
        match value.as_i64() {
            Some(number) if (lowest..=highest).contains(&number) => {
                self.range(name, shape, number as f64, path);
            }
            Some(_) => self.report(path, format!("{value} does not fit {name}")),
            None if value.is_u64() => self.report(path, format!("{value} does not fit {name}")),
            None => self.report(
                path,
                format!("expected an integer literal ({name}), found {value}"),
            ),
        }
    }

    fn range(&mut self, name: &str, shape: &Value, number: f64, path: &str) {
        if let Some(min) = shape
            .get("min")
            .and_then(Value::as_f64)
            .filter(|m| number < *m)
        {
            self.report(
                path,
                format!("{number} is below the minimum {min} of {name}"),
            );
        }
        if let Some(max) = shape
            .get("max")
            .and_then(Value::as_f64)
            .filter(|m| number > *m)
        {
            self.report(
                path,
                format!("{number} is above the maximum {max} of {name}"),
            );
        }
    }

    fn length(&mut self, name: &str, shape: &Value, length: usize, unit: &str, path: &str) {
        let bound = |key| shape.get(key).and_then(Value::as_u64);
        if let Some(min) = bound("min").filter(|m| (length as u64) < *m) {
            self.report(
                path,
                format!("{length} {unit}, fewer than the {min} {name} needs"),
            );
        }
        if let Some(max) = bound("max").filter(|m| (length as u64) > *m) {
            self.report(
                path,
                format!("{length} {unit}, more than the {max} {name} allows"),
            );
        }
    }
}

fn flag(shape: &Value, key: &str) -> bool {
    shape.get(key).and_then(Value::as_bool) == Some(true)
}

fn target<'v>(shape: &'v Value, key: &str) -> Option<&'v str> {
    shape.get(key)?.get("shape")?.as_str()
}

fn strings(value: Option<&Value>) -> impl Iterator<Item = &str> {
    value
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
        .filter_map(Value::as_str)
}

fn join(path: &str, member: &str) -> String {
    if path.is_empty() {
        member.to_owned()
    } else {
        format!("{path}.{member}")
    }
}

fn kind(value: &Value) -> &'static str {
    match value {
        Value::Null => "null",
        Value::Bool(_) => "a boolean",
        Value::Number(_) => "a number",
        Value::String(_) => "a string",
        Value::Array(_) => "an array",
        Value::Object(_) => "an object",
    }
}

/// `conformance: 29/88 operations implemented`, then the operations still missing.
pub fn coverage_line(implemented: &[&str], model: &[&str]) -> String {
    let done: BTreeSet<&str> = implemented.iter().copied().collect();
    let missing: Vec<&str> = model
        .iter()
        .copied()
        .filter(|op| !done.contains(op))
        .collect();
    let covered = model.len() - missing.len();
    format!(
        "conformance: {covered}/{} operations implemented\nnot implemented: {}",
        model.len(),
        if missing.is_empty() {
            "none".to_owned()
        } else {
            missing.join(", ")
        }
    )
}

/// The committed list of implemented operations. CI compares it with what the server routes,
/// so that losing an operation fails loudly instead of quietly shrinking the coverage number.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Ratchet {
    pub operations: BTreeSet<String>,
}

impl Ratchet {
    /// One operation per line, sorted, no repeats; blank lines and `#` comments are ignored.
    pub fn parse(text: &str) -> Result<Ratchet, String> {
        let names: Vec<&str> = text
            .lines()
            .map(str::trim)
            .filter(|line| !line.is_empty() && !line.starts_with('#'))
            .collect();
        for pair in names.windows(2) {
            if let [before, after] = pair {
                if before >= after {
                    return Err(format!(
                        "ratchet.txt must be sorted without repeats: {before:?} comes before \
                         {after:?}"
                    ));
                }
            }
        }
        Ok(Ratchet {
            operations: names.into_iter().map(str::to_owned).collect(),
        })
    }

    /// The file's text for `implemented`.
    pub fn render(implemented: &[&str]) -> String {
        let sorted: BTreeSet<&str> = implemented.iter().copied().collect();
        let mut text = String::from(RATCHET_HEADER);
        for name in sorted {
            text.push_str(name);
            text.push('\n');
        }
        text
    }

    /// Listed operations the server no longer implements.
    pub fn regressions<'r>(&'r self, implemented: &[&str]) -> Vec<&'r str> {
        self.operations
            .iter()
            .map(String::as_str)
            .filter(|op| !implemented.contains(op))
            .collect()
    }

    /// Implemented operations the file does not list yet.
    pub fn unlisted<'i>(&self, implemented: &[&'i str]) -> Vec<&'i str> {
        let mut unlisted: Vec<&str> = implemented
            .iter()
            .copied()
            .filter(|op| !self.operations.contains(*op))
            .collect();
        unlisted.sort_unstable();
        unlisted
    }
}

const RATCHET_HEADER: &str = "# Operations ecsemu implements, one per line, sorted. The \
conformance tests fail if one\n# disappears from the server, or if the server implements one \
that is not listed here.\n";

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    /// A model small enough to read, with one shape of each kind the walker treats specially.
    fn toy() -> Model {
        Model::from_value(json!({
            "operations": {
                "Describe": {
                    "input": {"shape": "Empty"},
                    "output": {"shape": "Out"},
                    "errors": [{"shape": "NotFoundException"}]
                }
            },
            "shapes": {
                "Empty": {"type": "structure", "members": {}},
                "Out": {
                    "type": "structure",
                    "required": ["name"],
                    "members": {
                        "name": {"shape": "Name"},
                        "status": {"shape": "Status"},
                        "count": {"shape": "Count"},
                        "size": {"shape": "Long"},
                        "ratio": {"shape": "Double"},
                        "on": {"shape": "Boolean"},
                        "at": {"shape": "Timestamp"},
                        "items": {"shape": "Items"},
                        "labels": {"shape": "Labels"},
                        "choice": {"shape": "Choice"},
                        "extra": {"shape": "Doc"}
                    }
                },
                "Name": {"type": "string", "min": 1, "max": 5},
                "Status": {"type": "string", "enum": ["UP", "DOWN"]},
                "Count": {"type": "integer", "min": 0, "max": 10},
                "Long": {"type": "long"},
                "Double": {"type": "double"},
                "Boolean": {"type": "boolean"},
                "Timestamp": {"type": "timestamp"},
                "Items": {"type": "list", "member": {"shape": "Item"}, "max": 2},
                "Item": {"type": "structure", "members": {"code": {"shape": "Count"}}},
                "Labels": {"type": "map", "key": {"shape": "Name"}, "value": {"shape": "Name"}},
                "Choice": {
                    "type": "structure",
                    "union": true,
                    "members": {"a": {"shape": "Name"}, "b": {"shape": "Count"}}
                },
                "Doc": {"type": "structure", "document": true, "members": {}},
                "NotFoundException": {
                    "type": "structure",
                    "exception": true,
                    "members": {"message": {"shape": "Name"}}
                }
            }
        }))
        .expect("the toy model is a model")
    }

    /// Sorted, so the tests do not depend on the order JSON objects iterate in.
    fn paths(violations: &[Violation]) -> Vec<&str> {
        let mut paths: Vec<&str> = violations.iter().map(|v| v.path.as_str()).collect();
        paths.sort_unstable();
        paths
    }

    #[test]
    fn a_conforming_value_has_no_violations() {
        let body = json!({
            "name": "web",
            "status": "UP",
            "count": 3,
            "size": 9_000_000_000_i64,
            "ratio": 0.5,
            "on": true,
            "at": 1_700_000_000.25,
            "items": [{"code": 0}, {}],
            "labels": {"k": "v"},
            "choice": {"b": 2},
            "extra": {"anything": [1, "two", null]}
        });
        assert_eq!(toy().validate_output("Describe", &body), Vec::new());
    }

    #[test]
    fn each_rule_reports_its_path() {
        let body = json!({
            "status": "SIDEWAYS",
            "count": 11,
            "size": 1.5,
            "ratio": "half",
            "on": "yes",
            "at": "2024-01-01T00:00:00Z",
            "items": [{"code": 1}, {"code": 2.0}, {"code": 3}],
            "labels": {"much-too-long": "v"},
            "choice": {"a": "x", "b": 1},
            "surprise": 1
        });
        let violations = toy().validate_output("Describe", &body);
        assert_eq!(
            paths(&violations),
            vec![
                "at",
                "choice",
                "count",
                "items",
                "items[1].code",
                "labels[\"much-too-long\"]",
                "name",
                "on",
                "ratio",
                "size",
                "status",
                "surprise",
            ],
            "{violations:#?}"
        );
    }

    #[test]
    fn wrong_containers_and_nulls_are_violations() {
        let model = toy();
        assert_eq!(
            paths(&model.validate_output("Describe", &json!([]))),
            vec![""]
        );
        let body = json!({"name": "a", "items": {"code": 1}, "labels": [], "status": null});
        assert_eq!(
            paths(&model.validate_output("Describe", &body)),
            vec!["items", "labels", "status"]
        );
        let empty_union = json!({"name": "a", "choice": {}});
        assert_eq!(
            paths(&model.validate_output("Describe", &empty_union)),
            vec!["choice"]
        );
    }

    #[test]
    fn integers_must_fit_their_width() {
        let model = toy();
        let too_big = json!({"name": "a", "count": 4_294_967_296_i64});
        assert_eq!(
            paths(&model.validate_output("Describe", &too_big)),
            vec!["count"]
        );
        let huge_long = json!({"name": "a", "size": u64::MAX});
        assert_eq!(
            paths(&model.validate_output("Describe", &huge_long)),
            vec!["size"]
        );
    }

    #[test]
    fn unknown_operations_are_violations() {
        assert_eq!(toy().validate_output("Nope", &json!({})).len(), 1);
    }

    #[test]
    fn errors_are_allowed_by_the_operation_or_the_protocol() {
        let model = toy();
        assert!(model.error_allowed("Describe", "NotFoundException"));
        assert!(model.error_allowed("Describe", "SerializationException"));
        assert!(model.error_allowed("Nope", "UnknownOperationException"));
        assert!(!model.error_allowed("Describe", "ClusterNotFoundException"));
        assert_eq!(
            error_code("com.amazon#NotFoundException:http://x"),
            "NotFoundException"
        );
        assert!(model.error_status_allowed("NotFoundException", 400));
        assert!(!model.error_status_allowed("NotFoundException", 500));
        assert!(model.error_status_allowed("RequestEntityTooLargeException", 413));
        assert!(!model.error_status_allowed("MadeUpException", 400));
    }

    #[test]
    fn error_bodies_fit_their_exception() {
        let model = toy();
        let good = json!({"__type": "NotFoundException", "message": "gone"});
        assert_eq!(model.validate_error(&good), Vec::new());
        let protocol = json!({"__type": "SerializationException", "message": "bad"});
        assert_eq!(model.validate_error(&protocol), Vec::new());
        let bad = json!({"__type": "NotFoundException", "message": "far too long", "x": 1});
        assert_eq!(paths(&model.validate_error(&bad)), vec!["message", "x"]);
        assert_eq!(
            paths(&model.validate_error(&json!({"message": "m"}))),
            vec!["__type"]
        );
    }

    #[test]
    fn the_pinned_model_loads_and_knows_ecs() {
        let model = Model::pinned().expect("the pinned model loads");
        let names = model.operation_names();
        assert!(names.contains(&"RunTask"), "{names:?}");
        assert!(names.windows(2).all(|w| w[0] < w[1]));
        assert!(model.error_allowed("RunTask", "ClusterNotFoundException"));
        assert!(!model.error_allowed("ListClusters", "ClusterNotFoundException"));
        let task = json!({"tasks": [{"containers": [{}, {"exitCode": "1"}]}], "failures": []});
        let violations = model.validate_output("DescribeTasks", &task);
        assert_eq!(paths(&violations), vec!["tasks[0].containers[1].exitCode"]);
    }

    #[test]
    fn pin_values_are_read_past_comments() {
        let pin = "# derived_sha256 = no\nbotocore_version = 1.2\nderived_sha256 = abc\n";
        assert_eq!(pin_value(pin, "derived_sha256"), Some("abc"));
        assert_eq!(pin_value(pin, "wheel_sha256"), None);
        assert_eq!(
            sha256_hex(b"abc"),
            "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"
        );
    }

    #[test]
    fn the_ratchet_catches_both_directions() {
        let ratchet = Ratchet::parse("# header\nA\nB\n\nC\n").expect("sorted");
        assert_eq!(ratchet.regressions(&["A", "C", "D"]), vec!["B"]);
        assert_eq!(ratchet.unlisted(&["D", "A", "B", "C"]), vec!["D"]);
        assert!(Ratchet::parse("B\nA\n").is_err());
        assert!(Ratchet::parse("A\nA\n").is_err());
        let rendered = Ratchet::render(&["B", "A"]);
        assert_eq!(
            Ratchet::parse(&rendered)
                .expect("rendered is sorted")
                .operations,
            ["A", "B"].map(str::to_owned).into()
        );
    }

    #[test]
    fn coverage_names_what_is_missing() {
        let line = coverage_line(&["A"], &["A", "B", "C"]);
        assert_eq!(
            line,
            "conformance: 1/3 operations implemented\nnot implemented: B, C"
        );
    }
}
