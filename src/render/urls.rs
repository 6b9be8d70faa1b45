//! Where each page lives, and how pages link to each other.
//!
//! Pages are `.html` files and links between them are relative and name the file
//! (`../index.html`), so the site works from any folder on any server and straight from disk.
//! Canonical and hreflang URLs are absolute and use the folder form (`/pl/`) for index pages.
//! The 404 pages are served at any path, so their links are absolute paths instead.

/// Every kind of page the site has.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum PagePath {
    /// The language chooser at the site root.
    Root,
    /// The 404 page at the site root (in the default locale), for servers that want one there.
    RootNotFound,
    Home {
        locale: String,
    },
    Category {
        locale: String,
        category: String,
    },
    Article {
        locale: String,
        category: String,
        article: String,
    },
    NotFound {
        locale: String,
    },
    /// The search page: results with JavaScript, every article without.
    Search {
        locale: String,
    },
    /// Every policy in a sentence, by topic, with the articles that state it.
    Timeframes {
        locale: String,
    },
    /// The cancellation finder's first step: what was cancelled?
    Finder {
        locale: String,
    },
    /// The finder's second step, after an answer to the first: what do you see?
    FinderQuestion {
        locale: String,
        subject: String,
    },
    /// The finder's answer: one cause or condition of an article, and what to do.
    FinderAnswer {
        locale: String,
        subject: String,
        article: String,
        item: String,
    },
}

impl PagePath {
    /// The output file, relative to the output folder, with `/` separators.
    pub fn file(&self) -> String {
        match self {
            PagePath::Root => "index.html".into(),
            PagePath::RootNotFound => "404.html".into(),
            PagePath::Home { locale } => format!("{locale}/index.html"),
            PagePath::Category { locale, category } => format!("{locale}/{category}/index.html"),
            PagePath::Article {
                locale,
                category,
                article,
            } => format!("{locale}/{category}/{article}.html"),
            PagePath::NotFound { locale } => format!("{locale}/404.html"),
            PagePath::Search { locale } => format!("{locale}/search.html"),
            PagePath::Timeframes { locale } => format!("{locale}/timeframes.html"),
            PagePath::Finder { locale } => format!("{locale}/finder/index.html"),
            PagePath::FinderQuestion { locale, subject } => {
                format!("{locale}/finder/{subject}/index.html")
            }
            PagePath::FinderAnswer {
                locale,
                subject,
                article,
                item,
            } => format!("{locale}/finder/{subject}/{article}/{item}.html"),
        }
    }

    /// The page's public path: index pages by their folder (`pl/`), others by file.
    pub fn public_path(&self) -> String {
        let file = self.file();
        match file.strip_suffix("index.html") {
            Some(folder) => folder.to_string(),
            None => file,
        }
    }

    pub fn is_not_found(&self) -> bool {
        matches!(self, PagePath::RootNotFound | PagePath::NotFound { .. })
    }

    pub fn locale(&self) -> Option<&str> {
        match self {
            PagePath::Root | PagePath::RootNotFound => None,
            PagePath::Home { locale }
            | PagePath::Category { locale, .. }
            | PagePath::Article { locale, .. }
            | PagePath::NotFound { locale }
            | PagePath::Search { locale }
            | PagePath::Timeframes { locale }
            | PagePath::Finder { locale }
            | PagePath::FinderQuestion { locale, .. }
            | PagePath::FinderAnswer { locale, .. } => Some(locale),
        }
    }
}

/// Builds hrefs from one page to the rest of the site.
#[derive(Debug, Clone)]
pub struct Linker {
    /// What to put before a site-relative file path: `../../`, `` or `/docs/` (404 pages).
    prefix: String,
    base_url: String,
}

impl Linker {
    pub fn new(from: &PagePath, base_url: &str) -> Self {
        let prefix = if from.is_not_found() {
            base_path(base_url)
        } else {
            "../".repeat(from.file().matches('/').count())
        };
        Linker {
            prefix,
            base_url: base_url.to_string(),
        }
    }

    /// A link to another page.
    pub fn page(&self, to: &PagePath) -> String {
        self.file(&to.file())
    }

    /// A link to any file of the output (an asset, a page file).
    pub fn file(&self, file: &str) -> String {
        format!("{}{file}", self.prefix)
    }

    /// The absolute URL of a page, for canonical links, hreflang and the sitemap.
    pub fn absolute(&self, page: &PagePath) -> String {
        absolute_url(&self.base_url, page)
    }
}

pub fn absolute_url(base_url: &str, page: &PagePath) -> String {
    format!("{base_url}{}", page.public_path())
}

/// The path part of the base URL (`https://x.org/help/` -> `/help/`).
fn base_path(base_url: &str) -> String {
    let without_scheme = base_url
        .split_once("://")
        .map_or(base_url, |(_, rest)| rest);
    match without_scheme.find('/') {
        Some(i) => without_scheme[i..].to_string(),
        None => "/".to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn article() -> PagePath {
        PagePath::Article {
            locale: "pl".into(),
            category: "refunds".into(),
            article: "late-refund".into(),
        }
    }

    #[test]
    fn links_are_relative_and_name_the_file() {
        let linker = Linker::new(&article(), "https://help.example.com/");
        let home = PagePath::Home {
            locale: "fr".into(),
        };
        assert_eq!(linker.page(&home), "../../fr/index.html");
        assert_eq!(linker.file("assets/style.css"), "../../assets/style.css");
        assert_eq!(linker.absolute(&home), "https://help.example.com/fr/");
        assert_eq!(
            linker.absolute(&article()),
            "https://help.example.com/pl/refunds/late-refund.html"
        );
    }

    #[test]
    fn finder_pages_are_folders_of_the_locale() {
        let answer = PagePath::FinderAnswer {
            locale: "zh".into(),
            subject: "order".into(),
            article: "cancel-order".into(),
            item: "unpaid".into(),
        };
        assert_eq!(answer.file(), "zh/finder/order/cancel-order/unpaid.html");
        let linker = Linker::new(&answer, "https://help.example.com/");
        let start = PagePath::Finder {
            locale: "zh".into(),
        };
        assert_eq!(linker.page(&start), "../../../../zh/finder/index.html");
        assert_eq!(
            linker.absolute(&start),
            "https://help.example.com/zh/finder/"
        );
    }

    #[test]
    fn not_found_pages_link_from_the_base_path() {
        let page = PagePath::NotFound {
            locale: "pl".into(),
        };
        let linker = Linker::new(&page, "https://example.org/help/");
        assert_eq!(linker.file("assets/style.css"), "/help/assets/style.css");
    }
}
