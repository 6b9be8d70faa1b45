//! Arbitrary text as a message value, through the Markdown renderer used for every message
//! (inline and block HTML, and the plain text for titles and meta descriptions).
//!
//! Beyond "no panic", the HTML must be what the module promises a translation can produce:
//! only the allowed elements, no attribute but `href` on links, and no link whose URL runs
//! script — whatever a translator (or an attacker with write access to a `.ftl`) writes.

#![no_main]

mod common;

use std::sync::LazyLock;

use helpsite::localize::{Localizer, Text};
use helpsite::render::read::SiteReader;
use helpsite::render::markdown::{self, Markdown};
use helpsite::render::urls::{Linker, PagePath};
use helpsite::site::Site;
use libfuzzer_sys::fuzz_target;

static SITE: LazyLock<(Site, Linker)> = LazyLock::new(|| {
    let site = common::valid_site();
    let page = PagePath::Article {
        locale: common::LOCALE.to_string(),
        category: site
            .category_of(common::ARTICLE)
            .expect("the fixture article exists")
            .to_string(),
        article: common::ARTICLE.to_string(),
    };
    let linker = Linker::new(&page, &site.base_url);
    (site, linker)
});

static LOCALIZER: LazyLock<Localizer> = LazyLock::new(|| Localizer::new(&SITE.0));

/// Elements the sanitiser lets through; `span`/`div` only wrap fallback text with `lang`.
const ALLOWED: [&str; 9] = ["a", "p", "em", "strong", "code", "ul", "ol", "li", "br"];

fuzz_target!(|data: &[u8]| {
    let Ok(source) = std::str::from_utf8(data) else {
        return;
    };
    let (site, linker) = &*SITE;
    let localizer = &*LOCALIZER;
    let read = SiteReader::new(site, localizer, false);
    let markdown = Markdown {
        read: &read,
        locale: common::LOCALE,
        linker,
    };
    let text = Text::plain(source);
    for html in [markdown.inline(&text), markdown.block(&text)] {
        check_html(source, &html);
    }
    let plain = markdown::plain(source);
    assert!(
        !plain.contains("  ") && plain.trim() == plain,
        "plain text has collapsed whitespace: {plain:?}"
    );
});

/// Every tag is an allowed one; `a` carries at most a safe `href`, `ol` at most a numeric
/// `start`, the others nothing.
fn check_html(source: &str, html: &str) {
    let lower = html.to_ascii_lowercase();
    assert!(
        !lower.contains("<script"),
        "script in {html:?} from {source:?}"
    );
    let mut rest = html;
    while let Some(start) = rest.find('<') {
        let Some(end) = rest[start..].find('>') else {
            panic!("unclosed tag in {html:?} from {source:?}");
        };
        let tag = &rest[start + 1..start + end];
        rest = &rest[start + end + 1..];
        let tag = tag.strip_prefix('/').unwrap_or(tag);
        let (name, attributes) = tag.split_once(' ').unwrap_or((tag, ""));
        assert!(
            ALLOWED.contains(&name),
            "element <{name}> in {html:?} from {source:?}"
        );
        // An ordered list that starts at another number than 1 (`2. step`) keeps it.
        let is_list_start = name == "ol"
            && attributes
                .strip_prefix("start=\"")
                .and_then(|value| value.strip_suffix('"'))
                .is_some_and(|value| {
                    !value.is_empty() && value.bytes().all(|b| b.is_ascii_digit())
                });
        if attributes.is_empty() || is_list_start {
            continue;
        }
        let href = attributes
            .strip_prefix("href=\"")
            .and_then(|value| value.strip_suffix('"'))
            .filter(|value| name == "a" && !value.contains('"'));
        let Some(href) = href else {
            panic!("attributes `{attributes}` on <{name}> in {html:?} from {source:?}");
        };
        // What a browser takes as the scheme: leading spaces and controls dropped, tabs and
        // line breaks removed anywhere, then `ALPHA *(ALPHA / DIGIT / "+" / "-" / ".")` before
        // a colon. Anything else (`a_b:c`) is a relative path, harmless.
        let url: String = href
            .trim_start_matches(|c: char| c <= ' ')
            .chars()
            .filter(|c| !matches!(c, '\t' | '\n' | '\r'))
            .collect();
        let scheme = url
            .split_once(':')
            .map(|(scheme, _)| scheme.to_ascii_lowercase());
        let has_scheme = scheme.as_deref().is_some_and(|scheme| {
            scheme.starts_with(|c: char| c.is_ascii_alphabetic())
                && scheme
                    .chars()
                    .all(|c| c.is_ascii_alphanumeric() || matches!(c, '+' | '-' | '.'))
        });
        let scheme = scheme.unwrap_or_default();
        assert!(
            !has_scheme || ["http", "https", "mailto", "tel"].contains(&scheme.as_str()),
            "link scheme `{scheme}` in {html:?} from {source:?}"
        );
    }
}
