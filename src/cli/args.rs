//! The command line, as clap reads it. Every argument and option says what it is for.

use std::net::IpAddr;
use std::path::PathBuf;

use clap::{Parser, Subcommand, ValueEnum};

#[derive(Parser)]
#[command(
    name = "helpsite",
    version,
    about = "Build a multilingual help centre from YAML and Fluent",
    long_about = "Build a multilingual help centre from YAML and Fluent.\n\nStart with `helpsite init \
                  mysite`, then `cd mysite && helpsite serve` to preview it as you edit."
)]
pub struct Args {
    #[command(subcommand)]
    pub command: Command,
}

/// The site's folder, for every command that reads a site.
#[derive(clap::Args, Clone)]
pub struct Root {
    /// The site's folder: the one that holds content/ and locales/.
    #[arg(long, value_name = "DIR", default_value = ".")]
    pub root: PathBuf,
}

#[derive(Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Format {
    /// Diagnostics drawn with their source lines, and a translation table.
    Human,
    /// One JSON document on stdout (see the README for its fields).
    Json,
}

#[derive(Subcommand)]
pub enum New {
    /// An article: content/articles/ID.yaml and a .ftl file for it in every locale.
    Article {
        /// The article's id: lowercase letters, digits and hyphens. It is also the file name
        /// and the last part of the article's URL.
        id: String,
        /// The category it belongs to [default: the first one].
        #[arg(long)]
        category: Option<String>,
        #[command(flatten)]
        root: Root,
    },
    /// A locale: locales/CODE/ with every file of the source locale, each message its source
    /// text marked `# helpsite: untranslated`, and CODE added to content/site.yaml.
    Locale {
        /// The locale's code, a BCP 47 language tag such as `de`, `pt-BR` or `zh-Hant`. It is
        /// also the folder's name and the first part of the locale's URLs.
        code: String,
        #[command(flatten)]
        root: Root,
    },
}

#[derive(Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum SchemaKind {
    /// content/articles/*.yaml
    Article,
    /// content/site.yaml
    Site,
    /// content/policies.yaml
    Policies,
}

#[derive(Subcommand)]
pub enum Command {
    /// Build the site into the output folder (replaced whole, only if the build succeeds).
    Build {
        #[command(flatten)]
        root: Root,
        /// The output folder [default: ROOT/public]. It must be new, empty or written by
        /// helpsite before: a build replaces it whole.
        #[arg(long, value_name = "DIR")]
        out: Option<PathBuf>,
        /// Treat warnings (missing translations, unused messages) as errors.
        #[arg(long)]
        strict: bool,
        /// Keep running: rebuild what changed on every edit (for serving the output yourself).
        #[arg(long, conflicts_with = "strict")]
        watch: bool,
        /// Also build the pseudo-locales en-XA (accented, lengthened text) and en-XB (flipped text,
        /// right to left) to find layout problems.
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
        #[command(flatten)]
        root: Root,
        /// The output folder [default: ROOT/public]. It must be new, empty or written by
        /// helpsite before.
        #[arg(long, value_name = "DIR")]
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
        /// Also build the pseudo-locales en-XA and en-XB.
        #[arg(long)]
        pseudo: bool,
    },
    /// Check everything (content, translations, templates) without writing anything.
    ///
    /// Exit codes: 0 clean, 1 errors (or warnings with --strict), 2 unusable configuration.
    Check {
        #[command(flatten)]
        root: Root,
        /// Treat warnings (missing or stale translations) as errors.
        #[arg(long)]
        strict: bool,
        /// How to report: for people, or for tools.
        #[arg(long, value_enum, default_value_t = Format::Human)]
        format: Format,
        /// Also check the pseudo-locales en-XA and en-XB.
        #[arg(long)]
        pseudo: bool,
    },
    /// Start a new site in DIR: a small commented starter (one category, one article, two
    /// locales) with its templates and a CI workflow.
    Init {
        /// The folder to create the site in; it must not exist or be empty.
        dir: PathBuf,
        /// Copy the full example help centre instead of the starter.
        #[arg(long)]
        example: bool,
    },
    /// Scaffold new content.
    New {
        #[command(subcommand)]
        what: New,
    },
    /// Print the JSON Schema of the content YAML (for editors' completion and validation).
    Schema {
        /// Which file's schema.
        #[arg(value_enum, default_value_t = SchemaKind::Article)]
        kind: SchemaKind,
    },
    /// Record that translations match the current source text (see `check`'s stale warnings).
    Confirm {
        /// The locale whose translations are confirmed, e.g. `pl`.
        locale: String,
        /// Messages to confirm: `articles/<id>:<message>`, `ui:<message>`, `site:<message>`,
        /// `policies:<message>`, or a whole file such as `articles/<id>` or `policies`.
        keys: Vec<String>,
        /// Confirm every translated message of the locale.
        #[arg(long, conflicts_with = "keys")]
        all: bool,
        #[command(flatten)]
        root: Root,
    },
}
