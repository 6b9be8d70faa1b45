//! Stage 4, render: every page of every locale through the Tera templates, in parallel.
//!
//! Pages are rendered and handed to a [`Sink`] one by one, so memory stays flat however large
//! the site is; the sink (the write stage) decides where bytes go.

pub mod deps;
pub mod embed;
pub mod markdown;
mod seo;
pub mod shared;
mod template_error;
pub mod urls;
pub mod views;

use std::io;
use std::sync::Arc;

use rayon::prelude::*;
use serde::Serialize;
use tera::{Context, Tera};

use crate::diagnostics::{Code, Diagnostic, Diagnostics};
use crate::localize::{Args, Localizer};
use crate::model::Scope;
use crate::site::Site;
use template_error::{template_diagnostic, template_diagnostics};
use urls::{Linker, PagePath};
use views::{LinkView, ViewBuilder};

/// Where rendered files go. Implementations must accept calls from many threads.
pub trait Sink: Sync {
    /// Writes one output file; `path` is relative to the output folder, with `/` separators.
    fn write(&self, path: &str, bytes: &[u8]) -> io::Result<()>;
}

/// What a render produced.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub struct RenderStats {
    pub pages: usize,
    pub files: usize,
    pub bytes: u64,
}

/// Parses the site's templates once. Errors point at the template file, line and column.
pub fn load_templates(site: &Site) -> Result<Tera, Diagnostics> {
    let mut tera = Tera::new();
    tera.autoescape_on([".html", ".xml"]);
    let templates: Vec<(&str, &str)> = site
        .templates
        .iter()
        .map(|(name, source)| (name.as_str(), source.file.text.as_str()))
        .collect();
    tera.add_raw_templates(templates).map_err(|error| {
        let mut diagnostics = Diagnostics::default();
        for diagnostic in template_diagnostics(site, &error) {
            diagnostics.push(diagnostic);
        }
        diagnostics
    })?;
    Ok(tera)
}

/// Renders the whole site into `sink`.
pub fn render(site: &Site, localizer: &Localizer, sink: &dyn Sink) -> (RenderStats, Diagnostics) {
    render_part(site, localizer, sink, |_| true, true)
}

/// Renders the pages `keep` selects and, if `extras`, the files that are not pages (sitemap.xml,
/// robots.txt, assets): one part of the site, for sharded builds. Every page comes out as it
/// does in a whole-site render.
pub fn render_part(
    site: &Site,
    localizer: &Localizer,
    sink: &dyn Sink,
    keep: impl Fn(&PagePath) -> bool,
    extras: bool,
) -> (RenderStats, Diagnostics) {
    let tera = match load_templates(site) {
        Ok(tera) => tera,
        Err(diagnostics) => return (RenderStats::default(), diagnostics),
    };
    let renderer = Renderer::new(site, localizer, &tera);
    let pages = renderer.pages();
    let kept: Vec<PagePath> = pages.iter().filter(|p| keep(p)).cloned().collect();
    let (mut stats, mut diagnostics) = renderer.render_pages(&kept, sink);
    if extras {
        // The sitemap lists every page, rendered here or not.
        let (extra_stats, extra_diagnostics) = renderer.render_extras(&pages, sink);
        stats.add(extra_stats);
        diagnostics.extend(extra_diagnostics);
    }
    diagnostics.extend(localizer.take_problems());
    (stats, diagnostics)
}

impl RenderStats {
    fn add(&mut self, other: RenderStats) {
        self.pages += other.pages;
        self.files += other.files;
        self.bytes += other.bytes;
    }
}

/// Renders pages of one validated site with one set of parsed templates.
pub struct Renderer<'a> {
    site: &'a Site,
    localizer: &'a Localizer,
    tera: &'a Tera,
    shared: Arc<shared::SharedTexts>,
}

impl<'a> Renderer<'a> {
    pub fn new(site: &'a Site, localizer: &'a Localizer, tera: &'a Tera) -> Self {
        Renderer {
            site,
            localizer,
            tera,
            shared: Arc::default(),
        }
    }

    /// A renderer that starts from texts already rendered for the same site (watch mode; the
    /// caller makes `shared` forget what changed).
    pub fn with_shared_texts(mut self, shared: Arc<shared::SharedTexts>) -> Self {
        self.shared = shared;
        self
    }

    /// The texts shared between pages, to start the next rebuild from.
    pub fn shared_texts(&self) -> Arc<shared::SharedTexts> {
        Arc::clone(&self.shared)
    }

    fn views<'v>(&'v self, locale: &'v str, page: &'v PagePath) -> ViewBuilder<'v> {
        ViewBuilder::new(self.site, self.localizer, locale, page, &self.shared)
    }

    /// Renders `pages` in parallel and hands each to `sink` as soon as it is ready.
    pub fn render_pages(&self, pages: &[PagePath], sink: &dyn Sink) -> (RenderStats, Diagnostics) {
        let results: Vec<Result<u64, Box<Diagnostic>>> = pages
            .par_iter()
            .map(|page| {
                let html = self.page(page)?;
                write(sink, &page.file(), html.as_bytes())?;
                Ok(html.len() as u64)
            })
            .collect();
        let mut diagnostics = Diagnostics::default();
        let mut stats = RenderStats::default();
        for result in results {
            match result {
                Ok(bytes) => stats.add(RenderStats {
                    pages: 1,
                    files: 1,
                    bytes,
                }),
                Err(diagnostic) => diagnostics.push(*diagnostic),
            }
        }
        (stats, diagnostics)
    }

    /// The files that are not pages: sitemap.xml, robots.txt and the theme's assets.
    pub fn extras(&self, pages: &[PagePath]) -> Vec<(String, Arc<[u8]>)> {
        let sitemap_pages: Vec<(PagePath, Vec<String>)> = pages
            .iter()
            .filter(|p| {
                p.locale().is_some() && !p.is_not_found() && !matches!(p, PagePath::Search { .. })
            })
            .map(|p| (p.clone(), self.translated_in(p)))
            .collect();
        let mut files: Vec<(String, Arc<[u8]>)> = vec![
            (
                "sitemap.xml".into(),
                Arc::from(seo::sitemap(self.site, &sitemap_pages).into_bytes()),
            ),
            (
                "robots.txt".into(),
                Arc::from(seo::robots(self.site).into_bytes()),
            ),
        ];
        for (name, bytes) in &self.site.assets {
            files.push((format!("assets/{name}"), Arc::clone(bytes)));
        }
        files
    }

    pub fn render_extras(&self, pages: &[PagePath], sink: &dyn Sink) -> (RenderStats, Diagnostics) {
        let mut stats = RenderStats::default();
        let mut diagnostics = Diagnostics::default();
        for (path, bytes) in self.extras(pages) {
            match write(sink, &path, &bytes) {
                Ok(()) => stats.add(RenderStats {
                    pages: 0,
                    files: 1,
                    bytes: bytes.len() as u64,
                }),
                Err(diagnostic) => diagnostics.push(*diagnostic),
            }
        }
        (stats, diagnostics)
    }
}

fn write(sink: &dyn Sink, path: &str, bytes: &[u8]) -> Result<(), Box<Diagnostic>> {
    sink.write(path, bytes).map_err(|error| {
        Box::new(
            Diagnostic::new(Code::Output, format!("cannot write `{path}`: {error}"))
                .path(path.to_string())
                .help("check free disk space and permissions of the output folder"),
        )
    })
}

#[derive(Serialize)]
struct RootLanguage {
    name: String,
    lang: String,
    href: String,
    intro: String,
}

impl Renderer<'_> {
    /// Every page, in a stable order.
    pub fn pages(&self) -> Vec<PagePath> {
        let mut pages = vec![PagePath::Root, PagePath::RootNotFound];
        for locale in &self.site.locales {
            let locale = locale.code.clone();
            pages.push(PagePath::Home {
                locale: locale.clone(),
            });
            pages.push(PagePath::NotFound {
                locale: locale.clone(),
            });
            pages.push(PagePath::Search {
                locale: locale.clone(),
            });
            for category in &self.site.categories {
                pages.push(PagePath::Category {
                    locale: locale.clone(),
                    category: category.id.to_string(),
                });
                for article in &category.articles {
                    pages.push(PagePath::Article {
                        locale: locale.clone(),
                        category: category.id.to_string(),
                        article: article.clone(),
                    });
                }
            }
        }
        pages
    }

    /// Locales that have their own translation of a page (articles may be fallback-only).
    fn translated_in(&self, page: &PagePath) -> Vec<String> {
        self.site
            .locales
            .iter()
            .filter(|l| match page {
                PagePath::Article { article, .. } => self.localizer.has_article(&l.code, article),
                _ => true,
            })
            .map(|l| l.code.clone())
            .collect()
    }

    fn page(&self, page: &PagePath) -> Result<String, Box<Diagnostic>> {
        let mut context = Context::new();
        let template = match page {
            PagePath::Root => {
                self.root(&mut context);
                "root.html"
            }
            PagePath::RootNotFound => {
                self.not_found(&self.site.default_locale, page, &mut context);
                "404.html"
            }
            PagePath::NotFound { locale } => {
                self.not_found(locale, page, &mut context);
                "404.html"
            }
            PagePath::Home { locale } => {
                self.home(locale, page, &mut context);
                "home.html"
            }
            PagePath::Search { locale } => {
                self.search(locale, page, &mut context);
                "search.html"
            }
            PagePath::Category { locale, category } => {
                self.category(locale, category, page, &mut context);
                "category.html"
            }
            PagePath::Article {
                locale, article, ..
            } => {
                self.article(locale, article, page, &mut context);
                "article.html"
            }
        };
        self.tera
            .render(template, &context)
            .map_err(|error| Box::new(template_diagnostic(self.site, &error)))
    }

    fn all_locales(&self) -> Vec<&str> {
        self.site.locales.iter().map(|l| l.code.as_str()).collect()
    }

    fn root(&self, context: &mut Context) {
        let default = self.site.default_locale.as_str();
        let page = PagePath::Root;
        let builder = self.views(default, &page);
        let mut view = builder.page(
            builder.ui("root-title").text,
            builder.ui("site-tagline").text,
            &self.all_locales(),
        );
        view.alternates = self
            .site
            .locales
            .iter()
            .map(|l| views::Alternate {
                hreflang: l.lang.clone(),
                href: builder.linker.absolute(&PagePath::Home {
                    locale: l.code.clone(),
                }),
            })
            .collect();
        let languages: Vec<RootLanguage> = self
            .site
            .locales
            .iter()
            .map(|l| RootLanguage {
                name: self.localizer.ui(&l.code, "language-name").source,
                lang: l.lang.clone(),
                href: builder.linker.page(&PagePath::Home {
                    locale: l.code.clone(),
                }),
                intro: markdown::plain(&self.localizer.ui(&l.code, "root-intro").source),
            })
            .collect();
        // Browser language tags (lowercase) to home pages, for the redirect script.
        let mut targets = serde_json::Map::new();
        for locale in &self.site.locales {
            let href = serde_json::Value::from(builder.linker.page(&PagePath::Home {
                locale: locale.code.clone(),
            }));
            for tag in [locale.code.to_lowercase(), locale.lang.to_lowercase()] {
                targets.entry(tag).or_insert_with(|| href.clone());
            }
        }
        let default_href = builder.linker.page(&PagePath::Home {
            locale: default.to_string(),
        });
        let redirect = serde_json::json!({ "targets": targets, "default": default_href });
        context.insert("page", &view);
        context.insert("languages", &languages);
        context.insert("redirect_json", &embed::json_in_script(&redirect));
    }

    fn not_found(&self, locale: &str, page: &PagePath, context: &mut Context) {
        let builder = self.views(locale, page);
        let title = builder.ui("not-found-title").text;
        let description = builder.ui("not-found-body").text;
        let view = builder.page(title, description, &[]);
        context.insert("page", &view);
    }

    fn home(&self, locale: &str, page: &PagePath, context: &mut Context) {
        let builder = self.views(locale, page);
        let view = builder.page(
            builder.ui("site-name").text,
            builder.ui("site-tagline").text,
            &self.all_locales(),
        );
        let categories = builder.category_list();
        let featured: Vec<LinkView> = self
            .site
            .categories
            .iter()
            .flat_map(|c| &c.articles)
            .filter(|id| {
                self.site
                    .articles
                    .get(*id)
                    .is_some_and(|a| a.article.featured)
            })
            .filter_map(|id| builder.article_link(id))
            .collect();
        context.insert("page", &view);
        context.insert("categories", &categories);
        context.insert("featured", &featured);
    }

    fn search(&self, locale: &str, page: &PagePath, context: &mut Context) {
        let builder = self.views(locale, page);
        let title = format!(
            "{} – {}",
            builder.ui("search-title").text,
            builder.ui("site-name").text
        );
        let view = builder.page(title, builder.ui("search-label").text, &self.all_locales());
        let categories = builder.category_list();
        // Sentences the script completes with the query: `{query}` stands for it.
        let with_query = |id: &str| {
            builder
                .inline(&self.localizer.text(
                    locale,
                    Scope::Site,
                    id,
                    None,
                    Args::Str("query", "{query}"),
                ))
                .text
        };
        let messages = serde_json::json!({
            "noResults": with_query("search-no-results"),
            "resultsFor": with_query("search-results-heading"),
            "loading": builder.ui("search-loading").text,
        });
        context.insert("page", &view);
        context.insert("categories", &categories);
        context.insert("search_messages", &embed::json_in_script(&messages));
        context.insert("search_script", &builder.linker.file("assets/search.js"));
        let bundle = crate::search::bundle_dir(locale);
        context.insert("search_bundle", &builder.linker.file(&bundle));
    }

    fn category(&self, locale: &str, category_id: &str, page: &PagePath, context: &mut Context) {
        let builder = self.views(locale, page);
        let Some(index) = self
            .site
            .categories
            .iter()
            .position(|c| c.id.as_str() == category_id)
        else {
            return;
        };
        let Some(category) = builder.category(index) else {
            return;
        };
        let site_name = builder.ui("site-name");
        let mut view = builder.page(
            format!("{} – {}", category.name.text, site_name.text),
            category.description.text.clone(),
            &self.all_locales(),
        );
        let home = PagePath::Home {
            locale: locale.to_string(),
        };
        let crumbs = vec![
            (builder.crumb(builder.ui("home-link"), &home), home),
            (builder.crumb(category.name.clone(), page), page.clone()),
        ];
        view.json_ld = Some(seo::breadcrumbs_json_ld(&seo::crumb_urls(
            self.site, &crumbs,
        )));
        view.breadcrumbs = crumbs.into_iter().map(|(crumb, _)| crumb).collect();
        context.insert("page", &view);
        context.insert("category", &category);
    }

    fn article(&self, locale: &str, id: &str, page: &PagePath, context: &mut Context) {
        let builder = self.views(locale, page);
        let Some(article) = builder.article(id) else {
            return;
        };
        let translated_in = self.translated_in(page);
        let translated: Vec<&str> = translated_in.iter().map(String::as_str).collect();
        let site_name = builder.ui("site-name");
        let mut view = builder.page(
            format!("{} – {}", article.title.text, site_name.text),
            article.summary.text.clone(),
            &translated,
        );
        if let Some(source) = self.localizer.article_source_locale(locale, id)
            && source != locale
        {
            let language = self.localizer.ui(source, "language-name").source;
            let notice = self.localizer.text(
                locale,
                Scope::Site,
                "fallback-page-notice",
                None,
                Args::Str("language", &language),
            );
            view.fallback_notice = Some(builder.inline(&notice));
        }
        let home = PagePath::Home {
            locale: locale.to_string(),
        };
        let category_id = self
            .site
            .category_of(id)
            .map(|c| c.to_string())
            .unwrap_or_default();
        let category_page = PagePath::Category {
            locale: locale.to_string(),
            category: category_id.clone(),
        };
        let crumbs = vec![
            (builder.crumb(builder.ui("home-link"), &home), home),
            (
                builder.crumb(
                    builder.ui(&format!("category-{category_id}")),
                    &category_page,
                ),
                category_page,
            ),
            (builder.crumb(article.title.clone(), page), page.clone()),
        ];
        let page_url = Linker::new(page, &self.site.base_url).absolute(page);
        view.json_ld = Some(seo::article_json_ld(
            &page_url,
            &seo::crumb_urls(self.site, &crumbs),
            &article,
        ));
        view.breadcrumbs = crumbs.into_iter().map(|(crumb, _)| crumb).collect();
        context.insert("page", &view);
        context.insert("article", &article);
        context.insert(
            "updated_label",
            &builder.inline(&self.localizer.text(
                locale,
                Scope::Site,
                "article-updated",
                None,
                Args::Str("date", &article.updated),
            )),
        );
    }
}
