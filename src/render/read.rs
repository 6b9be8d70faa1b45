//! The one door through which views read the site, noting every [`Fact`] they read.
//!
//! A view never touches the validated [`Site`] or the [`Localizer`] directly: it asks a
//! [`SiteReader`], and each answer notes what it depends on. What an output file read is then
//! exactly what it is made from (see [`super::deps`]). [`digest`] says what each fact's value
//! is, next to the accessors that read it, so the two cannot drift apart.

use std::cell::RefCell;
use std::hash::{Hash, Hasher};

use rustc_hash::FxHasher;

use super::deps::{Fact, Reads};
use super::urls::PagePath;
use crate::diagnostics::{Code, Diagnostic};
use crate::load::{FluentFile, FluentKind};
use crate::localize::{Args, Localizer, Resolved, Text};
use crate::model::{
    Article, Audience, Date, Icon, Id, Period, PeriodRef, Policies, Policy, Scope, Topic,
};
use crate::site::{Contact, FinderSubject, Locale, Site};

/// Reads the site for one output file, noting what it reads; collects the problems found while
/// formatting its texts.
pub struct SiteReader<'a> {
    site: &'a Site,
    localizer: &'a Localizer,
    reads: Reads,
    problems: RefCell<Vec<Diagnostic>>,
}

impl<'a> SiteReader<'a> {
    pub fn new(site: &'a Site, localizer: &'a Localizer, recording: bool) -> Self {
        SiteReader {
            site,
            localizer,
            reads: if recording {
                Reads::recording()
            } else {
                Reads::off()
            },
            problems: RefCell::default(),
        }
    }

    /// What was read, and the problems found.
    pub fn finish(self) -> (Vec<Fact>, Vec<Diagnostic>) {
        (self.reads.into_facts(), self.problems.into_inner())
    }

    /// Runs `read` on a reader of its own and returns what it made with the facts it read (for
    /// a value shared by several files, which each note them with [`Self::replay`]). The
    /// facts and problems count for this reader too.
    pub fn capture<T>(&self, read: impl FnOnce(&SiteReader<'a>) -> T) -> (T, Vec<Fact>) {
        let child = SiteReader::new(self.site, self.localizer, self.reads.is_recording());
        let value = read(&child);
        let (facts, problems) = child.finish();
        self.replay(&facts);
        self.problems.borrow_mut().extend(problems);
        (value, facts)
    }

    /// How many problems were found so far (a text that had one is not shared).
    pub fn problem_count(&self) -> usize {
        self.problems.borrow().len()
    }

    /// Notes facts read on this file's behalf by someone else (a shared value).
    pub fn replay(&self, facts: &[Fact]) {
        for fact in facts {
            self.reads.note(|| fact.clone());
        }
    }

    fn note(&self, fact: impl FnOnce() -> Fact) {
        self.reads.note(fact);
    }

    // The configuration: what `content/site.yaml` says.

    pub fn base_url(&self) -> &'a str {
        self.note(|| Fact::Config);
        &self.site.base_url
    }

    pub fn locales(&self) -> &'a [Locale] {
        self.note(|| Fact::Config);
        &self.site.locales
    }

    pub fn locale(&self, code: &str) -> Option<&'a Locale> {
        self.note(|| Fact::Config);
        self.site.locale(code)
    }

    pub fn default_locale(&self) -> &'a str {
        self.note(|| Fact::Config);
        &self.site.default_locale
    }

    /// The categories, in display order.
    pub fn categories(&self) -> impl Iterator<Item = &'a Id> {
        self.note(|| Fact::Config);
        self.site.categories.iter().map(|c| &c.id)
    }

    pub fn contact(&self) -> &'a [Contact] {
        self.note(|| Fact::Config);
        &self.site.contact
    }

    /// A date as `locale` writes it (the locale's formatting is configuration).
    pub fn date(&self, locale: &str, date: Date) -> String {
        self.note(|| Fact::Config);
        self.localizer.format_date(locale, date)
    }

    // Articles and how they are arranged.

    /// Who a category's articles are for, and its picture.
    pub fn category_settings(&self, category: &str) -> Option<(Audience, Option<Icon>)> {
        self.note(|| Fact::Config);
        self.site
            .categories
            .iter()
            .find(|c| c.id.as_str() == category)
            .map(|c| (c.audience, c.icon))
    }

    /// The articles of a category, in order.
    pub fn members(&self, category: &str) -> &'a [String] {
        self.note(|| Fact::Members(category.to_string()));
        members(self.site, category)
    }

    /// The featured articles, in the order of the categories and their articles.
    pub fn featured(&self) -> Vec<&'a str> {
        self.note(|| Fact::Featured);
        featured(self.site)
    }

    /// An article's YAML.
    pub fn article(&self, id: &str) -> Option<&'a Article> {
        self.note(|| Fact::Article(id.to_string()));
        self.site.articles.get(id).map(|entry| &*entry.article)
    }

    /// The category an article is in.
    pub fn route(&self, id: &str) -> Option<&'a Id> {
        self.note(|| Fact::Route(id.to_string()));
        self.site.category_of(id)
    }

    /// Whether `locale` has its own translation of the article.
    pub fn translated(&self, locale: &str, id: &str) -> bool {
        self.note(|| Fact::Translated(locale.to_string(), id.to_string()));
        self.localizer.has_article(locale, id)
    }

    /// The locale an article's text comes from for readers of `locale`: itself, or the first
    /// fallback that translates it.
    pub fn source_locale(&self, locale: &str, id: &str) -> Option<&'a str> {
        let chain = self.localizer.chain(locale);
        chain
            .iter()
            .find(|code| self.translated(code, id))
            .and_then(|code| self.site.locale(code).map(|l| l.code.as_str()))
    }

    /// Notes that the page lists every page of the site (the sitemap).
    pub fn all_pages(&self) {
        self.note(|| Fact::Pages);
    }

    // Policies and the finder.

    /// Every policy, by topic (empty when the site has none).
    pub fn policies(&self) -> &'a Policies {
        self.note(|| Fact::Policies);
        &self.site.policies
    }

    /// One policy and its topic.
    pub fn policy(&self, id: &str) -> Option<(&'a Topic, &'a Policy)> {
        self.note(|| Fact::Policy(id.to_string()));
        self.site.policies.get(id)
    }

    /// The number a period stands for: its own, or its policy's.
    pub fn period(&self, period: &PeriodRef) -> Option<Period> {
        match period {
            PeriodRef::Given(period) => Some(*period),
            PeriodRef::Policy(id) => self.policy(id.as_str()).map(|(_, p)| p.period),
        }
    }

    /// The articles that state a policy, in the order of the site.
    pub fn policy_users(&self, id: &str) -> &'a [String] {
        self.note(|| Fact::PolicyUse);
        self.site.policy_use.get(id).map_or(&[], Vec::as_slice)
    }

    /// Whether the site has a Timeframes page and a finder.
    pub fn features(&self) -> Features {
        self.note(|| Fact::Features);
        features(self.site)
    }

    /// The finder's answers that lead somewhere, in order (empty without a finder).
    pub fn finder(&self) -> Vec<&'a FinderSubject> {
        self.note(|| Fact::Finder);
        self.site
            .finder
            .iter()
            .filter(|s| !s.groups.is_empty())
            .collect()
    }

    // Texts.

    /// A message for readers of `locale`, along its fallback chain. A problem formatting it is
    /// reported at the message.
    pub fn text(
        &self,
        locale: &str,
        scope: Scope<'_>,
        id: &str,
        attribute: Option<&str>,
        args: Args<'_>,
    ) -> Text {
        let found = self.localizer.message(locale, scope, id, attribute, args);
        self.note_found(locale, scope, found.as_ref());
        let resolved = found.unwrap_or_else(|| Localizer::missing(locale, id, attribute));
        if !resolved.errors.is_empty() {
            self.problems.borrow_mut().push(self.format_problem(
                &resolved.from,
                scope,
                id,
                attribute,
                &resolved.errors,
            ));
        }
        resolved.text
    }

    /// A message that may be absent (the search keywords of an article): `None` when no locale
    /// of the chain has it.
    pub fn optional_text(&self, locale: &str, scope: Scope<'_>, id: &str) -> Option<Text> {
        let found = self.localizer.message(locale, scope, id, None, Args::None);
        self.note_found(locale, scope, found.as_ref());
        found.map(|resolved| resolved.text)
    }

    /// Notes what a text looked up in `locale`'s chain is made from, given where it was
    /// found (`None`: nowhere).
    fn note_found(&self, locale: &str, scope: Scope<'_>, found: Option<&Resolved>) {
        if !self.reads.is_recording() {
            return;
        }
        let chain = self.localizer.chain(locale);
        let provider = found.and_then(|found| chain.iter().position(|code| *code == found.from));
        self.looked_up_in(locale, scope, provider);
    }

    /// What a text without arguments is made from, as one number, noting it as read: the key
    /// of a text rendered once and shared (see [`super::texts::TextCache`]).
    pub fn text_digest(
        &self,
        locale: &str,
        scope: Scope<'_>,
        id: &str,
        attribute: Option<&str>,
    ) -> u64 {
        let mut hasher = FxHasher::default();
        let provider = self.localizer.provider(locale, scope, id, attribute);
        for code in self.looked_up_in(locale, scope, provider) {
            // The locale's settings: its bundles' formats and transforms, the `lang` and `dir`
            // a fallback fragment's markup names.
            self.site
                .locale(code)
                .map(|l| (&l.lang, &l.format, l.pseudo, l.direction))
                .hash(&mut hasher);
            (code, *code == self.site.default_locale).hash(&mut hasher);
            let files = self.site.translations.get(self.folder(code));
            let digest = |file: Option<&FluentFile>| file.map(|f| f.file.digest);
            match scope {
                Scope::Site => {
                    let site = files.and_then(|f| f.site.as_ref());
                    let ui = files.and_then(|f| f.ui.as_ref());
                    (digest(site), digest(ui)).hash(&mut hasher);
                }
                Scope::Policies => {
                    digest(files.and_then(|f| f.policies.as_ref())).hash(&mut hasher)
                }
                Scope::Article(article) => {
                    digest(files.and_then(|f| f.articles.get(article))).hash(&mut hasher);
                }
            }
        }
        hasher.finish()
    }

    /// The locales of `locale`'s fallback chain a message is looked up in: up to and
    /// including the first that has it, or all of them when none has. A text is made from
    /// their files (the last one's message, the others' lack of it) and from their settings
    /// in the configuration; notes both.
    /// `provider` is the position in the chain of the first locale that has the message
    /// ([`Localizer::provider`]).
    fn looked_up_in(
        &self,
        locale: &str,
        scope: Scope<'_>,
        provider: Option<usize>,
    ) -> &'a [String] {
        self.note(|| Fact::Config);
        let chain = self.localizer.chain(locale);
        let chain = match provider {
            Some(last) => &chain[..=last],
            None => chain,
        };
        for code in chain {
            let folder = self.folder(code);
            match scope {
                Scope::Site => {
                    self.note(|| Fact::Fluent(folder.to_string(), FluentKind::Site));
                    self.note(|| Fact::Fluent(folder.to_string(), FluentKind::Ui));
                }
                Scope::Policies => {
                    self.note(|| Fact::Fluent(folder.to_string(), FluentKind::Policies));
                }
                Scope::Article(article) => self.note(|| {
                    Fact::Fluent(folder.to_string(), FluentKind::Article(article.to_string()))
                }),
            }
        }
        chain
    }

    /// The locale folder whose files a locale's texts come from (the pseudo-locale's are the
    /// source locale's).
    fn folder<'c>(&self, code: &'c str) -> &'c str
    where
        'a: 'c,
    {
        match self.site.locale(code) {
            Some(locale) if locale.pseudo.is_some() => &self.site.default_locale,
            _ => code,
        }
    }

    /// A formatting problem of a message (one validation cannot see: a reference to a message
    /// or term that does not exist), at the message in its file.
    fn format_problem(
        &self,
        locale: &str,
        scope: Scope<'_>,
        id: &str,
        attribute: Option<&str>,
        errors: &[String],
    ) -> Diagnostic {
        let key = attribute.map_or(id.to_string(), |a| format!("{id}.{a}"));
        let diagnostic = Diagnostic::new(
            Code::Format,
            format!("`{key}` cannot be formatted: {}", errors.join("; ")),
        )
        .help("check the message's references to other messages and terms (`{ other-message }`, `{ -term }`)");
        let files = self.site.translations.get(self.folder(locale));
        let candidates: Vec<_> = match scope {
            Scope::Site => files.map_or_else(Vec::new, |f| {
                [&f.site, &f.ui].into_iter().flatten().collect()
            }),
            Scope::Policies => files
                .and_then(|f| f.policies.as_ref())
                .into_iter()
                .collect(),
            Scope::Article(article) => files
                .and_then(|f| f.articles.get(article))
                .into_iter()
                .collect(),
        };
        for file in candidates {
            let index = crate::validate::index_messages(&file.resource);
            if let Some(message) = index.messages.get(id) {
                return diagnostic.at(&file.file, file.span_of(message.id));
            }
        }
        diagnostic
    }
}

/// The articles of a category, in order.
fn members<'s>(site: &'s Site, category: &str) -> &'s [String] {
    site.categories
        .iter()
        .find(|c| c.id.as_str() == category)
        .map_or(&[], |c| c.articles.as_slice())
}

/// The featured articles, in the order of the categories and their articles.
fn featured(site: &Site) -> Vec<&str> {
    site.categories
        .iter()
        .flat_map(|c| &c.articles)
        .filter(|id| site.articles.get(*id).is_some_and(|a| a.article.featured))
        .map(String::as_str)
        .collect()
}

/// Which of the pages a site may or may not have it has.
#[derive(Debug, Clone, Copy, Hash)]
pub struct Features {
    pub timeframes: bool,
    pub finder: bool,
}

fn features(site: &Site) -> Features {
    Features {
        timeframes: !site.policies.is_empty(),
        finder: site.finder.iter().any(|s| !s.groups.is_empty()),
    }
}

/// The value a fact has in `site`: what [`SiteReader`] answers when asked for it, as a number
/// that changes when the answer does.
pub fn digest(fact: &Fact, site: &Site, localizer: &Localizer, pages: &[PagePath]) -> u64 {
    let mut hasher = FxHasher::default();
    match fact {
        Fact::Config => site.config_digest.hash(&mut hasher),
        Fact::Templates => {
            for (name, template) in &site.templates {
                (name, template.file.digest).hash(&mut hasher);
            }
        }
        Fact::Static(name) => site.assets.get(name).hash(&mut hasher),
        Fact::Article(id) => site
            .articles
            .get(id)
            .map(|entry| entry.file.digest)
            .hash(&mut hasher),
        Fact::Fluent(folder, kind) => {
            let files = site.translations.get(folder);
            let file = files.and_then(|f| match kind {
                FluentKind::Site => f.site.as_ref(),
                FluentKind::Ui => f.ui.as_ref(),
                FluentKind::Policies => f.policies.as_ref(),
                FluentKind::Article(id) => f.articles.get(id),
            });
            file.map(|f| f.file.digest).hash(&mut hasher);
        }
        Fact::Route(id) => site.category_of(id).hash(&mut hasher),
        Fact::Members(category) => members(site, category).hash(&mut hasher),
        Fact::Featured => featured(site).hash(&mut hasher),
        Fact::Translated(locale, id) => localizer.has_article(locale, id).hash(&mut hasher),
        Fact::Pages => pages.hash(&mut hasher),
        Fact::Policy(id) => site
            .policies
            .get(id)
            .map(|(topic, policy)| (&topic.id, policy))
            .hash(&mut hasher),
        Fact::Policies => site.policies_digest.hash(&mut hasher),
        Fact::PolicyUse => site.policy_use.hash(&mut hasher),
        Fact::Finder => site.finder.hash(&mut hasher),
        Fact::Features => features(site).hash(&mut hasher),
    }
    hasher.finish()
}
