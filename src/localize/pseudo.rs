//! The pseudo-locales' text transforms, by fluent-pseudo:
//!
//! - `en-XA`: "Ƥȧȧẏḿḗḗƞŧ ƈȧȧƞƈḗḗŀŀḗḗḓ", accented and about a third longer;
//! - `en-XB`: "ʇuǝɯʎɐԀ", flipped letters written right to left (between U+202E RIGHT-TO-LEFT
//!   OVERRIDE and U+202C POP DIRECTIONAL FORMATTING), on pages whose direction is right to
//!   left: what a right-to-left language does to the layout, before any translation exists.
//!
//! Translations may contain Markdown, so link targets (`](article:x#y)`) are kept as they are:
//! transforming them would break the links.

use std::borrow::Cow;

/// Transforms the readable text of a Fluent text element, leaving Markdown link targets alone.
pub fn transform(text: &str) -> Cow<'_, str> {
    around_links(text, |piece| fluent_pseudo::transform(piece, false, true))
}

/// The bidi pseudo-locale's transform: flipped letters, overridden to run right to left.
pub fn transform_bidi(text: &str) -> Cow<'_, str> {
    around_links(text, |piece| {
        // Spaces at the ends stay outside the override, where they separate the text from
        // what a placeable puts next to it (a date, a number).
        let core = piece.trim();
        if core.is_empty() {
            return Cow::Borrowed(piece);
        }
        let start = piece.len() - piece.trim_start().len();
        Cow::Owned(format!(
            "{}\u{202e}{}\u{202c}{}",
            &piece[..start],
            fluent_pseudo::transform(core, true, false),
            &piece[start + core.len()..]
        ))
    })
}

/// `text` with `change` applied to everything but link targets.
fn around_links<'t>(text: &'t str, change: impl Fn(&str) -> Cow<'_, str>) -> Cow<'t, str> {
    let mut out = String::with_capacity(text.len() * 2);
    let mut rest = text;
    while let Some(start) = rest.find("](") {
        let Some(end) = rest[start..].find(')') else {
            break;
        };
        out.push_str(&change(&rest[..start]));
        out.push_str(&rest[start..start + end + 1]);
        rest = &rest[start + end + 1..];
    }
    out.push_str(&change(rest));
    Cow::Owned(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    const TEXT: &str = "Read [this article](article:refunds#by-status) first.";

    #[test]
    fn text_is_accented_and_links_survive() {
        let out = transform(TEXT);
        assert!(out.contains("](article:refunds#by-status)"), "{out}");
        assert!(!out.contains("Read"), "{out}");
        assert!(out.chars().count() > TEXT.len());
    }

    #[test]
    fn bidi_text_is_flipped_and_runs_right_to_left_and_links_survive() {
        let out = transform_bidi(TEXT);
        assert!(out.contains("](article:refunds#by-status)"), "{out}");
        assert!(
            out.starts_with("\u{202e}ᴚǝɐp [ʇɥıs ɐɹʇıɔʅǝ\u{202c}"),
            "{out}"
        );
        assert_eq!(
            out.matches('\u{202e}').count(),
            out.matches('\u{202c}').count(),
            "every override is closed"
        );
        assert_eq!(transform_bidi(" "), " ", "whitespace alone stays");
        assert_eq!(
            transform_bidi("Last updated "),
            "\u{202e}⅂ɐsʇ ndpɐʇǝp\u{202c} ",
            "the space before a placeable stays outside"
        );
    }
}
