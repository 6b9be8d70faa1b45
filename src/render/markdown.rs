//! Inline Markdown in translations, rendered to safe HTML.
//!
//! Translators may write emphasis, links and lists. Raw HTML in a translation is shown as
//! text, never interpreted, and the result is sanitised with ammonia, so no `.ftl` file can
//! inject script, event handlers or `javascript:` URLs.

use std::sync::LazyLock;

use pulldown_cmark::{CowStr, Event, Options, Parser, Tag, TagEnd};

use super::read::SiteReader;
use super::urls::{Linker, PagePath};
use crate::localize::Text;
use crate::model::ArticleLink;

static SANITIZER: LazyLock<ammonia::Builder<'static>> = LazyLock::new(|| {
    // `empty()` empties only the tags: attributes and URL schemes are set explicitly, or
    // ammonia's defaults (`title` and `lang` everywhere, `ftp:`, `irc:`, ...) would stay
    // allowed (found by the `markdown` fuzz target).
    let mut builder = ammonia::Builder::empty();
    builder
        .add_tags(["a", "p", "em", "strong", "code", "ul", "ol", "li", "br"])
        .generic_attributes(std::collections::HashSet::new())
        .tag_attributes(std::collections::HashMap::from([
            ("a", std::collections::HashSet::from(["href"])),
            // A list that starts at 2 ("2. ...") keeps its number.
            ("ol", std::collections::HashSet::from(["start"])),
        ]))
        .url_schemes(std::collections::HashSet::from([
            "http", "https", "mailto", "tel",
        ]))
        .url_relative(ammonia::UrlRelative::PassThrough)
        .link_rel(None);
    builder
});

/// Renders message text for one page (links are relative to that page).
pub struct Markdown<'a, 'r> {
    pub read: &'r SiteReader<'a>,
    pub locale: &'r str,
    pub linker: &'r Linker,
}

impl Markdown<'_, '_> {
    /// For headings, names and labels: no paragraph around it.
    pub fn inline(&self, text: &Text) -> String {
        let html = self.to_html(&text.source, true);
        self.wrap_lang(html, text, "span")
    }

    /// For bodies: paragraphs and lists.
    pub fn block(&self, text: &Text) -> String {
        let html = self.to_html(&text.source, false);
        self.wrap_lang(html, text, "div")
    }

    /// A fallback fragment in an element with its `lang`, and its `dir` when that differs from
    /// the page's (English inside an Arabic page runs left to right).
    fn wrap_lang(&self, html: String, text: &Text, element: &str) -> String {
        let Some(lang) = text.fallback_lang.as_deref() else {
            return html;
        };
        let locales = self.read.locales();
        let direction = |find: &dyn Fn(&crate::site::Locale) -> bool| {
            locales.iter().find(|l| find(l)).map(|l| l.direction)
        };
        let page = direction(&|l| l.code == self.locale);
        let fragment = direction(&|l| l.lang == lang);
        match fragment.filter(|d| Some(*d) != page) {
            Some(dir) => format!(
                "<{element} lang=\"{lang}\" dir=\"{}\">{html}</{element}>",
                dir.as_str()
            ),
            None => format!("<{element} lang=\"{lang}\">{html}</{element}>"),
        }
    }

    fn to_html(&self, source: &str, inline: bool) -> String {
        if let Some(html) = plain_text_html(source, inline) {
            return html;
        }
        parsed_html(source, inline, &|destination| self.resolve(destination))
    }

    /// `article:id#anchor` becomes a link to that article in this page's locale.
    fn resolve<'e>(&self, destination: CowStr<'e>) -> CowStr<'e> {
        let Some(link) = ArticleLink::parse(&destination) else {
            return destination;
        };
        let Some(category) = self.read.route(link.article) else {
            return CowStr::from("#"); // validation reports broken links
        };
        let page = PagePath::Article {
            locale: self.locale.to_string(),
            category: category.to_string(),
            article: link.article.to_string(),
        };
        let mut href = self.linker.page(&page);
        if let Some(anchor) = link.anchor {
            href.push('#');
            href.push_str(anchor);
        }
        CowStr::from(href)
    }
}

/// The general path: pulldown-cmark, raw HTML turned into text, `article:` links resolved by
/// `resolve`, then ammonia as the last word on what may reach the page.
fn parsed_html(
    source: &str,
    inline: bool,
    resolve: &dyn for<'e> Fn(CowStr<'e>) -> CowStr<'e>,
) -> String {
    let events = Parser::new_ext(source, Options::ENABLE_STRIKETHROUGH).filter_map(|event| {
        match event {
            Event::Start(Tag::Paragraph) | Event::End(TagEnd::Paragraph) if inline => None,
            Event::SoftBreak if inline => Some(Event::Text(" ".into())),
            // Raw HTML is shown as text: translations are not a way to write markup.
            Event::Html(html) | Event::InlineHtml(html) => Some(Event::Text(html)),
            Event::Start(Tag::Link {
                link_type,
                dest_url,
                title,
                id,
            }) => Some(Event::Start(Tag::Link {
                link_type,
                dest_url: resolve(dest_url),
                title,
                id,
            })),
            other => Some(other),
        }
    });
    let mut html = String::with_capacity(source.len() + source.len() / 2);
    pulldown_cmark::html::push_html(&mut html, events);
    let clean = SANITIZER.clean(&html).to_string();
    clean.trim_end().to_string()
}

/// The text of Markdown without any markup, for `<title>`, meta descriptions and JSON-LD.
pub fn plain(source: &str) -> String {
    if is_plain_text(source) {
        return collapse_whitespace(source);
    }
    parsed_plain(source)
}

fn parsed_plain(source: &str) -> String {
    let mut out = String::with_capacity(source.len());
    for event in Parser::new(source) {
        match event {
            Event::Text(text) | Event::Code(text) | Event::Html(text) | Event::InlineHtml(text) => {
                out.push_str(&text)
            }
            Event::SoftBreak | Event::HardBreak | Event::End(TagEnd::Paragraph | TagEnd::Item) => {
                out.push(' ')
            }
            _ => {}
        }
    }
    collapse_whitespace(&out)
}

/// Whether rendering `source` can depend on the page it is on: only links can (they are
/// relative to the page). Texts without any are rendered once per locale and reused.
pub fn is_page_independent(source: &str) -> bool {
    !source.contains(['[', '<'])
}

/// Runs of breaking whitespace (spaces, tabs, line ends) become one space, and the ends are
/// trimmed, as a browser shows them. No-break spaces are not whitespace here: U+00A0, U+202F
/// (narrow, before French `?`) and U+2007 keep a word and its punctuation on one line in
/// `<title>`, meta descriptions and JSON-LD as they do in the page body.
fn collapse_whitespace(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for word in text.split(is_breaking_space).filter(|w| !w.is_empty()) {
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(word);
    }
    out
}

/// Whitespace a line may break at: Unicode's, less the no-break spaces.
fn is_breaking_space(c: char) -> bool {
    c.is_whitespace() && !matches!(c, '\u{a0}' | '\u{202f}' | '\u{2007}')
}

/// Most messages are one line of plain words. For those, Markdown would produce the text
/// itself, escaped (in a paragraph for a block), and the sanitiser would change nothing, so
/// both are skipped: that is most of the render time of a large site. The result is exactly
/// what the general path gives (the tests compare the two on many generated strings).
fn plain_text_html(source: &str, inline: bool) -> Option<String> {
    if !is_plain_text(source) {
        return None;
    }
    if source.is_empty() {
        return Some(String::new());
    }
    let mut html = String::with_capacity(source.len() + 8);
    if !inline {
        html.push_str("<p>");
    }
    for (i, piece) in source.split('\u{a0}').enumerate() {
        if i > 0 {
            // html5ever, under ammonia, writes a no-break space as an entity.
            html.push_str("&nbsp;");
        }
        html.push_str(piece);
    }
    if !inline {
        html.push_str("</p>");
    }
    Some(html)
}

/// True when `source` is one line with nothing Markdown or HTML would treat specially:
/// no inline markup characters, no entity or tag, no block marker at its start, and no
/// leading or trailing whitespace (which Markdown strips or reads as code).
fn is_plain_text(source: &str) -> bool {
    const SPECIAL: [char; 13] = [
        '\\', '`', '*', '_', '[', ']', '<', '>', '&', '~', '\n', '\r', '\0',
    ];
    if source.contains(SPECIAL) {
        return false;
    }
    let (Some(first), Some(last)) = (source.chars().next(), source.chars().last()) else {
        return true; // empty
    };
    if first.is_whitespace() || last.is_whitespace() || matches!(first, '#' | '-' | '+' | '=' | '|')
    {
        return false;
    }
    // `1.` or `1)` starts an ordered list.
    let after_digits = source.trim_start_matches(|c: char| c.is_ascii_digit());
    after_digits.len() == source.len() || !after_digits.starts_with(['.', ')'])
}

#[cfg(test)]
mod tests {
    use super::*;

    fn no_links(destination: CowStr<'_>) -> CowStr<'_> {
        destination
    }

    /// The fast path must give exactly what pulldown-cmark + ammonia give, for every string
    /// it accepts. Strings are drawn from an alphabet rich in what Markdown and HTML treat
    /// specially (a small deterministic generator: no dependency, same strings every run).
    #[test]
    fn plain_text_fast_path_matches_the_general_path() {
        const ALPHABET: &[&str] = &[
            "a", "Z", " ", "  ", "\t", "1", "9", ".", ")", "(", "-", "+", "=", "#", "|", "!", "\"",
            "'", ":", ";", "/", "?", "%", "$", "@", "^", "{", "}", "\u{a0}", "\u{202f}", "é", "ł",
            "退款", "—", "«", "»", "*", "_", "[", "]", "<", ">", "&", "~", "`", "\\", "\n",
            "http://x", "tel:1", "&amp;", "1. ", "- ", "# ", "\u{0}", "\u{7f}", "\u{200b}",
        ];
        let mut state: u64 = 0x9e37_79b9_7f4a_7c15;
        let mut next = move || {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            state
        };
        let mut accepted = 0;
        for _ in 0..40_000 {
            let len = (next() % 12) as usize;
            let text: String = (0..len)
                .map(|_| ALPHABET[(next() % ALPHABET.len() as u64) as usize])
                .collect();
            for inline in [true, false] {
                if let Some(fast) = plain_text_html(&text, inline) {
                    accepted += 1;
                    assert_eq!(fast, parsed_html(&text, inline, &no_links), "{text:?}");
                }
            }
            if is_plain_text(&text) {
                assert_eq!(collapse_whitespace(&text), parsed_plain(&text), "{text:?}");
            }
        }
        assert!(
            accepted > 10_000,
            "the generator must exercise the fast path"
        );
    }

    #[test]
    fn only_the_documented_markup_reaches_the_page() {
        let html = |text: &str| parsed_html(text, true, &no_links);
        assert_eq!(
            html("[x](https://example.com \"a title\")"),
            "<a href=\"https://example.com\">x</a>"
        );
        assert_eq!(html("[y](ftp://example.com)"), "<a>y</a>");
        assert_eq!(html("[z](javascript:alert(1))"), "<a>z</a>");
        assert_eq!(
            html("<b onclick=x>raw</b>"),
            "&lt;b onclick=x&gt;raw&lt;/b&gt;"
        );
        assert!(parsed_html("2. second", false, &no_links).starts_with("<ol start=\"2\">"));
    }

    #[test]
    fn no_break_spaces_survive_in_plain_text() {
        // French puts a no-break space before `?`; a title that lost it could break there.
        for source in [
            "Commande annulée\u{a0}?",
            "Commande *annulée*\u{202f}!",
            "« Paiement »\n  annulé\u{a0}?",
        ] {
            let plain = plain(source);
            assert!(
                plain.contains(['\u{a0}', '\u{202f}']),
                "{source:?} gave {plain:?}"
            );
            assert!(!plain.contains("  ") && !plain.contains('\n'), "{plain:?}");
        }
        assert_eq!(plain(" a \t b\n"), "a b");
    }

    #[test]
    fn markup_takes_the_general_path() {
        for text in [
            "**bold**",
            "a [link](x)",
            "1. first",
            "- item",
            "# title",
            " x",
            "a\nb",
            "a &amp; b",
        ] {
            assert!(plain_text_html(text, false).is_none(), "{text:?}");
        }
        assert_eq!(
            plain_text_html("Refunds take 3 days.", false).as_deref(),
            Some("<p>Refunds take 3 days.</p>")
        );
    }
}
