//! ECS ARNs and ids: minted in the long format (every account has been opted in since 2021),
//! parsed from whatever callers pass where ECS accepts "a name, an id or an ARN".

use rand::Rng;

use super::store::PartitionKey;
use super::Caller;

/// The part of an ARN that names the account and region: `arn:<partition>:ecs:<region>:<account>:`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Scope {
    pub partition: &'static str,
    pub region: String,
    pub account_id: String,
}

impl Scope {
    pub fn of(caller: &Caller) -> Self {
        Self {
            partition: partition_of(&caller.region),
            region: caller.region.clone(),
            account_id: caller.account_id.clone(),
        }
    }

    /// The scope of what is stored in `key`'s partition.
    pub fn of_partition(key: &PartitionKey) -> Self {
        Self {
            partition: partition_of(&key.region),
            region: key.region.clone(),
            account_id: key.account_id.clone(),
        }
    }

    fn arn(&self, resource: &str) -> String {
        format!(
            "arn:{}:ecs:{}:{}:{resource}",
            self.partition, self.region, self.account_id
        )
    }

    pub fn cluster(&self, name: &str) -> String {
        self.arn(&format!("cluster/{name}"))
    }

    pub fn task(&self, cluster: &str, task_id: &str) -> String {
        self.arn(&format!("task/{cluster}/{task_id}"))
    }

    pub fn container(&self, cluster: &str, task_id: &str, container_id: &str) -> String {
        self.arn(&format!("container/{cluster}/{task_id}/{container_id}"))
    }

    pub fn task_definition(&self, family: &str, revision: i32) -> String {
        self.arn(&format!("task-definition/{family}:{revision}"))
    }

    pub fn container_instance(&self, cluster: &str, id: &str) -> String {
        self.arn(&format!("container-instance/{cluster}/{id}"))
    }

    pub fn capacity_provider(&self, name: &str) -> String {
        self.arn(&format!("capacity-provider/{name}"))
    }

    pub fn gateway(&self, name: &str) -> String {
        self.arn(&format!("gateway/{name}"))
    }

    /// A gateway route: one service's connector on one gateway (a service has one connector).
    pub fn gateway_route(&self, gateway: &str, cluster: &str, service: &str) -> String {
        self.arn(&format!("gateway-route/{gateway}/{cluster}/{service}"))
    }

    pub fn service(&self, cluster: &str, name: &str) -> String {
        self.arn(&format!("service/{cluster}/{name}"))
    }

    /// The short service ARN that predates cluster names in ARNs: ECS still names an unknown
    /// service this way when DescribeServices was given a bare name.
    pub fn short_service(&self, name: &str) -> String {
        self.arn(&format!("service/{name}"))
    }

    /// A new service revision's ARN.
    pub fn service_revision(&self, cluster: &str, service: &str) -> String {
        self.arn(&format!(
            "service-revision/{cluster}/{service}/{}",
            random_digits(19)
        ))
    }

    pub fn daemon(&self, cluster: &str, name: &str) -> String {
        self.arn(&format!("daemon/{cluster}/{name}"))
    }

    /// A new daemon revision's ARN.
    pub fn daemon_revision(&self, cluster: &str, daemon: &str) -> String {
        self.arn(&format!(
            "daemon-revision/{cluster}/{daemon}/{}",
            random_digits(19)
        ))
    }

    /// A new daemon deployment's ARN.
    pub fn daemon_deployment(&self, cluster: &str, daemon: &str) -> String {
        self.arn(&format!(
            "daemon-deployment/{cluster}/{daemon}/{}",
            random_alphanumeric(21)
        ))
    }

    pub fn daemon_task_definition(&self, family: &str, revision: i32) -> String {
        self.arn(&format!("daemon-task-definition/{family}:{revision}"))
    }

    pub fn task_set(&self, cluster: &str, service: &str, id: &str) -> String {
        self.arn(&format!("task-set/{cluster}/{service}/{id}"))
    }

    /// A new service deployment's ARN.
    pub fn service_deployment(&self, cluster: &str, service: &str) -> String {
        self.arn(&format!(
            "service-deployment/{cluster}/{service}/{}",
            random_alphanumeric(21)
        ))
    }

    /// Whether `arn` was minted in this account and region.
    fn owns(&self, arn: &Arn<'_>) -> bool {
        arn.partition == self.partition
            && arn.region == self.region
            && arn.account_id == self.account_id
    }
}

/// `aws-cn` and `aws-us-gov` regions live in their own partitions.
pub fn partition_of(region: &str) -> &'static str {
    if region.starts_with("cn-") {
        "aws-cn"
    } else if region.starts_with("us-gov-") {
        "aws-us-gov"
    } else if region.starts_with("us-iso-") {
        "aws-iso"
    } else if region.starts_with("us-isob-") {
        "aws-iso-b"
    } else {
        "aws"
    }
}

/// An ECS ARN split into its parts; `resource` is everything after the account, e.g.
/// `task/default/0123...`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Arn<'a> {
    pub partition: &'a str,
    pub region: &'a str,
    pub account_id: &'a str,
    pub resource_type: &'a str,
    pub resource_path: &'a str,
}

impl<'a> Arn<'a> {
    pub fn parse(text: &'a str) -> Option<Self> {
        let mut parts = text.splitn(6, ':');
        if parts.next()? != "arn" {
            return None;
        }
        let partition = parts.next()?;
        if parts.next()? != "ecs" {
            return None;
        }
        let region = parts.next()?;
        let account_id = parts.next()?;
        let resource = parts.next()?;
        let (resource_type, resource_path) = resource.split_once('/')?;
        Some(Self {
            partition,
            region,
            account_id,
            resource_type,
            resource_path,
        })
    }
}

/// What a "name or ARN" argument of type `resource_type` names, if it is one of ours:
/// `Some(path)` for a bare name or an ARN of this scope, `None` for an ARN of another
/// account/region/type (which can only name something that does not exist here).
pub fn local_path<'a>(scope: &Scope, resource_type: &str, reference: &'a str) -> Option<&'a str> {
    if !reference.starts_with("arn:") {
        return Some(reference);
    }
    let arn = Arn::parse(reference)?;
    (scope.owns(&arn) && arn.resource_type == resource_type).then_some(arn.resource_path)
}

/// A task id: 32 lowercase hex digits.
pub fn new_task_id() -> String {
    random_hex(32)
}

/// A container instance id: 32 lowercase hex digits.
pub fn new_container_instance_id() -> String {
    random_hex(32)
}

pub fn new_uuid() -> String {
    uuid::Uuid::new_v4().to_string()
}

/// `len` random decimal digits, the first not zero.
pub fn random_digits(len: usize) -> String {
    let mut rng = rand::rng();
    (0..len)
        .map(|i| {
            let low = u8::from(i == 0);
            char::from(b'0' + rng.random_range(low..=9))
        })
        .collect()
}

pub fn random_alphanumeric(len: usize) -> String {
    const ALPHABET: &[u8] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
    let mut rng = rand::rng();
    (0..len)
        .map(|_| char::from(ALPHABET[rng.random_range(0..ALPHABET.len())]))
        .collect()
}

pub fn random_hex(len: usize) -> String {
    let mut rng = rand::rng();
    (0..len)
        .map(|_| char::from_digit(rng.random_range(0..16), 16).unwrap_or('0'))
        .collect()
}

/// Names of clusters, families, containers and volumes: up to 255 letters, digits, `-` and `_`.
pub fn is_valid_name(name: &str) -> bool {
    !name.is_empty()
        && name.len() <= 255
        && name
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_')
}

/// The scope unit tests work in: the default account in us-east-1.
#[cfg(test)]
pub(crate) fn test_scope() -> Scope {
    Scope {
        partition: "aws",
        region: "us-east-1".into(),
        account_id: "000000000000".into(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn scope() -> Scope {
        test_scope()
    }

    #[test]
    fn mints_long_format_arns() {
        let s = scope();
        assert_eq!(
            s.cluster("default"),
            "arn:aws:ecs:us-east-1:000000000000:cluster/default"
        );
        assert_eq!(
            s.task("c1", "abc"),
            "arn:aws:ecs:us-east-1:000000000000:task/c1/abc"
        );
        assert_eq!(
            s.task_definition("web", 3),
            "arn:aws:ecs:us-east-1:000000000000:task-definition/web:3"
        );
    }

    #[test]
    fn parses_arns_with_slashes_in_the_path() {
        let arn = Arn::parse("arn:aws:ecs:eu-west-1:123456789012:task/c1/abc").unwrap();
        assert_eq!(arn.region, "eu-west-1");
        assert_eq!(arn.resource_type, "task");
        assert_eq!(arn.resource_path, "c1/abc");
        assert!(Arn::parse("arn:aws:s3:::bucket").is_none());
        assert!(Arn::parse("cluster/x").is_none());
    }

    #[test]
    fn local_path_accepts_names_and_own_arns_only() {
        let s = scope();
        assert_eq!(local_path(&s, "cluster", "web"), Some("web"));
        assert_eq!(local_path(&s, "cluster", &s.cluster("web")), Some("web"));
        let other_account = "arn:aws:ecs:us-east-1:111111111111:cluster/web";
        assert_eq!(local_path(&s, "cluster", other_account), None);
        assert_eq!(local_path(&s, "task", &s.cluster("web")), None);
    }

    #[test]
    fn partitions_follow_the_region() {
        assert_eq!(partition_of("cn-north-1"), "aws-cn");
        assert_eq!(partition_of("us-gov-west-1"), "aws-us-gov");
        assert_eq!(partition_of("eu-central-1"), "aws");
    }

    #[test]
    fn ids_have_the_ecs_shape() {
        let id = new_task_id();
        assert_eq!(id.len(), 32);
        assert!(id
            .bytes()
            .all(|b| b.is_ascii_hexdigit() && !b.is_ascii_uppercase()));
    }

    #[test]
    fn names_are_letters_digits_dashes_underscores() {
        assert!(is_valid_name("my_cluster-1"));
        assert!(!is_valid_name(""));
        assert!(!is_valid_name("has space"));
        assert!(!is_valid_name(&"a".repeat(256)));
    }
}
