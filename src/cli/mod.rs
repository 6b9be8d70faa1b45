//! The `helpsite` command: what each subcommand runs and prints.
//!
//! `main.rs` parses the arguments ([`Args`]) and hands them to [`run`]; everything a person
//! sees in the terminal is decided here and in [`report`].

mod args;
pub mod report;

use std::io::IsTerminal;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use clap::CommandFactory;

pub use args::{Args, Command, Format, New, Root, SchemaKind};

use crate::pipeline::Outcome;
use crate::{BuildOptions, Part};

/// Runs a command and says how it ended.
pub fn run(args: Args) -> ExitCode {
    match args.command {
        Command::Build {
            root,
            out,
            watch: true,
            pseudo,
            no_search,
            ..
        } => watch(&root.root, out, pseudo, !no_search),
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
            let part = match (only_shared, locale) {
                (true, _) => Part::Shared,
                (false, locales) if locales.is_empty() => Part::All,
                (false, locales) => Part::Locales(locales),
            };
            build(&BuildOptions {
                out: output(&root.root, out),
                root: root.root,
                strict,
                pseudo,
                search: !no_search,
                part,
            })
        }
        Command::Serve {
            root,
            out,
            bind,
            port,
            open,
            pseudo,
        } => {
            let options = crate::serve::ServeOptions {
                out: output(&root.root, out),
                root: root.root,
                bind,
                port,
                open,
                pseudo,
            };
            match crate::serve::serve(options) {
                Ok(()) => ExitCode::SUCCESS,
                Err(error) => {
                    eprintln!("error: {error}");
                    ExitCode::from(error.exit_code())
                }
            }
        }
        Command::Check {
            root,
            strict,
            format,
            pseudo,
        } => check(&root.root, strict, format, pseudo),
        Command::Init { dir, example } => init(&dir, example),
        Command::New {
            what: New::Article { id, category, root },
        } => new_article(&root.root, &id, category.as_deref()),
        Command::New {
            what: New::Locale { code, root },
        } => new_locale(&root.root, &code),
        Command::Schema { kind } => {
            let kind = match kind {
                SchemaKind::Article => crate::scaffold::SchemaKind::Article,
                SchemaKind::Site => crate::scaffold::SchemaKind::Site,
                SchemaKind::Policies => crate::scaffold::SchemaKind::Policies,
            };
            print!("{}", crate::scaffold::schema(kind));
            ExitCode::SUCCESS
        }
        Command::Confirm {
            locale,
            keys,
            all,
            root,
        } => confirm(&root.root, &locale, &keys, all),
    }
}

/// The output folder: as given, or `public` in the site's folder.
fn output(root: &Path, out: Option<PathBuf>) -> PathBuf {
    out.unwrap_or_else(|| root.join("public"))
}

fn build(options: &BuildOptions) -> ExitCode {
    let outcome = crate::build(options);
    if let Some(usage) = &outcome.usage {
        usage_error("build", usage);
    }
    report::diagnostics(
        &outcome,
        "build failed; the previous output was left as it was",
        "built with warnings",
    );
    if let Some(written) = outcome.written.filter(|_| !outcome.failed()) {
        let stats = written.stats;
        let search = written
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
            options.out.display(),
            outcome.elapsed.as_millis()
        );
    }
    ExitCode::from(outcome.exit_code())
}

/// `build --watch`: rebuilds on every edit, printing a line per rebuild, until stopped.
fn watch(root: &Path, out: Option<PathBuf>, pseudo: bool, search: bool) -> ExitCode {
    let out = output(root, out);
    if let Err(refused) = crate::write::Output::claim(root, &out) {
        let mut problems = crate::diagnostics::Diagnostics::default();
        problems.push(*refused);
        eprint!("{}", problems.render(std::io::stderr().is_terminal()));
        return ExitCode::from(2);
    }
    let options = crate::watch::WatchOptions { pseudo, search };
    let result = crate::watch::watch(root, &out, options, |_, rebuild| {
        crate::serve::report(rebuild);
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

fn check(root: &Path, strict: bool, format: Format, pseudo: bool) -> ExitCode {
    let outcome: Outcome = crate::check(root, strict, pseudo);
    if format == Format::Json {
        println!("{}", report::json(&outcome));
        return ExitCode::from(outcome.exit_code());
    }
    report::diagnostics(&outcome, "check failed", "checked with warnings");
    if !outcome.translation_status.is_empty() {
        eprintln!(
            "\nTranslations:\n{}",
            report::translation_table(&outcome.translation_status)
        );
    }
    if outcome.diagnostics.is_empty() {
        eprintln!("No problems found ({} ms)", outcome.elapsed.as_millis());
    }
    ExitCode::from(outcome.exit_code())
}

fn init(dir: &Path, example: bool) -> ExitCode {
    match crate::scaffold::init(dir, example) {
        Ok(files) => {
            eprintln!(
                "Created a new site with {} files in {}.\nNext: cd {} && helpsite serve \
                 (or `cargo run --release -- serve --root {}` from helpsite's own folder)",
                files.len(),
                dir.display(),
                dir.display(),
                dir.display()
            );
            ExitCode::SUCCESS
        }
        Err(error) => scaffold_failed(&error),
    }
}

fn new_article(root: &Path, id: &str, category: Option<&str>) -> ExitCode {
    match crate::scaffold::new_article(root, id, category, crate::scaffold::today()) {
        Ok(files) => {
            for file in files {
                eprintln!("created {}", file.display());
            }
            ExitCode::SUCCESS
        }
        Err(error) => scaffold_failed(&error),
    }
}

fn new_locale(root: &Path, code: &str) -> ExitCode {
    match crate::scaffold::new_locale(root, code) {
        Ok(done) => {
            for file in &done.files {
                if file != std::path::Path::new(crate::load::CONFIG_PATH) {
                    eprintln!("created {}", file.display());
                }
            }
            let direction = match done.direction {
                crate::model::Direction::Rtl => "right to left",
                crate::model::Direction::Ltr => "left to right",
            };
            eprintln!(
                "\nAdded `{line}` under `locales:` in content/site.yaml ({code} is written \
                 {direction}, from CLDR; `direction:` changes that).\n\
                 {count} messages wait for a translation: each is the `{source}` text, marked \
                 `# helpsite: untranslated`. Readers see the `{source}` text, marked as such, \
                 until it is translated.\n\n\
                 Next:\n  \
                 1. Write the language's own name in locales/{code}/site.ftl (`language-name`) \
                 and delete the placeholder line above it.\n  \
                 2. Translate each message in locales/{code}/ and delete its \
                 `# helpsite: untranslated` line.\n  \
                 3. `helpsite check` counts what is left (the `untranslated` column); \
                 `helpsite serve` shows it at /_status/.\n  \
                 4. `helpsite confirm {code} --all` records what the translations were made \
                 from, so that later changes of the `{source}` text are reported.",
                line = done.line,
                count = done.messages,
                source = done.source,
            );
            ExitCode::SUCCESS
        }
        Err(error) => scaffold_failed(&error),
    }
}

fn confirm(root: &Path, locale: &str, keys: &[String], all: bool) -> ExitCode {
    if !all && keys.is_empty() {
        eprintln!("error: name the messages to confirm, or pass --all");
        return ExitCode::from(2);
    }
    let selection = crate::confirm::Selection { all, keys };
    match crate::confirm::confirm(root, locale, &selection) {
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

/// Exits with clap's usage error (code 2) for `subcommand`.
fn usage_error(subcommand: &str, message: &str) -> ! {
    let mut command = Args::command();
    command.build();
    match command.find_subcommand_mut(subcommand) {
        Some(sub) => sub
            .error(clap::error::ErrorKind::InvalidValue, message)
            .exit(),
        None => command
            .error(clap::error::ErrorKind::InvalidValue, message)
            .exit(),
    }
}

fn scaffold_failed(error: &crate::scaffold::ScaffoldError) -> ExitCode {
    eprintln!("error: {}\n  help: {}", error.message, error.help);
    ExitCode::from(1)
}
