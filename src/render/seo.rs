//! Search-engine metadata: schema.org JSON-LD, sitemap.xml and robots.txt.

use serde::Serialize;

use super::embed::json_in_script as script_json;
use super::read::SiteReader;
use super::urls::{PagePath, absolute_url};
use super::views::{ArticleView, TextView, with_locale};
use crate::model::SectionKind;

/// BreadcrumbList for every page with breadcrumbs; FAQPage for causes; HowTo for steps.
///
/// Each node schema.org lets say its language (a CreativeWork: the FAQ page, a question, an
/// answer, a how-to and its steps; not breadcrumbs) has `inLanguage`: the page's `lang`, or the
/// fallback's where the text was taken from one. An answer made of texts in two languages
/// lists both.
pub fn article_json_ld(
    page_url: &str,
    page_lang: &str,
    crumbs: &[(String, String)],
    article: &ArticleView,
) -> String {
    let mut graph = vec![Node::Breadcrumbs(breadcrumb_list(None, crumbs))];
    let questions: Vec<Question> = article
        .sections
        .iter()
        .filter(|s| s.kind == SectionKind::Causes)
        .flat_map(|s| &s.items)
        .filter_map(|item| {
            let parts: Vec<&TextView> = [&item.reason, &item.solution, &item.remark]
                .into_iter()
                .flatten()
                .collect();
            let answer: Vec<&str> = parts.iter().map(|t| t.text.as_str()).collect();
            let title = item.title.as_ref()?;
            Some(Question {
                kind: "Question",
                accepted_answer: Answer {
                    kind: "Answer",
                    in_language: languages(page_lang, &parts),
                    text: answer.join(" "),
                },
                in_language: title.lang(page_lang),
                name: &title.text,
            })
        })
        .collect();
    if !questions.is_empty() {
        graph.push(Node::Faq(FaqPage {
            id: format!("{page_url}#faq"),
            kind: "FAQPage",
            in_language: article.title.lang(page_lang),
            main_entity: questions,
            name: &article.title.text,
        }));
    }
    for section in article
        .sections
        .iter()
        .filter(|s| s.kind == SectionKind::Steps)
    {
        let step = section
            .items
            .iter()
            .enumerate()
            .filter_map(|(i, item)| {
                let body = item.body.as_ref()?;
                Some(HowToStep {
                    kind: "HowToStep",
                    in_language: body.lang(page_lang),
                    position: i + 1,
                    text: &body.text,
                    url: format!("{page_url}#{}", item.id),
                })
            })
            .collect();
        graph.push(Node::HowTo(HowTo {
            id: format!("{page_url}#{}", section.id),
            kind: "HowTo",
            in_language: section.heading.lang(page_lang),
            name: &section.heading.text,
            step,
        }));
    }
    script_json(&Graph {
        context: SCHEMA_ORG,
        graph,
    })
}

/// The language of a text made of `parts`: one, or each in order of appearance.
fn languages<'a>(page_lang: &'a str, parts: &[&'a TextView]) -> InLanguage<'a> {
    let mut langs: Vec<&str> = Vec::new();
    for part in parts {
        let lang = part.lang(page_lang);
        if !langs.contains(&lang) {
            langs.push(lang);
        }
    }
    match langs.as_slice() {
        [one] => InLanguage::One(one),
        [] => InLanguage::One(page_lang),
        _ => InLanguage::Many(langs),
    }
}

/// BreadcrumbList from `(name, absolute url)` pairs, ending with the current page.
pub fn breadcrumbs_json_ld(crumbs: &[(String, String)]) -> String {
    script_json(&breadcrumb_list(Some(SCHEMA_ORG), crumbs))
}

fn breadcrumb_list<'a>(
    context: Option<&'static str>,
    crumbs: &'a [(String, String)],
) -> BreadcrumbList<'a> {
    BreadcrumbList {
        context,
        kind: "BreadcrumbList",
        items: crumbs
            .iter()
            .enumerate()
            .map(|(i, (name, url))| ListItem {
                kind: "ListItem",
                item: url,
                name,
                position: i + 1,
            })
            .collect(),
    }
}

// The schema.org vocabulary, typed: serialised straight from borrowed text, with no JSON tree
// in between (this ran for every article page). Fields are in alphabetical order of their
// JSON names, so the output is stable and reads like the earlier `serde_json::Value` output.

const SCHEMA_ORG: &str = "https://schema.org";

#[derive(Serialize)]
struct Graph<'a> {
    #[serde(rename = "@context")]
    context: &'static str,
    #[serde(rename = "@graph")]
    graph: Vec<Node<'a>>,
}

#[derive(Serialize)]
#[serde(untagged)]
enum Node<'a> {
    Breadcrumbs(BreadcrumbList<'a>),
    Faq(FaqPage<'a>),
    HowTo(HowTo<'a>),
}

#[derive(Serialize)]
struct BreadcrumbList<'a> {
    #[serde(rename = "@context", skip_serializing_if = "Option::is_none")]
    context: Option<&'static str>,
    #[serde(rename = "@type")]
    kind: &'static str,
    #[serde(rename = "itemListElement")]
    items: Vec<ListItem<'a>>,
}

#[derive(Serialize)]
struct ListItem<'a> {
    #[serde(rename = "@type")]
    kind: &'static str,
    item: &'a str,
    name: &'a str,
    position: usize,
}

#[derive(Serialize)]
struct FaqPage<'a> {
    #[serde(rename = "@id")]
    id: String,
    #[serde(rename = "@type")]
    kind: &'static str,
    #[serde(rename = "inLanguage")]
    in_language: &'a str,
    #[serde(rename = "mainEntity")]
    main_entity: Vec<Question<'a>>,
    name: &'a str,
}

#[derive(Serialize)]
struct Question<'a> {
    #[serde(rename = "@type")]
    kind: &'static str,
    #[serde(rename = "acceptedAnswer")]
    accepted_answer: Answer<'a>,
    #[serde(rename = "inLanguage")]
    in_language: &'a str,
    name: &'a str,
}

#[derive(Serialize)]
struct Answer<'a> {
    #[serde(rename = "@type")]
    kind: &'static str,
    #[serde(rename = "inLanguage")]
    in_language: InLanguage<'a>,
    text: String,
}

/// `inLanguage`: a BCP 47 tag, or several.
#[derive(Serialize)]
#[serde(untagged)]
enum InLanguage<'a> {
    One(&'a str),
    Many(Vec<&'a str>),
}

#[derive(Serialize)]
struct HowTo<'a> {
    #[serde(rename = "@id")]
    id: String,
    #[serde(rename = "@type")]
    kind: &'static str,
    #[serde(rename = "inLanguage")]
    in_language: &'a str,
    name: &'a str,
    step: Vec<HowToStep<'a>>,
}

#[derive(Serialize)]
struct HowToStep<'a> {
    #[serde(rename = "@type")]
    kind: &'static str,
    #[serde(rename = "inLanguage")]
    in_language: &'a str,
    position: usize,
    text: &'a str,
    url: String,
}

/// One `<url>` per page of a locale, with hreflang alternates for the locales that translate
/// it (an article shown from a fallback is not a translation).
pub fn sitemap(read: &SiteReader<'_>, pages: &[PagePath]) -> String {
    read.all_pages();
    let base_url = read.base_url();
    let mut xml = String::from(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n\
         <urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\" xmlns:xhtml=\"http://www.w3.org/1999/xhtml\">\n",
    );
    let listed = pages.iter().filter(|p| {
        p.locale().is_some() && !p.is_not_found() && !matches!(p, PagePath::Search { .. })
    });
    for page in listed {
        xml.push_str("  <url>\n    <loc>");
        xml.push_str(&escape_xml(&absolute_url(base_url, page)));
        xml.push_str("</loc>\n");
        for locale in read.locales() {
            let translated = match page {
                // A finder's answer is the article's text, translated or not with it.
                PagePath::Article { article, .. } | PagePath::FinderAnswer { article, .. } => {
                    read.translated(&locale.code, article)
                }
                _ => true,
            };
            if !translated {
                continue;
            }
            let url = absolute_url(base_url, &with_locale(page, &locale.code));
            xml.push_str(&format!(
                "    <xhtml:link rel=\"alternate\" hreflang=\"{}\" href=\"{}\"/>\n",
                escape_xml(&locale.lang),
                escape_xml(&url)
            ));
        }
        let default = absolute_url(base_url, &with_locale(page, read.default_locale()));
        xml.push_str(&format!(
            "    <xhtml:link rel=\"alternate\" hreflang=\"x-default\" href=\"{}\"/>\n  </url>\n",
            escape_xml(&default)
        ));
    }
    xml.push_str("</urlset>\n");
    xml
}

pub fn robots(read: &SiteReader<'_>) -> String {
    format!(
        "User-agent: *\nAllow: /\n\nSitemap: {}sitemap.xml\n",
        read.base_url()
    )
}

fn escape_xml(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}
