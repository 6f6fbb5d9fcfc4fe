//! TagResource, UntagResource, ListTagsForResource.

use super::Context;
use crate::control::arn::{Arn, Scope};
use crate::control::service::ServiceStatus;
use crate::control::store::Partition;
use crate::control::tags;
use crate::error::{EcsError, ErrorKind};
use crate::wire::{self, Tag};

pub(super) fn tag_resource(
    cx: &Context<'_>,
    input: wire::TagResourceRequest,
) -> Result<wire::TagResourceResponse, EcsError> {
    let scope = cx.caller.scope();
    cx.plane.store.write(&cx.caller.partition_key(), |p| {
        tags::merge(
            tags_of(p, &scope, &input.resource_arn, resource_not_found)?,
            &input.tags,
        )
    })?;
    Ok(wire::TagResourceResponse::default())
}

pub(super) fn untag_resource(
    cx: &Context<'_>,
    input: wire::UntagResourceRequest,
) -> Result<wire::UntagResourceResponse, EcsError> {
    let scope = cx.caller.scope();
    cx.plane.store.write(&cx.caller.partition_key(), |p| {
        let tags = tags_of(p, &scope, &input.resource_arn, resource_not_found)?;
        tags.retain(|t| !input.tag_keys.iter().any(|k| Some(k) == t.key.as_ref()));
        Ok::<_, EcsError>(())
    })?;
    Ok(wire::UntagResourceResponse::default())
}

pub(super) fn list_tags_for_resource(
    cx: &Context<'_>,
    input: wire::ListTagsForResourceRequest,
) -> Result<wire::ListTagsForResourceResponse, EcsError> {
    let scope = cx.caller.scope();
    // The lookup is shared with the writers; a read-only caller just does not change anything.
    let tags = cx.plane.store.write(&cx.caller.partition_key(), |p| {
        // The model gives ListTagsForResource no ResourceNotFoundException.
        tags_of(p, &scope, &input.resource_arn, || {
            EcsError::invalid_parameter("The specified resource could not be found.")
        })
        .map(|t| t.clone())
    })?;
    Ok(wire::ListTagsForResourceResponse { tags: Some(tags) })
}

fn resource_not_found() -> EcsError {
    EcsError::new(
        ErrorKind::ResourceNotFound,
        "The specified resource could not be found.",
    )
}

/// The tag list of the resource an ARN names; `not_found` is the operation's error for an ARN
/// that names nothing.
fn tags_of<'p>(
    p: &'p mut Partition,
    scope: &Scope,
    resource_arn: &str,
    not_found: fn() -> EcsError,
) -> Result<&'p mut Vec<Tag>, EcsError> {
    let arn = Arn::parse(resource_arn).ok_or_else(|| {
        EcsError::invalid_parameter(format!("Invalid resource ARN: {resource_arn}"))
    })?;
    let ours = arn.partition == scope.partition
        && arn.region == scope.region
        && arn.account_id == scope.account_id;
    if !ours {
        return Err(not_found());
    }
    let (cluster, rest) = arn
        .resource_path
        .split_once('/')
        .unwrap_or((arn.resource_path, ""));
    match arn.resource_type {
        "cluster" => p
            .clusters
            .get_mut(arn.resource_path)
            .filter(|c| c.is_active())
            .map(|c| &mut c.tags)
            .ok_or_else(EcsError::cluster_not_found),
        "task" | "container-instance" | "service" if rest.is_empty() => Err(
            EcsError::invalid_parameter("Long arn format must be used for tagging operations"),
        ),
        "service" => p
            .clusters
            .get_mut(cluster)
            .and_then(|c| c.services.get_mut(rest))
            .filter(|s| s.status != ServiceStatus::Inactive)
            .map(|s| &mut s.tags)
            .ok_or_else(|| EcsError::new(ErrorKind::ServiceNotFound, "Service not found.")),
        "task-set" => {
            let service = rest.split('/').next().unwrap_or_default();
            p.clusters
                .get_mut(cluster)
                .and_then(|c| c.services.get_mut(service))
                .and_then(|s| s.task_set_mut(resource_arn))
                .and_then(|d| d.task_set.as_mut())
                .filter(|t| !t.draining)
                .map(|t| &mut t.tags)
                .ok_or_else(not_found)
        }
        "task" => p
            .tasks
            .get_mut(rest)
            .filter(|t| t.cluster == cluster)
            .map(|t| &mut t.tags)
            .ok_or_else(not_found),
        "container-instance" => p
            .container_instances
            .get_mut(rest)
            .filter(|i| i.cluster == cluster)
            .map(|i| &mut i.tags)
            .ok_or_else(not_found),
        "capacity-provider" => p
            .capacity_providers
            .get_mut(arn.resource_path)
            .filter(|cp| cp.is_active())
            .map(|cp| &mut cp.tags)
            .ok_or_else(not_found),
        "daemon" => p
            .clusters
            .get_mut(cluster)
            .and_then(|c| c.daemons.get_mut(rest))
            .map(|d| &mut d.tags)
            .ok_or_else(not_found),
        "daemon-task-definition" => {
            let (family, revision) = family_revision(arn.resource_path).ok_or_else(not_found)?;
            p.daemon_task_definitions
                .families
                .get_mut(family)
                .and_then(|f| f.revisions.get_mut(&revision))
                .map(|r| &mut r.tags)
                .ok_or_else(not_found)
        }
        "gateway" => p
            .gateways
            .get_mut(arn.resource_path)
            .map(|g| &mut g.tags)
            .ok_or_else(not_found),
        "task-definition" => {
            let (family, revision) = family_revision(arn.resource_path).ok_or_else(not_found)?;
            p.task_definitions
                .resolve_mut(family, revision)
                .map(|r| &mut r.tags)
                .ok_or_else(not_found)
        }
        _ => Err(EcsError::invalid_parameter(format!(
            "The resource type of {resource_arn} cannot be tagged."
        ))),
    }
}

/// `family:revision`, as a task definition's ARN ends.
fn family_revision(path: &str) -> Option<(&str, i32)> {
    let (family, revision) = path.rsplit_once(':')?;
    Some((family, revision.parse().ok()?))
}
