//! The cancellation finder's three pages: what was cancelled (the answers of `finder:` in
//! site.yaml), what the reader sees (the causes and conditions of that answer's articles) and
//! the answer (a cause's reason and what to do, or a condition's, with the timeframes of its
//! article and a link to the exact place in the full article).
//!
//! Every step is a page of plain links: it works without JavaScript, each page can be
//! bookmarked and indexed, and the browser's back button is the way back.

use serde::Serialize;
use tera::Context;

use super::pages::{all_locales, crumb_urls, home_of, page_title};
use super::seo;
use super::timeframes::PolicyView;
use super::urls::PagePath;
use super::views::{Crumb, LinkView, TextView, ViewBuilder};
use crate::localize::Args;
use crate::model::{Article, ArticleText, Block, Id, Part, PeriodRef, SectionKind, SiteText};
use crate::site::FinderSubject;

/// How many steps the finder has: what was cancelled, what you see, the answer.
const STEPS: f64 = 3.0;

#[derive(Debug, Serialize)]
struct SubjectView {
    id: String,
    label: TextView,
    description: TextView,
    href: String,
}

#[derive(Debug, Serialize)]
struct GroupView {
    /// The article's id, which anchors the group's heading.
    id: String,
    /// The article's title.
    heading: TextView,
    options: Vec<OptionView>,
}

#[derive(Debug, Serialize)]
struct OptionView {
    /// An order status's name, or a cause's.
    label: TextView,
    href: String,
}

#[derive(Debug, Serialize)]
struct SectionLink {
    title: TextView,
    href: String,
}

#[derive(Debug, Serialize)]
struct AnswerView {
    /// The cause, or the order status.
    label: TextView,
    reason: Option<TextView>,
    /// What to do: a cause's solution, or a condition's text.
    action: Option<TextView>,
    remark: Option<TextView>,
    /// False for a condition where nothing can be done.
    possible: bool,
    /// Where the article says what to do, when the cause itself does not.
    next: Vec<SectionLink>,
    /// The policies of the answer and of its article's deadlines.
    timeframes: Vec<PolicyView>,
    timeframes_href: Option<String>,
    /// The full article, at the cause or condition.
    article: LinkView,
    question_href: String,
    start_href: String,
}

fn step(builder: &ViewBuilder<'_, '_>, number: f64) -> TextView {
    builder.ui_with(
        "finder-step",
        Args::Numbers(&[("step", number), ("steps", STEPS)]),
    )
}

fn start_page(builder: &ViewBuilder<'_, '_>) -> PagePath {
    PagePath::Finder {
        locale: builder.locale.to_string(),
    }
}

fn question_page(builder: &ViewBuilder<'_, '_>, subject: &str) -> PagePath {
    PagePath::FinderQuestion {
        locale: builder.locale.to_string(),
        subject: subject.to_string(),
    }
}

/// Home › the finder › ..., as views and as JSON-LD.
fn breadcrumbs(
    builder: &ViewBuilder<'_, '_>,
    more: Vec<(TextView, PagePath)>,
) -> (Vec<Crumb>, String) {
    let home = home_of(builder.locale);
    let start = start_page(builder);
    let mut crumbs = vec![
        (builder.crumb(builder.ui("home-link"), &home), home),
        (builder.crumb(builder.ui("finder-link"), &start), start),
    ];
    for (name, page) in more {
        crumbs.push((builder.crumb(name, &page), page));
    }
    let json_ld = seo::breadcrumbs_json_ld(&crumb_urls(builder, &crumbs));
    (
        crumbs.into_iter().map(|(crumb, _)| crumb).collect(),
        json_ld,
    )
}

fn subject<'a>(builder: &ViewBuilder<'a, '_>, id: &str) -> Option<&'a FinderSubject> {
    builder
        .read
        .finder()
        .into_iter()
        .find(|s| s.id.as_str() == id)
}

/// Step one: what was cancelled?
pub fn start(builder: &ViewBuilder<'_, '_>, context: &mut Context) {
    let title = builder.ui("finder-title");
    let mut view = builder.page(
        page_title(builder, &title.text),
        builder.ui("finder-intro").text,
        &all_locales(builder),
    );
    let subjects: Vec<SubjectView> = builder
        .read
        .finder()
        .into_iter()
        .map(|subject| SubjectView {
            id: subject.id.to_string(),
            label: builder.site_text(SiteText::Finder(&subject.id)),
            description: builder.site_text(SiteText::FinderDescription(&subject.id)),
            href: builder
                .linker
                .page(&question_page(builder, subject.id.as_str())),
        })
        .collect();
    let (crumbs, json_ld) = breadcrumbs(builder, Vec::new());
    view.breadcrumbs = crumbs;
    view.json_ld = Some(json_ld);
    context.insert("page", &view);
    context.insert("step", &step(builder, 1.0));
    context.insert("subjects", &subjects);
}

/// Step two: what does the reader see? The causes and conditions of the answer's articles,
/// under each article's title.
pub fn question(builder: &ViewBuilder<'_, '_>, subject_id: &str, context: &mut Context) {
    let Some(subject) = subject(builder, subject_id) else {
        return;
    };
    let question = builder.site_text(SiteText::FinderQuestion(&subject.id));
    let label = builder.site_text(SiteText::Finder(&subject.id));
    let mut view = builder.page(
        page_title(builder, &question.text),
        label.text.clone(),
        &all_locales(builder),
    );
    let groups: Vec<GroupView> = subject
        .groups
        .iter()
        .filter_map(|group| {
            let article = group.article.as_str();
            let link = builder.article_link(article)?;
            let options = group
                .options
                .iter()
                .map(|option| OptionView {
                    label: match &option.status {
                        Some(status) => builder.site_text(SiteText::Status(status)),
                        None => builder.article_text(
                            article,
                            ArticleText::Item(SectionKind::Causes, &option.item),
                            Args::None,
                            false,
                        ),
                    },
                    href: builder.linker.page(&PagePath::FinderAnswer {
                        locale: builder.locale.to_string(),
                        subject: subject.id.to_string(),
                        article: article.to_string(),
                        item: option.item.to_string(),
                    }),
                })
                .collect();
            Some(GroupView {
                id: article.to_string(),
                heading: link.title,
                options,
            })
        })
        .collect();
    let (crumbs, json_ld) = breadcrumbs(builder, vec![(label.clone(), builder.page.clone())]);
    view.breadcrumbs = crumbs;
    view.json_ld = Some(json_ld);
    context.insert("page", &view);
    context.insert("step", &step(builder, 2.0));
    context.insert("question", &question);
    context.insert("groups", &groups);
    context.insert("start_href", &builder.linker.page(&start_page(builder)));
}

/// Where an item is in an article: its section's block and its index there.
fn find_item<'x>(article: &'x Article, item: &str) -> Option<(&'x Block, usize)> {
    article.sections.iter().find_map(|section| {
        let index = section
            .block
            .item_ids()
            .iter()
            .position(|id| id.as_str() == item)?;
        matches!(section.block, Block::Causes(_) | Block::Conditions(_))
            .then_some((&section.block, index))
    })
}

/// Step three: the answer.
pub fn answer(
    builder: &ViewBuilder<'_, '_>,
    subject_id: &str,
    article_id: &str,
    item: &str,
    context: &mut Context,
) {
    let (Some(subject), Some(article)) = (
        subject(builder, subject_id),
        builder.read.article(article_id),
    ) else {
        return;
    };
    let Some((block, index)) = find_item(article, item) else {
        return;
    };
    let locale = builder.locale;
    let item_id = block.item_ids()[index];
    let kind = block.kind();
    let own_period = block.item_period(index);
    let args = Args::from(own_period.and_then(|p| builder.read.period(p)));
    let parts = block.item_parts(index);
    let part = |part: Part| {
        parts.contains(&part).then(|| {
            builder.article_text(
                article_id,
                ArticleText::Part(kind, item_id, part),
                args,
                true,
            )
        })
    };
    let (label, action, possible) = match block {
        Block::Conditions(conditions) => {
            let condition = &conditions[index];
            let status = builder.site_text(SiteText::Status(&condition.status));
            let label = builder.ui_with("finder-status-title", Args::Str("status", &status.text));
            let action =
                builder.article_text(article_id, ArticleText::Item(kind, item_id), args, true);
            (label, Some(action), condition.possible)
        }
        _ => (
            builder.article_text(article_id, ArticleText::Item(kind, item_id), args, false),
            part(Part::Solution),
            true,
        ),
    };
    let Some(mut link) = builder.article_link(article_id) else {
        return;
    };
    link.href = format!("{}#{item}", link.href);
    let next = if action.is_none() {
        article
            .sections
            .iter()
            .filter(|s| {
                matches!(
                    s.block.kind(),
                    SectionKind::Steps | SectionKind::Channels | SectionKind::Remedies
                )
            })
            .map(|section| {
                let href = link.href.split('#').next().unwrap_or_default();
                SectionLink {
                    title: builder.article_text(
                        article_id,
                        ArticleText::Heading(&section.id),
                        Args::None,
                        false,
                    ),
                    href: format!("{href}#{}", section.id),
                }
            })
            .collect()
    } else {
        Vec::new()
    };
    let timeframes: Vec<PolicyView> = policies_of(own_period, article)
        .iter()
        .filter_map(|id| builder.read.policy(id.as_str()))
        .map(|(_, policy)| builder.policy_view(policy, false))
        .collect();
    let timeframes_href = timeframes.first().map(|first| first.href.clone());
    let reason = part(Part::Reason);
    let remark = part(Part::Remark);
    let description = [&reason, &action]
        .into_iter()
        .flatten()
        .next()
        .map_or_else(|| label.text.clone(), |text| text.text.clone());

    let translated: Vec<&str> = builder
        .read
        .locales()
        .iter()
        .map(|l| l.code.as_str())
        .filter(|code| builder.read.translated(code, article_id))
        .collect();
    let mut view = builder.page(page_title(builder, &label.text), description, &translated);
    if let Some(source) = builder.read.source_locale(locale, article_id)
        && source != locale
    {
        let language = builder.language_name(source);
        view.fallback_notice =
            Some(builder.ui_with("fallback-page-notice", Args::Str("language", &language)));
    }
    let subject_label = builder.site_text(SiteText::Finder(&subject.id));
    let question = question_page(builder, subject.id.as_str());
    let (crumbs, json_ld) = breadcrumbs(
        builder,
        vec![
            (subject_label, question.clone()),
            (label.clone(), builder.page.clone()),
        ],
    );
    view.breadcrumbs = crumbs;
    view.json_ld = Some(json_ld);
    let answer = AnswerView {
        label,
        reason,
        action,
        remark,
        possible,
        next,
        timeframes,
        timeframes_href,
        article: link,
        question_href: builder.linker.page(&question),
        start_href: builder.linker.page(&start_page(builder)),
    };
    context.insert("page", &view);
    context.insert("step", &step(builder, 3.0));
    context.insert("answer", &answer);
}

/// The policies an answer states: the item's own, then those of its article's deadlines,
/// each once, in reading order.
fn policies_of<'x>(own: Option<&'x PeriodRef>, article: &'x Article) -> Vec<&'x Id> {
    let deadlines = article
        .sections
        .iter()
        .flat_map(|section| match &section.block {
            Block::Deadlines(deadlines) => {
                deadlines.iter().filter_map(|d| d.period.policy()).collect()
            }
            _ => Vec::new(),
        });
    let mut ids: Vec<&Id> = Vec::new();
    for id in own.and_then(PeriodRef::policy).into_iter().chain(deadlines) {
        if !ids.contains(&id) {
            ids.push(id);
        }
    }
    ids
}
