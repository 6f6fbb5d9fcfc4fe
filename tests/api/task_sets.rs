//! Task sets: an EXTERNAL service cut over from one task set to another, on a paused clock.

use aws_sdk_ecs::operation::create_task_set::builders::CreateTaskSetFluentBuilder;
use aws_sdk_ecs::types::{
    DeploymentController, DeploymentControllerType, LaunchType, LoadBalancer, Scale, ScaleUnit,
    StabilityStatus, TaskSet,
};

use crate::harness::{code, message, network, Emulator};
use crate::services::{live_tasks, start, update, wait_until, CLUSTER};

pub(crate) async fn external_service(em: &Emulator, desired: i32) {
    em.client
        .create_service()
        .cluster(CLUSTER)
        .service_name("api")
        .desired_count(desired)
        .deployment_controller(
            DeploymentController::builder()
                .r#type(DeploymentControllerType::External)
                .build()
                .unwrap(),
        )
        .send()
        .await
        .unwrap();
}

pub(crate) fn percent(value: f64) -> Scale {
    Scale::builder()
        .value(value)
        .unit(ScaleUnit::Percent)
        .build()
}

/// A CreateTaskSet request for a Fargate task set of `family` in the service `api`.
fn new_task_set(em: &Emulator, family: &str) -> CreateTaskSetFluentBuilder {
    em.client
        .create_task_set()
        .cluster(CLUSTER)
        .service("api")
        .task_definition(family)
        .launch_type(LaunchType::Fargate)
        .network_configuration(network())
}

pub(crate) async fn create_task_set(em: &Emulator, family: &str, external_id: &str) -> TaskSet {
    new_task_set(em, family)
        .external_id(external_id)
        .scale(percent(100.0))
        .client_token(external_id)
        .send()
        .await
        .unwrap()
        .task_set
        .unwrap()
}

pub(crate) async fn task_sets(em: &Emulator) -> Vec<TaskSet> {
    em.client
        .describe_task_sets()
        .cluster(CLUSTER)
        .service("api")
        .send()
        .await
        .unwrap()
        .task_sets
        .unwrap_or_default()
}

/// Waits until every task set runs its computed count.
pub(crate) async fn wait_task_sets_steady(em: &Emulator) -> Vec<TaskSet> {
    for _ in 0..2400 {
        let sets = task_sets(em).await;
        if sets
            .iter()
            .all(|s| s.stability_status() == Some(&StabilityStatus::SteadyState))
        {
            return sets;
        }
        tokio::time::sleep(std::time::Duration::from_millis(250)).await;
    }
    panic!("task sets never settled: {:#?}", task_sets(em).await);
}

#[tokio::test(start_paused = true)]
async fn a_task_set_without_scale_starts_at_zero_and_deletes_unforced() {
    let em = start().await;
    let v1 = em.register_fargate("api", &["sleep", "1000"]).await;
    external_service(&em, 2).await;
    let created = new_task_set(&em, &v1)
        .send()
        .await
        .unwrap()
        .task_set
        .unwrap();
    assert_eq!(created.scale(), Some(&percent(0.0)));
    assert_eq!(created.computed_desired_count(), 0);
    let deleted = em
        .client
        .delete_task_set()
        .cluster(CLUSTER)
        .service("api")
        .task_set(created.id().unwrap())
        .send()
        .await
        .unwrap();
    assert_eq!(deleted.task_set().unwrap().status(), Some("DRAINING"));
}

#[tokio::test(start_paused = true)]
async fn create_task_set_checks_its_load_balancers() {
    let em = start().await;
    let v1 = em.register_fargate("api", &["sleep", "1000"]).await;
    external_service(&em, 1).await;
    let refused = new_task_set(&em, &v1)
        .load_balancers(
            LoadBalancer::builder()
                .target_group_arn(
                    "arn:aws:elasticloadbalancing:us-east-1:000000000000:targetgroup/api/0123",
                )
                .container_name("ghost")
                .container_port(80)
                .build(),
        )
        .send()
        .await;
    assert_eq!(
        message(refused),
        "The container ghost does not exist in the task definition."
    );
    assert!(task_sets(&em).await.is_empty());
}

#[tokio::test(start_paused = true)]
async fn a_blue_green_cut_over_between_task_sets() {
    let em = start().await;
    let v1 = em.register_fargate("api", &["sleep", "1000"]).await;
    external_service(&em, 2).await;
    let blue = create_task_set(&em, &v1, "blue").await;
    assert_eq!(blue.status(), Some("ACTIVE"));
    assert_eq!(blue.computed_desired_count(), 2);
    assert_eq!(blue.external_id(), Some("blue"));
    assert!(blue.id().unwrap().starts_with("ecs-svc/"));
    assert!(blue
        .task_set_arn()
        .unwrap()
        .starts_with("arn:aws:ecs:us-east-1:000000000000:task-set/web/api/ecs-svc/"));
    let again = create_task_set(&em, &v1, "blue").await;
    assert_eq!(
        again.id(),
        blue.id(),
        "the client token makes it idempotent"
    );
    let sets = wait_task_sets_steady(&em).await;
    assert_eq!(sets[0].running_count(), 2);
    let primary = em
        .client
        .update_service_primary_task_set()
        .cluster(CLUSTER)
        .service("api")
        .primary_task_set(blue.task_set_arn().unwrap())
        .send()
        .await
        .unwrap()
        .task_set
        .unwrap();
    assert_eq!(primary.status(), Some("PRIMARY"));

    let v2 = em.register_fargate("api", &["sleep", "2000"]).await;
    let green = create_task_set(&em, &v2, "green").await;
    wait_task_sets_steady(&em).await;
    let service = wait_until(&em, "api", |s| s.running_count() == 4).await;
    assert_eq!(service.task_definition(), Some(v1.as_str()));
    assert!(service.deployments().is_empty());
    em.client
        .update_service_primary_task_set()
        .cluster(CLUSTER)
        .service("api")
        .primary_task_set(green.id().unwrap())
        .send()
        .await
        .unwrap();
    let refused = em
        .client
        .delete_task_set()
        .cluster(CLUSTER)
        .service("api")
        .task_set(blue.id().unwrap())
        .send()
        .await;
    assert_eq!(code(refused), "InvalidParameterException");
    let scaled = em
        .client
        .update_task_set()
        .cluster(CLUSTER)
        .service("api")
        .task_set(blue.id().unwrap())
        .scale(percent(0.0))
        .send()
        .await
        .unwrap()
        .task_set
        .unwrap();
    assert_eq!(scaled.computed_desired_count(), 0);
    let deleted = em
        .client
        .delete_task_set()
        .cluster(CLUSTER)
        .service("api")
        .task_set(blue.id().unwrap())
        .send()
        .await
        .unwrap()
        .task_set
        .unwrap();
    assert_eq!(deleted.status(), Some("DRAINING"));
    let service = wait_until(&em, "api", |s| s.task_sets().len() == 1).await;
    let only = &service.task_sets()[0];
    assert_eq!(only.status(), Some("PRIMARY"));
    assert_eq!(only.task_definition(), Some(v2.as_str()));
    assert_eq!(service.task_definition(), Some(v2.as_str()));
    let live = live_tasks(&em, "api").await;
    assert_eq!(live.len(), 2);
    assert!(live
        .iter()
        .all(|t| t.task_definition_arn() == Some(v2.as_str())));
    assert!(live.iter().all(|t| t.started_by() == green.id()));
}

#[tokio::test(start_paused = true)]
async fn task_set_errors() {
    let em = start().await;
    let v1 = em.register_fargate("api", &["sleep", "1000"]).await;
    external_service(&em, 1).await;
    let unknown = em
        .client
        .update_task_set()
        .cluster(CLUSTER)
        .service("api")
        .task_set("ecs-svc/0000000000000000000")
        .scale(percent(50.0))
        .send()
        .await;
    assert_eq!(code(unknown), "TaskSetNotFoundException");
    let too_big = em
        .client
        .create_task_set()
        .cluster(CLUSTER)
        .service("api")
        .task_definition(&v1)
        .launch_type(LaunchType::Fargate)
        .network_configuration(network())
        .scale(percent(150.0))
        .send()
        .await;
    assert_eq!(code(too_big), "InvalidParameterException");
    let redeploy = update(&em, "api").task_definition(&v1).send().await;
    assert_eq!(code(redeploy), "InvalidParameterException");
    update(&em, "api").desired_count(3).send().await.unwrap();
    let no_service = em
        .client
        .describe_task_sets()
        .cluster(CLUSTER)
        .service("ghost")
        .send()
        .await;
    assert_eq!(code(no_service), "ServiceNotFoundException");
    crate::services::create(&em, "ecs", "api", 0, None).await;
    let on_ecs = em
        .client
        .create_task_set()
        .cluster(CLUSTER)
        .service("ecs")
        .task_definition(&v1)
        .send()
        .await;
    assert_eq!(code(on_ecs), "InvalidParameterException");
}

#[tokio::test(start_paused = true)]
async fn a_code_deploy_service_starts_with_a_primary_task_set() {
    let em = start().await;
    let v1 = em.register_fargate("api", &["sleep", "1000"]).await;
    em.client
        .create_service()
        .cluster(CLUSTER)
        .service_name("api")
        .task_definition(&v1)
        .desired_count(2)
        .launch_type(LaunchType::Fargate)
        .network_configuration(network())
        .deployment_controller(
            DeploymentController::builder()
                .r#type(DeploymentControllerType::CodeDeploy)
                .build()
                .unwrap(),
        )
        .send()
        .await
        .unwrap();
    let sets = wait_task_sets_steady(&em).await;
    assert_eq!(sets.len(), 1);
    assert_eq!(sets[0].status(), Some("PRIMARY"));
    assert_eq!(sets[0].running_count(), 2);
    let service = wait_until(&em, "api", |s| s.running_count() == 2).await;
    assert_eq!(service.task_sets().len(), 1);
}
