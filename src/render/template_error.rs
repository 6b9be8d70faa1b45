//! Tera errors as diagnostics at the template file, line and column, with a help line.
//!
//! Tera reports syntax errors with a position, but some problems only as text: references to
//! filters, tests or functions that do not exist come as Tera's own reports (`--> name:L:C`)
//! joined in one message, and a missing parent template names no place at all. Those are
//! taken apart here so that every template problem points into the template.

use std::sync::Arc;

use crate::diagnostics::{Code, Diagnostic};
use crate::site::Site;
use crate::source::SourceFile;

const TERA_DOCS: &str = "the Tera syntax is described at https://keats.github.io/tera/docs/";

/// Every diagnostic in one Tera error (a message may hold several of Tera's reports).
pub(super) fn template_diagnostics(site: &Site, error: &tera::Error) -> Vec<Diagnostic> {
    if let tera::ErrorKind::Msg(message) = error.kind() {
        let reports: Vec<Diagnostic> = message
            .split("\n\n")
            .filter_map(|block| reference_report(site, block))
            .collect();
        if !reports.is_empty() {
            return reports;
        }
    }
    vec![template_diagnostic(site, error)]
}

/// A Tera error as a diagnostic pointing into the template.
pub(super) fn template_diagnostic(site: &Site, error: &tera::Error) -> Diagnostic {
    match error.kind() {
        tera::ErrorKind::SyntaxError(report) | tera::ErrorKind::RenderingError(report) => {
            located_report(site, report)
        }
        tera::ErrorKind::MissingParent { current, parent } => missing_parent(site, current, parent),
        _ => unlocated(error),
    }
}

/// A syntax or rendering error, which Tera gives with its span.
fn located_report(site: &Site, report: &tera::ReportError) -> Diagnostic {
    let name = report.filename();
    let Some(file) = template_file(site, name) else {
        return Diagnostic::new(
            Code::Template,
            format!("template `{name}`: {}", report.message()),
        )
        .path(format!("templates/{name}"))
        .help(format!("fix the template; {TERA_DOCS}"));
    };
    let span = report.span();
    let start = file.offset(span.start_line, span.start_col + 1);
    let end = if span.end_line == span.start_line && span.end_col > span.start_col {
        file.offset(span.end_line, span.end_col + 1)
    } else {
        start
    };
    let tag = &file.text[start..end];
    if report.message() == "Unknown tag"
        && tag.starts_with("end")
        && let Some(unclosed) = unclosed_before(&file.text, start)
        && tag != format!("end{}", unclosed.tag)
    {
        let closing = tag;
        return Diagnostic::new(
            Code::Template,
            format!(
                "template `{name}`: `{{% {closing} %}}` comes before the `{{% {} %}}` on line {} \
                 is closed",
                unclosed.tag,
                file.position(unclosed.offset).line
            ),
        )
        .at(&file, start..end)
        .help(format!(
            "add `{{% end{} %}}` where the `{{% {} %}}` should end, before this tag",
            unclosed.tag, unclosed.tag
        ));
    }
    Diagnostic::new(
        Code::Template,
        format!("template `{name}`: {}", report.message()),
    )
    .at(&file, start..end)
    .help(format!("fix the template; {TERA_DOCS}"))
}

/// One of Tera's text reports, `error: Unknown filter `shout`\n --> article.html:4:31 ...`.
fn reference_report(site: &Site, block: &str) -> Option<Diagnostic> {
    let mut lines = block.lines();
    let message = lines.next()?.strip_prefix("error: ")?;
    let locus = lines.next()?.trim().strip_prefix("--> ")?;
    let mut parts = locus.rsplitn(3, ':');
    let column: usize = parts.next()?.parse().ok()?;
    let line: usize = parts.next()?.parse().ok()?;
    let name = parts.next()?;
    let width = block
        .lines()
        .nth(3)
        .map_or(1, |underline| underline.matches('^').count());
    let help = reference_help(message);
    let diagnostic = Diagnostic::new(Code::Template, format!("template `{name}`: {message}"));
    Some(match template_file(site, name) {
        Some(file) => {
            let start = file.offset(line, column);
            let end = file.offset(line, column + width.max(1));
            diagnostic.at(&file, start..end).help(help)
        }
        None => diagnostic.path(format!("templates/{name}")).help(help),
    })
}

fn reference_help(message: &str) -> String {
    let kind = ["filter", "test", "function"]
        .into_iter()
        .find(|kind| message.starts_with(&format!("Unknown {kind} ")));
    match kind {
        Some(kind) => format!(
            "check the {kind}'s name; Tera's built-in {kind}s are listed at \
             https://keats.github.io/tera/docs/"
        ),
        None => format!("fix the template; {TERA_DOCS}"),
    }
}

/// `{% extends "layout.html" %}` naming a template that does not exist: point at the tag.
fn missing_parent(site: &Site, current: &str, parent: &str) -> Diagnostic {
    let diagnostic = Diagnostic::new(
        Code::Template,
        format!("template `{current}` extends `{parent}`, which does not exist"),
    )
    .help(format!(
        "name a template that exists (the default theme has base.html), or add \
         templates/{parent}"
    ));
    let Some(file) = template_file(site, current) else {
        return diagnostic.path(format!("templates/{current}"));
    };
    match extends_tag(&file.text) {
        Some(span) => diagnostic.at(&file, span),
        None => diagnostic.path(file.display_path()),
    }
}

/// Where the `{% extends ... %}` tag starts and ends.
fn extends_tag(text: &str) -> Option<std::ops::Range<usize>> {
    let mut from = 0;
    while let Some(found) = text[from..].find("{%") {
        let start = from + found;
        let inside = text[start + 2..].trim_start_matches(['-', ' ', '\t', '\n', '\r']);
        if inside.starts_with("extends") {
            let end = text[start..]
                .find("%}")
                .map_or(start + 2, |i| start + i + 2);
            return Some(start..end);
        }
        from = start + 2;
    }
    None
}

fn unlocated(error: &tera::Error) -> Diagnostic {
    let mut message = error.to_string();
    let mut source = std::error::Error::source(error);
    while let Some(inner) = source {
        message.push_str(&format!(": {inner}"));
        source = inner.source();
    }
    Diagnostic::new(Code::Template, format!("template error: {message}"))
        .path("templates/")
        .help("check the template names and `{% extends %}` / `{% include %}` targets")
}

fn template_file(site: &Site, name: &str) -> Option<Arc<SourceFile>> {
    site.templates
        .get(name)
        .map(|template| Arc::clone(&template.file))
}

/// Tags that open a block closed by `end<tag>`.
const BLOCK_TAGS: &[&str] = &["if", "for", "block", "filter", "raw", "component"];

/// A block tag left open.
struct Unclosed<'a> {
    tag: &'a str,
    offset: usize,
}

/// The innermost block tag still open at `offset`: when Tera meets a closing tag it did not
/// expect ("Unknown tag"), this is the block that should have been closed first.
fn unclosed_before(text: &str, offset: usize) -> Option<Unclosed<'_>> {
    let mut open: Vec<Unclosed<'_>> = Vec::new();
    let mut from = 0;
    while let Some(found) = text.get(from..offset)?.find("{%") {
        let start = from + found;
        let inside = text[start + 2..].trim_start_matches(['-', ' ', '\t', '\n', '\r']);
        let word_len = inside
            .find(|c: char| !c.is_ascii_alphanumeric() && c != '_')
            .unwrap_or(inside.len());
        let word = &inside[..word_len];
        if BLOCK_TAGS.contains(&word) {
            open.push(Unclosed {
                tag: word,
                offset: start,
            });
        } else if let Some(closed) = word.strip_prefix("end")
            && open.last().is_some_and(|last| last.tag == closed)
        {
            open.pop();
        }
        from = start + 2;
    }
    open.pop()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_innermost_open_block_is_found() {
        let text = "{% block a %}{% if x %}{% for y in z %}{% endfor %}<p>{% endblock a %}";
        let end = text.rfind("{%").unwrap();
        let unclosed = unclosed_before(text, end).unwrap();
        assert_eq!(
            (unclosed.tag, unclosed.offset),
            ("if", text.find("{% if").unwrap())
        );
    }

    #[test]
    fn the_extends_tag_is_found() {
        let text = "{# c #}\n{%- extends \"x.html\" %}\n";
        assert_eq!(
            &text[extends_tag(text).unwrap()],
            "{%- extends \"x.html\" %}"
        );
    }
}
