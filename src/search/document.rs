//! The document the search index is built from, one per article page: made from the page's
//! views, not read back from the published HTML.
//!
//! It holds what a reader sees, in reading order, as plain text (no labels such as "Solution"
//! glued to the sentences), with the weights that rank a match: the title, the summary, the
//! section headings and the causes' names count more than body text. The translators'
//! search keywords (the `keywords` message of the article's `.ftl`) are indexed under an
//! anchor of their own, [`KEYWORDS_ANCHOR`], which the search box never shows. Pagefind
//! indexes the document like a page (the `lang` attribute chooses its stemmer and word
//! splitting), and the result links to the article's real URL.

use crate::render::views::{ArticleView, TextView};

/// The anchor of the keywords: a result whose best match is only there shows the summary.
pub const KEYWORDS_ANCHOR: &str = "search-keywords";

/// One article, ready to index.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Document {
    pub locale: String,
    /// The page's URL from the site root (`/pl/refunds/late-refund.html`).
    pub url: String,
    pub html: String,
}

/// What a document is made of, besides the article's own views.
pub struct Meta<'a> {
    pub lang: &'a str,
    /// `customers` or `merchants`: the search box ranks a customer's question's answers first.
    pub audience: &'a str,
    /// The name of the article's category, shown under the result's title.
    pub category: &'a str,
    pub keywords: Option<&'a str>,
}

/// The document of an article page.
pub fn document(article: &ArticleView, meta: &Meta<'_>) -> String {
    let mut html = String::with_capacity(4096);
    html.push_str("<!DOCTYPE html><html lang=\"");
    escape(&mut html, meta.lang);
    html.push_str("\"><head><title>");
    escape(&mut html, &article.title.text);
    html.push_str("</title></head><body data-pagefind-body>");
    hidden_meta(&mut html, "audience", meta.audience);
    hidden_meta(&mut html, "category", meta.category);
    element(&mut html, "h1", None, Some(10), &article.title);
    html.push_str("<p data-pagefind-weight=\"4\" data-pagefind-meta=\"summary\">");
    escape(&mut html, &article.summary.text);
    html.push_str("</p>");
    if let Some(intro) = &article.intro {
        element(&mut html, "p", None, None, intro);
    }
    for section in &article.sections {
        element(
            &mut html,
            "h2",
            Some(&section.id),
            Some(6),
            &section.heading,
        );
        if let Some(intro) = &section.intro {
            element(&mut html, "p", None, None, intro);
        }
        for item in &section.items {
            if let Some(title) = &item.title {
                element(&mut html, "h3", Some(&item.id), Some(6), title);
            }
            let parts = [
                &item.body,
                &item.reason,
                &item.solution,
                &item.remark,
                &item.detail,
            ];
            for text in parts.into_iter().flatten() {
                element(&mut html, "p", None, None, text);
            }
        }
    }
    if let Some(keywords) = meta.keywords.filter(|k| !k.trim().is_empty()) {
        html.push_str("<h6 id=\"");
        html.push_str(KEYWORDS_ANCHOR);
        html.push_str("\" data-pagefind-weight=\"10\">");
        escape(&mut html, keywords);
        html.push_str("</h6>");
    }
    html.push_str("</body></html>");
    html
}

/// `<tag id=.. data-pagefind-weight=..>text</tag>`, with the plain text of `text`.
fn element(html: &mut String, tag: &str, id: Option<&str>, weight: Option<u8>, text: &TextView) {
    html.push('<');
    html.push_str(tag);
    if let Some(id) = id {
        html.push_str(" id=\"");
        escape(html, id);
        html.push('"');
    }
    if let Some(weight) = weight {
        html.push_str(&format!(" data-pagefind-weight=\"{weight}\""));
    }
    html.push('>');
    escape(html, &text.text);
    html.push_str("</");
    html.push_str(tag);
    html.push('>');
}

/// A value the search box shows or ranks by, not indexed as text.
fn hidden_meta(html: &mut String, key: &str, value: &str) {
    html.push_str("<span data-pagefind-ignore data-pagefind-meta=\"");
    html.push_str(key);
    html.push_str("\">");
    escape(html, value);
    html.push_str("</span>");
}

/// Text as HTML text or attribute value.
fn escape(html: &mut String, text: &str) {
    for c in text.chars() {
        match c {
            '&' => html.push_str("&amp;"),
            '<' => html.push_str("&lt;"),
            '>' => html.push_str("&gt;"),
            '"' => html.push_str("&quot;"),
            other => html.push(other),
        }
    }
}
