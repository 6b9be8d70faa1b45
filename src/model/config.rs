//! `content/site.yaml`: the site's configuration as written.

use schemars::JsonSchema;
use serde::Deserialize;

use super::Id;

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
    /// The cancellation finder (`/<locale>/finder/`): the answers to its first question, "what
    /// was cancelled?", in the order it offers them. Each is named by `finder-<id>` in
    /// site.ftl (with `.description` under it and `.question`, the second question); an
    /// article joins one with `finder: <id>`. Without it the site has no finder.
    #[serde(default)]
    pub finder: Vec<Id>,
    /// Also build the pseudo-locale `en-XA` (accented, lengthened source text).
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
