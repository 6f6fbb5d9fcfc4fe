//! Reassembling lines from the chunks Docker sends logs in.

use bollard::container::LogOutput;
use ecsemu_runtime::{LogLine, LogStream};

/// Splits chunks into lines per stream. A chunk is a frame of Docker's multiplexed output and
/// need not end at a line break (long lines are split; a TTY is a raw byte stream), so the
/// unfinished tail of each stream waits for that stream's next chunk.
#[derive(Debug, Default)]
pub(crate) struct LineCollector {
    lines: Vec<LogLine>,
    stdout: Vec<u8>,
    stderr: Vec<u8>,
}

impl LineCollector {
    pub(crate) fn push(&mut self, output: LogOutput) {
        let (stream, bytes) = match output {
            LogOutput::StdErr { message } => (LogStream::Stderr, message),
            // A TTY merges both streams into one; stdin is never logged.
            LogOutput::StdOut { message }
            | LogOutput::Console { message }
            | LogOutput::StdIn { message } => (LogStream::Stdout, message),
        };
        let pending = match stream {
            LogStream::Stdout => &mut self.stdout,
            LogStream::Stderr => &mut self.stderr,
        };
        pending.extend_from_slice(&bytes);
        while let Some(end) = pending.iter().position(|b| *b == b'\n') {
            let line: Vec<u8> = pending.drain(..=end).collect();
            self.lines.push(line_of(stream, &line));
        }
    }

    /// The lines, including unterminated last ones.
    pub(crate) fn finish(mut self) -> Vec<LogLine> {
        for (stream, rest) in [
            (LogStream::Stdout, &self.stdout),
            (LogStream::Stderr, &self.stderr),
        ] {
            if !rest.is_empty() {
                self.lines.push(line_of(stream, rest));
            }
        }
        self.lines
    }
}

fn line_of(stream: LogStream, bytes: &[u8]) -> LogLine {
    let text = String::from_utf8_lossy(bytes);
    LogLine {
        stream,
        text: text
            .trim_end_matches('\n')
            .trim_end_matches('\r')
            .to_owned(),
    }
}

#[cfg(test)]
mod tests {
    use bytes::Bytes;

    use super::*;

    fn out(text: &str) -> LogOutput {
        LogOutput::StdOut {
            message: Bytes::from(text.to_owned()),
        }
    }

    fn err(text: &str) -> LogOutput {
        LogOutput::StdErr {
            message: Bytes::from(text.to_owned()),
        }
    }

    fn line(stream: LogStream, text: &str) -> LogLine {
        LogLine {
            stream,
            text: text.to_owned(),
        }
    }

    #[test]
    fn keeps_the_order_of_lines_across_streams() {
        let mut collector = LineCollector::default();
        collector.push(out("one\n"));
        collector.push(err("two\n"));
        collector.push(out("three\nfour\n"));
        assert_eq!(
            collector.finish(),
            vec![
                line(LogStream::Stdout, "one"),
                line(LogStream::Stderr, "two"),
                line(LogStream::Stdout, "three"),
                line(LogStream::Stdout, "four"),
            ]
        );
    }

    #[test]
    fn joins_a_line_split_across_chunks() {
        let mut collector = LineCollector::default();
        collector.push(out("hel"));
        collector.push(err("oops\n"));
        collector.push(out("lo\r\n"));
        collector.push(out("no newline"));
        assert_eq!(
            collector.finish(),
            vec![
                line(LogStream::Stderr, "oops"),
                line(LogStream::Stdout, "hello"),
                line(LogStream::Stdout, "no newline"),
            ]
        );
    }

    #[test]
    fn a_multibyte_character_split_across_chunks_survives() {
        let mut collector = LineCollector::default();
        let bytes = "é\n".as_bytes();
        collector.push(LogOutput::Console {
            message: Bytes::copy_from_slice(&bytes[..1]),
        });
        collector.push(LogOutput::Console {
            message: Bytes::copy_from_slice(&bytes[1..]),
        });
        assert_eq!(collector.finish(), vec![line(LogStream::Stdout, "é")]);
    }

    #[test]
    fn keeps_empty_lines() {
        let mut collector = LineCollector::default();
        collector.push(out("a\n\nb\n"));
        assert_eq!(
            collector.finish(),
            vec![
                line(LogStream::Stdout, "a"),
                line(LogStream::Stdout, ""),
                line(LogStream::Stdout, "b"),
            ]
        );
    }
}
