//! Account settings. A setting is explicit for a principal or not set; what applies to a
//! principal is its own value, else the account default (the root principal's value), else the
//! value AWS ships.

use std::collections::BTreeMap;

use crate::error::EcsError;
use crate::wire::SettingName;

#[derive(Debug, Clone, Default)]
pub struct AccountSettings {
    explicit: BTreeMap<(String, SettingName), String>,
}

/// A setting's value and the principal it was set for (the root for account defaults).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EffectiveSetting {
    pub name: SettingName,
    pub value: String,
    pub principal_arn: String,
}

impl AccountSettings {
    pub fn put(&mut self, principal: &str, name: SettingName, value: &str) {
        self.explicit
            .insert((principal.to_owned(), name), value.to_owned());
    }

    /// Removes the principal's own value and returns it, if it had one.
    pub fn delete(&mut self, principal: &str, name: SettingName) -> Option<String> {
        self.explicit.remove(&(principal.to_owned(), name))
    }

    /// What applies to `principal`, given the account's `root`.
    pub fn effective(&self, principal: &str, root: &str, name: SettingName) -> EffectiveSetting {
        let explicit = |who: &str| self.explicit.get(&(who.to_owned(), name));
        let (value, source) = match (explicit(principal), explicit(root)) {
            (Some(v), _) => (v.clone(), principal),
            (None, Some(v)) => (v.clone(), root),
            (None, None) => (aws_default(name).to_owned(), root),
        };
        EffectiveSetting {
            name,
            value,
            principal_arn: source.to_owned(),
        }
    }

    /// The settings set explicitly for `principal`.
    pub fn explicit_for(&self, principal: &str) -> Vec<EffectiveSetting> {
        self.explicit
            .iter()
            .filter(|((who, _), _)| who == principal)
            .map(|((who, name), value)| EffectiveSetting {
                name: *name,
                value: value.clone(),
                principal_arn: who.clone(),
            })
            .collect()
    }
}

/// What every account starts with.
pub fn aws_default(name: SettingName) -> &'static str {
    match name {
        SettingName::ServiceLongArnFormat
        | SettingName::TaskLongArnFormat
        | SettingName::ContainerInstanceLongArnFormat => "enabled",
        SettingName::AwsvpcTrunking
        | SettingName::ContainerInsights
        | SettingName::FargateFIPSMode
        | SettingName::FargateEventWindows
        | SettingName::DualStackIPv6 => "disabled",
        SettingName::TagResourceAuthorization => "on",
        SettingName::FargateTaskRetirementWaitPeriod => "7",
        SettingName::GuardDutyActivate => "off",
        SettingName::DefaultLogDriverMode => "non-blocking",
    }
}

/// Whether AWS manages the setting (reported with `type: aws_managed`, not settable).
pub fn is_aws_managed(name: SettingName) -> bool {
    name == SettingName::GuardDutyActivate
}

/// Checks a value a caller wants to set.
pub fn validate(name: SettingName, value: &str) -> Result<(), EcsError> {
    let allowed: &[&str] =
        match name {
            // Every account has had long ARNs since 2021, for good.
            SettingName::ServiceLongArnFormat
            | SettingName::TaskLongArnFormat
            | SettingName::ContainerInstanceLongArnFormat
                if value == "disabled" =>
            {
                return Err(EcsError::invalid_parameter(
                    "You can no longer disable Long Arn settings",
                ))
            }
            SettingName::ServiceLongArnFormat
            | SettingName::TaskLongArnFormat
            | SettingName::ContainerInstanceLongArnFormat
            | SettingName::AwsvpcTrunking
            | SettingName::FargateFIPSMode
            | SettingName::FargateEventWindows
            | SettingName::DualStackIPv6 => &["enabled", "disabled"],
            SettingName::ContainerInsights => &["enabled", "disabled", "enhanced"],
            SettingName::TagResourceAuthorization => &["on", "off"],
            SettingName::FargateTaskRetirementWaitPeriod => &["0", "7", "14"],
            SettingName::DefaultLogDriverMode => &["blocking", "non-blocking"],
            SettingName::GuardDutyActivate => return Err(EcsError::invalid_parameter(
                "guardDutyActivate is managed by AWS and cannot be changed through the ECS API.",
            )),
        };
    if allowed.contains(&value) {
        Ok(())
    } else {
        Err(EcsError::invalid_parameter(format!(
            "Invalid value '{value}' for setting {name}. Valid values: {}.",
            allowed.join(", ")
        )))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const ROOT: &str = "arn:aws:iam::000000000000:root";
    const USER: &str = "arn:aws:iam::000000000000:user/dev";

    #[test]
    fn a_principal_value_beats_the_account_default_which_beats_aws() {
        let mut s = AccountSettings::default();
        let name = SettingName::ContainerInsights;
        assert_eq!(s.effective(USER, ROOT, name).value, "disabled");
        s.put(ROOT, name, "enabled");
        let from_root = s.effective(USER, ROOT, name);
        assert_eq!(
            (from_root.value.as_str(), from_root.principal_arn.as_str()),
            ("enabled", ROOT)
        );
        s.put(USER, name, "enhanced");
        assert_eq!(s.effective(USER, ROOT, name).value, "enhanced");
        assert_eq!(s.delete(USER, name).as_deref(), Some("enhanced"));
        assert_eq!(s.effective(USER, ROOT, name).value, "enabled");
    }

    #[test]
    fn values_are_checked_per_setting() {
        assert!(validate(SettingName::ContainerInsights, "enhanced").is_ok());
        assert!(validate(SettingName::TaskLongArnFormat, "on").is_err());
        assert!(validate(SettingName::TaskLongArnFormat, "enabled").is_ok());
        let err = validate(SettingName::ServiceLongArnFormat, "disabled").unwrap_err();
        assert_eq!(err.message, "You can no longer disable Long Arn settings");
        assert!(validate(SettingName::DualStackIPv6, "enabled").is_ok());
        assert!(validate(SettingName::DualStackIPv6, "on").is_err());
        assert!(validate(SettingName::FargateTaskRetirementWaitPeriod, "14").is_ok());
        assert!(validate(SettingName::GuardDutyActivate, "on").is_err());
    }
}
