//! Ids: the stable, URL-safe names of articles, sections, items, categories and statuses.

use std::fmt;

use schemars::JsonSchema;
use serde::{Deserialize, Deserializer};

use super::problem::ValueProblem;
use super::values::deserialize_checked_str;
use crate::diagnostics::Code;

/// Names that may not be used as ids: they clash with output folders or the templates' own ids.
pub const RESERVED_IDS: &[&str] = &[
    "main",
    "content",
    "top",
    "search",
    "finder",
    "assets",
    "index",
    "404",
    "sitemap",
    "robots",
    "static",
    "main-content",
    "related-heading",
    "contact-heading",
];

/// A stable, lowercase, URL-safe identifier: `[a-z][a-z0-9-]*`, no `--`, no trailing `-`.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, JsonSchema)]
#[schemars(try_from = "String")]
#[schemars(extend("pattern" = "^[a-z][a-z0-9]*(-[a-z0-9]+)*$"))]
pub struct Id(String);

impl<'de> Deserialize<'de> for Id {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserialize_checked_str(deserializer, "an id such as `contact-seller`")
    }
}

impl Id {
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl fmt::Display for Id {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::borrow::Borrow<str> for Id {
    fn borrow(&self) -> &str {
        &self.0
    }
}

pub const ID_RULE: &str = "ids may contain a-z, 0-9 and single hyphens, and start with a letter";

impl TryFrom<String> for Id {
    type Error = ValueProblem;

    fn try_from(value: String) -> Result<Self, ValueProblem> {
        check_id(&value)?;
        Ok(Id(value))
    }
}

/// A valid id close to an invalid one (`What to do` -> `what-to-do`), to suggest in a help line.
pub fn suggest_id(value: &str) -> Option<String> {
    let lowered = value.to_ascii_lowercase();
    let words: Vec<&str> = lowered
        .split(|c: char| !c.is_ascii_lowercase() && !c.is_ascii_digit())
        .filter(|word| !word.is_empty())
        .collect();
    let candidate = words.join("-");
    let start = candidate.find(|c: char| c.is_ascii_lowercase())?;
    let candidate = candidate[start..].to_string();
    check_id(&candidate).is_ok().then_some(candidate)
}

/// Why `value` is not a valid id, if it is not (E012, with a valid id to use instead).
pub fn check_id(value: &str) -> Result<(), ValueProblem> {
    let well_formed = value.starts_with(|c: char| c.is_ascii_lowercase())
        && value
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
        && !value.contains("--")
        && !value.ends_with('-')
        && value.len() <= 64;
    if !well_formed {
        let help = match suggest_id(value) {
            Some(id) => format!("use lowercase letters, digits and single hyphens, e.g. `{id}`"),
            None => {
                "use lowercase letters, digits and single hyphens, starting with a letter".into()
            }
        };
        return Err(ValueProblem::new(
            Code::InvalidId,
            format!("invalid id `{value}`: {ID_RULE} (at most 64 characters)"),
        )
        .help(help));
    }
    if RESERVED_IDS.contains(&value) {
        return Err(ValueProblem::new(
            Code::InvalidId,
            format!(
                "`{value}` is reserved and cannot be used as an id; choose a more specific name"
            ),
        )
        .help(format!(
            "reserved ids: {}; {ID_RULE}",
            RESERVED_IDS.join(", ")
        )));
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_are_lowercase_and_url_safe() {
        for good in ["refunds", "cancel-order-2", "a1"] {
            assert!(check_id(good).is_ok(), "{good}");
        }
        for bad in [
            "../x",
            "a/b",
            "has space",
            "Upper",
            "-lead",
            "trail-",
            "a--b",
            "",
            "1st",
            "index",
        ] {
            let problem = check_id(bad).unwrap_err();
            assert_eq!(problem.code, Code::InvalidId, "{bad}");
        }
        assert_eq!(suggest_id("What to do").as_deref(), Some("what-to-do"));
        assert_eq!(suggest_id("../admin").as_deref(), Some("admin"));
        assert_eq!(suggest_id("a/b").as_deref(), Some("a-b"));
        assert_eq!(suggest_id("../index"), None);
        assert!(
            check_id("What")
                .unwrap_err()
                .help
                .unwrap()
                .contains("`what`")
        );
    }
}
