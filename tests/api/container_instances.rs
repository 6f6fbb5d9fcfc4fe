use aws_sdk_ecs::types::{
    Attribute, ContainerInstanceField, ContainerInstanceStatus, Resource, Tag,
};

use aws_sdk_ecs::error::ProvideErrorMetadata;

use crate::harness::{code, start};

fn integer(name: &str, value: i32) -> Resource {
    Resource::builder()
        .name(name)
        .r#type("INTEGER")
        .integer_value(value)
        .build()
}

fn remaining(instance: &aws_sdk_ecs::types::ContainerInstance, name: &str) -> i32 {
    instance
        .remaining_resources()
        .iter()
        .find(|r| r.name() == Some(name))
        .map(aws_sdk_ecs::types::Resource::integer_value)
        .unwrap()
}

#[tokio::test]
async fn register_describe_list_and_deregister() {
    let em = start().await;
    em.cluster("web").await;
    let registered = em
        .client
        .register_container_instance()
        .cluster("web")
        .total_resources(integer("CPU", 2048))
        .total_resources(integer("MEMORY", 4096))
        .attributes(Attribute::builder().name("stack").value("blue").build().unwrap())
        .tags(Tag::builder().key("k").value("v").build())
        .instance_identity_document(r#"{"instanceId":"i-0123456789abcdef0","availabilityZone":"us-east-1c","instanceType":"t3.medium"}"#)
        .send()
        .await
        .unwrap()
        .container_instance
        .unwrap();
    let arn = registered.container_instance_arn().unwrap().to_owned();
    assert!(arn.starts_with("arn:aws:ecs:us-east-1:000000000000:container-instance/web/"));
    assert_eq!(registered.ec2_instance_id(), Some("i-0123456789abcdef0"));
    assert_eq!(registered.status(), Some("ACTIVE"));
    assert!(registered.agent_connected());
    assert_eq!(remaining(&registered, "MEMORY"), 4096);
    let attribute = |name: &str| {
        registered
            .attributes()
            .iter()
            .find(|a| a.name() == name)
            .and_then(|a| a.value().map(str::to_owned))
    };
    assert_eq!(attribute("stack").as_deref(), Some("blue"));
    assert_eq!(
        attribute("ecs.availability-zone").as_deref(),
        Some("us-east-1c")
    );
    assert_eq!(attribute("ecs.instance-type").as_deref(), Some("t3.medium"));

    em.register("job", &["sleep", "600"]).await;
    let run = em
        .client
        .run_task()
        .cluster("web")
        .task_definition("job")
        .send()
        .await
        .unwrap();
    let task = run.tasks()[0].task_arn().unwrap().to_owned();
    let described = em
        .client
        .describe_container_instances()
        .cluster("web")
        .container_instances(&arn)
        .container_instances("ffffffffffffffffffffffffffffffff")
        .include(ContainerInstanceField::Tags)
        .send()
        .await
        .unwrap();
    let instance = &described.container_instances()[0];
    assert_eq!(remaining(instance, "MEMORY"), 4096 - 64);
    assert_eq!(instance.tags().len(), 1);
    assert_eq!(
        instance.running_tasks_count() + instance.pending_tasks_count(),
        1
    );
    assert_eq!(described.failures()[0].reason(), Some("MISSING"));

    let listed = em
        .client
        .list_container_instances()
        .cluster("web")
        .send()
        .await
        .unwrap();
    assert_eq!(listed.container_instance_arns(), std::slice::from_ref(&arn));
    let draining = em
        .client
        .list_container_instances()
        .cluster("web")
        .status(ContainerInstanceStatus::Draining)
        .send()
        .await
        .unwrap();
    assert!(draining.container_instance_arns().is_empty());

    let refused = em
        .client
        .deregister_container_instance()
        .cluster("web")
        .container_instance(&arn)
        .send()
        .await;
    assert_eq!(code(refused), "InvalidParameterException");
    let gone = em
        .client
        .deregister_container_instance()
        .cluster("web")
        .container_instance(&arn)
        .force(true)
        .send()
        .await
        .unwrap()
        .container_instance
        .unwrap();
    assert_eq!(gone.status(), Some("INACTIVE"));
    let stopped = em.wait_for_status("web", &task, "STOPPED").await;
    assert_eq!(
        stopped.stopped_reason(),
        Some("Container instance deregistration forced by user")
    );
    let listed = em
        .client
        .list_container_instances()
        .cluster("web")
        .send()
        .await
        .unwrap();
    assert!(listed.container_instance_arns().is_empty());
}

#[tokio::test]
async fn capacity_defaults_to_the_runtime() {
    let em = start().await;
    em.cluster("web").await;
    let instance = em.register_instance("web").await;
    // The fake runtime reports 2 CPUs and 4 GiB.
    assert_eq!(remaining(&instance, "CPU"), 2048);
    assert_eq!(remaining(&instance, "MEMORY"), 4096);
    let ports = instance
        .registered_resources()
        .iter()
        .find(|r| r.name() == Some("PORTS"))
        .unwrap();
    assert!(ports.string_set_value().contains(&"22".to_owned()));
}

#[tokio::test]
async fn registering_in_a_missing_cluster_is_a_client_exception() {
    let em = start().await;
    let missing = em
        .client
        .register_container_instance()
        .cluster("nowhere")
        .send()
        .await
        .unwrap_err();
    assert_eq!(missing.code(), Some("ClientException"));
    assert_eq!(missing.message(), Some("Cluster not found."));
}

#[tokio::test]
async fn update_container_agent_updates_an_older_agent_once() {
    let em = start().await;
    em.cluster("web").await;
    let old = em
        .client
        .register_container_instance()
        .cluster("web")
        .version_info(
            aws_sdk_ecs::types::VersionInfo::builder()
                .agent_version("1.70.0")
                .build(),
        )
        .send()
        .await
        .unwrap()
        .container_instance
        .unwrap()
        .container_instance_arn
        .unwrap();
    let updating = em
        .client
        .update_container_agent()
        .cluster("web")
        .container_instance(&old)
        .send()
        .await
        .unwrap()
        .container_instance
        .unwrap();
    assert_eq!(
        updating
            .agent_update_status()
            .map(aws_sdk_ecs::types::AgentUpdateStatus::as_str),
        Some("PENDING")
    );
    let described = em
        .client
        .describe_container_instances()
        .cluster("web")
        .container_instances(&old)
        .send()
        .await
        .unwrap();
    let instance = &described.container_instances()[0];
    assert_eq!(
        instance
            .agent_update_status()
            .map(aws_sdk_ecs::types::AgentUpdateStatus::as_str),
        Some("UPDATED")
    );
    assert_eq!(
        instance.version_info().unwrap().agent_version(),
        Some("1.89.0")
    );
    let again = em
        .client
        .update_container_agent()
        .cluster("web")
        .container_instance(&old)
        .send()
        .await;
    assert_eq!(code(again), "NoUpdateAvailableException");
    let unknown = em
        .client
        .update_container_agent()
        .cluster("web")
        .container_instance("0123456789abcdef0123456789abcdef")
        .send()
        .await;
    assert_eq!(code(unknown), "InvalidParameterException");
}
