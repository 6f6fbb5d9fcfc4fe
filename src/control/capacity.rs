//! Capacity provider strategies: validating them and splitting tasks across their providers.

use crate::error::EcsError;
use crate::wire::{self, CapacityProviderStrategyItem, LaunchType};

/// The providers every account has.
pub const FARGATE: &str = "FARGATE";
pub const FARGATE_SPOT: &str = "FARGATE_SPOT";

pub fn is_fargate_provider(name: &str) -> bool {
    name == FARGATE || name == FARGATE_SPOT
}

/// The launch type tasks placed by a provider get.
pub fn launch_type_of(provider: &str) -> LaunchType {
    if is_fargate_provider(provider) {
        LaunchType::Fargate
    } else {
        LaunchType::Ec2
    }
}

/// A capacity provider created with CreateCapacityProvider (FARGATE and FARGATE_SPOT are not
/// stored: every account has them).
#[derive(Debug, Clone)]
pub struct CapacityProvider {
    pub name: String,
    pub arn: String,
    pub status: wire::CapacityProviderStatus,
    pub kind: wire::CapacityProviderType,
    pub auto_scaling_group: Option<wire::AutoScalingGroupProvider>,
    pub managed_instances: Option<wire::ManagedInstancesProvider>,
    /// The cluster a managed instances provider belongs to.
    pub cluster: Option<String>,
    pub update_status: Option<wire::CapacityProviderUpdateStatus>,
    pub tags: Vec<wire::Tag>,
}

impl CapacityProvider {
    pub fn is_active(&self) -> bool {
        self.status == wire::CapacityProviderStatus::Active
    }

    pub fn to_wire(&self, include_tags: bool) -> wire::CapacityProvider {
        wire::CapacityProvider {
            capacity_provider_arn: Some(self.arn.clone()),
            name: Some(self.name.clone()),
            status: Some(self.status),
            r#type: Some(self.kind),
            auto_scaling_group_provider: self.auto_scaling_group.clone(),
            managed_instances_provider: self.managed_instances.clone(),
            cluster: self.cluster.clone(),
            update_status: self.update_status,
            update_status_reason: None,
            // Answers without TAGS still carry an empty list, as ECS's do.
            tags: Some(if include_tags {
                self.tags.clone()
            } else {
                Vec::new()
            }),
        }
    }
}

/// FARGATE or FARGATE_SPOT as DescribeCapacityProviders shows them.
pub fn fargate_provider(scope: &crate::control::arn::Scope, name: &str) -> wire::CapacityProvider {
    wire::CapacityProvider {
        capacity_provider_arn: Some(scope.capacity_provider(name)),
        name: Some(name.to_owned()),
        status: Some(wire::CapacityProviderStatus::Active),
        r#type: Some(if name == FARGATE {
            wire::CapacityProviderType::Fargate
        } else {
            wire::CapacityProviderType::FargateSpot
        }),
        tags: Some(Vec::new()),
        ..wire::CapacityProvider::default()
    }
}

/// Checks a strategy's own rules (not whether its providers exist).
pub fn validate_strategy(strategy: &[CapacityProviderStrategyItem]) -> Result<(), EcsError> {
    if strategy.len() > 20 {
        return Err(EcsError::invalid_parameter(
            "A capacity provider strategy can contain at most 20 capacity providers.",
        ));
    }
    for (i, item) in strategy.iter().enumerate() {
        if strategy[..i]
            .iter()
            .any(|other| other.capacity_provider == item.capacity_provider)
        {
            return Err(EcsError::invalid_parameter(format!(
                "The capacity provider strategy contains '{}' more than once.",
                item.capacity_provider
            )));
        }
        if !(0..=100_000).contains(&item.base) {
            return Err(EcsError::invalid_parameter(
                "The base value of a capacity provider strategy item must be between 0 and 100000.",
            ));
        }
        if !(0..=1000).contains(&item.weight) {
            return Err(EcsError::invalid_parameter(
                "The weight value of a capacity provider strategy item must be between 0 and 1000.",
            ));
        }
    }
    if strategy.iter().filter(|i| i.base > 0).count() > 1 {
        return Err(EcsError::invalid_parameter(
            "You can specify a base value for only one capacity provider in a capacity provider \
             strategy.",
        ));
    }
    if !strategy.is_empty() && strategy.iter().all(|i| i.weight == 0) {
        return Err(EcsError::invalid_parameter(
            "At least one capacity provider in a capacity provider strategy must have a weight \
             greater than zero.",
        ));
    }
    Ok(())
}

/// Which provider each of `count` new tasks goes to, given how many tasks each provider
/// already holds (`existing[i]` for `strategy[i]`): the provider with a base is filled to its
/// base first, then every task goes to the provider furthest below its weighted share of the
/// total, so repeated calls converge on the ratio.
pub fn split(
    strategy: &[CapacityProviderStrategyItem],
    existing: &[u32],
    count: u32,
) -> Vec<usize> {
    let mut held: Vec<u32> = strategy
        .iter()
        .enumerate()
        .map(|(i, _)| existing.get(i).copied().unwrap_or(0))
        .collect();
    let total_weight: f64 = strategy.iter().map(|i| f64::from(i.weight)).sum();
    let mut placed = Vec::with_capacity(count as usize);
    for _ in 0..count {
        let below_base = strategy
            .iter()
            .enumerate()
            .find(|(i, item)| item.base > 0 && held[*i] < item.base.unsigned_abs());
        let choice = if let Some((i, _)) = below_base {
            i
        } else {
            {
                let beyond_base: Vec<f64> = strategy
                    .iter()
                    .enumerate()
                    .map(|(i, item)| f64::from(held[i].saturating_sub(item.base.unsigned_abs())))
                    .collect();
                let total: f64 = beyond_base.iter().sum::<f64>() + 1.0;
                strategy
                    .iter()
                    .enumerate()
                    .filter(|(_, item)| item.weight > 0)
                    .map(|(i, item)| {
                        let share = total * f64::from(item.weight) / total_weight;
                        (i, share - beyond_base[i])
                    })
                    .fold(
                        None,
                        |best: Option<(usize, f64)>, (i, deficit)| match best {
                            Some((_, d)) if d >= deficit => best,
                            _ => Some((i, deficit)),
                        },
                    )
                    .map_or(0, |(i, _)| i)
            }
        };
        held[choice] += 1;
        placed.push(choice);
    }
    placed
}

#[cfg(test)]
mod tests {
    use super::*;

    fn item(name: &str, base: i32, weight: i32) -> CapacityProviderStrategyItem {
        CapacityProviderStrategyItem {
            capacity_provider: name.into(),
            base,
            weight,
        }
    }

    fn counts(strategy: &[CapacityProviderStrategyItem], placed: &[usize]) -> Vec<usize> {
        (0..strategy.len())
            .map(|i| placed.iter().filter(|p| **p == i).count())
            .collect()
    }

    #[test]
    fn base_first_then_weights() {
        let s = [item(FARGATE, 1, 1), item(FARGATE_SPOT, 0, 4)];
        assert_eq!(counts(&s, &split(&s, &[0, 0], 6)), vec![2, 4]);
        assert_eq!(counts(&s, &split(&s, &[0, 0], 1)), vec![1, 0]);
    }

    #[test]
    fn zero_weight_providers_get_nothing_beyond_base() {
        let s = [item(FARGATE, 2, 0), item(FARGATE_SPOT, 0, 1)];
        assert_eq!(counts(&s, &split(&s, &[0, 0], 5)), vec![2, 3]);
    }

    #[test]
    fn repeated_single_launches_converge_on_the_ratio() {
        let s = [item(FARGATE, 0, 1), item(FARGATE_SPOT, 0, 3)];
        let mut held = [0u32, 0];
        for _ in 0..8 {
            let i = split(&s, &held, 1)[0];
            held[i] += 1;
        }
        assert_eq!(held, [2, 6]);
    }

    #[test]
    fn strategy_rules() {
        assert!(validate_strategy(&[item(FARGATE, 1, 1), item(FARGATE_SPOT, 1, 1)]).is_err());
        assert!(validate_strategy(&[item(FARGATE, 0, 0)]).is_err());
        assert!(validate_strategy(&[item(FARGATE, 0, 1), item(FARGATE, 0, 1)]).is_err());
        assert!(validate_strategy(&[item(FARGATE, 0, 1001)]).is_err());
        assert!(validate_strategy(&[item(FARGATE, 5, 1)]).is_ok());
        assert!(validate_strategy(&[]).is_ok());
    }
}
