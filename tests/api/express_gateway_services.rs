//! Express Gateway services: real services whose tasks the scheduler runs, shown through the
//! Express operations.

use aws_sdk_ecs::operation::create_express_gateway_service::builders::CreateExpressGatewayServiceFluentBuilder;
use aws_sdk_ecs::operation::delete_express_gateway_service::builders::DeleteExpressGatewayServiceFluentBuilder;
use aws_sdk_ecs::operation::update_express_gateway_service::builders::UpdateExpressGatewayServiceFluentBuilder;
use aws_sdk_ecs::types::{
    ExpressGatewayContainer, ExpressGatewayScalingTarget, ExpressGatewayServiceInclude,
    ExpressGatewayServiceStatusCode, ManagedResourceStatus, ResourceManagementType, Tag,
};

use crate::harness::{code, Emulator, BUSYBOX};
use crate::services::{
    describe, live_tasks, start, wait_stable, wait_until, CLUSTER, SERVE, SERVE_V2,
};

const ROLE: &str = "arn:aws:iam::000000000000:role/ecsInfrastructureRole";

fn container(command: &[&str]) -> ExpressGatewayContainer {
    ExpressGatewayContainer::builder()
        .image(BUSYBOX)
        .container_port(8080)
        .set_command(Some(command.iter().map(|s| (*s).to_owned()).collect()))
        .build()
        .unwrap()
}

/// An Express service create in the test cluster, with the infrastructure role.
fn creating(em: &Emulator) -> CreateExpressGatewayServiceFluentBuilder {
    em.client
        .create_express_gateway_service()
        .cluster(CLUSTER)
        .infrastructure_role_arn(ROLE)
}

fn update(em: &Emulator, arn: impl Into<String>) -> UpdateExpressGatewayServiceFluentBuilder {
    em.client.update_express_gateway_service().service_arn(arn)
}

fn delete(em: &Emulator, arn: impl Into<String>) -> DeleteExpressGatewayServiceFluentBuilder {
    em.client.delete_express_gateway_service().service_arn(arn)
}

async fn create(
    em: &Emulator,
    name: &str,
    tasks: i32,
) -> aws_sdk_ecs::types::EcsExpressGatewayService {
    creating(em)
        .service_name(name)
        .primary_container(container(&SERVE))
        .scaling_target(
            ExpressGatewayScalingTarget::builder()
                .min_task_count(tasks)
                .max_task_count(4)
                .build(),
        )
        .tags(Tag::builder().key("app").value(name).build())
        .send()
        .await
        .unwrap()
        .service
        .unwrap()
}

async fn describe_express(
    em: &Emulator,
    arn: &str,
) -> aws_sdk_ecs::types::EcsExpressGatewayService {
    em.client
        .describe_express_gateway_service()
        .service_arn(arn)
        .include(ExpressGatewayServiceInclude::Tags)
        .send()
        .await
        .unwrap()
        .service
        .unwrap()
}

#[tokio::test(start_paused = true)]
async fn an_express_service_is_a_service_the_scheduler_runs() {
    let em = start().await;
    let created = create(&em, "shop", 2).await;
    let arn = created.service_arn().unwrap().to_owned();
    assert_eq!(
        arn,
        format!("arn:aws:ecs:us-east-1:000000000000:service/{CLUSTER}/shop")
    );
    assert_eq!(
        created.status().and_then(|s| s.status_code()),
        Some(&ExpressGatewayServiceStatusCode::Active)
    );
    let configuration = &created.active_configurations()[0];
    assert_eq!(configuration.cpu(), Some("256"));
    assert_eq!(configuration.memory(), Some("512"));
    assert_eq!(configuration.health_check_path(), Some("/ping"));
    let endpoint = configuration.ingress_paths()[0].endpoint();
    assert!(endpoint.starts_with("https://shop-"), "{endpoint}");

    // The service and its task definition are ordinary ones.
    let service = wait_stable(&em, "shop").await;
    assert_eq!(service.desired_count(), 2);
    assert_eq!(service.running_count(), 2);
    assert_eq!(live_tasks(&em, "shop").await.len(), 2);
    let definition = em
        .client
        .describe_task_definition()
        .task_definition(configuration.task_definition_arn().unwrap())
        .send()
        .await
        .unwrap()
        .task_definition
        .unwrap();
    let main = &definition.container_definitions()[0];
    assert_eq!(main.name(), Some("Main"));
    assert_eq!(main.port_mappings()[0].container_port(), Some(8080));

    // ECS manages it, and the resources of its revision.
    assert_eq!(
        service.resource_management_type(),
        Some(&ResourceManagementType::Ecs)
    );
    let managed = em
        .client
        .list_services()
        .cluster(CLUSTER)
        .resource_management_type(ResourceManagementType::Ecs)
        .send()
        .await
        .unwrap();
    assert_eq!(managed.service_arns(), std::slice::from_ref(&arn));
    let revision = em
        .client
        .describe_service_revisions()
        .service_revision_arns(configuration.service_revision_arn().unwrap())
        .send()
        .await
        .unwrap();
    let resources = revision.service_revisions()[0]
        .ecs_managed_resources()
        .unwrap();
    let ingress = &resources.ingress_paths()[0];
    assert_eq!(ingress.endpoint(), endpoint);
    assert_eq!(ingress.target_groups()[0].health_check_path(), "/ping");
    assert_eq!(ingress.target_groups()[0].port(), 8080);
    assert_eq!(
        ingress.load_balancer().map(|b| &b.status),
        Some(&ManagedResourceStatus::Active)
    );

    let described = describe_express(&em, &arn).await;
    assert_eq!(described.tags()[0].key(), Some("app"));
    assert_eq!(described.current_deployment(), created.current_deployment());

    let taken = creating(&em)
        .service_name("shop")
        .primary_container(container(&SERVE))
        .send()
        .await;
    assert_eq!(code(taken), "InvalidParameterException");
}

#[tokio::test(start_paused = true)]
async fn an_update_rolls_out_a_new_revision() {
    let em = start().await;
    let created = create(&em, "shop", 1).await;
    let arn = created.service_arn().unwrap().to_owned();
    let first_definition = created.active_configurations()[0]
        .task_definition_arn()
        .unwrap()
        .to_owned();
    wait_stable(&em, "shop").await;
    let updated = update(&em, &arn)
        .primary_container(container(&SERVE_V2))
        .health_check_path("/health")
        .send()
        .await
        .unwrap()
        .service
        .unwrap();
    let target = updated.target_configuration().unwrap();
    assert_eq!(target.health_check_path(), Some("/health"));
    let second_definition = target.task_definition_arn().unwrap().to_owned();
    assert_ne!(second_definition, first_definition);

    let service = wait_until(&em, "shop", |s| {
        s.deployments().len() == 1
            && s.running_count() == 1
            && s.task_definition() == Some(second_definition.as_str())
    })
    .await;
    assert_eq!(service.desired_count(), 1);
    let described = describe_express(&em, &arn).await;
    let active = described.active_configurations();
    assert_eq!(active.len(), 1);
    assert_eq!(
        active[0].task_definition_arn(),
        Some(second_definition.as_str())
    );
    assert_eq!(active[0].health_check_path(), Some("/health"));

    let both = update(&em, &arn)
        .primary_container(container(&SERVE))
        .task_definition_arn(&first_definition)
        .send()
        .await;
    assert_eq!(code(both), "InvalidParameterException");
    let bad_scaling = update(&em, &arn)
        .scaling_target(
            ExpressGatewayScalingTarget::builder()
                .min_task_count(5)
                .max_task_count(2)
                .build(),
        )
        .send()
        .await;
    assert_eq!(code(bad_scaling), "InvalidParameterException");
}

#[tokio::test(start_paused = true)]
async fn delete_drains_the_service_and_stops_its_tasks() {
    let em = start().await;
    let created = create(&em, "shop", 1).await;
    let arn = created.service_arn().unwrap().to_owned();
    wait_stable(&em, "shop").await;
    let deleted = delete(&em, &arn).send().await.unwrap().service.unwrap();
    assert_eq!(
        deleted.status().and_then(|s| s.status_code()),
        Some(&ExpressGatewayServiceStatusCode::Draining)
    );
    assert_eq!(describe(&em, "shop").await.desired_count(), 0);
    let again = delete(&em, &arn).send().await;
    assert_eq!(code(again), "ServiceNotActiveException");
    let update = update(&em, &arn).health_check_path("/x").send().await;
    assert_eq!(code(update), "ServiceNotActiveException");
    wait_until(&em, "shop", |s| s.status() == Some("INACTIVE")).await;
    assert!(live_tasks(&em, "shop").await.is_empty());
    let inactive = describe_express(&em, &arn).await;
    assert_eq!(
        inactive.status().and_then(|s| s.status_code()),
        Some(&ExpressGatewayServiceStatusCode::Inactive)
    );
}

#[tokio::test(start_paused = true)]
async fn unknown_services_and_bad_input_get_the_modelled_errors() {
    let em = start().await;
    let ghost = format!("arn:aws:ecs:us-east-1:000000000000:service/{CLUSTER}/ghost");
    let described = em
        .client
        .describe_express_gateway_service()
        .service_arn(&ghost)
        .send()
        .await;
    assert_eq!(code(described), "ResourceNotFoundException");
    let updated = update(&em, &ghost).send().await;
    assert_eq!(code(updated), "ServiceNotFoundException");
    let deleted = delete(
        &em,
        "arn:aws:ecs:us-east-1:000000000000:service/nowhere/ghost",
    )
    .send()
    .await;
    assert_eq!(code(deleted), "ClusterNotFoundException");
    let no_cluster = creating(&em)
        .cluster("nowhere")
        .primary_container(container(&SERVE))
        .send()
        .await;
    assert_eq!(code(no_cluster), "ClusterNotFoundException");
    let nothing_to_run = creating(&em).send().await;
    assert_eq!(code(nothing_to_run), "InvalidParameterException");
    let bad_path = creating(&em)
        .primary_container(container(&SERVE))
        .health_check_path("ping")
        .send()
        .await;
    assert_eq!(code(bad_path), "InvalidParameterException");
    // A plain service is not an Express one.
    em.register_fargate("plain", &SERVE).await;
    crate::services::create(&em, "plain", "plain", 0, None).await;
    let plain = em
        .client
        .describe_express_gateway_service()
        .service_arn(format!(
            "arn:aws:ecs:us-east-1:000000000000:service/{CLUSTER}/plain"
        ))
        .send()
        .await;
    assert_eq!(code(plain), "ResourceNotFoundException");
    // The refused requests registered nothing.
    let families = em
        .client
        .list_task_definition_families()
        .send()
        .await
        .unwrap();
    assert_eq!(families.families(), ["plain"]);
}
