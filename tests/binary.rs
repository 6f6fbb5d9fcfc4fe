//! The `ecsemu` binary as users start it: it serves at once, whatever the runtime does, says
//! what it tries, and exits cleanly on SIGTERM.

use std::io::{BufRead, BufReader};
use std::process::{Child, Command, Stdio};
use std::sync::mpsc;
use std::time::Duration;

use tokio::io::{AsyncReadExt, AsyncWriteExt};

#[tokio::test]
async fn serves_then_shuts_down_cleanly_on_sigterm() {
    let (mut child, lines) = spawn_logging(&["--runtime", "none"], &[]);
    let reply = health(&serving_address(&lines)).await;
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

/// The binary with `args` and `env`, and its log lines as they come.
fn spawn_logging(args: &[&str], env: &[(&str, &str)]) -> (Child, mpsc::Receiver<String>) {
    let mut child = Command::new(env!("CARGO_BIN_EXE_ecsemu"))
        .args(args)
        .args(["--listen", ":0"])
        .envs(env.iter().copied())
        .env("NO_COLOR", "1")
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .expect("the binary starts");
    let stdout = child.stdout.take().expect("stdout is piped");
    let (lines, received) = mpsc::channel();
    std::thread::spawn(move || {
        for line in BufReader::new(stdout).lines().map_while(Result::ok) {
            if lines.send(line).is_err() {
                return;
            }
        }
    });
    (child, received)
}

/// The first line containing `text`, with the lines before it.
fn line_with(lines: &mpsc::Receiver<String>, text: &str) -> (String, Vec<String>) {
    let mut before = Vec::new();
    while let Ok(line) = lines.recv_timeout(Duration::from_secs(30)) {
        if line.contains(text) {
            return (line, before);
        }
        before.push(line);
    }
    panic!(
        "no log line says {text:?}; the log was:\n{}",
        before.join("\n")
    );
}

/// Where the binary says it serves.
fn serving_address(lines: &mpsc::Receiver<String>) -> String {
    let (serving, _) = line_with(lines, "serving the ECS API on http://");
    serving
        .split("serving the ECS API on http://")
        .nth(1)
        .and_then(|rest| rest.split_whitespace().next())
        .expect("an address")
        .to_owned()
}

async fn health(address: &str) -> String {
    let mut stream = tokio::net::TcpStream::connect(address)
        .await
        .expect("it accepts connections");
    let request =
        format!("GET /_ecsemu/health HTTP/1.1\r\nHost: {address}\r\nConnection: close\r\n\r\n");
    stream.write_all(request.as_bytes()).await.unwrap();
    let mut reply = String::new();
    stream.read_to_string(&mut reply).await.unwrap();
    reply
}

#[tokio::test]
async fn it_serves_while_a_chosen_runtime_does_not_answer() {
    // A "daemon" that accepts connections and never answers, as a very busy one does.
    let dir = std::env::temp_dir().join(format!("ecsemu-busy-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let socket = dir.join("docker.sock");
    let _ = std::fs::remove_file(&socket);
    let busy = std::os::unix::net::UnixListener::bind(&socket).unwrap();
    let held = std::thread::spawn(move || busy.incoming().take(4).collect::<Vec<_>>());
    let host = format!("unix://{}", socket.display());
    let (mut child, lines) = spawn_logging(&["--runtime", "docker"], &[("DOCKER_HOST", &host)]);
    let reply = health(&serving_address(&lines)).await;
    assert!(reply.contains("\"runtime\":\"choosing\""), "{reply}");
    let (connecting, _) = line_with(&lines, "--runtime docker: connecting to Docker at unix://");
    assert!(connecting.contains(&host), "{connecting}");
    let _ = child.kill();
    let _ = child.wait();
    drop(held);
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn auto_says_what_it_skipped_and_why_in_plain_words() {
    let (mut child, lines) = spawn_logging(
        &["--runtime", "auto"],
        &[("DOCKER_HOST", "unix:///nonexistent/ecsemu/docker.sock")],
    );
    let (skipped, _) = line_with(
        &lines,
        "--runtime auto: skipping Docker at unix:///nonexistent",
    );
    let _ = child.kill();
    let _ = child.wait();
    assert!(!skipped.contains('{'), "no debug output: {skipped}");
}
