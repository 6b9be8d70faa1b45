//! Stage 3, localize: resolve messages for a locale, with per-message fallback, plural forms
//! and locale-aware numbers and dates.
//!
//! One Fluent bundle is built per locale and file (`site.ftl` + `ui.ftl` share one), once, and
//! shared by all render threads: the bundles are the concurrent kind.

pub mod format;
pub mod pseudo;

use std::collections::{HashMap, HashSet};
use std::sync::Arc;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use unic_langid::LanguageIdentifier;

use crate::load::{LocaleSources, markers};
use crate::model::{Date, Period, Scope};
use crate::site::{Locale, Pseudo, Site};
use format::DateFormatter;

type Bundle = FluentBundle<Arc<FluentResource>>;

/// A message as formatted for a page: its text, the locale it was found in, and what went
/// wrong formatting it (validation has reported the rest).
#[derive(Debug, Clone)]
pub struct Resolved {
    pub text: Text,
    /// The locale whose file had the message (the page's own, or a fallback).
    pub from: String,
    pub errors: Vec<String>,
}

/// A resolved piece of text, still in the Markdown the translator wrote.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Text {
    pub source: String,
    /// The `lang` of the locale the text came from, when that is a fallback and not the
    /// locale asked for: the page marks the fragment so screen readers switch voice.
    pub fallback_lang: Option<String>,
}

impl Text {
    pub fn plain(source: impl Into<String>) -> Self {
        Text {
            source: source.into(),
            fallback_lang: None,
        }
    }
}

/// What a message receives: nothing, one number (a period from the YAML, a count), a text,
/// or several numbers ("step 2 of 3").
#[derive(Debug, Clone, Copy)]
pub enum Args<'a> {
    None,
    Period(Period),
    Number(&'a str, f64),
    Str(&'a str, &'a str),
    /// Several strings, by variable name.
    Strs(&'a [(&'a str, &'a str)]),
    /// Several numbers, by variable name.
    Numbers(&'a [(&'a str, f64)]),
}

impl Args<'_> {
    fn to_fluent(self) -> Option<FluentArgs<'static>> {
        let mut args = FluentArgs::new();
        match self {
            Args::None => return None,
            Args::Period(period) => {
                args.set(period.unit.variable(), FluentValue::from(period.amount))
            }
            Args::Number(name, value) => args.set(name.to_string(), FluentValue::from(value)),
            Args::Str(name, value) => {
                args.set(name.to_string(), FluentValue::from(value.to_string()))
            }
            Args::Strs(pairs) => {
                for (name, value) in pairs {
                    args.set(name.to_string(), FluentValue::from(value.to_string()));
                }
            }
            Args::Numbers(numbers) => {
                for (name, value) in numbers {
                    args.set(name.to_string(), FluentValue::from(*value));
                }
            }
        }
        Some(args)
    }
}

impl From<Option<Period>> for Args<'_> {
    fn from(period: Option<Period>) -> Self {
        period.map_or(Args::None, Args::Period)
    }
}

/// A bundle for one locale: plural rules and number formats of `lang`, no isolation marks
/// (U+2068/U+2069 would end up in the HTML, where `lang` and `dir` do their job).
fn new_bundle(
    lang: &LanguageIdentifier,
    resources: Vec<&Arc<FluentResource>>,
    pseudo: Option<Pseudo>,
) -> Bundle {
    let mut bundle = Bundle::new_concurrent(vec![lang.clone()]);
    bundle.set_use_isolating(false);
    bundle.set_formatter(Some(format::format_fluent_value));
    match pseudo {
        Some(Pseudo::Accented) => bundle.set_transform(Some(pseudo::transform)),
        Some(Pseudo::Bidi) => bundle.set_transform(Some(pseudo::transform_bidi)),
        None => {}
    }
    for resource in resources {
        // Duplicate ids were reported by validation; the first definition wins.
        let _ = bundle.add_resource(Arc::clone(resource));
    }
    bundle
}

struct LocaleBundles {
    lang: String,
    /// What the bundles were made with: bundles are reused only for the same settings.
    format: LanguageIdentifier,
    pseudo: Option<Pseudo>,
    /// Whether this is the source locale (see [`SharedBundle::source`]).
    source: bool,
    site: SharedBundle,
    /// `policies.ftl`: read by the pages that state a policy's sentence, and only by those.
    policies: SharedBundle,
    /// Shared with the previous build when none of the locale's article files changed.
    articles: Arc<HashMap<String, SharedBundle>>,
    dates: Option<Arc<DateFormatter>>,
    /// The locale's files the bundles were made from. Loading shares them with every later
    /// run until one of them is edited (it then copies them), so the same `Arc` means the same
    /// files: the next run reuses the article bundles without comparing thousands of them.
    made_from: Option<Arc<LocaleSources>>,
}

/// A bundle with the resources it was built from, so that a rebuild can tell whether it may
/// reuse it: resources are shared (`Arc`) with the loaded sources, and a file that did not
/// change keeps its resource.
#[derive(Clone)]
struct SharedBundle {
    resources: Vec<Arc<FluentResource>>,
    bundle: Arc<Bundle>,
    /// Messages still marked `# helpsite: untranslated` (copies of the source text that
    /// `new locale` wrote): looked up in the next locale of the chain instead, so readers see
    /// them marked with the language they are in.
    untranslated: Arc<HashSet<String>>,
    /// Made for the source locale (whose texts are never skipped).
    source: bool,
    /// Whether it has a `title` of its own: for an article, whether the locale translates it.
    /// Asked for every page and locale, so answered once.
    has_title: bool,
}

impl SharedBundle {
    fn new(locale: &Locale, resources: Vec<&Arc<FluentResource>>, source: bool) -> Self {
        let bundle = new_bundle(&locale.format, resources.clone(), locale.pseudo);
        let untranslated: HashSet<String> = if source {
            HashSet::new()
        } else {
            resources
                .iter()
                .flat_map(|r| markers::marked(r, markers::UNTRANSLATED))
                .map(String::from)
                .collect()
        };
        SharedBundle {
            has_title: bundle.has_message("title") && !untranslated.contains("title"),
            bundle: Arc::new(bundle),
            untranslated: Arc::new(untranslated),
            source,
            resources: resources.into_iter().map(Arc::clone).collect(),
        }
    }

    /// Whether this bundle was made from exactly `resources` (the same `Arc`s, in order).
    fn made_from(&self, resources: &[&Arc<FluentResource>]) -> bool {
        self.resources.len() == resources.len()
            && self
                .resources
                .iter()
                .zip(resources)
                .all(|(old, new)| Arc::ptr_eq(old, new))
    }

    /// `previous` when it was made from exactly `resources`, or a new bundle.
    fn reuse_or_new(
        previous: Option<&SharedBundle>,
        locale: &Locale,
        resources: Vec<&Arc<FluentResource>>,
        source: bool,
    ) -> Self {
        match previous {
            Some(previous) if previous.made_from(&resources) && previous.source == source => {
                previous.clone()
            }
            _ => SharedBundle::new(locale, resources, source),
        }
    }
}

/// All bundles of a site. Cheap to query from many threads.
pub struct Localizer {
    locales: HashMap<String, LocaleBundles>,
    chains: HashMap<String, Vec<String>>,
}

impl Localizer {
    pub fn new(site: &Site) -> Self {
        Self::reusing(site, None)
    }

    /// Like [`Localizer::new`], reusing the bundles of `previous` whose files did not change:
    /// watch mode rebuilds after an edit without rebuilding thousands of bundles.
    pub fn reusing(site: &Site, previous: Option<&Localizer>) -> Self {
        let mut locales = HashMap::new();
        for locale in &site.locales {
            // The source locale's texts are the source, marked or not (and so are the
            // pseudo-locales', which are made from them).
            let source = locale.code == site.default_locale || locale.pseudo.is_some();
            let previous = previous
                .and_then(|p| p.locales.get(&locale.code))
                .filter(|p| {
                    p.format == locale.format && p.pseudo == locale.pseudo && p.source == source
                });
            let made_from = site.translations.get(&locale.code);
            let sources = made_from.map(|s| &**s);
            let site_bundle = SharedBundle::reuse_or_new(
                previous.map(|p| &p.site),
                locale,
                sources
                    .into_iter()
                    .flat_map(|s| [&s.site, &s.ui])
                    .flatten()
                    .map(|f| &f.resource)
                    .collect(),
                source,
            );
            let policies_bundle = SharedBundle::reuse_or_new(
                previous.map(|p| &p.policies),
                locale,
                sources
                    .and_then(|s| s.policies.as_ref())
                    .map(|f| &f.resource)
                    .into_iter()
                    .collect(),
                source,
            );
            let unchanged = |previous: &LocaleBundles| {
                if let (Some(old), Some(new)) = (&previous.made_from, made_from)
                    && Arc::ptr_eq(old, new)
                {
                    return true;
                }
                let files = sources.map(|s| &s.articles);
                previous.articles.len() == files.map_or(0, |f| f.len())
                    && files.into_iter().flatten().all(|(id, file)| {
                        previous
                            .articles
                            .get(id)
                            .is_some_and(|bundle| bundle.made_from(&[&file.resource]))
                    })
            };
            let articles = match previous {
                Some(previous) if unchanged(previous) => Arc::clone(&previous.articles),
                _ => Arc::new(
                    sources
                        .map(|s| {
                            s.articles
                                .iter()
                                .map(|(id, file)| {
                                    let bundle = SharedBundle::reuse_or_new(
                                        previous.and_then(|p| p.articles.get(id)),
                                        locale,
                                        vec![&file.resource],
                                        source,
                                    );
                                    (id.clone(), bundle)
                                })
                                .collect()
                        })
                        .unwrap_or_default(),
                ),
            };
            let dates = match previous {
                Some(previous) => previous.dates.clone(),
                None => DateFormatter::new(&locale.format).map(Arc::new),
            };
            locales.insert(
                locale.code.clone(),
                LocaleBundles {
                    lang: locale.lang.clone(),
                    format: locale.format.clone(),
                    pseudo: locale.pseudo,
                    source,
                    site: site_bundle,
                    policies: policies_bundle,
                    articles,
                    dates,
                    made_from: made_from.cloned(),
                },
            );
        }
        let chains = site
            .locales
            .iter()
            .map(|l| {
                let chain = site
                    .lookup_chain(&l.code)
                    .into_iter()
                    .map(String::from)
                    .collect();
                (l.code.clone(), chain)
            })
            .collect();
        Localizer { locales, chains }
    }

    /// Resolves `id` (or `id.attribute`) for `locale`, falling back along the chain message by
    /// message. `None` only if no locale in the chain has it (validation reports that).
    pub fn message(
        &self,
        locale: &str,
        scope: Scope<'_>,
        id: &str,
        attribute: Option<&str>,
        args: Args<'_>,
    ) -> Option<Resolved> {
        let args = args.to_fluent();
        self.chain(locale).iter().find_map(|code| {
            let (bundles, shared, pattern) = self.pattern(code, scope, id, attribute)?;
            let mut errors = Vec::new();
            let value = shared
                .bundle
                .format_pattern(pattern, args.as_ref(), &mut errors);
            Some(Resolved {
                text: Text {
                    source: value.into_owned(),
                    fallback_lang: (code != locale).then(|| bundles.lang.clone()),
                },
                from: code.clone(),
                errors: errors
                    .into_iter()
                    .filter(|error| !is_validated(error))
                    .map(|error| error.to_string())
                    .collect(),
            })
        })
    }

    /// Where in `locale`'s chain [`Self::message`] finds `id` (or `id.attribute`): the
    /// position of the first locale that has it, or `None` when none has. What a text is made
    /// from ends there.
    pub fn provider(
        &self,
        locale: &str,
        scope: Scope<'_>,
        id: &str,
        attribute: Option<&str>,
    ) -> Option<usize> {
        self.chain(locale)
            .iter()
            .position(|code| self.pattern(code, scope, id, attribute).is_some())
    }

    /// The pattern of `id` (or `id.attribute`) in one locale's own file, if it has it
    /// translated (a message marked untranslated falls through to the next locale).
    fn pattern(
        &self,
        code: &str,
        scope: Scope<'_>,
        id: &str,
        attribute: Option<&str>,
    ) -> Option<(
        &LocaleBundles,
        &SharedBundle,
        &fluent_syntax::ast::Pattern<&str>,
    )> {
        let bundles = self.locales.get(code)?;
        let shared = match scope {
            Scope::Site => &bundles.site,
            Scope::Policies => &bundles.policies,
            Scope::Article(article) => bundles.articles.get(article)?,
        };
        let message = shared.bundle.get_message(id)?;
        if shared.untranslated.contains(id) {
            return None;
        }
        let pattern = match attribute {
            None => message.value(),
            Some(name) => message.get_attribute(name).map(|a| a.value()),
        }?;
        Some((bundles, shared, pattern))
    }

    /// Like [`Self::message`] but never absent: a missing text shows its id, which validation
    /// has already reported as an error.
    pub fn text(
        &self,
        locale: &str,
        scope: Scope<'_>,
        id: &str,
        attribute: Option<&str>,
        args: Args<'_>,
    ) -> Resolved {
        self.message(locale, scope, id, attribute, args)
            .unwrap_or_else(|| Self::missing(locale, id, attribute))
    }

    /// What a page shows for a message no locale of the chain has (validation reports it):
    /// its id.
    pub fn missing(locale: &str, id: &str, attribute: Option<&str>) -> Resolved {
        Resolved {
            text: Text::plain(match attribute {
                Some(attribute) => format!("{id}.{attribute}"),
                None => id.to_string(),
            }),
            from: locale.to_string(),
            errors: Vec::new(),
        }
    }

    /// An interface string from `ui.ftl` or `site.ftl` (checked by validation, so without
    /// formatting problems of its own).
    pub fn ui(&self, locale: &str, id: &str) -> Text {
        self.text(locale, Scope::Site, id, None, Args::None).text
    }

    /// Whether `locale` has its own translation of the article (not only a fallback).
    pub fn has_article(&self, locale: &str, article: &str) -> bool {
        self.locales
            .get(locale)
            .and_then(|l| l.articles.get(article))
            .is_some_and(|shared| shared.has_title)
    }

    /// The locale the article's title comes from: itself, or the first fallback that has it.
    pub fn article_source_locale<'a>(&'a self, locale: &'a str, article: &str) -> Option<&'a str> {
        self.chains
            .get(locale)?
            .iter()
            .map(String::as_str)
            .find(|code| self.has_article(code, article))
    }

    pub fn format_date(&self, locale: &str, date: Date) -> String {
        match self.locales.get(locale).and_then(|l| l.dates.as_ref()) {
            Some(formatter) => formatter.format(date),
            None => date.to_string(),
        }
    }

    /// The locales a text of `locale` is looked up in, in order.
    pub fn chain(&self, locale: &str) -> &[String] {
        self.chains.get(locale).map_or(&[], Vec::as_slice)
    }
}

/// Whether validation reports a formatting error already, at its place: a variable the
/// content does not provide (E022). Such errors are not reported again by the pages.
fn is_validated(error: &fluent_bundle::FluentError) -> bool {
    use fluent_bundle::resolver::ResolverError;
    use fluent_bundle::resolver::errors::ReferenceKind;
    matches!(
        error,
        fluent_bundle::FluentError::ResolverError(ResolverError::Reference(
            ReferenceKind::Variable { .. }
        ))
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The plural category each locale picks for a number, as a message sees it.
    fn categories(lang: &str, numbers: &[u32]) -> Vec<String> {
        let source = "m = { $n ->\n    [zero] zero\n    [one] one\n    [two] two\n    [few] few\n    [many] many\n   *[other] other\n}\n";
        let resource = Arc::new(FluentResource::try_new(source.to_string()).unwrap());
        let bundle = new_bundle(&lang.parse().unwrap(), vec![&resource], None);
        let pattern = bundle.get_message("m").unwrap().value().unwrap();
        numbers
            .iter()
            .map(|n| {
                let args = Args::Period(Period {
                    unit: crate::model::TimeUnit::Days,
                    amount: *n,
                })
                .to_fluent();
                let mut args = args.unwrap();
                args.set("n", FluentValue::from(*n));
                bundle
                    .format_pattern(pattern, Some(&args), &mut Vec::new())
                    .into_owned()
            })
            .collect()
    }

    const NUMBERS: [u32; 5] = [0, 1, 2, 5, 22];

    #[test]
    fn polish_has_one_few_many() {
        assert_eq!(
            categories("pl", &NUMBERS),
            ["many", "one", "few", "many", "few"]
        );
    }

    #[test]
    fn french_counts_zero_as_one() {
        assert_eq!(
            categories("fr", &NUMBERS),
            ["one", "one", "other", "other", "other"]
        );
    }

    #[test]
    fn english_has_one_and_other() {
        assert_eq!(
            categories("en-GB", &NUMBERS),
            ["other", "one", "other", "other", "other"]
        );
    }

    #[test]
    fn chinese_has_no_plural_forms() {
        assert_eq!(categories("zh-Hans", &NUMBERS), ["other"; 5]);
    }

    #[test]
    fn polish_days_read_naturally() {
        let source =
            "d = w ciągu { $days ->\n    [one] { $days } dnia\n   *[other] { $days } dni\n}\n";
        let resource = Arc::new(FluentResource::try_new(source.to_string()).unwrap());
        let bundle = new_bundle(&"pl".parse().unwrap(), vec![&resource], None);
        let pattern = bundle.get_message("d").unwrap().value().unwrap();
        let render = |days: u32| {
            let args = Args::Period(Period {
                unit: crate::model::TimeUnit::Days,
                amount: days,
            })
            .to_fluent();
            bundle
                .format_pattern(pattern, args.as_ref(), &mut Vec::new())
                .into_owned()
        };
        assert_eq!(render(1), "w ciągu 1 dnia");
        assert_eq!(render(14), "w ciągu 14 dni");
        assert!(!render(22).contains('\u{2068}'), "no isolation marks");
    }
}
