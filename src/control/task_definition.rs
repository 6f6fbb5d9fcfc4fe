//! Task definitions: families of numbered revisions, registration rules, and resolution of the
//! `family`, `family:revision` and ARN forms callers use to name them.

use std::collections::BTreeMap;

use super::arn::{self, Scope};
use crate::error::EcsError;
use crate::wire::{
    self, Compatibility, ContainerCondition, NetworkMode, OSFamily, TaskDefinitionStatus, Timestamp,
};

/// One revision and its tags.
#[derive(Debug, Clone)]
pub struct Revision {
    pub definition: wire::TaskDefinition,
    pub tags: Vec<wire::Tag>,
}

impl Revision {
    pub fn status(&self) -> TaskDefinitionStatus {
        self.definition.status.unwrap_or_default()
    }
}

/// A family keeps its revision counter after revisions are deregistered or deleted, so numbers
/// are never reused. Daemon task definitions are numbered the same way (`R` is their record).
#[derive(Debug, Clone)]
pub struct Family<R = Revision> {
    pub last_revision: i32,
    pub revisions: BTreeMap<i32, R>,
}

impl<R> Default for Family<R> {
    fn default() -> Self {
        Self {
            last_revision: 0,
            revisions: BTreeMap::new(),
        }
    }
}

impl<R> Family<R> {
    /// Adds what `make` builds for the next revision number, and returns it.
    pub fn add(&mut self, make: impl FnOnce(i32) -> R) -> &R {
        self.last_revision += 1;
        let revision = self.last_revision;
        self.revisions.entry(revision).or_insert(make(revision))
    }
}

#[derive(Debug, Clone, Default)]
pub struct TaskDefinitions {
    pub families: BTreeMap<String, Family>,
}

/// How a caller named a task definition.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TaskDefinitionRef {
    pub family: String,
    pub revision: Option<i32>,
}

impl TaskDefinitionRef {
    /// Parses `family`, `family:revision` or a task-definition ARN; `None` if it is none of
    /// these (or an ARN of another account or region).
    pub fn parse(scope: &Scope, reference: &str) -> Option<Self> {
        Self::parse_as(scope, "task-definition", reference)
    }

    /// The same for another resource type whose ARNs end in `family:revision` (daemon task
    /// definitions).
    pub fn parse_as(scope: &Scope, resource_type: &str, reference: &str) -> Option<Self> {
        let local = arn::local_path(scope, resource_type, reference)?;
        match local.rsplit_once(':') {
            Some((family, revision)) => Some(Self {
                family: family.to_owned(),
                revision: Some(revision.parse().ok().filter(|r| *r > 0)?),
            }),
            None if reference.starts_with("arn:") => None,
            None => Some(Self {
                family: local.to_owned(),
                revision: None,
            }),
        }
    }
}

impl TaskDefinitions {
    /// The revision a reference names: an explicit revision in any status, or the latest ACTIVE
    /// revision of a family.
    pub fn resolve(&self, reference: &TaskDefinitionRef) -> Option<&Revision> {
        let family = self.families.get(&reference.family)?;
        match reference.revision {
            Some(r) => family.revisions.get(&r),
            None => family
                .revisions
                .values()
                .rev()
                .find(|r| r.status() == TaskDefinitionStatus::Active),
        }
    }

    pub fn get(&self, family: &str, revision: i32) -> Option<&Revision> {
        self.families.get(family)?.revisions.get(&revision)
    }

    pub fn resolve_mut(&mut self, family: &str, revision: i32) -> Option<&mut Revision> {
        self.families.get_mut(family)?.revisions.get_mut(&revision)
    }

    /// Adds a validated definition as the family's next revision and returns it.
    pub fn register(
        &mut self,
        scope: &Scope,
        mut definition: wire::TaskDefinition,
        tags: Vec<wire::Tag>,
    ) -> &Revision {
        let family_name = definition.family.clone().unwrap_or_default();
        let family = self.families.entry(family_name.clone()).or_default();
        family.add(|revision| {
            definition.revision = revision;
            definition.task_definition_arn = Some(scope.task_definition(&family_name, revision));
            Revision { definition, tags }
        })
    }
}

/// The largest task definition ECS registers, as JSON without its tags.
pub const MAX_DEFINITION_BYTES: usize = 65_536;

/// Validates a RegisterTaskDefinition request and builds the definition ECS would store, with
/// its echoed defaults, normalised cpu/memory and derived compatibilities.
pub fn build(
    mut request: wire::RegisterTaskDefinitionRequest,
    registered_by: &str,
    now: Timestamp,
) -> Result<(wire::TaskDefinition, Vec<wire::Tag>), EcsError> {
    let tags = request.tags.take().unwrap_or_default();
    let length = wire::encoded_len(&request);
    if length > MAX_DEFINITION_BYTES {
        return Err(EcsError::client(format!(
            "Actual length: '{length}'. Max allowed length is '{MAX_DEFINITION_BYTES}' bytes."
        )));
    }
    let family = request.family;
    if !arn::is_valid_name(&family) {
        return Err(EcsError::client(
            "Family contains invalid characters. Up to 255 letters (uppercase and lowercase), \
             numbers, hyphens, and underscores are allowed.",
        ));
    }
    if request.container_definitions.is_empty() {
        return Err(EcsError::client("Container list cannot be empty."));
    }
    let cpu = request.cpu.as_deref().map(normalize_cpu).transpose()?;
    let memory = request
        .memory
        .as_deref()
        .map(normalize_memory)
        .transpose()?;
    let volumes = build_volumes(request.volumes.unwrap_or_default())?;
    let network_mode = request.network_mode;
    let requires = request.requires_compatibilities.unwrap_or_default();

    let mut containers = Vec::with_capacity(request.container_definitions.len());
    for container in request.container_definitions {
        containers.push(build_container(container, network_mode, &volumes)?);
    }
    check_container_set(&containers, memory.is_some(), &requires)?;

    let windows = request
        .runtime_platform
        .as_ref()
        .and_then(|p| p.operating_system_family)
        .is_some_and(|f| f != OSFamily::Linux);
    let fargate_problem = fargate_incompatibility(network_mode, cpu, memory, windows, &containers)
        .or_else(|| fargate_namespace_problem(request.pid_mode, request.ipc_mode));
    if requires.contains(&Compatibility::Fargate) {
        if let Some(problem) = fargate_problem {
            return Err(EcsError::client(problem));
        }
    }
    let mut compatibilities = Vec::new();
    if network_mode != Some(NetworkMode::Awsvpc) {
        compatibilities.push(Compatibility::External);
    }
    compatibilities.push(Compatibility::Ec2);
    if fargate_problem.is_none() {
        compatibilities.push(Compatibility::Fargate);
    }
    for required in &requires {
        if !compatibilities.contains(required) && *required != Compatibility::ManagedInstances {
            return Err(EcsError::client(format!(
                "Task definition does not support launch_type {required}."
            )));
        }
    }
    if requires.contains(&Compatibility::ManagedInstances)
        && !compatibilities.contains(&Compatibility::ManagedInstances)
    {
        compatibilities.push(Compatibility::ManagedInstances);
    }

    let requires_attributes = required_attributes(
        network_mode,
        request.task_role_arn.is_some(),
        request.execution_role_arn.is_some(),
        &containers,
    );
    let definition = wire::TaskDefinition {
        task_definition_arn: None,
        family: Some(family),
        revision: 0,
        container_definitions: Some(containers),
        task_role_arn: request.task_role_arn,
        execution_role_arn: request.execution_role_arn,
        network_mode,
        volumes: Some(volumes),
        status: Some(TaskDefinitionStatus::Active),
        requires_attributes: Some(requires_attributes),
        placement_constraints: Some(request.placement_constraints.unwrap_or_default()),
        compatibilities: Some(compatibilities),
        requires_compatibilities: (!requires.is_empty()).then_some(requires),
        cpu: cpu.map(|c| c.to_string()),
        memory: memory.map(|m| m.to_string()),
        inference_accelerators: request.inference_accelerators,
        pid_mode: request.pid_mode,
        ipc_mode: request.ipc_mode,
        proxy_configuration: request.proxy_configuration,
        registered_at: Some(now),
        deregistered_at: None,
        registered_by: Some(registered_by.to_owned()),
        ephemeral_storage: request.ephemeral_storage,
        enable_fault_injection: request.enable_fault_injection,
        runtime_platform: request.runtime_platform,
        delete_requested_at: None,
        trusted_execution_configuration: request.trusted_execution_configuration,
    };
    Ok((definition, tags))
}

/// Checks volume names, which become runtime volume names and mount arguments, and fills in
/// what ECS echoes by default.
fn build_volumes(mut volumes: Vec<wire::Volume>) -> Result<Vec<wire::Volume>, EcsError> {
    for volume in &mut volumes {
        if volume
            .name
            .as_deref()
            .is_some_and(|n| !arn::is_valid_name(n))
        {
            return Err(EcsError::client("volume.name contains invalid characters."));
        }
        if let Some(efs) = &mut volume.efs_volume_configuration {
            efs.root_directory.get_or_insert_with(|| "/".to_owned());
        }
    }
    Ok(volumes)
}

fn build_container(
    mut c: wire::ContainerDefinition,
    network_mode: Option<NetworkMode>,
    volumes: &[wire::Volume],
) -> Result<wire::ContainerDefinition, EcsError> {
    let name = c.name.clone().unwrap_or_default();
    if name.is_empty() {
        return Err(EcsError::client(
            "Container.name should not be null or empty.",
        ));
    }
    if !arn::is_valid_name(&name) {
        return Err(EcsError::client(
            "Container name contains invalid characters. Up to 255 letters (uppercase and \
             lowercase), numbers, hyphens, and underscores are allowed.",
        ));
    }
    let image = c.image.as_deref().unwrap_or_default();
    if image.is_empty() {
        return Err(EcsError::client(
            "Container.image should not be null or empty.",
        ));
    }
    if image.len() > 255
        || !image
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b"-_:./#@".contains(&b))
    {
        return Err(EcsError::client(format!(
            "Invalid 'image' setting for container '{name}'. Up to 255 letters (uppercase and \
             lowercase), numbers, hyphens, underscores, colons, periods, forward slashes, and \
             number signs are allowed."
        )));
    }
    if let (Some(memory), Some(reservation)) = (c.memory, c.memory_reservation) {
        if reservation > memory {
            return Err(EcsError::client(format!(
                "Invalid setting for container '{name}'. The memory reservation must be less \
                 than or equal to the hard memory limit."
            )));
        }
    }
    for value in [c.memory, c.memory_reservation].into_iter().flatten() {
        if value < 6 {
            return Err(EcsError::client(format!(
                "Invalid 'memory' setting for container '{name}'. The minimum memory is 6 MiB."
            )));
        }
    }
    if c.cpu < 0 {
        return Err(EcsError::client(format!(
            "Invalid 'cpu' setting for container '{name}'."
        )));
    }
    for mapping in c.port_mappings.iter_mut().flatten() {
        check_port_mapping(&name, mapping, network_mode)?;
    }
    for mount in c.mount_points.iter().flatten() {
        check_mount_point(&name, mount, volumes)?;
    }
    if let Some(check) = &c.health_check {
        check_health_check(&name, check)?;
    }
    if c.links.as_ref().is_some_and(|l| !l.is_empty())
        && !matches!(network_mode, None | Some(NetworkMode::Bridge))
    {
        return Err(EcsError::client(
            "Links are only supported in the 'bridge' network mode.",
        ));
    }
    // ECS echoes these lists even when the request left them out.
    c.essential.get_or_insert(true);
    c.port_mappings.get_or_insert_with(Vec::new);
    c.environment.get_or_insert_with(Vec::new);
    c.mount_points.get_or_insert_with(Vec::new);
    c.volumes_from.get_or_insert_with(Vec::new);
    c.system_controls.get_or_insert_with(Vec::new);
    Ok(c)
}

fn check_port_mapping(
    container: &str,
    mapping: &mut wire::PortMapping,
    network_mode: Option<NetworkMode>,
) -> Result<(), EcsError> {
    let bad = |what: &str| {
        EcsError::client(format!(
            "Invalid 'portMappings' setting for container '{container}'. {what}"
        ))
    };
    match (mapping.container_port, &mapping.container_port_range) {
        (Some(port), None) if (1..=65535).contains(&port) => {}
        (None, Some(_)) => return Ok(()),
        (Some(_), None) => return Err(bad("containerPort must be between 1 and 65535.")),
        _ => {
            return Err(bad(
                "Specify either a containerPort or a containerPortRange.",
            ))
        }
    }
    mapping.protocol.get_or_insert(wire::TransportProtocol::Tcp);
    if matches!(network_mode, Some(NetworkMode::Awsvpc | NetworkMode::Host)) {
        match mapping.host_port {
            None => mapping.host_port = mapping.container_port,
            Some(host) if Some(host) != mapping.container_port => {
                return Err(EcsError::client(
                    "When networkMode=awsvpc, the host ports and container ports in port \
                     mappings must match.",
                ))
            }
            Some(_) => {}
        }
    }
    if mapping.host_port.is_some_and(|p| !(0..=65535).contains(&p)) {
        return Err(bad("hostPort must be between 0 and 65535."));
    }
    Ok(())
}

fn check_mount_point(
    container: &str,
    mount: &wire::MountPoint,
    volumes: &[wire::Volume],
) -> Result<(), EcsError> {
    let source = mount.source_volume.as_deref().unwrap_or_default();
    if !volumes.iter().any(|v| v.name.as_deref() == Some(source)) {
        return Err(EcsError::client(format!("Unknown volume '{source}'.")));
    }
    match mount.container_path.as_deref() {
        Some(path) if !is_absolute_container_path(path) => Err(EcsError::client(format!(
            "Invalid 'mountPoints' setting for container '{container}'. containerPath '{path}' \
             must be an absolute path without '..' components."
        ))),
        _ => Ok(()),
    }
}

/// A mount target inside a container: absolute (`/data`, or `C:\data` for Windows
/// containers), never climbing out with `..`.
fn is_absolute_container_path(path: &str) -> bool {
    let absolute = match path.as_bytes() {
        [b'/', ..] => true,
        [drive, b':', b'\\' | b'/', ..] => drive.is_ascii_alphabetic(),
        _ => false,
    };
    absolute && !path.split(['/', '\\']).any(|part| part == "..")
}

fn check_health_check(container: &str, check: &wire::HealthCheck) -> Result<(), EcsError> {
    let first = check.command.first().map(String::as_str);
    if !matches!(first, Some("CMD" | "CMD-SHELL" | "NONE")) {
        return Err(EcsError::client(format!(
            "Invalid 'healthCheck' setting for container '{container}'. The command must start \
             with CMD or CMD-SHELL."
        )));
    }
    let ranges = [
        ("interval", check.interval, 5, 300),
        ("timeout", check.timeout, 2, 60),
        ("retries", check.retries, 1, 10),
        ("startPeriod", check.start_period, 0, 300),
    ];
    for (field, value, min, max) in ranges {
        if value.is_some_and(|v| !(min..=max).contains(&v)) {
            return Err(EcsError::client(format!(
                "Invalid 'healthCheck' setting for container '{container}'. {field} must be \
                 between {min} and {max}."
            )));
        }
    }
    Ok(())
}

fn check_container_set(
    containers: &[wire::ContainerDefinition],
    task_memory: bool,
    requires: &[Compatibility],
) -> Result<(), EcsError> {
    let names: Vec<&str> = containers
        .iter()
        .map(|c| c.name.as_deref().unwrap_or_default())
        .collect();
    for (i, name) in names.iter().enumerate() {
        if names[..i].contains(name) {
            return Err(EcsError::client(format!(
                "Duplicate container name '{name}'. Container names must be unique within a \
                 task definition."
            )));
        }
    }
    if !containers.iter().any(|c| c.essential != Some(false)) {
        return Err(EcsError::client(
            "A task definition must have at least one essential container.",
        ));
    }
    let fargate = requires.contains(&Compatibility::Fargate);
    for c in containers {
        let name = c.name.as_deref().unwrap_or_default();
        if !task_memory && !fargate && c.memory.is_none() && c.memory_reservation.is_none() {
            return Err(EcsError::client(format!(
                "Invalid setting for container '{name}'. At least one of 'memory' or \
                 'memoryReservation' must be specified."
            )));
        }
        for dependency in c.depends_on.iter().flatten() {
            let Some(target) = containers
                .iter()
                .find(|t| t.name.as_deref() == Some(dependency.container_name.as_str()))
            else {
                return Err(EcsError::client(format!(
                    "Invalid 'dependsOn' setting for container '{name}'. Container '{}' does not \
                     exist in the task definition.",
                    dependency.container_name
                )));
            };
            let exits = matches!(
                dependency.condition,
                ContainerCondition::Complete | ContainerCondition::Success
            );
            if exits && target.essential != Some(false) {
                return Err(EcsError::client(format!(
                    "Invalid 'dependsOn' setting for container '{name}'. Dependency condition \
                     {} is not supported for essential container '{}'.",
                    dependency.condition, dependency.container_name
                )));
            }
            if dependency.condition == ContainerCondition::Healthy && target.health_check.is_none()
            {
                return Err(EcsError::client(format!(
                    "Invalid 'dependsOn' setting for container '{name}'. Container '{}' has no \
                     healthCheck, so it can never be HEALTHY.",
                    dependency.container_name
                )));
            }
        }
        for from in c.volumes_from.iter().flatten() {
            let source = from.source_container.as_deref().unwrap_or_default();
            if !names.contains(&source) || source == name {
                return Err(EcsError::client(format!(
                    "Invalid 'volumesFrom' setting for container '{name}'. Container '{source}' \
                     does not exist in the task definition."
                )));
            }
        }
    }
    Ok(())
}

/// Why the definition cannot run on Fargate, if it cannot.
fn fargate_incompatibility(
    network_mode: Option<NetworkMode>,
    cpu: Option<u32>,
    memory: Option<u32>,
    windows: bool,
    containers: &[wire::ContainerDefinition],
) -> Option<String> {
    if network_mode != Some(NetworkMode::Awsvpc) {
        return Some("Fargate only supports network mode \u{2018}awsvpc\u{2019}.".to_owned());
    }
    let Some(cpu) = cpu else {
        return Some("Fargate requires that 'cpu' be defined at the task level.".to_owned());
    };
    let Some(memory) = memory else {
        return Some("Fargate requires that 'memory' be defined at the task level.".to_owned());
    };
    if !fargate_size_supported(cpu, memory, windows) {
        return Some(format!(
            "No Fargate configuration exists for given values: {cpu} CPU, {memory} memory. See \
             the Amazon ECS documentation for the valid values."
        ));
    }
    if containers.iter().any(|c| c.privileged == Some(true)) {
        return Some("Fargate does not support privileged containers.".to_owned());
    }
    if containers
        .iter()
        .any(|c| c.links.as_ref().is_some_and(|l| !l.is_empty()))
    {
        return Some("Fargate does not support links.".to_owned());
    }
    None
}

/// Fargate shares no namespace with the host, and no IPC namespace at all.
fn fargate_namespace_problem(
    pid_mode: Option<wire::PidMode>,
    ipc_mode: Option<wire::IpcMode>,
) -> Option<String> {
    if pid_mode == Some(wire::PidMode::Host) {
        return Some(
            "Tasks using the Fargate launch type do not support pidMode 'host'. The supported \
             value for pidMode is 'task'."
                .to_owned(),
        );
    }
    ipc_mode.map(|_| "Tasks using the Fargate launch type do not support ipcMode.".to_owned())
}

/// Fargate's task sizes: each cpu value allows a memory range in fixed steps.
pub fn fargate_size_supported(cpu: u32, memory: u32, windows: bool) -> bool {
    let (min, max, step) = match cpu {
        256 if !windows => return matches!(memory, 512 | 1024 | 2048),
        512 if !windows => (1024, 4096, 1024),
        1024 => (2048, 8192, 1024),
        2048 => (4096, 16384, 1024),
        4096 => (8192, 30720, 1024),
        8192 if !windows => (16384, 61440, 4096),
        16384 if !windows => (32768, 122_880, 8192),
        _ => return false,
    };
    (min..=max).contains(&memory) && (memory - min) % step == 0
}

/// `"1024"`, `"1 vCPU"`, `"0.25 vcpu"` -> CPU units.
pub fn normalize_cpu(value: &str) -> Result<u32, EcsError> {
    parse_with_unit(value, &["vcpu"], 1024.0).ok_or_else(|| {
        EcsError::client(format!(
            "Invalid 'cpu' setting for task: '{value}'. Specify CPU units (e.g. 1024) or vCPUs \
             (e.g. 1 vCPU)."
        ))
    })
}

/// `"2048"`, `"2GB"`, `"2 GB"` -> MiB.
pub fn normalize_memory(value: &str) -> Result<u32, EcsError> {
    parse_with_unit(value, &["gb", "gib"], 1024.0).ok_or_else(|| {
        EcsError::client(format!(
            "Invalid 'memory' setting for task: '{value}'. Specify MiB (e.g. 2048) or GB \
             (e.g. 2 GB)."
        ))
    })
}

fn parse_with_unit(value: &str, units: &[&str], unit_scale: f64) -> Option<u32> {
    let lower = value.trim().to_ascii_lowercase();
    let (number, scale) = match units.iter().find_map(|u| lower.strip_suffix(u)) {
        Some(number) => (number.trim(), unit_scale),
        None => (lower.as_str(), 1.0),
    };
    let parsed: f64 = number.parse().ok()?;
    let scaled = (parsed * scale).round();
    (scaled >= 1.0 && scaled <= f64::from(u32::MAX)).then_some(scaled as u32)
}

/// The capability attributes an instance needs to run this definition, as ECS derives them.
fn required_attributes(
    network_mode: Option<NetworkMode>,
    task_role: bool,
    execution_role: bool,
    containers: &[wire::ContainerDefinition],
) -> Vec<wire::Attribute> {
    let mut names = vec!["com.amazonaws.ecs.capability.docker-remote-api.1.18".to_owned()];
    if network_mode == Some(NetworkMode::Awsvpc) {
        names.push("ecs.capability.task-eni".to_owned());
    }
    if task_role {
        names.push("com.amazonaws.ecs.capability.task-iam-role".to_owned());
    }
    for c in containers {
        if c.health_check.is_some() {
            names.push("ecs.capability.container-health-check".to_owned());
        }
        if c.depends_on.as_ref().is_some_and(|d| !d.is_empty()) {
            names.push("ecs.capability.container-ordering".to_owned());
        }
        if let Some(log) = &c.log_configuration {
            names.push(format!(
                "com.amazonaws.ecs.capability.logging-driver.{}",
                log.log_driver
            ));
            if execution_role && log.log_driver == wire::LogDriver::Awslogs {
                names.push("ecs.capability.execution-role-awslogs".to_owned());
            }
        }
        if c.environment_files.as_ref().is_some_and(|f| !f.is_empty()) {
            names.push("ecs.capability.env-files.s3".to_owned());
        }
        if c.linux_parameters
            .as_ref()
            .is_some_and(|l| l.init_process_enabled == Some(true))
        {
            names.push("com.amazonaws.ecs.capability.docker-remote-api.1.25".to_owned());
        }
    }
    let mut seen = std::collections::BTreeSet::new();
    names
        .into_iter()
        .filter(|n| seen.insert(n.clone()))
        .map(|name| wire::Attribute {
            name,
            ..wire::Attribute::default()
        })
        .collect()
}

impl super::store::Partition {
    /// The ACTIVE revision a launch (RunTask, StartTask, CreateService, UpdateService) names,
    /// with its tags.
    pub fn active_task_definition(
        &self,
        scope: &Scope,
        reference: &str,
    ) -> Result<(wire::TaskDefinition, Vec<wire::Tag>), EcsError> {
        let revision = TaskDefinitionRef::parse(scope, reference)
            .and_then(|r| self.task_definitions.resolve(&r))
            .ok_or_else(|| EcsError::client("TaskDefinition not found."))?;
        if revision.status() != TaskDefinitionStatus::Active {
            return Err(EcsError::client("TaskDefinition is inactive"));
        }
        Ok((revision.definition.clone(), revision.tags.clone()))
    }

    /// Forgets revisions whose deletion was requested once no task uses them any more.
    pub fn purge_deleted_task_definitions(&mut self) {
        let mut in_use: std::collections::HashSet<(String, i32)> = self
            .tasks
            .values()
            .filter(|t| !t.is_stopped())
            .map(|t| (t.family.clone(), t.revision))
            .collect();
        // A service may launch tasks of any revision one of its deployments runs.
        let deployed = self
            .clusters
            .values()
            .flat_map(|c| c.services.values())
            .flat_map(super::service::Service::deployed_task_definitions)
            .filter_map(|arn| arn.rsplit_once('/')?.1.rsplit_once(':'))
            .filter_map(|(family, revision)| Some((family.to_owned(), revision.parse().ok()?)));
        in_use.extend(deployed);
        for (name, family) in &mut self.task_definitions.families {
            family.revisions.retain(|number, revision| {
                revision.status() != TaskDefinitionStatus::DeleteInProgress
                    || in_use.contains(&(name.clone(), *number))
            });
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn scope() -> Scope {
        arn::test_scope()
    }

    fn container(name: &str) -> wire::ContainerDefinition {
        wire::ContainerDefinition {
            name: Some(name.into()),
            image: Some("busybox".into()),
            memory: Some(128),
            ..wire::ContainerDefinition::default()
        }
    }

    fn request(containers: Vec<wire::ContainerDefinition>) -> wire::RegisterTaskDefinitionRequest {
        wire::RegisterTaskDefinitionRequest {
            family: "web".into(),
            container_definitions: containers,
            ..wire::RegisterTaskDefinitionRequest::default()
        }
    }

    fn fargate(cpu: &str, memory: &str) -> wire::RegisterTaskDefinitionRequest {
        wire::RegisterTaskDefinitionRequest {
            network_mode: Some(NetworkMode::Awsvpc),
            requires_compatibilities: Some(vec![Compatibility::Fargate]),
            cpu: Some(cpu.into()),
            memory: Some(memory.into()),
            ..request(vec![container("app")])
        }
    }

    #[test]
    fn echoes_ecs_defaults() {
        let (def, _) = build(request(vec![container("app")]), "root", 1.0).unwrap();
        let c = &def.container_definitions.as_ref().unwrap()[0];
        assert_eq!(c.essential, Some(true));
        assert_eq!(c.port_mappings, Some(Vec::new()));
        assert_eq!(def.volumes, Some(Vec::new()));
        assert_eq!(
            def.compatibilities,
            Some(vec![Compatibility::External, Compatibility::Ec2])
        );
        assert_eq!(def.status, Some(TaskDefinitionStatus::Active));
    }

    #[test]
    fn fargate_definitions_are_checked_and_normalised() {
        let (def, _) = build(fargate("0.25 vCPU", "0.5GB"), "root", 1.0).unwrap();
        assert_eq!(def.cpu.as_deref(), Some("256"));
        assert_eq!(def.memory.as_deref(), Some("512"));
        assert_eq!(
            def.compatibilities,
            Some(vec![Compatibility::Ec2, Compatibility::Fargate])
        );
        let err = build(fargate("256", "4096"), "root", 1.0).unwrap_err();
        assert!(err.message.contains("No Fargate configuration"), "{err}");
        let bridge = wire::RegisterTaskDefinitionRequest {
            network_mode: Some(NetworkMode::Bridge),
            ..fargate("256", "512")
        };
        let err = build(bridge, "root", 1.0).unwrap_err();
        assert!(err.message.contains("awsvpc"), "{err}");
    }

    #[test]
    fn ec2_containers_need_memory_without_task_memory() {
        let mut c = container("app");
        c.memory = None;
        let err = build(request(vec![c]), "root", 1.0).unwrap_err();
        assert_eq!(err.code(), "ClientException");
        assert!(err.message.contains("'memory' or 'memoryReservation'"));
    }

    #[test]
    fn awsvpc_host_ports_default_to_container_ports() {
        let mut c = container("app");
        c.port_mappings = Some(vec![wire::PortMapping {
            container_port: Some(80),
            ..wire::PortMapping::default()
        }]);
        let req = wire::RegisterTaskDefinitionRequest {
            network_mode: Some(NetworkMode::Awsvpc),
            ..request(vec![c])
        };
        let (def, _) = build(req, "root", 1.0).unwrap();
        let mapping = &def.container_definitions.unwrap()[0]
            .port_mappings
            .clone()
            .unwrap()[0];
        assert_eq!(mapping.host_port, Some(80));
        assert_eq!(mapping.protocol, Some(wire::TransportProtocol::Tcp));
    }

    #[test]
    fn rejects_bad_container_sets() {
        let err = build(request(vec![container("a"), container("a")]), "r", 1.0).unwrap_err();
        assert!(err.message.contains("Duplicate"));
        let mut lonely = container("a");
        lonely.essential = Some(false);
        assert!(build(request(vec![lonely]), "r", 1.0).is_err());
        let mut dependent = container("a");
        dependent.depends_on = Some(vec![wire::ContainerDependency {
            container_name: "ghost".into(),
            condition: ContainerCondition::Start,
        }]);
        assert!(build(request(vec![dependent]), "r", 1.0).is_err());
    }

    #[test]
    fn definitions_up_to_64_kib_of_json_register() {
        let sized = |bytes: usize| {
            let mut c = container("app");
            c.command = Some(vec![String::new()]);
            let mut req = request(vec![c]);
            let padding = bytes - wire::encoded_len(&req);
            req.container_definitions[0].command = Some(vec!["x".repeat(padding)]);
            assert_eq!(wire::encoded_len(&req), bytes);
            // Tags do not count.
            req.tags = Some(vec![wire::Tag {
                key: Some("k".into()),
                value: Some("v".repeat(200)),
            }]);
            req
        };
        assert!(build(sized(MAX_DEFINITION_BYTES), "r", 1.0).is_ok());
        let err = build(sized(MAX_DEFINITION_BYTES + 1), "r", 1.0).unwrap_err();
        assert_eq!(err.code(), "ClientException");
        assert_eq!(
            err.message,
            "Actual length: '65537'. Max allowed length is '65536' bytes."
        );
    }

    #[test]
    fn container_paths_are_absolute_and_stay_inside() {
        for good in ["/", "/data", "/a/b..c/", "C:\\data", "d:/logs"] {
            assert!(is_absolute_container_path(good), "{good}");
        }
        for bad in [
            "",
            "data",
            "../../etc",
            "/a/../..",
            "/..",
            "C:",
            "C:data",
            "1:/x",
            "C:\\..",
        ] {
            assert!(!is_absolute_container_path(bad), "{bad}");
        }
    }

    #[test]
    fn revisions_are_never_reused() {
        let mut defs = TaskDefinitions::default();
        for _ in 0..3 {
            let (def, tags) = build(request(vec![container("a")]), "r", 1.0).unwrap();
            defs.register(&scope(), def, tags);
        }
        defs.families.get_mut("web").unwrap().revisions.remove(&3);
        let (def, tags) = build(request(vec![container("a")]), "r", 1.0).unwrap();
        assert_eq!(defs.register(&scope(), def, tags).definition.revision, 4);
    }

    #[test]
    fn references_resolve_like_ecs() {
        let s = scope();
        assert_eq!(
            TaskDefinitionRef::parse(&s, "web"),
            Some(TaskDefinitionRef {
                family: "web".into(),
                revision: None
            })
        );
        assert_eq!(
            TaskDefinitionRef::parse(&s, &s.task_definition("web", 2))
                .unwrap()
                .revision,
            Some(2)
        );
        assert_eq!(TaskDefinitionRef::parse(&s, "web:x"), None);
        assert_eq!(TaskDefinitionRef::parse(&s, "web:0"), None);
    }

    #[test]
    fn fargate_sizes() {
        assert!(fargate_size_supported(256, 512, false));
        assert!(!fargate_size_supported(256, 3072, false));
        assert!(fargate_size_supported(4096, 30720, false));
        assert!(fargate_size_supported(8192, 20480, false));
        assert!(!fargate_size_supported(8192, 18432, false));
        assert!(!fargate_size_supported(512, 1024, true));
    }
}
