//! The AWS JSON 1.1 protocol edges, with hand-made HTTP requests where the SDK cannot go.

use crate::harness::{client, code, raw, start, Reply};

/// Calls an operation with a hand-written JSON body.
pub(crate) async fn call(endpoint: &str, target: &str, body: &str) -> Reply {
    raw(
        endpoint,
        "POST",
        "/",
        &[
            (
                "X-Amz-Target",
                &format!("AmazonEC2ContainerServiceV20141113.{target}"),
            ),
            ("Content-Type", "application/x-amz-json-1.1"),
        ],
        body,
    )
    .await
}

#[tokio::test]
async fn unknown_operations_and_missing_targets() {
    let em = start().await;
    let reply = call(&em.endpoint, "LaunchRockets", "{}").await;
    assert_eq!(reply.status, 400);
    assert_eq!(reply.body["__type"], "UnknownOperationException");
    let reply = raw(
        &em.endpoint,
        "POST",
        "/",
        &[("Content-Type", "application/x-amz-json-1.1")],
        "{}",
    )
    .await;
    assert_eq!(reply.body["__type"], "UnknownOperationException");
}

#[tokio::test]
async fn bad_bodies_are_serialization_errors_that_change_nothing() {
    let em = start().await;
    for body in [
        "{\"clusterName\":",
        "[]",
        "{\"clusterName\": 5}",
        "{\"tags\": {\"a\": 1}}",
    ] {
        let reply = call(&em.endpoint, "CreateCluster", body).await;
        assert_eq!(reply.status, 400, "{body}");
        assert_eq!(reply.body["__type"], "SerializationException", "{body}");
        assert!(reply.body["message"].is_string());
    }
    let clusters = em.client.list_clusters().send().await.unwrap();
    assert!(clusters.cluster_arns().is_empty());
}

#[tokio::test]
async fn a_second_json_document_is_a_serialization_error_that_creates_nothing() {
    let em = start().await;
    let reply = call(
        &em.endpoint,
        "CreateCluster",
        r#"{"clusterName":"a"} {"clusterName":"b"}"#,
    )
    .await;
    assert_eq!(reply.status, 400);
    assert_eq!(reply.body["__type"], "SerializationException");
    let clusters = em.client.list_clusters().send().await.unwrap();
    assert!(clusters.cluster_arns().is_empty(), "{clusters:?}");
    let reply = call(&em.endpoint, "CreateCluster", "{\"clusterName\":\"a\"}\n  ").await;
    assert_eq!(reply.status, 200, "{:?}", reply.body);
}

#[tokio::test]
async fn missing_members_and_bad_enums_are_invalid_parameters() {
    let em = start().await;
    let reply = call(&em.endpoint, "DescribeTasks", "{\"cluster\":\"x\"}").await;
    assert_eq!(reply.body["__type"], "InvalidParameterException");
    assert!(reply.body["message"].as_str().unwrap().contains("tasks"));
    let reply = call(&em.endpoint, "ListTasks", "{\"desiredStatus\":\"WALKING\"}").await;
    assert_eq!(reply.body["__type"], "InvalidParameterException");
}

#[tokio::test]
async fn wrong_method_path_or_content_type() {
    let em = start().await;
    let reply = raw(&em.endpoint, "GET", "/", &[], "").await;
    assert_eq!(reply.status, 404);
    assert_eq!(reply.body["__type"], "UnknownOperationException");
    let reply = raw(&em.endpoint, "POST", "/v1/clusters", &[], "{}").await;
    assert_eq!(reply.status, 404);
    let reply = raw(
        &em.endpoint,
        "POST",
        "/",
        &[
            (
                "X-Amz-Target",
                "AmazonEC2ContainerServiceV20141113.ListClusters",
            ),
            ("Content-Type", "application/x-www-form-urlencoded"),
        ],
        "Action=ListClusters",
    )
    .await;
    assert_eq!(reply.status, 415);
    assert_eq!(reply.body["__type"], "SerializationException");
}

#[tokio::test]
async fn every_response_carries_a_request_id() {
    let em = start().await;
    let ok = call(&em.endpoint, "ListClusters", "{}").await;
    assert_eq!(ok.status, 200);
    assert!(ok.headers.contains("x-amzn-requestid: "));
    assert!(ok
        .headers
        .contains("content-type: application/x-amz-json-1.1"));
    let failed = call(&em.endpoint, "DeleteCluster", "{\"cluster\":\"ghost\"}").await;
    assert_eq!(
        failed.body,
        serde_json::json!({"__type": "ClusterNotFoundException", "message": "Cluster not found."})
    );
    assert!(failed.headers.contains("x-amzn-requestid: "));
}

#[tokio::test]
async fn unsigned_requests_and_empty_bodies_work() {
    let em = start().await;
    let reply = call(&em.endpoint, "ListClusters", "").await;
    assert_eq!(reply.status, 200);
    assert_eq!(reply.body["clusterArns"], serde_json::json!([]));
}

#[tokio::test]
async fn the_access_key_selects_the_account_and_the_signature_the_region() {
    let em = start().await;
    let alice = client(&em.endpoint, "111111111111", "us-east-1");
    let bob = client(&em.endpoint, "222222222222", "us-east-1");
    let alice_west = client(&em.endpoint, "111111111111", "eu-west-1");
    let created = alice
        .create_cluster()
        .cluster_name("shared-name")
        .send()
        .await
        .unwrap();
    assert_eq!(
        created.cluster.unwrap().cluster_arn(),
        Some("arn:aws:ecs:us-east-1:111111111111:cluster/shared-name")
    );
    assert_eq!(
        code(bob.delete_cluster().cluster("shared-name").send().await),
        "ClusterNotFoundException"
    );
    assert!(alice_west
        .list_clusters()
        .send()
        .await
        .unwrap()
        .cluster_arns()
        .is_empty());
    let default_account = em.client.list_clusters().send().await.unwrap();
    assert!(
        default_account.cluster_arns().is_empty(),
        "AKIDTEST is the default account"
    );
    let bob_tagging_alice = bob
        .tag_resource()
        .resource_arn("arn:aws:ecs:us-east-1:111111111111:cluster/shared-name")
        .tags(
            aws_sdk_ecs::types::Tag::builder()
                .key("k")
                .value("v")
                .build(),
        )
        .send()
        .await;
    assert_eq!(code(bob_tagging_alice), "ResourceNotFoundException");
}

#[tokio::test]
async fn the_health_endpoint_names_the_runtime() {
    let em = start().await;
    let reply = raw(&em.endpoint, "GET", "/_ecsemu/health", &[], "").await;
    assert_eq!(reply.status, 200);
    assert_eq!(reply.body["status"], "ok");
}
