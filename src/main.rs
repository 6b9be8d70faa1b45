//! The `helpsite` command: parses arguments and calls the library.

use std::io::IsTerminal;
use std::net::IpAddr;
use std::path::PathBuf;
use std::process::ExitCode;
use std::time::Instant;

use clap::{CommandFactory, Parser, Subcommand};
use helpsite::{BuildOptions, Outcome, Part};

/// See Cargo.toml: many threads allocate small strings all the time while rendering.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

#[derive(Parser)]
#[command(
    name = "helpsite",
    version,
    about = "Build a multilingual help centre from YAML and Fluent"
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
enum Format {
    Human,
    Json,
}

#[derive(Subcommand)]
enum New {
    /// An article: content/articles/ID.yaml and a .ftl file for it in every locale.
    Article {
        id: String,
        /// The category it belongs to [default: the first one].
        #[arg(long)]
        category: Option<String>,
        #[arg(long, default_value = ".")]
        root: PathBuf,
    },
}

#[derive(Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
enum SchemaArg {
    /// content/articles/*.yaml
    Article,
    /// content/site.yaml
    Site,
}

#[derive(Subcommand)]
enum Command {
    /// Build the site into the output folder (replaced whole, only if the build succeeds).
    Build {
        /// The site's folder.
        #[arg(long, default_value = ".")]
        root: PathBuf,
        /// The output folder [default: ROOT/public].
        #[arg(long)]
        out: Option<PathBuf>,
        /// Treat warnings (missing translations, unused messages) as errors.
        #[arg(long)]
        strict: bool,
        /// Keep running: rebuild what changed on every edit (for serving the output yourself).
        #[arg(long, conflicts_with = "strict")]
        watch: bool,
        /// Also build the pseudo-locale en-XA (accented, lengthened text) to find layout problems.
        #[arg(long)]
        pseudo: bool,
        /// Skip the search index (faster; the search page then only lists the articles).
        #[arg(long)]
        no_search: bool,
        /// Build only this locale's pages and search index (repeatable, or comma-separated):
        /// one shard of a sharded build, into an output folder of its own (a build replaces its
        /// output folder whole). The site-wide files come from `--only-shared`.
        #[arg(
            long,
            value_name = "LOCALE",
            value_delimiter = ',',
            conflicts_with = "watch"
        )]
        locale: Vec<String>,
        /// Build only the site-wide files (root index.html and 404.html, sitemap.xml,
        /// robots.txt, assets/), no locale's pages: the last shard of a sharded build.
        #[arg(long, conflicts_with_all = ["locale", "watch"])]
        only_shared: bool,
    },
    /// Build, serve the site locally, and rebuild and reload the browser on every edit.
    Serve {
        #[arg(long, default_value = ".")]
        root: PathBuf,
        /// The output folder [default: ROOT/public].
        #[arg(long)]
        out: Option<PathBuf>,
        /// Address to listen on; the default serves this machine only.
        #[arg(long, default_value = "127.0.0.1")]
        bind: IpAddr,
        /// Port to listen on (0 picks a free one).
        #[arg(long, default_value_t = 1111)]
        port: u16,
        /// Open the site in the default browser.
        #[arg(long)]
        open: bool,
        /// Also build the pseudo-locale en-XA.
        #[arg(long)]
        pseudo: bool,
    },
    /// Check everything (content, translations, templates) without writing anything.
    ///
    /// Exit codes: 0 clean, 1 errors (or warnings with --strict), 2 unusable configuration.
    Check {
        #[arg(long, default_value = ".")]
        root: PathBuf,
        /// Treat warnings (missing or stale translations) as errors.
        #[arg(long)]
        strict: bool,
        /// `human`: diagnostics and a translation table; `json`: one JSON document on stdout.
        #[arg(long, value_enum, default_value_t = Format::Human)]
        format: Format,
        /// Also check the pseudo-locale en-XA.
        #[arg(long)]
        pseudo: bool,
    },
    /// Start a new site in DIR from the built-in default (content, translations, templates).
    Init { dir: PathBuf },
    /// Scaffold new content.
    New {
        #[command(subcommand)]
        what: New,
    },
    /// Print the JSON Schema of the content YAML (for editors' completion and validation).
    Schema {
        #[arg(value_enum, default_value_t = SchemaArg::Article)]
        kind: SchemaArg,
    },
    /// Record that translations match the current source text (see `check`'s stale warnings).
    Confirm {
        /// The locale whose translations are confirmed, e.g. `pl`.
        locale: String,
        /// Messages to confirm: `articles/<id>:<message>`, `ui:<message>`, `site:<message>`, or
        /// a whole file such as `articles/<id>`.
        keys: Vec<String>,
        /// Confirm every translated message of the locale.
        #[arg(long, conflicts_with = "keys")]
        all: bool,
        #[arg(long, default_value = ".")]
        root: PathBuf,
    },
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let started = Instant::now();
    match cli.command {
        Command::Build {
            root,
            out,
            watch: true,
            pseudo,
            no_search,
            ..
        } => {
            let out = out.unwrap_or_else(|| root.join("public"));
            let options = helpsite::watch::WatchOptions {
                pseudo,
                search: !no_search,
            };
            let result = helpsite::watch::watch(&root, &out, options, |_, rebuild| {
                helpsite::serve::report(rebuild);
                true
            });
            match result {
                Ok(()) => ExitCode::SUCCESS,
                Err(error) => {
                    eprintln!("error: cannot watch {}: {error}", root.display());
                    ExitCode::from(1)
                }
            }
        }
        Command::Serve {
            root,
            out,
            bind,
            port,
            open,
            pseudo,
        } => {
            let out = out.unwrap_or_else(|| helpsite::serve::default_out(&root));
            let options = helpsite::serve::ServeOptions {
                root,
                out,
                bind,
                port,
                open,
                pseudo,
            };
            match helpsite::serve::serve(options) {
                Ok(()) => ExitCode::SUCCESS,
                Err(error) => {
                    eprintln!("error: {error}");
                    ExitCode::from(error.exit_code())
                }
            }
        }
        Command::Build {
            root,
            out,
            strict,
            pseudo,
            no_search,
            locale,
            only_shared,
            ..
        } => {
            let out = out.unwrap_or_else(|| root.join("public"));
            let part = match (only_shared, locale) {
                (true, _) => Part::Shared,
                (false, locales) if locales.is_empty() => Part::All,
                (false, locales) => Part::Locales(locales),
            };
            let outcome = helpsite::build(&BuildOptions {
                root,
                out: out.clone(),
                strict,
                pseudo,
                search: !no_search,
                part,
            });
            if let Some(usage) = &outcome.usage {
                usage_error(usage);
            }
            report(
                &outcome,
                "build failed; the previous output was left as it was",
                "built with warnings",
            );
            if let Some(stats) = outcome.stats.filter(|_| !outcome.failed()) {
                let search = outcome
                    .search
                    .map(|s| {
                        format!(
                            ", search index of {} pages ({:.1} MB)",
                            s.pages,
                            s.bytes as f64 / 1_000_000.0
                        )
                    })
                    .unwrap_or_default();
                eprintln!(
                    "Built {} pages ({} files, {:.1} MB){search} into {} in {} ms",
                    stats.pages,
                    stats.files,
                    stats.bytes as f64 / 1_000_000.0,
                    out.display(),
                    started.elapsed().as_millis()
                );
            }
            ExitCode::from(outcome.exit_code())
        }
        Command::Check {
            root,
            strict,
            format,
            pseudo,
        } => {
            let outcome = helpsite::check(&root, strict, pseudo);
            if format == Format::Json {
                println!("{}", helpsite::report::json(&outcome));
                return ExitCode::from(outcome.exit_code());
            }
            report(&outcome, "check failed", "checked with warnings");
            if !outcome.translation_status.is_empty() {
                eprintln!(
                    "\nTranslations:\n{}",
                    helpsite::report::translation_table(&outcome.translation_status)
                );
            }
            if outcome.diagnostics.is_empty() {
                eprintln!("No problems found ({} ms)", started.elapsed().as_millis());
            }
            ExitCode::from(outcome.exit_code())
        }
        Command::Init { dir } => match helpsite::scaffold::init(&dir) {
            Ok(files) => {
                eprintln!(
                    "Created a new site with {} files in {}. Next: cd {} && helpsite serve",
                    files.len(),
                    dir.display(),
                    dir.display()
                );
                ExitCode::SUCCESS
            }
            Err(error) => scaffold_failed(&error),
        },
        Command::New {
            what: New::Article { id, category, root },
        } => match helpsite::scaffold::new_article(
            &root,
            &id,
            category.as_deref(),
            helpsite::scaffold::today(),
        ) {
            Ok(files) => {
                for file in files {
                    eprintln!("created {}", file.display());
                }
                ExitCode::SUCCESS
            }
            Err(error) => scaffold_failed(&error),
        },
        Command::Schema { kind } => {
            let kind = match kind {
                SchemaArg::Article => helpsite::scaffold::SchemaKind::Article,
                SchemaArg::Site => helpsite::scaffold::SchemaKind::Site,
            };
            print!("{}", helpsite::scaffold::schema(kind));
            ExitCode::SUCCESS
        }
        Command::Confirm {
            locale,
            keys,
            all,
            root,
        } => {
            if !all && keys.is_empty() {
                eprintln!("error: name the messages to confirm, or pass --all");
                return ExitCode::from(2);
            }
            let selection = helpsite::confirm::Selection { all, keys: &keys };
            match helpsite::confirm::confirm(&root, &locale, &selection) {
                Ok(count) => {
                    eprintln!(
                        "Confirmed {count} translation(s) of `{locale}` in locales/{locale}/translations.lock"
                    );
                    ExitCode::SUCCESS
                }
                Err(problems) => {
                    eprint!("{}", problems.render(std::io::stderr().is_terminal()));
                    ExitCode::from(1)
                }
            }
        }
    }
}

/// Exits with clap's usage error (code 2) for `build`.
fn usage_error(message: &str) -> ! {
    let mut cli = Cli::command();
    cli.build();
    let build = cli
        .find_subcommand_mut("build")
        .expect("the build subcommand");
    build
        .error(clap::error::ErrorKind::InvalidValue, message)
        .exit()
}

fn scaffold_failed(error: &helpsite::scaffold::ScaffoldError) -> ExitCode {
    eprintln!("error: {}\n  help: {}", error.message, error.help);
    ExitCode::from(1)
}

fn report(outcome: &Outcome, failed: &str, warned: &str) {
    let diagnostics = &outcome.diagnostics;
    if diagnostics.is_empty() {
        return;
    }
    eprint!("{}", diagnostics.render(std::io::stderr().is_terminal()));
    let (errors, warnings) = (diagnostics.error_count(), diagnostics.warning_count());
    let verdict = if outcome.failed() { failed } else { warned };
    let strict_note = if outcome.strict && warnings > 0 {
        " (--strict: warnings count as errors)"
    } else {
        ""
    };
    eprintln!("{errors} error(s), {warnings} warning(s): {verdict}{strict_note}");
}
