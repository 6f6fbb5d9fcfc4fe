use aws_sdk_ecs::types::{
    CapacityProviderStrategyItem, ClusterConfiguration, ClusterField, ClusterSetting,
    ClusterSettingName, ExecuteCommandConfiguration, ExecuteCommandLogging, LaunchType, Tag,
};

use crate::harness::{code, message, start};

fn insights(value: &str) -> ClusterSetting {
    ClusterSetting::builder()
        .name(ClusterSettingName::ContainerInsights)
        .value(value)
        .build()
}

fn fargate(weight: i32, base: i32) -> CapacityProviderStrategyItem {
    CapacityProviderStrategyItem::builder()
        .capacity_provider("FARGATE")
        .weight(weight)
        .base(base)
        .build()
        .unwrap()
}

#[tokio::test]
async fn create_echoes_the_cluster_as_ecs_does() {
    let em = start().await;
    let out = em
        .client
        .create_cluster()
        .cluster_name("web")
        .tags(Tag::builder().key("team").value("a").build())
        .settings(insights("enhanced"))
        .send()
        .await
        .unwrap();
    let cluster = out.cluster.unwrap();
    assert_eq!(
        cluster.cluster_arn(),
        Some("arn:aws:ecs:us-east-1:000000000000:cluster/web")
    );
    assert_eq!(cluster.status(), Some("ACTIVE"));
    assert_eq!(cluster.running_tasks_count(), 0);
    assert_eq!(cluster.settings()[0].value(), Some("enhanced"));
    assert_eq!(cluster.tags()[0].key(), Some("team"));
}

#[tokio::test]
async fn create_without_a_name_makes_default_and_repeats_are_idempotent() {
    let em = start().await;
    let first = em
        .client
        .create_cluster()
        .send()
        .await
        .unwrap()
        .cluster
        .unwrap();
    assert_eq!(first.cluster_name(), Some("default"));
    let again = em
        .client
        .create_cluster()
        .send()
        .await
        .unwrap()
        .cluster
        .unwrap();
    assert_eq!(first.cluster_arn(), again.cluster_arn());
    let listed = em.client.list_clusters().send().await.unwrap();
    assert_eq!(listed.cluster_arns().len(), 1);
}

#[tokio::test]
async fn bad_names_and_settings_are_rejected() {
    let em = start().await;
    let bad = em
        .client
        .create_cluster()
        .cluster_name("no spaces")
        .send()
        .await;
    assert_eq!(code(bad), "InvalidParameterException");
    let bad = em
        .client
        .create_cluster()
        .cluster_name("ok")
        .settings(insights("sometimes"))
        .send()
        .await;
    assert_eq!(code(bad), "InvalidParameterException");
    assert!(em
        .client
        .list_clusters()
        .send()
        .await
        .unwrap()
        .cluster_arns()
        .is_empty());
}

#[tokio::test]
async fn describe_reports_missing_clusters_as_failures() {
    let em = start().await;
    em.cluster("web").await;
    let out = em
        .client
        .describe_clusters()
        .clusters("web")
        .clusters("arn:aws:ecs:us-east-1:000000000000:cluster/web")
        .clusters("ghost")
        .send()
        .await
        .unwrap();
    assert_eq!(out.clusters().len(), 2);
    assert_eq!(out.failures().len(), 1);
    assert_eq!(out.failures()[0].reason(), Some("MISSING"));
    assert_eq!(
        out.failures()[0].arn(),
        Some("arn:aws:ecs:us-east-1:000000000000:cluster/ghost")
    );
}

#[tokio::test]
async fn describe_without_names_describes_default() {
    let em = start().await;
    let out = em.client.describe_clusters().send().await.unwrap();
    assert_eq!(out.failures()[0].reason(), Some("MISSING"));
    em.cluster("default").await;
    let out = em.client.describe_clusters().send().await.unwrap();
    assert_eq!(out.clusters()[0].cluster_name(), Some("default"));
}

#[tokio::test]
async fn describe_includes_only_what_was_asked_for() {
    let em = start().await;
    em.client
        .create_cluster()
        .cluster_name("web")
        .tags(Tag::builder().key("k").value("v").build())
        .configuration(
            ClusterConfiguration::builder()
                .execute_command_configuration(
                    ExecuteCommandConfiguration::builder()
                        .logging(ExecuteCommandLogging::Default)
                        .build(),
                )
                .build(),
        )
        .send()
        .await
        .unwrap();
    let plain = em
        .client
        .describe_clusters()
        .clusters("web")
        .send()
        .await
        .unwrap();
    let cluster = &plain.clusters()[0];
    assert!(cluster.tags().is_empty());
    assert!(cluster.statistics().is_empty());
    assert!(cluster.configuration().is_none());
    let full = em
        .client
        .describe_clusters()
        .clusters("web")
        .include(ClusterField::Tags)
        .include(ClusterField::Statistics)
        .include(ClusterField::Settings)
        .include(ClusterField::Configurations)
        .send()
        .await
        .unwrap();
    let cluster = &full.clusters()[0];
    assert_eq!(cluster.tags().len(), 1);
    assert!(cluster
        .statistics()
        .iter()
        .any(|s| s.name() == Some("runningFargateTasksCount")));
    assert_eq!(cluster.settings()[0].value(), Some("disabled"));
    assert!(cluster.configuration().is_some());
}

#[tokio::test]
async fn counts_follow_the_tasks() {
    let em = start().await;
    em.cluster("web").await;
    em.register_fargate("svc", &["sleep", "600"]).await;
    let task = em.run_fargate("web", "svc").await;
    em.wait_for_status("web", &task, "RUNNING").await;
    let out = em
        .client
        .describe_clusters()
        .clusters("web")
        .include(ClusterField::Statistics)
        .send()
        .await
        .unwrap();
    let cluster = &out.clusters()[0];
    assert_eq!(cluster.running_tasks_count(), 1);
    let running_fargate = cluster
        .statistics()
        .iter()
        .find(|s| s.name() == Some("runningFargateTasksCount"))
        .and_then(|s| s.value());
    assert_eq!(running_fargate, Some("1"));
}

#[tokio::test]
async fn list_pages_through_every_cluster() {
    let em = start().await;
    for name in ["a", "b", "c", "d", "e"] {
        em.cluster(name).await;
    }
    let mut seen = Vec::new();
    let mut token = None;
    loop {
        let out = em
            .client
            .list_clusters()
            .max_results(2)
            .set_next_token(token)
            .send()
            .await
            .unwrap();
        assert!(out.cluster_arns().len() <= 2);
        seen.extend(out.cluster_arns().iter().cloned());
        token = out.next_token;
        if token.is_none() {
            break;
        }
    }
    assert_eq!(seen.len(), 5);
    let paginated: Vec<String> = em
        .client
        .list_clusters()
        .max_results(3)
        .into_paginator()
        .items()
        .send()
        .collect::<Result<Vec<_>, _>>()
        .await
        .unwrap();
    assert_eq!(paginated, seen);
    let bad = em.client.list_clusters().max_results(101).send().await;
    assert_eq!(code(bad), "InvalidParameterException");
    let bad = em.client.list_clusters().next_token("garbage").send().await;
    assert_eq!(code(bad), "InvalidParameterException");
}

#[tokio::test]
async fn delete_refuses_while_tasks_or_instances_are_there() {
    let em = start().await;
    em.cluster("web").await;
    em.register_fargate("svc", &["sleep", "600"]).await;
    let task = em.run_fargate("web", "svc").await;
    let busy = em.client.delete_cluster().cluster("web").send().await;
    assert_eq!(code(busy), "ClusterContainsTasksException");
    em.client
        .stop_task()
        .cluster("web")
        .task(&task)
        .send()
        .await
        .unwrap();
    em.wait_for_status("web", &task, "STOPPED").await;

    let instance = em.register_instance("web").await;
    let busy = em.client.delete_cluster().cluster("web").send().await;
    assert_eq!(code(busy), "ClusterContainsContainerInstancesException");
    em.client
        .deregister_container_instance()
        .cluster("web")
        .container_instance(instance.container_instance_arn().unwrap())
        .send()
        .await
        .unwrap();

    let deleted = em
        .client
        .delete_cluster()
        .cluster("web")
        .send()
        .await
        .unwrap();
    assert_eq!(deleted.cluster.unwrap().status(), Some("INACTIVE"));
    let described = em
        .client
        .describe_clusters()
        .clusters("web")
        .send()
        .await
        .unwrap();
    assert_eq!(described.clusters()[0].status(), Some("INACTIVE"));
    let arn = described.clusters()[0].cluster_arn().unwrap().to_owned();
    let listed = em.client.list_clusters().send().await.unwrap();
    assert_eq!(
        listed.cluster_arns(),
        std::slice::from_ref(&arn),
        "deleted clusters stay listed"
    );
    let again = em.client.delete_cluster().cluster("web").send().await;
    assert_eq!(code(again), "ClusterNotFoundException");
    let on_deleted = em.client.list_tasks().cluster("web").send().await;
    assert_eq!(code(on_deleted), "ClusterNotFoundException");
    em.cluster("web").await;
    let back = em
        .client
        .describe_clusters()
        .clusters("web")
        .send()
        .await
        .unwrap();
    assert_eq!(back.clusters()[0].status(), Some("ACTIVE"));
    let listed = em.client.list_clusters().send().await.unwrap();
    assert_eq!(listed.cluster_arns(), [arn]);
}

#[tokio::test]
async fn update_cluster_and_its_settings() {
    let em = start().await;
    em.cluster("web").await;
    let updated = em
        .client
        .update_cluster()
        .cluster("web")
        .settings(insights("enabled"))
        .configuration(
            ClusterConfiguration::builder()
                .execute_command_configuration(
                    ExecuteCommandConfiguration::builder()
                        .logging(ExecuteCommandLogging::None)
                        .build(),
                )
                .build(),
        )
        .send()
        .await
        .unwrap()
        .cluster
        .unwrap();
    assert_eq!(updated.settings()[0].value(), Some("enabled"));
    assert!(updated.configuration().is_some());
    let updated = em
        .client
        .update_cluster_settings()
        .cluster("web")
        .settings(insights("disabled"))
        .send()
        .await
        .unwrap()
        .cluster
        .unwrap();
    assert_eq!(updated.settings().len(), 1);
    assert_eq!(updated.settings()[0].value(), Some("disabled"));
    let missing = em
        .client
        .update_cluster_settings()
        .cluster("ghost")
        .settings(insights("disabled"))
        .send()
        .await;
    assert_eq!(code(missing), "ClusterNotFoundException");
}

#[tokio::test]
async fn capacity_providers_and_default_strategy() {
    let em = start().await;
    em.cluster("web").await;
    let out = em
        .client
        .put_cluster_capacity_providers()
        .cluster("web")
        .capacity_providers("FARGATE")
        .capacity_providers("FARGATE_SPOT")
        .default_capacity_provider_strategy(fargate(1, 1))
        .send()
        .await
        .unwrap()
        .cluster
        .unwrap();
    assert_eq!(out.capacity_providers(), ["FARGATE", "FARGATE_SPOT"]);
    assert_eq!(out.default_capacity_provider_strategy()[0].base(), 1);

    // With a default strategy, RunTask without launch type goes to Fargate.
    em.register_fargate("svc", &["sleep", "600"]).await;
    let run = em
        .client
        .run_task()
        .cluster("web")
        .task_definition("svc")
        .network_configuration(crate::harness::network())
        .send()
        .await
        .unwrap();
    let task = &run.tasks()[0];
    assert_eq!(task.capacity_provider_name(), Some("FARGATE"));
    assert_eq!(task.launch_type(), Some(&LaunchType::Fargate));

    let unknown = em
        .client
        .put_cluster_capacity_providers()
        .cluster("web")
        .capacity_providers("mine")
        .set_default_capacity_provider_strategy(Some(vec![]))
        .send()
        .await;
    assert_eq!(code(unknown), "InvalidParameterException");
    let unassociated = em
        .client
        .put_cluster_capacity_providers()
        .cluster("web")
        .capacity_providers("FARGATE_SPOT")
        .default_capacity_provider_strategy(fargate(1, 0))
        .send()
        .await;
    assert!(message(unassociated).contains("not associated"));
    let two_bases = em
        .client
        .put_cluster_capacity_providers()
        .cluster("web")
        .capacity_providers("FARGATE")
        .capacity_providers("FARGATE_SPOT")
        .default_capacity_provider_strategy(fargate(1, 1))
        .default_capacity_provider_strategy(
            CapacityProviderStrategyItem::builder()
                .capacity_provider("FARGATE_SPOT")
                .weight(1)
                .base(1)
                .build()
                .unwrap(),
        )
        .send()
        .await;
    assert_eq!(code(two_bases), "InvalidParameterException");
}
