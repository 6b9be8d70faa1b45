//! What templates see: plain serialisable views of a page, with text already turned into safe
//! HTML and every link already resolved. Templates only arrange them.
//!
//! Views read the site through a [`SiteReader`] only, so everything a view offers a template
//! is recorded as what the page is made from, whether the template prints it or not.

use std::collections::BTreeMap;

use serde::Serialize;

use super::markdown::{Markdown, is_page_independent, plain};
use super::pieces::{self, Piece};
use super::read::SiteReader;
use super::texts::{RenderCaches, TextCache, ValueCache};
use super::urls::{Linker, PagePath};
use crate::localize::{Args, Text};
use crate::model::{
    ArticleText, Availability, Block, ChannelKind, ContactKind, Id, Part, Scope, SectionKind,
    SiteText, Tone, UI_MESSAGES, ui_variables,
};

/// A text in both forms a template needs: HTML for content, plain for attributes and titles.
#[derive(Debug, Clone, Serialize)]
pub struct TextView {
    pub html: String,
    pub text: String,
    /// The `lang` of the locale the text was taken from when that is a fallback (the HTML
    /// carries it already; JSON-LD and the fallback notice read it here).
    #[serde(skip)]
    pub fallback_lang: Option<String>,
}

impl TextView {
    /// The language the text is in, on a page in `page_lang`.
    pub fn lang<'s>(&'s self, page_lang: &'s str) -> &'s str {
        self.fallback_lang.as_deref().unwrap_or(page_lang)
    }
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
    /// The direction of the language's own name (`dir` on its link).
    pub dir: &'static str,
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
    /// `ltr` or `rtl`, for `<html dir>`.
    pub dir: &'static str,
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
    /// The page's locale's search bundle (`pagefind/<locale>/`), and the search script.
    pub search_bundle: String,
    pub search_script: String,
    /// What the search box says, for its script.
    pub search: SearchTexts,
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

/// The sentences of the search box, as plain text; `{count}` and `{query}` stand for the
/// number of results and the words searched for.
#[derive(Debug, Serialize)]
pub struct SearchTexts {
    pub loading: String,
    pub count: String,
    pub none: String,
    pub results_for: String,
    pub needs_server: String,
    pub see_all: String,
    pub list_label: String,
}

#[derive(Debug, Serialize)]
pub struct CategoryView {
    pub id: String,
    /// Its picture, inline SVG drawn in the text colour.
    pub icon: Option<&'static str>,
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

impl ArticleView {
    /// The `lang` of each fallback locale the article's own texts (its title, sections and
    /// contact block; not the interface or links to other articles) were taken from, in
    /// reading order, each once.
    pub fn fallback_langs(&self) -> Vec<&str> {
        let mut texts: Vec<&TextView> = vec![&self.title, &self.summary];
        texts.extend(&self.intro);
        for section in &self.sections {
            texts.push(&section.heading);
            texts.extend(&section.intro);
            for item in &section.items {
                texts.extend(
                    [
                        &item.title,
                        &item.body,
                        &item.reason,
                        &item.solution,
                        &item.remark,
                        &item.detail,
                    ]
                    .into_iter()
                    .flatten(),
                );
            }
        }
        for option in &self.contact {
            texts.extend([&option.name, &option.details]);
        }
        let mut langs: Vec<&str> = Vec::new();
        for lang in texts.into_iter().filter_map(|t| t.fallback_lang.as_deref()) {
            if !langs.contains(&lang) {
                langs.push(lang);
            }
        }
        langs
    }
}

#[derive(Debug, Serialize)]
pub struct SectionView {
    pub id: String,
    pub kind: SectionKind,
    pub heading: TextView,
    pub intro: Option<TextView>,
    pub items: Vec<ItemView>,
    /// For deadlines that state policies: the Timeframes page, at the first one's topic.
    pub timeframes_href: Option<String>,
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
    /// The name and the details joined the locale's way (`contact-option` in ui.ftl): the
    /// pieces in order, `name` and `details` where those are placed.
    pub join: Vec<Piece>,
}

/// Builds the views of one page, reading the site through `read`.
pub struct ViewBuilder<'a, 'r> {
    pub read: &'r SiteReader<'a>,
    pub locale: &'r str,
    pub page: &'r PagePath,
    pub linker: Linker,
    texts: &'r TextCache,
    values: &'r ValueCache,
}

impl<'a, 'r> ViewBuilder<'a, 'r> {
    pub fn new(
        read: &'r SiteReader<'a>,
        locale: &'r str,
        page: &'r PagePath,
        caches: &'r RenderCaches,
    ) -> Self {
        ViewBuilder {
            read,
            locale,
            page,
            linker: Linker::new(page, read.base_url()),
            texts: &caches.texts,
            values: &caches.values,
        }
    }

    fn markdown(&self) -> Markdown<'a, '_> {
        Markdown {
            read: self.read,
            locale: self.locale,
            linker: &self.linker,
        }
    }

    pub fn inline(&self, text: &Text) -> TextView {
        TextView {
            html: self.markdown().inline(text),
            text: plain(&text.source),
            fallback_lang: text.fallback_lang.clone(),
        }
    }

    pub fn block(&self, text: &Text) -> TextView {
        TextView {
            html: self.markdown().block(text),
            text: plain(&text.source),
            fallback_lang: text.fallback_lang.clone(),
        }
    }

    /// A message of the page's locale, along its fallback chain.
    fn text(&self, scope: Scope<'_>, id: &str, attribute: Option<&str>, args: Args<'_>) -> Text {
        self.read.text(self.locale, scope, id, attribute, args)
    }

    /// An interface string from `ui.ftl`.
    pub fn ui(&self, id: &str) -> TextView {
        self.shared_inline(Scope::Site, id, None)
    }

    /// An interface string with a variable.
    pub fn ui_with(&self, id: &str, args: Args<'_>) -> TextView {
        self.inline(&self.text(Scope::Site, id, None, args))
    }

    /// A text of `site.ftl`.
    pub fn site_text(&self, text: SiteText<'_>) -> TextView {
        self.shared_inline(Scope::Site, &text.message(), text.attribute())
    }

    /// A text of an article, inline (a title, a heading) or as blocks (a body).
    pub fn article_text(
        &self,
        article: &str,
        text: ArticleText<'_>,
        args: Args<'_>,
        block: bool,
    ) -> TextView {
        let found = self.text(
            Scope::Article(article),
            &text.message(),
            text.attribute(),
            args,
        );
        if block {
            self.block(&found)
        } else {
            self.inline(&found)
        }
    }

    /// An inline text without arguments, rendered once for every page that shows it when it
    /// cannot depend on the page (it has no link, which would be relative to the page).
    fn shared_inline(&self, scope: Scope<'_>, message: &str, attribute: Option<&str>) -> TextView {
        let digest = self
            .read
            .text_digest(self.locale, scope, message, attribute);
        let article = match scope {
            Scope::Site => "",
            Scope::Policies => "policies.ftl", // no article id has a dot
            Scope::Article(article) => article,
        };
        let key = [
            self.locale,
            article,
            message,
            attribute.unwrap_or(""),
            &digest.to_string(),
        ]
        .join("\u{1f}");
        self.texts.get_or_render(key, || {
            let problems = self.read.problem_count();
            let text = self.text(scope, message, attribute, Args::None);
            let shareable =
                is_page_independent(&text.source) && self.read.problem_count() == problems;
            (self.inline(&text), shareable)
        })
    }

    /// `page.ui`: every interface string without variables. Shared by every page of the
    /// locale unless one of the strings has a link (links are relative to the page).
    fn ui_map(&self) -> tera::Value {
        let key = format!("ui\u{1f}{}", self.locale);
        self.values.get_or_build_if(key, self.read, |read| {
            let builder = ViewBuilder {
                read,
                ..self.same()
            };
            let mut shareable = true;
            let map: BTreeMap<String, TextView> = UI_MESSAGES
                .iter()
                .filter(|id| ui_variables(id).is_empty())
                .map(|id| {
                    let text = builder.text(Scope::Site, id, None, Args::None);
                    shareable &= is_page_independent(&text.source);
                    (id.replace('-', "_"), builder.ui(id))
                })
                .collect();
            (tera::Value::from_serializable(&map), shareable)
        })
    }

    /// A builder for the same page, reading through another reader.
    fn same(&self) -> ViewBuilder<'a, 'r> {
        ViewBuilder {
            read: self.read,
            locale: self.locale,
            page: self.page,
            linker: self.linker.clone(),
            texts: self.texts,
            values: self.values,
        }
    }

    /// The shared part of every page. `alternates_for` lists the locales that really have this
    /// page (a page shown from a fallback is not a translation and gets no hreflang).
    pub fn page(&self, title: String, description: String, alternates_for: &[&str]) -> PageView {
        let same_page_in = |locale: &str| with_locale(self.page, locale);
        let locales = self.read.locales();
        let alternates = locales
            .iter()
            .filter(|l| alternates_for.contains(&l.code.as_str()))
            .map(|l| Alternate {
                hreflang: l.lang.clone(),
                href: self.linker.absolute(&same_page_in(&l.code)),
            })
            .collect();
        let languages = locales
            .iter()
            .map(|l| LanguageLink {
                name: self.language_name(&l.code),
                lang: l.lang.clone(),
                dir: l.direction.as_str(),
                href: self.linker.page(&same_page_in(&l.code)),
                current: l.code == self.locale,
            })
            .collect();
        let own = self.read.locale(self.locale);
        PageView {
            lang: own.map_or_else(|| self.locale.to_string(), |l| l.lang.clone()),
            dir: own.map_or("ltr", |l| l.direction.as_str()),
            locale: self.locale.to_string(),
            title,
            description,
            canonical: self.linker.absolute(self.page),
            alternates,
            x_default: self
                .linker
                .absolute(&same_page_in(self.read.default_locale())),
            stylesheet: self.linker.file("assets/style.css"),
            home_href: self.linker.page(&PagePath::Home {
                locale: self.locale.to_string(),
            }),
            search_href: self.linker.page(&PagePath::Search {
                locale: self.locale.to_string(),
            }),
            root_href: self.linker.file(""),
            search_bundle: self.linker.file(&crate::search::bundle_dir(self.locale)),
            search_script: self.linker.file("assets/search.js"),
            search: self.search_texts(),
            languages,
            breadcrumbs: Vec::new(),
            json_ld: None,
            fallback_notice: None,
            site_name: self.site_text(SiteText::Name),
            site_tagline: self.site_text(SiteText::Tagline),
            ui: self.ui_map(),
        }
    }

    fn search_texts(&self) -> SearchTexts {
        let with = |id: &str, name: &str| {
            let placeholder = format!("{{{name}}}");
            self.ui_with(id, Args::Str(name, &placeholder)).text
        };
        SearchTexts {
            loading: self.ui("search-loading").text,
            count: with("search-results-count", "count"),
            none: with("search-no-results", "query"),
            results_for: with("search-results-heading", "query"),
            needs_server: self.ui("search-needs-server").text,
            see_all: self.ui("search-see-all").text,
            list_label: self.ui("search-results-label").text,
        }
    }

    /// The ways to reach support, each with its link.
    pub fn contact(&self) -> Vec<ContactView> {
        let join = self.contact_join();
        self.read
            .contact()
            .iter()
            .map(|option| {
                let details = SiteText::ContactDetails(&option.id);
                ContactView {
                    kind: option.kind,
                    name: self.site_text(SiteText::Contact(&option.id)),
                    details: self.inline(&self.text(
                        Scope::Site,
                        &details.message(),
                        details.attribute(),
                        Args::None,
                    )),
                    href: option.href.clone(),
                    always_available: option.availability == Some(Availability::Always),
                    join: join.clone(),
                }
            })
            .collect()
    }

    /// A locale's own name for its language, as written in its `site.ftl`.
    pub fn language_name(&self, locale: &str) -> String {
        let message = SiteText::LanguageName.message();
        self.read
            .text(locale, Scope::Site, &message, None, Args::None)
            .source
    }

    pub fn category(&self, id: &Id) -> CategoryView {
        let page = PagePath::Category {
            locale: self.locale.to_string(),
            category: id.to_string(),
        };
        let members = self.read.members(id.as_str());
        let description = SiteText::CategoryDescription(id);
        let icon = self
            .read
            .category_settings(id.as_str())
            .and_then(|(_, icon)| icon)
            .map(crate::theme::icon);
        CategoryView {
            id: id.to_string(),
            icon,
            name: self.site_text(SiteText::Category(id)),
            description: self.inline(&self.text(
                Scope::Site,
                &description.message(),
                description.attribute(),
                Args::None,
            )),
            href: self.linker.page(&page),
            count: self.ui_with(
                "category-article-count",
                Args::Number("count", members.len() as f64),
            ),
            articles: members
                .iter()
                .filter_map(|id| self.article_link(id))
                .collect(),
        }
    }

    /// Every category with its articles, as a template value: the same for every page of the
    /// locale in the same folder (the home and search pages), so built once and shared. Each
    /// category is shared on its own too: an edit of one article's title builds its category
    /// again, not every category of the site.
    pub fn category_list(&self) -> tera::Value {
        let file = self.page.file();
        let folder = file.rsplit_once('/').map_or("", |(folder, _)| folder);
        let key = format!("lists\u{1f}{}\u{1f}{folder}", self.locale);
        self.values.get_or_build(key, self.read, |read| {
            let builder = ViewBuilder {
                read,
                ..self.same()
            };
            let categories = read.categories().map(|id| {
                let key = format!("category\u{1f}{}\u{1f}{folder}\u{1f}{id}", self.locale);
                builder.values.get_or_build(key, read, |read| {
                    let builder = ViewBuilder {
                        read,
                        ..self.same()
                    };
                    tera::Value::from_serializable(&builder.category(id))
                })
            });
            tera::Value::from(categories.collect::<Vec<tera::Value>>())
        })
    }

    pub fn article_link(&self, id: &str) -> Option<LinkView> {
        let category = self.read.route(id)?;
        let page = PagePath::Article {
            locale: self.locale.to_string(),
            category: category.to_string(),
            article: id.to_string(),
        };
        Some(LinkView {
            hreflang: self
                .read
                .source_locale(self.locale, id)
                .filter(|source| *source != self.locale)
                .and_then(|source| self.read.locale(source))
                .map(|source| source.lang.clone()),
            title: self.shared_inline(Scope::Article(id), &ArticleText::Title.message(), None),
            summary: Some(self.shared_inline(
                Scope::Article(id),
                &ArticleText::Summary.message(),
                None,
            )),
            href: self.linker.page(&page),
        })
    }

    pub fn article(&self, id: &str) -> Option<ArticleView> {
        let article = self.read.article(id)?;
        // A policy that changed after the article did makes the article's text newer.
        let updated = article
            .policies()
            .filter_map(|(_, policy)| self.read.policy(policy.as_str())?.1.updated)
            .chain([article.updated])
            .max()
            .unwrap_or(article.updated);
        let text = |text: ArticleText<'_>, args: Args<'_>, block: bool| {
            self.article_text(id, text, args, block)
        };
        let sections = article
            .sections
            .iter()
            .map(|section| SectionView {
                id: section.id.to_string(),
                kind: section.block.kind(),
                heading: text(ArticleText::Heading(&section.id), Args::None, false),
                intro: section
                    .intro
                    .then(|| text(ArticleText::SectionIntro(&section.id), Args::None, true)),
                items: self.items(id, &section.block),
                timeframes_href: self.timeframes_link(&section.block),
            })
            .collect();
        let contact = self.contact();
        Some(ArticleView {
            id: id.to_string(),
            title: text(ArticleText::Title, Args::None, false),
            summary: text(ArticleText::Summary, Args::None, false),
            intro: article
                .intro
                .then(|| text(ArticleText::Intro, Args::None, true)),
            updated: self.read.date(self.locale, updated),
            updated_iso: updated.to_string(),
            sections,
            related: article
                .related
                .iter()
                .filter_map(|r| self.article_link(r.as_str()))
                .collect(),
            contact,
        })
    }

    /// How a contact option's name and details are joined in this locale.
    fn contact_join(&self) -> Vec<Piece> {
        const PARTS: [&str; 2] = ["name", "details"];
        let values = pieces::stand_ins(&PARTS);
        let args: Vec<(&str, &str)> = values.iter().map(|(n, v)| (*n, v.as_str())).collect();
        let text = self.text(Scope::Site, "contact-option", None, Args::Strs(&args));
        pieces::cut(&text.source, &PARTS)
    }

    /// The items of a section, each with the texts its kind has.
    fn items(&self, article: &str, block: &Block) -> Vec<ItemView> {
        let kind = block.kind();
        block
            .item_ids()
            .into_iter()
            .enumerate()
            .map(|(index, id)| {
                let args = Args::from(block.item_period(index).and_then(|p| self.read.period(p)));
                let own = |block_text: bool| {
                    self.article_text(article, ArticleText::Item(kind, id), args, block_text)
                };
                let parts = block.item_parts(index);
                let part = |part: Part| {
                    parts.contains(&part).then(|| {
                        self.article_text(article, ArticleText::Part(kind, id, part), args, true)
                    })
                };
                let mut item = ItemView {
                    id: id.to_string(),
                    reason: part(Part::Reason),
                    solution: part(Part::Solution),
                    remark: part(Part::Remark),
                    detail: part(Part::Detail),
                    possible: true,
                    ..ItemView::default()
                };
                match block {
                    Block::Causes(_) => item.title = Some(own(false)),
                    Block::Channels(channels) => {
                        item.title = Some(own(false));
                        item.body = part(Part::Details);
                        item.variant = channels
                            .get(index)
                            .map(|c| channel_kind(c.kind).to_string());
                    }
                    Block::Conditions(conditions) => {
                        item.body = Some(own(true));
                        if let Some(condition) = conditions.get(index) {
                            item.title = Some(self.site_text(SiteText::Status(&condition.status)));
                            item.possible = condition.possible;
                        }
                    }
                    Block::Notes(notes) => {
                        item.body = Some(own(true));
                        item.variant = notes.get(index).map(|n| {
                            match n.tone {
                                Tone::Info => "info",
                                Tone::Warning => "warning",
                            }
                            .to_string()
                        });
                    }
                    Block::Remedies(_) | Block::Steps(_) | Block::Deadlines(_) => {
                        item.body = Some(own(true));
                    }
                }
                item
            })
            .collect()
    }

    /// The Timeframes page, at the topic of the first policy a deadlines section states.
    fn timeframes_link(&self, block: &Block) -> Option<String> {
        let Block::Deadlines(deadlines) = block else {
            return None;
        };
        let (topic, _) = deadlines
            .iter()
            .filter_map(|d| d.period.policy())
            .find_map(|policy| self.read.policy(policy.as_str()))?;
        let page = PagePath::Timeframes {
            locale: self.locale.to_string(),
        };
        Some(format!("{}#{}", self.linker.page(&page), topic.id))
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
        PagePath::Timeframes { .. } => PagePath::Timeframes { locale },
        PagePath::Finder { .. } => PagePath::Finder { locale },
        PagePath::FinderQuestion { subject, .. } => PagePath::FinderQuestion {
            locale,
            subject: subject.clone(),
        },
        PagePath::FinderAnswer {
            subject,
            article,
            item,
            ..
        } => PagePath::FinderAnswer {
            locale,
            subject: subject.clone(),
            article: article.clone(),
            item: item.clone(),
        },
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
