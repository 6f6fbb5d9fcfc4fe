//! PutAccountSetting, PutAccountSettingDefault, DeleteAccountSetting, ListAccountSettings.

use super::Context;
use crate::control::paging::{self, PageLimits};
use crate::control::settings::{self, EffectiveSetting};
use crate::error::EcsError;
use crate::wire::{self, SettingName, SettingType};

pub(super) fn put_account_setting(
    cx: &Context<'_>,
    input: wire::PutAccountSettingRequest,
) -> Result<wire::PutAccountSettingResponse, EcsError> {
    let principal = principal(cx, input.principal_arn)?;
    Ok(wire::PutAccountSettingResponse {
        setting: Some(put(cx, principal, input.name, input.value)?),
    })
}

/// Sets the account default, which is the root principal's own setting.
pub(super) fn put_account_setting_default(
    cx: &Context<'_>,
    input: wire::PutAccountSettingDefaultRequest,
) -> Result<wire::PutAccountSettingDefaultResponse, EcsError> {
    let root = cx.caller.principal_arn();
    Ok(wire::PutAccountSettingDefaultResponse {
        setting: Some(put(cx, root, input.name, input.value)?),
    })
}

fn put(
    cx: &Context<'_>,
    principal: String,
    name: SettingName,
    value: String,
) -> Result<wire::Setting, EcsError> {
    settings::validate(name, &value)?;
    cx.plane.store.write(&cx.caller.partition_key(), |p| {
        p.account_settings.put(&principal, name, &value);
    });
    Ok(to_wire(EffectiveSetting {
        name,
        value,
        principal_arn: principal,
    }))
}

pub(super) fn delete_account_setting(
    cx: &Context<'_>,
    input: wire::DeleteAccountSettingRequest,
) -> Result<wire::DeleteAccountSettingResponse, EcsError> {
    let principal = principal(cx, input.principal_arn)?;
    let removed = cx.plane.store.write(&cx.caller.partition_key(), |p| {
        p.account_settings.delete(&principal, input.name)
    });
    let value = removed.ok_or_else(|| {
        EcsError::invalid_parameter(format!(
            "The account setting {} is not set for principal {principal}.",
            input.name
        ))
    })?;
    Ok(wire::DeleteAccountSettingResponse {
        setting: Some(to_wire(EffectiveSetting {
            name: input.name,
            value,
            principal_arn: principal,
        })),
    })
}

pub(super) fn list_account_settings(
    cx: &Context<'_>,
    input: wire::ListAccountSettingsRequest,
) -> Result<wire::ListAccountSettingsResponse, EcsError> {
    let principal = principal(cx, input.principal_arn.clone())?;
    let root = cx.caller.principal_arn();
    let found: Vec<EffectiveSetting> = cx.plane.store.read(&cx.caller.partition_key(), |p| {
        if input.effective_settings {
            SettingName::ALL
                .iter()
                .map(|name| p.account_settings.effective(&principal, &root, *name))
                .collect()
        } else {
            p.account_settings.explicit_for(&principal)
        }
    });
    let found: Vec<EffectiveSetting> = found
        .into_iter()
        .filter(|s| input.name.is_none_or(|n| n == s.name))
        .filter(|s| input.value.as_ref().is_none_or(|v| *v == s.value))
        .collect();
    // maxResults is a plain integer in the model: 0 means it was not given.
    let max_results = (input.max_results != 0).then_some(input.max_results);
    let (page, next_token) = paging::page(
        found,
        |s| s.name.as_str().to_owned(),
        false,
        max_results,
        input.next_token.as_deref(),
        PageLimits {
            default: 10,
            max: 10,
        },
    )?;
    Ok(wire::ListAccountSettingsResponse {
        settings: Some(page.into_iter().map(to_wire).collect()),
        next_token,
    })
}

/// The principal a request is about: the one it names (an IAM user, role or root of the
/// caller's account) or the caller.
fn principal(cx: &Context<'_>, given: Option<String>) -> Result<String, EcsError> {
    let Some(arn) = given else {
        return Ok(cx.caller.principal_arn());
    };
    let mut parts = arn.splitn(6, ':');
    let valid = parts.next() == Some("arn")
        && parts.next().is_some()
        && parts.next() == Some("iam")
        && parts.next() == Some("")
        && parts.next() == Some(cx.caller.account_id.as_str())
        && parts
            .next()
            .is_some_and(|r| r == "root" || r.starts_with("user/") || r.starts_with("role/"));
    if valid {
        Ok(arn)
    } else {
        Err(EcsError::invalid_parameter(format!(
            "Invalid principalArn {arn}: specify the ARN of an IAM user, an IAM role or the root \
             user of this account."
        )))
    }
}

fn to_wire(setting: EffectiveSetting) -> wire::Setting {
    wire::Setting {
        r#type: Some(if settings::is_aws_managed(setting.name) {
            SettingType::AwsManaged
        } else {
            SettingType::User
        }),
        name: Some(setting.name),
        value: Some(setting.value),
        principal_arn: Some(setting.principal_arn),
    }
}
