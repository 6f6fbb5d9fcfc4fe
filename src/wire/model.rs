//! Wire types of the ECS API, generated from the pinned service model by
//! `cargo run -p ecsemu-codegen`. Do not edit by hand: edit the generator.
#![allow(clippy::all, clippy::pedantic, missing_docs)]

use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

use super::Timestamp;

/// Every operation of the ECS API, as named in `X-Amz-Target`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Operation {
    AssociateGatewayWithCluster,
    ContinueServiceDeployment,
    CreateCapacityProvider,
    CreateCluster,
    CreateDaemon,
    CreateExpressGatewayService,
    CreateGateway,
    CreateService,
    CreateTaskSet,
    DeleteAccountSetting,
    DeleteAttributes,
    DeleteCapacityProvider,
    DeleteCluster,
    DeleteDaemon,
    DeleteDaemonTaskDefinition,
    DeleteExpressGatewayService,
    DeleteGateway,
    DeleteService,
    DeleteTaskDefinitions,
    DeleteTaskSet,
    DeregisterContainerInstance,
    DeregisterTaskDefinition,
    DescribeCapacityProviders,
    DescribeClusters,
    DescribeContainerInstances,
    DescribeDaemon,
    DescribeDaemonDeployments,
    DescribeDaemonRevisions,
    DescribeDaemonTaskDefinition,
    DescribeExpressGatewayService,
    DescribeGateway,
    DescribeGatewayResources,
    DescribeGatewayRoute,
    DescribeServiceDeployments,
    DescribeServiceRevisions,
    DescribeServices,
    DescribeTaskDefinition,
    DescribeTaskSets,
    DescribeTasks,
    DisassociateGatewayFromCluster,
    DiscoverPollEndpoint,
    ExecuteCommand,
    GetTaskProtection,
    ListAccountSettings,
    ListAttributes,
    ListClusters,
    ListContainerInstances,
    ListDaemonDeployments,
    ListDaemonTaskDefinitions,
    ListDaemons,
    ListGatewayClusterAssociations,
    ListGatewayRoutes,
    ListGateways,
    ListServiceDeployments,
    ListServices,
    ListServicesByNamespace,
    ListTagsForResource,
    ListTaskDefinitionFamilies,
    ListTaskDefinitions,
    ListTasks,
    PutAccountSetting,
    PutAccountSettingDefault,
    PutAttributes,
    PutClusterCapacityProviders,
    RegisterContainerInstance,
    RegisterDaemonTaskDefinition,
    RegisterTaskDefinition,
    RunTask,
    StartTask,
    StopServiceDeployment,
    StopTask,
    SubmitAttachmentStateChanges,
    SubmitContainerStateChange,
    SubmitTaskStateChange,
    TagResource,
    UntagResource,
    UpdateCapacityProvider,
    UpdateCluster,
    UpdateClusterSettings,
    UpdateContainerAgent,
    UpdateContainerInstancesState,
    UpdateDaemon,
    UpdateExpressGatewayService,
    UpdateGateway,
    UpdateService,
    UpdateServicePrimaryTaskSet,
    UpdateTaskProtection,
    UpdateTaskSet,
}

impl Operation {
    pub const ALL: [Operation; 88] = [
        Operation::AssociateGatewayWithCluster,
        Operation::ContinueServiceDeployment,
        Operation::CreateCapacityProvider,
        Operation::CreateCluster,
        Operation::CreateDaemon,
        Operation::CreateExpressGatewayService,
        Operation::CreateGateway,
        Operation::CreateService,
        Operation::CreateTaskSet,
        Operation::DeleteAccountSetting,
        Operation::DeleteAttributes,
        Operation::DeleteCapacityProvider,
        Operation::DeleteCluster,
        Operation::DeleteDaemon,
        Operation::DeleteDaemonTaskDefinition,
        Operation::DeleteExpressGatewayService,
        Operation::DeleteGateway,
        Operation::DeleteService,
        Operation::DeleteTaskDefinitions,
        Operation::DeleteTaskSet,
        Operation::DeregisterContainerInstance,
        Operation::DeregisterTaskDefinition,
        Operation::DescribeCapacityProviders,
        Operation::DescribeClusters,
        Operation::DescribeContainerInstances,
        Operation::DescribeDaemon,
        Operation::DescribeDaemonDeployments,
        Operation::DescribeDaemonRevisions,
        Operation::DescribeDaemonTaskDefinition,
        Operation::DescribeExpressGatewayService,
        Operation::DescribeGateway,
        Operation::DescribeGatewayResources,
        Operation::DescribeGatewayRoute,
        Operation::DescribeServiceDeployments,
        Operation::DescribeServiceRevisions,
        Operation::DescribeServices,
        Operation::DescribeTaskDefinition,
        Operation::DescribeTaskSets,
        Operation::DescribeTasks,
        Operation::DisassociateGatewayFromCluster,
        Operation::DiscoverPollEndpoint,
        Operation::ExecuteCommand,
        Operation::GetTaskProtection,
        Operation::ListAccountSettings,
        Operation::ListAttributes,
        Operation::ListClusters,
        Operation::ListContainerInstances,
        Operation::ListDaemonDeployments,
        Operation::ListDaemonTaskDefinitions,
        Operation::ListDaemons,
        Operation::ListGatewayClusterAssociations,
        Operation::ListGatewayRoutes,
        Operation::ListGateways,
        Operation::ListServiceDeployments,
        Operation::ListServices,
        Operation::ListServicesByNamespace,
        Operation::ListTagsForResource,
        Operation::ListTaskDefinitionFamilies,
        Operation::ListTaskDefinitions,
        Operation::ListTasks,
        Operation::PutAccountSetting,
        Operation::PutAccountSettingDefault,
        Operation::PutAttributes,
        Operation::PutClusterCapacityProviders,
        Operation::RegisterContainerInstance,
        Operation::RegisterDaemonTaskDefinition,
        Operation::RegisterTaskDefinition,
        Operation::RunTask,
        Operation::StartTask,
        Operation::StopServiceDeployment,
        Operation::StopTask,
        Operation::SubmitAttachmentStateChanges,
        Operation::SubmitContainerStateChange,
        Operation::SubmitTaskStateChange,
        Operation::TagResource,
        Operation::UntagResource,
        Operation::UpdateCapacityProvider,
        Operation::UpdateCluster,
        Operation::UpdateClusterSettings,
        Operation::UpdateContainerAgent,
        Operation::UpdateContainerInstancesState,
        Operation::UpdateDaemon,
        Operation::UpdateExpressGatewayService,
        Operation::UpdateGateway,
        Operation::UpdateService,
        Operation::UpdateServicePrimaryTaskSet,
        Operation::UpdateTaskProtection,
        Operation::UpdateTaskSet,
    ];

    pub const fn name(self) -> &'static str {
        match self {
            Operation::AssociateGatewayWithCluster => "AssociateGatewayWithCluster",
            Operation::ContinueServiceDeployment => "ContinueServiceDeployment",
            Operation::CreateCapacityProvider => "CreateCapacityProvider",
            Operation::CreateCluster => "CreateCluster",
            Operation::CreateDaemon => "CreateDaemon",
            Operation::CreateExpressGatewayService => "CreateExpressGatewayService",
            Operation::CreateGateway => "CreateGateway",
            Operation::CreateService => "CreateService",
            Operation::CreateTaskSet => "CreateTaskSet",
            Operation::DeleteAccountSetting => "DeleteAccountSetting",
            Operation::DeleteAttributes => "DeleteAttributes",
            Operation::DeleteCapacityProvider => "DeleteCapacityProvider",
            Operation::DeleteCluster => "DeleteCluster",
            Operation::DeleteDaemon => "DeleteDaemon",
            Operation::DeleteDaemonTaskDefinition => "DeleteDaemonTaskDefinition",
            Operation::DeleteExpressGatewayService => "DeleteExpressGatewayService",
            Operation::DeleteGateway => "DeleteGateway",
            Operation::DeleteService => "DeleteService",
            Operation::DeleteTaskDefinitions => "DeleteTaskDefinitions",
            Operation::DeleteTaskSet => "DeleteTaskSet",
            Operation::DeregisterContainerInstance => "DeregisterContainerInstance",
            Operation::DeregisterTaskDefinition => "DeregisterTaskDefinition",
            Operation::DescribeCapacityProviders => "DescribeCapacityProviders",
            Operation::DescribeClusters => "DescribeClusters",
            Operation::DescribeContainerInstances => "DescribeContainerInstances",
            Operation::DescribeDaemon => "DescribeDaemon",
            Operation::DescribeDaemonDeployments => "DescribeDaemonDeployments",
            Operation::DescribeDaemonRevisions => "DescribeDaemonRevisions",
            Operation::DescribeDaemonTaskDefinition => "DescribeDaemonTaskDefinition",
            Operation::DescribeExpressGatewayService => "DescribeExpressGatewayService",
            Operation::DescribeGateway => "DescribeGateway",
            Operation::DescribeGatewayResources => "DescribeGatewayResources",
            Operation::DescribeGatewayRoute => "DescribeGatewayRoute",
            Operation::DescribeServiceDeployments => "DescribeServiceDeployments",
            Operation::DescribeServiceRevisions => "DescribeServiceRevisions",
            Operation::DescribeServices => "DescribeServices",
            Operation::DescribeTaskDefinition => "DescribeTaskDefinition",
            Operation::DescribeTaskSets => "DescribeTaskSets",
            Operation::DescribeTasks => "DescribeTasks",
            Operation::DisassociateGatewayFromCluster => "DisassociateGatewayFromCluster",
            Operation::DiscoverPollEndpoint => "DiscoverPollEndpoint",
            Operation::ExecuteCommand => "ExecuteCommand",
            Operation::GetTaskProtection => "GetTaskProtection",
            Operation::ListAccountSettings => "ListAccountSettings",
            Operation::ListAttributes => "ListAttributes",
            Operation::ListClusters => "ListClusters",
            Operation::ListContainerInstances => "ListContainerInstances",
            Operation::ListDaemonDeployments => "ListDaemonDeployments",
            Operation::ListDaemonTaskDefinitions => "ListDaemonTaskDefinitions",
            Operation::ListDaemons => "ListDaemons",
            Operation::ListGatewayClusterAssociations => "ListGatewayClusterAssociations",
            Operation::ListGatewayRoutes => "ListGatewayRoutes",
            Operation::ListGateways => "ListGateways",
            Operation::ListServiceDeployments => "ListServiceDeployments",
            Operation::ListServices => "ListServices",
            Operation::ListServicesByNamespace => "ListServicesByNamespace",
            Operation::ListTagsForResource => "ListTagsForResource",
            Operation::ListTaskDefinitionFamilies => "ListTaskDefinitionFamilies",
            Operation::ListTaskDefinitions => "ListTaskDefinitions",
            Operation::ListTasks => "ListTasks",
            Operation::PutAccountSetting => "PutAccountSetting",
            Operation::PutAccountSettingDefault => "PutAccountSettingDefault",
            Operation::PutAttributes => "PutAttributes",
            Operation::PutClusterCapacityProviders => "PutClusterCapacityProviders",
            Operation::RegisterContainerInstance => "RegisterContainerInstance",
            Operation::RegisterDaemonTaskDefinition => "RegisterDaemonTaskDefinition",
            Operation::RegisterTaskDefinition => "RegisterTaskDefinition",
            Operation::RunTask => "RunTask",
            Operation::StartTask => "StartTask",
            Operation::StopServiceDeployment => "StopServiceDeployment",
            Operation::StopTask => "StopTask",
            Operation::SubmitAttachmentStateChanges => "SubmitAttachmentStateChanges",
            Operation::SubmitContainerStateChange => "SubmitContainerStateChange",
            Operation::SubmitTaskStateChange => "SubmitTaskStateChange",
            Operation::TagResource => "TagResource",
            Operation::UntagResource => "UntagResource",
            Operation::UpdateCapacityProvider => "UpdateCapacityProvider",
            Operation::UpdateCluster => "UpdateCluster",
            Operation::UpdateClusterSettings => "UpdateClusterSettings",
            Operation::UpdateContainerAgent => "UpdateContainerAgent",
            Operation::UpdateContainerInstancesState => "UpdateContainerInstancesState",
            Operation::UpdateDaemon => "UpdateDaemon",
            Operation::UpdateExpressGatewayService => "UpdateExpressGatewayService",
            Operation::UpdateGateway => "UpdateGateway",
            Operation::UpdateService => "UpdateService",
            Operation::UpdateServicePrimaryTaskSet => "UpdateServicePrimaryTaskSet",
            Operation::UpdateTaskProtection => "UpdateTaskProtection",
            Operation::UpdateTaskSet => "UpdateTaskSet",
        }
    }

    pub fn from_name(name: &str) -> Option<Self> {
        match name {
            "AssociateGatewayWithCluster" => Some(Operation::AssociateGatewayWithCluster),
            "ContinueServiceDeployment" => Some(Operation::ContinueServiceDeployment),
            "CreateCapacityProvider" => Some(Operation::CreateCapacityProvider),
            "CreateCluster" => Some(Operation::CreateCluster),
            "CreateDaemon" => Some(Operation::CreateDaemon),
            "CreateExpressGatewayService" => Some(Operation::CreateExpressGatewayService),
            "CreateGateway" => Some(Operation::CreateGateway),
            "CreateService" => Some(Operation::CreateService),
            "CreateTaskSet" => Some(Operation::CreateTaskSet),
            "DeleteAccountSetting" => Some(Operation::DeleteAccountSetting),
            "DeleteAttributes" => Some(Operation::DeleteAttributes),
            "DeleteCapacityProvider" => Some(Operation::DeleteCapacityProvider),
            "DeleteCluster" => Some(Operation::DeleteCluster),
            "DeleteDaemon" => Some(Operation::DeleteDaemon),
            "DeleteDaemonTaskDefinition" => Some(Operation::DeleteDaemonTaskDefinition),
            "DeleteExpressGatewayService" => Some(Operation::DeleteExpressGatewayService),
            "DeleteGateway" => Some(Operation::DeleteGateway),
            "DeleteService" => Some(Operation::DeleteService),
            "DeleteTaskDefinitions" => Some(Operation::DeleteTaskDefinitions),
            "DeleteTaskSet" => Some(Operation::DeleteTaskSet),
            "DeregisterContainerInstance" => Some(Operation::DeregisterContainerInstance),
            "DeregisterTaskDefinition" => Some(Operation::DeregisterTaskDefinition),
            "DescribeCapacityProviders" => Some(Operation::DescribeCapacityProviders),
            "DescribeClusters" => Some(Operation::DescribeClusters),
            "DescribeContainerInstances" => Some(Operation::DescribeContainerInstances),
            "DescribeDaemon" => Some(Operation::DescribeDaemon),
            "DescribeDaemonDeployments" => Some(Operation::DescribeDaemonDeployments),
            "DescribeDaemonRevisions" => Some(Operation::DescribeDaemonRevisions),
            "DescribeDaemonTaskDefinition" => Some(Operation::DescribeDaemonTaskDefinition),
            "DescribeExpressGatewayService" => Some(Operation::DescribeExpressGatewayService),
            "DescribeGateway" => Some(Operation::DescribeGateway),
            "DescribeGatewayResources" => Some(Operation::DescribeGatewayResources),
            "DescribeGatewayRoute" => Some(Operation::DescribeGatewayRoute),
            "DescribeServiceDeployments" => Some(Operation::DescribeServiceDeployments),
            "DescribeServiceRevisions" => Some(Operation::DescribeServiceRevisions),
            "DescribeServices" => Some(Operation::DescribeServices),
            "DescribeTaskDefinition" => Some(Operation::DescribeTaskDefinition),
            "DescribeTaskSets" => Some(Operation::DescribeTaskSets),
            "DescribeTasks" => Some(Operation::DescribeTasks),
            "DisassociateGatewayFromCluster" => Some(Operation::DisassociateGatewayFromCluster),
            "DiscoverPollEndpoint" => Some(Operation::DiscoverPollEndpoint),
            "ExecuteCommand" => Some(Operation::ExecuteCommand),
            "GetTaskProtection" => Some(Operation::GetTaskProtection),
            "ListAccountSettings" => Some(Operation::ListAccountSettings),
            "ListAttributes" => Some(Operation::ListAttributes),
            "ListClusters" => Some(Operation::ListClusters),
            "ListContainerInstances" => Some(Operation::ListContainerInstances),
            "ListDaemonDeployments" => Some(Operation::ListDaemonDeployments),
            "ListDaemonTaskDefinitions" => Some(Operation::ListDaemonTaskDefinitions),
            "ListDaemons" => Some(Operation::ListDaemons),
            "ListGatewayClusterAssociations" => Some(Operation::ListGatewayClusterAssociations),
            "ListGatewayRoutes" => Some(Operation::ListGatewayRoutes),
            "ListGateways" => Some(Operation::ListGateways),
            "ListServiceDeployments" => Some(Operation::ListServiceDeployments),
            "ListServices" => Some(Operation::ListServices),
            "ListServicesByNamespace" => Some(Operation::ListServicesByNamespace),
            "ListTagsForResource" => Some(Operation::ListTagsForResource),
            "ListTaskDefinitionFamilies" => Some(Operation::ListTaskDefinitionFamilies),
            "ListTaskDefinitions" => Some(Operation::ListTaskDefinitions),
            "ListTasks" => Some(Operation::ListTasks),
            "PutAccountSetting" => Some(Operation::PutAccountSetting),
            "PutAccountSettingDefault" => Some(Operation::PutAccountSettingDefault),
            "PutAttributes" => Some(Operation::PutAttributes),
            "PutClusterCapacityProviders" => Some(Operation::PutClusterCapacityProviders),
            "RegisterContainerInstance" => Some(Operation::RegisterContainerInstance),
            "RegisterDaemonTaskDefinition" => Some(Operation::RegisterDaemonTaskDefinition),
            "RegisterTaskDefinition" => Some(Operation::RegisterTaskDefinition),
            "RunTask" => Some(Operation::RunTask),
            "StartTask" => Some(Operation::StartTask),
            "StopServiceDeployment" => Some(Operation::StopServiceDeployment),
            "StopTask" => Some(Operation::StopTask),
            "SubmitAttachmentStateChanges" => Some(Operation::SubmitAttachmentStateChanges),
            "SubmitContainerStateChange" => Some(Operation::SubmitContainerStateChange),
            "SubmitTaskStateChange" => Some(Operation::SubmitTaskStateChange),
            "TagResource" => Some(Operation::TagResource),
            "UntagResource" => Some(Operation::UntagResource),
            "UpdateCapacityProvider" => Some(Operation::UpdateCapacityProvider),
            "UpdateCluster" => Some(Operation::UpdateCluster),
            "UpdateClusterSettings" => Some(Operation::UpdateClusterSettings),
            "UpdateContainerAgent" => Some(Operation::UpdateContainerAgent),
            "UpdateContainerInstancesState" => Some(Operation::UpdateContainerInstancesState),
            "UpdateDaemon" => Some(Operation::UpdateDaemon),
            "UpdateExpressGatewayService" => Some(Operation::UpdateExpressGatewayService),
            "UpdateGateway" => Some(Operation::UpdateGateway),
            "UpdateService" => Some(Operation::UpdateService),
            "UpdateServicePrimaryTaskSet" => Some(Operation::UpdateServicePrimaryTaskSet),
            "UpdateTaskProtection" => Some(Operation::UpdateTaskProtection),
            "UpdateTaskSet" => Some(Operation::UpdateTaskSet),
            _ => None,
        }
    }
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct AcceleratorCountRequest {
    #[serde(rename = "max", default, skip_serializing_if = "Option::is_none")]
    pub max: Option<i32>,
    #[serde(rename = "min", default, skip_serializing_if = "Option::is_none")]
    pub min: Option<i32>,
}

#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Default, Serialize, Deserialize,
)]
pub enum AcceleratorManufacturer {
    #[default]
    #[serde(rename = "amazon-web-services")]
    AmazonWebServices,
    #[serde(rename = "amd")]
    Amd,
    #[serde(rename = "nvidia")]
    Nvidia,
    #[serde(rename = "xilinx")]
    Xilinx,
    #[serde(rename = "habana")]
    Habana,
}

impl AcceleratorManufacturer {
    pub const ALL: [AcceleratorManufacturer; 5] = [
        AcceleratorManufacturer::AmazonWebServices,
        AcceleratorManufacturer::Amd,
        AcceleratorManufacturer::Nvidia,
        AcceleratorManufacturer::Xilinx,
        AcceleratorManufacturer::Habana,
    ];

    pub const fn as_str(self) -> &'static str {
        match self {
            AcceleratorManufacturer::AmazonWebServices => "amazon-web-services",
            AcceleratorManufacturer::Amd => "amd",
            AcceleratorManufacturer::Nvidia => "nvidia",
            AcceleratorManufacturer::Xilinx => "xilinx",
            AcceleratorManufacturer::Habana => "habana",
        }
    }

    pub fn parse(value: &str) -> Option<Self> {
        match value {
            "amazon-web-services" => Some(AcceleratorManufacturer::AmazonWebServices),
            "amd" => Some(AcceleratorManufacturer::Amd),
            "nvidia" => Some(AcceleratorManufacturer::Nvidia),
            "xilinx" => Some(AcceleratorManufacturer::Xilinx),
            "habana" => Some(AcceleratorManufacturer::Habana),
            _ => None,
        }
    }
}

impl std::fmt::Display for AcceleratorManufacturer {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Default, Serialize, Deserialize,
)]
pub enum AcceleratorName {
    #[default]
    #[serde(rename = "a100")]
    A100,
    #[serde(rename = "inferentia")]
    Inferentia,
    #[serde(rename = "k520")]
    K520,
    #[serde(rename = "k80")]
    K80,
    #[serde(rename = "m60")]
    M60,
    #[serde(rename = "radeon-pro-v520")]
    RadeonProV520,
    #[serde(rename = "t4")]
    T4,
    #[serde(rename = "vu9p")]
    Vu9p,
    #[serde(rename = "v100")]
    V100,
    #[serde(rename = "a10g")]
    A10g,
    #[serde(rename = "h100")]
    H100,
    #[serde(rename = "t4g")]
    T4g,
    #[serde(rename = "l40s")]
    L40s,
    #[serde(rename = "l4")]
    L4,
}

impl AcceleratorName {
    pub const ALL: [AcceleratorName; 14] = [
        AcceleratorName::A100,
        AcceleratorName::Inferentia,
        AcceleratorName::K520,
        AcceleratorName::K80,
        AcceleratorName::M60,
        AcceleratorName::RadeonProV520,
        AcceleratorName::T4,
        AcceleratorName::Vu9p,
        AcceleratorName::V100,
        AcceleratorName::A10g,
        AcceleratorName::H100,
        AcceleratorName::T4g,
        AcceleratorName::L40s,
        AcceleratorName::L4,
    ];

    pub const fn as_str(self) -> &'static str {
        match self {
            AcceleratorName::A100 => "a100",
            AcceleratorName::Inferentia => "inferentia",
            AcceleratorName::K520 => "k520",
            AcceleratorName::K80 => "k80",
            AcceleratorName::M60 => "m60",
            AcceleratorName::RadeonProV520 => "radeon-pro-v520",
            AcceleratorName::T4 => "t4",
            AcceleratorName::Vu9p => "vu9p",
            AcceleratorName::V100 => "v100",
            AcceleratorName::A10g => "a10g",
            AcceleratorName::H100 => "h100",
            AcceleratorName::T4g => "t4g",
            AcceleratorName::L40s => "l40s",
            AcceleratorName::L4 => "l4",
        }
    }

    pub fn parse(value: &str) -> Option<Self> {
        match value {
            "a100" => Some(AcceleratorName::A100),
            "inferentia" => Some(AcceleratorName::Inferentia),
            "k520" => Some(AcceleratorName::K520),
            "k80" => Some(AcceleratorName::K80),
            "m60" => Some(AcceleratorName::M60),
            "radeon-pro-v520" => Some(AcceleratorName::RadeonProV520),
            "t4" => Some(AcceleratorName::T4),
            "vu9p" => Some(AcceleratorName::Vu9p),
            "v100" => Some(AcceleratorName::V100),
            "a10g" => Some(AcceleratorName::A10g),
            "h100" => Some(AcceleratorName::H100),
            "t4g" => Some(AcceleratorName::T4g),
            "l40s" => Some(AcceleratorName::L40s),
            "l4" => Some(AcceleratorName::L4),
            _ => None,
        }
    }
}

impl std::fmt::Display for AcceleratorName {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct AcceleratorTotalMemoryMiBRequest {
    #[serde(rename = "max", default, skip_serializing_if = "Option::is_none")]
    pub max: Option<i32>,
    #[serde(rename = "min", default, skip_serializing_if = "Option::is_none")]
    pub min: Option<i32>,
}

#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Default, Serialize, Deserialize,
)]
pub enum AcceleratorType {
    #[default]
    #[serde(rename = "gpu")]
    Gpu,
    #[serde(rename = "fpga")]
    Fpga,
    #[serde(rename = "inference")]
    Inference,
}

impl AcceleratorType {
    pub const ALL: [AcceleratorType; 3] = [
        AcceleratorType::Gpu,
        AcceleratorType::Fpga,
        AcceleratorType::Inference,
    ];

    pub const fn as_str(self) -> &'static str {
        match self {
            AcceleratorType::Gpu => "gpu",
            AcceleratorType::Fpga => "fpga",
            AcceleratorType::Inference => "inference",
        }
    }

    pub fn parse(value: &str) -> Option<Self> {
        match value {
            "gpu" => Some(AcceleratorType::Gpu),
            "fpga" => Some(AcceleratorType::Fpga),
            "inference" => Some(AcceleratorType::Inference),
            _ => None,
        }
    }
}

impl std::fmt::Display for AcceleratorType {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Default, Serialize, Deserialize,
)]
pub enum AccessType {
    #[default]
    #[serde(rename = "PUBLIC")]
    Public,
    #[serde(rename = "PRIVATE")]
    Private,
}

impl AccessType {
    pub const ALL: [AccessType; 2] = [AccessType::Public, AccessType::Private];

    pub const fn as_str(self) -> &'static str {
        match self {
            AccessType::Public => "PUBLIC",
            AccessType::Private => "PRIVATE",
        }
    }

    pub fn parse(value: &str) -> Option<Self> {
        match value {
            "PUBLIC" => Some(AccessType::Public),
            "PRIVATE" => Some(AccessType::Private),
            _ => None,
        }
    }
}

impl std::fmt::Display for AccessType {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct AdvancedConfiguration {
    #[serde(
        rename = "alternateTargetGroupArn",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub alternate_target_group_arn: Option<String>,
    #[serde(
        rename = "productionListenerRule",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub production_listener_rule: Option<String>,
    #[serde(rename = "roleArn", default, skip_serializing_if = "Option::is_none")]
    pub role_arn: Option<String>,
    #[serde(
        rename = "testListenerRule",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub test_listener_rule: Option<String>,
}

#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Default, Serialize, Deserialize,
)]
pub enum AgentUpdateStatus {
    #[default]
    #[serde(rename = "PENDING")]
    Pending,
    #[serde(rename = "STAGING")]
    Staging,
    #[serde(rename = "STAGED")]
    Staged,
    #[serde(rename = "UPDATING")]
    Updating,
    #[serde(rename = "UPDATED")]
    Updated,
    #[serde(rename = "FAILED")]
    Failed,
}

impl AgentUpdateStatus {
    pub const ALL: [AgentUpdateStatus; 6] = [
        AgentUpdateStatus::Pending,
        AgentUpdateStatus::Staging,
        AgentUpdateStatus::Staged,
        AgentUpdateStatus::Updating,
        AgentUpdateStatus::Updated,
        AgentUpdateStatus::Failed,
    ];

    pub const fn as_str(self) -> &'static str {
        match self {
            AgentUpdateStatus::Pending => "PENDING",
            AgentUpdateStatus::Staging => "STAGING",
            AgentUpdateStatus::Staged => "STAGED",
            AgentUpdateStatus::Updating => "UPDATING",
            AgentUpdateStatus::Updated => "UPDATED",
            AgentUpdateStatus::Failed => "FAILED",
        }
    }

    pub fn parse(value: &str) -> Option<Self> {
        match value {
            "PENDING" => Some(AgentUpdateStatus::Pending),
            "STAGING" => Some(AgentUpdateStatus::Staging),
            "STAGED" => Some(AgentUpdateStatus::Staged),
            "UPDATING" => Some(AgentUpdateStatus::Updating),
            "UPDATED" => Some(AgentUpdateStatus::Updated),
            "FAILED" => Some(AgentUpdateStatus::Failed),
            _ => None,
        }
    }
}

impl std::fmt::Display for AgentUpdateStatus {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Default, Serialize, Deserialize,
)]
pub enum ApplicationProtocol {
    #[default]
    #[serde(rename = "http")]
    Http,
    #[serde(rename = "http2")]
    Http2,
    #[serde(rename = "grpc")]
    Grpc,
}

impl ApplicationProtocol {
    pub const ALL: [ApplicationProtocol; 3] = [
        ApplicationProtocol::Http,
        ApplicationProtocol::Http2,
        ApplicationProtocol::Grpc,
    ];

    pub const fn as_str(self) -> &'static str {
        match self {
            ApplicationProtocol::Http => "http",
            ApplicationProtocol::Http2 => "http2",
            ApplicationProtocol::Grpc => "grpc",
        }
    }

    pub fn parse(value: &str) -> Option<Self> {
        match value {
            "http" => Some(ApplicationProtocol::Http),
            "http2" => Some(ApplicationProtocol::Http2),
            "grpc" => Some(ApplicationProtocol::Grpc),
            _ => None,
        }
    }
}

impl std::fmt::Display for ApplicationProtocol {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Default, Serialize, Deserialize,
)]
pub enum AssignPublicIp {
    #[default]
    #[serde(rename = "ENABLED")]
    Enabled,
    #[serde(rename = "DISABLED")]
    Disabled,
}

impl AssignPublicIp {
    pub const ALL: [AssignPublicIp; 2] = [AssignPublicIp::Enabled, AssignPublicIp::Disabled];

    pub const fn as_str(self) -> &'static str {
        match self {
            AssignPublicIp::Enabled => "ENABLED",
            AssignPublicIp::Disabled => "DISABLED",
        }
    }

    pub fn parse(value: &str) -> Option<Self> {
        match value {
            "ENABLED" => Some(AssignPublicIp::Enabled),
            "DISABLED" => Some(AssignPublicIp::Disabled),
            _ => None,
        }
    }
}

impl std::fmt::Display for AssignPublicIp {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct AssociateGatewayWithClusterRequest {
    #[serde(rename = "cluster")]
    pub cluster: String,
    #[serde(rename = "gateway")]
    pub gateway: String,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct AssociateGatewayWithClusterResponse {
    #[serde(
        rename = "clusterArn",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub cluster_arn: Option<String>,
    #[serde(
        rename = "gatewayArn",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub gateway_arn: Option<String>,
    #[serde(rename = "status", default, skip_serializing_if = "Option::is_none")]
    pub status: Option<GatewayClusterAssociationStatus>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Attachment {
    #[serde(rename = "details", default, skip_serializing_if = "Option::is_none")]
    pub details: Option<Vec<KeyValuePair>>,
    #[serde(rename = "id", default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    #[serde(rename = "status", default, skip_serializing_if = "Option::is_none")]
    pub status: Option<String>,
    #[serde(rename = "type", default, skip_serializing_if = "Option::is_none")]
    pub r#type: Option<String>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct AttachmentStateChange {
    #[serde(rename = "attachmentArn")]
    pub attachment_arn: String,
    #[serde(rename = "status")]
    pub status: String,
}

#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Default, Serialize, Deserialize,
)]
pub enum AttestationPolicyStatus {
    #[default]
    #[serde(rename = "CONFIGURED")]
    Configured,
}

impl AttestationPolicyStatus {
    pub const ALL: [AttestationPolicyStatus; 1] = [AttestationPolicyStatus::Configured];

    pub const fn as_str(self) -> &'static str {
        match self {
            AttestationPolicyStatus::Configured => "CONFIGURED",
        }
    }

    pub fn parse(value: &str) -> Option<Self> {
        match value {
            "CONFIGURED" => Some(AttestationPolicyStatus::Configured),
            _ => None,
        }
    }
}

impl std::fmt::Display for AttestationPolicyStatus {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Attribute {
    #[serde(rename = "name")]
    pub name: String,
    #[serde(rename = "targetId", default, skip_serializing_if = "Option::is_none")]
    pub target_id: Option<String>,
    #[serde(
        rename = "targetType",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub target_type: Option<TargetType>,
    #[serde(rename = "value", default, skip_serializing_if = "Option::is_none")]
    pub value: Option<String>,
}

#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Default, Serialize, Deserialize,
)]
pub enum AutoRepairActionsStatus {
    #[default]
    #[serde(rename = "ENABLED")]
    Enabled,
    #[serde(rename = "DISABLED")]
    Disabled,
}

impl AutoRepairActionsStatus {
    pub const ALL: [AutoRepairActionsStatus; 2] = [
        AutoRepairActionsStatus::Enabled,
        AutoRepairActionsStatus::Disabled,
    ];

    pub const fn as_str(self) -> &'static str {
        match self {
            AutoRepairActionsStatus::Enabled => "ENABLED",
            AutoRepairActionsStatus::Disabled => "DISABLED",
        }
    }

    pub fn parse(value: &str) -> Option<Self> {
        match value {
            "ENABLED" => Some(AutoRepairActionsStatus::Enabled),
            "DISABLED" => Some(AutoRepairActionsStatus::Disabled),
            _ => None,
        }
    }
}

impl std::fmt::Display for AutoRepairActionsStatus {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct AutoRepairConfiguration {
    #[serde(
        rename = "actionsStatus",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub actions_status: Option<AutoRepairActionsStatus>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct AutoScalingGroupProvider {
    #[serde(rename = "autoScalingGroupArn")]
    pub auto_scaling_group_arn: String,
    #[serde(
        rename = "managedDraining",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub managed_draining: Option<ManagedDraining>,
    #[serde(
        rename = "managedScaling",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub managed_scaling: Option<ManagedScaling>,
    #[serde(
        rename = "managedTerminationProtection",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub managed_termination_protection: Option<ManagedTerminationProtection>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct AutoScalingGroupProviderUpdate {
    #[serde(
        rename = "managedDraining",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub managed_draining: Option<ManagedDraining>,
    #[serde(
        rename = "managedScaling",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub managed_scaling: Option<ManagedScaling>,
    #[serde(
        rename = "managedTerminationProtection",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub managed_termination_protection: Option<ManagedTerminationProtection>,
}

#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Default, Serialize, Deserialize,
)]
pub enum AvailabilityZoneRebalancing {
    #[default]
    #[serde(rename = "ENABLED")]
    Enabled,
    #[serde(rename = "DISABLED")]
    Disabled,
}

impl AvailabilityZoneRebalancing {
    pub const ALL: [AvailabilityZoneRebalancing; 2] = [
        AvailabilityZoneRebalancing::Enabled,
        AvailabilityZoneRebalancing::Disabled,
    ];

    pub const fn as_str(self) -> &'static str {
        match self {
            AvailabilityZoneRebalancing::Enabled => "ENABLED",
            AvailabilityZoneRebalancing::Disabled => "DISABLED",
        }
    }

    pub fn parse(value: &str) -> Option<Self> {
        match value {
            "ENABLED" => Some(AvailabilityZoneRebalancing::Enabled),
            "DISABLED" => Some(AvailabilityZoneRebalancing::Disabled),
            _ => None,
        }
    }
}

impl std::fmt::Display for AvailabilityZoneRebalancing {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct AwsVpcConfiguration {
    #[serde(
        rename = "assignPublicIp",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub assign_public_ip: Option<AssignPublicIp>,
    #[serde(
        rename = "securityGroups",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub security_groups: Option<Vec<String>>,
    #[serde(rename = "subnets")]
    pub subnets: Vec<String>,
}

#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Default, Serialize, Deserialize,
)]
pub enum BareMetal {
    #[default]
    #[serde(rename = "included")]
    Included,
    #[serde(rename = "required")]
    Required,
    #[serde(rename = "excluded")]
    Excluded,
}

impl BareMetal {
    pub const ALL: [BareMetal; 3] = [
        BareMetal::Included,
        BareMetal::Required,
        BareMetal::Excluded,
    ];

    pub const fn as_str(self) -> &'static str {
        match self {
            BareMetal::Included => "included",
            BareMetal::Required => "required",
            BareMetal::Excluded => "excluded",
        }
    }

    pub fn parse(value: &str) -> Option<Self> {
        match value {
            "included" => Some(BareMetal::Included),
            "required" => Some(BareMetal::Required),
            "excluded" => Some(BareMetal::Excluded),
            _ => None,
        }
    }
}

impl std::fmt::Display for BareMetal {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct BaselineEbsBandwidthMbpsRequest {
    #[serde(rename = "max", default, skip_serializing_if = "Option::is_none")]
    pub max: Option<i32>,
    #[serde(rename = "min", default, skip_serializing_if = "Option::is_none")]
    pub min: Option<i32>,
}

#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Default, Serialize, Deserialize,
)]
pub enum BurstablePerformance {
    #[default]
    #[serde(rename = "included")]
    Included,
    #[serde(rename = "required")]
    Required,
    #[serde(rename = "excluded")]
    Excluded,
}

impl BurstablePerformance {
    pub const ALL: [BurstablePerformance; 3] = [
        BurstablePerformance::Included,
        BurstablePerformance::Required,
        BurstablePerformance::Excluded,
    ];

    pub const fn as_str(self) -> &'static str {
        match self {
            BurstablePerformance::Included => "included",
            BurstablePerformance::Required => "required",
            BurstablePerformance::Excluded => "excluded",
        }
    }

    pub fn parse(value: &str) -> Option<Self> {
        match value {
            "included" => Some(BurstablePerformance::Included),
            "required" => Some(BurstablePerformance::Required),
            "excluded" => Some(BurstablePerformance::Excluded),
            _ => None,
        }
    }
}

impl std::fmt::Display for BurstablePerformance {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Default, Serialize, Deserialize,
)]
pub enum CPUArchitecture {
    #[default]
    #[serde(rename = "X86_64")]
    X86_64,
    #[serde(rename = "ARM64")]
    Arm64,
}

impl CPUArchitecture {
    pub const ALL: [CPUArchitecture; 2] = [CPUArchitecture::X86_64, CPUArchitecture::Arm64];

    pub const fn as_str(self) -> &'static str {
        match self {
            CPUArchitecture::X86_64 => "X86_64",
            CPUArchitecture::Arm64 => "ARM64",
        }
    }

    pub fn parse(value: &str) -> Option<Self> {
        match value {
            "X86_64" => Some(CPUArchitecture::X86_64),
            "ARM64" => Some(CPUArchitecture::Arm64),
            _ => None,
        }
    }
}

impl std::fmt::Display for CPUArchitecture {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct CanaryConfiguration {
    #[serde(
        rename = "canaryBakeTimeInMinutes",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub canary_bake_time_in_minutes: Option<i32>,
    #[serde(
        rename = "canaryPercent",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub canary_percent: Option<f64>,
}

#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Default, Serialize, Deserialize,
)]
pub enum CapacityOptionType {
    #[default]
    #[serde(rename = "ON_DEMAND")]
    OnDemand,
    #[serde(rename = "SPOT")]
    Spot,
    #[serde(rename = "RESERVED")]
    Reserved,
}

impl CapacityOptionType {
    pub const ALL: [CapacityOptionType; 3] = [
        CapacityOptionType::OnDemand,
        CapacityOptionType::Spot,
        CapacityOptionType::Reserved,
    ];

    pub const fn as_str(self) -> &'static str {
        match self {
            CapacityOptionType::OnDemand => "ON_DEMAND",
            CapacityOptionType::Spot => "SPOT",
            CapacityOptionType::Reserved => "RESERVED",
        }
    }

    pub fn parse(value: &str) -> Option<Self> {
        match value {
            "ON_DEMAND" => Some(CapacityOptionType::OnDemand),
            "SPOT" => Some(CapacityOptionType::Spot),
            "RESERVED" => Some(CapacityOptionType::Reserved),
            _ => None,
        }
    }
}

impl std::fmt::Display for CapacityOptionType {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct CapacityProvider {
    #[serde(
        rename = "autoScalingGroupProvider",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub auto_scaling_group_provider: Option<AutoScalingGroupProvider>,
    #[serde(
        rename = "capacityProviderArn",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub capacity_provider_arn: Option<String>,
    #[serde(rename = "cluster", default, skip_serializing_if = "Option::is_none")]
    pub cluster: Option<String>,
    #[serde(
        rename = "managedInstancesProvider",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub managed_instances_provider: Option<ManagedInstancesProvider>,
    #[serde(rename = "name", default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    #[serde(rename = "status", default, skip_serializing_if = "Option::is_none")]
    pub status: Option<CapacityProviderStatus>,
    #[serde(rename = "tags", default, skip_serializing_if = "Option::is_none")]
    pub tags: Option<Vec<Tag>>,
    #[serde(rename = "type", default, skip_serializing_if = "Option::is_none")]
    pub r#type: Option<CapacityProviderType>,
    #[serde(
        rename = "updateStatus",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub update_status: Option<CapacityProviderUpdateStatus>,
    #[serde(
        rename = "updateStatusReason",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub update_status_reason: Option<String>,
}

#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Default, Serialize, Deserialize,
)]
pub enum CapacityProviderField {
    #[default]
    #[serde(rename = "TAGS")]
    Tags,
}

impl CapacityProviderField {
    pub const ALL: [CapacityProviderField; 1] = [CapacityProviderField::Tags];

    pub const fn as_str(self) -> &'static str {
        match self {
            CapacityProviderField::Tags => "TAGS",
        }
    }

    pub fn parse(value: &str) -> Option<Self> {
        match value {
            "TAGS" => Some(CapacityProviderField::Tags),
            _ => None,
        }
    }
}

impl std::fmt::Display for CapacityProviderField {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Default, Serialize, Deserialize,
)]
pub enum CapacityProviderStatus {
    #[default]
    #[serde(rename = "PROVISIONING")]
    Provisioning,
    #[serde(rename = "ACTIVE")]
    Active,
    #[serde(rename = "DEPROVISIONING")]
    Deprovisioning,
    #[serde(rename = "INACTIVE")]
    Inactive,
}

impl CapacityProviderStatus {
    pub const ALL: [CapacityProviderStatus; 4] = [
        CapacityProviderStatus::Provisioning,
        CapacityProviderStatus::Active,
        CapacityProviderStatus::Deprovisioning,
        CapacityProviderStatus::Inactive,
    ];

    pub const fn as_str(self) -> &'static str {
        match self {
            CapacityProviderStatus::Provisioning => "PROVISIONING",
            CapacityProviderStatus::Active => "ACTIVE",
            CapacityProviderStatus::Deprovisioning => "DEPROVISIONING",
            CapacityProviderStatus::Inactive => "INACTIVE",
        }
    }

    pub fn parse(value: &str) -> Option<Self> {
        match value {
            "PROVISIONING" => Some(CapacityProviderStatus::Provisioning),
            "ACTIVE" => Some(CapacityProviderStatus::Active),
            "DEPROVISIONING" => Some(CapacityProviderStatus::Deprovisioning),
            "INACTIVE" => Some(CapacityProviderStatus::Inactive),
            _ => None,
        }
    }
}

impl std::fmt::Display for CapacityProviderStatus {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct CapacityProviderStrategyItem {
    #[serde(rename = "base", default)]
    pub base: i32,
    #[serde(rename = "capacityProvider")]
    pub capacity_provider: String,
    #[serde(rename = "weight", default)]
    pub weight: i32,
}

#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Default, Serialize, Deserialize,
)]
pub enum CapacityProviderType {
    #[default]
    #[serde(rename = "EC2_AUTOSCALING")]
    Ec2Autoscaling,
    #[serde(rename = "MANAGED_INSTANCES")]
    ManagedInstances,
    #[serde(rename = "FARGATE")]
    Fargate,
    #[serde(rename = "FARGATE_SPOT")]
    FargateSpot,
}

impl CapacityProviderType {
    pub const ALL: [CapacityProviderType; 4] = [
        CapacityProviderType::Ec2Autoscaling,
        CapacityProviderType::ManagedInstances,
        CapacityProviderType::Fargate,
        CapacityProviderType::FargateSpot,
    ];

    pub const fn as_str(self) -> &'static str {
        match self {
            CapacityProviderType::Ec2Autoscaling => "EC2_AUTOSCALING",
            CapacityProviderType::ManagedInstances => "MANAGED_INSTANCES",
            CapacityProviderType::Fargate => "FARGATE",
            CapacityProviderType::FargateSpot => "FARGATE_SPOT",
        }
    }

    pub fn parse(value: &str) -> Option<Self> {
        match value {
            "EC2_AUTOSCALING" => Some(CapacityProviderType::Ec2Autoscaling),
            "MANAGED_INSTANCES" => Some(CapacityProviderType::ManagedInstances),
            "FARGATE" => Some(CapacityProviderType::Fargate),
            "FARGATE_SPOT" => Some(CapacityProviderType::FargateSpot),
            _ => None,
        }
    }
}

impl std::fmt::Display for CapacityProviderType {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Default, Serialize, Deserialize,
)]
pub enum CapacityProviderUpdateStatus {
    #[default]
    #[serde(rename = "CREATE_IN_PROGRESS")]
    CreateInProgress,
    #[serde(rename = "CREATE_COMPLETE")]
    CreateComplete,
    #[serde(rename = "CREATE_FAILED")]
    CreateFailed,
    #[serde(rename = "DELETE_IN_PROGRESS")]
    DeleteInProgress,
    #[serde(rename = "DELETE_COMPLETE")]
    DeleteComplete,
    #[serde(rename = "DELETE_FAILED")]
    DeleteFailed,
    #[serde(rename = "UPDATE_IN_PROGRESS")]
    UpdateInProgress,
    #[serde(rename = "UPDATE_COMPLETE")]
    UpdateComplete,
    #[serde(rename = "UPDATE_FAILED")]
    UpdateFailed,
}

impl CapacityProviderUpdateStatus {
    pub const ALL: [CapacityProviderUpdateStatus; 9] = [
        CapacityProviderUpdateStatus::CreateInProgress,
        CapacityProviderUpdateStatus::CreateComplete,
        CapacityProviderUpdateStatus::CreateFailed,
        CapacityProviderUpdateStatus::DeleteInProgress,
        CapacityProviderUpdateStatus::DeleteComplete,
        CapacityProviderUpdateStatus::DeleteFailed,
        CapacityProviderUpdateStatus::UpdateInProgress,
        CapacityProviderUpdateStatus::UpdateComplete,
        CapacityProviderUpdateStatus::UpdateFailed,
    ];

    pub const fn as_str(self) -> &'static str {
        match self {
            CapacityProviderUpdateStatus::CreateInProgress => "CREATE_IN_PROGRESS",
            CapacityProviderUpdateStatus::CreateComplete => "CREATE_COMPLETE",
            CapacityProviderUpdateStatus::CreateFailed => "CREATE_FAILED",
            CapacityProviderUpdateStatus::DeleteInProgress => "DELETE_IN_PROGRESS",
            CapacityProviderUpdateStatus::DeleteComplete => "DELETE_COMPLETE",
            CapacityProviderUpdateStatus::DeleteFailed => "DELETE_FAILED",
            CapacityProviderUpdateStatus::UpdateInProgress => "UPDATE_IN_PROGRESS",
            CapacityProviderUpdateStatus::UpdateComplete => "UPDATE_COMPLETE",
            CapacityProviderUpdateStatus::UpdateFailed => "UPDATE_FAILED",
        }
    }

    pub fn parse(value: &str) -> Option<Self> {
        match value {
            "CREATE_IN_PROGRESS" => Some(CapacityProviderUpdateStatus::CreateInProgress),
            "CREATE_COMPLETE" => Some(CapacityProviderUpdateStatus::CreateComplete),
            "CREATE_FAILED" => Some(CapacityProviderUpdateStatus::CreateFailed),
            "DELETE_IN_PROGRESS" => Some(CapacityProviderUpdateStatus::DeleteInProgress),
            "DELETE_COMPLETE" => Some(CapacityProviderUpdateStatus::DeleteComplete),
            "DELETE_FAILED" => Some(CapacityProviderUpdateStatus::DeleteFailed),
            "UPDATE_IN_PROGRESS" => Some(CapacityProviderUpdateStatus::UpdateInProgress),
            "UPDATE_COMPLETE" => Some(CapacityProviderUpdateStatus::UpdateComplete),
            "UPDATE_FAILED" => Some(CapacityProviderUpdateStatus::UpdateFailed),
            _ => None,
        }
    }
}

impl std::fmt::Display for CapacityProviderUpdateStatus {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Default, Serialize, Deserialize,
)]
pub enum CapacityReservationPreference {
    #[default]
    #[serde(rename = "RESERVATIONS_ONLY")]
    ReservationsOnly,
    #[serde(rename = "RESERVATIONS_FIRST")]
    ReservationsFirst,
    #[serde(rename = "RESERVATIONS_EXCLUDED")]
    ReservationsExcluded,
}

impl CapacityReservationPreference {
    pub const ALL: [CapacityReservationPreference; 3] = [
        CapacityReservationPreference::ReservationsOnly,
        CapacityReservationPreference::ReservationsFirst,
        CapacityReservationPreference::ReservationsExcluded,
    ];

    pub const fn as_str(self) -> &'static str {
        match self {
            CapacityReservationPreference::ReservationsOnly => "RESERVATIONS_ONLY",
            CapacityReservationPreference::ReservationsFirst => "RESERVATIONS_FIRST",
            CapacityReservationPreference::ReservationsExcluded => "RESERVATIONS_EXCLUDED",
        }
    }

    pub fn parse(value: &str) -> Option<Self> {
        match value {
            "RESERVATIONS_ONLY" => Some(CapacityReservationPreference::ReservationsOnly),
            "RESERVATIONS_FIRST" => Some(CapacityReservationPreference::ReservationsFirst),
            "RESERVATIONS_EXCLUDED" => Some(CapacityReservationPreference::ReservationsExcluded),
            _ => None,
        }
    }
}

impl std::fmt::Display for CapacityReservationPreference {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct CapacityReservationRequest {
    #[serde(
        rename = "reservationGroupArn",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub reservation_group_arn: Option<String>,
    #[serde(
        rename = "reservationPreference",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub reservation_preference: Option<CapacityReservationPreference>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Cluster {
    #[serde(rename = "activeServicesCount", default)]
    pub active_services_count: i32,
    #[serde(
        rename = "attachments",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub attachments: Option<Vec<Attachment>>,
    #[serde(
        rename = "attachmentsStatus",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub attachments_status: Option<String>,
    #[serde(
        rename = "capacityProviders",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub capacity_providers: Option<Vec<String>>,
    #[serde(
        rename = "clusterArn",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub cluster_arn: Option<String>,
    #[serde(
        rename = "clusterName",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub cluster_name: Option<String>,
    #[serde(
        rename = "configuration",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub configuration: Option<ClusterConfiguration>,
    #[serde(
        rename = "defaultCapacityProviderStrategy",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub default_capacity_provider_strategy: Option<Vec<CapacityProviderStrategyItem>>,
    #[serde(rename = "pendingTasksCount", default)]
    pub pending_tasks_count: i32,
    #[serde(rename = "registeredContainerInstancesCount", default)]
    pub registered_container_instances_count: i32,
    #[serde(rename = "runningTasksCount", default)]
    pub running_tasks_count: i32,
    #[serde(
        rename = "serviceConnectDefaults",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub service_connect_defaults: Option<ClusterServiceConnectDefaults>,
    #[serde(rename = "settings", default, skip_serializing_if = "Option::is_none")]
    pub settings: Option<Vec<ClusterSetting>>,
    #[serde(
        rename = "statistics",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub statistics: Option<Vec<KeyValuePair>>,
    #[serde(rename = "status", default, skip_serializing_if = "Option::is_none")]
    pub status: Option<String>,
    #[serde(rename = "tags", default, skip_serializing_if = "Option::is_none")]
    pub tags: Option<Vec<Tag>>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct ClusterConfiguration {
    #[serde(
        rename = "executeCommandConfiguration",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub execute_command_configuration: Option<ExecuteCommandConfiguration>,
    #[serde(
        rename = "managedStorageConfiguration",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub managed_storage_configuration: Option<ManagedStorageConfiguration>,
}

#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Default, Serialize, Deserialize,
)]
pub enum ClusterField {
    #[default]
    #[serde(rename = "ATTACHMENTS")]
    Attachments,
    #[serde(rename = "CONFIGURATIONS")]
    Configurations,
    #[serde(rename = "SETTINGS")]
    Settings,
    #[serde(rename = "STATISTICS")]
    Statistics,
    #[serde(rename = "TAGS")]
    Tags,
}

impl ClusterField {
    pub const ALL: [ClusterField; 5] = [
        ClusterField::Attachments,
        ClusterField::Configurations,
        ClusterField::Settings,
        ClusterField::Statistics,
        ClusterField::Tags,
    ];

    pub const fn as_str(self) -> &'static str {
        match self {
            ClusterField::Attachments => "ATTACHMENTS",
            ClusterField::Configurations => "CONFIGURATIONS",
            ClusterField::Settings => "SETTINGS",
            ClusterField::Statistics => "STATISTICS",
            ClusterField::Tags => "TAGS",
        }
    }

    pub fn parse(value: &str) -> Option<Self> {
        match value {
            "ATTACHMENTS" => Some(ClusterField::Attachments),
            "CONFIGURATIONS" => Some(ClusterField::Configurations),
            "SETTINGS" => Some(ClusterField::Settings),
            "STATISTICS" => Some(ClusterField::Statistics),
            "TAGS" => Some(ClusterField::Tags),
            _ => None,
        }
    }
}

impl std::fmt::Display for ClusterField {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct ClusterServiceConnectDefaults {
    #[serde(rename = "namespace", default, skip_serializing_if = "Option::is_none")]
    pub namespace: Option<String>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct ClusterServiceConnectDefaultsRequest {
    #[serde(rename = "namespace")]
    pub namespace: String,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct ClusterSetting {
    #[serde(rename = "name", default, skip_serializing_if = "Option::is_none")]
    pub name: Option<ClusterSettingName>,
    #[serde(rename = "value", default, skip_serializing_if = "Option::is_none")]
    pub value: Option<String>,
}

#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Default, Serialize, Deserialize,
)]
pub enum ClusterSettingName {
    #[default]
    #[serde(rename = "containerInsights")]
    ContainerInsights,
}

impl ClusterSettingName {
    pub const ALL: [ClusterSettingName; 1] = [ClusterSettingName::ContainerInsights];

    pub const fn as_str(self) -> &'static str {
        match self {
            ClusterSettingName::ContainerInsights => "containerInsights",
        }
    }

    pub fn parse(value: &str) -> Option<Self> {
        match value {
            "containerInsights" => Some(ClusterSettingName::ContainerInsights),
            _ => None,
        }
    }
}

impl std::fmt::Display for ClusterSettingName {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Default, Serialize, Deserialize,
)]
pub enum Compatibility {
    #[default]
    #[serde(rename = "EC2")]
    Ec2,
    #[serde(rename = "FARGATE")]
    Fargate,
    #[serde(rename = "EXTERNAL")]
    External,
    #[serde(rename = "MANAGED_INSTANCES")]
    ManagedInstances,
}

impl Compatibility {
    pub const ALL: [Compatibility; 4] = [
        Compatibility::Ec2,
        Compatibility::Fargate,
        Compatibility::External,
        Compatibility::ManagedInstances,
    ];

    pub const fn as_str(self) -> &'static str {
        match self {
            Compatibility::Ec2 => "EC2",
            Compatibility::Fargate => "FARGATE",
            Compatibility::External => "EXTERNAL",
            Compatibility::ManagedInstances => "MANAGED_INSTANCES",
        }
    }

    pub fn parse(value: &str) -> Option<Self> {
        match value {
            "EC2" => Some(Compatibility::Ec2),
            "FARGATE" => Some(Compatibility::Fargate),
            "EXTERNAL" => Some(Compatibility::External),
            "MANAGED_INSTANCES" => Some(Compatibility::ManagedInstances),
            _ => None,
        }
    }
}

impl std::fmt::Display for Compatibility {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Default, Serialize, Deserialize,
)]
pub enum Connectivity {
    #[default]
    #[serde(rename = "CONNECTED")]
    Connected,
    #[serde(rename = "DISCONNECTED")]
    Disconnected,
}

impl Connectivity {
    pub const ALL: [Connectivity; 2] = [Connectivity::Connected, Connectivity::Disconnected];

    pub const fn as_str(self) -> &'static str {
        match self {
            Connectivity::Connected => "CONNECTED",
            Connectivity::Disconnected => "DISCONNECTED",
        }
    }

    pub fn parse(value: &str) -> Option<Self> {
        match value {
            "CONNECTED" => Some(Connectivity::Connected),
            "DISCONNECTED" => Some(Connectivity::Disconnected),
            _ => None,
        }
    }
}

impl std::fmt::Display for Connectivity {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Container {
    #[serde(
        rename = "containerArn",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub container_arn: Option<String>,
    #[serde(rename = "cpu", default, skip_serializing_if = "Option::is_none")]
    pub cpu: Option<String>,
    #[serde(rename = "exitCode", default, skip_serializing_if = "Option::is_none")]
    pub exit_code: Option<i32>,
    #[serde(rename = "gpuIds", default, skip_serializing_if = "Option::is_none")]
    pub gpu_ids: Option<Vec<String>>,
    #[serde(
        rename = "gpuSharingStrategy",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub gpu_sharing_strategy: Option<SharingStrategy>,
    #[serde(
        rename = "healthStatus",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub health_status: Option<HealthStatus>,
    #[serde(rename = "image", default, skip_serializing_if = "Option::is_none")]
    pub image: Option<String>,
    #[serde(
        rename = "imageDigest",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub image_digest: Option<String>,
    #[serde(
        rename = "lastStatus",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub last_status: Option<String>,
    #[serde(
        rename = "managedAgents",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub managed_agents: Option<Vec<ManagedAgent>>,
    #[serde(rename = "memory", default, skip_serializing_if = "Option::is_none")]
    pub memory: Option<String>,
    #[serde(
        rename = "memoryReservation",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub memory_reservation: Option<String>,
    #[serde(rename = "name", default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    #[serde(
        rename = "networkBindings",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub network_bindings: Option<Vec<NetworkBinding>>,
    #[serde(
        rename = "networkInterfaces",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub network_interfaces: Option<Vec<NetworkInterface>>,
    #[serde(
        rename = "neuronDeviceIds",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub neuron_device_ids: Option<Vec<String>>,
    #[serde(rename = "reason", default, skip_serializing_if = "Option::is_none")]
    pub reason: Option<String>,
    #[serde(rename = "runtimeId", default, skip_serializing_if = "Option::is_none")]
    pub runtime_id: Option<String>,
    #[serde(rename = "taskArn", default, skip_serializing_if = "Option::is_none")]
    pub task_arn: Option<String>,
}

#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Default, Serialize, Deserialize,
)]
pub enum ContainerCondition {
    #[default]
    #[serde(rename = "START")]
    Start,
    #[serde(rename = "COMPLETE")]
    Complete,
    #[serde(rename = "SUCCESS")]
    Success,
    #[serde(rename = "HEALTHY")]
    Healthy,
}

impl ContainerCondition {
    pub const ALL: [ContainerCondition; 4] = [
        ContainerCondition::Start,
        ContainerCondition::Complete,
        ContainerCondition::Success,
        ContainerCondition::Healthy,
    ];

    pub const fn as_str(self) -> &'static str {
        match self {
            ContainerCondition::Start => "START",
            ContainerCondition::Complete => "COMPLETE",
            ContainerCondition::Success => "SUCCESS",
            ContainerCondition::Healthy => "HEALTHY",
        }
    }

    pub fn parse(value: &str) -> Option<Self> {
        match value {
            "START" => Some(ContainerCondition::Start),
            "COMPLETE" => Some(ContainerCondition::Complete),
            "SUCCESS" => Some(ContainerCondition::Success),
            "HEALTHY" => Some(ContainerCondition::Healthy),
            _ => None,
        }
    }
}

impl std::fmt::Display for ContainerCondition {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct ContainerDefinition {
    #[serde(rename = "command", default, skip_serializing_if = "Option::is_none")]
    pub command: Option<Vec<String>>,
    #[serde(rename = "cpu", default)]
    pub cpu: i32,
    #[serde(
        rename = "credentialSpecs",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub credential_specs: Option<Vec<String>>,
    #[serde(rename = "dependsOn", default, skip_serializing_if = "Option::is_none")]
    pub depends_on: Option<Vec<ContainerDependency>>,
    #[serde(
        rename = "disableNetworking",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub disable_networking: Option<bool>,
    #[serde(
        rename = "dnsSearchDomains",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub dns_search_domains: Option<Vec<String>>,
    #[serde(
        rename = "dnsServers",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub dns_servers: Option<Vec<String>>,
    #[serde(
        rename = "dockerLabels",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub docker_labels: Option<BTreeMap<String, String>>,
    #[serde(
        rename = "dockerSecurityOptions",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub docker_security_options: Option<Vec<String>>,
    #[serde(
        rename = "entryPoint",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub entry_point: Option<Vec<String>>,
    #[serde(
        rename = "environment",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub environment: Option<Vec<KeyValuePair>>,
    #[serde(
        rename = "environmentFiles",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub environment_files: Option<Vec<EnvironmentFile>>,
    #[serde(rename = "essential", default, skip_serializing_if = "Option::is_none")]
    pub essential: Option<bool>,
    #[serde(
        rename = "extraHosts",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub extra_hosts: Option<Vec<HostEntry>>,
    #[serde(
        rename = "firelensConfiguration",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub firelens_configuration: Option<FirelensConfiguration>,
    #[serde(
        rename = "healthCheck",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub health_check: Option<HealthCheck>,
    #[serde(rename = "hostname", default, skip_serializing_if = "Option::is_none")]
    pub hostname: Option<String>,
    #[serde(rename = "image", default, skip_serializing_if = "Option::is_none")]
    pub image: Option<String>,
    #[serde(
        rename = "interactive",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub interactive: Option<bool>,
    #[serde(rename = "links", default, skip_serializing_if = "Option::is_none")]
    pub links: Option<Vec<String>>,
    #[serde(
        rename = "linuxParameters",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub linux_parameters: Option<LinuxParameters>,
    #[serde(
        rename = "logConfiguration",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub log_configuration: Option<LogConfiguration>,
    #[serde(rename = "memory", default, skip_serializing_if = "Option::is_none")]
    pub memory: Option<i32>,
    #[serde(
        rename = "memoryReservation",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub memory_reservation: Option<i32>,
    #[serde(
        rename = "mountPoints",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub mount_points: Option<Vec<MountPoint>>,
    #[serde(rename = "name", default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    #[serde(
        rename = "portMappings",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub port_mappings: Option<Vec<PortMapping>>,
    #[serde(
        rename = "privileged",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub privileged: Option<bool>,
    #[serde(
        rename = "pseudoTerminal",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub pseudo_terminal: Option<bool>,
    #[serde(
        rename = "readonlyRootFilesystem",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub readonly_root_filesystem: Option<bool>,
    #[serde(
        rename = "repositoryCredentials",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub repository_credentials: Option<RepositoryCredentials>,
    #[serde(
        rename = "resourceRequirements",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub resource_requirements: Option<Vec<ResourceRequirement>>,
    #[serde(
        rename = "restartPolicy",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub restart_policy: Option<ContainerRestartPolicy>,
    #[serde(rename = "secrets", default, skip_serializing_if = "Option::is_none")]
    pub secrets: Option<Vec<Secret>>,
    #[serde(
        rename = "startTimeout",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub start_timeout: Option<i32>,
    #[serde(
        rename = "stopTimeout",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub stop_timeout: Option<i32>,
    #[serde(
        rename = "systemControls",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub system_controls: Option<Vec<SystemControl>>,
    #[serde(rename = "ulimits", default, skip_serializing_if = "Option::is_none")]
    pub ulimits: Option<Vec<Ulimit>>,
    #[serde(rename = "user", default, skip_serializing_if = "Option::is_none")]
    pub user: Option<String>,
    #[serde(
        rename = "versionConsistency",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub version_consistency: Option<VersionConsistency>,
    #[serde(
        rename = "volumesFrom",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub volumes_from: Option<Vec<VolumeFrom>>,
    #[serde(
        rename = "workingDirectory",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub working_directory: Option<String>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct ContainerDependency {
    #[serde(rename = "condition")]
    pub condition: ContainerCondition,
    #[serde(rename = "containerName")]
    pub container_name: String,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct ContainerImage {
    #[serde(
        rename = "containerName",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub container_name: Option<String>,
    #[serde(rename = "image", default, skip_serializing_if = "Option::is_none")]
    pub image: Option<String>,
    #[serde(
        rename = "imageDigest",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub image_digest: Option<String>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct ContainerInstance {
    #[serde(rename = "agentConnected", default)]
    pub agent_connected: bool,
    #[serde(
        rename = "agentUpdateStatus",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub agent_update_status: Option<AgentUpdateStatus>,
    #[serde(
        rename = "attachments",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub attachments: Option<Vec<Attachment>>,
    #[serde(
        rename = "attributes",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub attributes: Option<Vec<Attribute>>,
    #[serde(
        rename = "capacityProviderName",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub capacity_provider_name: Option<String>,
    #[serde(
        rename = "containerInstanceArn",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub container_instance_arn: Option<String>,
    #[serde(
        rename = "ec2InstanceId",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub ec2_instance_id: Option<String>,
    #[serde(
        rename = "gpuDevices",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub gpu_devices: Option<Vec<GpuDevice>>,
    #[serde(
        rename = "healthStatus",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub health_status: Option<ContainerInstanceHealthStatus>,
    #[serde(rename = "pendingTasksCount", default)]
    pub pending_tasks_count: i32,
    #[serde(
        rename = "registeredAt",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub registered_at: Option<Timestamp>,
    #[serde(
        rename = "registeredResources",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub registered_resources: Option<Vec<Resource>>,
    #[serde(
        rename = "remainingResources",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub remaining_resources: Option<Vec<Resource>>,
    #[serde(rename = "runningTasksCount", default)]
    pub running_tasks_count: i32,
    #[serde(rename = "status", default, skip_serializing_if = "Option::is_none")]
    pub status: Option<String>,
    #[serde(
        rename = "statusReason",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub status_reason: Option<String>,
    #[serde(rename = "tags", default, skip_serializing_if = "Option::is_none")]
    pub tags: Option<Vec<Tag>>,
    #[serde(rename = "version", default)]
    pub version: i64,
    #[serde(
        rename = "versionInfo",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub version_info: Option<VersionInfo>,
}

#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Default, Serialize, Deserialize,
)]
pub enum ContainerInstanceField {
    #[default]
    #[serde(rename = "TAGS")]
    Tags,
    #[serde(rename = "CONTAINER_INSTANCE_HEALTH")]
    ContainerInstanceHealth,
}

impl ContainerInstanceField {
    pub const ALL: [ContainerInstanceField; 2] = [
        ContainerInstanceField::Tags,
        ContainerInstanceField::ContainerInstanceHealth,
    ];

    pub const fn as_str(self) -> &'static str {
        match self {
            ContainerInstanceField::Tags => "TAGS",
            ContainerInstanceField::ContainerInstanceHealth => "CONTAINER_INSTANCE_HEALTH",
        }
    }

    pub fn parse(value: &str) -> Option<Self> {
        match value {
            "TAGS" => Some(ContainerInstanceField::Tags),
            "CONTAINER_INSTANCE_HEALTH" => Some(ContainerInstanceField::ContainerInstanceHealth),
            _ => None,
        }
    }
}

impl std::fmt::Display for ContainerInstanceField {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct ContainerInstanceHealthStatus {
    #[serde(rename = "details", default, skip_serializing_if = "Option::is_none")]
    pub details: Option<Vec<InstanceHealthCheckResult>>,
    #[serde(
        rename = "overallStatus",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub overall_status: Option<InstanceHealthCheckState>,
}

#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Default, Serialize, Deserialize,
)]
pub enum ContainerInstanceStatus {
    #[default]
    #[serde(rename = "ACTIVE")]
    Active,
    #[serde(rename = "DRAINING")]
    Draining,
    #[serde(rename = "REGISTERING")]
    Registering,
    #[serde(rename = "DEREGISTERING")]
    Deregistering,
    #[serde(rename = "REGISTRATION_FAILED")]
    RegistrationFailed,
}

impl ContainerInstanceStatus {
    pub const ALL: [ContainerInstanceStatus; 5] = [
        ContainerInstanceStatus::Active,
        ContainerInstanceStatus::Draining,
        ContainerInstanceStatus::Registering,
        ContainerInstanceStatus::Deregistering,
        ContainerInstanceStatus::RegistrationFailed,
    ];

    pub const fn as_str(self) -> &'static str {
        match self {
            ContainerInstanceStatus::Active => "ACTIVE",
            ContainerInstanceStatus::Draining => "DRAINING",
            ContainerInstanceStatus::Registering => "REGISTERING",
            ContainerInstanceStatus::Deregistering => "DEREGISTERING",
            ContainerInstanceStatus::RegistrationFailed => "REGISTRATION_FAILED",
        }
    }

    pub fn parse(value: &str) -> Option<Self> {
        match value {
            "ACTIVE" => Some(ContainerInstanceStatus::Active),
            "DRAINING" => Some(ContainerInstanceStatus::Draining),
            "REGISTERING" => Some(ContainerInstanceStatus::Registering),
            "DEREGISTERING" => Some(ContainerInstanceStatus::Deregistering),
            "REGISTRATION_FAILED" => Some(ContainerInstanceStatus::RegistrationFailed),
            _ => None,
        }
    }
}

impl std::fmt::Display for ContainerInstanceStatus {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct ContainerOverride {
    #[serde(rename = "command", default, skip_serializing_if = "Option::is_none")]
    pub command: Option<Vec<String>>,
    #[serde(rename = "cpu", default, skip_serializing_if = "Option::is_none")]
    pub cpu: Option<i32>,
    #[serde(
        rename = "environment",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub environment: Option<Vec<KeyValuePair>>,
    #[serde(
        rename = "environmentFiles",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub environment_files: Option<Vec<EnvironmentFile>>,
    #[serde(rename = "memory", default, skip_serializing_if = "Option::is_none")]
    pub memory: Option<i32>,
    #[serde(
        rename = "memoryReservation",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub memory_reservation: Option<i32>,
    #[serde(rename = "name", default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    #[serde(
        rename = "resourceRequirements",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub resource_requirements: Option<Vec<ResourceRequirement>>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct ContainerRestartPolicy {
    #[serde(rename = "enabled")]
    pub enabled: bool,
    #[serde(
        rename = "ignoredExitCodes",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub ignored_exit_codes: Option<Vec<i32>>,
    #[serde(
        rename = "restartAttemptPeriod",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub restart_attempt_period: Option<i32>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct ContainerStateChange {
    #[serde(
        rename = "containerName",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub container_name: Option<String>,
    #[serde(rename = "exitCode", default, skip_serializing_if = "Option::is_none")]
    pub exit_code: Option<i32>,
    #[serde(
        rename = "imageDigest",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub image_digest: Option<String>,
    #[serde(
        rename = "networkBindings",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub network_bindings: Option<Vec<NetworkBinding>>,
    #[serde(rename = "reason", default, skip_serializing_if = "Option::is_none")]
    pub reason: Option<String>,
    #[serde(rename = "runtimeId", default, skip_serializing_if = "Option::is_none")]
    pub runtime_id: Option<String>,
    #[serde(rename = "status", default, skip_serializing_if = "Option::is_none")]
    pub status: Option<String>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct ContinueServiceDeploymentRequest {
    #[serde(rename = "action", default, skip_serializing_if = "Option::is_none")]
    pub action: Option<DeploymentLifecycleHookAction>,
    #[serde(rename = "hookId")]
    pub hook_id: String,
    #[serde(rename = "serviceDeploymentArn")]
    pub service_deployment_arn: String,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct ContinueServiceDeploymentResponse {
    #[serde(
        rename = "serviceDeploymentArn",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub service_deployment_arn: Option<String>,
}

#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Default, Serialize, Deserialize,
)]
pub enum CpuManufacturer {
    #[default]
    #[serde(rename = "intel")]
    Intel,
    #[serde(rename = "amd")]
    Amd,
    #[serde(rename = "amazon-web-services")]
    AmazonWebServices,
}

impl CpuManufacturer {
    pub const ALL: [CpuManufacturer; 3] = [
        CpuManufacturer::Intel,
        CpuManufacturer::Amd,
        CpuManufacturer::AmazonWebServices,
    ];

    pub const fn as_str(self) -> &'static str {
        match self {
            CpuManufacturer::Intel => "intel",
            CpuManufacturer::Amd => "amd",
            CpuManufacturer::AmazonWebServices => "amazon-web-services",
        }
    }

    pub fn parse(value: &str) -> Option<Self> {
        match value {
            "intel" => Some(CpuManufacturer::Intel),
            "amd" => Some(CpuManufacturer::Amd),
            "amazon-web-services" => Some(CpuManufacturer::AmazonWebServices),
            _ => None,
        }
    }
}

impl std::fmt::Display for CpuManufacturer {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct CreateCapacityProviderRequest {
    #[serde(
        rename = "autoScalingGroupProvider",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub auto_scaling_group_provider: Option<AutoScalingGroupProvider>,
    #[serde(rename = "cluster", default, skip_serializing_if = "Option::is_none")]
    pub cluster: Option<String>,
    #[serde(
        rename = "managedInstancesProvider",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub managed_instances_provider: Option<CreateManagedInstancesProviderConfiguration>,
    #[serde(rename = "name")]
    pub name: String,
    #[serde(rename = "tags", default, skip_serializing_if = "Option::is_none")]
    pub tags: Option<Vec<Tag>>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct CreateCapacityProviderResponse {
    #[serde(
        rename = "capacityProvider",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub capacity_provider: Option<CapacityProvider>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct CreateClusterRequest {
    #[serde(
        rename = "capacityProviders",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub capacity_providers: Option<Vec<String>>,
    #[serde(
        rename = "clusterName",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub cluster_name: Option<String>,
    #[serde(
        rename = "configuration",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub configuration: Option<ClusterConfiguration>,
    #[serde(
        rename = "defaultCapacityProviderStrategy",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub default_capacity_provider_strategy: Option<Vec<CapacityProviderStrategyItem>>,
    #[serde(
        rename = "serviceConnectDefaults",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub service_connect_defaults: Option<ClusterServiceConnectDefaultsRequest>,
    #[serde(rename = "settings", default, skip_serializing_if = "Option::is_none")]
    pub settings: Option<Vec<ClusterSetting>>,
    #[serde(rename = "tags", default, skip_serializing_if = "Option::is_none")]
    pub tags: Option<Vec<Tag>>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct CreateClusterResponse {
    #[serde(rename = "cluster", default, skip_serializing_if = "Option::is_none")]
    pub cluster: Option<Cluster>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct CreateDaemonRequest {
    #[serde(rename = "capacityProviderArns")]
    pub capacity_provider_arns: Vec<String>,
    #[serde(
        rename = "clientToken",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub client_token: Option<String>,
    #[serde(
        rename = "clusterArn",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub cluster_arn: Option<String>,
    #[serde(rename = "critical", default, skip_serializing_if = "Option::is_none")]
    pub critical: Option<bool>,
    #[serde(rename = "daemonName")]
    pub daemon_name: String,
    #[serde(rename = "daemonTaskDefinitionArn")]
    pub daemon_task_definition_arn: String,
    #[serde(
        rename = "deploymentConfiguration",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub deployment_configuration: Option<DaemonDeploymentConfiguration>,
    #[serde(rename = "enableECSManagedTags", default)]
    pub enable_ecs_managed_tags: bool,
    #[serde(rename = "enableExecuteCommand", default)]
    pub enable_execute_command: bool,
    #[serde(
        rename = "propagateTags",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub propagate_tags: Option<DaemonPropagateTags>,
    #[serde(rename = "tags", default, skip_serializing_if = "Option::is_none")]
    pub tags: Option<Vec<Tag>>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct CreateDaemonResponse {
    #[serde(rename = "createdAt", default, skip_serializing_if = "Option::is_none")]
    pub created_at: Option<Timestamp>,
    #[serde(rename = "daemonArn", default, skip_serializing_if = "Option::is_none")]
    pub daemon_arn: Option<String>,
    #[serde(
        rename = "deploymentArn",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub deployment_arn: Option<String>,
    #[serde(rename = "status", default, skip_serializing_if = "Option::is_none")]
    pub status: Option<DaemonStatus>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct CreateExpressGatewayServiceRequest {
    #[serde(rename = "cluster", default, skip_serializing_if = "Option::is_none")]
    pub cluster: Option<String>,
    #[serde(rename = "cpu", default, skip_serializing_if = "Option::is_none")]
    pub cpu: Option<String>,
    #[serde(
        rename = "cpuArchitecture",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub cpu_architecture: Option<ExpressCpuArchitecture>,
    #[serde(
        rename = "executionRoleArn",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub execution_role_arn: Option<String>,
    #[serde(
        rename = "healthCheckPath",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub health_check_path: Option<String>,
    #[serde(rename = "infrastructureRoleArn")]
    pub infrastructure_role_arn: String,
    #[serde(rename = "memory", default, skip_serializing_if = "Option::is_none")]
    pub memory: Option<String>,
    #[serde(
        rename = "networkConfiguration",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub network_configuration: Option<ExpressGatewayServiceNetworkConfiguration>,
    #[serde(
        rename = "primaryContainer",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub primary_container: Option<ExpressGatewayContainer>,
    #[serde(
        rename = "scalingTarget",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub scaling_target: Option<ExpressGatewayScalingTarget>,
    #[serde(
        rename = "serviceName",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub service_name: Option<String>,
    #[serde(rename = "tags", default, skip_serializing_if = "Option::is_none")]
    pub tags: Option<Vec<Tag>>,
    #[serde(
        rename = "taskDefinitionArn",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub task_definition_arn: Option<String>,
    #[serde(
        rename = "taskRoleArn",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub task_role_arn: Option<String>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct CreateExpressGatewayServiceResponse {
    #[serde(rename = "service", default, skip_serializing_if = "Option::is_none")]
    pub service: Option<ECSExpressGatewayService>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct CreateGatewayRequest {
    #[serde(
        rename = "clientToken",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub client_token: Option<String>,
    #[serde(rename = "configuration")]
    pub configuration: GatewayConfiguration,
    #[serde(
        rename = "deletionProtection",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub deletion_protection: Option<bool>,
    #[serde(rename = "infrastructureRoleArn")]
    pub infrastructure_role_arn: String,
    #[serde(rename = "name")]
    pub name: String,
    #[serde(
        rename = "propagateTags",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub propagate_tags: Option<PropagateGatewayTags>,
    #[serde(rename = "tags", default, skip_serializing_if = "Option::is_none")]
    pub tags: Option<Vec<Tag>>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct CreateGatewayResponse {
    #[serde(
        rename = "gatewayArn",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub gateway_arn: Option<String>,
    #[serde(rename = "name", default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    #[serde(rename = "status", default, skip_serializing_if = "Option::is_none")]
    pub status: Option<GatewayStatus>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct CreateManagedInstancesProviderConfiguration {
    #[serde(
        rename = "autoRepairConfiguration",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub auto_repair_configuration: Option<AutoRepairConfiguration>,
    #[serde(
        rename = "infrastructureOptimization",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub infrastructure_optimization: Option<InfrastructureOptimization>,
    #[serde(rename = "infrastructureRoleArn")]
    pub infrastructure_role_arn: String,
    #[serde(rename = "instanceLaunchTemplate")]
    pub instance_launch_template: InstanceLaunchTemplate,
    #[serde(
        rename = "propagateTags",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub propagate_tags: Option<PropagateMITags>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct CreateServiceRequest {
    #[serde(
        rename = "availabilityZoneRebalancing",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub availability_zone_rebalancing: Option<AvailabilityZoneRebalancing>,
    #[serde(
        rename = "capacityProviderStrategy",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub capacity_provider_strategy: Option<Vec<CapacityProviderStrategyItem>>,
    #[serde(
        rename = "clientToken",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub client_token: Option<String>,
    #[serde(rename = "cluster", default, skip_serializing_if = "Option::is_none")]
    pub cluster: Option<String>,
    #[serde(
        rename = "deploymentConfiguration",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub deployment_configuration: Option<DeploymentConfiguration>,
    #[serde(
        rename = "deploymentController",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub deployment_controller: Option<DeploymentController>,
    #[serde(
        rename = "desiredCount",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub desired_count: Option<i32>,
    #[serde(rename = "enableECSManagedTags", default)]
    pub enable_ecs_managed_tags: bool,
    #[serde(rename = "enableExecuteCommand", default)]
    pub enable_execute_command: bool,
    #[serde(
        rename = "gatewayConnectors",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub gateway_connectors: Option<Vec<GatewayConnector>>,
    #[serde(
        rename = "healthCheckGracePeriodSeconds",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub health_check_grace_period_seconds: Option<i32>,
    #[serde(
        rename = "launchType",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub launch_type: Option<LaunchType>,
    #[serde(
        rename = "loadBalancers",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub load_balancers: Option<Vec<LoadBalancer>>,
    #[serde(
        rename = "monitoring",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub monitoring: Option<MonitoringConfiguration>,
    #[serde(
        rename = "networkConfiguration",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub network_configuration: Option<NetworkConfiguration>,
    #[serde(
        rename = "placementConstraints",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub placement_constraints: Option<Vec<PlacementConstraint>>,
    #[serde(
        rename = "placementStrategy",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub placement_strategy: Option<Vec<PlacementStrategy>>,
    #[serde(
        rename = "platformVersion",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub platform_version: Option<String>,
    #[serde(
        rename = "propagateTags",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub propagate_tags: Option<PropagateTags>,
    #[serde(rename = "role", default, skip_serializing_if = "Option::is_none")]
    pub role: Option<String>,
    #[serde(
        rename = "schedulingStrategy",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub scheduling_strategy: Option<SchedulingStrategy>,
    #[serde(
        rename = "serviceConnectConfiguration",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub service_connect_configuration: Option<ServiceConnectConfiguration>,
    #[serde(rename = "serviceName")]
    pub service_name: String,
    #[serde(
        rename = "serviceRegistries",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub service_registries: Option<Vec<ServiceRegistry>>,
    #[serde(rename = "tags", default, skip_serializing_if = "Option::is_none")]
    pub tags: Option<Vec<Tag>>,
    #[serde(
        rename = "taskDefinition",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub task_definition: Option<String>,
    #[serde(
        rename = "volumeConfigurations",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub volume_configurations: Option<Vec<ServiceVolumeConfiguration>>,
    #[serde(
        rename = "vpcLatticeConfigurations",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub vpc_lattice_configurations: Option<Vec<VpcLatticeConfiguration>>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct CreateServiceResponse {
    #[serde(rename = "service", default, skip_serializing_if = "Option::is_none")]
    pub service: Option<Service>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct CreateTaskSetRequest {
    #[serde(
        rename = "capacityProviderStrategy",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub capacity_provider_strategy: Option<Vec<CapacityProviderStrategyItem>>,
    #[serde(
        rename = "clientToken",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub client_token: Option<String>,
    #[serde(rename = "cluster")]
    pub cluster: String,
    #[serde(
        rename = "externalId",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub external_id: Option<String>,
    #[serde(
        rename = "launchType",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub launch_type: Option<LaunchType>,
    #[serde(
        rename = "loadBalancers",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub load_balancers: Option<Vec<LoadBalancer>>,
    #[serde(
        rename = "networkConfiguration",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub network_configuration: Option<NetworkConfiguration>,
    #[serde(
        rename = "platformVersion",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub platform_version: Option<String>,
    #[serde(rename = "scale", default, skip_serializing_if = "Option::is_none")]
    pub scale: Option<Scale>,
    #[serde(rename = "service")]
    pub service: String,
    #[serde(
        rename = "serviceRegistries",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub service_registries: Option<Vec<ServiceRegistry>>,
    #[serde(rename = "tags", default, skip_serializing_if = "Option::is_none")]
    pub tags: Option<Vec<Tag>>,
    #[serde(rename = "taskDefinition")]
    pub task_definition: String,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct CreateTaskSetResponse {
    #[serde(rename = "taskSet", default, skip_serializing_if = "Option::is_none")]
    pub task_set: Option<TaskSet>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct CreatedAt {
    #[serde(rename = "after", default, skip_serializing_if = "Option::is_none")]
    pub after: Option<Timestamp>,
    #[serde(rename = "before", default, skip_serializing_if = "Option::is_none")]
    pub before: Option<Timestamp>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct DaemonAlarmConfiguration {
    #[serde(
        rename = "alarmNames",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub alarm_names: Option<Vec<String>>,
    #[serde(rename = "enable", default)]
    pub enable: bool,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct DaemonCapacityProvider {
    #[serde(rename = "arn", default, skip_serializing_if = "Option::is_none")]
    pub arn: Option<String>,
    #[serde(rename = "runningCount", default)]
    pub running_count: i32,
    #[serde(rename = "withoutDaemonCount", default)]
    pub without_daemon_count: i32,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct DaemonCircuitBreaker {
    #[serde(rename = "failureCount", default)]
    pub failure_count: i32,
    #[serde(rename = "status", default, skip_serializing_if = "Option::is_none")]
    pub status: Option<DaemonDeploymentRollbackMonitorsStatus>,
    #[serde(rename = "threshold", default)]
    pub threshold: i32,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct DaemonContainerDefinition {
    #[serde(rename = "command", default, skip_serializing_if = "Option::is_none")]
    pub command: Option<Vec<String>>,
    #[serde(rename = "cpu", default)]
    pub cpu: i32,
    #[serde(rename = "dependsOn", default, skip_serializing_if = "Option::is_none")]
    pub depends_on: Option<Vec<ContainerDependency>>,
    #[serde(
        rename = "entryPoint",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub entry_point: Option<Vec<String>>,
    #[serde(
        rename = "environment",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub environment: Option<Vec<KeyValuePair>>,
    #[serde(
        rename = "environmentFiles",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub environment_files: Option<Vec<EnvironmentFile>>,
    #[serde(rename = "essential", default, skip_serializing_if = "Option::is_none")]
    pub essential: Option<bool>,
    #[serde(
        rename = "firelensConfiguration",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub firelens_configuration: Option<FirelensConfiguration>,
    #[serde(
        rename = "healthCheck",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub health_check: Option<HealthCheck>,
    #[serde(rename = "image")]
    pub image: String,
    #[serde(
        rename = "interactive",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub interactive: Option<bool>,
    #[serde(
        rename = "linuxParameters",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub linux_parameters: Option<DaemonLinuxParameters>,
    #[serde(
        rename = "logConfiguration",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub log_configuration: Option<LogConfiguration>,
    #[serde(rename = "memory", default, skip_serializing_if = "Option::is_none")]
    pub memory: Option<i32>,
    #[serde(
        rename = "memoryReservation",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub memory_reservation: Option<i32>,
    #[serde(
        rename = "mountPoints",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub mount_points: Option<Vec<MountPoint>>,
    #[serde(rename = "name", default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    #[serde(
        rename = "privileged",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub privileged: Option<bool>,
    #[serde(
        rename = "pseudoTerminal",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub pseudo_terminal: Option<bool>,
    #[serde(
        rename = "readonlyRootFilesystem",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub readonly_root_filesystem: Option<bool>,
    #[serde(
        rename = "repositoryCredentials",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub repository_credentials: Option<RepositoryCredentials>,
    #[serde(
        rename = "restartPolicy",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub restart_policy: Option<ContainerRestartPolicy>,
    #[serde(rename = "secrets", default, skip_serializing_if = "Option::is_none")]
    pub secrets: Option<Vec<Secret>>,
    #[serde(
        rename = "startTimeout",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub start_timeout: Option<i32>,
    #[serde(
        rename = "stopTimeout",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub stop_timeout: Option<i32>,
    #[serde(
        rename = "systemControls",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub system_controls: Option<Vec<SystemControl>>,
    #[serde(rename = "ulimits", default, skip_serializing_if = "Option::is_none")]
    pub ulimits: Option<Vec<Ulimit>>,
    #[serde(rename = "user", default, skip_serializing_if = "Option::is_none")]
    pub user: Option<String>,
    #[serde(
        rename = "workingDirectory",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub working_directory: Option<String>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct DaemonContainerImage {
    #[serde(
        rename = "containerName",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub container_name: Option<String>,
    #[serde(rename = "image", default, skip_serializing_if = "Option::is_none")]
    pub image: Option<String>,
    #[serde(
        rename = "imageDigest",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub image_digest: Option<String>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct DaemonDeployment {
    #[serde(rename = "alarms", default, skip_serializing_if = "Option::is_none")]
    pub alarms: Option<DaemonDeploymentAlarms>,
    #[serde(
        rename = "circuitBreaker",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub circuit_breaker: Option<DaemonCircuitBreaker>,
    #[serde(
        rename = "clusterArn",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub cluster_arn: Option<String>,
    #[serde(rename = "createdAt", default, skip_serializing_if = "Option::is_none")]
    pub created_at: Option<Timestamp>,
    #[serde(
        rename = "daemonDeploymentArn",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub daemon_deployment_arn: Option<String>,
    #[serde(
        rename = "deploymentConfiguration",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub deployment_configuration: Option<DaemonDeploymentConfiguration>,
    #[serde(
        rename = "finishedAt",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub finished_at: Option<Timestamp>,
    #[serde(rename = "rollback", default, skip_serializing_if = "Option::is_none")]
    pub rollback: Option<DaemonRollback>,
    #[serde(
        rename = "sourceDaemonRevisions",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub source_daemon_revisions: Option<Vec<DaemonDeploymentRevisionDetail>>,
    #[serde(rename = "startedAt", default, skip_serializing_if = "Option::is_none")]
    pub started_at: Option<Timestamp>,
    #[serde(rename = "status", default, skip_serializing_if = "Option::is_none")]
    pub status: Option<DaemonDeploymentStatus>,
    #[serde(
        rename = "statusReason",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub status_reason: Option<String>,
    #[serde(rename = "stoppedAt", default, skip_serializing_if = "Option::is_none")]
    pub stopped_at: Option<Timestamp>,
    #[serde(
        rename = "targetDaemonRevision",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub target_daemon_revision: Option<DaemonDeploymentRevisionDetail>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct DaemonDeploymentAlarms {
    #[serde(
        rename = "alarmNames",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub alarm_names: Option<Vec<String>>,
    #[serde(rename = "status", default, skip_serializing_if = "Option::is_none")]
    pub status: Option<DaemonDeploymentRollbackMonitorsStatus>,
    #[serde(
        rename = "triggeredAlarmNames",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub triggered_alarm_names: Option<Vec<String>>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct DaemonDeploymentCapacityProvider {
    #[serde(rename = "arn", default, skip_serializing_if = "Option::is_none")]
    pub arn: Option<String>,
    #[serde(
        rename = "drainingInstanceCount",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub draining_instance_count: Option<i32>,
    #[serde(
        rename = "runningInstanceCount",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub running_instance_count: Option<i32>,
    #[serde(
        rename = "withoutDaemonInstanceCount",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub without_daemon_instance_count: Option<i32>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct DaemonDeploymentConfiguration {
    #[serde(rename = "alarms", default, skip_serializing_if = "Option::is_none")]
    pub alarms: Option<DaemonAlarmConfiguration>,
    #[serde(rename = "bakeTimeInMinutes", default)]
    pub bake_time_in_minutes: i32,
    #[serde(
        rename = "drainPercent",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub drain_percent: Option<f64>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct DaemonDeploymentRevisionDetail {
    #[serde(rename = "arn", default, skip_serializing_if = "Option::is_none")]
    pub arn: Option<String>,
    #[serde(
        rename = "capacityProviders",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub capacity_providers: Option<Vec<DaemonDeploymentCapacityProvider>>,
    #[serde(
        rename = "totalDrainingInstanceCount",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub total_draining_instance_count: Option<i32>,
    #[serde(
        rename = "totalRunningInstanceCount",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub total_running_instance_count: Option<i32>,
    #[serde(
        rename = "totalWithoutDaemonInstanceCount",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub total_without_daemon_instance_count: Option<i32>,
}

#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Default, Serialize, Deserialize,
)]
pub enum DaemonDeploymentRollbackMonitorsStatus {
    #[default]
    #[serde(rename = "TRIGGERED")]
    Triggered,
    #[serde(rename = "MONITORING")]
    Monitoring,
    #[serde(rename = "MONITORING_COMPLETE")]
    MonitoringComplete,
    #[serde(rename = "DISABLED")]
    Disabled,
}

impl DaemonDeploymentRollbackMonitorsStatus {
    pub const ALL: [DaemonDeploymentRollbackMonitorsStatus; 4] = [
        DaemonDeploymentRollbackMonitorsStatus::Triggered,
        DaemonDeploymentRollbackMonitorsStatus::Monitoring,
        DaemonDeploymentRollbackMonitorsStatus::MonitoringComplete,
        DaemonDeploymentRollbackMonitorsStatus::Disabled,
    ];

    pub const fn as_str(self) -> &'static str {
        match self {
            DaemonDeploymentRollbackMonitorsStatus::Triggered => "TRIGGERED",
            DaemonDeploymentRollbackMonitorsStatus::Monitoring => "MONITORING",
            DaemonDeploymentRollbackMonitorsStatus::MonitoringComplete => "MONITORING_COMPLETE",
            DaemonDeploymentRollbackMonitorsStatus::Disabled => "DISABLED",
        }
    }

    pub fn parse(value: &str) -> Option<Self> {
        match value {
            "TRIGGERED" => Some(DaemonDeploymentRollbackMonitorsStatus::Triggered),
            "MONITORING" => Some(DaemonDeploymentRollbackMonitorsStatus::Monitoring),
            "MONITORING_COMPLETE" => {
                Some(DaemonDeploymentRollbackMonitorsStatus::MonitoringComplete)
            }
            "DISABLED" => Some(DaemonDeploymentRollbackMonitorsStatus::Disabled),
            _ => None,
        }
    }
}

impl std::fmt::Display for DaemonDeploymentRollbackMonitorsStatus {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Default, Serialize, Deserialize,
)]
pub enum DaemonDeploymentStatus {
    #[default]
    #[serde(rename = "PENDING")]
    Pending,
    #[serde(rename = "SUCCESSFUL")]
    Successful,
    #[serde(rename = "STOPPED")]
    Stopped,
    #[serde(rename = "STOP_REQUESTED")]
    StopRequested,
    #[serde(rename = "IN_PROGRESS")]
    InProgress,
    #[serde(rename = "ROLLBACK_IN_PROGRESS")]
    RollbackInProgress,
    #[serde(rename = "ROLLBACK_SUCCESSFUL")]
    RollbackSuccessful,
    #[serde(rename = "ROLLBACK_FAILED")]
    RollbackFailed,
}

impl DaemonDeploymentStatus {
    pub const ALL: [DaemonDeploymentStatus; 8] = [
        DaemonDeploymentStatus::Pending,
        DaemonDeploymentStatus::Successful,
        DaemonDeploymentStatus::Stopped,
        DaemonDeploymentStatus::StopRequested,
        DaemonDeploymentStatus::InProgress,
        DaemonDeploymentStatus::RollbackInProgress,
        DaemonDeploymentStatus::RollbackSuccessful,
        DaemonDeploymentStatus::RollbackFailed,
    ];

    pub const fn as_str(self) -> &'static str {
        match self {
            DaemonDeploymentStatus::Pending => "PENDING",
            DaemonDeploymentStatus::Successful => "SUCCESSFUL",
            DaemonDeploymentStatus::Stopped => "STOPPED",
            DaemonDeploymentStatus::StopRequested => "STOP_REQUESTED",
            DaemonDeploymentStatus::InProgress => "IN_PROGRESS",
            DaemonDeploymentStatus::RollbackInProgress => "ROLLBACK_IN_PROGRESS",
            DaemonDeploymentStatus::RollbackSuccessful => "ROLLBACK_SUCCESSFUL",
            DaemonDeploymentStatus::RollbackFailed => "ROLLBACK_FAILED",
        }
    }

    pub fn parse(value: &str) -> Option<Self> {
        match value {
            "PENDING" => Some(DaemonDeploymentStatus::Pending),
            "SUCCESSFUL" => Some(DaemonDeploymentStatus::Successful),
            "STOPPED" => Some(DaemonDeploymentStatus::Stopped),
            "STOP_REQUESTED" => Some(DaemonDeploymentStatus::StopRequested),
            "IN_PROGRESS" => Some(DaemonDeploymentStatus::InProgress),
            "ROLLBACK_IN_PROGRESS" => Some(DaemonDeploymentStatus::RollbackInProgress),
            "ROLLBACK_SUCCESSFUL" => Some(DaemonDeploymentStatus::RollbackSuccessful),
            "ROLLBACK_FAILED" => Some(DaemonDeploymentStatus::RollbackFailed),
            _ => None,
        }
    }
}

impl std::fmt::Display for DaemonDeploymentStatus {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct DaemonDeploymentSummary {
    #[serde(
        rename = "clusterArn",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub cluster_arn: Option<String>,
    #[serde(rename = "createdAt", default, skip_serializing_if = "Option::is_none")]
    pub created_at: Option<Timestamp>,
    #[serde(rename = "daemonArn", default, skip_serializing_if = "Option::is_none")]
    pub daemon_arn: Option<String>,
    #[serde(
        rename = "daemonDeploymentArn",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub daemon_deployment_arn: Option<String>,
    #[serde(
        rename = "finishedAt",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub finished_at: Option<Timestamp>,
    #[serde(rename = "startedAt", default, skip_serializing_if = "Option::is_none")]
    pub started_at: Option<Timestamp>,
    #[serde(rename = "status", default, skip_serializing_if = "Option::is_none")]
    pub status: Option<DaemonDeploymentStatus>,
    #[serde(
        rename = "statusReason",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub status_reason: Option<String>,
    #[serde(rename = "stoppedAt", default, skip_serializing_if = "Option::is_none")]
    pub stopped_at: Option<Timestamp>,
    #[serde(
        rename = "targetDaemonRevisionArn",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub target_daemon_revision_arn: Option<String>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct DaemonDetail {
    #[serde(
        rename = "clusterArn",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub cluster_arn: Option<String>,
    #[serde(rename = "createdAt", default, skip_serializing_if = "Option::is_none")]
    pub created_at: Option<Timestamp>,
    #[serde(
        rename = "currentRevisions",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub current_revisions: Option<Vec<DaemonRevisionDetail>>,
    #[serde(rename = "daemonArn", default, skip_serializing_if = "Option::is_none")]
    pub daemon_arn: Option<String>,
    #[serde(
        rename = "deploymentArn",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub deployment_arn: Option<String>,
    #[serde(rename = "status", default, skip_serializing_if = "Option::is_none")]
    pub status: Option<DaemonStatus>,
    #[serde(rename = "updatedAt", default, skip_serializing_if = "Option::is_none")]
    pub updated_at: Option<Timestamp>,
}

#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Default, Serialize, Deserialize,
)]
pub enum DaemonIpcMode {
    #[default]
    #[serde(rename = "none")]
    None,
    #[serde(rename = "shared")]
    Shared,
}

impl DaemonIpcMode {
    pub const ALL: [DaemonIpcMode; 2] = [DaemonIpcMode::None, DaemonIpcMode::Shared];

    pub const fn as_str(self) -> &'static str {
        match self {
            DaemonIpcMode::None => "none",
            DaemonIpcMode::Shared => "shared",
        }
    }

    pub fn parse(value: &str) -> Option<Self> {
        match value {
            "none" => Some(DaemonIpcMode::None),
            "shared" => Some(DaemonIpcMode::Shared),
            _ => None,
        }
    }
}

impl std::fmt::Display for DaemonIpcMode {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct DaemonLinuxParameters {
    #[serde(
        rename = "capabilities",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub capabilities: Option<KernelCapabilities>,
    #[serde(rename = "devices", default, skip_serializing_if = "Option::is_none")]
    pub devices: Option<Vec<Device>>,
    #[serde(
        rename = "initProcessEnabled",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub init_process_enabled: Option<bool>,
    #[serde(rename = "tmpfs", default, skip_serializing_if = "Option::is_none")]
    pub tmpfs: Option<Vec<Tmpfs>>,
}

#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Default, Serialize, Deserialize,
)]
pub enum DaemonPidMode {
    #[default]
    #[serde(rename = "none")]
    None,
    #[serde(rename = "shared")]
    Shared,
}

impl DaemonPidMode {
    pub const ALL: [DaemonPidMode; 2] = [DaemonPidMode::None, DaemonPidMode::Shared];

    pub const fn as_str(self) -> &'static str {
        match self {
            DaemonPidMode::None => "none",
            DaemonPidMode::Shared => "shared",
        }
    }

    pub fn parse(value: &str) -> Option<Self> {
        match value {
            "none" => Some(DaemonPidMode::None),
            "shared" => Some(DaemonPidMode::Shared),
            _ => None,
        }
    }
}

impl std::fmt::Display for DaemonPidMode {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Default, Serialize, Deserialize,
)]
pub enum DaemonPropagateTags {
    #[default]
    #[serde(rename = "DAEMON")]
    Daemon,
    #[serde(rename = "NONE")]
    None,
}

impl DaemonPropagateTags {
    pub const ALL: [DaemonPropagateTags; 2] =
        [DaemonPropagateTags::Daemon, DaemonPropagateTags::None];

    pub const fn as_str(self) -> &'static str {
        match self {
            DaemonPropagateTags::Daemon => "DAEMON",
            DaemonPropagateTags::None => "NONE",
        }
    }

    pub fn parse(value: &str) -> Option<Self> {
        match value {
            "DAEMON" => Some(DaemonPropagateTags::Daemon),
            "NONE" => Some(DaemonPropagateTags::None),
            _ => None,
        }
    }
}

impl std::fmt::Display for DaemonPropagateTags {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct DaemonRevision {
    #[serde(
        rename = "clusterArn",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub cluster_arn: Option<String>,
    #[serde(
        rename = "containerImages",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub container_images: Option<Vec<DaemonContainerImage>>,
    #[serde(rename = "createdAt", default, skip_serializing_if = "Option::is_none")]
    pub created_at: Option<Timestamp>,
    #[serde(rename = "critical", default, skip_serializing_if = "Option::is_none")]
    pub critical: Option<bool>,
    #[serde(rename = "daemonArn", default, skip_serializing_if = "Option::is_none")]
    pub daemon_arn: Option<String>,
    #[serde(
        rename = "daemonRevisionArn",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub daemon_revision_arn: Option<String>,
    #[serde(
        rename = "daemonTaskDefinitionArn",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub daemon_task_definition_arn: Option<String>,
    #[serde(
        rename = "enableECSManagedTags",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub enable_ecs_managed_tags: Option<bool>,
    #[serde(
        rename = "enableExecuteCommand",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub enable_execute_command: Option<bool>,
    #[serde(
        rename = "propagateTags",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub propagate_tags: Option<DaemonPropagateTags>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct DaemonRevisionDetail {
    #[serde(rename = "arn", default, skip_serializing_if = "Option::is_none")]
    pub arn: Option<String>,
    #[serde(
        rename = "capacityProviders",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub capacity_providers: Option<Vec<DaemonCapacityProvider>>,
    #[serde(rename = "totalRunningCount", default)]
    pub total_running_count: i32,
    #[serde(rename = "totalWithoutDaemonCount", default)]
    pub total_without_daemon_count: i32,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct DaemonRollback {
    #[serde(rename = "reason", default, skip_serializing_if = "Option::is_none")]
    pub reason: Option<String>,
    #[serde(
        rename = "rollbackCapacityProviders",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub rollback_capacity_providers: Option<Vec<String>>,
    #[serde(
        rename = "rollbackTargetDaemonRevisionArn",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub rollback_target_daemon_revision_arn: Option<String>,
    #[serde(rename = "startedAt", default, skip_serializing_if = "Option::is_none")]
    pub started_at: Option<Timestamp>,
}

#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Default, Serialize, Deserialize,
)]
pub enum DaemonStatus {
    #[default]
    #[serde(rename = "ACTIVE")]
    Active,
    #[serde(rename = "DELETE_IN_PROGRESS")]
    DeleteInProgress,
}

impl DaemonStatus {
    pub const ALL: [DaemonStatus; 2] = [DaemonStatus::Active, DaemonStatus::DeleteInProgress];

    pub const fn as_str(self) -> &'static str {
        match self {
            DaemonStatus::Active => "ACTIVE",
            DaemonStatus::DeleteInProgress => "DELETE_IN_PROGRESS",
        }
    }

    pub fn parse(value: &str) -> Option<Self> {
        match value {
            "ACTIVE" => Some(DaemonStatus::Active),
            "DELETE_IN_PROGRESS" => Some(DaemonStatus::DeleteInProgress),
            _ => None,
        }
    }
}

impl std::fmt::Display for DaemonStatus {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct DaemonSummary {
    #[serde(rename = "createdAt", default, skip_serializing_if = "Option::is_none")]
    pub created_at: Option<Timestamp>,
    #[serde(rename = "daemonArn", default, skip_serializing_if = "Option::is_none")]
    pub daemon_arn: Option<String>,
    #[serde(rename = "status", default, skip_serializing_if = "Option::is_none")]
    pub status: Option<DaemonStatus>,
    #[serde(rename = "updatedAt", default, skip_serializing_if = "Option::is_none")]
    pub updated_at: Option<Timestamp>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct DaemonTaskDefinition {
    #[serde(
        rename = "containerDefinitions",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub container_definitions: Option<Vec<DaemonContainerDefinition>>,
    #[serde(rename = "cpu", default, skip_serializing_if = "Option::is_none")]
    pub cpu: Option<String>,
    #[serde(
        rename = "daemonTaskDefinitionArn",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub daemon_task_definition_arn: Option<String>,
    #[serde(
        rename = "deleteRequestedAt",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub delete_requested_at: Option<Timestamp>,
    #[serde(
        rename = "executionRoleArn",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub execution_role_arn: Option<String>,
    #[serde(rename = "family", default, skip_serializing_if = "Option::is_none")]
    pub family: Option<String>,
    #[serde(rename = "ipcMode", default, skip_serializing_if = "Option::is_none")]
    pub ipc_mode: Option<DaemonIpcMode>,
    #[serde(rename = "memory", default, skip_serializing_if = "Option::is_none")]
    pub memory: Option<String>,
    #[serde(rename = "pidMode", default, skip_serializing_if = "Option::is_none")]
    pub pid_mode: Option<DaemonPidMode>,
    #[serde(
        rename = "registeredAt",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub registered_at: Option<Timestamp>,
    #[serde(
        rename = "registeredBy",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub registered_by: Option<String>,
    #[serde(rename = "revision", default)]
    pub revision: i32,
    #[serde(rename = "status", default, skip_serializing_if = "Option::is_none")]
    pub status: Option<DaemonTaskDefinitionStatus>,
    #[serde(
        rename = "taskRoleArn",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub task_role_arn: Option<String>,
    #[serde(rename = "volumes", default, skip_serializing_if = "Option::is_none")]
    pub volumes: Option<Vec<DaemonVolume>>,
}

#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Default, Serialize, Deserialize,
)]
pub enum DaemonTaskDefinitionRevisionFilter {
    #[default]
    #[serde(rename = "LAST_REGISTERED")]
    LastRegistered,
}

impl DaemonTaskDefinitionRevisionFilter {
    pub const ALL: [DaemonTaskDefinitionRevisionFilter; 1] =
        [DaemonTaskDefinitionRevisionFilter::LastRegistered];

    pub const fn as_str(self) -> &'static str {
        match self {
            DaemonTaskDefinitionRevisionFilter::LastRegistered => "LAST_REGISTERED",
        }
    }

    pub fn parse(value: &str) -> Option<Self> {
        match value {
            "LAST_REGISTERED" => Some(DaemonTaskDefinitionRevisionFilter::LastRegistered),
            _ => None,
        }
    }
}

impl std::fmt::Display for DaemonTaskDefinitionRevisionFilter {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Default, Serialize, Deserialize,
)]
pub enum DaemonTaskDefinitionStatus {
    #[default]
    #[serde(rename = "ACTIVE")]
    Active,
    #[serde(rename = "DELETE_IN_PROGRESS")]
    DeleteInProgress,
    #[serde(rename = "DELETED")]
    Deleted,
}

impl DaemonTaskDefinitionStatus {
    pub const ALL: [DaemonTaskDefinitionStatus; 3] = [
        DaemonTaskDefinitionStatus::Active,
        DaemonTaskDefinitionStatus::DeleteInProgress,
        DaemonTaskDefinitionStatus::Deleted,
    ];

    pub const fn as_str(self) -> &'static str {
        match self {
            DaemonTaskDefinitionStatus::Active => "ACTIVE",
            DaemonTaskDefinitionStatus::DeleteInProgress => "DELETE_IN_PROGRESS",
            DaemonTaskDefinitionStatus::Deleted => "DELETED",
        }
    }

    pub fn parse(value: &str) -> Option<Self> {
        match value {
            "ACTIVE" => Some(DaemonTaskDefinitionStatus::Active),
            "DELETE_IN_PROGRESS" => Some(DaemonTaskDefinitionStatus::DeleteInProgress),
            "DELETED" => Some(DaemonTaskDefinitionStatus::Deleted),
            _ => None,
        }
    }
}

impl std::fmt::Display for DaemonTaskDefinitionStatus {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Default, Serialize, Deserialize,
)]
pub enum DaemonTaskDefinitionStatusFilter {
    #[default]
    #[serde(rename = "ACTIVE")]
    Active,
    #[serde(rename = "DELETE_IN_PROGRESS")]
    DeleteInProgress,
    #[serde(rename = "ALL")]
    All,
}

impl DaemonTaskDefinitionStatusFilter {
    pub const ALL: [DaemonTaskDefinitionStatusFilter; 3] = [
        DaemonTaskDefinitionStatusFilter::Active,
        DaemonTaskDefinitionStatusFilter::DeleteInProgress,
        DaemonTaskDefinitionStatusFilter::All,
    ];

    pub const fn as_str(self) -> &'static str {
        match self {
            DaemonTaskDefinitionStatusFilter::Active => "ACTIVE",
            DaemonTaskDefinitionStatusFilter::DeleteInProgress => "DELETE_IN_PROGRESS",
            DaemonTaskDefinitionStatusFilter::All => "ALL",
        }
    }

    pub fn parse(value: &str) -> Option<Self> {
        match value {
            "ACTIVE" => Some(DaemonTaskDefinitionStatusFilter::Active),
            "DELETE_IN_PROGRESS" => Some(DaemonTaskDefinitionStatusFilter::DeleteInProgress),
            "ALL" => Some(DaemonTaskDefinitionStatusFilter::All),
            _ => None,
        }
    }
}

impl std::fmt::Display for DaemonTaskDefinitionStatusFilter {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct DaemonTaskDefinitionSummary {
    #[serde(rename = "arn", default, skip_serializing_if = "Option::is_none")]
    pub arn: Option<String>,
    #[serde(
        rename = "deleteRequestedAt",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub delete_requested_at: Option<Timestamp>,
    #[serde(
        rename = "registeredAt",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub registered_at: Option<Timestamp>,
    #[serde(
        rename = "registeredBy",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub registered_by: Option<String>,
    #[serde(rename = "status", default, skip_serializing_if = "Option::is_none")]
    pub status: Option<DaemonTaskDefinitionStatus>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct DaemonVolume {
    #[serde(rename = "host", default, skip_serializing_if = "Option::is_none")]
    pub host: Option<HostVolumeProperties>,
    #[serde(
        rename = "logDriverVolumeConfiguration",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub log_driver_volume_configuration: Option<LogDriverVolumeConfiguration>,
    #[serde(rename = "name", default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct DeleteAccountSettingRequest {
    #[serde(rename = "name")]
    pub name: SettingName,
    #[serde(
        rename = "principalArn",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub principal_arn: Option<String>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct DeleteAccountSettingResponse {
    #[serde(rename = "setting", default, skip_serializing_if = "Option::is_none")]
    pub setting: Option<Setting>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct DeleteAttributesRequest {
    #[serde(rename = "attributes")]
    pub attributes: Vec<Attribute>,
    #[serde(rename = "cluster", default, skip_serializing_if = "Option::is_none")]
    pub cluster: Option<String>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct DeleteAttributesResponse {
    #[serde(
        rename = "attributes",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub attributes: Option<Vec<Attribute>>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct DeleteCapacityProviderRequest {
    #[serde(rename = "capacityProvider")]
    pub capacity_provider: String,
    #[serde(rename = "cluster", default, skip_serializing_if = "Option::is_none")]
    pub cluster: Option<String>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct DeleteCapacityProviderResponse {
    #[serde(
        rename = "capacityProvider",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub capacity_provider: Option<CapacityProvider>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct DeleteClusterRequest {
    #[serde(rename = "cluster")]
    pub cluster: String,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct DeleteClusterResponse {
    #[serde(rename = "cluster", default, skip_serializing_if = "Option::is_none")]
    pub cluster: Option<Cluster>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct DeleteDaemonRequest {
    #[serde(rename = "daemonArn")]
    pub daemon_arn: String,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct DeleteDaemonResponse {
    #[serde(rename = "createdAt", default, skip_serializing_if = "Option::is_none")]
    pub created_at: Option<Timestamp>,
    #[serde(rename = "daemonArn", default, skip_serializing_if = "Option::is_none")]
    pub daemon_arn: Option<String>,
    #[serde(
        rename = "deploymentArn",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub deployment_arn: Option<String>,
    #[serde(rename = "status", default, skip_serializing_if = "Option::is_none")]
    pub status: Option<DaemonStatus>,
    #[serde(rename = "updatedAt", default, skip_serializing_if = "Option::is_none")]
    pub updated_at: Option<Timestamp>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct DeleteDaemonTaskDefinitionRequest {
    #[serde(rename = "daemonTaskDefinition")]
    pub daemon_task_definition: String,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct DeleteDaemonTaskDefinitionResponse {
    #[serde(
        rename = "daemonTaskDefinitionArn",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub daemon_task_definition_arn: Option<String>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct DeleteExpressGatewayServiceRequest {
    #[serde(rename = "serviceArn")]
    pub service_arn: String,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct DeleteExpressGatewayServiceResponse {
    #[serde(rename = "service", default, skip_serializing_if = "Option::is_none")]
    pub service: Option<ECSExpressGatewayService>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct DeleteGatewayRequest {
    #[serde(rename = "gateway")]
    pub gateway: String,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct DeleteGatewayResponse {
    #[serde(
        rename = "gatewayArn",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub gateway_arn: Option<String>,
    #[serde(rename = "name", default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    #[serde(rename = "status", default, skip_serializing_if = "Option::is_none")]
    pub status: Option<GatewayStatus>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct DeleteServiceRequest {
    #[serde(rename = "cluster", default, skip_serializing_if = "Option::is_none")]
    pub cluster: Option<String>,
    #[serde(rename = "force", default, skip_serializing_if = "Option::is_none")]
    pub force: Option<bool>,
    #[serde(rename = "service")]
    pub service: String,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct DeleteServiceResponse {
    #[serde(rename = "service", default, skip_serializing_if = "Option::is_none")]
    pub service: Option<Service>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct DeleteTaskDefinitionsRequest {
    #[serde(rename = "taskDefinitions")]
    pub task_definitions: Vec<String>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct DeleteTaskDefinitionsResponse {
    #[serde(rename = "failures", default, skip_serializing_if = "Option::is_none")]
    pub failures: Option<Vec<Failure>>,
    #[serde(
        rename = "taskDefinitions",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub task_definitions: Option<Vec<TaskDefinition>>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct DeleteTaskSetRequest {
    #[serde(rename = "cluster")]
    pub cluster: String,
    #[serde(rename = "force", default, skip_serializing_if = "Option::is_none")]
    pub force: Option<bool>,
    #[serde(rename = "service")]
    pub service: String,
    #[serde(rename = "taskSet")]
    pub task_set: String,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct DeleteTaskSetResponse {
    #[serde(rename = "taskSet", default, skip_serializing_if = "Option::is_none")]
    pub task_set: Option<TaskSet>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Deployment {
    #[serde(
        rename = "capacityProviderStrategy",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub capacity_provider_strategy: Option<Vec<CapacityProviderStrategyItem>>,
    #[serde(rename = "createdAt", default, skip_serializing_if = "Option::is_none")]
    pub created_at: Option<Timestamp>,
    #[serde(rename = "desiredCount", default)]
    pub desired_count: i32,
    #[serde(rename = "failedTasks", default)]
    pub failed_tasks: i32,
    #[serde(
        rename = "fargateEphemeralStorage",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub fargate_ephemeral_storage: Option<DeploymentEphemeralStorage>,
    #[serde(rename = "id", default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    #[serde(
        rename = "launchType",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub launch_type: Option<LaunchType>,
    #[serde(
        rename = "networkConfiguration",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub network_configuration: Option<NetworkConfiguration>,
    #[serde(rename = "pendingCount", default)]
    pub pending_count: i32,
    #[serde(
        rename = "platformFamily",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub platform_family: Option<String>,
    #[serde(
        rename = "platformVersion",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub platform_version: Option<String>,
    #[serde(
        rename = "rolloutState",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub rollout_state: Option<DeploymentRolloutState>,
    #[serde(
        rename = "rolloutStateReason",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub rollout_state_reason: Option<String>,
    #[serde(rename = "runningCount", default)]
    pub running_count: i32,
    #[serde(
        rename = "serviceConnectConfiguration",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub service_connect_configuration: Option<ServiceConnectConfiguration>,
    #[serde(
        rename = "serviceConnectResources",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub service_connect_resources: Option<Vec<ServiceConnectServiceResource>>,
    #[serde(rename = "status", default, skip_serializing_if = "Option::is_none")]
    pub status: Option<String>,
    #[serde(
        rename = "taskDefinition",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub task_definition: Option<String>,
    #[serde(rename = "updatedAt", default, skip_serializing_if = "Option::is_none")]
    pub updated_at: Option<Timestamp>,
    #[serde(
        rename = "volumeConfigurations",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub volume_configurations: Option<Vec<ServiceVolumeConfiguration>>,
    #[serde(
        rename = "vpcLatticeConfigurations",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub vpc_lattice_configurations: Option<Vec<VpcLatticeConfiguration>>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct DeploymentAlarms {
    #[serde(rename = "alarmNames")]
    pub alarm_names: Vec<String>,
    #[serde(rename = "enable", default)]
    pub enable: bool,
    #[serde(rename = "rollback", default)]
    pub rollback: bool,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct DeploymentCircuitBreaker {
    #[serde(rename = "enable", default)]
    pub enable: bool,
    #[serde(
        rename = "resetOnHealthyTask",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub reset_on_healthy_task: Option<bool>,
    #[serde(rename = "rollback", default)]
    pub rollback: bool,
    #[serde(
        rename = "thresholdConfiguration",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub threshold_configuration: Option<ThresholdConfiguration>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct DeploymentConfiguration {
    #[serde(rename = "alarms", default, skip_serializing_if = "Option::is_none")]
    pub alarms: Option<DeploymentAlarms>,
    #[serde(
        rename = "bakeTimeInMinutes",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub bake_time_in_minutes: Option<i32>,
    #[serde(
        rename = "canaryConfiguration",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub canary_configuration: Option<CanaryConfiguration>,
    #[serde(
        rename = "deploymentCircuitBreaker",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub deployment_circuit_breaker: Option<DeploymentCircuitBreaker>,
    #[serde(
        rename = "earlySuccessCriteria",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub early_success_criteria: Option<DeploymentEarlySuccessCriteria>,
    #[serde(
        rename = "lifecycleHooks",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub lifecycle_hooks: Option<Vec<DeploymentLifecycleHook>>,
    #[serde(
        rename = "linearConfiguration",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub linear_configuration: Option<LinearConfiguration>,
    #[serde(
        rename = "maximumPercent",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub maximum_percent: Option<i32>,
    #[serde(
        rename = "minimumHealthyPercent",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub minimum_healthy_percent: Option<i32>,
    #[serde(rename = "strategy", default, skip_serializing_if = "Option::is_none")]
    pub strategy: Option<DeploymentStrategy>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct DeploymentController {
    #[serde(rename = "type")]
    pub r#type: DeploymentControllerType,
}

#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Default, Serialize, Deserialize,
)]
pub enum DeploymentControllerType {
    #[default]
    #[serde(rename = "ECS")]
    Ecs,
    #[serde(rename = "CODE_DEPLOY")]
    CodeDeploy,
    #[serde(rename = "EXTERNAL")]
    External,
}

impl DeploymentControllerType {
    pub const ALL: [DeploymentControllerType; 3] = [
        DeploymentControllerType::Ecs,
        DeploymentControllerType::CodeDeploy,
        DeploymentControllerType::External,
    ];

    pub const fn as_str(self) -> &'static str {
        match self {
            DeploymentControllerType::Ecs => "ECS",
            DeploymentControllerType::CodeDeploy => "CODE_DEPLOY",
            DeploymentControllerType::External => "EXTERNAL",
        }
    }

    pub fn parse(value: &str) -> Option<Self> {
        match value {
            "ECS" => Some(DeploymentControllerType::Ecs),
            "CODE_DEPLOY" => Some(DeploymentControllerType::CodeDeploy),
            "EXTERNAL" => Some(DeploymentControllerType::External),
            _ => None,
        }
    }
}

impl std::fmt::Display for DeploymentControllerType {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct DeploymentEarlySuccessCriteria {
    #[serde(rename = "enable", default)]
    pub enable: bool,
    #[serde(
        rename = "healthyPercent",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub healthy_percent: Option<i32>,
    #[serde(
        rename = "sourceServiceRevisionCleanup",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub source_service_revision_cleanup: Option<ServiceRevisionCleanup>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct DeploymentEphemeralStorage {
    #[serde(rename = "kmsKeyId", default, skip_serializing_if = "Option::is_none")]
    pub kms_key_id: Option<String>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct DeploymentLifecycleHook {
    #[serde(
        rename = "hookDetails",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub hook_details: Option<serde_json::Value>,
    #[serde(
        rename = "hookTargetArn",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub hook_target_arn: Option<String>,
    #[serde(
        rename = "lifecycleStages",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub lifecycle_stages: Option<Vec<DeploymentLifecycleHookStage>>,
    #[serde(rename = "roleArn", default, skip_serializing_if = "Option::is_none")]
    pub role_arn: Option<String>,
    #[serde(
        rename = "targetType",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub target_type: Option<DeploymentLifecycleHookTargetType>,
    #[serde(
        rename = "timeoutConfiguration",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub timeout_configuration: Option<DeploymentLifecycleHookTimeoutConfiguration>,
}

#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Default, Serialize, Deserialize,
)]
pub enum DeploymentLifecycleHookAction {
    #[default]
    #[serde(rename = "ROLLBACK")]
    Rollback,
    #[serde(rename = "CONTINUE")]
    Continue,
}

impl DeploymentLifecycleHookAction {
    pub const ALL: [DeploymentLifecycleHookAction; 2] = [
        DeploymentLifecycleHookAction::Rollback,
        DeploymentLifecycleHookAction::Continue,
    ];

    pub const fn as_str(self) -> &'static str {
        match self {
            DeploymentLifecycleHookAction::Rollback => "ROLLBACK",
            DeploymentLifecycleHookAction::Continue => "CONTINUE",
        }
    }

    pub fn parse(value: &str) -> Option<Self> {
        match value {
            "ROLLBACK" => Some(DeploymentLifecycleHookAction::Rollback),
            "CONTINUE" => Some(DeploymentLifecycleHookAction::Continue),
            _ => None,
        }
    }
}

impl std::fmt::Display for DeploymentLifecycleHookAction {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct DeploymentLifecycleHookDetail {
    #[serde(rename = "expiresAt", default, skip_serializing_if = "Option::is_none")]
    pub expires_at: Option<Timestamp>,
    #[serde(rename = "hookId", default, skip_serializing_if = "Option::is_none")]
    pub hook_id: Option<String>,
    #[serde(rename = "status", default, skip_serializing_if = "Option::is_none")]
    pub status: Option<DeploymentLifecycleHookStatus>,
    #[serde(rename = "targetArn", default, skip_serializing_if = "Option::is_none")]
    pub target_arn: Option<String>,
    #[serde(
        rename = "targetType",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub target_type: Option<DeploymentLifecycleHookTargetType>,
    #[serde(
        rename = "timeoutAction",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub timeout_action: Option<DeploymentLifecycleHookAction>,
}

#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Default, Serialize, Deserialize,
)]
pub enum DeploymentLifecycleHookStage {
    #[default]
    #[serde(rename = "RECONCILE_SERVICE")]
    ReconcileService,
    #[serde(rename = "PRE_SCALE_UP")]
    PreScaleUp,
    #[serde(rename = "POST_SCALE_UP")]
    PostScaleUp,
    #[serde(rename = "TEST_TRAFFIC_SHIFT")]
    TestTrafficShift,
    #[serde(rename = "POST_TEST_TRAFFIC_SHIFT")]
    PostTestTrafficShift,
    #[serde(rename = "PRE_PRODUCTION_TRAFFIC_SHIFT")]
    PreProductionTrafficShift,
    #[serde(rename = "PRODUCTION_TRAFFIC_SHIFT")]
    ProductionTrafficShift,
    #[serde(rename = "POST_PRODUCTION_TRAFFIC_SHIFT")]
    PostProductionTrafficShift,
}

impl DeploymentLifecycleHookStage {
    pub const ALL: [DeploymentLifecycleHookStage; 8] = [
        DeploymentLifecycleHookStage::ReconcileService,
        DeploymentLifecycleHookStage::PreScaleUp,
        DeploymentLifecycleHookStage::PostScaleUp,
        DeploymentLifecycleHookStage::TestTrafficShift,
        DeploymentLifecycleHookStage::PostTestTrafficShift,
        DeploymentLifecycleHookStage::PreProductionTrafficShift,
        DeploymentLifecycleHookStage::ProductionTrafficShift,
        DeploymentLifecycleHookStage::PostProductionTrafficShift,
    ];

    pub const fn as_str(self) -> &'static str {
        match self {
            DeploymentLifecycleHookStage::ReconcileService => "RECONCILE_SERVICE",
            DeploymentLifecycleHookStage::PreScaleUp => "PRE_SCALE_UP",
            DeploymentLifecycleHookStage::PostScaleUp => "POST_SCALE_UP",
            DeploymentLifecycleHookStage::TestTrafficShift => "TEST_TRAFFIC_SHIFT",
            DeploymentLifecycleHookStage::PostTestTrafficShift => "POST_TEST_TRAFFIC_SHIFT",
            DeploymentLifecycleHookStage::PreProductionTrafficShift => {
                "PRE_PRODUCTION_TRAFFIC_SHIFT"
            }
            DeploymentLifecycleHookStage::ProductionTrafficShift => "PRODUCTION_TRAFFIC_SHIFT",
            DeploymentLifecycleHookStage::PostProductionTrafficShift => {
                "POST_PRODUCTION_TRAFFIC_SHIFT"
            }
        }
    }

    pub fn parse(value: &str) -> Option<Self> {
        match value {
            "RECONCILE_SERVICE" => Some(DeploymentLifecycleHookStage::ReconcileService),
            "PRE_SCALE_UP" => Some(DeploymentLifecycleHookStage::PreScaleUp),
            "POST_SCALE_UP" => Some(DeploymentLifecycleHookStage::PostScaleUp),
            "TEST_TRAFFIC_SHIFT" => Some(DeploymentLifecycleHookStage::TestTrafficShift),
            "POST_TEST_TRAFFIC_SHIFT" => Some(DeploymentLifecycleHookStage::PostTestTrafficShift),
            "PRE_PRODUCTION_TRAFFIC_SHIFT" => {
                Some(DeploymentLifecycleHookStage::PreProductionTrafficShift)
            }
            "PRODUCTION_TRAFFIC_SHIFT" => {
                Some(DeploymentLifecycleHookStage::ProductionTrafficShift)
            }
            "POST_PRODUCTION_TRAFFIC_SHIFT" => {
                Some(DeploymentLifecycleHookStage::PostProductionTrafficShift)
            }
            _ => None,
        }
    }
}

impl std::fmt::Display for DeploymentLifecycleHookStage {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Default, Serialize, Deserialize,
)]
pub enum DeploymentLifecycleHookStatus {
    #[default]
    #[serde(rename = "AWAITING_ACTION")]
    AwaitingAction,
    #[serde(rename = "IN_PROGRESS")]
    InProgress,
    #[serde(rename = "SUCCEEDED")]
    Succeeded,
    #[serde(rename = "FAILED")]
    Failed,
    #[serde(rename = "TIMED_OUT")]
    TimedOut,
}

impl DeploymentLifecycleHookStatus {
    pub const ALL: [DeploymentLifecycleHookStatus; 5] = [
        DeploymentLifecycleHookStatus::AwaitingAction,
        DeploymentLifecycleHookStatus::InProgress,
        DeploymentLifecycleHookStatus::Succeeded,
        DeploymentLifecycleHookStatus::Failed,
        DeploymentLifecycleHookStatus::TimedOut,
    ];

    pub const fn as_str(self) -> &'static str {
        match self {
            DeploymentLifecycleHookStatus::AwaitingAction => "AWAITING_ACTION",
            DeploymentLifecycleHookStatus::InProgress => "IN_PROGRESS",
            DeploymentLifecycleHookStatus::Succeeded => "SUCCEEDED",
            DeploymentLifecycleHookStatus::Failed => "FAILED",
            DeploymentLifecycleHookStatus::TimedOut => "TIMED_OUT",
        }
    }

    pub fn parse(value: &str) -> Option<Self> {
        match value {
            "AWAITING_ACTION" => Some(DeploymentLifecycleHookStatus::AwaitingAction),
            "IN_PROGRESS" => Some(DeploymentLifecycleHookStatus::InProgress),
            "SUCCEEDED" => Some(DeploymentLifecycleHookStatus::Succeeded),
            "FAILED" => Some(DeploymentLifecycleHookStatus::Failed),
            "TIMED_OUT" => Some(DeploymentLifecycleHookStatus::TimedOut),
            _ => None,
        }
    }
}

impl std::fmt::Display for DeploymentLifecycleHookStatus {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Default, Serialize, Deserialize,
)]
pub enum DeploymentLifecycleHookTargetType {
    #[default]
    #[serde(rename = "AWS_LAMBDA")]
    AwsLambda,
    #[serde(rename = "PAUSE")]
    Pause,
}

impl DeploymentLifecycleHookTargetType {
    pub const ALL: [DeploymentLifecycleHookTargetType; 2] = [
        DeploymentLifecycleHookTargetType::AwsLambda,
        DeploymentLifecycleHookTargetType::Pause,
    ];

    pub const fn as_str(self) -> &'static str {
        match self {
            DeploymentLifecycleHookTargetType::AwsLambda => "AWS_LAMBDA",
            DeploymentLifecycleHookTargetType::Pause => "PAUSE",
        }
    }

    pub fn parse(value: &str) -> Option<Self> {
        match value {
            "AWS_LAMBDA" => Some(DeploymentLifecycleHookTargetType::AwsLambda),
            "PAUSE" => Some(DeploymentLifecycleHookTargetType::Pause),
            _ => None,
        }
    }
}

impl std::fmt::Display for DeploymentLifecycleHookTargetType {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct DeploymentLifecycleHookTimeoutConfiguration {
    #[serde(rename = "action", default, skip_serializing_if = "Option::is_none")]
    pub action: Option<DeploymentLifecycleHookAction>,
    #[serde(
        rename = "timeoutInMinutes",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub timeout_in_minutes: Option<i32>,
}

#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Default, Serialize, Deserialize,
)]
pub enum DeploymentRolloutState {
    #[default]
    #[serde(rename = "COMPLETED")]
    Completed,
    #[serde(rename = "FAILED")]
    Failed,
    #[serde(rename = "IN_PROGRESS")]
    InProgress,
}

impl DeploymentRolloutState {
    pub const ALL: [DeploymentRolloutState; 3] = [
        DeploymentRolloutState::Completed,
        DeploymentRolloutState::Failed,
        DeploymentRolloutState::InProgress,
    ];

    pub const fn as_str(self) -> &'static str {
        match self {
            DeploymentRolloutState::Completed => "COMPLETED",
            DeploymentRolloutState::Failed => "FAILED",
            DeploymentRolloutState::InProgress => "IN_PROGRESS",
        }
    }

    pub fn parse(value: &str) -> Option<Self> {
        match value {
            "COMPLETED" => Some(DeploymentRolloutState::Completed),
            "FAILED" => Some(DeploymentRolloutState::Failed),
            "IN_PROGRESS" => Some(DeploymentRolloutState::InProgress),
            _ => None,
        }
    }
}

impl std::fmt::Display for DeploymentRolloutState {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Default, Serialize, Deserialize,
)]
pub enum DeploymentStrategy {
    #[default]
    #[serde(rename = "ROLLING")]
    Rolling,
    #[serde(rename = "BLUE_GREEN")]
    BlueGreen,
    #[serde(rename = "LINEAR")]
    Linear,
    #[serde(rename = "CANARY")]
    Canary,
}

impl DeploymentStrategy {
    pub const ALL: [DeploymentStrategy; 4] = [
        DeploymentStrategy::Rolling,
        DeploymentStrategy::BlueGreen,
        DeploymentStrategy::Linear,
        DeploymentStrategy::Canary,
    ];

    pub const fn as_str(self) -> &'static str {
        match self {
            DeploymentStrategy::Rolling => "ROLLING",
            DeploymentStrategy::BlueGreen => "BLUE_GREEN",
            DeploymentStrategy::Linear => "LINEAR",
            DeploymentStrategy::Canary => "CANARY",
        }
    }

    pub fn parse(value: &str) -> Option<Self> {
        match value {
            "ROLLING" => Some(DeploymentStrategy::Rolling),
            "BLUE_GREEN" => Some(DeploymentStrategy::BlueGreen),
            "LINEAR" => Some(DeploymentStrategy::Linear),
            "CANARY" => Some(DeploymentStrategy::Canary),
            _ => None,
        }
    }
}

impl std::fmt::Display for DeploymentStrategy {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct DeregisterContainerInstanceRequest {
    #[serde(rename = "cluster", default, skip_serializing_if = "Option::is_none")]
    pub cluster: Option<String>,
    #[serde(rename = "containerInstance")]
    pub container_instance: String,
    #[serde(rename = "force", default, skip_serializing_if = "Option::is_none")]
    pub force: Option<bool>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct DeregisterContainerInstanceResponse {
    #[serde(
        rename = "containerInstance",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub container_instance: Option<ContainerInstance>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct DeregisterTaskDefinitionRequest {
    #[serde(rename = "taskDefinition")]
    pub task_definition: String,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct DeregisterTaskDefinitionResponse {
    #[serde(
        rename = "taskDefinition",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub task_definition: Option<TaskDefinition>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct DescribeCapacityProvidersRequest {
    #[serde(
        rename = "capacityProviders",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub capacity_providers: Option<Vec<String>>,
    #[serde(rename = "cluster", default, skip_serializing_if = "Option::is_none")]
    pub cluster: Option<String>,
    #[serde(rename = "include", default, skip_serializing_if = "Option::is_none")]
    pub include: Option<Vec<CapacityProviderField>>,
    #[serde(
        rename = "maxResults",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub max_results: Option<i32>,
    #[serde(rename = "nextToken", default, skip_serializing_if = "Option::is_none")]
    pub next_token: Option<String>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct DescribeCapacityProvidersResponse {
    #[serde(
        rename = "capacityProviders",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub capacity_providers: Option<Vec<CapacityProvider>>,
    #[serde(rename = "failures", default, skip_serializing_if = "Option::is_none")]
    pub failures: Option<Vec<Failure>>,
    #[serde(rename = "nextToken", default, skip_serializing_if = "Option::is_none")]
    pub next_token: Option<String>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct DescribeClustersRequest {
    #[serde(rename = "clusters", default, skip_serializing_if = "Option::is_none")]
    pub clusters: Option<Vec<String>>,
    #[serde(rename = "include", default, skip_serializing_if = "Option::is_none")]
    pub include: Option<Vec<ClusterField>>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct DescribeClustersResponse {
    #[serde(rename = "clusters", default, skip_serializing_if = "Option::is_none")]
    pub clusters: Option<Vec<Cluster>>,
    #[serde(rename = "failures", default, skip_serializing_if = "Option::is_none")]
    pub failures: Option<Vec<Failure>>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct DescribeContainerInstancesRequest {
    #[serde(rename = "cluster", default, skip_serializing_if = "Option::is_none")]
    pub cluster: Option<String>,
    #[serde(rename = "containerInstances")]
    pub container_instances: Vec<String>,
    #[serde(rename = "include", default, skip_serializing_if = "Option::is_none")]
    pub include: Option<Vec<ContainerInstanceField>>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct DescribeContainerInstancesResponse {
    #[serde(
        rename = "containerInstances",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub container_instances: Option<Vec<ContainerInstance>>,
    #[serde(rename = "failures", default, skip_serializing_if = "Option::is_none")]
    pub failures: Option<Vec<Failure>>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct DescribeDaemonDeploymentsRequest {
    #[serde(rename = "daemonDeploymentArns")]
    pub daemon_deployment_arns: Vec<String>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct DescribeDaemonDeploymentsResponse {
    #[serde(
        rename = "daemonDeployments",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub daemon_deployments: Option<Vec<DaemonDeployment>>,
    #[serde(rename = "failures", default, skip_serializing_if = "Option::is_none")]
    pub failures: Option<Vec<Failure>>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct DescribeDaemonRequest {
    #[serde(rename = "daemonArn")]
    pub daemon_arn: String,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct DescribeDaemonResponse {
    #[serde(rename = "daemon", default, skip_serializing_if = "Option::is_none")]
    pub daemon: Option<DaemonDetail>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct DescribeDaemonRevisionsRequest {
    #[serde(rename = "daemonRevisionArns")]
    pub daemon_revision_arns: Vec<String>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct DescribeDaemonRevisionsResponse {
    #[serde(
        rename = "daemonRevisions",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub daemon_revisions: Option<Vec<DaemonRevision>>,
    #[serde(rename = "failures", default, skip_serializing_if = "Option::is_none")]
    pub failures: Option<Vec<Failure>>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct DescribeDaemonTaskDefinitionRequest {
    #[serde(rename = "daemonTaskDefinition")]
    pub daemon_task_definition: String,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct DescribeDaemonTaskDefinitionResponse {
    #[serde(
        rename = "daemonTaskDefinition",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub daemon_task_definition: Option<DaemonTaskDefinition>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct DescribeExpressGatewayServiceRequest {
    #[serde(rename = "include", default, skip_serializing_if = "Option::is_none")]
    pub include: Option<Vec<ExpressGatewayServiceInclude>>,
    #[serde(rename = "serviceArn")]
    pub service_arn: String,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct DescribeExpressGatewayServiceResponse {
    #[serde(rename = "service", default, skip_serializing_if = "Option::is_none")]
    pub service: Option<ECSExpressGatewayService>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct DescribeGatewayAlbConfiguration {
    #[serde(
        rename = "accessLogs",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub access_logs: Option<GatewayElbAccessLogConfiguration>,
    #[serde(
        rename = "currentAlbCount",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub current_alb_count: Option<i32>,
    #[serde(
        rename = "httpDesync",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub http_desync: Option<GatewayAlbDesyncMitigationMode>,
    #[serde(
        rename = "maxAlbCount",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub max_alb_count: Option<i32>,
    #[serde(
        rename = "networkConfiguration",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub network_configuration: Option<GatewayElbNetworkConfiguration>,
    #[serde(rename = "port", default, skip_serializing_if = "Option::is_none")]
    pub port: Option<i32>,
    #[serde(rename = "protocol", default, skip_serializing_if = "Option::is_none")]
    pub protocol: Option<GatewayAlbProtocol>,
    #[serde(rename = "scheme", default, skip_serializing_if = "Option::is_none")]
    pub scheme: Option<GatewayElbScheme>,
    #[serde(
        rename = "testTrafficRules",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub test_traffic_rules: Option<GatewayAlbTestTrafficRules>,
    #[serde(rename = "webACLArn", default, skip_serializing_if = "Option::is_none")]
    pub web_acl_arn: Option<String>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct DescribeGatewayConfiguration {
    #[serde(
        rename = "hostSharedAlb",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub host_shared_alb: Option<DescribeGatewayAlbConfiguration>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct DescribeGatewayRequest {
    #[serde(rename = "gateway")]
    pub gateway: String,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct DescribeGatewayResourcesRequest {
    #[serde(rename = "gateway")]
    pub gateway: String,
    #[serde(
        rename = "maxResults",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub max_results: Option<i32>,
    #[serde(rename = "nextToken", default, skip_serializing_if = "Option::is_none")]
    pub next_token: Option<String>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct DescribeGatewayResourcesResponse {
    #[serde(
        rename = "gatewayResources",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub gateway_resources: Option<GatewayResources>,
    #[serde(rename = "nextToken", default, skip_serializing_if = "Option::is_none")]
    pub next_token: Option<String>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct DescribeGatewayResponse {
    #[serde(rename = "gateway", default, skip_serializing_if = "Option::is_none")]
    pub gateway: Option<Gateway>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct DescribeGatewayRouteRequest {
    #[serde(rename = "gatewayRouteArn")]
    pub gateway_route_arn: String,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct DescribeGatewayRouteResponse {
    #[serde(
        rename = "gatewayRoute",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub gateway_route: Option<GatewayRoute>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct DescribeServiceDeploymentsRequest {
    #[serde(rename = "serviceDeploymentArns")]
    pub service_deployment_arns: Vec<String>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct DescribeServiceDeploymentsResponse {
    #[serde(rename = "failures", default, skip_serializing_if = "Option::is_none")]
    pub failures: Option<Vec<Failure>>,
    #[serde(
        rename = "serviceDeployments",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub service_deployments: Option<Vec<ServiceDeployment>>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct DescribeServiceRevisionsRequest {
    #[serde(rename = "serviceRevisionArns")]
    pub service_revision_arns: Vec<String>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct DescribeServiceRevisionsResponse {
    #[serde(rename = "failures", default, skip_serializing_if = "Option::is_none")]
    pub failures: Option<Vec<Failure>>,
    #[serde(
        rename = "serviceRevisions",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub service_revisions: Option<Vec<ServiceRevision>>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct DescribeServicesRequest {
    #[serde(rename = "cluster", default, skip_serializing_if = "Option::is_none")]
    pub cluster: Option<String>,
    #[serde(rename = "include", default, skip_serializing_if = "Option::is_none")]
    pub include: Option<Vec<ServiceField>>,
    #[serde(rename = "services")]
    pub services: Vec<String>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct DescribeServicesResponse {
    #[serde(rename = "failures", default, skip_serializing_if = "Option::is_none")]
    pub failures: Option<Vec<Failure>>,
    #[serde(rename = "services", default, skip_serializing_if = "Option::is_none")]
    pub services: Option<Vec<Service>>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct DescribeTaskDefinitionRequest {
    #[serde(rename = "include", default, skip_serializing_if = "Option::is_none")]
    pub include: Option<Vec<TaskDefinitionField>>,
    #[serde(rename = "taskDefinition")]
    pub task_definition: String,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct DescribeTaskDefinitionResponse {
    #[serde(rename = "tags", default, skip_serializing_if = "Option::is_none")]
    pub tags: Option<Vec<Tag>>,
    #[serde(
        rename = "taskDefinition",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub task_definition: Option<TaskDefinition>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct DescribeTaskSetsRequest {
    #[serde(rename = "cluster")]
    pub cluster: String,
    #[serde(rename = "include", default, skip_serializing_if = "Option::is_none")]
    pub include: Option<Vec<TaskSetField>>,
    #[serde(rename = "service")]
    pub service: String,
    #[serde(rename = "taskSets", default, skip_serializing_if = "Option::is_none")]
    pub task_sets: Option<Vec<String>>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct DescribeTaskSetsResponse {
    #[serde(rename = "failures", default, skip_serializing_if = "Option::is_none")]
    pub failures: Option<Vec<Failure>>,
    #[serde(rename = "taskSets", default, skip_serializing_if = "Option::is_none")]
    pub task_sets: Option<Vec<TaskSet>>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct DescribeTasksRequest {
    #[serde(rename = "cluster", default, skip_serializing_if = "Option::is_none")]
    pub cluster: Option<String>,
    #[serde(rename = "include", default, skip_serializing_if = "Option::is_none")]
    pub include: Option<Vec<TaskField>>,
    #[serde(rename = "tasks")]
    pub tasks: Vec<String>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct DescribeTasksResponse {
    #[serde(rename = "failures", default, skip_serializing_if = "Option::is_none")]
    pub failures: Option<Vec<Failure>>,
    #[serde(rename = "tasks", default, skip_serializing_if = "Option::is_none")]
    pub tasks: Option<Vec<Task>>,
}

#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Default, Serialize, Deserialize,
)]
pub enum DesiredStatus {
    #[default]
    #[serde(rename = "RUNNING")]
    Running,
    #[serde(rename = "PENDING")]
    Pending,
    #[serde(rename = "STOPPED")]
    Stopped,
}

impl DesiredStatus {
    pub const ALL: [DesiredStatus; 3] = [
        DesiredStatus::Running,
        DesiredStatus::Pending,
        DesiredStatus::Stopped,
    ];

    pub const fn as_str(self) -> &'static str {
        match self {
            DesiredStatus::Running => "RUNNING",
            DesiredStatus::Pending => "PENDING",
            DesiredStatus::Stopped => "STOPPED",
        }
    }

    pub fn parse(value: &str) -> Option<Self> {
        match value {
            "RUNNING" => Some(DesiredStatus::Running),
            "PENDING" => Some(DesiredStatus::Pending),
            "STOPPED" => Some(DesiredStatus::Stopped),
            _ => None,
        }
    }
}

impl std::fmt::Display for DesiredStatus {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Device {
    #[serde(
        rename = "containerPath",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub container_path: Option<String>,
    #[serde(rename = "hostPath")]
    pub host_path: String,
    #[serde(
        rename = "permissions",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub permissions: Option<Vec<DeviceCgroupPermission>>,
}

#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Default, Serialize, Deserialize,
)]
pub enum DeviceCgroupPermission {
    #[default]
    #[serde(rename = "read")]
    Read,
    #[serde(rename = "write")]
    Write,
    #[serde(rename = "mknod")]
    Mknod,
}

impl DeviceCgroupPermission {
    pub const ALL: [DeviceCgroupPermission; 3] = [
        DeviceCgroupPermission::Read,
        DeviceCgroupPermission::Write,
        DeviceCgroupPermission::Mknod,
    ];

    pub const fn as_str(self) -> &'static str {
        match self {
            DeviceCgroupPermission::Read => "read",
            DeviceCgroupPermission::Write => "write",
            DeviceCgroupPermission::Mknod => "mknod",
        }
    }

    pub fn parse(value: &str) -> Option<Self> {
        match value {
            "read" => Some(DeviceCgroupPermission::Read),
            "write" => Some(DeviceCgroupPermission::Write),
            "mknod" => Some(DeviceCgroupPermission::Mknod),
            _ => None,
        }
    }
}

impl std::fmt::Display for DeviceCgroupPermission {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct DisassociateGatewayFromClusterRequest {
    #[serde(rename = "cluster")]
    pub cluster: String,
    #[serde(rename = "gateway")]
    pub gateway: String,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct DisassociateGatewayFromClusterResponse {
    #[serde(
        rename = "clusterArn",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub cluster_arn: Option<String>,
    #[serde(
        rename = "gatewayArn",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub gateway_arn: Option<String>,
    #[serde(rename = "status", default, skip_serializing_if = "Option::is_none")]
    pub status: Option<GatewayClusterAssociationStatus>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct DiscoverPollEndpointRequest {
    #[serde(rename = "cluster", default, skip_serializing_if = "Option::is_none")]
    pub cluster: Option<String>,
    #[serde(
        rename = "containerInstance",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub container_instance: Option<String>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct DiscoverPollEndpointResponse {
    #[serde(rename = "endpoint", default, skip_serializing_if = "Option::is_none")]
    pub endpoint: Option<String>,
    #[serde(
        rename = "serviceConnectEndpoint",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub service_connect_endpoint: Option<String>,
    #[serde(
        rename = "telemetryEndpoint",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub telemetry_endpoint: Option<String>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct DockerVolumeConfiguration {
    #[serde(
        rename = "autoprovision",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub autoprovision: Option<bool>,
    #[serde(rename = "driver", default, skip_serializing_if = "Option::is_none")]
    pub driver: Option<String>,
    #[serde(
        rename = "driverOpts",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub driver_opts: Option<BTreeMap<String, String>>,
    #[serde(rename = "labels", default, skip_serializing_if = "Option::is_none")]
    pub labels: Option<BTreeMap<String, String>>,
    #[serde(rename = "scope", default, skip_serializing_if = "Option::is_none")]
    pub scope: Option<Scope>,
}

#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Default, Serialize, Deserialize,
)]
pub enum EBSResourceType {
    #[default]
    #[serde(rename = "volume")]
    Volume,
}

impl EBSResourceType {
    pub const ALL: [EBSResourceType; 1] = [EBSResourceType::Volume];

    pub const fn as_str(self) -> &'static str {
        match self {
            EBSResourceType::Volume => "volume",
        }
    }

    pub fn parse(value: &str) -> Option<Self> {
        match value {
            "volume" => Some(EBSResourceType::Volume),
            _ => None,
        }
    }
}

impl std::fmt::Display for EBSResourceType {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct EBSTagSpecification {
    #[serde(
        rename = "propagateTags",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub propagate_tags: Option<PropagateTags>,
    #[serde(rename = "resourceType")]
    pub resource_type: EBSResourceType,
    #[serde(rename = "tags", default, skip_serializing_if = "Option::is_none")]
    pub tags: Option<Vec<Tag>>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct ECSExpressGatewayService {
    #[serde(
        rename = "activeConfigurations",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub active_configurations: Option<Vec<ExpressGatewayServiceConfiguration>>,
    #[serde(rename = "cluster", default, skip_serializing_if = "Option::is_none")]
    pub cluster: Option<String>,
    #[serde(rename = "createdAt", default, skip_serializing_if = "Option::is_none")]
    pub created_at: Option<Timestamp>,
    #[serde(
        rename = "currentDeployment",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub current_deployment: Option<String>,
    #[serde(
        rename = "infrastructureRoleArn",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub infrastructure_role_arn: Option<String>,
    #[serde(
        rename = "serviceArn",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub service_arn: Option<String>,
    #[serde(
        rename = "serviceName",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub service_name: Option<String>,
    #[serde(rename = "status", default, skip_serializing_if = "Option::is_none")]
    pub status: Option<ExpressGatewayServiceStatus>,
    #[serde(rename = "tags", default, skip_serializing_if = "Option::is_none")]
    pub tags: Option<Vec<Tag>>,
    #[serde(rename = "updatedAt", default, skip_serializing_if = "Option::is_none")]
    pub updated_at: Option<Timestamp>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct ECSManagedResources {
    #[serde(
        rename = "autoScaling",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub auto_scaling: Option<ManagedAutoScaling>,
    #[serde(
        rename = "gatewayConnections",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub gateway_connections: Option<Vec<GatewayConnection>>,
    #[serde(
        rename = "ingressPaths",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub ingress_paths: Option<Vec<ManagedIngressPath>>,
    #[serde(rename = "logGroups", default, skip_serializing_if = "Option::is_none")]
    pub log_groups: Option<Vec<ManagedLogGroup>>,
    #[serde(
        rename = "metricAlarms",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub metric_alarms: Option<Vec<ManagedMetricAlarm>>,
    #[serde(
        rename = "serviceSecurityGroups",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub service_security_groups: Option<Vec<ManagedSecurityGroup>>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct EFSAuthorizationConfig {
    #[serde(
        rename = "accessPointId",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub access_point_id: Option<String>,
    #[serde(rename = "iam", default, skip_serializing_if = "Option::is_none")]
    pub iam: Option<EFSAuthorizationConfigIAM>,
}

#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Default, Serialize, Deserialize,
)]
pub enum EFSAuthorizationConfigIAM {
    #[default]
    #[serde(rename = "ENABLED")]
    Enabled,
    #[serde(rename = "DISABLED")]
    Disabled,
}

impl EFSAuthorizationConfigIAM {
    pub const ALL: [EFSAuthorizationConfigIAM; 2] = [
        EFSAuthorizationConfigIAM::Enabled,
        EFSAuthorizationConfigIAM::Disabled,
    ];

    pub const fn as_str(self) -> &'static str {
        match self {
            EFSAuthorizationConfigIAM::Enabled => "ENABLED",
            EFSAuthorizationConfigIAM::Disabled => "DISABLED",
        }
    }

    pub fn parse(value: &str) -> Option<Self> {
        match value {
            "ENABLED" => Some(EFSAuthorizationConfigIAM::Enabled),
            "DISABLED" => Some(EFSAuthorizationConfigIAM::Disabled),
            _ => None,
        }
    }
}

impl std::fmt::Display for EFSAuthorizationConfigIAM {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Default, Serialize, Deserialize,
)]
pub enum EFSTransitEncryption {
    #[default]
    #[serde(rename = "ENABLED")]
    Enabled,
    #[serde(rename = "DISABLED")]
    Disabled,
}

impl EFSTransitEncryption {
    pub const ALL: [EFSTransitEncryption; 2] = [
        EFSTransitEncryption::Enabled,
        EFSTransitEncryption::Disabled,
    ];

    pub const fn as_str(self) -> &'static str {
        match self {
            EFSTransitEncryption::Enabled => "ENABLED",
            EFSTransitEncryption::Disabled => "DISABLED",
        }
    }

    pub fn parse(value: &str) -> Option<Self> {
        match value {
            "ENABLED" => Some(EFSTransitEncryption::Enabled),
            "DISABLED" => Some(EFSTransitEncryption::Disabled),
            _ => None,
        }
    }
}

impl std::fmt::Display for EFSTransitEncryption {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct EFSVolumeConfiguration {
    #[serde(
        rename = "authorizationConfig",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub authorization_config: Option<EFSAuthorizationConfig>,
    #[serde(rename = "fileSystemId")]
    pub file_system_id: String,
    #[serde(
        rename = "rootDirectory",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub root_directory: Option<String>,
    #[serde(
        rename = "transitEncryption",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub transit_encryption: Option<EFSTransitEncryption>,
    #[serde(
        rename = "transitEncryptionPort",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub transit_encryption_port: Option<i32>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct ElbGatewayResources {
    #[serde(
        rename = "gatewayRouteArns",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub gateway_route_arns: Option<Vec<String>>,
    #[serde(
        rename = "listenerArn",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub listener_arn: Option<String>,
    #[serde(
        rename = "loadBalancerArn",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub load_balancer_arn: Option<String>,
    #[serde(
        rename = "securityGroup",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub security_group: Option<String>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct EnvironmentFile {
    #[serde(rename = "type")]
    pub r#type: EnvironmentFileType,
    #[serde(rename = "value")]
    pub value: String,
}

#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Default, Serialize, Deserialize,
)]
pub enum EnvironmentFileType {
    #[default]
    #[serde(rename = "s3")]
    S3,
}

impl EnvironmentFileType {
    pub const ALL: [EnvironmentFileType; 1] = [EnvironmentFileType::S3];

    pub const fn as_str(self) -> &'static str {
        match self {
            EnvironmentFileType::S3 => "s3",
        }
    }

    pub fn parse(value: &str) -> Option<Self> {
        match value {
            "s3" => Some(EnvironmentFileType::S3),
            _ => None,
        }
    }
}

impl std::fmt::Display for EnvironmentFileType {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct EphemeralStorage {
    #[serde(rename = "sizeInGiB", default)]
    pub size_in_gib: i32,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct ExecuteCommandConfiguration {
    #[serde(rename = "kmsKeyId", default, skip_serializing_if = "Option::is_none")]
    pub kms_key_id: Option<String>,
    #[serde(
        rename = "logConfiguration",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub log_configuration: Option<ExecuteCommandLogConfiguration>,
    #[serde(rename = "logging", default, skip_serializing_if = "Option::is_none")]
    pub logging: Option<ExecuteCommandLogging>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct ExecuteCommandLogConfiguration {
    #[serde(rename = "cloudWatchEncryptionEnabled", default)]
    pub cloud_watch_encryption_enabled: bool,
    #[serde(
        rename = "cloudWatchLogGroupName",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub cloud_watch_log_group_name: Option<String>,
    #[serde(
        rename = "s3BucketName",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub s3_bucket_name: Option<String>,
    #[serde(rename = "s3EncryptionEnabled", default)]
    pub s3_encryption_enabled: bool,
    #[serde(
        rename = "s3KeyPrefix",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub s3_key_prefix: Option<String>,
}

#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Default, Serialize, Deserialize,
)]
pub enum ExecuteCommandLogging {
    #[default]
    #[serde(rename = "NONE")]
    None,
    #[serde(rename = "DEFAULT")]
    Default,
    #[serde(rename = "OVERRIDE")]
    Override,
}

impl ExecuteCommandLogging {
    pub const ALL: [ExecuteCommandLogging; 3] = [
        ExecuteCommandLogging::None,
        ExecuteCommandLogging::Default,
        ExecuteCommandLogging::Override,
    ];

    pub const fn as_str(self) -> &'static str {
        match self {
            ExecuteCommandLogging::None => "NONE",
            ExecuteCommandLogging::Default => "DEFAULT",
            ExecuteCommandLogging::Override => "OVERRIDE",
        }
    }

    pub fn parse(value: &str) -> Option<Self> {
        match value {
            "NONE" => Some(ExecuteCommandLogging::None),
            "DEFAULT" => Some(ExecuteCommandLogging::Default),
            "OVERRIDE" => Some(ExecuteCommandLogging::Override),
            _ => None,
        }
    }
}

impl std::fmt::Display for ExecuteCommandLogging {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct ExecuteCommandRequest {
    #[serde(rename = "cluster", default, skip_serializing_if = "Option::is_none")]
    pub cluster: Option<String>,
    #[serde(rename = "command")]
    pub command: String,
    #[serde(rename = "container", default, skip_serializing_if = "Option::is_none")]
    pub container: Option<String>,
    #[serde(rename = "interactive", default)]
    pub interactive: bool,
    #[serde(rename = "task")]
    pub task: String,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct ExecuteCommandResponse {
    #[serde(
        rename = "clusterArn",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub cluster_arn: Option<String>,
    #[serde(
        rename = "containerArn",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub container_arn: Option<String>,
    #[serde(
        rename = "containerName",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub container_name: Option<String>,
    #[serde(rename = "interactive", default)]
    pub interactive: bool,
    #[serde(rename = "session", default, skip_serializing_if = "Option::is_none")]
    pub session: Option<Session>,
    #[serde(rename = "taskArn", default, skip_serializing_if = "Option::is_none")]
    pub task_arn: Option<String>,
}

#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Default, Serialize, Deserialize,
)]
pub enum ExpressCpuArchitecture {
    #[default]
    #[serde(rename = "X86_64")]
    X86_64,
    #[serde(rename = "ARM64")]
    Arm64,
}

impl ExpressCpuArchitecture {
    pub const ALL: [ExpressCpuArchitecture; 2] = [
        ExpressCpuArchitecture::X86_64,
        ExpressCpuArchitecture::Arm64,
    ];

    pub const fn as_str(self) -> &'static str {
        match self {
            ExpressCpuArchitecture::X86_64 => "X86_64",
            ExpressCpuArchitecture::Arm64 => "ARM64",
        }
    }

    pub fn parse(value: &str) -> Option<Self> {
        match value {
            "X86_64" => Some(ExpressCpuArchitecture::X86_64),
            "ARM64" => Some(ExpressCpuArchitecture::Arm64),
            _ => None,
        }
    }
}

impl std::fmt::Display for ExpressCpuArchitecture {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct ExpressGatewayContainer {
    #[serde(
        rename = "awsLogsConfiguration",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub aws_logs_configuration: Option<ExpressGatewayServiceAwsLogsConfiguration>,
    #[serde(rename = "command", default, skip_serializing_if = "Option::is_none")]
    pub command: Option<Vec<String>>,
    #[serde(
        rename = "containerPort",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub container_port: Option<i32>,
    #[serde(
        rename = "environment",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub environment: Option<Vec<KeyValuePair>>,
    #[serde(rename = "image")]
    pub image: String,
    #[serde(
        rename = "repositoryCredentials",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub repository_credentials: Option<ExpressGatewayRepositoryCredentials>,
    #[serde(rename = "secrets", default, skip_serializing_if = "Option::is_none")]
    pub secrets: Option<Vec<Secret>>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct ExpressGatewayRepositoryCredentials {
    #[serde(
        rename = "credentialsParameter",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub credentials_parameter: Option<String>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct ExpressGatewayScalingTarget {
    #[serde(
        rename = "autoScalingMetric",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub auto_scaling_metric: Option<ExpressGatewayServiceScalingMetric>,
    #[serde(
        rename = "autoScalingTargetValue",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub auto_scaling_target_value: Option<i32>,
    #[serde(
        rename = "maxTaskCount",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub max_task_count: Option<i32>,
    #[serde(
        rename = "minTaskCount",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub min_task_count: Option<i32>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct ExpressGatewayServiceAwsLogsConfiguration {
    #[serde(rename = "logGroup")]
    pub log_group: String,
    #[serde(rename = "logStreamPrefix")]
    pub log_stream_prefix: String,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct ExpressGatewayServiceConfiguration {
    #[serde(rename = "cpu", default, skip_serializing_if = "Option::is_none")]
    pub cpu: Option<String>,
    #[serde(
        rename = "cpuArchitecture",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub cpu_architecture: Option<ExpressCpuArchitecture>,
    #[serde(rename = "createdAt", default, skip_serializing_if = "Option::is_none")]
    pub created_at: Option<Timestamp>,
    #[serde(
        rename = "executionRoleArn",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub execution_role_arn: Option<String>,
    #[serde(
        rename = "healthCheckPath",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub health_check_path: Option<String>,
    #[serde(
        rename = "ingressPaths",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub ingress_paths: Option<Vec<IngressPathSummary>>,
    #[serde(rename = "memory", default, skip_serializing_if = "Option::is_none")]
    pub memory: Option<String>,
    #[serde(
        rename = "networkConfiguration",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub network_configuration: Option<ExpressGatewayServiceNetworkConfiguration>,
    #[serde(
        rename = "primaryContainer",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub primary_container: Option<ExpressGatewayContainer>,
    #[serde(
        rename = "scalingTarget",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub scaling_target: Option<ExpressGatewayScalingTarget>,
    #[serde(
        rename = "serviceRevisionArn",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub service_revision_arn: Option<String>,
    #[serde(
        rename = "taskDefinitionArn",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub task_definition_arn: Option<String>,
    #[serde(
        rename = "taskRoleArn",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub task_role_arn: Option<String>,
}

#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Default, Serialize, Deserialize,
)]
pub enum ExpressGatewayServiceInclude {
    #[default]
    #[serde(rename = "TAGS")]
    Tags,
}

impl ExpressGatewayServiceInclude {
    pub const ALL: [ExpressGatewayServiceInclude; 1] = [ExpressGatewayServiceInclude::Tags];

    pub const fn as_str(self) -> &'static str {
        match self {
            ExpressGatewayServiceInclude::Tags => "TAGS",
        }
    }

    pub fn parse(value: &str) -> Option<Self> {
        match value {
            "TAGS" => Some(ExpressGatewayServiceInclude::Tags),
            _ => None,
        }
    }
}

impl std::fmt::Display for ExpressGatewayServiceInclude {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct ExpressGatewayServiceNetworkConfiguration {
    #[serde(
        rename = "securityGroups",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub security_groups: Option<Vec<String>>,
    #[serde(rename = "subnets", default, skip_serializing_if = "Option::is_none")]
    pub subnets: Option<Vec<String>>,
}

#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Default, Serialize, Deserialize,
)]
pub enum ExpressGatewayServiceScalingMetric {
    #[default]
    #[serde(rename = "AVERAGE_CPU")]
    AverageCpu,
    #[serde(rename = "AVERAGE_MEMORY")]
    AverageMemory,
    #[serde(rename = "REQUEST_COUNT_PER_TARGET")]
    RequestCountPerTarget,
}

impl ExpressGatewayServiceScalingMetric {
    pub const ALL: [ExpressGatewayServiceScalingMetric; 3] = [
        ExpressGatewayServiceScalingMetric::AverageCpu,
        ExpressGatewayServiceScalingMetric::AverageMemory,
        ExpressGatewayServiceScalingMetric::RequestCountPerTarget,
    ];

    pub const fn as_str(self) -> &'static str {
        match self {
            ExpressGatewayServiceScalingMetric::AverageCpu => "AVERAGE_CPU",
            ExpressGatewayServiceScalingMetric::AverageMemory => "AVERAGE_MEMORY",
            ExpressGatewayServiceScalingMetric::RequestCountPerTarget => "REQUEST_COUNT_PER_TARGET",
        }
    }

    pub fn parse(value: &str) -> Option<Self> {
        match value {
            "AVERAGE_CPU" => Some(ExpressGatewayServiceScalingMetric::AverageCpu),
            "AVERAGE_MEMORY" => Some(ExpressGatewayServiceScalingMetric::AverageMemory),
            "REQUEST_COUNT_PER_TARGET" => {
                Some(ExpressGatewayServiceScalingMetric::RequestCountPerTarget)
            }
            _ => None,
        }
    }
}

impl std::fmt::Display for ExpressGatewayServiceScalingMetric {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct ExpressGatewayServiceStatus {
    #[serde(
        rename = "statusCode",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub status_code: Option<ExpressGatewayServiceStatusCode>,
    #[serde(
        rename = "statusReason",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub status_reason: Option<String>,
}

#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Default, Serialize, Deserialize,
)]
pub enum ExpressGatewayServiceStatusCode {
    #[default]
    #[serde(rename = "ACTIVE")]
    Active,
    #[serde(rename = "DRAINING")]
    Draining,
    #[serde(rename = "INACTIVE")]
    Inactive,
}

impl ExpressGatewayServiceStatusCode {
    pub const ALL: [ExpressGatewayServiceStatusCode; 3] = [
        ExpressGatewayServiceStatusCode::Active,
        ExpressGatewayServiceStatusCode::Draining,
        ExpressGatewayServiceStatusCode::Inactive,
    ];

    pub const fn as_str(self) -> &'static str {
        match self {
            ExpressGatewayServiceStatusCode::Active => "ACTIVE",
            ExpressGatewayServiceStatusCode::Draining => "DRAINING",
            ExpressGatewayServiceStatusCode::Inactive => "INACTIVE",
        }
    }

    pub fn parse(value: &str) -> Option<Self> {
        match value {
            "ACTIVE" => Some(ExpressGatewayServiceStatusCode::Active),
            "DRAINING" => Some(ExpressGatewayServiceStatusCode::Draining),
            "INACTIVE" => Some(ExpressGatewayServiceStatusCode::Inactive),
            _ => None,
        }
    }
}

impl std::fmt::Display for ExpressGatewayServiceStatusCode {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct FSxWindowsFileServerAuthorizationConfig {
    #[serde(rename = "credentialsParameter")]
    pub credentials_parameter: String,
    #[serde(rename = "domain")]
    pub domain: String,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct FSxWindowsFileServerVolumeConfiguration {
    #[serde(rename = "authorizationConfig")]
    pub authorization_config: FSxWindowsFileServerAuthorizationConfig,
    #[serde(rename = "fileSystemId")]
    pub file_system_id: String,
    #[serde(rename = "rootDirectory")]
    pub root_directory: String,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Failure {
    #[serde(rename = "arn", default, skip_serializing_if = "Option::is_none")]
    pub arn: Option<String>,
    #[serde(rename = "detail", default, skip_serializing_if = "Option::is_none")]
    pub detail: Option<String>,
    #[serde(rename = "reason", default, skip_serializing_if = "Option::is_none")]
    pub reason: Option<String>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct FirelensConfiguration {
    #[serde(rename = "options", default, skip_serializing_if = "Option::is_none")]
    pub options: Option<BTreeMap<String, String>>,
    #[serde(rename = "type")]
    pub r#type: FirelensConfigurationType,
}

#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Default, Serialize, Deserialize,
)]
pub enum FirelensConfigurationType {
    #[default]
    #[serde(rename = "fluentd")]
    Fluentd,
    #[serde(rename = "fluentbit")]
    Fluentbit,
}

impl FirelensConfigurationType {
    pub const ALL: [FirelensConfigurationType; 2] = [
        FirelensConfigurationType::Fluentd,
        FirelensConfigurationType::Fluentbit,
    ];

    pub const fn as_str(self) -> &'static str {
        match self {
            FirelensConfigurationType::Fluentd => "fluentd",
            FirelensConfigurationType::Fluentbit => "fluentbit",
        }
    }

    pub fn parse(value: &str) -> Option<Self> {
        match value {
            "fluentd" => Some(FirelensConfigurationType::Fluentd),
            "fluentbit" => Some(FirelensConfigurationType::Fluentbit),
            _ => None,
        }
    }
}

impl std::fmt::Display for FirelensConfigurationType {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Gateway {
    #[serde(
        rename = "accessType",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub access_type: Option<AccessType>,
    #[serde(
        rename = "configuration",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub configuration: Option<DescribeGatewayConfiguration>,
    #[serde(rename = "createdAt", default, skip_serializing_if = "Option::is_none")]
    pub created_at: Option<Timestamp>,
    #[serde(
        rename = "deletionProtection",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub deletion_protection: Option<bool>,
    #[serde(rename = "failures", default, skip_serializing_if = "Option::is_none")]
    pub failures: Option<Vec<GatewayResourceFailure>>,
    #[serde(
        rename = "gatewayArn",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub gateway_arn: Option<String>,
    #[serde(
        rename = "infrastructureRoleArn",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub infrastructure_role_arn: Option<String>,
    #[serde(rename = "name", default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    #[serde(
        rename = "propagateTags",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub propagate_tags: Option<PropagateGatewayTags>,
    #[serde(rename = "status", default, skip_serializing_if = "Option::is_none")]
    pub status: Option<GatewayStatus>,
    #[serde(
        rename = "statusReason",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub status_reason: Option<String>,
    #[serde(rename = "tags", default, skip_serializing_if = "Option::is_none")]
    pub tags: Option<Vec<Tag>>,
    #[serde(rename = "updatedAt", default, skip_serializing_if = "Option::is_none")]
    pub updated_at: Option<Timestamp>,
}

#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Default, Serialize, Deserialize,
)]
pub enum GatewayAlbDesyncMitigationMode {
    #[default]
    #[serde(rename = "monitor")]
    Monitor,
    #[serde(rename = "defensive")]
    Defensive,
    #[serde(rename = "strictest")]
    Strictest,
}

impl GatewayAlbDesyncMitigationMode {
    pub const ALL: [GatewayAlbDesyncMitigationMode; 3] = [
        GatewayAlbDesyncMitigationMode::Monitor,
        GatewayAlbDesyncMitigationMode::Defensive,
        GatewayAlbDesyncMitigationMode::Strictest,
    ];

    pub const fn as_str(self) -> &'static str {
        match self {
            GatewayAlbDesyncMitigationMode::Monitor => "monitor",
            GatewayAlbDesyncMitigationMode::Defensive => "defensive",
            GatewayAlbDesyncMitigationMode::Strictest => "strictest",
        }
    }

    pub fn parse(value: &str) -> Option<Self> {
        match value {
            "monitor" => Some(GatewayAlbDesyncMitigationMode::Monitor),
            "defensive" => Some(GatewayAlbDesyncMitigationMode::Defensive),
            "strictest" => Some(GatewayAlbDesyncMitigationMode::Strictest),
            _ => None,
        }
    }
}

impl std::fmt::Display for GatewayAlbDesyncMitigationMode {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Default, Serialize, Deserialize,
)]
pub enum GatewayAlbProtocol {
    #[default]
    #[serde(rename = "HTTP")]
    Http,
    #[serde(rename = "HTTPS")]
    Https,
}

impl GatewayAlbProtocol {
    pub const ALL: [GatewayAlbProtocol; 2] = [GatewayAlbProtocol::Http, GatewayAlbProtocol::Https];

    pub const fn as_str(self) -> &'static str {
        match self {
            GatewayAlbProtocol::Http => "HTTP",
            GatewayAlbProtocol::Https => "HTTPS",
        }
    }

    pub fn parse(value: &str) -> Option<Self> {
        match value {
            "HTTP" => Some(GatewayAlbProtocol::Http),
            "HTTPS" => Some(GatewayAlbProtocol::Https),
            _ => None,
        }
    }
}

impl std::fmt::Display for GatewayAlbProtocol {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct GatewayAlbTestTrafficRules {
    #[serde(rename = "header", default, skip_serializing_if = "Option::is_none")]
    pub header: Option<GatewayTestTrafficHeader>,
}

#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Default, Serialize, Deserialize,
)]
pub enum GatewayClusterAssociationStatus {
    #[default]
    #[serde(rename = "ACTIVE")]
    Active,
    #[serde(rename = "DISASSOCIATING")]
    Disassociating,
    #[serde(rename = "INACTIVE")]
    Inactive,
}

impl GatewayClusterAssociationStatus {
    pub const ALL: [GatewayClusterAssociationStatus; 3] = [
        GatewayClusterAssociationStatus::Active,
        GatewayClusterAssociationStatus::Disassociating,
        GatewayClusterAssociationStatus::Inactive,
    ];

    pub const fn as_str(self) -> &'static str {
        match self {
            GatewayClusterAssociationStatus::Active => "ACTIVE",
            GatewayClusterAssociationStatus::Disassociating => "DISASSOCIATING",
            GatewayClusterAssociationStatus::Inactive => "INACTIVE",
        }
    }

    pub fn parse(value: &str) -> Option<Self> {
        match value {
            "ACTIVE" => Some(GatewayClusterAssociationStatus::Active),
            "DISASSOCIATING" => Some(GatewayClusterAssociationStatus::Disassociating),
            "INACTIVE" => Some(GatewayClusterAssociationStatus::Inactive),
            _ => None,
        }
    }
}

impl std::fmt::Display for GatewayClusterAssociationStatus {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct GatewayClusterAssociationSummary {
    #[serde(
        rename = "clusterArn",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub cluster_arn: Option<String>,
    #[serde(
        rename = "gatewayArn",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub gateway_arn: Option<String>,
    #[serde(rename = "status", default, skip_serializing_if = "Option::is_none")]
    pub status: Option<GatewayClusterAssociationStatus>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct GatewayConfiguration {
    #[serde(
        rename = "hostSharedAlb",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub host_shared_alb: Option<HostSharedAlbConfiguration>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct GatewayConnection {
    #[serde(
        rename = "accessType",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub access_type: Option<AccessType>,
    #[serde(
        rename = "gatewayArn",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub gateway_arn: Option<String>,
    #[serde(
        rename = "gatewayRouteArn",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub gateway_route_arn: Option<String>,
    #[serde(rename = "portName", default, skip_serializing_if = "Option::is_none")]
    pub port_name: Option<String>,
    #[serde(rename = "resources", default, skip_serializing_if = "Option::is_none")]
    pub resources: Option<GatewayConnectionResources>,
    #[serde(
        rename = "serviceUrl",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub service_url: Option<String>,
    #[serde(rename = "status", default, skip_serializing_if = "Option::is_none")]
    pub status: Option<GatewayRouteStatus>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct GatewayConnectionAlbResources {
    #[serde(
        rename = "acmCertificateArn",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub acm_certificate_arn: Option<String>,
    #[serde(
        rename = "alternateTargetGroupArn",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub alternate_target_group_arn: Option<String>,
    #[serde(
        rename = "listenerArn",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub listener_arn: Option<String>,
    #[serde(
        rename = "listenerRuleArn",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub listener_rule_arn: Option<String>,
    #[serde(
        rename = "loadBalancerArn",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub load_balancer_arn: Option<String>,
    #[serde(
        rename = "loadBalancerSecurityGroupArns",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub load_balancer_security_group_arns: Option<Vec<String>>,
    #[serde(
        rename = "targetGroupArn",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub target_group_arn: Option<String>,
    #[serde(
        rename = "testListenerRuleArn",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub test_listener_rule_arn: Option<String>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct GatewayConnectionResources {
    #[serde(
        rename = "hostSharedAlb",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub host_shared_alb: Option<Vec<GatewayConnectionAlbResources>>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct GatewayConnector {
    #[serde(rename = "filters", default, skip_serializing_if = "Option::is_none")]
    pub filters: Option<GatewayConnectorFilters>,
    #[serde(
        rename = "healthCheck",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub health_check: Option<GatewayConnectorHealthCheck>,
    #[serde(rename = "portName")]
    pub port_name: String,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct GatewayConnectorFilters {
    #[serde(
        rename = "accessTypes",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub access_types: Option<Vec<AccessType>>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct GatewayConnectorHealthCheck {
    #[serde(
        rename = "healthCheckIntervalSeconds",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub health_check_interval_seconds: Option<i32>,
    #[serde(
        rename = "healthCheckPath",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub health_check_path: Option<String>,
    #[serde(
        rename = "healthCheckPort",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub health_check_port: Option<i32>,
    #[serde(
        rename = "healthCheckProtocol",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub health_check_protocol: Option<GatewayConnectorHealthCheckProtocol>,
    #[serde(
        rename = "healthCheckTimeoutSeconds",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub health_check_timeout_seconds: Option<i32>,
    #[serde(
        rename = "healthyThresholdCount",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub healthy_threshold_count: Option<i32>,
    #[serde(rename = "matcher", default, skip_serializing_if = "Option::is_none")]
    pub matcher: Option<GatewayConnectorHealthCheckMatcher>,
    #[serde(
        rename = "unhealthyThresholdCount",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub unhealthy_threshold_count: Option<i32>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct GatewayConnectorHealthCheckMatcher {
    #[serde(rename = "grpcCode", default, skip_serializing_if = "Option::is_none")]
    pub grpc_code: Option<String>,
    #[serde(rename = "httpCode", default, skip_serializing_if = "Option::is_none")]
    pub http_code: Option<String>,
}

#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Default, Serialize, Deserialize,
)]
pub enum GatewayConnectorHealthCheckProtocol {
    #[default]
    #[serde(rename = "HTTP")]
    Http,
    #[serde(rename = "HTTPS")]
    Https,
}

impl GatewayConnectorHealthCheckProtocol {
    pub const ALL: [GatewayConnectorHealthCheckProtocol; 2] = [
        GatewayConnectorHealthCheckProtocol::Http,
        GatewayConnectorHealthCheckProtocol::Https,
    ];

    pub const fn as_str(self) -> &'static str {
        match self {
            GatewayConnectorHealthCheckProtocol::Http => "HTTP",
            GatewayConnectorHealthCheckProtocol::Https => "HTTPS",
        }
    }

    pub fn parse(value: &str) -> Option<Self> {
        match value {
            "HTTP" => Some(GatewayConnectorHealthCheckProtocol::Http),
            "HTTPS" => Some(GatewayConnectorHealthCheckProtocol::Https),
            _ => None,
        }
    }
}

impl std::fmt::Display for GatewayConnectorHealthCheckProtocol {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct GatewayElbAccessLogConfiguration {
    #[serde(
        rename = "destination",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub destination: Option<GatewayElbAccessLogDestination>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct GatewayElbAccessLogDestination {
    #[serde(rename = "s3", default, skip_serializing_if = "Option::is_none")]
    pub s3: Option<GatewayElbAccessLogS3Destination>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct GatewayElbAccessLogS3Destination {
    #[serde(rename = "bucket")]
    pub bucket: String,
    #[serde(rename = "prefix", default, skip_serializing_if = "Option::is_none")]
    pub prefix: Option<String>,
}

#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Default, Serialize, Deserialize,
)]
pub enum GatewayElbIpAddressType {
    #[default]
    #[serde(rename = "ipv4")]
    Ipv4,
    #[serde(rename = "dualstack")]
    Dualstack,
    #[serde(rename = "dualstack-without-public-ipv4")]
    DualstackWithoutPublicIpv4,
}

impl GatewayElbIpAddressType {
    pub const ALL: [GatewayElbIpAddressType; 3] = [
        GatewayElbIpAddressType::Ipv4,
        GatewayElbIpAddressType::Dualstack,
        GatewayElbIpAddressType::DualstackWithoutPublicIpv4,
    ];

    pub const fn as_str(self) -> &'static str {
        match self {
            GatewayElbIpAddressType::Ipv4 => "ipv4",
            GatewayElbIpAddressType::Dualstack => "dualstack",
            GatewayElbIpAddressType::DualstackWithoutPublicIpv4 => "dualstack-without-public-ipv4",
        }
    }

    pub fn parse(value: &str) -> Option<Self> {
        match value {
            "ipv4" => Some(GatewayElbIpAddressType::Ipv4),
            "dualstack" => Some(GatewayElbIpAddressType::Dualstack),
            "dualstack-without-public-ipv4" => {
                Some(GatewayElbIpAddressType::DualstackWithoutPublicIpv4)
            }
            _ => None,
        }
    }
}

impl std::fmt::Display for GatewayElbIpAddressType {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct GatewayElbNetworkConfiguration {
    #[serde(
        rename = "inboundSecurityGroup",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub inbound_security_group: Option<String>,
    #[serde(
        rename = "ipAddressType",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub ip_address_type: Option<GatewayElbIpAddressType>,
    #[serde(rename = "subnets", default, skip_serializing_if = "Option::is_none")]
    pub subnets: Option<Vec<String>>,
}

#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Default, Serialize, Deserialize,
)]
pub enum GatewayElbScheme {
    #[default]
    #[serde(rename = "internet-facing")]
    InternetFacing,
    #[serde(rename = "internal")]
    Internal,
}

impl GatewayElbScheme {
    pub const ALL: [GatewayElbScheme; 2] =
        [GatewayElbScheme::InternetFacing, GatewayElbScheme::Internal];

    pub const fn as_str(self) -> &'static str {
        match self {
            GatewayElbScheme::InternetFacing => "internet-facing",
            GatewayElbScheme::Internal => "internal",
        }
    }

    pub fn parse(value: &str) -> Option<Self> {
        match value {
            "internet-facing" => Some(GatewayElbScheme::InternetFacing),
            "internal" => Some(GatewayElbScheme::Internal),
            _ => None,
        }
    }
}

impl std::fmt::Display for GatewayElbScheme {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct GatewayInfrastructureResources {
    #[serde(
        rename = "hostSharedAlb",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub host_shared_alb: Option<Vec<ElbGatewayResources>>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct GatewayOperationError {
    #[serde(rename = "code", default, skip_serializing_if = "Option::is_none")]
    pub code: Option<String>,
    #[serde(rename = "message", default, skip_serializing_if = "Option::is_none")]
    pub message: Option<String>,
    #[serde(rename = "operation", default, skip_serializing_if = "Option::is_none")]
    pub operation: Option<String>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct GatewayResourceFailure {
    #[serde(rename = "arn", default, skip_serializing_if = "Option::is_none")]
    pub arn: Option<String>,
    #[serde(rename = "errors", default, skip_serializing_if = "Option::is_none")]
    pub errors: Option<Vec<GatewayOperationError>>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct GatewayResources {
    #[serde(
        rename = "gatewayArn",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub gateway_arn: Option<String>,
    #[serde(rename = "resources", default, skip_serializing_if = "Option::is_none")]
    pub resources: Option<GatewayInfrastructureResources>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct GatewayRoute {
    #[serde(
        rename = "gatewayRouteArn",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub gateway_route_arn: Option<String>,
    #[serde(rename = "resources", default, skip_serializing_if = "Option::is_none")]
    pub resources: Option<GatewayRouteResources>,
    #[serde(
        rename = "serviceArn",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub service_arn: Option<String>,
    #[serde(
        rename = "serviceContainerPortName",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub service_container_port_name: Option<String>,
    #[serde(
        rename = "serviceUrl",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub service_url: Option<String>,
    #[serde(rename = "status", default, skip_serializing_if = "Option::is_none")]
    pub status: Option<GatewayRouteStatus>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct GatewayRouteAlbResources {
    #[serde(
        rename = "acmCertificateArn",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub acm_certificate_arn: Option<String>,
    #[serde(
        rename = "listenerArn",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub listener_arn: Option<String>,
    #[serde(
        rename = "listenerRuleArn",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub listener_rule_arn: Option<String>,
    #[serde(
        rename = "loadBalancerArn",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub load_balancer_arn: Option<String>,
    #[serde(
        rename = "loadBalancerSecurityGroups",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub load_balancer_security_groups: Option<Vec<GatewayRouteLoadBalancerSecurityGroup>>,
    #[serde(
        rename = "serviceSecurityGroupArn",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub service_security_group_arn: Option<String>,
    #[serde(
        rename = "testListenerRuleArns",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub test_listener_rule_arns: Option<Vec<String>>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct GatewayRouteLoadBalancerSecurityGroup {
    #[serde(rename = "arn", default, skip_serializing_if = "Option::is_none")]
    pub arn: Option<String>,
    #[serde(rename = "ruleArns", default, skip_serializing_if = "Option::is_none")]
    pub rule_arns: Option<Vec<String>>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct GatewayRouteResources {
    #[serde(
        rename = "hostSharedAlb",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub host_shared_alb: Option<Vec<GatewayRouteAlbResources>>,
}

#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Default, Serialize, Deserialize,
)]
pub enum GatewayRouteStatus {
    #[default]
    #[serde(rename = "ACTIVE")]
    Active,
    #[serde(rename = "CREATE_IN_PROGRESS")]
    CreateInProgress,
    #[serde(rename = "CREATE_FAILED")]
    CreateFailed,
    #[serde(rename = "UPDATE_IN_PROGRESS")]
    UpdateInProgress,
    #[serde(rename = "UPDATE_FAILED")]
    UpdateFailed,
    #[serde(rename = "DELETE_IN_PROGRESS")]
    DeleteInProgress,
    #[serde(rename = "DELETE_FAILED")]
    DeleteFailed,
}

impl GatewayRouteStatus {
    pub const ALL: [GatewayRouteStatus; 7] = [
        GatewayRouteStatus::Active,
        GatewayRouteStatus::CreateInProgress,
        GatewayRouteStatus::CreateFailed,
        GatewayRouteStatus::UpdateInProgress,
        GatewayRouteStatus::UpdateFailed,
        GatewayRouteStatus::DeleteInProgress,
        GatewayRouteStatus::DeleteFailed,
    ];

    pub const fn as_str(self) -> &'static str {
        match self {
            GatewayRouteStatus::Active => "ACTIVE",
            GatewayRouteStatus::CreateInProgress => "CREATE_IN_PROGRESS",
            GatewayRouteStatus::CreateFailed => "CREATE_FAILED",
            GatewayRouteStatus::UpdateInProgress => "UPDATE_IN_PROGRESS",
            GatewayRouteStatus::UpdateFailed => "UPDATE_FAILED",
            GatewayRouteStatus::DeleteInProgress => "DELETE_IN_PROGRESS",
            GatewayRouteStatus::DeleteFailed => "DELETE_FAILED",
        }
    }

    pub fn parse(value: &str) -> Option<Self> {
        match value {
            "ACTIVE" => Some(GatewayRouteStatus::Active),
            "CREATE_IN_PROGRESS" => Some(GatewayRouteStatus::CreateInProgress),
            "CREATE_FAILED" => Some(GatewayRouteStatus::CreateFailed),
            "UPDATE_IN_PROGRESS" => Some(GatewayRouteStatus::UpdateInProgress),
            "UPDATE_FAILED" => Some(GatewayRouteStatus::UpdateFailed),
            "DELETE_IN_PROGRESS" => Some(GatewayRouteStatus::DeleteInProgress),
            "DELETE_FAILED" => Some(GatewayRouteStatus::DeleteFailed),
            _ => None,
        }
    }
}

impl std::fmt::Display for GatewayRouteStatus {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct GatewayRouteSummary {
    #[serde(
        rename = "clusterArn",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub cluster_arn: Option<String>,
    #[serde(
        rename = "gatewayArn",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub gateway_arn: Option<String>,
    #[serde(
        rename = "gatewayRouteArn",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub gateway_route_arn: Option<String>,
    #[serde(
        rename = "serviceArn",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub service_arn: Option<String>,
    #[serde(
        rename = "serviceContainerPortName",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub service_container_port_name: Option<String>,
    #[serde(rename = "status", default, skip_serializing_if = "Option::is_none")]
    pub status: Option<GatewayRouteStatus>,
}

#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Default, Serialize, Deserialize,
)]
pub enum GatewayStatus {
    #[default]
    #[serde(rename = "ACTIVE")]
    Active,
    #[serde(rename = "UPDATE_IN_PROGRESS")]
    UpdateInProgress,
    #[serde(rename = "UPDATE_COMPLETE")]
    UpdateComplete,
    #[serde(rename = "UPDATE_FAILED")]
    UpdateFailed,
    #[serde(rename = "DELETED")]
    Deleted,
}

impl GatewayStatus {
    pub const ALL: [GatewayStatus; 5] = [
        GatewayStatus::Active,
        GatewayStatus::UpdateInProgress,
        GatewayStatus::UpdateComplete,
        GatewayStatus::UpdateFailed,
        GatewayStatus::Deleted,
    ];

    pub const fn as_str(self) -> &'static str {
        match self {
            GatewayStatus::Active => "ACTIVE",
            GatewayStatus::UpdateInProgress => "UPDATE_IN_PROGRESS",
            GatewayStatus::UpdateComplete => "UPDATE_COMPLETE",
            GatewayStatus::UpdateFailed => "UPDATE_FAILED",
            GatewayStatus::Deleted => "DELETED",
        }
    }

    pub fn parse(value: &str) -> Option<Self> {
        match value {
            "ACTIVE" => Some(GatewayStatus::Active),
            "UPDATE_IN_PROGRESS" => Some(GatewayStatus::UpdateInProgress),
            "UPDATE_COMPLETE" => Some(GatewayStatus::UpdateComplete),
            "UPDATE_FAILED" => Some(GatewayStatus::UpdateFailed),
            "DELETED" => Some(GatewayStatus::Deleted),
            _ => None,
        }
    }
}

impl std::fmt::Display for GatewayStatus {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct GatewaySummary {
    #[serde(rename = "createdAt", default, skip_serializing_if = "Option::is_none")]
    pub created_at: Option<Timestamp>,
    #[serde(
        rename = "gatewayArn",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub gateway_arn: Option<String>,
    #[serde(rename = "name", default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    #[serde(rename = "status", default, skip_serializing_if = "Option::is_none")]
    pub status: Option<GatewayStatus>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct GatewayTestTrafficHeader {
    #[serde(rename = "name")]
    pub name: String,
    #[serde(rename = "values")]
    pub values: Vec<String>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct GetTaskProtectionRequest {
    #[serde(rename = "cluster")]
    pub cluster: String,
    #[serde(rename = "tasks", default, skip_serializing_if = "Option::is_none")]
    pub tasks: Option<Vec<String>>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct GetTaskProtectionResponse {
    #[serde(rename = "failures", default, skip_serializing_if = "Option::is_none")]
    pub failures: Option<Vec<Failure>>,
    #[serde(
        rename = "protectedTasks",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub protected_tasks: Option<Vec<ProtectedTask>>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct GpuDevice {
    #[serde(
        rename = "containerCount",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub container_count: Option<i32>,
    #[serde(rename = "gpuId", default, skip_serializing_if = "Option::is_none")]
    pub gpu_id: Option<String>,
    #[serde(
        rename = "remainingMemoryInMiB",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub remaining_memory_in_mib: Option<i32>,
    #[serde(
        rename = "sharingMode",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub sharing_mode: Option<GpuSharingMode>,
    #[serde(
        rename = "totalMemoryInMiB",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub total_memory_in_mib: Option<i32>,
}

#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Default, Serialize, Deserialize,
)]
pub enum GpuSharingMode {
    #[default]
    #[serde(rename = "IDLE")]
    Idle,
    #[serde(rename = "NVIDIA_MPS")]
    NvidiaMps,
    #[serde(rename = "DEDICATED")]
    Dedicated,
}

impl GpuSharingMode {
    pub const ALL: [GpuSharingMode; 3] = [
        GpuSharingMode::Idle,
        GpuSharingMode::NvidiaMps,
        GpuSharingMode::Dedicated,
    ];

    pub const fn as_str(self) -> &'static str {
        match self {
            GpuSharingMode::Idle => "IDLE",
            GpuSharingMode::NvidiaMps => "NVIDIA_MPS",
            GpuSharingMode::Dedicated => "DEDICATED",
        }
    }

    pub fn parse(value: &str) -> Option<Self> {
        match value {
            "IDLE" => Some(GpuSharingMode::Idle),
            "NVIDIA_MPS" => Some(GpuSharingMode::NvidiaMps),
            "DEDICATED" => Some(GpuSharingMode::Dedicated),
            _ => None,
        }
    }
}

impl std::fmt::Display for GpuSharingMode {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct HealthCheck {
    #[serde(rename = "command")]
    pub command: Vec<String>,
    #[serde(rename = "interval", default, skip_serializing_if = "Option::is_none")]
    pub interval: Option<i32>,
    #[serde(rename = "retries", default, skip_serializing_if = "Option::is_none")]
    pub retries: Option<i32>,
    #[serde(
        rename = "startPeriod",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub start_period: Option<i32>,
    #[serde(rename = "timeout", default, skip_serializing_if = "Option::is_none")]
    pub timeout: Option<i32>,
}

#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Default, Serialize, Deserialize,
)]
pub enum HealthStatus {
    #[default]
    #[serde(rename = "HEALTHY")]
    Healthy,
    #[serde(rename = "UNHEALTHY")]
    Unhealthy,
    #[serde(rename = "UNKNOWN")]
    Unknown,
}

impl HealthStatus {
    pub const ALL: [HealthStatus; 3] = [
        HealthStatus::Healthy,
        HealthStatus::Unhealthy,
        HealthStatus::Unknown,
    ];

    pub const fn as_str(self) -> &'static str {
        match self {
            HealthStatus::Healthy => "HEALTHY",
            HealthStatus::Unhealthy => "UNHEALTHY",
            HealthStatus::Unknown => "UNKNOWN",
        }
    }

    pub fn parse(value: &str) -> Option<Self> {
        match value {
            "HEALTHY" => Some(HealthStatus::Healthy),
            "UNHEALTHY" => Some(HealthStatus::Unhealthy),
            "UNKNOWN" => Some(HealthStatus::Unknown),
            _ => None,
        }
    }
}

impl std::fmt::Display for HealthStatus {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct HookDetails {}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct HostEntry {
    #[serde(rename = "hostname")]
    pub hostname: String,
    #[serde(rename = "ipAddress")]
    pub ip_address: String,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct HostSharedAlbConfiguration {
    #[serde(
        rename = "accessLogs",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub access_logs: Option<GatewayElbAccessLogConfiguration>,
    #[serde(
        rename = "httpDesync",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub http_desync: Option<GatewayAlbDesyncMitigationMode>,
    #[serde(
        rename = "maxAlbCount",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub max_alb_count: Option<i32>,
    #[serde(
        rename = "networkConfiguration",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub network_configuration: Option<GatewayElbNetworkConfiguration>,
    #[serde(rename = "port", default, skip_serializing_if = "Option::is_none")]
    pub port: Option<i32>,
    #[serde(rename = "protocol", default, skip_serializing_if = "Option::is_none")]
    pub protocol: Option<GatewayAlbProtocol>,
    #[serde(rename = "scheme", default, skip_serializing_if = "Option::is_none")]
    pub scheme: Option<GatewayElbScheme>,
    #[serde(
        rename = "testTrafficRules",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub test_traffic_rules: Option<GatewayAlbTestTrafficRules>,
    #[serde(rename = "webACLArn", default, skip_serializing_if = "Option::is_none")]
    pub web_acl_arn: Option<String>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct HostVolumeProperties {
    #[serde(
        rename = "sourcePath",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub source_path: Option<String>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct InferenceAccelerator {
    #[serde(rename = "deviceName")]
    pub device_name: String,
    #[serde(rename = "deviceType")]
    pub device_type: String,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct InferenceAcceleratorOverride {
    #[serde(
        rename = "deviceName",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub device_name: Option<String>,
    #[serde(
        rename = "deviceType",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub device_type: Option<String>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct InfrastructureOptimization {
    #[serde(
        rename = "scaleInAfter",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub scale_in_after: Option<i32>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct IngressPathSummary {
    #[serde(rename = "accessType")]
    pub access_type: AccessType,
    #[serde(rename = "endpoint")]
    pub endpoint: String,
}

#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Default, Serialize, Deserialize,
)]
pub enum InstanceGeneration {
    #[default]
    #[serde(rename = "current")]
    Current,
    #[serde(rename = "previous")]
    Previous,
}

impl InstanceGeneration {
    pub const ALL: [InstanceGeneration; 2] =
        [InstanceGeneration::Current, InstanceGeneration::Previous];

    pub const fn as_str(self) -> &'static str {
        match self {
            InstanceGeneration::Current => "current",
            InstanceGeneration::Previous => "previous",
        }
    }

    pub fn parse(value: &str) -> Option<Self> {
        match value {
            "current" => Some(InstanceGeneration::Current),
            "previous" => Some(InstanceGeneration::Previous),
            _ => None,
        }
    }
}

impl std::fmt::Display for InstanceGeneration {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct InstanceHealthCheckResult {
    #[serde(
        rename = "lastStatusChange",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub last_status_change: Option<Timestamp>,
    #[serde(
        rename = "lastUpdated",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub last_updated: Option<Timestamp>,
    #[serde(rename = "status", default, skip_serializing_if = "Option::is_none")]
    pub status: Option<InstanceHealthCheckState>,
    #[serde(
        rename = "statusReason",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub status_reason: Option<String>,
    #[serde(rename = "type", default, skip_serializing_if = "Option::is_none")]
    pub r#type: Option<InstanceHealthCheckType>,
}

#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Default, Serialize, Deserialize,
)]
pub enum InstanceHealthCheckState {
    #[default]
    #[serde(rename = "OK")]
    Ok,
    #[serde(rename = "IMPAIRED")]
    Impaired,
    #[serde(rename = "INSUFFICIENT_DATA")]
    InsufficientData,
    #[serde(rename = "INITIALIZING")]
    Initializing,
}

impl InstanceHealthCheckState {
    pub const ALL: [InstanceHealthCheckState; 4] = [
        InstanceHealthCheckState::Ok,
        InstanceHealthCheckState::Impaired,
        InstanceHealthCheckState::InsufficientData,
        InstanceHealthCheckState::Initializing,
    ];

    pub const fn as_str(self) -> &'static str {
        match self {
            InstanceHealthCheckState::Ok => "OK",
            InstanceHealthCheckState::Impaired => "IMPAIRED",
            InstanceHealthCheckState::InsufficientData => "INSUFFICIENT_DATA",
            InstanceHealthCheckState::Initializing => "INITIALIZING",
        }
    }

    pub fn parse(value: &str) -> Option<Self> {
        match value {
            "OK" => Some(InstanceHealthCheckState::Ok),
            "IMPAIRED" => Some(InstanceHealthCheckState::Impaired),
            "INSUFFICIENT_DATA" => Some(InstanceHealthCheckState::InsufficientData),
            "INITIALIZING" => Some(InstanceHealthCheckState::Initializing),
            _ => None,
        }
    }
}

impl std::fmt::Display for InstanceHealthCheckState {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Default, Serialize, Deserialize,
)]
pub enum InstanceHealthCheckType {
    #[default]
    #[serde(rename = "CONTAINER_RUNTIME")]
    ContainerRuntime,
    #[serde(rename = "ACCELERATED_COMPUTE")]
    AcceleratedCompute,
    #[serde(rename = "DAEMON")]
    Daemon,
    #[serde(rename = "AGENT_CONNECTIVITY")]
    AgentConnectivity,
}

impl InstanceHealthCheckType {
    pub const ALL: [InstanceHealthCheckType; 4] = [
        InstanceHealthCheckType::ContainerRuntime,
        InstanceHealthCheckType::AcceleratedCompute,
        InstanceHealthCheckType::Daemon,
        InstanceHealthCheckType::AgentConnectivity,
    ];

    pub const fn as_str(self) -> &'static str {
        match self {
            InstanceHealthCheckType::ContainerRuntime => "CONTAINER_RUNTIME",
            InstanceHealthCheckType::AcceleratedCompute => "ACCELERATED_COMPUTE",
            InstanceHealthCheckType::Daemon => "DAEMON",
            InstanceHealthCheckType::AgentConnectivity => "AGENT_CONNECTIVITY",
        }
    }

    pub fn parse(value: &str) -> Option<Self> {
        match value {
            "CONTAINER_RUNTIME" => Some(InstanceHealthCheckType::ContainerRuntime),
            "ACCELERATED_COMPUTE" => Some(InstanceHealthCheckType::AcceleratedCompute),
            "DAEMON" => Some(InstanceHealthCheckType::Daemon),
            "AGENT_CONNECTIVITY" => Some(InstanceHealthCheckType::AgentConnectivity),
            _ => None,
        }
    }
}

impl std::fmt::Display for InstanceHealthCheckType {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct InstanceLaunchTemplate {
    #[serde(
        rename = "capacityOptionType",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub capacity_option_type: Option<CapacityOptionType>,
    #[serde(
        rename = "capacityReservations",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub capacity_reservations: Option<CapacityReservationRequest>,
    #[serde(rename = "ec2InstanceProfileArn")]
    pub ec2_instance_profile_arn: String,
    #[serde(
        rename = "fipsEnabled",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub fips_enabled: Option<bool>,
    #[serde(
        rename = "instanceMetadataTagsPropagation",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub instance_metadata_tags_propagation: Option<bool>,
    #[serde(
        rename = "instanceRequirements",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub instance_requirements: Option<InstanceRequirementsRequest>,
    #[serde(
        rename = "localStorageConfiguration",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub local_storage_configuration: Option<ManagedInstancesLocalStorageConfiguration>,
    #[serde(
        rename = "monitoring",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub monitoring: Option<ManagedInstancesMonitoringOptions>,
    #[serde(rename = "networkConfiguration")]
    pub network_configuration: ManagedInstancesNetworkConfiguration,
    #[serde(
        rename = "nitroEnclavesEnabled",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub nitro_enclaves_enabled: Option<bool>,
    #[serde(
        rename = "storageConfiguration",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub storage_configuration: Option<ManagedInstancesStorageConfiguration>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct InstanceLaunchTemplateUpdate {
    #[serde(
        rename = "capacityReservations",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub capacity_reservations: Option<CapacityReservationRequest>,
    #[serde(
        rename = "ec2InstanceProfileArn",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub ec2_instance_profile_arn: Option<String>,
    #[serde(
        rename = "instanceMetadataTagsPropagation",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub instance_metadata_tags_propagation: Option<bool>,
    #[serde(
        rename = "instanceRequirements",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub instance_requirements: Option<InstanceRequirementsRequest>,
    #[serde(
        rename = "localStorageConfiguration",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub local_storage_configuration: Option<ManagedInstancesLocalStorageConfiguration>,
    #[serde(
        rename = "monitoring",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub monitoring: Option<ManagedInstancesMonitoringOptions>,
    #[serde(
        rename = "networkConfiguration",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub network_configuration: Option<ManagedInstancesNetworkConfiguration>,
    #[serde(
        rename = "storageConfiguration",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub storage_configuration: Option<ManagedInstancesStorageConfiguration>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct InstanceRequirementsRequest {
    #[serde(
        rename = "acceleratorCount",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub accelerator_count: Option<AcceleratorCountRequest>,
    #[serde(
        rename = "acceleratorManufacturers",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub accelerator_manufacturers: Option<Vec<AcceleratorManufacturer>>,
    #[serde(
        rename = "acceleratorNames",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub accelerator_names: Option<Vec<AcceleratorName>>,
    #[serde(
        rename = "acceleratorTotalMemoryMiB",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub accelerator_total_memory_mib: Option<AcceleratorTotalMemoryMiBRequest>,
    #[serde(
        rename = "acceleratorTypes",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub accelerator_types: Option<Vec<AcceleratorType>>,
    #[serde(
        rename = "allowedInstanceTypes",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub allowed_instance_types: Option<Vec<String>>,
    #[serde(rename = "bareMetal", default, skip_serializing_if = "Option::is_none")]
    pub bare_metal: Option<BareMetal>,
    #[serde(
        rename = "baselineEbsBandwidthMbps",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub baseline_ebs_bandwidth_mbps: Option<BaselineEbsBandwidthMbpsRequest>,
    #[serde(
        rename = "burstablePerformance",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub burstable_performance: Option<BurstablePerformance>,
    #[serde(
        rename = "cpuManufacturers",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub cpu_manufacturers: Option<Vec<CpuManufacturer>>,
    #[serde(
        rename = "excludedInstanceTypes",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub excluded_instance_types: Option<Vec<String>>,
    #[serde(
        rename = "instanceGenerations",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub instance_generations: Option<Vec<InstanceGeneration>>,
    #[serde(
        rename = "localStorage",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub local_storage: Option<LocalStorage>,
    #[serde(
        rename = "localStorageTypes",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub local_storage_types: Option<Vec<LocalStorageType>>,
    #[serde(
        rename = "maxSpotPriceAsPercentageOfOptimalOnDemandPrice",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub max_spot_price_as_percentage_of_optimal_on_demand_price: Option<i32>,
    #[serde(
        rename = "memoryGiBPerVCpu",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub memory_gib_per_vcpu: Option<MemoryGiBPerVCpuRequest>,
    #[serde(rename = "memoryMiB")]
    pub memory_mib: MemoryMiBRequest,
    #[serde(
        rename = "networkBandwidthGbps",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub network_bandwidth_gbps: Option<NetworkBandwidthGbpsRequest>,
    #[serde(
        rename = "networkInterfaceCount",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub network_interface_count: Option<NetworkInterfaceCountRequest>,
    #[serde(
        rename = "onDemandMaxPricePercentageOverLowestPrice",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub on_demand_max_price_percentage_over_lowest_price: Option<i32>,
    #[serde(
        rename = "requireHibernateSupport",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub require_hibernate_support: Option<bool>,
    #[serde(
        rename = "spotMaxPricePercentageOverLowestPrice",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub spot_max_price_percentage_over_lowest_price: Option<i32>,
    #[serde(
        rename = "totalLocalStorageGB",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub total_local_storage_gb: Option<TotalLocalStorageGBRequest>,
    #[serde(rename = "vCpuCount")]
    pub v_cpu_count: VCpuCountRangeRequest,
}

#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Default, Serialize, Deserialize,
)]
pub enum IpcMode {
    #[default]
    #[serde(rename = "host")]
    Host,
    #[serde(rename = "task")]
    Task,
    #[serde(rename = "none")]
    None,
}

impl IpcMode {
    pub const ALL: [IpcMode; 3] = [IpcMode::Host, IpcMode::Task, IpcMode::None];

    pub const fn as_str(self) -> &'static str {
        match self {
            IpcMode::Host => "host",
            IpcMode::Task => "task",
            IpcMode::None => "none",
        }
    }

    pub fn parse(value: &str) -> Option<Self> {
        match value {
            "host" => Some(IpcMode::Host),
            "task" => Some(IpcMode::Task),
            "none" => Some(IpcMode::None),
            _ => None,
        }
    }
}

impl std::fmt::Display for IpcMode {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Default, Serialize, Deserialize,
)]
pub enum IsolationMode {
    #[default]
    #[serde(rename = "SHARED")]
    Shared,
    #[serde(rename = "ISOLATED_SANDBOX")]
    IsolatedSandbox,
    #[serde(rename = "CONFIDENTIAL_SANDBOX")]
    ConfidentialSandbox,
}

impl IsolationMode {
    pub const ALL: [IsolationMode; 3] = [
        IsolationMode::Shared,
        IsolationMode::IsolatedSandbox,
        IsolationMode::ConfidentialSandbox,
    ];

    pub const fn as_str(self) -> &'static str {
        match self {
            IsolationMode::Shared => "SHARED",
            IsolationMode::IsolatedSandbox => "ISOLATED_SANDBOX",
            IsolationMode::ConfidentialSandbox => "CONFIDENTIAL_SANDBOX",
        }
    }

    pub fn parse(value: &str) -> Option<Self> {
        match value {
            "SHARED" => Some(IsolationMode::Shared),
            "ISOLATED_SANDBOX" => Some(IsolationMode::IsolatedSandbox),
            "CONFIDENTIAL_SANDBOX" => Some(IsolationMode::ConfidentialSandbox),
            _ => None,
        }
    }
}

impl std::fmt::Display for IsolationMode {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct KernelCapabilities {
    #[serde(rename = "add", default, skip_serializing_if = "Option::is_none")]
    pub add: Option<Vec<String>>,
    #[serde(rename = "drop", default, skip_serializing_if = "Option::is_none")]
    pub drop: Option<Vec<String>>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct KeyValuePair {
    #[serde(rename = "name", default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    #[serde(rename = "value", default, skip_serializing_if = "Option::is_none")]
    pub value: Option<String>,
}

#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Default, Serialize, Deserialize,
)]
pub enum LaunchType {
    #[default]
    #[serde(rename = "EC2")]
    Ec2,
    #[serde(rename = "FARGATE")]
    Fargate,
    #[serde(rename = "EXTERNAL")]
    External,
    #[serde(rename = "MANAGED_INSTANCES")]
    ManagedInstances,
}

impl LaunchType {
    pub const ALL: [LaunchType; 4] = [
        LaunchType::Ec2,
        LaunchType::Fargate,
        LaunchType::External,
        LaunchType::ManagedInstances,
    ];

    pub const fn as_str(self) -> &'static str {
        match self {
            LaunchType::Ec2 => "EC2",
            LaunchType::Fargate => "FARGATE",
            LaunchType::External => "EXTERNAL",
            LaunchType::ManagedInstances => "MANAGED_INSTANCES",
        }
    }

    pub fn parse(value: &str) -> Option<Self> {
        match value {
            "EC2" => Some(LaunchType::Ec2),
            "FARGATE" => Some(LaunchType::Fargate),
            "EXTERNAL" => Some(LaunchType::External),
            "MANAGED_INSTANCES" => Some(LaunchType::ManagedInstances),
            _ => None,
        }
    }
}

impl std::fmt::Display for LaunchType {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct LinearConfiguration {
    #[serde(
        rename = "stepBakeTimeInMinutes",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub step_bake_time_in_minutes: Option<i32>,
    #[serde(
        rename = "stepPercent",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub step_percent: Option<f64>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct LinuxParameters {
    #[serde(
        rename = "capabilities",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub capabilities: Option<KernelCapabilities>,
    #[serde(rename = "devices", default, skip_serializing_if = "Option::is_none")]
    pub devices: Option<Vec<Device>>,
    #[serde(
        rename = "initProcessEnabled",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub init_process_enabled: Option<bool>,
    #[serde(rename = "maxSwap", default, skip_serializing_if = "Option::is_none")]
    pub max_swap: Option<i32>,
    #[serde(
        rename = "sharedMemorySize",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub shared_memory_size: Option<i32>,
    #[serde(
        rename = "swappiness",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub swappiness: Option<i32>,
    #[serde(rename = "tmpfs", default, skip_serializing_if = "Option::is_none")]
    pub tmpfs: Option<Vec<Tmpfs>>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct ListAccountSettingsRequest {
    #[serde(rename = "effectiveSettings", default)]
    pub effective_settings: bool,
    #[serde(rename = "maxResults", default)]
    pub max_results: i32,
    #[serde(rename = "name", default, skip_serializing_if = "Option::is_none")]
    pub name: Option<SettingName>,
    #[serde(rename = "nextToken", default, skip_serializing_if = "Option::is_none")]
    pub next_token: Option<String>,
    #[serde(
        rename = "principalArn",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub principal_arn: Option<String>,
    #[serde(rename = "value", default, skip_serializing_if = "Option::is_none")]
    pub value: Option<String>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct ListAccountSettingsResponse {
    #[serde(rename = "nextToken", default, skip_serializing_if = "Option::is_none")]
    pub next_token: Option<String>,
    #[serde(rename = "settings", default, skip_serializing_if = "Option::is_none")]
    pub settings: Option<Vec<Setting>>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct ListAttributesRequest {
    #[serde(
        rename = "attributeName",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub attribute_name: Option<String>,
    #[serde(
        rename = "attributeValue",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub attribute_value: Option<String>,
    #[serde(rename = "cluster", default, skip_serializing_if = "Option::is_none")]
    pub cluster: Option<String>,
    #[serde(
        rename = "maxResults",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub max_results: Option<i32>,
    #[serde(rename = "nextToken", default, skip_serializing_if = "Option::is_none")]
    pub next_token: Option<String>,
    #[serde(rename = "targetType")]
    pub target_type: TargetType,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct ListAttributesResponse {
    #[serde(
        rename = "attributes",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub attributes: Option<Vec<Attribute>>,
    #[serde(rename = "nextToken", default, skip_serializing_if = "Option::is_none")]
    pub next_token: Option<String>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct ListClustersRequest {
    #[serde(
        rename = "maxResults",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub max_results: Option<i32>,
    #[serde(rename = "nextToken", default, skip_serializing_if = "Option::is_none")]
    pub next_token: Option<String>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct ListClustersResponse {
    #[serde(
        rename = "clusterArns",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub cluster_arns: Option<Vec<String>>,
    #[serde(rename = "nextToken", default, skip_serializing_if = "Option::is_none")]
    pub next_token: Option<String>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct ListContainerInstancesRequest {
    #[serde(rename = "cluster", default, skip_serializing_if = "Option::is_none")]
    pub cluster: Option<String>,
    #[serde(rename = "filter", default, skip_serializing_if = "Option::is_none")]
    pub filter: Option<String>,
    #[serde(
        rename = "maxResults",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub max_results: Option<i32>,
    #[serde(rename = "nextToken", default, skip_serializing_if = "Option::is_none")]
    pub next_token: Option<String>,
    #[serde(rename = "status", default, skip_serializing_if = "Option::is_none")]
    pub status: Option<ContainerInstanceStatus>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct ListContainerInstancesResponse {
    #[serde(
        rename = "containerInstanceArns",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub container_instance_arns: Option<Vec<String>>,
    #[serde(rename = "nextToken", default, skip_serializing_if = "Option::is_none")]
    pub next_token: Option<String>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct ListDaemonDeploymentsRequest {
    #[serde(rename = "createdAt", default, skip_serializing_if = "Option::is_none")]
    pub created_at: Option<CreatedAt>,
    #[serde(rename = "daemonArn")]
    pub daemon_arn: String,
    #[serde(
        rename = "maxResults",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub max_results: Option<i32>,
    #[serde(rename = "nextToken", default, skip_serializing_if = "Option::is_none")]
    pub next_token: Option<String>,
    #[serde(rename = "status", default, skip_serializing_if = "Option::is_none")]
    pub status: Option<Vec<DaemonDeploymentStatus>>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct ListDaemonDeploymentsResponse {
    #[serde(
        rename = "daemonDeployments",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub daemon_deployments: Option<Vec<DaemonDeploymentSummary>>,
    #[serde(rename = "nextToken", default, skip_serializing_if = "Option::is_none")]
    pub next_token: Option<String>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct ListDaemonTaskDefinitionsRequest {
    #[serde(rename = "family", default, skip_serializing_if = "Option::is_none")]
    pub family: Option<String>,
    #[serde(
        rename = "familyPrefix",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub family_prefix: Option<String>,
    #[serde(
        rename = "maxResults",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub max_results: Option<i32>,
    #[serde(rename = "nextToken", default, skip_serializing_if = "Option::is_none")]
    pub next_token: Option<String>,
    #[serde(rename = "revision", default, skip_serializing_if = "Option::is_none")]
    pub revision: Option<DaemonTaskDefinitionRevisionFilter>,
    #[serde(rename = "sort", default, skip_serializing_if = "Option::is_none")]
    pub sort: Option<SortOrder>,
    #[serde(rename = "status", default, skip_serializing_if = "Option::is_none")]
    pub status: Option<DaemonTaskDefinitionStatusFilter>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct ListDaemonTaskDefinitionsResponse {
    #[serde(
        rename = "daemonTaskDefinitions",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub daemon_task_definitions: Option<Vec<DaemonTaskDefinitionSummary>>,
    #[serde(rename = "nextToken", default, skip_serializing_if = "Option::is_none")]
    pub next_token: Option<String>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct ListDaemonsRequest {
    #[serde(
        rename = "capacityProviderArns",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub capacity_provider_arns: Option<Vec<String>>,
    #[serde(
        rename = "clusterArn",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub cluster_arn: Option<String>,
    #[serde(
        rename = "maxResults",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub max_results: Option<i32>,
    #[serde(rename = "nextToken", default, skip_serializing_if = "Option::is_none")]
    pub next_token: Option<String>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct ListDaemonsResponse {
    #[serde(
        rename = "daemonSummariesList",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub daemon_summaries_list: Option<Vec<DaemonSummary>>,
    #[serde(rename = "nextToken", default, skip_serializing_if = "Option::is_none")]
    pub next_token: Option<String>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct ListGatewayClusterAssociationsRequest {
    #[serde(rename = "cluster", default, skip_serializing_if = "Option::is_none")]
    pub cluster: Option<String>,
    #[serde(rename = "gateway", default, skip_serializing_if = "Option::is_none")]
    pub gateway: Option<String>,
    #[serde(
        rename = "maxResults",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub max_results: Option<i32>,
    #[serde(rename = "nextToken", default, skip_serializing_if = "Option::is_none")]
    pub next_token: Option<String>,
    #[serde(rename = "status", default, skip_serializing_if = "Option::is_none")]
    pub status: Option<Vec<GatewayClusterAssociationStatus>>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct ListGatewayClusterAssociationsResponse {
    #[serde(
        rename = "gatewayClusterAssociations",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub gateway_cluster_associations: Option<Vec<GatewayClusterAssociationSummary>>,
    #[serde(rename = "nextToken", default, skip_serializing_if = "Option::is_none")]
    pub next_token: Option<String>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct ListGatewayRoutesRequest {
    #[serde(rename = "cluster", default, skip_serializing_if = "Option::is_none")]
    pub cluster: Option<String>,
    #[serde(rename = "gateway", default, skip_serializing_if = "Option::is_none")]
    pub gateway: Option<String>,
    #[serde(
        rename = "maxResults",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub max_results: Option<i32>,
    #[serde(rename = "nextToken", default, skip_serializing_if = "Option::is_none")]
    pub next_token: Option<String>,
    #[serde(rename = "service", default, skip_serializing_if = "Option::is_none")]
    pub service: Option<String>,
    #[serde(
        rename = "serviceContainerPortName",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub service_container_port_name: Option<String>,
    #[serde(rename = "status", default, skip_serializing_if = "Option::is_none")]
    pub status: Option<Vec<GatewayRouteStatus>>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct ListGatewayRoutesResponse {
    #[serde(
        rename = "gatewayRoutes",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub gateway_routes: Option<Vec<GatewayRouteSummary>>,
    #[serde(rename = "nextToken", default, skip_serializing_if = "Option::is_none")]
    pub next_token: Option<String>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct ListGatewaysRequest {
    #[serde(
        rename = "maxResults",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub max_results: Option<i32>,
    #[serde(rename = "names", default, skip_serializing_if = "Option::is_none")]
    pub names: Option<Vec<String>>,
    #[serde(rename = "nextToken", default, skip_serializing_if = "Option::is_none")]
    pub next_token: Option<String>,
    #[serde(rename = "status", default, skip_serializing_if = "Option::is_none")]
    pub status: Option<Vec<GatewayStatus>>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct ListGatewaysResponse {
    #[serde(rename = "gateways", default, skip_serializing_if = "Option::is_none")]
    pub gateways: Option<Vec<GatewaySummary>>,
    #[serde(rename = "nextToken", default, skip_serializing_if = "Option::is_none")]
    pub next_token: Option<String>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct ListServiceDeploymentsRequest {
    #[serde(rename = "cluster", default, skip_serializing_if = "Option::is_none")]
    pub cluster: Option<String>,
    #[serde(rename = "createdAt", default, skip_serializing_if = "Option::is_none")]
    pub created_at: Option<CreatedAt>,
    #[serde(
        rename = "maxResults",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub max_results: Option<i32>,
    #[serde(rename = "nextToken", default, skip_serializing_if = "Option::is_none")]
    pub next_token: Option<String>,
    #[serde(rename = "service")]
    pub service: String,
    #[serde(rename = "status", default, skip_serializing_if = "Option::is_none")]
    pub status: Option<Vec<ServiceDeploymentStatus>>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct ListServiceDeploymentsResponse {
    #[serde(rename = "nextToken", default, skip_serializing_if = "Option::is_none")]
    pub next_token: Option<String>,
    #[serde(
        rename = "serviceDeployments",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub service_deployments: Option<Vec<ServiceDeploymentBrief>>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct ListServicesByNamespaceRequest {
    #[serde(
        rename = "maxResults",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub max_results: Option<i32>,
    #[serde(rename = "namespace")]
    pub namespace: String,
    #[serde(rename = "nextToken", default, skip_serializing_if = "Option::is_none")]
    pub next_token: Option<String>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct ListServicesByNamespaceResponse {
    #[serde(rename = "nextToken", default, skip_serializing_if = "Option::is_none")]
    pub next_token: Option<String>,
    #[serde(
        rename = "serviceArns",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub service_arns: Option<Vec<String>>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct ListServicesRequest {
    #[serde(rename = "cluster", default, skip_serializing_if = "Option::is_none")]
    pub cluster: Option<String>,
    #[serde(
        rename = "launchType",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub launch_type: Option<LaunchType>,
    #[serde(
        rename = "maxResults",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub max_results: Option<i32>,
    #[serde(rename = "nextToken", default, skip_serializing_if = "Option::is_none")]
    pub next_token: Option<String>,
    #[serde(
        rename = "resourceManagementType",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub resource_management_type: Option<ResourceManagementType>,
    #[serde(
        rename = "schedulingStrategy",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub scheduling_strategy: Option<SchedulingStrategy>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct ListServicesResponse {
    #[serde(rename = "nextToken", default, skip_serializing_if = "Option::is_none")]
    pub next_token: Option<String>,
    #[serde(
        rename = "serviceArns",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub service_arns: Option<Vec<String>>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct ListTagsForResourceRequest {
    #[serde(rename = "resourceArn")]
    pub resource_arn: String,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct ListTagsForResourceResponse {
    #[serde(rename = "tags", default, skip_serializing_if = "Option::is_none")]
    pub tags: Option<Vec<Tag>>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct ListTaskDefinitionFamiliesRequest {
    #[serde(
        rename = "familyPrefix",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub family_prefix: Option<String>,
    #[serde(
        rename = "maxResults",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub max_results: Option<i32>,
    #[serde(rename = "nextToken", default, skip_serializing_if = "Option::is_none")]
    pub next_token: Option<String>,
    #[serde(rename = "status", default, skip_serializing_if = "Option::is_none")]
    pub status: Option<TaskDefinitionFamilyStatus>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct ListTaskDefinitionFamiliesResponse {
    #[serde(rename = "families", default, skip_serializing_if = "Option::is_none")]
    pub families: Option<Vec<String>>,
    #[serde(rename = "nextToken", default, skip_serializing_if = "Option::is_none")]
    pub next_token: Option<String>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct ListTaskDefinitionsRequest {
    #[serde(
        rename = "familyPrefix",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub family_prefix: Option<String>,
    #[serde(
        rename = "maxResults",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub max_results: Option<i32>,
    #[serde(rename = "nextToken", default, skip_serializing_if = "Option::is_none")]
    pub next_token: Option<String>,
    #[serde(rename = "sort", default, skip_serializing_if = "Option::is_none")]
    pub sort: Option<SortOrder>,
    #[serde(rename = "status", default, skip_serializing_if = "Option::is_none")]
    pub status: Option<TaskDefinitionStatus>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct ListTaskDefinitionsResponse {
    #[serde(rename = "nextToken", default, skip_serializing_if = "Option::is_none")]
    pub next_token: Option<String>,
    #[serde(
        rename = "taskDefinitionArns",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub task_definition_arns: Option<Vec<String>>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct ListTasksRequest {
    #[serde(rename = "cluster", default, skip_serializing_if = "Option::is_none")]
    pub cluster: Option<String>,
    #[serde(
        rename = "containerInstance",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub container_instance: Option<String>,
    #[serde(
        rename = "daemonName",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub daemon_name: Option<String>,
    #[serde(
        rename = "desiredStatus",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub desired_status: Option<DesiredStatus>,
    #[serde(rename = "family", default, skip_serializing_if = "Option::is_none")]
    pub family: Option<String>,
    #[serde(
        rename = "launchType",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub launch_type: Option<LaunchType>,
    #[serde(
        rename = "maxResults",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub max_results: Option<i32>,
    #[serde(rename = "nextToken", default, skip_serializing_if = "Option::is_none")]
    pub next_token: Option<String>,
    #[serde(
        rename = "serviceName",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub service_name: Option<String>,
    #[serde(rename = "startedBy", default, skip_serializing_if = "Option::is_none")]
    pub started_by: Option<String>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct ListTasksResponse {
    #[serde(rename = "nextToken", default, skip_serializing_if = "Option::is_none")]
    pub next_token: Option<String>,
    #[serde(rename = "taskArns", default, skip_serializing_if = "Option::is_none")]
    pub task_arns: Option<Vec<String>>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct LoadBalancer {
    #[serde(
        rename = "advancedConfiguration",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub advanced_configuration: Option<AdvancedConfiguration>,
    #[serde(
        rename = "containerName",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub container_name: Option<String>,
    #[serde(
        rename = "containerPort",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub container_port: Option<i32>,
    #[serde(
        rename = "loadBalancerName",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub load_balancer_name: Option<String>,
    #[serde(
        rename = "targetGroupArn",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub target_group_arn: Option<String>,
}

#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Default, Serialize, Deserialize,
)]
pub enum LocalStorage {
    #[default]
    #[serde(rename = "included")]
    Included,
    #[serde(rename = "required")]
    Required,
    #[serde(rename = "excluded")]
    Excluded,
}

impl LocalStorage {
    pub const ALL: [LocalStorage; 3] = [
        LocalStorage::Included,
        LocalStorage::Required,
        LocalStorage::Excluded,
    ];

    pub const fn as_str(self) -> &'static str {
        match self {
            LocalStorage::Included => "included",
            LocalStorage::Required => "required",
            LocalStorage::Excluded => "excluded",
        }
    }

    pub fn parse(value: &str) -> Option<Self> {
        match value {
            "included" => Some(LocalStorage::Included),
            "required" => Some(LocalStorage::Required),
            "excluded" => Some(LocalStorage::Excluded),
            _ => None,
        }
    }
}

impl std::fmt::Display for LocalStorage {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Default, Serialize, Deserialize,
)]
pub enum LocalStorageType {
    #[default]
    #[serde(rename = "hdd")]
    Hdd,
    #[serde(rename = "ssd")]
    Ssd,
}

impl LocalStorageType {
    pub const ALL: [LocalStorageType; 2] = [LocalStorageType::Hdd, LocalStorageType::Ssd];

    pub const fn as_str(self) -> &'static str {
        match self {
            LocalStorageType::Hdd => "hdd",
            LocalStorageType::Ssd => "ssd",
        }
    }

    pub fn parse(value: &str) -> Option<Self> {
        match value {
            "hdd" => Some(LocalStorageType::Hdd),
            "ssd" => Some(LocalStorageType::Ssd),
            _ => None,
        }
    }
}

impl std::fmt::Display for LocalStorageType {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct LogConfiguration {
    #[serde(rename = "logDriver")]
    pub log_driver: LogDriver,
    #[serde(rename = "options", default, skip_serializing_if = "Option::is_none")]
    pub options: Option<BTreeMap<String, String>>,
    #[serde(
        rename = "secretOptions",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub secret_options: Option<Vec<Secret>>,
}

#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Default, Serialize, Deserialize,
)]
pub enum LogDriver {
    #[default]
    #[serde(rename = "json-file")]
    JsonFile,
    #[serde(rename = "syslog")]
    Syslog,
    #[serde(rename = "journald")]
    Journald,
    #[serde(rename = "gelf")]
    Gelf,
    #[serde(rename = "fluentd")]
    Fluentd,
    #[serde(rename = "awslogs")]
    Awslogs,
    #[serde(rename = "splunk")]
    Splunk,
    #[serde(rename = "awsfirelens")]
    Awsfirelens,
}

impl LogDriver {
    pub const ALL: [LogDriver; 8] = [
        LogDriver::JsonFile,
        LogDriver::Syslog,
        LogDriver::Journald,
        LogDriver::Gelf,
        LogDriver::Fluentd,
        LogDriver::Awslogs,
        LogDriver::Splunk,
        LogDriver::Awsfirelens,
    ];

    pub const fn as_str(self) -> &'static str {
        match self {
            LogDriver::JsonFile => "json-file",
            LogDriver::Syslog => "syslog",
            LogDriver::Journald => "journald",
            LogDriver::Gelf => "gelf",
            LogDriver::Fluentd => "fluentd",
            LogDriver::Awslogs => "awslogs",
            LogDriver::Splunk => "splunk",
            LogDriver::Awsfirelens => "awsfirelens",
        }
    }

    pub fn parse(value: &str) -> Option<Self> {
        match value {
            "json-file" => Some(LogDriver::JsonFile),
            "syslog" => Some(LogDriver::Syslog),
            "journald" => Some(LogDriver::Journald),
            "gelf" => Some(LogDriver::Gelf),
            "fluentd" => Some(LogDriver::Fluentd),
            "awslogs" => Some(LogDriver::Awslogs),
            "splunk" => Some(LogDriver::Splunk),
            "awsfirelens" => Some(LogDriver::Awsfirelens),
            _ => None,
        }
    }
}

impl std::fmt::Display for LogDriver {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct LogDriverVolumeConfiguration {
    #[serde(rename = "driver")]
    pub driver: LogDriver,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct ManagedAgent {
    #[serde(
        rename = "lastStartedAt",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub last_started_at: Option<Timestamp>,
    #[serde(
        rename = "lastStatus",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub last_status: Option<String>,
    #[serde(rename = "name", default, skip_serializing_if = "Option::is_none")]
    pub name: Option<ManagedAgentName>,
    #[serde(rename = "reason", default, skip_serializing_if = "Option::is_none")]
    pub reason: Option<String>,
}

#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Default, Serialize, Deserialize,
)]
pub enum ManagedAgentName {
    #[default]
    #[serde(rename = "ExecuteCommandAgent")]
    ExecuteCommandAgent,
}

impl ManagedAgentName {
    pub const ALL: [ManagedAgentName; 1] = [ManagedAgentName::ExecuteCommandAgent];

    pub const fn as_str(self) -> &'static str {
        match self {
            ManagedAgentName::ExecuteCommandAgent => "ExecuteCommandAgent",
        }
    }

    pub fn parse(value: &str) -> Option<Self> {
        match value {
            "ExecuteCommandAgent" => Some(ManagedAgentName::ExecuteCommandAgent),
            _ => None,
        }
    }
}

impl std::fmt::Display for ManagedAgentName {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct ManagedAgentStateChange {
    #[serde(rename = "containerName")]
    pub container_name: String,
    #[serde(rename = "managedAgentName")]
    pub managed_agent_name: ManagedAgentName,
    #[serde(rename = "reason", default, skip_serializing_if = "Option::is_none")]
    pub reason: Option<String>,
    #[serde(rename = "status")]
    pub status: String,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct ManagedApplicationAutoScalingPolicy {
    #[serde(rename = "arn", default, skip_serializing_if = "Option::is_none")]
    pub arn: Option<String>,
    #[serde(rename = "metric")]
    pub metric: String,
    #[serde(rename = "policyType")]
    pub policy_type: String,
    #[serde(rename = "status")]
    pub status: ManagedResourceStatus,
    #[serde(
        rename = "statusReason",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub status_reason: Option<String>,
    #[serde(rename = "targetValue", default)]
    pub target_value: f64,
    #[serde(rename = "updatedAt")]
    pub updated_at: Timestamp,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct ManagedAutoScaling {
    #[serde(
        rename = "applicationAutoScalingPolicies",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub application_auto_scaling_policies: Option<Vec<ManagedApplicationAutoScalingPolicy>>,
    #[serde(
        rename = "scalableTarget",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub scalable_target: Option<ManagedScalableTarget>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct ManagedCertificate {
    #[serde(rename = "arn", default, skip_serializing_if = "Option::is_none")]
    pub arn: Option<String>,
    #[serde(rename = "domainName")]
    pub domain_name: String,
    #[serde(rename = "status")]
    pub status: ManagedResourceStatus,
    #[serde(
        rename = "statusReason",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub status_reason: Option<String>,
    #[serde(rename = "updatedAt")]
    pub updated_at: Timestamp,
}

#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Default, Serialize, Deserialize,
)]
pub enum ManagedDraining {
    #[default]
    #[serde(rename = "ENABLED")]
    Enabled,
    #[serde(rename = "DISABLED")]
    Disabled,
}

impl ManagedDraining {
    pub const ALL: [ManagedDraining; 2] = [ManagedDraining::Enabled, ManagedDraining::Disabled];

    pub const fn as_str(self) -> &'static str {
        match self {
            ManagedDraining::Enabled => "ENABLED",
            ManagedDraining::Disabled => "DISABLED",
        }
    }

    pub fn parse(value: &str) -> Option<Self> {
        match value {
            "ENABLED" => Some(ManagedDraining::Enabled),
            "DISABLED" => Some(ManagedDraining::Disabled),
            _ => None,
        }
    }
}

impl std::fmt::Display for ManagedDraining {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct ManagedIngressPath {
    #[serde(rename = "accessType")]
    pub access_type: AccessType,
    #[serde(
        rename = "certificate",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub certificate: Option<ManagedCertificate>,
    #[serde(rename = "endpoint")]
    pub endpoint: String,
    #[serde(rename = "listener", default, skip_serializing_if = "Option::is_none")]
    pub listener: Option<ManagedListener>,
    #[serde(
        rename = "loadBalancer",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub load_balancer: Option<ManagedLoadBalancer>,
    #[serde(
        rename = "loadBalancerSecurityGroups",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub load_balancer_security_groups: Option<Vec<ManagedSecurityGroup>>,
    #[serde(rename = "rule", default, skip_serializing_if = "Option::is_none")]
    pub rule: Option<ManagedListenerRule>,
    #[serde(
        rename = "targetGroups",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub target_groups: Option<Vec<ManagedTargetGroup>>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct ManagedInstancesLocalStorageConfiguration {
    #[serde(rename = "useLocalStorage", default)]
    pub use_local_storage: bool,
}

#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Default, Serialize, Deserialize,
)]
pub enum ManagedInstancesMonitoringOptions {
    #[default]
    #[serde(rename = "BASIC")]
    Basic,
    #[serde(rename = "DETAILED")]
    Detailed,
}

impl ManagedInstancesMonitoringOptions {
    pub const ALL: [ManagedInstancesMonitoringOptions; 2] = [
        ManagedInstancesMonitoringOptions::Basic,
        ManagedInstancesMonitoringOptions::Detailed,
    ];

    pub const fn as_str(self) -> &'static str {
        match self {
            ManagedInstancesMonitoringOptions::Basic => "BASIC",
            ManagedInstancesMonitoringOptions::Detailed => "DETAILED",
        }
    }

    pub fn parse(value: &str) -> Option<Self> {
        match value {
            "BASIC" => Some(ManagedInstancesMonitoringOptions::Basic),
            "DETAILED" => Some(ManagedInstancesMonitoringOptions::Detailed),
            _ => None,
        }
    }
}

impl std::fmt::Display for ManagedInstancesMonitoringOptions {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct ManagedInstancesNetworkConfiguration {
    #[serde(
        rename = "securityGroups",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub security_groups: Option<Vec<String>>,
    #[serde(rename = "subnets", default, skip_serializing_if = "Option::is_none")]
    pub subnets: Option<Vec<String>>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct ManagedInstancesProvider {
    #[serde(
        rename = "autoRepairConfiguration",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub auto_repair_configuration: Option<AutoRepairConfiguration>,
    #[serde(
        rename = "infrastructureOptimization",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub infrastructure_optimization: Option<InfrastructureOptimization>,
    #[serde(
        rename = "infrastructureRoleArn",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub infrastructure_role_arn: Option<String>,
    #[serde(
        rename = "instanceLaunchTemplate",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub instance_launch_template: Option<InstanceLaunchTemplate>,
    #[serde(
        rename = "propagateTags",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub propagate_tags: Option<PropagateMITags>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct ManagedInstancesStorageConfiguration {
    #[serde(
        rename = "storageSizeGiB",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub storage_size_gib: Option<i32>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct ManagedListener {
    #[serde(rename = "arn", default, skip_serializing_if = "Option::is_none")]
    pub arn: Option<String>,
    #[serde(rename = "status")]
    pub status: ManagedResourceStatus,
    #[serde(
        rename = "statusReason",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub status_reason: Option<String>,
    #[serde(rename = "updatedAt")]
    pub updated_at: Timestamp,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct ManagedListenerRule {
    #[serde(rename = "arn", default, skip_serializing_if = "Option::is_none")]
    pub arn: Option<String>,
    #[serde(rename = "status")]
    pub status: ManagedResourceStatus,
    #[serde(
        rename = "statusReason",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub status_reason: Option<String>,
    #[serde(rename = "updatedAt")]
    pub updated_at: Timestamp,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct ManagedLoadBalancer {
    #[serde(rename = "arn", default, skip_serializing_if = "Option::is_none")]
    pub arn: Option<String>,
    #[serde(rename = "scheme")]
    pub scheme: String,
    #[serde(
        rename = "securityGroupIds",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub security_group_ids: Option<Vec<String>>,
    #[serde(rename = "status")]
    pub status: ManagedResourceStatus,
    #[serde(
        rename = "statusReason",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub status_reason: Option<String>,
    #[serde(rename = "subnetIds", default, skip_serializing_if = "Option::is_none")]
    pub subnet_ids: Option<Vec<String>>,
    #[serde(rename = "updatedAt")]
    pub updated_at: Timestamp,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct ManagedLogGroup {
    #[serde(rename = "arn", default, skip_serializing_if = "Option::is_none")]
    pub arn: Option<String>,
    #[serde(rename = "logGroupName")]
    pub log_group_name: String,
    #[serde(rename = "status")]
    pub status: ManagedResourceStatus,
    #[serde(
        rename = "statusReason",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub status_reason: Option<String>,
    #[serde(rename = "updatedAt")]
    pub updated_at: Timestamp,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct ManagedMetricAlarm {
    #[serde(rename = "arn", default, skip_serializing_if = "Option::is_none")]
    pub arn: Option<String>,
    #[serde(rename = "status")]
    pub status: ManagedResourceStatus,
    #[serde(
        rename = "statusReason",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub status_reason: Option<String>,
    #[serde(rename = "updatedAt")]
    pub updated_at: Timestamp,
}

#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Default, Serialize, Deserialize,
)]
pub enum ManagedResourceStatus {
    #[default]
    #[serde(rename = "PROVISIONING")]
    Provisioning,
    #[serde(rename = "ACTIVE")]
    Active,
    #[serde(rename = "DEPROVISIONING")]
    Deprovisioning,
    #[serde(rename = "DELETED")]
    Deleted,
    #[serde(rename = "FAILED")]
    Failed,
}

impl ManagedResourceStatus {
    pub const ALL: [ManagedResourceStatus; 5] = [
        ManagedResourceStatus::Provisioning,
        ManagedResourceStatus::Active,
        ManagedResourceStatus::Deprovisioning,
        ManagedResourceStatus::Deleted,
        ManagedResourceStatus::Failed,
    ];

    pub const fn as_str(self) -> &'static str {
        match self {
            ManagedResourceStatus::Provisioning => "PROVISIONING",
            ManagedResourceStatus::Active => "ACTIVE",
            ManagedResourceStatus::Deprovisioning => "DEPROVISIONING",
            ManagedResourceStatus::Deleted => "DELETED",
            ManagedResourceStatus::Failed => "FAILED",
        }
    }

    pub fn parse(value: &str) -> Option<Self> {
        match value {
            "PROVISIONING" => Some(ManagedResourceStatus::Provisioning),
            "ACTIVE" => Some(ManagedResourceStatus::Active),
            "DEPROVISIONING" => Some(ManagedResourceStatus::Deprovisioning),
            "DELETED" => Some(ManagedResourceStatus::Deleted),
            "FAILED" => Some(ManagedResourceStatus::Failed),
            _ => None,
        }
    }
}

impl std::fmt::Display for ManagedResourceStatus {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct ManagedScalableTarget {
    #[serde(rename = "arn", default, skip_serializing_if = "Option::is_none")]
    pub arn: Option<String>,
    #[serde(rename = "maxCapacity", default)]
    pub max_capacity: i32,
    #[serde(rename = "minCapacity", default)]
    pub min_capacity: i32,
    #[serde(rename = "status")]
    pub status: ManagedResourceStatus,
    #[serde(
        rename = "statusReason",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub status_reason: Option<String>,
    #[serde(rename = "updatedAt")]
    pub updated_at: Timestamp,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct ManagedScaling {
    #[serde(
        rename = "instanceWarmupPeriod",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub instance_warmup_period: Option<i32>,
    #[serde(
        rename = "maximumScalingStepSize",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub maximum_scaling_step_size: Option<i32>,
    #[serde(
        rename = "minimumScalingStepSize",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub minimum_scaling_step_size: Option<i32>,
    #[serde(rename = "status", default, skip_serializing_if = "Option::is_none")]
    pub status: Option<ManagedScalingStatus>,
    #[serde(
        rename = "targetCapacity",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub target_capacity: Option<i32>,
}

#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Default, Serialize, Deserialize,
)]
pub enum ManagedScalingStatus {
    #[default]
    #[serde(rename = "ENABLED")]
    Enabled,
    #[serde(rename = "DISABLED")]
    Disabled,
}

impl ManagedScalingStatus {
    pub const ALL: [ManagedScalingStatus; 2] = [
        ManagedScalingStatus::Enabled,
        ManagedScalingStatus::Disabled,
    ];

    pub const fn as_str(self) -> &'static str {
        match self {
            ManagedScalingStatus::Enabled => "ENABLED",
            ManagedScalingStatus::Disabled => "DISABLED",
        }
    }

    pub fn parse(value: &str) -> Option<Self> {
        match value {
            "ENABLED" => Some(ManagedScalingStatus::Enabled),
            "DISABLED" => Some(ManagedScalingStatus::Disabled),
            _ => None,
        }
    }
}

impl std::fmt::Display for ManagedScalingStatus {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct ManagedSecurityGroup {
    #[serde(rename = "arn", default, skip_serializing_if = "Option::is_none")]
    pub arn: Option<String>,
    #[serde(rename = "status")]
    pub status: ManagedResourceStatus,
    #[serde(
        rename = "statusReason",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub status_reason: Option<String>,
    #[serde(rename = "updatedAt")]
    pub updated_at: Timestamp,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct ManagedStorageConfiguration {
    #[serde(
        rename = "fargateEphemeralStorageKmsKeyId",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub fargate_ephemeral_storage_kms_key_id: Option<String>,
    #[serde(rename = "kmsKeyId", default, skip_serializing_if = "Option::is_none")]
    pub kms_key_id: Option<String>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct ManagedTargetGroup {
    #[serde(rename = "arn", default, skip_serializing_if = "Option::is_none")]
    pub arn: Option<String>,
    #[serde(rename = "healthCheckPath")]
    pub health_check_path: String,
    #[serde(rename = "healthCheckPort", default)]
    pub health_check_port: i32,
    #[serde(rename = "port", default)]
    pub port: i32,
    #[serde(rename = "status")]
    pub status: ManagedResourceStatus,
    #[serde(
        rename = "statusReason",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub status_reason: Option<String>,
    #[serde(rename = "updatedAt")]
    pub updated_at: Timestamp,
}

#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Default, Serialize, Deserialize,
)]
pub enum ManagedTerminationProtection {
    #[default]
    #[serde(rename = "ENABLED")]
    Enabled,
    #[serde(rename = "DISABLED")]
    Disabled,
}

impl ManagedTerminationProtection {
    pub const ALL: [ManagedTerminationProtection; 2] = [
        ManagedTerminationProtection::Enabled,
        ManagedTerminationProtection::Disabled,
    ];

    pub const fn as_str(self) -> &'static str {
        match self {
            ManagedTerminationProtection::Enabled => "ENABLED",
            ManagedTerminationProtection::Disabled => "DISABLED",
        }
    }

    pub fn parse(value: &str) -> Option<Self> {
        match value {
            "ENABLED" => Some(ManagedTerminationProtection::Enabled),
            "DISABLED" => Some(ManagedTerminationProtection::Disabled),
            _ => None,
        }
    }
}

impl std::fmt::Display for ManagedTerminationProtection {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct MemoryGiBPerVCpuRequest {
    #[serde(rename = "max", default, skip_serializing_if = "Option::is_none")]
    pub max: Option<f64>,
    #[serde(rename = "min", default, skip_serializing_if = "Option::is_none")]
    pub min: Option<f64>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct MemoryMiBRequest {
    #[serde(rename = "max", default, skip_serializing_if = "Option::is_none")]
    pub max: Option<i32>,
    #[serde(rename = "min")]
    pub min: i32,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct MetricConfiguration {
    #[serde(rename = "metricNames")]
    pub metric_names: Vec<String>,
    #[serde(rename = "resolutionSeconds")]
    pub resolution_seconds: i32,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct MonitoringConfiguration {
    #[serde(
        rename = "metricConfigurations",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub metric_configurations: Option<Vec<MetricConfiguration>>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct MountPoint {
    #[serde(
        rename = "containerPath",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub container_path: Option<String>,
    #[serde(rename = "readOnly", default, skip_serializing_if = "Option::is_none")]
    pub read_only: Option<bool>,
    #[serde(
        rename = "sourceVolume",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub source_volume: Option<String>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct NetworkBandwidthGbpsRequest {
    #[serde(rename = "max", default, skip_serializing_if = "Option::is_none")]
    pub max: Option<f64>,
    #[serde(rename = "min", default, skip_serializing_if = "Option::is_none")]
    pub min: Option<f64>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct NetworkBinding {
    #[serde(rename = "bindIP", default, skip_serializing_if = "Option::is_none")]
    pub bind_ip: Option<String>,
    #[serde(
        rename = "containerPort",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub container_port: Option<i32>,
    #[serde(
        rename = "containerPortRange",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub container_port_range: Option<String>,
    #[serde(rename = "hostPort", default, skip_serializing_if = "Option::is_none")]
    pub host_port: Option<i32>,
    #[serde(
        rename = "hostPortRange",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub host_port_range: Option<String>,
    #[serde(rename = "protocol", default, skip_serializing_if = "Option::is_none")]
    pub protocol: Option<TransportProtocol>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct NetworkConfiguration {
    #[serde(
        rename = "awsvpcConfiguration",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub awsvpc_configuration: Option<AwsVpcConfiguration>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct NetworkInterface {
    #[serde(
        rename = "attachmentId",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub attachment_id: Option<String>,
    #[serde(
        rename = "ipv6Address",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub ipv6_address: Option<String>,
    #[serde(
        rename = "privateIpv4Address",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub private_ipv4_address: Option<String>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct NetworkInterfaceCountRequest {
    #[serde(rename = "max", default, skip_serializing_if = "Option::is_none")]
    pub max: Option<i32>,
    #[serde(rename = "min", default, skip_serializing_if = "Option::is_none")]
    pub min: Option<i32>,
}

#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Default, Serialize, Deserialize,
)]
pub enum NetworkMode {
    #[default]
    #[serde(rename = "bridge")]
    Bridge,
    #[serde(rename = "host")]
    Host,
    #[serde(rename = "awsvpc")]
    Awsvpc,
    #[serde(rename = "none")]
    None,
}

impl NetworkMode {
    pub const ALL: [NetworkMode; 4] = [
        NetworkMode::Bridge,
        NetworkMode::Host,
        NetworkMode::Awsvpc,
        NetworkMode::None,
    ];

    pub const fn as_str(self) -> &'static str {
        match self {
            NetworkMode::Bridge => "bridge",
            NetworkMode::Host => "host",
            NetworkMode::Awsvpc => "awsvpc",
            NetworkMode::None => "none",
        }
    }

    pub fn parse(value: &str) -> Option<Self> {
        match value {
            "bridge" => Some(NetworkMode::Bridge),
            "host" => Some(NetworkMode::Host),
            "awsvpc" => Some(NetworkMode::Awsvpc),
            "none" => Some(NetworkMode::None),
            _ => None,
        }
    }
}

impl std::fmt::Display for NetworkMode {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct NvidiaMpsAllocation {
    #[serde(
        rename = "maxComputePercent",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub max_compute_percent: Option<i32>,
    #[serde(rename = "memory")]
    pub memory: i32,
}

#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Default, Serialize, Deserialize,
)]
pub enum OSFamily {
    #[default]
    #[serde(rename = "WINDOWS_SERVER_2019_FULL")]
    WindowsServer2019Full,
    #[serde(rename = "WINDOWS_SERVER_2019_CORE")]
    WindowsServer2019Core,
    #[serde(rename = "WINDOWS_SERVER_2016_FULL")]
    WindowsServer2016Full,
    #[serde(rename = "WINDOWS_SERVER_2004_CORE")]
    WindowsServer2004Core,
    #[serde(rename = "WINDOWS_SERVER_2022_CORE")]
    WindowsServer2022Core,
    #[serde(rename = "WINDOWS_SERVER_2022_FULL")]
    WindowsServer2022Full,
    #[serde(rename = "WINDOWS_SERVER_2025_CORE")]
    WindowsServer2025Core,
    #[serde(rename = "WINDOWS_SERVER_2025_FULL")]
    WindowsServer2025Full,
    #[serde(rename = "WINDOWS_SERVER_20H2_CORE")]
    WindowsServer20h2Core,
    #[serde(rename = "LINUX")]
    Linux,
}

impl OSFamily {
    pub const ALL: [OSFamily; 10] = [
        OSFamily::WindowsServer2019Full,
        OSFamily::WindowsServer2019Core,
        OSFamily::WindowsServer2016Full,
        OSFamily::WindowsServer2004Core,
        OSFamily::WindowsServer2022Core,
        OSFamily::WindowsServer2022Full,
        OSFamily::WindowsServer2025Core,
        OSFamily::WindowsServer2025Full,
        OSFamily::WindowsServer20h2Core,
        OSFamily::Linux,
    ];

    pub const fn as_str(self) -> &'static str {
        match self {
            OSFamily::WindowsServer2019Full => "WINDOWS_SERVER_2019_FULL",
            OSFamily::WindowsServer2019Core => "WINDOWS_SERVER_2019_CORE",
            OSFamily::WindowsServer2016Full => "WINDOWS_SERVER_2016_FULL",
            OSFamily::WindowsServer2004Core => "WINDOWS_SERVER_2004_CORE",
            OSFamily::WindowsServer2022Core => "WINDOWS_SERVER_2022_CORE",
            OSFamily::WindowsServer2022Full => "WINDOWS_SERVER_2022_FULL",
            OSFamily::WindowsServer2025Core => "WINDOWS_SERVER_2025_CORE",
            OSFamily::WindowsServer2025Full => "WINDOWS_SERVER_2025_FULL",
            OSFamily::WindowsServer20h2Core => "WINDOWS_SERVER_20H2_CORE",
            OSFamily::Linux => "LINUX",
        }
    }

    pub fn parse(value: &str) -> Option<Self> {
        match value {
            "WINDOWS_SERVER_2019_FULL" => Some(OSFamily::WindowsServer2019Full),
            "WINDOWS_SERVER_2019_CORE" => Some(OSFamily::WindowsServer2019Core),
            "WINDOWS_SERVER_2016_FULL" => Some(OSFamily::WindowsServer2016Full),
            "WINDOWS_SERVER_2004_CORE" => Some(OSFamily::WindowsServer2004Core),
            "WINDOWS_SERVER_2022_CORE" => Some(OSFamily::WindowsServer2022Core),
            "WINDOWS_SERVER_2022_FULL" => Some(OSFamily::WindowsServer2022Full),
            "WINDOWS_SERVER_2025_CORE" => Some(OSFamily::WindowsServer2025Core),
            "WINDOWS_SERVER_2025_FULL" => Some(OSFamily::WindowsServer2025Full),
            "WINDOWS_SERVER_20H2_CORE" => Some(OSFamily::WindowsServer20h2Core),
            "LINUX" => Some(OSFamily::Linux),
            _ => None,
        }
    }
}

impl std::fmt::Display for OSFamily {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Default, Serialize, Deserialize,
)]
pub enum PidMode {
    #[default]
    #[serde(rename = "host")]
    Host,
    #[serde(rename = "task")]
    Task,
}

impl PidMode {
    pub const ALL: [PidMode; 2] = [PidMode::Host, PidMode::Task];

    pub const fn as_str(self) -> &'static str {
        match self {
            PidMode::Host => "host",
            PidMode::Task => "task",
        }
    }

    pub fn parse(value: &str) -> Option<Self> {
        match value {
            "host" => Some(PidMode::Host),
            "task" => Some(PidMode::Task),
            _ => None,
        }
    }
}

impl std::fmt::Display for PidMode {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct PlacementConstraint {
    #[serde(
        rename = "expression",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub expression: Option<String>,
    #[serde(rename = "type", default, skip_serializing_if = "Option::is_none")]
    pub r#type: Option<PlacementConstraintType>,
}

#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Default, Serialize, Deserialize,
)]
pub enum PlacementConstraintType {
    #[default]
    #[serde(rename = "distinctInstance")]
    DistinctInstance,
    #[serde(rename = "memberOf")]
    MemberOf,
}

impl PlacementConstraintType {
    pub const ALL: [PlacementConstraintType; 2] = [
        PlacementConstraintType::DistinctInstance,
        PlacementConstraintType::MemberOf,
    ];

    pub const fn as_str(self) -> &'static str {
        match self {
            PlacementConstraintType::DistinctInstance => "distinctInstance",
            PlacementConstraintType::MemberOf => "memberOf",
        }
    }

    pub fn parse(value: &str) -> Option<Self> {
        match value {
            "distinctInstance" => Some(PlacementConstraintType::DistinctInstance),
            "memberOf" => Some(PlacementConstraintType::MemberOf),
            _ => None,
        }
    }
}

impl std::fmt::Display for PlacementConstraintType {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct PlacementStrategy {
    #[serde(rename = "field", default, skip_serializing_if = "Option::is_none")]
    pub field: Option<String>,
    #[serde(rename = "type", default, skip_serializing_if = "Option::is_none")]
    pub r#type: Option<PlacementStrategyType>,
}

#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Default, Serialize, Deserialize,
)]
pub enum PlacementStrategyType {
    #[default]
    #[serde(rename = "random")]
    Random,
    #[serde(rename = "spread")]
    Spread,
    #[serde(rename = "binpack")]
    Binpack,
}

impl PlacementStrategyType {
    pub const ALL: [PlacementStrategyType; 3] = [
        PlacementStrategyType::Random,
        PlacementStrategyType::Spread,
        PlacementStrategyType::Binpack,
    ];

    pub const fn as_str(self) -> &'static str {
        match self {
            PlacementStrategyType::Random => "random",
            PlacementStrategyType::Spread => "spread",
            PlacementStrategyType::Binpack => "binpack",
        }
    }

    pub fn parse(value: &str) -> Option<Self> {
        match value {
            "random" => Some(PlacementStrategyType::Random),
            "spread" => Some(PlacementStrategyType::Spread),
            "binpack" => Some(PlacementStrategyType::Binpack),
            _ => None,
        }
    }
}

impl std::fmt::Display for PlacementStrategyType {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct PlatformDevice {
    #[serde(rename = "id")]
    pub id: String,
    #[serde(rename = "type")]
    pub r#type: PlatformDeviceType,
}

#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Default, Serialize, Deserialize,
)]
pub enum PlatformDeviceType {
    #[default]
    #[serde(rename = "GPU")]
    Gpu,
    #[serde(rename = "NEURON_DEVICE")]
    NeuronDevice,
}

impl PlatformDeviceType {
    pub const ALL: [PlatformDeviceType; 2] =
        [PlatformDeviceType::Gpu, PlatformDeviceType::NeuronDevice];

    pub const fn as_str(self) -> &'static str {
        match self {
            PlatformDeviceType::Gpu => "GPU",
            PlatformDeviceType::NeuronDevice => "NEURON_DEVICE",
        }
    }

    pub fn parse(value: &str) -> Option<Self> {
        match value {
            "GPU" => Some(PlatformDeviceType::Gpu),
            "NEURON_DEVICE" => Some(PlatformDeviceType::NeuronDevice),
            _ => None,
        }
    }
}

impl std::fmt::Display for PlatformDeviceType {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct PortMapping {
    #[serde(
        rename = "appProtocol",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub app_protocol: Option<ApplicationProtocol>,
    #[serde(
        rename = "containerPort",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub container_port: Option<i32>,
    #[serde(
        rename = "containerPortRange",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub container_port_range: Option<String>,
    #[serde(rename = "hostPort", default, skip_serializing_if = "Option::is_none")]
    pub host_port: Option<i32>,
    #[serde(rename = "name", default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    #[serde(rename = "protocol", default, skip_serializing_if = "Option::is_none")]
    pub protocol: Option<TransportProtocol>,
}

#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Default, Serialize, Deserialize,
)]
pub enum PropagateGatewayTags {
    #[default]
    #[serde(rename = "NONE")]
    None,
    #[serde(rename = "GATEWAY")]
    Gateway,
}

impl PropagateGatewayTags {
    pub const ALL: [PropagateGatewayTags; 2] =
        [PropagateGatewayTags::None, PropagateGatewayTags::Gateway];

    pub const fn as_str(self) -> &'static str {
        match self {
            PropagateGatewayTags::None => "NONE",
            PropagateGatewayTags::Gateway => "GATEWAY",
        }
    }

    pub fn parse(value: &str) -> Option<Self> {
        match value {
            "NONE" => Some(PropagateGatewayTags::None),
            "GATEWAY" => Some(PropagateGatewayTags::Gateway),
            _ => None,
        }
    }
}

impl std::fmt::Display for PropagateGatewayTags {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Default, Serialize, Deserialize,
)]
pub enum PropagateMITags {
    #[default]
    #[serde(rename = "CAPACITY_PROVIDER")]
    CapacityProvider,
    #[serde(rename = "NONE")]
    None,
}

impl PropagateMITags {
    pub const ALL: [PropagateMITags; 2] =
        [PropagateMITags::CapacityProvider, PropagateMITags::None];

    pub const fn as_str(self) -> &'static str {
        match self {
            PropagateMITags::CapacityProvider => "CAPACITY_PROVIDER",
            PropagateMITags::None => "NONE",
        }
    }

    pub fn parse(value: &str) -> Option<Self> {
        match value {
            "CAPACITY_PROVIDER" => Some(PropagateMITags::CapacityProvider),
            "NONE" => Some(PropagateMITags::None),
            _ => None,
        }
    }
}

impl std::fmt::Display for PropagateMITags {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Default, Serialize, Deserialize,
)]
pub enum PropagateTags {
    #[default]
    #[serde(rename = "TASK_DEFINITION")]
    TaskDefinition,
    #[serde(rename = "SERVICE")]
    Service,
    #[serde(rename = "NONE")]
    None,
}

impl PropagateTags {
    pub const ALL: [PropagateTags; 3] = [
        PropagateTags::TaskDefinition,
        PropagateTags::Service,
        PropagateTags::None,
    ];

    pub const fn as_str(self) -> &'static str {
        match self {
            PropagateTags::TaskDefinition => "TASK_DEFINITION",
            PropagateTags::Service => "SERVICE",
            PropagateTags::None => "NONE",
        }
    }

    pub fn parse(value: &str) -> Option<Self> {
        match value {
            "TASK_DEFINITION" => Some(PropagateTags::TaskDefinition),
            "SERVICE" => Some(PropagateTags::Service),
            "NONE" => Some(PropagateTags::None),
            _ => None,
        }
    }
}

impl std::fmt::Display for PropagateTags {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct ProtectedTask {
    #[serde(
        rename = "expirationDate",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub expiration_date: Option<Timestamp>,
    #[serde(rename = "protectionEnabled", default)]
    pub protection_enabled: bool,
    #[serde(rename = "taskArn", default, skip_serializing_if = "Option::is_none")]
    pub task_arn: Option<String>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct ProxyConfiguration {
    #[serde(rename = "containerName")]
    pub container_name: String,
    #[serde(
        rename = "properties",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub properties: Option<Vec<KeyValuePair>>,
    #[serde(rename = "type", default, skip_serializing_if = "Option::is_none")]
    pub r#type: Option<ProxyConfigurationType>,
}

#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Default, Serialize, Deserialize,
)]
pub enum ProxyConfigurationType {
    #[default]
    #[serde(rename = "APPMESH")]
    Appmesh,
}

impl ProxyConfigurationType {
    pub const ALL: [ProxyConfigurationType; 1] = [ProxyConfigurationType::Appmesh];

    pub const fn as_str(self) -> &'static str {
        match self {
            ProxyConfigurationType::Appmesh => "APPMESH",
        }
    }

    pub fn parse(value: &str) -> Option<Self> {
        match value {
            "APPMESH" => Some(ProxyConfigurationType::Appmesh),
            _ => None,
        }
    }
}

impl std::fmt::Display for ProxyConfigurationType {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct PutAccountSettingDefaultRequest {
    #[serde(rename = "name")]
    pub name: SettingName,
    #[serde(rename = "value")]
    pub value: String,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct PutAccountSettingDefaultResponse {
    #[serde(rename = "setting", default, skip_serializing_if = "Option::is_none")]
    pub setting: Option<Setting>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct PutAccountSettingRequest {
    #[serde(rename = "name")]
    pub name: SettingName,
    #[serde(
        rename = "principalArn",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub principal_arn: Option<String>,
    #[serde(rename = "value")]
    pub value: String,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct PutAccountSettingResponse {
    #[serde(rename = "setting", default, skip_serializing_if = "Option::is_none")]
    pub setting: Option<Setting>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct PutAttributesRequest {
    #[serde(rename = "attributes")]
    pub attributes: Vec<Attribute>,
    #[serde(rename = "cluster", default, skip_serializing_if = "Option::is_none")]
    pub cluster: Option<String>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct PutAttributesResponse {
    #[serde(
        rename = "attributes",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub attributes: Option<Vec<Attribute>>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct PutClusterCapacityProvidersRequest {
    #[serde(rename = "capacityProviders")]
    pub capacity_providers: Vec<String>,
    #[serde(rename = "cluster")]
    pub cluster: String,
    #[serde(rename = "defaultCapacityProviderStrategy")]
    pub default_capacity_provider_strategy: Vec<CapacityProviderStrategyItem>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct PutClusterCapacityProvidersResponse {
    #[serde(rename = "cluster", default, skip_serializing_if = "Option::is_none")]
    pub cluster: Option<Cluster>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct RegisterContainerInstanceRequest {
    #[serde(
        rename = "attributes",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub attributes: Option<Vec<Attribute>>,
    #[serde(rename = "cluster", default, skip_serializing_if = "Option::is_none")]
    pub cluster: Option<String>,
    #[serde(
        rename = "containerInstanceArn",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub container_instance_arn: Option<String>,
    #[serde(
        rename = "instanceIdentityDocument",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub instance_identity_document: Option<String>,
    #[serde(
        rename = "instanceIdentityDocumentSignature",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub instance_identity_document_signature: Option<String>,
    #[serde(
        rename = "platformDevices",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub platform_devices: Option<Vec<PlatformDevice>>,
    #[serde(rename = "tags", default, skip_serializing_if = "Option::is_none")]
    pub tags: Option<Vec<Tag>>,
    #[serde(
        rename = "totalResources",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub total_resources: Option<Vec<Resource>>,
    #[serde(
        rename = "versionInfo",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub version_info: Option<VersionInfo>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct RegisterContainerInstanceResponse {
    #[serde(
        rename = "containerInstance",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub container_instance: Option<ContainerInstance>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct RegisterDaemonTaskDefinitionRequest {
    #[serde(rename = "containerDefinitions")]
    pub container_definitions: Vec<DaemonContainerDefinition>,
    #[serde(rename = "cpu", default, skip_serializing_if = "Option::is_none")]
    pub cpu: Option<String>,
    #[serde(
        rename = "executionRoleArn",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub execution_role_arn: Option<String>,
    #[serde(rename = "family")]
    pub family: String,
    #[serde(rename = "ipcMode", default, skip_serializing_if = "Option::is_none")]
    pub ipc_mode: Option<DaemonIpcMode>,
    #[serde(rename = "memory", default, skip_serializing_if = "Option::is_none")]
    pub memory: Option<String>,
    #[serde(rename = "pidMode", default, skip_serializing_if = "Option::is_none")]
    pub pid_mode: Option<DaemonPidMode>,
    #[serde(rename = "tags", default, skip_serializing_if = "Option::is_none")]
    pub tags: Option<Vec<Tag>>,
    #[serde(
        rename = "taskRoleArn",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub task_role_arn: Option<String>,
    #[serde(rename = "volumes", default, skip_serializing_if = "Option::is_none")]
    pub volumes: Option<Vec<DaemonVolume>>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct RegisterDaemonTaskDefinitionResponse {
    #[serde(
        rename = "daemonTaskDefinitionArn",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub daemon_task_definition_arn: Option<String>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct RegisterTaskDefinitionRequest {
    #[serde(rename = "containerDefinitions")]
    pub container_definitions: Vec<ContainerDefinition>,
    #[serde(rename = "cpu", default, skip_serializing_if = "Option::is_none")]
    pub cpu: Option<String>,
    #[serde(
        rename = "enableFaultInjection",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub enable_fault_injection: Option<bool>,
    #[serde(
        rename = "ephemeralStorage",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub ephemeral_storage: Option<EphemeralStorage>,
    #[serde(
        rename = "executionRoleArn",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub execution_role_arn: Option<String>,
    #[serde(rename = "family")]
    pub family: String,
    #[serde(
        rename = "inferenceAccelerators",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub inference_accelerators: Option<Vec<InferenceAccelerator>>,
    #[serde(rename = "ipcMode", default, skip_serializing_if = "Option::is_none")]
    pub ipc_mode: Option<IpcMode>,
    #[serde(rename = "memory", default, skip_serializing_if = "Option::is_none")]
    pub memory: Option<String>,
    #[serde(
        rename = "networkMode",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub network_mode: Option<NetworkMode>,
    #[serde(rename = "pidMode", default, skip_serializing_if = "Option::is_none")]
    pub pid_mode: Option<PidMode>,
    #[serde(
        rename = "placementConstraints",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub placement_constraints: Option<Vec<TaskDefinitionPlacementConstraint>>,
    #[serde(
        rename = "proxyConfiguration",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub proxy_configuration: Option<ProxyConfiguration>,
    #[serde(
        rename = "requiresCompatibilities",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub requires_compatibilities: Option<Vec<Compatibility>>,
    #[serde(
        rename = "runtimePlatform",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub runtime_platform: Option<RuntimePlatform>,
    #[serde(rename = "tags", default, skip_serializing_if = "Option::is_none")]
    pub tags: Option<Vec<Tag>>,
    #[serde(
        rename = "taskRoleArn",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub task_role_arn: Option<String>,
    #[serde(
        rename = "trustedExecutionConfiguration",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub trusted_execution_configuration: Option<TrustedExecutionConfiguration>,
    #[serde(rename = "volumes", default, skip_serializing_if = "Option::is_none")]
    pub volumes: Option<Vec<Volume>>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct RegisterTaskDefinitionResponse {
    #[serde(rename = "tags", default, skip_serializing_if = "Option::is_none")]
    pub tags: Option<Vec<Tag>>,
    #[serde(
        rename = "taskDefinition",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub task_definition: Option<TaskDefinition>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct RepositoryCredentials {
    #[serde(rename = "credentialsParameter")]
    pub credentials_parameter: String,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct ResolvedConfiguration {
    #[serde(
        rename = "loadBalancers",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub load_balancers: Option<Vec<ServiceRevisionLoadBalancer>>,
    #[serde(
        rename = "vpcLatticeConfigurations",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub vpc_lattice_configurations: Option<Vec<ServiceRevisionVpcLatticeConfiguration>>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Resource {
    #[serde(rename = "doubleValue", default)]
    pub double_value: f64,
    #[serde(rename = "integerValue", default)]
    pub integer_value: i32,
    #[serde(rename = "longValue", default)]
    pub long_value: i64,
    #[serde(rename = "name", default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    #[serde(
        rename = "stringSetValue",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub string_set_value: Option<Vec<String>>,
    #[serde(rename = "type", default, skip_serializing_if = "Option::is_none")]
    pub r#type: Option<String>,
}

#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Default, Serialize, Deserialize,
)]
pub enum ResourceManagementType {
    #[default]
    #[serde(rename = "CUSTOMER")]
    Customer,
    #[serde(rename = "ECS")]
    Ecs,
}

impl ResourceManagementType {
    pub const ALL: [ResourceManagementType; 2] = [
        ResourceManagementType::Customer,
        ResourceManagementType::Ecs,
    ];

    pub const fn as_str(self) -> &'static str {
        match self {
            ResourceManagementType::Customer => "CUSTOMER",
            ResourceManagementType::Ecs => "ECS",
        }
    }

    pub fn parse(value: &str) -> Option<Self> {
        match value {
            "CUSTOMER" => Some(ResourceManagementType::Customer),
            "ECS" => Some(ResourceManagementType::Ecs),
            _ => None,
        }
    }
}

impl std::fmt::Display for ResourceManagementType {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct ResourceRequirement {
    #[serde(
        rename = "sharingStrategy",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub sharing_strategy: Option<SharingStrategy>,
    #[serde(rename = "type")]
    pub r#type: ResourceType,
    #[serde(rename = "value", default, skip_serializing_if = "Option::is_none")]
    pub value: Option<String>,
}

#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Default, Serialize, Deserialize,
)]
pub enum ResourceType {
    #[default]
    #[serde(rename = "GPU")]
    Gpu,
    #[serde(rename = "InferenceAccelerator")]
    InferenceAccelerator,
    #[serde(rename = "NeuronDevice")]
    NeuronDevice,
}

impl ResourceType {
    pub const ALL: [ResourceType; 3] = [
        ResourceType::Gpu,
        ResourceType::InferenceAccelerator,
        ResourceType::NeuronDevice,
    ];

    pub const fn as_str(self) -> &'static str {
        match self {
            ResourceType::Gpu => "GPU",
            ResourceType::InferenceAccelerator => "InferenceAccelerator",
            ResourceType::NeuronDevice => "NeuronDevice",
        }
    }

    pub fn parse(value: &str) -> Option<Self> {
        match value {
            "GPU" => Some(ResourceType::Gpu),
            "InferenceAccelerator" => Some(ResourceType::InferenceAccelerator),
            "NeuronDevice" => Some(ResourceType::NeuronDevice),
            _ => None,
        }
    }
}

impl std::fmt::Display for ResourceType {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Rollback {
    #[serde(rename = "reason", default, skip_serializing_if = "Option::is_none")]
    pub reason: Option<String>,
    #[serde(
        rename = "serviceRevisionArn",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub service_revision_arn: Option<String>,
    #[serde(rename = "startedAt", default, skip_serializing_if = "Option::is_none")]
    pub started_at: Option<Timestamp>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct RunTaskRequest {
    #[serde(
        rename = "capacityProviderStrategy",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub capacity_provider_strategy: Option<Vec<CapacityProviderStrategyItem>>,
    #[serde(
        rename = "clientToken",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub client_token: Option<String>,
    #[serde(rename = "cluster", default, skip_serializing_if = "Option::is_none")]
    pub cluster: Option<String>,
    #[serde(rename = "count", default, skip_serializing_if = "Option::is_none")]
    pub count: Option<i32>,
    #[serde(rename = "enableECSManagedTags", default)]
    pub enable_ecs_managed_tags: bool,
    #[serde(rename = "enableExecuteCommand", default)]
    pub enable_execute_command: bool,
    #[serde(rename = "group", default, skip_serializing_if = "Option::is_none")]
    pub group: Option<String>,
    #[serde(
        rename = "launchType",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub launch_type: Option<LaunchType>,
    #[serde(
        rename = "networkConfiguration",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub network_configuration: Option<NetworkConfiguration>,
    #[serde(rename = "overrides", default, skip_serializing_if = "Option::is_none")]
    pub overrides: Option<TaskOverride>,
    #[serde(
        rename = "placementConstraints",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub placement_constraints: Option<Vec<PlacementConstraint>>,
    #[serde(
        rename = "placementStrategy",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub placement_strategy: Option<Vec<PlacementStrategy>>,
    #[serde(
        rename = "platformVersion",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub platform_version: Option<String>,
    #[serde(
        rename = "propagateTags",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub propagate_tags: Option<PropagateTags>,
    #[serde(
        rename = "referenceId",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub reference_id: Option<String>,
    #[serde(rename = "startedBy", default, skip_serializing_if = "Option::is_none")]
    pub started_by: Option<String>,
    #[serde(rename = "tags", default, skip_serializing_if = "Option::is_none")]
    pub tags: Option<Vec<Tag>>,
    #[serde(rename = "taskDefinition")]
    pub task_definition: String,
    #[serde(
        rename = "volumeConfigurations",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub volume_configurations: Option<Vec<TaskVolumeConfiguration>>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct RunTaskResponse {
    #[serde(rename = "failures", default, skip_serializing_if = "Option::is_none")]
    pub failures: Option<Vec<Failure>>,
    #[serde(rename = "tasks", default, skip_serializing_if = "Option::is_none")]
    pub tasks: Option<Vec<Task>>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct RuntimePlatform {
    #[serde(
        rename = "cpuArchitecture",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub cpu_architecture: Option<CPUArchitecture>,
    #[serde(
        rename = "operatingSystemFamily",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub operating_system_family: Option<OSFamily>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct RuntimePlatformOverride {
    #[serde(
        rename = "cpuArchitecture",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub cpu_architecture: Option<String>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct S3FilesVolumeConfiguration {
    #[serde(
        rename = "accessPointArn",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub access_point_arn: Option<String>,
    #[serde(rename = "fileSystemArn")]
    pub file_system_arn: String,
    #[serde(
        rename = "rootDirectory",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub root_directory: Option<String>,
    #[serde(
        rename = "transitEncryptionPort",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub transit_encryption_port: Option<i32>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Scale {
    #[serde(rename = "unit", default, skip_serializing_if = "Option::is_none")]
    pub unit: Option<ScaleUnit>,
    #[serde(rename = "value", default)]
    pub value: f64,
}

#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Default, Serialize, Deserialize,
)]
pub enum ScaleUnit {
    #[default]
    #[serde(rename = "PERCENT")]
    Percent,
}

impl ScaleUnit {
    pub const ALL: [ScaleUnit; 1] = [ScaleUnit::Percent];

    pub const fn as_str(self) -> &'static str {
        match self {
            ScaleUnit::Percent => "PERCENT",
        }
    }

    pub fn parse(value: &str) -> Option<Self> {
        match value {
            "PERCENT" => Some(ScaleUnit::Percent),
            _ => None,
        }
    }
}

impl std::fmt::Display for ScaleUnit {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Default, Serialize, Deserialize,
)]
pub enum SchedulingStrategy {
    #[default]
    #[serde(rename = "REPLICA")]
    Replica,
    #[serde(rename = "DAEMON")]
    Daemon,
}

impl SchedulingStrategy {
    pub const ALL: [SchedulingStrategy; 2] =
        [SchedulingStrategy::Replica, SchedulingStrategy::Daemon];

    pub const fn as_str(self) -> &'static str {
        match self {
            SchedulingStrategy::Replica => "REPLICA",
            SchedulingStrategy::Daemon => "DAEMON",
        }
    }

    pub fn parse(value: &str) -> Option<Self> {
        match value {
            "REPLICA" => Some(SchedulingStrategy::Replica),
            "DAEMON" => Some(SchedulingStrategy::Daemon),
            _ => None,
        }
    }
}

impl std::fmt::Display for SchedulingStrategy {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Default, Serialize, Deserialize,
)]
pub enum Scope {
    #[default]
    #[serde(rename = "task")]
    Task,
    #[serde(rename = "shared")]
    Shared,
}

impl Scope {
    pub const ALL: [Scope; 2] = [Scope::Task, Scope::Shared];

    pub const fn as_str(self) -> &'static str {
        match self {
            Scope::Task => "task",
            Scope::Shared => "shared",
        }
    }

    pub fn parse(value: &str) -> Option<Self> {
        match value {
            "task" => Some(Scope::Task),
            "shared" => Some(Scope::Shared),
            _ => None,
        }
    }
}

impl std::fmt::Display for Scope {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Secret {
    #[serde(rename = "name")]
    pub name: String,
    #[serde(rename = "valueFrom")]
    pub value_from: String,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Service {
    #[serde(
        rename = "availabilityZoneRebalancing",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub availability_zone_rebalancing: Option<AvailabilityZoneRebalancing>,
    #[serde(
        rename = "capacityProviderStrategy",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub capacity_provider_strategy: Option<Vec<CapacityProviderStrategyItem>>,
    #[serde(
        rename = "clusterArn",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub cluster_arn: Option<String>,
    #[serde(rename = "createdAt", default, skip_serializing_if = "Option::is_none")]
    pub created_at: Option<Timestamp>,
    #[serde(rename = "createdBy", default, skip_serializing_if = "Option::is_none")]
    pub created_by: Option<String>,
    #[serde(
        rename = "currentServiceDeployment",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub current_service_deployment: Option<String>,
    #[serde(
        rename = "currentServiceRevisions",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub current_service_revisions: Option<Vec<ServiceCurrentRevisionSummary>>,
    #[serde(
        rename = "deploymentConfiguration",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub deployment_configuration: Option<DeploymentConfiguration>,
    #[serde(
        rename = "deploymentController",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub deployment_controller: Option<DeploymentController>,
    #[serde(
        rename = "deployments",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub deployments: Option<Vec<Deployment>>,
    #[serde(rename = "desiredCount", default)]
    pub desired_count: i32,
    #[serde(rename = "enableECSManagedTags", default)]
    pub enable_ecs_managed_tags: bool,
    #[serde(rename = "enableExecuteCommand", default)]
    pub enable_execute_command: bool,
    #[serde(rename = "events", default, skip_serializing_if = "Option::is_none")]
    pub events: Option<Vec<ServiceEvent>>,
    #[serde(
        rename = "healthCheckGracePeriodSeconds",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub health_check_grace_period_seconds: Option<i32>,
    #[serde(
        rename = "launchType",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub launch_type: Option<LaunchType>,
    #[serde(
        rename = "loadBalancers",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub load_balancers: Option<Vec<LoadBalancer>>,
    #[serde(
        rename = "networkConfiguration",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub network_configuration: Option<NetworkConfiguration>,
    #[serde(rename = "pendingCount", default)]
    pub pending_count: i32,
    #[serde(
        rename = "placementConstraints",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub placement_constraints: Option<Vec<PlacementConstraint>>,
    #[serde(
        rename = "placementStrategy",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub placement_strategy: Option<Vec<PlacementStrategy>>,
    #[serde(
        rename = "platformFamily",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub platform_family: Option<String>,
    #[serde(
        rename = "platformVersion",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub platform_version: Option<String>,
    #[serde(
        rename = "propagateTags",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub propagate_tags: Option<PropagateTags>,
    #[serde(
        rename = "resourceManagementType",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub resource_management_type: Option<ResourceManagementType>,
    #[serde(rename = "roleArn", default, skip_serializing_if = "Option::is_none")]
    pub role_arn: Option<String>,
    #[serde(rename = "runningCount", default)]
    pub running_count: i32,
    #[serde(
        rename = "schedulingStrategy",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub scheduling_strategy: Option<SchedulingStrategy>,
    #[serde(
        rename = "serviceArn",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub service_arn: Option<String>,
    #[serde(
        rename = "serviceName",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub service_name: Option<String>,
    #[serde(
        rename = "serviceRegistries",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub service_registries: Option<Vec<ServiceRegistry>>,
    #[serde(rename = "status", default, skip_serializing_if = "Option::is_none")]
    pub status: Option<String>,
    #[serde(rename = "tags", default, skip_serializing_if = "Option::is_none")]
    pub tags: Option<Vec<Tag>>,
    #[serde(
        rename = "taskDefinition",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub task_definition: Option<String>,
    #[serde(rename = "taskSets", default, skip_serializing_if = "Option::is_none")]
    pub task_sets: Option<Vec<TaskSet>>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct ServiceConnectAccessLogConfiguration {
    #[serde(rename = "format")]
    pub format: ServiceConnectAccessLoggingFormat,
    #[serde(
        rename = "includeQueryParameters",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub include_query_parameters: Option<ServiceConnectIncludeQueryParameters>,
}

#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Default, Serialize, Deserialize,
)]
pub enum ServiceConnectAccessLoggingFormat {
    #[default]
    #[serde(rename = "TEXT")]
    Text,
    #[serde(rename = "JSON")]
    Json,
}

impl ServiceConnectAccessLoggingFormat {
    pub const ALL: [ServiceConnectAccessLoggingFormat; 2] = [
        ServiceConnectAccessLoggingFormat::Text,
        ServiceConnectAccessLoggingFormat::Json,
    ];

    pub const fn as_str(self) -> &'static str {
        match self {
            ServiceConnectAccessLoggingFormat::Text => "TEXT",
            ServiceConnectAccessLoggingFormat::Json => "JSON",
        }
    }

    pub fn parse(value: &str) -> Option<Self> {
        match value {
            "TEXT" => Some(ServiceConnectAccessLoggingFormat::Text),
            "JSON" => Some(ServiceConnectAccessLoggingFormat::Json),
            _ => None,
        }
    }
}

impl std::fmt::Display for ServiceConnectAccessLoggingFormat {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct ServiceConnectClientAlias {
    #[serde(rename = "dnsName", default, skip_serializing_if = "Option::is_none")]
    pub dns_name: Option<String>,
    #[serde(rename = "port")]
    pub port: i32,
    #[serde(
        rename = "testTrafficRules",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub test_traffic_rules: Option<ServiceConnectTestTrafficRules>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct ServiceConnectConfiguration {
    #[serde(
        rename = "accessLogConfiguration",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub access_log_configuration: Option<ServiceConnectAccessLogConfiguration>,
    #[serde(
        rename = "containerConfigurations",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub container_configurations: Option<Vec<ServiceConnectContainerConfiguration>>,
    #[serde(rename = "enabled", default)]
    pub enabled: bool,
    #[serde(
        rename = "logConfiguration",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub log_configuration: Option<LogConfiguration>,
    #[serde(rename = "namespace", default, skip_serializing_if = "Option::is_none")]
    pub namespace: Option<String>,
    #[serde(rename = "services", default, skip_serializing_if = "Option::is_none")]
    pub services: Option<Vec<ServiceConnectService>>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct ServiceConnectContainerConfiguration {
    #[serde(rename = "logLevel", default, skip_serializing_if = "Option::is_none")]
    pub log_level: Option<ServiceConnectContainerLogLevel>,
}

#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Default, Serialize, Deserialize,
)]
pub enum ServiceConnectContainerLogLevel {
    #[default]
    #[serde(rename = "debug")]
    Debug,
    #[serde(rename = "info")]
    Info,
}

impl ServiceConnectContainerLogLevel {
    pub const ALL: [ServiceConnectContainerLogLevel; 2] = [
        ServiceConnectContainerLogLevel::Debug,
        ServiceConnectContainerLogLevel::Info,
    ];

    pub const fn as_str(self) -> &'static str {
        match self {
            ServiceConnectContainerLogLevel::Debug => "debug",
            ServiceConnectContainerLogLevel::Info => "info",
        }
    }

    pub fn parse(value: &str) -> Option<Self> {
        match value {
            "debug" => Some(ServiceConnectContainerLogLevel::Debug),
            "info" => Some(ServiceConnectContainerLogLevel::Info),
            _ => None,
        }
    }
}

impl std::fmt::Display for ServiceConnectContainerLogLevel {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Default, Serialize, Deserialize,
)]
pub enum ServiceConnectIncludeQueryParameters {
    #[default]
    #[serde(rename = "DISABLED")]
    Disabled,
    #[serde(rename = "ENABLED")]
    Enabled,
}

impl ServiceConnectIncludeQueryParameters {
    pub const ALL: [ServiceConnectIncludeQueryParameters; 2] = [
        ServiceConnectIncludeQueryParameters::Disabled,
        ServiceConnectIncludeQueryParameters::Enabled,
    ];

    pub const fn as_str(self) -> &'static str {
        match self {
            ServiceConnectIncludeQueryParameters::Disabled => "DISABLED",
            ServiceConnectIncludeQueryParameters::Enabled => "ENABLED",
        }
    }

    pub fn parse(value: &str) -> Option<Self> {
        match value {
            "DISABLED" => Some(ServiceConnectIncludeQueryParameters::Disabled),
            "ENABLED" => Some(ServiceConnectIncludeQueryParameters::Enabled),
            _ => None,
        }
    }
}

impl std::fmt::Display for ServiceConnectIncludeQueryParameters {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct ServiceConnectService {
    #[serde(
        rename = "clientAliases",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub client_aliases: Option<Vec<ServiceConnectClientAlias>>,
    #[serde(
        rename = "discoveryName",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub discovery_name: Option<String>,
    #[serde(
        rename = "ingressPortOverride",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub ingress_port_override: Option<i32>,
    #[serde(rename = "portName")]
    pub port_name: String,
    #[serde(rename = "timeout", default, skip_serializing_if = "Option::is_none")]
    pub timeout: Option<TimeoutConfiguration>,
    #[serde(rename = "tls", default, skip_serializing_if = "Option::is_none")]
    pub tls: Option<ServiceConnectTlsConfiguration>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct ServiceConnectServiceResource {
    #[serde(
        rename = "discoveryArn",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub discovery_arn: Option<String>,
    #[serde(
        rename = "discoveryName",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub discovery_name: Option<String>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct ServiceConnectTestTrafficHeaderMatchRules {
    #[serde(rename = "exact")]
    pub exact: String,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct ServiceConnectTestTrafficHeaderRules {
    #[serde(rename = "name")]
    pub name: String,
    #[serde(rename = "value", default, skip_serializing_if = "Option::is_none")]
    pub value: Option<ServiceConnectTestTrafficHeaderMatchRules>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct ServiceConnectTestTrafficRules {
    #[serde(rename = "header")]
    pub header: ServiceConnectTestTrafficHeaderRules,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct ServiceConnectTlsCertificateAuthority {
    #[serde(
        rename = "awsPcaAuthorityArn",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub aws_pca_authority_arn: Option<String>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct ServiceConnectTlsConfiguration {
    #[serde(rename = "issuerCertificateAuthority")]
    pub issuer_certificate_authority: ServiceConnectTlsCertificateAuthority,
    #[serde(rename = "kmsKey", default, skip_serializing_if = "Option::is_none")]
    pub kms_key: Option<String>,
    #[serde(rename = "roleArn", default, skip_serializing_if = "Option::is_none")]
    pub role_arn: Option<String>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct ServiceCurrentRevisionSummary {
    #[serde(rename = "arn", default, skip_serializing_if = "Option::is_none")]
    pub arn: Option<String>,
    #[serde(rename = "pendingTaskCount", default)]
    pub pending_task_count: i32,
    #[serde(rename = "requestedTaskCount", default)]
    pub requested_task_count: i32,
    #[serde(rename = "runningTaskCount", default)]
    pub running_task_count: i32,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct ServiceDeployment {
    #[serde(rename = "alarms", default, skip_serializing_if = "Option::is_none")]
    pub alarms: Option<ServiceDeploymentAlarms>,
    #[serde(
        rename = "clusterArn",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub cluster_arn: Option<String>,
    #[serde(rename = "createdAt", default, skip_serializing_if = "Option::is_none")]
    pub created_at: Option<Timestamp>,
    #[serde(
        rename = "deploymentCircuitBreaker",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub deployment_circuit_breaker: Option<ServiceDeploymentCircuitBreaker>,
    #[serde(
        rename = "deploymentConfiguration",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub deployment_configuration: Option<DeploymentConfiguration>,
    #[serde(
        rename = "finishedAt",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub finished_at: Option<Timestamp>,
    #[serde(
        rename = "lifecycleHookDetails",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub lifecycle_hook_details: Option<Vec<DeploymentLifecycleHookDetail>>,
    #[serde(
        rename = "lifecycleStage",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub lifecycle_stage: Option<ServiceDeploymentLifecycleStage>,
    #[serde(rename = "rollback", default, skip_serializing_if = "Option::is_none")]
    pub rollback: Option<Rollback>,
    #[serde(
        rename = "serviceArn",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub service_arn: Option<String>,
    #[serde(
        rename = "serviceDeploymentArn",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub service_deployment_arn: Option<String>,
    #[serde(
        rename = "sourceServiceRevisions",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub source_service_revisions: Option<Vec<ServiceRevisionSummary>>,
    #[serde(rename = "startedAt", default, skip_serializing_if = "Option::is_none")]
    pub started_at: Option<Timestamp>,
    #[serde(rename = "status", default, skip_serializing_if = "Option::is_none")]
    pub status: Option<ServiceDeploymentStatus>,
    #[serde(
        rename = "statusReason",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub status_reason: Option<String>,
    #[serde(rename = "stoppedAt", default, skip_serializing_if = "Option::is_none")]
    pub stopped_at: Option<Timestamp>,
    #[serde(
        rename = "targetServiceRevision",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub target_service_revision: Option<ServiceRevisionSummary>,
    #[serde(rename = "updatedAt", default, skip_serializing_if = "Option::is_none")]
    pub updated_at: Option<Timestamp>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct ServiceDeploymentAlarms {
    #[serde(
        rename = "alarmNames",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub alarm_names: Option<Vec<String>>,
    #[serde(rename = "status", default, skip_serializing_if = "Option::is_none")]
    pub status: Option<ServiceDeploymentRollbackMonitorsStatus>,
    #[serde(
        rename = "triggeredAlarmNames",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub triggered_alarm_names: Option<Vec<String>>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct ServiceDeploymentBrief {
    #[serde(
        rename = "clusterArn",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub cluster_arn: Option<String>,
    #[serde(rename = "createdAt", default, skip_serializing_if = "Option::is_none")]
    pub created_at: Option<Timestamp>,
    #[serde(
        rename = "finishedAt",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub finished_at: Option<Timestamp>,
    #[serde(
        rename = "serviceArn",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub service_arn: Option<String>,
    #[serde(
        rename = "serviceDeploymentArn",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub service_deployment_arn: Option<String>,
    #[serde(rename = "startedAt", default, skip_serializing_if = "Option::is_none")]
    pub started_at: Option<Timestamp>,
    #[serde(rename = "status", default, skip_serializing_if = "Option::is_none")]
    pub status: Option<ServiceDeploymentStatus>,
    #[serde(
        rename = "statusReason",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub status_reason: Option<String>,
    #[serde(
        rename = "targetServiceRevisionArn",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub target_service_revision_arn: Option<String>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct ServiceDeploymentCircuitBreaker {
    #[serde(rename = "failureCount", default)]
    pub failure_count: i32,
    #[serde(rename = "status", default, skip_serializing_if = "Option::is_none")]
    pub status: Option<ServiceDeploymentRollbackMonitorsStatus>,
    #[serde(rename = "threshold", default)]
    pub threshold: i32,
}

#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Default, Serialize, Deserialize,
)]
pub enum ServiceDeploymentLifecycleStage {
    #[default]
    #[serde(rename = "RECONCILE_SERVICE")]
    ReconcileService,
    #[serde(rename = "PRE_SCALE_UP")]
    PreScaleUp,
    #[serde(rename = "SCALE_UP")]
    ScaleUp,
    #[serde(rename = "POST_SCALE_UP")]
    PostScaleUp,
    #[serde(rename = "TEST_TRAFFIC_SHIFT")]
    TestTrafficShift,
    #[serde(rename = "POST_TEST_TRAFFIC_SHIFT")]
    PostTestTrafficShift,
    #[serde(rename = "PRODUCTION_TRAFFIC_SHIFT")]
    ProductionTrafficShift,
    #[serde(rename = "POST_PRODUCTION_TRAFFIC_SHIFT")]
    PostProductionTrafficShift,
    #[serde(rename = "BAKE_TIME")]
    BakeTime,
    #[serde(rename = "CLEAN_UP")]
    CleanUp,
}

impl ServiceDeploymentLifecycleStage {
    pub const ALL: [ServiceDeploymentLifecycleStage; 10] = [
        ServiceDeploymentLifecycleStage::ReconcileService,
        ServiceDeploymentLifecycleStage::PreScaleUp,
        ServiceDeploymentLifecycleStage::ScaleUp,
        ServiceDeploymentLifecycleStage::PostScaleUp,
        ServiceDeploymentLifecycleStage::TestTrafficShift,
        ServiceDeploymentLifecycleStage::PostTestTrafficShift,
        ServiceDeploymentLifecycleStage::ProductionTrafficShift,
        ServiceDeploymentLifecycleStage::PostProductionTrafficShift,
        ServiceDeploymentLifecycleStage::BakeTime,
        ServiceDeploymentLifecycleStage::CleanUp,
    ];

    pub const fn as_str(self) -> &'static str {
        match self {
            ServiceDeploymentLifecycleStage::ReconcileService => "RECONCILE_SERVICE",
            ServiceDeploymentLifecycleStage::PreScaleUp => "PRE_SCALE_UP",
            ServiceDeploymentLifecycleStage::ScaleUp => "SCALE_UP",
            ServiceDeploymentLifecycleStage::PostScaleUp => "POST_SCALE_UP",
            ServiceDeploymentLifecycleStage::TestTrafficShift => "TEST_TRAFFIC_SHIFT",
            ServiceDeploymentLifecycleStage::PostTestTrafficShift => "POST_TEST_TRAFFIC_SHIFT",
            ServiceDeploymentLifecycleStage::ProductionTrafficShift => "PRODUCTION_TRAFFIC_SHIFT",
            ServiceDeploymentLifecycleStage::PostProductionTrafficShift => {
                "POST_PRODUCTION_TRAFFIC_SHIFT"
            }
            ServiceDeploymentLifecycleStage::BakeTime => "BAKE_TIME",
            ServiceDeploymentLifecycleStage::CleanUp => "CLEAN_UP",
        }
    }

    pub fn parse(value: &str) -> Option<Self> {
        match value {
            "RECONCILE_SERVICE" => Some(ServiceDeploymentLifecycleStage::ReconcileService),
            "PRE_SCALE_UP" => Some(ServiceDeploymentLifecycleStage::PreScaleUp),
            "SCALE_UP" => Some(ServiceDeploymentLifecycleStage::ScaleUp),
            "POST_SCALE_UP" => Some(ServiceDeploymentLifecycleStage::PostScaleUp),
            "TEST_TRAFFIC_SHIFT" => Some(ServiceDeploymentLifecycleStage::TestTrafficShift),
            "POST_TEST_TRAFFIC_SHIFT" => {
                Some(ServiceDeploymentLifecycleStage::PostTestTrafficShift)
            }
            "PRODUCTION_TRAFFIC_SHIFT" => {
                Some(ServiceDeploymentLifecycleStage::ProductionTrafficShift)
            }
            "POST_PRODUCTION_TRAFFIC_SHIFT" => {
                Some(ServiceDeploymentLifecycleStage::PostProductionTrafficShift)
            }
            "BAKE_TIME" => Some(ServiceDeploymentLifecycleStage::BakeTime),
            "CLEAN_UP" => Some(ServiceDeploymentLifecycleStage::CleanUp),
            _ => None,
        }
    }
}

impl std::fmt::Display for ServiceDeploymentLifecycleStage {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Default, Serialize, Deserialize,
)]
pub enum ServiceDeploymentRollbackMonitorsStatus {
    #[default]
    #[serde(rename = "TRIGGERED")]
    Triggered,
    #[serde(rename = "MONITORING")]
    Monitoring,
    #[serde(rename = "MONITORING_COMPLETE")]
    MonitoringComplete,
    #[serde(rename = "DISABLED")]
    Disabled,
}

impl ServiceDeploymentRollbackMonitorsStatus {
    pub const ALL: [ServiceDeploymentRollbackMonitorsStatus; 4] = [
        ServiceDeploymentRollbackMonitorsStatus::Triggered,
        ServiceDeploymentRollbackMonitorsStatus::Monitoring,
        ServiceDeploymentRollbackMonitorsStatus::MonitoringComplete,
        ServiceDeploymentRollbackMonitorsStatus::Disabled,
    ];

    pub const fn as_str(self) -> &'static str {
        match self {
            ServiceDeploymentRollbackMonitorsStatus::Triggered => "TRIGGERED",
            ServiceDeploymentRollbackMonitorsStatus::Monitoring => "MONITORING",
            ServiceDeploymentRollbackMonitorsStatus::MonitoringComplete => "MONITORING_COMPLETE",
            ServiceDeploymentRollbackMonitorsStatus::Disabled => "DISABLED",
        }
    }

    pub fn parse(value: &str) -> Option<Self> {
        match value {
            "TRIGGERED" => Some(ServiceDeploymentRollbackMonitorsStatus::Triggered),
            "MONITORING" => Some(ServiceDeploymentRollbackMonitorsStatus::Monitoring),
            "MONITORING_COMPLETE" => {
                Some(ServiceDeploymentRollbackMonitorsStatus::MonitoringComplete)
            }
            "DISABLED" => Some(ServiceDeploymentRollbackMonitorsStatus::Disabled),
            _ => None,
        }
    }
}

impl std::fmt::Display for ServiceDeploymentRollbackMonitorsStatus {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Default, Serialize, Deserialize,
)]
pub enum ServiceDeploymentStatus {
    #[default]
    #[serde(rename = "PENDING")]
    Pending,
    #[serde(rename = "SUCCESSFUL")]
    Successful,
    #[serde(rename = "STOPPED")]
    Stopped,
    #[serde(rename = "STOP_REQUESTED")]
    StopRequested,
    #[serde(rename = "IN_PROGRESS")]
    InProgress,
    #[serde(rename = "ROLLBACK_REQUESTED")]
    RollbackRequested,
    #[serde(rename = "ROLLBACK_IN_PROGRESS")]
    RollbackInProgress,
    #[serde(rename = "ROLLBACK_SUCCESSFUL")]
    RollbackSuccessful,
    #[serde(rename = "ROLLBACK_FAILED")]
    RollbackFailed,
}

impl ServiceDeploymentStatus {
    pub const ALL: [ServiceDeploymentStatus; 9] = [
        ServiceDeploymentStatus::Pending,
        ServiceDeploymentStatus::Successful,
        ServiceDeploymentStatus::Stopped,
        ServiceDeploymentStatus::StopRequested,
        ServiceDeploymentStatus::InProgress,
        ServiceDeploymentStatus::RollbackRequested,
        ServiceDeploymentStatus::RollbackInProgress,
        ServiceDeploymentStatus::RollbackSuccessful,
        ServiceDeploymentStatus::RollbackFailed,
    ];

    pub const fn as_str(self) -> &'static str {
        match self {
            ServiceDeploymentStatus::Pending => "PENDING",
            ServiceDeploymentStatus::Successful => "SUCCESSFUL",
            ServiceDeploymentStatus::Stopped => "STOPPED",
            ServiceDeploymentStatus::StopRequested => "STOP_REQUESTED",
            ServiceDeploymentStatus::InProgress => "IN_PROGRESS",
            ServiceDeploymentStatus::RollbackRequested => "ROLLBACK_REQUESTED",
            ServiceDeploymentStatus::RollbackInProgress => "ROLLBACK_IN_PROGRESS",
            ServiceDeploymentStatus::RollbackSuccessful => "ROLLBACK_SUCCESSFUL",
            ServiceDeploymentStatus::RollbackFailed => "ROLLBACK_FAILED",
        }
    }

    pub fn parse(value: &str) -> Option<Self> {
        match value {
            "PENDING" => Some(ServiceDeploymentStatus::Pending),
            "SUCCESSFUL" => Some(ServiceDeploymentStatus::Successful),
            "STOPPED" => Some(ServiceDeploymentStatus::Stopped),
            "STOP_REQUESTED" => Some(ServiceDeploymentStatus::StopRequested),
            "IN_PROGRESS" => Some(ServiceDeploymentStatus::InProgress),
            "ROLLBACK_REQUESTED" => Some(ServiceDeploymentStatus::RollbackRequested),
            "ROLLBACK_IN_PROGRESS" => Some(ServiceDeploymentStatus::RollbackInProgress),
            "ROLLBACK_SUCCESSFUL" => Some(ServiceDeploymentStatus::RollbackSuccessful),
            "ROLLBACK_FAILED" => Some(ServiceDeploymentStatus::RollbackFailed),
            _ => None,
        }
    }
}

impl std::fmt::Display for ServiceDeploymentStatus {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct ServiceEvent {
    #[serde(rename = "createdAt", default, skip_serializing_if = "Option::is_none")]
    pub created_at: Option<Timestamp>,
    #[serde(rename = "id", default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    #[serde(rename = "message", default, skip_serializing_if = "Option::is_none")]
    pub message: Option<String>,
}

#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Default, Serialize, Deserialize,
)]
pub enum ServiceField {
    #[default]
    #[serde(rename = "TAGS")]
    Tags,
}

impl ServiceField {
    pub const ALL: [ServiceField; 1] = [ServiceField::Tags];

    pub const fn as_str(self) -> &'static str {
        match self {
            ServiceField::Tags => "TAGS",
        }
    }

    pub fn parse(value: &str) -> Option<Self> {
        match value {
            "TAGS" => Some(ServiceField::Tags),
            _ => None,
        }
    }
}

impl std::fmt::Display for ServiceField {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct ServiceManagedEBSVolumeConfiguration {
    #[serde(rename = "encrypted", default, skip_serializing_if = "Option::is_none")]
    pub encrypted: Option<bool>,
    #[serde(
        rename = "filesystemType",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub filesystem_type: Option<TaskFilesystemType>,
    #[serde(rename = "iops", default, skip_serializing_if = "Option::is_none")]
    pub iops: Option<i32>,
    #[serde(rename = "kmsKeyId", default, skip_serializing_if = "Option::is_none")]
    pub kms_key_id: Option<String>,
    #[serde(rename = "roleArn")]
    pub role_arn: String,
    #[serde(rename = "sizeInGiB", default, skip_serializing_if = "Option::is_none")]
    pub size_in_gib: Option<i32>,
    #[serde(
        rename = "snapshotId",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub snapshot_id: Option<String>,
    #[serde(
        rename = "tagSpecifications",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub tag_specifications: Option<Vec<EBSTagSpecification>>,
    #[serde(
        rename = "throughput",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub throughput: Option<i32>,
    #[serde(
        rename = "volumeInitializationRate",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub volume_initialization_rate: Option<i32>,
    #[serde(
        rename = "volumeType",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub volume_type: Option<String>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct ServiceRegistry {
    #[serde(
        rename = "containerName",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub container_name: Option<String>,
    #[serde(
        rename = "containerPort",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub container_port: Option<i32>,
    #[serde(rename = "port", default, skip_serializing_if = "Option::is_none")]
    pub port: Option<i32>,
    #[serde(
        rename = "registryArn",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub registry_arn: Option<String>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct ServiceRevision {
    #[serde(
        rename = "capacityProviderStrategy",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub capacity_provider_strategy: Option<Vec<CapacityProviderStrategyItem>>,
    #[serde(
        rename = "clusterArn",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub cluster_arn: Option<String>,
    #[serde(
        rename = "containerImages",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub container_images: Option<Vec<ContainerImage>>,
    #[serde(rename = "createdAt", default, skip_serializing_if = "Option::is_none")]
    pub created_at: Option<Timestamp>,
    #[serde(
        rename = "ecsManagedResources",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub ecs_managed_resources: Option<ECSManagedResources>,
    #[serde(
        rename = "fargateEphemeralStorage",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub fargate_ephemeral_storage: Option<DeploymentEphemeralStorage>,
    #[serde(
        rename = "gatewayConnectors",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub gateway_connectors: Option<Vec<GatewayConnector>>,
    #[serde(rename = "guardDutyEnabled", default)]
    pub guard_duty_enabled: bool,
    #[serde(
        rename = "launchType",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub launch_type: Option<LaunchType>,
    #[serde(
        rename = "loadBalancers",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub load_balancers: Option<Vec<LoadBalancer>>,
    #[serde(
        rename = "monitoring",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub monitoring: Option<MonitoringConfiguration>,
    #[serde(
        rename = "networkConfiguration",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub network_configuration: Option<NetworkConfiguration>,
    #[serde(rename = "overrides", default, skip_serializing_if = "Option::is_none")]
    pub overrides: Option<ServiceRevisionOverrides>,
    #[serde(
        rename = "platformFamily",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub platform_family: Option<String>,
    #[serde(
        rename = "platformVersion",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub platform_version: Option<String>,
    #[serde(
        rename = "resolvedConfiguration",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub resolved_configuration: Option<ResolvedConfiguration>,
    #[serde(
        rename = "serviceArn",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub service_arn: Option<String>,
    #[serde(
        rename = "serviceConnectConfiguration",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub service_connect_configuration: Option<ServiceConnectConfiguration>,
    #[serde(
        rename = "serviceRegistries",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub service_registries: Option<Vec<ServiceRegistry>>,
    #[serde(
        rename = "serviceRevisionArn",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub service_revision_arn: Option<String>,
    #[serde(
        rename = "taskDefinition",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub task_definition: Option<String>,
    #[serde(
        rename = "volumeConfigurations",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub volume_configurations: Option<Vec<ServiceVolumeConfiguration>>,
    #[serde(
        rename = "vpcLatticeConfigurations",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub vpc_lattice_configurations: Option<Vec<VpcLatticeConfiguration>>,
}

#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Default, Serialize, Deserialize,
)]
pub enum ServiceRevisionCleanup {
    #[default]
    #[serde(rename = "BLOCKING")]
    Blocking,
    #[serde(rename = "DEFERRED")]
    Deferred,
}

impl ServiceRevisionCleanup {
    pub const ALL: [ServiceRevisionCleanup; 2] = [
        ServiceRevisionCleanup::Blocking,
        ServiceRevisionCleanup::Deferred,
    ];

    pub const fn as_str(self) -> &'static str {
        match self {
            ServiceRevisionCleanup::Blocking => "BLOCKING",
            ServiceRevisionCleanup::Deferred => "DEFERRED",
        }
    }

    pub fn parse(value: &str) -> Option<Self> {
        match value {
            "BLOCKING" => Some(ServiceRevisionCleanup::Blocking),
            "DEFERRED" => Some(ServiceRevisionCleanup::Deferred),
            _ => None,
        }
    }
}

impl std::fmt::Display for ServiceRevisionCleanup {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct ServiceRevisionLoadBalancer {
    #[serde(
        rename = "productionListenerRule",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub production_listener_rule: Option<String>,
    #[serde(
        rename = "targetGroupArn",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub target_group_arn: Option<String>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct ServiceRevisionOverrides {
    #[serde(
        rename = "runtimePlatform",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub runtime_platform: Option<RuntimePlatformOverride>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct ServiceRevisionSummary {
    #[serde(rename = "arn", default, skip_serializing_if = "Option::is_none")]
    pub arn: Option<String>,
    #[serde(rename = "pendingTaskCount", default)]
    pub pending_task_count: i32,
    #[serde(
        rename = "requestedProductionTrafficWeight",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub requested_production_traffic_weight: Option<f64>,
    #[serde(rename = "requestedTaskCount", default)]
    pub requested_task_count: i32,
    #[serde(
        rename = "requestedTestTrafficWeight",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub requested_test_traffic_weight: Option<f64>,
    #[serde(rename = "runningTaskCount", default)]
    pub running_task_count: i32,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct ServiceRevisionVpcLatticeConfiguration {
    #[serde(
        rename = "productionListenerRule",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub production_listener_rule: Option<String>,
    #[serde(
        rename = "targetGroupArn",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub target_group_arn: Option<String>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct ServiceVolumeConfiguration {
    #[serde(
        rename = "managedEBSVolume",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub managed_ebs_volume: Option<ServiceManagedEBSVolumeConfiguration>,
    #[serde(rename = "name")]
    pub name: String,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Session {
    #[serde(rename = "sessionId", default, skip_serializing_if = "Option::is_none")]
    pub session_id: Option<String>,
    #[serde(rename = "streamUrl", default, skip_serializing_if = "Option::is_none")]
    pub stream_url: Option<String>,
    #[serde(
        rename = "tokenValue",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub token_value: Option<String>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Setting {
    #[serde(rename = "name", default, skip_serializing_if = "Option::is_none")]
    pub name: Option<SettingName>,
    #[serde(
        rename = "principalArn",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub principal_arn: Option<String>,
    #[serde(rename = "type", default, skip_serializing_if = "Option::is_none")]
    pub r#type: Option<SettingType>,
    #[serde(rename = "value", default, skip_serializing_if = "Option::is_none")]
    pub value: Option<String>,
}

#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Default, Serialize, Deserialize,
)]
pub enum SettingName {
    #[default]
    #[serde(rename = "serviceLongArnFormat")]
    ServiceLongArnFormat,
    #[serde(rename = "taskLongArnFormat")]
    TaskLongArnFormat,
    #[serde(rename = "containerInstanceLongArnFormat")]
    ContainerInstanceLongArnFormat,
    #[serde(rename = "awsvpcTrunking")]
    AwsvpcTrunking,
    #[serde(rename = "containerInsights")]
    ContainerInsights,
    #[serde(rename = "fargateFIPSMode")]
    FargateFIPSMode,
    #[serde(rename = "tagResourceAuthorization")]
    TagResourceAuthorization,
    #[serde(rename = "fargateTaskRetirementWaitPeriod")]
    FargateTaskRetirementWaitPeriod,
    #[serde(rename = "guardDutyActivate")]
    GuardDutyActivate,
    #[serde(rename = "defaultLogDriverMode")]
    DefaultLogDriverMode,
    #[serde(rename = "fargateEventWindows")]
    FargateEventWindows,
    #[serde(rename = "dualStackIPv6")]
    DualStackIPv6,
}

impl SettingName {
    pub const ALL: [SettingName; 12] = [
        SettingName::ServiceLongArnFormat,
        SettingName::TaskLongArnFormat,
        SettingName::ContainerInstanceLongArnFormat,
        SettingName::AwsvpcTrunking,
        SettingName::ContainerInsights,
        SettingName::FargateFIPSMode,
        SettingName::TagResourceAuthorization,
        SettingName::FargateTaskRetirementWaitPeriod,
        SettingName::GuardDutyActivate,
        SettingName::DefaultLogDriverMode,
        SettingName::FargateEventWindows,
        SettingName::DualStackIPv6,
    ];

    pub const fn as_str(self) -> &'static str {
        match self {
            SettingName::ServiceLongArnFormat => "serviceLongArnFormat",
            SettingName::TaskLongArnFormat => "taskLongArnFormat",
            SettingName::ContainerInstanceLongArnFormat => "containerInstanceLongArnFormat",
            SettingName::AwsvpcTrunking => "awsvpcTrunking",
            SettingName::ContainerInsights => "containerInsights",
            SettingName::FargateFIPSMode => "fargateFIPSMode",
            SettingName::TagResourceAuthorization => "tagResourceAuthorization",
            SettingName::FargateTaskRetirementWaitPeriod => "fargateTaskRetirementWaitPeriod",
            SettingName::GuardDutyActivate => "guardDutyActivate",
            SettingName::DefaultLogDriverMode => "defaultLogDriverMode",
            SettingName::FargateEventWindows => "fargateEventWindows",
            SettingName::DualStackIPv6 => "dualStackIPv6",
        }
    }

    pub fn parse(value: &str) -> Option<Self> {
        match value {
            "serviceLongArnFormat" => Some(SettingName::ServiceLongArnFormat),
            "taskLongArnFormat" => Some(SettingName::TaskLongArnFormat),
            "containerInstanceLongArnFormat" => Some(SettingName::ContainerInstanceLongArnFormat),
            "awsvpcTrunking" => Some(SettingName::AwsvpcTrunking),
            "containerInsights" => Some(SettingName::ContainerInsights),
            "fargateFIPSMode" => Some(SettingName::FargateFIPSMode),
            "tagResourceAuthorization" => Some(SettingName::TagResourceAuthorization),
            "fargateTaskRetirementWaitPeriod" => Some(SettingName::FargateTaskRetirementWaitPeriod),
            "guardDutyActivate" => Some(SettingName::GuardDutyActivate),
            "defaultLogDriverMode" => Some(SettingName::DefaultLogDriverMode),
            "fargateEventWindows" => Some(SettingName::FargateEventWindows),
            "dualStackIPv6" => Some(SettingName::DualStackIPv6),
            _ => None,
        }
    }
}

impl std::fmt::Display for SettingName {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Default, Serialize, Deserialize,
)]
pub enum SettingType {
    #[default]
    #[serde(rename = "user")]
    User,
    #[serde(rename = "aws_managed")]
    AwsManaged,
}

impl SettingType {
    pub const ALL: [SettingType; 2] = [SettingType::User, SettingType::AwsManaged];

    pub const fn as_str(self) -> &'static str {
        match self {
            SettingType::User => "user",
            SettingType::AwsManaged => "aws_managed",
        }
    }

    pub fn parse(value: &str) -> Option<Self> {
        match value {
            "user" => Some(SettingType::User),
            "aws_managed" => Some(SettingType::AwsManaged),
            _ => None,
        }
    }
}

impl std::fmt::Display for SettingType {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct SharingStrategy {
    #[serde(rename = "nvidiaMps", default, skip_serializing_if = "Option::is_none")]
    pub nvidia_mps: Option<NvidiaMpsAllocation>,
}

#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Default, Serialize, Deserialize,
)]
pub enum SortOrder {
    #[default]
    #[serde(rename = "ASC")]
    Asc,
    #[serde(rename = "DESC")]
    Desc,
}

impl SortOrder {
    pub const ALL: [SortOrder; 2] = [SortOrder::Asc, SortOrder::Desc];

    pub const fn as_str(self) -> &'static str {
        match self {
            SortOrder::Asc => "ASC",
            SortOrder::Desc => "DESC",
        }
    }

    pub fn parse(value: &str) -> Option<Self> {
        match value {
            "ASC" => Some(SortOrder::Asc),
            "DESC" => Some(SortOrder::Desc),
            _ => None,
        }
    }
}

impl std::fmt::Display for SortOrder {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Default, Serialize, Deserialize,
)]
pub enum StabilityStatus {
    #[default]
    #[serde(rename = "STEADY_STATE")]
    SteadyState,
    #[serde(rename = "STABILIZING")]
    Stabilizing,
}

impl StabilityStatus {
    pub const ALL: [StabilityStatus; 2] =
        [StabilityStatus::SteadyState, StabilityStatus::Stabilizing];

    pub const fn as_str(self) -> &'static str {
        match self {
            StabilityStatus::SteadyState => "STEADY_STATE",
            StabilityStatus::Stabilizing => "STABILIZING",
        }
    }

    pub fn parse(value: &str) -> Option<Self> {
        match value {
            "STEADY_STATE" => Some(StabilityStatus::SteadyState),
            "STABILIZING" => Some(StabilityStatus::Stabilizing),
            _ => None,
        }
    }
}

impl std::fmt::Display for StabilityStatus {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct StartTaskRequest {
    #[serde(rename = "cluster", default, skip_serializing_if = "Option::is_none")]
    pub cluster: Option<String>,
    #[serde(rename = "containerInstances")]
    pub container_instances: Vec<String>,
    #[serde(rename = "enableECSManagedTags", default)]
    pub enable_ecs_managed_tags: bool,
    #[serde(rename = "enableExecuteCommand", default)]
    pub enable_execute_command: bool,
    #[serde(rename = "group", default, skip_serializing_if = "Option::is_none")]
    pub group: Option<String>,
    #[serde(
        rename = "networkConfiguration",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub network_configuration: Option<NetworkConfiguration>,
    #[serde(rename = "overrides", default, skip_serializing_if = "Option::is_none")]
    pub overrides: Option<TaskOverride>,
    #[serde(
        rename = "propagateTags",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub propagate_tags: Option<PropagateTags>,
    #[serde(
        rename = "referenceId",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub reference_id: Option<String>,
    #[serde(rename = "startedBy", default, skip_serializing_if = "Option::is_none")]
    pub started_by: Option<String>,
    #[serde(rename = "tags", default, skip_serializing_if = "Option::is_none")]
    pub tags: Option<Vec<Tag>>,
    #[serde(rename = "taskDefinition")]
    pub task_definition: String,
    #[serde(
        rename = "volumeConfigurations",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub volume_configurations: Option<Vec<TaskVolumeConfiguration>>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct StartTaskResponse {
    #[serde(rename = "failures", default, skip_serializing_if = "Option::is_none")]
    pub failures: Option<Vec<Failure>>,
    #[serde(rename = "tasks", default, skip_serializing_if = "Option::is_none")]
    pub tasks: Option<Vec<Task>>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct StopServiceDeploymentRequest {
    #[serde(rename = "serviceDeploymentArn")]
    pub service_deployment_arn: String,
    #[serde(rename = "stopType", default, skip_serializing_if = "Option::is_none")]
    pub stop_type: Option<StopServiceDeploymentStopType>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct StopServiceDeploymentResponse {
    #[serde(
        rename = "serviceDeploymentArn",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub service_deployment_arn: Option<String>,
}

#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Default, Serialize, Deserialize,
)]
pub enum StopServiceDeploymentStopType {
    #[default]
    #[serde(rename = "ABORT")]
    Abort,
    #[serde(rename = "ROLLBACK")]
    Rollback,
}

impl StopServiceDeploymentStopType {
    pub const ALL: [StopServiceDeploymentStopType; 2] = [
        StopServiceDeploymentStopType::Abort,
        StopServiceDeploymentStopType::Rollback,
    ];

    pub const fn as_str(self) -> &'static str {
        match self {
            StopServiceDeploymentStopType::Abort => "ABORT",
            StopServiceDeploymentStopType::Rollback => "ROLLBACK",
        }
    }

    pub fn parse(value: &str) -> Option<Self> {
        match value {
            "ABORT" => Some(StopServiceDeploymentStopType::Abort),
            "ROLLBACK" => Some(StopServiceDeploymentStopType::Rollback),
            _ => None,
        }
    }
}

impl std::fmt::Display for StopServiceDeploymentStopType {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct StopTaskRequest {
    #[serde(rename = "cluster", default, skip_serializing_if = "Option::is_none")]
    pub cluster: Option<String>,
    #[serde(rename = "reason", default, skip_serializing_if = "Option::is_none")]
    pub reason: Option<String>,
    #[serde(rename = "task")]
    pub task: String,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct StopTaskResponse {
    #[serde(rename = "task", default, skip_serializing_if = "Option::is_none")]
    pub task: Option<Task>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct SubmitAttachmentStateChangesRequest {
    #[serde(rename = "attachments")]
    pub attachments: Vec<AttachmentStateChange>,
    #[serde(rename = "cluster", default, skip_serializing_if = "Option::is_none")]
    pub cluster: Option<String>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct SubmitAttachmentStateChangesResponse {
    #[serde(
        rename = "acknowledgment",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub acknowledgment: Option<String>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct SubmitContainerStateChangeRequest {
    #[serde(rename = "cluster", default, skip_serializing_if = "Option::is_none")]
    pub cluster: Option<String>,
    #[serde(
        rename = "containerName",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub container_name: Option<String>,
    #[serde(rename = "exitCode", default, skip_serializing_if = "Option::is_none")]
    pub exit_code: Option<i32>,
    #[serde(
        rename = "networkBindings",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub network_bindings: Option<Vec<NetworkBinding>>,
    #[serde(rename = "reason", default, skip_serializing_if = "Option::is_none")]
    pub reason: Option<String>,
    #[serde(rename = "runtimeId", default, skip_serializing_if = "Option::is_none")]
    pub runtime_id: Option<String>,
    #[serde(rename = "status", default, skip_serializing_if = "Option::is_none")]
    pub status: Option<String>,
    #[serde(rename = "task", default, skip_serializing_if = "Option::is_none")]
    pub task: Option<String>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct SubmitContainerStateChangeResponse {
    #[serde(
        rename = "acknowledgment",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub acknowledgment: Option<String>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct SubmitTaskStateChangeRequest {
    #[serde(
        rename = "attachments",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub attachments: Option<Vec<AttachmentStateChange>>,
    #[serde(rename = "cluster", default, skip_serializing_if = "Option::is_none")]
    pub cluster: Option<String>,
    #[serde(
        rename = "containers",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub containers: Option<Vec<ContainerStateChange>>,
    #[serde(
        rename = "executionStoppedAt",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub execution_stopped_at: Option<Timestamp>,
    #[serde(
        rename = "managedAgents",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub managed_agents: Option<Vec<ManagedAgentStateChange>>,
    #[serde(
        rename = "pullStartedAt",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub pull_started_at: Option<Timestamp>,
    #[serde(
        rename = "pullStoppedAt",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub pull_stopped_at: Option<Timestamp>,
    #[serde(rename = "reason", default, skip_serializing_if = "Option::is_none")]
    pub reason: Option<String>,
    #[serde(rename = "status", default, skip_serializing_if = "Option::is_none")]
    pub status: Option<String>,
    #[serde(rename = "task", default, skip_serializing_if = "Option::is_none")]
    pub task: Option<String>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct SubmitTaskStateChangeResponse {
    #[serde(
        rename = "acknowledgment",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub acknowledgment: Option<String>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct SystemControl {
    #[serde(rename = "namespace", default, skip_serializing_if = "Option::is_none")]
    pub namespace: Option<String>,
    #[serde(rename = "value", default, skip_serializing_if = "Option::is_none")]
    pub value: Option<String>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Tag {
    #[serde(rename = "key", default, skip_serializing_if = "Option::is_none")]
    pub key: Option<String>,
    #[serde(rename = "value", default, skip_serializing_if = "Option::is_none")]
    pub value: Option<String>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct TagResourceRequest {
    #[serde(rename = "resourceArn")]
    pub resource_arn: String,
    #[serde(rename = "tags")]
    pub tags: Vec<Tag>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct TagResourceResponse {}

#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Default, Serialize, Deserialize,
)]
pub enum TargetType {
    #[default]
    #[serde(rename = "container-instance")]
    ContainerInstance,
}

impl TargetType {
    pub const ALL: [TargetType; 1] = [TargetType::ContainerInstance];

    pub const fn as_str(self) -> &'static str {
        match self {
            TargetType::ContainerInstance => "container-instance",
        }
    }

    pub fn parse(value: &str) -> Option<Self> {
        match value {
            "container-instance" => Some(TargetType::ContainerInstance),
            _ => None,
        }
    }
}

impl std::fmt::Display for TargetType {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Task {
    #[serde(
        rename = "attachments",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub attachments: Option<Vec<Attachment>>,
    #[serde(
        rename = "attributes",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub attributes: Option<Vec<Attribute>>,
    #[serde(
        rename = "availabilityZone",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub availability_zone: Option<String>,
    #[serde(
        rename = "capacityProviderName",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub capacity_provider_name: Option<String>,
    #[serde(
        rename = "clusterArn",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub cluster_arn: Option<String>,
    #[serde(
        rename = "connectivity",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub connectivity: Option<Connectivity>,
    #[serde(
        rename = "connectivityAt",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub connectivity_at: Option<Timestamp>,
    #[serde(
        rename = "containerInstanceArn",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub container_instance_arn: Option<String>,
    #[serde(
        rename = "containers",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub containers: Option<Vec<Container>>,
    #[serde(rename = "cpu", default, skip_serializing_if = "Option::is_none")]
    pub cpu: Option<String>,
    #[serde(rename = "createdAt", default, skip_serializing_if = "Option::is_none")]
    pub created_at: Option<Timestamp>,
    #[serde(
        rename = "desiredStatus",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub desired_status: Option<String>,
    #[serde(rename = "enableExecuteCommand", default)]
    pub enable_execute_command: bool,
    #[serde(
        rename = "ephemeralStorage",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub ephemeral_storage: Option<EphemeralStorage>,
    #[serde(
        rename = "executionStoppedAt",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub execution_stopped_at: Option<Timestamp>,
    #[serde(
        rename = "fargateEphemeralStorage",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub fargate_ephemeral_storage: Option<TaskEphemeralStorage>,
    #[serde(rename = "group", default, skip_serializing_if = "Option::is_none")]
    pub group: Option<String>,
    #[serde(
        rename = "healthStatus",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub health_status: Option<HealthStatus>,
    #[serde(
        rename = "inferenceAccelerators",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub inference_accelerators: Option<Vec<InferenceAccelerator>>,
    #[serde(
        rename = "lastStatus",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub last_status: Option<String>,
    #[serde(
        rename = "launchType",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub launch_type: Option<LaunchType>,
    #[serde(rename = "memory", default, skip_serializing_if = "Option::is_none")]
    pub memory: Option<String>,
    #[serde(rename = "overrides", default, skip_serializing_if = "Option::is_none")]
    pub overrides: Option<TaskOverride>,
    #[serde(
        rename = "platformFamily",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub platform_family: Option<String>,
    #[serde(
        rename = "platformVersion",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub platform_version: Option<String>,
    #[serde(
        rename = "pullStartedAt",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub pull_started_at: Option<Timestamp>,
    #[serde(
        rename = "pullStoppedAt",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub pull_stopped_at: Option<Timestamp>,
    #[serde(rename = "startedAt", default, skip_serializing_if = "Option::is_none")]
    pub started_at: Option<Timestamp>,
    #[serde(rename = "startedBy", default, skip_serializing_if = "Option::is_none")]
    pub started_by: Option<String>,
    #[serde(rename = "stopCode", default, skip_serializing_if = "Option::is_none")]
    pub stop_code: Option<TaskStopCode>,
    #[serde(rename = "stoppedAt", default, skip_serializing_if = "Option::is_none")]
    pub stopped_at: Option<Timestamp>,
    #[serde(
        rename = "stoppedReason",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub stopped_reason: Option<String>,
    #[serde(
        rename = "stoppingAt",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub stopping_at: Option<Timestamp>,
    #[serde(rename = "tags", default, skip_serializing_if = "Option::is_none")]
    pub tags: Option<Vec<Tag>>,
    #[serde(rename = "taskArn", default, skip_serializing_if = "Option::is_none")]
    pub task_arn: Option<String>,
    #[serde(
        rename = "taskDefinitionArn",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub task_definition_arn: Option<String>,
    #[serde(
        rename = "trustedExecutionSummary",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub trusted_execution_summary: Option<TrustedExecutionSummary>,
    #[serde(rename = "version", default)]
    pub version: i64,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct TaskDefinition {
    #[serde(
        rename = "compatibilities",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub compatibilities: Option<Vec<Compatibility>>,
    #[serde(
        rename = "containerDefinitions",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub container_definitions: Option<Vec<ContainerDefinition>>,
    #[serde(rename = "cpu", default, skip_serializing_if = "Option::is_none")]
    pub cpu: Option<String>,
    #[serde(
        rename = "deleteRequestedAt",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub delete_requested_at: Option<Timestamp>,
    #[serde(
        rename = "deregisteredAt",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub deregistered_at: Option<Timestamp>,
    #[serde(
        rename = "enableFaultInjection",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub enable_fault_injection: Option<bool>,
    #[serde(
        rename = "ephemeralStorage",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub ephemeral_storage: Option<EphemeralStorage>,
    #[serde(
        rename = "executionRoleArn",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub execution_role_arn: Option<String>,
    #[serde(rename = "family", default, skip_serializing_if = "Option::is_none")]
    pub family: Option<String>,
    #[serde(
        rename = "inferenceAccelerators",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub inference_accelerators: Option<Vec<InferenceAccelerator>>,
    #[serde(rename = "ipcMode", default, skip_serializing_if = "Option::is_none")]
    pub ipc_mode: Option<IpcMode>,
    #[serde(rename = "memory", default, skip_serializing_if = "Option::is_none")]
    pub memory: Option<String>,
    #[serde(
        rename = "networkMode",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub network_mode: Option<NetworkMode>,
    #[serde(rename = "pidMode", default, skip_serializing_if = "Option::is_none")]
    pub pid_mode: Option<PidMode>,
    #[serde(
        rename = "placementConstraints",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub placement_constraints: Option<Vec<TaskDefinitionPlacementConstraint>>,
    #[serde(
        rename = "proxyConfiguration",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub proxy_configuration: Option<ProxyConfiguration>,
    #[serde(
        rename = "registeredAt",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub registered_at: Option<Timestamp>,
    #[serde(
        rename = "registeredBy",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub registered_by: Option<String>,
    #[serde(
        rename = "requiresAttributes",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub requires_attributes: Option<Vec<Attribute>>,
    #[serde(
        rename = "requiresCompatibilities",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub requires_compatibilities: Option<Vec<Compatibility>>,
    #[serde(rename = "revision", default)]
    pub revision: i32,
    #[serde(
        rename = "runtimePlatform",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub runtime_platform: Option<RuntimePlatform>,
    #[serde(rename = "status", default, skip_serializing_if = "Option::is_none")]
    pub status: Option<TaskDefinitionStatus>,
    #[serde(
        rename = "taskDefinitionArn",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub task_definition_arn: Option<String>,
    #[serde(
        rename = "taskRoleArn",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub task_role_arn: Option<String>,
    #[serde(
        rename = "trustedExecutionConfiguration",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub trusted_execution_configuration: Option<TrustedExecutionConfiguration>,
    #[serde(rename = "volumes", default, skip_serializing_if = "Option::is_none")]
    pub volumes: Option<Vec<Volume>>,
}

#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Default, Serialize, Deserialize,
)]
pub enum TaskDefinitionFamilyStatus {
    #[default]
    #[serde(rename = "ACTIVE")]
    Active,
    #[serde(rename = "INACTIVE")]
    Inactive,
    #[serde(rename = "ALL")]
    All,
}

impl TaskDefinitionFamilyStatus {
    pub const ALL: [TaskDefinitionFamilyStatus; 3] = [
        TaskDefinitionFamilyStatus::Active,
        TaskDefinitionFamilyStatus::Inactive,
        TaskDefinitionFamilyStatus::All,
    ];

    pub const fn as_str(self) -> &'static str {
        match self {
            TaskDefinitionFamilyStatus::Active => "ACTIVE",
            TaskDefinitionFamilyStatus::Inactive => "INACTIVE",
            TaskDefinitionFamilyStatus::All => "ALL",
        }
    }

    pub fn parse(value: &str) -> Option<Self> {
        match value {
            "ACTIVE" => Some(TaskDefinitionFamilyStatus::Active),
            "INACTIVE" => Some(TaskDefinitionFamilyStatus::Inactive),
            "ALL" => Some(TaskDefinitionFamilyStatus::All),
            _ => None,
        }
    }
}

impl std::fmt::Display for TaskDefinitionFamilyStatus {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Default, Serialize, Deserialize,
)]
pub enum TaskDefinitionField {
    #[default]
    #[serde(rename = "TAGS")]
    Tags,
}

impl TaskDefinitionField {
    pub const ALL: [TaskDefinitionField; 1] = [TaskDefinitionField::Tags];

    pub const fn as_str(self) -> &'static str {
        match self {
            TaskDefinitionField::Tags => "TAGS",
        }
    }

    pub fn parse(value: &str) -> Option<Self> {
        match value {
            "TAGS" => Some(TaskDefinitionField::Tags),
            _ => None,
        }
    }
}

impl std::fmt::Display for TaskDefinitionField {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct TaskDefinitionPlacementConstraint {
    #[serde(
        rename = "expression",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub expression: Option<String>,
    #[serde(rename = "type", default, skip_serializing_if = "Option::is_none")]
    pub r#type: Option<TaskDefinitionPlacementConstraintType>,
}

#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Default, Serialize, Deserialize,
)]
pub enum TaskDefinitionPlacementConstraintType {
    #[default]
    #[serde(rename = "memberOf")]
    MemberOf,
}

impl TaskDefinitionPlacementConstraintType {
    pub const ALL: [TaskDefinitionPlacementConstraintType; 1] =
        [TaskDefinitionPlacementConstraintType::MemberOf];

    pub const fn as_str(self) -> &'static str {
        match self {
            TaskDefinitionPlacementConstraintType::MemberOf => "memberOf",
        }
    }

    pub fn parse(value: &str) -> Option<Self> {
        match value {
            "memberOf" => Some(TaskDefinitionPlacementConstraintType::MemberOf),
            _ => None,
        }
    }
}

impl std::fmt::Display for TaskDefinitionPlacementConstraintType {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Default, Serialize, Deserialize,
)]
pub enum TaskDefinitionStatus {
    #[default]
    #[serde(rename = "ACTIVE")]
    Active,
    #[serde(rename = "INACTIVE")]
    Inactive,
    #[serde(rename = "DELETE_IN_PROGRESS")]
    DeleteInProgress,
}

impl TaskDefinitionStatus {
    pub const ALL: [TaskDefinitionStatus; 3] = [
        TaskDefinitionStatus::Active,
        TaskDefinitionStatus::Inactive,
        TaskDefinitionStatus::DeleteInProgress,
    ];

    pub const fn as_str(self) -> &'static str {
        match self {
            TaskDefinitionStatus::Active => "ACTIVE",
            TaskDefinitionStatus::Inactive => "INACTIVE",
            TaskDefinitionStatus::DeleteInProgress => "DELETE_IN_PROGRESS",
        }
    }

    pub fn parse(value: &str) -> Option<Self> {
        match value {
            "ACTIVE" => Some(TaskDefinitionStatus::Active),
            "INACTIVE" => Some(TaskDefinitionStatus::Inactive),
            "DELETE_IN_PROGRESS" => Some(TaskDefinitionStatus::DeleteInProgress),
            _ => None,
        }
    }
}

impl std::fmt::Display for TaskDefinitionStatus {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct TaskEphemeralStorage {
    #[serde(rename = "kmsKeyId", default, skip_serializing_if = "Option::is_none")]
    pub kms_key_id: Option<String>,
    #[serde(rename = "sizeInGiB", default)]
    pub size_in_gib: i32,
}

#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Default, Serialize, Deserialize,
)]
pub enum TaskField {
    #[default]
    #[serde(rename = "TAGS")]
    Tags,
}

impl TaskField {
    pub const ALL: [TaskField; 1] = [TaskField::Tags];

    pub const fn as_str(self) -> &'static str {
        match self {
            TaskField::Tags => "TAGS",
        }
    }

    pub fn parse(value: &str) -> Option<Self> {
        match value {
            "TAGS" => Some(TaskField::Tags),
            _ => None,
        }
    }
}

impl std::fmt::Display for TaskField {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Default, Serialize, Deserialize,
)]
pub enum TaskFilesystemType {
    #[default]
    #[serde(rename = "ext3")]
    Ext3,
    #[serde(rename = "ext4")]
    Ext4,
    #[serde(rename = "xfs")]
    Xfs,
    #[serde(rename = "ntfs")]
    Ntfs,
}

impl TaskFilesystemType {
    pub const ALL: [TaskFilesystemType; 4] = [
        TaskFilesystemType::Ext3,
        TaskFilesystemType::Ext4,
        TaskFilesystemType::Xfs,
        TaskFilesystemType::Ntfs,
    ];

    pub const fn as_str(self) -> &'static str {
        match self {
            TaskFilesystemType::Ext3 => "ext3",
            TaskFilesystemType::Ext4 => "ext4",
            TaskFilesystemType::Xfs => "xfs",
            TaskFilesystemType::Ntfs => "ntfs",
        }
    }

    pub fn parse(value: &str) -> Option<Self> {
        match value {
            "ext3" => Some(TaskFilesystemType::Ext3),
            "ext4" => Some(TaskFilesystemType::Ext4),
            "xfs" => Some(TaskFilesystemType::Xfs),
            "ntfs" => Some(TaskFilesystemType::Ntfs),
            _ => None,
        }
    }
}

impl std::fmt::Display for TaskFilesystemType {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct TaskManagedEBSVolumeConfiguration {
    #[serde(rename = "encrypted", default, skip_serializing_if = "Option::is_none")]
    pub encrypted: Option<bool>,
    #[serde(
        rename = "filesystemType",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub filesystem_type: Option<TaskFilesystemType>,
    #[serde(rename = "iops", default, skip_serializing_if = "Option::is_none")]
    pub iops: Option<i32>,
    #[serde(rename = "kmsKeyId", default, skip_serializing_if = "Option::is_none")]
    pub kms_key_id: Option<String>,
    #[serde(rename = "roleArn")]
    pub role_arn: String,
    #[serde(rename = "sizeInGiB", default, skip_serializing_if = "Option::is_none")]
    pub size_in_gib: Option<i32>,
    #[serde(
        rename = "snapshotId",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub snapshot_id: Option<String>,
    #[serde(
        rename = "tagSpecifications",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub tag_specifications: Option<Vec<EBSTagSpecification>>,
    #[serde(
        rename = "terminationPolicy",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub termination_policy: Option<TaskManagedEBSVolumeTerminationPolicy>,
    #[serde(
        rename = "throughput",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub throughput: Option<i32>,
    #[serde(
        rename = "volumeInitializationRate",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub volume_initialization_rate: Option<i32>,
    #[serde(
        rename = "volumeType",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub volume_type: Option<String>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct TaskManagedEBSVolumeTerminationPolicy {
    #[serde(rename = "deleteOnTermination")]
    pub delete_on_termination: bool,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct TaskOverride {
    #[serde(
        rename = "containerOverrides",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub container_overrides: Option<Vec<ContainerOverride>>,
    #[serde(rename = "cpu", default, skip_serializing_if = "Option::is_none")]
    pub cpu: Option<String>,
    #[serde(
        rename = "ephemeralStorage",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub ephemeral_storage: Option<EphemeralStorage>,
    #[serde(
        rename = "executionRoleArn",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub execution_role_arn: Option<String>,
    #[serde(
        rename = "inferenceAcceleratorOverrides",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub inference_accelerator_overrides: Option<Vec<InferenceAcceleratorOverride>>,
    #[serde(rename = "memory", default, skip_serializing_if = "Option::is_none")]
    pub memory: Option<String>,
    #[serde(
        rename = "taskRoleArn",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub task_role_arn: Option<String>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct TaskSet {
    #[serde(
        rename = "capacityProviderStrategy",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub capacity_provider_strategy: Option<Vec<CapacityProviderStrategyItem>>,
    #[serde(
        rename = "clusterArn",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub cluster_arn: Option<String>,
    #[serde(rename = "computedDesiredCount", default)]
    pub computed_desired_count: i32,
    #[serde(rename = "createdAt", default, skip_serializing_if = "Option::is_none")]
    pub created_at: Option<Timestamp>,
    #[serde(
        rename = "externalId",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub external_id: Option<String>,
    #[serde(
        rename = "fargateEphemeralStorage",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub fargate_ephemeral_storage: Option<DeploymentEphemeralStorage>,
    #[serde(rename = "id", default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    #[serde(
        rename = "launchType",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub launch_type: Option<LaunchType>,
    #[serde(
        rename = "loadBalancers",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub load_balancers: Option<Vec<LoadBalancer>>,
    #[serde(
        rename = "networkConfiguration",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub network_configuration: Option<NetworkConfiguration>,
    #[serde(rename = "pendingCount", default)]
    pub pending_count: i32,
    #[serde(
        rename = "platformFamily",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub platform_family: Option<String>,
    #[serde(
        rename = "platformVersion",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub platform_version: Option<String>,
    #[serde(rename = "runningCount", default)]
    pub running_count: i32,
    #[serde(rename = "scale", default, skip_serializing_if = "Option::is_none")]
    pub scale: Option<Scale>,
    #[serde(
        rename = "serviceArn",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub service_arn: Option<String>,
    #[serde(
        rename = "serviceRegistries",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub service_registries: Option<Vec<ServiceRegistry>>,
    #[serde(
        rename = "stabilityStatus",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub stability_status: Option<StabilityStatus>,
    #[serde(
        rename = "stabilityStatusAt",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub stability_status_at: Option<Timestamp>,
    #[serde(rename = "startedBy", default, skip_serializing_if = "Option::is_none")]
    pub started_by: Option<String>,
    #[serde(rename = "status", default, skip_serializing_if = "Option::is_none")]
    pub status: Option<String>,
    #[serde(rename = "tags", default, skip_serializing_if = "Option::is_none")]
    pub tags: Option<Vec<Tag>>,
    #[serde(
        rename = "taskDefinition",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub task_definition: Option<String>,
    #[serde(
        rename = "taskSetArn",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub task_set_arn: Option<String>,
    #[serde(rename = "updatedAt", default, skip_serializing_if = "Option::is_none")]
    pub updated_at: Option<Timestamp>,
}

#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Default, Serialize, Deserialize,
)]
pub enum TaskSetField {
    #[default]
    #[serde(rename = "TAGS")]
    Tags,
}

impl TaskSetField {
    pub const ALL: [TaskSetField; 1] = [TaskSetField::Tags];

    pub const fn as_str(self) -> &'static str {
        match self {
            TaskSetField::Tags => "TAGS",
        }
    }

    pub fn parse(value: &str) -> Option<Self> {
        match value {
            "TAGS" => Some(TaskSetField::Tags),
            _ => None,
        }
    }
}

impl std::fmt::Display for TaskSetField {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Default, Serialize, Deserialize,
)]
pub enum TaskStopCode {
    #[default]
    #[serde(rename = "TaskFailedToStart")]
    TaskFailedToStart,
    #[serde(rename = "EssentialContainerExited")]
    EssentialContainerExited,
    #[serde(rename = "UserInitiated")]
    UserInitiated,
    #[serde(rename = "ServiceSchedulerInitiated")]
    ServiceSchedulerInitiated,
    #[serde(rename = "SpotInterruption")]
    SpotInterruption,
    #[serde(rename = "TerminationNotice")]
    TerminationNotice,
    #[serde(rename = "InfrastructureHealth")]
    InfrastructureHealth,
}

impl TaskStopCode {
    pub const ALL: [TaskStopCode; 7] = [
        TaskStopCode::TaskFailedToStart,
        TaskStopCode::EssentialContainerExited,
        TaskStopCode::UserInitiated,
        TaskStopCode::ServiceSchedulerInitiated,
        TaskStopCode::SpotInterruption,
        TaskStopCode::TerminationNotice,
        TaskStopCode::InfrastructureHealth,
    ];

    pub const fn as_str(self) -> &'static str {
        match self {
            TaskStopCode::TaskFailedToStart => "TaskFailedToStart",
            TaskStopCode::EssentialContainerExited => "EssentialContainerExited",
            TaskStopCode::UserInitiated => "UserInitiated",
            TaskStopCode::ServiceSchedulerInitiated => "ServiceSchedulerInitiated",
            TaskStopCode::SpotInterruption => "SpotInterruption",
            TaskStopCode::TerminationNotice => "TerminationNotice",
            TaskStopCode::InfrastructureHealth => "InfrastructureHealth",
        }
    }

    pub fn parse(value: &str) -> Option<Self> {
        match value {
            "TaskFailedToStart" => Some(TaskStopCode::TaskFailedToStart),
            "EssentialContainerExited" => Some(TaskStopCode::EssentialContainerExited),
            "UserInitiated" => Some(TaskStopCode::UserInitiated),
            "ServiceSchedulerInitiated" => Some(TaskStopCode::ServiceSchedulerInitiated),
            "SpotInterruption" => Some(TaskStopCode::SpotInterruption),
            "TerminationNotice" => Some(TaskStopCode::TerminationNotice),
            "InfrastructureHealth" => Some(TaskStopCode::InfrastructureHealth),
            _ => None,
        }
    }
}

impl std::fmt::Display for TaskStopCode {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct TaskVolumeConfiguration {
    #[serde(
        rename = "managedEBSVolume",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub managed_ebs_volume: Option<TaskManagedEBSVolumeConfiguration>,
    #[serde(rename = "name")]
    pub name: String,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct ThresholdConfiguration {
    #[serde(rename = "type")]
    pub r#type: ThresholdType,
    #[serde(rename = "value", default)]
    pub value: i32,
}

#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Default, Serialize, Deserialize,
)]
pub enum ThresholdType {
    #[default]
    #[serde(rename = "COUNT")]
    Count,
    #[serde(rename = "BOUNDED_PERCENT")]
    BoundedPercent,
    #[serde(rename = "UNBOUNDED_PERCENT")]
    UnboundedPercent,
}

impl ThresholdType {
    pub const ALL: [ThresholdType; 3] = [
        ThresholdType::Count,
        ThresholdType::BoundedPercent,
        ThresholdType::UnboundedPercent,
    ];

    pub const fn as_str(self) -> &'static str {
        match self {
            ThresholdType::Count => "COUNT",
            ThresholdType::BoundedPercent => "BOUNDED_PERCENT",
            ThresholdType::UnboundedPercent => "UNBOUNDED_PERCENT",
        }
    }

    pub fn parse(value: &str) -> Option<Self> {
        match value {
            "COUNT" => Some(ThresholdType::Count),
            "BOUNDED_PERCENT" => Some(ThresholdType::BoundedPercent),
            "UNBOUNDED_PERCENT" => Some(ThresholdType::UnboundedPercent),
            _ => None,
        }
    }
}

impl std::fmt::Display for ThresholdType {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct TimeoutConfiguration {
    #[serde(
        rename = "idleTimeoutSeconds",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub idle_timeout_seconds: Option<i32>,
    #[serde(
        rename = "perRequestTimeoutSeconds",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub per_request_timeout_seconds: Option<i32>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Tmpfs {
    #[serde(rename = "containerPath")]
    pub container_path: String,
    #[serde(
        rename = "mountOptions",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub mount_options: Option<Vec<String>>,
    #[serde(rename = "size", default)]
    pub size: i32,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct TotalLocalStorageGBRequest {
    #[serde(rename = "max", default, skip_serializing_if = "Option::is_none")]
    pub max: Option<f64>,
    #[serde(rename = "min", default, skip_serializing_if = "Option::is_none")]
    pub min: Option<f64>,
}

#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Default, Serialize, Deserialize,
)]
pub enum TransportProtocol {
    #[default]
    #[serde(rename = "tcp")]
    Tcp,
    #[serde(rename = "udp")]
    Udp,
}

impl TransportProtocol {
    pub const ALL: [TransportProtocol; 2] = [TransportProtocol::Tcp, TransportProtocol::Udp];

    pub const fn as_str(self) -> &'static str {
        match self {
            TransportProtocol::Tcp => "tcp",
            TransportProtocol::Udp => "udp",
        }
    }

    pub fn parse(value: &str) -> Option<Self> {
        match value {
            "tcp" => Some(TransportProtocol::Tcp),
            "udp" => Some(TransportProtocol::Udp),
            _ => None,
        }
    }
}

impl std::fmt::Display for TransportProtocol {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct TrustedExecutionConfiguration {
    #[serde(
        rename = "attestationPolicy",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub attestation_policy: Option<String>,
    #[serde(rename = "isolationMode")]
    pub isolation_mode: IsolationMode,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct TrustedExecutionSummary {
    #[serde(
        rename = "attestationPolicyStatus",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub attestation_policy_status: Option<AttestationPolicyStatus>,
    #[serde(rename = "isolationMode")]
    pub isolation_mode: IsolationMode,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Ulimit {
    #[serde(rename = "hardLimit", default)]
    pub hard_limit: i32,
    #[serde(rename = "name")]
    pub name: UlimitName,
    #[serde(rename = "softLimit", default)]
    pub soft_limit: i32,
}

#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Default, Serialize, Deserialize,
)]
pub enum UlimitName {
    #[default]
    #[serde(rename = "core")]
    Core,
    #[serde(rename = "cpu")]
    Cpu,
    #[serde(rename = "data")]
    Data,
    #[serde(rename = "fsize")]
    Fsize,
    #[serde(rename = "locks")]
    Locks,
    #[serde(rename = "memlock")]
    Memlock,
    #[serde(rename = "msgqueue")]
    Msgqueue,
    #[serde(rename = "nice")]
    Nice,
    #[serde(rename = "nofile")]
    Nofile,
    #[serde(rename = "nproc")]
    Nproc,
    #[serde(rename = "rss")]
    Rss,
    #[serde(rename = "rtprio")]
    Rtprio,
    #[serde(rename = "rttime")]
    Rttime,
    #[serde(rename = "sigpending")]
    Sigpending,
    #[serde(rename = "stack")]
    Stack,
}

impl UlimitName {
    pub const ALL: [UlimitName; 15] = [
        UlimitName::Core,
        UlimitName::Cpu,
        UlimitName::Data,
        UlimitName::Fsize,
        UlimitName::Locks,
        UlimitName::Memlock,
        UlimitName::Msgqueue,
        UlimitName::Nice,
        UlimitName::Nofile,
        UlimitName::Nproc,
        UlimitName::Rss,
        UlimitName::Rtprio,
        UlimitName::Rttime,
        UlimitName::Sigpending,
        UlimitName::Stack,
    ];

    pub const fn as_str(self) -> &'static str {
        match self {
            UlimitName::Core => "core",
            UlimitName::Cpu => "cpu",
            UlimitName::Data => "data",
            UlimitName::Fsize => "fsize",
            UlimitName::Locks => "locks",
            UlimitName::Memlock => "memlock",
            UlimitName::Msgqueue => "msgqueue",
            UlimitName::Nice => "nice",
            UlimitName::Nofile => "nofile",
            UlimitName::Nproc => "nproc",
            UlimitName::Rss => "rss",
            UlimitName::Rtprio => "rtprio",
            UlimitName::Rttime => "rttime",
            UlimitName::Sigpending => "sigpending",
            UlimitName::Stack => "stack",
        }
    }

    pub fn parse(value: &str) -> Option<Self> {
        match value {
            "core" => Some(UlimitName::Core),
            "cpu" => Some(UlimitName::Cpu),
            "data" => Some(UlimitName::Data),
            "fsize" => Some(UlimitName::Fsize),
            "locks" => Some(UlimitName::Locks),
            "memlock" => Some(UlimitName::Memlock),
            "msgqueue" => Some(UlimitName::Msgqueue),
            "nice" => Some(UlimitName::Nice),
            "nofile" => Some(UlimitName::Nofile),
            "nproc" => Some(UlimitName::Nproc),
            "rss" => Some(UlimitName::Rss),
            "rtprio" => Some(UlimitName::Rtprio),
            "rttime" => Some(UlimitName::Rttime),
            "sigpending" => Some(UlimitName::Sigpending),
            "stack" => Some(UlimitName::Stack),
            _ => None,
        }
    }
}

impl std::fmt::Display for UlimitName {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct UntagResourceRequest {
    #[serde(rename = "resourceArn")]
    pub resource_arn: String,
    #[serde(rename = "tagKeys")]
    pub tag_keys: Vec<String>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct UntagResourceResponse {}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct UpdateCapacityProviderRequest {
    #[serde(
        rename = "autoScalingGroupProvider",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub auto_scaling_group_provider: Option<AutoScalingGroupProviderUpdate>,
    #[serde(rename = "cluster", default, skip_serializing_if = "Option::is_none")]
    pub cluster: Option<String>,
    #[serde(
        rename = "managedInstancesProvider",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub managed_instances_provider: Option<UpdateManagedInstancesProviderConfiguration>,
    #[serde(rename = "name")]
    pub name: String,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct UpdateCapacityProviderResponse {
    #[serde(
        rename = "capacityProvider",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub capacity_provider: Option<CapacityProvider>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct UpdateClusterRequest {
    #[serde(rename = "cluster")]
    pub cluster: String,
    #[serde(
        rename = "configuration",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub configuration: Option<ClusterConfiguration>,
    #[serde(
        rename = "serviceConnectDefaults",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub service_connect_defaults: Option<ClusterServiceConnectDefaultsRequest>,
    #[serde(rename = "settings", default, skip_serializing_if = "Option::is_none")]
    pub settings: Option<Vec<ClusterSetting>>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct UpdateClusterResponse {
    #[serde(rename = "cluster", default, skip_serializing_if = "Option::is_none")]
    pub cluster: Option<Cluster>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct UpdateClusterSettingsRequest {
    #[serde(rename = "cluster")]
    pub cluster: String,
    #[serde(rename = "settings")]
    pub settings: Vec<ClusterSetting>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct UpdateClusterSettingsResponse {
    #[serde(rename = "cluster", default, skip_serializing_if = "Option::is_none")]
    pub cluster: Option<Cluster>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct UpdateContainerAgentRequest {
    #[serde(rename = "cluster", default, skip_serializing_if = "Option::is_none")]
    pub cluster: Option<String>,
    #[serde(rename = "containerInstance")]
    pub container_instance: String,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct UpdateContainerAgentResponse {
    #[serde(
        rename = "containerInstance",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub container_instance: Option<ContainerInstance>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct UpdateContainerInstancesStateRequest {
    #[serde(rename = "cluster", default, skip_serializing_if = "Option::is_none")]
    pub cluster: Option<String>,
    #[serde(rename = "containerInstances")]
    pub container_instances: Vec<String>,
    #[serde(rename = "status")]
    pub status: ContainerInstanceStatus,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct UpdateContainerInstancesStateResponse {
    #[serde(
        rename = "containerInstances",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub container_instances: Option<Vec<ContainerInstance>>,
    #[serde(rename = "failures", default, skip_serializing_if = "Option::is_none")]
    pub failures: Option<Vec<Failure>>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct UpdateDaemonRequest {
    #[serde(rename = "capacityProviderArns")]
    pub capacity_provider_arns: Vec<String>,
    #[serde(rename = "critical", default, skip_serializing_if = "Option::is_none")]
    pub critical: Option<bool>,
    #[serde(rename = "daemonArn")]
    pub daemon_arn: String,
    #[serde(rename = "daemonTaskDefinitionArn")]
    pub daemon_task_definition_arn: String,
    #[serde(
        rename = "deploymentConfiguration",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub deployment_configuration: Option<DaemonDeploymentConfiguration>,
    #[serde(rename = "enableECSManagedTags", default)]
    pub enable_ecs_managed_tags: bool,
    #[serde(rename = "enableExecuteCommand", default)]
    pub enable_execute_command: bool,
    #[serde(
        rename = "propagateTags",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub propagate_tags: Option<DaemonPropagateTags>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct UpdateDaemonResponse {
    #[serde(rename = "createdAt", default, skip_serializing_if = "Option::is_none")]
    pub created_at: Option<Timestamp>,
    #[serde(rename = "daemonArn", default, skip_serializing_if = "Option::is_none")]
    pub daemon_arn: Option<String>,
    #[serde(
        rename = "deploymentArn",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub deployment_arn: Option<String>,
    #[serde(rename = "status", default, skip_serializing_if = "Option::is_none")]
    pub status: Option<DaemonStatus>,
    #[serde(rename = "updatedAt", default, skip_serializing_if = "Option::is_none")]
    pub updated_at: Option<Timestamp>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct UpdateExpressGatewayServiceRequest {
    #[serde(rename = "cpu", default, skip_serializing_if = "Option::is_none")]
    pub cpu: Option<String>,
    #[serde(
        rename = "cpuArchitecture",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub cpu_architecture: Option<ExpressCpuArchitecture>,
    #[serde(
        rename = "executionRoleArn",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub execution_role_arn: Option<String>,
    #[serde(
        rename = "healthCheckPath",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub health_check_path: Option<String>,
    #[serde(rename = "memory", default, skip_serializing_if = "Option::is_none")]
    pub memory: Option<String>,
    #[serde(
        rename = "networkConfiguration",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub network_configuration: Option<ExpressGatewayServiceNetworkConfiguration>,
    #[serde(
        rename = "primaryContainer",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub primary_container: Option<ExpressGatewayContainer>,
    #[serde(
        rename = "scalingTarget",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub scaling_target: Option<ExpressGatewayScalingTarget>,
    #[serde(rename = "serviceArn")]
    pub service_arn: String,
    #[serde(
        rename = "taskDefinitionArn",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub task_definition_arn: Option<String>,
    #[serde(
        rename = "taskRoleArn",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub task_role_arn: Option<String>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct UpdateExpressGatewayServiceResponse {
    #[serde(rename = "service", default, skip_serializing_if = "Option::is_none")]
    pub service: Option<UpdatedExpressGatewayService>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct UpdateGatewayAlbConfiguration {
    #[serde(
        rename = "accessLogs",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub access_logs: Option<GatewayElbAccessLogConfiguration>,
    #[serde(
        rename = "httpDesync",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub http_desync: Option<GatewayAlbDesyncMitigationMode>,
    #[serde(
        rename = "maxAlbCount",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub max_alb_count: Option<i32>,
    #[serde(
        rename = "networkConfiguration",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub network_configuration: Option<UpdateGatewayNetworkConfiguration>,
    #[serde(
        rename = "testTrafficRules",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub test_traffic_rules: Option<GatewayAlbTestTrafficRules>,
    #[serde(rename = "webACLArn", default, skip_serializing_if = "Option::is_none")]
    pub web_acl_arn: Option<String>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct UpdateGatewayConfiguration {
    #[serde(
        rename = "hostSharedAlb",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub host_shared_alb: Option<UpdateGatewayAlbConfiguration>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct UpdateGatewayNetworkConfiguration {
    #[serde(
        rename = "inboundSecurityGroup",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub inbound_security_group: Option<String>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct UpdateGatewayRequest {
    #[serde(
        rename = "configuration",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub configuration: Option<UpdateGatewayConfiguration>,
    #[serde(
        rename = "deletionProtection",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub deletion_protection: Option<bool>,
    #[serde(rename = "gateway")]
    pub gateway: String,
    #[serde(
        rename = "infrastructureRoleArn",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub infrastructure_role_arn: Option<String>,
    #[serde(
        rename = "propagateTags",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub propagate_tags: Option<PropagateGatewayTags>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct UpdateGatewayResponse {
    #[serde(
        rename = "gatewayArn",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub gateway_arn: Option<String>,
    #[serde(rename = "name", default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    #[serde(rename = "status", default, skip_serializing_if = "Option::is_none")]
    pub status: Option<GatewayStatus>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct UpdateManagedInstancesProviderConfiguration {
    #[serde(
        rename = "autoRepairConfiguration",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub auto_repair_configuration: Option<AutoRepairConfiguration>,
    #[serde(
        rename = "infrastructureOptimization",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub infrastructure_optimization: Option<InfrastructureOptimization>,
    #[serde(rename = "infrastructureRoleArn")]
    pub infrastructure_role_arn: String,
    #[serde(rename = "instanceLaunchTemplate")]
    pub instance_launch_template: InstanceLaunchTemplateUpdate,
    #[serde(
        rename = "propagateTags",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub propagate_tags: Option<PropagateMITags>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct UpdateServicePrimaryTaskSetRequest {
    #[serde(rename = "cluster")]
    pub cluster: String,
    #[serde(rename = "primaryTaskSet")]
    pub primary_task_set: String,
    #[serde(rename = "service")]
    pub service: String,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct UpdateServicePrimaryTaskSetResponse {
    #[serde(rename = "taskSet", default, skip_serializing_if = "Option::is_none")]
    pub task_set: Option<TaskSet>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct UpdateServiceRequest {
    #[serde(
        rename = "availabilityZoneRebalancing",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub availability_zone_rebalancing: Option<AvailabilityZoneRebalancing>,
    #[serde(
        rename = "capacityProviderStrategy",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub capacity_provider_strategy: Option<Vec<CapacityProviderStrategyItem>>,
    #[serde(rename = "cluster", default, skip_serializing_if = "Option::is_none")]
    pub cluster: Option<String>,
    #[serde(
        rename = "deploymentConfiguration",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub deployment_configuration: Option<DeploymentConfiguration>,
    #[serde(
        rename = "deploymentController",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub deployment_controller: Option<DeploymentController>,
    #[serde(
        rename = "desiredCount",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub desired_count: Option<i32>,
    #[serde(
        rename = "enableECSManagedTags",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub enable_ecs_managed_tags: Option<bool>,
    #[serde(
        rename = "enableExecuteCommand",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub enable_execute_command: Option<bool>,
    #[serde(rename = "forceNewDeployment", default)]
    pub force_new_deployment: bool,
    #[serde(
        rename = "gatewayConnectors",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub gateway_connectors: Option<Vec<GatewayConnector>>,
    #[serde(
        rename = "healthCheckGracePeriodSeconds",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub health_check_grace_period_seconds: Option<i32>,
    #[serde(
        rename = "loadBalancers",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub load_balancers: Option<Vec<LoadBalancer>>,
    #[serde(
        rename = "monitoring",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub monitoring: Option<MonitoringConfiguration>,
    #[serde(
        rename = "networkConfiguration",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub network_configuration: Option<NetworkConfiguration>,
    #[serde(
        rename = "placementConstraints",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub placement_constraints: Option<Vec<PlacementConstraint>>,
    #[serde(
        rename = "placementStrategy",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub placement_strategy: Option<Vec<PlacementStrategy>>,
    #[serde(
        rename = "platformVersion",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub platform_version: Option<String>,
    #[serde(
        rename = "propagateTags",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub propagate_tags: Option<PropagateTags>,
    #[serde(rename = "service")]
    pub service: String,
    #[serde(
        rename = "serviceConnectConfiguration",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub service_connect_configuration: Option<ServiceConnectConfiguration>,
    #[serde(
        rename = "serviceRegistries",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub service_registries: Option<Vec<ServiceRegistry>>,
    #[serde(
        rename = "taskDefinition",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub task_definition: Option<String>,
    #[serde(
        rename = "volumeConfigurations",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub volume_configurations: Option<Vec<ServiceVolumeConfiguration>>,
    #[serde(
        rename = "vpcLatticeConfigurations",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub vpc_lattice_configurations: Option<Vec<VpcLatticeConfiguration>>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct UpdateServiceResponse {
    #[serde(rename = "service", default, skip_serializing_if = "Option::is_none")]
    pub service: Option<Service>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct UpdateTaskProtectionRequest {
    #[serde(rename = "cluster")]
    pub cluster: String,
    #[serde(
        rename = "expiresInMinutes",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub expires_in_minutes: Option<i32>,
    #[serde(rename = "protectionEnabled", default)]
    pub protection_enabled: bool,
    #[serde(rename = "tasks")]
    pub tasks: Vec<String>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct UpdateTaskProtectionResponse {
    #[serde(rename = "failures", default, skip_serializing_if = "Option::is_none")]
    pub failures: Option<Vec<Failure>>,
    #[serde(
        rename = "protectedTasks",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub protected_tasks: Option<Vec<ProtectedTask>>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct UpdateTaskSetRequest {
    #[serde(rename = "cluster")]
    pub cluster: String,
    #[serde(rename = "scale")]
    pub scale: Scale,
    #[serde(rename = "service")]
    pub service: String,
    #[serde(rename = "taskSet")]
    pub task_set: String,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct UpdateTaskSetResponse {
    #[serde(rename = "taskSet", default, skip_serializing_if = "Option::is_none")]
    pub task_set: Option<TaskSet>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct UpdatedExpressGatewayService {
    #[serde(rename = "cluster", default, skip_serializing_if = "Option::is_none")]
    pub cluster: Option<String>,
    #[serde(rename = "createdAt", default, skip_serializing_if = "Option::is_none")]
    pub created_at: Option<Timestamp>,
    #[serde(
        rename = "serviceArn",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub service_arn: Option<String>,
    #[serde(
        rename = "serviceName",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub service_name: Option<String>,
    #[serde(rename = "status", default, skip_serializing_if = "Option::is_none")]
    pub status: Option<ExpressGatewayServiceStatus>,
    #[serde(
        rename = "targetConfiguration",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub target_configuration: Option<ExpressGatewayServiceConfiguration>,
    #[serde(rename = "updatedAt", default, skip_serializing_if = "Option::is_none")]
    pub updated_at: Option<Timestamp>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct VCpuCountRangeRequest {
    #[serde(rename = "max", default, skip_serializing_if = "Option::is_none")]
    pub max: Option<i32>,
    #[serde(rename = "min")]
    pub min: i32,
}

#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Default, Serialize, Deserialize,
)]
pub enum VersionConsistency {
    #[default]
    #[serde(rename = "enabled")]
    Enabled,
    #[serde(rename = "disabled")]
    Disabled,
}

impl VersionConsistency {
    pub const ALL: [VersionConsistency; 2] =
        [VersionConsistency::Enabled, VersionConsistency::Disabled];

    pub const fn as_str(self) -> &'static str {
        match self {
            VersionConsistency::Enabled => "enabled",
            VersionConsistency::Disabled => "disabled",
        }
    }

    pub fn parse(value: &str) -> Option<Self> {
        match value {
            "enabled" => Some(VersionConsistency::Enabled),
            "disabled" => Some(VersionConsistency::Disabled),
            _ => None,
        }
    }
}

impl std::fmt::Display for VersionConsistency {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct VersionInfo {
    #[serde(rename = "agentHash", default, skip_serializing_if = "Option::is_none")]
    pub agent_hash: Option<String>,
    #[serde(
        rename = "agentVersion",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub agent_version: Option<String>,
    #[serde(
        rename = "dockerVersion",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub docker_version: Option<String>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Volume {
    #[serde(
        rename = "configuredAtLaunch",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub configured_at_launch: Option<bool>,
    #[serde(
        rename = "dockerVolumeConfiguration",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub docker_volume_configuration: Option<DockerVolumeConfiguration>,
    #[serde(
        rename = "efsVolumeConfiguration",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub efs_volume_configuration: Option<EFSVolumeConfiguration>,
    #[serde(
        rename = "fsxWindowsFileServerVolumeConfiguration",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub fsx_windows_file_server_volume_configuration:
        Option<FSxWindowsFileServerVolumeConfiguration>,
    #[serde(rename = "host", default, skip_serializing_if = "Option::is_none")]
    pub host: Option<HostVolumeProperties>,
    #[serde(rename = "name", default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    #[serde(
        rename = "s3filesVolumeConfiguration",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub s3files_volume_configuration: Option<S3FilesVolumeConfiguration>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct VolumeFrom {
    #[serde(rename = "readOnly", default, skip_serializing_if = "Option::is_none")]
    pub read_only: Option<bool>,
    #[serde(
        rename = "sourceContainer",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub source_container: Option<String>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct VpcLatticeAdvancedConfiguration {
    #[serde(
        rename = "alternateTargetGroupArn",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub alternate_target_group_arn: Option<String>,
    #[serde(
        rename = "productionListenerRule",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub production_listener_rule: Option<String>,
    #[serde(
        rename = "testListenerRule",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub test_listener_rule: Option<String>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct VpcLatticeConfiguration {
    #[serde(
        rename = "advancedConfiguration",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub advanced_configuration: Option<VpcLatticeAdvancedConfiguration>,
    #[serde(rename = "portName")]
    pub port_name: String,
    #[serde(rename = "roleArn")]
    pub role_arn: String,
    #[serde(rename = "targetGroupArn")]
    pub target_group_arn: String,
}
