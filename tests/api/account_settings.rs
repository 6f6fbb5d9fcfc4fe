use aws_sdk_ecs::types::{SettingName, SettingType};

use aws_sdk_ecs::operation::put_account_setting_default::builders::PutAccountSettingDefaultFluentBuilder;

use crate::harness::{code, message, start, Emulator};

const ROOT: &str = "arn:aws:iam::000000000000:root";
const USER: &str = "arn:aws:iam::000000000000:user/dev";

#[tokio::test]
async fn effective_settings_cover_every_setting() {
    let em = start().await;
    let pages: Vec<_> = em
        .client
        .list_account_settings()
        .effective_settings(true)
        .into_paginator()
        .items()
        .send()
        .collect::<Result<Vec<_>, _>>()
        .await
        .unwrap();
    let names: Vec<&str> = pages
        .iter()
        .filter_map(|s| s.name())
        .map(SettingName::as_str)
        .collect();
    // ECS also has dualStackIPv6, which the SDK's model may not list yet.
    for name in SettingName::values().iter().chain(&["dualStackIPv6"]) {
        assert!(names.contains(name), "{name} missing from {names:?}");
    }
    let value = |name: &str| {
        pages
            .iter()
            .find(|s| s.name().map(aws_sdk_ecs::types::SettingName::as_str) == Some(name))
            .and_then(|s| s.value().map(str::to_owned))
    };
    assert_eq!(value("taskLongArnFormat").as_deref(), Some("enabled"));
    assert_eq!(value("containerInsights").as_deref(), Some("disabled"));
    assert_eq!(value("dualStackIPv6").as_deref(), Some("disabled"));
    let guard_duty = pages
        .iter()
        .find(|s| s.name() == Some(&SettingName::GuardDutyActivate))
        .unwrap();
    assert_eq!(guard_duty.r#type(), Some(&SettingType::AwsManaged));
    let first_page = em
        .client
        .list_account_settings()
        .effective_settings(true)
        .send()
        .await
        .unwrap();
    assert_eq!(first_page.settings().len(), 10);
    assert!(first_page.next_token().is_some());
}

#[tokio::test]
async fn principal_settings_override_the_account_default() {
    let em = start().await;
    let default = em
        .client
        .put_account_setting_default()
        .name(SettingName::ContainerInsights)
        .value("enabled")
        .send()
        .await
        .unwrap()
        .setting
        .unwrap();
    assert_eq!(default.principal_arn(), Some(ROOT));
    let user = em
        .client
        .put_account_setting()
        .name(SettingName::ContainerInsights)
        .value("enhanced")
        .principal_arn(USER)
        .send()
        .await
        .unwrap()
        .setting
        .unwrap();
    assert_eq!(user.r#type(), Some(&SettingType::User));
    let effective = |principal: &'static str| {
        em.client
            .list_account_settings()
            .effective_settings(true)
            .name(SettingName::ContainerInsights)
            .principal_arn(principal)
            .send()
    };
    let for_user = effective(USER).await.unwrap();
    assert_eq!(for_user.settings()[0].value(), Some("enhanced"));
    let for_root = effective(ROOT).await.unwrap();
    assert_eq!(for_root.settings()[0].value(), Some("enabled"));
    let explicit = em
        .client
        .list_account_settings()
        .principal_arn(USER)
        .send()
        .await
        .unwrap();
    assert_eq!(explicit.settings().len(), 1);
    let filtered = em
        .client
        .list_account_settings()
        .value("enabled")
        .send()
        .await
        .unwrap();
    assert_eq!(
        filtered.settings().len(),
        1,
        "root's explicit settings with value enabled"
    );

    let deleted = em
        .client
        .delete_account_setting()
        .name(SettingName::ContainerInsights)
        .principal_arn(USER)
        .send()
        .await
        .unwrap();
    assert_eq!(deleted.setting.unwrap().value(), Some("enhanced"));
    assert_eq!(
        effective(USER).await.unwrap().settings()[0].value(),
        Some("enabled")
    );
    let again = em
        .client
        .delete_account_setting()
        .name(SettingName::ContainerInsights)
        .principal_arn(USER)
        .send()
        .await;
    assert_eq!(code(again), "InvalidParameterException");

    // New clusters take containerInsights from the account setting.
    em.cluster("web").await;
    let cluster = em
        .client
        .describe_clusters()
        .clusters("web")
        .include(aws_sdk_ecs::types::ClusterField::Settings)
        .send()
        .await
        .unwrap();
    assert_eq!(cluster.clusters()[0].settings()[0].value(), Some("enabled"));
}

#[tokio::test]
async fn invalid_settings_are_rejected() {
    let em = start().await;
    let bad_value = em
        .client
        .put_account_setting()
        .name(SettingName::TaskLongArnFormat)
        .value("maybe")
        .send()
        .await;
    assert_eq!(code(bad_value), "InvalidParameterException");
    let managed = em
        .client
        .put_account_setting()
        .name(SettingName::GuardDutyActivate)
        .value("on")
        .send()
        .await;
    assert_eq!(code(managed), "InvalidParameterException");
    let bad_principal = em
        .client
        .put_account_setting()
        .name(SettingName::ContainerInsights)
        .value("enabled")
        .principal_arn("arn:aws:iam::999999999999:user/elsewhere")
        .send()
        .await;
    assert_eq!(code(bad_principal), "InvalidParameterException");
    let explicit = em.client.list_account_settings().send().await.unwrap();
    assert!(explicit.settings().is_empty());
}

fn put_default(
    em: &Emulator,
    name: SettingName,
    value: &str,
) -> PutAccountSettingDefaultFluentBuilder {
    em.client
        .put_account_setting_default()
        .name(name)
        .value(value)
}

#[tokio::test]
async fn long_arn_settings_cannot_be_disabled() {
    let em = start().await;
    for name in [
        SettingName::ServiceLongArnFormat,
        SettingName::TaskLongArnFormat,
        SettingName::ContainerInstanceLongArnFormat,
    ] {
        let default = put_default(&em, name.clone(), "disabled").send().await;
        assert_eq!(
            message(default),
            "You can no longer disable Long Arn settings"
        );
        let own = em
            .client
            .put_account_setting()
            .name(name.clone())
            .value("disabled")
            .send()
            .await;
        assert_eq!(code(own), "InvalidParameterException");
        put_default(&em, name, "enabled").send().await.unwrap();
    }
    let explicit = em.client.list_account_settings().send().await.unwrap();
    assert!(explicit
        .settings()
        .iter()
        .all(|s| s.value() == Some("enabled")));
}

#[tokio::test]
async fn dual_stack_ipv6_is_a_setting_though_the_model_lacks_it() {
    let em = start().await;
    let name = SettingName::from("dualStackIPv6");
    let set = put_default(&em, name.clone(), "enabled")
        .send()
        .await
        .unwrap()
        .setting
        .unwrap();
    assert_eq!(set.name().map(SettingName::as_str), Some("dualStackIPv6"));
    assert_eq!(set.value(), Some("enabled"));
    let bad = em
        .client
        .put_account_setting()
        .name(name.clone())
        .value("on")
        .send()
        .await;
    assert_eq!(code(bad), "InvalidParameterException");
    let listed = em
        .client
        .list_account_settings()
        .name(name)
        .effective_settings(true)
        .send()
        .await
        .unwrap();
    assert_eq!(listed.settings()[0].value(), Some("enabled"));
}
