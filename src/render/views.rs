//! What templates see: plain serialisable views of a page, with text already turned into safe
//! HTML and every link already resolved. Templates only arrange them.

use std::collections::BTreeMap;

use serde::Serialize;

use super::markdown::{Markdown, is_page_independent, plain};
use super::shared::{SharedTexts, TextKey};
use super::urls::{Linker, PagePath};
use crate::localize::{Args, Localizer, Text};
use crate::model::{Availability, Block, ChannelKind, ContactKind, Scope, Tone, UI_MESSAGES};
use crate::site::Site;

/// A text in both forms a template needs: HTML for content, plain for attributes and titles.
#[derive(Debug, Clone, Serialize)]
pub struct TextView {
    pub html: String,
    pub text: String,
}

#[derive(Debug, Serialize)]
pub struct LinkView {
    pub title: TextView,
    pub href: String,
    pub summary: Option<TextView>,
    /// The language of the link's target when it differs from the page's.
    pub hreflang: Option<String>,
}

#[derive(Debug, Serialize)]
pub struct Alternate {
    pub hreflang: String,
    pub href: String,
}

#[derive(Debug, Serialize)]
pub struct LanguageLink {
    pub name: String,
    pub lang: String,
    pub href: String,
    pub current: bool,
}

#[derive(Debug, Serialize)]
pub struct Crumb {
    pub name: TextView,
    pub href: String,
}

/// Everything every page has: head metadata, navigation, interface strings.
#[derive(Debug, Serialize)]
pub struct PageView {
    pub lang: String,
    pub locale: String,
    pub title: String,
    pub description: String,
    pub canonical: String,
    pub alternates: Vec<Alternate>,
    pub x_default: String,
    pub stylesheet: String,
    pub home_href: String,
    /// Where the search box sends its query.
    pub search_href: String,
    /// Where the site's static files are (`assets/`, `pagefind/`), from this page.
    pub root_href: String,
    pub languages: Vec<LanguageLink>,
    pub breadcrumbs: Vec<Crumb>,
    pub json_ld: Option<String>,
    pub fallback_notice: Option<TextView>,
    pub site_name: TextView,
    pub site_tagline: TextView,
    /// Interface strings by id with `-` replaced by `_` (`ui.skip_to_content.text`): a map of
    /// [`TextView`]s, kept as a template value so that every page of a locale shares one.
    pub ui: tera::Value,
}

#[derive(Debug, Serialize)]
pub struct CategoryView {
    pub id: String,
    pub name: TextView,
    pub description: TextView,
    pub href: String,
    pub count: TextView,
    pub articles: Vec<LinkView>,
}

#[derive(Debug, Serialize)]
pub struct ArticleView {
    pub id: String,
    pub title: TextView,
    pub summary: TextView,
    pub intro: Option<TextView>,
    pub updated: String,
    pub updated_iso: String,
    pub sections: Vec<SectionView>,
    pub related: Vec<LinkView>,
    pub contact: Vec<ContactView>,
}

#[derive(Debug, Serialize)]
pub struct SectionView {
    pub id: String,
    pub kind: &'static str,
    pub heading: TextView,
    pub intro: Option<TextView>,
    pub items: Vec<ItemView>,
}

/// One item of a section; which fields are set depends on the section's kind.
#[derive(Debug, Default, Serialize)]
pub struct ItemView {
    pub id: String,
    /// Cause name, channel name, or the order status of a condition.
    pub title: Option<TextView>,
    /// Remedy, step, deadline, note or condition text; channel details.
    pub body: Option<TextView>,
    pub reason: Option<TextView>,
    pub solution: Option<TextView>,
    pub remark: Option<TextView>,
    pub detail: Option<TextView>,
    /// `online`/`branch`/`phone` for channels, `info`/`warning` for notes.
    pub variant: Option<String>,
    /// False for a condition where nothing can be done.
    pub possible: bool,
}

#[derive(Debug, Serialize)]
pub struct ContactView {
    pub kind: ContactKind,
    pub name: TextView,
    pub details: TextView,
    pub href: Option<String>,
    pub always_available: bool,
}

/// Builds views for the pages of one locale.
pub struct ViewBuilder<'a> {
    pub site: &'a Site,
    pub localizer: &'a Localizer,
    pub locale: &'a str,
    pub page: &'a PagePath,
    pub linker: Linker,
    shared: &'a SharedTexts,
}

impl<'a> ViewBuilder<'a> {
    pub fn new(
        site: &'a Site,
        localizer: &'a Localizer,
        locale: &'a str,
        page: &'a PagePath,
        shared: &'a SharedTexts,
    ) -> Self {
        ViewBuilder {
            site,
            localizer,
            locale,
            page,
            linker: Linker::new(page, &site.base_url),
            shared,
        }
    }

    fn markdown(&self) -> Markdown<'_> {
        Markdown {
            site: self.site,
            locale: self.locale,
            linker: &self.linker,
        }
    }

    pub fn inline(&self, text: &Text) -> TextView {
        TextView {
            html: self.markdown().inline(text),
            text: plain(&text.source),
        }
    }

    pub fn block(&self, text: &Text) -> TextView {
        TextView {
            html: self.markdown().block(text),
            text: plain(&text.source),
        }
    }

    pub fn ui(&self, id: &str) -> TextView {
        self.shared_inline("", id, None)
    }

    /// An inline text without arguments, from the render's [`SharedTexts`] when another page
    /// of this locale rendered it already.
    fn shared_inline(&self, article: &str, message: &str, attribute: Option<&str>) -> TextView {
        let key = TextKey {
            locale: self.locale,
            article,
            message,
            attribute,
        };
        self.shared.inline(key, || {
            let scope = if article.is_empty() {
                Scope::Site
            } else {
                Scope::Article(article)
            };
            let text = self
                .localizer
                .text(self.locale, scope, message, attribute, Args::None);
            (self.inline(&text), is_page_independent(&text.source))
        })
    }

    /// `page.ui`: every interface string without variables.
    fn ui_map(&self) -> tera::Value {
        let ids = || {
            UI_MESSAGES
                .iter()
                .filter(|id| crate::model::ui_variables(id).is_empty())
        };
        let map = || -> BTreeMap<String, TextView> {
            ids()
                .map(|id| (id.replace('-', "_"), self.ui(id)))
                .collect()
        };
        let shared = self.shared.ui(self.locale, || {
            ids()
                .all(|id| is_page_independent(&self.localizer.ui(self.locale, id).source))
                .then(|| tera::Value::from_serializable(&map()))
        });
        shared.unwrap_or_else(|| tera::Value::from_serializable(&map()))
    }

    fn ui_with(&self, id: &str, args: Args<'_>) -> TextView {
        self.inline(
            &self
                .localizer
                .text(self.locale, Scope::Site, id, None, args),
        )
    }

    /// The shared part of every page. `alternates_for` lists the locales that really have this
    /// page (a page shown from a fallback is not a translation and gets no hreflang).
    pub fn page(&self, title: String, description: String, alternates_for: &[&str]) -> PageView {
        let same_page_in = |locale: &str| with_locale(self.page, locale);
        let alternates = self
            .site
            .locales
            .iter()
            .filter(|l| alternates_for.contains(&l.code.as_str()))
            .map(|l| Alternate {
                hreflang: l.lang.clone(),
                href: self.linker.absolute(&same_page_in(&l.code)),
            })
            .collect();
        let languages = self
            .site
            .locales
            .iter()
            .map(|l| LanguageLink {
                name: self.localizer.ui(&l.code, "language-name").source,
                lang: l.lang.clone(),
                href: self.linker.page(&same_page_in(&l.code)),
                current: l.code == self.locale,
            })
            .collect();
        let ui = self.ui_map();
        let lang = self
            .site
            .locale(self.locale)
            .map_or_else(|| self.locale.to_string(), |l| l.lang.clone());
        PageView {
            lang,
            locale: self.locale.to_string(),
            title,
            description,
            canonical: self.linker.absolute(self.page),
            alternates,
            x_default: self
                .linker
                .absolute(&same_page_in(&self.site.default_locale)),
            stylesheet: self.linker.file("assets/style.css"),
            home_href: self.linker.page(&PagePath::Home {
                locale: self.locale.to_string(),
            }),
            search_href: self.linker.page(&PagePath::Search {
                locale: self.locale.to_string(),
            }),
            root_href: self.linker.file(""),
            languages,
            breadcrumbs: Vec::new(),
            json_ld: None,
            fallback_notice: None,
            site_name: self.ui("site-name"),
            site_tagline: self.ui("site-tagline"),
            ui,
        }
    }

    pub fn category(&self, index: usize) -> Option<CategoryView> {
        let category = self.site.categories.get(index)?;
        let message = format!("category-{}", category.id);
        let page = PagePath::Category {
            locale: self.locale.to_string(),
            category: category.id.to_string(),
        };
        let count = category.articles.len() as f64;
        Some(CategoryView {
            id: category.id.to_string(),
            name: self.ui(&message),
            description: self.inline(&self.localizer.text(
                self.locale,
                Scope::Site,
                &message,
                Some("description"),
                Args::None,
            )),
            href: self.linker.page(&page),
            count: self.ui_with("category-article-count", Args::Number("count", count)),
            articles: category
                .articles
                .iter()
                .filter_map(|id| self.article_link(id))
                .collect(),
        })
    }

    /// Every category with its articles, as a template value: the same for every page of the
    /// locale in the same folder (the home and search pages), so built once per render.
    pub fn category_list(&self) -> tera::Value {
        let file = self.page.file();
        let folder = file.rsplit_once('/').map_or("", |(folder, _)| folder);
        self.shared.category_list(self.locale, folder, || {
            let categories: Vec<CategoryView> = (0..self.site.categories.len())
                .filter_map(|i| self.category(i))
                .collect();
            tera::Value::from_serializable(&categories)
        })
    }

    pub fn article_link(&self, id: &str) -> Option<LinkView> {
        let category = self.site.category_of(id)?;
        let page = PagePath::Article {
            locale: self.locale.to_string(),
            category: category.to_string(),
            article: id.to_string(),
        };
        Some(LinkView {
            hreflang: self
                .localizer
                .article_source_locale(self.locale, id)
                .filter(|source| *source != self.locale)
                .and_then(|source| self.site.locale(source))
                .map(|source| source.lang.clone()),
            title: self.shared_inline(id, "title", None),
            summary: Some(self.shared_inline(id, "summary", None)),
            href: self.linker.page(&page),
        })
    }

    pub fn article(&self, id: &str) -> Option<ArticleView> {
        let entry = self.site.articles.get(id)?;
        let article = &entry.article;
        let scope = Scope::Article(id);
        let text = |message: &str, attribute: Option<&str>, args: Args<'_>| {
            self.localizer
                .text(self.locale, scope, message, attribute, args)
        };
        let sections = article
            .sections
            .iter()
            .map(|section| {
                let heading_id = format!("section-{}", section.id);
                SectionView {
                    id: section.id.to_string(),
                    kind: section.block.kind(),
                    heading: self.inline(&text(&heading_id, None, Args::None)),
                    intro: section
                        .intro
                        .then(|| self.block(&text(&heading_id, Some("intro"), Args::None))),
                    items: self.items(&section.block, &text),
                }
            })
            .collect();
        let contact = self
            .site
            .contact
            .iter()
            .map(|option| {
                let message = format!("contact-{}", option.id);
                let href = option.href.clone();
                ContactView {
                    kind: option.kind,
                    name: self.ui(&message),
                    details: self.inline(&self.localizer.text(
                        self.locale,
                        Scope::Site,
                        &message,
                        Some("details"),
                        Args::None,
                    )),
                    href,
                    always_available: option.availability == Some(Availability::Always),
                }
            })
            .collect();
        Some(ArticleView {
            id: id.to_string(),
            title: self.inline(&text("title", None, Args::None)),
            summary: self.inline(&text("summary", None, Args::None)),
            intro: article
                .intro
                .then(|| self.block(&text("intro", None, Args::None))),
            updated: self.localizer.format_date(self.locale, article.updated),
            updated_iso: article.updated.to_string(),
            sections,
            related: article
                .related
                .iter()
                .filter_map(|r| self.article_link(r.as_str()))
                .collect(),
            contact,
        })
    }

    fn items(
        &self,
        block: &Block,
        text: &dyn Fn(&str, Option<&str>, Args<'_>) -> Text,
    ) -> Vec<ItemView> {
        let item = |prefix: &str, id: &str, period, parts: &[&str]| {
            let message = format!("{prefix}-{id}");
            let args = Args::from(period);
            let part = |name: &str| {
                parts
                    .contains(&name)
                    .then(|| self.block(&text(&message, Some(name), args)))
            };
            ItemView {
                id: id.to_string(),
                reason: part("reason"),
                solution: part("solution"),
                remark: part("remark"),
                detail: part("detail"),
                possible: true,
                ..ItemView::default()
            }
        };
        let value = |prefix: &str, id: &str, period| {
            let message = format!("{prefix}-{id}");
            self.block(&text(&message, None, Args::from(period)))
        };
        match block {
            Block::Causes(causes) => causes
                .iter()
                .map(|c| {
                    let parts: Vec<&str> = [
                        ("reason", c.reason),
                        ("solution", c.solution),
                        ("remark", c.remark),
                    ]
                    .into_iter()
                    .filter_map(|(name, wanted)| wanted.then_some(name))
                    .collect();
                    let message = format!("cause-{}", c.id);
                    ItemView {
                        title: Some(self.inline(&text(&message, None, Args::from(c.period)))),
                        ..item("cause", c.id.as_str(), c.period, &parts)
                    }
                })
                .collect(),
            Block::Remedies(remedies) => remedies
                .iter()
                .map(|r| ItemView {
                    body: Some(value("remedy", r.id.as_str(), r.period)),
                    ..item("remedy", r.id.as_str(), r.period, &[])
                })
                .collect(),
            Block::Steps(steps) => steps
                .iter()
                .map(|s| {
                    let parts: &[&str] = if s.detail { &["detail"] } else { &[] };
                    ItemView {
                        body: Some(value("step", s.id.as_str(), s.period)),
                        ..item("step", s.id.as_str(), s.period, parts)
                    }
                })
                .collect(),
            Block::Conditions(conditions) => conditions
                .iter()
                .map(|c| ItemView {
                    title: Some(self.ui(&format!("status-{}", c.status))),
                    body: Some(value("condition", c.id.as_str(), c.period)),
                    possible: c.possible,
                    ..item("condition", c.id.as_str(), c.period, &[])
                })
                .collect(),
            Block::Channels(channels) => channels
                .iter()
                .map(|c| {
                    let message = format!("channel-{}", c.id);
                    ItemView {
                        title: Some(self.inline(&text(&message, None, Args::None))),
                        body: Some(self.block(&text(&message, Some("details"), Args::None))),
                        variant: Some(channel_kind(c.kind).to_string()),
                        ..item("channel", c.id.as_str(), None, &[])
                    }
                })
                .collect(),
            Block::Deadlines(deadlines) => deadlines
                .iter()
                .map(|d| ItemView {
                    body: Some(value("deadline", d.id.as_str(), Some(d.period))),
                    ..item("deadline", d.id.as_str(), None, &[])
                })
                .collect(),
            Block::Notes(notes) => notes
                .iter()
                .map(|n| ItemView {
                    body: Some(value("note", n.id.as_str(), n.period)),
                    variant: Some(match n.tone {
                        Tone::Info => "info".into(),
                        Tone::Warning => "warning".into(),
                    }),
                    ..item("note", n.id.as_str(), n.period, &[])
                })
                .collect(),
        }
    }

    pub fn crumb(&self, name: TextView, to: &PagePath) -> Crumb {
        Crumb {
            name,
            href: self.linker.page(to),
        }
    }
}

fn channel_kind(kind: ChannelKind) -> &'static str {
    match kind {
        ChannelKind::Online => "online",
        ChannelKind::Branch => "branch",
        ChannelKind::Phone => "phone",
    }
}

/// The same page in another locale.
pub fn with_locale(page: &PagePath, locale: &str) -> PagePath {
    let locale = locale.to_string();
    match page {
        PagePath::Root | PagePath::RootNotFound => page.clone(),
        PagePath::Home { .. } => PagePath::Home { locale },
        PagePath::NotFound { .. } => PagePath::NotFound { locale },
        PagePath::Search { .. } => PagePath::Search { locale },
        PagePath::Category { category, .. } => PagePath::Category {
            locale,
            category: category.clone(),
        },
        PagePath::Article {
            category, article, ..
        } => PagePath::Article {
            locale,
            category: category.clone(),
            article: article.clone(),
        },
    }
}
