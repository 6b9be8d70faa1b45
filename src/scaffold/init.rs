//! `helpsite init DIR`: a new site, ready to build and to publish.
//!
//! By default a small starter (one category, one article, English and French, every file
//! commented), so that a new help centre starts empty of someone else's content; with
//! `--example`, the full example help centre this repository is. Both come with a GitHub
//! Actions workflow that checks the site and publishes it to GitHub Pages.

use std::fs;
use std::path::{Path, PathBuf};

use include_dir::{Dir, include_dir};

use super::{ScaffoldError, SchemaKind, schema, write_new};
use crate::load::{LOCALES_DIR, TEMPLATES_DIR};
use crate::theme;

/// The repository's own content and translations: the example `init --example` copies.
static EXAMPLE_CONTENT: Dir<'_> = include_dir!("$CARGO_MANIFEST_DIR/content");
static EXAMPLE_LOCALES: Dir<'_> = include_dir!("$CARGO_MANIFEST_DIR/locales");
/// The starter site.
static STARTER: Dir<'_> = include_dir!("$CARGO_MANIFEST_DIR/src/scaffold/starter");

/// Writes a new site into `dir`, which must be empty or not exist. Returns the files written.
pub fn init(dir: &Path, example: bool) -> Result<Vec<PathBuf>, ScaffoldError> {
    let occupied = dir.exists()
        && fs::read_dir(dir)
            .map(|mut entries| entries.next().is_some())
            .unwrap_or(true);
    if occupied {
        return Err(ScaffoldError::new(
            format!("`{}` exists and is not empty", dir.display()),
            "choose a new folder; init never overwrites files",
        ));
    }
    let mut files: Vec<(PathBuf, Vec<u8>)> = Vec::new();
    if example {
        collect(&EXAMPLE_CONTENT, Path::new("content"), &mut files);
        collect(&EXAMPLE_LOCALES, Path::new(LOCALES_DIR), &mut files);
        for (name, text) in theme::TEMPLATES {
            files.push((
                Path::new(TEMPLATES_DIR).join(name),
                text.as_bytes().to_vec(),
            ));
        }
        for (name, bytes) in theme::ASSETS {
            let path = Path::new(TEMPLATES_DIR).join("static").join(name);
            files.push((path, bytes.to_vec()));
        }
    } else {
        collect(&STARTER, Path::new(""), &mut files);
        for (kind, name) in [
            (SchemaKind::Article, "article"),
            (SchemaKind::Site, "site"),
            (SchemaKind::Policies, "policies"),
        ] {
            let path = Path::new("content/schema").join(format!("{name}.schema.json"));
            files.push((path, schema(kind).into_bytes()));
        }
    }
    files.push((".github/workflows/site.yml".into(), workflow().into_bytes()));
    files.push((
        ".gitignore".into(),
        b"# helpsite's output: built, not edited.\n/public/\n".to_vec(),
    ));
    let mut written = Vec::new();
    for (relative, bytes) in files {
        write_new(&dir.join(&relative), &bytes)?;
        written.push(relative);
    }
    if !example {
        // The starter's French texts are translations of its English ones: recorded as such,
        // so that `check` reports them as stale once the English text changes.
        let all = crate::confirm::Selection {
            all: true,
            keys: &[],
        };
        crate::confirm::confirm(dir, "fr", &all).map_err(|problems| {
            ScaffoldError::new(
                format!(
                    "internal: the starter's translations: {}",
                    problems.render(false)
                ),
                "report this",
            )
        })?;
        written.push(
            Path::new(LOCALES_DIR)
                .join("fr")
                .join(crate::load::LOCK_FILE),
        );
    }
    Ok(written)
}

fn collect(dir: &Dir<'_>, prefix: &Path, files: &mut Vec<(PathBuf, Vec<u8>)>) {
    for file in dir.files() {
        files.push((prefix.join(file.path()), file.contents().to_vec()));
    }
    for sub in dir.dirs() {
        collect(sub, prefix, files);
    }
}

/// Where a workflow installs helpsite from: the repository named in helpsite's Cargo.toml.
const REPOSITORY: &str = env!("CARGO_PKG_REPOSITORY");

/// A GitHub Actions workflow that checks the site on every push and pull request and
/// publishes it to GitHub Pages from the main branch.
fn workflow() -> String {
    let install = if REPOSITORY.is_empty() {
        "cargo install --locked --git \"$HELPSITE_GIT\" helpsite".to_string()
    } else {
        format!("cargo install --locked --git {REPOSITORY} helpsite")
    };
    format!(
        r#"# Checks the help centre on every push and pull request, and publishes it to GitHub Pages
# from the main branch. Turn Pages on once: Settings > Pages > Source: GitHub Actions.
name: Help centre

on:
  push:
    branches: [main]
  pull_request:

permissions:
  contents: read
  pages: write
  id-token: write

concurrency:
  group: pages
  cancel-in-progress: false

env:
  # Where helpsite's source is (used when helpsite's own Cargo.toml names no repository).
  HELPSITE_GIT: ${{{{ vars.HELPSITE_GIT }}}}

jobs:
  build:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - name: Cache the helpsite binary
        uses: actions/cache@v4
        with:
          path: ~/.cargo/bin/helpsite
          key: helpsite-{version}-${{{{ runner.os }}}}
      - name: Install helpsite
        run: command -v helpsite || {install}
      - name: Check (errors, missing and stale translations fail the build)
        run: helpsite check --strict
      - name: Build
        run: helpsite build --strict --out public
      - uses: actions/upload-pages-artifact@v3
        with:
          path: public

  deploy:
    if: github.event_name == 'push' && github.ref == 'refs/heads/main'
    needs: build
    runs-on: ubuntu-latest
    environment:
      name: github-pages
      url: ${{{{ steps.deployment.outputs.page_url }}}}
    steps:
      - id: deployment
        uses: actions/deploy-pages@v4
"#,
        version = env!("CARGO_PKG_VERSION"),
    )
}
