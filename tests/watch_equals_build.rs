//! Watch mode is correct by construction, and this holds it to that: random sequences of edits
//! (texts in every locale, search keywords, numbers, `featured`, `order`, `category`, `related`,
//! articles added and deleted, French texts left out or marked untranslated, French's
//! direction, the configuration and its categories' icons and audiences, interface strings,
//! CSS and other static files, templates, policies (their numbers, dates, presence and
//! sentences, and whether an article states one) and the finder (its answers' order, and which
//! answer an article joins)), and after each one the output watch mode updated in place equals,
//! byte for byte, a clean build of the same files. Half the sequences keep a search index, so
//! the search documents watch mode keeps between runs, and the Pagefind bundles made from them,
//! are held to the same standard. The site's templates print every field of every page's view
//! (`{{ __tera_context }}`), so a page that depends on something its record does not know of
//! shows up as a difference.
//!
//! `PROPTEST_CASES=2000 cargo test --release --test watch_equals_build` runs longer; a failing
//! sequence is shrunk to a short one and printed.

mod common;

use std::collections::{BTreeMap, BTreeSet};
use std::fs;
use std::path::{Path, PathBuf};

use helpsite::load::Source;
use helpsite::model::{UI_MESSAGES, ui_variables};
use helpsite::watch::{Session, WatchOptions};
use proptest::prelude::*;

const LOCALES: [&str; 3] = ["en", "pl", "fr"];
const CATEGORIES: [&str; 3] = ["orders", "payments", "refunds"];
const STATUSES: [&str; 2] = ["awaiting-payment", "shipped"];
/// The finder's answers an article may join; the last is not in site.yaml (an error).
const ANSWERS: [&str; 3] = ["orders", "payments", "nowhere"];

/// A policy of content/policies.yaml.
#[derive(Debug, Clone)]
struct Policy {
    topic: &'static str,
    id: &'static str,
    unit: &'static str,
    amount: u32,
    /// The day of November 2026 it last changed, if it says.
    updated: Option<u8>,
    /// Whether content/policies.yaml lists it (removing one an article states is an error).
    present: bool,
}

/// One article as its YAML says it.
#[derive(Debug, Clone)]
struct Article {
    category: String,
    order: u32,
    featured: bool,
    related: Vec<String>,
    weeks: u32,
    /// Whether French translates it (otherwise the French page falls back to English).
    french: bool,
    /// French leaves one step out (part of the page falls back, under a notice).
    french_partial: bool,
    /// French's title is still marked `# helpsite: untranslated` (the page falls back).
    french_marked: bool,
    /// Whether its cause states the policy `refund-time` instead of its own `weeks`.
    cause_policy: bool,
    /// The finder answer it joins (an index into ANSWERS).
    finder: Option<usize>,
}

/// The whole site as data, written out after every edit.
#[derive(Debug, Clone)]
struct Model {
    categories: Vec<String>,
    /// Settings of the categories that have some: (icon, for merchants).
    category_settings: BTreeMap<String, (Option<&'static str>, bool)>,
    articles: BTreeMap<String, Article>,
    /// Texts changed by edits, by (locale, file key, message); the rest are made up from
    /// their names.
    texts: BTreeMap<(String, String, String), String>,
    email: String,
    css: String,
    extra_static: Option<String>,
    template_note: String,
    /// French written right to left (`direction: rtl` in site.yaml).
    french_rtl: bool,
    policies: Vec<Policy>,
    /// The finder's answers in site.yaml, in order.
    finder: Vec<&'static str>,
}

impl Model {
    fn new() -> Model {
        let article = |category: &str, order, featured, weeks, finder| Article {
            category: category.to_string(),
            order,
            featured,
            related: Vec::new(),
            weeks,
            french: true,
            french_partial: false,
            french_marked: false,
            cause_policy: weeks == 2,
            finder,
        };
        let mut articles = BTreeMap::new();
        articles.insert(
            "late-refund".into(),
            article("refunds", 1, true, 2, Some(1)),
        );
        articles.insert(
            "card-declined".into(),
            article("payments", 1, false, 1, Some(1)),
        );
        articles.insert(
            "cancel-order".into(),
            article("orders", 1, false, 3, Some(0)),
        );
        articles.insert(
            "restore-order".into(),
            article("orders", 2, true, 1, Some(0)),
        );
        let policy = |topic, id, unit, amount, present| Policy {
            topic,
            id,
            unit,
            amount,
            updated: None,
            present,
        };
        Model {
            categories: CATEGORIES.iter().map(|c| c.to_string()).collect(),
            category_settings: BTreeMap::new(),
            articles,
            texts: BTreeMap::new(),
            email: "help@example.com".into(),
            css: "body { color: #222; }\n".into(),
            extra_static: None,
            template_note: String::new(),
            french_rtl: false,
            policies: vec![
                policy("refunds", "refund-time", "weeks", 2, true),
                policy("orders", "reply-time", "days", 14, true),
                policy("orders", "spare-time", "days", 9, false),
            ],
            finder: vec!["orders", "payments"],
        }
    }

    /// The policies content/policies.yaml lists, by topic in order of first appearance.
    fn topics(&self) -> Vec<(&'static str, Vec<&Policy>)> {
        let mut topics: Vec<(&'static str, Vec<&Policy>)> = Vec::new();
        for policy in self.policies.iter().filter(|p| p.present) {
            match topics.iter_mut().find(|(topic, _)| *topic == policy.topic) {
                Some((_, policies)) => policies.push(policy),
                None => topics.push((policy.topic, vec![policy])),
            }
        }
        topics
    }

    fn text(&self, locale: &str, file: &str, message: &str) -> String {
        self.texts
            .get(&(locale.to_string(), file.to_string(), message.to_string()))
            .cloned()
            .unwrap_or_else(|| format!("{locale} {message}"))
    }

    /// Every file of the site, by path.
    fn files(&self) -> BTreeMap<String, Vec<u8>> {
        let mut files = BTreeMap::new();
        let mut put = |path: String, text: String| {
            files.insert(path, text.into_bytes());
        };
        put(
            "content/site.yaml".into(),
            format!(
                "base_url: https://help.example.com/\ndefault_locale: en\nlocales:\n  - {{ code: en }}\n  - {{ code: pl }}\n  - {{ code: fr{} }}\ncategories: [{}]\norder_statuses: [{}]\nfinder: [{}]\ncontact:\n  - {{ id: email, kind: email, address: \"{}\" }}\n",
                if self.french_rtl {
                    ", direction: rtl"
                } else {
                    ""
                },
                self.categories
                    .iter()
                    .map(|id| match self.category_settings.get(id) {
                        None => id.clone(),
                        Some((icon, merchants)) => format!(
                            "{{ id: {id}{}, audience: {} }}",
                            icon.map(|i| format!(", icon: {i}")).unwrap_or_default(),
                            if *merchants { "merchants" } else { "customers" }
                        ),
                    })
                    .collect::<Vec<_>>()
                    .join(", "),
                STATUSES.join(", "),
                self.finder.join(", "),
                self.email
            ),
        );
        let mut policies = String::new();
        for (topic, listed) in self.topics() {
            policies.push_str(&format!("{topic}:\n"));
            for policy in listed {
                let updated = policy
                    .updated
                    .map(|day| format!(", updated: 2026-11-{day:02}"))
                    .unwrap_or_default();
                policies.push_str(&format!(
                    "  {}: {{ {}: {}{updated} }}\n",
                    policy.id, policy.unit, policy.amount
                ));
            }
        }
        if !policies.is_empty() {
            put("content/policies.yaml".into(), policies);
        }
        for (id, article) in &self.articles {
            put(
                format!("content/articles/{id}.yaml"),
                format!(
                    "category: {}\norder: {}\nupdated: 2026-11-02\nfeatured: {}\nrelated: [{}]\n{}sections:\n  - id: why\n    causes:\n      - {{ id: reason-one, period: {} }}\n  - id: status\n    conditions:\n      - {{ id: if-shipped, status: shipped }}\n  - id: what-to-do\n    steps:\n      - id: first\n      - id: second\n  - id: how-long\n    deadlines:\n      - {{ id: answer, policy: reply-time }}\n",
                    article.category,
                    article.order,
                    article.featured,
                    article.related.join(", "),
                    article
                        .finder
                        .map(|answer| format!("finder: {}\n", ANSWERS[answer]))
                        .unwrap_or_default(),
                    if article.cause_policy {
                        "{ policy: refund-time }".to_string()
                    } else {
                        format!("{{ weeks: {} }}", article.weeks)
                    },
                ),
            );
            for locale in LOCALES {
                if locale == "fr" && !article.french {
                    continue;
                }
                let file = format!("articles/{id}");
                let t = |message: &str| self.text(locale, &file, message);
                let french = locale == "fr";
                let mut ftl = String::new();
                if french && article.french_marked {
                    ftl.push_str("# helpsite: untranslated\n");
                }
                ftl.push_str(&format!(
                        "title = {}\nsummary = {}\nsection-why = {}\ncause-reason-one = {}\n    .reason = {}\n    .solution = {} {{ $weeks }}\nsection-status = {}\ncondition-if-shipped = {}\nsection-what-to-do = {}\nstep-first = {}\nkeywords = {}\nsection-how-long = {}\ndeadline-answer = {} {{ $days }}\n",
                        t("title"),
                        t("summary"),
                        t("section-why"),
                        t("cause-reason-one"),
                        t("cause-reason-one.reason"),
                        t("cause-reason-one.solution"),
                        t("section-status"),
                        t("condition-if-shipped"),
                        t("section-what-to-do"),
                        t("step-first"),
                        t("keywords"),
                        t("section-how-long"),
                        t("deadline-answer"),
                ));
                if !(french && article.french_partial) {
                    ftl.push_str(&format!("step-second = {}\n", t("step-second")));
                }
                put(format!("locales/{locale}/articles/{id}.ftl"), ftl);
            }
        }
        for locale in LOCALES {
            let mut site = String::new();
            for message in ["site-name", "site-tagline", "language-name"] {
                site.push_str(&format!(
                    "{message} = {}\n",
                    self.text(locale, "site", message)
                ));
            }
            for category in CATEGORIES {
                let message = format!("category-{category}");
                site.push_str(&format!(
                    "{message} = {}\n    .description = {}\n",
                    self.text(locale, "site", &message),
                    self.text(locale, "site", &format!("{message}.description"))
                ));
            }
            for status in STATUSES {
                let message = format!("status-{status}");
                site.push_str(&format!(
                    "{message} = {}\n",
                    self.text(locale, "site", &message)
                ));
            }
            site.push_str(&format!(
                "contact-email = {}\n    .details = {}\n",
                self.text(locale, "site", "contact-email"),
                self.text(locale, "site", "contact-email.details")
            ));
            for answer in &ANSWERS[..2] {
                let message = format!("finder-{answer}");
                site.push_str(&format!(
                    "{message} = {}\n    .description = {}\n    .question = {}\n",
                    self.text(locale, "site", &message),
                    self.text(locale, "site", &format!("{message}.description")),
                    self.text(locale, "site", &format!("{message}.question")),
                ));
            }
            put(format!("locales/{locale}/site.ftl"), site);
            let mut policies = String::new();
            for (topic, listed) in self.topics() {
                let message = format!("topic-{topic}");
                policies.push_str(&format!(
                    "{message} = {}\n",
                    self.text(locale, "policies", &message)
                ));
                for policy in listed {
                    let message = format!("policy-{}", policy.id);
                    policies.push_str(&format!(
                        "{message} = {} {{ ${} }}\n",
                        self.text(locale, "policies", &message),
                        policy.unit
                    ));
                }
            }
            put(format!("locales/{locale}/policies.ftl"), policies);
            let mut ui = String::new();
            for message in UI_MESSAGES {
                let variables: String = ui_variables(message)
                    .iter()
                    .map(|v| format!(" {{ ${v} }}"))
                    .collect();
                ui.push_str(&format!(
                    "{message} = {}{variables}\n",
                    self.text(locale, "ui", message)
                ));
            }
            put(format!("locales/{locale}/ui.ftl"), ui);
        }
        // Every page prints every field of its view.
        let base = helpsite::theme::TEMPLATES
            .iter()
            .find(|(name, _)| *name == "base.html")
            .map(|(_, text)| *text)
            .unwrap_or_default()
            .replace(
                "</body>",
                &format!(
                    "<pre>{{{{ __tera_context }}}}</pre>{}\n</body>",
                    self.template_note
                ),
            );
        put("templates/base.html".into(), base);
        put("templates/static/style.css".into(), self.css.clone());
        if let Some(extra) = &self.extra_static {
            put("templates/static/extra.txt".into(), extra.clone());
        }
        files
    }

    fn ids(&self) -> Vec<String> {
        self.articles.keys().cloned().collect()
    }
}

/// One edit an editor could make.
#[derive(Debug, Clone)]
enum Edit {
    /// A message of a locale's file gets a new text (with a link to an article, sometimes).
    Text {
        locale: usize,
        file: usize,
        message: usize,
        word: String,
        link: Option<usize>,
    },
    Weeks(usize, u32),
    Featured(usize),
    Order(usize, u32),
    /// Moves an article to a category; index 3 names one that does not exist (an error).
    Category(usize, usize),
    Related(usize, Vec<usize>),
    AddArticle(u8),
    RemoveArticle(usize),
    /// French gains or loses its translation of an article.
    French(usize),
    /// French leaves out, or translates again, one step of an article.
    FrenchPartial(usize),
    /// French's title of an article gets, or loses, the `untranslated` marker.
    FrenchMarked(usize),
    /// French is written right to left, or left to right again.
    FrenchRtl,
    ReorderCategories(usize),
    /// A category gets an icon (or none) and an audience.
    CategorySettings(usize, Option<usize>, bool),
    Email(bool),
    Css(String),
    ExtraStatic(Option<String>),
    Template(String),
    /// A policy's number changes.
    PolicyAmount(usize, u32),
    /// A policy gains, changes or loses its date.
    PolicyUpdated(usize, Option<u8>),
    /// A policy is added to or removed from content/policies.yaml (removing one that an
    /// article states is an error).
    PolicyPresent(usize),
    /// An article's cause states the policy, or its own number.
    CausePolicy(usize),
    /// An article joins another finder answer, or none (index 3); `nowhere` is an error.
    ArticleFinder(usize, usize),
    ReorderFinder,
}

fn edit() -> impl Strategy<Value = Edit> {
    let word = "[a-z]{1,8}";
    prop_oneof![
        4 => (0..3usize, 0..5usize, 0..40usize, word, proptest::option::of(0..6usize)).prop_map(
            |(locale, file, message, word, link)| Edit::Text { locale, file, message, word, link }
        ),
        1 => (0..6usize, 1..5u32).prop_map(|(a, w)| Edit::Weeks(a, w)),
        1 => (0..6usize).prop_map(Edit::Featured),
        1 => (0..6usize, 0..4u32).prop_map(|(a, o)| Edit::Order(a, o)),
        1 => (0..6usize, 0..4usize).prop_map(|(a, c)| Edit::Category(a, c)),
        1 => (0..6usize, proptest::collection::vec(0..6usize, 0..3)).prop_map(|(a, r)| Edit::Related(a, r)),
        1 => (0..3u8).prop_map(Edit::AddArticle),
        1 => (0..6usize).prop_map(Edit::RemoveArticle),
        1 => (0..6usize).prop_map(Edit::French),
        1 => (0..6usize).prop_map(Edit::FrenchPartial),
        1 => (0..6usize).prop_map(Edit::FrenchMarked),
        1 => Just(Edit::FrenchRtl),
        1 => (0..6usize).prop_map(Edit::ReorderCategories),
        1 => (0..3usize, proptest::option::of(0..3usize), any::<bool>())
            .prop_map(|(c, icon, merchants)| Edit::CategorySettings(c, icon, merchants)),
        1 => any::<bool>().prop_map(Edit::Email),
        1 => word.prop_map(Edit::Css),
        1 => proptest::option::of(word).prop_map(Edit::ExtraStatic),
        1 => word.prop_map(Edit::Template),
        1 => (0..3usize, 1..5u32).prop_map(|(p, n)| Edit::PolicyAmount(p, n)),
        1 => (0..3usize, proptest::option::of(1..28u8)).prop_map(|(p, d)| Edit::PolicyUpdated(p, d)),
        1 => (0..3usize).prop_map(Edit::PolicyPresent),
        1 => (0..6usize).prop_map(Edit::CausePolicy),
        1 => (0..6usize, 0..4usize).prop_map(|(a, f)| Edit::ArticleFinder(a, f)),
        1 => Just(Edit::ReorderFinder),
    ]
}

impl Model {
    fn apply(&mut self, edit: &Edit) {
        let ids = self.ids();
        let pick = |i: usize| ids.get(i % ids.len().max(1)).cloned();
        match edit {
            Edit::Text {
                locale,
                file,
                message,
                word,
                link,
            } => {
                let locale = LOCALES[*locale];
                let (file, messages): (String, Vec<String>) = match file {
                    0 => (
                        "ui".into(),
                        UI_MESSAGES.iter().map(|m| m.to_string()).collect(),
                    ),
                    1 => (
                        "site".into(),
                        [
                            "site-name",
                            "site-tagline",
                            "language-name",
                            "category-orders",
                            "category-refunds.description",
                            "status-shipped",
                            "contact-email.details",
                            "finder-orders",
                            "finder-payments.question",
                        ]
                        .map(String::from)
                        .to_vec(),
                    ),
                    2 => (
                        "policies".into(),
                        [
                            "topic-refunds",
                            "topic-orders",
                            "policy-refund-time",
                            "policy-reply-time",
                        ]
                        .map(String::from)
                        .to_vec(),
                    ),
                    _ => {
                        let Some(id) = pick(*message) else { return };
                        (
                            format!("articles/{id}"),
                            [
                                "title",
                                "summary",
                                "section-why",
                                "cause-reason-one.reason",
                                "step-first",
                                "condition-if-shipped",
                                "keywords",
                                "deadline-answer",
                            ]
                            .map(String::from)
                            .to_vec(),
                        )
                    }
                };
                let message = messages[*message % messages.len()].clone();
                let mut text = format!("{locale} {word}");
                // Links in texts that take no Markdown would be fine too; they change what a
                // text depends on (the linked article's place).
                if let Some(target) = link.and_then(pick) {
                    text.push_str(&format!(" [see](article:{target})"));
                }
                self.texts.insert((locale.into(), file, message), text);
            }
            Edit::Weeks(a, weeks) => {
                if let Some(id) = pick(*a) {
                    self.articles.get_mut(&id).unwrap().weeks = *weeks;
                }
            }
            Edit::Featured(a) => {
                if let Some(id) = pick(*a) {
                    let article = self.articles.get_mut(&id).unwrap();
                    article.featured = !article.featured;
                }
            }
            Edit::Order(a, order) => {
                if let Some(id) = pick(*a) {
                    self.articles.get_mut(&id).unwrap().order = *order;
                }
            }
            Edit::Category(a, c) => {
                if let Some(id) = pick(*a) {
                    let category = CATEGORIES.get(*c).copied().unwrap_or("nowhere");
                    self.articles.get_mut(&id).unwrap().category = category.into();
                }
            }
            Edit::Related(a, related) => {
                if let Some(id) = pick(*a) {
                    let mut list: Vec<String> = related
                        .iter()
                        .filter_map(|r| pick(*r))
                        .filter(|r| r != &id)
                        .collect();
                    list.sort();
                    list.dedup();
                    self.articles.get_mut(&id).unwrap().related = list;
                }
            }
            Edit::AddArticle(n) => {
                let id = format!("new-topic-{n}");
                self.articles.entry(id).or_insert(Article {
                    category: CATEGORIES[usize::from(*n) % 3].into(),
                    order: 5,
                    featured: *n == 0,
                    related: Vec::new(),
                    weeks: 1,
                    french: false,
                    french_partial: false,
                    french_marked: false,
                    cause_policy: *n == 1,
                    finder: (*n < 2).then_some(usize::from(*n)),
                });
            }
            Edit::RemoveArticle(a) => {
                if self.articles.len() > 1
                    && let Some(id) = pick(*a)
                {
                    self.articles.remove(&id);
                    for article in self.articles.values_mut() {
                        article.related.retain(|r| r != &id);
                    }
                }
            }
            Edit::French(a) => {
                if let Some(id) = pick(*a) {
                    let article = self.articles.get_mut(&id).unwrap();
                    article.french = !article.french;
                }
            }
            Edit::FrenchPartial(a) => {
                if let Some(id) = pick(*a) {
                    let article = self.articles.get_mut(&id).unwrap();
                    article.french_partial = !article.french_partial;
                }
            }
            Edit::FrenchMarked(a) => {
                if let Some(id) = pick(*a) {
                    let article = self.articles.get_mut(&id).unwrap();
                    article.french_marked = !article.french_marked;
                }
            }
            Edit::FrenchRtl => self.french_rtl = !self.french_rtl,
            Edit::ReorderCategories(n) => self.categories.rotate_left(n % 3),
            Edit::CategorySettings(c, icon, merchants) => {
                let icon = icon.map(|i| ["card", "cart", "refund"][i]);
                self.category_settings
                    .insert(CATEGORIES[*c].into(), (icon, *merchants));
            }
            Edit::Email(good) => {
                self.email = if *good {
                    format!("help{}@example.com", self.email.len() % 7)
                } else {
                    "not an address".into()
                };
            }
            Edit::Css(word) => self.css = format!("body {{ /* {word} */ }}\n"),
            Edit::ExtraStatic(text) => self.extra_static = text.clone(),
            Edit::Template(word) => self.template_note = format!("<!-- {word} -->"),
            Edit::PolicyAmount(p, amount) => self.policies[*p % 3].amount = *amount,
            Edit::PolicyUpdated(p, day) => self.policies[*p % 3].updated = *day,
            Edit::PolicyPresent(p) => {
                let policy = &mut self.policies[*p % 3];
                policy.present = !policy.present;
            }
            Edit::CausePolicy(a) => {
                if let Some(id) = pick(*a) {
                    let article = self.articles.get_mut(&id).unwrap();
                    article.cause_policy = !article.cause_policy;
                }
            }
            Edit::ArticleFinder(a, answer) => {
                if let Some(id) = pick(*a) {
                    self.articles.get_mut(&id).unwrap().finder =
                        (*answer < ANSWERS.len()).then_some(*answer);
                }
            }
            Edit::ReorderFinder => self.finder.reverse(),
        }
    }
}

/// Writes the files that differ from `before`, deletes those gone, and returns the sources
/// that changed, as the watcher would report them.
fn write_changes(
    root: &Path,
    before: &BTreeMap<String, Vec<u8>>,
    after: &BTreeMap<String, Vec<u8>>,
) -> BTreeSet<Source> {
    let mut changed = BTreeSet::new();
    for (path, bytes) in after {
        if before.get(path) != Some(bytes) {
            let full = root.join(path);
            fs::create_dir_all(full.parent().unwrap()).unwrap();
            fs::write(&full, bytes).unwrap();
            changed.extend(Source::of(Path::new(path)));
        }
    }
    for path in before.keys().filter(|p| !after.contains_key(*p)) {
        fs::remove_file(root.join(path)).unwrap();
        changed.extend(Source::of(Path::new(path)));
    }
    changed
}

/// A clean build of `root` into `out`: the output tree, or `None` when the build fails.
fn clean_build(root: &Path, out: &Path, search: bool) -> Option<BTreeMap<String, Vec<u8>>> {
    let _ = fs::remove_dir_all(out);
    let outcome = helpsite::build(&helpsite::BuildOptions {
        root: root.to_path_buf(),
        out: out.to_path_buf(),
        strict: false,
        pseudo: false,
        search,
        part: helpsite::Part::All,
    });
    (!outcome.failed()).then(|| common::tree(out))
}

struct Folders {
    _dir: tempfile::TempDir,
    root: PathBuf,
    watched: PathBuf,
    clean: PathBuf,
}

fn folders() -> Folders {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path().join("site");
    Folders {
        watched: root.join("public"),
        clean: dir.path().join("clean"),
        root,
        _dir: dir,
    }
}

/// Runs one sequence: the first build, then every edit, comparing after each (with the search
/// index when `search`).
fn run_sequence(edits: &[Edit], search: bool) -> Result<(), TestCaseError> {
    let folders = folders();
    let mut model = Model::new();
    let mut files = model.files();
    write_changes(&folders.root, &BTreeMap::new(), &files);
    let options = WatchOptions {
        pseudo: false,
        search,
    };
    let (mut session, first) = Session::start(&folders.root, &folders.watched, options);
    prop_assert!(
        first.ok,
        "the first build: {}",
        first.diagnostics.render(false)
    );
    let mut good = clean_build(&folders.root, &folders.clean, search);
    prop_assert_eq!(Some(common::tree(&folders.watched)), good.clone());
    for (step, edit) in edits.iter().enumerate() {
        model.apply(edit);
        let next = model.files();
        let changed = write_changes(&folders.root, &files, &next);
        files = next;
        let rebuild = session.rebuild(&changed);
        session.settle();
        let watched = common::tree(&folders.watched);
        match clean_build(&folders.root, &folders.clean, search) {
            Some(clean) => {
                prop_assert!(
                    rebuild.ok,
                    "step {step} ({edit:?}): a clean build succeeds, the rebuild failed: {}",
                    rebuild.diagnostics.render(false)
                );
                if watched != clean {
                    let differing: Vec<&String> = clean
                        .keys()
                        .chain(watched.keys())
                        .filter(|p| clean.get(*p) != watched.get(*p))
                        .collect();
                    return Err(TestCaseError::fail(format!(
                        "step {step} ({edit:?}): watch output differs from a clean build in {differing:?}"
                    )));
                }
                good = Some(clean);
            }
            None => {
                prop_assert!(
                    !rebuild.ok,
                    "step {step} ({edit:?}): the clean build fails, the rebuild did not"
                );
                prop_assert_eq!(
                    Some(watched),
                    good.clone(),
                    "step {} ({:?}): a failed rebuild changed the output",
                    step,
                    edit
                );
            }
        }
    }
    Ok(())
}

proptest! {
    // A failing sequence is printed, shrunk; nothing is written next to the sources.
    #![proptest_config(ProptestConfig {
        cases: 256,
        failure_persistence: None,
        ..ProptestConfig::default()
    })]

    #[test]
    fn watch_output_equals_a_clean_build_after_every_edit(
        edits in proptest::collection::vec(edit(), 1..6),
        search in any::<bool>(),
    ) {
        run_sequence(&edits, search)?;
    }
}

/// The first reproduction: a site's own home template lists every article of each category
/// (`category.articles`, which the view offers); the title of an article that is not featured
/// is edited. The home page must show the new title, as a clean build does.
#[test]
fn a_home_template_listing_every_article_follows_a_title_edit() {
    let site = common::SiteCopy::new();
    let home = helpsite::theme::TEMPLATES
        .iter()
        .find(|(name, _)| *name == "home.html")
        .map(|(_, text)| *text)
        .unwrap()
        .replace(
            "<p class=\"meta\">{{ category.count.html | safe }}</p>",
            "<ul>{% for link in category.articles %}<li>{{ link.title.html | safe }}</li>{% endfor %}</ul>",
        );
    fs::write(site.path("templates/home.html"), home).unwrap();
    let (mut session, first) = Session::start(
        site.root(),
        &site.out(),
        WatchOptions {
            pseudo: false,
            search: false,
        },
    );
    assert!(first.ok);
    // An article that is not featured.
    let file = "locales/en/articles/cancelled-order-types.ftl";
    assert!(
        !site
            .read("content/articles/cancelled-order-types.yaml")
            .contains("featured: true")
    );
    let text = site.read(file);
    site.write(file, &text.replacen("title = ", "title = Renamed: ", 1));
    let rebuild = session.rebuild(&BTreeSet::from([Source::of(Path::new(file)).unwrap()]));
    assert!(rebuild.ok, "{}", rebuild.diagnostics.render(false));
    assert!(
        site.page("en/index.html").contains("Renamed: "),
        "the home page lists the new title"
    );
    let clean = tempfile::tempdir().unwrap();
    assert_eq!(
        common::tree(&site.out()),
        clean_build(site.root(), &clean.path().join("out"), false).unwrap()
    );
}

/// The second reproduction: editing the stylesheet under watch updates `assets/style.css`.
#[test]
fn a_stylesheet_edit_reaches_the_assets() {
    let site = common::SiteCopy::new();
    let (mut session, first) = Session::start(
        site.root(),
        &site.out(),
        WatchOptions {
            pseudo: false,
            search: false,
        },
    );
    assert!(first.ok);
    let css = "templates/static/style.css";
    site.write(css, &format!("{}\n/* edited */\n", site.read(css)));
    let rebuild = session.rebuild(&BTreeSet::from([Source::of(Path::new(css)).unwrap()]));
    assert!(rebuild.ok);
    assert!(site.page("assets/style.css").ends_with("/* edited */\n"));
    assert_eq!(rebuild.rendered, 0, "no page reads the stylesheet's text");
}
