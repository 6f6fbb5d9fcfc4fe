//! PutAttributes, DeleteAttributes and ListAttributes on container instances.

use aws_sdk_ecs::types::{Attribute, TargetType};

use crate::harness::{code, start, Emulator};

async fn instance(em: &Emulator) -> String {
    em.cluster("web").await;
    em.register_instance("web")
        .await
        .container_instance_arn
        .unwrap()
}

fn attribute(name: &str, value: Option<&str>, target: &str) -> Attribute {
    Attribute::builder()
        .name(name)
        .set_value(value.map(str::to_owned))
        .target_id(target)
        .build()
        .unwrap()
}

async fn listed(em: &Emulator, name: Option<&str>, value: Option<&str>) -> Vec<Attribute> {
    em.client
        .list_attributes()
        .cluster("web")
        .target_type(TargetType::ContainerInstance)
        .set_attribute_name(name.map(str::to_owned))
        .set_attribute_value(value.map(str::to_owned))
        .send()
        .await
        .unwrap()
        .attributes
        .unwrap_or_default()
}

#[tokio::test]
async fn put_list_and_delete_attributes() {
    let em = start().await;
    let arn = instance(&em).await;
    let id = arn.rsplit('/').next().unwrap().to_owned();
    let put = em
        .client
        .put_attributes()
        .cluster("web")
        .attributes(attribute("stack", Some("prod"), &arn))
        .attributes(attribute("canary", None, &id))
        .send()
        .await
        .unwrap();
    assert_eq!(put.attributes().len(), 2);
    assert_eq!(put.attributes()[1].target_id(), Some(arn.as_str()));
    let stack = listed(&em, Some("stack"), None).await;
    assert_eq!(stack.len(), 1);
    assert_eq!(stack[0].value(), Some("prod"));
    assert_eq!(stack[0].target_id(), Some(arn.as_str()));
    assert_eq!(listed(&em, Some("stack"), Some("dev")).await.len(), 0);
    let built_in = listed(&em, Some("ecs.os-type"), None).await;
    assert_eq!(
        built_in[0].value(),
        Some("linux"),
        "built-in attributes are listed"
    );
    let described = em
        .client
        .describe_container_instances()
        .cluster("web")
        .container_instances(&arn)
        .send()
        .await
        .unwrap();
    let names: Vec<&str> = described.container_instances()[0]
        .attributes()
        .iter()
        .map(Attribute::name)
        .collect();
    assert!(names.contains(&"stack") && names.contains(&"canary"));

    em.client
        .put_attributes()
        .cluster("web")
        .attributes(attribute("stack", Some("dev"), &arn))
        .send()
        .await
        .unwrap();
    assert_eq!(
        listed(&em, Some("stack"), None).await[0].value(),
        Some("dev")
    );
    let deleted = em
        .client
        .delete_attributes()
        .cluster("web")
        .attributes(attribute("stack", None, &arn))
        .send()
        .await
        .unwrap();
    assert_eq!(deleted.attributes().len(), 1);
    assert!(listed(&em, Some("stack"), None).await.is_empty());
    let all = listed(&em, None, None).await;
    assert!(all.iter().any(|a| a.name() == "canary"));
    let first = em
        .client
        .list_attributes()
        .cluster("web")
        .target_type(TargetType::ContainerInstance)
        .max_results(2)
        .send()
        .await
        .unwrap();
    assert_eq!(first.attributes().len(), 2);
    let rest = em
        .client
        .list_attributes()
        .cluster("web")
        .target_type(TargetType::ContainerInstance)
        .next_token(first.next_token().unwrap())
        .send()
        .await
        .unwrap();
    assert_eq!(rest.attributes().len() + 2, all.len());
}

#[tokio::test]
async fn bad_attributes_change_nothing() {
    let em = start().await;
    let arn = instance(&em).await;
    let unknown = em
        .client
        .put_attributes()
        .cluster("web")
        .attributes(attribute("stack", Some("prod"), &arn))
        .attributes(attribute(
            "stack",
            Some("prod"),
            "0123456789abcdef0123456789abcdef",
        ))
        .send()
        .await;
    assert_eq!(code(unknown), "TargetNotFoundException");
    assert!(
        listed(&em, Some("stack"), None).await.is_empty(),
        "all or nothing"
    );
    let bad_name = em
        .client
        .put_attributes()
        .cluster("web")
        .attributes(attribute("no spaces", Some("x"), &arn))
        .send()
        .await;
    assert_eq!(code(bad_name), "InvalidParameterException");
    let mut many = em.client.put_attributes().cluster("web");
    for i in 0..11 {
        many = many.attributes(attribute(&format!("a{i}"), Some("v"), &arn));
    }
    assert_eq!(code(many.send().await), "AttributeLimitExceededException");
    assert!(listed(&em, Some("a0"), None).await.is_empty());
    let value_alone = em
        .client
        .list_attributes()
        .cluster("web")
        .target_type(TargetType::ContainerInstance)
        .attribute_value("x")
        .send()
        .await;
    assert_eq!(code(value_alone), "InvalidParameterException");
    let no_cluster = em
        .client
        .list_attributes()
        .cluster("nope")
        .target_type(TargetType::ContainerInstance)
        .send()
        .await;
    assert_eq!(code(no_cluster), "ClusterNotFoundException");
}
