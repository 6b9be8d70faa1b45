//! The names of the Fluent messages: which message (and attribute) holds each text the content
//! needs. Validation asks translations for exactly these, views read exactly these, and the
//! names are spelled here only.

use serde::Serialize;

use super::{Article, Block, Id, PeriodRef, Policies, SiteConfig, TimeUnit};

/// The message of an article's search keywords ([`ArticleText::Keywords`]): the only message
/// an article's file may have that the content does not ask for.
pub const KEYWORDS: &str = "keywords";

/// Where a message lives: the locale's shared `site.ftl` + `ui.ftl`, its `policies.ftl`, or one
/// article's file.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Scope<'a> {
    Site,
    Policies,
    Article(&'a str),
}

/// The kinds of section an article has. Each kind renders in its own way, and its items'
/// messages are named after it (`cause-<id>`, `step-<id>`, ...).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum SectionKind {
    Causes,
    Remedies,
    Steps,
    Conditions,
    Channels,
    Deadlines,
    Notes,
}

impl SectionKind {
    pub const ALL: [SectionKind; 7] = [
        SectionKind::Causes,
        SectionKind::Remedies,
        SectionKind::Steps,
        SectionKind::Conditions,
        SectionKind::Channels,
        SectionKind::Deadlines,
        SectionKind::Notes,
    ];

    /// The name of the kind, as YAML writes it (`causes:`) and templates compare it.
    pub fn as_str(self) -> &'static str {
        match self {
            SectionKind::Causes => "causes",
            SectionKind::Remedies => "remedies",
            SectionKind::Steps => "steps",
            SectionKind::Conditions => "conditions",
            SectionKind::Channels => "channels",
            SectionKind::Deadlines => "deadlines",
            SectionKind::Notes => "notes",
        }
    }

    /// The first word of its items' messages: `cause`, `remedy`, ...
    fn item(self) -> &'static str {
        match self {
            SectionKind::Causes => "cause",
            SectionKind::Remedies => "remedy",
            SectionKind::Steps => "step",
            SectionKind::Conditions => "condition",
            SectionKind::Channels => "channel",
            SectionKind::Deadlines => "deadline",
            SectionKind::Notes => "note",
        }
    }
}

/// A part of an item that has a text of its own, as an attribute of the item's message.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Part {
    /// A cause's reason.
    Reason,
    /// What to do about a cause.
    Solution,
    /// A remark on a cause.
    Remark,
    /// A step's second paragraph.
    Detail,
    /// A channel's details (address, opening hours).
    Details,
}

impl Part {
    pub fn attribute(self) -> &'static str {
        match self {
            Part::Reason => "reason",
            Part::Solution => "solution",
            Part::Remark => "remark",
            Part::Detail => "detail",
            Part::Details => "details",
        }
    }
}

/// One text of an article, by what it is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ArticleText<'a> {
    Title,
    /// One or two sentences; also the meta description.
    Summary,
    Intro,
    /// A section's heading.
    Heading(&'a Id),
    /// The paragraph under a section's heading.
    SectionIntro(&'a Id),
    /// An item's own text: a cause's name, a step, a remedy, ...
    Item(SectionKind, &'a Id),
    /// A part of an item: a cause's reason, a step's detail, ...
    Part(SectionKind, &'a Id, Part),
    /// Words a reader may search with that the text does not use ("money back" for an
    /// article about refunds): indexed by the search, never shown. Optional.
    Keywords,
}

impl ArticleText<'_> {
    /// The message id: `title`, `section-<id>`, `cause-<id>`, ...
    pub fn message(&self) -> String {
        match self {
            ArticleText::Title => "title".into(),
            ArticleText::Summary => "summary".into(),
            ArticleText::Intro => "intro".into(),
            ArticleText::Keywords => KEYWORDS.into(),
            ArticleText::Heading(section) | ArticleText::SectionIntro(section) => {
                format!("section-{section}")
            }
            ArticleText::Item(kind, id) | ArticleText::Part(kind, id, _) => {
                format!("{}-{id}", kind.item())
            }
        }
    }

    /// The attribute of the message, if the text is one.
    pub fn attribute(&self) -> Option<&'static str> {
        match self {
            ArticleText::SectionIntro(_) => Some("intro"),
            ArticleText::Part(_, _, part) => Some(part.attribute()),
            _ => None,
        }
    }
}

/// One text of a locale's `site.ftl`, by what it is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SiteText<'a> {
    Name,
    Tagline,
    /// The locale's own name for its language ("Polski").
    LanguageName,
    Category(&'a Id),
    CategoryDescription(&'a Id),
    /// An order status's name, as a condition shows it.
    Status(&'a Id),
    Contact(&'a Id),
    ContactDetails(&'a Id),
    /// An answer to the finder's first question, "what was cancelled?" ("An order").
    Finder(&'a Id),
    /// A line under that answer, saying what it covers.
    FinderDescription(&'a Id),
    /// The finder's second question after that answer ("What status does your order show?").
    FinderQuestion(&'a Id),
}

impl SiteText<'_> {
    pub fn message(&self) -> String {
        match self {
            SiteText::Name => "site-name".into(),
            SiteText::Tagline => "site-tagline".into(),
            SiteText::LanguageName => "language-name".into(),
            SiteText::Category(id) | SiteText::CategoryDescription(id) => format!("category-{id}"),
            SiteText::Status(id) => format!("status-{id}"),
            SiteText::Contact(id) | SiteText::ContactDetails(id) => format!("contact-{id}"),
            SiteText::Finder(id)
            | SiteText::FinderDescription(id)
            | SiteText::FinderQuestion(id) => format!("finder-{id}"),
        }
    }

    pub fn attribute(&self) -> Option<&'static str> {
        match self {
            SiteText::CategoryDescription(_) | SiteText::FinderDescription(_) => {
                Some("description")
            }
            SiteText::ContactDetails(_) => Some("details"),
            SiteText::FinderQuestion(_) => Some("question"),
            _ => None,
        }
    }
}

/// One text of a locale's `policies.ftl`, by what it is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PolicyText<'a> {
    /// A topic's heading on the Timeframes page.
    Topic(&'a Id),
    /// The policy in a plain sentence, its number as the variable named after its unit.
    Policy(&'a Id),
}

impl PolicyText<'_> {
    pub fn message(&self) -> String {
        match self {
            PolicyText::Topic(id) => format!("topic-{id}"),
            PolicyText::Policy(id) => format!("policy-{id}"),
        }
    }
}

/// The number a text receives from the YAML, as one Fluent variable named after its unit.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Number {
    #[default]
    None,
    Unit(TimeUnit),
    /// A period that names a policy that does not exist (reported as such): the unit is
    /// unknown, so any unit's variable is accepted, and the one mistake is reported once.
    Unknown,
}

impl Number {
    /// The variables the text may use.
    pub fn variables(self) -> Vec<&'static str> {
        match self {
            Number::None => Vec::new(),
            Number::Unit(unit) => vec![unit.variable()],
            Number::Unknown => TimeUnit::ALL.map(TimeUnit::variable).to_vec(),
        }
    }

    /// The number of a period as written in an article, its unit looked up in `policies`
    /// when it names one.
    pub fn of(period: Option<&PeriodRef>, policies: &Policies) -> Number {
        match period {
            None => Number::None,
            Some(PeriodRef::Given(period)) => Number::Unit(period.unit),
            Some(PeriodRef::Policy(id)) => policies
                .get(id.as_str())
                .map_or(Number::Unknown, |(_, policy)| {
                    Number::Unit(policy.period.unit)
                }),
        }
    }
}

/// One piece of text the content needs: a message, or one of its attributes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MessageKey {
    pub id: String,
    pub attribute: Option<&'static str>,
    /// The number the YAML gives this text, passed as a Fluent variable.
    pub number: Number,
}

impl MessageKey {
    /// `cause-foo.reason`, as people write it.
    pub fn display(&self) -> String {
        match self.attribute {
            Some(attribute) => format!("{}.{attribute}", self.id),
            None => self.id.clone(),
        }
    }

    /// An interface string of `ui.ftl`.
    pub fn ui(id: &str) -> Self {
        MessageKey {
            id: id.to_string(),
            attribute: None,
            number: Number::None,
        }
    }
}

impl From<ArticleText<'_>> for MessageKey {
    fn from(text: ArticleText<'_>) -> Self {
        MessageKey {
            id: text.message(),
            attribute: text.attribute(),
            number: Number::None,
        }
    }
}

impl From<SiteText<'_>> for MessageKey {
    fn from(text: SiteText<'_>) -> Self {
        MessageKey {
            id: text.message(),
            attribute: text.attribute(),
            number: Number::None,
        }
    }
}

impl Block {
    /// The parts of an item that have texts of their own, in reading order.
    pub fn item_parts(&self, index: usize) -> Vec<Part> {
        match self {
            Block::Causes(causes) => causes.get(index).map_or_else(Vec::new, |c| {
                [
                    (Part::Reason, c.reason),
                    (Part::Solution, c.solution),
                    (Part::Remark, c.remark),
                ]
                .into_iter()
                .filter_map(|(part, wanted)| wanted.then_some(part))
                .collect()
            }),
            Block::Steps(steps) => match steps.get(index) {
                Some(step) if step.detail => vec![Part::Detail],
                _ => Vec::new(),
            },
            Block::Channels(_) => vec![Part::Details],
            _ => Vec::new(),
        }
    }

    /// The number an item's texts receive (a period from the YAML, or a policy's), if any.
    pub fn item_period(&self, index: usize) -> Option<&PeriodRef> {
        match self {
            Block::Causes(items) => items.get(index)?.period.as_ref(),
            Block::Remedies(items) => items.get(index)?.period.as_ref(),
            Block::Steps(items) => items.get(index)?.period.as_ref(),
            Block::Conditions(items) => items.get(index)?.period.as_ref(),
            Block::Channels(_) => None,
            Block::Deadlines(items) => Some(&items.get(index)?.period),
            Block::Notes(items) => items.get(index)?.period.as_ref(),
        }
    }
}

impl Article {
    /// Every policy the article states, with the item that states it, in reading order.
    pub fn policies(&self) -> impl Iterator<Item = (&Id, &Id)> {
        self.sections.iter().flat_map(|section| {
            let ids = section.block.item_ids();
            (0..ids.len()).filter_map(move |index| {
                let policy = section.block.item_period(index)?.policy()?;
                Some((ids[index], policy))
            })
        })
    }

    /// Every message this article needs from its `.ftl` file, in reading order. The units of
    /// the policies it names come from `policies`.
    pub fn messages(&self, policies: &Policies) -> Vec<MessageKey> {
        let mut keys: Vec<MessageKey> =
            vec![ArticleText::Title.into(), ArticleText::Summary.into()];
        if self.intro {
            keys.push(ArticleText::Intro.into());
        }
        for section in &self.sections {
            keys.push(ArticleText::Heading(&section.id).into());
            if section.intro {
                keys.push(ArticleText::SectionIntro(&section.id).into());
            }
            let kind = section.block.kind();
            for (index, id) in section.block.item_ids().into_iter().enumerate() {
                let number = Number::of(section.block.item_period(index), policies);
                let with_period = |text: ArticleText<'_>| MessageKey {
                    number,
                    ..MessageKey::from(text)
                };
                keys.push(with_period(ArticleText::Item(kind, id)));
                for part in section.block.item_parts(index) {
                    keys.push(with_period(ArticleText::Part(kind, id, part)));
                }
            }
        }
        keys
    }

    /// Every id a link can point at with `article:<id>#<anchor>`: sections and their items.
    pub fn anchors(&self) -> impl Iterator<Item = &Id> {
        self.sections
            .iter()
            .flat_map(|s| std::iter::once(&s.id).chain(s.block.item_ids()))
    }
}

/// The interface strings every template may use, from `ui.ftl`. `$variables` are noted.
pub const UI_MESSAGES: &[&str] = &[
    "skip-to-content",
    "breadcrumb-label",
    "home-link",
    "language-switcher-label",
    "home-heading",
    "home-intro",
    "home-categories",
    "home-featured",
    "category-article-count",
    "category-articles-heading",
    "article-updated",
    "article-contents",
    "cause-reason",
    "cause-solution",
    "cause-remark",
    "condition-status",
    "condition-action",
    "condition-not-possible",
    "related-heading",
    "contact-heading",
    "contact-intro",
    "contact-option",
    "fallback-page-notice",
    "fallback-part-notice",
    "not-found-title",
    "not-found-body",
    "not-found-home",
    "footer-note",
    "root-title",
    "root-heading",
    "root-intro",
    "note-info-label",
    "note-warning-label",
    "steps-label",
    "search-label",
    "search-button",
    "search-title",
    "search-all-articles",
    "search-no-results",
    "search-results-heading",
    "search-loading",
    "search-needs-server",
    "search-placeholder",
    "search-results-count",
    "search-see-all",
    "search-results-label",
    "home-finder",
    "finder-link",
    "finder-title",
    "finder-intro",
    "finder-step",
    "finder-question-cancelled",
    "finder-status-title",
    "finder-timeframes",
    "finder-read-article",
    "finder-other-answer",
    "finder-start-again",
    "timeframes-link",
    "timeframes-title",
    "timeframes-intro",
    "timeframes-used-in",
];

/// Variables the interface strings receive (all others receive none).
pub fn ui_variables(id: &str) -> &'static [&'static str] {
    match id {
        "category-article-count" => &["count"],
        "article-updated" => &["date"],
        "contact-option" => &["name", "details"],
        "fallback-page-notice" | "fallback-part-notice" => &["language", "code"],
        "search-no-results" | "search-results-heading" => &["query"],
        "search-results-count" => &["count"],
        "finder-step" => &["step", "steps"],
        "finder-status-title" => &["status"],
        _ => &[],
    }
}

impl SiteConfig {
    /// Every message `site.ftl` must define for this configuration.
    pub fn messages(&self) -> Vec<MessageKey> {
        let mut keys: Vec<MessageKey> = [SiteText::Name, SiteText::Tagline, SiteText::LanguageName]
            .into_iter()
            .map(MessageKey::from)
            .collect();
        for category in &self.categories {
            keys.push(SiteText::Category(&category.id).into());
            keys.push(SiteText::CategoryDescription(&category.id).into());
        }
        for status in &self.order_statuses {
            keys.push(SiteText::Status(status).into());
        }
        for contact in &self.contact {
            keys.push(SiteText::Contact(&contact.id).into());
            keys.push(SiteText::ContactDetails(&contact.id).into());
        }
        for answer in &self.finder {
            keys.push(SiteText::Finder(answer).into());
            keys.push(SiteText::FinderDescription(answer).into());
            keys.push(SiteText::FinderQuestion(answer).into());
        }
        keys
    }
}

impl Policies {
    /// Every message `policies.ftl` must define: a heading per topic, a sentence per policy
    /// (which receives the policy's number).
    pub fn messages(&self) -> Vec<MessageKey> {
        let mut keys = Vec::new();
        for topic in &self.topics {
            keys.push(MessageKey {
                id: PolicyText::Topic(&topic.id).message(),
                attribute: None,
                number: Number::None,
            });
            for policy in &topic.policies {
                keys.push(MessageKey {
                    id: PolicyText::Policy(&policy.id).message(),
                    attribute: None,
                    number: Number::Unit(policy.period.unit),
                });
            }
        }
        keys
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_text_has_one_name() {
        let id = Id::try_from("late-refund".to_string()).unwrap();
        assert_eq!(ArticleText::Heading(&id).message(), "section-late-refund");
        assert_eq!(
            MessageKey::from(ArticleText::SectionIntro(&id)).display(),
            "section-late-refund.intro"
        );
        assert_eq!(
            MessageKey::from(ArticleText::Part(SectionKind::Causes, &id, Part::Remark)).display(),
            "cause-late-refund.remark"
        );
        assert_eq!(
            MessageKey::from(SiteText::CategoryDescription(&id)).display(),
            "category-late-refund.description"
        );
    }
}
