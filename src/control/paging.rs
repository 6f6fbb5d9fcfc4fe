//! `maxResults`/`nextToken` for every List* operation.
//!
//! A token names the sort key of the last item returned, so paging stays correct while items are
//! added or removed between calls (an offset would skip or repeat them).

use crate::error::EcsError;

/// The page size limits of one List* operation.
#[derive(Debug, Clone, Copy)]
pub struct PageLimits {
    pub default: usize,
    pub max: usize,
}

impl PageLimits {
    pub const HUNDRED: Self = Self {
        default: 100,
        max: 100,
    };
}

/// A sort key for items listed newest first (sorted descending); the ARN breaks ties between
/// items made in the same millisecond.
pub fn newest_first_key(created_at: Option<crate::wire::Timestamp>, arn: Option<&str>) -> String {
    let millis = (created_at.unwrap_or_default() * 1000.0) as u64;
    format!("{millis:015}-{}", arn.unwrap_or_default())
}

/// Sorts `items` by `key` (unique per item), descending if asked, and returns the page that
/// follows `next_token` and the token for the page after it.
pub fn page<T>(
    mut items: Vec<T>,
    key: impl Fn(&T) -> String,
    descending: bool,
    max_results: Option<i32>,
    next_token: Option<&str>,
    limits: PageLimits,
) -> Result<(Vec<T>, Option<String>), EcsError> {
    let size = match max_results {
        None => limits.default,
        Some(n) if n >= 1 && (n as usize) <= limits.max => n as usize,
        Some(_) => {
            return Err(EcsError::invalid_parameter(format!(
                "maxResults must be between 1 and {}.",
                limits.max
            )))
        }
    };
    let after = next_token.map(decode_token).transpose()?;
    items.sort_by_cached_key(|item| key(item));
    if descending {
        items.reverse();
    }
    let mut remaining = items.into_iter().filter(|item| match &after {
        None => true,
        Some(last) if descending => key(item) < *last,
        Some(last) => key(item) > *last,
    });
    let page: Vec<T> = remaining.by_ref().take(size).collect();
    let next = if remaining.next().is_some() {
        page.last().map(|item| encode_token(&key(item)))
    } else {
        None
    };
    Ok((page, next))
}

fn encode_token(key: &str) -> String {
    use std::fmt::Write as _;
    key.bytes().fold(String::from("e1."), |mut out, b| {
        let _ = write!(out, "{b:02x}");
        out
    })
}

fn decode_token(token: &str) -> Result<String, EcsError> {
    let invalid = || EcsError::invalid_parameter("Invalid nextToken value.");
    let hex = token.strip_prefix("e1.").ok_or_else(invalid)?;
    if hex.len() % 2 != 0 {
        return Err(invalid());
    }
    let bytes = (0..hex.len())
        .step_by(2)
        .map(|i| u8::from_str_radix(&hex[i..i + 2], 16).map_err(|_| invalid()))
        .collect::<Result<Vec<u8>, _>>()?;
    String::from_utf8(bytes).map_err(|_| invalid())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn letters() -> Vec<String> {
        ["a", "b", "c", "d", "e"].map(String::from).to_vec()
    }

    #[test]
    fn pages_through_everything_once() {
        let mut seen = Vec::new();
        let mut token = None;
        loop {
            let (items, next) = page(
                letters(),
                Clone::clone,
                false,
                Some(2),
                token.as_deref(),
                PageLimits::HUNDRED,
            )
            .unwrap();
            seen.extend(items);
            match next {
                Some(t) => token = Some(t),
                None => break,
            }
        }
        assert_eq!(seen, letters());
    }

    #[test]
    fn the_last_full_page_has_no_token() {
        let (items, next) = page(
            letters(),
            Clone::clone,
            false,
            Some(5),
            None,
            PageLimits::HUNDRED,
        )
        .unwrap();
        assert_eq!(items.len(), 5);
        assert!(next.is_none());
    }

    #[test]
    fn survives_removal_of_the_last_item_seen() {
        let (_, next) = page(
            letters(),
            Clone::clone,
            false,
            Some(2),
            None,
            PageLimits::HUNDRED,
        )
        .unwrap();
        let without_b: Vec<String> = letters().into_iter().filter(|l| l != "b").collect();
        let (items, _) = page(
            without_b,
            Clone::clone,
            false,
            Some(2),
            next.as_deref(),
            PageLimits::HUNDRED,
        )
        .unwrap();
        assert_eq!(items, ["c", "d"]);
    }

    #[test]
    fn sorts_what_it_is_given() {
        let shuffled: Vec<String> = ["c", "a", "e", "b", "d"].map(String::from).to_vec();
        let (items, _) = page(
            shuffled,
            Clone::clone,
            false,
            None,
            None,
            PageLimits::HUNDRED,
        )
        .unwrap();
        assert_eq!(items, letters());
    }

    #[test]
    fn pages_descending_lists() {
        let items = letters();
        let (first, next) = page(
            items.clone(),
            Clone::clone,
            true,
            Some(2),
            None,
            PageLimits::HUNDRED,
        )
        .unwrap();
        assert_eq!(first, ["e", "d"]);
        let (second, _) = page(
            items,
            Clone::clone,
            true,
            Some(2),
            next.as_deref(),
            PageLimits::HUNDRED,
        )
        .unwrap();
        assert_eq!(second, ["c", "b"]);
    }

    #[test]
    fn rejects_bad_sizes_and_tokens() {
        let limits = PageLimits::HUNDRED;
        assert!(page(letters(), Clone::clone, false, Some(0), None, limits).is_err());
        assert!(page(letters(), Clone::clone, false, Some(101), None, limits).is_err());
        assert!(page(
            letters(),
            Clone::clone,
            false,
            None,
            Some("garbage"),
            limits
        )
        .is_err());
        assert!(page(letters(), Clone::clone, false, None, Some("e1.zz"), limits).is_err());
    }
}
