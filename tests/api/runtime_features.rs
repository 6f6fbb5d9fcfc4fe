//! What the emulator asks of a runtime for a task, and what it refuses to ask without the
//! operator's opt-in, checked against the recording fake runtime.

use std::path::{Path, PathBuf};

use aws_sdk_ecs::types::{
    ContainerDefinition, ContainerRestartPolicy, EnvironmentFile, EnvironmentFileType,
    HostVolumeProperties, KernelCapabilities, KeyValuePair, LinuxParameters, MountPoint,
    NetworkMode, PidMode, PortMapping, TaskStopCode, Volume,
};
use ecsemu::control::safety::SafetyPolicy;
use ecsemu_runtime::fake::CallKind;
use ecsemu_runtime::MountSource;

use crate::harness::{container_with, start, start_with, Emulator};

/// Registers `family` (EC2, bridge) with these containers and volumes, on a cluster with an
/// instance, and runs one task of it.
async fn run_ec2(
    em: &Emulator,
    family: &str,
    containers: Vec<ContainerDefinition>,
    volumes: Vec<Volume>,
    pid_mode: Option<PidMode>,
) -> Result<String, String> {
    em.cluster("web").await;
    em.register_instance("web").await;
    em.client
        .register_task_definition()
        .family(family)
        .set_container_definitions(Some(containers))
        .set_volumes(Some(volumes))
        .set_pid_mode(pid_mode)
        .send()
        .await
        .unwrap();
    let run = em
        .client
        .run_task()
        .cluster("web")
        .task_definition(family)
        .send()
        .await;
    match run {
        Ok(out) => Ok(out.tasks()[0].task_arn().unwrap().to_owned()),
        Err(error) => {
            use aws_sdk_ecs::error::ProvideErrorMetadata;
            Err(format!(
                "{}: {}",
                error.code().unwrap_or_default(),
                error.message().unwrap_or_default()
            ))
        }
    }
}

fn privileged() -> ContainerDefinition {
    container_with("app", &["sleep", "600"])
        .privileged(true)
        .build()
}

fn with_capability(cap: &str) -> ContainerDefinition {
    container_with("app", &["sleep", "600"])
        .linux_parameters(
            LinuxParameters::builder()
                .capabilities(KernelCapabilities::builder().add(cap).build())
                .build(),
        )
        .build()
}

fn host_volume(path: &str) -> Volume {
    Volume::builder()
        .name("data")
        .host(HostVolumeProperties::builder().source_path(path).build())
        .build()
}

fn mounting_data() -> ContainerDefinition {
    container_with("app", &["sleep", "600"])
        .mount_points(
            MountPoint::builder()
                .source_volume("data")
                .container_path("/data")
                .build(),
        )
        .build()
}

#[tokio::test]
async fn risky_tasks_register_but_do_not_launch_without_opt_in() {
    let em = start().await;
    let refused = run_ec2(&em, "priv", vec![privileged()], vec![], None)
        .await
        .unwrap_err();
    assert!(
        refused.starts_with("ClientException") && refused.contains("--allow-privileged"),
        "{refused}"
    );
    let refused = run_ec2(&em, "cap", vec![with_capability("SYS_ADMIN")], vec![], None)
        .await
        .unwrap_err();
    assert!(refused.contains("--allow-added-capabilities"), "{refused}");
    let refused = run_ec2(
        &em,
        "pid",
        vec![container_with("app", &[]).build()],
        vec![],
        Some(PidMode::Host),
    )
    .await
    .unwrap_err();
    assert!(refused.contains("--allow-host-namespaces"), "{refused}");
    let refused = run_ec2(
        &em,
        "mount",
        vec![mounting_data()],
        vec![host_volume("/etc")],
        None,
    )
    .await
    .unwrap_err();
    assert!(refused.contains("--allow-host-mounts"), "{refused}");
    assert!(
        em.fake.calls_of(CallKind::Create).is_empty(),
        "no container was created"
    );
    let listed = em.client.list_tasks().cluster("web").send().await.unwrap();
    assert!(listed.task_arns().is_empty());
}

/// A fresh directory `name` for a test's host files, and an emulator that allows bind mounts
/// from it (and privileged containers).
async fn allowing_mounts_from(name: &str) -> (Emulator, PathBuf) {
    let root = std::env::temp_dir().join(format!("ecsemu-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&root);
    std::fs::create_dir_all(&root).unwrap();
    let allowed = root.clone();
    let em = start_with(|s| {
        s.plane.safety = SafetyPolicy {
            host_mount_roots: vec![allowed],
            privileged: true,
            ..SafetyPolicy::default()
        };
    })
    .await;
    (em, root)
}

/// Runs a task of `family` whose container mounts the host path `source` at /data.
async fn run_mounting(em: &Emulator, family: &str, source: &Path) -> Result<String, String> {
    let volume = host_volume(&source.display().to_string());
    run_ec2(em, family, vec![mounting_data()], vec![volume], None).await
}

/// What the container of a running task of `family` that mounts `source` was given to mount.
async fn mounted(em: &Emulator, family: &str, source: &Path) -> MountSource {
    let arn = run_mounting(em, family, source).await.unwrap();
    em.wait_for_status("web", &arn, "RUNNING").await;
    let id = em.container_id(&arn, "app").await;
    em.fake.spec_of(&id).unwrap().mounts[0].source.clone()
}

#[tokio::test]
async fn opted_in_tasks_launch() {
    let (em, root) = allowing_mounts_from("mounts").await;
    let data = root.join("task-data");
    assert_eq!(
        mounted(&em, "mount", &data).await,
        MountSource::Bind(data.clone())
    );
    assert!(data.is_dir(), "the host directory was created");
    let socket = run_mounting(&em, "socket", &root.join("docker.sock"))
        .await
        .unwrap_err();
    assert!(socket.contains("runtime socket"), "{socket}");
    let _ = std::fs::remove_dir_all(&root);
}

#[tokio::test]
async fn host_files_mount_as_files_and_sockets_are_refused() {
    let (em, root) = allowing_mounts_from("file-mounts").await;
    let file = root.join("app.conf");
    std::fs::write(&file, "setting=1\n").unwrap();
    assert_eq!(
        mounted(&em, "file", &file).await,
        MountSource::Bind(file.clone())
    );
    assert_eq!(
        std::fs::read_to_string(&file).unwrap(),
        "setting=1\n",
        "the file is mounted as it is"
    );
    let socket = root.join("agent.sock");
    let _listening = std::os::unix::net::UnixListener::bind(&socket).unwrap();
    let refused = run_mounting(&em, "socket", &socket).await.unwrap_err();
    assert!(
        refused.starts_with("ClientException") && refused.contains("is a unix socket"),
        "{refused}"
    );
    let _ = std::fs::remove_dir_all(&root);
}

#[tokio::test]
async fn environment_files_are_read_and_the_definition_wins() {
    let dir = std::env::temp_dir().join(format!("ecsemu-envfiles-{}", std::process::id()));
    std::fs::create_dir_all(dir.join("bucket")).unwrap();
    std::fs::write(
        dir.join("bucket/app.env"),
        "# settings\nFROM_FILE=yes\nSHARED=file\n",
    )
    .unwrap();
    let files_dir = dir.clone();
    let em = start_with(|s| s.plane.environment_files_dir = Some(files_dir)).await;
    let app = container_with("app", &["sleep", "600"])
        .environment(
            KeyValuePair::builder()
                .name("SHARED")
                .value("definition")
                .build(),
        )
        .environment_files(
            EnvironmentFile::builder()
                .r#type(EnvironmentFileType::S3)
                .value("arn:aws:s3:::bucket/app.env")
                .build()
                .unwrap(),
        )
        .build();
    let arn = run_ec2(&em, "env", vec![app], vec![], None).await.unwrap();
    em.wait_for_status("web", &arn, "RUNNING").await;
    let env = em
        .fake
        .spec_of(&em.container_id(&arn, "app").await)
        .unwrap()
        .env;
    assert!(env.contains(&("FROM_FILE".into(), "yes".into())), "{env:?}");
    assert!(
        env.contains(&("SHARED".into(), "definition".into())),
        "{env:?}"
    );
    assert!(!env.contains(&("SHARED".into(), "file".into())));

    let missing = container_with("app", &["sleep", "600"])
        .environment_files(
            EnvironmentFile::builder()
                .r#type(EnvironmentFileType::S3)
                .value("arn:aws:s3:::bucket/missing.env")
                .build()
                .unwrap(),
        )
        .build();
    em.client
        .register_task_definition()
        .family("missing-env")
        .container_definitions(missing)
        .send()
        .await
        .unwrap();
    let run = em
        .client
        .run_task()
        .cluster("web")
        .task_definition("missing-env")
        .send()
        .await
        .unwrap();
    let stopped = em
        .wait_for_status("web", run.tasks()[0].task_arn().unwrap(), "STOPPED")
        .await;
    assert_eq!(stopped.stop_code(), Some(&TaskStopCode::TaskFailedToStart));
    assert!(stopped
        .stopped_reason()
        .unwrap()
        .starts_with("ResourceInitializationError: failed to download env files"));
    let _ = std::fs::remove_dir_all(&dir);
}

#[tokio::test]
async fn a_restart_policy_restarts_the_container_in_place() {
    let em = start().await;
    let app = container_with("app", &["sleep", "600"])
        .restart_policy(
            ContainerRestartPolicy::builder()
                .enabled(true)
                .ignored_exit_codes(0)
                .restart_attempt_period(0)
                .build()
                .unwrap(),
        )
        .build();
    let arn = run_ec2(&em, "restarting", vec![app], vec![], None)
        .await
        .unwrap();
    em.wait_for_status("web", &arn, "RUNNING").await;
    let id = em.container_id(&arn, "app").await;
    em.fake.exit(&id, 1);
    for _ in 0..200 {
        if em
            .fake
            .calls_of(CallKind::Start)
            .iter()
            .filter(|s| **s == id)
            .count()
            == 2
        {
            break;
        }
        tokio::time::sleep(std::time::Duration::from_millis(10)).await;
    }
    assert_eq!(
        em.fake
            .calls_of(CallKind::Start)
            .iter()
            .filter(|s| **s == id)
            .count(),
        2
    );
    let task = em.describe("web", &arn).await;
    assert_eq!(task.last_status(), Some("RUNNING"));
    assert_eq!(task.desired_status(), Some("RUNNING"));
    em.fake.exit(&id, 0);
    let stopped = em.wait_for_status("web", &arn, "STOPPED").await;
    assert_eq!(
        stopped.containers()[0].exit_code(),
        Some(0),
        "ignored exit codes are final"
    );
}

#[tokio::test]
async fn awsvpc_tasks_publish_ports_on_ephemeral_host_ports() {
    let em = start().await;
    em.cluster("web").await;
    em.client
        .register_task_definition()
        .family("web")
        .network_mode(NetworkMode::Awsvpc)
        .requires_compatibilities(aws_sdk_ecs::types::Compatibility::Fargate)
        .cpu("256")
        .memory("512")
        .container_definitions(
            container_with("app", &["sleep", "600"])
                .port_mappings(PortMapping::builder().container_port(80).build())
                .build(),
        )
        .send()
        .await
        .unwrap();
    let arn = em.run_fargate("web", "web").await;
    let task = em.wait_for_status("web", &arn, "RUNNING").await;
    let binding = &task.containers()[0].network_bindings()[0];
    assert_eq!(binding.container_port(), Some(80));
    let host_port = binding.host_port().unwrap();
    assert_ne!(host_port, 80, "awsvpc host ports are ephemeral here");
    assert_eq!(binding.bind_ip(), Some("127.0.0.1"));
    let detail = task.attachments()[0]
        .details()
        .iter()
        .find(|d| d.name() == Some("hostPort:80/tcp"))
        .and_then(|d| d.value());
    assert_eq!(detail, Some(format!("127.0.0.1:{host_port}").as_str()));
}

#[tokio::test]
async fn fargate_task_limits_reach_the_runtime() {
    let em = start().await;
    em.cluster("web").await;
    em.register_fargate("svc", &["sleep", "600"]).await;
    let arn = em.run_fargate("web", "svc").await;
    em.wait_for_status("web", &arn, "RUNNING").await;
    let limits = em
        .fake
        .spec_of(&em.container_id(&arn, "app").await)
        .unwrap()
        .limits;
    assert_eq!(limits.nano_cpus, Some(250_000_000));
    assert_eq!(
        limits.memory_bytes,
        Some(64 * 1024 * 1024),
        "the container's own memory wins"
    );
}
