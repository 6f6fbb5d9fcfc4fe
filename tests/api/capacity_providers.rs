//! Capacity providers: the two every account has, and ones created with an Auto Scaling group
//! or managed instances.

use aws_sdk_ecs::types::{
    AutoScalingGroupProvider, AutoScalingGroupProviderUpdate, CapacityProviderField,
    CapacityProviderStatus, CapacityProviderStrategyItem, CapacityProviderUpdateStatus,
    ManagedScaling, ManagedScalingStatus, ManagedTerminationProtection, Tag,
};

use crate::harness::{code, start, Emulator};
use crate::protocol::call;

const ASG: &str =
    "arn:aws:autoscaling:us-east-1:000000000000:autoScalingGroup:1:autoScalingGroupName/web";

fn asg_provider() -> AutoScalingGroupProvider {
    AutoScalingGroupProvider::builder()
        .auto_scaling_group_arn(ASG)
        .build()
        .unwrap()
}

async fn create(em: &Emulator, name: &str) -> aws_sdk_ecs::types::CapacityProvider {
    em.client
        .create_capacity_provider()
        .name(name)
        .auto_scaling_group_provider(asg_provider())
        .tags(Tag::builder().key("team").value("web").build())
        .send()
        .await
        .unwrap()
        .capacity_provider
        .unwrap()
}

#[tokio::test]
async fn create_describe_update_and_delete() {
    let em = start().await;
    let created = create(&em, "web-asg").await;
    assert_eq!(
        created.capacity_provider_arn(),
        Some("arn:aws:ecs:us-east-1:000000000000:capacity-provider/web-asg")
    );
    assert_eq!(created.status(), Some(&CapacityProviderStatus::Active));
    let group = created.auto_scaling_group_provider().unwrap();
    let scaling = group.managed_scaling().unwrap();
    assert_eq!(scaling.target_capacity(), Some(100));
    assert_eq!(scaling.maximum_scaling_step_size(), Some(10_000));
    assert_eq!(
        group.managed_termination_protection(),
        Some(&ManagedTerminationProtection::Disabled)
    );
    let again = em
        .client
        .create_capacity_provider()
        .name("web-asg")
        .auto_scaling_group_provider(asg_provider())
        .send()
        .await;
    assert_eq!(code(again), "ClientException");

    let all = em
        .client
        .describe_capacity_providers()
        .send()
        .await
        .unwrap();
    let names: Vec<&str> = all
        .capacity_providers()
        .iter()
        .filter_map(|c| c.name())
        .collect();
    assert_eq!(names, vec!["FARGATE", "FARGATE_SPOT", "web-asg"]);
    let tagged = em
        .client
        .describe_capacity_providers()
        .capacity_providers("web-asg")
        .capacity_providers("ghost")
        .include(CapacityProviderField::Tags)
        .send()
        .await
        .unwrap();
    assert_eq!(tagged.capacity_providers()[0].tags()[0].key(), Some("team"));
    assert_eq!(tagged.failures()[0].reason(), Some("MISSING"));

    let updated = em
        .client
        .update_capacity_provider()
        .name("web-asg")
        .auto_scaling_group_provider(
            AutoScalingGroupProviderUpdate::builder()
                .managed_scaling(
                    ManagedScaling::builder()
                        .status(ManagedScalingStatus::Enabled)
                        .target_capacity(80)
                        .build(),
                )
                .build(),
        )
        .send()
        .await
        .unwrap()
        .capacity_provider
        .unwrap();
    let scaling = updated
        .auto_scaling_group_provider()
        .unwrap()
        .managed_scaling()
        .unwrap();
    assert_eq!(scaling.target_capacity(), Some(80));
    assert_eq!(
        updated
            .update_status()
            .map(aws_sdk_ecs::types::CapacityProviderUpdateStatus::as_str),
        Some("UPDATE_COMPLETE")
    );

    em.client
        .create_cluster()
        .cluster_name("web")
        .capacity_providers("web-asg")
        .default_capacity_provider_strategy(
            CapacityProviderStrategyItem::builder()
                .capacity_provider("web-asg")
                .weight(1)
                .build()
                .unwrap(),
        )
        .send()
        .await
        .unwrap();
    let in_use = em
        .client
        .delete_capacity_provider()
        .capacity_provider("web-asg")
        .send()
        .await;
    assert_eq!(code(in_use), "ClientException");
    em.client
        .put_cluster_capacity_providers()
        .cluster("web")
        .set_capacity_providers(Some(Vec::new()))
        .set_default_capacity_provider_strategy(Some(Vec::new()))
        .send()
        .await
        .unwrap();
    let deleted = em
        .client
        .delete_capacity_provider()
        .capacity_provider("arn:aws:ecs:us-east-1:000000000000:capacity-provider/web-asg")
        .send()
        .await
        .unwrap()
        .capacity_provider
        .unwrap();
    assert_eq!(deleted.status(), Some(&CapacityProviderStatus::Active));
    assert_eq!(
        deleted.update_status(),
        Some(&CapacityProviderUpdateStatus::DeleteInProgress)
    );
    let gone = em
        .client
        .put_cluster_capacity_providers()
        .cluster("web")
        .capacity_providers("web-asg")
        .set_default_capacity_provider_strategy(Some(Vec::new()))
        .send()
        .await;
    assert_eq!(code(gone), "InvalidParameterException");
    let shown = em
        .client
        .describe_capacity_providers()
        .capacity_providers("web-asg")
        .send()
        .await
        .unwrap();
    let shown = &shown.capacity_providers()[0];
    assert_eq!(shown.status(), Some(&CapacityProviderStatus::Inactive));
    assert_eq!(
        shown.update_status(),
        Some(&CapacityProviderUpdateStatus::DeleteComplete)
    );
}

/// The raw answers, since the SDK reads an absent list and an empty one alike.
#[tokio::test]
async fn answers_carry_an_empty_tag_list_without_include_tags() {
    let em = start().await;
    let create = format!(
        r#"{{"name":"web-asg","autoScalingGroupProvider":{{"autoScalingGroupArn":"{ASG}"}}}}"#
    );
    let answers = [
        (
            "CreateCapacityProvider",
            create.as_str(),
            "/capacityProvider",
        ),
        (
            "DescribeCapacityProviders",
            r#"{"capacityProviders":["web-asg"]}"#,
            "/capacityProviders/0",
        ),
        (
            "DeleteCapacityProvider",
            r#"{"capacityProvider":"web-asg"}"#,
            "/capacityProvider",
        ),
    ];
    let mut last = serde_json::Value::Null;
    for (operation, body, provider) in answers {
        let reply = call(&em.endpoint, operation, body).await;
        last = reply.body.pointer(provider).cloned().unwrap_or_default();
        assert_eq!(last["tags"], serde_json::json!([]), "{operation}: {last}");
    }
    assert_eq!(last["status"], "ACTIVE");
    assert_eq!(last["updateStatus"], "DELETE_IN_PROGRESS");
}

#[tokio::test]
async fn bad_providers_are_refused() {
    let em = start().await;
    let reserved = em
        .client
        .create_capacity_provider()
        .name("fargate-mine")
        .auto_scaling_group_provider(asg_provider())
        .send()
        .await;
    assert_eq!(code(reserved), "InvalidParameterException");
    let neither = em.client.create_capacity_provider().name("x").send().await;
    assert_eq!(code(neither), "InvalidParameterException");
    let protection_alone = em
        .client
        .create_capacity_provider()
        .name("x")
        .auto_scaling_group_provider(
            AutoScalingGroupProvider::builder()
                .auto_scaling_group_arn(ASG)
                .managed_termination_protection(ManagedTerminationProtection::Enabled)
                .build()
                .unwrap(),
        )
        .send()
        .await;
    assert_eq!(code(protection_alone), "InvalidParameterException");
    let fargate = em
        .client
        .delete_capacity_provider()
        .capacity_provider("FARGATE")
        .send()
        .await;
    assert_eq!(code(fargate), "InvalidParameterException");
    let page = em
        .client
        .describe_capacity_providers()
        .max_results(11)
        .send()
        .await;
    assert_eq!(code(page), "InvalidParameterException");
}
