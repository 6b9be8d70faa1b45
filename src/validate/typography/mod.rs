//! Typography checks per locale (`check`, W110): French spacing, curly apostrophes, Polish
//! quotation marks, full-width punctuation in Chinese, one apostrophe style in English. Which
//! rules a locale gets comes from its language and `typography:` in `content/site.yaml` (see
//! [`crate::model::Typography`]).
//!
//! Only prose is checked ([`prose`]): Fluent and Markdown syntax never are. Each finding is a
//! warning at the exact character, with the fix and the way to turn the rule off. Messages a
//! new locale still has as untranslated copies of the source text are skipped (they are the
//! source language's typography), and so are an article's search keywords (a list for the
//! index, never shown).

mod prose;
mod rules;

use std::hash::{Hash, Hasher};
use std::sync::Arc;

use fluent_syntax::ast;

use super::kept::Kept;
use crate::diagnostics::{Code, Diagnostic, Diagnostics};
use crate::load::FluentFile;
use crate::load::markers::{self, UNTRANSLATED};
use crate::model::{KEYWORDS, Rule, Rules};
use crate::site::Site;
use rules::{Apostrophe, Finding};

/// Findings reported per file at most; the rest are counted in one more warning.
const MAX_PER_FILE: usize = 20;

/// What the rules found in one file, by a digest of the file and the rules: watch mode checks
/// again only the files an edit touched.
pub type TypographyCache = Kept<Arc<FileFindings>>;

#[derive(Debug, Default)]
pub struct FileFindings {
    /// With the message they are in (`title`, `cause-x.reason`).
    findings: Vec<(String, Finding)>,
    apostrophes: Vec<(String, Apostrophe)>,
}

/// Checks every `.ftl` file of every configured locale.
pub fn check(site: &Site, cache: &mut TypographyCache, diagnostics: &mut Diagnostics) {
    for locale in &site.locales {
        let rules = locale.typography;
        let Some(sources) = site
            .translations
            .get(&locale.code)
            .filter(|_| !rules.is_empty())
        else {
            continue;
        };
        let skip_untranslated = locale.code != site.default_locale;
        let files: Vec<&FluentFile> = [&sources.site, &sources.ui, &sources.policies]
            .into_iter()
            .flatten()
            .chain(sources.articles.values())
            .collect();
        let key = |file: &&FluentFile| {
            let mut hasher = std::hash::DefaultHasher::new();
            (file.file.digest, rules, skip_untranslated).hash(&mut hasher);
            hasher.finish()
        };
        let found = cache.get_or_make_all(&files, key, |file| {
            Arc::new(check_file(file, rules, skip_untranslated))
        });
        let results: Vec<(&FluentFile, Arc<FileFindings>)> = files.into_iter().zip(found).collect();
        let (curly, straight) = results
            .iter()
            .flat_map(|(_, found)| &found.apostrophes)
            .fold(
                (0, 0),
                |(c, s), (_, a)| if a.curly { (c + 1, s) } else { (c, s + 1) },
            );
        for (file, found) in results {
            let mut reported: Vec<(&str, Finding)> = found
                .findings
                .iter()
                .map(|(key, finding)| (key.as_str(), finding.clone()))
                .collect();
            // The less used apostrophe is the odd one out (the curly one on a tie).
            let minority_curly = curly < straight;
            for (key, apostrophe) in &found.apostrophes {
                if apostrophe.curly == minority_curly {
                    reported.push((key, mixed_apostrophe(apostrophe, curly, straight)));
                }
            }
            reported.sort_by_key(|(_, f)| f.span.start);
            report(file, &locale.code, reported, diagnostics);
        }
    }
    cache.sweep();
}

fn mixed_apostrophe(apostrophe: &Apostrophe, curly: usize, straight: usize) -> Finding {
    let (this, other, count, fix) = if apostrophe.curly {
        (
            "’",
            "'",
            straight,
            "write ' like the rest of the locale's texts",
        )
    } else {
        (
            "'",
            "’",
            curly,
            "write ’ (U+2019) like the rest of the locale's texts",
        )
    };
    Finding {
        rule: Rule::ConsistentApostrophes,
        span: apostrophe.span.clone(),
        message: format!(
            "apostrophe `{this}`, where the locale's texts use `{other}` ({count} times)"
        ),
        label: "the other apostrophe",
        fix: fix.into(),
    }
}

fn report(
    file: &FluentFile,
    locale: &str,
    findings: Vec<(&str, Finding)>,
    diagnostics: &mut Diagnostics,
) {
    let total = findings.len();
    for (key, finding) in findings.into_iter().take(MAX_PER_FILE) {
        let rule = finding.rule.name();
        diagnostics.push(
            Diagnostic::new(Code::Typography, format!("`{key}`: {}", finding.message))
                .at(&file.file, finding.span)
                .label(finding.label)
                .help(format!(
                    "{} (rule `{rule}` of locale `{locale}`; `typography: {{ {rule}: false }}` \
                     on the locale in content/site.yaml turns it off)",
                    finding.fix
                )),
        );
    }
    if total > MAX_PER_FILE {
        diagnostics.push(
            Diagnostic::new(
                Code::Typography,
                format!(
                    "{} more typography problems in this file",
                    total - MAX_PER_FILE
                ),
            )
            .path(file.file.display_path())
            .help("fix the ones above and run `helpsite check` again to see the rest"),
        );
    }
}

fn check_file(file: &FluentFile, rules: Rules, skip_untranslated: bool) -> FileFindings {
    let resource = &file.resource;
    let base = resource.source().as_ptr() as usize;
    let untranslated = if skip_untranslated {
        markers::marked(resource, UNTRANSLATED)
    } else {
        Vec::new()
    };
    let mut found = FileFindings::default();
    for entry in resource.entries() {
        let (id, value, attributes) = match entry {
            // Search keywords are a list for the index, never shown: not prose.
            ast::Entry::Message(m) if m.id.name == KEYWORDS => continue,
            ast::Entry::Message(m) if !untranslated.contains(&m.id.name) => {
                (m.id.name.to_string(), m.value.as_ref(), &m.attributes)
            }
            ast::Entry::Term(t) => (format!("-{}", t.id.name), Some(&t.value), &t.attributes),
            _ => continue,
        };
        let patterns = value.map(|p| (id.clone(), p)).into_iter().chain(
            attributes
                .iter()
                .map(|a| (format!("{id}.{}", a.id.name), &a.value)),
        );
        for (key, pattern) in patterns {
            let mut findings = Vec::new();
            let mut apostrophes = Vec::new();
            for run in prose::runs(pattern, base, &|c| rules::watched(c, rules)) {
                rules::scan(&run, rules, &mut findings, &mut apostrophes);
            }
            found
                .findings
                .extend(findings.into_iter().map(|f| (key.clone(), f)));
            found
                .apostrophes
                .extend(apostrophes.into_iter().map(|a| (key.clone(), a)));
        }
    }
    found
}
