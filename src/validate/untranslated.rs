//! Messages `helpsite new locale` copied from the source locale and marked
//! `# helpsite: untranslated`: readers see the source text (the localizer skips them), and
//! `check` counts them as untranslated, with one warning per file rather than one per message.

use super::fluent_ast::MessageIndex;
use crate::diagnostics::{Code, Diagnostic, Diagnostics};
use crate::load::FluentFile;
use crate::load::markers::UNTRANSLATED;
use crate::lock;

use super::translations::LocaleStatus;

/// Reports the marked messages among `required` (the messages the content needs from this
/// file), and counts them in `status`.
#[allow(clippy::too_many_arguments)]
pub(super) fn report(
    fluent: &FluentFile,
    marked: &[&str],
    required: &[&str],
    index: &MessageIndex<'_>,
    source_index: Option<&MessageIndex<'_>>,
    source_locale: &str,
    status: &mut LocaleStatus,
    diagnostics: &mut Diagnostics,
) {
    let waiting: Vec<&str> = marked
        .iter()
        .copied()
        .filter(|id| required.contains(id))
        .collect();
    status.untranslated += waiting.len();
    let Some(first) = waiting.first() else {
        return;
    };
    let file = &fluent.file;
    let span = |id: &str| {
        index
            .messages
            .get(id)
            .map_or(0..0, |m| fluent.span_of(m.id))
    };
    diagnostics.push(
        Diagnostic::new(
            Code::Untranslated,
            format!(
                "{} message(s) of this file are still the `{source_locale}` text, marked \
                 `# {UNTRANSLATED}`: readers see the `{source_locale}` text",
                waiting.len()
            ),
        )
        .at(file, span(first))
        .label("the first one")
        .help(format!(
            "translate each, then delete its `# {UNTRANSLATED}` line: {}",
            summarize(&waiting)
        )),
    );
    // A translation written over the copy, with the marker left above it, is not shown.
    for id in &waiting {
        let translated = index.messages.get(id);
        let source = source_index.and_then(|s| s.messages.get(id));
        if let (Some(translated), Some(source)) = (translated, source)
            && lock::source_hash(translated.message) != lock::source_hash(source.message)
        {
            diagnostics.push(
                Diagnostic::new(
                    Code::Untranslated,
                    format!(
                        "`{id}` is translated but still marked `# {UNTRANSLATED}`, so readers \
                         see the `{source_locale}` text"
                    ),
                )
                .at(file, span(id))
                .label("marked untranslated")
                .help(format!("delete the `# {UNTRANSLATED}` line above it")),
            );
        }
    }
}

fn summarize(ids: &[&str]) -> String {
    let shown: Vec<&str> = ids.iter().take(5).copied().collect();
    match ids.len() - shown.len() {
        0 => shown.join(", "),
        more => format!("{}, and {more} more", shown.join(", ")),
    }
}
