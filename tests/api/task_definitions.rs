use aws_sdk_ecs::types::{
    Compatibility, ContainerDefinition, EfsVolumeConfiguration, IpcMode, MountPoint, NetworkMode,
    PidMode, SortOrder, Tag, TaskDefinitionFamilyStatus, TaskDefinitionField, TaskDefinitionStatus,
    Volume,
};

use crate::harness::{code, container, message, start, Emulator, BUSYBOX};

/// The ARNs of the ACTIVE task definitions.
async fn registered(em: &Emulator) -> Vec<String> {
    em.client
        .list_task_definitions()
        .send()
        .await
        .unwrap()
        .task_definition_arns()
        .to_vec()
}

#[tokio::test]
async fn register_echoes_ecs_defaults_and_counts_revisions() {
    let em = start().await;
    let out = em
        .client
        .register_task_definition()
        .family("sleep360")
        .container_definitions(
            ContainerDefinition::builder()
                .name("sleep")
                .image("busybox")
                .cpu(10)
                .memory(10)
                .command("sleep")
                .command("360")
                .build(),
        )
        .tags(Tag::builder().key("k").value("v").build())
        .send()
        .await
        .unwrap();
    let def = out.task_definition().unwrap();
    assert_eq!(
        def.task_definition_arn(),
        Some("arn:aws:ecs:us-east-1:000000000000:task-definition/sleep360:1")
    );
    assert_eq!(def.revision(), 1);
    assert_eq!(def.status(), Some(&TaskDefinitionStatus::Active));
    assert_eq!(
        def.compatibilities(),
        [Compatibility::External, Compatibility::Ec2]
    );
    let c = &def.container_definitions()[0];
    assert_eq!(c.essential(), Some(true));
    assert!(c.port_mappings().is_empty() && c.environment().is_empty());
    assert!(def.registered_at().is_some());
    assert_eq!(def.registered_by(), Some("arn:aws:iam::000000000000:root"));
    assert_eq!(out.tags().len(), 1);
    let second = em.register("sleep360", &[]).await;
    assert!(second.ends_with("sleep360:2"));
}

#[tokio::test]
async fn fargate_definitions_are_checked() {
    let em = start().await;
    let ok = em
        .client
        .register_task_definition()
        .family("web")
        .network_mode(NetworkMode::Awsvpc)
        .requires_compatibilities(Compatibility::Fargate)
        .cpu("0.5 vCPU")
        .memory("1GB")
        .container_definitions(container("app", &[]))
        .send()
        .await
        .unwrap();
    let def = ok.task_definition().unwrap();
    assert_eq!((def.cpu(), def.memory()), (Some("512"), Some("1024")));
    assert_eq!(
        def.compatibilities(),
        [Compatibility::Ec2, Compatibility::Fargate]
    );

    let bridge = em
        .client
        .register_task_definition()
        .family("web")
        .network_mode(NetworkMode::Bridge)
        .requires_compatibilities(Compatibility::Fargate)
        .cpu("256")
        .memory("512")
        .container_definitions(container("app", &[]))
        .send()
        .await;
    assert!(message(bridge).contains("awsvpc"));
    let no_cpu = em
        .client
        .register_task_definition()
        .family("web")
        .network_mode(NetworkMode::Awsvpc)
        .requires_compatibilities(Compatibility::Fargate)
        .memory("512")
        .container_definitions(container("app", &[]))
        .send()
        .await;
    assert_eq!(code(no_cpu), "ClientException");
    let bad_size = em
        .client
        .register_task_definition()
        .family("web")
        .network_mode(NetworkMode::Awsvpc)
        .requires_compatibilities(Compatibility::Fargate)
        .cpu("256")
        .memory("8192")
        .container_definitions(container("app", &[]))
        .send()
        .await;
    assert_eq!(code(bad_size), "ClientException");
    let families = em.client.list_task_definitions().send().await.unwrap();
    assert_eq!(
        families.task_definition_arns().len(),
        1,
        "failed registrations change nothing"
    );
}

#[tokio::test]
async fn registration_rules() {
    let em = start().await;
    let no_memory = em
        .client
        .register_task_definition()
        .family("web")
        .container_definitions(
            ContainerDefinition::builder()
                .name("app")
                .image(BUSYBOX)
                .build(),
        )
        .send()
        .await;
    assert!(message(no_memory).contains("'memory' or 'memoryReservation'"));
    let bad_family = em
        .client
        .register_task_definition()
        .family("web:1")
        .container_definitions(container("app", &[]))
        .send()
        .await;
    assert_eq!(code(bad_family), "ClientException");
    let duplicate = em
        .client
        .register_task_definition()
        .family("web")
        .container_definitions(container("app", &[]))
        .container_definitions(container("app", &[]))
        .send()
        .await;
    assert_eq!(code(duplicate), "ClientException");
    let no_image = em
        .client
        .register_task_definition()
        .family("web")
        .container_definitions(
            ContainerDefinition::builder()
                .name("app")
                .memory(64)
                .build(),
        )
        .send()
        .await;
    assert_eq!(code(no_image), "ClientException");
}

#[tokio::test]
async fn missing_names_and_images_use_ecs_messages() {
    let em = start().await;
    let register = |c: ContainerDefinition| {
        em.client
            .register_task_definition()
            .family("web")
            .container_definitions(c)
            .send()
    };
    let no_image = register(
        ContainerDefinition::builder()
            .name("app")
            .memory(64)
            .build(),
    )
    .await;
    assert_eq!(
        message(no_image),
        "Container.image should not be null or empty."
    );
    let no_name = register(
        ContainerDefinition::builder()
            .image(BUSYBOX)
            .memory(64)
            .build(),
    )
    .await;
    assert_eq!(
        message(no_name),
        "Container.name should not be null or empty."
    );
    let empty_name = register(
        ContainerDefinition::builder()
            .name("")
            .image(BUSYBOX)
            .memory(64)
            .build(),
    )
    .await;
    assert_eq!(
        message(empty_name),
        "Container.name should not be null or empty."
    );
}

#[tokio::test]
async fn fargate_refuses_the_host_pid_namespace_and_any_ipc_mode() {
    let em = start().await;
    let fargate = || {
        em.client
            .register_task_definition()
            .family("web")
            .network_mode(NetworkMode::Awsvpc)
            .requires_compatibilities(Compatibility::Fargate)
            .cpu("256")
            .memory("512")
            .container_definitions(container("app", &[]))
    };
    let host_pid = fargate().pid_mode(PidMode::Host).send().await;
    assert_eq!(
        message(host_pid),
        "Tasks using the Fargate launch type do not support pidMode 'host'. The supported \
         value for pidMode is 'task'."
    );
    for ipc in [IpcMode::Task, IpcMode::Host, IpcMode::None] {
        let refused = fargate().ipc_mode(ipc).send().await;
        assert_eq!(
            message(refused),
            "Tasks using the Fargate launch type do not support ipcMode."
        );
    }
    assert!(registered(&em).await.is_empty());
    fargate().pid_mode(PidMode::Task).send().await.unwrap();
    // Without FARGATE required, such a definition registers for EC2 only.
    let ec2 = em
        .client
        .register_task_definition()
        .family("host")
        .network_mode(NetworkMode::Awsvpc)
        .cpu("256")
        .memory("512")
        .pid_mode(PidMode::Host)
        .container_definitions(container("app", &[]))
        .send()
        .await
        .unwrap();
    assert_eq!(
        ec2.task_definition().unwrap().compatibilities(),
        [Compatibility::Ec2]
    );
}

#[tokio::test]
async fn volume_names_and_mount_points_are_checked() {
    let em = start().await;
    let register = |volume: &str, source: &str, path: &str| {
        em.client
            .register_task_definition()
            .family("web")
            .volumes(Volume::builder().name(volume).build())
            .container_definitions(
                crate::harness::container_with("app", &[])
                    .mount_points(
                        MountPoint::builder()
                            .source_volume(source)
                            .container_path(path)
                            .build(),
                    )
                    .build(),
            )
            .send()
    };
    for name in ["v,type=bind,src=/etc", "../../etc", "", &"v".repeat(256)] {
        let refused = register(name, name, "/data").await;
        assert_eq!(
            message(refused),
            "volume.name contains invalid characters.",
            "{name:?}"
        );
    }
    let unknown = register("data", "other", "/data").await;
    assert_eq!(message(unknown), "Unknown volume 'other'.");
    for path in ["../../etc", "data", "/data/../../etc"] {
        let refused = register("data", "data", path).await;
        assert_eq!(code(refused), "ClientException", "{path}");
    }
    assert!(registered(&em).await.is_empty());
    register(&"v".repeat(255), &"v".repeat(255), "/data")
        .await
        .unwrap();
}

#[tokio::test]
async fn efs_volumes_echo_the_default_root_directory() {
    let em = start().await;
    let efs = |root: Option<&str>| {
        EfsVolumeConfiguration::builder()
            .file_system_id("fs-1234")
            .set_root_directory(root.map(str::to_owned))
            .build()
            .unwrap()
    };
    let out = em
        .client
        .register_task_definition()
        .family("web")
        .volumes(
            Volume::builder()
                .name("plain")
                .efs_volume_configuration(efs(None))
                .build(),
        )
        .volumes(
            Volume::builder()
                .name("sub")
                .efs_volume_configuration(efs(Some("/sub")))
                .build(),
        )
        .container_definitions(container("app", &[]))
        .send()
        .await
        .unwrap();
    let roots: Vec<_> = out
        .task_definition()
        .unwrap()
        .volumes()
        .iter()
        .map(|v| {
            v.efs_volume_configuration()
                .unwrap()
                .root_directory()
                .unwrap()
        })
        .collect();
    assert_eq!(roots, ["/", "/sub"]);
}

#[tokio::test]
async fn definitions_over_64_kib_are_refused_and_not_kept() {
    let em = start().await;
    let with_command = |bytes: usize| {
        em.client
            .register_task_definition()
            .family("big")
            .container_definitions(container("app", &["echo", &"x".repeat(bytes)]))
            .send()
    };
    with_command(60_000).await.unwrap();
    for bytes in [70_000, 5_000_000] {
        let refused = with_command(bytes).await;
        let text = message(refused);
        assert!(
            text.starts_with("Actual length: '")
                && text.ends_with("'. Max allowed length is '65536' bytes."),
            "{text}"
        );
    }
    assert_eq!(registered(&em).await.len(), 1);
}

#[tokio::test]
async fn describe_by_family_revision_and_arn() {
    let em = start().await;
    let first = em.register("web", &[]).await;
    let second = em.register("web", &[]).await;
    for (reference, expected) in [
        ("web", &second),
        ("web:1", &first),
        (first.as_str(), &first),
    ] {
        let out = em
            .client
            .describe_task_definition()
            .task_definition(reference)
            .send()
            .await
            .unwrap();
        assert_eq!(
            out.task_definition().unwrap().task_definition_arn(),
            Some(expected.as_str())
        );
    }
    let missing = em
        .client
        .describe_task_definition()
        .task_definition("ghost")
        .send()
        .await;
    assert_eq!(code(missing), "ClientException");
    let missing = em
        .client
        .describe_task_definition()
        .task_definition("web:9")
        .send()
        .await;
    assert_eq!(message(missing), "Unable to describe task definition.");
}

#[tokio::test]
async fn describe_includes_tags_only_when_asked() {
    let em = start().await;
    em.client
        .register_task_definition()
        .family("web")
        .container_definitions(container("app", &[]))
        .tags(Tag::builder().key("team").value("a").build())
        .send()
        .await
        .unwrap();
    let plain = em
        .client
        .describe_task_definition()
        .task_definition("web")
        .send()
        .await
        .unwrap();
    assert!(plain.tags().is_empty());
    let tagged = em
        .client
        .describe_task_definition()
        .task_definition("web")
        .include(TaskDefinitionField::Tags)
        .send()
        .await
        .unwrap();
    assert_eq!(tagged.tags()[0].value(), Some("a"));
}

#[tokio::test]
async fn deregister_then_delete() {
    let em = start().await;
    let first = em.register("web", &[]).await;
    let second = em.register("web", &[]).await;
    let out = em
        .client
        .deregister_task_definition()
        .task_definition("web:2")
        .send()
        .await
        .unwrap();
    let def = out.task_definition().unwrap();
    assert_eq!(def.status(), Some(&TaskDefinitionStatus::Inactive));
    assert!(def.deregistered_at().is_some());
    // The family now resolves to the newest ACTIVE revision; the INACTIVE one stays describable.
    let latest = em
        .client
        .describe_task_definition()
        .task_definition("web")
        .send()
        .await
        .unwrap();
    assert_eq!(
        latest.task_definition().unwrap().task_definition_arn(),
        Some(first.as_str())
    );
    let inactive = em
        .client
        .describe_task_definition()
        .task_definition(&second)
        .send()
        .await
        .unwrap();
    assert_eq!(
        inactive.task_definition().unwrap().status(),
        Some(&TaskDefinitionStatus::Inactive)
    );
    let need_revision = em
        .client
        .deregister_task_definition()
        .task_definition("web")
        .send()
        .await;
    assert_eq!(code(need_revision), "ClientException");

    let deleted = em
        .client
        .delete_task_definitions()
        .task_definitions("web:1")
        .task_definitions("web:2")
        .task_definitions("ghost:1")
        .send()
        .await
        .unwrap();
    assert_eq!(deleted.task_definitions().len(), 1);
    assert_eq!(
        deleted.task_definitions()[0].status(),
        Some(&TaskDefinitionStatus::DeleteInProgress)
    );
    assert_eq!(deleted.failures().len(), 2, "{:?}", deleted.failures());
    let listed = em
        .client
        .list_task_definitions()
        .status(TaskDefinitionStatus::DeleteInProgress)
        .send()
        .await
        .unwrap();
    assert_eq!(listed.task_definition_arns(), std::slice::from_ref(&second));
    let run = em.client.run_task().task_definition(&second).send().await;
    assert!(code(run).ends_with("Exception"));
    let third = em.register("web", &[]).await;
    assert!(
        third.ends_with("web:3"),
        "revisions are never reused: {third}"
    );
}

#[tokio::test]
async fn list_filters_sorts_and_pages() {
    let em = start().await;
    for family in ["b", "a", "a-b"] {
        em.register(family, &[]).await;
        em.register(family, &[]).await;
    }
    em.client
        .deregister_task_definition()
        .task_definition("b:1")
        .send()
        .await
        .unwrap();
    let asc = em.client.list_task_definitions().send().await.unwrap();
    let names: Vec<&str> = asc
        .task_definition_arns()
        .iter()
        .map(|a| a.rsplit('/').next().unwrap())
        .collect();
    assert_eq!(names, ["a:1", "a:2", "a-b:1", "a-b:2", "b:2"]);
    let desc = em
        .client
        .list_task_definitions()
        .sort(SortOrder::Desc)
        .send()
        .await
        .unwrap();
    let mut reversed = asc.task_definition_arns().to_vec();
    reversed.reverse();
    assert_eq!(desc.task_definition_arns(), reversed);
    let exact = em
        .client
        .list_task_definitions()
        .family_prefix("a")
        .send()
        .await
        .unwrap();
    assert_eq!(
        exact.task_definition_arns().len(),
        2,
        "familyPrefix names one family"
    );
    let inactive = em
        .client
        .list_task_definitions()
        .status(TaskDefinitionStatus::Inactive)
        .send()
        .await
        .unwrap();
    assert_eq!(inactive.task_definition_arns().len(), 1);
    let paged: Vec<String> = em
        .client
        .list_task_definitions()
        .sort(SortOrder::Desc)
        .max_results(2)
        .into_paginator()
        .items()
        .send()
        .collect::<Result<Vec<_>, _>>()
        .await
        .unwrap();
    assert_eq!(paged, reversed);
}

#[tokio::test]
async fn list_families_by_status_and_prefix() {
    let em = start().await;
    em.register("api", &[]).await;
    em.register("app", &[]).await;
    em.register("web", &[]).await;
    em.client
        .deregister_task_definition()
        .task_definition("web:1")
        .send()
        .await
        .unwrap();
    let all = em
        .client
        .list_task_definition_families()
        .send()
        .await
        .unwrap();
    assert_eq!(all.families(), ["api", "app", "web"]);
    let active = em
        .client
        .list_task_definition_families()
        .status(TaskDefinitionFamilyStatus::Active)
        .send()
        .await
        .unwrap();
    assert_eq!(active.families(), ["api", "app"]);
    let inactive = em
        .client
        .list_task_definition_families()
        .status(TaskDefinitionFamilyStatus::Inactive)
        .send()
        .await
        .unwrap();
    assert_eq!(inactive.families(), ["web"]);
    let prefixed = em
        .client
        .list_task_definition_families()
        .family_prefix("ap")
        .send()
        .await
        .unwrap();
    assert_eq!(prefixed.families(), ["api", "app"]);
    let first_page = em
        .client
        .list_task_definition_families()
        .max_results(2)
        .send()
        .await
        .unwrap();
    assert_eq!(first_page.families().len(), 2);
    let rest = em
        .client
        .list_task_definition_families()
        .next_token(first_page.next_token().unwrap())
        .send()
        .await
        .unwrap();
    assert_eq!(rest.families(), ["web"]);
    assert!(rest.next_token().is_none());
}
