//! Daemons and daemon task definitions through the SDK, on the fake runtime and a paused
//! clock: one task per ACTIVE instance, kept as instances come and go; deployments, revisions,
//! the circuit breaker and deletion.

use std::time::Duration;

use aws_sdk_ecs::types::{
    ContainerInstanceStatus, CreateManagedInstancesProviderConfiguration,
    DaemonContainerDefinition, DaemonDeployment, DaemonDeploymentConfiguration,
    DaemonDeploymentRollbackMonitorsStatus, DaemonDeploymentStatus, DaemonDetail, DaemonStatus,
    DaemonTaskDefinitionRevisionFilter, DaemonTaskDefinitionStatus,
    DaemonTaskDefinitionStatusFilter, InstanceLaunchTemplate, ManagedInstancesNetworkConfiguration,
    Tag,
};

use ecsemu_runtime::fake::CallKind;

use crate::harness::{code, Emulator, BUSYBOX};
use crate::services::{start, CLUSTER, SERVE, SERVE_V2};

pub(crate) const PROVIDER: &str = "managed";

/// A managed instances capacity provider of the test cluster.
pub(crate) async fn managed_provider(em: &Emulator, name: &str) -> String {
    let template = InstanceLaunchTemplate::builder()
        .ec2_instance_profile_arn("arn:aws:iam::000000000000:instance-profile/ecs")
        .network_configuration(
            ManagedInstancesNetworkConfiguration::builder()
                .subnets("subnet-1")
                .build(),
        )
        .build()
        .unwrap();
    em.client
        .create_capacity_provider()
        .name(name)
        .cluster(CLUSTER)
        .managed_instances_provider(
            CreateManagedInstancesProviderConfiguration::builder()
                .infrastructure_role_arn("arn:aws:iam::000000000000:role/infra")
                .instance_launch_template(template)
                .build()
                .unwrap(),
        )
        .send()
        .await
        .unwrap()
        .capacity_provider
        .unwrap()
        .capacity_provider_arn
        .unwrap()
}

pub(crate) async fn register_definition(
    em: &Emulator,
    family: &str,
    image: &str,
    command: &[&str],
) -> String {
    em.client
        .register_daemon_task_definition()
        .family(family)
        .memory("64")
        .container_definitions(
            DaemonContainerDefinition::builder()
                .name("agent")
                .image(image)
                .set_command(Some(command.iter().map(|s| (*s).to_owned()).collect()))
                .build()
                .unwrap(),
        )
        .send()
        .await
        .unwrap()
        .daemon_task_definition_arn
        .unwrap()
}

/// A cluster with a managed instances provider, `instances` registered instances and a daemon
/// task definition; returns (provider ARN, definition ARN).
async fn setup(em: &Emulator, instances: usize) -> (String, String) {
    let provider = managed_provider(em, PROVIDER).await;
    for _ in 0..instances {
        em.register_instance(CLUSTER).await;
    }
    let definition = register_definition(em, "agent", BUSYBOX, &SERVE).await;
    (provider, definition)
}

pub(crate) async fn create(em: &Emulator, name: &str, definition: &str, provider: &str) -> String {
    em.client
        .create_daemon()
        .daemon_name(name)
        .cluster_arn(CLUSTER)
        .daemon_task_definition_arn(definition)
        .capacity_provider_arns(provider)
        .send()
        .await
        .unwrap()
        .daemon_arn
        .unwrap()
}

pub(crate) async fn describe(em: &Emulator, arn: &str) -> DaemonDetail {
    em.client
        .describe_daemon()
        .daemon_arn(arn)
        .send()
        .await
        .unwrap()
        .daemon
        .unwrap()
}

pub(crate) async fn deployment(em: &Emulator, arn: &str) -> DaemonDeployment {
    em.client
        .describe_daemon_deployments()
        .daemon_deployment_arns(arn)
        .send()
        .await
        .unwrap()
        .daemon_deployments
        .unwrap()
        .remove(0)
}

/// The daemon's tasks that are RUNNING and meant to keep running, as (instance, definition).
pub(crate) async fn running(em: &Emulator, name: &str) -> Vec<(String, String)> {
    let arns = em
        .client
        .list_tasks()
        .cluster(CLUSTER)
        .send()
        .await
        .unwrap()
        .task_arns
        .unwrap_or_default();
    if arns.is_empty() {
        return Vec::new();
    }
    let tasks = em
        .client
        .describe_tasks()
        .cluster(CLUSTER)
        .set_tasks(Some(arns))
        .send()
        .await
        .unwrap()
        .tasks
        .unwrap_or_default();
    let mut found: Vec<(String, String)> = tasks
        .into_iter()
        .filter(|t| {
            t.group() == Some(&format!("daemon:{name}"))
                && t.last_status() == Some("RUNNING")
                && t.desired_status() == Some("RUNNING")
        })
        .map(|t| {
            (
                t.container_instance_arn().unwrap_or_default().to_owned(),
                t.task_definition_arn().unwrap_or_default().to_owned(),
            )
        })
        .collect();
    found.sort();
    found
}

/// Polls (in virtual time) until `done` holds; fails after ten virtual minutes.
pub(crate) async fn eventually<F, Fut>(what: &str, done: F)
where
    F: Fn() -> Fut,
    Fut: std::future::Future<Output = bool>,
{
    let deadline = tokio::time::Instant::now() + Duration::from_secs(600);
    while !done().await {
        assert!(tokio::time::Instant::now() < deadline, "never: {what}");
        tokio::time::sleep(Duration::from_millis(250)).await;
    }
}

#[tokio::test(start_paused = true)]
async fn daemon_task_definitions_register_describe_list_and_delete() {
    let em = start().await;
    let first = register_definition(&em, "agent", BUSYBOX, &SERVE).await;
    let second = register_definition(&em, "agent", BUSYBOX, &SERVE_V2).await;
    assert!(
        first.ends_with(":daemon-task-definition/agent:1"),
        "{first}"
    );
    assert!(second.ends_with("/agent:2"), "{second}");

    let latest = em
        .client
        .describe_daemon_task_definition()
        .daemon_task_definition("agent")
        .send()
        .await
        .unwrap()
        .daemon_task_definition
        .unwrap();
    assert_eq!(latest.revision(), 2);
    assert_eq!(latest.status(), Some(&DaemonTaskDefinitionStatus::Active));
    assert_eq!(latest.memory(), Some("64"));
    assert!(latest.registered_by().is_some() && latest.registered_at().is_some());
    assert_eq!(latest.container_definitions()[0].image(), BUSYBOX);

    let last = em
        .client
        .list_daemon_task_definitions()
        .revision(DaemonTaskDefinitionRevisionFilter::LastRegistered)
        .send()
        .await
        .unwrap();
    let arns: Vec<_> = last
        .daemon_task_definitions()
        .iter()
        .filter_map(|s| s.arn())
        .collect();
    assert_eq!(arns, [second.as_str()]);

    let deleted = em
        .client
        .delete_daemon_task_definition()
        .daemon_task_definition("agent:1")
        .send()
        .await
        .unwrap();
    assert_eq!(deleted.daemon_task_definition_arn(), Some(first.as_str()));
    let gone = em
        .client
        .describe_daemon_task_definition()
        .daemon_task_definition(&first)
        .send()
        .await
        .unwrap()
        .daemon_task_definition
        .unwrap();
    // No daemon runs it, so nothing holds the deletion up.
    assert_eq!(gone.status(), Some(&DaemonTaskDefinitionStatus::Deleted));
    assert!(gone.delete_requested_at().is_some());

    let active = em
        .client
        .list_daemon_task_definitions()
        .send()
        .await
        .unwrap();
    assert_eq!(active.daemon_task_definitions().len(), 1);
    let all = em
        .client
        .list_daemon_task_definitions()
        .status(DaemonTaskDefinitionStatusFilter::All)
        .sort(aws_sdk_ecs::types::SortOrder::Desc)
        .max_results(1)
        .send()
        .await
        .unwrap();
    assert_eq!(
        all.daemon_task_definitions()[0].arn(),
        Some(second.as_str())
    );
    let rest = em
        .client
        .list_daemon_task_definitions()
        .status(DaemonTaskDefinitionStatusFilter::All)
        .sort(aws_sdk_ecs::types::SortOrder::Desc)
        .next_token(all.next_token().unwrap())
        .send()
        .await
        .unwrap();
    assert_eq!(
        rest.daemon_task_definitions()[0].arn(),
        Some(first.as_str())
    );
    assert!(rest.next_token().is_none());

    let again = em
        .client
        .delete_daemon_task_definition()
        .daemon_task_definition("agent:1")
        .send()
        .await;
    assert_eq!(code(again), "ClientException");
    let family_only = em
        .client
        .delete_daemon_task_definition()
        .daemon_task_definition("agent")
        .send()
        .await;
    assert_eq!(code(family_only), "ClientException");
    let unknown = em
        .client
        .describe_daemon_task_definition()
        .daemon_task_definition("nope")
        .send()
        .await;
    assert_eq!(code(unknown), "ClientException");
    let bad_family = em
        .client
        .register_daemon_task_definition()
        .family("bad family")
        .container_definitions(
            DaemonContainerDefinition::builder()
                .name("agent")
                .image(BUSYBOX)
                .build()
                .unwrap(),
        )
        .send()
        .await;
    assert_eq!(code(bad_family), "ClientException");
}

#[tokio::test(start_paused = true)]
async fn a_daemon_runs_one_task_on_every_active_instance_as_instances_come_and_go() {
    let em = start().await;
    let (provider, definition) = setup(&em, 2).await;
    let created = em
        .client
        .create_daemon()
        .daemon_name("logs")
        .cluster_arn(CLUSTER)
        .daemon_task_definition_arn(&definition)
        .capacity_provider_arns(&provider)
        .tags(Tag::builder().key("team").value("ops").build())
        .send()
        .await
        .unwrap();
    let arn = created.daemon_arn().unwrap().to_owned();
    assert!(arn.ends_with(":daemon/web/logs"), "{arn}");
    assert_eq!(created.status(), Some(&DaemonStatus::Active));
    let first_deployment = created.deployment_arn().unwrap().to_owned();

    eventually("a task on each instance", || async {
        running(&em, "logs").await.len() == 2
    })
    .await;
    let placed = running(&em, "logs").await;
    assert_ne!(
        placed[0].0, placed[1].0,
        "one task per instance: {placed:?}"
    );
    assert!(placed.iter().all(|(_, d)| *d == definition));

    eventually("the deployment succeeds", || async {
        deployment(&em, &first_deployment).await.status()
            == Some(&DaemonDeploymentStatus::Successful)
    })
    .await;
    let detail = describe(&em, &arn).await;
    assert_eq!(detail.deployment_arn(), Some(first_deployment.as_str()));
    let revision = &detail.current_revisions()[0];
    assert_eq!(revision.total_running_count(), 2);
    assert_eq!(
        revision.capacity_providers()[0].arn(),
        Some(provider.as_str())
    );

    // A new instance gets its task; a draining one loses it.
    let third = em.register_instance(CLUSTER).await;
    eventually("the new instance runs the daemon", || async {
        running(&em, "logs").await.len() == 3
    })
    .await;
    let third_arn = third.container_instance_arn().unwrap().to_owned();
    em.client
        .update_container_instances_state()
        .cluster(CLUSTER)
        .container_instances(&third_arn)
        .status(ContainerInstanceStatus::Draining)
        .send()
        .await
        .unwrap();
    eventually("the draining instance loses its task", || async {
        let placed = running(&em, "logs").await;
        placed.len() == 2 && placed.iter().all(|(i, _)| *i != third_arn)
    })
    .await;

    let tags = em
        .client
        .list_tags_for_resource()
        .resource_arn(&arn)
        .send()
        .await
        .unwrap();
    assert_eq!(tags.tags()[0].key(), Some("team"));
    let listed = em
        .client
        .list_daemons()
        .cluster_arn(CLUSTER)
        .send()
        .await
        .unwrap();
    assert_eq!(
        listed.daemon_summaries_list()[0].daemon_arn(),
        Some(arn.as_str())
    );
    let filtered = em
        .client
        .list_daemons()
        .cluster_arn(CLUSTER)
        .capacity_provider_arns("arn:aws:ecs:us-east-1:000000000000:capacity-provider/other")
        .send()
        .await
        .unwrap();
    assert!(filtered.daemon_summaries_list().is_empty());
}

#[tokio::test(start_paused = true)]
async fn update_daemon_rolls_every_instance_to_the_new_revision() {
    let em = start().await;
    let (provider, first) = setup(&em, 3).await;
    let arn = create(&em, "metrics", &first, &provider).await;
    eventually("the first revision runs", || async {
        running(&em, "metrics").await.len() == 3
    })
    .await;
    let first_revision = describe(&em, &arn).await.current_revisions()[0]
        .arn()
        .unwrap()
        .to_owned();

    let second = register_definition(&em, "agent", BUSYBOX, &SERVE_V2).await;
    let updated = em
        .client
        .update_daemon()
        .daemon_arn(&arn)
        .daemon_task_definition_arn(&second)
        .capacity_provider_arns(&provider)
        .deployment_configuration(
            DaemonDeploymentConfiguration::builder()
                .drain_percent(34.0)
                .build(),
        )
        .send()
        .await
        .unwrap();
    let rollout = updated.deployment_arn().unwrap().to_owned();
    eventually("every instance runs the second revision", || async {
        let placed = running(&em, "metrics").await;
        placed.len() == 3 && placed.iter().all(|(_, d)| *d == second)
    })
    .await;
    eventually("the rollout succeeds", || async {
        deployment(&em, &rollout).await.status() == Some(&DaemonDeploymentStatus::Successful)
    })
    .await;
    let done = deployment(&em, &rollout).await;
    assert_eq!(
        done.source_daemon_revisions()[0].arn(),
        Some(first_revision.as_str())
    );
    let target = done.target_daemon_revision().unwrap();
    assert_eq!(target.total_running_instance_count(), Some(3));
    assert!(done.finished_at().is_some());

    let history = em
        .client
        .list_daemon_deployments()
        .daemon_arn(&arn)
        .send()
        .await
        .unwrap();
    assert_eq!(history.daemon_deployments().len(), 2);
    assert_eq!(
        history.daemon_deployments()[0].daemon_deployment_arn(),
        Some(rollout.as_str()),
        "newest first"
    );
    let revisions = em
        .client
        .describe_daemon_revisions()
        .daemon_revision_arns(&first_revision)
        .daemon_revision_arns(target.arn().unwrap())
        .daemon_revision_arns(format!("{first_revision}0"))
        .send()
        .await
        .unwrap();
    assert_eq!(revisions.daemon_revisions().len(), 2);
    assert_eq!(
        revisions.daemon_revisions()[1].daemon_task_definition_arn(),
        Some(second.as_str())
    );
    assert_eq!(revisions.daemon_revisions()[0].critical(), Some(true));
    assert_eq!(revisions.failures()[0].reason(), Some("MISSING"));
}

#[tokio::test(start_paused = true)]
async fn deleting_a_daemon_stops_its_tasks_and_then_it_is_gone() {
    let em = start().await;
    let (provider, definition) = setup(&em, 2).await;
    let arn = create(&em, "logs", &definition, &provider).await;
    eventually("the daemon runs", || async {
        running(&em, "logs").await.len() == 2
    })
    .await;

    // Held stops keep the daemon DELETE_IN_PROGRESS while the test looks at it.
    em.fake.hold(CallKind::Stop);
    let deleted = em
        .client
        .delete_daemon()
        .daemon_arn(&arn)
        .send()
        .await
        .unwrap();
    assert_eq!(deleted.status(), Some(&DaemonStatus::DeleteInProgress));
    let update = em
        .client
        .update_daemon()
        .daemon_arn(&arn)
        .daemon_task_definition_arn(&definition)
        .capacity_provider_arns(&provider)
        .send()
        .await;
    assert_eq!(code(update), "DaemonNotActiveException");
    let deleting = describe(&em, &arn).await;
    assert_eq!(deleting.status(), Some(&DaemonStatus::DeleteInProgress));
    let teardown = deployment(&em, deleting.deployment_arn().unwrap()).await;
    assert!(teardown.target_daemon_revision().is_none());
    em.fake.release(CallKind::Stop);
    eventually("the daemon is gone", || async {
        em.client
            .describe_daemon()
            .daemon_arn(&arn)
            .send()
            .await
            .is_err()
    })
    .await;
    assert!(running(&em, "logs").await.is_empty());
    let gone = em.client.describe_daemon().daemon_arn(&arn).send().await;
    assert_eq!(code(gone), "DaemonNotFoundException");
    // Its definition can go now that nothing runs it.
    em.client
        .delete_daemon_task_definition()
        .daemon_task_definition(&definition)
        .send()
        .await
        .unwrap();
}

#[tokio::test(start_paused = true)]
async fn the_circuit_breaker_stops_a_failing_first_deployment_and_rolls_back_an_update() {
    let em = start().await;
    let (provider, good) = setup(&em, 1).await;
    let missing = register_definition(&em, "broken", "nowhere/missing:1", &SERVE).await;

    let broken = create(&em, "broken", &missing, &provider).await;
    let first = describe(&em, &broken)
        .await
        .deployment_arn()
        .unwrap()
        .to_owned();
    eventually("the first deployment stops", || async {
        deployment(&em, &first).await.status() == Some(&DaemonDeploymentStatus::Stopped)
    })
    .await;
    let stopped = deployment(&em, &first).await;
    let breaker = stopped.circuit_breaker().unwrap();
    assert_eq!(
        breaker.status(),
        Some(&DaemonDeploymentRollbackMonitorsStatus::Triggered)
    );
    assert!(breaker.failure_count() >= breaker.threshold());

    let healthy = create(&em, "healthy", &good, &provider).await;
    eventually("the good revision runs", || async {
        running(&em, "healthy").await.len() == 1
    })
    .await;
    let bad_update = em
        .client
        .update_daemon()
        .daemon_arn(&healthy)
        .daemon_task_definition_arn(&missing)
        .capacity_provider_arns(&provider)
        .send()
        .await
        .unwrap()
        .deployment_arn
        .unwrap();
    eventually("the update rolls back", || async {
        deployment(&em, &bad_update).await.status()
            == Some(&DaemonDeploymentStatus::RollbackSuccessful)
    })
    .await;
    let rolled = deployment(&em, &bad_update).await;
    let rollback = rolled.rollback().unwrap();
    assert_eq!(
        rollback.rollback_target_daemon_revision_arn(),
        rolled.source_daemon_revisions()[0].arn()
    );
    assert_eq!(running(&em, "healthy").await[0].1, good);
}

#[tokio::test(start_paused = true)]
async fn daemon_errors_follow_the_model() {
    let em = start().await;
    let (provider, definition) = setup(&em, 0).await;
    let in_nowhere = em
        .client
        .create_daemon()
        .daemon_name("d")
        .cluster_arn("nowhere")
        .daemon_task_definition_arn(&definition)
        .capacity_provider_arns(&provider)
        .send()
        .await;
    assert_eq!(code(in_nowhere), "ClusterNotFoundException");
    let no_definition = em
        .client
        .create_daemon()
        .daemon_name("d")
        .cluster_arn(CLUSTER)
        .daemon_task_definition_arn("unknown:1")
        .capacity_provider_arns(&provider)
        .send()
        .await;
    assert_eq!(code(no_definition), "ClientException");
    let on_fargate = em
        .client
        .create_daemon()
        .daemon_name("d")
        .cluster_arn(CLUSTER)
        .daemon_task_definition_arn(&definition)
        .capacity_provider_arns("FARGATE")
        .send()
        .await;
    assert_eq!(code(on_fargate), "InvalidParameterException");
    let bad_drain = em
        .client
        .create_daemon()
        .daemon_name("d")
        .cluster_arn(CLUSTER)
        .daemon_task_definition_arn(&definition)
        .capacity_provider_arns(&provider)
        .deployment_configuration(
            DaemonDeploymentConfiguration::builder()
                .drain_percent(150.0)
                .build(),
        )
        .send()
        .await;
    assert_eq!(code(bad_drain), "InvalidParameterException");
    let listed = em
        .client
        .list_daemons()
        .cluster_arn(CLUSTER)
        .send()
        .await
        .unwrap();
    assert!(
        listed.daemon_summaries_list().is_empty(),
        "nothing was created"
    );

    let arn = create(&em, "d", &definition, &provider).await;
    let twice = em
        .client
        .create_daemon()
        .daemon_name("d")
        .cluster_arn(CLUSTER)
        .daemon_task_definition_arn(&definition)
        .capacity_provider_arns(&provider)
        .send()
        .await;
    assert_eq!(code(twice), "InvalidParameterException");
    // With no instance there is nothing to do: the deployment succeeds at once.
    let detail = describe(&em, &arn).await;
    eventually("the empty deployment succeeds", || async {
        deployment(&em, detail.deployment_arn().unwrap())
            .await
            .status()
            == Some(&DaemonDeploymentStatus::Successful)
    })
    .await;
    let unknown = em
        .client
        .describe_daemon()
        .daemon_arn(format!("{arn}x"))
        .send()
        .await;
    assert_eq!(code(unknown), "DaemonNotFoundException");
    let not_an_arn = em.client.describe_daemon().daemon_arn("d").send().await;
    assert_eq!(code(not_an_arn), "DaemonNotFoundException");
    let history = em
        .client
        .list_daemon_deployments()
        .daemon_arn(format!("{arn}x"))
        .send()
        .await;
    assert_eq!(code(history), "ClientException");
    let empty = em.client.describe_daemon_revisions().send().await;
    assert_eq!(code(empty), "InvalidParameterException");
    let in_use = em
        .client
        .delete_daemon_task_definition()
        .daemon_task_definition(&definition)
        .send()
        .await;
    assert!(in_use.is_ok(), "a definition in use may still be deleted");
    let described = em
        .client
        .describe_daemon_task_definition()
        .daemon_task_definition(&definition)
        .send()
        .await
        .unwrap();
    assert_eq!(
        described.daemon_task_definition().unwrap().status(),
        Some(&DaemonTaskDefinitionStatus::DeleteInProgress),
        "the daemon still means to run it"
    );
}
