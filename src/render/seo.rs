//! Search-engine metadata: schema.org JSON-LD, sitemap.xml and robots.txt.

use serde_json::{Value, json};

use super::urls::{PagePath, absolute_url};
use super::views::{ArticleView, Crumb, with_locale};
use crate::site::Site;

/// BreadcrumbList for every page with breadcrumbs; FAQPage for causes; HowTo for steps.
pub fn article_json_ld(
    page_url: &str,
    crumbs: &[(String, String)],
    article: &ArticleView,
) -> String {
    let mut graph = vec![breadcrumb_list(crumbs)];
    let questions: Vec<Value> = article
        .sections
        .iter()
        .filter(|s| s.kind == "causes")
        .flat_map(|s| &s.items)
        .filter_map(|item| {
            let name = item.title.as_ref()?.text.clone();
            let answer: Vec<&str> = [&item.reason, &item.solution, &item.remark]
                .into_iter()
                .flatten()
                .map(|t| t.text.as_str())
                .collect();
            Some(json!({
                "@type": "Question",
                "name": name,
                "acceptedAnswer": { "@type": "Answer", "text": answer.join(" ") }
            }))
        })
        .collect();
    if !questions.is_empty() {
        graph.push(json!({
            "@type": "FAQPage",
            "@id": format!("{page_url}#faq"),
            "name": article.title.text,
            "mainEntity": questions
        }));
    }
    for section in article.sections.iter().filter(|s| s.kind == "steps") {
        let steps: Vec<Value> = section
            .items
            .iter()
            .enumerate()
            .filter_map(|(i, item)| {
                Some(json!({
                    "@type": "HowToStep",
                    "position": i + 1,
                    "text": item.body.as_ref()?.text,
                    "url": format!("{page_url}#{}", item.id)
                }))
            })
            .collect();
        graph.push(json!({
            "@type": "HowTo",
            "@id": format!("{page_url}#{}", section.id),
            "name": section.heading.text,
            "step": steps
        }));
    }
    script_json(json!({ "@context": "https://schema.org", "@graph": graph }))
}

/// BreadcrumbList from `(name, absolute url)` pairs, ending with the current page.
pub fn breadcrumbs_json_ld(crumbs: &[(String, String)]) -> String {
    let mut list = breadcrumb_list(crumbs);
    if let Some(object) = list.as_object_mut() {
        object.insert("@context".into(), json!("https://schema.org"));
    }
    script_json(list)
}

fn breadcrumb_list(crumbs: &[(String, String)]) -> Value {
    let items: Vec<Value> = crumbs
        .iter()
        .enumerate()
        .map(|(i, (name, url))| json!({ "@type": "ListItem", "position": i + 1, "name": name, "item": url }))
        .collect();
    json!({ "@type": "BreadcrumbList", "itemListElement": items })
}

/// JSON that is safe inside `<script>`: `<` is escaped so no `</script>` can end it early.
fn script_json(value: Value) -> String {
    value.to_string().replace('<', "\\u003c")
}

/// Turns breadcrumb views into `(name, absolute url)` pairs.
pub fn crumb_urls(site: &Site, crumbs: &[(Crumb, PagePath)]) -> Vec<(String, String)> {
    crumbs
        .iter()
        .map(|(crumb, page)| (crumb.name.text.clone(), absolute_url(&site.base_url, page)))
        .collect()
}

/// One `<url>` per page and locale, with hreflang alternates for the locales that translate it.
pub fn sitemap(site: &Site, pages: &[(PagePath, Vec<String>)]) -> String {
    let mut xml = String::from(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n\
         <urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\" xmlns:xhtml=\"http://www.w3.org/1999/xhtml\">\n",
    );
    for (page, translated_in) in pages {
        xml.push_str("  <url>\n    <loc>");
        xml.push_str(&escape_xml(&absolute_url(&site.base_url, page)));
        xml.push_str("</loc>\n");
        for locale in site
            .locales
            .iter()
            .filter(|l| translated_in.contains(&l.code))
        {
            let url = absolute_url(&site.base_url, &with_locale(page, &locale.code));
            xml.push_str(&format!(
                "    <xhtml:link rel=\"alternate\" hreflang=\"{}\" href=\"{}\"/>\n",
                escape_xml(&locale.lang),
                escape_xml(&url)
            ));
        }
        let default = absolute_url(&site.base_url, &with_locale(page, &site.default_locale));
        xml.push_str(&format!(
            "    <xhtml:link rel=\"alternate\" hreflang=\"x-default\" href=\"{}\"/>\n  </url>\n",
            escape_xml(&default)
        ));
    }
    xml.push_str("</urlset>\n");
    xml
}

pub fn robots(site: &Site) -> String {
    format!(
        "User-agent: *\nAllow: /\n\nSitemap: {}sitemap.xml\n",
        site.base_url
    )
}

fn escape_xml(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}
