//! `content/site.yaml`: the site's configuration as written.

use std::fmt;

use schemars::JsonSchema;
use serde::Deserialize;
use serde::de::{self, Deserializer, MapAccess, Visitor};

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
    /// Categories in display order: an id, or `{ id, icon, audience }`.
    pub categories: Vec<CategoryConfig>,
    #[serde(default)]
    pub order_statuses: Vec<Id>,
    #[serde(default)]
    pub contact: Vec<ContactOption>,
    /// The cancellation finder (`/<locale>/finder/`): the answers to its first question, "what
    /// was cancelled?", in the order it offers them. Each is named by `finder-<id>` in
    /// site.ftl (with `.description` under it and `.question`, the second question); an
    /// article joins one with `finder: <id>`. Without it the site has no finder.
    #[serde(default)]
    pub finder: Vec<Id>,
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
    /// E-mail address, phone number or https:// URL, depending on `kind`: every option is a
    /// link of its kind.
    pub address: String,
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

/// A category of `content/site.yaml`: written as its id alone, or with its settings.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CategoryConfig {
    pub id: Id,
    /// The picture on its card on the home page.
    pub icon: Option<Icon>,
    /// Who its articles are for: the search box ranks answers for customers first.
    pub audience: Audience,
}

#[derive(Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
struct RawCategory {
    id: Id,
    #[serde(default)]
    icon: Option<Icon>,
    #[serde(default)]
    audience: Audience,
}

/// Either form, as editors may write it.
impl JsonSchema for CategoryConfig {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "Category".into()
    }

    fn json_schema(generator: &mut schemars::SchemaGenerator) -> schemars::Schema {
        let id = generator.subschema_for::<Id>();
        let full = generator.subschema_for::<RawCategory>();
        schemars::json_schema!({ "anyOf": [id, full] })
    }
}

impl<'de> Deserialize<'de> for CategoryConfig {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct CategoryVisitor;

        impl<'de> Visitor<'de> for CategoryVisitor {
            type Value = CategoryConfig;

            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a category id, or `{ id, icon, audience }`")
            }

            fn visit_str<E: de::Error>(self, value: &str) -> Result<CategoryConfig, E> {
                let id = Id::try_from(value.to_string()).map_err(|p| p.into_error())?;
                Ok(CategoryConfig {
                    id,
                    icon: None,
                    audience: Audience::default(),
                })
            }

            fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<CategoryConfig, A::Error> {
                let raw = RawCategory::deserialize(de::value::MapAccessDeserializer::new(map))?;
                Ok(CategoryConfig {
                    id: raw.id,
                    icon: raw.icon,
                    audience: raw.audience,
                })
            }
        }

        deserializer.deserialize_any(CategoryVisitor)
    }
}

/// The pictures a category's card can have (drawn by the theme, inline, in the text colour).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Deserialize, serde::Serialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum Icon {
    Card,
    Cart,
    Parcel,
    Refund,
    Store,
    Clock,
    Question,
    Chat,
}

/// Who a category's articles are written for.
#[derive(
    Debug, Clone, Copy, Default, PartialEq, Eq, Hash, Deserialize, serde::Serialize, JsonSchema,
)]
#[serde(rename_all = "kebab-case")]
pub enum Audience {
    #[default]
    Customers,
    Merchants,
}

impl Audience {
    pub fn as_str(self) -> &'static str {
        match self {
            Audience::Customers => "customers",
            Audience::Merchants => "merchants",
        }
    }
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
