//! What the fuzz targets share: the repository's own site (content/, locales/, templates/),
//! loaded from disk once per process. Each input then replaces one file of it in memory
//! (`SiteSources::load_bytes`), so an input costs parsing and checking, not a site on disk.

#![allow(dead_code)] // each target uses a part

use std::path::{Path, PathBuf};

use helpsite::diagnostics::Diagnostics;
use helpsite::load::SiteSources;
use helpsite::localize::Localizer;
use helpsite::render::urls::PagePath;
use helpsite::render::texts::RenderCaches;
use helpsite::render::{Product, Renderer};
use helpsite::write::Discard;
use helpsite::site::Site;
use tera::Tera;

/// The article whose files the targets replace: it has translations in every locale.
pub const ARTICLE: &str = "refund-after-cancellation";
/// A translated locale (not the source one), so translation checks against the source run.
pub const LOCALE: &str = "fr";

pub fn site_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("..")
}

pub fn load_site() -> SiteSources {
    SiteSources::load(&site_root())
}

/// A site that validates without problems: the fixture the markdown target renders against.
pub fn valid_site() -> Site {
    let sources = load_site();
    let (site, diagnostics) = helpsite::validate::validate(&sources);
    assert!(
        !sources.diagnostics().has_errors() && !diagnostics.has_errors(),
        "the repository's own site must be valid:\n{}",
        diagnostics.render(false)
    );
    site.expect("the repository's own site has a usable configuration")
}

/// The templates never change between inputs: parsed once.
pub fn templates(site: &Site) -> Tera {
    match helpsite::render::load_templates(site) {
        Ok(tera) => tera,
        Err(diagnostics) => panic!("default templates: {}", diagnostics.render(false)),
    }
}

/// Everything `helpsite check` does after loading, limited to the pages of `article` (and
/// their categories) in every locale: validation, printing the diagnostics as the CLI does
/// (spans into the fuzzed text), localization and rendering.
pub fn check(sources: &SiteSources, tera: &Tera, article: &str) -> Option<(Site, Localizer)> {
    let mut diagnostics: Diagnostics = sources.diagnostics();
    let (site, validation) = helpsite::validate::validate(sources);
    diagnostics.extend(validation);
    let _ = diagnostics.sorted().render(false);
    let site = site?;
    let localizer = Localizer::new(&site);
    let mut pages = Vec::new();
    if let Some(category) = site.category_of(article) {
        for locale in &site.locales {
            pages.push(PagePath::Article {
                locale: locale.code.clone(),
                category: category.to_string(),
                article: article.to_string(),
            });
            pages.push(PagePath::Category {
                locale: locale.code.clone(),
                category: category.to_string(),
            });
        }
    }
    let caches = RenderCaches::default();
    let renderer = Renderer::new(&site, &localizer, tera, &caches);
    let products: Vec<Product> = pages.into_iter().map(Product::Page).collect();
    let rendered = renderer.render(&products, &Discard, true);
    let _ = rendered.problems.render(false);
    drop(renderer);
    Some((site, localizer))
}
