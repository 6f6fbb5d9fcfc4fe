//! The ECS API through the real Rust SDK, against an in-process emulator on a fake runtime.

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
mod harness;
mod introspection;
mod lifecycle;
mod local_instance;
mod placement;
mod protocol;
#[cfg(all(feature = "docker", feature = "podman", feature = "cli"))]
mod real_runtimes;
#[cfg(all(feature = "docker", feature = "podman", feature = "cli"))]
mod real_services;
mod runtime_calls;
mod runtime_features;
mod services;
mod tags;
mod task_definitions;
mod task_protection;
mod task_sets;
mod tasks;
