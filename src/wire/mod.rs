//! The AWS JSON 1.1 wire format: request and response types generated from the pinned ECS
//! service model, and decoding that reports bad input the way AWS front ends do.

#[rustfmt::skip]
mod model;

pub use model::*;

use serde::de::DeserializeOwned;

use crate::error::{EcsError, ErrorKind};

/// JSON timestamps are epoch seconds, fractions allowed.
pub type Timestamp = f64;

/// How many bytes `value` takes as JSON, counted without building the text.
pub fn encoded_len<T: serde::Serialize + ?Sized>(value: &T) -> usize {
    struct Count(usize);
    impl std::io::Write for Count {
        fn write(&mut self, bytes: &[u8]) -> std::io::Result<usize> {
            self.0 += bytes.len();
            Ok(bytes.len())
        }

        fn flush(&mut self) -> std::io::Result<()> {
            Ok(())
        }
    }
    let mut count = Count(0);
    // A counter never fails to take bytes, and the model's maps have string keys, so this
    // cannot fail.
    let _ = serde_json::to_writer(&mut count, value);
    count.0
}

/// Decodes an operation's input. Malformed JSON and members of the wrong type are a
/// `SerializationException`; a missing required member or an unknown enum value is an
/// `InvalidParameterException` naming the member, since the request is well-formed but wrong.
pub fn decode<T: DeserializeOwned>(body: &[u8]) -> Result<T, EcsError> {
    let body: &[u8] = if body.iter().all(u8::is_ascii_whitespace) {
        b"{}"
    } else {
        body
    };
    // serde would also accept a JSON array for a struct; AWS requests are objects.
    if body.iter().find(|b| !b.is_ascii_whitespace()) != Some(&b'{') {
        return Err(EcsError::new(
            ErrorKind::Serialization,
            "The request body must be a JSON object.",
        ));
    }
    let mut deserializer = serde_json::Deserializer::from_slice(body);
    let input = serde_path_to_error::deserialize(&mut deserializer).map_err(|error| {
        let path = error.path().to_string();
        let inner = error.into_inner();
        let text = inner.to_string();
        let detail = text.split(" at line ").next().unwrap_or(&text);
        if !inner.is_data() {
            return EcsError::new(
                ErrorKind::Serialization,
                format!("The request body is not valid JSON: {detail}"),
            );
        }
        if let Some(field) = detail
            .strip_prefix("missing field `")
            .and_then(|rest| rest.strip_suffix('`'))
        {
            let at = if path == "." {
                field.to_owned()
            } else {
                format!("{path}.{field}")
            };
            return EcsError::invalid_parameter(format!(
                "1 validation error detected: Value null at '{at}' failed to satisfy \
                 constraint: Member must not be null"
            ));
        }
        if detail.starts_with("unknown variant") {
            return EcsError::invalid_parameter(format!("Invalid value for '{path}': {detail}"));
        }
        EcsError::new(
            ErrorKind::Serialization,
            format!("Cannot deserialize '{path}': {detail}"),
        )
    })?;
    // A second document after the first would otherwise be dropped unread, and the request
    // carried out as if it were not there.
    deserializer.end().map_err(|_| {
        EcsError::new(
            ErrorKind::Serialization,
            "The request body has data after its JSON object.",
        )
    })?;
    Ok(input)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn empty_bodies_are_empty_objects() {
        let input: ListClustersRequest = decode(b"").unwrap();
        assert_eq!(input.max_results, None);
    }

    #[test]
    fn malformed_json_is_a_serialization_error() {
        let err = decode::<ListClustersRequest>(b"{\"maxResults\":").unwrap_err();
        assert_eq!(err.code(), "SerializationException");
        let err = decode::<ListClustersRequest>(b"[]").unwrap_err();
        assert_eq!(err.code(), "SerializationException");
    }

    #[test]
    fn data_after_the_object_is_a_serialization_error() {
        for body in [
            &br#"{"clusterName":"a"} {"clusterName":"b"}"#[..],
            br#"{"clusterName":"a"}}"#,
            br#"{"clusterName":"a"}x"#,
        ] {
            let err = decode::<CreateClusterRequest>(body).unwrap_err();
            assert_eq!(err.code(), "SerializationException");
        }
        let input: CreateClusterRequest = decode(b"{\"clusterName\":\"a\"} \r\n\t").unwrap();
        assert_eq!(input.cluster_name.as_deref(), Some("a"));
    }

    #[test]
    fn wrong_member_types_name_the_member() {
        let err = decode::<RunTaskRequest>(br#"{"taskDefinition":"x","count":"two"}"#).unwrap_err();
        assert_eq!(err.code(), "SerializationException");
        assert!(err.message.contains("count"), "{}", err.message);
    }

    #[test]
    fn missing_required_members_are_invalid_parameters() {
        let err = decode::<RunTaskRequest>(b"{}").unwrap_err();
        assert_eq!(err.code(), "InvalidParameterException");
        assert!(err.message.contains("taskDefinition"), "{}", err.message);
    }

    #[test]
    fn unknown_enum_values_are_invalid_parameters() {
        let err = decode::<ListTasksRequest>(br#"{"desiredStatus":"WALKING"}"#).unwrap_err();
        assert_eq!(err.code(), "InvalidParameterException");
        assert!(err.message.contains("desiredStatus"), "{}", err.message);
    }

    #[test]
    fn unknown_members_are_ignored() {
        let input: ListClustersRequest = decode(br#"{"futureMember":1}"#).unwrap();
        assert_eq!(input.next_token, None);
    }
}
