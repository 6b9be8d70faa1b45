//! Stage 1, load: walk the site, read and parse every file, keep source positions.
//!
//! Nothing here judges the content as a whole (that is [`crate::validate`]); a file that does
//! not read or parse becomes a diagnostic and is left out, so one broken file never hides the
//! problems in the others. [`SiteSources::reload`] re-reads only the files that changed, for
//! watch mode; everything else keeps its parsed form.

mod confine;
mod guard;
pub mod markers;
mod read;
mod syntax;
mod yaml_error;

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Component, Path, PathBuf};
use std::sync::Arc;

use fluent_bundle::FluentResource;
use rayon::prelude::*;

use crate::diagnostics::{Code, Diagnostic, Diagnostics};
use crate::model::{Article, Policies, SiteConfig};
use crate::source::{SourceFile, display_path};
pub use confine::{MAX_ASSET_BYTES, MAX_LOCK_BYTES, MAX_TEXT_BYTES, SiteRoot};
pub use read::is_editor_temp_file;
use read::{Reader, file_name, file_stem};

/// The folder of the site's YAML, relative to the site root.
pub const CONTENT_DIR: &str = "content";
/// The configuration file, relative to the site root.
pub const CONFIG_PATH: &str = "content/site.yaml";
/// The company policies (numbers articles refer to by id), relative to the site root.
pub const POLICIES_PATH: &str = "content/policies.yaml";
pub const ARTICLES_DIR: &str = "content/articles";
pub const LOCALES_DIR: &str = "locales";
pub const TEMPLATES_DIR: &str = "templates";
/// Files under `templates/static/` are copied to the output's `assets/` folder.
pub const STATIC_DIR: &str = "static";

/// Everything read from a site's folder, parsed but not yet checked as a whole.
#[derive(Debug)]
pub struct SiteSources {
    pub root: PathBuf,
    /// The same folder, resolved: what may be read from it (see [`SiteRoot`]).
    site_root: SiteRoot,
    pub config: Option<Parsed<SiteConfig>>,
    /// `content/policies.yaml`, if the site has one (and it parsed).
    pub policies: Option<Parsed<Policies>>,
    /// Whether `content/policies.yaml` exists but did not parse (already reported), so that
    /// references to its policies are not reported again.
    pub broken_policies: bool,
    /// By id (the file name).
    /// Shared with the validated site, which would otherwise copy every article per rebuild.
    pub articles: BTreeMap<String, Parsed<Arc<Article>>>,
    /// Ids of article files that exist but did not parse (already reported), so that their
    /// translations are not reported as unused on top.
    pub broken_articles: BTreeSet<String>,
    /// By folder name under `locales/`.
    /// Shared with the sites validated from them: an edit copies only its own locale's.
    pub locales: BTreeMap<String, Arc<LocaleSources>>,
    /// By template name (`article.html`); the site's own files replace the embedded ones.
    pub templates: BTreeMap<String, TemplateSource>,
    /// By path under `assets/`.
    pub assets: BTreeMap<String, Arc<[u8]>>,
    /// Build the pseudo-locale even if the configuration does not ask for it (`--pseudo`).
    pub pseudo: bool,
    /// Problems found while reading, by the source they belong to, so a reload replaces them.
    problems: BTreeMap<Source, Diagnostics>,
}

/// A parsed YAML file. For articles, `id` is the file name without `.yaml`.
#[derive(Debug, Clone)]
pub struct Parsed<T> {
    pub id: String,
    pub file: Arc<SourceFile>,
    pub value: T,
}

impl<T> Parsed<T> {
    /// The same source with its value turned into another (for example shared in an `Arc`).
    pub fn map<U>(self, f: impl FnOnce(T) -> U) -> Parsed<U> {
        Parsed {
            id: self.id,
            file: self.file,
            value: f(self.value),
        }
    }
}

#[derive(Debug, Default, Clone)]
pub struct LocaleSources {
    pub site: Option<FluentFile>,
    pub ui: Option<FluentFile>,
    /// `policies.ftl`: the sentences of the Timeframes page.
    pub policies: Option<FluentFile>,
    /// By article id.
    pub articles: BTreeMap<String, FluentFile>,
    /// `translations.lock`: which source text each translation was made from.
    pub lock: Option<Arc<SourceFile>>,
    /// Paths of `.ftl` files that exist but could not be read (a folder, not UTF-8): already
    /// reported, so their messages are not reported again as missing.
    pub unreadable: BTreeSet<String>,
}

/// The file in each locale folder that records what each translation was made from.
pub const LOCK_FILE: &str = "translations.lock";

/// A `.ftl` file: its source (for positions) and the parsed resource (for bundles).
///
/// Entries with syntax errors are reported by the loader and dropped by the parser; the rest
/// of the file stays usable.
#[derive(Debug, Clone)]
pub struct FluentFile {
    pub file: Arc<SourceFile>,
    pub resource: Arc<FluentResource>,
}

#[derive(Debug, Clone)]
pub struct TemplateSource {
    pub file: Arc<SourceFile>,
    /// True for the default templates compiled into the binary.
    pub embedded: bool,
}

/// What a file of the site is, by its path.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Source {
    Config,
    /// `content/policies.yaml`.
    Policies,
    Article(String),
    /// `locales/<locale>/site.ftl` / `ui.ftl` / `articles/<id>.ftl`.
    Fluent(String, FluentKind),
    /// `locales/<locale>/translations.lock`.
    Lock(String),
    /// Anything under `templates/`.
    Templates,
    /// A folder was added or removed, or a file appeared where no kind is known: read all.
    Everything,
}

#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum FluentKind {
    Site,
    Ui,
    /// `policies.ftl`: a sentence per policy and a heading per topic.
    Policies,
    Article(String),
}

impl FluentKind {
    /// The file's name in `translations.lock` and in `confirm` keys: `site`, `ui`,
    /// `policies`, `articles/<id>`.
    pub fn lock_key(&self) -> String {
        match self {
            FluentKind::Site => "site".into(),
            FluentKind::Ui => "ui".into(),
            FluentKind::Policies => "policies".into(),
            FluentKind::Article(id) => format!("articles/{id}"),
        }
    }
}

impl Source {
    /// The path of the file, relative to the site root, with `/` separators: the one place
    /// where a source's path is spelled.
    pub fn path(&self) -> String {
        match self {
            Source::Config => CONFIG_PATH.to_string(),
            Source::Policies => POLICIES_PATH.to_string(),
            Source::Article(id) => format!("{ARTICLES_DIR}/{id}.yaml"),
            Source::Fluent(locale, kind) => match kind {
                FluentKind::Site => format!("{LOCALES_DIR}/{locale}/site.ftl"),
                FluentKind::Ui => format!("{LOCALES_DIR}/{locale}/ui.ftl"),
                FluentKind::Policies => format!("{LOCALES_DIR}/{locale}/policies.ftl"),
                FluentKind::Article(id) => format!("{LOCALES_DIR}/{locale}/articles/{id}.ftl"),
            },
            Source::Lock(locale) => format!("{LOCALES_DIR}/{locale}/{LOCK_FILE}"),
            Source::Templates => format!("{TEMPLATES_DIR}/"),
            Source::Everything => "the site's folders".to_string(),
        }
    }

    /// The locale whose folder holds the file.
    pub fn locale(&self) -> Option<&str> {
        match self {
            Source::Fluent(locale, _) | Source::Lock(locale) => Some(locale),
            _ => None,
        }
    }

    /// Classifies a path relative to the site root; `None` for files helpsite does not read
    /// (editor temp files, the output folder, anything outside the three source folders).
    pub fn of(relative: &Path) -> Option<Source> {
        if is_editor_temp_file(relative) {
            return None;
        }
        let parts: Vec<&str> = relative
            .components()
            .map(|c| match c {
                Component::Normal(part) => part.to_str().unwrap_or(""),
                _ => "",
            })
            .collect();
        let stem = || file_stem(relative);
        let extension = relative.extension().and_then(|e| e.to_str()).unwrap_or("");
        if relative == Path::new(POLICIES_PATH) {
            return Some(Source::Policies);
        }
        match parts.as_slice() {
            ["content", "site.yaml"] => Some(Source::Config),
            ["content", "articles", _] if matches!(extension, "yaml" | "yml") => {
                Some(Source::Article(stem()))
            }
            ["locales", locale, "site.ftl"] => {
                Some(Source::Fluent(locale.to_string(), FluentKind::Site))
            }
            ["locales", locale, "ui.ftl"] => {
                Some(Source::Fluent(locale.to_string(), FluentKind::Ui))
            }
            ["locales", locale, "policies.ftl"] => {
                Some(Source::Fluent(locale.to_string(), FluentKind::Policies))
            }
            ["locales", locale, LOCK_FILE] => Some(Source::Lock(locale.to_string())),
            ["locales", locale, "articles", _] if extension == "ftl" => Some(Source::Fluent(
                locale.to_string(),
                FluentKind::Article(stem()),
            )),
            ["templates", ..] => Some(Source::Templates),
            // A file of another kind is not read; a path without an extension may be a folder
            // that appeared or disappeared (a new locale), which changes what there is to read.
            ["content" | "locales", ..] if extension.is_empty() => Some(Source::Everything),
            _ => None,
        }
    }
}

impl SiteSources {
    /// Reads the whole site at `root`.
    pub fn load(root: &Path) -> Self {
        let mut sources = SiteSources {
            root: root.to_path_buf(),
            site_root: SiteRoot::new(root),
            config: None,
            policies: None,
            broken_policies: false,
            articles: BTreeMap::new(),
            broken_articles: BTreeSet::new(),
            locales: BTreeMap::new(),
            templates: BTreeMap::new(),
            assets: BTreeMap::new(),
            pseudo: false,
            problems: BTreeMap::new(),
        };
        sources.load_everything();
        sources
    }

    /// How many Fluent syntax errors each locale folder's files have (for the status table).
    pub fn syntax_errors(&self) -> BTreeMap<String, usize> {
        let mut counts = BTreeMap::new();
        for (source, problems) in &self.problems {
            if let Source::Fluent(locale, _) = source {
                let count = problems
                    .iter()
                    .filter(|d| d.code == Code::FluentSyntax)
                    .count();
                *counts.entry(locale.clone()).or_insert(0) += count;
            }
        }
        counts
    }

    /// Every problem found while reading, in no particular order.
    pub fn diagnostics(&self) -> Diagnostics {
        let mut all = Diagnostics::default();
        for problems in self.problems.values() {
            all.extend(problems.clone());
        }
        all
    }

    /// Re-reads the given sources (see [`Source::of`]) from disk, whatever happened to them:
    /// changed, created, deleted or renamed over. Returns whether anything was reloaded.
    pub fn reload(&mut self, changed: &BTreeSet<Source>) -> bool {
        if changed.contains(&Source::Everything) {
            self.load_everything();
            return true;
        }
        for source in changed {
            match source {
                Source::Config => self.load_config(),
                Source::Policies => self.load_policies(),
                Source::Article(id) => self.load_article(id),
                Source::Fluent(locale, kind) => self.load_fluent(locale, kind),
                Source::Lock(locale) => self.load_lock(locale),
                Source::Templates => self.load_templates(),
                Source::Everything => {}
            }
        }
        !changed.is_empty()
    }

    /// Replaces one source with `bytes`, decoded and parsed exactly as if the file had been
    /// read from disk (the same problems, the same model), without touching the disk.
    ///
    /// For tools that push many generated inputs through the loader, such as the fuzz targets
    /// in `fuzz/`: a site folder per input would cost far more than the parsing under test.
    /// Only single-file sources can be given as text: returns false, changing nothing, for
    /// [`Source::Templates`] and [`Source::Everything`].
    pub fn load_bytes(&mut self, source: &Source, bytes: Vec<u8>) -> bool {
        let mut problems = Diagnostics::default();
        let mut reader = Reader::new(&self.site_root, &mut problems);
        match source {
            Source::Config => {
                self.config = reader
                    .decode(Path::new(CONFIG_PATH), bytes)
                    .and_then(|file| reader.parse_yaml::<SiteConfig>(file, "site".into()));
                self.problems.insert(Source::Config, problems);
            }
            Source::Policies => {
                let parsed = reader
                    .decode(Path::new(POLICIES_PATH), bytes)
                    .and_then(|file| reader.parse_yaml::<Policies>(file, "policies".into()));
                self.store_policies(Some(parsed), problems);
            }
            Source::Article(id) => {
                let path = Path::new(ARTICLES_DIR).join(format!("{id}.yaml"));
                let parsed = reader
                    .decode(&path, bytes)
                    .and_then(|file| reader.parse_yaml::<Article>(file, id.clone()))
                    .map(|parsed| parsed.map(Arc::new));
                self.store_article(id, (Some(parsed), problems));
            }
            Source::Fluent(locale, kind) => {
                let parsed = reader
                    .decode(&fluent_path(locale, kind), bytes)
                    .and_then(|file| reader.parse_fluent(file));
                self.store_fluent(locale, kind, (Some(parsed), problems));
            }
            Source::Lock(locale) => {
                let path = Path::new(LOCALES_DIR).join(locale).join(LOCK_FILE);
                let lock = reader.decode(&path, bytes);
                Arc::make_mut(self.locales.entry(locale.clone()).or_default()).lock = lock;
                self.problems.insert(Source::Lock(locale.clone()), problems);
            }
            Source::Templates | Source::Everything => return false,
        }
        true
    }

    fn load_everything(&mut self) {
        self.problems.clear();
        self.load_config();
        self.load_policies();
        self.articles.clear();
        self.broken_articles.clear();
        let mut problems = Diagnostics::default();
        let article_files = Reader::new(&self.site_root, &mut problems)
            .files_in(Path::new(ARTICLES_DIR), &["yaml", "yml"]);
        let mut article_ids: Vec<String> = article_files.iter().map(|p| file_stem(p)).collect();
        article_ids.sort();
        article_ids.dedup(); // `a.yaml` and `a.yml` are one article, reported as a duplicate
        // Reading and parsing is most of the load time of a large site, and every file is
        // independent: all cores share it, then the results go into the model in order.
        let articles: Vec<_> = article_ids
            .par_iter()
            .map(|id| (id, read_article(&self.site_root, id)))
            .collect();
        for (id, read) in articles {
            self.store_article(id, read);
        }
        self.locales.clear();
        let locale_dirs =
            Reader::new(&self.site_root, &mut problems).subfolders(Path::new(LOCALES_DIR));
        let mut fluent_files = Vec::new();
        for locale_dir in locale_dirs {
            let locale = file_name(&locale_dir);
            self.locales.insert(locale.clone(), Arc::default());
            self.load_lock(&locale);
            let files = Reader::new(&self.site_root, &mut problems).files_in(&locale_dir, &["ftl"]);
            // The listing leaves out folders; a folder named site.ftl or ui.ftl is read (and
            // reported) like the file it stands in for, rather than taken for a missing file.
            for (name, kind) in [
                ("site.ftl", FluentKind::Site),
                ("ui.ftl", FluentKind::Ui),
                ("policies.ftl", FluentKind::Policies),
            ] {
                if self.root.join(&locale_dir).join(name).is_dir() {
                    self.load_fluent(&locale, &kind);
                }
            }
            for path in files {
                match Source::of(&path) {
                    Some(Source::Fluent(locale, kind)) => fluent_files.push((locale, kind)),
                    _ => problems.push(
                        Diagnostic::new(
                            Code::LocaleFolder,
                            "this file is not read by helpsite".to_string(),
                        )
                        .path(display_path(&path))
                        .help(
                            "a locale folder holds site.ftl, ui.ftl and articles/<article-id>.ftl",
                        ),
                    ),
                }
            }
        }
        let fluent: Vec<_> = fluent_files
            .par_iter()
            .map(|(locale, kind)| read_fluent(&self.site_root, locale, kind))
            .collect();
        for ((locale, kind), read) in fluent_files.iter().zip(fluent) {
            self.store_fluent(locale, kind, read);
        }
        self.load_templates();
        self.problems.insert(Source::Everything, problems);
    }

    fn load_config(&mut self) {
        let mut problems = Diagnostics::default();
        let mut reader = Reader::new(&self.site_root, &mut problems);
        self.config = if self.root.join(CONFIG_PATH).exists() {
            reader
                .read(Path::new(CONFIG_PATH))
                .and_then(|file| reader.parse_yaml::<SiteConfig>(file, "site".into()))
        } else {
            reader.diagnostics.push(
                Diagnostic::new(
                    Code::Io,
                    format!("no site configuration at `{CONFIG_PATH}`"),
                )
                .path(display_path(&self.root.join(CONFIG_PATH)))
                .help("run helpsite in the site's folder, or pass --root DIR"),
            );
            None
        };
        self.problems.insert(Source::Config, problems);
    }

    /// Reads `content/policies.yaml`; a site without one has no policies.
    fn load_policies(&mut self) {
        let mut problems = Diagnostics::default();
        let mut reader = Reader::new(&self.site_root, &mut problems);
        let path = Path::new(POLICIES_PATH);
        let parsed = self.root.join(path).exists().then(|| {
            reader
                .read(path)
                .and_then(|file| reader.parse_yaml::<Policies>(file, "policies".into()))
        });
        self.store_policies(parsed, problems);
    }

    fn store_policies(&mut self, parsed: Option<Option<Parsed<Policies>>>, problems: Diagnostics) {
        self.broken_policies = matches!(parsed, Some(None));
        self.policies = parsed.flatten();
        self.problems.insert(Source::Policies, problems);
    }

    fn load_article(&mut self, id: &str) {
        let read = read_article(&self.site_root, id);
        self.store_article(id, read);
    }

    fn store_article(&mut self, id: &str, (parsed, problems): Read<Parsed<Arc<Article>>>) {
        self.articles.remove(id);
        self.broken_articles.remove(id);
        match parsed {
            Some(Some(parsed)) => {
                self.articles.insert(id.to_string(), parsed);
            }
            Some(None) => {
                self.broken_articles.insert(id.to_string());
            }
            None => {}
        }
        self.problems
            .insert(Source::Article(id.to_string()), problems);
    }

    fn load_fluent(&mut self, locale: &str, kind: &FluentKind) {
        let read = read_fluent(&self.site_root, locale, kind);
        self.store_fluent(locale, kind, read);
    }

    fn store_fluent(
        &mut self,
        locale: &str,
        kind: &FluentKind,
        (parsed, problems): Read<FluentFile>,
    ) {
        let path = fluent_path(locale, kind);
        let exists = parsed.is_some();
        let parsed = parsed.flatten();
        let sources = Arc::make_mut(self.locales.entry(locale.to_string()).or_default());
        if exists && parsed.is_none() {
            sources.unreadable.insert(display_path(&path));
        } else {
            sources.unreadable.remove(&display_path(&path));
        }
        match kind {
            FluentKind::Site => sources.site = parsed,
            FluentKind::Ui => sources.ui = parsed,
            FluentKind::Policies => sources.policies = parsed,
            FluentKind::Article(id) => match parsed {
                Some(file) => {
                    sources.articles.insert(id.clone(), file);
                }
                None => {
                    sources.articles.remove(id);
                }
            },
        }
        self.problems
            .insert(Source::Fluent(locale.to_string(), kind.clone()), problems);
    }

    fn load_lock(&mut self, locale: &str) {
        let mut problems = Diagnostics::default();
        let path = Path::new(LOCALES_DIR).join(locale).join(LOCK_FILE);
        let lock = if self.root.join(&path).is_file() {
            Reader::new(&self.site_root, &mut problems).read(&path)
        } else {
            None
        };
        Arc::make_mut(self.locales.entry(locale.to_string()).or_default()).lock = lock;
        self.problems
            .insert(Source::Lock(locale.to_string()), problems);
    }

    fn load_templates(&mut self) {
        let mut problems = Diagnostics::default();
        let (templates, assets) = Reader::new(&self.site_root, &mut problems).templates();
        self.templates = templates;
        self.assets = assets;
        self.problems.insert(Source::Templates, problems);
    }
}

/// What reading one source file gave: `None` when there is no such file, `Some(None)` when it
/// exists but could not be read or parsed (the problems say why), and the problems.
type Read<T> = (Option<Option<T>>, Diagnostics);

/// Reads and parses one article's YAML. Touches nothing but the file, so many run at once.
fn read_article(root: &SiteRoot, id: &str) -> Read<Parsed<Arc<Article>>> {
    let mut problems = Diagnostics::default();
    let mut reader = Reader::new(root, &mut problems);
    let paths: Vec<PathBuf> = ["yaml", "yml"]
        .iter()
        .map(|extension| Path::new(ARTICLES_DIR).join(format!("{id}.{extension}")))
        .filter(|path| root.join(path).exists())
        .collect();
    if let [first, second] = paths.as_slice() {
        reader.diagnostics.push(
            Diagnostic::new(
                Code::DuplicateId,
                format!(
                    "article `{id}` is defined twice, in `{}` and here",
                    display_path(first)
                ),
            )
            .path(display_path(second))
            .help("keep one file per article"),
        );
    }
    let parsed = paths.first().map(|path| {
        reader
            .read(path)
            .and_then(|file| reader.parse_yaml::<Article>(file, id.to_string()))
            .map(|parsed| parsed.map(Arc::new))
    });
    (parsed, problems)
}

/// Reads and parses one `.ftl` file of a locale. Like [`read_article`], independent of the rest.
fn read_fluent(root: &SiteRoot, locale: &str, kind: &FluentKind) -> Read<FluentFile> {
    let mut problems = Diagnostics::default();
    let mut reader = Reader::new(root, &mut problems);
    let path = fluent_path(locale, kind);
    let parsed = root.join(&path).exists().then(|| {
        reader
            .read(&path)
            .and_then(|file| reader.parse_fluent(file))
    });
    (parsed, problems)
}

/// Where a locale's `.ftl` file of the given kind lives, relative to the site root.
fn fluent_path(locale: &str, kind: &FluentKind) -> PathBuf {
    PathBuf::from(Source::Fluent(locale.to_string(), kind.clone()).path())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn of(path: &str) -> Option<Source> {
        Source::of(Path::new(path))
    }

    #[test]
    fn paths_map_to_what_they_hold() {
        assert_eq!(of("content/site.yaml"), Some(Source::Config));
        assert_eq!(of("content/policies.yaml"), Some(Source::Policies));
        assert_eq!(
            of("locales/fr/policies.ftl"),
            Some(Source::Fluent("fr".into(), FluentKind::Policies))
        );
        assert_eq!(
            of("content/articles/refunds.yaml"),
            Some(Source::Article("refunds".into()))
        );
        assert_eq!(
            of("locales/pl/articles/refunds.ftl"),
            Some(Source::Fluent(
                "pl".into(),
                FluentKind::Article("refunds".into())
            ))
        );
        assert_eq!(
            of("locales/pl/ui.ftl"),
            Some(Source::Fluent("pl".into(), FluentKind::Ui))
        );
        assert_eq!(of("templates/static/style.css"), Some(Source::Templates));
        assert_eq!(
            of("locales/pt"),
            Some(Source::Everything),
            "a new locale folder"
        );
    }

    /// Text given to `load_bytes` is judged like a file read from disk.
    #[test]
    fn bytes_load_like_files() {
        let root = tempfile::tempdir().unwrap();
        let mut sources = SiteSources::load(root.path());
        let article = Source::Article("refunds".into());
        assert!(sources.load_bytes(&article, b"category: [".to_vec()));
        assert!(sources.broken_articles.contains("refunds"));
        assert!(sources.load_bytes(&Source::Config, b"title: \xff".to_vec()));
        let codes: Vec<Code> = sources.diagnostics().iter().map(|d| d.code).collect();
        assert!(codes.contains(&Code::YamlSyntax), "{codes:?}");
        assert!(codes.contains(&Code::NotUtf8), "{codes:?}");
        assert!(sources.config.is_none());

        let fluent = Source::Fluent("fr".into(), FluentKind::Ui);
        assert!(sources.load_bytes(&fluent, b"home-heading = Accueil\n".to_vec()));
        assert!(sources.locales["fr"].ui.is_some());
        assert!(!sources.load_bytes(&Source::Templates, Vec::new()));
    }

    #[test]
    fn editor_temp_files_and_other_files_are_ignored() {
        for path in [
            "locales/pl/articles/.refunds.ftl.swp",
            "locales/pl/articles/refunds.ftl~",
            "content/articles/#refunds.yaml#",
            "content/articles/refunds.yaml___jb_tmp___",
            "content/articles/refunds.yaml.bck",
            "content/notes.txt",
            "public/index.html",
            "Cargo.toml",
        ] {
            assert_eq!(of(path), None, "{path}");
        }
    }
}
