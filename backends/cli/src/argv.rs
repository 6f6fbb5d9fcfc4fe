//! Building argument vectors from the trait's specs. Pure, so every flag is unit-tested.
//!
//! Arguments go to the CLI as an argv vector, never through a shell, so nothing here quotes
//! for a shell except where a CLI itself hands a string to `sh -c` (Docker's `--health-cmd`).

use std::path::Path;
use std::time::{Duration, SystemTime};

use ecsemu_runtime::{
    ContainerSpec, HealthCheckSpec, Mount, MountSource, NamespaceMode, NetworkMode,
    NetworkSettings, PublishedPort, SandboxSpec, Ulimit,
};

use crate::process::Flavor;

/// `run -d` for the sandbox holding a task's network namespace, running `image`'s `command`.
pub(crate) fn sandbox(spec: &SandboxSpec, image: &str, command: &str) -> Vec<String> {
    let mut args = strings(&["run", "-d", "--pull", "never"]);
    if !spec.name.is_empty() {
        push(&mut args, "--name", &spec.name);
    }
    for (key, value) in &spec.labels {
        push(&mut args, "--label", &format!("{key}={value}"));
    }
    let network = if spec.host_network {
        Some("host")
    } else if spec.no_network {
        Some("none")
    } else {
        None
    };
    namespace_owner(&spec.network, network, &mut args);
    // `--` ends the flags, so no value can be taken for one.
    args.push("--".to_owned());
    args.push(image.to_owned());
    args.push(command.to_owned());
    args
}

/// What the owner of a network namespace (a sandbox, or a container with a namespace of its
/// own) sets up in it: hostname, host entries, DNS and published ports. `network` is the
/// namespace's `--network`: `None` for the CLI's default network, else `host` or `none`.
fn namespace_owner(settings: &NetworkSettings, network: Option<&str>, args: &mut Vec<String>) {
    if let Some(hostname) = &settings.hostname {
        push(args, "--hostname", hostname);
    }
    for (host, ip) in &settings.extra_hosts {
        push(args, "--add-host", &format!("{host}:{ip}"));
    }
    if let Some(network) = network {
        push(args, "--network", network);
    }
    // Without a network of its own there is nothing to resolve names on (Podman refuses DNS
    // flags with `--network none`); with the host's or none, there is nothing to publish.
    if network != Some("none") {
        for server in &settings.dns_servers {
            push(args, "--dns", server);
        }
        for domain in &settings.dns_search_domains {
            push(args, "--dns-search", domain);
        }
    }
    if network.is_none() {
        for port in &settings.ports {
            push(args, "-p", &publish(port));
        }
    }
}

/// `-p` for one port: `[HOSTIP:][HOSTPORT]:CONTAINERPORT/proto`, an empty host port asking for
/// an ephemeral one.
fn publish(port: &PublishedPort) -> String {
    let container = format!("{}/{}", port.container_port, port.protocol.as_str());
    let host_port = port.host_port.map(|p| p.to_string()).unwrap_or_default();
    if port.host_ip.is_empty() {
        if host_port.is_empty() {
            container
        } else {
            format!("{host_port}:{container}")
        }
    } else if port.host_ip.contains(':') {
        format!("[{}]:{host_port}:{container}", port.host_ip)
    } else {
        format!("{}:{host_port}:{container}", port.host_ip)
    }
}

/// `create` for one container; `init_path` is the init binary Podman is told to use when its
/// own is missing, and `inherited` the limits a container gets for the ulimits its spec leaves
/// out whenever it sets any (see `inherited_ulimits`).
pub(crate) fn create(
    flavor: Flavor,
    spec: &ContainerSpec,
    init_path: Option<&Path>,
    inherited: &[Ulimit],
) -> Vec<String> {
    let mut args = strings(&["create", "--pull", "never"]);
    if !spec.name.is_empty() {
        push(&mut args, "--name", &spec.name);
    }
    let mut command_args = Vec::new();
    if let Some(entrypoint) = &spec.entrypoint {
        // `--entrypoint` takes one string; the rest of the entrypoint leads the command.
        let (first, rest) = entrypoint
            .split_first()
            .map_or(("", &[][..]), |(f, r)| (f.as_str(), r));
        push(&mut args, "--entrypoint", first);
        command_args.extend(rest.iter().cloned());
    }
    command_args.extend(spec.command.iter().flatten().cloned());
    for (key, value) in &spec.env {
        push(&mut args, "-e", &format!("{key}={value}"));
    }
    if let Some(dir) = &spec.working_dir {
        push(&mut args, "-w", dir);
    }
    if let Some(user) = &spec.user {
        push(&mut args, "-u", user);
    }
    for (key, value) in &spec.labels {
        push(&mut args, "--label", &format!("{key}={value}"));
    }
    match &spec.network {
        NetworkMode::Own(settings) => namespace_owner(settings, None, &mut args),
        NetworkMode::Sandbox(id) => {
            let network = format!("container:{id}");
            push(&mut args, "--network", &network);
            // Docker takes the hostname along with the network namespace; Podman shares the
            // UTS namespace only when asked (and Docker's `--uts` knows only `host`).
            if flavor == Flavor::Podman {
                push(&mut args, "--uts", &network);
            }
        }
        NetworkMode::Host => push(&mut args, "--network", "host"),
        NetworkMode::None => push(&mut args, "--network", "none"),
    }
    let limits = &spec.limits;
    if let Some(shares) = limits.cpu_shares {
        push(&mut args, "--cpu-shares", &shares.to_string());
    }
    if let Some(nano) = limits.nano_cpus {
        push(&mut args, "--cpus", &cpus(nano));
    }
    if let Some(bytes) = limits.memory_bytes {
        push(&mut args, "--memory", &bytes.to_string());
    }
    if let Some(bytes) = limits.memory_reservation_bytes {
        push(&mut args, "--memory-reservation", &bytes.to_string());
    }
    let unset = inherited
        .iter()
        .filter(|u| !spec.ulimits.is_empty() && !spec.ulimits.iter().any(|s| s.name == u.name));
    for ulimit in spec.ulimits.iter().chain(unset) {
        push(
            &mut args,
            "--ulimit",
            &format!("{}={}:{}", ulimit.name, ulimit.soft, ulimit.hard),
        );
    }
    if spec.init {
        args.push("--init".to_owned());
        if let Some(path) = init_path {
            push(&mut args, "--init-path", &path.to_string_lossy());
        }
    }
    for cap in &spec.cap_add {
        push(&mut args, "--cap-add", cap);
    }
    for cap in &spec.cap_drop {
        push(&mut args, "--cap-drop", cap);
    }
    if spec.privileged {
        args.push("--privileged".to_owned());
    }
    if spec.readonly_rootfs {
        args.push("--read-only".to_owned());
    }
    for tmpfs in &spec.tmpfs {
        let mut options = Vec::new();
        if tmpfs.size_mib > 0 {
            options.push(format!("size={}m", tmpfs.size_mib));
        }
        options.extend(tmpfs.options.iter().cloned());
        let value = if options.is_empty() {
            tmpfs.path.clone()
        } else {
            format!("{}:{}", tmpfs.path, options.join(","))
        };
        push(&mut args, "--tmpfs", &value);
    }
    if let Some(bytes) = spec.shm_size_bytes {
        push(&mut args, "--shm-size", &bytes.to_string());
    }
    for mount in &spec.mounts {
        push(&mut args, "--mount", &mount_flag(flavor, mount));
    }
    for (id, read_only) in &spec.volumes_from {
        let mode = if *read_only { "ro" } else { "rw" };
        push(&mut args, "--volumes-from", &format!("{id}:{mode}"));
    }
    if let Some(check) = &spec.health_check {
        health(flavor, check, &mut args);
    }
    if let Some(mode) = namespace(&spec.pid_mode) {
        push(&mut args, "--pid", &mode);
    }
    if let Some(mode) = namespace(&spec.ipc_mode) {
        push(&mut args, "--ipc", &mode);
    }
    if spec.interactive {
        args.push("-i".to_owned());
    }
    if spec.tty {
        args.push("-t".to_owned());
    }
    for (key, value) in &spec.sysctls {
        push(&mut args, "--sysctl", &format!("{key}={value}"));
    }
    for option in &spec.security_opts {
        push(&mut args, "--security-opt", option);
    }
    args.push("--".to_owned());
    args.push(spec.image.clone());
    args.extend(command_args);
    args
}

fn namespace(mode: &NamespaceMode) -> Option<String> {
    match mode {
        NamespaceMode::Private => None,
        NamespaceMode::Host => Some("host".to_owned()),
        NamespaceMode::Container(id) => Some(format!("container:{id}")),
    }
}

/// `--cpus` takes a decimal number of CPUs; nano-CPUs are its exact representation.
fn cpus(nano: u64) -> String {
    let text = format!("{}.{:09}", nano / 1_000_000_000, nano % 1_000_000_000);
    text.trim_end_matches('0').trim_end_matches('.').to_owned()
}

fn mount_flag(flavor: Flavor, mount: &Mount) -> String {
    let (kind, source) = match &mount.source {
        MountSource::Volume(name) => ("volume", name.clone()),
        MountSource::Bind(path) => ("bind", path.to_string_lossy().into_owned()),
    };
    let mut fields = vec![
        format!("type={kind}"),
        format!("src={source}"),
        format!("dst={}", mount.target),
    ];
    if mount.read_only {
        // Podman 4.3 takes only `ro` (or `readonly=true`); Docker takes `ro` too.
        fields.push("ro".to_owned());
    }
    fields
        .iter()
        .map(|f| csv_field(flavor, f))
        .collect::<Vec<_>>()
        .join(",")
}

/// Docker reads `--mount` as a CSV record, so a path holding a comma or quote survives quoted.
/// Podman splits on commas whatever the quoting, so there such a path cannot be expressed and
/// is passed as is, for Podman to reject.
fn csv_field(flavor: Flavor, field: &str) -> String {
    if flavor == Flavor::Docker && field.contains([',', '"']) {
        format!("\"{}\"", field.replace('"', "\"\""))
    } else {
        field.to_owned()
    }
}

/// The health check flags. Docker's `--health-cmd` is always run with `sh -c`, so the exec
/// form is shell-quoted for it; Podman's takes the exec form as a JSON array but misreads one
/// starting with `CMD`, so that keyword is dropped (a one-element array becomes a shell
/// command too, quoted likewise). Podman gets `--health-interval disable` because it would
/// schedule checks with systemd timers, which may not exist: this crate runs them instead.
fn health(flavor: Flavor, check: &HealthCheckSpec, args: &mut Vec<String>) {
    let Some((kind, rest)) = check.test.split_first() else {
        return;
    };
    if kind == "NONE" {
        args.push("--no-healthcheck".to_owned());
        return;
    }
    if !runs_a_command(check) {
        return;
    }
    let command = match kind.as_str() {
        "CMD-SHELL" => shell_check(flavor, rest.join(" ")),
        "CMD" => exec_check(flavor, rest),
        _ => exec_check(flavor, &check.test),
    };
    push(args, "--health-cmd", &command);
    match flavor {
        Flavor::Docker if !check.interval.is_zero() => {
            push(args, "--health-interval", &go_duration(check.interval));
        }
        Flavor::Podman => push(args, "--health-interval", "disable"),
        Flavor::Docker => {}
    }
    if !check.timeout.is_zero() {
        push(args, "--health-timeout", &go_duration(check.timeout));
    }
    if check.retries > 0 {
        push(args, "--health-retries", &check.retries.to_string());
    }
    if !check.start_period.is_zero() {
        push(
            args,
            "--health-start-period",
            &go_duration(check.start_period),
        );
    }
}

/// Whether `check` runs something: not `NONE`, and a keyword is followed by a command.
pub(crate) fn runs_a_command(check: &HealthCheckSpec) -> bool {
    match check.test.split_first() {
        None => false,
        Some((kind, rest)) => match kind.as_str() {
            "NONE" => false,
            "CMD" | "CMD-SHELL" => !rest.is_empty(),
            _ => true,
        },
    }
}

fn shell_check(flavor: Flavor, script: String) -> String {
    match flavor {
        Flavor::Docker => script,
        Flavor::Podman => json_array(&["CMD-SHELL".to_owned(), script]),
    }
}

fn exec_check(flavor: Flavor, words: &[String]) -> String {
    match (flavor, words.len()) {
        (Flavor::Podman, 2..) => json_array(words),
        _ => shell_check(flavor, shell_join(words)),
    }
}

fn json_array(items: &[String]) -> String {
    serde_json::Value::from(items.to_vec()).to_string()
}

/// A Go duration string, which both CLIs parse.
pub(crate) fn go_duration(duration: Duration) -> String {
    if duration.subsec_nanos() == 0 {
        format!("{}s", duration.as_secs())
    } else if duration.subsec_nanos() == duration.subsec_millis() * 1_000_000 {
        format!("{}ms", duration.as_millis())
    } else {
        format!("{}ns", duration.as_nanos())
    }
}

/// Words joined so that `sh -c` splits them back exactly.
fn shell_join(words: &[String]) -> String {
    words
        .iter()
        .map(|w| shell_quote(w))
        .collect::<Vec<_>>()
        .join(" ")
}

fn shell_quote(word: &str) -> String {
    let plain = !word.is_empty()
        && word
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || "-_./=:,+@%".contains(c));
    if plain {
        word.to_owned()
    } else {
        format!("'{}'", word.replace('\'', r"'\''"))
    }
}

/// `events` from `since` on, so nothing between subscribing and the child connecting is lost.
pub(crate) fn events(flavor: Flavor, since: SystemTime) -> Vec<String> {
    let since = since
        .duration_since(SystemTime::UNIX_EPOCH)
        .unwrap_or_default();
    let format = match flavor {
        Flavor::Docker => "{{json .}}",
        Flavor::Podman => "json",
    };
    vec![
        "events".to_owned(),
        "--since".to_owned(),
        format!("{}.{:09}", since.as_secs(), since.subsec_nanos()),
        "--format".to_owned(),
        format.to_owned(),
        "--filter".to_owned(),
        "type=container".to_owned(),
    ]
}

/// `ps` for containers carrying every label, in each CLI's JSON.
pub(crate) fn list(flavor: Flavor, labels: &[(String, String)]) -> Vec<String> {
    let mut args = strings(&["ps", "-a", "--no-trunc"]);
    for (key, value) in labels {
        push(&mut args, "--filter", &format!("label={key}={value}"));
    }
    let format = match flavor {
        // One object per line.
        Flavor::Docker => "{{json .}}",
        // One array: Podman ignores `{{json .}}` here.
        Flavor::Podman => "json",
    };
    push(&mut args, "--format", format);
    args
}

/// `stop` with the grace period in whole seconds, rounded up so it is never shorter.
pub(crate) fn stop(id: &str, grace: Duration) -> Vec<String> {
    let secs = grace.as_secs() + u64::from(grace.subsec_nanos() > 0);
    vec![
        "stop".to_owned(),
        "-t".to_owned(),
        secs.to_string(),
        "--".to_owned(),
        id.to_owned(),
    ]
}

/// `rm` that kills at once: Podman would otherwise first wait out the stop timeout of a
/// process ignoring SIGTERM, which the sandbox's pause process does.
pub(crate) fn remove(flavor: Flavor, id: &str) -> Vec<String> {
    let mut args = strings(&["rm", "-f", "-v"]);
    if flavor == Flavor::Podman {
        push(&mut args, "-t", "0");
    }
    push(&mut args, "--", id);
    args
}

fn strings(items: &[&str]) -> Vec<String> {
    items.iter().map(|s| (*s).to_owned()).collect()
}

fn push(args: &mut Vec<String>, flag: &str, value: &str) {
    args.push(flag.to_owned());
    args.push(value.to_owned());
}

#[cfg(test)]
mod tests {
    use std::collections::BTreeMap;
    use std::path::PathBuf;

    use ecsemu_runtime::{PortProtocol, ResourceLimits, Tmpfs};

    use super::*;

    fn s(items: &[&str]) -> Vec<String> {
        strings(items)
    }

    /// The value following `flag`, for each occurrence.
    fn values(args: &[String], flag: &str) -> Vec<String> {
        args.windows(2)
            .filter(|w| w[0] == flag)
            .map(|w| w[1].clone())
            .collect()
    }

    #[test]
    fn a_minimal_container() {
        let spec = ContainerSpec {
            name: "n".into(),
            image: "busybox:latest".into(),
            ..ContainerSpec::default()
        };
        assert_eq!(
            create(Flavor::Docker, &spec, None, &[]),
            s(&[
                "create",
                "--pull",
                "never",
                "--name",
                "n",
                "--network",
                "none",
                "--",
                "busybox:latest"
            ])
        );
    }

    #[test]
    fn every_field_becomes_a_flag() {
        let spec = ContainerSpec {
            name: "web".into(),
            image: "nginx:1".into(),
            entrypoint: Some(s(&["/bin/sh", "-c"])),
            command: Some(s(&["echo hi", "-x"])),
            env: vec![("A".into(), "1 2".into()), ("EMPTY".into(), String::new())],
            working_dir: Some("/srv".into()),
            user: Some("1000:1000".into()),
            labels: BTreeMap::from([("ecsemu.task-arn".into(), "arn:aws:ecs:t/1".into())]),
            network: NetworkMode::Sandbox("sb1".into()),
            limits: ResourceLimits {
                cpu_shares: Some(256),
                nano_cpus: Some(1_500_000_000),
                memory_bytes: Some(512 << 20),
                memory_reservation_bytes: Some(128 << 20),
            },
            ulimits: vec![Ulimit {
                name: "nofile".into(),
                soft: 512,
                hard: 1024,
            }],
            init: true,
            cap_add: s(&["NET_ADMIN"]),
            cap_drop: s(&["MKNOD"]),
            privileged: true,
            readonly_rootfs: true,
            tmpfs: vec![Tmpfs {
                path: "/scratch".into(),
                size_mib: 8,
                options: s(&["mode=1777", "noexec"]),
            }],
            shm_size_bytes: Some(64 << 20),
            mounts: vec![
                Mount {
                    source: MountSource::Volume("vol".into()),
                    target: "/data".into(),
                    read_only: false,
                },
                Mount {
                    source: MountSource::Bind(PathBuf::from("/host/dir")),
                    target: "/in".into(),
                    read_only: true,
                },
            ],
            volumes_from: vec![("c1".into(), true), ("c2".into(), false)],
            health_check: Some(HealthCheckSpec {
                test: s(&["CMD-SHELL", "curl -f localhost || exit 1"]),
                interval: Duration::from_secs(5),
                timeout: Duration::from_millis(2500),
                retries: 3,
                start_period: Duration::from_secs(10),
            }),
            pid_mode: NamespaceMode::Container("sb1".into()),
            ipc_mode: NamespaceMode::Host,
            interactive: true,
            tty: true,
            sysctls: BTreeMap::from([("net.core.somaxconn".into(), "1024".into())]),
            security_opts: s(&["no-new-privileges"]),
        };
        let args = create(Flavor::Docker, &spec, None, &[]);
        let expected = s(&[
            "create",
            "--pull",
            "never",
            "--name",
            "web",
            "--entrypoint",
            "/bin/sh",
            "-e",
            "A=1 2",
            "-e",
            "EMPTY=",
            "-w",
            "/srv",
            "-u",
            "1000:1000",
            "--label",
            "ecsemu.task-arn=arn:aws:ecs:t/1",
            "--network",
            "container:sb1",
            "--cpu-shares",
            "256",
            "--cpus",
            "1.5",
            "--memory",
            "536870912",
            "--memory-reservation",
            "134217728",
            "--ulimit",
            "nofile=512:1024",
            "--init",
            "--cap-add",
            "NET_ADMIN",
            "--cap-drop",
            "MKNOD",
            "--privileged",
            "--read-only",
            "--tmpfs",
            "/scratch:size=8m,mode=1777,noexec",
            "--shm-size",
            "67108864",
            "--mount",
            "type=volume,src=vol,dst=/data",
            "--mount",
            "type=bind,src=/host/dir,dst=/in,ro",
            "--volumes-from",
            "c1:ro",
            "--volumes-from",
            "c2:rw",
            "--health-cmd",
            "curl -f localhost || exit 1",
            "--health-interval",
            "5s",
            "--health-timeout",
            "2500ms",
            "--health-retries",
            "3",
            "--health-start-period",
            "10s",
            "--pid",
            "container:sb1",
            "--ipc",
            "host",
            "-i",
            "-t",
            "--sysctl",
            "net.core.somaxconn=1024",
            "--security-opt",
            "no-new-privileges",
            "--",
            "nginx:1",
            "-c",
            "echo hi",
            "-x",
        ]);
        assert_eq!(args, expected);
    }

    #[test]
    fn entrypoints_and_commands() {
        let base = ContainerSpec {
            image: "i".into(),
            ..ContainerSpec::default()
        };
        let cleared = create(
            Flavor::Docker,
            &ContainerSpec {
                entrypoint: Some(vec![]),
                command: Some(s(&["a"])),
                ..base.clone()
            },
            None,
            &[],
        );
        assert_eq!(values(&cleared, "--entrypoint"), s(&[""]));
        assert_eq!(cleared.last().map(String::as_str), Some("a"));
        let only_entrypoint = create(
            Flavor::Docker,
            &ContainerSpec {
                entrypoint: Some(s(&["/init", "--flag"])),
                ..base.clone()
            },
            None,
            &[],
        );
        assert_eq!(
            &only_entrypoint[only_entrypoint.len() - 2..],
            &s(&["i", "--flag"])[..]
        );
        let plain = create(Flavor::Docker, &base, None, &[]);
        assert!(!plain.contains(&"--entrypoint".to_owned()));
        assert_eq!(plain.last().map(String::as_str), Some("i"));
    }

    #[test]
    fn podman_gets_an_init_path_when_given() {
        let spec = ContainerSpec {
            image: "i".into(),
            init: true,
            ..ContainerSpec::default()
        };
        let args = create(Flavor::Podman, &spec, Some(Path::new("/usr/bin/tini")), &[]);
        assert_eq!(values(&args, "--init-path"), s(&["/usr/bin/tini"]));
        assert!(args.contains(&"--init".to_owned()));
    }

    #[test]
    fn inherited_ulimits_fill_in_only_when_some_are_set() {
        let inherited = [
            Ulimit {
                name: "nofile".into(),
                soft: 1024,
                hard: 20000,
            },
            Ulimit {
                name: "nproc".into(),
                soft: 4096,
                hard: 32768,
            },
        ];
        let plain = ContainerSpec::default();
        assert!(values(
            &create(Flavor::Podman, &plain, None, &inherited),
            "--ulimit"
        )
        .is_empty());
        let spec = ContainerSpec {
            ulimits: vec![Ulimit {
                name: "nofile".into(),
                soft: 512,
                hard: 512,
            }],
            ..plain
        };
        assert_eq!(
            values(&create(Flavor::Podman, &spec, None, &inherited), "--ulimit"),
            s(&["nofile=512:512", "nproc=4096:32768"])
        );
    }

    #[test]
    fn network_modes() {
        for (network, expected) in [
            (NetworkMode::Host, "host"),
            (NetworkMode::None, "none"),
            (NetworkMode::Sandbox("x".into()), "container:x"),
        ] {
            let spec = ContainerSpec {
                network,
                ..ContainerSpec::default()
            };
            let args = create(Flavor::Podman, &spec, None, &[]);
            assert_eq!(values(&args, "--network"), s(&[expected]));
            let uts = values(&args, "--uts");
            assert_eq!(
                uts,
                if expected == "container:x" {
                    s(&[expected])
                } else {
                    vec![]
                }
            );
            assert!(values(&create(Flavor::Docker, &spec, None, &[]), "--uts").is_empty());
        }
    }

    #[test]
    fn a_container_of_its_own_network_sets_it_up_like_a_sandbox() {
        let spec = ContainerSpec {
            name: "n".into(),
            image: "i".into(),
            network: NetworkMode::Own(network_settings()),
            ..ContainerSpec::default()
        };
        for flavor in [Flavor::Docker, Flavor::Podman] {
            let expected = [
                &["create", "--pull", "never", "--name", "n"][..],
                OWNER_FLAGS,
                &["--", "i"],
            ]
            .concat();
            assert_eq!(create(flavor, &spec, None, &[]), s(&expected), "{flavor:?}");
        }
    }

    fn check(test: &[&str]) -> HealthCheckSpec {
        HealthCheckSpec {
            test: s(test),
            interval: Duration::from_secs(1),
            timeout: Duration::from_secs(2),
            retries: 1,
            start_period: Duration::ZERO,
        }
    }

    fn health_args(flavor: Flavor, test: &[&str]) -> Vec<String> {
        let mut args = Vec::new();
        health(flavor, &check(test), &mut args);
        args
    }

    #[test]
    fn docker_health_checks_are_shell_commands() {
        assert_eq!(
            health_args(Flavor::Docker, &["CMD-SHELL", "test -f /tmp/healthy"]),
            s(&[
                "--health-cmd",
                "test -f /tmp/healthy",
                "--health-interval",
                "1s",
                "--health-timeout",
                "2s",
                "--health-retries",
                "1",
            ])
        );
        assert_eq!(
            values(
                &health_args(Flavor::Docker, &["CMD", "/bin/check", "a b", "it's"]),
                "--health-cmd"
            ),
            s(&[r"/bin/check 'a b' 'it'\''s'"])
        );
        assert_eq!(
            health_args(Flavor::Docker, &["NONE"]),
            s(&["--no-healthcheck"])
        );
        assert!(health_args(Flavor::Docker, &[]).is_empty());
        assert!(health_args(Flavor::Docker, &["CMD"]).is_empty());
    }

    #[test]
    fn podman_health_checks_are_json_and_unscheduled() {
        assert_eq!(
            health_args(Flavor::Podman, &["CMD-SHELL", "test -f /tmp/healthy"]),
            s(&[
                "--health-cmd",
                r#"["CMD-SHELL","test -f /tmp/healthy"]"#,
                "--health-interval",
                "disable",
                "--health-timeout",
                "2s",
                "--health-retries",
                "1",
            ])
        );
        assert_eq!(
            values(
                &health_args(Flavor::Podman, &["CMD", "echo", "a b"]),
                "--health-cmd"
            ),
            s(&[r#"["echo","a b"]"#])
        );
        assert_eq!(
            values(
                &health_args(Flavor::Podman, &["CMD", "/bin/check it"]),
                "--health-cmd"
            ),
            s(&[r#"["CMD-SHELL","'/bin/check it'"]"#])
        );
    }

    #[test]
    fn durations_cpus_and_quoting() {
        assert_eq!(go_duration(Duration::from_secs(30)), "30s");
        assert_eq!(go_duration(Duration::from_millis(2500)), "2500ms");
        assert_eq!(go_duration(Duration::from_nanos(1_500)), "1500ns");
        assert_eq!(cpus(1_000_000_000), "1");
        assert_eq!(cpus(250_000_000), "0.25");
        assert_eq!(cpus(1), "0.000000001");
        assert_eq!(shell_quote(""), "''");
        assert_eq!(shell_quote("a$b"), "'a$b'");
        assert_eq!(shell_quote("/usr/bin/x"), "/usr/bin/x");
    }

    #[test]
    fn docker_mounts_quote_commas() {
        let mount = Mount {
            source: MountSource::Bind(PathBuf::from("/a,b")),
            target: "/x\"y".into(),
            read_only: false,
        };
        assert_eq!(
            mount_flag(Flavor::Docker, &mount),
            r#"type=bind,"src=/a,b","dst=/x""y""#
        );
        assert_eq!(
            mount_flag(Flavor::Podman, &mount),
            "type=bind,src=/a,b,dst=/x\"y"
        );
    }

    fn network_settings() -> NetworkSettings {
        NetworkSettings {
            hostname: Some("h".into()),
            ports: vec![
                PublishedPort {
                    container_port: 8080,
                    host_port: None,
                    protocol: PortProtocol::Tcp,
                    host_ip: "127.0.0.1".into(),
                },
                PublishedPort {
                    container_port: 53,
                    host_port: Some(5353),
                    protocol: PortProtocol::Udp,
                    host_ip: "::1".into(),
                },
                PublishedPort {
                    container_port: 80,
                    host_port: None,
                    protocol: PortProtocol::Tcp,
                    host_ip: String::new(),
                },
                PublishedPort {
                    container_port: 81,
                    host_port: Some(8081),
                    protocol: PortProtocol::Tcp,
                    host_ip: String::new(),
                },
            ],
            extra_hosts: vec![("db".into(), "10.1.2.3".into())],
            dns_servers: s(&["1.1.1.1"]),
            dns_search_domains: s(&["corp"]),
        }
    }

    /// The flags `network_settings()` becomes on a namespace of its own.
    const OWNER_FLAGS: &[&str] = &[
        "--hostname",
        "h",
        "--add-host",
        "db:10.1.2.3",
        "--dns",
        "1.1.1.1",
        "--dns-search",
        "corp",
        "-p",
        "127.0.0.1::8080/tcp",
        "-p",
        "[::1]:5353:53/udp",
        "-p",
        "80/tcp",
        "-p",
        "8081:81/tcp",
    ];

    #[test]
    fn sandboxes() {
        let spec = SandboxSpec {
            name: "t-sandbox".into(),
            labels: BTreeMap::from([("ecsemu.sandbox".into(), "true".into())]),
            network: network_settings(),
            host_network: false,
            no_network: false,
        };
        let expected = [
            &[
                "run",
                "-d",
                "--pull",
                "never",
                "--name",
                "t-sandbox",
                "--label",
                "ecsemu.sandbox=true",
            ][..],
            OWNER_FLAGS,
            &["--", "ecsemu/pause:1", "/pause"],
        ]
        .concat();
        assert_eq!(sandbox(&spec, "ecsemu/pause:1", "/pause"), s(&expected));
        let host = sandbox(
            &SandboxSpec {
                host_network: true,
                ..spec.clone()
            },
            "p",
            "/pause",
        );
        assert_eq!(values(&host, "--network"), s(&["host"]));
        assert!(values(&host, "-p").is_empty());
        assert_eq!(values(&host, "--dns"), s(&["1.1.1.1"]));
        let none = sandbox(
            &SandboxSpec {
                no_network: true,
                ..spec
            },
            "p",
            "/pause",
        );
        assert_eq!(values(&none, "--network"), s(&["none"]));
        assert!(values(&none, "-p").is_empty() && values(&none, "--dns").is_empty());
        assert_eq!(values(&none, "--hostname"), s(&["h"]));
    }

    #[test]
    fn other_commands() {
        assert_eq!(
            stop("c", Duration::from_millis(1500)),
            s(&["stop", "-t", "2", "--", "c"])
        );
        assert_eq!(
            stop("c", Duration::ZERO),
            s(&["stop", "-t", "0", "--", "c"])
        );
        assert_eq!(
            remove(Flavor::Docker, "c"),
            s(&["rm", "-f", "-v", "--", "c"])
        );
        assert_eq!(
            remove(Flavor::Podman, "c"),
            s(&["rm", "-f", "-v", "-t", "0", "--", "c"])
        );
        assert_eq!(
            list(Flavor::Docker, &[("a".into(), "b".into())]),
            s(&[
                "ps",
                "-a",
                "--no-trunc",
                "--filter",
                "label=a=b",
                "--format",
                "{{json .}}"
            ])
        );
        assert_eq!(
            list(Flavor::Podman, &[]).last().map(String::as_str),
            Some("json")
        );
        let since = SystemTime::UNIX_EPOCH + Duration::new(1_700_000_000, 5);
        assert_eq!(
            events(Flavor::Podman, since),
            s(&[
                "events",
                "--since",
                "1700000000.000000005",
                "--format",
                "json",
                "--filter",
                "type=container",
            ])
        );
    }
}
