//! EC2 placement: constraints (distinctInstance, memberOf in the cluster query language),
//! strategies (spread, binpack, random) and ListContainerInstances filters.

use std::collections::BTreeMap;

use aws_sdk_ecs::types::{
    Attribute, PlacementConstraint, PlacementConstraintType, PlacementStrategy,
    PlacementStrategyType,
};

use aws_sdk_ecs::operation::run_task::RunTaskOutput;

use crate::harness::{code, start, Emulator};

/// A cluster `web` with two instances, `blue` (2 GiB) and `green` (4 GiB); returns their ARNs.
async fn two_instances(em: &Emulator) -> (String, String) {
    em.cluster("web").await;
    em.register("job", &["sleep", "1000"]).await;
    let mut arns = Vec::new();
    for (stack, memory) in [("blue", 2048), ("green", 4096)] {
        let arn = em
            .client
            .register_container_instance()
            .cluster("web")
            .total_resources(
                aws_sdk_ecs::types::Resource::builder()
                    .name("MEMORY")
                    .r#type("INTEGER")
                    .integer_value(memory)
                    .build(),
            )
            .attributes(
                Attribute::builder()
                    .name("stack")
                    .value(stack)
                    .build()
                    .unwrap(),
            )
            .send()
            .await
            .unwrap()
            .container_instance
            .unwrap()
            .container_instance_arn
            .unwrap();
        arns.push(arn);
    }
    (arns.remove(0), arns.remove(0))
}

/// A RunTask of `job` in `web` to add placement to.
fn run(em: &Emulator) -> aws_sdk_ecs::operation::run_task::builders::RunTaskFluentBuilder {
    em.client.run_task().cluster("web").task_definition("job")
}

/// How many of the launched tasks went to each instance.
fn per_instance(out: &RunTaskOutput) -> BTreeMap<String, usize> {
    let mut counts = BTreeMap::new();
    for task in out.tasks() {
        *counts
            .entry(task.container_instance_arn().unwrap().to_owned())
            .or_default() += 1;
    }
    counts
}

fn constraint(kind: PlacementConstraintType, expression: Option<&str>) -> PlacementConstraint {
    PlacementConstraint::builder()
        .r#type(kind)
        .set_expression(expression.map(str::to_owned))
        .build()
}

fn strategy(kind: PlacementStrategyType, field: Option<&str>) -> PlacementStrategy {
    PlacementStrategy::builder()
        .r#type(kind)
        .set_field(field.map(str::to_owned))
        .build()
}

#[tokio::test]
async fn distinct_instance_puts_each_task_on_its_own_instance() {
    let em = start().await;
    let (blue, green) = two_instances(&em).await;
    let out = run(&em)
        .count(3)
        .placement_constraints(constraint(PlacementConstraintType::DistinctInstance, None))
        .send()
        .await
        .unwrap();
    let counts = per_instance(&out);
    assert_eq!(counts.get(&blue), Some(&1));
    assert_eq!(counts.get(&green), Some(&1));
    assert_eq!(out.failures().len(), 1);
    assert_eq!(
        out.failures()[0].reason(),
        Some("DistinctInstance placement constraint unsatisfied.")
    );
}

#[tokio::test]
async fn member_of_keeps_tasks_on_matching_instances() {
    let em = start().await;
    let (blue, _) = two_instances(&em).await;
    let out = run(&em)
        .count(4)
        .placement_constraints(constraint(
            PlacementConstraintType::MemberOf,
            Some("attribute:stack == blue"),
        ))
        .send()
        .await
        .unwrap();
    assert_eq!(per_instance(&out), BTreeMap::from([(blue, 4)]));
    let none = run(&em)
        .placement_constraints(constraint(
            PlacementConstraintType::MemberOf,
            Some("attribute:stack in [red, yellow]"),
        ))
        .send()
        .await
        .unwrap();
    assert!(none.tasks().is_empty());
    assert_eq!(
        none.failures()[0].reason(),
        Some("MemberOf placement constraint unsatisfied.")
    );
    let bad = run(&em)
        .placement_constraints(constraint(
            PlacementConstraintType::MemberOf,
            Some("attribute:stack ~~ blue"),
        ))
        .send()
        .await;
    assert_eq!(code(bad), "InvalidParameterException");
}

#[tokio::test]
async fn spread_balances_and_binpack_fills_the_fullest_instance() {
    let em = start().await;
    let (blue, green) = two_instances(&em).await;
    let spread = run(&em)
        .count(4)
        .placement_strategy(strategy(PlacementStrategyType::Spread, Some("instanceId")))
        .send()
        .await
        .unwrap();
    assert_eq!(
        per_instance(&spread),
        BTreeMap::from([(blue.clone(), 2), (green.clone(), 2)])
    );
    let binpack = run(&em)
        .count(3)
        .placement_strategy(strategy(PlacementStrategyType::Binpack, Some("memory")))
        .send()
        .await
        .unwrap();
    assert_eq!(per_instance(&binpack), BTreeMap::from([(blue, 3)]));
    let bad = run(&em)
        .placement_strategy(strategy(PlacementStrategyType::Binpack, Some("disk")))
        .send()
        .await;
    assert_eq!(code(bad), "InvalidParameterException");
}

#[tokio::test]
async fn list_container_instances_filters_with_the_query_language() {
    let em = start().await;
    let (blue, green) = two_instances(&em).await;
    let list = |filter: &'static str| {
        em.client
            .list_container_instances()
            .cluster("web")
            .filter(filter)
            .send()
    };
    let blues = list("attribute:stack == blue").await.unwrap();
    assert_eq!(blues.container_instance_arns(), [blue]);
    let not_blue = list("not(attribute:stack == blue)").await.unwrap();
    assert_eq!(not_blue.container_instance_arns(), [green]);
    let both = list("attribute:stack =~ .*e.* and agentConnected == true")
        .await
        .unwrap();
    assert_eq!(both.container_instance_arns().len(), 2);
    assert_eq!(
        code(list("attribute:stack ==").await),
        "InvalidParameterException"
    );
}
