//! Translations: every message the content needs, in every locale, with the variables the
//! content provides and links that resolve.

use std::collections::HashSet;
use std::sync::Arc;

use super::fluent_ast::{self, MessageIndex};
use crate::diagnostics::{Code, Diagnostic, Diagnostics, did_you_mean};
use crate::load::{FluentFile, Parsed};
use crate::model::{ArticleLink, MessageKey, SiteConfig, UI_MESSAGES, ui_variables};
use crate::site::Site;
use crate::source::SourceFile;

/// One `.ftl` file's duty: the messages it must define and where the requirement comes from.
struct Expectation<'a> {
    locale: &'a str,
    /// Path of the file, even when it does not exist.
    path: String,
    file: Option<&'a FluentFile>,
    keys: Vec<MessageKey>,
    /// Variables each key may use, beyond its period's.
    extra_variables: &'a dyn Fn(&str) -> &'static [&'static str],
    /// The YAML file that asks for these messages (for errors in the source locale).
    required_by: Option<&'a Arc<SourceFile>>,
}

pub(super) fn check(site: &Site, config: &Parsed<SiteConfig>, diagnostics: &mut Diagnostics) {
    let no_variables = |_: &str| -> &'static [&'static str] { &[] };
    for locale in &site.locales {
        let code = locale.code.as_str();
        let Some(sources) = site.translations.get(code) else {
            continue;
        };
        let ui_keys: Vec<MessageKey> = UI_MESSAGES
            .iter()
            .map(|id| MessageKey {
                id: id.to_string(),
                attribute: None,
                period: None,
            })
            .collect();
        let mut expectations = vec![
            Expectation {
                locale: code,
                path: format!("locales/{code}/site.ftl"),
                file: sources.site.as_ref(),
                keys: config.value.messages(),
                extra_variables: &no_variables,
                required_by: Some(&config.file),
            },
            Expectation {
                locale: code,
                path: format!("locales/{code}/ui.ftl"),
                file: sources.ui.as_ref(),
                keys: ui_keys,
                extra_variables: &ui_variables,
                required_by: None,
            },
        ];
        for (id, entry) in &site.articles {
            expectations.push(Expectation {
                locale: code,
                path: format!("locales/{code}/articles/{id}.ftl"),
                file: sources.articles.get(id),
                keys: entry.article.messages(),
                extra_variables: &no_variables,
                required_by: Some(&entry.file),
            });
        }
        for expectation in &expectations {
            check_file(site, expectation, diagnostics);
        }
        for (id, file) in &sources.articles {
            if !site.articles.contains_key(id) && !site.broken_articles.contains(id) {
                diagnostics.push(
                    Diagnostic::new(
                        Code::UnusedMessage,
                        format!("there is no article `{id}`, so this translation is not used"),
                    )
                    .path(file.file.display_path())
                    .help("rename it after an article in content/articles/, or delete it"),
                );
            }
        }
    }
}

fn check_file(site: &Site, expectation: &Expectation<'_>, diagnostics: &mut Diagnostics) {
    let is_source = expectation.locale == site.default_locale;
    let Some(fluent) = expectation.file else {
        if is_source {
            diagnostics.push(
                Diagnostic::new(
                    Code::MissingMessage,
                    "this file does not exist, and the source locale must define every message",
                )
                .path(expectation.path.clone())
                .help(format!("create it with: {}", key_list(&expectation.keys))),
            );
        } else {
            diagnostics.push(
                Diagnostic::new(
                    Code::Fallback,
                    "this translation does not exist: the page is built from the fallback locale",
                )
                .path(expectation.path.clone())
                .help("translate it (copy the source locale's file and translate each message)"),
            );
        }
        return;
    };
    let file = &fluent.file;
    let index = fluent_ast::index(&fluent.resource);

    for duplicate in &index.duplicates {
        diagnostics.push(
            Diagnostic::new(
                Code::DuplicateMessage,
                format!("`{duplicate}` is defined more than once"),
            )
            .at(file, fluent.span_of(duplicate))
            .help("keep one definition; later ones would be ignored"),
        );
    }

    let mut required: HashSet<&str> = HashSet::new();
    for key in &expectation.keys {
        required.insert(&key.id);
        let pattern = index
            .messages
            .get(key.id.as_str())
            .and_then(|m| m.pattern(key.attribute));
        let Some(pattern) = pattern else {
            report_missing(site, expectation, key, &index, diagnostics);
            continue;
        };
        let mut allowed: Vec<&str> = (expectation.extra_variables)(&key.id).to_vec();
        if let Some(period) = key.period {
            allowed.push(period.unit.variable());
        }
        for variable in fluent_ast::variables(pattern) {
            if !allowed.contains(&variable) {
                let help = match did_you_mean(variable, allowed.iter().copied()) {
                    Some(suggestion) => format!("did you mean `${suggestion}`?"),
                    None if allowed.is_empty() => {
                        "this text receives no variables; write the text out".into()
                    }
                    None => format!(
                        "available here: {}",
                        allowed
                            .iter()
                            .map(|v| format!("${v}"))
                            .collect::<Vec<_>>()
                            .join(", ")
                    ),
                };
                diagnostics.push(
                    Diagnostic::new(
                        Code::UnknownVariable,
                        format!(
                            "`{}` uses `${variable}`, which the content does not provide",
                            key.display()
                        ),
                    )
                    .at(file, fluent.span_of(variable))
                    .label("unknown variable")
                    .help(help),
                );
            }
        }
        for text in fluent_ast::text_elements(pattern) {
            check_links(site, fluent, text, diagnostics);
        }
    }

    for id in &index.order {
        if !required.contains(id) {
            diagnostics.push(
                Diagnostic::new(
                    Code::UnusedMessage,
                    format!("message `{id}` is not used by the content"),
                )
                .at(file, fluent.span_of(id))
                .help("remove it, or check its id against the content's ids (a typo?)"),
            );
        }
    }
}

fn report_missing(
    site: &Site,
    expectation: &Expectation<'_>,
    key: &MessageKey,
    index: &MessageIndex<'_>,
    diagnostics: &mut Diagnostics,
) {
    let known: Vec<&str> = index.order.clone();
    let typo = did_you_mean(&key.id, known.iter().copied())
        .filter(|s| *s != key.id)
        .map(|s| format!(" (is `{s}` a typo for it?)"))
        .unwrap_or_default();
    if expectation.locale == site.default_locale {
        let mut diagnostic = Diagnostic::new(
            Code::MissingMessage,
            format!(
                "`{}` is missing from `{}`{typo}",
                key.display(),
                expectation.path
            ),
        )
        .help(format!("add `{}` to {}", key.display(), expectation.path));
        diagnostic = match expectation.required_by {
            Some(yaml) => {
                let item = key
                    .id
                    .split_once('-')
                    .map_or(key.id.as_str(), |(_, item)| item);
                diagnostic
                    .at(yaml, yaml.find_token(item, 0).unwrap_or(0..0))
                    .label("the content needs a text for this")
            }
            None => diagnostic.path(expectation.path.clone()),
        };
        diagnostics.push(diagnostic);
    } else {
        let chain = site.lookup_chain(expectation.locale);
        let from = chain
            .get(1)
            .copied()
            .unwrap_or(site.default_locale.as_str());
        diagnostics.push(
            Diagnostic::new(
                Code::Fallback,
                format!(
                    "`{}` is not translated{typo}; the `{from}` text is used",
                    key.display()
                ),
            )
            .path(expectation.path.clone())
            .help(format!("add `{}` to {}", key.display(), expectation.path)),
        );
    }
}

/// Every `article:` link in a piece of message text must name an article and anchor that exist.
fn check_links(site: &Site, fluent: &FluentFile, text: &str, diagnostics: &mut Diagnostics) {
    let file = &fluent.file;
    let mut rest = text;
    while let Some(start) = rest.find(ArticleLink::SCHEME) {
        let candidate = &rest[start..];
        let end = candidate
            .find(|c: char| c == ')' || c == '>' || c == '"' || c.is_whitespace())
            .unwrap_or(candidate.len());
        let destination = &candidate[..end];
        rest = &candidate[end..];
        let Some(link) = ArticleLink::parse(destination) else {
            continue;
        };
        let span = fluent.span_of(destination);
        if site.broken_articles.contains(link.article) {
            continue; // its own file's error is reported
        }
        let Some(target) = site.articles.get(link.article) else {
            let help = match did_you_mean(link.article, site.articles.keys().map(String::as_str)) {
                Some(suggestion) => format!("did you mean `article:{suggestion}`?"),
                None => {
                    "link to an existing article id (the file names in content/articles/)".into()
                }
            };
            diagnostics.push(
                Diagnostic::new(
                    Code::BrokenLink,
                    format!("link to article `{}`, which does not exist", link.article),
                )
                .at(file, span)
                .label("broken link")
                .help(help),
            );
            continue;
        };
        if let Some(anchor) = link.anchor
            && !target.article.anchors().any(|a| a.as_str() == anchor)
        {
            let anchors: Vec<&str> = target.article.anchors().map(|a| a.as_str()).collect();
            let help = match did_you_mean(anchor, anchors.iter().copied()) {
                Some(suggestion) => format!("did you mean `#{suggestion}`?"),
                None => format!("anchors of `{}`: {}", link.article, anchors.join(", ")),
            };
            diagnostics.push(
                Diagnostic::new(
                    Code::BrokenLink,
                    format!(
                        "article `{}` has no section or item `{anchor}`",
                        link.article
                    ),
                )
                .at(file, span)
                .label("broken anchor")
                .help(help),
            );
        }
    }
}

fn key_list(keys: &[MessageKey]) -> String {
    let mut ids: Vec<String> = keys.iter().map(MessageKey::display).collect();
    ids.dedup();
    ids.join(", ")
}
