//! Task scale-in protection: a protected service task outlives scale-in until its protection
//! ends, on a paused clock.

use std::time::Duration;

use aws_sdk_ecs::types::TaskStopCode;

use crate::harness::code;
use crate::services::{create, live_tasks, start, update, wait_stable, wait_until, CLUSTER};

#[tokio::test(start_paused = true)]
async fn a_protected_task_outlives_scale_in_until_its_protection_expires() {
    let em = start().await;
    em.register_fargate("api", &["sleep", "1000"]).await;
    create(&em, "api", "api", 2, None).await;
    wait_stable(&em, "api").await;
    let tasks = live_tasks(&em, "api").await;
    let kept = tasks[0].task_arn().unwrap().to_owned();
    let other = tasks[1].task_arn().unwrap().to_owned();
    let protected = em
        .client
        .update_task_protection()
        .cluster(CLUSTER)
        .tasks(&kept)
        .tasks("0123456789abcdef0123456789abcdef")
        .protection_enabled(true)
        .expires_in_minutes(5)
        .send()
        .await
        .unwrap();
    let entry = &protected.protected_tasks()[0];
    assert!(entry.protection_enabled());
    assert_eq!(entry.task_arn(), Some(kept.as_str()));
    let entry_expiry = entry.expiration_date().copied();
    let expires = entry.expiration_date().unwrap().as_secs_f64();
    assert_eq!(protected.failures()[0].reason(), Some("MISSING"));

    update(&em, "api").desired_count(0).send().await.unwrap();
    let service = wait_until(&em, "api", |s| s.running_count() == 1).await;
    assert_eq!(service.desired_count(), 0);
    let stopped = em.wait_for_status(CLUSTER, &other, "STOPPED").await;
    assert_eq!(
        stopped.stop_code(),
        Some(&TaskStopCode::ServiceSchedulerInitiated)
    );
    tokio::time::sleep(Duration::from_secs(60)).await;
    assert_eq!(
        em.describe(CLUSTER, &kept).await.desired_status(),
        Some("RUNNING")
    );
    let got = em
        .client
        .get_task_protection()
        .cluster(CLUSTER)
        .tasks(&kept)
        .send()
        .await
        .unwrap();
    let shown = &got.protected_tasks()[0];
    assert!(shown.protection_enabled());
    assert_eq!(shown.expiration_date(), entry_expiry.as_ref());

    let stopped = wait_until(&em, "api", |s| s.running_count() == 0).await;
    assert_eq!(stopped.pending_count(), 0);
    let task = em.describe(CLUSTER, &kept).await;
    assert_eq!(task.desired_status(), Some("STOPPED"));
    let stopped_at = task.stopping_at().unwrap().as_secs_f64();
    assert!(
        stopped_at >= expires,
        "stopped at {stopped_at}, before the protection ended at {expires}"
    );
}

#[tokio::test(start_paused = true)]
async fn lifting_protection_lets_a_waiting_scale_in_go_on() {
    let em = start().await;
    em.register_fargate("api", &["sleep", "1000"]).await;
    create(&em, "api", "api", 1, None).await;
    wait_stable(&em, "api").await;
    let task = live_tasks(&em, "api").await[0]
        .task_arn()
        .unwrap()
        .to_owned();
    let protect = |enabled: bool| {
        em.client
            .update_task_protection()
            .cluster(CLUSTER)
            .tasks(&task)
            .protection_enabled(enabled)
            .send()
    };
    let defaulted = protect(true).await.unwrap();
    let entry = &defaulted.protected_tasks()[0];
    let created = em.describe(CLUSTER, &task).await;
    let now = created.started_at().unwrap().as_secs_f64();
    let minutes = (entry.expiration_date().unwrap().as_secs_f64() - now) / 60.0;
    assert!(
        (119.0..=121.0).contains(&minutes),
        "ECS's default is 2 hours: {minutes}"
    );
    update(&em, "api").desired_count(0).send().await.unwrap();
    tokio::time::sleep(Duration::from_secs(30)).await;
    assert_eq!(
        em.describe(CLUSTER, &task).await.desired_status(),
        Some("RUNNING")
    );
    let lifted = protect(false).await.unwrap();
    assert!(!lifted.protected_tasks()[0].protection_enabled());
    assert!(lifted.protected_tasks()[0].expiration_date().is_none());
    wait_until(&em, "api", |s| s.running_count() == 0).await;
}

#[tokio::test(start_paused = true)]
async fn protection_requests_are_checked() {
    let em = start().await;
    let too_long = em
        .client
        .update_task_protection()
        .cluster(CLUSTER)
        .tasks("0123456789abcdef0123456789abcdef")
        .protection_enabled(true)
        .expires_in_minutes(2881)
        .send()
        .await;
    assert_eq!(code(too_long), "InvalidParameterException");
    let none = em
        .client
        .update_task_protection()
        .cluster(CLUSTER)
        .protection_enabled(true)
        .send()
        .await;
    assert_eq!(code(none), "InvalidParameterException");
    let unknown_cluster = em.client.get_task_protection().cluster("nope").send().await;
    assert_eq!(code(unknown_cluster), "ClusterNotFoundException");
}
