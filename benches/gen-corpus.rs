//! Writes a generated helpsite site for benchmarks: N articles x 4 locales (en, pl, fr, zh).
//!
//! ```sh
//! cargo run --release --example gen-corpus -- --articles 1000 --out /dev/shm/site [--seed 1]
//! cargo run --release -- build --root /dev/shm/site --out /dev/shm/site/public
//! ```
//!
//! The same seed gives the same site, byte for byte. See `benches/corpus/mod.rs` for its shape.
//! `--layout hugo` writes the same articles and words as a Hugo site instead, for the peer
//! benchmark in `benches/run.sh` (`hugo --source DIR`; see `benches/corpus/hugo.rs`).

mod corpus;

use std::path::PathBuf;
use std::process::ExitCode;
use std::time::Instant;

use clap::{Parser, ValueEnum};

#[derive(Parser)]
#[command(
    about = "Write a generated helpsite site of N articles x 4 locales (or the same as a Hugo site)"
)]
struct Args {
    /// How many articles (each in en, pl, fr and zh).
    #[arg(long)]
    articles: usize,
    /// The site folder to write (its generated files and folders are replaced on the next run).
    #[arg(long)]
    out: PathBuf,
    /// Seed of the text generator: the same seed writes the same site.
    #[arg(long, default_value_t = 1)]
    seed: u64,
    /// Which generator's input to write: helpsite's site, or the same corpus as a Hugo site.
    #[arg(long, value_enum, default_value_t = Layout::Helpsite)]
    layout: Layout,
}

#[derive(Clone, Copy, ValueEnum)]
enum Layout {
    /// content/ (YAML) and locales/ (Fluent): `helpsite build --root OUT`.
    Helpsite,
    /// hugo.toml, content/<lang>/, layouts/, i18n/, static/: `hugo --source OUT`.
    Hugo,
}

fn main() -> ExitCode {
    let args = Args::parse();
    let started = Instant::now();
    let options = corpus::Options {
        articles: args.articles,
        seed: args.seed,
    };
    let generated = match args.layout {
        Layout::Helpsite => corpus::generate(&args.out, &options),
        Layout::Hugo => corpus::hugo::generate_hugo(&args.out, &options),
    };
    match generated {
        Ok(summary) => {
            let words: Vec<String> = summary
                .words
                .iter()
                .map(|(code, n)| format!("{code} {n}"))
                .collect();
            eprintln!(
                "Wrote {} articles x {} locales in {} categories ({} files, {:.1} MB) into {} in {} ms; \
                 words per article and locale: {}; first article: {}",
                summary.articles,
                summary.words.len(),
                summary.categories,
                summary.files,
                summary.bytes as f64 / 1e6,
                args.out.display(),
                started.elapsed().as_millis(),
                words.join(", "),
                summary.first_article
            );
            ExitCode::SUCCESS
        }
        Err(error) => {
            eprintln!("error: {error}");
            ExitCode::FAILURE
        }
    }
}
