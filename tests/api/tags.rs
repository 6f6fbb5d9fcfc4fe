use aws_sdk_ecs::types::{GatewayConfiguration, HostSharedAlbConfiguration, Tag};

use crate::harness::{code, start};

fn tag(key: &str, value: &str) -> Tag {
    Tag::builder().key(key).value(value).build()
}

#[tokio::test]
async fn every_taggable_resource_takes_tags() {
    let em = start().await;
    em.cluster("web").await;
    let definition = em.register_fargate("svc", &["sleep", "600"]).await;
    let task = em.run_fargate("web", "svc").await;
    let instance = em
        .register_instance("web")
        .await
        .container_instance_arn
        .unwrap();
    let gateway = em
        .client
        .create_gateway()
        .name("edge")
        .infrastructure_role_arn("arn:aws:iam::000000000000:role/ecsInfrastructureRole")
        .configuration(GatewayConfiguration::HostSharedAlb(
            HostSharedAlbConfiguration::builder().build(),
        ))
        .send()
        .await
        .unwrap()
        .gateway_arn
        .unwrap();
    crate::task_sets::external_service(&em, 1).await;
    let task_set = crate::task_sets::create_task_set(&em, "svc", "blue")
        .await
        .task_set_arn
        .unwrap();
    let service = "arn:aws:ecs:us-east-1:000000000000:service/web/api".to_owned();
    let provider = crate::daemons::managed_provider(&em, crate::daemons::PROVIDER).await;
    let daemon_definition =
        crate::daemons::register_definition(&em, "agent", crate::harness::BUSYBOX, &["sleep", "9"])
            .await;
    let daemon = crate::daemons::create(&em, "agent", &daemon_definition, &provider).await;
    let cluster = "arn:aws:ecs:us-east-1:000000000000:cluster/web".to_owned();
    for arn in [
        &cluster,
        &definition,
        &task,
        &instance,
        &gateway,
        &service,
        &task_set,
        &provider,
        &daemon,
        &daemon_definition,
    ] {
        em.client
            .tag_resource()
            .resource_arn(arn)
            .tags(tag("a", "1"))
            .tags(tag("b", "2"))
            .send()
            .await
            .unwrap();
        em.client
            .tag_resource()
            .resource_arn(arn)
            .tags(tag("a", "changed"))
            .send()
            .await
            .unwrap();
        em.client
            .untag_resource()
            .resource_arn(arn)
            .tag_keys("b")
            .send()
            .await
            .unwrap();
        let tags = em
            .client
            .list_tags_for_resource()
            .resource_arn(arn)
            .send()
            .await
            .unwrap();
        assert_eq!(tags.tags(), [tag("a", "changed")], "{arn}");
    }
}

#[tokio::test]
async fn tagging_errors() {
    let em = start().await;
    em.cluster("web").await;
    let cluster = "arn:aws:ecs:us-east-1:000000000000:cluster/web";
    let missing_cluster = em
        .client
        .list_tags_for_resource()
        .resource_arn("arn:aws:ecs:us-east-1:000000000000:cluster/ghost")
        .send()
        .await;
    assert_eq!(code(missing_cluster), "ClusterNotFoundException");
    let missing_task =
        "arn:aws:ecs:us-east-1:000000000000:task/web/ffffffffffffffffffffffffffffffff";
    let tag_missing = em
        .client
        .tag_resource()
        .resource_arn(missing_task)
        .tags(tag("a", "1"))
        .send()
        .await;
    assert_eq!(code(tag_missing), "ResourceNotFoundException");
    // The model gives ListTagsForResource no ResourceNotFoundException.
    let list_missing = em
        .client
        .list_tags_for_resource()
        .resource_arn(missing_task)
        .send()
        .await;
    assert_eq!(code(list_missing), "InvalidParameterException");
    let not_an_arn = em
        .client
        .list_tags_for_resource()
        .resource_arn("web")
        .send()
        .await;
    assert_eq!(code(not_an_arn), "InvalidParameterException");
    let reserved = em
        .client
        .tag_resource()
        .resource_arn(cluster)
        .tags(tag("aws:x", "1"))
        .send()
        .await;
    assert_eq!(code(reserved), "InvalidParameterException");
    let too_many = em
        .client
        .tag_resource()
        .resource_arn(cluster)
        .set_tags(Some((0..51).map(|i| tag(&format!("k{i}"), "v")).collect()))
        .send()
        .await;
    assert_eq!(code(too_many), "InvalidParameterException");
    let tags = em
        .client
        .list_tags_for_resource()
        .resource_arn(cluster)
        .send()
        .await
        .unwrap();
    assert!(tags.tags().is_empty(), "refused tags change nothing");
    let other_account = em
        .client
        .untag_resource()
        .resource_arn("arn:aws:ecs:us-east-1:111111111111:cluster/web")
        .tag_keys("a")
        .send()
        .await;
    assert_eq!(code(other_account), "ResourceNotFoundException");
}

#[tokio::test]
async fn stop_task_drops_the_tasks_tags() {
    let em = start().await;
    em.cluster("web").await;
    em.register_fargate("svc", &["sleep", "600"]).await;
    let task = em.run_fargate("web", "svc").await;
    em.client
        .tag_resource()
        .resource_arn(&task)
        .tags(tag("a", "1"))
        .send()
        .await
        .unwrap();
    em.client
        .stop_task()
        .cluster("web")
        .task(&task)
        .send()
        .await
        .unwrap();
    let tags = em
        .client
        .list_tags_for_resource()
        .resource_arn(&task)
        .send()
        .await
        .unwrap();
    assert!(tags.tags().is_empty());
}
