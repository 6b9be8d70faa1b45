//! serde_yaml errors as diagnostics: at the place to fix, in plain words, with a help line.
//!
//! Two kinds of error arrive here. helpsite's own checks of values (an id, a date, a number, a
//! repeated key) travel through serde as a [`ValueProblem`] with the code, help and label they
//! chose; nothing of theirs is read from words. libyaml and serde have only words ("did not
//! find expected key, while parsing a block mapping", "unknown field `x`, expected one of ...",
//! "expected u32"): this module is the one place that reads them, and each pattern has a test
//! that produces it with serde_yaml itself, so a release that rewords one fails a test instead
//! of silently losing a hint.

use std::sync::Arc;

use crate::diagnostics::{Code, Diagnostic, did_you_mean};
use crate::model::ValueProblem;
use crate::source::SourceFile;

/// Turns a serde_yaml error into a diagnostic at its line and column, with a hint. `code` is
/// the code for serde's and libyaml's own errors: E010 for the syntax pass, E011 for the model.
pub(super) fn yaml_diagnostic(
    code: Code,
    file: &Arc<SourceFile>,
    error: &serde_yaml::Error,
) -> Diagnostic {
    let (message, positions) = split_positions(&error.to_string());
    let mut offset = error
        .location()
        .map_or(0, |l| file.offset(l.line(), l.column()));
    // At the end of the file ("did not find expected ']'"), the place to fix is where the
    // unfinished construct began, which libyaml gives as its context, or else the end of the
    // last line with content (a marker past the end would not be shown).
    let content_end = file.text.trim_end().len();
    if offset >= content_end {
        offset = match positions.get(1) {
            Some(&(line, column)) => file.offset(line, column),
            None => content_end,
        };
    }
    if let Some((problem, envelope)) = ValueProblem::find(&message) {
        return own_problem(file, problem, &message[..envelope.start], offset);
    }
    if code == Code::YamlSyntax
        && let Some(syntax) = explain_syntax_error(file, &message, offset, &positions)
    {
        return Diagnostic::new(code, syntax.message)
            .at(file, syntax.offset..syntax.offset)
            .label(syntax.label)
            .help(syntax.help);
    }
    let message = plain_words(&message);
    let mut diagnostic = Diagnostic::new(code, message.clone()).at(file, offset..offset);
    if let Some(help) = yaml_hint(&message) {
        diagnostic = diagnostic.help(help);
    }
    if code == Code::YamlSyntax {
        diagnostic = diagnostic.label("YAML syntax error here");
    }
    diagnostic
}

/// A problem one of helpsite's checks found, with the field path serde put before it
/// (`sections[0].id: `). A repeated key is pointed at where it is repeated, with the first
/// one as a second label.
fn own_problem(
    file: &Arc<SourceFile>,
    problem: ValueProblem,
    path: &str,
    offset: usize,
) -> Diagnostic {
    let mut diagnostic = Diagnostic::new(problem.code, format!("{path}{}", problem.message));
    if let Some(help) = problem.help {
        diagnostic = diagnostic.help(help);
    }
    let Some(key) = problem.subject else {
        return diagnostic.at(file, offset..offset);
    };
    // serde_yaml places a repeated key at the start of its mapping: find both uses after it.
    let key = format!("{key}:");
    let uses: Vec<usize> = file.text[offset..]
        .match_indices(&key)
        .map(|(i, _)| offset + i)
        .take(2)
        .collect();
    match uses.as_slice() {
        [first, second] => diagnostic
            .at(file, *second..*second + key.len() - 1)
            .label("repeated here")
            .also(file, *first..*first + key.len() - 1, "first here"),
        _ => diagnostic.at(file, offset..offset),
    }
}

/// Removes serde_yaml's " at line L column C" parts (shown as the diagnostic's position
/// instead) and returns them in order.
fn split_positions(message: &str) -> (String, Vec<(usize, usize)>) {
    const AT_LINE: &str = " at line ";
    let mut text = String::new();
    let mut positions = Vec::new();
    let mut rest = message;
    while let Some(start) = rest.find(AT_LINE) {
        text.push_str(&rest[..start]);
        let after = &rest[start + AT_LINE.len()..];
        let line_digits =
            after.len() - after.trim_start_matches(|c: char| c.is_ascii_digit()).len();
        let column_part = after[line_digits..].strip_prefix(" column ");
        match column_part {
            Some(columns) if line_digits > 0 => {
                let column_digits = columns.len()
                    - columns
                        .trim_start_matches(|c: char| c.is_ascii_digit())
                        .len();
                let line = after[..line_digits].parse().unwrap_or(1);
                let column = columns[..column_digits].parse().unwrap_or(1);
                positions.push((line, column));
                rest = &columns[column_digits..];
            }
            _ => {
                text.push_str(AT_LINE);
                rest = after;
            }
        }
    }
    text.push_str(rest);
    (text, positions)
}

/// What serde says a value should be, in Rust's words, and the same in plain words.
const PLAIN_EXPECTATIONS: &[(&str, &str)] = &[
    ("expected u32", "expected a whole number, 0 or more"),
    ("expected u8", "expected a whole number, 0 or more"),
    ("expected u64", "expected a whole number, 0 or more"),
    ("expected usize", "expected a whole number, 0 or more"),
    ("invalid type: sequence", "invalid type: a list"),
    ("invalid type: map", "invalid type: a mapping"),
];

/// serde's messages name Rust types (`u32`, `struct Article`); people writing YAML know
/// numbers, lists and mappings of fields instead.
fn plain_words(message: &str) -> String {
    let mut text = message.to_string();
    for (rust, plain) in PLAIN_EXPECTATIONS {
        if let Some(start) = text.find(rust) {
            let end = start + rust.len();
            // Only whole words: `u32` but not `u320`, `map` but not `mapping`.
            if !text[end..].starts_with(|c: char| c.is_ascii_alphanumeric()) {
                text.replace_range(start..end, plain);
            }
        }
    }
    // `expected struct Article`: any of the model's types, all of them mappings of fields.
    if let Some(start) = text.find("expected struct ") {
        let name_start = start + "expected struct ".len();
        let end = text[name_start..]
            .find(|c: char| !c.is_ascii_alphanumeric())
            .map_or(text.len(), |i| name_start + i);
        text.replace_range(
            start..end,
            "expected a mapping of fields (`name: value` lines)",
        );
    }
    text
}

fn yaml_hint(message: &str) -> Option<String> {
    if message.contains("mapping values are not allowed") {
        return Some(
            "a `: ` inside a value starts a new key; put the value in quotes, e.g. \
             `\"Note: ...\"`, or check the indentation"
                .into(),
        );
    }
    if message.contains("while scanning a quoted scalar") {
        return Some("the quote that starts here is not closed; add the closing quote".into());
    }
    if message.contains("cannot start any token") {
        return Some(
            "a plain value cannot start with this character (such as `@` or `%`); put the value \
             in quotes"
                .into(),
        );
    }
    if message.contains("expected a mapping of fields") {
        return Some(
            "write the fields one per line as `name: value`, without a leading `- `".into(),
        );
    }
    if let Some(rest) = message.split("unknown field `").nth(1) {
        let field = rest.split('`').next().unwrap_or_default();
        let expected: Vec<&str> = message
            .split("expected ")
            .nth(1)
            .unwrap_or_default()
            .split('`')
            .skip(1)
            .step_by(2)
            .collect();
        return Some(match did_you_mean(field, expected.iter().copied()) {
            Some(suggestion) => format!("did you mean `{suggestion}`?"),
            None => format!("remove `{field}`; allowed here: {}", expected.join(", ")),
        });
    }
    if message.contains("missing field") {
        return Some("add the field; see docs in README.md for the content model".into());
    }
    if message.contains("recursion limit") {
        return Some(
            "the YAML nests too deeply; content files are a few levels deep at most".into(),
        );
    }
    if message.contains("repetition limit") {
        return Some(
            "the YAML expands aliases too often; write the values out instead of aliasing them"
                .into(),
        );
    }
    None
}

/// A libyaml syntax error retold: what is wrong, where to fix it, how.
struct SyntaxError {
    message: String,
    offset: usize,
    label: &'static str,
    help: String,
}

/// Retells the libyaml errors people meet most in their own terms; `None` keeps libyaml's text.
///
/// `offset` is where libyaml noticed the problem, `positions` the line and column pairs from its
/// message (the second, when there is one, is where the construct being parsed began).
fn explain_syntax_error(
    file: &SourceFile,
    message: &str,
    offset: usize,
    positions: &[(usize, usize)],
) -> Option<SyntaxError> {
    let at = |message: String, label, help: &str| SyntaxError {
        message,
        offset,
        label,
        help: help.to_string(),
    };
    let rest = file.text.get(offset..).unwrap_or_default();
    if message.contains("cannot start any token") && rest.starts_with('\t') {
        return Some(at(
            "a tab is used for indentation; YAML indents with spaces only".into(),
            "a tab",
            "replace the tab with spaces (editors can insert spaces when you press Tab)",
        ));
    }
    if message.contains("repetition limit exceeded") {
        return largest_alias(&file.text).map(|(offset, name, size)| SyntaxError {
            message: format!(
                "aliases expand to too much data: `*{name}` alone stands for about {size} values"
            ),
            offset,
            label: "expands too far",
            help: "write the values out instead of aliasing aliases of aliases".into(),
        });
    }
    if message == "unknown anchor" {
        return Some(unknown_alias(rest, offset));
    }
    if message.contains("while parsing a flow sequence") {
        return unclosed_flow(file, positions, ('[', ']'), "list");
    }
    if message.contains("while parsing a flow mapping") {
        return unclosed_flow(file, positions, ('{', '}'), "mapping");
    }
    if message.contains("did not find expected key")
        || message.contains("did not find expected '-' indicator")
    {
        return Some(at(
            "this line is not indented like the lines it belongs with".into(),
            "unexpected indentation",
            "line it up with its siblings: the items of one list start in the same column, and so \
             do the keys of one mapping",
        ));
    }
    None
}

/// `unknown anchor` names neither the alias nor what to do; libyaml points at the `*`.
fn unknown_alias(rest: &str, offset: usize) -> SyntaxError {
    let name: String = rest
        .trim_start_matches('*')
        .chars()
        .take_while(|c| !c.is_whitespace() && !matches!(c, ',' | '[' | ']' | '{' | '}'))
        .collect();
    SyntaxError {
        message: format!(
            "alias `*{name}` refers to an anchor `&{name}` that is not defined before it"
        ),
        offset,
        label: "unknown alias",
        help: format!(
            "mark an earlier value with `&{name}` (e.g. `key: &{name} value`), or write the value \
             out instead of the alias"
        ),
    }
}

/// A flow list or mapping that runs past its line without `,` or its closing bracket: the
/// place to fix is the bracket that is not closed, which libyaml gives as its context. When
/// the problem is on the bracket's own line, libyaml's position is already the right one.
fn unclosed_flow(
    file: &SourceFile,
    positions: &[(usize, usize)],
    (open, close): (char, char),
    what: &str,
) -> Option<SyntaxError> {
    let (&(problem_line, problem_column), &(line, column)) =
        (positions.first()?, positions.get(1)?);
    if problem_line == line {
        return None;
    }
    Some(SyntaxError {
        message: format!(
            "the {what} opened with `{open}` here is not closed: `,` or `{close}` was expected at \
             line {problem_line}, column {problem_column}"
        ),
        offset: file.offset(line, column),
        label: "not closed",
        help: format!("close the {what} with `{close}`, or separate its entries with `,`"),
    })
}

/// An anchor (`&name`) or alias (`*name`) found in YAML text.
struct Mark<'t> {
    offset: usize,
    name: &'t str,
    is_anchor: bool,
}

/// The alias that expands to the most values, as (offset, name, number of values).
///
/// serde_yaml stops an alias bomb ("billion laughs") without saying where it is. This reads
/// the anchors and aliases from the text, counts what each anchor's value holds (one for the
/// value, plus the expansion of every alias inside it) and blames the largest alias. It is a
/// reading of the text, not a YAML parser: good enough to point at the culprit.
fn largest_alias(text: &str) -> Option<(usize, &str, u64)> {
    let marks = anchors_and_aliases(text);
    let mut sizes: std::collections::HashMap<&str, u64> = std::collections::HashMap::new();
    let mut largest: Option<(usize, &str, u64)> = None;
    for (index, mark) in marks.iter().enumerate() {
        if mark.is_anchor {
            let end = node_end(text, mark.offset + 1 + mark.name.len());
            let inner = marks[index + 1..]
                .iter()
                .take_while(|inner| inner.offset < end)
                .filter(|inner| !inner.is_anchor)
                .map(|inner| sizes.get(inner.name).copied().unwrap_or(1))
                .fold(1u64, u64::saturating_add);
            sizes.insert(mark.name, inner);
        } else {
            let size = sizes.get(mark.name).copied().unwrap_or(1);
            if largest.is_none_or(|(_, _, most)| size > most) {
                largest = Some((mark.offset, mark.name, size));
            }
        }
    }
    largest
}

/// Every `&name` and `*name` outside quotes and comments, in order.
fn anchors_and_aliases(text: &str) -> Vec<Mark<'_>> {
    let bytes = text.as_bytes();
    let mut marks = Vec::new();
    let mut quote: Option<u8> = None;
    let mut index = 0;
    while index < bytes.len() {
        let byte = bytes[index];
        let after_space = index == 0 || b" \t\r\n[{,:-".contains(&bytes[index - 1]);
        match (quote, byte) {
            (Some(open), _) if byte == open => quote = None,
            (Some(_), _) => {}
            (None, b'"' | b'\'') if after_space => quote = Some(byte),
            (None, b'#') if after_space => {
                index = text[index..].find('\n').map_or(bytes.len(), |i| index + i);
                continue;
            }
            (None, b'&' | b'*') if after_space => {
                let name_end = text[index + 1..]
                    .find(|c: char| c.is_whitespace() || ",[]{}".contains(c))
                    .map_or(bytes.len(), |i| index + 1 + i);
                if name_end > index + 1 {
                    marks.push(Mark {
                        offset: index,
                        name: &text[index + 1..name_end],
                        is_anchor: byte == b'&',
                    });
                }
                index = name_end;
                continue;
            }
            _ => {}
        }
        index += 1;
    }
    marks
}

/// Where the value that starts after `from` (just past an anchor) ends: at its closing
/// bracket for a flow list or mapping, after the lines indented deeper than the anchor's line
/// for a block value, or at the end of the line for a scalar.
fn node_end(text: &str, from: usize) -> usize {
    let rest = &text[from..];
    let value = rest.trim_start_matches([' ', '\t']);
    let value_start = from + (rest.len() - value.len());
    if value.starts_with(['[', '{']) {
        let mut depth = 0usize;
        for (i, c) in value.char_indices() {
            match c {
                '[' | '{' => depth += 1,
                ']' | '}' => {
                    depth = depth.saturating_sub(1);
                    if depth == 0 {
                        return value_start + i + 1;
                    }
                }
                _ => {}
            }
        }
        return text.len();
    }
    let line_end = text[from..].find('\n').map_or(text.len(), |i| from + i);
    if !text[from..line_end].trim().is_empty() {
        return line_end;
    }
    let line_start = text[..from].rfind('\n').map_or(0, |i| i + 1);
    let indent = |line: &str| line.len() - line.trim_start_matches(' ').len();
    let own_indent = indent(&text[line_start..from]);
    let mut end = (line_end + 1).min(text.len());
    for line in text[end..].split_inclusive('\n') {
        if !line.trim().is_empty() && indent(line) <= own_indent {
            break;
        }
        end += line.len();
    }
    end
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_alias_that_expands_most_is_blamed() {
        let text = "a: &a [x, y]\nb: &b [*a, *a]\nc:\n  - *a\nd: *b # *z\n";
        let (offset, name, size) = largest_alias(text).unwrap();
        // `b` is its list plus two aliases of `a`, which is one list.
        assert_eq!((name, size), ("b", 3));
        assert_eq!(offset, text.find("*b").unwrap());
    }

    #[test]
    fn block_values_end_where_the_indentation_does() {
        let text = "a: &a\n  - *x\n  - *x\nb: *a\n";
        let from = text.find("&a").unwrap() + 2;
        assert_eq!(node_end(text, from), text.find("b:").unwrap());
    }
}
