//! Tag rules shared by every taggable resource.

use crate::error::EcsError;
use crate::wire::Tag;

/// ECS allows 50 user tags per resource; `aws:` tags are the system's and do not count.
pub const MAX_TAGS: usize = 50;

/// Checks tags a caller supplies (on create or TagResource).
pub fn validate(tags: &[Tag]) -> Result<(), EcsError> {
    for tag in tags {
        let key = tag.key.as_deref().unwrap_or_default();
        let value = tag.value.as_deref().unwrap_or_default();
        if key.is_empty() || key.chars().count() > 128 {
            return Err(EcsError::invalid_parameter(
                "Tag keys must be between 1 and 128 characters.",
            ));
        }
        if value.chars().count() > 256 {
            return Err(EcsError::invalid_parameter(
                "Tag values must be at most 256 characters.",
            ));
        }
        if !key.chars().chain(value.chars()).all(allowed_char) {
            return Err(EcsError::invalid_parameter(format!(
                "The tag '{key}' contains characters that are not allowed. Letters, numbers, \
                 spaces and _ . : / = + - @ are allowed."
            )));
        }
        if key.to_ascii_lowercase().starts_with("aws:") {
            return Err(EcsError::invalid_parameter(
                "Tag keys starting with 'aws:' are reserved for AWS use.",
            ));
        }
    }
    Ok(())
}

fn allowed_char(c: char) -> bool {
    c.is_alphanumeric() || c.is_whitespace() || "_.:/=+-@".contains(c)
}

/// Adds or overwrites `new` on `tags`, refusing to go over the limit.
pub fn merge(tags: &mut Vec<Tag>, new: &[Tag]) -> Result<(), EcsError> {
    validate(new)?;
    let mut merged = tags.clone();
    for tag in new {
        match merged.iter_mut().find(|t| t.key == tag.key) {
            Some(existing) => existing.value.clone_from(&tag.value),
            None => merged.push(tag.clone()),
        }
    }
    let user_tags = merged
        .iter()
        .filter(|t| !t.key.as_deref().unwrap_or_default().starts_with("aws:"))
        .count();
    if user_tags > MAX_TAGS {
        return Err(EcsError::invalid_parameter(format!(
            "A resource can have at most {MAX_TAGS} tags."
        )));
    }
    *tags = merged;
    Ok(())
}

/// Tags given at creation: validated and de-duplicated (the last value of a key wins).
pub fn initial(new: &[Tag]) -> Result<Vec<Tag>, EcsError> {
    let mut tags = Vec::new();
    merge(&mut tags, new)?;
    Ok(tags)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tag(k: &str, v: &str) -> Tag {
        Tag {
            key: Some(k.into()),
            value: Some(v.into()),
        }
    }

    #[test]
    fn merge_overwrites_and_appends() {
        let mut tags = vec![tag("a", "1")];
        merge(&mut tags, &[tag("a", "2"), tag("b", "3")]).unwrap();
        assert_eq!(tags, vec![tag("a", "2"), tag("b", "3")]);
    }

    #[test]
    fn enforces_limits_and_reserved_prefix() {
        let mut tags = Vec::new();
        let many: Vec<Tag> = (0..51).map(|i| tag(&format!("k{i}"), "v")).collect();
        assert!(merge(&mut tags, &many).is_err());
        assert!(tags.is_empty(), "a refused merge changes nothing");
        assert!(validate(&[tag("aws:x", "v")]).is_err());
        assert!(validate(&[tag("", "v")]).is_err());
        assert!(validate(&[tag("ok key", "v@x.com")]).is_ok());
        assert!(validate(&[tag("bad#key", "v")]).is_err());
    }
}
