//! Stage 4, render: every output file of the site (pages through the Tera templates, and the
//! files that are not pages), in parallel.
//!
//! Files are rendered and handed to a [`Sink`] one by one, so memory stays flat however large
//! the site is; the sink (the write stage) decides where bytes go. Each file's view reads the
//! site through a [`read::SiteReader`], which can record what the file is made from (see
//! [`deps`]), for watch mode.

pub mod deps;
pub mod embed;
mod finder;
pub mod markdown;
mod outputs;
mod pages;
pub mod pieces;
pub mod read;
mod seo;
mod template_error;
pub mod texts;
mod timeframes;
pub mod urls;
pub mod views;

use std::io;
use std::sync::Arc;

use rayon::prelude::*;
use tera::Tera;

use crate::diagnostics::{Code, Diagnostic, Diagnostics};
use crate::localize::Localizer;
use crate::search::Document;
use crate::site::Site;
use deps::Fact;
pub use outputs::{Layout, Outputs};
use read::SiteReader;
use template_error::{template_diagnostic, template_diagnostics};
use texts::RenderCaches;
use urls::PagePath;
use views::ViewBuilder;

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

impl RenderStats {
    fn add(&mut self, other: RenderStats) {
        self.pages += other.pages;
        self.files += other.files;
        self.bytes += other.bytes;
    }
}

/// One file of the output.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Product {
    Page(PagePath),
    /// `sitemap.xml`: every page with its alternates.
    Sitemap,
    Robots,
    /// A static file, by its name under `assets/`.
    Asset(String),
}

impl Product {
    /// The file, relative to the output folder, with `/` separators.
    pub fn file(&self) -> String {
        match self {
            Product::Page(page) => page.file(),
            Product::Sitemap => "sitemap.xml".into(),
            Product::Robots => "robots.txt".into(),
            Product::Asset(name) => format!("assets/{name}"),
        }
    }

    /// The locale whose folder holds the file; `None` for the site-wide files.
    pub fn locale(&self) -> Option<&str> {
        match self {
            Product::Page(page) => page.locale(),
            _ => None,
        }
    }
}

/// What rendering some files gave: how much was written, the problems found, and (when
/// recording) what each file was made from.
#[derive(Debug, Default)]
pub struct Rendered {
    pub stats: RenderStats,
    pub problems: Diagnostics,
    /// For each file rendered, the facts it read (empty when not recording).
    pub reads: Vec<(String, Vec<Fact>)>,
    /// The search documents of the article pages rendered (when asked for).
    pub documents: Vec<Document>,
}

impl Rendered {
    /// Adds what rendering more files gave.
    pub fn absorb(&mut self, more: Rendered) {
        self.stats.add(more.stats);
        self.problems.extend(more.problems);
        self.reads.extend(more.reads);
        self.documents.extend(more.documents);
    }
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

/// Renders every file of `site` into `sink` with its own templates and no cache: the render
/// stage on its own, for benchmarks and tools.
pub fn render_site(site: &Site, localizer: &Localizer, sink: &dyn Sink) -> Rendered {
    let tera = match load_templates(site) {
        Ok(tera) => tera,
        Err(problems) => {
            return Rendered {
                problems,
                ..Rendered::default()
            };
        }
    };
    let caches = RenderCaches::default();
    let renderer = Renderer::new(site, localizer, &tera, &caches);
    renderer.render(renderer.products(), sink, false)
}

/// Renders the output files of one validated site with one set of parsed templates.
pub struct Renderer<'a> {
    site: &'a Site,
    localizer: &'a Localizer,
    tera: &'a Tera,
    /// Texts and values shared by the files it renders (kept across runs by watch mode).
    caches: &'a RenderCaches,
    /// Every output file, and every page of the site in order (the sitemap lists them).
    outputs: Arc<Outputs>,
    /// Also make the search document of every article page rendered.
    documents: bool,
}

impl<'a> Renderer<'a> {
    pub fn new(
        site: &'a Site,
        localizer: &'a Localizer,
        tera: &'a Tera,
        caches: &'a RenderCaches,
    ) -> Self {
        let outputs = Arc::new(Outputs::of(site, |_| true));
        Renderer::with_outputs(site, localizer, tera, caches, outputs)
    }

    /// A renderer of `outputs`, the site's (made from its [`Layout`], and so reused by the
    /// runs of watch mode that do not change it).
    pub fn with_outputs(
        site: &'a Site,
        localizer: &'a Localizer,
        tera: &'a Tera,
        caches: &'a RenderCaches,
        outputs: Arc<Outputs>,
    ) -> Self {
        Renderer {
            site,
            localizer,
            tera,
            caches,
            outputs,
            documents: false,
        }
    }

    /// Makes the search document of every article page it renders (see [`crate::search`]).
    pub fn with_search_documents(mut self, documents: bool) -> Self {
        self.documents = documents;
        self
    }

    /// Drops the shared values built from any of `facts` (changed, or no longer watched), so
    /// that this render builds them again.
    pub fn forget(&self, facts: &[Fact]) {
        self.caches.values.forget(facts);
    }

    /// Every page, in a stable order.
    pub fn pages(&self) -> &[PagePath] {
        self.outputs.pages()
    }

    /// The output files to render: the pages, then the site-wide files.
    pub fn products(&self) -> &[Product] {
        self.outputs.products()
    }

    /// Renders `products` in parallel and hands each to `sink` as soon as it is ready;
    /// `recording` keeps what each was made from.
    pub fn render(&self, products: &[Product], sink: &dyn Sink, recording: bool) -> Rendered {
        let results: Vec<_> = products
            .par_iter()
            .map(|product| {
                let read = SiteReader::new(self.site, self.localizer, recording);
                let made = self.product(product, &read);
                let file = product.file();
                let mut document = None;
                let written = made.and_then(|(bytes, made_document)| {
                    write(sink, &file, &bytes)?;
                    document = made_document;
                    Ok(bytes.len() as u64)
                });
                let (facts, problems) = read.finish();
                (file, product, written, facts, problems, document)
            })
            .collect();
        let mut rendered = Rendered::default();
        for (file, product, written, facts, problems, document) in results {
            rendered.documents.extend(document);
            for problem in problems {
                rendered.problems.push(problem);
            }
            match written {
                Ok(bytes) => rendered.stats.add(RenderStats {
                    pages: usize::from(matches!(product, Product::Page(_))),
                    files: 1,
                    bytes,
                }),
                Err(problem) => rendered.problems.push(*problem),
            }
            if recording {
                rendered.reads.push((file, facts));
            }
        }
        rendered
    }

    /// A file's bytes, and its search document if it is an article page and they are asked
    /// for.
    fn product(
        &self,
        product: &Product,
        read: &SiteReader<'_>,
    ) -> Result<(Vec<u8>, Option<Document>), Box<Diagnostic>> {
        match product {
            Product::Page(page) => self
                .page(page, read)
                .map(|(html, document)| (html.into_bytes(), document)),
            Product::Sitemap => Ok((seo::sitemap(read, self.pages()).into_bytes(), None)),
            Product::Robots => Ok((seo::robots(read).into_bytes(), None)),
            Product::Asset(name) => {
                read.replay(&[Fact::Static(name.clone())]);
                let bytes = self.site.assets.get(name).map(|b| b.to_vec());
                Ok((bytes.unwrap_or_default(), None))
            }
        }
    }

    fn page(
        &self,
        page: &PagePath,
        read: &SiteReader<'_>,
    ) -> Result<(String, Option<Document>), Box<Diagnostic>> {
        read.replay(&[Fact::Templates]);
        // The root pages are in the default locale.
        let locale = page.locale().unwrap_or(read.default_locale());
        let builder = ViewBuilder::new(read, locale, page, self.caches);
        let page = pages::context(&builder, self.documents);
        let html = self
            .tera
            .render(page.template, &page.context)
            .map_err(|error| Box::new(template_diagnostic(self.site, &error)))?;
        Ok((html, page.document))
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
