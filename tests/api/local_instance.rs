//! The machine ecsemu runs on as a container instance: EC2 tasks and services run on a fresh
//! cluster, while clusters whose callers register instances keep exactly those.

use std::sync::Arc;
use std::time::Duration;

use aws_sdk_ecs::config::http::HttpResponse;
use aws_sdk_ecs::error::SdkError;
use aws_sdk_ecs::operation::run_task::{RunTaskError, RunTaskOutput};
use aws_sdk_ecs::types::{
    ContainerInstance, ContainerInstanceStatus, DesiredStatus, SchedulingStrategy,
};
use ecsemu_runtime::fake::{CallKind, FakeRuntime};

use crate::harness::{self, code, container_with, message, Emulator, BUSYBOX};

/// An emulator on the fake runtime (2 CPUs, 4 GiB, Docker API 1.41) with `--local-instance on`.
async fn start() -> Emulator {
    start_on(fake()).await
}

fn fake() -> Arc<FakeRuntime> {
    let fake = Arc::new(FakeRuntime::new());
    fake.add_local_image(BUSYBOX);
    fake
}

async fn start_on(fake: Arc<FakeRuntime>) -> Emulator {
    let mut settings = ecsemu::Settings::default();
    settings.plane.local_instance = true;
    harness::start_on(fake.clone(), fake, settings).await
}

async fn instances(emulator: &Emulator, cluster: &str) -> Vec<ContainerInstance> {
    let arns = emulator
        .client
        .list_container_instances()
        .cluster(cluster)
        .send()
        .await
        .unwrap()
        .container_instance_arns
        .unwrap_or_default();
    if arns.is_empty() {
        return Vec::new();
    }
    emulator
        .client
        .describe_container_instances()
        .cluster(cluster)
        .set_container_instances(Some(arns))
        .send()
        .await
        .unwrap()
        .container_instances
        .unwrap_or_default()
}

/// RunTask of `family` with no launch type.
async fn try_run(
    emulator: &Emulator,
    cluster: &str,
    family: &str,
) -> Result<RunTaskOutput, SdkError<RunTaskError, HttpResponse>> {
    emulator
        .client
        .run_task()
        .cluster(cluster)
        .task_definition(family)
        .send()
        .await
}

/// Runs `family` with no launch type and returns the RunTask answer's first task.
async fn run(emulator: &Emulator, cluster: &str, family: &str) -> aws_sdk_ecs::types::Task {
    let out = try_run(emulator, cluster, family).await.unwrap();
    assert!(out.failures().is_empty(), "{:?}", out.failures());
    out.tasks()[0].clone()
}

fn resource(instance: &ContainerInstance, registered: bool, name: &str) -> i32 {
    let resources = if registered {
        instance.registered_resources()
    } else {
        instance.remaining_resources()
    };
    resources
        .iter()
        .find(|r| r.name() == Some(name))
        .map_or(-1, aws_sdk_ecs::types::Resource::integer_value)
}

fn attribute<'a>(instance: &'a ContainerInstance, name: &str) -> Option<&'a str> {
    instance
        .attributes()
        .iter()
        .find(|a| a.name() == name)
        .map(|a| a.value().unwrap_or_default())
}

#[tokio::test]
async fn ec2_tasks_run_on_a_fresh_cluster_on_the_local_host() {
    let emulator = start().await;
    emulator.cluster("demo").await;
    assert!(instances(&emulator, "demo").await.is_empty());
    emulator.register("job", &["sleep", "60"]).await;

    let task = run(&emulator, "demo", "job").await;
    assert_eq!(
        task.launch_type()
            .map(aws_sdk_ecs::types::LaunchType::as_str),
        Some("EC2")
    );
    let joined = instances(&emulator, "demo").await;
    assert_eq!(joined.len(), 1, "the local host joined the cluster");
    let local = &joined[0];
    assert_eq!(
        task.container_instance_arn(),
        local.container_instance_arn(),
        "the task carries the instance's ARN"
    );
    assert!(local.agent_connected());
    assert_eq!(local.status(), Some("ACTIVE"));
    // The fake runtime describes a 2-CPU, 4 GiB linux/x86_64 host serving Docker API 1.41.
    assert_eq!(resource(local, true, "CPU"), 2048);
    assert_eq!(resource(local, true, "MEMORY"), 4096);
    assert_eq!(attribute(local, "ecs.os-type"), Some("linux"));
    assert_eq!(attribute(local, "ecs.cpu-architecture"), Some("x86_64"));
    let api = "com.amazonaws.ecs.capability.docker-remote-api.1.";
    assert!(attribute(local, &format!("{api}41")).is_some());
    assert!(attribute(local, &format!("{api}17")).is_some());
    assert!(attribute(local, &format!("{api}42")).is_none());
    assert_eq!(
        local.version_info().and_then(|v| v.docker_version()),
        Some("DockerVersion: 1.0")
    );

    let task_arn = task.task_arn().unwrap();
    emulator.wait_for_status("demo", task_arn, "RUNNING").await;
    let busy = &instances(&emulator, "demo").await[0];
    assert_eq!(busy.running_tasks_count(), 1);
    assert_eq!(
        resource(busy, false, "MEMORY"),
        4096 - 64,
        "the task's reservation"
    );

    // The same machine in another cluster: it is one host, with one set of resources.
    emulator.cluster("other").await;
    run(&emulator, "other", "job").await;
    let other = &instances(&emulator, "other").await[0];
    assert_ne!(
        other.container_instance_arn(),
        local.container_instance_arn()
    );
    assert_eq!(other.ec2_instance_id(), local.ec2_instance_id());
    assert_eq!(resource(other, false, "MEMORY"), 4096 - 128);
    assert_eq!(other.running_tasks_count() + other.pending_tasks_count(), 1);
}

#[tokio::test]
async fn the_local_host_does_not_block_delete_cluster() {
    let emulator = start().await;
    emulator.cluster("demo").await;
    emulator.register("job", &["exit 3"]).await;
    let task = run(&emulator, "demo", "job").await;
    let stopped = emulator
        .wait_for_status("demo", task.task_arn().unwrap(), "STOPPED")
        .await;
    assert_eq!(stopped.containers()[0].exit_code(), Some(3));
    let local = instances(&emulator, "demo").await[0].clone();
    let deleted = emulator
        .client
        .delete_cluster()
        .cluster("demo")
        .send()
        .await
        .unwrap();
    assert_eq!(deleted.cluster().and_then(|c| c.status()), Some("INACTIVE"));
    let described = emulator
        .client
        .describe_container_instances()
        .cluster(deleted.cluster().and_then(|c| c.cluster_arn()).unwrap())
        .container_instances(local.container_instance_arn().unwrap())
        .send()
        .await;
    // The cluster is gone, so its instances are too; it can be created again, fresh.
    assert_eq!(code(described), "ClusterNotFoundException");
    emulator.cluster("demo").await;
    assert!(instances(&emulator, "demo").await.is_empty());
}

#[tokio::test]
async fn a_running_task_on_the_local_host_still_blocks_delete_cluster() {
    let emulator = start().await;
    emulator.cluster("demo").await;
    emulator.register("job", &["sleep", "60"]).await;
    let task = run(&emulator, "demo", "job").await;
    emulator
        .wait_for_status("demo", task.task_arn().unwrap(), "RUNNING")
        .await;
    let refused = emulator
        .client
        .delete_cluster()
        .cluster("demo")
        .send()
        .await;
    assert_eq!(code(refused), "ClusterContainsTasksException");
}

#[tokio::test]
async fn clusters_with_registered_instances_keep_exactly_those() {
    let emulator = start().await;
    emulator.cluster("managed").await;
    let mine = emulator.register_instance("managed").await;
    emulator.register("job", &["sleep", "60"]).await;
    let task = run(&emulator, "managed", "job").await;
    assert_eq!(task.container_instance_arn(), mine.container_instance_arn());
    let listed = instances(&emulator, "managed").await;
    assert_eq!(listed.len(), 1);
    // Deregistered, the caller's instance is not replaced by the local host either.
    emulator
        .client
        .deregister_container_instance()
        .cluster("managed")
        .container_instance(mine.container_instance_arn().unwrap())
        .force(true)
        .send()
        .await
        .unwrap();
    let refused = try_run(&emulator, "managed", "job").await;
    assert_eq!(
        message(refused),
        "No Container Instances were found in your cluster."
    );
}

#[tokio::test]
async fn a_deregistered_local_host_stays_out_of_the_cluster() {
    let emulator = start().await;
    emulator.cluster("demo").await;
    emulator.register("job", &["exit 0"]).await;
    let task = run(&emulator, "demo", "job").await;
    emulator
        .wait_for_status("demo", task.task_arn().unwrap(), "STOPPED")
        .await;
    let local = instances(&emulator, "demo").await[0].clone();
    let left = emulator
        .client
        .deregister_container_instance()
        .cluster("demo")
        .container_instance(local.container_instance_arn().unwrap())
        .send()
        .await
        .unwrap();
    assert_eq!(
        left.container_instance()
            .and_then(ContainerInstance::status),
        Some("INACTIVE")
    );
    let refused = try_run(&emulator, "demo", "job").await;
    assert_eq!(code(refused), "InvalidParameterException");
    assert!(instances(&emulator, "demo").await.is_empty());
}

#[tokio::test]
async fn off_or_without_a_runtime_there_is_no_local_host() {
    for emulator in [
        harness::start().await,
        harness::start_on(
            Arc::new(ecsemu_runtime_none::NoRuntime),
            fake(),
            ecsemu::Settings {
                plane: ecsemu::control::PlaneConfig {
                    local_instance: true,
                    ..ecsemu::control::PlaneConfig::default()
                },
                ..ecsemu::Settings::default()
            },
        )
        .await,
    ] {
        emulator.cluster("demo").await;
        emulator.register("job", &["sleep", "60"]).await;
        let refused = try_run(&emulator, "demo", "job").await;
        assert_eq!(
            message(refused),
            "No Container Instances were found in your cluster."
        );
    }
}

#[tokio::test]
async fn ec2_run_task_waits_for_the_runtime_to_describe_the_host() {
    let fake = fake();
    fake.hold(CallKind::Info);
    let emulator = start_on(fake.clone()).await;
    emulator.cluster("demo").await;
    emulator.register("job", &["sleep", "60"]).await;
    let client = emulator.client.clone();
    let launch = tokio::spawn(async move {
        client
            .run_task()
            .cluster("demo")
            .task_definition("job")
            .send()
            .await
    });
    tokio::time::sleep(Duration::from_millis(200)).await;
    assert!(!launch.is_finished(), "RunTask waits for the host");
    fake.release(CallKind::Info);
    let out = launch.await.unwrap().unwrap();
    assert!(out.failures().is_empty(), "{:?}", out.failures());
    assert!(out.tasks()[0].container_instance_arn().is_some());
}

#[tokio::test]
async fn services_without_a_launch_type_run_on_the_local_host() {
    let emulator = start().await;
    emulator.cluster("demo").await;
    emulator.register("web", &["sleep", "60"]).await;
    emulator
        .client
        .create_service()
        .cluster("demo")
        .service_name("web")
        .task_definition("web")
        .desired_count(2)
        .send()
        .await
        .unwrap();
    emulator
        .client
        .create_service()
        .cluster("demo")
        .service_name("agent")
        .task_definition("web")
        .scheduling_strategy(SchedulingStrategy::Daemon)
        .send()
        .await
        .unwrap();
    let running = |service: &'static str, count: usize| {
        let client = emulator.client.clone();
        async move {
            for _ in 0..500 {
                let arns = client
                    .list_tasks()
                    .cluster("demo")
                    .service_name(service)
                    .desired_status(DesiredStatus::Running)
                    .send()
                    .await
                    .unwrap()
                    .task_arns
                    .unwrap_or_default();
                if arns.len() == count {
                    return arns;
                }
                tokio::time::sleep(Duration::from_millis(10)).await;
            }
            panic!("{service} never had {count} tasks");
        }
    };
    running("web", 2).await;
    running("agent", 1).await;
    let joined = instances(&emulator, "demo").await;
    assert_eq!(joined.len(), 1, "one local host for both services");
    assert_eq!(
        joined[0].status(),
        Some(ContainerInstanceStatus::Active.as_str())
    );
}

#[tokio::test]
async fn the_local_host_offers_its_real_memory_to_placement() {
    let emulator = start().await;
    emulator.cluster("a").await;
    emulator.cluster("b").await;
    emulator
        .client
        .register_task_definition()
        .family("big")
        .container_definitions(container_with("app", &["sleep", "60"]).memory(3000).build())
        .send()
        .await
        .unwrap();
    run(&emulator, "a", "big").await;
    let out = try_run(&emulator, "b", "big").await.unwrap();
    assert!(out.tasks().is_empty());
    assert_eq!(
        out.failures()[0].reason(),
        Some("RESOURCE:MEMORY"),
        "the 4 GiB host already gives 3000 MiB to cluster a"
    );
}
