//! The same task scenarios through the Rust SDK on every real runtime: Docker, Podman
//! (rootful and rootless) and the CLI backend with each binary. A runtime that is not there is
//! skipped loudly, unless ECSEMU_REQUIRE_RUNTIMES names it (CI does), which fails the test.

use std::sync::Arc;
use std::time::Duration;

use aws_sdk_ecs::types::{
    Compatibility, ContainerCondition, ContainerDefinition, ContainerDependency, HealthCheck,
    HealthStatus, LaunchType, LinuxParameters, MountPoint, NetworkMode, PortMapping, TaskStopCode,
    Volume,
};
use ecsemu_runtime::contract::runtime_under_test;
use ecsemu_runtime::fake::FakeRuntime;
use ecsemu_runtime::ContainerRuntime;
use tokio::io::AsyncReadExt;

use crate::harness::{container_with, raw, start_on, Emulator};

/// How to reach a runtime from outside the emulator (to kill containers behind its back).
#[derive(Clone, Copy, PartialEq, Eq)]
pub(crate) enum Backend {
    Docker,
    Podman,
    PodmanRootless,
    CliDocker,
    CliPodman,
}

impl Backend {
    fn name(self) -> &'static str {
        match self {
            Self::Docker => "docker",
            Self::Podman => "podman",
            Self::PodmanRootless => "podman-rootless",
            Self::CliDocker => "cli-docker",
            Self::CliPodman => "cli-podman",
        }
    }

    fn socket(self) -> String {
        match self {
            Self::Docker | Self::CliDocker => "/var/run/docker.sock".to_owned(),
            Self::Podman | Self::CliPodman => "/run/podman/podman.sock".to_owned(),
            Self::PodmanRootless => std::env::var("ECSEMU_PODMAN_ROOTLESS_SOCKET")
                .unwrap_or_else(|_| "/tmp/ecsemu-xdg-1001/podman/podman.sock".to_owned()),
        }
    }

    async fn connect(self) -> Result<Arc<dyn ContainerRuntime>, String> {
        let socket = self.socket();
        let shared = |r: Result<Arc<dyn ContainerRuntime>, ecsemu_runtime::RuntimeError>| {
            r.map_err(|e| e.to_string())
        };
        match self {
            Self::Docker => shared(
                ecsemu_runtime_docker::DockerRuntime::connect(Some(&format!("unix://{socket}")))
                    .await
                    .map(|r| Arc::new(r) as Arc<dyn ContainerRuntime>),
            ),
            Self::Podman | Self::PodmanRootless => shared(
                ecsemu_runtime_podman::PodmanRuntime::connect(&socket)
                    .await
                    .map(|r| Arc::new(r) as Arc<dyn ContainerRuntime>),
            ),
            Self::CliDocker | Self::CliPodman => {
                let binary = if matches!(self, Self::CliDocker) {
                    "docker"
                } else {
                    "podman"
                };
                let path = ecsemu_runtime_cli::CliRuntime::find(binary)
                    .ok_or_else(|| format!("no {binary} binary on PATH"))?;
                shared(
                    ecsemu_runtime_cli::CliRuntime::connect(&path)
                        .await
                        .map(|r| Arc::new(r) as Arc<dyn ContainerRuntime>),
                )
            }
        }
    }

    /// Kills a container the way another client would: through the runtime's API, or with
    /// the binary a CLI backend shells out to.
    pub(crate) async fn kill(self, id: &str) {
        let mut command = match self {
            Self::CliDocker | Self::CliPodman => {
                let binary = if self == Self::CliDocker {
                    "docker"
                } else {
                    "podman"
                };
                let mut command = tokio::process::Command::new(binary);
                command.args(["kill", id]);
                command
            }
            _ => {
                let mut command = tokio::process::Command::new("curl");
                command
                    .args(["-sf", "-X", "POST", "--unix-socket", &self.socket()])
                    .arg(format!("http://d/containers/{id}/kill"));
                command
            }
        };
        let status = command
            .stdout(std::process::Stdio::null())
            .status()
            .await
            .expect("the killer runs");
        assert!(status.success(), "killing {id} from outside failed");
    }
}

/// An emulator on `backend`, or None when it is missing and not required.
pub(crate) async fn emulator(backend: Backend) -> Option<Emulator> {
    emulator_with(backend, ecsemu::Settings::default()).await
}

/// An emulator on `backend` with `settings`, or None when it is missing and not required.
pub(crate) async fn emulator_with(
    backend: Backend,
    settings: ecsemu::Settings,
) -> Option<Emulator> {
    let runtime = runtime_under_test(backend.name(), backend.connect()).await?;
    let settings = ecsemu::Settings {
        runtime_name: backend.name().to_owned(),
        ..settings
    };
    Some(start_on(runtime, Arc::new(FakeRuntime::new()), settings).await)
}

const WAIT: Duration = Duration::from_secs(90);

impl Emulator {
    async fn run_definition(
        &self,
        family: &str,
        containers: Vec<ContainerDefinition>,
        volumes: Vec<Volume>,
    ) -> String {
        self.cluster("real").await;
        self.client
            .register_task_definition()
            .family(family)
            .network_mode(NetworkMode::Awsvpc)
            .requires_compatibilities(Compatibility::Fargate)
            .cpu("256")
            .memory("512")
            .set_container_definitions(Some(containers))
            .set_volumes(Some(volumes))
            .send()
            .await
            .unwrap();
        self.run_fargate("real", family).await
    }

    async fn until(
        &self,
        task: &str,
        what: &str,
        done: impl Fn(&aws_sdk_ecs::types::Task) -> bool,
    ) -> aws_sdk_ecs::types::Task {
        let deadline = tokio::time::Instant::now() + WAIT;
        loop {
            let current = self.describe("real", task).await;
            if done(&current) {
                return current;
            }
            assert!(
                tokio::time::Instant::now() < deadline,
                "{what} never happened: {current:#?}"
            );
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
    }

    async fn stopped(&self, task: &str) -> aws_sdk_ecs::types::Task {
        self.until(task, "STOPPED", |t| t.last_status() == Some("STOPPED"))
            .await
    }

    /// StopTask, then waits for the task to stop.
    async fn stop(&self, task: &str) -> aws_sdk_ecs::types::Task {
        self.client
            .stop_task()
            .cluster("real")
            .task(task)
            .send()
            .await
            .unwrap();
        self.stopped(task).await
    }

    async fn running(&self, task: &str) -> aws_sdk_ecs::types::Task {
        self.until(task, "RUNNING", |t| t.last_status() == Some("RUNNING"))
            .await
    }

    async fn logs_of(&self, task: &str, container: &str) -> String {
        let id = task.rsplit('/').next().unwrap_or(task);
        let reply = raw(
            &self.endpoint,
            "GET",
            &format!("/_ecsemu/tasks/{id}/logs?container={container}"),
            &[],
            "",
        )
        .await;
        reply.body["containers"][0]["lines"]
            .as_array()
            .map(|lines| {
                lines
                    .iter()
                    .filter_map(|l| l["text"].as_str())
                    .collect::<Vec<_>>()
                    .join("\n")
            })
            .unwrap_or_default()
    }
}

fn shell(name: &str, script: &str) -> aws_sdk_ecs::types::builders::ContainerDefinitionBuilder {
    container_with(name, &["sh", "-c", script])
}

fn depends(on: &str, condition: ContainerCondition) -> ContainerDependency {
    ContainerDependency::builder()
        .container_name(on)
        .condition(condition)
        .build()
        .unwrap()
}

pub(crate) async fn exit_codes(em: Emulator) {
    let zero = em
        .run_definition("zero", vec![shell("app", "exit 0").build()], vec![])
        .await;
    let three = em
        .run_definition("three", vec![shell("app", "exit 3").build()], vec![])
        .await;
    for (task, code) in [(zero, 0), (three, 3)] {
        let stopped = em.stopped(&task).await;
        assert_eq!(stopped.containers()[0].exit_code(), Some(code));
        assert_eq!(
            stopped.stop_code(),
            Some(&TaskStopCode::EssentialContainerExited)
        );
        assert!(stopped.started_at().is_some() && stopped.stopped_at().is_some());
    }
}

pub(crate) async fn containers_share_localhost(em: Emulator) {
    let task = em
        .run_definition(
            "localhost",
            vec![
                shell("server", "nc -ll -p 8080 -e echo hello-from-server").build(),
                shell(
                    "client",
                    "for i in $(seq 100); do nc 127.0.0.1 8080 </dev/null && exit 0; sleep 0.2; done; exit 1",
                )
                .essential(false)
                .build(),
            ],
            vec![],
        )
        .await;
    let done = em
        .until(&task, "the client exits", |t| {
            t.containers()
                .iter()
                .any(|c| c.name() == Some("client") && c.exit_code().is_some())
        })
        .await;
    let client = done
        .containers()
        .iter()
        .find(|c| c.name() == Some("client"))
        .unwrap();
    assert_eq!(
        client.exit_code(),
        Some(0),
        "the client reached the server on 127.0.0.1"
    );
    assert!(em
        .logs_of(&task, "client")
        .await
        .contains("hello-from-server"));
    assert_eq!(
        done.last_status(),
        Some("RUNNING"),
        "a non-essential exit keeps the task"
    );
    em.stop(&task).await;
}

pub(crate) async fn depends_on_orders_containers(em: Emulator) {
    let volume = Volume::builder().name("shared").build();
    let mount = MountPoint::builder()
        .source_volume("shared")
        .container_path("/shared")
        .build();
    let task = em
        .run_definition(
            "ordered",
            vec![
                shell("init", "sleep 1; echo ready > /shared/flag")
                    .essential(false)
                    .mount_points(mount.clone())
                    .build(),
                shell("app", "cat /shared/flag")
                    .depends_on(depends("init", ContainerCondition::Success))
                    .mount_points(mount)
                    .build(),
            ],
            vec![volume],
        )
        .await;
    let stopped = em.stopped(&task).await;
    let exit = |name: &str| {
        stopped
            .containers()
            .iter()
            .find(|c| c.name() == Some(name))
            .and_then(aws_sdk_ecs::types::Container::exit_code)
    };
    assert_eq!(exit("init"), Some(0));
    assert_eq!(exit("app"), Some(0), "app ran after init wrote the flag");
    assert!(em.logs_of(&task, "app").await.contains("ready"));
}

pub(crate) async fn health_checks_report_unhealthy_then_healthy(em: Emulator) {
    let check = HealthCheck::builder()
        .command("CMD-SHELL")
        .command("test -f /tmp/healthy")
        .interval(5)
        .timeout(2)
        .retries(1)
        .build()
        .unwrap();
    let task = em
        .run_definition(
            "health",
            vec![shell("app", "sleep 12; touch /tmp/healthy; sleep 600")
                .health_check(check)
                .build()],
            vec![],
        )
        .await;
    em.until(&task, "UNHEALTHY", |t| {
        t.health_status() == Some(&HealthStatus::Unhealthy)
    })
    .await;
    let healthy = em
        .until(&task, "HEALTHY", |t| {
            t.health_status() == Some(&HealthStatus::Healthy)
        })
        .await;
    assert_eq!(healthy.last_status(), Some("RUNNING"));
    em.stop(&task).await;
}

pub(crate) async fn stop_task_while_running_sends_sigterm(em: Emulator) {
    let task = em
        .run_definition(
            "stoppable",
            vec![container_with("app", &["sleep", "600"])
                .linux_parameters(
                    LinuxParameters::builder()
                        .init_process_enabled(true)
                        .build(),
                )
                .build()],
            vec![],
        )
        .await;
    em.running(&task).await;
    em.client
        .stop_task()
        .cluster("real")
        .task(&task)
        .send()
        .await
        .unwrap();
    let stopped = em.stopped(&task).await;
    assert_eq!(
        stopped.containers()[0].exit_code(),
        Some(143),
        "stopped by SIGTERM"
    );
    assert_eq!(stopped.stop_code(), Some(&TaskStopCode::UserInitiated));
}

/// A registry that accepts connections and never answers, which keeps a pull hanging, and
/// counts the connections it accepted and those the other side closed.
struct HangingRegistry {
    address: std::net::SocketAddr,
    accepted: Arc<std::sync::atomic::AtomicUsize>,
    closed: Arc<std::sync::atomic::AtomicUsize>,
    task: tokio::task::JoinHandle<()>,
}

impl HangingRegistry {
    async fn start() -> Self {
        use std::sync::atomic::Ordering;
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
        let address = listener.local_addr().unwrap();
        let accepted = Arc::new(std::sync::atomic::AtomicUsize::new(0));
        let closed = Arc::new(std::sync::atomic::AtomicUsize::new(0));
        let (counted, gone) = (accepted.clone(), closed.clone());
        let task = tokio::spawn(async move {
            while let Ok((mut stream, _)) = listener.accept().await {
                counted.fetch_add(1, Ordering::SeqCst);
                let gone = gone.clone();
                tokio::spawn(async move {
                    let mut sink = Vec::new();
                    let _ = stream.read_to_end(&mut sink).await;
                    gone.fetch_add(1, Ordering::SeqCst);
                });
            }
        });
        Self {
            address,
            accepted,
            closed,
            task,
        }
    }

    /// Whether a pull reached it and every connection it accepted has been closed again.
    fn abandoned(&self) -> bool {
        use std::sync::atomic::Ordering;
        let accepted = self.accepted.load(Ordering::SeqCst);
        accepted > 0 && self.closed.load(Ordering::SeqCst) == accepted
    }
}

impl Drop for HangingRegistry {
    fn drop(&mut self) {
        self.task.abort();
    }
}

pub(crate) async fn stop_task_during_pull_launches_nothing(em: Emulator) {
    let registry = HangingRegistry::start().await;
    let image = format!("{}/ecsemu/hangs:1", registry.address);
    let task = em
        .run_definition(
            "hanging",
            vec![ContainerDefinition::builder()
                .name("app")
                .image(image)
                .build()],
            vec![],
        )
        .await;
    em.until(&task, "the pull to start", |t| {
        t.pull_started_at().is_some()
    })
    .await;
    tokio::time::sleep(Duration::from_millis(300)).await;
    em.client
        .stop_task()
        .cluster("real")
        .task(&task)
        .send()
        .await
        .unwrap();
    let stopped = em.stopped(&task).await;
    assert_eq!(stopped.stop_code(), Some(&TaskStopCode::UserInitiated));
    assert!(stopped.started_at().is_none());
    assert!(
        stopped.containers()[0].runtime_id().is_none(),
        "no container was created"
    );
    // The pull nobody waits for any more is given up: the runtime closes its connections.
    let deadline = tokio::time::Instant::now() + WAIT;
    while !registry.abandoned() {
        assert!(
            tokio::time::Instant::now() < deadline,
            "the runtime still pulls for a stopped task"
        );
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
}

/// StopTask right after RunTask, many times at once: every container the emulator created for
/// those tasks is removed, including those whose create was in flight when the stop came.
pub(crate) async fn stop_task_right_after_run_task_leaves_no_container(backend: Backend) {
    const PAIRS: usize = 24;
    let settings = ecsemu::Settings::default();
    let instance = settings.plane.instance_id.clone();
    let Some(em) = emulator_with(backend, settings).await else {
        return;
    };
    let runtime = backend
        .connect()
        .await
        .expect("the runtime answered a moment ago");
    em.cluster("real").await;
    em.register_fargate_container(
        "pairs",
        shell(
            "app",
            "trap 'exit 0' TERM; while :; do sleep 1 & wait; done",
        )
        .stop_timeout(2)
        .build(),
    )
    .await;
    let pairs = (0..PAIRS).map(|_| async {
        let task = em.run_fargate("real", "pairs").await;
        em.stop(&task).await
    });
    futures::future::join_all(pairs).await;
    let labelled = [(ecsemu_runtime::labels::INSTANCE.to_owned(), instance)];
    let deadline = tokio::time::Instant::now() + WAIT;
    loop {
        let left = runtime.list_containers(&labelled).await.unwrap();
        if left.is_empty() {
            break;
        }
        assert!(
            tokio::time::Instant::now() < deadline,
            "{} containers of stopped tasks are left: {left:?}",
            left.len()
        );
        tokio::time::sleep(Duration::from_millis(200)).await;
    }
}

/// A file under an allowed directory is bind-mounted as that file.
pub(crate) async fn a_host_file_is_mounted_as_a_file(backend: Backend) {
    let dir = std::env::temp_dir().join(format!(
        "ecsemu-file-mount-{}-{}",
        backend.name(),
        std::process::id()
    ));
    std::fs::create_dir_all(&dir).unwrap();
    let file = dir.join("greeting.txt");
    std::fs::write(&file, "hello from the host\n").unwrap();
    let mut settings = ecsemu::Settings::default();
    settings.plane.safety.host_mount_roots = vec![dir.clone()];
    let Some(em) = emulator_with(backend, settings).await else {
        return;
    };
    let volume = Volume::builder()
        .name("greeting")
        .host(
            aws_sdk_ecs::types::HostVolumeProperties::builder()
                .source_path(file.display().to_string())
                .build(),
        )
        .build();
    let mount = MountPoint::builder()
        .source_volume("greeting")
        .container_path("/greeting.txt")
        .read_only(true)
        .build();
    let task = em
        .run_definition(
            "file-mount",
            vec![shell("app", "cat /greeting.txt")
                .mount_points(mount)
                .build()],
            vec![volume],
        )
        .await;
    let stopped = em.stopped(&task).await;
    assert_eq!(stopped.containers()[0].exit_code(), Some(0), "{stopped:#?}");
    assert!(em
        .logs_of(&task, "app")
        .await
        .contains("hello from the host"));
    assert!(file.is_file(), "the host file is still a file");
    let _ = std::fs::remove_dir_all(&dir);
}

pub(crate) async fn host_ports_are_reachable(em: Emulator) {
    let task = em
        .run_definition(
            "served",
            vec![shell("web", "nc -ll -p 8080 -e echo served-to-the-host")
                .port_mappings(PortMapping::builder().container_port(8080).build())
                .build()],
            vec![],
        )
        .await;
    let running = em.running(&task).await;
    let binding = &running.containers()[0].network_bindings()[0];
    let port = u16::try_from(binding.host_port().unwrap()).unwrap();
    assert_eq!(binding.bind_ip(), Some("127.0.0.1"));
    assert_served(port, "served-to-the-host").await;
    em.stop(&task).await;
}

/// Waits until 127.0.0.1:`port` answers with `text`.
async fn assert_served(port: u16, text: &str) {
    let mut reply = String::new();
    for _ in 0..100 {
        if let Ok(mut stream) = tokio::net::TcpStream::connect(("127.0.0.1", port)).await {
            reply.clear();
            let _ = stream.read_to_string(&mut reply).await;
            if reply.contains(text) {
                return;
            }
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    panic!("127.0.0.1:{port} answered {reply:?}, not {text:?}");
}

/// A port no one listens on now.
fn free_port() -> u16 {
    let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    listener.local_addr().unwrap().port()
}

/// On default settings, as a tutorial runs them: EC2 tasks with no launch type run on this
/// machine as a container instance, in bridge mode with a static and a dynamic host port, and
/// in awsvpc mode; a second task wanting the same static port finds it taken.
pub(crate) async fn ec2_tasks_run_on_the_local_host(em: Emulator) {
    em.cluster("real").await;
    let fixed = free_port();
    em.client
        .register_task_definition()
        .family("bridge")
        .container_definitions(
            shell(
                "web",
                "nc -ll -p 8080 -e echo bridged & nc -ll -p 8081 -e echo dynamic",
            )
            .port_mappings(
                PortMapping::builder()
                    .container_port(8080)
                    .host_port(i32::from(fixed))
                    .build(),
            )
            .port_mappings(PortMapping::builder().container_port(8081).build())
            // The shell ignores SIGTERM as PID 1: no need to wait ECS's 30 s for it.
            .stop_timeout(2)
            .build(),
        )
        .send()
        .await
        .unwrap();
    let run = |family: &'static str| {
        let client = em.client.clone();
        async move {
            client
                .run_task()
                .cluster("real")
                .task_definition(family)
                .send()
                .await
                .unwrap()
        }
    };
    let first = run("bridge").await;
    let task = first.tasks()[0].task_arn().unwrap().to_owned();
    assert!(first.tasks()[0].container_instance_arn().is_some());
    let running = em.running(&task).await;
    let bindings = running.containers()[0].network_bindings();
    let host_port = |container_port: i32| {
        bindings
            .iter()
            .find(|b| b.container_port() == Some(container_port))
            .and_then(aws_sdk_ecs::types::NetworkBinding::host_port)
            .and_then(|p| u16::try_from(p).ok())
            .unwrap()
    };
    assert_eq!(host_port(8080), fixed);
    assert_served(fixed, "bridged").await;
    assert_served(host_port(8081), "dynamic").await;
    let second = run("bridge").await;
    assert_eq!(second.failures()[0].reason(), Some("RESOURCE:PORTS"));

    em.client
        .register_task_definition()
        .family("vpc")
        .network_mode(NetworkMode::Awsvpc)
        .container_definitions(shell("app", "exit 4").build())
        .send()
        .await
        .unwrap();
    let vpc = em
        .client
        .run_task()
        .cluster("real")
        .task_definition("vpc")
        .network_configuration(crate::harness::network())
        .send()
        .await
        .unwrap();
    let vpc = vpc.tasks()[0].task_arn().unwrap().to_owned();
    let stopped = em.stopped(&vpc).await;
    assert_eq!(stopped.launch_type().map(LaunchType::as_str), Some("EC2"));
    assert_eq!(stopped.containers()[0].exit_code(), Some(4));
    em.stop(&task).await;
}

pub(crate) async fn a_missing_image_cannot_be_pulled(em: Emulator) {
    let task = em
        .run_definition(
            "missing",
            vec![ContainerDefinition::builder()
                .name("app")
                .image("ecsemu-test/never-built:1")
                .build()],
            vec![],
        )
        .await;
    let stopped = em.stopped(&task).await;
    assert_eq!(stopped.stop_code(), Some(&TaskStopCode::TaskFailedToStart));
    let reason = stopped.containers()[0].reason().unwrap_or_default();
    assert!(reason.starts_with("CannotPullContainerError: "), "{reason}");
}

pub(crate) async fn a_container_killed_from_outside_stops_the_task(em: Emulator, backend: Backend) {
    let task = em
        .run_definition(
            "victim",
            vec![container_with("app", &["sleep", "600"]).build()],
            vec![],
        )
        .await;
    let running = em.running(&task).await;
    let id = running.containers()[0].runtime_id().unwrap().to_owned();
    backend.kill(&id).await;
    let stopped = em.stopped(&task).await;
    assert_eq!(stopped.containers()[0].exit_code(), Some(137));
    assert_eq!(
        stopped.stop_code(),
        Some(&TaskStopCode::EssentialContainerExited)
    );
}

pub(crate) async fn execute_command_runs_in_the_container(em: Emulator) {
    em.cluster("real").await;
    em.register_fargate(
        "exec",
        &["sh", "-c", "trap 'exit 0' TERM; while :; do sleep 1; done"],
    )
    .await;
    let task = em
        .client
        .run_task()
        .cluster("real")
        .task_definition("exec")
        .launch_type(aws_sdk_ecs::types::LaunchType::Fargate)
        .network_configuration(crate::harness::network())
        .enable_execute_command(true)
        .send()
        .await
        .unwrap()
        .tasks()[0]
        .task_arn()
        .unwrap()
        .to_owned();
    em.running(&task).await;
    let out = em
        .client
        .execute_command()
        .cluster("real")
        .task(&task)
        .command("sh -c 'echo $((6 * 7)); exit 3'")
        .interactive(true)
        .send()
        .await
        .unwrap();
    let session = out.session().unwrap().session_id().unwrap();
    let record = crate::exec::finished_session(&em, session).await;
    assert_eq!(record["status"], "COMPLETED", "{record}");
    assert_eq!(record["exitCode"], 3);
    assert_eq!(record["output"], "42\n");
    em.stop(&task).await;
}

macro_rules! scenarios {
    ($($module:ident => $backend:expr),* $(,)?) => {
        $(
            mod $module {
                use super::*;

                async fn emulator() -> Option<Emulator> {
                    super::emulator($backend).await
                }

                #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
                async fn exit_codes() {
                    if let Some(em) = emulator().await { super::exit_codes(em).await }
                }
                #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
                async fn containers_share_localhost() {
                    if let Some(em) = emulator().await { super::containers_share_localhost(em).await }
                }
                #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
                async fn depends_on_orders_containers() {
                    if let Some(em) = emulator().await { super::depends_on_orders_containers(em).await }
                }
                #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
                async fn health_checks_report_unhealthy_then_healthy() {
                    if let Some(em) = emulator().await { super::health_checks_report_unhealthy_then_healthy(em).await }
                }
                #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
                async fn stop_task_while_running_sends_sigterm() {
                    if let Some(em) = emulator().await { super::stop_task_while_running_sends_sigterm(em).await }
                }
                #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
                async fn stop_task_during_pull_launches_nothing() {
                    if let Some(em) = emulator().await { super::stop_task_during_pull_launches_nothing(em).await }
                }
                #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
                async fn host_ports_are_reachable() {
                    if let Some(em) = emulator().await { super::host_ports_are_reachable(em).await }
                }
                #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
                async fn ec2_tasks_run_on_the_local_host() {
                    let mut settings = ecsemu::Settings::default();
                    settings.plane.local_instance = true;
                    if let Some(em) = emulator_with($backend, settings).await {
                        super::ec2_tasks_run_on_the_local_host(em).await
                    }
                }
                #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
                async fn a_missing_image_cannot_be_pulled() {
                    if let Some(em) = emulator().await { super::a_missing_image_cannot_be_pulled(em).await }
                }
                #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
                async fn execute_command_runs_in_the_container() {
                    if let Some(em) = emulator().await { super::execute_command_runs_in_the_container(em).await }
                }
                #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
                async fn stop_task_right_after_run_task_leaves_no_container() {
                    super::stop_task_right_after_run_task_leaves_no_container($backend).await
                }
                #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
                async fn a_host_file_is_mounted_as_a_file() {
                    super::a_host_file_is_mounted_as_a_file($backend).await
                }
                #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
                async fn a_container_killed_from_outside_stops_the_task() {
                    if let Some(em) = emulator().await {
                        super::a_container_killed_from_outside_stops_the_task(em, $backend).await
                    }
                }
            }
        )*
    };
}

scenarios! {
    docker => Backend::Docker,
    podman => Backend::Podman,
    podman_rootless => Backend::PodmanRootless,
    cli_docker => Backend::CliDocker,
    cli_podman => Backend::CliPodman,
}
