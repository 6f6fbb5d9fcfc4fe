//! Turns the pinned ECS service model into Rust wire types.
//!
//! Every structure becomes a serde struct whose JSON names are the model's member names, every
//! string enum a Rust enum, and the operation list an exhaustive `Operation` enum. Members the
//! model marks as non-boxed primitives (`Integer`, `Boolean`, `Long`) are plain values that are
//! always serialised, as ECS does (`runningTasksCount: 0`, `enableExecuteCommand: false`);
//! required members are not optional, so a request without them fails to deserialise; the rest
//! are `Option`s that are omitted when absent.

use std::collections::BTreeSet;
use std::fmt::Write as _;
use std::io::Write as _;
use std::process::{Command, Stdio};

use serde_json::{Map, Value};

/// What the generated file is written to, relative to the workspace root.
pub const OUTPUT_PATH: &str = "src/wire/model.rs";
/// The derived model, relative to the workspace root.
pub const MODEL_PATH: &str = "conformance/model/ecs-2014-11-13.json";

const PRIMITIVES: &[&str] = &[
    "string",
    "integer",
    "long",
    "double",
    "float",
    "boolean",
    "timestamp",
];

/// The generated file's exact text: `generate`, checked and formatted with rustfmt.
pub fn render(model: &Value) -> Result<String, String> {
    let unknown = unknown_primitive_types(model);
    if !unknown.is_empty() {
        return Err(format!("shapes of unsupported types: {unknown:?}"));
    }
    format_rust(&generate(model)?)
}

/// Generates the (unformatted) Rust source for the model.
pub fn generate(model: &Value) -> Result<String, String> {
    let shapes = model
        .get("shapes")
        .and_then(Value::as_object)
        .ok_or("model has no shapes")?;
    let operations = model
        .get("operations")
        .and_then(Value::as_object)
        .ok_or("model has no operations")?;
    let mut out = String::new();
    out.push_str(
        "//! Wire types of the ECS API, generated from the pinned service model by\n\
         //! `cargo run -p ecsemu-codegen`. Do not edit by hand: edit the generator.\n\
         #![allow(clippy::all, clippy::pedantic, missing_docs)]\n\n\
         use serde::{Deserialize, Serialize};\n\
         use std::collections::BTreeMap;\n\n\
         use super::Timestamp;\n\n",
    );
    write_operations(&mut out, operations)?;
    for (name, shape) in shapes {
        if shape.get("exception").and_then(Value::as_bool) == Some(true) {
            continue;
        }
        if shape.get("enum").is_some() {
            write_enum(&mut out, name, shape)?;
        } else if shape.get("type").and_then(Value::as_str) == Some("structure") {
            write_struct(&mut out, name, shape, shapes)?;
        }
    }
    Ok(out)
}

fn write_operations(out: &mut String, operations: &Map<String, Value>) -> Result<(), String> {
    let names: Vec<&String> = operations.keys().collect();
    out.push_str(
        "/// Every operation of the ECS API, as named in `X-Amz-Target`.\n\
         #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]\n\
         pub enum Operation {\n",
    );
    for name in &names {
        let _ = writeln!(out, "    {name},");
    }
    out.push_str("}\n\nimpl Operation {\n");
    let _ = writeln!(
        out,
        "    pub const ALL: [Operation; {}] = [{}];",
        names.len(),
        names
            .iter()
            .map(|n| format!("Operation::{n}"))
            .collect::<Vec<_>>()
            .join(", ")
    );
    out.push_str("\n    pub const fn name(self) -> &'static str {\n        match self {\n");
    for name in &names {
        let _ = writeln!(out, "            Operation::{name} => \"{name}\",");
    }
    out.push_str("        }\n    }\n\n    pub fn from_name(name: &str) -> Option<Self> {\n        match name {\n");
    for name in &names {
        let _ = writeln!(out, "            \"{name}\" => Some(Operation::{name}),");
    }
    out.push_str("            _ => None,\n        }\n    }\n}\n\n");
    for name in &names {
        let op = &operations[*name];
        for key in ["input", "output"] {
            if op.get(key).is_none() {
                return Err(format!("operation {name} has no {key}"));
            }
        }
    }
    Ok(())
}

fn write_enum(out: &mut String, name: &str, shape: &Value) -> Result<(), String> {
    let values: Vec<&str> = shape["enum"]
        .as_array()
        .ok_or_else(|| format!("{name}: enum is not a list"))?
        .iter()
        .filter_map(Value::as_str)
        .collect();
    let variants: Vec<String> = values.iter().map(|v| variant_name(v)).collect();
    let unique: BTreeSet<&String> = variants.iter().collect();
    if unique.len() != variants.len() {
        return Err(format!("{name}: enum values collide as Rust variants"));
    }
    let _ = writeln!(
        out,
        "#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Default, Serialize, Deserialize)]\n\
         pub enum {name} {{"
    );
    for (i, (value, variant)) in values.iter().zip(&variants).enumerate() {
        if i == 0 {
            out.push_str("    #[default]\n");
        }
        let _ = writeln!(out, "    #[serde(rename = \"{value}\")]\n    {variant},");
    }
    let _ = writeln!(out, "}}\n\nimpl {name} {{");
    let _ = writeln!(
        out,
        "    pub const ALL: [{name}; {}] = [{}];",
        variants.len(),
        variants
            .iter()
            .map(|v| format!("{name}::{v}"))
            .collect::<Vec<_>>()
            .join(", ")
    );
    out.push_str("\n    pub const fn as_str(self) -> &'static str {\n        match self {\n");
    for (value, variant) in values.iter().zip(&variants) {
        let _ = writeln!(out, "            {name}::{variant} => \"{value}\",");
    }
    out.push_str("        }\n    }\n\n    pub fn parse(value: &str) -> Option<Self> {\n        match value {\n");
    for (value, variant) in values.iter().zip(&variants) {
        let _ = writeln!(out, "            \"{value}\" => Some({name}::{variant}),");
    }
    out.push_str("            _ => None,\n        }\n    }\n}\n\n");
    let _ = writeln!(
        out,
        "impl std::fmt::Display for {name} {{\n    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {{\n        f.write_str(self.as_str())\n    }}\n}}\n"
    );
    Ok(())
}

fn write_struct(
    out: &mut String,
    name: &str,
    shape: &Value,
    shapes: &Map<String, Value>,
) -> Result<(), String> {
    let members = shape
        .get("members")
        .and_then(Value::as_object)
        .ok_or_else(|| format!("{name}: structure without members"))?;
    let required: BTreeSet<&str> = shape
        .get("required")
        .and_then(Value::as_array)
        .map(|r| r.iter().filter_map(Value::as_str).collect())
        .unwrap_or_default();
    let _ = writeln!(
        out,
        "#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]\npub struct {name} {{"
    );
    let mut fields = BTreeSet::new();
    for (member, spec) in members {
        let target = spec
            .get("shape")
            .and_then(Value::as_str)
            .ok_or_else(|| format!("{name}.{member}: no shape"))?;
        let field = field_name(member);
        if !fields.insert(field.clone()) {
            return Err(format!("{name}.{member}: field name {field} repeats"));
        }
        let ty = rust_type(target, shapes)?;
        let target_shape = &shapes[target];
        let plain_primitive = matches!(
            target_shape.get("type").and_then(Value::as_str),
            Some("integer" | "long" | "boolean" | "double")
        ) && target_shape.get("box").and_then(Value::as_bool) != Some(true)
            && spec.get("box").and_then(Value::as_bool) != Some(true);
        if plain_primitive {
            let _ = writeln!(
                out,
                "    #[serde(rename = \"{member}\", default)]\n    pub {field}: {ty},"
            );
        } else if required.contains(member.as_str()) {
            let _ = writeln!(
                out,
                "    #[serde(rename = \"{member}\")]\n    pub {field}: {ty},"
            );
        } else {
            let _ = writeln!(
                out,
                "    #[serde(rename = \"{member}\", default, skip_serializing_if = \"Option::is_none\")]\n    pub {field}: Option<{ty}>,"
            );
        }
    }
    out.push_str("}\n\n");
    Ok(())
}

fn rust_type(shape_name: &str, shapes: &Map<String, Value>) -> Result<String, String> {
    let shape = shapes
        .get(shape_name)
        .ok_or_else(|| format!("unknown shape {shape_name}"))?;
    if shape.get("enum").is_some() {
        return Ok(shape_name.to_owned());
    }
    if shape.get("document").and_then(Value::as_bool) == Some(true) {
        return Ok("serde_json::Value".to_owned());
    }
    let kind = shape
        .get("type")
        .and_then(Value::as_str)
        .ok_or_else(|| format!("{shape_name}: no type"))?;
    Ok(match kind {
        "string" => "String".to_owned(),
        "integer" => "i32".to_owned(),
        "long" => "i64".to_owned(),
        "double" => "f64".to_owned(),
        "float" => "f32".to_owned(),
        "boolean" => "bool".to_owned(),
        "timestamp" => "Timestamp".to_owned(),
        "structure" => shape_name.to_owned(),
        "list" => format!(
            "Vec<{}>",
            rust_type(member_shape(shape, "member", shape_name)?, shapes)?
        ),
        "map" => format!(
            "BTreeMap<{}, {}>",
            rust_type(member_shape(shape, "key", shape_name)?, shapes)?,
            rust_type(member_shape(shape, "value", shape_name)?, shapes)?
        ),
        other => return Err(format!("{shape_name}: unsupported type {other}")),
    })
}

fn member_shape<'a>(shape: &'a Value, key: &str, owner: &str) -> Result<&'a str, String> {
    shape
        .get(key)
        .and_then(|m| m.get("shape"))
        .and_then(Value::as_str)
        .ok_or_else(|| format!("{owner}: no {key} shape"))
}

/// `enableECSManagedTags` -> `enable_ecs_managed_tags`, `bindIP` -> `bind_ip`, `type` -> `r#type`.
pub fn field_name(member: &str) -> String {
    // Units read as words: `sizeInGiB` -> `size_in_gib`, `memoryGiBPerVCpu` -> `memory_gib_per_vcpu`.
    let member = member
        .replace("GiB", "Gib")
        .replace("MiB", "Mib")
        .replace("VCpu", "Vcpu");
    let chars: Vec<char> = member.chars().collect();
    let mut out = String::new();
    for (i, &c) in chars.iter().enumerate() {
        if c.is_ascii_uppercase() && i > 0 {
            let prev = chars[i - 1];
            let next_lower = chars.get(i + 1).is_some_and(char::is_ascii_lowercase);
            if prev.is_ascii_lowercase()
                || prev.is_ascii_digit()
                || (prev.is_ascii_uppercase() && next_lower)
            {
                out.push('_');
            }
        }
        out.push(c.to_ascii_lowercase());
    }
    match out.as_str() {
        "type" | "match" | "ref" | "mod" | "enum" | "use" | "loop" | "in" | "as" | "async"
        | "await" | "dyn" | "override" | "final" | "box" | "static" | "const" | "fn" | "impl"
        | "trait" | "struct" | "where" | "move" | "mut" | "pub" | "return" | "true" | "false"
        | "let" | "if" | "else" | "for" | "while" | "break" | "continue" | "extern" | "unsafe"
        | "type_" | "abstract" | "become" | "do" | "macro" | "priv" | "typeof" | "unsized"
        | "virtual" | "yield" | "try" | "gen" => format!("r#{out}"),
        "self" | "super" | "crate" => format!("{out}_"),
        _ => out,
    }
}

/// `FARGATE_SPOT` -> `FargateSpot`, `json-file` -> `JsonFile`, `X86_64` -> `X86_64`.
pub fn variant_name(value: &str) -> String {
    let mut out = String::new();
    for part in value
        .split(|c: char| !c.is_ascii_alphanumeric())
        .filter(|p| !p.is_empty())
    {
        let mixed = part.chars().any(|c| c.is_ascii_uppercase())
            && part.chars().any(|c| c.is_ascii_lowercase());
        let mut chars = part.chars();
        if let Some(first) = chars.next() {
            if !out.is_empty()
                && out.ends_with(|c: char| c.is_ascii_digit())
                && first.is_ascii_digit()
            {
                out.push('_');
            }
            out.push(first.to_ascii_uppercase());
            if mixed {
                out.extend(chars);
            } else {
                out.extend(chars.map(|c| c.to_ascii_lowercase()));
            }
        }
    }
    if out.starts_with(|c: char| c.is_ascii_digit()) {
        out.insert(0, 'V');
    }
    out
}

/// Sanity: the model only uses the primitive types the generator knows.
fn unknown_primitive_types(model: &Value) -> Vec<String> {
    model["shapes"]
        .as_object()
        .map(|shapes| {
            shapes
                .iter()
                .filter_map(|(name, s)| {
                    let kind = s.get("type")?.as_str()?;
                    let known =
                        PRIMITIVES.contains(&kind) || matches!(kind, "structure" | "list" | "map");
                    (!known).then(|| format!("{name}: {kind}"))
                })
                .collect()
        })
        .unwrap_or_default()
}

fn format_rust(source: &str) -> Result<String, String> {
    let mut child = Command::new("rustfmt")
        .args(["--edition", "2021", "--emit", "stdout"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .map_err(|e| format!("rustfmt: {e}"))?;
    child
        .stdin
        .take()
        .ok_or("rustfmt: no stdin")?
        .write_all(source.as_bytes())
        .map_err(|e| format!("rustfmt: {e}"))?;
    let output = child
        .wait_with_output()
        .map_err(|e| format!("rustfmt: {e}"))?;
    if !output.status.success() {
        return Err(format!(
            "rustfmt failed: {}",
            String::from_utf8_lossy(&output.stderr)
        ));
    }
    String::from_utf8(output.stdout).map_err(|e| format!("rustfmt: {e}"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn field_names_follow_rust_conventions() {
        assert_eq!(
            field_name("enableECSManagedTags"),
            "enable_ecs_managed_tags"
        );
        assert_eq!(field_name("bindIP"), "bind_ip");
        assert_eq!(field_name("type"), "r#type");
        assert_eq!(field_name("clusterArn"), "cluster_arn");
        assert_eq!(field_name("ipv6Address"), "ipv6_address");
        assert_eq!(field_name("sizeInGiB"), "size_in_gib");
        assert_eq!(field_name("memoryGiBPerVCpu"), "memory_gib_per_vcpu");
    }

    #[test]
    fn variant_names_are_pascal_case() {
        assert_eq!(variant_name("FARGATE_SPOT"), "FargateSpot");
        assert_eq!(variant_name("json-file"), "JsonFile");
        assert_eq!(variant_name("distinctInstance"), "DistinctInstance");
        assert_eq!(variant_name("TaskFailedToStart"), "TaskFailedToStart");
        assert_eq!(variant_name("X86_64"), "X86_64");
    }
}
