//! ListServiceDeployments, DescribeServiceDeployments, DescribeServiceRevisions,
//! StopServiceDeployment, ContinueServiceDeployment: the history of a service's deployments,
//! read from and acted on through the records the scheduler keeps.

use super::services::service_not_found;
use super::Context;
use crate::control::arn::{self, Scope};
use crate::control::paging::{self, PageLimits};
use crate::control::service::{circuit_breaker_threshold, Service};
use crate::control::store::Partition;
use crate::control::{scheduler, ServiceKey};
use crate::error::{EcsError, ErrorKind};
use crate::wire::{
    self, DeploymentLifecycleHookAction, DeploymentLifecycleHookStatus, DeploymentRolloutState,
    ServiceDeploymentStatus, StopServiceDeploymentStopType,
};

pub(super) fn list_service_deployments(
    cx: &Context<'_>,
    input: wire::ListServiceDeploymentsRequest,
) -> Result<wire::ListServiceDeploymentsResponse, EcsError> {
    let scope = cx.caller.scope();
    let statuses = input.status.unwrap_or_default();
    let (after, before) = input
        .created_at
        .map_or((None, None), |c| (c.after, c.before));
    let briefs = cx.plane.store.read(&cx.caller.partition_key(), |p| {
        let cluster = p.active_cluster(&scope, input.cluster.as_deref())?;
        let service = p
            .service(&scope, &cluster.name, &input.service)
            .ok_or_else(service_not_found)?;
        Ok::<_, EcsError>(
            service
                .service_deployments
                .iter()
                .filter(|d| statuses.is_empty() || statuses.contains(&d.status))
                .filter(|d| after.is_none_or(|at| d.created_at >= at))
                .filter(|d| before.is_none_or(|at| d.created_at <= at))
                .map(|d| d.brief(service))
                .collect::<Vec<_>>(),
        )
    })?;
    let (page, next_token) = paging::page(
        briefs,
        |b| paging::newest_first_key(b.created_at, b.service_deployment_arn.as_deref()),
        true,
        input.max_results,
        input.next_token.as_deref(),
        PageLimits {
            default: 20,
            max: 100,
        },
    )?;
    Ok(wire::ListServiceDeploymentsResponse {
        service_deployments: Some(page),
        next_token,
    })
}

pub(super) fn describe_service_deployments(
    cx: &Context<'_>,
    input: wire::DescribeServiceDeploymentsRequest,
) -> Result<wire::DescribeServiceDeploymentsResponse, EcsError> {
    let scope = cx.caller.scope();
    check_count(input.service_deployment_arns.len(), "serviceDeploymentArns")?;
    cx.plane.store.read(&cx.caller.partition_key(), |p| {
        let (found, failures) = super::describe_each(
            &input.service_deployment_arns,
            |arn| {
                let service = owner(p, &scope, "service-deployment", arn)?;
                let deployment = service.service_deployment(arn)?;
                let threshold =
                    circuit_breaker_threshold(&deployment.configuration, service.desired_count);
                Some(deployment.to_wire(service, &p.service_counts(service), threshold))
            },
            str::to_owned,
        );
        Ok(wire::DescribeServiceDeploymentsResponse {
            service_deployments: Some(found),
            failures: Some(failures),
        })
    })
}

pub(super) fn describe_service_revisions(
    cx: &Context<'_>,
    input: wire::DescribeServiceRevisionsRequest,
) -> Result<wire::DescribeServiceRevisionsResponse, EcsError> {
    let scope = cx.caller.scope();
    check_count(input.service_revision_arns.len(), "serviceRevisionArns")?;
    cx.plane.store.read(&cx.caller.partition_key(), |p| {
        let (found, failures) = super::describe_each(
            &input.service_revision_arns,
            |arn| {
                let service = owner(p, &scope, "service-revision", arn)?;
                let revision = service.revisions.iter().find(|r| r.arn == arn)?;
                Some(revision.to_wire(service))
            },
            str::to_owned,
        );
        Ok(wire::DescribeServiceRevisionsResponse {
            service_revisions: Some(found),
            failures: Some(failures),
        })
    })
}

pub(super) fn stop_service_deployment(
    cx: &Context<'_>,
    input: wire::StopServiceDeploymentRequest,
) -> Result<wire::StopServiceDeploymentResponse, EcsError> {
    let scope = cx.caller.scope();
    let now = cx.plane.now();
    let arn = input.service_deployment_arn;
    let key = with_deployment(cx, &scope, &arn, |service| {
        let deployment = service
            .service_deployment(&arn)
            .ok_or_else(deployment_not_found)?;
        if !deployment.is_ongoing() {
            return Err(EcsError::conflict(
                "The service deployment is not in progress and cannot be stopped.",
                vec![arn.clone()],
            ));
        }
        let already_ending = matches!(
            deployment.status,
            ServiceDeploymentStatus::RollbackRequested
                | ServiceDeploymentStatus::RollbackInProgress
                | ServiceDeploymentStatus::StopRequested
        );
        if already_ending {
            // Already on its way back or out: it just continues.
            return Ok(());
        }
        match input
            .stop_type
            .unwrap_or(StopServiceDeploymentStopType::Rollback)
        {
            StopServiceDeploymentStopType::Rollback => {
                if let Some(deployment) = service.service_deployment_mut(&arn) {
                    deployment.status = ServiceDeploymentStatus::RollbackRequested;
                    deployment.stopped_at = Some(now);
                }
                scheduler::roll_back(service, "Service deployment rolled back by user.", now);
            }
            StopServiceDeploymentStopType::Abort => {
                // The service keeps what runs now; its PRIMARY deployment starts nothing more.
                if let Some(primary) = service
                    .primary_mut()
                    .filter(|d| d.service_deployment_arn == arn)
                {
                    primary.rollout = DeploymentRolloutState::Failed;
                    "Service deployment stopped by user.".clone_into(&mut primary.rollout_reason);
                    primary.updated_at = now;
                }
                if let Some(deployment) = service.service_deployment_mut(&arn) {
                    deployment.finish(
                        ServiceDeploymentStatus::Stopped,
                        Some("Service deployment stopped by user.".to_owned()),
                        now,
                    );
                }
            }
        }
        Ok(())
    })?;
    cx.plane.nudge_service(key);
    Ok(wire::StopServiceDeploymentResponse {
        service_deployment_arn: Some(arn),
    })
}

pub(super) fn continue_service_deployment(
    cx: &Context<'_>,
    input: wire::ContinueServiceDeploymentRequest,
) -> Result<wire::ContinueServiceDeploymentResponse, EcsError> {
    let scope = cx.caller.scope();
    let now = cx.plane.now();
    let arn = input.service_deployment_arn;
    let key = with_deployment(cx, &scope, &arn, |service| {
        let deployment = service
            .service_deployment_mut(&arn)
            .ok_or_else(deployment_not_found)?;
        let hook = deployment
            .hooks
            .iter_mut()
            .find(|h| h.id == input.hook_id)
            .ok_or_else(|| {
                EcsError::invalid_parameter(format!(
                    "The service deployment has no lifecycle hook {}.",
                    input.hook_id
                ))
            })?;
        if hook.status != DeploymentLifecycleHookStatus::AwaitingAction {
            return Err(EcsError::invalid_parameter(format!(
                "The lifecycle hook {} is not awaiting action.",
                input.hook_id
            )));
        }
        deployment.updated_at = now;
        match input
            .action
            .unwrap_or(DeploymentLifecycleHookAction::Continue)
        {
            DeploymentLifecycleHookAction::Continue => {
                hook.status = DeploymentLifecycleHookStatus::Succeeded;
            }
            DeploymentLifecycleHookAction::Rollback => {
                hook.status = DeploymentLifecycleHookStatus::Failed;
                deployment.status = ServiceDeploymentStatus::RollbackRequested;
                scheduler::roll_back(service, "Rolled back at a lifecycle hook.", now);
            }
        }
        Ok(())
    })?;
    cx.plane.nudge_service(key);
    Ok(wire::ContinueServiceDeploymentResponse {
        service_deployment_arn: Some(arn),
    })
}

/// Runs `f` on the service a service deployment ARN belongs to; returns the service's key.
fn with_deployment(
    cx: &Context<'_>,
    scope: &Scope,
    arn: &str,
    f: impl FnOnce(&mut Service) -> Result<(), EcsError>,
) -> Result<ServiceKey, EcsError> {
    let partition = cx.caller.partition_key();
    cx.plane.store.write(&partition, |p| {
        let (cluster, name) =
            owner_path(scope, "service-deployment", arn).ok_or_else(deployment_not_found)?;
        let service = p
            .clusters
            .get_mut(cluster)
            .and_then(|c| c.services.get_mut(name))
            .ok_or_else(deployment_not_found)?;
        f(service)?;
        Ok(ServiceKey {
            partition: partition.clone(),
            cluster: cluster.to_owned(),
            name: name.to_owned(),
        })
    })
}

/// The service a service deployment or revision ARN (`<type>/<cluster>/<service>/<id>`)
/// belongs to.
fn owner<'p>(
    p: &'p Partition,
    scope: &Scope,
    resource_type: &str,
    arn: &str,
) -> Option<&'p Service> {
    let (cluster, name) = owner_path(scope, resource_type, arn)?;
    p.clusters.get(cluster)?.services.get(name)
}

fn owner_path<'a>(scope: &Scope, resource_type: &str, arn: &'a str) -> Option<(&'a str, &'a str)> {
    if !arn.starts_with("arn:") {
        return None;
    }
    let path = arn::local_path(scope, resource_type, arn)?;
    let mut parts = path.splitn(3, '/');
    Some((parts.next()?, parts.next()?))
}

fn check_count(count: usize, member: &str) -> Result<(), EcsError> {
    if count == 0 || count > 20 {
        return Err(EcsError::invalid_parameter(format!(
            "{member} must contain between 1 and 20 ARNs."
        )));
    }
    Ok(())
}

fn deployment_not_found() -> EcsError {
    EcsError::new(
        ErrorKind::ServiceDeploymentNotFound,
        "The service deployment does not exist.",
    )
}
