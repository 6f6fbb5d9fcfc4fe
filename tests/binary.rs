//! The `ecsemu` binary as users start it: it serves at once and exits cleanly on SIGTERM.

use std::io::{BufRead, BufReader};
use std::process::{Command, Stdio};
use std::time::Duration;

use tokio::io::{AsyncReadExt, AsyncWriteExt};

#[tokio::test]
async fn serves_then_shuts_down_cleanly_on_sigterm() {
    let mut child = Command::new(env!("CARGO_BIN_EXE_ecsemu"))
        .args(["--runtime", "none", "--listen", ":0"])
        .env("NO_COLOR", "1")
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .expect("the binary starts");
    let stdout = child.stdout.take().expect("stdout is piped");
    let address = BufReader::new(stdout)
        .lines()
        .map_while(Result::ok)
        .find_map(|line| {
            line.split("serving the ECS API on http://")
                .nth(1)
                .and_then(|rest| rest.split_whitespace().next())
                .map(str::to_owned)
        })
        .expect("the binary logs where it serves");

    let mut stream = tokio::net::TcpStream::connect(&address)
        .await
        .expect("it accepts connections");
    let request =
        format!("GET /_ecsemu/health HTTP/1.1\r\nHost: {address}\r\nConnection: close\r\n\r\n");
    stream.write_all(request.as_bytes()).await.unwrap();
    let mut reply = String::new();
    stream.read_to_string(&mut reply).await.unwrap();
    assert!(reply.starts_with("HTTP/1.1 200"), "{reply}");
    assert!(reply.contains("\"runtime\":\"none\""), "{reply}");

    let killed = Command::new("kill")
        .args(["-TERM", &child.id().to_string()])
        .status()
        .expect("kill runs");
    assert!(killed.success());
    let status = tokio::time::timeout(Duration::from_secs(20), async {
        loop {
            if let Some(status) = child.try_wait().expect("waitable") {
                return status;
            }
            tokio::time::sleep(Duration::from_millis(20)).await;
        }
    })
    .await
    .expect("the binary exits after SIGTERM");
    assert!(status.success(), "clean shutdown exits 0, got {status}");
}

#[test]
fn an_unavailable_explicit_runtime_stops_startup_with_a_message() {
    let output = Command::new(env!("CARGO_BIN_EXE_ecsemu"))
        .args(["--runtime", "cli", "--cli-binary", "/nonexistent/docker"])
        .args(["--listen", "127.0.0.1:0"])
        .output()
        .expect("the binary starts");
    assert!(!output.status.success());
    assert!(String::from_utf8_lossy(&output.stderr).contains("--runtime cli is unavailable"));
}

#[test]
fn help_documents_every_flag_and_its_environment_variable() {
    let output = Command::new(env!("CARGO_BIN_EXE_ecsemu"))
        .arg("--help")
        .output()
        .expect("the binary starts");
    let help = String::from_utf8_lossy(&output.stdout);
    for flag in [
        "--listen",
        "ECSEMU_LISTEN",
        "--runtime",
        "--region",
        "--account-id",
        "--log-level",
        "--image-pull-behavior",
    ] {
        assert!(help.contains(flag), "--help lacks {flag}");
    }
}
