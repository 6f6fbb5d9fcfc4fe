//! What RunTask, StartTask and the service scheduler share: checking a launch against its task
//! definition, resolving how tasks are placed, and building the task records.

use std::fmt::Write as _;

use super::arn::{self, Scope};
use super::capacity;
use super::container_instance::{ContainerInstance, Usage};
use super::placement::{Expression, InstanceFacts};
use super::store::Partition;
use super::task::{ContainerRecord, Eni, StatusChange, Task, TaskStatus};
use super::task_definition::normalize_cpu;
use super::task_definition::normalize_memory;
use crate::error::EcsError;
use crate::wire::{self, Compatibility, LaunchType, NetworkMode, OSFamily, Timestamp};

/// Where one task goes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Placement {
    pub launch_type: LaunchType,
    pub capacity_provider: Option<String>,
    /// For EC2/EXTERNAL: the container instance id.
    pub instance: Option<String>,
}

/// Everything about a launch that is the same for each task it creates.
#[derive(Debug, Clone)]
pub struct LaunchSpec {
    pub cluster: String,
    pub cluster_arn: String,
    pub definition: wire::TaskDefinition,
    pub platform_version: Option<String>,
    pub network: Option<wire::AwsVpcConfiguration>,
    pub overrides: wire::TaskOverride,
    pub started_by: Option<String>,
    pub group: String,
    /// The service launching the tasks, if one is.
    pub service: Option<String>,
    /// The daemon launching the tasks, if one is.
    pub daemon: Option<String>,
    pub tags: Vec<wire::Tag>,
    pub enable_execute_command: bool,
    /// Where on the cluster's instances EC2 tasks may go, and how to choose among them.
    pub placement_constraints: Vec<wire::PlacementConstraint>,
    pub placement_strategy: Vec<wire::PlacementStrategy>,
}

/// The Fargate platform version tasks report when asked for `LATEST`.
pub const FARGATE_PLATFORM_VERSION: &str = "1.4.0";
const FARGATE_PLATFORM_VERSIONS: [&str; 3] = ["LATEST", "1.4.0", "1.3.0"];

/// The launch type and capacity providers a request's choices (or the cluster's default
/// strategy) resolve to.
#[derive(Debug, Clone)]
pub enum LaunchChoice {
    LaunchType(LaunchType),
    Strategy(Vec<wire::CapacityProviderStrategyItem>),
}

impl LaunchChoice {
    /// Whether any of its tasks go on EC2 container instances.
    pub fn needs_ec2_instances(&self) -> bool {
        match self {
            Self::LaunchType(launch_type) => *launch_type == LaunchType::Ec2,
            Self::Strategy(items) => items
                .iter()
                .any(|i| capacity::launch_type_of(&i.capacity_provider) == LaunchType::Ec2),
        }
    }
}

pub fn resolve_choice(
    launch_type: Option<LaunchType>,
    strategy: Option<Vec<wire::CapacityProviderStrategyItem>>,
    cluster_providers: &[String],
    cluster_default: &[wire::CapacityProviderStrategyItem],
) -> Result<LaunchChoice, EcsError> {
    let strategy = strategy.filter(|s| !s.is_empty());
    match (launch_type, strategy) {
        (Some(_), Some(_)) => Err(EcsError::invalid_parameter(
            "Specifying both a launch type and capacity provider strategy is not supported. \
             Remove one and try again.",
        )),
        (Some(launch_type), None) => Ok(LaunchChoice::LaunchType(launch_type)),
        (None, Some(strategy)) => {
            capacity::validate_strategy(&strategy)?;
            for item in &strategy {
                if !cluster_providers.contains(&item.capacity_provider) {
                    return Err(EcsError::invalid_parameter(
                        "The specified capacity provider strategy cannot contain a capacity \
                         provider that is not associated with the cluster. Associate the \
                         capacity provider with the cluster or specify a valid capacity \
                         provider and try again.",
                    ));
                }
            }
            Ok(LaunchChoice::Strategy(strategy))
        }
        (None, None) if cluster_default.is_empty() => Ok(LaunchChoice::LaunchType(LaunchType::Ec2)),
        (None, None) => Ok(LaunchChoice::Strategy(cluster_default.to_vec())),
    }
}

/// Checks a definition against every launch type a choice may launch it with; returns the
/// platform version its tasks will report.
pub fn check_choice(
    definition: &wire::TaskDefinition,
    choice: &LaunchChoice,
    network: Option<&wire::NetworkConfiguration>,
    platform_version: Option<&str>,
) -> Result<Option<String>, EcsError> {
    let launch_types: Vec<LaunchType> = match choice {
        LaunchChoice::LaunchType(launch_type) => vec![*launch_type],
        LaunchChoice::Strategy(items) => items
            .iter()
            .map(|i| capacity::launch_type_of(&i.capacity_provider))
            .collect(),
    };
    let mut reported = None;
    for launch_type in launch_types {
        reported = check_launch(definition, launch_type, network, platform_version)?.or(reported);
    }
    Ok(reported)
}

/// Checks the definition can be launched as `launch_type` with this network configuration and
/// platform version; returns the platform version tasks will report.
pub fn check_launch(
    definition: &wire::TaskDefinition,
    launch_type: LaunchType,
    network: Option<&wire::NetworkConfiguration>,
    platform_version: Option<&str>,
) -> Result<Option<String>, EcsError> {
    let compatibilities = definition.compatibilities.as_deref().unwrap_or_default();
    let needed = match launch_type {
        LaunchType::Ec2 => Compatibility::Ec2,
        LaunchType::Fargate => Compatibility::Fargate,
        LaunchType::External => Compatibility::External,
        LaunchType::ManagedInstances => Compatibility::ManagedInstances,
    };
    if !compatibilities.contains(&needed) {
        return Err(EcsError::invalid_parameter(format!(
            "Task definition does not support launch_type {launch_type}."
        )));
    }
    let awsvpc = definition.network_mode == Some(NetworkMode::Awsvpc);
    match (
        awsvpc,
        network.and_then(|n| n.awsvpc_configuration.as_ref()),
    ) {
        (true, None) => {
            return Err(EcsError::invalid_parameter(
                "Network Configuration must be provided when networkMode 'awsvpc' is specified.",
            ))
        }
        (true, Some(vpc)) if vpc.subnets.is_empty() => {
            return Err(EcsError::invalid_parameter("subnets can not be empty."))
        }
        (false, Some(_)) => {
            return Err(EcsError::invalid_parameter(
                "Network Configuration is not valid for the given networkMode of this task \
                 definition.",
            ))
        }
        _ => {}
    }
    if launch_type != LaunchType::Fargate {
        return Ok(None);
    }
    match platform_version.unwrap_or("LATEST") {
        version if FARGATE_PLATFORM_VERSIONS.contains(&version) => {
            Ok(Some(if version == "LATEST" {
                FARGATE_PLATFORM_VERSION.to_owned()
            } else {
                version.to_owned()
            }))
        }
        _ => Err(EcsError::new(
            crate::error::ErrorKind::PlatformUnknown,
            "The specified platform version does not exist.",
        )),
    }
}

/// Checks container overrides name real containers and returns the overrides as tasks echo
/// them: an entry for every container, task-level values normalised.
pub fn echo_overrides(
    definition: &wire::TaskDefinition,
    overrides: Option<wire::TaskOverride>,
) -> Result<wire::TaskOverride, EcsError> {
    let mut overrides = overrides.unwrap_or_default();
    if wire::encoded_len(&overrides) > 8192 {
        return Err(EcsError::invalid_parameter(
            "Container Overrides length must be at most 8192",
        ));
    }
    let containers = definition
        .container_definitions
        .as_deref()
        .unwrap_or_default();
    let given = overrides.container_overrides.take().unwrap_or_default();
    for over in &given {
        let name = over.name.as_deref().unwrap_or_default();
        if !containers.iter().any(|c| c.name.as_deref() == Some(name)) {
            return Err(EcsError::invalid_parameter(format!(
                "Override for container named {name} is not a container in the TaskDefinition."
            )));
        }
    }
    overrides.container_overrides = Some(
        containers
            .iter()
            .map(|c| {
                given
                    .iter()
                    .find(|o| o.name == c.name)
                    .cloned()
                    .unwrap_or_else(|| wire::ContainerOverride {
                        name: c.name.clone(),
                        ..wire::ContainerOverride::default()
                    })
            })
            .collect(),
    );
    if let Some(cpu) = overrides.cpu.take() {
        overrides.cpu = Some(normalize_cpu(&cpu)?.to_string());
    }
    if let Some(memory) = overrides.memory.take() {
        overrides.memory = Some(normalize_memory(&memory)?.to_string());
    }
    overrides
        .inference_accelerator_overrides
        .get_or_insert_with(Vec::new);
    Ok(overrides)
}

/// Checks a service's or task set's load balancers: each names one classic load balancer or
/// one target group, and a container of `definition` (when the task definition is known).
pub fn check_load_balancers(
    balancers: &[wire::LoadBalancer],
    definition: Option<&wire::TaskDefinition>,
) -> Result<(), EcsError> {
    for balancer in balancers {
        if balancer.load_balancer_name.is_some() && balancer.target_group_arn.is_some() {
            return Err(EcsError::invalid_parameter(
                "loadBalancerName and targetGroupArn cannot both be specified. You must specify \
                 either a loadBalancerName or a targetGroupArn.",
            ));
        }
        let container = balancer.container_name.as_deref().unwrap_or_default();
        if container.is_empty() {
            return Err(EcsError::invalid_parameter(
                "Container Name can not be blank.",
            ));
        }
        let containers = definition.and_then(|d| d.container_definitions.as_deref());
        if containers.is_some_and(|cs| !cs.iter().any(|c| c.name.as_deref() == Some(container))) {
            return Err(EcsError::invalid_parameter(format!(
                "The container {container} does not exist in the task definition."
            )));
        }
    }
    Ok(())
}

/// `startedBy`: up to 128 letters, digits, hyphens, underscores and slashes.
pub fn check_started_by(started_by: Option<&str>) -> Result<(), EcsError> {
    match started_by {
        Some(s)
            if s.len() > 128
                || !s
                    .bytes()
                    .all(|b| b.is_ascii_alphanumeric() || b"-_/".contains(&b)) =>
        {
            Err(EcsError::invalid_parameter(
                "startedBy may contain up to 128 letters (uppercase and lowercase), numbers, \
                 hyphens, underscores and forward slashes.",
            ))
        }
        _ => Ok(()),
    }
}

impl Partition {
    /// Picks a container instance of the spec's cluster for each of `count` tasks: one with
    /// room (counting the tasks placed before it) that meets the placement constraints (the
    /// request's and the task definition's memberOf), chosen by the placement strategies
    /// (random without any), or says why none fits.
    pub fn place_on_instances(
        &self,
        spec: &LaunchSpec,
        count: usize,
        candidates: Option<&[String]>,
    ) -> Result<Vec<Result<String, wire::Failure>>, EcsError> {
        let (cpu, memory) = task_size(spec);
        let host_ports = static_host_ports(&spec.definition);
        let rules = PlacementRules::of(spec)?;
        let mut instances: Vec<Candidate<'_>> = self
            .active_instances(&spec.cluster)
            .filter(|i| candidates.is_none_or(|c| c.contains(&i.id)))
            .map(|i| Candidate {
                instance: i,
                usage: self.instance_usage(&i.id),
                group_tasks: self
                    .tasks
                    .values()
                    .filter(|t| {
                        t.container_instance_id.as_deref() == Some(i.id.as_str())
                            && !t.is_stopped()
                            && t.group == spec.group
                    })
                    .count(),
                facts_ok: rules
                    .member_of
                    .iter()
                    .all(|e| e.matches(&self.instance_facts(i))),
            })
            .collect();
        instances.sort_by(|a, b| a.instance.id.cmp(&b.instance.id));
        let mut results = Vec::with_capacity(count);
        for _ in 0..count {
            let mut reason = None;
            let fits: Vec<usize> = instances
                .iter()
                .enumerate()
                .filter(|(_, c)| {
                    let (instance, usage) = (c.instance, &c.usage);
                    let why = if instance.cpu - usage.cpu < cpu {
                        Some("RESOURCE:CPU")
                    } else if instance.memory - usage.memory < memory {
                        Some("RESOURCE:MEMORY")
                    } else if host_ports.iter().any(|p| {
                        usage.tcp_ports.contains(p) || instance.reserved_tcp_ports.contains(p)
                    }) {
                        Some("RESOURCE:PORTS")
                    } else if !c.facts_ok {
                        Some("MemberOf placement constraint unsatisfied.")
                    } else if rules.distinct_instance && c.group_tasks > 0 {
                        Some("DistinctInstance placement constraint unsatisfied.")
                    } else {
                        None
                    };
                    if let Some(why) = why {
                        reason.get_or_insert((instance.arn.clone(), why));
                    }
                    why.is_none()
                })
                .map(|(i, _)| i)
                .collect();
            let Some(pick) = rules.choose(&instances, &fits) else {
                let (arn, reason) = reason.unwrap_or_default();
                results.push(Err(wire::Failure {
                    arn: Some(arn),
                    reason: Some(reason.to_owned()),
                    detail: None,
                }));
                continue;
            };
            let chosen = &mut instances[pick];
            chosen.usage.cpu += cpu;
            chosen.usage.memory += memory;
            chosen.usage.tcp_ports.extend(&host_ports);
            chosen.group_tasks += 1;
            results.push(Ok(chosen.instance.id.clone()));
        }
        Ok(results)
    }

    /// A container instance as the cluster query language sees it.
    pub fn instance_facts<'a>(&'a self, instance: &'a ContainerInstance) -> InstanceFacts<'a> {
        let usage = self.instance_usage(&instance.id);
        InstanceFacts {
            attributes: instance
                .attributes
                .iter()
                .map(|a| (a.name.as_str(), a.value.as_deref()))
                .collect(),
            ec2_instance_id: &instance.ec2_instance_id,
            agent_connected: instance.agent_connected,
            agent_version: instance
                .version_info
                .agent_version
                .as_deref()
                .unwrap_or_default(),
            registered_at: ecsemu_runtime::time::format_rfc3339(instance.registered_at as i64),
            running_tasks: usage.running_tasks,
            task_groups: self
                .tasks
                .values()
                .filter(|t| {
                    t.container_instance_id.as_deref() == Some(instance.id.as_str())
                        && !t.is_stopped()
                })
                .map(|t| t.group.as_str())
                .collect(),
        }
    }
}

/// An instance a task could go to, with what is placed on it so far.
struct Candidate<'p> {
    instance: &'p ContainerInstance,
    usage: Usage,
    /// Tasks of the launch's group on it (for distinctInstance and spread).
    group_tasks: usize,
    /// Meets every memberOf expression.
    facts_ok: bool,
}

/// A launch's placement constraints and strategies, parsed.
struct PlacementRules<'s> {
    member_of: Vec<Expression>,
    distinct_instance: bool,
    strategy: &'s [wire::PlacementStrategy],
}

impl<'s> PlacementRules<'s> {
    fn of(spec: &'s LaunchSpec) -> Result<Self, EcsError> {
        check_placement(&spec.placement_constraints, &spec.placement_strategy)?;
        let mut member_of = Vec::new();
        let mut distinct_instance = false;
        for constraint in &spec.placement_constraints {
            match constraint.r#type {
                Some(wire::PlacementConstraintType::DistinctInstance) => distinct_instance = true,
                _ => member_of.push(Expression::parse(
                    constraint.expression.as_deref().unwrap_or_default(),
                )?),
            }
        }
        for constraint in spec.definition.placement_constraints.iter().flatten() {
            if let Some(expression) = &constraint.expression {
                member_of.push(Expression::parse(expression)?);
            }
        }
        Ok(Self {
            member_of,
            distinct_instance,
            strategy: &spec.placement_strategy,
        })
    }

    /// The best of the fitting instances by the strategies in order (each breaks the ties
    /// of the one before), a random one among those left equal.
    fn choose(&self, instances: &[Candidate<'_>], fits: &[usize]) -> Option<usize> {
        let mut best: Vec<usize> = fits.to_vec();
        for strategy in self.strategy {
            let field = strategy.field.as_deref().unwrap_or_default();
            let score = |i: usize| -> i64 {
                let c = &instances[i];
                match strategy.r#type {
                    Some(wire::PlacementStrategyType::Binpack) => {
                        if field.eq_ignore_ascii_case("cpu") {
                            i64::from(c.instance.cpu - c.usage.cpu)
                        } else {
                            i64::from(c.instance.memory - c.usage.memory)
                        }
                    }
                    Some(wire::PlacementStrategyType::Spread) => {
                        match field.strip_prefix("attribute:") {
                            Some(name) => {
                                let value = c.instance.attribute(name);
                                instances
                                    .iter()
                                    .filter(|o| o.instance.attribute(name) == value)
                                    .map(|o| o.group_tasks as i64)
                                    .sum()
                            }
                            None => c.group_tasks as i64,
                        }
                    }
                    _ => 0,
                }
            };
            let lowest = best.iter().map(|&i| score(i)).min()?;
            best.retain(|&i| score(i) == lowest);
        }
        if best.is_empty() {
            None
        } else {
            Some(best[rand::random_range(0..best.len())])
        }
    }
}

/// Checks placement constraints and strategies as ECS does before launching anything.
pub fn check_placement(
    constraints: &[wire::PlacementConstraint],
    strategy: &[wire::PlacementStrategy],
) -> Result<(), EcsError> {
    if constraints.len() > 10 {
        return Err(EcsError::invalid_parameter(
            "A task or service can have at most 10 placement constraints.",
        ));
    }
    if strategy.len() > 5 {
        return Err(EcsError::invalid_parameter(
            "A task or service can have at most 5 placement strategies.",
        ));
    }
    for constraint in constraints {
        match (constraint.r#type, constraint.expression.as_deref()) {
            (Some(wire::PlacementConstraintType::DistinctInstance), None) => {}
            (Some(wire::PlacementConstraintType::DistinctInstance), Some(_)) => {
                return Err(EcsError::invalid_parameter(
                    "A distinctInstance placement constraint takes no expression.",
                ))
            }
            (Some(wire::PlacementConstraintType::MemberOf), Some(expression)) => {
                Expression::parse(expression)?;
            }
            _ => {
                return Err(EcsError::invalid_parameter(
                    "A memberOf placement constraint needs an expression.",
                ))
            }
        }
    }
    for item in strategy {
        let field = item.field.as_deref();
        let valid = match item.r#type {
            Some(wire::PlacementStrategyType::Random) => field.is_none(),
            Some(wire::PlacementStrategyType::Binpack) => field
                .is_some_and(|f| f.eq_ignore_ascii_case("cpu") || f.eq_ignore_ascii_case("memory")),
            Some(wire::PlacementStrategyType::Spread) => field.is_some_and(|f| !f.is_empty()),
            None => false,
        };
        if !valid {
            return Err(EcsError::invalid_parameter(
                "Invalid placement strategy: random takes no field, binpack takes cpu or memory,                  spread takes instanceId, host or attribute:<name>.",
            ));
        }
    }
    Ok(())
}

/// What a launch created, and the placements that failed.
#[derive(Debug, Default)]
pub struct Launched {
    pub tasks: Vec<wire::Task>,
    pub failures: Vec<wire::Failure>,
    pub created: Vec<String>,
}

impl Partition {
    /// Where each of `count` tasks goes: Fargate needs nothing; EC2 and EXTERNAL need room on
    /// a container instance of the cluster.
    pub fn place(
        &self,
        spec: &LaunchSpec,
        choice: &LaunchChoice,
        count: usize,
        candidates: Option<&[String]>,
    ) -> Result<Vec<Result<Placement, wire::Failure>>, EcsError> {
        let providers: Vec<(LaunchType, Option<String>)> = match choice {
            LaunchChoice::LaunchType(launch_type) => vec![(*launch_type, None); count],
            LaunchChoice::Strategy(items) => {
                let held: Vec<u32> = items
                    .iter()
                    .map(|item| {
                        self.tasks
                            .values()
                            .filter(|t| {
                                t.cluster == spec.cluster
                                    && !t.is_stopped()
                                    && t.capacity_provider_name.as_deref()
                                        == Some(item.capacity_provider.as_str())
                            })
                            .count() as u32
                    })
                    .collect();
                capacity::split(items, &held, count as u32)
                    .into_iter()
                    .map(|i| {
                        let provider = &items[i].capacity_provider;
                        (capacity::launch_type_of(provider), Some(provider.clone()))
                    })
                    .collect()
            }
        };
        let on_instances = providers
            .iter()
            .filter(|(lt, _)| matches!(lt, LaunchType::Ec2 | LaunchType::External))
            .count();
        let mut instance_slots = if on_instances > 0 {
            if !self
                .container_instances
                .values()
                .any(|i| i.cluster == spec.cluster && i.is_registered())
            {
                return Err(EcsError::invalid_parameter(NO_INSTANCES));
            }
            self.place_on_instances(spec, on_instances, candidates)?
                .into_iter()
        } else {
            Vec::new().into_iter()
        };
        Ok(providers
            .into_iter()
            .map(|(launch_type, capacity_provider)| {
                let instance = match launch_type {
                    LaunchType::Ec2 | LaunchType::External => {
                        Some(instance_slots.next().unwrap_or_else(|| {
                            Err(wire::Failure {
                                reason: Some("RESOURCE:CPU".to_owned()),
                                ..wire::Failure::default()
                            })
                        })?)
                    }
                    _ => None,
                };
                Ok(Placement {
                    launch_type,
                    capacity_provider,
                    instance,
                })
            })
            .collect())
    }

    /// Creates a task per successful placement; failures pass through.
    pub fn create_tasks(
        &mut self,
        scope: &Scope,
        spec: &LaunchSpec,
        placements: Vec<Result<Placement, wire::Failure>>,
        now: Timestamp,
    ) -> Launched {
        let mut launched = Launched::default();
        for placement in placements {
            match placement {
                Ok(placement) => {
                    let task = new_task(scope, spec, &placement, self, now);
                    launched.tasks.push(task.to_wire(true));
                    launched.created.push(task.id.clone());
                    self.tasks.insert(task.id.clone(), Box::new(task));
                }
                Err(failure) => launched.failures.push(failure),
            }
        }
        launched
    }
}

/// Why a launch on EC2 or EXTERNAL cannot even be tried.
pub const NO_INSTANCES: &str = "No Container Instances were found in your cluster.";

/// Host ports the definition asks for explicitly (they must be free on the instance).
fn static_host_ports(definition: &wire::TaskDefinition) -> Vec<u16> {
    definition
        .container_definitions
        .iter()
        .flatten()
        .flat_map(|c| c.port_mappings.iter().flatten())
        .filter_map(|m| m.host_port.and_then(|p| u16::try_from(p).ok()))
        .filter(|p| *p != 0)
        .collect()
}

/// The CPU units and MiB a task reserves: task-level values (overridden or from the
/// definition), else the sum over its containers of `cpu` and of `memoryReservation` (else
/// `memory`). Tasks report these as their `cpu` and `memory`.
pub fn task_size(spec: &LaunchSpec) -> (i32, i32) {
    let parse = |v: Option<&String>| v.and_then(|s| s.parse::<i32>().ok());
    let overrides = spec
        .overrides
        .container_overrides
        .as_deref()
        .unwrap_or_default();
    let containers: Vec<(i32, i32)> = spec
        .definition
        .container_definitions
        .iter()
        .flatten()
        .map(|c| {
            let over = overrides.iter().find(|o| o.name == c.name);
            let cpu = over.and_then(|o| o.cpu).unwrap_or(c.cpu);
            let memory = over
                .and_then(|o| o.memory_reservation.or(o.memory))
                .or(c.memory_reservation)
                .or(c.memory)
                .unwrap_or(0);
            (cpu, memory)
        })
        .collect();
    let cpu = parse(spec.overrides.cpu.as_ref())
        .or_else(|| parse(spec.definition.cpu.as_ref()))
        .unwrap_or_else(|| containers.iter().map(|c| c.0).sum());
    let memory = parse(spec.overrides.memory.as_ref())
        .or_else(|| parse(spec.definition.memory.as_ref()))
        .unwrap_or_else(|| containers.iter().map(|c| c.1).sum());
    (cpu, memory)
}

/// Builds a new task record (lastStatus PROVISIONING for awsvpc, else PENDING).
pub fn new_task(
    scope: &Scope,
    spec: &LaunchSpec,
    placement: &Placement,
    partition: &Partition,
    now: Timestamp,
) -> Task {
    let id = arn::new_task_id();
    let task_arn = scope.task(&spec.cluster, &id);
    let def = &spec.definition;
    let overrides = spec
        .overrides
        .container_overrides
        .as_deref()
        .unwrap_or_default();
    let containers: Vec<ContainerRecord> = def
        .container_definitions
        .iter()
        .flatten()
        .map(|c| {
            let over = overrides.iter().find(|o| o.name == c.name);
            ContainerRecord {
                name: c.name.clone().unwrap_or_default(),
                arn: scope.container(&spec.cluster, &id, &arn::new_uuid()),
                image: c.image.clone().unwrap_or_default(),
                essential: c.essential != Some(false),
                has_health_check: c.health_check.is_some(),
                cpu: over.and_then(|o| o.cpu).unwrap_or(c.cpu),
                memory: over.and_then(|o| o.memory).or(c.memory),
                memory_reservation: over
                    .and_then(|o| o.memory_reservation)
                    .or(c.memory_reservation),
                ..ContainerRecord::default()
            }
        })
        .collect();
    let awsvpc = def.network_mode == Some(NetworkMode::Awsvpc);
    let instance = placement
        .instance
        .as_ref()
        .and_then(|i| partition.container_instances.get(i));
    let availability_zone = instance
        .and_then(|i| i.attribute("ecs.availability-zone").map(str::to_owned))
        .unwrap_or_else(|| format!("{}a", scope.region));
    let fargate = placement.launch_type == LaunchType::Fargate;
    let (cpu, memory) = task_size(spec);
    let windows = def
        .runtime_platform
        .as_ref()
        .and_then(|p| p.operating_system_family)
        .filter(|f| *f != OSFamily::Linux);
    let architecture = match def
        .runtime_platform
        .as_ref()
        .and_then(|p| p.cpu_architecture)
    {
        Some(wire::CPUArchitecture::Arm64) => "arm64",
        None if std::env::consts::ARCH == "aarch64" => "arm64",
        _ => "x86_64",
    };
    let mut task = Task {
        arn: task_arn,
        cluster: spec.cluster.clone(),
        cluster_arn: spec.cluster_arn.clone(),
        task_definition_arn: def.task_definition_arn.clone().unwrap_or_default(),
        family: def.family.clone().unwrap_or_default(),
        revision: def.revision,
        last_status: if awsvpc {
            TaskStatus::Provisioning
        } else {
            TaskStatus::Pending
        },
        launch_type: Some(placement.launch_type),
        capacity_provider_name: placement.capacity_provider.clone(),
        platform_version: fargate.then(|| spec.platform_version.clone()).flatten(),
        platform_family: fargate
            .then(|| windows.map_or_else(|| "Linux".to_owned(), |w| w.to_string())),
        container_instance_arn: instance.map(|i| i.arn.clone()),
        container_instance_id: placement.instance.clone(),
        containers,
        overrides: spec.overrides.clone(),
        cpu: Some(cpu.to_string()),
        memory: Some(memory.to_string()),
        started_by: spec.started_by.clone(),
        group: spec.group.clone(),
        service: spec.service.clone(),
        daemon: spec.daemon.clone(),
        tags: spec.tags.clone(),
        version: 1,
        created_at: now,
        eni: awsvpc.then(|| new_eni(scope, spec.network.as_ref())),
        attributes: vec![wire::Attribute {
            name: "ecs.cpu-architecture".to_owned(),
            value: Some(architecture.to_owned()),
            ..wire::Attribute::default()
        }],
        availability_zone: Some(availability_zone),
        enable_execute_command: spec.enable_execute_command,
        ephemeral_storage: fargate.then(|| {
            spec.overrides
                .ephemeral_storage
                .clone()
                .or_else(|| def.ephemeral_storage.clone())
                .unwrap_or(wire::EphemeralStorage { size_in_gib: 20 })
        }),
        network_mode: def.network_mode,
        id,
        ..Task::default()
    };
    task.history.push(StatusChange {
        at: now,
        last_status: task.last_status,
        desired: task.desired,
        version: task.version,
    });
    task
}

fn new_eni(scope: &Scope, vpc: Option<&wire::AwsVpcConfiguration>) -> Eni {
    let (a, b) = (rand::random_range(0..=255u8), rand::random_range(1..=254u8));
    let ip = format!("10.0.{a}.{b}");
    let domain = if scope.region == "us-east-1" {
        "ec2.internal".to_owned()
    } else {
        format!("{}.compute.internal", scope.region)
    };
    let mac = (0..5).fold(String::from("0e"), |mut mac, _| {
        let _ = write!(mac, ":{:02x}", rand::random::<u8>());
        mac
    });
    Eni {
        attachment_id: arn::new_uuid(),
        subnet_id: vpc
            .and_then(|v| v.subnets.first().cloned())
            .unwrap_or_default(),
        interface_id: format!("eni-{}", arn::random_hex(17)),
        mac_address: mac,
        private_dns_name: format!("ip-{}.{domain}", ip.replace('.', "-")),
        private_ip: ip,
        reported_status: None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn strategy(name: &str) -> Vec<wire::CapacityProviderStrategyItem> {
        vec![wire::CapacityProviderStrategyItem {
            capacity_provider: name.into(),
            base: 0,
            weight: 1,
        }]
    }

    #[test]
    fn launch_type_and_strategy_are_exclusive() {
        let err = resolve_choice(
            Some(LaunchType::Fargate),
            Some(strategy("FARGATE")),
            &["FARGATE".into()],
            &[],
        )
        .unwrap_err();
        assert!(err.message.contains("Specifying both"));
    }

    #[test]
    fn without_either_the_cluster_default_or_ec2_applies() {
        assert!(matches!(
            resolve_choice(None, None, &[], &[]).unwrap(),
            LaunchChoice::LaunchType(LaunchType::Ec2)
        ));
        let default = strategy("FARGATE");
        assert!(matches!(
            resolve_choice(None, None, &["FARGATE".into()], &default).unwrap(),
            LaunchChoice::Strategy(_)
        ));
    }

    #[test]
    fn strategies_may_only_name_associated_providers() {
        assert!(resolve_choice(None, Some(strategy("FARGATE")), &[], &[]).is_err());
    }

    #[test]
    fn overrides_must_name_containers_and_are_echoed_for_all() {
        let def = wire::TaskDefinition {
            container_definitions: Some(vec![
                wire::ContainerDefinition {
                    name: Some("a".into()),
                    ..Default::default()
                },
                wire::ContainerDefinition {
                    name: Some("b".into()),
                    ..Default::default()
                },
            ]),
            ..Default::default()
        };
        let echoed = echo_overrides(&def, None).unwrap();
        let names: Vec<_> = echoed
            .container_overrides
            .unwrap()
            .into_iter()
            .map(|o| o.name.unwrap())
            .collect();
        assert_eq!(names, ["a", "b"]);
        let bad = wire::TaskOverride {
            container_overrides: Some(vec![wire::ContainerOverride {
                name: Some("ghost".into()),
                ..Default::default()
            }]),
            ..Default::default()
        };
        assert!(echo_overrides(&def, Some(bad)).is_err());
    }

    #[test]
    fn started_by_charset() {
        assert!(check_started_by(Some("ecs-svc/123")).is_ok());
        assert!(check_started_by(Some("has space")).is_err());
        assert!(check_started_by(Some(&"x".repeat(129))).is_err());
    }
}
