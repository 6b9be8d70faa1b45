//! Comment markers helpsite writes into `.ftl` files for people to act on, and reads back:
//! `# helpsite: placeholder` above a text `new article` made up (W109 until it is replaced),
//! `# helpsite: untranslated` above a source text `new locale` copied for translating.
//!
//! The runtime Fluent parser drops comments, so a marker is read from the source text: the
//! last line above the message that is not blank.

use fluent_bundle::FluentResource;
use fluent_syntax::ast;

/// Marks a text `helpsite new article` wrote as a placeholder.
pub const PLACEHOLDER: &str = "helpsite: placeholder";

/// Marks a message `helpsite new locale` copied from the source locale: not translated yet.
/// Readers see the source locale's text instead, marked with its language, and `check` counts
/// the message as untranslated.
pub const UNTRANSLATED: &str = "helpsite: untranslated";

/// Whether the last line above the one at `offset` in `text` that is not blank is a comment
/// holding `marker`.
pub fn marked_at(text: &str, offset: usize, marker: &str) -> bool {
    let Some(before) = text.get(..offset) else {
        return false;
    };
    let line_above = before
        .trim_end_matches(['\n', '\r'])
        .rsplit(['\n', '\r'])
        .next()
        .unwrap_or("");
    offset > 0 && line_above.starts_with('#') && line_above.contains(marker)
}

/// The ids of the messages of `resource` marked with `marker`, in file order.
pub fn marked<'r>(resource: &'r FluentResource, marker: &str) -> Vec<&'r str> {
    let source = resource.source();
    let base = source.as_ptr() as usize;
    resource
        .entries()
        .filter_map(|entry| match entry {
            ast::Entry::Message(message) => Some(message.id.name),
            _ => None,
        })
        .filter(|id| {
            let offset = (id.as_ptr() as usize).wrapping_sub(base);
            marked_at(source, offset, marker)
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_marker_counts_on_the_last_line_above() {
        let text = "# Keep it short.\n# helpsite: untranslated\ntitle = Refunds\n\n# helpsite: untranslated\n\nsummary = Text\n# helpsite: untranslated\n# Keep it short.\nintro = More\nend = End\n";
        let resource = FluentResource::try_new(text.to_string()).unwrap();
        assert_eq!(marked(&resource, UNTRANSLATED), ["title", "summary"]);
        assert!(marked(&resource, PLACEHOLDER).is_empty());
    }
}
