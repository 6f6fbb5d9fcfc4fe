//! Running one CLI invocation: spawn, feed stdin, collect both pipes, give up when it hangs.

use std::ffi::OsStr;
use std::path::Path;
use std::process::Stdio;
use std::sync::Arc;
use std::time::Duration;

use ecsemu_runtime::RuntimeError;
use tokio::io::AsyncWriteExt;
use tokio::process::Command;

use crate::errors;

/// Which CLI the binary turned out to be; their flags and output formats differ.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Flavor {
    Docker,
    Podman,
}

impl Flavor {
    pub(crate) const fn name(self) -> &'static str {
        match self {
            Self::Docker => "docker",
            Self::Podman => "podman",
        }
    }
}

/// For everything but pulls: a daemon that takes longer than this to answer is stuck.
pub(crate) const CALL_TIMEOUT: Duration = Duration::from_secs(60);
/// Pulls of large images over slow links legitimately take minutes.
pub(crate) const PULL_TIMEOUT: Duration = Duration::from_secs(300);

/// What a finished invocation left behind.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Output {
    /// `None` when a signal ended the process.
    pub(crate) code: Option<i32>,
    pub(crate) stdout: String,
    pub(crate) stderr: String,
}

impl Output {
    pub(crate) fn success(&self) -> bool {
        self.code == Some(0)
    }

    /// The failure as the trait's error, `target` being the container or image it was about.
    pub(crate) fn error(&self, target: &str) -> RuntimeError {
        errors::classify(&self.stderr, self.code, target)
    }
}

/// A docker or podman binary. Cheap to clone, so background tasks can own one.
#[derive(Debug, Clone)]
pub(crate) struct Cli {
    binary: Arc<Path>,
    pub(crate) flavor: Flavor,
}

impl Cli {
    pub(crate) fn new(binary: &Path, flavor: Flavor) -> Self {
        Self {
            binary: Arc::from(binary),
            flavor,
        }
    }

    pub(crate) fn binary(&self) -> &Path {
        &self.binary
    }

    /// A command for `args` that cannot outlive its handle, so a dropped future or stream never
    /// leaves a CLI process behind.
    pub(crate) fn command<S: AsRef<OsStr>>(&self, args: &[S]) -> Command {
        let mut command = Command::new(&*self.binary);
        command
            .args(args)
            // Podman's conmon writes files such as `oom` into its working directory; keep them
            // out of wherever the emulator was started.
            .current_dir(std::env::temp_dir())
            .stdin(Stdio::null())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .kill_on_drop(true);
        command
    }

    /// Runs `args` to completion, whatever its exit status; a call that hangs is the runtime
    /// not answering.
    pub(crate) async fn output<S: AsRef<OsStr>>(
        &self,
        args: &[S],
        stdin: Option<&[u8]>,
        timeout: Duration,
    ) -> Result<Output, RuntimeError> {
        self.output_within(args, stdin, timeout)
            .await?
            .ok_or_else(|| {
                RuntimeError::Unreachable(format!(
                    "`{} {}` did not finish within {}s",
                    self.flavor.name(),
                    describe(args),
                    timeout.as_secs_f64()
                ))
            })
    }

    /// Runs `args` to completion, or `None` when it did not finish within `timeout` (and was
    /// killed).
    pub(crate) async fn output_within<S: AsRef<OsStr>>(
        &self,
        args: &[S],
        stdin: Option<&[u8]>,
        timeout: Duration,
    ) -> Result<Option<Output>, RuntimeError> {
        let started = std::time::Instant::now();
        let mut command = self.command(args);
        if stdin.is_some() {
            command.stdin(Stdio::piped());
        }
        let mut child = command.spawn().map_err(|e| self.spawn_error(&e))?;
        let pipe = child.stdin.take();
        let work = async move {
            let feed = async move {
                if let (Some(mut pipe), Some(data)) = (pipe, stdin) {
                    // A process that exits without reading everything closes the pipe early;
                    // its exit status tells what went wrong, not the broken pipe.
                    let _ = pipe.write_all(data).await;
                    let _ = pipe.shutdown().await;
                }
            };
            let ((), output) = tokio::join!(feed, child.wait_with_output());
            output
        };
        // Dropping the unfinished `work` drops the child, which kill_on_drop kills.
        let Ok(finished) = tokio::time::timeout(timeout, work).await else {
            return Ok(None);
        };
        let output = finished.map_err(|e| {
            RuntimeError::Unreachable(format!("waiting for {}: {e}", self.binary.display()))
        })?;
        tracing::debug!(
            command = %describe(args),
            status = ?output.status.code(),
            elapsed_ms = started.elapsed().as_millis(),
            "{} call", self.flavor.name()
        );
        Ok(Some(Output {
            code: output.status.code(),
            stdout: String::from_utf8_lossy(&output.stdout).into_owned(),
            stderr: String::from_utf8_lossy(&output.stderr).into_owned(),
        }))
    }

    /// Runs `args` and returns its stdout, or its failure classified against `target`.
    pub(crate) async fn run<S: AsRef<OsStr>>(
        &self,
        args: &[S],
        target: &str,
    ) -> Result<String, RuntimeError> {
        let output = self.output(args, None, CALL_TIMEOUT).await?;
        if output.success() {
            Ok(output.stdout)
        } else {
            Err(output.error(target))
        }
    }

    pub(crate) fn spawn_error(&self, error: &std::io::Error) -> RuntimeError {
        RuntimeError::Unreachable(format!("cannot run {}: {error}", self.binary.display()))
    }
}

/// The subcommand, for messages: the first two arguments are enough to tell which call hung.
fn describe<S: AsRef<OsStr>>(args: &[S]) -> String {
    args.iter()
        .filter(|a| a.as_ref() != "--")
        .take(2)
        .map(|a| a.as_ref().to_string_lossy().into_owned())
        .collect::<Vec<_>>()
        .join(" ")
}

/// The id a `create`/`run -d`/`import` printed: its last non-empty stdout line, because podman
/// may print pull or warning chatter before it.
pub(crate) fn printed_id(stdout: &str) -> Option<String> {
    stdout
        .lines()
        .map(str::trim)
        .rfind(|l| !l.is_empty())
        .map(str::to_owned)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_printed_id_is_the_last_line() {
        assert_eq!(printed_id("abc\n"), Some("abc".to_owned()));
        assert_eq!(
            printed_id("Trying to pull...\nabc123\n\n"),
            Some("abc123".to_owned())
        );
        assert_eq!(printed_id("\n  \n"), None);
    }

    #[test]
    fn descriptions_name_the_subcommand() {
        assert_eq!(describe(&["image", "inspect", "busybox"]), "image inspect");
        assert_eq!(describe(&["start", "--", "abc"]), "start abc");
        assert_eq!(describe::<&str>(&[]), "");
    }

    #[tokio::test]
    async fn a_missing_binary_is_unreachable() {
        let cli = Cli::new(Path::new("/nonexistent/ecsemu-docker"), Flavor::Docker);
        match cli.output(&["info"], None, CALL_TIMEOUT).await {
            Err(RuntimeError::Unreachable(text)) => assert!(text.contains("cannot run")),
            other => panic!("{other:?}"),
        }
    }

    #[tokio::test]
    async fn a_hanging_call_times_out_and_stdin_is_fed() {
        let cli = Cli::new(Path::new("/bin/sh"), Flavor::Docker);
        let hung = cli
            .output(&["-c", "sleep 30"], None, Duration::from_millis(200))
            .await;
        assert!(
            matches!(hung, Err(RuntimeError::Unreachable(_))),
            "{hung:?}"
        );
        let fed = cli
            .output(
                &["-c", "cat; echo oops >&2; exit 4"],
                Some(b"piped"),
                CALL_TIMEOUT,
            )
            .await
            .unwrap();
        assert_eq!(
            fed,
            Output {
                code: Some(4),
                stdout: "piped".to_owned(),
                stderr: "oops\n".to_owned()
            }
        );
    }
}
