//! The list of a site's output files, made from its [`Layout`] alone: watch mode lists them
//! again only when an edit changes the layout (a new article, a locale, a category), not on
//! every edit of a text or a number.

use rustc_hash::FxHashSet;

use super::Product;
use super::urls::PagePath;
use crate::site::{FinderSubject, Site};

/// Everything the list of output files is made from. [`Outputs::of`] reads the site only
/// through this, so two sites with equal layouts have the same output files.
#[derive(Debug, PartialEq)]
pub struct Layout<'a> {
    locales: Vec<&'a str>,
    /// Whether the site states policies (it then has a timeframes page per locale).
    policies: bool,
    /// The finder's subjects that lead somewhere.
    finder: Vec<&'a FinderSubject>,
    /// Each category with its articles, in order.
    categories: Vec<(&'a str, &'a [String])>,
    /// The static files, by name under `assets/`.
    assets: Vec<&'a str>,
}

impl<'a> Layout<'a> {
    pub fn of(site: &'a Site) -> Self {
        Layout {
            locales: site.locales.iter().map(|l| l.code.as_str()).collect(),
            policies: !site.policies.is_empty(),
            finder: site
                .finder
                .iter()
                .filter(|s| !s.groups.is_empty())
                .collect(),
            categories: site
                .categories
                .iter()
                .map(|c| (c.id.as_str(), c.articles.as_slice()))
                .collect(),
            assets: site.assets.keys().map(String::as_str).collect(),
        }
    }
}

/// A site's output files, each with its path, and every page of the site.
#[derive(Debug)]
pub struct Outputs {
    /// Every page, in a stable order (also those left out of `products`: the sitemap and
    /// the links between pages know them all).
    pages: Vec<PagePath>,
    /// The files to make: the pages, then the site-wide files.
    products: Vec<Product>,
    /// The path of each of `products`, relative to the output folder.
    files: Vec<String>,
    /// The same paths, to look up.
    file_set: FxHashSet<String>,
}

impl Outputs {
    /// The output files of `site` that `keep` keeps (a part of the site, for a sharded build).
    pub fn of(site: &Site, keep: impl Fn(&Product) -> bool) -> Outputs {
        let layout = Layout::of(site);
        let pages = pages(&layout);
        let products: Vec<Product> = pages
            .iter()
            .cloned()
            .map(Product::Page)
            .chain([Product::Sitemap, Product::Robots])
            .chain(
                layout
                    .assets
                    .iter()
                    .map(|name| Product::Asset(name.to_string())),
            )
            .filter(|product| keep(product))
            .collect();
        let files: Vec<String> = products.iter().map(Product::file).collect();
        let file_set = files.iter().cloned().collect();
        Outputs {
            pages,
            products,
            files,
            file_set,
        }
    }

    pub fn pages(&self) -> &[PagePath] {
        &self.pages
    }

    pub fn products(&self) -> &[Product] {
        &self.products
    }

    /// Each product with its path.
    pub fn files(&self) -> impl Iterator<Item = (&Product, &str)> {
        self.products
            .iter()
            .zip(self.files.iter().map(String::as_str))
    }

    /// Whether `file` (a path relative to the output folder) is one of the products.
    pub fn has_file(&self, file: &str) -> bool {
        self.file_set.contains(file)
    }
}

/// Every page of a site, in a stable order.
fn pages(layout: &Layout<'_>) -> Vec<PagePath> {
    let mut pages = vec![PagePath::Root, PagePath::RootNotFound];
    for &locale in &layout.locales {
        let locale = locale.to_string();
        pages.push(PagePath::Home {
            locale: locale.clone(),
        });
        pages.push(PagePath::NotFound {
            locale: locale.clone(),
        });
        pages.push(PagePath::Search {
            locale: locale.clone(),
        });
        if layout.policies {
            pages.push(PagePath::Timeframes {
                locale: locale.clone(),
            });
        }
        if !layout.finder.is_empty() {
            pages.push(PagePath::Finder {
                locale: locale.clone(),
            });
        }
        for subject in &layout.finder {
            pages.push(PagePath::FinderQuestion {
                locale: locale.clone(),
                subject: subject.id.to_string(),
            });
            for group in &subject.groups {
                for option in &group.options {
                    pages.push(PagePath::FinderAnswer {
                        locale: locale.clone(),
                        subject: subject.id.to_string(),
                        article: group.article.clone(),
                        item: option.item.to_string(),
                    });
                }
            }
        }
        for &(category, articles) in &layout.categories {
            pages.push(PagePath::Category {
                locale: locale.clone(),
                category: category.to_string(),
            });
            for article in articles {
                pages.push(PagePath::Article {
                    locale: locale.clone(),
                    category: category.to_string(),
                    article: article.clone(),
                });
            }
        }
    }
    pages
}
