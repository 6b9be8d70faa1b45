//! Checks that run before a parser sees a text, each one pass over it, so that hostile or
//! broken input costs time in proportion to its size.
//!
//! libyaml takes time quadratic in the nesting of flow collections (`[[[[...`: 30,000 levels
//! take seconds, a million would take hours), and Fluent's parser recurses into nested
//! placeables (a deep enough `{{{{...` exhausts the stack). Content and translations need a
//! few levels at most, so both are refused far above that. Control characters (NUL, escape,
//! ...) are refused too: no editor shows them, a parser would pass them on, and in a page or a
//! terminal they do harm.

use std::ops::Range;

/// Deeper than any content needs (a few levels), far below where parsing gets slow.
pub const MAX_YAML_FLOW_DEPTH: usize = 64;

/// Placeables in a Fluent message: a select expression inside a placeable is two or three.
pub const MAX_FLUENT_NESTING: usize = 64;

/// Reported per file at most; a binary file would otherwise give one problem per byte.
pub const MAX_CONTROL_CHARACTERS: usize = 10;

/// The control characters in `text` that no text file of a site should hold: C0 controls but
/// tab, line feed and carriage return, and DEL. Each as (byte range, character), at most
/// [`MAX_CONTROL_CHARACTERS`], with the total count.
pub fn control_characters(text: &str) -> (Vec<(Range<usize>, char)>, usize) {
    let mut found = Vec::new();
    let mut total = 0;
    for (offset, c) in text.char_indices() {
        if is_forbidden_control(c) {
            total += 1;
            if found.len() < MAX_CONTROL_CHARACTERS {
                found.push((offset..offset + c.len_utf8(), c));
            }
        }
    }
    (found, total)
}

fn is_forbidden_control(c: char) -> bool {
    (c.is_ascii_control() && !matches!(c, '\t' | '\n' | '\r')) || c == '\u{7f}'
}

/// The name of a control character, for messages: `U+001B ESCAPE`.
pub fn control_name(c: char) -> String {
    const C0: [&str; 32] = [
        "NULL",
        "START OF HEADING",
        "START OF TEXT",
        "END OF TEXT",
        "END OF TRANSMISSION",
        "ENQUIRY",
        "ACKNOWLEDGE",
        "BELL",
        "BACKSPACE",
        "CHARACTER TABULATION",
        "LINE FEED",
        "LINE TABULATION",
        "FORM FEED",
        "CARRIAGE RETURN",
        "SHIFT OUT",
        "SHIFT IN",
        "DATA LINK ESCAPE",
        "DEVICE CONTROL ONE",
        "DEVICE CONTROL TWO",
        "DEVICE CONTROL THREE",
        "DEVICE CONTROL FOUR",
        "NEGATIVE ACKNOWLEDGE",
        "SYNCHRONOUS IDLE",
        "END OF TRANSMISSION BLOCK",
        "CANCEL",
        "END OF MEDIUM",
        "SUBSTITUTE",
        "ESCAPE",
        "INFORMATION SEPARATOR FOUR",
        "INFORMATION SEPARATOR THREE",
        "INFORMATION SEPARATOR TWO",
        "INFORMATION SEPARATOR ONE",
    ];
    let name = C0.get(c as usize).copied().unwrap_or("DELETE");
    format!("U+{:04X} {name}", c as u32)
}

/// The offset of the `[` or `{` that opens a flow collection more than
/// [`MAX_YAML_FLOW_DEPTH`] levels deep, if any.
///
/// A reading of YAML's lexical rules, not a parser: brackets count inside flow collections,
/// and in block context only where a value starts (`key: [`, `- {`, a line's first
/// character); quoted scalars and comments are skipped as libyaml skips them. Content nests a
/// few levels, so it is never refused; input built to go deep is found in one pass.
pub fn yaml_flow_too_deep(text: &str) -> Option<usize> {
    let bytes = text.as_bytes();
    let mut depth = 0usize;
    // In block context: whether the next non-blank character starts a value.
    let mut value_start = true;
    let mut i = 0;
    while i < bytes.len() {
        let byte = bytes[i];
        match byte {
            b'\n' | b'\r' => {
                if depth == 0 {
                    value_start = true;
                }
            }
            b' ' | b'\t' => {}
            b'#' if i == 0 || matches!(bytes[i - 1], b' ' | b'\t' | b'\n' | b'\r') => {
                while i < bytes.len() && !matches!(bytes[i], b'\n' | b'\r') {
                    i += 1;
                }
                continue;
            }
            b'[' | b'{' if depth > 0 || value_start => {
                depth += 1;
                if depth > MAX_YAML_FLOW_DEPTH {
                    return Some(i);
                }
            }
            b']' | b'}' if depth > 0 => {
                depth -= 1;
                value_start = false;
            }
            b'"' | b'\'' if depth > 0 || value_start => {
                i = skip_quoted(bytes, i);
                value_start = false;
                continue;
            }
            b',' if depth > 0 => {}
            b':' | b'-' | b'?' if depth == 0 => {
                // `key: value`, `- item`, `? key`: a value starts after the indicator and a
                // blank (or the line's end).
                value_start = bytes
                    .get(i + 1)
                    .is_none_or(|next| matches!(next, b' ' | b'\t' | b'\n' | b'\r'));
            }
            _ => {
                if depth == 0 {
                    value_start = false;
                }
            }
        }
        i += 1;
    }
    None
}

/// The offset just after the quoted scalar that starts at `start` (or the end of the text).
fn skip_quoted(bytes: &[u8], start: usize) -> usize {
    let quote = bytes[start];
    let mut i = start + 1;
    while i < bytes.len() {
        match bytes[i] {
            b'\\' if quote == b'"' => i += 2,
            b'\'' if quote == b'\'' && bytes.get(i + 1) == Some(&b'\'') => i += 2,
            b if b == quote => return i + 1,
            _ => i += 1,
        }
    }
    bytes.len()
}

/// The offset of the first `{` that opens more than [`MAX_FLUENT_NESTING`] placeables, if any.
pub fn fluent_too_deep(text: &str) -> Option<usize> {
    let (mut depth, mut outermost) = (0usize, 0usize);
    for (offset, byte) in text.bytes().enumerate() {
        match byte {
            b'{' => {
                if depth == 0 {
                    outermost = offset;
                }
                depth += 1;
                if depth > MAX_FLUENT_NESTING {
                    return Some(outermost);
                }
            }
            b'}' => depth = depth.saturating_sub(1),
            _ => {}
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn content_that_is_fine_passes() {
        for text in [
            "related: [a, b]\nsections:\n  - { id: x, causes: [{ id: y }] }\n",
            "title: a[b {c\n# [[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[\n",
            &format!("a: '{}'\nb: \"{}\\\"\"\n", "[".repeat(100), "{".repeat(100)),
            &format!("a: x {}\n", "[".repeat(100)),
        ] {
            assert_eq!(yaml_flow_too_deep(text), None, "{text}");
        }
    }

    #[test]
    fn deep_flow_nesting_is_found_where_it_goes_too_deep() {
        let text = format!("related: {}", "[".repeat(1_000_000));
        assert_eq!(
            yaml_flow_too_deep(&text),
            Some("related: ".len() + MAX_YAML_FLOW_DEPTH)
        );
        let text = format!("- {}", "{a: ".repeat(100));
        assert!(yaml_flow_too_deep(&text).is_some());
        let text = format!("x: [{}]", "[a], ".repeat(10_000));
        assert_eq!(yaml_flow_too_deep(&text), None, "wide is not deep");
    }

    #[test]
    fn control_characters_are_found_and_named() {
        let (found, total) = control_characters("a\tb\r\nc\u{0}d\u{1b}[31m\u{7f}");
        assert_eq!(total, 3);
        assert_eq!(found[0], (6..7, '\u{0}'));
        assert_eq!(control_name(found[1].1), "U+001B ESCAPE");
        assert_eq!(control_name('\u{7f}'), "U+007F DELETE");
        let (found, total) = control_characters(&"\u{0}".repeat(1000));
        assert_eq!((found.len(), total), (MAX_CONTROL_CHARACTERS, 1000));
    }
}
