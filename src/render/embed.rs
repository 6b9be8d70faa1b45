//! Text embedded in HTML where the template engine's escaping does not apply.
//!
//! Templates print text through Tera's HTML escaping, and text with markup comes from the
//! Markdown sanitiser. The only other way text reaches a page is as data inside a `<script>`
//! element (JSON-LD, the search page's messages, the root page's language table), where HTML
//! escaping would be wrong and no escaping at all would let `</script>` in a translation end
//! the element. Every such block goes through [`json_in_script`].

use serde::Serialize;

/// `value` as JSON that can sit inside a `<script>` element: `<`, `>` and `&` are written as
/// `\u003c`, `\u003e` and `\u0026`, so no `</script>` or `<!--` can appear, and U+2028 and
/// U+2029 (line breaks to older JavaScript parsers) as `\u2028` and `\u2029`. These characters
/// can only occur inside JSON strings, where the escapes mean the same characters.
pub fn json_in_script(value: &impl Serialize) -> String {
    let json = serde_json::to_string(value).unwrap_or_else(|_| "null".to_string());
    let mut safe = String::with_capacity(json.len());
    for c in json.chars() {
        match c {
            '<' => safe.push_str("\\u003c"),
            '>' => safe.push_str("\\u003e"),
            '&' => safe.push_str("\\u0026"),
            '\u{2028}' => safe.push_str("\\u2028"),
            '\u{2029}' => safe.push_str("\\u2029"),
            other => safe.push(other),
        }
    }
    safe
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn nothing_in_the_json_can_end_the_script_element() {
        let hostile = "</script><script>alert(1)</script><!-- & \u{2028}\u{2029} \"";
        let json = json_in_script(&serde_json::json!({ "x": hostile, "</script>": 1 }));
        for bad in ["<", ">", "&", "\u{2028}", "\u{2029}"] {
            assert!(!json.contains(bad), "{bad:?} in {json}");
        }
        let back: serde_json::Value = serde_json::from_str(&json).unwrap();
        assert_eq!(back["x"], hostile, "the same text after parsing");
        assert_eq!(back["</script>"], 1);
    }
}
