//! The cluster query language (ListContainerInstances `filter`, `memberOf` placement
//! constraints) and what a container instance looks like to it.
//!
//! Grammar, as ECS documents it: `expr := term (or term)*`, `term := factor (and factor)*`,
//! `factor := not(expr) | (expr) | subject operator [value]`, with `and`/`&&`, `or`/`||`,
//! `not`/`!`, and the operators `==`/`equals`, `!=`/`not_equals`, `>`, `>=`, `<`, `<=`
//! (and their word forms), `exists`, `!exists`/`not_exists`, `in`/`!in`/`not_in` with a
//! `[a, b]` list, `=~`/`matches`, `!~`/`not_matches`. Subjects: `agentConnected`,
//! `agentVersion`, `attribute:<name>`, `ec2InstanceId`, `registeredAt`, `runningTasksCount`,
//! `task:group`.

use crate::error::EcsError;

/// What an expression is evaluated against: one container instance.
#[derive(Debug, Default)]
pub struct InstanceFacts<'a> {
    pub attributes: Vec<(&'a str, Option<&'a str>)>,
    pub ec2_instance_id: &'a str,
    pub agent_connected: bool,
    pub agent_version: &'a str,
    /// RFC 3339, as `registeredAt` compares.
    pub registered_at: String,
    pub running_tasks: i32,
    /// The groups of the tasks on the instance.
    pub task_groups: Vec<&'a str>,
}

#[derive(Debug, Clone, PartialEq)]
pub enum Expression {
    Or(Vec<Expression>),
    And(Vec<Expression>),
    Not(Box<Expression>),
    Compare {
        subject: String,
        operator: Operator,
        values: Vec<String>,
    },
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Operator {
    Equals,
    NotEquals,
    Greater,
    GreaterOrEqual,
    Less,
    LessOrEqual,
    Exists,
    NotExists,
    In,
    NotIn,
    Matches,
    NotMatches,
}

impl Operator {
    fn parse(word: &str) -> Option<Self> {
        Some(match word {
            "==" | "equals" => Self::Equals,
            "!=" | "not_equals" => Self::NotEquals,
            ">" | "greater_than" => Self::Greater,
            ">=" | "greater_than_equal" => Self::GreaterOrEqual,
            "<" | "less_than" => Self::Less,
            "<=" | "less_than_equal" => Self::LessOrEqual,
            "exists" => Self::Exists,
            "!exists" | "not_exists" => Self::NotExists,
            "in" => Self::In,
            "!in" | "not_in" => Self::NotIn,
            "=~" | "matches" => Self::Matches,
            "!~" | "not_matches" => Self::NotMatches,
            _ => return None,
        })
    }
}

impl Expression {
    pub fn parse(text: &str) -> Result<Self, EcsError> {
        // ECS caps expressions at 2,000 characters.
        if text.len() > 2000 {
            return Err(EcsError::invalid_parameter(
                "A cluster query language expression can be at most 2000 characters.",
            ));
        }
        let tokens = tokenize(text);
        let mut parser = Parser {
            tokens: &tokens,
            at: 0,
            depth: 0,
        };
        let expression = parser.or()?;
        if parser.at != tokens.len() {
            return Err(invalid(text));
        }
        Ok(expression)
    }

    pub fn matches(&self, facts: &InstanceFacts<'_>) -> bool {
        match self {
            Self::Or(parts) => parts.iter().any(|p| p.matches(facts)),
            Self::And(parts) => parts.iter().all(|p| p.matches(facts)),
            Self::Not(inner) => !inner.matches(facts),
            Self::Compare {
                subject,
                operator,
                values,
            } => {
                // task:group holds if any task on the instance satisfies the comparison.
                if subject == "task:group" {
                    return match operator {
                        Operator::Exists => !facts.task_groups.is_empty(),
                        Operator::NotExists => facts.task_groups.is_empty(),
                        _ => facts
                            .task_groups
                            .iter()
                            .any(|g| compare(Some(g), *operator, values)),
                    };
                }
                let value = subject_value(subject, facts);
                compare(value.as_deref(), *operator, values)
            }
        }
    }
}

fn subject_value(subject: &str, facts: &InstanceFacts<'_>) -> Option<String> {
    if let Some(name) = subject.strip_prefix("attribute:") {
        return facts
            .attributes
            .iter()
            .find(|(n, _)| *n == name)
            // An attribute without a value exists, and compares as empty.
            .map(|(_, v)| v.unwrap_or_default().to_owned());
    }
    match subject {
        "agentConnected" => Some(facts.agent_connected.to_string()),
        "agentVersion" => Some(facts.agent_version.to_owned()),
        "ec2InstanceId" => Some(facts.ec2_instance_id.to_owned()),
        "registeredAt" => Some(facts.registered_at.clone()),
        "runningTasksCount" => Some(facts.running_tasks.to_string()),
        _ => None,
    }
}

fn compare(value: Option<&str>, operator: Operator, values: &[String]) -> bool {
    let first = values.first().map(String::as_str).unwrap_or_default();
    match (operator, value) {
        (Operator::Exists, value) => value.is_some(),
        (Operator::NotExists, value) => value.is_none(),
        (Operator::NotEquals, value) => value != Some(first),
        (Operator::NotIn, value) => value.is_none_or(|v| !values.iter().any(|x| x == v)),
        (Operator::NotMatches, value) => value.is_none_or(|v| !glob_regex(first, v)),
        (_, None) => false,
        (Operator::Equals, Some(v)) => v == first,
        (Operator::In, Some(v)) => values.iter().any(|x| x == v),
        (Operator::Matches, Some(v)) => glob_regex(first, v),
        (Operator::Greater, Some(v)) => order(v, first).is_gt(),
        (Operator::GreaterOrEqual, Some(v)) => order(v, first).is_ge(),
        (Operator::Less, Some(v)) => order(v, first).is_lt(),
        (Operator::LessOrEqual, Some(v)) => order(v, first).is_le(),
    }
}

/// Numbers and dotted versions compare part by part numerically, anything else as text.
fn order(a: &str, b: &str) -> std::cmp::Ordering {
    let numeric = |s: &str| -> Option<Vec<u64>> { s.split('.').map(|p| p.parse().ok()).collect() };
    match (numeric(a), numeric(b)) {
        (Some(x), Some(y)) => x.cmp(&y),
        _ => a.cmp(b),
    }
}

/// One element of a pattern: any character or this one.
#[derive(Clone, Copy)]
enum Atom {
    Any,
    Char(char),
}

impl Atom {
    fn accepts(self, c: char) -> bool {
        match self {
            Self::Any => true,
            Self::Char(x) => x == c,
        }
    }
}

/// A whole-string match of the regular expressions placement filters use: literals, `.`,
/// `\`-escapes and the `*`, `+`, `?` repeats (ecsemu has no full regex engine).
fn glob_regex(pattern: &str, text: &str) -> bool {
    let mut atoms: Vec<(Atom, char)> = Vec::new();
    let mut chars = pattern
        .trim_start_matches('^')
        .trim_end_matches('$')
        .chars();
    while let Some(c) = chars.next() {
        let atom = match c {
            '.' => Atom::Any,
            '\\' => Atom::Char(chars.next().unwrap_or('\\')),
            '*' | '+' | '?' => {
                if let Some(last) = atoms.last_mut() {
                    last.1 = c;
                }
                continue;
            }
            c => Atom::Char(c),
        };
        atoms.push((atom, '1'));
    }
    let text: Vec<char> = text.chars().collect();
    full_match(&atoms, &text)
}

/// Whether `atoms` (each with its repeat) match all of `text`, by dynamic programming over
/// (atom, position) so that no pattern backtracks exponentially or recurses deeply.
fn full_match(atoms: &[(Atom, char)], text: &[char]) -> bool {
    // matches[j] for the atoms from i on: they match text[j..].
    let mut matches = vec![false; text.len() + 1];
    matches[text.len()] = true;
    for &(atom, repeat) in atoms.iter().rev() {
        let later = matches.clone();
        for j in (0..=text.len()).rev() {
            let one = j < text.len() && atom.accepts(text[j]);
            matches[j] = match repeat {
                // Zero of it, or one and then any number more.
                '*' => later[j] || (one && matches[j + 1]),
                '+' => one && (later[j + 1] || matches[j + 1]),
                '?' => later[j] || (one && later[j + 1]),
                _ => one && later[j + 1],
            };
        }
    }
    matches[0]
}

fn invalid(text: &str) -> EcsError {
    EcsError::invalid_parameter(format!(
        "The cluster query language expression {text:?} is invalid."
    ))
}

fn tokenize(text: &str) -> Vec<String> {
    let mut tokens = Vec::new();
    let mut current = String::new();
    let flush = |current: &mut String, tokens: &mut Vec<String>| {
        if !current.is_empty() {
            tokens.push(std::mem::take(current));
        }
    };
    for c in text.chars() {
        match c {
            '(' | ')' | '[' | ']' | ',' => {
                flush(&mut current, &mut tokens);
                tokens.push(c.to_string());
            }
            c if c.is_whitespace() => flush(&mut current, &mut tokens),
            c => current.push(c),
        }
    }
    flush(&mut current, &mut tokens);
    tokens
}

/// How deeply `not(...)` and parentheses may nest: input must not exhaust the stack.
const MAX_DEPTH: usize = 32;

struct Parser<'t> {
    tokens: &'t [String],
    at: usize,
    depth: usize,
}

impl Parser<'_> {
    fn peek(&self) -> Option<&str> {
        self.tokens.get(self.at).map(String::as_str)
    }

    fn next(&mut self) -> Result<String, EcsError> {
        let token = self
            .tokens
            .get(self.at)
            .cloned()
            .ok_or_else(|| invalid(&self.tokens.join(" ")))?;
        self.at += 1;
        Ok(token)
    }

    fn expect(&mut self, token: &str) -> Result<(), EcsError> {
        if self.next()? == token {
            Ok(())
        } else {
            Err(invalid(&self.tokens.join(" ")))
        }
    }

    fn or(&mut self) -> Result<Expression, EcsError> {
        let mut parts = vec![self.and()?];
        while matches!(self.peek(), Some("or" | "||")) {
            self.at += 1;
            parts.push(self.and()?);
        }
        Ok(if parts.len() == 1 {
            parts.remove(0)
        } else {
            Expression::Or(parts)
        })
    }

    fn and(&mut self) -> Result<Expression, EcsError> {
        let mut parts = vec![self.factor()?];
        while matches!(self.peek(), Some("and" | "&&")) {
            self.at += 1;
            parts.push(self.factor()?);
        }
        Ok(if parts.len() == 1 {
            parts.remove(0)
        } else {
            Expression::And(parts)
        })
    }

    fn factor(&mut self) -> Result<Expression, EcsError> {
        let nests = matches!(self.peek(), Some("not" | "!" | "("));
        if nests {
            self.depth += 1;
            if self.depth > MAX_DEPTH {
                return Err(invalid(&self.tokens.join(" ")));
            }
        }
        let factor = self.nested_or_comparison();
        if nests {
            self.depth -= 1;
        }
        factor
    }

    fn nested_or_comparison(&mut self) -> Result<Expression, EcsError> {
        match self.peek() {
            Some("not" | "!") => {
                self.at += 1;
                self.expect("(")?;
                let inner = self.or()?;
                self.expect(")")?;
                Ok(Expression::Not(Box::new(inner)))
            }
            Some("(") => {
                self.at += 1;
                let inner = self.or()?;
                self.expect(")")?;
                Ok(inner)
            }
            _ => self.comparison(),
        }
    }

    fn comparison(&mut self) -> Result<Expression, EcsError> {
        let subject = self.next()?;
        let operator_word = self.next()?;
        let operator =
            Operator::parse(&operator_word).ok_or_else(|| invalid(&self.tokens.join(" ")))?;
        let values = match operator {
            Operator::Exists | Operator::NotExists => Vec::new(),
            Operator::In | Operator::NotIn => {
                self.expect("[")?;
                let mut values = Vec::new();
                loop {
                    let token = self.next()?;
                    match token.as_str() {
                        "]" => break,
                        "," => {}
                        _ => values.push(token),
                    }
                }
                values
            }
            _ => vec![self.next()?],
        };
        Ok(Expression::Compare {
            subject,
            operator,
            values,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn facts() -> InstanceFacts<'static> {
        InstanceFacts {
            attributes: vec![
                ("ecs.instance-type", Some("t2.small")),
                ("ecs.availability-zone", Some("us-east-1a")),
                ("canary", None),
            ],
            ec2_instance_id: "i-0123",
            agent_connected: true,
            agent_version: "1.89.0",
            registered_at: "2026-11-22T10:00:00Z".to_owned(),
            running_tasks: 2,
            task_groups: vec!["service:web"],
        }
    }

    fn holds(text: &str) -> bool {
        Expression::parse(text).unwrap().matches(&facts())
    }

    #[test]
    fn the_documented_examples_evaluate() {
        assert!(holds("attribute:ecs.instance-type == t2.small"));
        assert!(!holds("attribute:ecs.instance-type != t2.small"));
        assert!(holds(
            "attribute:ecs.availability-zone in [us-east-1a, us-east-1b]"
        ));
        assert!(holds("attribute:ecs.instance-type =~ t2.*"));
        assert!(!holds(
            "attribute:ecs.instance-type =~ g2.* and attribute:ecs.availability-zone != us-east-1d"
        ));
        assert!(holds("task:group == service:web"));
        assert!(!holds("not(task:group == service:web)"));
        assert!(holds("agentVersion < 1.90.0"));
        assert!(holds("agentVersion > 1.9.0"));
        assert!(holds("registeredAt < 2026-12-01"));
        assert!(holds("attribute:canary exists"));
        assert!(holds("attribute:missing !exists"));
        assert!(holds("runningTasksCount >= 2 or ec2InstanceId == i-9"));
        assert!(holds(
            "(agentConnected == false or agentConnected == true) && ec2InstanceId == i-0123"
        ));
    }

    #[test]
    fn malformed_expressions_are_refused() {
        for text in [
            "",
            "attribute:x ==",
            "attribute:x ~~ y",
            "not(attribute:x exists",
            "a == b c",
        ] {
            assert!(Expression::parse(text).is_err(), "{text}");
        }
    }

    #[test]
    fn deep_nesting_and_greedy_patterns_are_harmless() {
        let deep = format!("{}a == b{}", "not(".repeat(40), ")".repeat(40));
        assert!(Expression::parse(&deep).is_err());
        let greedy = ".*".repeat(5_000) + "x";
        assert!(!glob_regex(&greedy, &"a".repeat(5_000)));
        assert!(glob_regex(&greedy, &("a".repeat(100) + "x")));
    }

    #[test]
    fn regexes_match_whole_values() {
        assert!(glob_regex("t2.*", "t2.small"));
        assert!(!glob_regex("t2", "t2.small"));
        assert!(glob_regex("t2\\.micro", "t2.micro"));
        assert!(!glob_regex("t2\\.micro", "t2xmicro"));
        assert!(glob_regex("a+b?c", "aaac"));
    }
}
