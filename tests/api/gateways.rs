//! Gateways: their lifecycle, cluster associations, and the routes services' gateway
//! connectors give them.

use aws_sdk_ecs::operation::associate_gateway_with_cluster::builders::AssociateGatewayWithClusterFluentBuilder;
use aws_sdk_ecs::operation::create_service::builders::CreateServiceFluentBuilder;
use aws_sdk_ecs::operation::disassociate_gateway_from_cluster::builders::DisassociateGatewayFromClusterFluentBuilder;
use aws_sdk_ecs::types::{
    AccessType, ContainerDefinition, DescribeGatewayAlbConfiguration,
    GatewayClusterAssociationStatus, GatewayConfiguration, GatewayConnector,
    GatewayConnectorFilters, GatewayElbScheme, GatewayRouteStatus, GatewayStatus,
    HostSharedAlbConfiguration, LaunchType, PortMapping, Tag, UpdateGatewayAlbConfiguration,
    UpdateGatewayConfiguration,
};

use crate::harness::{code, network, Emulator};
use crate::services::{service_deployments, start, wait_until, CLUSTER, SERVE};

const ROLE: &str = "arn:aws:iam::000000000000:role/ecsInfrastructureRole";

fn alb(scheme: GatewayElbScheme) -> GatewayConfiguration {
    GatewayConfiguration::HostSharedAlb(
        HostSharedAlbConfiguration::builder().scheme(scheme).build(),
    )
}

/// Creates a public gateway; `protected` is its deletion protection.
async fn create_gateway(em: &Emulator, name: &str, protected: bool) -> String {
    em.client
        .create_gateway()
        .name(name)
        .infrastructure_role_arn(ROLE)
        .deletion_protection(protected)
        .configuration(alb(GatewayElbScheme::InternetFacing))
        .tags(Tag::builder().key("team").value("edge").build())
        .send()
        .await
        .unwrap()
        .gateway_arn
        .unwrap()
}

/// The load balancer configuration of gateway `name`, as DescribeGateway shows it.
async fn describe_alb(em: &Emulator, name: &str) -> DescribeGatewayAlbConfiguration {
    let gateway = describe_gateway(em, name).await;
    gateway
        .configuration()
        .and_then(|c| c.as_host_shared_alb().ok())
        .cloned()
        .unwrap()
}

async fn describe_gateway(em: &Emulator, name: &str) -> aws_sdk_ecs::types::Gateway {
    em.client
        .describe_gateway()
        .gateway(name)
        .send()
        .await
        .unwrap()
        .gateway
        .unwrap()
}

/// Registers a Fargate definition whose container's port is named `http`.
async fn register_named_port(em: &Emulator, family: &str) -> String {
    em.register_fargate_container(
        family,
        ContainerDefinition::builder()
            .name("app")
            .image(crate::harness::BUSYBOX)
            .set_command(Some(SERVE.iter().map(|s| (*s).to_owned()).collect()))
            .port_mappings(
                PortMapping::builder()
                    .container_port(8080)
                    .name("http")
                    .build(),
            )
            .build(),
    )
    .await
}

fn connector(port: &str) -> GatewayConnector {
    GatewayConnector::builder().port_name(port).build().unwrap()
}

/// A CreateService of one task of `api` whose connector is `connector`.
fn connected_service(
    em: &Emulator,
    name: &str,
    connector: GatewayConnector,
) -> CreateServiceFluentBuilder {
    em.client
        .create_service()
        .cluster(CLUSTER)
        .service_name(name)
        .task_definition("api")
        .desired_count(1)
        .launch_type(LaunchType::Fargate)
        .network_configuration(network())
        .gateway_connectors(connector)
}

async fn create_connected_service(em: &Emulator, name: &str) {
    connected_service(em, name, connector("http"))
        .send()
        .await
        .unwrap();
}

fn associate(
    em: &Emulator,
    gateway: impl Into<String>,
    cluster: &str,
) -> AssociateGatewayWithClusterFluentBuilder {
    em.client
        .associate_gateway_with_cluster()
        .gateway(gateway)
        .cluster(cluster)
}

fn disassociate(
    em: &Emulator,
    gateway: &str,
    cluster: &str,
) -> DisassociateGatewayFromClusterFluentBuilder {
    em.client
        .disassociate_gateway_from_cluster()
        .gateway(gateway)
        .cluster(cluster)
}

async fn associations(
    em: &Emulator,
    gateway: &str,
) -> Vec<(String, GatewayClusterAssociationStatus)> {
    em.client
        .list_gateway_cluster_associations()
        .gateway(gateway)
        .send()
        .await
        .unwrap()
        .gateway_cluster_associations()
        .iter()
        .map(|a| {
            (
                a.cluster_arn().unwrap_or_default().to_owned(),
                a.status().cloned().unwrap(),
            )
        })
        .collect()
}

async fn route_arns(em: &Emulator) -> Vec<String> {
    em.client
        .list_gateway_routes()
        .send()
        .await
        .unwrap()
        .gateway_routes()
        .iter()
        .filter_map(|r| r.gateway_route_arn().map(str::to_owned))
        .collect()
}

/// Checks that `gateway` has no route or association left, and deletes it.
async fn delete_released(em: &Emulator, gateway: &str) {
    assert!(route_arns(em).await.is_empty());
    assert!(associations(em, gateway).await.is_empty());
    em.client
        .delete_gateway()
        .gateway(gateway)
        .send()
        .await
        .unwrap();
}

#[tokio::test(start_paused = true)]
async fn create_describe_list_update_and_delete() {
    let em = start().await;
    let arn = create_gateway(&em, "edge", true).await;
    assert_eq!(arn, "arn:aws:ecs:us-east-1:000000000000:gateway/edge");
    let described = describe_gateway(&em, "edge").await;
    assert_eq!(described.status(), Some(&GatewayStatus::Active));
    assert_eq!(described.deletion_protection(), Some(true));
    assert_eq!(described.access_type(), Some(&AccessType::Public));
    let configured = describe_alb(&em, "edge").await;
    assert_eq!(configured.port(), Some(443));
    assert_eq!(configured.max_alb_count(), Some(10));
    assert_eq!(configured.current_alb_count(), Some(0));

    let again = em
        .client
        .create_gateway()
        .name("edge")
        .infrastructure_role_arn(ROLE)
        .configuration(alb(GatewayElbScheme::Internal))
        .send()
        .await;
    assert_eq!(code(again), "ClientException");
    let port_80 = em
        .client
        .create_gateway()
        .name("plain")
        .infrastructure_role_arn(ROLE)
        .configuration(GatewayConfiguration::HostSharedAlb(
            HostSharedAlbConfiguration::builder().port(80).build(),
        ))
        .send()
        .await;
    assert_eq!(code(port_80), "InvalidParameterException");
    create_gateway(&em, "inner", false).await;
    let first = em
        .client
        .list_gateways()
        .max_results(1)
        .send()
        .await
        .unwrap();
    assert_eq!(first.gateways()[0].name(), Some("edge"));
    let second = em
        .client
        .list_gateways()
        .max_results(1)
        .set_next_token(first.next_token().map(str::to_owned))
        .send()
        .await
        .unwrap();
    assert_eq!(second.gateways()[0].name(), Some("inner"));
    assert!(second.next_token().is_none());
    let named = em
        .client
        .list_gateways()
        .names("inner")
        .send()
        .await
        .unwrap();
    assert_eq!(named.gateways().len(), 1);

    let updated = em
        .client
        .update_gateway()
        .gateway(&arn)
        .configuration(UpdateGatewayConfiguration::HostSharedAlb(
            UpdateGatewayAlbConfiguration::builder()
                .max_alb_count(3)
                .build(),
        ))
        .send()
        .await
        .unwrap();
    assert_eq!(updated.status(), Some(&GatewayStatus::UpdateInProgress));
    let after = describe_gateway(&em, "edge").await;
    assert_eq!(after.status(), Some(&GatewayStatus::UpdateComplete));
    assert_eq!(describe_alb(&em, "edge").await.max_alb_count(), Some(3));
    let completed = em
        .client
        .list_gateways()
        .status(GatewayStatus::UpdateComplete)
        .send()
        .await
        .unwrap();
    assert_eq!(completed.gateways().len(), 1);

    let tags = em
        .client
        .list_tags_for_resource()
        .resource_arn(&arn)
        .send()
        .await
        .unwrap();
    assert_eq!(tags.tags()[0].key(), Some("team"));
    assert_eq!(describe_gateway(&em, "edge").await.tags(), tags.tags());

    let protected = em.client.delete_gateway().gateway("edge").send().await;
    assert_eq!(code(protected), "ClientException");
    em.client
        .update_gateway()
        .gateway("edge")
        .deletion_protection(false)
        .send()
        .await
        .unwrap();
    let deleted = em
        .client
        .delete_gateway()
        .gateway("edge")
        .send()
        .await
        .unwrap();
    assert_eq!(deleted.status(), Some(&GatewayStatus::Deleted));
    let gone = em.client.describe_gateway().gateway("edge").send().await;
    assert_eq!(code(gone), "GatewayNotFoundException");
    let update_gone = em.client.update_gateway().gateway("edge").send().await;
    assert_eq!(code(update_gone), "GatewayNotFoundException");
}

#[tokio::test(start_paused = true)]
async fn services_route_through_associated_gateways_until_disassociated() {
    let em = start().await;
    let gateway_arn = create_gateway(&em, "edge", false).await;
    register_named_port(&em, "api").await;

    // No gateway is associated with the cluster yet.
    let unconnected = connected_service(&em, "api", connector("http"))
        .send()
        .await;
    assert_eq!(code(unconnected), "InvalidParameterException");

    let missing_cluster = associate(&em, "edge", "nowhere").send().await;
    assert_eq!(code(missing_cluster), "ClusterNotFoundException");
    let associated = associate(&em, "edge", CLUSTER).send().await.unwrap();
    assert_eq!(
        associated.status(),
        Some(&GatewayClusterAssociationStatus::Active)
    );
    let cluster_arn = format!("arn:aws:ecs:us-east-1:000000000000:cluster/{CLUSTER}");
    assert_eq!(
        associations(&em, "edge").await,
        vec![(cluster_arn.clone(), GatewayClusterAssociationStatus::Active)]
    );

    let wrong_port = connected_service(&em, "api", connector("grpc"))
        .send()
        .await;
    assert_eq!(code(wrong_port), "InvalidParameterException");
    // A connector that only accepts private gateways finds none.
    let private_only = connected_service(
        &em,
        "api",
        GatewayConnector::builder()
            .port_name("http")
            .filters(
                GatewayConnectorFilters::builder()
                    .access_types(AccessType::Private)
                    .build(),
            )
            .build()
            .unwrap(),
    )
    .send()
    .await;
    assert_eq!(code(private_only), "InvalidParameterException");

    create_connected_service(&em, "api").await;
    let routes = em
        .client
        .list_gateway_routes()
        .gateway("edge")
        .cluster(CLUSTER)
        .service("api")
        .service_container_port_name("http")
        .status(GatewayRouteStatus::Active)
        .send()
        .await
        .unwrap();
    let route = &routes.gateway_routes()[0];
    let route_arn = route.gateway_route_arn().unwrap().to_owned();
    assert_eq!(
        route_arn,
        format!("arn:aws:ecs:us-east-1:000000000000:gateway-route/edge/{CLUSTER}/api")
    );
    assert_eq!(route.gateway_arn(), Some(gateway_arn.as_str()));
    assert_eq!(route.cluster_arn(), Some(cluster_arn.as_str()));
    let other_port = em
        .client
        .list_gateway_routes()
        .service_container_port_name("grpc")
        .send()
        .await
        .unwrap();
    assert!(other_port.gateway_routes().is_empty());

    let described = em
        .client
        .describe_gateway_route()
        .gateway_route_arn(&route_arn)
        .send()
        .await
        .unwrap()
        .gateway_route
        .unwrap();
    assert_eq!(described.status(), Some(&GatewayRouteStatus::Active));
    assert_eq!(described.service_container_port_name(), Some("http"));
    assert!(described.service_url().unwrap().starts_with("https://api-"));
    let resources = &described.resources().unwrap().as_host_shared_alb().unwrap()[0];
    let load_balancer = resources.load_balancer_arn().unwrap().to_owned();
    assert!(load_balancer
        .starts_with("arn:aws:elasticloadbalancing:us-east-1:000000000000:loadbalancer/app/"));

    let gateway_resources = em
        .client
        .describe_gateway_resources()
        .gateway("edge")
        .send()
        .await
        .unwrap()
        .gateway_resources
        .unwrap();
    let balancers = gateway_resources
        .resources()
        .unwrap()
        .as_host_shared_alb()
        .unwrap();
    assert_eq!(balancers.len(), 1);
    assert_eq!(
        balancers[0].load_balancer_arn(),
        Some(load_balancer.as_str())
    );
    assert_eq!(
        balancers[0].gateway_route_arns(),
        std::slice::from_ref(&route_arn)
    );
    assert_eq!(describe_alb(&em, "edge").await.current_alb_count(), Some(1));

    // The service revision keeps the connector.
    let deployments = service_deployments(&em, "api").await;
    let revision = deployments[0]
        .target_service_revision()
        .and_then(|r| r.arn())
        .unwrap();
    let revisions = em
        .client
        .describe_service_revisions()
        .service_revision_arns(revision)
        .send()
        .await
        .unwrap();
    assert_eq!(
        revisions.service_revisions()[0].gateway_connectors()[0].port_name(),
        "http"
    );

    // A new task definition must still name the connector's port.
    em.register_fargate("unnamed", &SERVE).await;
    let port_gone = em
        .client
        .update_service()
        .cluster(CLUSTER)
        .service("api")
        .task_definition("unnamed")
        .send()
        .await;
    assert_eq!(code(port_gone), "InvalidParameterException");

    let in_use = em.client.delete_gateway().gateway("edge").send().await;
    assert_eq!(code(in_use), "ClientException");
    let disassociating = disassociate(&em, "edge", CLUSTER).send().await.unwrap();
    assert_eq!(
        disassociating.status(),
        Some(&GatewayClusterAssociationStatus::Disassociating)
    );
    // The route holds the association until the service is updated.
    assert_eq!(
        associations(&em, "edge").await,
        vec![(
            cluster_arn.clone(),
            GatewayClusterAssociationStatus::Disassociating
        )]
    );
    assert_eq!(route_arns(&em).await, vec![route_arn.clone()]);
    let still_in_use = em.client.delete_gateway().gateway("edge").send().await;
    assert_eq!(code(still_in_use), "ClientException");

    em.client
        .update_service()
        .cluster(CLUSTER)
        .service("api")
        .desired_count(2)
        .send()
        .await
        .unwrap();
    assert!(route_arns(&em).await.is_empty());
    assert!(associations(&em, "edge").await.is_empty());
    let route_gone = em
        .client
        .describe_gateway_route()
        .gateway_route_arn(&route_arn)
        .send()
        .await;
    assert_eq!(code(route_gone), "ResourceNotFoundException");
    let not_associated = disassociate(&em, "edge", CLUSTER).send().await;
    assert_eq!(code(not_associated), "ResourceNotFoundException");
    // The service itself runs on.
    wait_until(&em, "api", |s| s.running_count() == 2).await;
    delete_released(&em, "edge").await;
}

#[tokio::test(start_paused = true)]
async fn deleting_a_service_removes_its_route_and_completes_a_disassociation() {
    let em = start().await;
    create_gateway(&em, "edge", false).await;
    register_named_port(&em, "api").await;
    associate(&em, "edge", CLUSTER).send().await.unwrap();
    create_connected_service(&em, "api").await;
    disassociate(&em, "edge", CLUSTER).send().await.unwrap();
    assert_eq!(route_arns(&em).await.len(), 1);
    crate::services::force_delete(&em, "api").await;
    delete_released(&em, "edge").await;
}

#[tokio::test(start_paused = true)]
async fn a_cluster_takes_at_most_five_gateways() {
    let em = start().await;
    for i in 0..6 {
        create_gateway(&em, &format!("g{i}"), false).await;
    }
    for i in 0..5 {
        associate(&em, format!("g{i}"), CLUSTER)
            .send()
            .await
            .unwrap();
    }
    // Associating again is idempotent.
    associate(&em, "g0", CLUSTER).send().await.unwrap();
    let sixth = associate(&em, "g5", CLUSTER).send().await;
    assert_eq!(code(sixth), "ClientException");
    let listed = em
        .client
        .list_gateway_cluster_associations()
        .cluster(CLUSTER)
        .status(GatewayClusterAssociationStatus::Active)
        .max_results(3)
        .send()
        .await
        .unwrap();
    assert_eq!(listed.gateway_cluster_associations().len(), 3);
    assert!(listed.next_token().is_some());
    let unknown = associate(&em, "ghost", CLUSTER).send().await;
    assert_eq!(code(unknown), "GatewayNotFoundException");
}

#[tokio::test(start_paused = true)]
async fn an_association_with_a_deleted_cluster_can_still_be_ended() {
    let em = start().await;
    create_gateway(&em, "edge", false).await;
    em.cluster("temporary").await;
    associate(&em, "edge", "temporary").send().await.unwrap();
    em.client
        .delete_cluster()
        .cluster("temporary")
        .send()
        .await
        .unwrap();
    let still_associated = em.client.delete_gateway().gateway("edge").send().await;
    assert_eq!(code(still_associated), "ClientException");
    disassociate(&em, "edge", "temporary").send().await.unwrap();
    let never_existed = disassociate(&em, "edge", "nowhere").send().await;
    assert_eq!(code(never_existed), "ClusterNotFoundException");
    delete_released(&em, "edge").await;
}

#[tokio::test(start_paused = true)]
async fn removing_the_connector_removes_the_route() {
    let em = start().await;
    create_gateway(&em, "edge", false).await;
    register_named_port(&em, "api").await;
    associate(&em, "edge", CLUSTER).send().await.unwrap();
    create_connected_service(&em, "api").await;
    assert_eq!(route_arns(&em).await.len(), 1);
    em.client
        .update_service()
        .cluster(CLUSTER)
        .service("api")
        .set_gateway_connectors(Some(Vec::new()))
        .send()
        .await
        .unwrap();
    // The association stays ACTIVE, so only the connector's removal can have ended the route.
    assert!(route_arns(&em).await.is_empty());
    disassociate(&em, "edge", CLUSTER).send().await.unwrap();
    delete_released(&em, "edge").await;
}
