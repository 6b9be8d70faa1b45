//! The template context of each kind of page, built from its views.

use serde::Serialize;
use tera::Context;

use super::embed;
use super::markdown;
use super::seo;
use super::urls::{Linker, PagePath};
use super::views::{self, LinkView, ViewBuilder};
use crate::localize::Args;
use crate::model::{ArticleText, Id, Scope, SiteText};
use crate::search::{self, Document};

#[derive(Serialize)]
struct RootLanguage {
    name: String,
    lang: String,
    dir: &'static str,
    href: String,
    intro: String,
}

/// What a page is rendered from: its template and context, and its search document.
pub struct Page {
    pub template: &'static str,
    pub context: Context,
    pub document: Option<Document>,
}

/// The template a page is rendered with, its context, and (for an article, when `documents`)
/// its search document.
pub fn context(builder: &ViewBuilder<'_, '_>, documents: bool) -> Page {
    let mut context = Context::new();
    let mut document = None;
    let template = match builder.page {
        PagePath::Root => {
            root(builder, &mut context);
            "root.html"
        }
        PagePath::RootNotFound | PagePath::NotFound { .. } => {
            not_found(builder, &mut context);
            "404.html"
        }
        PagePath::Home { .. } => {
            home(builder, &mut context);
            "home.html"
        }
        PagePath::Search { .. } => {
            search(builder, &mut context);
            "search.html"
        }
        PagePath::Category { category, .. } => {
            self::category(builder, category, &mut context);
            "category.html"
        }
        PagePath::Article { article, .. } => {
            document = self::article(builder, article, &mut context, documents);
            "article.html"
        }
        PagePath::Timeframes { .. } => {
            super::timeframes::context(builder, &mut context);
            "timeframes.html"
        }
        PagePath::Finder { .. } => {
            super::finder::start(builder, &mut context);
            "finder.html"
        }
        PagePath::FinderQuestion { subject, .. } => {
            super::finder::question(builder, subject, &mut context);
            "finder-question.html"
        }
        PagePath::FinderAnswer {
            subject,
            article,
            item,
            ..
        } => {
            super::finder::answer(builder, subject, article, item, &mut context);
            "finder-answer.html"
        }
    };
    Page {
        template,
        context,
        document,
    }
}

/// A page's `<title>`: its own title, then the site's name, as every page but the home page
/// writes it.
pub(super) fn page_title(builder: &ViewBuilder<'_, '_>, page: &str) -> String {
    format!("{page} – {}", builder.site_text(SiteText::Name).text)
}

pub(super) fn all_locales<'a>(builder: &ViewBuilder<'a, '_>) -> Vec<&'a str> {
    builder
        .read
        .locales()
        .iter()
        .map(|l| l.code.as_str())
        .collect()
}

pub(super) fn home_of(locale: &str) -> PagePath {
    PagePath::Home {
        locale: locale.to_string(),
    }
}

/// The language chooser: every locale's home page, and a redirect to the browser's language.
fn root(builder: &ViewBuilder<'_, '_>, context: &mut Context) {
    let locales = builder.read.locales();
    let mut view = builder.page(
        builder.ui("root-title").text,
        builder.site_text(SiteText::Tagline).text,
        &all_locales(builder),
    );
    view.alternates = locales
        .iter()
        .map(|l| views::Alternate {
            hreflang: l.lang.clone(),
            href: builder.linker.absolute(&home_of(&l.code)),
        })
        .collect();
    let languages: Vec<RootLanguage> = locales
        .iter()
        .map(|l| RootLanguage {
            name: builder.language_name(&l.code),
            lang: l.lang.clone(),
            dir: l.direction.as_str(),
            href: builder.linker.page(&home_of(&l.code)),
            intro: markdown::plain(
                &builder
                    .read
                    .text(&l.code, Scope::Site, "root-intro", None, Args::None)
                    .source,
            ),
        })
        .collect();
    // Browser language tags (lowercase) to home pages, for the redirect script.
    let mut targets = serde_json::Map::new();
    for locale in locales {
        let href = serde_json::Value::from(builder.linker.page(&home_of(&locale.code)));
        for tag in [locale.code.to_lowercase(), locale.lang.to_lowercase()] {
            targets.entry(tag).or_insert_with(|| href.clone());
        }
    }
    let default_href = builder.linker.page(&home_of(builder.read.default_locale()));
    let redirect = serde_json::json!({ "targets": targets, "default": default_href });
    context.insert("page", &view);
    context.insert("languages", &languages);
    context.insert("redirect_json", &embed::json_in_script(&redirect));
}

fn not_found(builder: &ViewBuilder<'_, '_>, context: &mut Context) {
    let title = builder.ui("not-found-title").text;
    let description = builder.ui("not-found-body").text;
    let view = builder.page(title, description, &[]);
    context.insert("page", &view);
}

fn home(builder: &ViewBuilder<'_, '_>, context: &mut Context) {
    let view = builder.page(
        builder.site_text(SiteText::Name).text,
        builder.site_text(SiteText::Tagline).text,
        &all_locales(builder),
    );
    let categories = builder.category_list();
    let featured: Vec<LinkView> = builder
        .read
        .featured()
        .into_iter()
        .filter_map(|id| builder.article_link(id))
        .collect();
    let locale = builder.locale.to_string();
    let features = builder.read.features();
    let finder_href = features.finder.then(|| {
        builder.linker.page(&PagePath::Finder {
            locale: locale.clone(),
        })
    });
    let timeframes_href = features
        .timeframes
        .then(|| builder.linker.page(&PagePath::Timeframes { locale }));
    context.insert("page", &view);
    context.insert("categories", &categories);
    context.insert("featured", &featured);
    context.insert("contact", &builder.contact());
    context.insert("finder_href", &finder_href);
    context.insert("timeframes_href", &timeframes_href);
}

fn search(builder: &ViewBuilder<'_, '_>, context: &mut Context) {
    let title = page_title(builder, &builder.ui("search-title").text);
    let view = builder.page(
        title,
        builder.ui("search-label").text,
        &all_locales(builder),
    );
    let categories = builder.category_list();
    context.insert("page", &view);
    context.insert("categories", &categories);
}

fn category(builder: &ViewBuilder<'_, '_>, category_id: &str, context: &mut Context) {
    let Some(id) = builder
        .read
        .categories()
        .find(|c| c.as_str() == category_id)
    else {
        return;
    };
    let category = builder.category(id);
    let mut view = builder.page(
        page_title(builder, &category.name.text),
        category.description.text.clone(),
        &all_locales(builder),
    );
    let home = home_of(builder.locale);
    let crumbs = vec![
        (builder.crumb(builder.ui("home-link"), &home), home),
        (
            builder.crumb(category.name.clone(), builder.page),
            builder.page.clone(),
        ),
    ];
    view.json_ld = Some(seo::breadcrumbs_json_ld(&crumb_urls(builder, &crumbs)));
    view.breadcrumbs = crumbs.into_iter().map(|(crumb, _)| crumb).collect();
    context.insert("page", &view);
    context.insert("category", &category);
}

/// The context of an article page, and its search document when `documents`.
fn article(
    builder: &ViewBuilder<'_, '_>,
    id: &str,
    context: &mut Context,
    documents: bool,
) -> Option<Document> {
    let article = builder.article(id)?;
    let locale = builder.locale;
    let translated: Vec<&str> = builder
        .read
        .locales()
        .iter()
        .map(|l| l.code.as_str())
        .filter(|code| builder.read.translated(code, id))
        .collect();
    let mut view = builder.page(
        page_title(builder, &article.title.text),
        article.summary.text.clone(),
        &translated,
    );
    // A notice in the reader's language wherever text falls back: the whole article, or
    // some of its texts (named after the first fallback language in reading order).
    let fallback = match builder.read.source_locale(locale, id) {
        Some(source) if source != locale => Some(("fallback-page-notice", source)),
        _ => article.fallback_langs().first().and_then(|lang| {
            let locales = builder.read.locales();
            let source = locales.iter().find(|l| l.lang == *lang)?;
            Some(("fallback-part-notice", source.code.as_str()))
        }),
    };
    if let Some((message, source)) = fallback {
        let language = builder.language_name(source);
        let args = [("language", language.as_str()), ("code", source)];
        view.fallback_notice = Some(builder.ui_with(message, Args::Strs(&args)));
    }
    let home = home_of(locale);
    let category_id: Option<&Id> = builder.read.route(id);
    let category_page = PagePath::Category {
        locale: locale.to_string(),
        category: category_id.map(Id::to_string).unwrap_or_default(),
    };
    let category_name = match category_id {
        Some(category) => builder.site_text(SiteText::Category(category)),
        None => builder.ui("home-link"),
    };
    let crumbs = vec![
        (builder.crumb(builder.ui("home-link"), &home), home),
        (
            builder.crumb(category_name.clone(), &category_page),
            category_page,
        ),
        (
            builder.crumb(article.title.clone(), builder.page),
            builder.page.clone(),
        ),
    ];
    let page_url = builder.linker.absolute(builder.page);
    view.json_ld = Some(seo::article_json_ld(
        &page_url,
        &view.lang,
        &crumb_urls(builder, &crumbs),
        &article,
    ));
    view.breadcrumbs = crumbs.into_iter().map(|(crumb, _)| crumb).collect();
    let updated_label = builder.ui_with("article-updated", Args::Str("date", &article.updated));
    let document = documents.then(|| {
        let (audience, _) = category_id
            .and_then(|c| builder.read.category_settings(c.as_str()))
            .unwrap_or_default();
        let keywords = builder.read.optional_text(
            locale,
            Scope::Article(id),
            &ArticleText::Keywords.message(),
        );
        let html = search::document::document(
            &article,
            &search::document::Meta {
                lang: &view.lang,
                audience: audience.as_str(),
                category: &category_name.text,
                keywords: keywords.as_ref().map(|k| k.source.as_str()),
            },
        );
        Document {
            locale: locale.to_string(),
            url: format!("/{}", builder.page.file()),
            html,
        }
    });
    context.insert("page", &view);
    context.insert("article", &article);
    context.insert("updated_label", &updated_label);
    document
}

/// Breadcrumbs as `(name, absolute url)` pairs, for JSON-LD.
pub(super) fn crumb_urls(
    builder: &ViewBuilder<'_, '_>,
    crumbs: &[(views::Crumb, PagePath)],
) -> Vec<(String, String)> {
    let linker: &Linker = &builder.linker;
    crumbs
        .iter()
        .map(|(crumb, page)| (crumb.name.text.clone(), linker.absolute(page)))
        .collect()
}
