//! What `check` prints: diagnostics and a translation table for people, or one JSON document
//! for CI.
//!
//! The JSON report is a stable interface (documented in README.md): fields are only ever added,
//! and `format_version` changes if one is removed or changes meaning.

use std::collections::BTreeMap;

use serde::Serialize;

use crate::diagnostics::{Diagnostic, Severity};
use crate::pipeline::Outcome;
use crate::validate::LocaleStatus;

#[derive(Serialize)]
struct JsonReport<'a> {
    format_version: u32,
    /// `ok`, `warnings` or `errors` (warnings fail under `--strict`).
    result: &'static str,
    exit_code: u8,
    errors: usize,
    warnings: usize,
    diagnostics: Vec<JsonDiagnostic>,
    translations: &'a BTreeMap<String, LocaleStatus>,
}

#[derive(Serialize)]
struct JsonDiagnostic {
    code: &'static str,
    severity: &'static str,
    message: String,
    file: Option<String>,
    /// 1-based; absent when the problem concerns a whole file.
    line: Option<usize>,
    column: Option<usize>,
    label: Option<String>,
    help: Option<String>,
    /// Other places the problem concerns (where a repeated id was first used).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    also: Vec<JsonPlace>,
}

#[derive(Serialize)]
struct JsonPlace {
    file: String,
    line: usize,
    column: usize,
    label: String,
}

impl From<&Diagnostic> for JsonDiagnostic {
    fn from(diagnostic: &Diagnostic) -> Self {
        let position = diagnostic.location.as_ref().map(|l| l.position());
        JsonDiagnostic {
            code: diagnostic.code.as_str(),
            severity: match diagnostic.severity() {
                Severity::Error => "error",
                Severity::Warning => "warning",
            },
            message: diagnostic.message.clone(),
            file: diagnostic
                .location
                .as_ref()
                .map(|l| l.file.display_path())
                .or_else(|| diagnostic.path.clone()),
            line: position.map(|p| p.line),
            column: position.map(|p| p.column),
            label: diagnostic.label.clone(),
            help: diagnostic.help.clone(),
            also: diagnostic
                .also
                .iter()
                .map(|also| {
                    let position = also.location.position();
                    JsonPlace {
                        file: also.location.file.display_path(),
                        line: position.line,
                        column: position.column,
                        label: also.label.clone(),
                    }
                })
                .collect(),
        }
    }
}

/// The whole outcome as one JSON document.
pub fn json(outcome: &Outcome) -> String {
    let diagnostics = &outcome.diagnostics;
    let report = JsonReport {
        format_version: 1,
        result: if diagnostics.has_errors() {
            "errors"
        } else if diagnostics.warning_count() > 0 {
            "warnings"
        } else {
            "ok"
        },
        exit_code: outcome.exit_code(),
        errors: diagnostics.error_count(),
        warnings: diagnostics.warning_count(),
        diagnostics: diagnostics.iter().map(JsonDiagnostic::from).collect(),
        translations: &outcome.translation_status,
    };
    serde_json::to_string_pretty(&report)
        .unwrap_or_else(|error| format!("{{\"error\": \"{error}\"}}"))
}

/// A compact table: one row per locale, one column per kind of gap.
pub fn translation_table(statuses: &BTreeMap<String, LocaleStatus>) -> String {
    let mut headers = vec!["locale"];
    headers.extend(LocaleStatus::default().columns().map(|(name, _)| name));
    let rows: Vec<Vec<String>> = statuses
        .iter()
        .map(|(locale, s)| {
            std::iter::once(locale.clone())
                .chain(s.columns().map(|(_, count)| count.to_string()))
                .collect()
        })
        .collect();
    let widths: Vec<usize> = (0..headers.len())
        .map(|i| {
            rows.iter()
                .map(|r| r[i].len())
                .chain([headers[i].len()])
                .max()
                .unwrap_or(0)
        })
        .collect();
    let line = |cells: Vec<&str>| -> String {
        let padded: Vec<String> = cells
            .iter()
            .enumerate()
            .map(|(i, cell)| {
                if i == 0 {
                    format!("{cell:<width$}", width = widths[i])
                } else {
                    format!("{cell:>width$}", width = widths[i])
                }
            })
            .collect();
        padded.join("  ").trim_end().to_string() + "\n"
    };
    let mut table = line(headers.clone());
    for row in &rows {
        table.push_str(&line(row.iter().map(String::as_str).collect()));
    }
    table
}

/// Prints a run's diagnostics and the line that sums them up (nothing when there are none).
pub fn diagnostics(outcome: &Outcome, failed: &str, warned: &str) {
    use std::io::IsTerminal;
    let diagnostics = &outcome.diagnostics;
    if diagnostics.is_empty() {
        return;
    }
    eprint!("{}", diagnostics.render(std::io::stderr().is_terminal()));
    let (errors, warnings) = (diagnostics.error_count(), diagnostics.warning_count());
    let verdict = if outcome.failed() { failed } else { warned };
    let strict_note = if outcome.strict && warnings > 0 {
        " (--strict: warnings count as errors)"
    } else {
        ""
    };
    eprintln!("{errors} error(s), {warnings} warning(s): {verdict}{strict_note}");
}
