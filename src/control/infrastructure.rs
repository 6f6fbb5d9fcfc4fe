//! The AWS infrastructure that gateways and Express Gateway services "manage". ecsemu has no
//! Elastic Load Balancing, ACM, EC2 or Application Auto Scaling: each resource is only an ARN or
//! id derived from the ECS resource that owns it and a key, so it is well-formed, the same in
//! every call, run and build, and distinct per owner and key, but names nothing real.

use super::arn::Arn;

/// The resources of one owner (a gateway or an Express service, by ARN).
pub struct Infrastructure<'a> {
    owner: &'a str,
    partition: &'a str,
    region: &'a str,
    account_id: &'a str,
}

impl<'a> Infrastructure<'a> {
    pub fn of(owner_arn: &'a str) -> Self {
        let arn = Arn::parse(owner_arn);
        Self {
            owner: owner_arn,
            partition: arn.map_or("aws", |a| a.partition),
            region: arn.map_or("", |a| a.region),
            account_id: arn.map_or("", |a| a.account_id),
        }
    }

    fn arn(&self, service: &str, resource: &str) -> String {
        format!(
            "arn:{}:{service}:{}:{}:{resource}",
            self.partition, self.region, self.account_id
        )
    }

    /// `len` hex digits (at most 32) that stand for `key` of this owner.
    fn id(&self, key: &str, len: usize) -> String {
        digest(&format!("{}#{key}", self.owner))[..len.min(32)].to_owned()
    }

    /// `app/<name>/<id>` of the owner's `index`th load balancer (names fit ELB's 32).
    fn alb_path(&self, index: usize) -> String {
        format!(
            "app/ecs-{}-{index}/{}",
            &digest(self.owner)[..8],
            self.id(&format!("alb{index}"), 16)
        )
    }

    pub fn load_balancer(&self, index: usize) -> String {
        self.arn(
            "elasticloadbalancing",
            &format!("loadbalancer/{}", self.alb_path(index)),
        )
    }

    /// The HTTPS listener of the `index`th load balancer.
    pub fn listener(&self, index: usize) -> String {
        self.arn(
            "elasticloadbalancing",
            &format!(
                "listener/{}/{}",
                self.alb_path(index),
                self.id(&format!("listener{index}"), 16)
            ),
        )
    }

    /// A rule, named by `key`, of the listener of the `index`th load balancer.
    pub fn listener_rule(&self, index: usize, key: &str) -> String {
        self.arn(
            "elasticloadbalancing",
            &format!(
                "listener-rule/{}/{}/{}",
                self.alb_path(index),
                self.id(&format!("listener{index}"), 16),
                self.id(key, 16)
            ),
        )
    }

    pub fn target_group(&self, key: &str) -> String {
        self.arn(
            "elasticloadbalancing",
            &format!(
                "targetgroup/ecs-{}/{}",
                self.id(&format!("{key}#name"), 12),
                self.id(key, 16)
            ),
        )
    }

    /// The id of a security group, named by `key`.
    pub fn security_group(&self, key: &str) -> String {
        format!("sg-{}", self.id(key, 17))
    }

    /// The security group of the `index`th load balancer.
    pub fn alb_security_group(&self, index: usize) -> String {
        self.security_group(&format!("alb{index}"))
    }

    /// The ARN of the security group `id`.
    pub fn security_group_arn(&self, id: &str) -> String {
        self.arn("ec2", &format!("security-group/{id}"))
    }

    pub fn security_group_rule(&self, key: &str) -> String {
        self.arn(
            "ec2",
            &format!("security-group-rule/sgr-{}", self.id(key, 17)),
        )
    }

    pub fn certificate(&self, key: &str) -> String {
        let id = self.id(key, 32);
        self.arn(
            "acm",
            &format!(
                "certificate/{}-{}-{}-{}-{}",
                &id[..8],
                &id[8..12],
                &id[12..16],
                &id[16..20],
                &id[20..]
            ),
        )
    }

    pub fn scalable_target(&self) -> String {
        self.arn(
            "application-autoscaling",
            &format!("scalable-target/{}", self.id("scalable-target", 32)),
        )
    }

    pub fn scaling_policy(&self, key: &str) -> String {
        self.arn(
            "autoscaling",
            &format!(
                "scalingPolicy:{}:resource/ecs/service/{}:policyName/{key}",
                self.id("scaling-policy", 32),
                self.owner
                    .split_once(":service/")
                    .map_or("", |(_, path)| path)
            ),
        )
    }
}

/// A DNS label made from an ECS name (which may hold underscores and capitals).
pub fn host_label(name: &str) -> String {
    name.chars()
        .take(40)
        .map(|c| {
            if c.is_ascii_alphanumeric() {
                c.to_ascii_lowercase()
            } else {
                '-'
            }
        })
        .collect()
}

/// 32 hex digits that depend on `text` alone, the same in every run and build (FNV-1a, twice
/// with different offsets): ids of emulated resources must not change between calls.
pub fn digest(text: &str) -> String {
    let fnv = |offset: u64| {
        text.bytes().fold(offset, |hash, byte| {
            (hash ^ u64::from(byte)).wrapping_mul(0x0100_0000_01b3)
        })
    };
    format!(
        "{:016x}{:016x}",
        fnv(0xcbf2_9ce4_8422_2325),
        fnv(0x6c62_272e_07bb_0142)
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    const GATEWAY: &str = "arn:aws:ecs:us-east-1:000000000000:gateway/g";

    #[test]
    fn digests_are_stable_and_distinct() {
        assert_eq!(digest("a"), digest("a"));
        assert_ne!(digest("a"), digest("b"));
        assert_eq!(digest("anything").len(), 32);
    }

    #[test]
    fn arns_are_well_formed_stable_and_per_owner() {
        let infrastructure = Infrastructure::of(GATEWAY);
        let arn = infrastructure.load_balancer(0);
        assert!(arn.starts_with(
            "arn:aws:elasticloadbalancing:us-east-1:000000000000:loadbalancer/app/ecs-"
        ));
        let name = arn.split('/').nth(2).unwrap_or_default();
        assert!(name.len() <= 32, "{name}");
        assert_eq!(arn, Infrastructure::of(GATEWAY).load_balancer(0));
        assert_ne!(arn, infrastructure.load_balancer(1));
        assert_ne!(
            arn,
            Infrastructure::of("arn:aws:ecs:us-east-1:000000000000:gateway/h").load_balancer(0)
        );
        assert!(infrastructure.listener(0).contains(":listener/app/"));
        assert!(infrastructure.security_group("x").starts_with("sg-"));
        assert_eq!(infrastructure.security_group("x").len(), 20);
    }

    #[test]
    fn host_labels_are_dns_safe() {
        assert_eq!(host_label("My_App"), "my-app");
    }
}
