//! One function per ECS operation, grouped by resource: each takes the control plane, the
//! caller and the operation's decoded input, and returns its output or an `EcsError`.
//!
//! The table below is the only place that maps operation names to functions; it also yields the
//! list of implemented operations that the conformance suite counts. Its `match` is exhaustive:
//! an operation a newer service model adds does not compile until it is given a function.

// Every operation takes its input by value so that the dispatch table treats them alike, even
// where a function only reads it.
#![allow(clippy::needless_pass_by_value)]

mod account_settings;
mod agent;
mod attributes;
mod capacity_providers;
mod clusters;
mod container_instances;
mod daemons;
mod exec;
mod express_gateway_services;
mod gateways;
mod service_deployments;
mod services;
mod tags;
mod task_definitions;
mod task_protection;
mod task_sets;
mod tasks;

use std::sync::Arc;

use crate::control::{Caller, ControlPlane};
use crate::error::EcsError;
use crate::wire::{self, Operation};
use ecsemu_runtime::ContainerRuntime;

/// What an operation may use: the state and the runtime (for the few operations that read
/// from it directly).
pub struct Context<'a> {
    pub plane: &'a ControlPlane,
    pub runtime: &'a Arc<dyn ContainerRuntime>,
    pub caller: &'a Caller,
}

macro_rules! operations {
    ($($op:ident => $kind:ident $module:ident::$function:ident),* $(,)?) => {
        /// Every operation ecsemu implements.
        pub const IMPLEMENTED: &[Operation] = &[$(Operation::$op),*];

        /// Runs `operation` on a JSON request body and returns the JSON response body.
        pub async fn dispatch(
            context: &Context<'_>,
            operation: Operation,
            body: &[u8],
        ) -> Result<Vec<u8>, EcsError> {
            match operation {
                $(Operation::$op => operations!(@call $kind context body $module::$function),)*
            }
        }
    };
    (@call sync $context:ident $body:ident $module:ident::$function:ident) => {
        encode(&$module::$function($context, wire::decode($body)?)?)
    };
    (@call async $context:ident $body:ident $module:ident::$function:ident) => {
        encode(&$module::$function($context, wire::decode($body)?).await?)
    };
}

operations! {
    CreateCluster => sync clusters::create_cluster,
    DescribeClusters => sync clusters::describe_clusters,
    DeleteCluster => sync clusters::delete_cluster,
    ListClusters => sync clusters::list_clusters,
    UpdateCluster => sync clusters::update_cluster,
    UpdateClusterSettings => sync clusters::update_cluster_settings,
    PutClusterCapacityProviders => sync clusters::put_cluster_capacity_providers,

    CreateCapacityProvider => sync capacity_providers::create_capacity_provider,
    UpdateCapacityProvider => sync capacity_providers::update_capacity_provider,
    DeleteCapacityProvider => sync capacity_providers::delete_capacity_provider,
    DescribeCapacityProviders => sync capacity_providers::describe_capacity_providers,

    RegisterTaskDefinition => sync task_definitions::register_task_definition,
    DescribeTaskDefinition => sync task_definitions::describe_task_definition,
    DeregisterTaskDefinition => sync task_definitions::deregister_task_definition,
    DeleteTaskDefinitions => sync task_definitions::delete_task_definitions,
    ListTaskDefinitions => sync task_definitions::list_task_definitions,
    ListTaskDefinitionFamilies => sync task_definitions::list_task_definition_families,

    RunTask => async tasks::run_task,
    StartTask => sync tasks::start_task,
    StopTask => sync tasks::stop_task,
    DescribeTasks => sync tasks::describe_tasks,
    ListTasks => sync tasks::list_tasks,
    ExecuteCommand => async exec::execute_command,
    GetTaskProtection => sync task_protection::get_task_protection,
    UpdateTaskProtection => sync task_protection::update_task_protection,

    CreateService => sync services::create_service,
    UpdateService => sync services::update_service,
    DeleteService => sync services::delete_service,
    DescribeServices => sync services::describe_services,
    ListServices => sync services::list_services,
    ListServicesByNamespace => sync services::list_services_by_namespace,

    CreateTaskSet => sync task_sets::create_task_set,
    UpdateTaskSet => sync task_sets::update_task_set,
    DeleteTaskSet => sync task_sets::delete_task_set,
    DescribeTaskSets => sync task_sets::describe_task_sets,
    UpdateServicePrimaryTaskSet => sync task_sets::update_service_primary_task_set,

    ListServiceDeployments => sync service_deployments::list_service_deployments,
    DescribeServiceDeployments => sync service_deployments::describe_service_deployments,
    DescribeServiceRevisions => sync service_deployments::describe_service_revisions,
    StopServiceDeployment => sync service_deployments::stop_service_deployment,
    ContinueServiceDeployment => sync service_deployments::continue_service_deployment,

    RegisterDaemonTaskDefinition => sync daemons::register_daemon_task_definition,
    DescribeDaemonTaskDefinition => sync daemons::describe_daemon_task_definition,
    DeleteDaemonTaskDefinition => sync daemons::delete_daemon_task_definition,
    ListDaemonTaskDefinitions => sync daemons::list_daemon_task_definitions,
    CreateDaemon => sync daemons::create_daemon,
    UpdateDaemon => sync daemons::update_daemon,
    DeleteDaemon => sync daemons::delete_daemon,
    DescribeDaemon => sync daemons::describe_daemon,
    ListDaemons => sync daemons::list_daemons,
    DescribeDaemonDeployments => sync daemons::describe_daemon_deployments,
    ListDaemonDeployments => sync daemons::list_daemon_deployments,
    DescribeDaemonRevisions => sync daemons::describe_daemon_revisions,
    CreateGateway => sync gateways::create_gateway,
    UpdateGateway => sync gateways::update_gateway,
    DeleteGateway => sync gateways::delete_gateway,
    DescribeGateway => sync gateways::describe_gateway,
    DescribeGatewayResources => sync gateways::describe_gateway_resources,
    DescribeGatewayRoute => sync gateways::describe_gateway_route,
    ListGateways => sync gateways::list_gateways,
    ListGatewayRoutes => sync gateways::list_gateway_routes,
    AssociateGatewayWithCluster => sync gateways::associate_gateway_with_cluster,
    DisassociateGatewayFromCluster => sync gateways::disassociate_gateway_from_cluster,
    ListGatewayClusterAssociations => sync gateways::list_gateway_cluster_associations,

    CreateExpressGatewayService => sync express_gateway_services::create_express_gateway_service,
    UpdateExpressGatewayService => sync express_gateway_services::update_express_gateway_service,
    DeleteExpressGatewayService => sync express_gateway_services::delete_express_gateway_service,
    DescribeExpressGatewayService => sync express_gateway_services::describe_express_gateway_service,

    RegisterContainerInstance => async container_instances::register_container_instance,
    DeregisterContainerInstance => sync container_instances::deregister_container_instance,
    DescribeContainerInstances => sync container_instances::describe_container_instances,
    ListContainerInstances => sync container_instances::list_container_instances,
    UpdateContainerInstancesState => sync container_instances::update_container_instances_state,
    UpdateContainerAgent => sync container_instances::update_container_agent,

    DiscoverPollEndpoint => sync agent::discover_poll_endpoint,
    SubmitTaskStateChange => sync agent::submit_task_state_change,
    SubmitContainerStateChange => sync agent::submit_container_state_change,
    SubmitAttachmentStateChanges => sync agent::submit_attachment_state_changes,

    PutAttributes => sync attributes::put_attributes,
    DeleteAttributes => sync attributes::delete_attributes,
    ListAttributes => sync attributes::list_attributes,

    TagResource => sync tags::tag_resource,
    UntagResource => sync tags::untag_resource,
    ListTagsForResource => sync tags::list_tags_for_resource,

    PutAccountSetting => sync account_settings::put_account_setting,
    PutAccountSettingDefault => sync account_settings::put_account_setting_default,
    DeleteAccountSetting => sync account_settings::delete_account_setting,
    ListAccountSettings => sync account_settings::list_account_settings,
}

/// Checks how many resources a Describe* call names: at least one, at most `limit`.
fn check_describe_count(count: usize, limit: usize, plural: &str) -> Result<(), EcsError> {
    if count == 0 {
        let mut noun = plural.to_owned();
        if let Some(first) = noun.get_mut(..1) {
            first.make_ascii_uppercase();
        }
        return Err(EcsError::invalid_parameter(format!(
            "{noun} cannot be empty."
        )));
    }
    if count > limit {
        return Err(EcsError::invalid_parameter(format!(
            "The number of {plural} to describe must be {limit} or fewer."
        )));
    }
    Ok(())
}

/// How long a RunTask `clientToken` may be.
const RUN_TASK_TOKEN_MAX: usize = 64;
/// How long the `clientToken` of CreateService, CreateTaskSet, CreateDaemon and CreateGateway
/// may be (the length of the UUIDs SDKs generate).
const CREATE_TOKEN_MAX: usize = 36;

/// Checks an idempotency token: 1 to `max` printable ASCII characters without spaces (33 to
/// 126), as ECS documents for every operation that takes one.
fn check_client_token(token: Option<&str>, max: usize) -> Result<(), EcsError> {
    match token {
        Some(token)
            if token.is_empty()
                || token.len() > max
                || !token.bytes().all(|b| (33..=126).contains(&b)) =>
        {
            Err(EcsError::invalid_parameter(format!(
                "Invalid clientToken: it must have 1 to {max} ASCII characters in the range \
                 33-126 (inclusive)."
            )))
        }
        _ => Ok(()),
    }
}

/// Whether a Describe* call's `include` asks for `field`.
fn includes<T: PartialEq>(include: Option<&[T]>, field: T) -> bool {
    include.unwrap_or_default().contains(&field)
}

/// The failure a Describe* call lists for a resource it does not know.
fn missing(arn: String) -> wire::Failure {
    wire::Failure {
        arn: Some(arn),
        reason: Some("MISSING".to_owned()),
        detail: None,
    }
}

/// Describes each of `references` with `describe`; those it does not know are `MISSING`
/// failures, named by the reference when it is an ARN, else by `arn_of_name`.
fn describe_each<T>(
    references: &[String],
    mut describe: impl FnMut(&str) -> Option<T>,
    arn_of_name: impl Fn(&str) -> String,
) -> (Vec<T>, Vec<wire::Failure>) {
    let mut found = Vec::new();
    let mut failures = Vec::new();
    for reference in references {
        match describe(reference) {
            Some(described) => found.push(described),
            None => failures.push(missing(reference_arn(reference, &arn_of_name))),
        }
    }
    (found, failures)
}

/// What a Describe* failure names: the reference when it is an ARN, else the ARN a resource
/// of that name would have.
fn reference_arn(reference: &str, arn_of_name: impl FnOnce(&str) -> String) -> String {
    if reference.starts_with("arn:") {
        reference.to_owned()
    } else {
        arn_of_name(reference)
    }
}

fn encode<T: serde::Serialize>(output: &T) -> Result<Vec<u8>, EcsError> {
    serde_json::to_vec(output)
        .map_err(|e| EcsError::server(format!("failed to encode the response: {e}")))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn client_tokens_are_short_printable_ascii_without_spaces() {
        for good in ["a", "!~", &"x".repeat(36)] {
            assert!(
                check_client_token(Some(good), CREATE_TOKEN_MAX).is_ok(),
                "{good}"
            );
        }
        assert!(check_client_token(None, CREATE_TOKEN_MAX).is_ok());
        assert!(check_client_token(Some(&"x".repeat(64)), RUN_TASK_TOKEN_MAX).is_ok());
        for bad in [
            "",
            "a b",
            "tab\t",
            "nul\0",
            "caf\u{e9}",
            "\u{7f}",
            &"x".repeat(37),
        ] {
            let err = check_client_token(Some(bad), CREATE_TOKEN_MAX).unwrap_err();
            assert_eq!(err.code(), "InvalidParameterException", "{bad:?}");
        }
        assert!(check_client_token(Some(&"x".repeat(65)), RUN_TASK_TOKEN_MAX).is_err());
    }
}
