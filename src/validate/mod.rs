//! Stage 2, validate: check the whole model (configuration, ids, references, translations)
//! and collect every problem, not just the first.
//!
//! The result is a [`Site`] that later stages can trust. If the configuration itself is
//! unusable there is no site to return; otherwise problems are reported and the site is
//! still returned so `check` can go on to localize everything.

mod fluent_ast;
mod translations;

use std::collections::{BTreeMap, BTreeSet, HashSet};
use std::sync::Arc;

use rayon::prelude::*;
use unic_langid::LanguageIdentifier;

use crate::diagnostics::{Code, Diagnostic, Diagnostics, did_you_mean};
use crate::load::{LOCALES_DIR, Parsed, SiteSources};
use crate::model::{Block, Id, SiteConfig};
use crate::site::{ArticleEntry, Category, Locale, PSEUDO_LOCALE, Site};
use crate::source::SourceFile;

pub use fluent_ast::{MessageIndex, index as index_messages};
pub use translations::{LocaleStatus, TranslationCache};

/// Checks everything `load` read. `None` only when there is no usable configuration.
pub fn validate(sources: &SiteSources) -> (Option<Site>, Diagnostics) {
    validate_with(sources, None)
}

/// [`validate`], reusing the translation checks of files that did not change (watch mode).
pub fn validate_with(
    sources: &SiteSources,
    cache: Option<&mut TranslationCache>,
) -> (Option<Site>, Diagnostics) {
    let mut diagnostics = Diagnostics::default();
    let Some(config) = &sources.config else {
        return (None, diagnostics);
    };
    let Some(site_config) = check_config(config, &mut diagnostics) else {
        return (None, diagnostics);
    };

    let articles = check_articles(
        config,
        sources.articles.values(),
        &sources.broken_articles,
        &mut diagnostics,
    );
    let categories = config
        .value
        .categories
        .iter()
        .map(|category| {
            let mut members: Vec<&ArticleEntry> = articles
                .values()
                .filter(|a| a.article.category == *category)
                .collect();
            members.sort_by(|a, b| (a.article.order, &a.id).cmp(&(b.article.order, &b.id)));
            Category {
                id: category.clone(),
                articles: members.iter().map(|a| a.id.to_string()).collect(),
            }
        })
        .collect();

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
        contact: config.value.contact.clone(),
        translations,
        templates: sources.templates.clone(),
        assets: sources.assets.clone(),
        translation_status: BTreeMap::new(),
    };
    let mut site = site;
    site.translation_status = translations::check(&site, config, &mut diagnostics, cache);
    if config.value.pseudo || sources.pseudo {
        add_pseudo_locale(&mut site);
    }
    (Some(site), diagnostics)
}

/// Adds `en-XA`: the source locale's files, shown accented and lengthened (see
/// [`crate::localize::pseudo`]). It is not a translation, so it is not checked as one.
fn add_pseudo_locale(site: &mut Site) {
    let Some(source) = site.locale(&site.default_locale).cloned() else {
        return;
    };
    let mut files = site
        .translations
        .get(&site.default_locale)
        .cloned()
        .unwrap_or_default();
    files.lock = None;
    site.translations.insert(PSEUDO_LOCALE.to_string(), files);
    site.locales.push(Locale {
        code: PSEUDO_LOCALE.to_string(),
        lang: PSEUDO_LOCALE.to_string(),
        format: source.format,
        pseudo: true,
    });
}

struct CheckedConfig {
    base_url: String,
    locales: Vec<Locale>,
}

fn check_config(
    config: &Parsed<SiteConfig>,
    diagnostics: &mut Diagnostics,
) -> Option<CheckedConfig> {
    let file = &config.file;
    let value = &config.value;
    let mut usable = true;

    let mut base_url = value.base_url.trim().to_string();
    if !(base_url.starts_with("https://") || base_url.starts_with("http://")) {
        diagnostics.push(
            Diagnostic::new(
                Code::Config,
                format!("base_url `{base_url}` is not an absolute http(s) URL"),
            )
            .at(
                file,
                file.value_of_key("base_url")
                    .or_else(|| file.find_token("base_url", 0))
                    .unwrap_or(0..0),
            )
            .help("write the address the site is published at, e.g. `https://help.example.com/`"),
        );
    }
    if !base_url.ends_with('/') {
        base_url.push('/');
    }

    let mut locales: Vec<Locale> = Vec::new();
    let locales_start = locales_span(file).start;
    // Entries are found in order, each after the one before, so a repeated code is found
    // where it is repeated.
    let mut entry_start = locales_start;
    for locale in &value.locales {
        let span = file
            .find_key_value_from("code", &locale.code, entry_start)
            .or_else(|| file.find_token(&locale.code, entry_start))
            .unwrap_or(0..0);
        entry_start = entry_start.max(span.end);
        let code_ok = !locale.code.is_empty()
            && locale
                .code
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || c == '-')
            && locale.code.parse::<LanguageIdentifier>().is_ok();
        if !code_ok {
            diagnostics.push(
                Diagnostic::new(
                    Code::Config,
                    format!("`{}` is not a valid locale code", locale.code),
                )
                .at(file, span.clone())
                .help("use a BCP 47 language tag such as `en`, `pt-BR` or `zh-Hant`"),
            );
            usable = false;
            continue;
        }
        if locales.iter().any(|l| l.code == locale.code) {
            diagnostics.push(
                Diagnostic::new(
                    Code::DuplicateId,
                    format!("locale `{}` is listed twice", locale.code),
                )
                .at(file, span)
                .help("remove one of the entries"),
            );
            continue;
        }
        if locale.lang().parse::<LanguageIdentifier>().is_err() {
            diagnostics.push(
                Diagnostic::new(
                    Code::Config,
                    format!("`{}` is not a valid language tag", locale.lang()),
                )
                .at(
                    file,
                    file.find_token(locale.lang(), locales_start)
                        .unwrap_or(span),
                )
                .help("use a BCP 47 tag such as `zh-Hans`"),
            );
            usable = false;
            continue;
        }
        let format = match locale.format().parse::<LanguageIdentifier>() {
            Ok(format) if locale.format().parse::<icu::locale::Locale>().is_ok() => format,
            _ => {
                diagnostics.push(
                    Diagnostic::new(
                        Code::Config,
                        format!("`{}` is not a valid formatting locale", locale.format()),
                    )
                    .at(
                        file,
                        file.find_token(locale.format(), locales_start)
                            .unwrap_or(span),
                    )
                    .help("use a CLDR locale such as `en-GB` or `fr`"),
                );
                usable = false;
                continue;
            }
        };
        locales.push(Locale {
            code: locale.code.clone(),
            lang: locale.lang().to_string(),
            format,
            pseudo: false,
        });
    }
    if locales.is_empty() {
        diagnostics.push(
            Diagnostic::new(Code::Config, "no locales are configured")
                .at(file, locales_span(file))
                .help("list at least one, e.g. `locales: [{ code: en }]`"),
        );
        return None;
    }

    let known: Vec<&str> = locales.iter().map(|l| l.code.as_str()).collect();
    let check_known = |code: &str, key: &str, diagnostics: &mut Diagnostics| {
        if !known.contains(&code) {
            let mut diagnostic = Diagnostic::new(
                Code::UnknownReference,
                format!("`{key}` names locale `{code}`, which is not in `locales`"),
            )
            .at(
                file,
                file.find_key_value(key, code)
                    .or_else(|| file.find_token(code, 0))
                    .unwrap_or(0..0),
            );
            if let Some(suggestion) = did_you_mean(code, known.iter().copied()) {
                diagnostic = diagnostic.help(format!("did you mean `{suggestion}`?"));
            } else {
                diagnostic = diagnostic.help(format!("configured locales: {}", known.join(", ")));
            }
            diagnostics.push(diagnostic);
            false
        } else {
            true
        }
    };
    usable &= check_known(&value.default_locale, "default_locale", diagnostics);
    for code in &value.fallback {
        check_known(code, "fallback", diagnostics);
    }

    check_unique(file, value.categories.iter(), "category", diagnostics);
    check_unique(
        file,
        value.order_statuses.iter(),
        "order status",
        diagnostics,
    );
    check_unique(
        file,
        value.contact.iter().map(|c| &c.id),
        "contact option",
        diagnostics,
    );

    usable.then_some(CheckedConfig { base_url, locales })
}

fn locales_span(file: &SourceFile) -> std::ops::Range<usize> {
    file.find_token("locales", 0).unwrap_or(0..0)
}

fn check_unique<'a>(
    file: &Arc<SourceFile>,
    ids: impl Iterator<Item = &'a Id>,
    what: &str,
    diagnostics: &mut Diagnostics,
) {
    let mut seen: HashSet<&str> = HashSet::new();
    for id in ids {
        if !seen.insert(id.as_str()) {
            let first = file.find_token(id.as_str(), 0).map_or(0, |s| s.end);
            diagnostics.push(
                Diagnostic::new(Code::DuplicateId, format!("{what} `{id}` is listed twice"))
                    .at(file, file.find_token(id.as_str(), first).unwrap_or(0..0))
                    .help("ids must be unique; remove or rename one of them"),
            );
        }
    }
}

fn check_articles<'a>(
    config: &Parsed<SiteConfig>,
    parsed: impl Iterator<Item = &'a Parsed<Arc<crate::model::Article>>>,
    broken: &BTreeSet<String>,
    diagnostics: &mut Diagnostics,
) -> BTreeMap<String, ArticleEntry> {
    let value = &config.value;
    // Each article's own checks are independent of the others: on all cores.
    let parsed: Vec<&Parsed<Arc<crate::model::Article>>> = parsed.collect();
    let checked: Vec<(Option<Id>, Vec<Diagnostic>)> = parsed
        .par_iter()
        .map(|parsed| check_article(value, parsed))
        .collect();
    let mut articles = BTreeMap::new();
    for (parsed, (id, problems)) in parsed.into_iter().zip(checked) {
        let Some(id) = id else {
            problems.into_iter().for_each(|p| diagnostics.push(p));
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
        problems.into_iter().for_each(|p| diagnostics.push(p));
        let entry = ArticleEntry {
            id,
            file: Arc::clone(&parsed.file),
            article: Arc::clone(&parsed.value),
        };
        articles.insert(entry.id.to_string(), entry);
    }

    // References between articles, now that all ids are known. An article whose file did not
    // parse exists all the same: references to it are not errors of their own.
    for entry in articles.values() {
        for related in &entry.article.related {
            if related == &entry.id {
                diagnostics.push(
                    Diagnostic::new(
                        Code::UnknownReference,
                        format!("article `{related}` lists itself as related"),
                    )
                    .at(
                        &entry.file,
                        entry.file.find_token(related.as_str(), 0).unwrap_or(0..0),
                    )
                    .help("remove it from `related`"),
                );
            } else if !articles.contains_key(related.as_str()) && !broken.contains(related.as_str())
            {
                diagnostics.push(unknown(
                    &entry.file,
                    "related",
                    related.as_str(),
                    "article",
                    articles.keys().map(String::as_str),
                    "check the id against the files in content/articles/",
                ));
            }
        }
    }
    articles
}

/// The checks of one article that need nothing but the article and the configuration: its id
/// (`None` when the file name is not one), category, repeated anchors and order statuses.
fn check_article(
    value: &SiteConfig,
    parsed: &Parsed<Arc<crate::model::Article>>,
) -> (Option<Id>, Vec<Diagnostic>) {
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
    if !value.categories.contains(&article.category) {
        problems.push(unknown(
            file,
            "category",
            article.category.as_str(),
            "category",
            value.categories.iter().map(Id::as_str),
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
    let help = match did_you_mean(value, known.clone()) {
        Some(suggestion) => format!("did you mean `{suggestion}`?"),
        None => otherwise.to_string(),
    };
    Diagnostic::new(Code::UnknownReference, format!("unknown {what} `{value}`"))
        .at(file, span)
        .label(format!("no {what} has this id"))
        .help(help)
}
