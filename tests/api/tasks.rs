use aws_sdk_ecs::operation::run_task::builders::RunTaskFluentBuilder;
use aws_sdk_ecs::types::{
    CapacityProviderStrategyItem, ContainerOverride, DesiredStatus, KeyValuePair, LaunchType,
    PropagateTags, Tag, TaskField, TaskOverride, TaskStopCode,
};

use crate::harness::{code, message, network, start, Emulator};

#[tokio::test]
async fn a_fargate_task_runs_as_ecs_reports_it() {
    let em = start().await;
    em.cluster("web").await;
    em.register_fargate("svc", &["sleep", "600"]).await;
    let out = em
        .client
        .run_task()
        .cluster("web")
        .task_definition("svc")
        .launch_type(LaunchType::Fargate)
        .network_configuration(network())
        .send()
        .await
        .unwrap();
    assert!(out.failures().is_empty());
    let task = &out.tasks()[0];
    let arn = task.task_arn().unwrap();
    let id = arn.rsplit('/').next().unwrap();
    assert!(arn.starts_with("arn:aws:ecs:us-east-1:000000000000:task/web/"));
    assert_eq!(id.len(), 32);
    assert_eq!(task.last_status(), Some("PROVISIONING"));
    assert_eq!(task.desired_status(), Some("RUNNING"));
    assert_eq!(task.version(), 1);
    assert_eq!(task.group(), Some("family:svc"));
    assert_eq!(task.platform_version(), Some("1.4.0"));
    assert_eq!(task.platform_family(), Some("Linux"));
    assert_eq!((task.cpu(), task.memory()), (Some("256"), Some("512")));
    let eni = &task.attachments()[0];
    assert_eq!(eni.r#type(), Some("ElasticNetworkInterface"));
    assert_eq!(eni.status(), Some("PRECREATED"));
    let overrides = task.overrides().unwrap();
    assert_eq!(overrides.container_overrides()[0].name(), Some("app"));

    let running = em.wait_for_status("web", arn, "RUNNING").await;
    assert_eq!(running.attachments()[0].status(), Some("ATTACHED"));
    let details: Vec<&str> = running.attachments()[0]
        .details()
        .iter()
        .filter_map(|d| d.name())
        .collect();
    assert!(details.contains(&"privateIPv4Address") && details.contains(&"networkInterfaceId"));
    let container = &running.containers()[0];
    assert_eq!(container.last_status(), Some("RUNNING"));
    assert!(container.runtime_id().is_some());
    assert_eq!(container.network_interfaces().len(), 1);
    assert_eq!(
        running
            .connectivity()
            .map(aws_sdk_ecs::types::Connectivity::as_str),
        Some("CONNECTED")
    );
    let created = running.created_at().unwrap().as_secs_f64();
    let pulled = running.pull_started_at().unwrap().as_secs_f64();
    let started = running.started_at().unwrap().as_secs_f64();
    assert!(created <= pulled && pulled <= started);
    assert!(running.version() > 1);
    assert_eq!(
        running
            .health_status()
            .map(aws_sdk_ecs::types::HealthStatus::as_str),
        Some("UNKNOWN")
    );
}

#[tokio::test]
async fn stop_task_answers_at_once_and_the_task_stops() {
    let em = start().await;
    em.cluster("web").await;
    em.register_fargate("svc", &["sleep", "600"]).await;
    let arn = em.run_fargate("web", "svc").await;
    em.wait_for_status("web", &arn, "RUNNING").await;
    let id = arn.rsplit('/').next().unwrap();
    let stopped = em
        .client
        .stop_task()
        .cluster("web")
        .task(id)
        .reason("done here")
        .send()
        .await
        .unwrap()
        .task
        .unwrap();
    assert_eq!(stopped.desired_status(), Some("STOPPED"));
    assert_eq!(stopped.stop_code(), Some(&TaskStopCode::UserInitiated));
    assert_eq!(stopped.stopped_reason(), Some("done here"));
    assert!(stopped.stopping_at().is_some());
    let done = em.wait_for_status("web", &arn, "STOPPED").await;
    assert_eq!(done.containers()[0].exit_code(), Some(143));
    assert!(done.stopped_at().is_some() && done.execution_stopped_at().is_some());
    assert_eq!(done.attachments()[0].status(), Some("DELETED"));
    assert!(
        em.fake.live_containers().is_empty(),
        "containers are removed"
    );
    let again = em
        .client
        .stop_task()
        .cluster("web")
        .task(&arn)
        .send()
        .await
        .unwrap();
    assert_eq!(again.task.unwrap().stopped_reason(), Some("done here"));
    let unknown = em
        .client
        .stop_task()
        .cluster("web")
        .task("0123")
        .send()
        .await;
    assert_eq!(message(unknown), "The referenced task was not found.");
    let default_reason = {
        let arn = em.run_fargate("web", "svc").await;
        em.client
            .stop_task()
            .cluster("web")
            .task(&arn)
            .send()
            .await
            .unwrap()
    };
    assert_eq!(
        default_reason.task.unwrap().stopped_reason(),
        Some("Task stopped by user")
    );
}

#[tokio::test]
async fn run_task_validates_its_request() {
    let em = start().await;
    em.cluster("web").await;
    em.register_fargate("svc", &[]).await;
    em.register("ec2only", &[]).await;
    let run = || em.client.run_task().cluster("web").task_definition("svc");
    assert_eq!(
        code(
            run()
                .launch_type(LaunchType::Fargate)
                .network_configuration(network())
                .count(11)
                .send()
                .await
        ),
        "InvalidParameterException"
    );
    let no_network = run().launch_type(LaunchType::Fargate).send().await;
    assert!(message(no_network).contains("Network Configuration must be provided"));
    let both = run()
        .launch_type(LaunchType::Fargate)
        .capacity_provider_strategy(
            CapacityProviderStrategyItem::builder()
                .capacity_provider("FARGATE")
                .weight(1)
                .build()
                .unwrap(),
        )
        .network_configuration(network())
        .send()
        .await;
    assert!(message(both).contains("Specifying both a launch type and capacity provider strategy"));
    let not_fargate = em
        .client
        .run_task()
        .cluster("web")
        .task_definition("ec2only")
        .launch_type(LaunchType::Fargate)
        .send()
        .await;
    assert_eq!(code(not_fargate), "InvalidParameterException");
    let no_instances = em
        .client
        .run_task()
        .cluster("web")
        .task_definition("ec2only")
        .send()
        .await;
    assert_eq!(
        message(no_instances),
        "No Container Instances were found in your cluster."
    );
    let unknown_def = run()
        .launch_type(LaunchType::Fargate)
        .task_definition("ghost")
        .send()
        .await;
    assert_eq!(message(unknown_def), "TaskDefinition not found.");
    let bad_platform = run()
        .launch_type(LaunchType::Fargate)
        .network_configuration(network())
        .platform_version("9.9.9")
        .send()
        .await;
    assert_eq!(code(bad_platform), "PlatformUnknownException");
    let bad_override = run()
        .launch_type(LaunchType::Fargate)
        .network_configuration(network())
        .overrides(
            TaskOverride::builder()
                .container_overrides(ContainerOverride::builder().name("ghost").build())
                .build(),
        )
        .send()
        .await;
    assert_eq!(code(bad_override), "InvalidParameterException");
    let unknown_cluster = em
        .client
        .run_task()
        .cluster("ghost")
        .task_definition("svc")
        .send()
        .await;
    assert_eq!(code(unknown_cluster), "ClusterNotFoundException");
    let bad_started_by = run()
        .launch_type(LaunchType::Fargate)
        .network_configuration(network())
        .started_by("has spaces")
        .send()
        .await;
    assert_eq!(code(bad_started_by), "InvalidParameterException");
    let listed = em.client.list_tasks().cluster("web").send().await.unwrap();
    assert!(
        listed.task_arns().is_empty(),
        "rejected requests launch nothing"
    );
}

#[tokio::test]
async fn overrides_tags_and_groups_are_echoed() {
    let em = start().await;
    em.cluster("web").await;
    em.client
        .register_task_definition()
        .family("svc")
        .network_mode(aws_sdk_ecs::types::NetworkMode::Awsvpc)
        .requires_compatibilities(aws_sdk_ecs::types::Compatibility::Fargate)
        .cpu("256")
        .memory("512")
        .container_definitions(crate::harness::container("app", &["sleep", "600"]))
        .tags(Tag::builder().key("from").value("definition").build())
        .send()
        .await
        .unwrap();
    let out = em
        .client
        .run_task()
        .cluster("web")
        .task_definition("svc")
        .launch_type(LaunchType::Fargate)
        .network_configuration(network())
        .count(3)
        .started_by("ci-job/42")
        .group("batch")
        .tags(Tag::builder().key("from").value("request").build())
        .tags(Tag::builder().key("extra").value("1").build())
        .propagate_tags(PropagateTags::TaskDefinition)
        .enable_ecs_managed_tags(true)
        .overrides(
            TaskOverride::builder()
                .container_overrides(
                    ContainerOverride::builder()
                        .name("app")
                        .command("echo")
                        .command("hi")
                        .environment(KeyValuePair::builder().name("MODE").value("x").build())
                        .build(),
                )
                .memory("1024")
                .build(),
        )
        .send()
        .await
        .unwrap();
    assert_eq!(out.tasks().len(), 3);
    let task = &out.tasks()[0];
    assert_eq!(task.started_by(), Some("ci-job/42"));
    assert_eq!(task.group(), Some("batch"));
    assert_eq!(task.memory(), Some("1024"));
    let container_override = &task.overrides().unwrap().container_overrides()[0];
    assert_eq!(container_override.command(), ["echo", "hi"]);
    assert_eq!(container_override.environment()[0].name(), Some("MODE"));
    let tags: Vec<(&str, &str)> = task
        .tags()
        .iter()
        .map(|t| (t.key().unwrap(), t.value().unwrap()))
        .collect();
    assert!(tags.contains(&("from", "definition")));
    assert!(tags.contains(&("extra", "1")));
    assert!(tags.contains(&("aws:ecs:clusterName", "web")));
    let described = em
        .client
        .describe_tasks()
        .cluster("web")
        .tasks(task.task_arn().unwrap())
        .include(TaskField::Tags)
        .send()
        .await
        .unwrap();
    assert_eq!(described.tasks()[0].tags().len(), 3);
    let untagged = em.describe("web", task.task_arn().unwrap()).await;
    assert!(untagged.tags().is_empty(), "tags only with include TAGS");
}

/// A RunTask request for a Fargate task of `svc` in the cluster `web`.
fn run_svc(em: &Emulator) -> RunTaskFluentBuilder {
    em.client
        .run_task()
        .cluster("web")
        .task_definition("svc")
        .launch_type(LaunchType::Fargate)
        .network_configuration(network())
}

#[tokio::test]
async fn client_tokens_make_run_task_idempotent() {
    let em = start().await;
    em.cluster("web").await;
    em.register_fargate("svc", &["sleep", "600"]).await;
    let run = |count: i32| run_svc(&em).count(count).client_token("token-1").send();
    let first = run(2).await.unwrap();
    let retry = run(2).await.unwrap();
    let arns = |out: &aws_sdk_ecs::operation::run_task::RunTaskOutput| {
        out.tasks()
            .iter()
            .map(|t| t.task_arn().unwrap().to_owned())
            .collect::<Vec<_>>()
    };
    assert_eq!(arns(&first), arns(&retry));
    let listed = em.client.list_tasks().cluster("web").send().await.unwrap();
    assert_eq!(listed.task_arns().len(), 2, "a retry launches nothing");
    let conflict = run(3).await;
    assert_eq!(code(conflict), "ConflictException");
}

#[tokio::test]
async fn bad_client_tokens_are_invalid_parameters_and_launch_nothing() {
    let em = start().await;
    em.cluster("web").await;
    em.register_fargate("svc", &["sleep", "600"]).await;
    let run = |token: String| run_svc(&em).client_token(token).send();
    for bad in [
        String::new(),
        "x".repeat(65),
        "with space".to_owned(),
        "caf\u{e9}".to_owned(),
        "bell\u{7}".to_owned(),
    ] {
        let result = run(bad.clone()).await;
        assert_eq!(code(result), "InvalidParameterException", "{bad:?}");
    }
    let listed = em.client.list_tasks().cluster("web").send().await.unwrap();
    assert!(listed.task_arns().is_empty(), "{listed:?}");
    run(format!("!~{}", "x".repeat(62))).await.unwrap();
}

#[tokio::test]
async fn capacity_provider_strategies_split_tasks() {
    let em = start().await;
    em.client
        .create_cluster()
        .cluster_name("web")
        .capacity_providers("FARGATE")
        .capacity_providers("FARGATE_SPOT")
        .send()
        .await
        .unwrap();
    em.register_fargate("svc", &["sleep", "600"]).await;
    let out = em
        .client
        .run_task()
        .cluster("web")
        .task_definition("svc")
        .network_configuration(network())
        .count(6)
        .capacity_provider_strategy(
            CapacityProviderStrategyItem::builder()
                .capacity_provider("FARGATE")
                .base(2)
                .weight(1)
                .build()
                .unwrap(),
        )
        .capacity_provider_strategy(
            CapacityProviderStrategyItem::builder()
                .capacity_provider("FARGATE_SPOT")
                .weight(3)
                .build()
                .unwrap(),
        )
        .send()
        .await
        .unwrap();
    let on = |name: &str| {
        out.tasks()
            .iter()
            .filter(|t| t.capacity_provider_name() == Some(name))
            .count()
    };
    assert_eq!((on("FARGATE"), on("FARGATE_SPOT")), (3, 3));
    assert!(out
        .tasks()
        .iter()
        .all(|t| t.launch_type() == Some(&LaunchType::Fargate)));
}

#[tokio::test]
async fn ec2_tasks_are_placed_on_container_instances() {
    let em = start().await;
    em.cluster("web").await;
    em.register("job", &["sleep", "600"]).await;
    let instance = em
        .client
        .register_container_instance()
        .cluster("web")
        .total_resources(resource("CPU", 1024))
        .total_resources(resource("MEMORY", 100))
        .send()
        .await
        .unwrap()
        .container_instance
        .unwrap();
    let instance_arn = instance.container_instance_arn().unwrap().to_owned();
    let out = em
        .client
        .run_task()
        .cluster("web")
        .task_definition("job")
        .count(2)
        .send()
        .await
        .unwrap();
    assert_eq!(out.tasks().len(), 1, "only one 64 MiB task fits in 100 MiB");
    assert_eq!(out.failures()[0].reason(), Some("RESOURCE:MEMORY"));
    assert_eq!(out.failures()[0].arn(), Some(instance_arn.as_str()));
    let task = &out.tasks()[0];
    assert_eq!(task.launch_type(), Some(&LaunchType::Ec2));
    assert_eq!(task.last_status(), Some("PENDING"));
    assert_eq!(task.container_instance_arn(), Some(instance_arn.as_str()));
    em.wait_for_status("web", task.task_arn().unwrap(), "RUNNING")
        .await;

    let started = em
        .client
        .start_task()
        .cluster("web")
        .task_definition("job")
        .container_instances(&instance_arn)
        .container_instances("0000000000000000000000000000dead")
        .send()
        .await
        .unwrap();
    assert!(started.tasks().is_empty());
    let reasons: Vec<&str> = started
        .failures()
        .iter()
        .filter_map(|f| f.reason())
        .collect();
    assert_eq!(reasons, ["RESOURCE:MEMORY", "MISSING"]);
    em.client
        .stop_task()
        .cluster("web")
        .task(task.task_arn().unwrap())
        .send()
        .await
        .unwrap();
    em.wait_for_status("web", task.task_arn().unwrap(), "STOPPED")
        .await;
    let started = em
        .client
        .start_task()
        .cluster("web")
        .task_definition("job")
        .container_instances(&instance_arn)
        .started_by("me")
        .send()
        .await
        .unwrap();
    assert_eq!(started.tasks()[0].started_by(), Some("me"));
    assert_eq!(
        started.tasks()[0].container_instance_arn(),
        Some(instance_arn.as_str())
    );
}

fn resource(name: &str, value: i32) -> aws_sdk_ecs::types::Resource {
    aws_sdk_ecs::types::Resource::builder()
        .name(name)
        .r#type("INTEGER")
        .integer_value(value)
        .build()
}

#[tokio::test]
async fn describe_tasks_reports_missing_tasks() {
    let em = start().await;
    em.cluster("web").await;
    em.cluster("other").await;
    em.register_fargate("svc", &["sleep", "600"]).await;
    let arn = em.run_fargate("web", "svc").await;
    let id = arn.rsplit('/').next().unwrap().to_owned();
    let out = em
        .client
        .describe_tasks()
        .cluster("web")
        .tasks(&arn)
        .tasks(&id)
        .tasks("ffffffffffffffffffffffffffffffff")
        .send()
        .await
        .unwrap();
    assert_eq!(out.tasks().len(), 2);
    assert_eq!(out.failures().len(), 1);
    assert_eq!(
        out.failures()[0].arn(),
        Some("arn:aws:ecs:us-east-1:000000000000:task/web/ffffffffffffffffffffffffffffffff")
    );
    assert_eq!(out.failures()[0].reason(), Some("MISSING"));
    let elsewhere = em
        .client
        .describe_tasks()
        .cluster("other")
        .tasks(&arn)
        .send()
        .await
        .unwrap();
    assert_eq!(elsewhere.failures()[0].reason(), Some("MISSING"));
    let empty = em
        .client
        .describe_tasks()
        .cluster("web")
        .set_tasks(Some(vec![]))
        .send()
        .await;
    assert_eq!(code(empty), "InvalidParameterException");
    let too_many = em
        .client
        .describe_tasks()
        .cluster("web")
        .set_tasks(Some((0..101).map(|i| i.to_string()).collect()))
        .send()
        .await;
    assert_eq!(code(too_many), "InvalidParameterException");
}

#[tokio::test]
async fn list_tasks_filters_and_pages() {
    let em = start().await;
    em.cluster("web").await;
    em.register_fargate("svc", &["sleep", "600"]).await;
    em.register_fargate("other", &["sleep", "600"]).await;
    let mut arns = Vec::new();
    for _ in 0..3 {
        arns.push(em.run_fargate("web", "svc").await);
    }
    let by_job = em
        .client
        .run_task()
        .cluster("web")
        .task_definition("other")
        .launch_type(LaunchType::Fargate)
        .network_configuration(network())
        .started_by("job-7")
        .send()
        .await
        .unwrap();
    let job_task = by_job.tasks()[0].task_arn().unwrap().to_owned();
    em.client
        .stop_task()
        .cluster("web")
        .task(&arns[0])
        .send()
        .await
        .unwrap();

    let running = em.client.list_tasks().cluster("web").send().await.unwrap();
    assert_eq!(running.task_arns().len(), 3);
    let stopped = em
        .client
        .list_tasks()
        .cluster("web")
        .desired_status(DesiredStatus::Stopped)
        .send()
        .await
        .unwrap();
    assert_eq!(stopped.task_arns(), std::slice::from_ref(&arns[0]));
    let pending = em
        .client
        .list_tasks()
        .cluster("web")
        .desired_status(DesiredStatus::Pending)
        .send()
        .await
        .unwrap();
    assert!(
        pending.task_arns().is_empty(),
        "desiredStatus is never PENDING"
    );
    let family = em
        .client
        .list_tasks()
        .cluster("web")
        .family("other")
        .send()
        .await
        .unwrap();
    assert_eq!(family.task_arns(), std::slice::from_ref(&job_task));
    let started_by = em
        .client
        .list_tasks()
        .cluster("web")
        .started_by("job-7")
        .send()
        .await
        .unwrap();
    assert_eq!(started_by.task_arns(), [job_task]);
    let fargate = em
        .client
        .list_tasks()
        .cluster("web")
        .launch_type(LaunchType::Ec2)
        .send()
        .await
        .unwrap();
    assert!(fargate.task_arns().is_empty());
    let combined = em
        .client
        .list_tasks()
        .cluster("web")
        .started_by("job-7")
        .family("other")
        .send()
        .await;
    assert_eq!(code(combined), "InvalidParameterException");
    let service = em
        .client
        .list_tasks()
        .cluster("web")
        .service_name("ghost")
        .send()
        .await;
    assert_eq!(code(service), "ServiceNotFoundException");
    let pages: Vec<String> = em
        .client
        .list_tasks()
        .cluster("web")
        .max_results(1)
        .into_paginator()
        .items()
        .send()
        .collect::<Result<Vec<_>, _>>()
        .await
        .unwrap();
    assert_eq!(pages.len(), 3);
    let unknown = em.client.list_tasks().cluster("ghost").send().await;
    assert_eq!(code(unknown), "ClusterNotFoundException");
}

#[tokio::test]
async fn the_default_cluster_is_used_when_none_is_named() {
    let em = start().await;
    em.register_fargate("svc", &["sleep", "600"]).await;
    let missing = em
        .client
        .run_task()
        .task_definition("svc")
        .launch_type(LaunchType::Fargate)
        .network_configuration(network())
        .send()
        .await;
    assert_eq!(code(missing), "ClusterNotFoundException");
    em.client.create_cluster().send().await.unwrap();
    let out = em
        .client
        .run_task()
        .task_definition("svc")
        .launch_type(LaunchType::Fargate)
        .network_configuration(network())
        .send()
        .await
        .unwrap();
    assert!(out.tasks()[0]
        .task_arn()
        .unwrap()
        .contains(":task/default/"));
    let listed = em.client.list_tasks().send().await.unwrap();
    assert_eq!(listed.task_arns().len(), 1);
}
