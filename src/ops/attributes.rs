//! PutAttributes, DeleteAttributes, ListAttributes: name/value attributes of container
//! instances (the only target type ECS has), the built-in `ecs.*` ones included.

use super::Context;
use crate::control::arn::Scope;
use crate::control::paging::{self, PageLimits};
use crate::control::store::Partition;
use crate::error::{EcsError, ErrorKind};
use crate::wire::{self, TargetType};

/// ECS allows ten custom attributes on one resource.
const MAX_CUSTOM: usize = 10;

pub(super) fn put_attributes(
    cx: &Context<'_>,
    input: wire::PutAttributesRequest,
) -> Result<wire::PutAttributesResponse, EcsError> {
    let scope = cx.caller.scope();
    for attribute in &input.attributes {
        check_name(&attribute.name)?;
        if let Some(value) = &attribute.value {
            check_value(value)?;
        }
    }
    let attributes = cx.plane.store.write(&cx.caller.partition_key(), |p| {
        // Every target must exist and stay within the limit before anything changes.
        let targets = targets(p, &scope, input.cluster.as_deref(), &input.attributes)?;
        let mut echoed = Vec::with_capacity(input.attributes.len());
        let mut staged = std::collections::BTreeMap::<String, Vec<wire::Attribute>>::new();
        for (attribute, id) in input.attributes.iter().zip(&targets) {
            let current = staged.entry(id.clone()).or_insert_with(|| {
                p.container_instances
                    .get(id)
                    .map(|i| i.attributes.clone())
                    .unwrap_or_default()
            });
            current.retain(|a| a.name != attribute.name);
            current.push(wire::Attribute {
                name: attribute.name.clone(),
                value: attribute.value.clone(),
                ..wire::Attribute::default()
            });
            if current.iter().filter(|a| is_custom(&a.name)).count() > MAX_CUSTOM {
                return Err(EcsError::new(
                    ErrorKind::AttributeLimitExceeded,
                    format!(
                        "A container instance can have at most {MAX_CUSTOM} custom attributes."
                    ),
                ));
            }
            echoed.push(wire::Attribute {
                target_id: p.container_instances.get(id).map(|i| i.arn.clone()),
                ..attribute.clone()
            });
        }
        for (id, attributes) in staged {
            if let Some(instance) = p.container_instances.get_mut(&id) {
                instance.attributes = attributes;
            }
        }
        Ok(echoed)
    })?;
    Ok(wire::PutAttributesResponse {
        attributes: Some(attributes),
    })
}

pub(super) fn delete_attributes(
    cx: &Context<'_>,
    input: wire::DeleteAttributesRequest,
) -> Result<wire::DeleteAttributesResponse, EcsError> {
    let scope = cx.caller.scope();
    let attributes = cx.plane.store.write(&cx.caller.partition_key(), |p| {
        let targets = targets(p, &scope, input.cluster.as_deref(), &input.attributes)?;
        let mut deleted = Vec::with_capacity(input.attributes.len());
        for (attribute, id) in input.attributes.iter().zip(&targets) {
            if let Some(instance) = p.container_instances.get_mut(id) {
                instance.attributes.retain(|a| a.name != attribute.name);
                deleted.push(wire::Attribute {
                    target_id: Some(instance.arn.clone()),
                    ..attribute.clone()
                });
            }
        }
        Ok(deleted)
    })?;
    Ok(wire::DeleteAttributesResponse {
        attributes: Some(attributes),
    })
}

pub(super) fn list_attributes(
    cx: &Context<'_>,
    input: wire::ListAttributesRequest,
) -> Result<wire::ListAttributesResponse, EcsError> {
    let scope = cx.caller.scope();
    if input.attribute_value.is_some() && input.attribute_name.is_none() {
        return Err(EcsError::invalid_parameter(
            "attributeValue can only be given with attributeName.",
        ));
    }
    let attributes = cx.plane.store.read(&cx.caller.partition_key(), |p| {
        let cluster = p.active_cluster(&scope, input.cluster.as_deref())?;
        let mut listed = Vec::new();
        for instance in p
            .container_instances
            .values()
            .filter(|i| i.cluster == cluster.name)
        {
            let matching = instance.attributes.iter().filter(|a| {
                input.attribute_name.as_ref().is_none_or(|n| *n == a.name)
                    && input
                        .attribute_value
                        .as_ref()
                        .is_none_or(|v| a.value.as_ref() == Some(v))
            });
            listed.extend(matching.map(|a| wire::Attribute {
                name: a.name.clone(),
                value: a.value.clone(),
                target_id: Some(instance.arn.clone()),
                target_type: None,
            }));
        }
        Ok::<_, EcsError>(listed)
    })?;
    let (page, next_token) = paging::page(
        attributes,
        |a| {
            format!(
                "{}\u{0}{}",
                a.target_id.as_deref().unwrap_or_default(),
                a.name
            )
        },
        false,
        input.max_results,
        input.next_token.as_deref(),
        PageLimits::HUNDRED,
    )?;
    Ok(wire::ListAttributesResponse {
        attributes: Some(page),
        next_token,
    })
}

/// The ids of the container instances the attributes are for, in the cluster named.
fn targets(
    p: &Partition,
    scope: &Scope,
    cluster: Option<&str>,
    attributes: &[wire::Attribute],
) -> Result<Vec<String>, EcsError> {
    let cluster = p.active_cluster(scope, cluster)?.name.clone();
    attributes
        .iter()
        .map(|attribute| target(p, scope, &cluster, attribute))
        .collect()
}

/// The id of the container instance an attribute is for.
fn target(
    p: &Partition,
    scope: &Scope,
    cluster: &str,
    attribute: &wire::Attribute,
) -> Result<String, EcsError> {
    if attribute
        .target_type
        .is_some_and(|t| t != TargetType::ContainerInstance)
    {
        return Err(EcsError::invalid_parameter(
            "targetType must be container-instance.",
        ));
    }
    let reference = attribute.target_id.as_deref().ok_or_else(|| {
        EcsError::invalid_parameter(format!(
            "Attribute {} needs a targetId: the container instance it is for.",
            attribute.name
        ))
    })?;
    super::container_instances::instance_id(scope, reference)
        .and_then(|id| p.container_instances.get(id))
        .filter(|i| i.cluster == cluster)
        .map(|i| i.id.clone())
        .ok_or_else(|| {
            EcsError::new(
                ErrorKind::TargetNotFound,
                format!("Could not find {reference}."),
            )
        })
}

fn is_custom(name: &str) -> bool {
    !(name.starts_with("ecs.") || name.starts_with("com.amazonaws.ecs."))
}

fn check_name(name: &str) -> Result<(), EcsError> {
    let allowed = |c: char| c.is_ascii_alphanumeric() || "-_/\\.".contains(c);
    if name.is_empty() || name.len() > 128 || !name.chars().all(allowed) {
        return Err(EcsError::invalid_parameter(format!(
            "Attribute name {name:?} is invalid: 1 to 128 letters, digits, hyphens, \
             underscores, slashes, back slashes or periods."
        )));
    }
    Ok(())
}

fn check_value(value: &str) -> Result<(), EcsError> {
    let allowed = |c: char| c.is_ascii_alphanumeric() || "-_.@/\\: ".contains(c);
    if value.is_empty() || value.len() > 128 || !value.chars().all(allowed) || value.trim() != value
    {
        return Err(EcsError::invalid_parameter(format!(
            "Attribute value {value:?} is invalid: 1 to 128 letters, digits, spaces, hyphens, \
             underscores, periods, at signs, slashes, back slashes or colons, without leading \
             or trailing spaces."
        )));
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_and_values_follow_ecs_rules() {
        assert!(check_name("stack").is_ok());
        assert!(check_name("ecs.instance-type").is_ok());
        assert!(check_name("a/b\\c_d-e.f").is_ok());
        assert!(check_name("").is_err());
        assert!(check_name("with space").is_err());
        assert!(check_name(&"x".repeat(129)).is_err());
        assert!(check_value("t3.micro").is_ok());
        assert!(check_value("a b@c:d").is_ok());
        assert!(check_value(" padded").is_err());
        assert!(check_value("semi;colon").is_err());
        assert!(!is_custom("ecs.os-type"));
        assert!(!is_custom(
            "com.amazonaws.ecs.capability.docker-remote-api.1.17"
        ));
        assert!(is_custom("stack"));
    }
}
