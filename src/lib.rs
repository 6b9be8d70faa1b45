//! helpsite turns structured YAML and Mozilla Fluent translations into a static, multilingual
//! help centre.
//!
//! The pipeline runs one way, one module per stage:
//! [`load`] (read and parse, with positions) -> [`validate`] (check the whole model) ->
//! [`localize`] (messages with fallback, plurals, dates) -> [`render`] (Markdown, templates,
//! in parallel) -> [`write`] (staging folder, swapped in whole).

pub mod confirm;
pub mod diagnostics;
pub mod load;
pub mod localize;
pub mod lock;
pub mod model;
pub mod render;
pub mod report;
pub mod scaffold;
pub mod search;
pub mod serve;
pub mod site;
pub mod source;
pub mod theme;
pub mod validate;
pub mod watch;
pub mod write;

use std::collections::BTreeMap;
use std::io;
use std::path::PathBuf;

use diagnostics::{Code, Diagnostic, Diagnostics};
use localize::Localizer;
use render::{RenderStats, Sink};

#[derive(Debug, Clone)]
pub struct BuildOptions {
    /// The site's folder (holds content/, locales/, optionally templates/).
    pub root: PathBuf,
    /// Where the site is written; replaced whole on success.
    pub out: PathBuf,
    /// Warnings (such as missing translations) fail the build.
    pub strict: bool,
    /// Also build the pseudo-locale `en-XA`.
    pub pseudo: bool,
    /// Build the search index (Pagefind): one bundle per locale, in `pagefind/<locale>/`.
    pub search: bool,
    /// Which part of the site to write: all of it, or one shard of a sharded build.
    pub part: Part,
}

/// The part of the site a build writes. The parts are disjoint, and together they are exactly
/// what a whole build writes, byte for byte: shards built on different machines merge by
/// copying their output folders into one (see the README, "Sharded builds").
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub enum Part {
    /// The whole site.
    #[default]
    All,
    /// Only the pages of these locales (`<locale>/`) and their search bundles
    /// (`pagefind/<locale>/`): `build --locale L`.
    Locales(Vec<String>),
    /// Only the site-wide files: the root `index.html` and `404.html`, `sitemap.xml`,
    /// `robots.txt` and `assets/`: `build --only-shared`.
    Shared,
}

impl Part {
    /// Whether the part holds `page`.
    fn has(&self, page: &render::urls::PagePath) -> bool {
        match (self, page.locale()) {
            (Part::All, _) => true,
            (Part::Locales(locales), Some(locale)) => locales.iter().any(|l| l == locale),
            (Part::Shared, None) => true,
            _ => false,
        }
    }

    /// Whether the part holds the site-wide files that are not pages.
    fn has_extras(&self) -> bool {
        matches!(self, Part::All | Part::Shared)
    }

    /// The locales whose search bundles the part holds.
    fn search_locales(&self, site: &site::Site) -> Vec<String> {
        let all = site.locales.iter().map(|l| l.code.clone());
        match self {
            Part::All => all.collect(),
            Part::Locales(chosen) => all.filter(|code| chosen.contains(code)).collect(),
            Part::Shared => Vec::new(),
        }
    }
}

/// What a build or check found and made.
#[derive(Debug)]
pub struct Outcome {
    pub diagnostics: Diagnostics,
    /// Set when output was rendered (into the output folder for a build).
    pub stats: Option<RenderStats>,
    pub strict: bool,
    /// False when the site configuration itself is missing or unusable.
    pub configured: bool,
    /// How complete each locale's translation is.
    pub translation_status: BTreeMap<String, validate::LocaleStatus>,
    /// Set when a search index was built.
    pub search: Option<search::IndexStats>,
    /// Set when the command line asked for something the site does not have (an unknown
    /// `--locale`): a usage error, exit code 2, and nothing was built.
    pub usage: Option<String>,
}

impl Outcome {
    /// Errors, or warnings under `--strict`.
    pub fn failed(&self) -> bool {
        self.diagnostics.has_errors() || (self.strict && self.diagnostics.warning_count() > 0)
    }

    /// The documented exit code: 0 clean, 1 errors (or warnings under `--strict`), 2 when the
    /// configuration is missing or unusable, or the command line names what the site lacks.
    pub fn exit_code(&self) -> u8 {
        let refused = self
            .diagnostics
            .iter()
            .any(|d| d.code == Code::OutputRefused);
        if self.usage.is_some() || refused {
            return 2;
        }
        match (self.configured, self.failed()) {
            (false, _) => 2,
            (true, true) => 1,
            (true, false) => 0,
        }
    }
}

/// Builds the site at `options.root` into `options.out`.
///
/// Nothing is written unless every stage succeeds: the previous output stays as it was.
pub fn build(options: &BuildOptions) -> Outcome {
    run(
        &options.root,
        options.strict,
        options.pseudo,
        Some((&options.out, options.search, &options.part)),
    )
}

/// Loads, validates, localizes and renders everything without writing a file.
pub fn check(root: &std::path::Path, strict: bool, pseudo: bool) -> Outcome {
    run(root, strict, pseudo, None)
}

fn run(
    root: &std::path::Path,
    strict: bool,
    pseudo: bool,
    out: Option<(&std::path::Path, bool, &Part)>,
) -> Outcome {
    let mut outcome = Outcome {
        diagnostics: Diagnostics::default(),
        stats: None,
        strict,
        configured: false,
        translation_status: BTreeMap::new(),
        search: None,
        usage: None,
    };
    // The output folder is checked first: a build that would replace the wrong folder stops
    // before anything is read or written.
    let output = match out
        .map(|(out, _, _)| write::Output::claim(root, out))
        .transpose()
    {
        Ok(output) => output,
        Err(refused) => {
            outcome.configured = true;
            outcome.diagnostics.push(*refused);
            return outcome;
        }
    };
    let mut sources = load::SiteSources::load(root);
    sources.pseudo = pseudo;
    outcome.diagnostics.extend(sources.diagnostics());
    let (site, diagnostics) = validate::validate(&sources);
    outcome.diagnostics.extend(diagnostics);
    if let Some(site) = &site {
        outcome.configured = true;
        outcome.translation_status = site.translation_status.clone();
        count_syntax_errors(&mut outcome);
    }
    if let (Some(site), Some((_, _, Part::Locales(chosen)))) = (&site, out) {
        // Before any content problem: a shard that names a locale the site does not have
        // would otherwise quietly build nothing.
        if let Some(usage) = unknown_locale(site, pseudo, chosen) {
            outcome.usage = Some(usage);
            outcome.diagnostics = Diagnostics::default();
            return outcome;
        }
    }
    let site = match site {
        Some(site) if out.is_none() || !outcome.failed() => site,
        _ => return outcome.sorted(),
    };
    let localizer = Localizer::new(&site);

    let (Some((out, search, part)), Some(output)) = (out, output) else {
        let (stats, diagnostics) = render::render(&site, &localizer, &Discard);
        outcome.diagnostics.extend(diagnostics);
        outcome.stats = Some(stats);
        return outcome.sorted();
    };
    let staging = match write::Staging::new(&output) {
        Ok(staging) => staging,
        Err(error) => {
            outcome.diagnostics.push(output_error(out, &error));
            return outcome.sorted();
        }
    };
    let (stats, diagnostics) = render::render_part(
        &site,
        &localizer,
        &staging,
        |page| part.has(page),
        part.has_extras(),
    );
    outcome.diagnostics.extend(diagnostics);
    if outcome.failed() {
        return outcome.sorted(); // dropping the staging folder removes it
    }
    let search_locales = part.search_locales(&site);
    // The model is not needed any more: freed on another thread while the index is built
    // (a large site's model is hundreds of thousands of allocations).
    drop_elsewhere((localizer, site, sources));
    if search && !search_locales.is_empty() {
        match search::build_index(staging.path(), &search_locales) {
            Ok(index) => outcome.search = Some(index),
            Err(diagnostic) => {
                outcome.diagnostics.push(*diagnostic);
                return outcome.sorted();
            }
        }
    }
    match staging.commit() {
        Ok(()) => outcome.stats = Some(stats),
        Err(error) => outcome.diagnostics.push(output_error(out, &error)),
    }
    outcome.sorted()
}

/// Frees `value` on another thread, for large values whose freeing nobody needs to wait for
/// (a site's model after the render, the previous build in watch mode).
pub(crate) fn drop_elsewhere<T: Send + 'static>(value: T) {
    let spawned = std::thread::Builder::new()
        .name("helpsite-free".into())
        .spawn(move || drop(value));
    // If no thread can be started, the value was dropped with the closure, here.
    drop(spawned);
}

impl Outcome {
    fn sorted(mut self) -> Self {
        self.diagnostics = self.diagnostics.sorted();
        self
    }
}

/// The usage error for a `--locale` the site does not have, with a "did you mean" and the list
/// of the site's locales.
fn unknown_locale(site: &site::Site, pseudo: bool, chosen: &[String]) -> Option<String> {
    let codes: Vec<&str> = site.locales.iter().map(|l| l.code.as_str()).collect();
    let unknown = chosen.iter().find(|c| !codes.contains(&c.as_str()))?;
    let mut message = format!(
        "unknown locale `{unknown}` for --locale; this site's locales are: {}",
        codes.join(", ")
    );
    if unknown == site::PSEUDO_LOCALE && !pseudo {
        message.push_str(&format!(
            "\n  help: `{unknown}` is the pseudo-locale: add --pseudo (to every shard and to the \
             --only-shared step, so they agree on the site's locales)"
        ));
    } else if let Some(close) = codes
        .iter()
        .find(|c| c.eq_ignore_ascii_case(unknown))
        .copied()
        .or_else(|| diagnostics::did_you_mean(unknown, codes.iter().copied()))
    {
        message.push_str(&format!("\n  help: did you mean `{close}`?"));
    }
    Some(message)
}

/// Fluent syntax errors are found while loading; the status table counts them per locale.
fn count_syntax_errors(outcome: &mut Outcome) {
    for diagnostic in outcome
        .diagnostics
        .iter()
        .filter(|d| d.code == Code::FluentSyntax)
    {
        let Some(location) = &diagnostic.location else {
            continue;
        };
        let path = location.file.display_path();
        let locale = path
            .strip_prefix("locales/")
            .and_then(|rest| rest.split('/').next());
        if let Some(status) = locale.and_then(|l| outcome.translation_status.get_mut(l)) {
            status.syntax_errors += 1;
        }
    }
}

fn output_error(out: &std::path::Path, error: &io::Error) -> Diagnostic {
    let shown = source::display_path(out);
    Diagnostic::new(
        Code::Output,
        format!("cannot write the output folder `{shown}`: {error}"),
    )
    .path(shown)
    .help("check that the folder's parent exists and is writable, or pass --out DIR")
}

/// A sink that renders everything and keeps nothing, for `check`.
struct Discard;

impl Sink for Discard {
    fn write(&self, _: &str, _: &[u8]) -> io::Result<()> {
        Ok(())
    }
}
