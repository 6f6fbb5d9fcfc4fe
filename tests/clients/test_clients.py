"""The emulator binary driven by the real AWS CLI and boto3, with no container runtime.

Run by tests/clients/run.sh, which provides the pinned clients. ECSEMU_BIN names the binary
(default: target/release/ecsemu).
"""

import json
import os
import pwd
import re
import shutil
import socket
import subprocess
import sys
import tempfile
import threading
import unittest
from pathlib import Path

import boto3
import botocore.exceptions

ROOT = Path(__file__).resolve().parents[2]
BINARY = os.environ.get("ECSEMU_BIN", str(ROOT / "target" / "release" / "ecsemu"))
FARGATE_NETWORK = {"awsvpcConfiguration": {"subnets": ["subnet-0123456789abcdef0"]}}


def start_emulator(*flags, binary=BINARY, user=None, environment=None, cwd=None):
    process = subprocess.Popen(
        [binary, "--listen", "127.0.0.1:0", *flags],
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
        env=environment or {**os.environ, "NO_COLOR": "1"},
        user=user,
        cwd=cwd,
    )
    for line in process.stdout:
        found = re.search(r"serving the ECS API on (http://\S+)", line)
        if found:
            # Keep reading its log, or a full pipe would block the emulator.
            threading.Thread(target=process.stdout.read, daemon=True).start()
            return process, found.group(1)
    raise RuntimeError("ecsemu exited before serving")


def aws_ecs(endpoint, *args):
    """Runs `aws ecs ARGS` against `endpoint` with test credentials and no user config."""
    env = {
        **os.environ,
        "AWS_ACCESS_KEY_ID": "test",
        "AWS_SECRET_ACCESS_KEY": "secret",
        "AWS_DEFAULT_REGION": "us-east-1",
        "AWS_CONFIG_FILE": os.devnull,
        "AWS_SHARED_CREDENTIALS_FILE": os.devnull,
    }
    return subprocess.run(
        ["aws", "--endpoint-url", endpoint, "--output", "json", "ecs", *args],
        env=env,
        capture_output=True,
        text=True,
        timeout=900,
    )


def answers(path):
    """Whether a runtime's API answers a ping on the unix socket at `path`."""
    try:
        with socket.socket(socket.AF_UNIX) as connection:
            connection.settimeout(2)
            connection.connect(path)
            connection.sendall(b"GET /_ping HTTP/1.0\r\nHost: d\r\n\r\n")
            return b" 200 " in connection.recv(64)
    except OSError:
        return False


def local_runtime():
    """The --runtime flag of a runtime that is running here, or None."""
    if answers("/var/run/docker.sock"):
        return "docker"
    if answers("/run/podman/podman.sock"):
        return "podman"
    return None


class Emulated(unittest.TestCase):
    FLAGS = ("--runtime", "none")

    @classmethod
    def setUpClass(cls):
        cls.process, cls.endpoint = start_emulator(*cls.FLAGS)

    @classmethod
    def tearDownClass(cls):
        cls.process.terminate()
        cls.process.wait(timeout=20)

    def ecs(self, access_key="test", region="us-east-1"):
        return boto3.client(
            "ecs",
            endpoint_url=self.endpoint,
            region_name=region,
            aws_access_key_id=access_key,
            aws_secret_access_key="secret",
        )

    def cli(self, *args):
        return aws_ecs(self.endpoint, *args)

    def cli_json(self, *args):
        result = self.cli(*args)
        self.assertEqual(result.returncode, 0, result.stderr)
        return json.loads(result.stdout) if result.stdout.strip() else None

    def fargate_definition(self, family, command):
        return self.cli_json(
            "register-task-definition",
            "--family", family,
            "--network-mode", "awsvpc",
            "--requires-compatibilities", "FARGATE",
            "--cpu", "256",
            "--memory", "512",
            "--container-definitions",
            json.dumps([{"name": "app", "image": "busybox:latest", "command": command}]),
        )["taskDefinition"]["taskDefinitionArn"]

    def daemon_setup(self, cluster, command):
        """A cluster with a managed instances provider, one instance and a daemon task
        definition; returns (provider ARN, definition ARN)."""
        ecs = self.ecs()
        ecs.create_cluster(clusterName=cluster)
        provider = ecs.create_capacity_provider(
            name=f"{cluster}-mi",
            cluster=cluster,
            managedInstancesProvider={
                "infrastructureRoleArn": "arn:aws:iam::000000000000:role/infra",
                "instanceLaunchTemplate": {
                    "ec2InstanceProfileArn": "arn:aws:iam::000000000000:instance-profile/ecs",
                    "networkConfiguration": {"subnets": ["subnet-0123456789abcdef0"]},
                },
            },
        )["capacityProvider"]["capacityProviderArn"]
        ecs.register_container_instance(
            cluster=cluster,
            totalResources=[
                {"name": "CPU", "type": "INTEGER", "integerValue": 2048},
                {"name": "MEMORY", "type": "INTEGER", "integerValue": 4096},
            ],
        )
        definition = ecs.register_daemon_task_definition(
            family=f"{cluster}-agent",
            memory="64",
            containerDefinitions=[{"name": "agent", "image": "busybox:latest", "command": command}],
        )["daemonTaskDefinitionArn"]
        return provider, definition

    def create_service(self, cluster, name, family, desired):
        return self.cli_json(
            "create-service",
            "--cluster", cluster,
            "--service-name", name,
            "--task-definition", family,
            "--desired-count", str(desired),
            "--launch-type", "FARGATE",
            "--network-configuration", json.dumps(FARGATE_NETWORK),
        )["service"]


class Clients(Emulated):

    def test_aws_cli_runs_a_task_to_task_failed_to_start(self):
        cluster = self.cli_json("create-cluster", "--cluster-name", "cli")["cluster"]
        self.assertEqual(cluster["status"], "ACTIVE")
        definition = self.cli_json(
            "register-task-definition",
            "--family", "cli-sleep",
            "--network-mode", "awsvpc",
            "--requires-compatibilities", "FARGATE",
            "--cpu", "256",
            "--memory", "512",
            "--container-definitions",
            json.dumps([{"name": "sleep", "image": "busybox", "command": ["sleep", "60"]}]),
        )["taskDefinition"]
        self.assertEqual(definition["revision"], 1)
        run = self.cli_json(
            "run-task",
            "--cluster", "cli",
            "--task-definition", "cli-sleep",
            "--launch-type", "FARGATE",
            "--network-configuration", json.dumps(FARGATE_NETWORK),
        )
        self.assertEqual(run["failures"], [])
        task_arn = run["tasks"][0]["taskArn"]
        waited = self.cli("wait", "tasks-stopped", "--cluster", "cli", "--tasks", task_arn)
        self.assertEqual(waited.returncode, 0, waited.stderr)
        task = self.cli_json("describe-tasks", "--cluster", "cli", "--tasks", task_arn)["tasks"][0]
        self.assertEqual(task["lastStatus"], "STOPPED")
        self.assertEqual(task["stopCode"], "TaskFailedToStart")
        self.assertIn("--runtime", task["stoppedReason"])
        listed = self.cli_json("list-tasks", "--cluster", "cli", "--desired-status", "STOPPED")
        self.assertEqual(listed["taskArns"], [task_arn])

    def test_aws_cli_reports_ecs_errors(self):
        result = self.cli("describe-task-definition", "--task-definition", "ghost")
        self.assertNotEqual(result.returncode, 0)
        self.assertIn("ClientException", result.stderr)
        result = self.cli("delete-cluster", "--cluster", "ghost")
        self.assertIn("ClusterNotFoundException", result.stderr)

    def test_tasks_running_waiter_fails_fast_on_a_stopped_task(self):
        self.cli_json("create-cluster", "--cluster-name", "waiters")
        self.cli_json(
            "register-task-definition",
            "--family", "w",
            "--container-definitions",
            json.dumps([{"name": "app", "image": "busybox", "memory": 64}]),
        )
        self.cli_json("register-container-instance", "--cluster", "waiters")
        run = self.cli_json("run-task", "--cluster", "waiters", "--task-definition", "w")
        task_arn = run["tasks"][0]["taskArn"]
        self.cli("wait", "tasks-stopped", "--cluster", "waiters", "--tasks", task_arn)
        waited = self.cli("wait", "tasks-running", "--cluster", "waiters", "--tasks", task_arn)
        self.assertNotEqual(waited.returncode, 0, "TasksRunning fails on a STOPPED task")
        self.assertIn("Waiter TasksRunning failed", waited.stderr)

    def test_boto3_drives_the_same_flow(self):
        ecs = self.ecs()
        ecs.create_cluster(clusterName="sdk")
        ecs.register_task_definition(
            family="sdk-job",
            containerDefinitions=[{"name": "app", "image": "busybox", "memory": 64}],
            tags=[{"key": "team", "value": "ci"}],
        )
        instance = ecs.register_container_instance(cluster="sdk")["containerInstance"]
        self.assertEqual(instance["status"], "ACTIVE")
        run = ecs.run_task(cluster="sdk", taskDefinition="sdk-job", count=2, startedBy="boto3")
        arns = [t["taskArn"] for t in run["tasks"]]
        self.assertEqual(len(arns), 2)
        ecs.get_waiter("tasks_stopped").wait(
            cluster="sdk", tasks=arns, WaiterConfig={"Delay": 1, "MaxAttempts": 30}
        )
        tasks = ecs.describe_tasks(cluster="sdk", tasks=arns + ["0" * 32])
        self.assertEqual({t["stopCode"] for t in tasks["tasks"]}, {"TaskFailedToStart"})
        self.assertEqual(tasks["failures"][0]["reason"], "MISSING")
        described = ecs.describe_task_definition(taskDefinition="sdk-job", include=["TAGS"])
        self.assertEqual(described["tags"], [{"key": "team", "value": "ci"}])
        pages = ecs.get_paginator("list_tasks").paginate(
            cluster="sdk", startedBy="boto3", desiredStatus="STOPPED", PaginationConfig={"PageSize": 1}
        )
        self.assertEqual(sorted(a for page in pages for a in page["taskArns"]), sorted(arns))
        with self.assertRaises(botocore.exceptions.ClientError) as raised:
            ecs.describe_task_definition(taskDefinition="ghost")
        self.assertEqual(raised.exception.response["Error"]["Code"], "ClientException")
        self.assertEqual(raised.exception.response["ResponseMetadata"]["HTTPStatusCode"], 400)

    def test_boto3_accounts_and_regions_are_isolated(self):
        alice = self.ecs(access_key="111111111111")
        bob = self.ecs(access_key="222222222222")
        arn = alice.create_cluster(clusterName="mine")["cluster"]["clusterArn"]
        self.assertEqual(arn, "arn:aws:ecs:us-east-1:111111111111:cluster/mine")
        self.assertEqual(bob.list_clusters()["clusterArns"], [])
        self.assertEqual(self.ecs(access_key="111111111111", region="eu-west-1").list_clusters()["clusterArns"], [])
        with self.assertRaises(botocore.exceptions.ClientError) as raised:
            bob.delete_cluster(cluster="mine")
        self.assertEqual(raised.exception.response["Error"]["Code"], "ClusterNotFoundException")

    def test_service_waiters_end_with_the_right_outcome_without_a_runtime(self):
        self.cli_json("create-cluster", "--cluster-name", "svc")
        self.fargate_definition("idle", ["sleep", "60"])
        self.create_service("svc", "idle", "idle", 0)
        stable = self.cli("wait", "services-stable", "--cluster", "svc", "--services", "idle")
        self.assertEqual(stable.returncode, 0, stable.stderr)
        deleted = self.cli_json("delete-service", "--cluster", "svc", "--service", "idle")
        self.assertIn(deleted["service"]["status"], ("DRAINING", "INACTIVE"))
        inactive = self.cli("wait", "services-inactive", "--cluster", "svc", "--services", "idle")
        self.assertEqual(inactive.returncode, 0, inactive.stderr)
        gone = self.cli("wait", "services-stable", "--cluster", "svc", "--services", "idle")
        self.assertNotEqual(gone.returncode, 0, "ServicesStable fails on an INACTIVE service")
        self.assertIn("Waiter ServicesStable failed", gone.stderr)
        missing = self.cli("wait", "services-inactive", "--cluster", "svc", "--services", "ghost")
        self.assertNotEqual(missing.returncode, 0, "ServicesInactive fails on a MISSING service")
        self.assertIn("Waiter ServicesInactive failed", missing.stderr)


    def test_daemon_waiters_end_with_the_right_outcome_without_a_runtime(self):
        ecs = self.ecs()
        fast = {"Delay": 1, "MaxAttempts": 60}
        provider, definition = self.daemon_setup("daemons", ["sleep", "60"])
        ecs.get_waiter("daemon_task_definition_active").wait(
            daemonTaskDefinition=definition, WaiterConfig=fast)
        created = ecs.create_daemon(
            daemonName="agent",
            clusterArn="daemons",
            daemonTaskDefinitionArn=definition,
            capacityProviderArns=[provider],
        )
        ecs.get_waiter("daemon_active").wait(daemonArn=created["daemonArn"], WaiterConfig=fast)
        # Without a runtime every daemon task fails to start: the circuit breaker stops the
        # first deployment, which DaemonDeploymentStopped waits for and
        # DaemonDeploymentSuccessful fails on.
        deployment = created["deploymentArn"]
        ecs.get_waiter("daemon_deployment_stopped").wait(
            daemonDeploymentArns=[deployment], WaiterConfig=fast)
        with self.assertRaises(botocore.exceptions.WaiterError):
            ecs.get_waiter("daemon_deployment_successful").wait(
                daemonDeploymentArns=[deployment], WaiterConfig=fast)
        ecs.delete_daemon_task_definition(daemonTaskDefinition=definition)
        with self.assertRaises(botocore.exceptions.WaiterError):
            ecs.get_waiter("daemon_task_definition_active").wait(
                daemonTaskDefinition=definition, WaiterConfig=fast)
        ecs.delete_daemon(daemonArn=created["daemonArn"])
        deleted = self.cli("wait", "daemon-task-definition-deleted",
                           "--daemon-task-definition", definition)
        self.assertEqual(deleted.returncode, 0, deleted.stderr)
        with self.assertRaises(botocore.exceptions.ClientError) as raised:
            ecs.describe_daemon(daemonArn=created["daemonArn"])
        self.assertEqual(raised.exception.response["Error"]["Code"], "DaemonNotFoundException")


class WithRuntime(Emulated):
    """Services that really run, on the Docker or Podman service found here; tasks count as
    healthy one second after RUNNING so that rollouts finish quickly."""

    RUNTIME = local_runtime()
    FLAGS = (
        "--runtime", RUNTIME or "none",
        "--image-pull-behavior", "prefer-cached",
        "--service-warmup", "1",
    )
    SERVE = ["sh", "-c", "trap 'exit 0' TERM; while :; do sleep 1; done"]

    @classmethod
    def setUpClass(cls):
        if cls.RUNTIME is None:
            if os.environ.get("ECSEMU_REQUIRE_RUNTIMES"):
                raise RuntimeError("no Docker or Podman service answers here")
            print("!! SKIPPING the AWS CLI waiter tests on a real runtime: none is running")
            raise unittest.SkipTest("no container runtime")
        super().setUpClass()

    def test_services_stable_follows_a_rolling_deployment(self):
        self.cli_json("create-cluster", "--cluster-name", "live")
        self.fargate_definition("web", self.SERVE)
        self.create_service("live", "web", "web", 2)
        stable = self.cli("wait", "services-stable", "--cluster", "live", "--services", "web")
        self.assertEqual(stable.returncode, 0, stable.stderr)
        service = self.cli_json("describe-services", "--cluster", "live", "--services", "web")["services"][0]
        self.assertEqual(service["runningCount"], 2)
        v2 = self.fargate_definition("web", self.SERVE[:2] + [self.SERVE[2].replace("sleep 1", "sleep 2")])
        self.cli_json("update-service", "--cluster", "live", "--service", "web", "--task-definition", "web")
        stable = self.cli("wait", "services-stable", "--cluster", "live", "--services", "web")
        self.assertEqual(stable.returncode, 0, stable.stderr)
        service = self.cli_json("describe-services", "--cluster", "live", "--services", "web")["services"][0]
        self.assertEqual([d["taskDefinition"] for d in service["deployments"]], [v2])
        arns = self.cli_json("list-tasks", "--cluster", "live", "--service-name", "web")["taskArns"]
        tasks = self.cli_json("describe-tasks", "--cluster", "live", "--tasks", *arns)["tasks"]
        self.assertEqual({t["taskDefinitionArn"] for t in tasks}, {v2})
        self.cli_json("delete-service", "--cluster", "live", "--service", "web", "--force")
        inactive = self.cli("wait", "services-inactive", "--cluster", "live", "--services", "web")
        self.assertEqual(inactive.returncode, 0, inactive.stderr)

    def test_daemon_deployment_successful_follows_a_daemon_update(self):
        ecs = self.ecs()
        provider, first = self.daemon_setup("live-daemons", self.SERVE)
        created = ecs.create_daemon(
            daemonName="agent",
            clusterArn="live-daemons",
            daemonTaskDefinitionArn=first,
            capacityProviderArns=[provider],
        )
        done = self.cli("wait", "daemon-deployment-successful",
                        "--daemon-deployment-arns", created["deploymentArn"])
        self.assertEqual(done.returncode, 0, done.stderr)
        second = ecs.register_daemon_task_definition(
            family="live-daemons-agent",
            memory="64",
            containerDefinitions=[{"name": "agent", "image": "busybox:latest",
                                   "command": self.SERVE[:2] + [self.SERVE[2].replace("sleep 1", "sleep 2")]}],
        )["daemonTaskDefinitionArn"]
        updated = ecs.update_daemon(
            daemonArn=created["daemonArn"],
            daemonTaskDefinitionArn=second,
            capacityProviderArns=[provider],
        )
        ecs.get_waiter("daemon_deployment_successful").wait(
            daemonDeploymentArns=[updated["deploymentArn"]],
            WaiterConfig={"Delay": 1, "MaxAttempts": 120})
        arns = self.cli_json("list-tasks", "--cluster", "live-daemons")["taskArns"]
        tasks = self.cli_json("describe-tasks", "--cluster", "live-daemons", "--tasks", *arns)["tasks"]
        live = [t for t in tasks if t["desiredStatus"] == "RUNNING"]
        self.assertEqual([t["taskDefinitionArn"] for t in live], [second])
        self.assertEqual(live[0]["lastStatus"], "RUNNING")
        ecs.delete_daemon(daemonArn=created["daemonArn"])

    def test_tasks_running_and_tasks_stopped_follow_a_task(self):
        self.cli_json("create-cluster", "--cluster-name", "tasks")
        self.fargate_definition("job", self.SERVE)
        run = self.cli_json(
            "run-task",
            "--cluster", "tasks",
            "--task-definition", "job",
            "--launch-type", "FARGATE",
            "--network-configuration", json.dumps(FARGATE_NETWORK),
        )
        arn = run["tasks"][0]["taskArn"]
        running = self.cli("wait", "tasks-running", "--cluster", "tasks", "--tasks", arn)
        self.assertEqual(running.returncode, 0, running.stderr)
        self.cli_json("stop-task", "--cluster", "tasks", "--task", arn)
        stopped = self.cli("wait", "tasks-stopped", "--cluster", "tasks", "--tasks", arn)
        self.assertEqual(stopped.returncode, 0, stopped.stderr)
        task = self.cli_json("describe-tasks", "--cluster", "tasks", "--tasks", arn)["tasks"][0]
        self.assertEqual(task["stopCode"], "UserInitiated")


ROOTLESS_SOCKET = os.environ.get(
    "ECSEMU_PODMAN_ROOTLESS_SOCKET", "/tmp/ecsemu-xdg-1001/podman/podman.sock")
ROOTLESS_USER = os.environ.get("ECSEMU_ROOTLESS_USER", "ecsemu")


def runtimes_here():
    """Each runtime the users' flow runs on here: (name, extra flags, how to start ecsemu),
    and the names of those that are missing."""
    found, missing = [], []
    if answers("/var/run/docker.sock"):
        found.append(("docker", ("--runtime", "docker"), None))
    else:
        missing.append("docker")
    if answers("/run/podman/podman.sock"):
        found.append(("podman", ("--runtime", "podman"), None))
    else:
        missing.append("podman")
    # Rootless Podman as its users run it: ecsemu started by that user finds its socket.
    if answers(ROOTLESS_SOCKET) and os.geteuid() == 0:
        found.append(("podman-rootless", ("--runtime", "podman"), ROOTLESS_USER))
    else:
        missing.append("podman-rootless")
    for binary in ("docker", "podman"):
        if shutil.which(binary):
            found.append((f"cli-{binary}", ("--runtime", "cli", "--cli-binary", binary), None))
        else:
            missing.append(f"cli-{binary}")
    return found, missing


def start_as(user, flags):
    """Starts the binary as `user` (a copy it can run), with that user's environment."""
    if user is None:
        return start_emulator(*flags)
    home = pwd.getpwnam(user)
    where = tempfile.mkdtemp(prefix="ecsemu-bin-")
    os.chmod(where, 0o755)
    binary = shutil.copy(BINARY, os.path.join(where, "ecsemu"))
    os.chmod(binary, 0o755)
    runtime_dir = os.path.dirname(os.path.dirname(ROOTLESS_SOCKET))
    environment = {
        "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
        "HOME": home.pw_dir,
        "USER": user,
        "XDG_RUNTIME_DIR": runtime_dir,
        "NO_COLOR": "1",
    }
    return start_emulator(*flags, binary=binary, user=user, environment=environment, cwd=where)


class UsersFlow(unittest.TestCase):
    """The AWS CLI flow of tutorials, on default flags, on every runtime here at once: a task
    definition with no network mode nor compatibilities, tasks and a service with no launch
    type (so EC2, on this machine as a container instance), an update the moment
    services-stable returns, scale to 0, delete."""

    def test_the_tutorial_flow_runs_on_every_runtime(self):
        found, missing = runtimes_here()
        if missing:
            if os.environ.get("ECSEMU_REQUIRE_RUNTIMES"):
                self.fail(f"runtimes missing: {missing}")
            print(f"!! SKIPPING the users' flow on {missing}: not running here")
        failures = {}

        def run(name, flags, user):
            try:
                process, endpoint = start_as(user, flags)
                try:
                    Flow(endpoint, name).run()
                finally:
                    process.terminate()
                    process.wait(timeout=60)
                    process.stdout.close()
            except Exception as error:  # noqa: BLE001 - reported with its runtime below
                failures[name] = f"{type(error).__name__}: {error}"

        threads = [threading.Thread(target=run, args=runtime) for runtime in found]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        self.assertEqual(failures, {})


class Flow:
    """One run of the users' flow against one emulator."""

    SERVE = "trap 'exit 0' TERM; while :; do sleep 1; done"

    def __init__(self, endpoint, name):
        self.endpoint = endpoint
        self.name = name

    def cli(self, *args):
        result = aws_ecs(self.endpoint, *args)
        if result.returncode != 0:
            raise AssertionError(f"{self.name}: aws ecs {' '.join(args)}: {result.stderr}")
        return json.loads(result.stdout) if result.stdout.strip() else None

    def check(self, condition, what):
        if not condition:
            raise AssertionError(f"{self.name}: {what}")

    def register(self, family, script):
        return self.cli(
            "register-task-definition", "--family", family, "--container-definitions",
            json.dumps([{"name": "app", "image": "busybox", "memory": 64,
                         "command": ["sh", "-c", script]}]),
        )["taskDefinition"]["taskDefinitionArn"]

    def services(self):
        return self.cli("describe-services", "--cluster", "demo", "--services", "web")["services"][0]

    def run(self):
        self.cli("create-cluster", "--cluster-name", "demo")
        self.register("job", "echo hello; exit 3")
        task = self.cli("run-task", "--cluster", "demo", "--task-definition", "job")["tasks"][0]
        self.check(task["launchType"] == "EC2", f"launch type {task.get('launchType')}")
        self.cli("wait", "tasks-stopped", "--cluster", "demo", "--tasks", task["taskArn"])
        task = self.cli("describe-tasks", "--cluster", "demo", "--tasks", task["taskArn"])["tasks"][0]
        self.check(task["containers"][0].get("exitCode") == 3, f"exit code: {task}")
        self.check(task["stopCode"] == "EssentialContainerExited", f"stop code: {task}")
        instances = self.cli("list-container-instances", "--cluster", "demo")["containerInstanceArns"]
        self.check(task.get("containerInstanceArn") in instances, f"instance: {task}, {instances}")

        self.register("web", self.SERVE)
        self.cli("create-service", "--cluster", "demo", "--service-name", "web",
                 "--task-definition", "web", "--desired-count", "2")
        self.cli("wait", "services-stable", "--cluster", "demo", "--services", "web")
        self.check(self.services()["runningCount"] == 2, "two tasks after services-stable")
        v2 = self.register("web", self.SERVE.replace("sleep 1", "sleep 2"))
        lowest = self.watch_running_count(
            lambda: self.cli("update-service", "--cluster", "demo", "--service", "web",
                             "--task-definition", "web"),
            lambda: self.cli("wait", "services-stable", "--cluster", "demo", "--services", "web"))
        self.check(lowest >= 2, f"runningCount fell to {lowest} during the update (minimum 100%)")
        service = self.services()
        self.check([d["taskDefinition"] for d in service["deployments"]] == [v2],
                   f"deployments {service['deployments']}")
        arns = self.cli("list-tasks", "--cluster", "demo", "--service-name", "web")["taskArns"]
        tasks = self.cli("describe-tasks", "--cluster", "demo", "--tasks", *arns)["tasks"]
        self.check({t["taskDefinitionArn"] for t in tasks} == {v2}, f"tasks {tasks}")

        self.cli("update-service", "--cluster", "demo", "--service", "web", "--desired-count", "0")
        self.cli("wait", "services-stable", "--cluster", "demo", "--services", "web")
        self.cli("delete-service", "--cluster", "demo", "--service", "web")
        self.cli("wait", "services-inactive", "--cluster", "demo", "--services", "web")
        deleted = self.cli("delete-cluster", "--cluster", "demo")["cluster"]
        self.check(deleted["status"] == "INACTIVE", f"cluster {deleted}")

    def watch_running_count(self, *steps):
        """Runs `steps` while watching the service's runningCount; returns the lowest seen."""
        client = boto3.client("ecs", endpoint_url=self.endpoint, region_name="us-east-1",
                              aws_access_key_id="test", aws_secret_access_key="secret")
        seen = []
        done = threading.Event()

        def watch():
            while not done.is_set():
                service = client.describe_services(cluster="demo", services=["web"])["services"][0]
                seen.append(service["runningCount"])
                done.wait(0.2)

        watcher = threading.Thread(target=watch)
        watcher.start()
        try:
            for step in steps:
                step()
        finally:
            done.set()
            watcher.join()
        return min(seen)


if __name__ == "__main__":
    result = unittest.main(exit=False, verbosity=2).result
    sys.exit(0 if result.wasSuccessful() else 1)
