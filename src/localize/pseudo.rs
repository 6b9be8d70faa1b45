//! The pseudo-locale's text transform: "Ƥȧȧẏḿḗḗƞŧ ƈȧȧƞƈḗḗŀŀḗḗḓ", about a third longer.
//!
//! fluent-pseudo does the transforming. Translations may contain Markdown, so link targets
//! (`](article:x#y)`) are kept as they are: accenting them would break the links.

use std::borrow::Cow;

/// Transforms the readable text of a Fluent text element, leaving Markdown link targets alone.
pub fn transform(text: &str) -> Cow<'_, str> {
    let mut out = String::with_capacity(text.len() * 2);
    let mut rest = text;
    while let Some(start) = rest.find("](") {
        let Some(end) = rest[start..].find(')') else {
            break;
        };
        out.push_str(&fluent_pseudo::transform(&rest[..start], false, true));
        out.push_str(&rest[start..start + end + 1]);
        rest = &rest[start + end + 1..];
    }
    out.push_str(&fluent_pseudo::transform(rest, false, true));
    Cow::Owned(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_is_accented_and_links_survive() {
        let out = transform("Read [this article](article:refunds#by-status) first.");
        assert!(out.contains("](article:refunds#by-status)"), "{out}");
        assert!(!out.contains("Read"), "{out}");
        assert!(
            out.chars().count() > "Read [this article](article:refunds#by-status) first.".len()
        );
    }
}
