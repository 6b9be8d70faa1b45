//! The validated site: what [`crate::validate`] hands to the later stages.
//!
//! Everything here has been checked: ids are unique and well-formed, every reference resolves,
//! every locale is configured. Later stages may rely on that and need no error paths for it.

use std::collections::{BTreeMap, BTreeSet};
use std::path::PathBuf;
use std::sync::Arc;

use unic_langid::LanguageIdentifier;

use crate::load::{FluentFile, LocaleSources, TemplateSource};
use crate::model::{
    Article, Audience, Availability, ContactKind, Direction, Icon, Id, Policies, Rules,
};
use crate::source::SourceFile;

#[derive(Debug)]
pub struct Site {
    pub root: PathBuf,
    /// Digest of `content/site.yaml`, for watch mode's change detection.
    pub config_digest: u64,
    /// Absolute, ends with `/`.
    pub base_url: String,
    /// In configuration order.
    pub locales: Vec<Locale>,
    pub default_locale: String,
    /// Configured fallback chain (without the locale being resolved).
    pub fallback: Vec<String>,
    /// In display order.
    pub categories: Vec<Category>,
    pub articles: BTreeMap<String, ArticleEntry>,
    /// Article files that did not parse; reported already, and not to be reported again.
    pub broken_articles: BTreeSet<String>,
    /// Contact options, their addresses checked and turned into links.
    pub contact: Vec<Contact>,
    /// `content/policies.yaml` (empty when the site has none).
    pub policies: Policies,
    /// Digest of `content/policies.yaml` (0 without one), for watch mode.
    pub policies_digest: u64,
    /// For each policy, the articles that state it, in the order of the site.
    pub policy_use: BTreeMap<String, Vec<String>>,
    /// The cancellation finder: the answers to its first question, in order, each with the
    /// causes and conditions it leads to (empty when the site has no finder).
    pub finder: Vec<FinderSubject>,
    /// Translations by locale code (every configured locale has an entry).
    pub translations: BTreeMap<String, Arc<LocaleSources>>,
    pub templates: BTreeMap<String, TemplateSource>,
    pub assets: BTreeMap<String, Arc<[u8]>>,
    /// How complete each locale's translation is, by locale code.
    pub translation_status: BTreeMap<String, crate::validate::LocaleStatus>,
}

#[derive(Debug, Clone)]
pub struct Locale {
    /// URL segment and folder name.
    pub code: String,
    /// BCP 47 tag for `lang` and `hreflang`.
    pub lang: String,
    /// Locale whose CLDR data formats dates, numbers and plural rules.
    pub format: LanguageIdentifier,
    /// Set for a pseudo-locale: the source locale's texts, transformed.
    pub pseudo: Option<Pseudo>,
    /// The typography rules `check` applies to the locale's texts.
    pub typography: Rules,
    /// Left to right, or right to left (`<html dir>`).
    pub direction: Direction,
}

/// A pseudo-locale: the source locale's texts, transformed to show layout problems before
/// translations arrive.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Pseudo {
    /// `en-XA`: accented and a third longer ("Ƥȧȧẏḿḗḗƞŧ").
    Accented,
    /// `en-XB`: flipped letters written right to left, on right-to-left pages: the layout
    /// of a right-to-left language, without a translation.
    Bidi,
}

impl Pseudo {
    pub const ALL: [Pseudo; 2] = [Pseudo::Accented, Pseudo::Bidi];

    /// The locale's code, a private-use region as pseudo-locales conventionally use.
    pub fn code(self) -> &'static str {
        match self {
            Pseudo::Accented => PSEUDO_LOCALE,
            Pseudo::Bidi => PSEUDO_BIDI_LOCALE,
        }
    }

    pub fn direction(self) -> Direction {
        match self {
            Pseudo::Accented => Direction::Ltr,
            Pseudo::Bidi => Direction::Rtl,
        }
    }
}

/// The code of the accented pseudo-locale.
pub const PSEUDO_LOCALE: &str = "en-XA";
/// The code of the right-to-left pseudo-locale.
pub const PSEUDO_BIDI_LOCALE: &str = "en-XB";

/// A way to reach the support team, from `contact:` in `content/site.yaml`.
#[derive(Debug, Clone)]
pub struct Contact {
    pub id: Id,
    pub kind: ContactKind,
    pub availability: Option<Availability>,
    /// `mailto:`, `tel:` or `https:`, made from the checked address; `None` without one.
    pub href: Option<String>,
}

#[derive(Debug, Clone)]
pub struct Category {
    pub id: Id,
    /// The picture on its card on the home page.
    pub icon: Option<Icon>,
    /// Who its articles are for.
    pub audience: Audience,
    /// Article ids, by `order` then id.
    pub articles: Vec<String>,
}

#[derive(Debug)]
pub struct ArticleEntry {
    pub id: Id,
    pub file: Arc<SourceFile>,
    pub article: Arc<Article>,
}

/// An answer to the finder's first question ("what was cancelled?") and what it leads to.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct FinderSubject {
    pub id: Id,
    /// The articles of this answer that have causes or conditions, in the order of the site.
    pub groups: Vec<FinderGroup>,
}

/// One article's options in the finder's second question.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct FinderGroup {
    pub article: String,
    pub options: Vec<FinderOption>,
}

/// A cause or a condition of an article, offered as "what you see".
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct FinderOption {
    /// The item's id: its anchor in the article.
    pub item: Id,
    /// The order status a condition is about; `None` for a cause.
    pub status: Option<Id>,
}

impl Site {
    pub fn locale(&self, code: &str) -> Option<&Locale> {
        self.locales.iter().find(|l| l.code == code)
    }

    /// Where messages for `code` are looked up, in order: itself, then the fallback chain.
    pub fn lookup_chain<'a>(&'a self, code: &'a str) -> Vec<&'a str> {
        let mut chain = vec![code];
        for next in self
            .fallback
            .iter()
            .map(String::as_str)
            .chain([self.default_locale.as_str()])
        {
            if !chain.contains(&next) {
                chain.push(next);
            }
        }
        chain
    }

    pub fn category_of(&self, article: &str) -> Option<&Id> {
        self.articles.get(article).map(|a| &a.article.category)
    }

    pub fn article_translation(&self, locale: &str, article: &str) -> Option<&FluentFile> {
        self.translations.get(locale)?.articles.get(article)
    }
}
