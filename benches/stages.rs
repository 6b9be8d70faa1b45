//! Criterion benchmarks of the pipeline's stages on a generated site.
//!
//! ```sh
//! cargo bench --bench stages               # about two minutes
//! cargo bench --bench stages -- --test     # one iteration of each (what CI runs)
//! cargo bench --bench stages -- render     # only the benchmarks whose name contains `render`
//! STAGES_ARTICLES=1000 cargo bench --bench stages
//! ```
//!
//! At start, a site of 250 articles x 4 locales (`STAGES_ARTICLES` to change it) is generated
//! into a temporary folder (on /dev/shm, a tmpfs, when there is one). Then, each on the previous
//! stage's output: `load` (read and parse every file), `validate` (the whole model and every
//! translation), `localize` (Fluent bundles for every locale), `render` (every page, into a sink
//! that discards), `render+write` (every page into a staging folder, swapped into place), and
//! `build` (`helpsite::build`: all of it, end to end, into the same tmpfs). The last two write
//! into an empty output folder each time, like a clean build; removing the previous output is
//! not timed.

#[allow(dead_code)] // the generator's summary has more than this benchmark reads
mod corpus;

use std::io;
use std::path::{Path, PathBuf};
use std::time::Duration;

use criterion::{BatchSize, Criterion, SamplingMode, Throughput};
use helpsite::BuildOptions;
use helpsite::load::SiteSources;
use helpsite::localize::Localizer;
use helpsite::render::{self, Sink};
use helpsite::write::{Output, Staging};

/// Renders everything and keeps nothing.
struct Discard;

impl Sink for Discard {
    fn write(&self, _: &str, _: &[u8]) -> io::Result<()> {
        Ok(())
    }
}

fn main() {
    let articles: usize = std::env::var("STAGES_ARTICLES")
        .ok()
        .and_then(|n| n.parse().ok())
        .unwrap_or(250);
    let base = if Path::new("/dev/shm").is_dir() {
        PathBuf::from("/dev/shm")
    } else {
        std::env::temp_dir()
    };
    let work = tempfile::Builder::new()
        .prefix("helpsite-stages-")
        .tempdir_in(&base)
        .expect("a temporary folder");
    let root = work.path().join("site");
    let out = work.path().join("public");
    let summary = corpus::generate(&root, &corpus::Options { articles, seed: 1 })
        .expect("generate the corpus");
    eprintln!(
        "corpus: {} articles x {} locales ({} files, {:.1} MB) in {}",
        summary.articles,
        summary.words.len(),
        summary.files,
        summary.bytes as f64 / 1e6,
        root.display()
    );

    let mut criterion = Criterion::default()
        .sample_size(10)
        .warm_up_time(Duration::from_secs(1))
        .measurement_time(Duration::from_secs(4))
        .configure_from_args();
    stages(&mut criterion, &root, &out);
    criterion.final_summary();
    drop(work);
}

fn stages(c: &mut Criterion, root: &Path, out: &Path) {
    // Each stage's input, made once, and a check that the site is clean.
    let sources = SiteSources::load(root);
    let (site, diagnostics) = helpsite::validate::validate(&sources);
    assert!(
        !diagnostics.has_errors() && diagnostics.warning_count() == 0,
        "the generated site has problems:\n{}",
        diagnostics.render(false)
    );
    let site = site.expect("a validated site");
    let localizer = Localizer::new(&site);
    let rendered = render::render_site(&site, &localizer, &Discard);
    assert!(
        !rendered.problems.has_errors(),
        "{}",
        rendered.problems.render(false)
    );
    let pages = rendered.stats.pages as u64;
    let options = BuildOptions {
        root: root.to_path_buf(),
        out: out.to_path_buf(),
        strict: true,
        pseudo: false,
        // The pipeline's stages only; the search index has a cost of its own.
        search: false,
        part: helpsite::Part::All,
    };
    let outcome = helpsite::build(&options);
    assert!(!outcome.failed(), "{}", outcome.diagnostics.render(false));

    let mut group = c.benchmark_group(format!("{} articles", site.articles.len()));
    // Every iteration is long: ten of them per sample set, not 55.
    group.sampling_mode(SamplingMode::Flat);
    group.bench_function("load", |b| b.iter(|| SiteSources::load(root)));
    group.bench_function("validate", |b| {
        b.iter(|| helpsite::validate::validate(&sources))
    });
    group.bench_function("localize", |b| b.iter(|| Localizer::new(&site)));
    group.throughput(Throughput::Elements(pages));
    group.bench_function("render", |b| {
        b.iter(|| render::render_site(&site, &localizer, &Discard))
    });
    // Into an empty output folder each time, as a clean build does (removing the previous
    // output is not timed).
    let clear = || {
        let _ = std::fs::remove_dir_all(out);
    };
    group.bench_function("render+write", |b| {
        b.iter_batched(
            clear,
            |()| {
                let output = Output::claim(root, out).expect("an output folder of our own");
                let staging = Staging::new(&output).expect("a staging folder");
                let result = render::render_site(&site, &localizer, &staging);
                staging.commit().expect("swap the output in");
                result
            },
            BatchSize::PerIteration,
        )
    });
    group.bench_function("build", |b| {
        b.iter_batched(
            clear,
            |()| helpsite::build(&options),
            BatchSize::PerIteration,
        )
    });
    group.finish();
}
