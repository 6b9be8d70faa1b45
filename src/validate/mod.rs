//! Stage 2, validate: check the whole model (configuration, ids, references, translations)
//! and collect every problem, not just the first.
//!
//! The result is a [`Site`] that later stages can trust. If the configuration itself is
//! unusable there is no site to return; otherwise problems are reported and the site is
//! still returned so `check` can go on to localize everything.

mod config;
mod finder;
mod fluent_ast;
mod kept;
mod policies;
mod translations;
mod typography;
mod untranslated;

use std::collections::{BTreeMap, BTreeSet, HashSet};
use std::hash::{Hash, Hasher};
use std::sync::Arc;

use crate::diagnostics::{Code, Diagnostic, Diagnostics, did_you_mean};
use crate::load::{LOCALES_DIR, Parsed, SiteSources};
use crate::model::{Block, Id, Rules, SiteConfig};
use crate::site::{ArticleEntry, Category, Locale, Pseudo, Site};
use crate::source::SourceFile;

use config::locales_span;
pub use fluent_ast::{MessageIndex, index as index_messages};
use kept::Kept;
pub use translations::LocaleStatus;
use translations::TranslationCache;

/// What validation keeps between runs (watch mode): the results of checks whose inputs did
/// not change, each keyed by a digest of everything it reads.
#[derive(Default)]
pub struct ValidationCache {
    translations: TranslationCache,
    typography: typography::TypographyCache,
    /// Each article's own checks, by its path and the digests of its file and of site.yaml.
    articles: Kept<Arc<ArticleCheck>>,
}

/// What an article's own checks found: its id (`None` when its file name is not one), and its
/// problems.
type ArticleCheck = (Option<Id>, Vec<Diagnostic>);

/// Checks everything `load` read. `None` only when there is no usable configuration.
pub fn validate(sources: &SiteSources) -> (Option<Site>, Diagnostics) {
    validate_with(sources, None)
}

/// [`validate`], reusing the checks of files that did not change (watch mode).
pub fn validate_with(
    sources: &SiteSources,
    cache: Option<&mut ValidationCache>,
) -> (Option<Site>, Diagnostics) {
    let mut no_cache = ValidationCache::default();
    let cache = cache.unwrap_or(&mut no_cache);
    let mut diagnostics = Diagnostics::default();
    let Some(config) = &sources.config else {
        return (None, diagnostics);
    };
    let Some(site_config) = config::check_config(config, &mut diagnostics) else {
        return (None, diagnostics);
    };

    let articles = check_articles(
        config,
        sources.articles.values(),
        &sources.broken_articles,
        &mut cache.articles,
        &mut diagnostics,
    );
    let categories: Vec<Category> = config
        .value
        .categories
        .iter()
        .map(|category| {
            let mut members: Vec<&ArticleEntry> = articles
                .values()
                .filter(|a| a.article.category == category.id)
                .collect();
            members.sort_by(|a, b| (a.article.order, &a.id).cmp(&(b.article.order, &b.id)));
            Category {
                id: category.id.clone(),
                icon: category.icon,
                audience: category.audience,
                articles: members.iter().map(|a| a.id.to_string()).collect(),
            }
        })
        .collect();

    report_empty_categories(
        config,
        &categories,
        &sources.broken_articles,
        &mut diagnostics,
    );
    let checked_policies =
        policies::check_policies(sources, &articles, &categories, &mut diagnostics);
    let finder = finder::build_finder(
        config,
        &articles,
        &categories,
        &sources.broken_articles,
        &mut diagnostics,
    );

    let mut translations = sources.locales.clone();
    for code in translations.keys() {
        if !site_config.locales.iter().any(|l| &l.code == code) {
            diagnostics.push(
                Diagnostic::new(
                    Code::LocaleFolder,
                    format!("`{LOCALES_DIR}/{code}/` is not a configured locale, so it is not built"),
                )
                .at(&config.file, locales_span(&config.file))
                .help(format!("add `- {{ code: {code} }}` under `locales:` in content/site.yaml, or remove the folder")),
            );
        }
    }
    for locale in &site_config.locales {
        if !translations.contains_key(&locale.code) {
            diagnostics.push(
                Diagnostic::new(
                    Code::Config,
                    format!("locale `{}` is configured but `{LOCALES_DIR}/{}/` does not exist", locale.code, locale.code),
                )
                .at(&config.file, config.file.find_token(&locale.code, locales_span(&config.file).start).unwrap_or(0..0))
                .help(format!(
                    "create `{LOCALES_DIR}/{}/` with site.ftl, ui.ftl and articles/, or remove the locale from content/site.yaml",
                    locale.code
                )),
            );
            translations.insert(locale.code.clone(), Default::default());
        }
    }
    translations.retain(|code, _| site_config.locales.iter().any(|l| &l.code == code));

    let site = Site {
        root: sources.root.clone(),
        config_digest: config.file.digest,
        base_url: site_config.base_url,
        locales: site_config.locales,
        default_locale: config.value.default_locale.clone(),
        fallback: config.value.fallback.clone(),
        categories,
        articles,
        broken_articles: sources.broken_articles.clone(),
        contact: site_config.contact,
        policies: checked_policies.policies,
        policies_digest: checked_policies.digest,
        policy_use: checked_policies.users,
        finder,
        translations,
        templates: sources.templates.clone(),
        assets: sources.assets.clone(),
        translation_status: BTreeMap::new(),
    };
    let mut site = site;
    site.translation_status = translations::check(
        &site,
        config,
        sources.policies.as_ref().map(|p| &p.file),
        sources.broken_policies,
        checked_policies.units,
        &mut diagnostics,
        &mut cache.translations,
    );
    typography::check(&site, &mut cache.typography, &mut diagnostics);
    for (locale, count) in sources.syntax_errors() {
        if let Some(status) = site.translation_status.get_mut(&locale) {
            status.syntax_errors += count;
        }
    }
    if config.value.pseudo || sources.pseudo {
        add_pseudo_locales(&mut site);
    }
    (Some(site), diagnostics)
}

/// A category without articles would be published as an empty page: a warning at its entry
/// in site.yaml (unless an article of it failed to parse, which is reported already).
fn report_empty_categories(
    config: &Parsed<SiteConfig>,
    categories: &[Category],
    broken: &BTreeSet<String>,
    diagnostics: &mut Diagnostics,
) {
    if !broken.is_empty() {
        return;
    }
    let file = &config.file;
    let list = file.find_token("categories", 0).map_or(0, |key| key.end);
    for category in categories.iter().filter(|c| c.articles.is_empty()) {
        let id = category.id.as_str();
        diagnostics.push(
            Diagnostic::new(
                Code::EmptyCategory,
                format!("category `{id}` has no articles, so its page would be empty"),
            )
            .at(file, file.find_token(id, list).unwrap_or(list..list))
            .label("no articles")
            .help(format!(
                "add one with `helpsite new article ID --category {id}`, or remove the category"
            )),
        );
    }
}

/// Adds the pseudo-locales `en-XA` and `en-XB`: the source locale's files, shown transformed
/// (see [`crate::localize::pseudo`]). They are not translations, so they are not checked as
/// such.
fn add_pseudo_locales(site: &mut Site) {
    let Some(source) = site.locale(&site.default_locale).cloned() else {
        return;
    };
    let mut files = site
        .translations
        .get(&site.default_locale)
        .cloned()
        .unwrap_or_default();
    if files.lock.is_some() {
        Arc::make_mut(&mut files).lock = None;
    }
    for pseudo in Pseudo::ALL {
        site.translations
            .insert(pseudo.code().to_string(), files.clone());
        site.locales.push(Locale {
            code: pseudo.code().to_string(),
            lang: pseudo.code().to_string(),
            format: source.format.clone(),
            pseudo: Some(pseudo),
            typography: Rules::default(),
            direction: pseudo.direction(),
        });
    }
}

fn check_articles<'a>(
    config: &Parsed<SiteConfig>,
    parsed: impl Iterator<Item = &'a Parsed<Arc<crate::model::Article>>>,
    broken: &BTreeSet<String>,
    cache: &mut Kept<Arc<ArticleCheck>>,
    diagnostics: &mut Diagnostics,
) -> BTreeMap<String, ArticleEntry> {
    let value = &config.value;
    // Each article's own checks are independent of the others: on all cores.
    let parsed: Vec<&Parsed<Arc<crate::model::Article>>> = parsed.collect();
    let key = |parsed: &Parsed<_>| {
        let mut hasher = std::hash::DefaultHasher::new();
        // Two articles may have the same text: the path (and so the id) tells them apart.
        (&parsed.file.path, parsed.file.digest, config.file.digest).hash(&mut hasher);
        hasher.finish()
    };
    let checked = cache.get_or_make_all(
        &parsed,
        |parsed| key(parsed),
        |parsed| Arc::new(check_article(value, parsed)),
    );
    let mut articles = BTreeMap::new();
    for (parsed, checked) in parsed.into_iter().zip(checked) {
        let (id, problems) = &*checked;
        let Some(id) = id.clone() else {
            problems.iter().for_each(|p| diagnostics.push(p.clone()));
            continue;
        };
        if articles.contains_key(id.as_str()) {
            diagnostics.push(
                Diagnostic::new(
                    Code::DuplicateId,
                    format!("article `{id}` is defined twice (.yaml and .yml?)"),
                )
                .path(parsed.file.display_path())
                .help("keep one file per article"),
            );
            continue;
        }
        problems.iter().for_each(|p| diagnostics.push(p.clone()));
        let entry = ArticleEntry {
            id,
            file: Arc::clone(&parsed.file),
            article: Arc::clone(&parsed.value),
        };
        articles.insert(entry.id.to_string(), entry);
    }
    cache.sweep();

    // References between articles, now that all ids are known. An article whose file did not
    // parse exists all the same: references to it are not errors of their own.
    for entry in articles.values() {
        check_related(entry, &articles, broken, diagnostics);
    }
    articles
}

/// Problems reported per list at most: a list of a million bad entries gets these and a count.
const MAX_LIST_PROBLEMS: usize = 10;

/// An article's `related` list: no entry twice, none the article itself, each an article.
/// Entries are found in the file one after the other, so each problem points at its own entry
/// and the whole list costs one pass over the file.
fn check_related(
    entry: &ArticleEntry,
    articles: &BTreeMap<String, ArticleEntry>,
    broken: &BTreeSet<String>,
    diagnostics: &mut Diagnostics,
) {
    /// What is wrong with an entry of the list.
    enum Problem {
        Itself,
        Repeated,
        Unknown,
    }
    let mut seen: HashSet<&str> = HashSet::new();
    let problems: Vec<Option<Problem>> = entry
        .article
        .related
        .iter()
        .map(|related| {
            let id = related.as_str();
            if related == &entry.id {
                Some(Problem::Itself)
            } else if !seen.insert(id) {
                Some(Problem::Repeated)
            } else if !articles.contains_key(id) && !broken.contains(id) {
                Some(Problem::Unknown)
            } else {
                None
            }
        })
        .collect();
    // Most lists are fine: finding each entry in the file is only worth it when one is not.
    if problems.iter().all(Option::is_none) {
        return;
    }
    let file = &entry.file;
    let mut from = file.find_token("related", 0).map_or(0, |key| key.end);
    let mut reported = 0;
    let mut not_reported = 0;
    for (related, problem) in entry.article.related.iter().zip(problems) {
        let id = related.as_str();
        let span = file.find_token(id, from).unwrap_or(from..from);
        from = span.end;
        let Some(problem) = problem else {
            continue;
        };
        if reported == MAX_LIST_PROBLEMS {
            not_reported += 1;
            continue;
        }
        let problem = match problem {
            Problem::Itself => Diagnostic::new(
                Code::UnknownReference,
                format!("article `{id}` lists itself as related"),
            )
            .help("remove it from `related`"),
            Problem::Repeated => Diagnostic::new(
                Code::DuplicateId,
                format!("article `{id}` is listed twice in `related`"),
            )
            .label("listed before")
            .help("remove the repeated entry"),
            Problem::Unknown => unknown_at(
                "article",
                id,
                articles.keys().map(String::as_str),
                "check the id against the files in content/articles/",
            ),
        };
        diagnostics.push(problem.at(file, span));
        reported += 1;
    }
    if not_reported > 0 {
        diagnostics.push(
            Diagnostic::new(
                Code::UnknownReference,
                format!(
                    "{not_reported} more problems in the `related` list of `{}`",
                    entry.id
                ),
            )
            .path(file.display_path())
            .help("related articles are a handful of existing article ids, each listed once"),
        );
    }
}

/// The checks of one article that need nothing but the article and the configuration: its id
/// (`None` when the file name is not one), category, repeated anchors and order statuses.
fn check_article(value: &SiteConfig, parsed: &Parsed<Arc<crate::model::Article>>) -> ArticleCheck {
    let Parsed {
        id,
        file,
        value: article,
    } = parsed;
    let mut problems = Vec::new();
    let id = match Id::try_from(id.clone()) {
        Ok(id) => id,
        Err(problem) => {
            problems.push(
                Diagnostic::new(Code::InvalidId, format!("article file name: {problem}"))
                    .path(file.display_path())
                    .help("rename the file; its name (without .yaml) is the article's id and URL"),
            );
            return (None, problems);
        }
    };
    if !value.categories.iter().any(|c| c.id == article.category) {
        problems.push(unknown(
            file,
            "category",
            article.category.as_str(),
            "category",
            value.categories.iter().map(|c| c.id.as_str()),
            "add it to `categories` in content/site.yaml",
        ));
    }
    let all_anchors: Vec<&Id> = article.anchors().collect();
    let mut anchors: HashSet<&str> = HashSet::with_capacity(all_anchors.len());
    for (index, anchor) in all_anchors.iter().enumerate() {
        if !anchors.insert(anchor.as_str()) {
            problems.push(
                Diagnostic::new(
                    Code::DuplicateId,
                    format!("id `{anchor}` is used twice in this article"),
                )
                .at(
                    file,
                    anchor_span(file, &all_anchors[..=index]).unwrap_or(0..0),
                )
                .help(
                    "section and item ids are the article's anchors and must be unique within it",
                ),
            );
        }
    }
    for section in &article.sections {
        if let Block::Conditions(conditions) = &section.block {
            for condition in conditions {
                if !value.order_statuses.contains(&condition.status) {
                    problems.push(unknown(
                        file,
                        "status",
                        condition.status.as_str(),
                        "order status",
                        value.order_statuses.iter().map(Id::as_str),
                        "add it to `order_statuses` in content/site.yaml",
                    ));
                }
            }
        }
    }
    (Some(id), problems)
}

/// Where the last of `anchors` is in the article's file: each one is looked for after the one
/// before, so a repeated id points at its second use. Only needed for an error, so only then
/// searched for.
fn anchor_span(file: &SourceFile, anchors: &[&Id]) -> Option<std::ops::Range<usize>> {
    let mut search_from = 0;
    let mut span = None;
    for anchor in anchors {
        span = file.find_token(anchor.as_str(), search_from);
        if let Some(found) = &span {
            search_from = found.end;
        }
    }
    span
}

/// "unknown category `paymnets`" with a did-you-mean, pointed at the value in the file.
fn unknown<'a>(
    file: &Arc<SourceFile>,
    key: &str,
    value: &str,
    what: &str,
    known: impl Iterator<Item = &'a str> + Clone,
    otherwise: &str,
) -> Diagnostic {
    let span = file
        .find_key_value(key, value)
        .or_else(|| file.find_token(value, 0))
        .unwrap_or(0..0);
    unknown_at(what, value, known, otherwise).at(file, span)
}

/// "unknown article `x`" with a did-you-mean, for the caller to place.
fn unknown_at<'a>(
    what: &str,
    value: &str,
    known: impl Iterator<Item = &'a str> + Clone,
    otherwise: &str,
) -> Diagnostic {
    let help = match did_you_mean(value, known) {
        Some(suggestion) => format!("did you mean `{suggestion}`?"),
        None => otherwise.to_string(),
    };
    Diagnostic::new(Code::UnknownReference, format!("unknown {what} `{value}`"))
        .label(format!("no {what} has this id"))
        .help(help)
}
