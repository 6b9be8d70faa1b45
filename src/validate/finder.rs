//! The cancellation finder, built from the typed content: `finder:` in site.yaml orders the
//! answers to "what was cancelled?", each article joins one with `finder: <id>`, and its
//! causes and conditions become the options of "what do you see?".
//!
//! Every article with causes or conditions must be reachable (a warning, W112, otherwise), and
//! every answer must lead somewhere.

use std::collections::{BTreeMap, BTreeSet};

use super::unknown_at;
use crate::diagnostics::{Code, Diagnostic, Diagnostics};
use crate::load::{CONFIG_PATH, Parsed};
use crate::model::{Block, Id, SiteConfig};
use crate::site::{ArticleEntry, Category, FinderGroup, FinderOption, FinderSubject};

pub(super) fn build_finder(
    config: &Parsed<SiteConfig>,
    articles: &BTreeMap<String, ArticleEntry>,
    categories: &[Category],
    broken: &BTreeSet<String>,
    diagnostics: &mut Diagnostics,
) -> Vec<FinderSubject> {
    let answers = &config.value.finder;
    let in_site_order: Vec<&ArticleEntry> = categories
        .iter()
        .flat_map(|c| &c.articles)
        .filter_map(|id| articles.get(id))
        .collect();

    for entry in articles.values() {
        let options = options(entry);
        match &entry.article.finder {
            Some(answer) if !answers.contains(answer) => {
                let otherwise = if answers.is_empty() {
                    format!(
                        "this site has no finder: list `{answer}` under `finder:` in {CONFIG_PATH}, \
                         or remove `finder:` from the article"
                    )
                } else {
                    format!("add it to `finder:` in {CONFIG_PATH}")
                };
                let span = entry
                    .file
                    .find_key_value("finder", answer.as_str())
                    .unwrap_or(0..0);
                diagnostics.push(
                    unknown_at(
                        "finder answer",
                        answer.as_str(),
                        answers.iter().map(Id::as_str),
                        &otherwise,
                    )
                    .at(&entry.file, span),
                );
            }
            Some(answer) if options.is_empty() => {
                let span = entry
                    .file
                    .find_key_value("finder", answer.as_str())
                    .unwrap_or(0..0);
                diagnostics.push(
                    Diagnostic::new(
                        Code::FinderGap,
                        format!(
                            "article `{}` joins the finder's `{answer}` answer but has no causes \
                             or conditions to offer there",
                            entry.id
                        ),
                    )
                    .at(&entry.file, span)
                    .label("nothing to offer")
                    .help("the finder offers an article's causes and conditions: add some, or remove `finder:`"),
                );
            }
            None if !answers.is_empty() && !options.is_empty() => {
                let span = entry.file.find_token("sections", 0).unwrap_or(0..0);
                let known: Vec<&str> = answers.iter().map(Id::as_str).collect();
                diagnostics.push(
                    Diagnostic::new(
                        Code::FinderGap,
                        format!(
                            "the finder cannot reach the causes and conditions of `{}`",
                            entry.id
                        ),
                    )
                    .at(&entry.file, span)
                    .label("not in the finder")
                    .help(format!(
                        "add `finder: <answer>` to the article, with one of: {}",
                        known.join(", ")
                    )),
                );
            }
            _ => {}
        }
    }

    let subjects: Vec<FinderSubject> = answers
        .iter()
        .map(|answer| FinderSubject {
            id: answer.clone(),
            groups: in_site_order
                .iter()
                .filter(|entry| entry.article.finder.as_ref() == Some(answer))
                .map(|entry| FinderGroup {
                    article: entry.id.to_string(),
                    options: options(entry),
                })
                .filter(|group| !group.options.is_empty())
                .collect(),
        })
        .collect();

    if broken.is_empty() {
        let file = &config.file;
        let list = file.find_token("finder", 0).map_or(0, |key| key.end);
        for subject in subjects.iter().filter(|s| s.groups.is_empty()) {
            let id = subject.id.as_str();
            diagnostics.push(
                Diagnostic::new(
                    Code::FinderGap,
                    format!("the finder's answer `{id}` leads to no causes or conditions, so it is left out"),
                )
                .at(file, file.find_token(id, list).unwrap_or(list..list))
                .label("leads nowhere")
                .help(format!(
                    "add `finder: {id}` to an article with causes or conditions, or remove the answer"
                )),
            );
        }
    }
    subjects
}

/// An article's causes and conditions, in reading order: what the finder offers of it.
fn options(entry: &ArticleEntry) -> Vec<FinderOption> {
    let mut options = Vec::new();
    for section in &entry.article.sections {
        match &section.block {
            Block::Causes(causes) => options.extend(causes.iter().map(|cause| FinderOption {
                item: cause.id.clone(),
                status: None,
            })),
            Block::Conditions(conditions) => {
                options.extend(conditions.iter().map(|condition| FinderOption {
                    item: condition.id.clone(),
                    status: Some(condition.status.clone()),
                }));
            }
            _ => {}
        }
    }
    options
}
