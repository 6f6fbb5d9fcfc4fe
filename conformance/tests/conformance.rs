//! The conformance suite: drives an in-process ecsemu over HTTP with raw JSON and checks every
//! answer against the pinned service model, plus the checks that keep the model, the generated
//! wire types and the list of implemented operations in step.
//!
//! The scenario talks JSON rather than using the server's wire types on purpose: a response that
//! the generated types would happily round-trip can still break the model.

use std::collections::BTreeSet;
use std::fmt::Write as _;
use std::net::SocketAddr;
use std::sync::Arc;
use std::time::Duration;

use bytes::Bytes;
use ecsemu::wire::Operation;
use ecsemu_conformance::{
    coverage_line, error_code, model_path, ratchet_path, Model, Ratchet, TARGET_PREFIX,
};
use http_body_util::{BodyExt, Full};
use hyper::header::{CONTENT_TYPE, HOST};
use hyper::{Method, Request};
use hyper_util::rt::TokioIo;
use serde_json::{json, Value};
use tokio::net::TcpStream;
use tokio::sync::oneshot;

const JSON_1_1: &str = "application/x-amz-json-1.1";

fn model() -> &'static Model {
    Model::pinned().expect("the pinned model loads and matches model/PIN")
}

fn implemented_names() -> Vec<&'static str> {
    ecsemu::ops::IMPLEMENTED
        .iter()
        .map(|op| op.name())
        .collect()
}

// ---------------------------------------------------------------------------------------------
// Model, generated code and ratchet
// ---------------------------------------------------------------------------------------------

#[test]
fn the_derived_model_matches_its_pin() {
    let pin = std::fs::read_to_string(ecsemu_conformance::pin_path()).expect("model/PIN");
    let pinned = ecsemu_conformance::pin_value(&pin, "derived_sha256").expect("derived_sha256");
    let bytes = std::fs::read(model_path()).expect("the derived model");
    assert_eq!(
        ecsemu_conformance::sha256_hex(&bytes),
        pinned,
        "conformance/model/ecs-2014-11-13.json changed without model/PIN: re-derive the model \
         with conformance/model/derive.py instead of editing it"
    );
}

#[test]
fn the_generated_wire_types_are_fresh() {
    let model: Value =
        serde_json::from_slice(&std::fs::read(model_path()).expect("the derived model"))
            .expect("the model is JSON");
    let expected = ecsemu_codegen::render(&model).expect("the generator accepts the model");
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/../src/wire/model.rs");
    let actual = std::fs::read_to_string(path).expect("src/wire/model.rs");
    assert!(
        actual == expected,
        "src/wire/model.rs is not what the generator makes of the pinned model: run \
         `cargo run -p ecsemu-codegen` and commit the result"
    );
}

#[test]
fn the_server_knows_exactly_the_model_operations() {
    let model_names = model().operation_names();
    let server_names: Vec<&str> = Operation::ALL.iter().map(|op| op.name()).collect();
    assert_eq!(
        server_names.iter().copied().collect::<BTreeSet<_>>(),
        model_names.iter().copied().collect::<BTreeSet<_>>()
    );
    for name in implemented_names() {
        assert!(
            model().has_operation(name),
            "{name} is not a model operation"
        );
    }
}

#[test]
fn coverage() {
    println!(
        "{}",
        coverage_line(&implemented_names(), &model().operation_names())
    );
}

#[test]
fn the_ratchet_lists_exactly_the_implemented_operations() {
    let implemented = implemented_names();
    let text = std::fs::read_to_string(ratchet_path()).expect("conformance/ratchet.txt");
    let ratchet = Ratchet::parse(&text).expect("ratchet.txt is well-formed");
    for name in &ratchet.operations {
        assert!(
            model().has_operation(name),
            "ratchet.txt lists {name}, which is not a model operation"
        );
    }
    let mut problems = Vec::new();
    let regressions = ratchet.regressions(&implemented);
    if !regressions.is_empty() {
        problems.push(format!(
            "operations ecsemu implemented are gone from ecsemu::ops::IMPLEMENTED: \
             {regressions:?}. Restore them: coverage may not go down."
        ));
    }
    let unlisted = ratchet.unlisted(&implemented);
    if !unlisted.is_empty() {
        problems.push(format!(
            "ecsemu now implements {unlisted:?}: add them to conformance/ratchet.txt so that \
             they cannot regress. With the current server the file reads:\n{}",
            Ratchet::render(&implemented)
        ));
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

// ---------------------------------------------------------------------------------------------
// The scenario
// ---------------------------------------------------------------------------------------------

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn every_response_conforms_to_the_model() {
    let fake = ecsemu_runtime::fake::FakeRuntime::new();
    fake.add_local_image("busybox:latest");
    let app = ecsemu::app(ecsemu::Settings::default(), Arc::new(fake));
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
        .await
        .expect("bind a loopback port");
    let addr = listener.local_addr().expect("the listener's address");
    let (stop, stopped) = oneshot::channel::<()>();
    let server = tokio::spawn(app.serve(listener, async move {
        let _ = stopped.await;
    }));

    let mut api = Api {
        addr,
        exchanges: Vec::new(),
    };
    scenario(&mut api).await;

    let _ = stop.send(());
    tokio::time::timeout(Duration::from_secs(10), server)
        .await
        .expect("the server shuts down")
        .expect("the server task ends cleanly");

    report(&api.exchanges);
}

async fn scenario(api: &mut Api) {
    let cluster_arn = clusters(api).await;
    task_definitions(api).await;
    let instance_arn = container_instances(api).await;
    let task_arns = tasks(api, &instance_arn).await;
    tagging(api, &cluster_arn, &instance_arn, &task_arns).await;
    account_settings(api).await;
    services(api).await;
    task_sets(api).await;
    capacity_providers(api).await;
    daemons(api).await;
    gateways(api).await;
    express_gateway_services(api).await;
    execute_command(api).await;
    teardown(api, &instance_arn, &task_arns).await;
    protocol_errors(api).await;
}

const CLUSTER: &str = "conformance";

async fn clusters(api: &mut Api) -> String {
    let created = api
        .ok(
            "CreateCluster",
            json!({
                "clusterName": CLUSTER,
                "tags": [{"key": "team", "value": "emulation"}],
                "settings": [{"name": "containerInsights", "value": "enabled"}],
            }),
        )
        .await;
    let cluster_arn = text(&created, "/cluster/clusterArn");
    // Creating an existing cluster answers with it again.
    api.ok("CreateCluster", json!({"clusterName": CLUSTER}))
        .await;
    api.ok("CreateCluster", json!({"clusterName": "scratch"}))
        .await;
    api.fails(
        "CreateCluster",
        json!({"clusterName": "not a valid name!"}),
        "InvalidParameterException",
    )
    .await;

    api.ok(
        "DescribeClusters",
        json!({
            "clusters": [CLUSTER, "missing"],
            "include": ["ATTACHMENTS", "CONFIGURATIONS", "SETTINGS", "STATISTICS", "TAGS"],
        }),
    )
    .await;
    api.ok("DescribeClusters", json!({})).await;
    let too_many: Vec<String> = (0..101).map(|i| format!("c{i}")).collect();
    api.fails(
        "DescribeClusters",
        json!({"clusters": too_many}),
        "InvalidParameterException",
    )
    .await;
    api.fails(
        "DescribeClusters",
        json!({"include": ["EVERYTHING"]}),
        "InvalidParameterException",
    )
    .await;

    let page = api.ok("ListClusters", json!({"maxResults": 1})).await;
    let token = text(&page, "/nextToken");
    api.ok("ListClusters", json!({"nextToken": token})).await;
    api.fails(
        "ListClusters",
        json!({"maxResults": 1000}),
        "InvalidParameterException",
    )
    .await;
    api.fails(
        "ListClusters",
        json!({"nextToken": "not-a-token"}),
        "InvalidParameterException",
    )
    .await;

    api.ok(
        "UpdateCluster",
        json!({
            "cluster": CLUSTER,
            "configuration": {"executeCommandConfiguration": {"logging": "DEFAULT"}},
            "serviceConnectDefaults": {"namespace": "conformance"},
        }),
    )
    .await;
    api.fails(
        "UpdateCluster",
        json!({"cluster": "missing"}),
        "ClusterNotFoundException",
    )
    .await;

    api.ok(
        "UpdateClusterSettings",
        json!({
            "cluster": cluster_arn,
            "settings": [{"name": "containerInsights", "value": "enhanced"}],
        }),
    )
    .await;
    api.fails(
        "UpdateClusterSettings",
        json!({"cluster": CLUSTER}),
        "InvalidParameterException",
    )
    .await;
    api.fails(
        "UpdateClusterSettings",
        json!({"cluster": CLUSTER, "settings": [{"name": "containerInsights", "value": "loud"}]}),
        "InvalidParameterException",
    )
    .await;

    api.ok(
        "PutClusterCapacityProviders",
        json!({
            "cluster": CLUSTER,
            "capacityProviders": ["FARGATE", "FARGATE_SPOT"],
            "defaultCapacityProviderStrategy": [
                {"capacityProvider": "FARGATE", "weight": 1, "base": 1},
            ],
        }),
    )
    .await;
    api.fails(
        "PutClusterCapacityProviders",
        json!({
            "cluster": CLUSTER,
            "capacityProviders": ["NO_SUCH_PROVIDER"],
            "defaultCapacityProviderStrategy": [],
        }),
        "InvalidParameterException",
    )
    .await;
    api.fails(
        "PutClusterCapacityProviders",
        json!({"cluster": "missing", "capacityProviders": [], "defaultCapacityProviderStrategy": []}),
        "ClusterNotFoundException",
    )
    .await;
    cluster_arn
}

/// A long-running container, so tasks stay RUNNING until stopped.
fn sleeper() -> Value {
    json!({
        "name": "app",
        "image": "busybox:latest",
        "essential": true,
        "command": ["sleep", "3600"],
        "portMappings": [{"containerPort": 80, "protocol": "tcp"}],
        "environment": [{"name": "MODE", "value": "conformance"}],
    })
}

async fn task_definitions(api: &mut Api) {
    let mut ec2_container = sleeper();
    ec2_container["memory"] = json!(128);
    let web = json!({
        "family": "web",
        "containerDefinitions": [ec2_container],
        "tags": [{"key": "tier", "value": "front"}],
    });
    api.ok("RegisterTaskDefinition", web.clone()).await;
    api.ok("RegisterTaskDefinition", web).await;
    api.ok(
        "RegisterTaskDefinition",
        json!({
            "family": "web-fargate",
            "networkMode": "awsvpc",
            "requiresCompatibilities": ["FARGATE"],
            "cpu": "256",
            "memory": "512",
            "containerDefinitions": [sleeper()],
        }),
    )
    .await;
    // The fake runtime ends a container whose command ends in `exit N` at once, with code N.
    api.ok(
        "RegisterTaskDefinition",
        json!({
            "family": "one-shot",
            "containerDefinitions": [{
                "name": "job",
                "image": "busybox:latest",
                "memory": 64,
                "essential": true,
                "command": ["sh", "-c", "exit 3"],
            }],
        }),
    )
    .await;
    api.fails(
        "RegisterTaskDefinition",
        json!({"family": "empty", "containerDefinitions": []}),
        "ClientException",
    )
    .await;
    api.fails(
        "RegisterTaskDefinition",
        json!({"containerDefinitions": [sleeper()]}),
        "InvalidParameterException",
    )
    .await;
    api.fails(
        "RegisterTaskDefinition",
        json!({"family": "bad-mode", "networkMode": "carrier-pigeon", "containerDefinitions": []}),
        "InvalidParameterException",
    )
    .await;

    api.ok(
        "DescribeTaskDefinition",
        json!({"taskDefinition": "web:1", "include": ["TAGS"]}),
    )
    .await;
    api.ok(
        "DescribeTaskDefinition",
        json!({"taskDefinition": "web-fargate"}),
    )
    .await;
    api.fails(
        "DescribeTaskDefinition",
        json!({"taskDefinition": "nothing:1"}),
        "ClientException",
    )
    .await;

    let page = api
        .ok(
            "ListTaskDefinitions",
            json!({"familyPrefix": "web", "sort": "DESC", "maxResults": 1}),
        )
        .await;
    let token = text(&page, "/nextToken");
    api.ok(
        "ListTaskDefinitions",
        json!({"familyPrefix": "web", "sort": "DESC", "maxResults": 1, "nextToken": token}),
    )
    .await;
    api.fails(
        "ListTaskDefinitions",
        json!({"status": "RETIRED"}),
        "InvalidParameterException",
    )
    .await;

    api.ok("ListTaskDefinitionFamilies", json!({"status": "ACTIVE"}))
        .await;
    api.ok(
        "ListTaskDefinitionFamilies",
        json!({"familyPrefix": "web", "maxResults": 1}),
    )
    .await;

    api.ok(
        "DeregisterTaskDefinition",
        json!({"taskDefinition": "web:2"}),
    )
    .await;
    api.fails(
        "DeregisterTaskDefinition",
        json!({"taskDefinition": "nothing:1"}),
        "ClientException",
    )
    .await;
    api.ok("ListTaskDefinitions", json!({"status": "INACTIVE"}))
        .await;
    api.ok("ListTaskDefinitionFamilies", json!({"status": "INACTIVE"}))
        .await;

    // One deleted, one refused because it is still ACTIVE, one unknown.
    api.ok(
        "DeleteTaskDefinitions",
        json!({"taskDefinitions": ["web:2", "web:1", "nothing:1"]}),
    )
    .await;
    let eleven: Vec<String> = (1..=11).map(|i| format!("web:{i}")).collect();
    api.fails(
        "DeleteTaskDefinitions",
        json!({"taskDefinitions": eleven}),
        "InvalidParameterException",
    )
    .await;
    api.fails(
        "DeleteTaskDefinitions",
        json!({}),
        "InvalidParameterException",
    )
    .await;
}

async fn container_instances(api: &mut Api) -> String {
    let registered = api
        .ok(
            "RegisterContainerInstance",
            json!({
                "cluster": CLUSTER,
                "totalResources": [
                    {"name": "CPU", "type": "INTEGER", "integerValue": 4096},
                    {"name": "MEMORY", "type": "INTEGER", "integerValue": 8192},
                ],
                "attributes": [{"name": "stack", "value": "conformance"}],
                "instanceIdentityDocument":
                    "{\"instanceId\": \"i-0123456789abcdef0\", \"availabilityZone\": \"us-east-1b\"}",
                "tags": [{"key": "rack", "value": "r1"}],
            }),
        )
        .await;
    let instance_arn = text(&registered, "/containerInstance/containerInstanceArn");
    api.fails(
        "RegisterContainerInstance",
        json!({"cluster": "missing"}),
        "ClientException",
    )
    .await;

    api.ok(
        "ListContainerInstances",
        json!({"cluster": CLUSTER, "status": "ACTIVE"}),
    )
    .await;
    api.ok(
        "ListContainerInstances",
        json!({"cluster": CLUSTER, "maxResults": 1}),
    )
    .await;
    api.ok(
        "ListContainerInstances",
        json!({"cluster": CLUSTER, "filter": "attribute:stack == conformance and agentConnected == true"}),
    )
    .await;
    api.fails(
        "ListContainerInstances",
        json!({"cluster": CLUSTER, "filter": "attribute:stack =="}),
        "InvalidParameterException",
    )
    .await;
    api.fails(
        "ListContainerInstances",
        json!({"cluster": "missing"}),
        "ClusterNotFoundException",
    )
    .await;
    api.fails(
        "ListContainerInstances",
        json!({"cluster": CLUSTER, "status": "ASLEEP"}),
        "InvalidParameterException",
    )
    .await;

    api.ok(
        "DescribeContainerInstances",
        json!({
            "cluster": CLUSTER,
            "containerInstances": [instance_arn, "0123456789abcdef0123456789abcdef"],
            "include": ["TAGS", "CONTAINER_INSTANCE_HEALTH"],
        }),
    )
    .await;
    api.fails(
        "DescribeContainerInstances",
        json!({"cluster": CLUSTER, "containerInstances": []}),
        "InvalidParameterException",
    )
    .await;
    api.fails(
        "DescribeContainerInstances",
        json!({"cluster": CLUSTER}),
        "InvalidParameterException",
    )
    .await;
    attributes(api, &instance_arn).await;
    instance_states(api, &instance_arn).await;
    instance_arn
}

async fn instance_states(api: &mut Api, instance_arn: &str) {
    api.ok(
        "UpdateContainerInstancesState",
        json!({"cluster": CLUSTER, "containerInstances": [instance_arn, "0123456789abcdef0123456789abcdef"], "status": "DRAINING"}),
    )
    .await;
    api.ok(
        "UpdateContainerInstancesState",
        json!({"cluster": CLUSTER, "containerInstances": [instance_arn], "status": "ACTIVE"}),
    )
    .await;
    api.fails(
        "UpdateContainerInstancesState",
        json!({"cluster": CLUSTER, "containerInstances": [instance_arn], "status": "REGISTERING"}),
        "InvalidParameterException",
    )
    .await;
    let old = api
        .ok(
            "RegisterContainerInstance",
            json!({"cluster": "scratch", "versionInfo": {"agentVersion": "1.70.0"}}),
        )
        .await;
    let old_arn = text(&old, "/containerInstance/containerInstanceArn");
    api.ok(
        "UpdateContainerAgent",
        json!({"cluster": "scratch", "containerInstance": old_arn}),
    )
    .await;
    api.fails(
        "UpdateContainerAgent",
        json!({"cluster": "scratch", "containerInstance": old_arn}),
        "NoUpdateAvailableException",
    )
    .await;
    api.ok(
        "DeregisterContainerInstance",
        json!({"cluster": "scratch", "containerInstance": old_arn, "force": true}),
    )
    .await;
}

async fn attributes(api: &mut Api, instance_arn: &str) {
    api.ok(
        "PutAttributes",
        json!({"cluster": CLUSTER, "attributes": [
            {"name": "tier", "value": "gold", "targetId": instance_arn, "targetType": "container-instance"},
            {"name": "canary", "targetId": instance_arn},
        ]}),
    )
    .await;
    api.fails(
        "PutAttributes",
        json!({"cluster": CLUSTER, "attributes": [
            {"name": "tier", "value": "gold", "targetId": "0123456789abcdef0123456789abcdef"},
        ]}),
        "TargetNotFoundException",
    )
    .await;
    let many: Vec<Value> = (0..11)
        .map(|i| json!({"name": format!("a{i}"), "value": "v", "targetId": instance_arn}))
        .collect();
    api.fails(
        "PutAttributes",
        json!({"cluster": CLUSTER, "attributes": many}),
        "AttributeLimitExceededException",
    )
    .await;
    api.ok(
        "ListAttributes",
        json!({"cluster": CLUSTER, "targetType": "container-instance", "attributeName": "tier", "attributeValue": "gold"}),
    )
    .await;
    api.ok(
        "ListAttributes",
        json!({"cluster": CLUSTER, "targetType": "container-instance", "maxResults": 2}),
    )
    .await;
    api.ok(
        "DeleteAttributes",
        json!({"cluster": CLUSTER, "attributes": [{"name": "canary", "targetId": instance_arn}]}),
    )
    .await;
    api.fails(
        "DeleteAttributes",
        json!({"cluster": "missing", "attributes": [{"name": "canary", "targetId": instance_arn}]}),
        "ClusterNotFoundException",
    )
    .await;
}

/// Starts tasks of every kind, watches them run and stop, and returns the ARNs of an EC2 task,
/// a Fargate task and a stopped task.
async fn tasks(api: &mut Api, instance_arn: &str) -> Vec<String> {
    let ec2 = api
        .ok(
            "RunTask",
            json!({
                "cluster": CLUSTER,
                "taskDefinition": "web:1",
                "launchType": "EC2",
                "count": 2,
                "startedBy": "conformance",
                "group": "family:web",
                "tags": [{"key": "run", "value": "ec2"}],
                "propagateTags": "TASK_DEFINITION",
                "enableECSManagedTags": true,
                "overrides": {
                    "containerOverrides": [
                        {"name": "app", "environment": [{"name": "EXTRA", "value": "1"}]},
                    ],
                },
            }),
        )
        .await;
    let ec2_task = text(&ec2, "/tasks/0/taskArn");

    let fargate_request = json!({
        "cluster": CLUSTER,
        "taskDefinition": "web-fargate",
        "launchType": "FARGATE",
        "networkConfiguration": {
            "awsvpcConfiguration": {"subnets": ["subnet-1"], "assignPublicIp": "ENABLED"},
        },
        "clientToken": "conformance-token",
    });
    let fargate = api.ok("RunTask", fargate_request.clone()).await;
    let fargate_task = text(&fargate, "/tasks/0/taskArn");
    // A retry with the same token answers with the same task; a different request conflicts.
    api.ok("RunTask", fargate_request.clone()).await;
    let mut changed = fargate_request.clone();
    changed["startedBy"] = json!("someone-else");
    api.fails("RunTask", changed, "ConflictException").await;

    api.ok(
        "RunTask",
        json!({
            "cluster": CLUSTER,
            "taskDefinition": "web-fargate",
            "capacityProviderStrategy": [{"capacityProvider": "FARGATE_SPOT", "weight": 1}],
            "networkConfiguration": {"awsvpcConfiguration": {"subnets": ["subnet-1"]}},
            "platformVersion": "LATEST",
        }),
    )
    .await;
    let one_shot = api
        .ok(
            "RunTask",
            json!({"cluster": CLUSTER, "taskDefinition": "one-shot", "launchType": "EC2"}),
        )
        .await;
    let one_shot_task = text(&one_shot, "/tasks/0/taskArn");

    run_task_errors(api).await;

    api.ok(
        "StartTask",
        json!({
            "cluster": CLUSTER,
            "taskDefinition": "web:1",
            "containerInstances": [instance_arn],
            "startedBy": "conformance-start",
        }),
    )
    .await;
    // An unknown instance is a failure entry, not an error.
    api.ok(
        "StartTask",
        json!({
            "cluster": CLUSTER,
            "taskDefinition": "web:1",
            "containerInstances": ["0123456789abcdef0123456789abcdef"],
        }),
    )
    .await;
    api.fails(
        "StartTask",
        json!({"cluster": CLUSTER, "taskDefinition": "web:1", "containerInstances": []}),
        "InvalidParameterException",
    )
    .await;
    let eleven = vec![instance_arn; 11];
    api.fails(
        "StartTask",
        json!({"cluster": CLUSTER, "taskDefinition": "web:1", "containerInstances": eleven}),
        "InvalidParameterException",
    )
    .await;
    api.fails(
        "StartTask",
        json!({"cluster": "missing", "taskDefinition": "web:1", "containerInstances": [instance_arn]}),
        "ClusterNotFoundException",
    )
    .await;

    api.wait_for_status(&ec2_task, "RUNNING").await;
    api.wait_for_status(&fargate_task, "RUNNING").await;
    api.wait_for_status(&one_shot_task, "STOPPED").await;

    api.ok(
        "DescribeTasks",
        json!({
            "cluster": CLUSTER,
            "tasks": [ec2_task, fargate_task, one_shot_task, "0123456789abcdef0123456789abcdef"],
            "include": ["TAGS"],
        }),
    )
    .await;
    api.fails(
        "DescribeTasks",
        json!({"cluster": CLUSTER, "tasks": []}),
        "InvalidParameterException",
    )
    .await;
    let too_many: Vec<String> = (0..101).map(|i| format!("task-{i}")).collect();
    api.fails(
        "DescribeTasks",
        json!({"cluster": CLUSTER, "tasks": too_many}),
        "InvalidParameterException",
    )
    .await;
    api.fails(
        "DescribeTasks",
        json!({"cluster": "missing", "tasks": [ec2_task]}),
        "ClusterNotFoundException",
    )
    .await;

    for filter in [
        json!({"cluster": CLUSTER}),
        json!({"cluster": CLUSTER, "launchType": "FARGATE"}),
        json!({"cluster": CLUSTER, "startedBy": "conformance"}),
        json!({"cluster": CLUSTER, "containerInstance": instance_arn}),
        json!({"cluster": CLUSTER, "family": "web", "maxResults": 1}),
        json!({"cluster": CLUSTER, "desiredStatus": "STOPPED"}),
    ] {
        api.ok("ListTasks", filter).await;
    }
    api.fails(
        "ListTasks",
        json!({"cluster": CLUSTER, "desiredStatus": "WALKING"}),
        "InvalidParameterException",
    )
    .await;
    api.fails(
        "ListTasks",
        json!({"cluster": CLUSTER, "serviceName": "nope"}),
        "ServiceNotFoundException",
    )
    .await;
    api.fails(
        "ListTasks",
        json!({"cluster": CLUSTER, "startedBy": "x", "family": "web"}),
        "InvalidParameterException",
    )
    .await;
    api.fails(
        "ListTasks",
        json!({"cluster": "missing"}),
        "ClusterNotFoundException",
    )
    .await;

    api.ok(
        "StopTask",
        json!({"cluster": CLUSTER, "task": fargate_task, "reason": "conformance check"}),
    )
    .await;
    api.wait_for_status(&fargate_task, "STOPPED").await;
    // Stopping a stopped task answers with it again.
    api.ok(
        "StopTask",
        json!({"cluster": CLUSTER, "task": fargate_task}),
    )
    .await;
    api.fails(
        "StopTask",
        json!({"cluster": CLUSTER, "task": "0123456789abcdef0123456789abcdef"}),
        "InvalidParameterException",
    )
    .await;
    api.fails(
        "StopTask",
        json!({"cluster": CLUSTER, "task": ec2_task, "reason": "x".repeat(256)}),
        "InvalidParameterException",
    )
    .await;
    api.fails(
        "StopTask",
        json!({"cluster": "missing", "task": ec2_task}),
        "ClusterNotFoundException",
    )
    .await;
    api.fails(
        "StopTask",
        json!({"cluster": CLUSTER}),
        "InvalidParameterException",
    )
    .await;

    vec![ec2_task, fargate_task, one_shot_task]
}

async fn run_task_errors(api: &mut Api) {
    let fargate_network = json!({"awsvpcConfiguration": {"subnets": ["subnet-1"]}});
    api.fails(
        "RunTask",
        json!({"cluster": "missing", "taskDefinition": "web:1"}),
        "ClusterNotFoundException",
    )
    .await;
    api.fails(
        "RunTask",
        json!({"cluster": CLUSTER}),
        "InvalidParameterException",
    )
    .await;
    api.fails(
        "RunTask",
        json!({"cluster": CLUSTER, "taskDefinition": "web:1", "count": 11}),
        "InvalidParameterException",
    )
    .await;
    api.fails(
        "RunTask",
        json!({"cluster": CLUSTER, "taskDefinition": "web:1", "count": "two"}),
        "SerializationException",
    )
    .await;
    api.fails(
        "RunTask",
        json!({"cluster": CLUSTER, "taskDefinition": "web:1", "launchType": "SUBMARINE"}),
        "InvalidParameterException",
    )
    .await;
    api.fails(
        "RunTask",
        json!({"cluster": CLUSTER, "taskDefinition": "nothing:1", "launchType": "EC2"}),
        "ClientException",
    )
    .await;
    api.fails(
        "RunTask",
        json!({"cluster": CLUSTER, "taskDefinition": "web-fargate", "launchType": "FARGATE"}),
        "InvalidParameterException",
    )
    .await;
    api.fails(
        "RunTask",
        json!({
            "cluster": CLUSTER,
            "taskDefinition": "web-fargate",
            "launchType": "FARGATE",
            "networkConfiguration": fargate_network,
            "platformVersion": "0.0.1",
        }),
        "PlatformUnknownException",
    )
    .await;
    api.fails(
        "RunTask",
        json!({
            "cluster": CLUSTER,
            "taskDefinition": "web:1",
            "launchType": "EC2",
            "overrides": {"containerOverrides": [{"name": "ghost"}]},
        }),
        "InvalidParameterException",
    )
    .await;
    // No container instance in the scratch cluster.
    api.fails(
        "RunTask",
        json!({"cluster": "scratch", "taskDefinition": "web:1", "launchType": "EC2"}),
        "InvalidParameterException",
    )
    .await;
}

async fn tagging(api: &mut Api, cluster_arn: &str, instance_arn: &str, task_arns: &[String]) {
    let definition_arn = "arn:aws:ecs:us-east-1:000000000000:task-definition/web:1";
    let resources = [
        cluster_arn,
        instance_arn,
        task_arns[0].as_str(),
        definition_arn,
    ];
    for resource in resources {
        api.ok(
            "TagResource",
            json!({"resourceArn": resource, "tags": [{"key": "owner", "value": "conformance"}]}),
        )
        .await;
        api.ok("ListTagsForResource", json!({"resourceArn": resource}))
            .await;
        api.ok(
            "UntagResource",
            json!({"resourceArn": resource, "tagKeys": ["owner"]}),
        )
        .await;
    }

    let fifty_one: Vec<Value> = (0..51)
        .map(|i| json!({"key": format!("k{i}"), "value": "v"}))
        .collect();
    api.fails(
        "TagResource",
        json!({"resourceArn": cluster_arn, "tags": fifty_one}),
        "InvalidParameterException",
    )
    .await;
    api.fails(
        "TagResource",
        json!({"resourceArn": cluster_arn, "tags": [{"key": "aws:reserved", "value": "v"}]}),
        "InvalidParameterException",
    )
    .await;
    api.fails(
        "TagResource",
        json!({"resourceArn": "not-an-arn", "tags": []}),
        "InvalidParameterException",
    )
    .await;
    api.fails(
        "TagResource",
        json!({"resourceArn": cluster_arn}),
        "InvalidParameterException",
    )
    .await;
    let missing_cluster = "arn:aws:ecs:us-east-1:000000000000:cluster/missing";
    api.fails(
        "TagResource",
        json!({"resourceArn": missing_cluster, "tags": [{"key": "a", "value": "b"}]}),
        "ClusterNotFoundException",
    )
    .await;
    api.fails(
        "ListTagsForResource",
        json!({"resourceArn": missing_cluster}),
        "ClusterNotFoundException",
    )
    .await;
    let missing_task = format!(
        "arn:aws:ecs:us-east-1:000000000000:task/{CLUSTER}/0123456789abcdef0123456789abcdef"
    );
    api.rejects(
        "UntagResource",
        json!({"resourceArn": missing_task, "tagKeys": ["a"]}),
    )
    .await;
    api.rejects("ListTagsForResource", json!({"resourceArn": missing_task}))
        .await;
}

async fn account_settings(api: &mut Api) {
    let user = "arn:aws:iam::000000000000:user/dev";
    api.ok(
        "PutAccountSetting",
        json!({"name": "containerInsights", "value": "enabled"}),
    )
    .await;
    api.ok(
        "PutAccountSetting",
        json!({"name": "taskLongArnFormat", "value": "enabled", "principalArn": user}),
    )
    .await;
    api.fails(
        "PutAccountSetting",
        json!({"name": "containerInsights", "value": "maybe"}),
        "InvalidParameterException",
    )
    .await;
    api.fails(
        "PutAccountSetting",
        json!({"name": "noSuchSetting", "value": "enabled"}),
        "InvalidParameterException",
    )
    .await;
    api.fails(
        "PutAccountSetting",
        json!({"name": "containerInsights", "value": "enabled", "principalArn": "arn:aws:iam::999999999999:user/x"}),
        "InvalidParameterException",
    )
    .await;
    api.fails(
        "PutAccountSetting",
        json!({"name": "containerInsights"}),
        "InvalidParameterException",
    )
    .await;

    api.ok(
        "PutAccountSettingDefault",
        json!({"name": "fargateTaskRetirementWaitPeriod", "value": "14"}),
    )
    .await;
    api.fails(
        "PutAccountSettingDefault",
        json!({"name": "guardDutyActivate", "value": "on"}),
        "InvalidParameterException",
    )
    .await;
    api.fails(
        "PutAccountSettingDefault",
        json!({"name": "serviceLongArnFormat", "value": "disabled"}),
        "InvalidParameterException",
    )
    .await;

    let page = api
        .ok(
            "ListAccountSettings",
            json!({"effectiveSettings": true, "maxResults": 5}),
        )
        .await;
    let token = text(&page, "/nextToken");
    api.ok(
        "ListAccountSettings",
        json!({"effectiveSettings": true, "maxResults": 5, "nextToken": token}),
    )
    .await;
    api.ok(
        "ListAccountSettings",
        json!({"name": "taskLongArnFormat", "principalArn": user}),
    )
    .await;
    api.ok("ListAccountSettings", json!({})).await;
    api.fails(
        "ListAccountSettings",
        json!({"maxResults": 11}),
        "InvalidParameterException",
    )
    .await;

    api.ok(
        "DeleteAccountSetting",
        json!({"name": "taskLongArnFormat", "principalArn": user}),
    )
    .await;
    api.fails(
        "DeleteAccountSetting",
        json!({"name": "taskLongArnFormat", "principalArn": user}),
        "InvalidParameterException",
    )
    .await;
    api.fails(
        "DeleteAccountSetting",
        json!({}),
        "InvalidParameterException",
    )
    .await;
}

const FARGATE_NETWORK: &str =
    r#"{"awsvpcConfiguration": {"subnets": ["subnet-0123456789abcdef0"]}}"#;

async fn services(api: &mut Api) {
    let network: Value = serde_json::from_str(FARGATE_NETWORK).expect("valid JSON");
    let create = json!({
        "cluster": CLUSTER,
        "serviceName": "svc",
        "taskDefinition": "web-fargate",
        "desiredCount": 1,
        "launchType": "FARGATE",
        "networkConfiguration": network,
        "clientToken": "conformance-svc",
        "tags": [{"key": "tier", "value": "front"}],
        "serviceConnectConfiguration": {"enabled": false, "namespace": "conformance"},
        "deploymentConfiguration": {
            "deploymentCircuitBreaker": {"enable": true, "rollback": true}
        },
    });
    let created = api.ok("CreateService", create.clone()).await;
    let service_arn = text(&created, "/service/serviceArn");
    api.ok("CreateService", create.clone()).await;
    let mut different = create.clone();
    different["desiredCount"] = json!(3);
    api.fails("CreateService", different, "InvalidParameterException")
        .await;
    let mut elsewhere = create.clone();
    elsewhere["cluster"] = json!("missing");
    api.fails("CreateService", elsewhere, "ClusterNotFoundException")
        .await;
    api.fails(
        "CreateService",
        json!({"cluster": CLUSTER, "serviceName": "x", "taskDefinition": "ghost", "desiredCount": 1}),
        "ClientException",
    )
    .await;
    api.rejects(
        "CreateService",
        json!({"cluster": CLUSTER, "serviceName": "bad name", "taskDefinition": "web", "desiredCount": 1}),
    )
    .await;
    api.ok(
        "DescribeServices",
        json!({"cluster": CLUSTER, "services": ["svc", "ghost"], "include": ["TAGS"]}),
    )
    .await;
    api.ok("ListServices", json!({"cluster": CLUSTER, "maxResults": 1}))
        .await;
    api.ok(
        "ListServicesByNamespace",
        json!({"namespace": "conformance"}),
    )
    .await;
    api.fails(
        "ListServicesByNamespace",
        json!({"namespace": "nowhere"}),
        "NamespaceNotFoundException",
    )
    .await;
    api.fails(
        "UpdateService",
        json!({"cluster": CLUSTER, "service": "ghost", "desiredCount": 1}),
        "ServiceNotFoundException",
    )
    .await;
    task_protection(api).await;
    api.ok(
        "UpdateService",
        json!({"cluster": CLUSTER, "service": "svc", "desiredCount": 2}),
    )
    .await;
    // A new revision starts a deployment that the 40 s warm-up keeps in progress.
    let updated = api
        .ok(
            "UpdateService",
            json!({"cluster": CLUSTER, "service": "svc", "forceNewDeployment": true}),
        )
        .await;
    assert_eq!(
        updated["service"]["deployments"].as_array().map(Vec::len),
        Some(2)
    );
    let listed = api
        .ok(
            "ListServiceDeployments",
            json!({"cluster": CLUSTER, "service": "svc"}),
        )
        .await;
    let newest = text(&listed, "/serviceDeployments/0/serviceDeploymentArn");
    let described = api
        .ok(
            "DescribeServiceDeployments",
            json!({"serviceDeploymentArns": [newest, format!("{newest}x")]}),
        )
        .await;
    let target = text(
        &described,
        "/serviceDeployments/0/targetServiceRevision/arn",
    );
    api.ok(
        "DescribeServiceRevisions",
        json!({"serviceRevisionArns": [target]}),
    )
    .await;
    api.ok(
        "StopServiceDeployment",
        json!({"serviceDeploymentArn": newest, "stopType": "ROLLBACK"}),
    )
    .await;
    api.fails(
        "ContinueServiceDeployment",
        json!({"serviceDeploymentArn": format!("{newest}x"), "hookId": "h"}),
        "ServiceDeploymentNotFoundException",
    )
    .await;

    // A blue/green deployment that waits at a PAUSE hook until it is continued.
    let hooked = api
        .ok(
            "CreateService",
            json!({
                "cluster": CLUSTER,
                "serviceName": "hooked",
                "taskDefinition": "web-fargate",
                "desiredCount": 1,
                "launchType": "FARGATE",
                "networkConfiguration": network,
                "deploymentConfiguration": {
                    "strategy": "BLUE_GREEN",
                    "lifecycleHooks": [
                        {"targetType": "PAUSE", "lifecycleStages": ["PRE_SCALE_UP"]}
                    ],
                },
            }),
        )
        .await;
    let hooked_deployment = text(&hooked, "/service/deployments/0/id");
    assert!(hooked_deployment.starts_with("ecs-svc/"));
    let mut paused = None;
    for _ in 0..200 {
        let listed = api
            .ok(
                "ListServiceDeployments",
                json!({"cluster": CLUSTER, "service": "hooked"}),
            )
            .await;
        let arn = text(&listed, "/serviceDeployments/0/serviceDeploymentArn");
        let described = api
            .ok(
                "DescribeServiceDeployments",
                json!({"serviceDeploymentArns": [arn.clone()]}),
            )
            .await;
        let hook = &described["serviceDeployments"][0]["lifecycleHookDetails"][0];
        if hook["status"] == "AWAITING_ACTION" {
            paused = Some((arn, text(hook, "/hookId")));
            break;
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    let (arn, hook) = paused.expect("the deployment waits at its PAUSE hook");
    api.ok(
        "ContinueServiceDeployment",
        json!({"serviceDeploymentArn": arn, "hookId": hook, "action": "CONTINUE"}),
    )
    .await;
    api.fails(
        "StopServiceDeployment",
        json!({"serviceDeploymentArn": format!("{arn}x"), "stopType": "ABORT"}),
        "ServiceDeploymentNotFoundException",
    )
    .await;

    api.fails(
        "DeleteService",
        json!({"cluster": CLUSTER, "service": "svc"}),
        "InvalidParameterException",
    )
    .await;
    api.rejects("DeleteCluster", json!({"cluster": CLUSTER}))
        .await;
    for name in ["svc", "hooked"] {
        api.ok(
            "DeleteService",
            json!({"cluster": CLUSTER, "service": name, "force": true}),
        )
        .await;
    }
    api.fails(
        "UpdateService",
        json!({"cluster": CLUSTER, "service": service_arn, "desiredCount": 1}),
        "ServiceNotActiveException",
    )
    .await;
    for _ in 0..200 {
        let described = api
            .ok(
                "DescribeServices",
                json!({"cluster": CLUSTER, "services": ["svc", "hooked"]}),
            )
            .await;
        let inactive = described["services"]
            .as_array()
            .is_some_and(|s| s.iter().all(|s| s["status"] == "INACTIVE"));
        if inactive {
            return;
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    panic!("the deleted services never became INACTIVE");
}

async fn execute_command(api: &mut Api) {
    let network: Value = serde_json::from_str(FARGATE_NETWORK).expect("valid JSON");
    let run = api
        .ok(
            "RunTask",
            json!({"cluster": CLUSTER, "taskDefinition": "web-fargate", "launchType": "FARGATE",
                   "networkConfiguration": network, "enableExecuteCommand": true}),
        )
        .await;
    let task = text(&run, "/tasks/0/taskArn");
    api.wait_for_status(&task, "RUNNING").await;
    api.ok(
        "ExecuteCommand",
        json!({"cluster": CLUSTER, "task": task, "command": "echo hi", "interactive": true}),
    )
    .await;
    agent(api, &task).await;
    api.fails(
        "ExecuteCommand",
        json!({"cluster": CLUSTER, "task": task, "command": "echo hi", "interactive": false}),
        "InvalidParameterException",
    )
    .await;
    api.fails(
        "ExecuteCommand",
        json!({"cluster": "missing", "task": task, "command": "echo hi", "interactive": true}),
        "ClusterNotFoundException",
    )
    .await;
}

/// The agent's calls about a RUNNING Fargate task, ending with the agent stopping it.
async fn agent(api: &mut Api, task: &str) {
    api.ok("DiscoverPollEndpoint", json!({"cluster": CLUSTER}))
        .await;
    api.ok(
        "SubmitContainerStateChange",
        json!({"cluster": CLUSTER, "task": task, "containerName": "app", "status": "RUNNING",
               "networkBindings": [{"bindIP": "0.0.0.0", "containerPort": 80, "hostPort": 80, "protocol": "tcp"}]}),
    )
    .await;
    let described = api
        .ok(
            "DescribeTasks",
            json!({"cluster": CLUSTER, "tasks": [task]}),
        )
        .await;
    let attachment = text(&described, "/tasks/0/attachments/0/id");
    api.ok(
        "SubmitAttachmentStateChanges",
        json!({"cluster": CLUSTER, "attachments": [{
            "attachmentArn": format!("arn:aws:ecs:us-east-1:000000000000:attachment/{attachment}"),
            "status": "ATTACHED"}]}),
    )
    .await;
    api.fails(
        "SubmitAttachmentStateChanges",
        json!({"cluster": CLUSTER, "attachments": [{"attachmentArn": "nope", "status": "ATTACHED"}]}),
        "InvalidParameterException",
    )
    .await;
    api.ok(
        "SubmitTaskStateChange",
        json!({"cluster": CLUSTER, "task": task, "status": "STOPPED", "reason": "agent",
               "containers": [{"containerName": "app", "status": "STOPPED", "exitCode": 0}]}),
    )
    .await;
    api.fails(
        "SubmitTaskStateChange",
        json!({"cluster": CLUSTER, "task": task, "status": "NAPPING"}),
        "InvalidParameterException",
    )
    .await;
    api.wait_for_status(task, "STOPPED").await;
}

async fn task_sets(api: &mut Api) {
    let network: Value = serde_json::from_str(FARGATE_NETWORK).expect("valid JSON");
    api.ok(
        "CreateService",
        json!({"cluster": CLUSTER, "serviceName": "ext", "desiredCount": 1,
               "deploymentController": {"type": "EXTERNAL"}}),
    )
    .await;
    let created = api
        .ok(
            "CreateTaskSet",
            json!({"cluster": CLUSTER, "service": "ext", "taskDefinition": "web-fargate",
                   "externalId": "blue", "launchType": "FARGATE", "networkConfiguration": network,
                   "scale": {"value": 100, "unit": "PERCENT"}, "tags": [{"key": "k", "value": "v"}]}),
        )
        .await;
    let task_set = text(&created, "/taskSet/id");
    api.fails(
        "CreateTaskSet",
        json!({"cluster": CLUSTER, "service": "svc", "taskDefinition": "web-fargate"}),
        "InvalidParameterException",
    )
    .await;
    api.ok(
        "UpdateServicePrimaryTaskSet",
        json!({"cluster": CLUSTER, "service": "ext", "primaryTaskSet": task_set}),
    )
    .await;
    api.ok(
        "UpdateTaskSet",
        json!({"cluster": CLUSTER, "service": "ext", "taskSet": task_set,
               "scale": {"value": 0, "unit": "PERCENT"}}),
    )
    .await;
    api.ok(
        "DescribeTaskSets",
        json!({"cluster": CLUSTER, "service": "ext", "taskSets": [task_set, "ecs-svc/0"], "include": ["TAGS"]}),
    )
    .await;
    api.fails(
        "UpdateTaskSet",
        json!({"cluster": CLUSTER, "service": "ext", "taskSet": "ecs-svc/0",
               "scale": {"value": 10, "unit": "PERCENT"}}),
        "TaskSetNotFoundException",
    )
    .await;
    api.ok(
        "DeleteTaskSet",
        json!({"cluster": CLUSTER, "service": "ext", "taskSet": task_set}),
    )
    .await;
    api.ok(
        "DeleteService",
        json!({"cluster": CLUSTER, "service": "ext", "force": true}),
    )
    .await;
    for _ in 0..200 {
        let described = api
            .ok(
                "DescribeServices",
                json!({"cluster": CLUSTER, "services": ["ext"]}),
            )
            .await;
        if described["services"][0]["status"] == "INACTIVE" {
            return;
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    panic!("the EXTERNAL service never became INACTIVE");
}

async fn capacity_providers(api: &mut Api) {
    let group = json!({"autoScalingGroupArn":
        "arn:aws:autoscaling:us-east-1:000000000000:autoScalingGroup:1:autoScalingGroupName/c"});
    api.ok(
        "CreateCapacityProvider",
        json!({"name": "conformance-asg", "autoScalingGroupProvider": group,
               "tags": [{"key": "k", "value": "v"}]}),
    )
    .await;
    api.fails(
        "CreateCapacityProvider",
        json!({"name": "conformance-asg", "autoScalingGroupProvider": group}),
        "ClientException",
    )
    .await;
    api.rejects(
        "CreateCapacityProvider",
        json!({"name": "ecs-reserved", "autoScalingGroupProvider": group}),
    )
    .await;
    api.ok(
        "CreateCapacityProvider",
        json!({"name": "conformance-mi", "cluster": "scratch", "managedInstancesProvider": {
            "infrastructureRoleArn": "arn:aws:iam::000000000000:role/ecs-infra",
            "instanceLaunchTemplate": {
                "ec2InstanceProfileArn": "arn:aws:iam::000000000000:instance-profile/ecs",
                "networkConfiguration": {"subnets": ["subnet-0123456789abcdef0"]},
            },
        }}),
    )
    .await;
    api.ok("DescribeCapacityProviders", json!({"maxResults": 2}))
        .await;
    api.ok(
        "DescribeCapacityProviders",
        json!({"capacityProviders": ["conformance-asg", "FARGATE", "ghost"], "include": ["TAGS"]}),
    )
    .await;
    api.ok(
        "UpdateCapacityProvider",
        json!({"name": "conformance-asg", "autoScalingGroupProvider": {
            "managedScaling": {"status": "ENABLED", "targetCapacity": 90},
            "managedTerminationProtection": "ENABLED",
        }}),
    )
    .await;
    api.ok(
        "PutClusterCapacityProviders",
        json!({"cluster": "scratch", "capacityProviders": ["conformance-asg", "conformance-mi", "FARGATE"],
               "defaultCapacityProviderStrategy": [{"capacityProvider": "conformance-asg", "weight": 1}]}),
    )
    .await;
    api.fails(
        "DeleteCapacityProvider",
        json!({"capacityProvider": "conformance-asg"}),
        "ClientException",
    )
    .await;
    api.ok(
        "PutClusterCapacityProviders",
        json!({"cluster": "scratch", "capacityProviders": ["conformance-mi"],
               "defaultCapacityProviderStrategy": []}),
    )
    .await;
    for name in ["conformance-asg", "conformance-mi"] {
        api.ok("DeleteCapacityProvider", json!({"capacityProvider": name}))
            .await;
    }
    api.fails(
        "DeleteCapacityProvider",
        json!({"capacityProvider": "FARGATE"}),
        "InvalidParameterException",
    )
    .await;
}

const GATEWAY_CLUSTER: &str = "conformance-gateways";

async fn gateways(api: &mut Api) {
    let role = "arn:aws:iam::000000000000:role/ecs-infra";
    api.ok("CreateCluster", json!({"clusterName": GATEWAY_CLUSTER}))
        .await;
    api.ok(
        "RegisterTaskDefinition",
        json!({"family": "gateway-api", "networkMode": "awsvpc", "requiresCompatibilities": ["FARGATE"],
               "cpu": "256", "memory": "512", "containerDefinitions": [{"name": "app",
               "image": "busybox:latest", "portMappings": [{"containerPort": 8080, "name": "http"}]}]}),
    )
    .await;
    let created = api
        .ok(
            "CreateGateway",
            json!({"name": "conformance-gw", "infrastructureRoleArn": role,
                   "deletionProtection": false, "tags": [{"key": "k", "value": "v"}],
                   "configuration": {"hostSharedAlb": {"scheme": "internal"}}}),
        )
        .await;
    let gateway_arn = text(&created, "/gatewayArn");
    api.fails(
        "CreateGateway",
        json!({"name": "conformance-gw", "infrastructureRoleArn": role,
               "configuration": {"hostSharedAlb": {}}}),
        "ClientException",
    )
    .await;
    api.fails(
        "CreateGateway",
        json!({"name": "empty", "infrastructureRoleArn": role, "configuration": {}}),
        "InvalidParameterException",
    )
    .await;
    api.ok("DescribeGateway", json!({"gateway": "conformance-gw"}))
        .await;
    api.fails(
        "DescribeGateway",
        json!({"gateway": "ghost"}),
        "GatewayNotFoundException",
    )
    .await;
    api.ok(
        "ListGateways",
        json!({"names": ["conformance-gw"], "status": ["ACTIVE"], "maxResults": 1}),
    )
    .await;
    api.ok(
        "UpdateGateway",
        json!({"gateway": gateway_arn, "deletionProtection": false,
               "configuration": {"hostSharedAlb": {"maxAlbCount": 2, "httpDesync": "strictest",
               "testTrafficRules": {"header": {"name": "x-test", "values": ["1"]}}}}}),
    )
    .await;
    api.ok("ListTagsForResource", json!({"resourceArn": gateway_arn}))
        .await;
    api.fails(
        "AssociateGatewayWithCluster",
        json!({"gateway": "conformance-gw", "cluster": "missing"}),
        "ClusterNotFoundException",
    )
    .await;
    api.ok(
        "AssociateGatewayWithCluster",
        json!({"gateway": "conformance-gw", "cluster": GATEWAY_CLUSTER}),
    )
    .await;
    api.ok(
        "CreateService",
        json!({"cluster": GATEWAY_CLUSTER, "serviceName": "routed", "taskDefinition": "gateway-api",
               "desiredCount": 0, "launchType": "FARGATE",
               "networkConfiguration": {"awsvpcConfiguration": {"subnets": ["subnet-0123456789abcdef0"]}},
               "gatewayConnectors": [{"portName": "http", "filters": {"accessTypes": ["PRIVATE"]}}]}),
    )
    .await;
    let routes = api
        .ok(
            "ListGatewayRoutes",
            json!({"gateway": "conformance-gw", "cluster": GATEWAY_CLUSTER, "service": "routed",
                   "serviceContainerPortName": "http", "status": ["ACTIVE"]}),
        )
        .await;
    let route_arn = text(&routes, "/gatewayRoutes/0/gatewayRouteArn");
    api.ok(
        "DescribeGatewayRoute",
        json!({"gatewayRouteArn": route_arn}),
    )
    .await;
    api.fails(
        "DescribeGatewayRoute",
        json!({"gatewayRouteArn": format!("{gateway_arn}-route")}),
        "ResourceNotFoundException",
    )
    .await;
    api.ok(
        "DescribeGatewayResources",
        json!({"gateway": "conformance-gw", "maxResults": 20}),
    )
    .await;
    api.ok(
        "ListGatewayClusterAssociations",
        json!({"gateway": "conformance-gw", "cluster": GATEWAY_CLUSTER, "status": ["ACTIVE"]}),
    )
    .await;
    api.fails(
        "DeleteGateway",
        json!({"gateway": "conformance-gw"}),
        "ClientException",
    )
    .await;
    api.ok(
        "DisassociateGatewayFromCluster",
        json!({"gateway": "conformance-gw", "cluster": GATEWAY_CLUSTER}),
    )
    .await;
    api.ok(
        "ListGatewayClusterAssociations",
        json!({"status": ["DISASSOCIATING"]}),
    )
    .await;
    api.ok(
        "DeleteService",
        json!({"cluster": GATEWAY_CLUSTER, "service": "routed"}),
    )
    .await;
    api.fails(
        "DisassociateGatewayFromCluster",
        json!({"gateway": "conformance-gw", "cluster": GATEWAY_CLUSTER}),
        "ResourceNotFoundException",
    )
    .await;
    api.ok("DeleteGateway", json!({"gateway": "conformance-gw"}))
        .await;
}

async fn express_gateway_services(api: &mut Api) {
    let created = api
        .ok(
            "CreateExpressGatewayService",
            json!({"cluster": GATEWAY_CLUSTER, "serviceName": "express",
                   "infrastructureRoleArn": "arn:aws:iam::000000000000:role/ecs-infra",
                   "primaryContainer": {"image": "busybox:latest", "containerPort": 8080,
                       "command": ["sleep", "1000"], "environment": [{"name": "A", "value": "1"}],
                       "awsLogsConfiguration": {"logGroup": "/ecs/express", "logStreamPrefix": "ecs"}},
                   "scalingTarget": {"minTaskCount": 0, "maxTaskCount": 2},
                   "tags": [{"key": "k", "value": "v"}]}),
        )
        .await;
    let service_arn = text(&created, "/service/serviceArn");
    let revision_arn = text(
        &created,
        "/service/activeConfigurations/0/serviceRevisionArn",
    );
    api.ok(
        "DescribeServiceRevisions",
        json!({"serviceRevisionArns": [revision_arn]}),
    )
    .await;
    api.ok(
        "ListServices",
        json!({"cluster": GATEWAY_CLUSTER, "resourceManagementType": "ECS"}),
    )
    .await;
    api.fails(
        "CreateExpressGatewayService",
        json!({"cluster": "missing", "infrastructureRoleArn": "arn:aws:iam::000000000000:role/x",
               "primaryContainer": {"image": "busybox:latest"}}),
        "ClusterNotFoundException",
    )
    .await;
    api.ok(
        "DescribeExpressGatewayService",
        json!({"serviceArn": service_arn, "include": ["TAGS"]}),
    )
    .await;
    api.ok(
        "UpdateExpressGatewayService",
        json!({"serviceArn": service_arn, "healthCheckPath": "/health", "cpu": "512", "memory": "1024"}),
    )
    .await;
    api.ok(
        "DeleteExpressGatewayService",
        json!({"serviceArn": service_arn}),
    )
    .await;
    api.fails(
        "UpdateExpressGatewayService",
        json!({"serviceArn": service_arn, "healthCheckPath": "/x"}),
        "ServiceNotActiveException",
    )
    .await;
    api.fails(
        "DeleteExpressGatewayService",
        json!({"serviceArn": format!("{service_arn}-ghost")}),
        "ServiceNotFoundException",
    )
    .await;
    api.fails(
        "DescribeExpressGatewayService",
        json!({"serviceArn": format!("{service_arn}-ghost")}),
        "ResourceNotFoundException",
    )
    .await;
}

async fn daemons(api: &mut Api) {
    const DAEMON_CLUSTER: &str = "daemons";
    api.ok("CreateCluster", json!({"clusterName": DAEMON_CLUSTER}))
        .await;
    let provider = api
        .ok(
            "CreateCapacityProvider",
            json!({"name": "daemon-mi", "cluster": DAEMON_CLUSTER, "managedInstancesProvider": {
                "infrastructureRoleArn": "arn:aws:iam::000000000000:role/ecs-infra",
                "instanceLaunchTemplate": {
                    "ec2InstanceProfileArn": "arn:aws:iam::000000000000:instance-profile/ecs",
                    "networkConfiguration": {"subnets": ["subnet-0123456789abcdef0"]},
                },
            }}),
        )
        .await;
    let provider = text(&provider, "/capacityProvider/capacityProviderArn");
    let instance = api
        .ok(
            "RegisterContainerInstance",
            json!({"cluster": DAEMON_CLUSTER}),
        )
        .await;
    let instance = text(&instance, "/containerInstance/containerInstanceArn");
    let definition = json!({"family": "daemon-agent", "cpu": "128", "memory": "64",
        "containerDefinitions": [{"name": "agent", "image": "busybox:latest",
                                  "command": ["sleep", "3600"]}],
        "tags": [{"key": "k", "value": "v"}]});
    let registered = api
        .ok("RegisterDaemonTaskDefinition", definition.clone())
        .await;
    let first = text(&registered, "/daemonTaskDefinitionArn");
    let registered = api.ok("RegisterDaemonTaskDefinition", definition).await;
    let second = text(&registered, "/daemonTaskDefinitionArn");
    api.ok(
        "DescribeDaemonTaskDefinition",
        json!({"daemonTaskDefinition": "daemon-agent"}),
    )
    .await;
    api.fails(
        "DescribeDaemonTaskDefinition",
        json!({"daemonTaskDefinition": "ghost"}),
        "ClientException",
    )
    .await;
    api.ok(
        "ListDaemonTaskDefinitions",
        json!({"familyPrefix": "daemon", "maxResults": 1}),
    )
    .await;
    let created = api
        .ok(
            "CreateDaemon",
            json!({"daemonName": "agent", "clusterArn": DAEMON_CLUSTER,
                   "daemonTaskDefinitionArn": first, "capacityProviderArns": [provider],
                   "deploymentConfiguration": {"drainPercent": 50.0, "bakeTimeInMinutes": 0},
                   "propagateTags": "DAEMON", "tags": [{"key": "k", "value": "v"}]}),
        )
        .await;
    let daemon = text(&created, "/daemonArn");
    api.fails(
        "CreateDaemon",
        json!({"daemonName": "fargate", "clusterArn": DAEMON_CLUSTER,
               "daemonTaskDefinitionArn": first, "capacityProviderArns": ["FARGATE"]}),
        "InvalidParameterException",
    )
    .await;
    let mut running = false;
    for _ in 0..200 {
        let described = api.ok("DescribeDaemon", json!({"daemonArn": daemon})).await;
        if described["daemon"]["currentRevisions"][0]["totalRunningCount"] == 1 {
            running = true;
            break;
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    assert!(running, "the daemon never ran a task on its instance");
    api.ok(
        "ListDaemons",
        json!({"clusterArn": DAEMON_CLUSTER, "capacityProviderArns": [provider]}),
    )
    .await;
    let updated = api
        .ok(
            "UpdateDaemon",
            json!({"daemonArn": daemon, "daemonTaskDefinitionArn": second,
                   "capacityProviderArns": [provider], "critical": false}),
        )
        .await;
    let deployment = text(&updated, "/deploymentArn");
    let ghost = format!("{deployment}0");
    let deployments = api
        .ok(
            "DescribeDaemonDeployments",
            json!({"daemonDeploymentArns": [deployment, ghost]}),
        )
        .await;
    let target = text(
        &deployments,
        "/daemonDeployments/0/targetDaemonRevision/arn",
    );
    api.ok(
        "ListDaemonDeployments",
        json!({"daemonArn": daemon, "status": ["PENDING", "IN_PROGRESS", "SUCCESSFUL"]}),
    )
    .await;
    api.ok(
        "DescribeDaemonRevisions",
        json!({"daemonRevisionArns": [target, format!("{target}0")]}),
    )
    .await;
    api.ok("ListTagsForResource", json!({"resourceArn": daemon}))
        .await;
    api.fails(
        "DescribeDaemon",
        json!({"daemonArn": format!("{daemon}-ghost")}),
        "DaemonNotFoundException",
    )
    .await;
    api.ok("DeleteDaemon", json!({"daemonArn": daemon})).await;
    api.ok(
        "DeleteDaemonTaskDefinition",
        json!({"daemonTaskDefinition": first}),
    )
    .await;
    api.ok(
        "ListDaemonTaskDefinitions",
        json!({"status": "ALL", "sort": "DESC", "revision": "LAST_REGISTERED"}),
    )
    .await;
    api.ok(
        "DeregisterContainerInstance",
        json!({"cluster": DAEMON_CLUSTER, "containerInstance": instance, "force": true}),
    )
    .await;
}

/// Protects a task of service `svc` (once it has one) and reads the protection back.
async fn task_protection(api: &mut Api) {
    let mut task = None;
    for _ in 0..200 {
        let listed = api
            .ok(
                "ListTasks",
                json!({"cluster": CLUSTER, "serviceName": "svc"}),
            )
            .await;
        if let Some(arn) = listed["taskArns"][0].as_str() {
            task = Some(arn.to_owned());
            break;
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    let task = task.expect("service svc launches a task");
    api.ok(
        "UpdateTaskProtection",
        json!({"cluster": CLUSTER, "tasks": [task, "0123456789abcdef0123456789abcdef"],
               "protectionEnabled": true, "expiresInMinutes": 10}),
    )
    .await;
    api.ok(
        "GetTaskProtection",
        json!({"cluster": CLUSTER, "tasks": [task]}),
    )
    .await;
    api.ok("GetTaskProtection", json!({"cluster": CLUSTER}))
        .await;
    api.ok(
        "UpdateTaskProtection",
        json!({"cluster": CLUSTER, "tasks": [task], "protectionEnabled": false}),
    )
    .await;
    api.fails(
        "UpdateTaskProtection",
        json!({"cluster": CLUSTER, "tasks": [task], "protectionEnabled": true, "expiresInMinutes": 0}),
        "InvalidParameterException",
    )
    .await;
}

async fn teardown(api: &mut Api, instance_arn: &str, task_arns: &[String]) {
    api.fails(
        "DeleteCluster",
        json!({"cluster": CLUSTER}),
        "ClusterContainsContainerInstancesException",
    )
    .await;
    api.fails(
        "DeregisterContainerInstance",
        json!({"cluster": CLUSTER, "containerInstance": instance_arn}),
        "InvalidParameterException",
    )
    .await;
    api.ok(
        "DeregisterContainerInstance",
        json!({"cluster": CLUSTER, "containerInstance": instance_arn, "force": true}),
    )
    .await;
    api.fails(
        "DeregisterContainerInstance",
        json!({"cluster": CLUSTER, "containerInstance": instance_arn}),
        "InvalidParameterException",
    )
    .await;
    api.fails(
        "DeregisterContainerInstance",
        json!({"cluster": "missing", "containerInstance": instance_arn}),
        "ClusterNotFoundException",
    )
    .await;
    api.wait_for_status(&task_arns[0], "STOPPED").await;

    // Fargate tasks have no instance, so they keep the cluster busy until stopped.
    let listed = api.ok("ListTasks", json!({"cluster": CLUSTER})).await;
    let running: Vec<String> = listed["taskArns"]
        .as_array()
        .expect("taskArns")
        .iter()
        .filter_map(Value::as_str)
        .map(str::to_owned)
        .collect();
    if !running.is_empty() {
        api.fails(
            "DeleteCluster",
            json!({"cluster": CLUSTER}),
            "ClusterContainsTasksException",
        )
        .await;
    }
    for task in &running {
        api.ok("StopTask", json!({"cluster": CLUSTER, "task": task}))
            .await;
    }
    for task in &running {
        api.wait_for_status(task, "STOPPED").await;
    }

    api.ok("DeleteCluster", json!({"cluster": CLUSTER})).await;
    api.ok("DeleteCluster", json!({"cluster": "scratch"})).await;
    api.fails(
        "DeleteCluster",
        json!({"cluster": "missing"}),
        "ClusterNotFoundException",
    )
    .await;
    api.fails("DeleteCluster", json!({}), "InvalidParameterException")
        .await;
    // A deleted cluster is still described, as INACTIVE.
    api.ok("DescribeClusters", json!({"clusters": [CLUSTER]}))
        .await;
}

async fn protocol_errors(api: &mut Api) {
    let list_clusters = format!("{TARGET_PREFIX}ListClusters");
    let post = |target: Option<&str>, content_type: Option<&str>, body: &[u8]| Raw {
        method: Method::POST,
        path: "/",
        target: target.map(str::to_owned),
        content_type: content_type.map(str::to_owned),
        body: Bytes::copy_from_slice(body),
    };
    let cases = [
        (
            post(Some(&list_clusters), Some(JSON_1_1), b"{\"maxResults\":"),
            "SerializationException",
        ),
        (
            post(Some(&list_clusters), Some(JSON_1_1), b"[]"),
            "SerializationException",
        ),
        (
            post(
                Some(&list_clusters),
                Some(JSON_1_1),
                b"{\"maxResults\":\"ten\"}",
            ),
            "SerializationException",
        ),
        (
            post(Some(&list_clusters), Some("text/plain"), b"{}"),
            "SerializationException",
        ),
        (
            post(
                Some(&format!("{TARGET_PREFIX}LaunchRockets")),
                Some(JSON_1_1),
                b"{}",
            ),
            "UnknownOperationException",
        ),
        (
            post(Some("SomeOtherService.ListClusters"), Some(JSON_1_1), b"{}"),
            "UnknownOperationException",
        ),
        (
            post(None, Some(JSON_1_1), b"{}"),
            "UnknownOperationException",
        ),
        (
            Raw {
                method: Method::GET,
                ..post(Some(&list_clusters), None, b"")
            },
            "UnknownOperationException",
        ),
        (
            Raw {
                path: "/clusters",
                ..post(Some(&list_clusters), Some(JSON_1_1), b"{}")
            },
            "UnknownOperationException",
        ),
    ];
    for (request, code) in cases {
        let (_, body) = api.send(request).await;
        assert_eq!(body["__type"], code, "{body}");
    }

    // One byte over the server's 8 MiB limit, padded inside a JSON string.
    let mut oversized = b"{\"nextToken\":\"".to_vec();
    oversized.resize(8 * 1024 * 1024 + 1 - 2, b'a');
    oversized.extend_from_slice(b"\"}");
    let (status, body) = api
        .send(post(Some(&list_clusters), Some(JSON_1_1), &oversized))
        .await;
    assert_eq!(
        (status, body["__type"].as_str()),
        (413, Some("RequestEntityTooLargeException")),
        "{body}"
    );

    // Plain JSON and a missing content type are accepted, as curl sends them.
    for content_type in [Some("application/json"), None] {
        let (status, body) = api
            .send(post(Some(&list_clusters), content_type, b""))
            .await;
        assert_eq!(status, 200, "{body}");
    }
}

// ---------------------------------------------------------------------------------------------
// The client and the checks
// ---------------------------------------------------------------------------------------------

/// One raw HTTP request, for the cases an SDK would never send.
struct Raw {
    method: Method,
    path: &'static str,
    target: Option<String>,
    content_type: Option<String>,
    body: Bytes,
}

/// A request and what the server answered.
struct Exchange {
    target: Option<String>,
    request: String,
    status: u16,
    content_type: Option<String>,
    /// The body as JSON, or as text when it is not JSON.
    body: Result<Value, String>,
}

impl Exchange {
    /// The model operation the request named, if any.
    fn operation(&self) -> Option<&str> {
        self.target
            .as_deref()
            .and_then(|t| t.strip_prefix(TARGET_PREFIX))
            .filter(|op| model().has_operation(op))
    }
}

struct Api {
    addr: SocketAddr,
    exchanges: Vec<Exchange>,
}

impl Api {
    /// Calls `operation` the way an SDK does and records the exchange.
    async fn call(&mut self, operation: &str, input: Value) -> (u16, Value) {
        self.send(Raw {
            method: Method::POST,
            path: "/",
            target: Some(format!("{TARGET_PREFIX}{operation}")),
            content_type: Some(JSON_1_1.to_owned()),
            body: Bytes::from(input.to_string()),
        })
        .await
    }

    /// A call the scenario needs to succeed.
    async fn ok(&mut self, operation: &str, input: Value) -> Value {
        let request = input.to_string();
        let (status, body) = self.call(operation, input).await;
        assert_eq!(status, 200, "{operation} {request} failed: {body}");
        body
    }

    /// A call that must fail with `code`.
    async fn fails(&mut self, operation: &str, input: Value, code: &str) {
        let request = input.to_string();
        let (status, body) = self.call(operation, input).await;
        assert!(
            status != 200 && body["__type"] == code,
            "{operation} {request} should fail with {code}, got {status} {body}"
        );
    }

    /// A call that must fail, with whatever code the server picks: the suite's checks judge it.
    async fn rejects(&mut self, operation: &str, input: Value) {
        let request = input.to_string();
        let (status, body) = self.call(operation, input).await;
        assert!(
            status != 200,
            "{operation} {request} should fail, got {body}"
        );
    }

    /// Polls DescribeTasks until the task reaches `status` (the reconciler runs in the
    /// background, so launches and stops are not immediate).
    async fn wait_for_status(&mut self, task_arn: &str, status: &str) {
        for _ in 0..200 {
            let described = self
                .ok(
                    "DescribeTasks",
                    json!({"cluster": CLUSTER, "tasks": [task_arn]}),
                )
                .await;
            if described["tasks"][0]["lastStatus"] == status {
                return;
            }
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
        panic!("{task_arn} never reached {status}");
    }

    /// Sends one request on a fresh connection, so that an error that closes a connection
    /// cannot disturb the next request, and records the exchange.
    async fn send(&mut self, raw: Raw) -> (u16, Value) {
        let stream = TcpStream::connect(self.addr)
            .await
            .expect("connect to the emulator");
        let (mut sender, connection) = hyper::client::conn::http1::handshake(TokioIo::new(stream))
            .await
            .expect("HTTP/1.1 handshake");
        tokio::spawn(async move {
            let _ = connection.await;
        });
        let mut request = Request::builder()
            .method(raw.method.clone())
            .uri(raw.path)
            .header(HOST, "localhost");
        if let Some(target) = &raw.target {
            request = request.header("x-amz-target", target);
        }
        if let Some(content_type) = &raw.content_type {
            request = request.header(CONTENT_TYPE, content_type);
        }
        let request = request
            .body(Full::new(raw.body.clone()))
            .expect("a valid request");
        let response = sender.send_request(request).await.expect("a response");
        let status = response.status().as_u16();
        let content_type = response
            .headers()
            .get(CONTENT_TYPE)
            .and_then(|v| v.to_str().ok())
            .map(str::to_owned);
        let bytes = response
            .into_body()
            .collect()
            .await
            .expect("the response body")
            .to_bytes();
        let body = serde_json::from_slice::<Value>(&bytes)
            .map_err(|_| String::from_utf8_lossy(&bytes).into_owned());
        let answer = body.clone().unwrap_or(Value::Null);
        self.exchanges.push(Exchange {
            target: raw.target,
            request: describe_request(&raw.method, raw.path, &raw.body),
            status,
            content_type,
            body,
        });
        (status, answer)
    }
}

fn describe_request(method: &Method, path: &str, body: &[u8]) -> String {
    const SHOWN: usize = 400;
    let text = String::from_utf8_lossy(&body[..body.len().min(SHOWN)]);
    if body.len() > SHOWN {
        format!("{method} {path} {text}... ({} bytes)", body.len())
    } else {
        format!("{method} {path} {text}")
    }
}

/// What is wrong with one exchange, by the model and the AWS JSON 1.1 protocol.
fn findings(exchange: &Exchange) -> Vec<String> {
    let model = model();
    let mut found = Vec::new();
    if exchange.content_type.as_deref() != Some(JSON_1_1) {
        found.push(format!(
            "content type {:?}, expected {JSON_1_1}",
            exchange.content_type
        ));
    }
    let body = match &exchange.body {
        Ok(body) => body,
        Err(text) => {
            found.push(format!("the body is not JSON: {text:?}"));
            return found;
        }
    };
    if exchange.status == 200 {
        match exchange.operation() {
            Some(operation) => found.extend(
                model
                    .validate_output(operation, body)
                    .iter()
                    .map(|v| format!("output breaks {operation}'s output shape at {v}")),
            ),
            None => found.push("200 for a request that names no operation".to_owned()),
        }
        return found;
    }
    found.extend(
        model
            .validate_error(body)
            .iter()
            .map(|v| format!("error body breaks its shape at {v}")),
    );
    let Some(code) = body["__type"].as_str().map(error_code) else {
        return found;
    };
    if !model.error_status_allowed(code, exchange.status) {
        found.push(format!("{code} answered with HTTP {}", exchange.status));
    }
    match exchange.operation() {
        Some(operation) if !model.error_allowed(operation, code) => found.push(format!(
            "{code} is not an error of {operation} in the model (allowed: {}, or a protocol \
             error)",
            model.errors_of(operation).join(", ")
        )),
        None if !ecsemu_conformance::PROTOCOL_ERRORS.contains(&code) => found.push(format!(
            "{code} answered a request that names no operation, where only protocol errors fit"
        )),
        _ => {}
    }
    found
}

/// Checks every exchange and fails on any response that breaks the model.
fn report(exchanges: &[Exchange]) {
    let mut unexpected = String::new();
    let mut validated: BTreeSet<&str> = BTreeSet::new();
    for exchange in exchanges {
        let problems = findings(exchange);
        if problems.is_empty() && exchange.status == 200 {
            validated.extend(exchange.operation());
        }
        for problem in problems {
            let operation = exchange.operation().unwrap_or("(no operation)");
            let _ = writeln!(
                unexpected,
                "{operation}: {problem}\n  request:  {} [X-Amz-Target: {}]\n  response: {} {}\n",
                exchange.request,
                exchange.target.as_deref().unwrap_or("none"),
                exchange.status,
                match &exchange.body {
                    Ok(body) => body.to_string(),
                    Err(text) => text.clone(),
                },
            );
        }
    }
    println!(
        "conformance: checked {} responses against the model",
        exchanges.len()
    );

    let unexercised: Vec<&str> = implemented_names()
        .into_iter()
        .filter(|op| !validated.contains(op))
        .collect();
    assert!(
        unexpected.is_empty(),
        "responses that break the model:\n{unexpected}"
    );
    assert!(
        unexercised.is_empty(),
        "implemented operations without a conforming 200 in the scenario: {unexercised:?}. \
         Add a successful call of each to the scenario in conformance/tests/conformance.rs."
    );
}

/// The string at a JSON pointer of a response the scenario depends on.
fn text(value: &Value, pointer: &str) -> String {
    value
        .pointer(pointer)
        .and_then(Value::as_str)
        .unwrap_or_else(|| panic!("no string at {pointer} in {value}"))
        .to_owned()
}
