//! Inline Markdown in translations, rendered to safe HTML.
//!
//! Translators may write emphasis, links and lists. Raw HTML in a translation is shown as
//! text, never interpreted, and the result is sanitised with ammonia, so no `.ftl` file can
//! inject script, event handlers or `javascript:` URLs.

use std::sync::LazyLock;

use pulldown_cmark::{CowStr, Event, Options, Parser, Tag, TagEnd};

use super::urls::{Linker, PagePath};
use crate::localize::Text;
use crate::model::ArticleLink;
use crate::site::Site;

static SANITIZER: LazyLock<ammonia::Builder<'static>> = LazyLock::new(|| {
    let mut builder = ammonia::Builder::empty();
    builder
        .add_tags(["a", "p", "em", "strong", "code", "ul", "ol", "li", "br"])
        .add_tag_attributes("a", ["href"])
        .add_url_schemes(["http", "https", "mailto", "tel"])
        .url_relative(ammonia::UrlRelative::PassThrough)
        .link_rel(None);
    builder
});

/// Renders message text for one page (links are relative to that page).
pub struct Markdown<'a> {
    pub site: &'a Site,
    pub locale: &'a str,
    pub linker: &'a Linker,
}

impl Markdown<'_> {
    /// For headings, names and labels: no paragraph around it.
    pub fn inline(&self, text: &Text) -> String {
        let html = self.to_html(&text.source, true);
        wrap_lang(html, text.fallback_lang.as_deref(), "span")
    }

    /// For bodies: paragraphs and lists.
    pub fn block(&self, text: &Text) -> String {
        let html = self.to_html(&text.source, false);
        wrap_lang(html, text.fallback_lang.as_deref(), "div")
    }

    fn to_html(&self, source: &str, inline: bool) -> String {
        let events =
            Parser::new_ext(source, Options::ENABLE_STRIKETHROUGH).filter_map(
                |event| match event {
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
                        dest_url: self.resolve(dest_url),
                        title,
                        id,
                    })),
                    other => Some(other),
                },
            );
        let mut html = String::with_capacity(source.len() + source.len() / 2);
        pulldown_cmark::html::push_html(&mut html, events);
        let clean = SANITIZER.clean(&html).to_string();
        clean.trim_end().to_string()
    }

    /// `article:id#anchor` becomes a link to that article in this page's locale.
    fn resolve<'e>(&self, destination: CowStr<'e>) -> CowStr<'e> {
        let Some(link) = ArticleLink::parse(&destination) else {
            return destination;
        };
        let Some(category) = self.site.category_of(link.article) else {
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

fn wrap_lang(html: String, lang: Option<&str>, element: &str) -> String {
    match lang {
        Some(lang) => format!("<{element} lang=\"{lang}\">{html}</{element}>"),
        None => html,
    }
}

/// The text of Markdown without any markup, for `<title>`, meta descriptions and JSON-LD.
pub fn plain(source: &str) -> String {
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
    out.split_whitespace().collect::<Vec<_>>().join(" ")
}
