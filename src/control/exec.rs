//! ECS Exec sessions: commands ExecuteCommand ran in task containers, with their output, kept
//! for the introspection API (there is no Session Manager to stream them to).

use std::collections::BTreeMap;

use parking_lot::Mutex;
use serde_json::{json, Value};

use crate::wire::Timestamp;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ExecStatus {
    Running,
    Completed,
    /// The runtime could not run the command at all.
    Failed,
}

#[derive(Debug, Clone)]
pub struct ExecSession {
    pub session_id: String,
    pub task_arn: String,
    pub container_name: String,
    pub command: Vec<String>,
    pub status: ExecStatus,
    pub exit_code: Option<i64>,
    pub output: String,
    pub started_at: Timestamp,
    pub finished_at: Option<Timestamp>,
}

impl ExecSession {
    pub fn to_json(&self) -> Value {
        json!({
            "sessionId": self.session_id,
            "taskArn": self.task_arn,
            "containerName": self.container_name,
            "command": self.command,
            "status": match self.status {
                ExecStatus::Running => "RUNNING",
                ExecStatus::Completed => "COMPLETED",
                ExecStatus::Failed => "FAILED",
            },
            "exitCode": self.exit_code,
            "output": self.output,
            "startedAt": self.started_at,
            "finishedAt": self.finished_at,
        })
    }
}

/// Every session of this emulator, by id.
#[derive(Debug, Default)]
pub struct ExecSessions(Mutex<BTreeMap<String, ExecSession>>);

impl ExecSessions {
    pub fn start(&self, session: ExecSession) {
        self.0.lock().insert(session.session_id.clone(), session);
    }

    /// Records how a session's command ended.
    pub fn finish(&self, id: &str, outcome: Result<(i64, String), String>, at: Timestamp) {
        if let Some(session) = self.0.lock().get_mut(id) {
            session.finished_at = Some(at);
            match outcome {
                Ok((exit_code, output)) => {
                    session.status = ExecStatus::Completed;
                    session.exit_code = Some(exit_code);
                    session.output = output;
                }
                Err(error) => {
                    session.status = ExecStatus::Failed;
                    session.output = error;
                }
            }
        }
    }

    pub fn get(&self, id: &str) -> Option<ExecSession> {
        self.0.lock().get(id).cloned()
    }

    /// Sessions of one task (by id or ARN), or all, oldest first.
    pub fn list(&self, task: Option<&str>) -> Vec<ExecSession> {
        let mut sessions: Vec<ExecSession> = self
            .0
            .lock()
            .values()
            .filter(|s| {
                task.is_none_or(|t| s.task_arn == t || s.task_arn.ends_with(&format!("/{t}")))
            })
            .cloned()
            .collect();
        sessions.sort_by(|a, b| a.started_at.total_cmp(&b.started_at));
        sessions
    }

    pub fn clear(&self) {
        self.0.lock().clear();
    }
}

/// Splits a command line into words the way a POSIX shell would for plain words and single-
/// or double-quoted strings (no expansions): the Session Manager agent runs the command
/// itself, without a shell.
pub fn split_command(line: &str) -> Result<Vec<String>, String> {
    let mut words = Vec::new();
    let mut word = String::new();
    let mut in_word = false;
    let mut chars = line.chars();
    while let Some(c) = chars.next() {
        match c {
            '\'' => {
                in_word = true;
                loop {
                    match chars.next() {
                        Some('\'') => break,
                        Some(c) => word.push(c),
                        None => return Err("unterminated single quote".to_owned()),
                    }
                }
            }
            '"' => {
                in_word = true;
                loop {
                    match chars.next() {
                        Some('"') => break,
                        Some('\\') => match chars.next() {
                            Some(c) => word.push(c),
                            None => return Err("unterminated double quote".to_owned()),
                        },
                        Some(c) => word.push(c),
                        None => return Err("unterminated double quote".to_owned()),
                    }
                }
            }
            '\\' => {
                in_word = true;
                if let Some(c) = chars.next() {
                    word.push(c);
                }
            }
            c if c.is_whitespace() => {
                if in_word {
                    words.push(std::mem::take(&mut word));
                    in_word = false;
                }
            }
            c => {
                in_word = true;
                word.push(c);
            }
        }
    }
    if in_word {
        words.push(word);
    }
    Ok(words)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn commands_split_like_a_shell_without_expansion() {
        assert_eq!(split_command("/bin/sh").unwrap(), vec!["/bin/sh"]);
        assert_eq!(
            split_command(r#"sh -c 'echo "a b"; exit 3'"#).unwrap(),
            vec!["sh", "-c", r#"echo "a b"; exit 3"#]
        );
        assert_eq!(
            split_command(r#"echo "x\"y"  z\ w"#).unwrap(),
            vec!["echo", "x\"y", "z w"]
        );
        assert_eq!(split_command("  ").unwrap(), Vec::<String>::new());
        assert!(split_command("echo 'open").is_err());
    }

    #[test]
    fn sessions_record_their_outcome() {
        let sessions = ExecSessions::default();
        sessions.start(ExecSession {
            session_id: "s1".to_owned(),
            task_arn: "arn:aws:ecs:us-east-1:0:task/c/abc".to_owned(),
            container_name: "app".to_owned(),
            command: vec!["true".to_owned()],
            status: ExecStatus::Running,
            exit_code: None,
            output: String::new(),
            started_at: 1.0,
            finished_at: None,
        });
        sessions.finish("s1", Ok((0, "hi\n".to_owned())), 2.0);
        let done = sessions.get("s1").unwrap();
        assert_eq!(done.status, ExecStatus::Completed);
        assert_eq!(done.output, "hi\n");
        assert_eq!(sessions.list(Some("abc")).len(), 1);
        assert!(sessions.list(Some("other")).is_empty());
    }
}
