//! A generated helpsite site for benchmarks: N articles x 4 locales (en, pl, fr, zh) in the real
//! content model, deterministic for a seed.
//!
//! Shared by the `gen-corpus` example and the benchmarks (`mod corpus;`). The shape follows the
//! performance issue: per article and locale about 760 words; a section of 7 causes with reason,
//! solution and remark; 5 numbered steps; deadlines whose numbers come from YAML and reach the
//! text as Fluent variables with each language's plural forms; a couple of notes; `article:` links
//! and `related` entries between articles; some articles featured.
//!
//! `content/site.yaml` copies the default site's (locales, fallback, order statuses, contact
//! options) with more categories; `ui.ftl` and `site.ftl` are the default site's own texts (built
//! in at compile time), `site.ftl` extended with the added categories. Every translation is then
//! confirmed (`translations.lock`), as `helpsite confirm <locale> --all` does.

pub mod hugo;
mod text;
mod words;

use std::fmt::Write as _;
use std::fs;
use std::io;
use std::path::Path;

use helpsite::model::SiteConfig;
use text::ArticleText;
use words::{CATEGORIES, LANGS, Lang, Unit};

/// What to generate.
#[derive(Debug, Clone, Copy)]
pub struct Options {
    pub articles: usize,
    pub seed: u64,
}

/// What was generated.
#[derive(Debug, Clone)]
pub struct Summary {
    pub articles: usize,
    pub categories: usize,
    pub files: usize,
    pub bytes: u64,
    /// Average words per article, per locale (for Chinese: words from the word list, written
    /// without spaces; about two characters each).
    pub words: Vec<(&'static str, usize)>,
    /// The first article's id: benchmarks edit it.
    pub first_article: String,
}

/// A file written next to the generated folders, so a second run may replace them.
const MARKER: &str = ".gen-corpus";

const DEFAULT_SITE_YAML: &str = include_str!("../../content/site.yaml");
const DEFAULT_SITE_FTL: [&str; 4] = [
    include_str!("../../locales/en/site.ftl"),
    include_str!("../../locales/pl/site.ftl"),
    include_str!("../../locales/fr/site.ftl"),
    include_str!("../../locales/zh/site.ftl"),
];
const DEFAULT_UI_FTL: [&str; 4] = [
    include_str!("../../locales/en/ui.ftl"),
    include_str!("../../locales/pl/ui.ftl"),
    include_str!("../../locales/fr/ui.ftl"),
    include_str!("../../locales/zh/ui.ftl"),
];

/// The fixed section ids of every generated article.
const SECTION_CAUSES: &str = "why-it-happened";
const SECTION_STEPS: &str = "what-to-do";
const SECTION_DEADLINES: &str = "how-long-it-takes";
const SECTION_NOTES: &str = "good-to-know";

/// splitmix64: small, fast and good enough for text; no dependency.
pub struct Rng(u64);

impl Rng {
    pub fn new(seed: u64) -> Self {
        Rng(seed)
    }

    pub fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        z ^ (z >> 31)
    }

    /// A number in `0..n` (n > 0).
    pub fn below(&mut self, n: usize) -> usize {
        (self.next_u64() % n as u64) as usize
    }

    /// A number in `low..=high`.
    pub fn between(&mut self, low: usize, high: usize) -> usize {
        low + self.below(high - low + 1)
    }

    pub fn chance(&mut self, percent: usize) -> bool {
        self.below(100) < percent
    }

    pub fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.below(items.len())]
    }

    /// `k` distinct items, in the list's order.
    pub fn sample<'a, T>(&mut self, items: &'a [T], k: usize) -> Vec<&'a T> {
        let mut chosen: Vec<usize> = Vec::with_capacity(k);
        while chosen.len() < k.min(items.len()) {
            let i = self.below(items.len());
            if !chosen.contains(&i) {
                chosen.push(i);
            }
        }
        chosen.sort_unstable();
        chosen.into_iter().map(|i| &items[i]).collect()
    }
}

/// The structure of one article (the YAML), decided before any text is written.
struct Plan {
    id: String,
    category: usize,
    order: usize,
    updated: (u32, u32),
    featured: bool,
    related: Vec<usize>,
    causes: Vec<&'static str>,
    /// The cause with a period, and its period.
    cause_period: (usize, Unit, u32),
    steps: Vec<&'static str>,
    step_period: (usize, u32),
    deadlines: Vec<(&'static str, Unit, u32)>,
    notes: Vec<&'static str>,
    /// `article:` links: (target article, anchor), written into a note and a cause's remark.
    note_link: Option<(usize, Option<&'static str>)>,
    remark_link: Option<usize>,
}

/// Steps with a second paragraph.
const DETAILED_STEPS: [usize; 2] = [1, 3];
const LINKED_CAUSE: usize = 2;
/// Plural-friendly amounts: Polish one / few / many all occur.
const AMOUNTS: &[u32] = &[1, 2, 3, 4, 5, 7, 10, 12, 14, 21, 22, 30];

fn plan(options: &Options, categories: usize) -> Vec<Plan> {
    let n = options.articles;
    let mut rng = Rng::new(options.seed ^ 0x5eed_5eed_a271_c1e5);
    let mut per_category = vec![0usize; categories];
    let mut plans: Vec<Plan> = (0..n)
        .map(|i| {
            let category = i % categories;
            per_category[category] += 1;
            let id = format!(
                "{}-{}-{}",
                rng.pick(words::ID_TOPICS),
                rng.pick(words::ID_OBJECTS),
                i + 1
            );
            let causes: Vec<&'static str> = rng
                .sample(words::CAUSE_IDS, 7)
                .into_iter()
                .copied()
                .collect();
            let steps: Vec<&'static str> = rng
                .sample(words::STEP_IDS, 5)
                .into_iter()
                .copied()
                .collect();
            let deadline_ids = rng.sample(words::DEADLINE_IDS, 3);
            let first_unit = if rng.chance(20) {
                Unit::Hours
            } else {
                Unit::Days
            };
            let deadlines = [first_unit, Unit::WorkingDays, Unit::Weeks]
                .into_iter()
                .zip(deadline_ids)
                .map(|(unit, id)| (*id, unit, *rng.pick(AMOUNTS)))
                .collect();
            let cause_unit = if rng.chance(50) {
                Unit::Weeks
            } else {
                Unit::WorkingDays
            };
            Plan {
                id,
                category,
                order: per_category[category],
                updated: (rng.between(1, 12) as u32, rng.between(1, 28) as u32),
                featured: i % 40 == 0,
                related: Vec::new(),
                causes,
                cause_period: (rng.below(7), cause_unit, *rng.pick(AMOUNTS)),
                steps,
                step_period: (rng.below(5), *rng.pick(AMOUNTS)),
                deadlines,
                notes: rng
                    .sample(words::NOTE_IDS, 2)
                    .into_iter()
                    .copied()
                    .collect(),
                note_link: None,
                remark_link: None,
            }
        })
        .collect();
    if n > 1 {
        for i in 0..n {
            let others = |rng: &mut Rng| loop {
                let j = rng.below(n);
                if j != i {
                    break j;
                }
            };
            let count = rng.between(2, 3).min(n - 1);
            let mut related = Vec::new();
            while related.len() < count {
                let j = others(&mut rng);
                if !related.contains(&j) {
                    related.push(j);
                }
            }
            let target = others(&mut rng);
            let anchor = match rng.below(4) {
                0 => None,
                1 => Some(SECTION_STEPS),
                _ => Some(*rng.pick(&plans[target].causes)),
            };
            let remark_target = others(&mut rng);
            let plan = &mut plans[i];
            plan.related = related;
            plan.note_link = Some((target, anchor));
            plan.remark_link = Some(remark_target);
        }
    }
    plans
}

/// What both layouts share: the default site's configuration, the categories and the plan of
/// every article.
struct Corpus {
    config: SiteConfig,
    /// The default site's categories, then the generated ones (`extra`).
    category_ids: Vec<String>,
    extra: &'static [(&'static str, [&'static str; 4])],
    plans: Vec<Plan>,
}

impl Corpus {
    fn new(options: &Options) -> io::Result<Corpus> {
        if options.articles == 0 {
            return Err(io::Error::other("--articles must be at least 1"));
        }
        let config: SiteConfig = serde_yaml::from_str(DEFAULT_SITE_YAML)
            .map_err(|e| io::Error::other(format!("the default content/site.yaml: {e}")))?;
        for locale in &config.locales {
            if !LANGS.iter().any(|l| l.code == locale.code) {
                return Err(io::Error::other(format!(
                    "the default site has locale `{}`, which the generator has no words for",
                    locale.code
                )));
            }
        }
        let defaults: Vec<String> = config.categories.iter().map(|c| c.id.to_string()).collect();
        let categories =
            (options.articles / 12).clamp(defaults.len(), defaults.len() + CATEGORIES.len());
        let extra = &CATEGORIES[..categories - defaults.len()];
        let category_ids = defaults
            .into_iter()
            .chain(extra.iter().map(|(id, _)| id.to_string()))
            .collect();
        let plans = plan(options, categories);
        Ok(Corpus {
            config,
            category_ids,
            extra,
            plans,
        })
    }

    /// The site's locales with their index in `LANGS` (and in the `DEFAULT_*_FTL` lists).
    fn locales(&self) -> Vec<(usize, &'static Lang)> {
        self.config
            .locales
            .iter()
            .map(|locale| {
                let index = LANGS
                    .iter()
                    .position(|l| l.code == locale.code)
                    .unwrap_or(0);
                (index, LANGS[index])
            })
            .collect()
    }
}

/// Writes the site into `out` (content/ and locales/; the binary's default templates are used).
///
/// `out/content` and `out/locales` are replaced if a previous run of the generator made them;
/// the generator refuses to touch folders it did not make.
pub fn generate(out: &Path, options: &Options) -> io::Result<Summary> {
    let corpus = Corpus::new(options)?;
    prepare(out, &["content", "locales"])?;
    let Corpus {
        config,
        category_ids,
        extra,
        plans,
    } = &corpus;
    let category_ids: Vec<&str> = category_ids.iter().map(String::as_str).collect();

    let mut files = Files::default();
    files.write(
        &out.join("content/site.yaml"),
        &site_yaml(config, &category_ids, options),
    )?;
    for plan in plans {
        files.write(
            &out.join(format!("content/articles/{}.yaml", plan.id)),
            &article_yaml(plan, plans, &category_ids, options),
        )?;
    }
    let mut words = Vec::new();
    for (index, lang) in corpus.locales() {
        let dir = out.join("locales").join(lang.code);
        let mut site_ftl = without_finder(DEFAULT_SITE_FTL[index]);
        if !extra.is_empty() {
            site_ftl.push_str("\n\n## Generated categories\n\n");
        }
        let descriptions = text::category_descriptions(options.seed, index, lang, extra);
        for ((id, names), description) in extra.iter().zip(descriptions) {
            let _ = writeln!(
                site_ftl,
                "category-{id} = {}\n    .description = {description}",
                names[index]
            );
        }
        files.write(&dir.join("site.ftl"), &site_ftl)?;
        files.write(&dir.join("ui.ftl"), DEFAULT_UI_FTL[index])?;
        let mut total = 0;
        for (i, plan) in plans.iter().enumerate() {
            let text = text::article_text(options.seed, i, index, lang, plans);
            total += text.words;
            files.write(
                &dir.join(format!("articles/{}.ftl", plan.id)),
                &article_ftl(&text, plan),
            )?;
        }
        words.push((lang.code, total / plans.len()));
    }
    // Every translation confirmed against its source text, as `helpsite confirm <locale> --all`
    // does: a real site's translations.lock, and no "same as the source" warnings for the
    // default texts that are the same in English and French.
    for locale in &config.locales {
        if locale.code == config.default_locale {
            continue;
        }
        let selection = helpsite::confirm::Selection {
            all: true,
            keys: &[],
        };
        helpsite::confirm::confirm(out, &locale.code, &selection).map_err(|problems| {
            io::Error::other(format!(
                "confirming `{}`: {}",
                locale.code,
                problems.render(false)
            ))
        })?;
        let lock = out
            .join("locales")
            .join(&locale.code)
            .join("translations.lock");
        files.count += 1;
        files.bytes += fs::metadata(lock).map(|m| m.len()).unwrap_or(0);
    }
    Ok(Summary {
        articles: plans.len(),
        categories: category_ids.len(),
        files: files.count,
        bytes: files.bytes,
        words,
        first_article: plans[0].id.clone(),
    })
}

/// The default site's `site.ftl` without the finder's messages (`finder-<answer>` and their
/// attributes): the generated site has no `finder:`, and `check --strict` would call them unused.
fn without_finder(site_ftl: &str) -> String {
    let mut kept = String::with_capacity(site_ftl.len());
    let mut in_finder = false;
    for line in site_ftl.lines() {
        if !line.starts_with(' ') && !line.is_empty() {
            in_finder = line.starts_with("finder-") || line.contains("cancellation finder");
        }
        if !in_finder {
            kept.push_str(line);
            kept.push('\n');
        }
    }
    kept.trim_end().to_string()
}

/// Makes `out` ready: removes the files and folders (`generated`) a previous run wrote, refuses
/// to touch ones it did not write.
fn prepare(out: &Path, generated: &[&str]) -> io::Result<()> {
    let ours = out.join(MARKER).is_file();
    for name in generated {
        let path = out.join(name);
        if path.exists() {
            if !ours {
                return Err(io::Error::other(format!(
                    "`{}` exists and was not made by gen-corpus; choose an empty --out folder",
                    path.display()
                )));
            }
            if path.is_dir() {
                fs::remove_dir_all(&path)?;
            } else {
                fs::remove_file(&path)?;
            }
        }
    }
    fs::create_dir_all(out)?;
    fs::write(
        out.join(MARKER),
        format!(
            "made by `cargo run --example gen-corpus`; it replaces {} here\n",
            generated.join(", ")
        ),
    )
}

#[derive(Default)]
struct Files {
    count: usize,
    bytes: u64,
}

impl Files {
    fn write(&mut self, path: &Path, text: &str) -> io::Result<()> {
        if let Some(parent) = path.parent() {
            fs::create_dir_all(parent)?;
        }
        fs::write(path, text)?;
        self.count += 1;
        self.bytes += text.len() as u64;
        Ok(())
    }
}

/// A YAML (and JSON) string literal.
fn quoted(text: &str) -> String {
    serde_json::to_string(text).unwrap_or_default()
}

fn site_yaml(config: &SiteConfig, categories: &[&str], options: &Options) -> String {
    let mut y = format!(
        "# Generated by `cargo run --example gen-corpus -- --articles {} --seed {}`:\n\
         # the default site's configuration with {} categories.\n",
        options.articles,
        options.seed,
        categories.len()
    );
    let _ = writeln!(y, "base_url: {}", quoted(&config.base_url));
    let _ = writeln!(y, "default_locale: {}", quoted(&config.default_locale));
    if !config.fallback.is_empty() {
        let fallback: Vec<String> = config.fallback.iter().map(|f| quoted(f)).collect();
        let _ = writeln!(y, "fallback: [{}]", fallback.join(", "));
    }
    y.push_str("locales:\n");
    for locale in &config.locales {
        let mut fields = vec![format!("code: {}", quoted(&locale.code))];
        if let Some(lang) = &locale.lang {
            fields.push(format!("lang: {}", quoted(lang)));
        }
        if let Some(format) = &locale.format {
            fields.push(format!("format: {}", quoted(format)));
        }
        let _ = writeln!(y, "  - {{ {} }}", fields.join(", "));
    }
    y.push_str("categories:\n");
    for category in categories {
        // The default site's categories keep their settings; the generated ones are ids alone.
        match config
            .categories
            .iter()
            .find(|c| c.id.as_str() == *category)
        {
            Some(settings) => {
                let mut fields = vec![format!("id: {category}")];
                if let Some(icon) = &settings.icon {
                    fields.push(format!("icon: {}", scalar(icon)));
                }
                fields.push(format!("audience: {}", scalar(&settings.audience)));
                let _ = writeln!(y, "  - {{ {} }}", fields.join(", "));
            }
            None => {
                let _ = writeln!(y, "  - {category}");
            }
        }
    }
    if !config.order_statuses.is_empty() {
        y.push_str("order_statuses:\n");
        for status in &config.order_statuses {
            let _ = writeln!(y, "  - {status}");
        }
    }
    if !config.contact.is_empty() {
        y.push_str("contact:\n");
        for contact in &config.contact {
            let mut fields = vec![
                format!("id: {}", contact.id),
                format!("kind: {}", scalar(&contact.kind)),
            ];
            if let Some(availability) = &contact.availability {
                fields.push(format!("availability: {}", scalar(availability)));
            }
            fields.push(format!("address: {}", quoted(&contact.address)));
            let _ = writeln!(y, "  - {{ {} }}", fields.join(", "));
        }
    }
    y
}

/// A unit enum as the content model spells it (`business-hours`).
fn scalar(value: &impl serde::Serialize) -> String {
    match serde_json::to_value(value) {
        Ok(serde_json::Value::String(s)) => s,
        other => format!("{other:?}"),
    }
}

fn article_yaml(plan: &Plan, plans: &[Plan], categories: &[&str], options: &Options) -> String {
    let (month, day) = plan.updated;
    let mut y = format!(
        "# Generated by gen-corpus (seed {}).\ncategory: {}\norder: {}\nupdated: 2026-{month:02}-{day:02}\n",
        options.seed, categories[plan.category], plan.order
    );
    if plan.featured {
        y.push_str("featured: true\n");
    }
    y.push_str("intro: true\n");
    if !plan.related.is_empty() {
        let related: Vec<&str> = plan.related.iter().map(|&j| plans[j].id.as_str()).collect();
        let _ = writeln!(y, "related: [{}]", related.join(", "));
    }
    y.push_str("sections:\n");
    let _ = writeln!(y, "  - id: {SECTION_CAUSES}\n    intro: true\n    causes:");
    for (k, cause) in plan.causes.iter().enumerate() {
        let (with_period, unit, amount) = plan.cause_period;
        if k == with_period {
            let _ = writeln!(
                y,
                "      - {{ id: {cause}, remark: true, period: {{ {}: {amount} }} }}",
                unit.key()
            );
        } else {
            let _ = writeln!(y, "      - {{ id: {cause}, remark: true }}");
        }
    }
    let _ = writeln!(y, "  - id: {SECTION_STEPS}\n    steps:");
    for (k, step) in plan.steps.iter().enumerate() {
        let mut fields = vec![format!("id: {step}")];
        if DETAILED_STEPS.contains(&k) {
            fields.push("detail: true".into());
        }
        if k == plan.step_period.0 {
            fields.push(format!("period: {{ days: {} }}", plan.step_period.1));
        }
        if fields.len() == 1 {
            let _ = writeln!(y, "      - id: {step}");
        } else {
            let _ = writeln!(y, "      - {{ {} }}", fields.join(", "));
        }
    }
    let _ = writeln!(y, "  - id: {SECTION_DEADLINES}\n    deadlines:");
    for (id, unit, amount) in &plan.deadlines {
        let _ = writeln!(y, "      - {{ id: {id}, {}: {amount} }}", unit.key());
    }
    let _ = writeln!(y, "  - id: {SECTION_NOTES}\n    notes:");
    for (k, note) in plan.notes.iter().enumerate() {
        if k == 1 {
            let _ = writeln!(y, "      - {{ id: {note}, tone: warning }}");
        } else {
            let _ = writeln!(y, "      - id: {note}");
        }
    }
    y
}

fn article_ftl(text: &ArticleText, plan: &Plan) -> String {
    let mut f = String::with_capacity(8 * 1024);
    let _ = writeln!(f, "title = {}", text.title);
    let _ = writeln!(f, "summary = {}", text.summary);
    let _ = writeln!(f, "intro = {}", text.intro);

    let _ = writeln!(f, "\nsection-{SECTION_CAUSES} = {}", text.causes_heading);
    let _ = writeln!(f, "    .intro = {}", text.causes_intro);
    for (cause, t) in plan.causes.iter().zip(&text.causes) {
        let _ = writeln!(f, "\ncause-{cause} = {}", t.name);
        let _ = writeln!(
            f,
            "    .reason = {}\n    .solution = {}",
            t.reason, t.solution
        );
        let _ = writeln!(f, "    .remark = {}", t.remark);
    }

    let _ = writeln!(f, "\nsection-{SECTION_STEPS} = {}", text.steps_heading);
    for (step, (t, detail)) in plan.steps.iter().zip(&text.steps) {
        let _ = writeln!(f, "step-{step} = {t}");
        if let Some(detail) = detail {
            let _ = writeln!(f, "    .detail = {detail}");
        }
    }

    let _ = writeln!(
        f,
        "\nsection-{SECTION_DEADLINES} = {}",
        text.deadlines_heading
    );
    for ((id, _, _), t) in plan.deadlines.iter().zip(&text.deadlines) {
        let _ = writeln!(f, "deadline-{id} = {t}");
    }

    let _ = writeln!(f, "\nsection-{SECTION_NOTES} = {}", text.notes_heading);
    for (note, t) in plan.notes.iter().zip(&text.notes) {
        let _ = writeln!(f, "note-{note} = {t}");
    }
    f
}
