//! RegisterTaskDefinition, DescribeTaskDefinition, DeregisterTaskDefinition,
//! DeleteTaskDefinitions, ListTaskDefinitions, ListTaskDefinitionFamilies.

use super::Context;
use crate::control::arn::Scope;
use crate::control::paging::{self, PageLimits};
use crate::control::store::Partition;
use crate::control::tags;
use crate::control::task_definition::{self, Revision, TaskDefinitionRef};
use crate::error::EcsError;
use crate::wire::{self, SortOrder, TaskDefinitionFamilyStatus, TaskDefinitionStatus};

pub(super) fn register_task_definition(
    cx: &Context<'_>,
    input: wire::RegisterTaskDefinitionRequest,
) -> Result<wire::RegisterTaskDefinitionResponse, EcsError> {
    let (definition, tags) =
        task_definition::build(input, &cx.caller.principal_arn(), cx.plane.now())?;
    let tags = tags::initial(&tags)?;
    let scope = cx.caller.scope();
    let revision = cx.plane.store.write(&cx.caller.partition_key(), |p| {
        p.task_definitions
            .register(&scope, definition, tags)
            .clone()
    });
    Ok(wire::RegisterTaskDefinitionResponse {
        task_definition: Some(revision.definition),
        tags: Some(revision.tags),
    })
}

pub(super) fn describe_task_definition(
    cx: &Context<'_>,
    input: wire::DescribeTaskDefinitionRequest,
) -> Result<wire::DescribeTaskDefinitionResponse, EcsError> {
    let scope = cx.caller.scope();
    let include_tags = super::includes(input.include.as_deref(), wire::TaskDefinitionField::Tags);
    let revision = cx.plane.store.read(&cx.caller.partition_key(), |p| {
        TaskDefinitionRef::parse(&scope, &input.task_definition)
            .and_then(|r| p.task_definitions.resolve(&r).cloned())
    });
    let revision =
        revision.ok_or_else(|| EcsError::client("Unable to describe task definition."))?;
    Ok(wire::DescribeTaskDefinitionResponse {
        task_definition: Some(revision.definition),
        tags: Some(if include_tags {
            revision.tags
        } else {
            Vec::new()
        }),
    })
}

pub(super) fn deregister_task_definition(
    cx: &Context<'_>,
    input: wire::DeregisterTaskDefinitionRequest,
) -> Result<wire::DeregisterTaskDefinitionResponse, EcsError> {
    let scope = cx.caller.scope();
    let definition = cx.plane.store.write(&cx.caller.partition_key(), |p| {
        let revision = explicit_revision(p, &scope, &input.task_definition)
            .ok_or_else(|| EcsError::client("The specified task definition does not exist."))?;
        let definition = &mut revision.definition;
        if definition.status == Some(TaskDefinitionStatus::Active) {
            definition.status = Some(TaskDefinitionStatus::Inactive);
            definition.deregistered_at = Some(cx.plane.now());
        }
        Ok::<_, EcsError>(definition.clone())
    })?;
    Ok(wire::DeregisterTaskDefinitionResponse {
        task_definition: Some(definition),
    })
}

pub(super) fn delete_task_definitions(
    cx: &Context<'_>,
    input: wire::DeleteTaskDefinitionsRequest,
) -> Result<wire::DeleteTaskDefinitionsResponse, EcsError> {
    if input.task_definitions.is_empty() || input.task_definitions.len() > 10 {
        return Err(EcsError::invalid_parameter(
            "Specify between 1 and 10 task definitions to delete.",
        ));
    }
    let scope = cx.caller.scope();
    cx.plane.store.write(&cx.caller.partition_key(), |p| {
        let mut deleted = Vec::new();
        let mut failures = Vec::new();
        for reference in &input.task_definitions {
            let failure = |reason: &str| wire::Failure {
                arn: Some(reference.clone()),
                reason: Some(reason.to_owned()),
                detail: None,
            };
            let Some(revision) = explicit_revision(p, &scope, reference) else {
                failures.push(failure("The specified task definition does not exist."));
                continue;
            };
            let definition = &mut revision.definition;
            match definition.status {
                Some(TaskDefinitionStatus::Active) => failures.push(failure(
                    "The specified task definition is still in ACTIVE status. Please deregister \
                     the target and try again.",
                )),
                Some(TaskDefinitionStatus::Inactive) => {
                    definition.status = Some(TaskDefinitionStatus::DeleteInProgress);
                    definition.delete_requested_at = Some(cx.plane.now());
                    deleted.push(definition.clone());
                }
                _ => deleted.push(definition.clone()),
            }
        }
        Ok(wire::DeleteTaskDefinitionsResponse {
            task_definitions: Some(deleted),
            failures: Some(failures),
        })
    })
}

pub(super) fn list_task_definitions(
    cx: &Context<'_>,
    input: wire::ListTaskDefinitionsRequest,
) -> Result<wire::ListTaskDefinitionsResponse, EcsError> {
    let status = input.status.unwrap_or(TaskDefinitionStatus::Active);
    let descending = input.sort == Some(SortOrder::Desc);
    let keyed: Vec<(String, String)> = cx.plane.store.read(&cx.caller.partition_key(), |p| {
        p.task_definitions
            .families
            .iter()
            .filter(|(family, _)| input.family_prefix.as_ref().is_none_or(|f| f == *family))
            .flat_map(|(family, f)| {
                f.revisions
                    .values()
                    .filter(|r| r.status() == status)
                    .map(move |r| (sort_key(family, r.definition.revision), arn_of(r)))
            })
            .collect()
    });
    let (page, next_token) = paging::page(
        keyed,
        |(key, _)| key.clone(),
        descending,
        input.max_results,
        input.next_token.as_deref(),
        PageLimits::HUNDRED,
    )?;
    Ok(wire::ListTaskDefinitionsResponse {
        task_definition_arns: Some(page.into_iter().map(|(_, arn)| arn).collect()),
        next_token,
    })
}

pub(super) fn list_task_definition_families(
    cx: &Context<'_>,
    input: wire::ListTaskDefinitionFamiliesRequest,
) -> Result<wire::ListTaskDefinitionFamiliesResponse, EcsError> {
    let status = input.status.unwrap_or(TaskDefinitionFamilyStatus::All);
    let families: Vec<String> = cx.plane.store.read(&cx.caller.partition_key(), |p| {
        p.task_definitions
            .families
            .iter()
            .filter(|(name, _)| {
                input
                    .family_prefix
                    .as_ref()
                    .is_none_or(|prefix| name.starts_with(prefix.as_str()))
            })
            .filter(|(_, family)| {
                let active = family
                    .revisions
                    .values()
                    .any(|r| r.status() == TaskDefinitionStatus::Active);
                match status {
                    TaskDefinitionFamilyStatus::All => true,
                    TaskDefinitionFamilyStatus::Active => active,
                    TaskDefinitionFamilyStatus::Inactive => !active,
                }
            })
            .map(|(name, _)| name.clone())
            .collect()
    });
    let (page, next_token) = paging::page(
        families,
        Clone::clone,
        false,
        input.max_results,
        input.next_token.as_deref(),
        PageLimits::HUNDRED,
    )?;
    Ok(wire::ListTaskDefinitionFamiliesResponse {
        families: Some(page),
        next_token,
    })
}

/// A revision named with an explicit revision number (`family:revision` or ARN), as
/// deregistering and deleting require.
fn explicit_revision<'p>(
    p: &'p mut Partition,
    scope: &Scope,
    reference: &str,
) -> Option<&'p mut Revision> {
    let parsed = TaskDefinitionRef::parse(scope, reference)?;
    p.task_definitions
        .resolve_mut(&parsed.family, parsed.revision?)
}

/// Orders by family, then revision numerically (`\0` sorts before any family character).
fn sort_key(family: &str, revision: i32) -> String {
    format!("{family}\0{revision:010}")
}

fn arn_of(revision: &Revision) -> String {
    revision
        .definition
        .task_definition_arn
        .clone()
        .unwrap_or_default()
}
