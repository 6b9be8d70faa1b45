//! What each page is made from, so watch mode re-renders exactly the pages an edit touches.
//!
//! Every page lists its [`Input`]s; each input has a digest computed from the loaded sources.
//! A page's stamp is the hash of its inputs' digests: when the stamp changes the page is
//! rendered again, otherwise its file on disk is already what a clean build would write.

use std::hash::{Hash, Hasher};

use rustc_hash::FxHashMap;

use super::urls::PagePath;
use crate::localize::Localizer;
use crate::site::Site;

/// One thing pages are made from.
/// Borrowed from the site and the page: a large site has tens of thousands of page inputs,
/// and a rebuild computes them all, so they must not allocate.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Input<'a> {
    /// `content/site.yaml`: locales, base URL, categories, contact options.
    Config,
    /// Every template and asset.
    Templates,
    /// Which articles exist and in which category (URLs of all article links).
    Routes,
    /// The featured articles, in order.
    Featured,
    /// The articles of a category, in order.
    Category(&'a str),
    /// An article's YAML.
    Article(&'a str),
    /// A locale's `site.ftl` and `ui.ftl`.
    SiteText(&'a str),
    /// A locale's `.ftl` of an article.
    ArticleText(&'a str, &'a str),
    /// Whether a locale has its own translation of an article (hreflang, fallback notices).
    Translated(&'a str, &'a str),
}

/// Computes and caches input digests for one loaded site.
pub struct Digests<'a> {
    site: &'a Site,
    localizer: &'a Localizer,
    cache: FxHashMap<Input<'a>, u64>,
}

impl<'a> Digests<'a> {
    pub fn new(site: &'a Site, localizer: &'a Localizer) -> Self {
        Digests {
            site,
            localizer,
            cache: FxHashMap::default(),
        }
    }

    /// The stamp of a page: changes whenever anything the page is made from changes.
    pub fn stamp(&mut self, page: &'a PagePath) -> u64 {
        self.stamp_recording(page, None)
    }

    /// [`Digests::stamp`], also noting in `dependents` that page number `index` is made from
    /// each of its inputs.
    pub fn stamp_recording(
        &mut self,
        page: &'a PagePath,
        mut dependents: Option<(&mut Dependents, usize)>,
    ) -> u64 {
        let mut hasher = std::hash::DefaultHasher::new();
        page.hash(&mut hasher);
        for input in inputs(self.site, page) {
            self.digest(input).hash(&mut hasher);
            if let Some((dependents, index)) = dependents.as_mut() {
                dependents.add(*index, &input);
            }
        }
        hasher.finish()
    }

    fn digest(&mut self, input: Input<'a>) -> u64 {
        if let Some(digest) = self.cache.get(&input) {
            return *digest;
        }
        let digest = self.compute(input);
        self.cache.insert(input, digest);
        digest
    }

    fn compute(&self, input: Input<'_>) -> u64 {
        let site = self.site;
        let mut hasher = std::hash::DefaultHasher::new();
        match input {
            Input::Config => site.config_digest.hash(&mut hasher),
            Input::Templates => {
                for (name, template) in &site.templates {
                    (name, template.file.digest).hash(&mut hasher);
                }
                for (name, bytes) in &site.assets {
                    (name, bytes).hash(&mut hasher);
                }
            }
            Input::Routes => {
                for (id, entry) in &site.articles {
                    (id, &entry.article.category).hash(&mut hasher);
                }
            }
            Input::Featured => {
                for category in &site.categories {
                    for id in &category.articles {
                        let featured = site.articles.get(id).is_some_and(|a| a.article.featured);
                        (id, featured).hash(&mut hasher);
                    }
                }
            }
            Input::Category(category) => {
                site.categories
                    .iter()
                    .find(|c| c.id.as_str() == category)
                    .map(|c| &c.articles)
                    .hash(&mut hasher);
            }
            Input::Article(id) => site
                .articles
                .get(id)
                .map(|a| a.file.digest)
                .hash(&mut hasher),
            Input::SiteText(locale) => {
                if let Some(sources) = site.translations.get(locale) {
                    for file in [&sources.site, &sources.ui].into_iter().flatten() {
                        file.file.digest.hash(&mut hasher);
                    }
                }
            }
            Input::ArticleText(locale, id) => site
                .article_translation(locale, id)
                .map(|f| f.file.digest)
                .hash(&mut hasher),
            Input::Translated(locale, id) => {
                self.localizer.has_article(locale, id).hash(&mut hasher)
            }
        }
        hasher.finish()
    }
}

/// For every input, the pages made from it (by their index in the list of pages), so that an
/// edit of one file finds its pages without recomputing every page's stamp.
///
/// Inputs are keyed by a 64-bit hash: two inputs sharing one would only make an edit of either
/// re-render the pages of both, never fewer pages than needed.
#[derive(Debug, Default)]
pub struct Dependents {
    pages: FxHashMap<u64, Vec<usize>>,
}

impl Dependents {
    fn add(&mut self, page: usize, input: &Input<'_>) {
        self.pages.entry(key(input)).or_default().push(page);
    }

    /// The pages made from `input`.
    pub fn of(&self, input: &Input<'_>) -> &[usize] {
        self.pages.get(&key(input)).map_or(&[], Vec::as_slice)
    }
}

fn key(input: &Input<'_>) -> u64 {
    use std::hash::BuildHasher;
    rustc_hash::FxBuildHasher.hash_one(input)
}

/// Everything `page` is made from. Conservative: a page that might use a fallback locale's
/// text depends on that locale's file too.
pub fn inputs<'a>(site: &'a Site, page: &'a PagePath) -> Vec<Input<'a>> {
    let mut inputs = vec![Input::Config, Input::Templates];
    let Some(locale) = page.locale() else {
        // The root pages: the language chooser shows every locale's name and greeting.
        inputs.extend(site.locales.iter().map(|l| Input::SiteText(&l.code)));
        return inputs;
    };
    let chain = site.lookup_chain(locale);
    inputs.extend(chain.iter().map(|code| Input::SiteText(code)));
    let article_text = |id: &'a str| chain.iter().map(move |code| Input::ArticleText(code, id));
    match page {
        PagePath::Home { .. } => {
            inputs.push(Input::Routes);
            inputs.push(Input::Featured);
            for category in &site.categories {
                inputs.push(Input::Category(category.id.as_str()));
                for id in &category.articles {
                    if site.articles.get(id).is_some_and(|a| a.article.featured) {
                        inputs.extend(article_text(id));
                    }
                }
            }
        }
        PagePath::Category { category, .. } => {
            inputs.push(Input::Routes);
            inputs.push(Input::Category(category));
            if let Some(category) = site.categories.iter().find(|c| c.id.as_str() == category) {
                for id in &category.articles {
                    inputs.extend(article_text(id));
                }
            }
        }
        PagePath::Article { article, .. } => {
            inputs.push(Input::Routes);
            inputs.push(Input::Article(article));
            inputs.extend(article_text(article));
            inputs.extend(
                site.locales
                    .iter()
                    .map(|l| Input::Translated(&l.code, article)),
            );
            if let Some(entry) = site.articles.get(article) {
                for related in &entry.article.related {
                    inputs.extend(article_text(related.as_str()));
                }
            }
        }
        PagePath::Search { .. } => {
            inputs.push(Input::Routes);
            for category in &site.categories {
                inputs.push(Input::Category(category.id.as_str()));
                for id in &category.articles {
                    inputs.extend(article_text(id));
                }
            }
        }
        PagePath::NotFound { .. } | PagePath::Root | PagePath::RootNotFound => {}
    }
    inputs
}
