//! The pipeline, the same for every command: [`load`](crate::load) -> [`validate`](crate::validate)
//! -> [`localize`](crate::localize) -> [`render`](crate::render) -> [`write`](crate::write).
//!
//! `build` and `check` run it once on fresh [`Caches`]. `build --watch` and `serve` run it
//! again on every edit with the caches of the run before: the loaded sources (only the edited
//! files are read again), the translation checks, Fluent bundles, parsed templates and rendered
//! texts of what did not change, and the [`Record`] of what every output file is made from.
//! One place decides what is written and how: a whole site into a staging folder swapped in at
//! once, or, when the record says which files an edit touched, those files in place.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::{Duration, Instant};

use tera::Tera;

use crate::diagnostics::{Code, Diagnostic, Diagnostics};
use crate::load::{SiteSources, Source};
use crate::localize::Localizer;
use crate::render::deps::{Fact, Record};
use crate::render::texts::RenderCaches;
use crate::render::{self, Layout, Outputs, Product, RenderStats, Renderer, Sink};
use crate::search::{self, Document, Documents, IndexStats, Indexer};
use crate::site::{self, Site};
use crate::source::display_path;
use crate::validate::{self, LocaleStatus, ValidationCache};
use crate::write::{self, Discard, InPlace, Memory, Output, Staging};

/// What to run.
#[derive(Debug, Clone)]
pub struct Job {
    /// The site's folder (holds content/, locales/, optionally templates/).
    pub root: PathBuf,
    /// Warnings (missing or stale translations) count as errors.
    pub strict: bool,
    /// Also build the pseudo-locales `en-XA` and `en-XB`.
    pub pseudo: bool,
    pub target: Target,
}

/// What a run makes.
#[derive(Debug, Clone)]
pub enum Target {
    /// Renders everything and writes nothing (`check`).
    Check,
    /// Writes the site, or a part of it, into `out` (replaced whole, or updated in place by
    /// watch mode).
    Build {
        out: PathBuf,
        /// Builds the search index (Pagefind): one bundle per locale, in `pagefind/<locale>/`.
        search: bool,
        part: Part,
    },
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
    /// Whether the part holds `product`.
    fn has(&self, product: &Product) -> bool {
        match (self, product.locale()) {
            (Part::All, _) => true,
            (Part::Locales(locales), Some(locale)) => locales.iter().any(|l| l == locale),
            (Part::Shared, None) => true,
            _ => false,
        }
    }

    /// The locales whose search bundles the part holds.
    fn search_locales(&self, site: &Site) -> Vec<String> {
        let all = site.locales.iter().map(|l| l.code.clone());
        match self {
            Part::All => all.collect(),
            Part::Locales(chosen) => all.filter(|code| chosen.contains(code)).collect(),
            Part::Shared => Vec::new(),
        }
    }
}

/// What one run found and did.
#[derive(Debug, Default)]
pub struct Outcome {
    pub diagnostics: Diagnostics,
    pub strict: bool,
    /// False when the site configuration itself is missing or unusable.
    pub configured: bool,
    /// How complete each locale's translation is.
    pub translation_status: BTreeMap<String, LocaleStatus>,
    /// Set when the command line asked for something the site does not have (an unknown
    /// `--locale`): a usage error, exit code 2, and nothing was built.
    pub usage: Option<String>,
    /// What was rendered (and, for a build, written).
    pub written: Option<Written>,
    pub elapsed: Duration,
}

/// What a successful run rendered and wrote.
#[derive(Debug, Default, Clone, Copy)]
pub struct Written {
    /// The files rendered (all of them, or those an edit touched).
    pub stats: RenderStats,
    /// Files removed because their page is gone.
    pub removed: usize,
    /// Set when a search index was built before the output was swapped in.
    pub search: Option<IndexStats>,
}

impl Outcome {
    /// Errors, or warnings under `--strict`.
    pub fn failed(&self) -> bool {
        self.diagnostics.has_errors() || (self.strict && self.diagnostics.warning_count() > 0)
    }

    /// The documented exit code: 0 clean, 1 errors (or warnings under `--strict`), 2 when the
    /// configuration is missing or unusable, the output folder is not one helpsite may
    /// replace, or the command line names what the site lacks.
    pub fn exit_code(&self) -> u8 {
        let refused = self
            .diagnostics
            .iter()
            .any(|d| d.code == Code::OutputRefused);
        if self.usage.is_some() || refused || !self.configured {
            return 2;
        }
        u8::from(self.failed())
    }
}

/// What runs leave for the next run. `Caches::default()` gives a clean build; watch mode keeps
/// one for its whole session.
#[derive(Default)]
pub struct Caches {
    /// Keep the record of what each file is made from, so the next run can write only what an
    /// edit touched (watch mode).
    pub incremental: bool,
    sources: Option<SiteSources>,
    /// Sources changed since the last good build: a failed run leaves them pending.
    pending: BTreeSet<Source>,
    validation: ValidationCache,
    /// Rendered texts and shared values.
    render: RenderCaches,
    last: Option<Last>,
    /// The search documents of the output's article pages, to index a locale again.
    documents: Arc<Documents>,
    indexer: Indexer,
}

/// The last good build, as its output folder holds it.
struct Last {
    site: Site,
    localizer: Localizer,
    tera: Tera,
    templates: u64,
    /// The output files of `part` of `site`.
    outputs: Arc<Outputs>,
    part: Part,
    record: Record,
}

impl Caches {
    /// Caches for watch mode: runs after the first write only what an edit touches.
    pub fn incremental() -> Self {
        Caches {
            incremental: true,
            ..Caches::default()
        }
    }

    /// Waits until the search index written in the background has caught up.
    pub fn settle(&self) {
        self.indexer.settle();
    }

    /// The site of the last good build, if there was one.
    pub fn site(&self) -> Option<&Site> {
        self.last.as_ref().map(|last| &last.site)
    }
}

/// Runs the pipeline. `changed` names the sources edited since the run before (ignored on
/// the first run, which reads everything).
pub fn run(job: &Job, caches: &mut Caches, changed: &BTreeSet<Source>) -> Outcome {
    let started = Instant::now();
    let mut outcome = Outcome {
        strict: job.strict,
        ..Outcome::default()
    };
    step(job, caches, changed, &mut outcome);
    outcome.diagnostics = std::mem::take(&mut outcome.diagnostics).sorted();
    outcome.elapsed = started.elapsed();
    outcome
}

fn step(job: &Job, caches: &mut Caches, changed: &BTreeSet<Source>, outcome: &mut Outcome) {
    // The output folder is checked first: a build that would replace the wrong folder stops
    // before anything is read or written.
    let output = match &job.target {
        Target::Build { out, .. } => match Output::claim(&job.root, out) {
            Ok(output) => Some(output),
            Err(refused) => {
                outcome.configured = true;
                outcome.diagnostics.push(*refused);
                return;
            }
        },
        Target::Check => None,
    };

    // Load: everything the first time, the changed files after.
    let sources = match caches.sources.as_mut() {
        Some(sources) => {
            sources.reload(changed);
            caches.pending.extend(changed.iter().cloned());
            sources
        }
        None => caches.sources.insert(SiteSources::load(&job.root)),
    };
    sources.pseudo = job.pseudo;
    outcome.diagnostics.extend(sources.diagnostics());

    // Validate.
    let (site, problems) = validate::validate_with(sources, Some(&mut caches.validation));
    outcome.diagnostics.extend(problems);
    let Some(site) = site else {
        return;
    };
    outcome.configured = true;
    outcome.translation_status = site.translation_status.clone();
    if let Target::Build {
        part: Part::Locales(chosen),
        ..
    } = &job.target
        && let Some(usage) = unknown_locale(&site, job.pseudo, chosen)
    {
        // Before any content problem: a shard that names a locale the site does not have
        // would otherwise quietly build nothing.
        outcome.usage = Some(usage);
        outcome.diagnostics = Diagnostics::default();
        return;
    }
    let (Target::Build { .. }, Some(output)) = (&job.target, output) else {
        check(&site, caches, outcome);
        return;
    };
    if outcome.failed() {
        return; // the output stays as it was
    }
    build(job, &output, site, caches, outcome);
}

/// `check`: renders every file into nothing, for the problems only rendering finds.
fn check(site: &Site, caches: &Caches, outcome: &mut Outcome) {
    let localizer = Localizer::new(site);
    let tera = match render::load_templates(site) {
        Ok(tera) => tera,
        Err(problems) => {
            outcome.diagnostics.extend(problems);
            return;
        }
    };
    caches.render.values.clear();
    let renderer = Renderer::new(site, &localizer, &tera, &caches.render);
    let rendered = renderer.render(renderer.products(), &Discard, false);
    outcome.diagnostics.extend(rendered.problems);
    outcome.written = Some(Written {
        stats: rendered.stats,
        ..Written::default()
    });
}

/// Localize, render and write a validated site.
fn build(job: &Job, output: &Output, site: Site, caches: &mut Caches, outcome: &mut Outcome) {
    let Target::Build { search, part, .. } = &job.target else {
        return;
    };
    // A run after a good build reuses its bundles and templates. Its record only serves while
    // the output folder is the one that build wrote.
    let last = caches
        .last
        .take()
        .filter(|_| caches.incremental && output.path().join(write::MARKER).is_file());
    let localizer = Localizer::reusing(&site, last.as_ref().map(|l| &l.localizer));
    let templates = templates_digest(&site);
    let tera = match last.as_ref().filter(|l| l.templates == templates) {
        Some(last) => last.tera.clone(),
        None => match render::load_templates(&site) {
            Ok(tera) => tera,
            Err(problems) => {
                outcome.diagnostics.extend(problems);
                caches.last = last;
                return;
            }
        },
    };
    if last.is_none() {
        // A whole build: no value shared by an earlier render is known to match this site.
        caches.render.values.clear();
    }
    let search_locales = search.then(|| part.search_locales(&site));
    // The list of output files is made again only when the layout changed.
    let outputs = match last
        .as_ref()
        .filter(|l| l.part == *part && Layout::of(&l.site) == Layout::of(&site))
    {
        Some(last) => Arc::clone(&last.outputs),
        None => Arc::new(Outputs::of(&site, |p| part.has(p))),
    };
    let renderer = Renderer::with_outputs(
        &site,
        &localizer,
        &tera,
        &caches.render,
        Arc::clone(&outputs),
    )
    .with_search_documents(*search);
    let done = {
        let mut digest = |fact: &_| render::read::digest(fact, &site, &localizer, renderer.pages());
        match last {
            Some(mut last) => {
                let pending = &caches.pending;
                match update_in_place(
                    output,
                    &renderer,
                    &outputs,
                    &mut last.record,
                    pending,
                    &mut digest,
                ) {
                    Ok(update) => Done::InPlace(update, last.record),
                    // The output is as the last good build left it, and so is its record.
                    Err(problems) => Done::Failed(problems, Some(Box::new(last))),
                }
            }
            None => {
                let whole = write_whole(
                    output,
                    &renderer,
                    outputs.products(),
                    caches.incremental,
                    search_locales.as_deref(),
                    &mut digest,
                );
                match whole {
                    Ok((written, staging, record, documents)) => {
                        Done::Whole(written, staging, record, documents)
                    }
                    Err(problems) => Done::Failed(problems, None),
                }
            }
        }
    };
    drop(renderer);
    let (written, record) = match done {
        Done::Failed(problems, last) => {
            // What this render built may not match the record kept.
            caches.render.values.clear();
            outcome.diagnostics.extend(problems);
            caches.last = last.map(|last| *last);
            return;
        }
        Done::Whole(written, staging, record, documents) => {
            if !caches.incremental {
                // Nothing more is read from the model: a large site's is hundreds of thousands
                // of allocations, freed on another thread while the output is swapped in.
                crate::drop_elsewhere((site, localizer, tera, caches.sources.take()));
                match commit(output, staging, written) {
                    Ok(written) => outcome.written = Some(written),
                    Err(problems) => outcome.diagnostics.extend(problems),
                }
                return;
            }
            // The index of an earlier edit may still be being written into the output that
            // this build replaces.
            caches.indexer.settle();
            match commit(output, staging, written) {
                Ok(written) => {
                    caches.documents = Arc::new(documents);
                    (written, record)
                }
                Err(problems) => {
                    outcome.diagnostics.extend(problems);
                    return;
                }
            }
        }
        Done::InPlace(update, mut record) => {
            record.update(update.values);
            if let Some(wanted) = search_locales {
                let touched =
                    update_documents(&mut caches.documents, update.documents, &update.gone);
                let locales: Vec<String> =
                    wanted.into_iter().filter(|l| touched.contains(l)).collect();
                // Search must never offer a page that is gone: when pages were removed the
                // run waits for the index; otherwise it catches up in the background, keeping
                // edits instant.
                if !locales.is_empty() {
                    caches
                        .indexer
                        .request(output.path(), Arc::clone(&caches.documents), locales);
                    if update.removed_pages > 0 {
                        caches.indexer.settle();
                    }
                }
            }
            (update.written, record)
        }
    };
    outcome.written = Some(written);
    caches.pending.clear();
    let previous = caches.last.replace(Last {
        site,
        localizer,
        tera,
        templates,
        outputs,
        part: part.clone(),
        record,
    });
    // A large site's model is hundreds of thousands of allocations: freed elsewhere.
    crate::drop_elsewhere(previous);
}

/// How a build's writing went.
enum Done {
    /// The whole part written into a staging folder, not swapped in yet, with the record of
    /// what each file read and the search documents.
    Whole(Written, Staging, Record, Documents),
    /// The files an edit touched written in place; the record, with the new values still to
    /// be recorded.
    InPlace(InPlaceUpdate, Record),
    /// Nothing changed on disk; the last good build, to keep.
    Failed(Diagnostics, Option<Box<Last>>),
}

/// What [`update_in_place`] did.
struct InPlaceUpdate {
    written: Written,
    /// The changed facts' new values, to record now that their readers are written.
    values: Vec<(Fact, u64)>,
    removed_pages: usize,
    /// The search documents of the article pages written again.
    documents: Vec<Document>,
    /// The files removed.
    gone: Vec<String>,
}

/// Documents by locale and URL.
fn by_locale(documents: Vec<Document>) -> Documents {
    let mut map = Documents::new();
    for document in documents {
        map.entry(document.locale.clone())
            .or_default()
            .insert(document.url.clone(), document);
    }
    map
}

/// Puts the documents of the pages written again in place of the old ones, and removes those
/// of pages that are gone. Returns the locales whose documents changed.
fn update_documents(
    documents: &mut Arc<Documents>,
    fresh: Vec<Document>,
    gone: &[String],
) -> BTreeSet<String> {
    let mut touched = BTreeSet::new();
    let documents = Arc::make_mut(documents);
    for document in fresh {
        let locale = documents.entry(document.locale.clone()).or_default();
        if locale.get(&document.url) != Some(&document) {
            touched.insert(document.locale.clone());
            locale.insert(document.url.clone(), document);
        }
    }
    for file in gone {
        let url = format!("/{file}");
        for (locale, pages) in documents.iter_mut() {
            if pages.remove(&url).is_some() {
                touched.insert(locale.clone());
            }
        }
    }
    touched
}

/// Renders every file of the part into a staging folder, a locale at a time. With search,
/// each locale's pages are indexed on another thread while the next locale renders, and its
/// documents dropped once indexed: one locale's index is in memory at a time, not all of
/// them (watch mode keeps the documents, `keep_documents`, to index a locale again after an
/// edit). Nothing is swapped in yet.
fn write_whole(
    output: &Output,
    renderer: &Renderer<'_>,
    products: &[Product],
    recording: bool,
    search_locales: Option<&[String]>,
    digest: &mut impl FnMut(&Fact) -> u64,
) -> Result<(Written, Staging, Record, Documents), Diagnostics> {
    let staging = Staging::new(output).map_err(|e| output_problem(output.path(), &e))?;
    let indexed = |locale: &str| search_locales.is_some_and(|l| l.iter().any(|c| c == locale));
    let mut rendered = render::Rendered::default();
    let mut kept = Documents::new();
    let mut index = search_locales
        .filter(|l| !l.is_empty())
        .map(|_| IndexStats::default());
    let indexing = std::thread::scope(|scope| -> Result<(), Diagnostics> {
        let mut running: Option<std::thread::ScopedJoinHandle<'_, _>> = None;
        let mut finish = |running: &mut Option<std::thread::ScopedJoinHandle<'_, _>>| {
            let Some(thread) = running.take() else {
                return Ok(());
            };
            let stats: Result<IndexStats, Box<Diagnostic>> = thread
                .join()
                .unwrap_or_else(|_| Err(search::failure("the indexer stopped unexpectedly")));
            let stats = stats.map_err(|d| one(*d))?;
            if let Some(index) = index.as_mut() {
                index.pages += stats.pages;
                index.files += stats.files;
                index.bytes += stats.bytes;
            }
            Ok(())
        };
        for (locale, group) in by_locale_groups(products) {
            let mut part = renderer.render(&group, &staging, recording);
            let documents = by_locale(std::mem::take(&mut part.documents));
            rendered.absorb(part);
            if rendered.problems.has_errors() {
                break;
            }
            let Some(locale) = locale.filter(|l| indexed(l)) else {
                continue;
            };
            let documents = documents.into_values().next().unwrap_or_default();
            if recording {
                kept.insert(locale.clone(), documents.clone());
            }
            finish(&mut running)?;
            let site_dir = staging.path();
            running =
                Some(scope.spawn(move || search::index_one_locale(site_dir, &locale, &documents)));
        }
        finish(&mut running)
    });
    if rendered.problems.has_errors() {
        return Err(rendered.problems); // dropping the staging folder removes it
    }
    indexing?;
    let mut record = Record::default();
    for (file, facts) in rendered.reads {
        record.set(&file, facts, digest);
    }
    let written = Written {
        stats: rendered.stats,
        search: index,
        ..Written::default()
    };
    Ok((written, staging, record, kept))
}

/// The products grouped by locale (the site-wide files, of no locale, first), in the order
/// they come.
fn by_locale_groups(products: &[Product]) -> Vec<(Option<String>, Vec<Product>)> {
    let mut groups: Vec<(Option<String>, Vec<Product>)> = vec![(None, Vec::new())];
    for product in products {
        let locale = product.locale().map(str::to_string);
        match groups.iter_mut().find(|(l, _)| *l == locale) {
            Some((_, group)) => group.push(product.clone()),
            None => groups.push((locale, vec![product.clone()])),
        }
    }
    groups
}

/// Swaps the staging folder in as the output.
fn commit(output: &Output, staging: Staging, written: Written) -> Result<Written, Diagnostics> {
    staging
        .commit()
        .map_err(|e| output_problem(output.path(), &e))?;
    Ok(written)
}

/// Renders the files whose facts changed (and new files) into memory, then writes them over
/// the output and removes the files of pages that are gone.
fn update_in_place(
    output: &Output,
    renderer: &Renderer<'_>,
    outputs: &Outputs,
    record: &mut Record,
    pending: &BTreeSet<Source>,
    digest: &mut impl FnMut(&Fact) -> u64,
) -> Result<InPlaceUpdate, Diagnostics> {
    let values = record.changed(record.candidates(pending), digest);
    let mut unwatched = record.take_forgotten();
    unwatched.extend(values.iter().map(|(fact, _)| fact.clone()));
    renderer.forget(&unwatched);
    let stale = record.readers(values.iter().map(|(fact, _)| fact));
    let gone: Vec<String> = record
        .outputs()
        .filter(|file| !outputs.has_file(file))
        .cloned()
        .collect();
    let due: Vec<Product> = outputs
        .files()
        .filter(|(_, file)| stale.contains(*file) || record.reads_of(file).is_none())
        .map(|(product, _)| product.clone())
        .collect();
    // Rendered into memory first: a file that fails to render leaves every file on disk as it
    // was.
    let memory = Memory::default();
    let rendered = renderer.render(&due, &memory, true);
    if rendered.problems.has_errors() {
        return Err(rendered.problems);
    }
    let sink = InPlace::new(output.path());
    for (file, bytes) in memory.into_files() {
        sink.write(&file, &bytes)
            .map_err(|e| output_problem(output.path(), &e))?;
    }
    let mut removed_pages = 0;
    for file in &gone {
        sink.remove(file)
            .map_err(|e| output_problem(output.path(), &e))?;
        record.remove(file);
        removed_pages += usize::from(file.ends_with(".html"));
    }
    for (file, facts) in rendered.reads {
        record.set(&file, facts, digest);
    }
    Ok(InPlaceUpdate {
        written: Written {
            stats: rendered.stats,
            removed: gone.len(),
            search: None,
        },
        values,
        removed_pages,
        documents: rendered.documents,
        gone,
    })
}

/// A digest of the templates: unchanged templates are not parsed again.
fn templates_digest(site: &Site) -> u64 {
    use std::hash::{Hash, Hasher};
    let mut hasher = std::hash::DefaultHasher::new();
    for (name, template) in &site.templates {
        (name, template.file.digest).hash(&mut hasher);
    }
    hasher.finish()
}

/// The usage error for a `--locale` the site does not have, with a "did you mean" and the list
/// of the site's locales.
fn unknown_locale(site: &Site, pseudo: bool, chosen: &[String]) -> Option<String> {
    let codes: Vec<&str> = site.locales.iter().map(|l| l.code.as_str()).collect();
    let unknown = chosen.iter().find(|c| !codes.contains(&c.as_str()))?;
    let mut message = format!(
        "unknown locale `{unknown}` for --locale; this site's locales are: {}",
        codes.join(", ")
    );
    if site::Pseudo::ALL.iter().any(|p| p.code() == unknown) && !pseudo {
        message.push_str(&format!(
            "\n  help: `{unknown}` is a pseudo-locale: add --pseudo (to every shard and to the \
             --only-shared step, so they agree on the site's locales)"
        ));
    } else if let Some(close) = codes
        .iter()
        .find(|c| c.eq_ignore_ascii_case(unknown))
        .copied()
        .or_else(|| crate::diagnostics::did_you_mean(unknown, codes.iter().copied()))
    {
        message.push_str(&format!("\n  help: did you mean `{close}`?"));
    }
    Some(message)
}

fn one(diagnostic: Diagnostic) -> Diagnostics {
    let mut problems = Diagnostics::default();
    problems.push(diagnostic);
    problems
}

fn output_problem(out: &Path, error: &std::io::Error) -> Diagnostics {
    let shown = display_path(out);
    one(Diagnostic::new(
        Code::Output,
        format!("cannot write the output folder `{shown}`: {error}"),
    )
    .path(shown)
    .help("check that the folder's parent exists and is writable, and that the disk is not full"))
}
