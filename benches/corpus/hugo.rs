//! The same corpus as a Hugo site, for the peer benchmark (`benches/run.sh`): what a Hugo user
//! writes for the help centre helpsite builds, so that the two builds are compared on equal work.
//!
//! Equal shape: the same articles, categories and words (the text of `text.rs`, so ~760 words per
//! article and locale) in the same four languages, with the same kinds of pages: per language a
//! home (categories with their article counts, popular articles), one page per category (its
//! articles with their summaries), one per article (breadcrumbs, contents, causes as definition
//! lists, steps, deadlines, notes, related articles, contact options), a search page listing
//! every article by category, and a 404 page; a language switcher and hreflang links on every
//! page. The interface texts are helpsite's own `ui.ftl` as Hugo `i18n/` tables; the stylesheet
//! is helpsite's. Links between articles are `relref` shortcodes, which Hugo checks as helpsite
//! checks `article:` links; periods are written out ("within 3 days").
//!
//! Hugo's layout: `hugo.toml` with the four languages (`contentDir` per language, the default
//! one in a subfolder as helpsite's), `content/<lang>/<category>/<article>.md`, a minimal theme
//! in `layouts/` (copied from `benches/corpus/hugo/layouts/`: baseof, home, list, single, a
//! search layout, 404). Taxonomies and RSS are off, since helpsite has neither. Article bodies
//! carry `data-pagefind-body`, so that the Pagefind CLI, run over Hugo's output, indexes the
//! article pages as helpsite's index does (1,000 pages at 250 articles, both).
//!
//! Not equal: helpsite's pages also carry structured data (JSON-LD: breadcrumbs, FAQ, HowTo),
//! icons and the search box's texts, so its output is larger (24 MB against Hugo's 14 MB at 250
//! articles); Hugo writes pretty URLs (`<article>/index.html`) and a redirect at the root where
//! helpsite writes a language chooser and a root 404 page (one HTML page more).

use std::collections::HashMap;
use std::fmt::Write as _;
use std::io;
use std::path::Path;

use super::text::{self, ArticleText};
use super::words::Lang;
use super::{
    Corpus, DEFAULT_SITE_FTL, DEFAULT_UI_FTL, Files, Options, Plan, SECTION_CAUSES,
    SECTION_DEADLINES, SECTION_NOTES, SECTION_STEPS, Summary, Unit, prepare, quoted, scalar,
};

/// What the generator writes into `out`, and replaces on the next run.
const GENERATED: &[&str] = &["hugo.toml", "content", "layouts", "i18n", "static"];

const STYLE_CSS: &str = include_str!("../../templates/static/style.css");

/// Writes the Hugo site into `out`: `hugo --source out` builds it.
pub fn generate_hugo(out: &Path, options: &Options) -> io::Result<Summary> {
    let corpus = Corpus::new(options)?;
    prepare(out, GENERATED)?;
    let plans = &corpus.plans;
    let locales = corpus.locales();
    let mut files = Files::default();

    files.write(&out.join("hugo.toml"), &config(&corpus, options))?;
    for (name, text) in LAYOUTS {
        files.write(&out.join("layouts").join(name), text)?;
    }
    files.write(&out.join("static/assets/style.css"), STYLE_CSS)?;

    let category_of: HashMap<&str, &str> = plans
        .iter()
        .map(|plan| {
            (
                plan.id.as_str(),
                corpus.category_ids[plan.category].as_str(),
            )
        })
        .collect();
    let mut words = Vec::new();
    for &(index, lang) in &locales {
        let site = Messages::parse(DEFAULT_SITE_FTL[index]);
        let ui = Messages::parse(DEFAULT_UI_FTL[index]);
        files.write(
            &out.join(format!("i18n/{}.toml", lang.code)),
            &i18n_toml(&[&site, &ui]),
        )?;
        let content = out.join("content").join(lang.code);
        files.write(
            &content.join("_index.md"),
            &front_matter(&[
                ("title", quoted(site.get("site-name"))),
                ("description", quoted(site.get("site-tagline"))),
            ]),
        )?;
        files.write(
            &content.join("search.md"),
            &front_matter(&[
                ("title", quoted(ui.get("search-title"))),
                ("layout", quoted("search")),
            ]),
        )?;
        let descriptions = text::category_descriptions(options.seed, index, lang, corpus.extra);
        for (k, id) in corpus.category_ids.iter().enumerate() {
            let (name, description) = match corpus.extra.iter().position(|(e, _)| e == id) {
                Some(e) => (corpus.extra[e].1[index], descriptions[e].as_str()),
                None => (
                    site.get(&format!("category-{id}")),
                    site.get(&format!("category-{id}.description")),
                ),
            };
            files.write(
                &content.join(id).join("_index.md"),
                &front_matter(&[
                    ("title", quoted(name)),
                    ("description", quoted(description)),
                    ("weight", (k + 1).to_string()),
                ]),
            )?;
        }
        let labels = Labels {
            reason: ui.get("cause-reason"),
            solution: ui.get("cause-solution"),
            remark: ui.get("cause-remark"),
            note: ui.get("note-info-label"),
            warning: ui.get("note-warning-label"),
        };
        let mut total = 0;
        for (i, plan) in plans.iter().enumerate() {
            let text = text::article_text(options.seed, i, index, lang, plans);
            total += text.words;
            let markdown = article_markdown(&text, plan, plans, lang, &labels, &category_of)?;
            files.write(
                &content
                    .join(&corpus.category_ids[plan.category])
                    .join(format!("{}.md", plan.id)),
                &markdown,
            )?;
        }
        words.push((lang.code, total / plans.len()));
    }
    Ok(Summary {
        articles: plans.len(),
        categories: corpus.category_ids.len(),
        files: files.count,
        bytes: files.bytes,
        words,
        first_article: plans[0].id.clone(),
    })
}

fn config(corpus: &Corpus, options: &Options) -> String {
    let config = &corpus.config;
    let mut t = format!(
        "# Generated by `cargo run --example gen-corpus -- --layout hugo --articles {} --seed {}`:\n\
         # helpsite's generated site as a Hugo site (benches/corpus/hugo.rs).\n\
         baseURL = {}\n\
         defaultContentLanguage = {}\n\
         defaultContentLanguageInSubdir = true\n\
         # The articles' dates (in 2026) may lie in the future: Hugo skips such pages without this.\n\
         buildFuture = true\n\
         disableKinds = [\"taxonomy\", \"term\", \"RSS\"]\n\
         enableRobotsTXT = true\n\
         hasCJKLanguage = true\n\
         \n\
         [markup.tableOfContents]\n\
         startLevel = 2\n\
         endLevel = 2\n\
         \n\
         ",
        options.articles,
        options.seed,
        quoted(&config.base_url),
        quoted(&config.default_locale),
    );
    for contact in &config.contact {
        let href = match scalar(&contact.kind).as_str() {
            "email" => format!("mailto:{}", contact.address),
            _ => contact.address.clone(),
        };
        let _ = writeln!(
            t,
            "[[params.contact]]\nid = {}\nhref = {}",
            quoted(&contact.id.to_string()),
            quoted(&href)
        );
    }
    for (weight, (locale, (index, _))) in config.locales.iter().zip(corpus.locales()).enumerate() {
        let site = Messages::parse(DEFAULT_SITE_FTL[index]);
        let _ = write!(
            t,
            "\n[languages.{code}]\nlanguageName = {}\nlanguageCode = {}\ntitle = {}\nweight = {}\ncontentDir = \"content/{code}\"\n",
            quoted(site.get("language-name")),
            quoted(locale.lang.as_deref().unwrap_or(&locale.code)),
            quoted(site.get("site-name")),
            weight + 1,
            code = locale.code,
        );
    }
    t
}

fn front_matter(fields: &[(&str, String)]) -> String {
    let mut y = String::from("---\n");
    for (key, value) in fields {
        let _ = writeln!(y, "{key}: {value}");
    }
    y.push_str("---\n");
    y
}

/// The interface words an article's body is written with.
struct Labels<'a> {
    reason: &'a str,
    solution: &'a str,
    remark: &'a str,
    note: &'a str,
    warning: &'a str,
}

fn article_markdown(
    text: &ArticleText,
    plan: &Plan,
    plans: &[Plan],
    lang: &Lang,
    labels: &Labels<'_>,
    category_of: &HashMap<&str, &str>,
) -> io::Result<String> {
    let related: Vec<String> = plan
        .related
        .iter()
        .map(|&j| {
            let id = plans[j].id.as_str();
            quoted(&format!("/{}/{id}", category_of.get(id).unwrap_or(&"")))
        })
        .collect();
    let (month, day) = plan.updated;
    let mut fields = vec![
        ("title", quoted(&text.title)),
        ("description", quoted(&text.summary)),
        ("date", format!("2026-{month:02}-{day:02}")),
        ("weight", plan.order.to_string()),
    ];
    if plan.featured {
        fields.push(("featured", "true".into()));
    }
    fields.push(("related", format!("[{}]", related.join(", "))));
    let mut m = front_matter(&fields);
    // Markdown of the generated text: the period written out, `article:` links as relref.
    let md = |t: &str, period: Option<(Unit, u32)>| -> io::Result<String> {
        let t = match period {
            Some((unit, amount)) => t.replace(&lang.period(unit), &lang.period_text(unit, amount)),
            None => t.to_string(),
        };
        if t.contains("{ $") {
            return Err(io::Error::other(format!(
                "a Fluent placeable is left in the Markdown of `{}`: {t}",
                plan.id
            )));
        }
        links(&t, category_of)
    };

    let _ = writeln!(m, "\n{}\n", md(&text.intro, None)?);
    let _ = writeln!(
        m,
        "## {} {{#{SECTION_CAUSES}}}\n\n{}\n",
        text.causes_heading,
        md(&text.causes_intro, None)?
    );
    for (k, (id, cause)) in plan.causes.iter().zip(&text.causes).enumerate() {
        let (with_period, unit, amount) = plan.cause_period;
        let period = (k == with_period).then_some((unit, amount));
        let _ = writeln!(
            m,
            "### {} {{#{id}}}\n\n{}\n: {}\n\n{}\n: {}\n\n{}\n: {}\n",
            cause.name,
            labels.reason,
            md(&cause.reason, period)?,
            labels.solution,
            md(&cause.solution, None)?,
            labels.remark,
            md(&cause.remark, None)?
        );
    }
    let _ = writeln!(m, "## {} {{#{SECTION_STEPS}}}\n", text.steps_heading);
    for (k, (step, detail)) in text.steps.iter().enumerate() {
        let period = (k == plan.step_period.0).then_some((Unit::Days, plan.step_period.1));
        let _ = writeln!(m, "{}. {}", k + 1, md(step, period)?);
        if let Some(detail) = detail {
            let _ = writeln!(m, "\n   {}\n", md(detail, None)?);
        }
    }
    let _ = writeln!(
        m,
        "\n## {} {{#{SECTION_DEADLINES}}}\n",
        text.deadlines_heading
    );
    for ((_, unit, amount), deadline) in plan.deadlines.iter().zip(&text.deadlines) {
        let _ = writeln!(m, "- {}", md(deadline, Some((*unit, *amount)))?);
    }
    let _ = writeln!(m, "\n## {} {{#{SECTION_NOTES}}}\n", text.notes_heading);
    for (k, note) in text.notes.iter().enumerate() {
        // The second note is a warning, as in helpsite's corpus (`tone: warning`).
        let label = if k == 1 { labels.warning } else { labels.note };
        let _ = writeln!(m, "> **{label}**\n>\n> {}\n", md(note, None)?);
    }
    Ok(m)
}

/// `[text](article:id#anchor)` -> `[text]({{< relref "/category/id.md" >}}#anchor)`.
fn links(text: &str, category_of: &HashMap<&str, &str>) -> io::Result<String> {
    const START: &str = "](article:";
    let mut out = String::with_capacity(text.len() + 64);
    let mut rest = text;
    while let Some(at) = rest.find(START) {
        out.push_str(&rest[..at]);
        let after = &rest[at + START.len()..];
        let end = after
            .find(')')
            .ok_or_else(|| io::Error::other(format!("an unclosed link in: {text}")))?;
        let (id, anchor) = match after[..end].split_once('#') {
            Some((id, anchor)) => (id, format!("#{anchor}")),
            None => (&after[..end], String::new()),
        };
        let category = category_of
            .get(id)
            .ok_or_else(|| io::Error::other(format!("a link to an unknown article `{id}`")))?;
        let _ = write!(out, "]({{{{< relref \"/{category}/{id}.md\" >}}}}{anchor})");
        rest = &after[end + 1..];
    }
    out.push_str(rest);
    Ok(out)
}

/// The messages of a Fluent file as `id` and `id.attribute`, with their source text.
struct Messages(Vec<(String, String)>);

impl Messages {
    /// Enough of Fluent for helpsite's own `site.ftl` and `ui.ftl`: messages, attributes and
    /// multiline values (select expressions) kept as written.
    fn parse(source: &str) -> Messages {
        let mut messages: Vec<(String, String)> = Vec::new();
        let mut id = String::new();
        let mut open = false;
        for line in source.lines() {
            let indented = line.starts_with(' ');
            let trimmed = line.trim();
            if trimmed.is_empty() || line.starts_with('#') {
                open = false;
            } else if indented && open && trimmed.starts_with('.') {
                if let Some((attribute, value)) = trimmed[1..].split_once(" = ") {
                    messages.push((format!("{id}.{attribute}"), value.to_string()));
                }
            } else if (indented || trimmed == "}") && open {
                if let Some((_, value)) = messages.last_mut() {
                    value.push('\n');
                    value.push_str(trimmed);
                }
            } else if let Some((key, value)) = line.split_once(" = ") {
                id = key.trim().to_string();
                open = true;
                messages.push((id.clone(), value.to_string()));
            } else if let Some(key) = line.strip_suffix(" =") {
                id = key.trim().to_string();
                open = true;
                messages.push((id.clone(), String::new()));
            }
        }
        Messages(messages)
    }

    /// A message's text (empty when it is missing: the page then shows less, the build goes on).
    fn get(&self, id: &str) -> &str {
        self.0
            .iter()
            .find(|(key, _)| key == id)
            .map_or("", |(_, value)| value.as_str())
    }
}

/// Hugo's `i18n/<lang>.toml`: every message; `{ $var }` as `{{ .var }}` (`{{ .Count }}` for
/// `$count`, which Hugo fills from a number argument), a select over `$count` as plural forms.
fn i18n_toml(files: &[&Messages]) -> String {
    let placeables = |text: &str| {
        let mut out = String::new();
        let mut rest = text;
        while let Some(at) = rest.find("{ $") {
            out.push_str(&rest[..at]);
            let after = &rest[at + 3..];
            let end = after.find(" }").unwrap_or(after.len());
            let name = &after[..end];
            let name = if name == "count" { "Count" } else { name };
            let _ = write!(out, "{{{{ .{name} }}}}");
            rest = after.get(end + 2..).unwrap_or("");
        }
        out.push_str(rest);
        out
    };
    let mut t = String::from("# Generated by gen-corpus from helpsite's ui.ftl and site.ftl.\n");
    for messages in files {
        for (id, value) in &messages.0 {
            let key = id.replace('.', "-");
            let _ = writeln!(t, "\n[{key}]");
            if value.contains("->") {
                for line in value.lines().skip(1) {
                    let line = line.trim_start_matches('*');
                    if let Some((category, text)) =
                        line.strip_prefix('[').and_then(|l| l.split_once("] "))
                    {
                        let _ = writeln!(t, "{category} = {}", quoted(&placeables(text)));
                    }
                }
            } else {
                let _ = writeln!(t, "other = {}", quoted(&placeables(value)));
            }
        }
    }
    t
}

/// The theme (`benches/corpus/hugo/layouts/`): one base page and a template per page kind.
const LAYOUTS: &[(&str, &str)] = &[
    (
        "_default/baseof.html",
        include_str!("hugo/layouts/_default/baseof.html"),
    ),
    ("index.html", include_str!("hugo/layouts/index.html")),
    (
        "_default/list.html",
        include_str!("hugo/layouts/_default/list.html"),
    ),
    (
        "_default/single.html",
        include_str!("hugo/layouts/_default/single.html"),
    ),
    (
        "_default/search.html",
        include_str!("hugo/layouts/_default/search.html"),
    ),
    ("404.html", include_str!("hugo/layouts/404.html")),
    (
        "partials/article-list.html",
        include_str!("hugo/layouts/partials/article-list.html"),
    ),
];
