//! The prose of a Fluent message: the characters a reader will read, each with its place in
//! the file, and nothing else.
//!
//! Fluent syntax is left out by reading the parsed pattern: placeables (`{ $days }`, message
//! references) become one opaque stand-in, and each variant of a select expression is prose of
//! its own. Markdown syntax is left out by parsing the text with pulldown-cmark, as the page
//! renders it: link targets (`](article:x#y)`), autolinks, code spans and HTML are not prose;
//! a character the source writes as an entity or an escape (`&nbsp;`, `\*`) is prose without
//! a place (it is read, never reported).

use fluent_syntax::ast;
use pulldown_cmark::{Event, LinkType, Options, Parser, Tag, TagEnd};

/// Stands for what is not prose (a placeable, a code span, an autolink) between prose.
pub const OPAQUE: char = '\u{fffc}';

/// One character of prose.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Unit {
    pub c: char,
    /// Its byte offset in the file, when the file writes it as itself.
    pub at: Option<usize>,
}

/// The prose of a pattern: its own text, then (separately) each variant of each select
/// expression. `base` is the address of the file's text, which the pattern's slices are of.
/// A run whose text has no character that `wanted` accepts is left out (most of a file's
/// text has nothing a rule looks at, and parsing it as Markdown is most of the cost).
pub fn runs(
    pattern: &ast::Pattern<&str>,
    base: usize,
    wanted: &impl Fn(char) -> bool,
) -> Vec<Vec<Unit>> {
    let mut runs = Vec::new();
    flatten(pattern, base, wanted, &mut runs);
    runs
}

fn flatten(
    pattern: &ast::Pattern<&str>,
    base: usize,
    wanted: &impl Fn(char) -> bool,
    runs: &mut Vec<Vec<Unit>>,
) {
    let mut flat = String::new();
    // (offset in `flat`, offset in the file, length) of each text element.
    let mut segments: Vec<(usize, usize, usize)> = Vec::new();
    for element in &pattern.elements {
        match element {
            ast::PatternElement::TextElement { value } => {
                let start = (value.as_ptr() as usize).wrapping_sub(base);
                segments.push((flat.len(), start, value.len()));
                flat.push_str(value);
            }
            ast::PatternElement::Placeable { expression } => {
                flat.push(OPAQUE);
                if let ast::Expression::Select { variants, .. } = expression {
                    for variant in variants {
                        flatten(&variant.value, base, wanted, runs);
                    }
                }
            }
        }
    }
    if flat.chars().any(wanted) {
        runs.push(units(&flat, &segments));
    }
}

/// The prose of `flat` (a pattern's text, placeables as [`OPAQUE`]) as Markdown reads it.
fn units(flat: &str, segments: &[(usize, usize, usize)]) -> Vec<Unit> {
    // Segments are in order and do not overlap: the one holding `offset` is the last that
    // starts at or before it.
    let place = |offset: usize| {
        let index = segments.partition_point(|(start, _, _)| *start <= offset);
        let (start, file, len) = segments.get(index.checked_sub(1)?)?;
        (offset < start + len).then(|| file + (offset - start))
    };
    let opaque = Unit {
        c: OPAQUE,
        at: None,
    };
    let line_end = Unit { c: '\n', at: None };
    let mut out = Vec::new();
    // Whether each open link is an autolink (its text is its address, not prose).
    let mut links: Vec<bool> = Vec::new();
    let parser = Parser::new_ext(flat, Options::ENABLE_STRIKETHROUGH).into_offset_iter();
    for (event, range) in parser {
        let in_autolink = links.last().copied().unwrap_or(false);
        match event {
            Event::Start(Tag::Link { link_type, .. }) => {
                let auto = matches!(link_type, LinkType::Autolink | LinkType::Email);
                if auto {
                    out.push(opaque);
                }
                links.push(auto);
            }
            Event::End(TagEnd::Link) => {
                links.pop();
            }
            Event::Text(_) if in_autolink => {}
            Event::Text(text) => {
                let as_written = flat.get(range.clone()) == Some(&*text);
                for (i, c) in text.char_indices() {
                    let at = as_written
                        .then(|| place(range.start + i))
                        .flatten()
                        .filter(|_| c != OPAQUE);
                    out.push(Unit { c, at });
                }
            }
            Event::Code(_) | Event::Html(_) | Event::InlineHtml(_) => out.push(opaque),
            Event::SoftBreak | Event::HardBreak => out.push(line_end),
            Event::End(TagEnd::Paragraph | TagEnd::Item | TagEnd::Heading(_)) => out.push(line_end),
            _ => {}
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The prose of each run of a message's value, with `_` for characters without a place.
    fn prose(ftl: &str) -> Vec<String> {
        let resource = fluent_bundle::FluentResource::try_new(ftl.to_string()).unwrap();
        let base = resource.source().as_ptr() as usize;
        let Some(ast::Entry::Message(message)) = resource.entries().next() else {
            panic!("a message");
        };
        runs(message.value.as_ref().unwrap(), base, &|_| true)
            .iter()
            .map(|run| {
                run.iter()
                    .map(|u| match u.at {
                        Some(at) => {
                            assert!(ftl[at..].starts_with(u.c), "{u:?} is at its place");
                            u.c
                        }
                        None if u.c == OPAQUE => '#',
                        None => '_',
                    })
                    .collect()
            })
            .collect()
    }

    #[test]
    fn markdown_and_fluent_syntax_are_not_prose() {
        assert_eq!(
            prose("m = Voir [l’article](article:refunds#by-status) : `helpsite serve` ?\n"),
            ["Voir l’article : # ?_"]
        );
        assert_eq!(
            prose("m = Écrivez à <help@example.com> !\n"),
            ["Écrivez à # !_"]
        );
        assert_eq!(
            prose("m = Dans { $days } jours &nbsp;?\n"),
            ["Dans # jours _?_"]
        );
        assert_eq!(
            prose("m = Sous { $n ->\n    [one] un jour\n   *[other] { $n } jours\n} !\n"),
            ["un jour_", "# jours_", "Sous # !_"]
        );
        assert_eq!(
            prose("m =\n    Première ligne\n    seconde **ligne** :\n"),
            ["Première ligne_seconde ligne :_"]
        );
    }
}
