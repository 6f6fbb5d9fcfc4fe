//! Daemons and daemon task definitions: CreateDaemon, UpdateDaemon, DeleteDaemon,
//! DescribeDaemon, ListDaemons, DescribeDaemonDeployments, ListDaemonDeployments,
//! DescribeDaemonRevisions, RegisterDaemonTaskDefinition, DescribeDaemonTaskDefinition,
//! DeleteDaemonTaskDefinition, ListDaemonTaskDefinitions. What a daemon runs where is the
//! daemon scheduler's (`control::daemon`); these operations change its settings and read its
//! records.

use super::Context;
use crate::control::arn::{self, Scope};
use crate::control::capacity::CapacityProvider;
use crate::control::daemon::{self, Daemon, DaemonRevisionRecord, DaemonTaskDefinitionRecord};
use crate::control::paging::{self, PageLimits};
use crate::control::store::Partition;
use crate::control::{tags, ServiceKey};
use crate::error::{EcsError, ErrorKind};
use crate::wire::{
    self, CapacityProviderType, DaemonStatus, DaemonTaskDefinitionStatus,
    DaemonTaskDefinitionStatusFilter, Timestamp,
};

/// DescribeDaemonDeployments and DescribeDaemonRevisions take at most this many ARNs.
const DESCRIBE_LIMIT: usize = 20;

pub(super) fn create_daemon(
    cx: &Context<'_>,
    input: wire::CreateDaemonRequest,
) -> Result<wire::CreateDaemonResponse, EcsError> {
    let scope = cx.caller.scope();
    if !arn::is_valid_name(&input.daemon_name) {
        return Err(EcsError::invalid_parameter(
            "Daemon name contains invalid characters. Up to 255 letters (uppercase and \
             lowercase), numbers, underscores, and hyphens are allowed.",
        ));
    }
    super::check_client_token(input.client_token.as_deref(), super::CREATE_TOKEN_MAX)?;
    let configuration = deployment_configuration(input.deployment_configuration)?;
    let tags = tags::initial(input.tags.as_deref().unwrap_or_default())?;
    let now = cx.plane.now();
    let key = cx.caller.partition_key();
    let created = cx.plane.store.write(&key, |p| {
        let cluster = p.active_cluster(&scope, input.cluster_arn.as_deref())?;
        let (cluster, cluster_arn) = (cluster.name.clone(), cluster.arn.clone());
        if let Some(existing) = p
            .clusters
            .get(&cluster)
            .and_then(|c| c.daemons.get(&input.daemon_name))
        {
            if existing.status == DaemonStatus::Active
                && input.client_token.is_some()
                && existing.client_token == input.client_token
            {
                return Ok(existing.clone());
            }
            return Err(EcsError::invalid_parameter(format!(
                "A daemon named {} already exists in the cluster.",
                input.daemon_name
            )));
        }
        let settings = Settings {
            task_definition: &input.daemon_task_definition_arn,
            capacity_providers: &input.capacity_provider_arns,
            propagate_tags: input.propagate_tags,
            enable_ecs_managed_tags: input.enable_ecs_managed_tags,
            enable_execute_command: input.enable_execute_command,
            critical: input.critical,
        };
        let revision = settings.revision(p, &scope, &cluster, &input.daemon_name, now)?;
        let mut daemon = Daemon {
            name: input.daemon_name.clone(),
            arn: scope.daemon(&cluster, &input.daemon_name),
            cluster: cluster.clone(),
            cluster_arn,
            status: DaemonStatus::Active,
            created_at: now,
            updated_at: now,
            revisions: Vec::new(),
            deployments: Vec::new(),
            tags,
            client_token: input.client_token.clone(),
            tasks: std::collections::BTreeMap::new(),
            launch_failures: 0,
            launch_not_before: 0.0,
        };
        let target = revision.arn.clone();
        daemon.revisions.push(revision);
        daemon.start_deployment(&scope, Some(target), configuration, now);
        if let Some(c) = p.clusters.get_mut(&cluster) {
            c.daemons.insert(daemon.name.clone(), daemon.clone());
        }
        Ok::<_, EcsError>(daemon)
    })?;
    cx.plane.nudge_daemon(daemon_key(cx, &created));
    Ok(wire::CreateDaemonResponse {
        daemon_arn: Some(created.arn.clone()),
        status: Some(created.status),
        created_at: Some(created.created_at),
        deployment_arn: created.current_deployment().map(|d| d.arn.clone()),
    })
}

pub(super) fn update_daemon(
    cx: &Context<'_>,
    input: wire::UpdateDaemonRequest,
) -> Result<wire::UpdateDaemonResponse, EcsError> {
    let scope = cx.caller.scope();
    let configuration = deployment_configuration(input.deployment_configuration)?;
    let now = cx.plane.now();
    let updated = cx.plane.store.write(&cx.caller.partition_key(), |p| {
        let (cluster, name) = active_daemon(p, &scope, &input.daemon_arn)?;
        let settings = Settings {
            task_definition: &input.daemon_task_definition_arn,
            capacity_providers: &input.capacity_provider_arns,
            propagate_tags: input.propagate_tags,
            enable_ecs_managed_tags: input.enable_ecs_managed_tags,
            enable_execute_command: input.enable_execute_command,
            critical: input.critical,
        };
        let revision = settings.revision(p, &scope, &cluster, &name, now)?;
        let daemon = daemon_mut(p, &cluster, &name)?;
        let target = revision.arn.clone();
        daemon.revisions.push(revision);
        daemon.start_deployment(&scope, Some(target), configuration, now);
        Ok::<_, EcsError>(daemon.clone())
    })?;
    cx.plane.nudge_daemon(daemon_key(cx, &updated));
    Ok(wire::UpdateDaemonResponse {
        daemon_arn: Some(updated.arn.clone()),
        status: Some(updated.status),
        created_at: Some(updated.created_at),
        updated_at: Some(updated.updated_at),
        deployment_arn: updated.current_deployment().map(|d| d.arn.clone()),
    })
}

pub(super) fn delete_daemon(
    cx: &Context<'_>,
    input: wire::DeleteDaemonRequest,
) -> Result<wire::DeleteDaemonResponse, EcsError> {
    let scope = cx.caller.scope();
    let now = cx.plane.now();
    let deleted = cx.plane.store.write(&cx.caller.partition_key(), |p| {
        let (cluster, name) = active_daemon(p, &scope, &input.daemon_arn)?;
        let daemon = daemon_mut(p, &cluster, &name)?;
        daemon.status = DaemonStatus::DeleteInProgress;
        let configuration = daemon
            .current_deployment()
            .map(|d| d.configuration.clone())
            .unwrap_or_default();
        daemon.start_deployment(&scope, None, configuration, now);
        Ok::<_, EcsError>(daemon.clone())
    })?;
    cx.plane.nudge_daemon(daemon_key(cx, &deleted));
    Ok(wire::DeleteDaemonResponse {
        daemon_arn: Some(deleted.arn.clone()),
        status: Some(deleted.status),
        created_at: Some(deleted.created_at),
        updated_at: Some(deleted.updated_at),
        deployment_arn: deleted.current_deployment().map(|d| d.arn.clone()),
    })
}

pub(super) fn describe_daemon(
    cx: &Context<'_>,
    input: wire::DescribeDaemonRequest,
) -> Result<wire::DescribeDaemonResponse, EcsError> {
    let scope = cx.caller.scope();
    let described = cx.plane.store.read(&cx.caller.partition_key(), |p| {
        let daemon = find_daemon(p, &scope, &input.daemon_arn)?;
        Ok::<_, EcsError>(p.describe_daemon(daemon))
    })?;
    Ok(wire::DescribeDaemonResponse {
        daemon: Some(described),
    })
}

pub(super) fn list_daemons(
    cx: &Context<'_>,
    input: wire::ListDaemonsRequest,
) -> Result<wire::ListDaemonsResponse, EcsError> {
    let scope = cx.caller.scope();
    let wanted: Vec<&str> = input
        .capacity_provider_arns
        .iter()
        .flatten()
        .map(|r| daemon::provider_name(r))
        .collect();
    let summaries = cx.plane.store.read(&cx.caller.partition_key(), |p| {
        let cluster = p.active_cluster(&scope, input.cluster_arn.as_deref())?;
        Ok::<_, EcsError>(
            cluster
                .daemons
                .values()
                .filter(|d| {
                    wanted.is_empty()
                        || d.running_revision().is_some_and(|r| {
                            r.capacity_providers
                                .iter()
                                .any(|cp| wanted.contains(&daemon::provider_name(cp)))
                        })
                })
                .map(Daemon::summary)
                .collect::<Vec<_>>(),
        )
    })?;
    let (page, next_token) = paging::page(
        summaries,
        |s| s.daemon_arn.clone().unwrap_or_default(),
        false,
        input.max_results,
        input.next_token.as_deref(),
        PageLimits::HUNDRED,
    )?;
    Ok(wire::ListDaemonsResponse {
        daemon_summaries_list: Some(page),
        next_token,
    })
}

pub(super) fn describe_daemon_deployments(
    cx: &Context<'_>,
    input: wire::DescribeDaemonDeploymentsRequest,
) -> Result<wire::DescribeDaemonDeploymentsResponse, EcsError> {
    let scope = cx.caller.scope();
    super::check_describe_count(
        input.daemon_deployment_arns.len(),
        DESCRIBE_LIMIT,
        "daemonDeploymentArns",
    )?;
    let (found, failures) = cx.plane.store.read(&cx.caller.partition_key(), |p| {
        super::describe_each(
            &input.daemon_deployment_arns,
            |reference| {
                let daemon = owner(p, &scope, "daemon-deployment", reference)?;
                let deployment = daemon.deployments.iter().find(|d| d.arn == reference)?;
                Some(p.describe_daemon_deployment(daemon, deployment))
            },
            str::to_owned,
        )
    });
    Ok(wire::DescribeDaemonDeploymentsResponse {
        daemon_deployments: Some(found),
        failures: Some(failures),
    })
}

pub(super) fn list_daemon_deployments(
    cx: &Context<'_>,
    input: wire::ListDaemonDeploymentsRequest,
) -> Result<wire::ListDaemonDeploymentsResponse, EcsError> {
    let scope = cx.caller.scope();
    let statuses = input.status.unwrap_or_default();
    let (after, before) = input
        .created_at
        .map_or((None, None), |c| (c.after, c.before));
    let summaries = cx.plane.store.read(&cx.caller.partition_key(), |p| {
        // The model gives ListDaemonDeployments no DaemonNotFoundException.
        let daemon =
            find_daemon(p, &scope, &input.daemon_arn).map_err(|e| EcsError::client(e.message))?;
        Ok::<_, EcsError>(
            daemon
                .deployments
                .iter()
                .enumerate()
                .filter(|(_, d)| statuses.is_empty() || statuses.contains(&d.status))
                .filter(|(_, d)| after.is_none_or(|at| d.created_at >= at))
                .filter(|(_, d)| before.is_none_or(|at| d.created_at <= at))
                .map(|(i, d)| (i, d.summary(daemon)))
                .collect::<Vec<_>>(),
        )
    })?;
    // Newest first: a daemon's deployments are kept in the order they were made.
    let (page, next_token) = paging::page(
        summaries,
        |(i, _)| format!("{i:010}"),
        true,
        input.max_results,
        input.next_token.as_deref(),
        PageLimits::HUNDRED,
    )?;
    Ok(wire::ListDaemonDeploymentsResponse {
        daemon_deployments: Some(page.into_iter().map(|(_, s)| s).collect()),
        next_token,
    })
}

pub(super) fn describe_daemon_revisions(
    cx: &Context<'_>,
    input: wire::DescribeDaemonRevisionsRequest,
) -> Result<wire::DescribeDaemonRevisionsResponse, EcsError> {
    let scope = cx.caller.scope();
    super::check_describe_count(
        input.daemon_revision_arns.len(),
        DESCRIBE_LIMIT,
        "daemonRevisionArns",
    )?;
    let (found, failures) = cx.plane.store.read(&cx.caller.partition_key(), |p| {
        super::describe_each(
            &input.daemon_revision_arns,
            |reference| {
                let daemon = owner(p, &scope, "daemon-revision", reference)?;
                let revision = daemon.revision(reference)?;
                Some(Partition::describe_daemon_revision(daemon, revision))
            },
            str::to_owned,
        )
    });
    Ok(wire::DescribeDaemonRevisionsResponse {
        daemon_revisions: Some(found),
        failures: Some(failures),
    })
}

pub(super) fn register_daemon_task_definition(
    cx: &Context<'_>,
    input: wire::RegisterDaemonTaskDefinitionRequest,
) -> Result<wire::RegisterDaemonTaskDefinitionResponse, EcsError> {
    let now = cx.plane.now();
    let registered_by = cx.caller.principal_arn();
    let runnable = daemon::runnable_definition(&input, &registered_by, now)?;
    let tags = tags::initial(input.tags.as_deref().unwrap_or_default())?;
    let described = wire::DaemonTaskDefinition {
        family: Some(input.family),
        task_role_arn: input.task_role_arn,
        execution_role_arn: input.execution_role_arn,
        container_definitions: Some(input.container_definitions),
        volumes: input.volumes,
        cpu: input.cpu,
        memory: input.memory,
        pid_mode: input.pid_mode,
        ipc_mode: input.ipc_mode,
        status: Some(DaemonTaskDefinitionStatus::Active),
        registered_at: Some(now),
        registered_by: Some(registered_by),
        ..wire::DaemonTaskDefinition::default()
    };
    let scope = cx.caller.scope();
    let arn = cx.plane.store.write(&cx.caller.partition_key(), |p| {
        p.daemon_task_definitions
            .register(
                &scope,
                DaemonTaskDefinitionRecord {
                    described,
                    runnable,
                    tags,
                    delete_requested: false,
                },
            )
            .described
            .daemon_task_definition_arn
            .clone()
    });
    Ok(wire::RegisterDaemonTaskDefinitionResponse {
        daemon_task_definition_arn: arn,
    })
}

pub(super) fn describe_daemon_task_definition(
    cx: &Context<'_>,
    input: wire::DescribeDaemonTaskDefinitionRequest,
) -> Result<wire::DescribeDaemonTaskDefinitionResponse, EcsError> {
    let scope = cx.caller.scope();
    let described = cx.plane.store.read(&cx.caller.partition_key(), |p| {
        p.daemon_task_definitions
            .resolve(&scope, &input.daemon_task_definition)
            .map(|r| p.describe_daemon_task_definition(r))
    });
    let described =
        described.ok_or_else(|| EcsError::client("Unable to describe daemon task definition."))?;
    Ok(wire::DescribeDaemonTaskDefinitionResponse {
        daemon_task_definition: Some(described),
    })
}

pub(super) fn delete_daemon_task_definition(
    cx: &Context<'_>,
    input: wire::DeleteDaemonTaskDefinitionRequest,
) -> Result<wire::DeleteDaemonTaskDefinitionResponse, EcsError> {
    let scope = cx.caller.scope();
    let Some((family, Some(revision))) =
        daemon::parse_reference(&scope, &input.daemon_task_definition)
    else {
        return Err(EcsError::client(
            "A daemon task definition to delete is named by family:revision or ARN.",
        ));
    };
    let now = cx.plane.now();
    let arn = cx.plane.store.write(&cx.caller.partition_key(), |p| {
        let record = p
            .daemon_task_definitions
            .families
            .get_mut(&family)
            .and_then(|f| f.revisions.get_mut(&revision))
            .ok_or_else(|| {
                EcsError::client("The specified daemon task definition does not exist.")
            })?;
        if record.delete_requested {
            return Err(EcsError::client(
                "The specified daemon task definition is not ACTIVE.",
            ));
        }
        record.delete_requested = true;
        record.described.delete_requested_at = Some(now);
        Ok(record.described.daemon_task_definition_arn.clone())
    })?;
    Ok(wire::DeleteDaemonTaskDefinitionResponse {
        daemon_task_definition_arn: arn,
    })
}

pub(super) fn list_daemon_task_definitions(
    cx: &Context<'_>,
    input: wire::ListDaemonTaskDefinitionsRequest,
) -> Result<wire::ListDaemonTaskDefinitionsResponse, EcsError> {
    let wanted = |status: DaemonTaskDefinitionStatus| match input.status {
        None | Some(DaemonTaskDefinitionStatusFilter::Active) => {
            status == DaemonTaskDefinitionStatus::Active
        }
        Some(DaemonTaskDefinitionStatusFilter::DeleteInProgress) => {
            status == DaemonTaskDefinitionStatus::DeleteInProgress
        }
        Some(DaemonTaskDefinitionStatusFilter::All) => true,
    };
    let last_only =
        input.revision == Some(wire::DaemonTaskDefinitionRevisionFilter::LastRegistered);
    let listed = cx.plane.store.read(&cx.caller.partition_key(), |p| {
        let mut listed = Vec::new();
        for (name, family) in &p.daemon_task_definitions.families {
            if input.family.as_ref().is_some_and(|f| f != name)
                || input
                    .family_prefix
                    .as_ref()
                    .is_some_and(|prefix| !name.starts_with(prefix.as_str()))
            {
                continue;
            }
            let mut revisions = family.revisions.values().filter_map(|record| {
                let status = p.daemon_task_definition_status(record);
                wanted(status).then(|| {
                    (
                        name.clone(),
                        record.described.revision,
                        summary(record, status),
                    )
                })
            });
            if last_only {
                listed.extend(revisions.next_back());
            } else {
                listed.extend(revisions);
            }
        }
        listed
    });
    let (page, next_token) = paging::page(
        listed,
        |(family, revision, _)| format!("{family}:{revision:010}"),
        input.sort == Some(wire::SortOrder::Desc),
        input.max_results,
        input.next_token.as_deref(),
        PageLimits::HUNDRED,
    )?;
    Ok(wire::ListDaemonTaskDefinitionsResponse {
        daemon_task_definitions: Some(page.into_iter().map(|(_, _, s)| s).collect()),
        next_token,
    })
}

fn summary(
    record: &DaemonTaskDefinitionRecord,
    status: DaemonTaskDefinitionStatus,
) -> wire::DaemonTaskDefinitionSummary {
    wire::DaemonTaskDefinitionSummary {
        arn: record.described.daemon_task_definition_arn.clone(),
        registered_at: record.described.registered_at,
        registered_by: record.described.registered_by.clone(),
        delete_requested_at: record.described.delete_requested_at,
        status: Some(status),
    }
}

/// What CreateDaemon and UpdateDaemon both set: a new revision is made of it.
struct Settings<'a> {
    task_definition: &'a str,
    capacity_providers: &'a [String],
    propagate_tags: Option<wire::DaemonPropagateTags>,
    enable_ecs_managed_tags: bool,
    enable_execute_command: bool,
    critical: Option<bool>,
}

impl Settings<'_> {
    /// Checks the settings against the partition and makes the revision they describe.
    fn revision(
        &self,
        p: &Partition,
        scope: &Scope,
        cluster: &str,
        daemon: &str,
        now: Timestamp,
    ) -> Result<DaemonRevisionRecord, EcsError> {
        let record = p
            .daemon_task_definitions
            .resolve(scope, self.task_definition)
            .ok_or_else(|| {
                EcsError::client(format!(
                    "The daemon task definition {} does not exist.",
                    self.task_definition
                ))
            })?;
        if p.daemon_task_definition_status(record) != DaemonTaskDefinitionStatus::Active {
            return Err(EcsError::client(format!(
                "The daemon task definition {} is not ACTIVE.",
                self.task_definition
            )));
        }
        if self.capacity_providers.is_empty() {
            return Err(EcsError::invalid_parameter(
                "capacityProviderArns cannot be empty.",
            ));
        }
        let mut providers = Vec::with_capacity(self.capacity_providers.len());
        for reference in self.capacity_providers {
            let name = arn::local_path(scope, "capacity-provider", reference)
                .ok_or_else(|| unknown_provider(reference))?;
            let provider = p
                .capacity_providers
                .get(name)
                .filter(|cp| cp.is_active())
                .ok_or_else(|| unknown_provider(reference))?;
            check_provider(provider, cluster)?;
            providers.push(provider.arn.clone());
        }
        let described = &record.described;
        Ok(DaemonRevisionRecord {
            arn: scope.daemon_revision(cluster, daemon),
            task_definition_arn: described
                .daemon_task_definition_arn
                .clone()
                .unwrap_or_default(),
            family: described.family.clone().unwrap_or_default(),
            revision: described.revision,
            capacity_providers: providers,
            propagate_tags: self.propagate_tags,
            enable_ecs_managed_tags: self.enable_ecs_managed_tags,
            enable_execute_command: self.enable_execute_command,
            critical: self.critical != Some(false),
            container_images: described
                .container_definitions
                .iter()
                .flatten()
                .map(|c| wire::DaemonContainerImage {
                    container_name: c.name.clone(),
                    image: Some(c.image.clone()),
                    image_digest: None,
                })
                .collect(),
            created_at: now,
        })
    }
}

fn unknown_provider(reference: &str) -> EcsError {
    EcsError::invalid_parameter(format!(
        "The specified capacity provider {reference} does not exist."
    ))
}

/// Daemons run only on managed instances capacity providers, and those of their own cluster.
fn check_provider(provider: &CapacityProvider, cluster: &str) -> Result<(), EcsError> {
    if provider.kind != CapacityProviderType::ManagedInstances {
        return Err(EcsError::invalid_parameter(format!(
            "Daemons are supported only on Amazon ECS Managed Instances capacity providers; \
             {} is not one.",
            provider.name
        )));
    }
    if provider.cluster.as_deref() != Some(cluster) {
        return Err(EcsError::invalid_parameter(format!(
            "The capacity provider {} does not belong to cluster {cluster}.",
            provider.name
        )));
    }
    Ok(())
}

fn deployment_configuration(
    given: Option<wire::DaemonDeploymentConfiguration>,
) -> Result<wire::DaemonDeploymentConfiguration, EcsError> {
    let configuration = given.unwrap_or_default();
    if configuration
        .drain_percent
        .is_some_and(|p| !(0.0..=100.0).contains(&p))
    {
        return Err(EcsError::invalid_parameter(
            "drainPercent must be between 0.0 and 100.0.",
        ));
    }
    if configuration.bake_time_in_minutes < 0 {
        return Err(EcsError::invalid_parameter(
            "bakeTimeInMinutes cannot be negative.",
        ));
    }
    Ok(configuration)
}

fn daemon_not_found() -> EcsError {
    EcsError::new(
        ErrorKind::DaemonNotFound,
        "The specified daemon was not found.",
    )
}

/// The daemon a daemon ARN names.
fn find_daemon<'p>(
    p: &'p Partition,
    scope: &Scope,
    reference: &str,
) -> Result<&'p Daemon, EcsError> {
    let (cluster, name) = arn::local_path(scope, "daemon", reference)
        .filter(|_| reference.starts_with("arn:"))
        .and_then(|path| path.split_once('/'))
        .ok_or_else(daemon_not_found)?;
    p.clusters
        .get(cluster)
        .and_then(|c| c.daemons.get(name))
        .ok_or_else(daemon_not_found)
}

/// The (cluster, name) of an ACTIVE daemon, for the operations that change one.
fn active_daemon(
    p: &Partition,
    scope: &Scope,
    reference: &str,
) -> Result<(String, String), EcsError> {
    let daemon = find_daemon(p, scope, reference)?;
    if daemon.status != DaemonStatus::Active {
        return Err(EcsError::new(
            ErrorKind::DaemonNotActive,
            "The specified daemon is not active.",
        ));
    }
    Ok((daemon.cluster.clone(), daemon.name.clone()))
}

fn daemon_mut<'p>(
    p: &'p mut Partition,
    cluster: &str,
    name: &str,
) -> Result<&'p mut Daemon, EcsError> {
    p.clusters
        .get_mut(cluster)
        .and_then(|c| c.daemons.get_mut(name))
        .ok_or_else(daemon_not_found)
}

/// The daemon a revision or deployment ARN (`<type>/<cluster>/<daemon>/<id>`) belongs to.
fn owner<'p>(
    p: &'p Partition,
    scope: &Scope,
    resource_type: &str,
    reference: &str,
) -> Option<&'p Daemon> {
    let path = arn::local_path(scope, resource_type, reference)
        .filter(|_| reference.starts_with("arn:"))?;
    let mut parts = path.split('/');
    let (cluster, name) = (parts.next()?, parts.next()?);
    p.clusters.get(cluster)?.daemons.get(name)
}

fn daemon_key(cx: &Context<'_>, daemon: &Daemon) -> ServiceKey {
    ServiceKey {
        partition: cx.caller.partition_key(),
        cluster: daemon.cluster.clone(),
        name: daemon.name.clone(),
    }
}
