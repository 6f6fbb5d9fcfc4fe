//! Starts an in-process emulator and connects the real AWS SDK to it.

use std::fmt::Write as _;
use std::sync::Arc;
use std::time::Duration;

use aws_sdk_ecs::config::{BehaviorVersion, Credentials, Region};
use aws_sdk_ecs::error::ProvideErrorMetadata;
use aws_sdk_ecs::types::{
    AwsVpcConfiguration, Compatibility, ContainerDefinition, NetworkConfiguration, NetworkMode,
    Task,
};
use aws_sdk_ecs::Client;
use ecsemu_runtime::fake::FakeRuntime;
use ecsemu_runtime::ContainerRuntime;
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::sync::oneshot;

pub(crate) const BUSYBOX: &str = "busybox:latest";

pub(crate) struct Emulator {
    pub client: Client,
    pub endpoint: String,
    pub fake: Arc<FakeRuntime>,
    shutdown: Option<oneshot::Sender<()>>,
}

impl Drop for Emulator {
    fn drop(&mut self) {
        if let Some(shutdown) = self.shutdown.take() {
            let _ = shutdown.send(());
        }
    }
}

/// An emulator on a fake runtime that has `busybox:latest` locally.
pub(crate) async fn start() -> Emulator {
    start_with(|_| {}).await
}

/// `start`, with settings changed by `settings`.
pub(crate) async fn start_with(settings: impl FnOnce(&mut ecsemu::Settings)) -> Emulator {
    let fake = Arc::new(FakeRuntime::new());
    fake.add_local_image(BUSYBOX);
    let mut config = ecsemu::Settings::default();
    settings(&mut config);
    start_on(fake.clone(), fake, config).await
}

/// An emulator with `--runtime none`.
pub(crate) async fn start_without_runtime() -> Emulator {
    let runtime = Arc::new(ecsemu_runtime_none::NoRuntime);
    start_on(
        runtime,
        Arc::new(FakeRuntime::new()),
        ecsemu::Settings::default(),
    )
    .await
}

pub(crate) async fn start_on(
    runtime: Arc<dyn ContainerRuntime>,
    fake: Arc<FakeRuntime>,
    settings: ecsemu::Settings,
) -> Emulator {
    let app = ecsemu::app(settings, runtime);
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let endpoint = format!("http://{}", listener.local_addr().unwrap());
    let (shutdown, stopped) = oneshot::channel::<()>();
    tokio::spawn(app.serve(listener, async {
        let _ = stopped.await;
    }));
    Emulator {
        client: client(&endpoint, "AKIDTEST", "us-east-1"),
        endpoint,
        fake,
        shutdown: Some(shutdown),
    }
}

/// An SDK client signing with `access_key` for `region`.
pub(crate) fn client(endpoint: &str, access_key: &str, region: &str) -> Client {
    let config = aws_sdk_ecs::Config::builder()
        .behavior_version(BehaviorVersion::latest())
        .endpoint_url(endpoint)
        .region(Region::new(region.to_owned()))
        .credentials_provider(Credentials::new(access_key, "secret", None, None, "test"))
        .build();
    Client::from_conf(config)
}

/// The error code of a failed call.
pub(crate) fn code<T, E: ProvideErrorMetadata + std::fmt::Debug>(result: Result<T, E>) -> String {
    match result {
        Ok(_) => panic!("expected an error"),
        Err(error) => error
            .code()
            .map_or_else(|| panic!("error without a code: {error:?}"), str::to_owned),
    }
}

/// The message of a failed call.
pub(crate) fn message<T, E: ProvideErrorMetadata + std::fmt::Debug>(
    result: Result<T, E>,
) -> String {
    match result {
        Ok(_) => panic!("expected an error"),
        Err(error) => error.message().unwrap_or_default().to_owned(),
    }
}

impl Emulator {
    pub(crate) async fn cluster(&self, name: &str) {
        self.client
            .create_cluster()
            .cluster_name(name)
            .send()
            .await
            .unwrap();
    }

    /// Registers a container instance (the fake runtime's capacity) in `cluster`.
    pub(crate) async fn register_instance(
        &self,
        cluster: &str,
    ) -> aws_sdk_ecs::types::ContainerInstance {
        self.client
            .register_container_instance()
            .cluster(cluster)
            .send()
            .await
            .unwrap()
            .container_instance
            .unwrap()
    }

    /// Registers an EC2 (bridge) definition with one container running `command`.
    pub(crate) async fn register(&self, family: &str, command: &[&str]) -> String {
        self.client
            .register_task_definition()
            .family(family)
            .container_definitions(container("app", command))
            .send()
            .await
            .unwrap()
            .task_definition
            .unwrap()
            .task_definition_arn
            .unwrap()
    }

    /// Registers a Fargate definition with one container running `command`.
    pub(crate) async fn register_fargate(&self, family: &str, command: &[&str]) -> String {
        self.register_fargate_container(family, container("app", command))
            .await
    }

    /// Registers a Fargate definition of the one container `app`.
    pub(crate) async fn register_fargate_container(
        &self,
        family: &str,
        app: ContainerDefinition,
    ) -> String {
        self.client
            .register_task_definition()
            .family(family)
            .network_mode(NetworkMode::Awsvpc)
            .requires_compatibilities(Compatibility::Fargate)
            .cpu("256")
            .memory("512")
            .container_definitions(app)
            .send()
            .await
            .unwrap()
            .task_definition
            .unwrap()
            .task_definition_arn
            .unwrap()
    }

    /// Runs one Fargate task and returns its ARN.
    pub(crate) async fn run_fargate(&self, cluster: &str, family: &str) -> String {
        self.run_fargate_tasks(cluster, family, 1).await.remove(0)
    }

    /// Runs `count` Fargate tasks with one RunTask and returns their ARNs.
    pub(crate) async fn run_fargate_tasks(
        &self,
        cluster: &str,
        family: &str,
        count: i32,
    ) -> Vec<String> {
        let out = self
            .client
            .run_task()
            .cluster(cluster)
            .task_definition(family)
            .launch_type(aws_sdk_ecs::types::LaunchType::Fargate)
            .network_configuration(network())
            .count(count)
            .send()
            .await
            .unwrap();
        assert!(out.failures().is_empty(), "{:?}", out.failures());
        out.tasks()
            .iter()
            .filter_map(|t| t.task_arn().map(str::to_owned))
            .collect()
    }

    pub(crate) async fn describe(&self, cluster: &str, task: &str) -> Task {
        let out = self
            .client
            .describe_tasks()
            .cluster(cluster)
            .tasks(task)
            .send()
            .await
            .unwrap();
        out.tasks()
            .first()
            .cloned()
            .unwrap_or_else(|| panic!("task {task} not found: {:?}", out.failures()))
    }

    /// Polls until the task satisfies `done` (at most 10 s).
    pub(crate) async fn wait_for(
        &self,
        cluster: &str,
        task: &str,
        done: impl Fn(&Task) -> bool,
    ) -> Task {
        let deadline = tokio::time::Instant::now() + Duration::from_secs(10);
        loop {
            let current = self.describe(cluster, task).await;
            if done(&current) {
                return current;
            }
            assert!(
                tokio::time::Instant::now() < deadline,
                "task never got there; last seen: {current:#?}"
            );
            tokio::time::sleep(Duration::from_millis(10)).await;
        }
    }

    pub(crate) async fn wait_for_status(&self, cluster: &str, task: &str, status: &str) -> Task {
        self.wait_for(cluster, task, |t| t.last_status() == Some(status))
            .await
    }

    /// The fake runtime's id for a task's container, once it exists.
    pub(crate) async fn container_id(&self, task_arn: &str, container: &str) -> String {
        for _ in 0..500 {
            if let Some(id) = self.fake.find(task_arn, container) {
                return id;
            }
            tokio::time::sleep(Duration::from_millis(10)).await;
        }
        panic!("container {container} of {task_arn} was never created");
    }
}

pub(crate) fn container(name: &str, command: &[&str]) -> ContainerDefinition {
    container_with(name, command).build()
}

/// A container definition to add settings to.
pub(crate) fn container_with(
    name: &str,
    command: &[&str],
) -> aws_sdk_ecs::types::builders::ContainerDefinitionBuilder {
    ContainerDefinition::builder()
        .name(name)
        .image(BUSYBOX)
        .memory(64)
        .set_command(
            (!command.is_empty()).then(|| command.iter().map(|s| (*s).to_owned()).collect()),
        )
}

pub(crate) fn network() -> NetworkConfiguration {
    NetworkConfiguration::builder()
        .awsvpc_configuration(
            AwsVpcConfiguration::builder()
                .subnets("subnet-0123456789abcdef0")
                .build()
                .unwrap(),
        )
        .build()
}

pub(crate) struct Reply {
    pub(crate) status: u16,
    pub(crate) headers: String,
    pub(crate) body: serde_json::Value,
}

/// Sends one HTTP/1.1 request and reads the whole reply.
pub(crate) async fn raw(
    endpoint: &str,
    method: &str,
    path: &str,
    headers: &[(&str, &str)],
    body: &str,
) -> Reply {
    let address = endpoint.trim_start_matches("http://");
    let mut stream = tokio::net::TcpStream::connect(address).await.unwrap();
    let mut request =
        format!("{method} {path} HTTP/1.1\r\nHost: {address}\r\nConnection: close\r\n");
    for (name, value) in headers {
        let _ = write!(request, "{name}: {value}\r\n");
    }
    let _ = write!(request, "Content-Length: {}\r\n\r\n{body}", body.len());
    stream.write_all(request.as_bytes()).await.unwrap();
    let mut reply = String::new();
    stream.read_to_string(&mut reply).await.unwrap();
    let (head, body) = reply.split_once("\r\n\r\n").unwrap();
    let status = head.split(' ').nth(1).unwrap().parse().unwrap();
    Reply {
        status,
        headers: head.to_ascii_lowercase(),
        body: serde_json::from_str(body).unwrap_or(serde_json::Value::Null),
    }
}
