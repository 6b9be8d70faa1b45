//! Edit-to-output latency of watch mode (`helpsite build --watch`, `helpsite serve`).
//!
//! ```sh
//! cargo bench --bench latency                               # default site + 1,000 articles
//! cargo bench --bench latency -- --site default --edits 20  # or: --site generated --articles 250
//! ```
//!
//! For each site (a temporary copy of the default site, and a generated site of `--articles`
//! articles x 4 locales), the watcher runs in this process (`helpsite::watch::watch` on a thread;
//! its callback, called once a rebuild has written every output file, reports back on a channel).
//! Then, one at a time, `--edits` edits of one article's English `.ftl` (its title) and as many of
//! its YAML (a `weeks:` number; on the default site, whose numbers are policies, the number of a
//! policy the article states, in `content/policies.yaml`): the latency is the time from
//! `fs::write` returning (the file is written and closed) to the end of the rebuild. Each rebuild is checked before the next edit:
//! it must have succeeded, name the edited file, and the output must show the edit (the article
//! page and, for a title, its category's list page). Edits are spaced by `--spacing` ms so that
//! every edit is a rebuild of its own; a rebuild nobody asked for is counted as spurious.
//!
//! `--search` keeps the search index up to date as well (as `helpsite serve` does by default);
//! without it the watcher runs with the index off, so the figures are the pipeline's own.
//!
//! Files go to /dev/shm when it exists (tmpfs, like the other benchmarks). Environment variables
//! `LATENCY_SITE`, `LATENCY_ARTICLES`, `LATENCY_EDITS`, `LATENCY_SPACING_MS` and
//! `LATENCY_SEARCH=1` set the same.

#[allow(dead_code)] // the generator's summary has more than this benchmark reads
mod corpus;

/// The allocator `helpsite serve` and `build --watch` run on (src/main.rs), so that the
/// figures are the ones an editor sees.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

use std::fs;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::mpsc::{self, Receiver};
use std::thread;
use std::time::{Duration, Instant};

/// How long the first (full) build may take.
const FIRST_BUILD: Duration = Duration::from_secs(600);
/// How long one rebuild may take before the benchmark gives up.
const REBUILD: Duration = Duration::from_secs(60);

struct Settings {
    sites: Vec<String>,
    articles: usize,
    edits: usize,
    spacing: Duration,
    /// Keep the search index up to date too, as `helpsite serve` does by default.
    search: bool,
}

impl Settings {
    fn from_env_and_args() -> Settings {
        let env = |name: &str| std::env::var(name).ok();
        let mut site = env("LATENCY_SITE").unwrap_or_else(|| "all".into());
        let mut articles = env("LATENCY_ARTICLES").unwrap_or_else(|| "1000".into());
        let mut edits = env("LATENCY_EDITS").unwrap_or_else(|| "50".into());
        let mut spacing = env("LATENCY_SPACING_MS").unwrap_or_else(|| "100".into());
        let mut search = env("LATENCY_SEARCH").is_some_and(|v| v == "1");
        let mut args = std::env::args().skip(1);
        while let Some(arg) = args.next() {
            let target = match arg.as_str() {
                "--search" => {
                    search = true;
                    continue;
                }
                "--site" => &mut site,
                "--articles" => &mut articles,
                "--edits" => &mut edits,
                "--spacing" => &mut spacing,
                // `cargo bench` passes --bench; filters and other harness flags do not apply.
                _ => continue,
            };
            *target = args.next().unwrap_or_default();
        }
        let number = |value: &str, what: &str| -> usize {
            value
                .parse()
                .unwrap_or_else(|_| panic!("{what} must be a number, not `{value}`"))
        };
        let sites = match site.as_str() {
            "all" => vec!["default".to_string(), "generated".to_string()],
            "default" | "generated" => vec![site],
            other => panic!("--site is default, generated or all, not `{other}`"),
        };
        Settings {
            sites,
            articles: number(&articles, "--articles"),
            edits: number(&edits, "--edits").max(1),
            spacing: Duration::from_millis(number(&spacing, "--spacing") as u64),
            search,
        }
    }
}

/// What the watcher reports after each rebuild.
struct Report {
    /// When the callback ran: every output file is written by then.
    at: Instant,
    ok: bool,
    rendered: usize,
    elapsed: Duration,
    changed: Vec<String>,
    summary: String,
}

/// One kind of edit, applied `n` times to one file.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Kind {
    Ftl,
    Yaml,
}

struct Measured {
    kind: Kind,
    /// Edit-to-output, per edit.
    latencies: Vec<Duration>,
    /// helpsite's own rebuild time (reload, validate, render, write; no debounce), per edit.
    rebuilds: Vec<Duration>,
    rendered: Vec<usize>,
    checked: usize,
    spurious: usize,
}

struct SiteResult {
    name: String,
    pages: usize,
    first_build: Duration,
    measured: Vec<Measured>,
}

fn main() {
    let settings = Settings::from_env_and_args();
    let base = if Path::new("/dev/shm").is_dir() {
        PathBuf::from("/dev/shm")
    } else {
        std::env::temp_dir()
    };
    let work = tempfile::Builder::new()
        .prefix("helpsite-latency-")
        .tempdir_in(&base)
        .expect("a temporary folder");
    let mut results = Vec::new();
    for name in &settings.sites {
        let root = work.path().join(name).join("site");
        let out = work.path().join(name).join("public");
        let (label, article) = if name == "default" {
            let repo = Path::new(env!("CARGO_MANIFEST_DIR"));
            for folder in ["content", "locales", "templates"] {
                copy_dir(&repo.join(folder), &root.join(folder));
            }
            (
                "default site".to_string(),
                "refund-after-cancellation".to_string(),
            )
        } else {
            let options = corpus::Options {
                articles: settings.articles,
                seed: 1,
            };
            let summary = corpus::generate(&root, &options).expect("generate the corpus");
            (
                format!("{} articles", settings.articles),
                summary.first_article,
            )
        };
        eprintln!("== {label}: watching {}", root.display());
        results.push(run_site(&settings, label, &root, &out, &article));
    }
    print_table(&settings, &results);
}

fn run_site(
    settings: &Settings,
    name: String,
    root: &Path,
    out: &Path,
    article: &str,
) -> SiteResult {
    let (sender, receiver) = mpsc::channel::<Report>();
    let stop = Arc::new(AtomicBool::new(false));
    let options = helpsite::watch::WatchOptions {
        pseudo: false,
        search: settings.search,
    };
    let watcher = {
        let (root, out, stop) = (root.to_path_buf(), out.to_path_buf(), stop.clone());
        thread::spawn(move || {
            helpsite::watch::watch(&root, &out, options, |_, rebuild| {
                let report = Report {
                    at: Instant::now(),
                    ok: rebuild.ok,
                    rendered: rebuild.rendered,
                    elapsed: rebuild.elapsed,
                    changed: rebuild.changed.clone(),
                    summary: rebuild.summary(),
                };
                sender.send(report).is_ok() && !stop.load(Ordering::SeqCst)
            })
        })
    };
    let first = next_report(&receiver, FIRST_BUILD).expect("the first build finished");
    assert!(first.ok, "the first build failed: {}", first.summary);
    eprintln!("   first build: {}", first.summary);

    let article_yaml = root.join(format!("content/articles/{article}.yaml"));
    let ftl_path = root.join(format!("locales/en/articles/{article}.ftl"));
    let own = fs::read_to_string(&article_yaml).expect("the article's YAML");
    // An article whose numbers are all policies: its number is edited where it is written.
    let yaml_path = if own.contains("weeks: ") {
        article_yaml
    } else {
        root.join("content/policies.yaml")
    };
    let yaml = fs::read_to_string(&yaml_path).expect("the YAML with the article's `weeks:`");
    let ftl = fs::read_to_string(&ftl_path).expect("the article's .ftl");
    let category = own
        .lines()
        .find_map(|line| line.strip_prefix("category:"))
        .map(|c| c.trim().to_string())
        .expect("the article's category");
    let article_page = out.join(format!("en/{category}/{article}.html"));
    let category_page = out.join(format!("en/{category}/index.html"));

    let mut measured = Vec::new();
    for kind in [Kind::Ftl, Kind::Yaml] {
        let (path, original) = match kind {
            Kind::Ftl => (&ftl_path, &ftl),
            Kind::Yaml => (&yaml_path, &yaml),
        };
        let relative = path
            .strip_prefix(root)
            .expect("inside the site")
            .to_string_lossy()
            .replace('\\', "/");
        let mut m = Measured {
            kind,
            latencies: Vec::new(),
            rebuilds: Vec::new(),
            rendered: Vec::new(),
            checked: 0,
            spurious: 0,
        };
        for i in 0..settings.edits {
            let (text, expected) = match kind {
                Kind::Ftl => edit_title(original, i),
                Kind::Yaml => edit_weeks(original, i),
            };
            fs::write(path, &text).expect("write the edit");
            let written = Instant::now();
            let report = next_report(&receiver, REBUILD).unwrap_or_else(|| {
                panic!("no rebuild within {REBUILD:?} after editing {relative}")
            });
            assert!(report.ok, "the rebuild failed: {}", report.summary);
            assert!(
                report.changed.iter().any(|c| c == &relative),
                "a rebuild of {:?}, expected {relative}",
                report.changed
            );
            m.latencies
                .push(report.at.saturating_duration_since(written));
            m.rebuilds.push(report.elapsed);
            m.rendered.push(report.rendered);
            let shows = |page: &Path| fs::read_to_string(page).is_ok_and(|t| t.contains(&expected));
            let ok = match kind {
                Kind::Ftl => shows(&article_page) && shows(&category_page),
                Kind::Yaml => shows(&article_page),
            };
            m.checked += usize::from(ok);
            // Spaces edits so each is a rebuild of its own; anything arriving now is spurious.
            thread::sleep(settings.spacing);
            while receiver.try_recv().is_ok() {
                m.spurious += 1;
            }
        }
        eprintln!(
            "   {} x {relative}: median {:.1} ms",
            settings.edits,
            ms(percentile(&m.latencies, 50))
        );
        // Back to the original text before the next kind of edit.
        fs::write(path, original).expect("restore the file");
        let _ = next_report(&receiver, REBUILD);
        thread::sleep(settings.spacing);
        while receiver.try_recv().is_ok() {}
        measured.push(m);
    }

    // Stop the watcher: the next rebuild's callback returns false.
    stop.store(true, Ordering::SeqCst);
    fs::write(&ftl_path, format!("{ftl}\n")).expect("touch the .ftl");
    if next_report(&receiver, REBUILD).is_some() {
        let _ = watcher.join();
    }
    SiteResult {
        name,
        pages: first.rendered,
        first_build: first.elapsed,
        measured,
    }
}

fn next_report(receiver: &Receiver<Report>, timeout: Duration) -> Option<Report> {
    receiver.recv_timeout(timeout).ok()
}

/// The `.ftl` with `(edit N)` appended to the title; returns the text the pages must show.
fn edit_title(ftl: &str, i: usize) -> (String, String) {
    let marker = format!("(edit {i})");
    let mut found = false;
    let text: Vec<String> = ftl
        .lines()
        .map(|line| match line.strip_prefix("title = ") {
            Some(title) if !found => {
                found = true;
                format!("title = {title} {marker}")
            }
            _ => line.to_string(),
        })
        .collect();
    assert!(found, "the .ftl has no `title = ` line");
    (text.join("\n") + "\n", marker)
}

/// The YAML with its last `weeks: N` set to 31 + i (never a value the sites start with);
/// returns what the English page must show.
fn edit_weeks(yaml: &str, i: usize) -> (String, String) {
    let key = "weeks: ";
    let start = yaml.rfind(key).expect("the YAML has a `weeks:` period") + key.len();
    let end = start
        + yaml[start..]
            .find(|c: char| !c.is_ascii_digit())
            .unwrap_or(yaml.len() - start);
    let weeks = 31 + i;
    (
        format!("{}{weeks}{}", &yaml[..start], &yaml[end..]),
        format!("{weeks} weeks"),
    )
}

fn percentile(values: &[Duration], p: usize) -> Duration {
    let mut sorted = values.to_vec();
    sorted.sort();
    if sorted.is_empty() {
        return Duration::ZERO;
    }
    // Nearest rank.
    let rank = (p * sorted.len()).div_ceil(100).clamp(1, sorted.len());
    sorted[rank - 1]
}

fn ms(duration: Duration) -> f64 {
    duration.as_secs_f64() * 1000.0
}

fn print_table(settings: &Settings, results: &[SiteResult]) {
    println!();
    println!(
        "Edit-to-output latency, {} edits of each kind, {} ms apart \
         (helpsite build --watch, in process, search index {})",
        settings.edits,
        settings.spacing.as_millis(),
        if settings.search { "on" } else { "off" }
    );
    println!();
    println!(
        "| site | pages | first build | edit | median | p95 | min | max | rebuild (median) \
         | pages re-rendered | output shows the edit | spurious rebuilds |"
    );
    println!("|---|---:|---:|---|---:|---:|---:|---:|---:|---:|---:|---:|");
    for site in results {
        for m in &site.measured {
            let kind = match m.kind {
                Kind::Ftl => "`.ftl` (en title)",
                Kind::Yaml => "YAML (`weeks:`)",
            };
            let mut rendered = m.rendered.clone();
            rendered.sort_unstable();
            let rendered = match (rendered.first(), rendered.last()) {
                (Some(low), Some(high)) if low == high => low.to_string(),
                (Some(low), Some(high)) => format!("{low}-{high}"),
                _ => "-".into(),
            };
            println!(
                "| {} | {} | {:.0} ms | {kind} | {:.1} ms | {:.1} ms | {:.1} ms | {:.1} ms \
                 | {:.1} ms | {rendered} | {}/{} | {} |",
                site.name,
                site.pages,
                ms(site.first_build),
                ms(percentile(&m.latencies, 50)),
                ms(percentile(&m.latencies, 95)),
                ms(percentile(&m.latencies, 0)),
                ms(percentile(&m.latencies, 100)),
                ms(percentile(&m.rebuilds, 50)),
                m.checked,
                m.latencies.len(),
                m.spurious,
            );
        }
    }
    println!();
    println!(
        "latency = from fs::write returning to the rebuild callback (every output file written); \
         rebuild = helpsite's own timing of the rebuild, without the {} ms debounce",
        helpsite::watch::DEBOUNCE.as_millis()
    );
}

fn copy_dir(from: &Path, to: &Path) {
    fs::create_dir_all(to).expect("create a folder");
    for entry in fs::read_dir(from).expect("read a folder") {
        let entry = entry.expect("a folder entry");
        let target = to.join(entry.file_name());
        if entry.file_type().expect("a file type").is_dir() {
            copy_dir(&entry.path(), &target);
        } else {
            fs::copy(entry.path(), &target).expect("copy a file");
        }
    }
}
