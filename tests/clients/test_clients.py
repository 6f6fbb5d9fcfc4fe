"""The emulator binary driven by the real AWS CLI and boto3, with no container runtime.

Run by tests/clients/run.sh, which provides the pinned clients. ECSEMU_BIN names the binary
(default: target/release/ecsemu).
"""

import json
import os
import re
import subprocess
import sys
import threading
import unittest
from pathlib import Path

import boto3
import botocore.exceptions

ROOT = Path(__file__).resolve().parents[2]
BINARY = os.environ.get("ECSEMU_BIN", str(ROOT / "target" / "release" / "ecsemu"))
FARGATE_NETWORK = {"awsvpcConfiguration": {"subnets": ["subnet-0123456789abcdef0"]}}


def start_emulator():
    process = subprocess.Popen(
        [BINARY, "--runtime", "none", "--listen", "127.0.0.1:0"],
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
        env={**os.environ, "NO_COLOR": "1"},
    )
    for line in process.stdout:
        found = re.search(r"serving the ECS API on (http://\S+)", line)
        if found:
            # Keep reading its log, or a full pipe would block the emulator.
            threading.Thread(target=process.stdout.read, daemon=True).start()
            return process, found.group(1)
    raise RuntimeError("ecsemu exited before serving")


class Clients(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.process, cls.endpoint = start_emulator()

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
        env = {
            **os.environ,
            "AWS_ACCESS_KEY_ID": "test",
            "AWS_SECRET_ACCESS_KEY": "secret",
            "AWS_DEFAULT_REGION": "us-east-1",
            "AWS_CONFIG_FILE": os.devnull,
            "AWS_SHARED_CREDENTIALS_FILE": os.devnull,
        }
        result = subprocess.run(
            ["aws", "--endpoint-url", self.endpoint, "--output", "json", "ecs", *args],
            env=env,
            capture_output=True,
            text=True,
            timeout=120,
        )
        return result

    def cli_json(self, *args):
        result = self.cli(*args)
        self.assertEqual(result.returncode, 0, result.stderr)
        return json.loads(result.stdout) if result.stdout.strip() else None

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


if __name__ == "__main__":
    result = unittest.main(exit=False, verbosity=2).result
    sys.exit(0 if result.wasSuccessful() else 1)
