//! Keeping the service's default `nofile` and `nproc` limits when a container sets other
//! ulimits.
//!
//! Podman forces `nofile` and `nproc` onto every container: from containers.conf's
//! `default_ulimits` when the spec names no ulimit at all, but as soon as it names one, the
//! ones it does not name are set to 1048576 (rootful) regardless of that configuration. Where
//! the service may not raise its limits that far (an unprivileged or nested host, as here and in
//! CI), such a container fails to start with `error setting rlimit ... operation not
//! permitted`. Docker keeps its defaults for the limits a container does not name, so we do the
//! same: the defaults are read from a process Podman started with them, the task's sandbox.

use ecsemu_runtime::Ulimit;

/// The limits Podman forces, as `/proc/<pid>/limits` names them.
const FORCED: &[(&str, &str)] = &[("nofile", "Max open files"), ("nproc", "Max processes")];

/// Whether `ulimits` leaves a limit Podman forces unnamed (and so at 1048576).
pub(crate) fn needs_defaults(ulimits: &[Ulimit]) -> bool {
    !ulimits.is_empty() && FORCED.iter().any(|(name, _)| !names(ulimits, name))
}

fn names(ulimits: &[Ulimit], name: &str) -> bool {
    ulimits.iter().any(|u| {
        let lower = u.name.to_ascii_lowercase();
        lower == name || lower.strip_prefix("rlimit_") == Some(name)
    })
}

/// `ulimits` plus the `defaults` of the forced limits it does not name.
pub(crate) fn with_defaults(ulimits: &[Ulimit], defaults: &[Ulimit]) -> Vec<Ulimit> {
    let mut all = ulimits.to_vec();
    all.extend(
        defaults
            .iter()
            .filter(|d| !names(ulimits, &d.name))
            .cloned(),
    );
    all
}

/// The forced limits in the text of `/proc/<pid>/limits`.
pub(crate) fn parse_proc_limits(text: &str) -> Vec<Ulimit> {
    let value = |v: &str| match v {
        "unlimited" => Some(-1),
        v => v.parse::<i64>().ok(),
    };
    FORCED
        .iter()
        .filter_map(|(name, label)| {
            let line = text.lines().find(|l| l.starts_with(label))?;
            let mut fields = line[label.len()..].split_whitespace();
            Some(Ulimit {
                name: (*name).to_owned(),
                soft: value(fields.next()?)?,
                hard: value(fields.next()?)?,
            })
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ulimit(name: &str, soft: i64, hard: i64) -> Ulimit {
        Ulimit {
            name: name.into(),
            soft,
            hard,
        }
    }

    const LIMITS: &str = "\
Limit                     Soft Limit           Hard Limit           Units     
Max cpu time              unlimited            unlimited            seconds   
Max processes             4096                 4096                 processes 
Max open files            1024                 unlimited            files     
Max locked memory         8388608              8388608              bytes     
";

    #[test]
    fn parses_proc_limits() {
        assert_eq!(
            parse_proc_limits(LIMITS),
            vec![ulimit("nofile", 1024, -1), ulimit("nproc", 4096, 4096)]
        );
        assert_eq!(parse_proc_limits("garbage"), vec![]);
    }

    #[test]
    fn fills_in_only_what_is_not_named() {
        let defaults = parse_proc_limits(LIMITS);
        assert!(!needs_defaults(&[]), "no ulimits: podman uses its defaults");
        let asked = [ulimit("NOFILE", 512, 512)];
        assert!(needs_defaults(&asked));
        assert_eq!(
            with_defaults(&asked, &defaults),
            vec![ulimit("NOFILE", 512, 512), ulimit("nproc", 4096, 4096)]
        );
        let both = [ulimit("nofile", 1, 1), ulimit("RLIMIT_NPROC", 2, 2)];
        assert!(!needs_defaults(&both));
        assert_eq!(with_defaults(&both, &defaults), both.to_vec());
        let other = [ulimit("core", 0, 0)];
        assert_eq!(with_defaults(&other, &defaults).len(), 3);
    }
}
