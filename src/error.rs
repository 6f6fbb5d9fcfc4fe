//! The one error type of the API. Every failure an operation or the HTTP stack can answer with is
//! an `EcsError`; `http::render` turns it into `{"__type", "message"}` and nothing else does.

use std::fmt;

/// The exception an error is reported as: the model's exception shapes plus the few protocol
/// errors that AWS JSON front ends answer with before an operation runs.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ErrorKind {
    AccessDenied,
    AttributeLimitExceeded,
    Blocked,
    Client,
    ClusterContainsCapacityProvider,
    ClusterContainsContainerInstances,
    ClusterContainsServices,
    ClusterContainsTasks,
    ClusterNotFound,
    Conflict,
    DaemonNotActive,
    DaemonNotFound,
    GatewayNotFound,
    InvalidParameter,
    LimitExceeded,
    MissingVersion,
    NamespaceNotFound,
    NoUpdateAvailable,
    PlatformTaskDefinitionIncompatibility,
    PlatformUnknown,
    ResourceInUse,
    ResourceNotFound,
    Server,
    ServiceDeploymentNotFound,
    ServiceNotActive,
    ServiceNotFound,
    TargetNotConnected,
    TargetNotFound,
    TaskSetNotFound,
    UnsupportedFeature,
    UpdateInProgress,
    // Protocol errors (not in the model).
    UnknownOperation,
    Serialization,
    WrongEndpoint,
    /// An introspection endpoint names a task that does not exist.
    IntrospectionNotFound,
    UnsupportedMediaType,
    RequestTooLarge,
}

impl ErrorKind {
    /// The `__type` on the wire.
    pub const fn code(self) -> &'static str {
        match self {
            Self::AccessDenied => "AccessDeniedException",
            Self::AttributeLimitExceeded => "AttributeLimitExceededException",
            Self::Blocked => "BlockedException",
            Self::Client => "ClientException",
            Self::ClusterContainsCapacityProvider => "ClusterContainsCapacityProviderException",
            Self::ClusterContainsContainerInstances => "ClusterContainsContainerInstancesException",
            Self::ClusterContainsServices => "ClusterContainsServicesException",
            Self::ClusterContainsTasks => "ClusterContainsTasksException",
            Self::ClusterNotFound => "ClusterNotFoundException",
            Self::Conflict => "ConflictException",
            Self::DaemonNotActive => "DaemonNotActiveException",
            Self::DaemonNotFound => "DaemonNotFoundException",
            Self::GatewayNotFound => "GatewayNotFoundException",
            Self::InvalidParameter => "InvalidParameterException",
            Self::LimitExceeded => "LimitExceededException",
            Self::MissingVersion => "MissingVersionException",
            Self::NamespaceNotFound => "NamespaceNotFoundException",
            Self::NoUpdateAvailable => "NoUpdateAvailableException",
            Self::PlatformTaskDefinitionIncompatibility => {
                "PlatformTaskDefinitionIncompatibilityException"
            }
            Self::PlatformUnknown => "PlatformUnknownException",
            Self::ResourceInUse => "ResourceInUseException",
            Self::ResourceNotFound | Self::IntrospectionNotFound => "ResourceNotFoundException",
            Self::Server => "ServerException",
            Self::ServiceDeploymentNotFound => "ServiceDeploymentNotFoundException",
            Self::ServiceNotActive => "ServiceNotActiveException",
            Self::ServiceNotFound => "ServiceNotFoundException",
            Self::TargetNotConnected => "TargetNotConnectedException",
            Self::TargetNotFound => "TargetNotFoundException",
            Self::TaskSetNotFound => "TaskSetNotFoundException",
            Self::UnsupportedFeature => "UnsupportedFeatureException",
            Self::UpdateInProgress => "UpdateInProgressException",
            Self::UnknownOperation | Self::WrongEndpoint => "UnknownOperationException",
            Self::Serialization | Self::UnsupportedMediaType => "SerializationException",
            Self::RequestTooLarge => "RequestEntityTooLargeException",
        }
    }

    /// The HTTP status: the model has no httpError traits, so every modelled client exception is
    /// 400 and its one fault (`ServerException`) 500.
    pub const fn status(self) -> u16 {
        match self {
            Self::Server => 500,
            Self::WrongEndpoint | Self::IntrospectionNotFound => 404,
            Self::UnsupportedMediaType => 415,
            Self::RequestTooLarge => 413,
            _ => 400,
        }
    }
}

/// An error answered to the client. `resource_ids` is only sent for `ConflictException`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EcsError {
    pub kind: ErrorKind,
    pub message: String,
    pub resource_ids: Vec<String>,
}

impl EcsError {
    pub fn new(kind: ErrorKind, message: impl Into<String>) -> Self {
        Self {
            kind,
            message: message.into(),
            resource_ids: Vec::new(),
        }
    }

    pub fn client(message: impl Into<String>) -> Self {
        Self::new(ErrorKind::Client, message)
    }

    pub fn invalid_parameter(message: impl Into<String>) -> Self {
        Self::new(ErrorKind::InvalidParameter, message)
    }

    pub fn server(message: impl Into<String>) -> Self {
        Self::new(ErrorKind::Server, message)
    }

    pub fn cluster_not_found() -> Self {
        Self::new(ErrorKind::ClusterNotFound, "Cluster not found.")
    }

    pub fn conflict(message: impl Into<String>, resource_ids: Vec<String>) -> Self {
        Self {
            resource_ids,
            ..Self::new(ErrorKind::Conflict, message)
        }
    }

    pub fn code(&self) -> &'static str {
        self.kind.code()
    }

    pub fn status(&self) -> u16 {
        self.kind.status()
    }
}

impl fmt::Display for EcsError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.code(), self.message)
    }
}

impl std::error::Error for EcsError {}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn client_errors_are_400_and_the_fault_is_500() {
        assert_eq!(EcsError::cluster_not_found().status(), 400);
        assert_eq!(EcsError::invalid_parameter("x").status(), 400);
        assert_eq!(EcsError::server("x").status(), 500);
        assert_eq!(
            EcsError::cluster_not_found().code(),
            "ClusterNotFoundException"
        );
    }

    #[test]
    fn protocol_errors_use_the_codes_sdks_know() {
        assert_eq!(
            ErrorKind::UnknownOperation.code(),
            "UnknownOperationException"
        );
        assert_eq!(ErrorKind::Serialization.code(), "SerializationException");
        assert_eq!(ErrorKind::WrongEndpoint.status(), 404);
    }
}
