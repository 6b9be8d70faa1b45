//! `content/site.yaml`: the site's configuration as written.

use schemars::JsonSchema;
use serde::Deserialize;

use super::{Id, Typography};

/// `content/site.yaml`.
#[derive(Debug, Clone, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct SiteConfig {
    /// Absolute URL the site is published at, used for canonical links and the sitemap.
    pub base_url: String,
    pub default_locale: String,
    /// Where a missing message is looked up next, in order (default: the default locale).
    #[serde(default)]
    pub fallback: Vec<String>,
    pub locales: Vec<LocaleConfig>,
    /// Category ids in display order.
    pub categories: Vec<Id>,
    #[serde(default)]
    pub order_statuses: Vec<Id>,
    #[serde(default)]
    pub contact: Vec<ContactOption>,
    /// Also build the pseudo-locales `en-XA` (accented, lengthened source text) and `en-XB`
    /// (flipped, right-to-left text).
    #[serde(default)]
    pub pseudo: bool,
}

#[derive(Debug, Clone, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct LocaleConfig {
    /// Folder name under `locales/` and first URL segment.
    pub code: String,
    /// BCP 47 tag for `<html lang>` and hreflang (default: `code`), e.g. `zh-Hans`.
    #[serde(default)]
    pub lang: Option<String>,
    /// CLDR locale for dates and numbers (default: `lang`), e.g. `en-GB`.
    #[serde(default)]
    pub format: Option<String>,
    /// Which typography rules `check` applies to this locale's texts (default: the
    /// language's, e.g. French spacing for French), e.g. `{ french_spacing: false }`.
    #[serde(default)]
    pub typography: Typography,
    /// The direction text is written in: `ltr` or `rtl` (default: the language's script's,
    /// from CLDR: `rtl` for Arabic, Hebrew, Persian, Urdu, ...).
    #[serde(default)]
    pub direction: Option<Direction>,
}

/// The direction a locale's text is written in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Deserialize, serde::Serialize, JsonSchema)]
#[serde(rename_all = "lowercase")]
pub enum Direction {
    /// Left to right.
    Ltr,
    /// Right to left.
    Rtl,
}

impl Direction {
    /// The value of HTML's `dir` attribute.
    pub fn as_str(self) -> &'static str {
        match self {
            Direction::Ltr => "ltr",
            Direction::Rtl => "rtl",
        }
    }

    /// The direction of a language's script, from CLDR (ICU4X's compiled data): `rtl` for
    /// `ar`, `he`, `fa`, `ur`, `az-Arab`, ...; `ltr` for everything else, unknown tags too.
    pub fn of_language(lang: &str) -> Direction {
        static DIRECTIONALITY: std::sync::LazyLock<icu::locale::LocaleDirectionality> =
            std::sync::LazyLock::new(icu::locale::LocaleDirectionality::new_extended);
        match lang.parse::<icu::locale::LanguageIdentifier>() {
            Ok(id) if DIRECTIONALITY.is_right_to_left(&id) => Direction::Rtl,
            _ => Direction::Ltr,
        }
    }
}

impl LocaleConfig {
    pub fn lang(&self) -> &str {
        self.lang.as_deref().unwrap_or(&self.code)
    }

    pub fn format(&self) -> &str {
        self.format.as_deref().unwrap_or_else(|| self.lang())
    }
}

#[derive(Debug, Clone, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct ContactOption {
    pub id: Id,
    pub kind: ContactKind,
    #[serde(default)]
    pub availability: Option<Availability>,
    /// Email address, phone number or URL, depending on `kind`.
    #[serde(default)]
    pub address: Option<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, serde::Serialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum ContactKind {
    Chat,
    Email,
    Phone,
    Form,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, serde::Serialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum Availability {
    Always,
    BusinessHours,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_direction_comes_from_the_script() {
        for rtl in ["ar", "he", "fa", "ur", "ar-EG", "az-Arab", "yi", "ckb"] {
            assert_eq!(Direction::of_language(rtl), Direction::Rtl, "{rtl}");
        }
        for ltr in ["en", "pl", "zh-Hans", "az", "az-Latn", "xx", "not a tag"] {
            assert_eq!(Direction::of_language(ltr), Direction::Ltr, "{ltr}");
        }
    }
}
