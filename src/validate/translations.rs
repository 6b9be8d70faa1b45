//! Translations: every message the content needs, in every locale, with the variables the
//! content provides and links that resolve; and for each translation whether it is missing,
//! stale (its source text changed since it was confirmed), or probably not translated at all.

use std::collections::{BTreeMap, HashSet};
use std::hash::{Hash, Hasher};
use std::sync::Arc;

use rustc_hash::{FxHashMap, FxHashSet};
use serde::Serialize;

use super::fluent_ast::{self, MessageIndex};
use super::kept::Kept;
use crate::diagnostics::{Code, Diagnostic, Diagnostics, did_you_mean};
use crate::load::markers::{self, PLACEHOLDER, UNTRANSLATED};
use crate::load::{FluentFile, FluentKind, LocaleSources, Parsed, Source};
use crate::lock::{self, TranslationLock};
use crate::model::{ArticleLink, KEYWORDS, MessageKey, SiteConfig, UI_MESSAGES, ui_variables};
use crate::site::Site;
use crate::source::SourceFile;

/// How complete one locale's translation is. Counts are of texts (a message or one of its
/// attributes) except `stale`, `untranslated` and `unconfirmed`, which count messages.
#[derive(Debug, Default, Clone, PartialEq, Eq, Serialize)]
pub struct LocaleStatus {
    /// Texts the content needs.
    pub needed: usize,
    /// Texts this locale defines.
    pub translated: usize,
    /// Texts taken from a fallback locale.
    pub missing: usize,
    /// Messages whose source text changed after the translation was confirmed.
    pub stale: usize,
    /// Messages identical to the source text and never confirmed: probably not translated.
    pub untranslated: usize,
    /// Translated messages not recorded in `translations.lock` (staleness cannot be told).
    pub unconfirmed: usize,
    /// Messages defined but not used by the content.
    pub obsolete: usize,
    /// Variables the translation uses but the content does not provide, or the reverse.
    pub variable_problems: usize,
    /// Fluent syntax errors in the locale's files.
    pub syntax_errors: usize,
}

/// One `.ftl` file's duty: the messages it must define and where the requirement comes from.
struct Expectation<'a> {
    locale: &'a str,
    /// Which file of the locale: its path and its key in `translations.lock` (`site`, `ui` or
    /// `articles/<id>`) are spelled only when the file is checked (most runs of watch mode
    /// reuse the result).
    kind: &'a FluentKind,
    /// The source locale's version of the file, to compare with.
    source: Option<&'a FluentFile>,
    file: Option<&'a FluentFile>,
    keys: Arc<Vec<MessageKey>>,
    /// A digest of what `keys` were made from (the keys are a function of it).
    keys_digest: u64,
    /// Variables each key may use, beyond its period's.
    extra_variables: &'a (dyn Fn(&str) -> &'static [&'static str] + Sync),
    /// The YAML file that asks for these messages (for errors in the source locale).
    required_by: Option<&'a Arc<SourceFile>>,
    /// Messages the file may define without the content needing them (an article's search
    /// keywords).
    optional: &'static [&'static str],
}

impl Expectation<'_> {
    /// The file's key in `translations.lock`.
    fn key(&self) -> String {
        self.kind.lock_key()
    }

    /// The file's path, even when it does not exist.
    fn path(&self) -> String {
        Source::Fluent(self.locale.to_string(), self.kind.clone()).path()
    }
}

/// What checking one file found, and the counts it adds to its locale's status.
type FileResult = (Vec<Diagnostic>, LocaleStatus);

/// Results of checking one file against its source, by a digest of everything the check reads.
/// Watch mode keeps one across rebuilds, so an edit re-checks only the files it touches.
#[derive(Default)]
pub struct TranslationCache {
    files: Kept<Arc<FileResult>>,
    /// Parsed lock files, by the file's path and digest: a lock holds a line per message of
    /// the locale.
    locks: Kept<Arc<(TranslationLock, Diagnostics)>>,
    /// A digest of each article's anchors, by the digest of its YAML.
    anchors: Kept<u64>,
    /// The messages each article needs, by the path and digest of its YAML.
    messages: Kept<Arc<Vec<MessageKey>>>,
    /// The lines of a lock file nothing needs any more, per locale file, by the digests of the
    /// lock and of what the file needs.
    obsolete: Kept<Arc<Vec<String>>>,
}

impl LocaleStatus {
    /// The counts with the column names the `check` table and serve's `/_status/` show.
    pub fn columns(&self) -> [(&'static str, usize); 9] {
        [
            ("needed", self.needed),
            ("translated", self.translated),
            ("missing", self.missing),
            ("stale", self.stale),
            ("untranslated", self.untranslated),
            ("unconfirmed", self.unconfirmed),
            ("obsolete", self.obsolete),
            ("variables", self.variable_problems),
            ("syntax", self.syntax_errors),
        ]
    }

    fn add(&mut self, other: &LocaleStatus) {
        self.needed += other.needed;
        self.translated += other.translated;
        self.missing += other.missing;
        self.stale += other.stale;
        self.untranslated += other.untranslated;
        self.unconfirmed += other.unconfirmed;
        self.obsolete += other.obsolete;
        self.variable_problems += other.variable_problems;
        self.syntax_errors += other.syntax_errors;
    }
}

/// Everything `check_file` reads for one expectation: file texts, the lock, the messages the
/// content needs, and the anchors links may point at.
fn expectation_digest(site: &Site, expectation: &Expectation<'_>, lock: u64, anchors: u64) -> u64 {
    let mut hasher = std::hash::DefaultHasher::new();
    (
        expectation.locale,
        expectation.kind,
        expectation.file.map(|f| f.file.digest),
        expectation.source.map(|f| f.file.digest),
        lock,
        anchors,
        site.config_digest,
        &site.broken_articles,
        expectation.keys_digest,
    )
        .hash(&mut hasher);
    hasher.finish()
}

/// Checks every locale's files against what the content needs. `policies_file` is
/// `content/policies.yaml` (which asks for the messages of `policies.ftl`; when it exists but
/// did not parse, `policies.ftl` is not judged against it), `policy_units` a digest of the
/// units of its policies (which the articles' messages depend on).
#[allow(clippy::too_many_arguments)]
pub(super) fn check<'a>(
    site: &'a Site,
    config: &'a Parsed<SiteConfig>,
    policies_file: Option<&'a Arc<SourceFile>>,
    policies_broken: bool,
    policy_units: u64,
    diagnostics: &mut Diagnostics,
    cache: &mut TranslationCache,
) -> BTreeMap<String, LocaleStatus> {
    // Every article's anchors (what links may point at), each article's digested once per
    // version of its YAML.
    let anchors = {
        let mut hasher = std::hash::DefaultHasher::new();
        for (id, entry) in &site.articles {
            let anchors = cache.anchors.get_or_insert_with(entry.file.digest, || {
                let mut hasher = std::hash::DefaultHasher::new();
                entry.article.anchors().for_each(|a| a.hash(&mut hasher));
                hasher.finish()
            });
            (id, anchors).hash(&mut hasher);
        }
        hasher.finish()
    };
    let no_variables = |_: &str| -> &'static [&'static str] { &[] };
    let empty = LocaleSources::default();
    let source: &LocaleSources = site
        .translations
        .get(&site.default_locale)
        .map_or(&empty, |sources| sources);
    let ui_keys: Arc<Vec<MessageKey>> =
        Arc::new(UI_MESSAGES.iter().map(|id| MessageKey::ui(id)).collect());
    let site_keys = Arc::new(config.value.messages());
    let policy_keys = Arc::new(site.policies.messages());
    // What each article needs is the same in every locale, and unchanged unless its YAML is
    // (or the unit of a policy it names). Its path is part of it: a missing message is
    // reported at the YAML file that asks for it.
    let keys_digest = |entry: &crate::site::ArticleEntry| {
        let mut hasher = std::hash::DefaultHasher::new();
        (&entry.file.path, entry.file.digest, policy_units).hash(&mut hasher);
        hasher.finish()
    };
    let articles: Vec<ArticleNeeds<'_>> = site
        .articles
        .iter()
        .map(|(id, entry)| {
            let keys_digest = keys_digest(entry);
            let keys = cache.messages.get_or_insert_with(keys_digest, || {
                Arc::new(entry.article.messages(&site.policies))
            });
            ArticleNeeds {
                id,
                entry,
                kind: FluentKind::Article(id.clone()),
                keys,
                keys_digest,
            }
        })
        .collect();
    let article_needs: FxHashMap<&str, &ArticleNeeds<'_>> =
        articles.iter().map(|needs| (needs.id, needs)).collect();
    let mut statuses = BTreeMap::new();
    for locale in &site.locales {
        let code = locale.code.as_str();
        let Some(sources) = site.translations.get(code) else {
            continue;
        };
        let lock = match &sources.lock {
            Some(file) => {
                // By path as well: the problems found in it point at the file, and two
                // locales' locks may be byte for byte the same.
                let key = {
                    let mut hasher = std::hash::DefaultHasher::new();
                    (&file.path, file.digest).hash(&mut hasher);
                    hasher.finish()
                };
                let parsed = cache
                    .locks
                    .get_or_insert_with(key, || Arc::new(TranslationLock::parse(file)));
                diagnostics.extend(parsed.1.clone());
                parsed
            }
            None => Arc::default(),
        };
        let lock = &lock.0;
        let mut status = LocaleStatus::default();
        let fixed = [
            Expectation {
                locale: code,
                kind: &FluentKind::Site,
                source: source.site.as_ref(),
                file: sources.site.as_ref(),
                keys: Arc::clone(&site_keys),
                keys_digest: 0, // from the configuration, whose digest is in every digest
                extra_variables: &no_variables,
                required_by: Some(&config.file),
                optional: &[],
            },
            Expectation {
                locale: code,
                kind: &FluentKind::Ui,
                source: source.ui.as_ref(),
                file: sources.ui.as_ref(),
                keys: Arc::clone(&ui_keys),
                keys_digest: 0, // fixed
                extra_variables: &ui_variables,
                required_by: None,
                optional: &[],
            },
            Expectation {
                locale: code,
                kind: &FluentKind::Policies,
                source: source.policies.as_ref(),
                file: sources.policies.as_ref(),
                keys: Arc::clone(&policy_keys),
                keys_digest: site.policies_digest,
                extra_variables: &no_variables,
                required_by: policies_file,
                optional: &[],
            },
        ];
        let lock_digest = sources.lock.as_ref().map_or(0, |l| l.digest);
        // Files whose inputs are unchanged since the last run (watch mode) reuse its results;
        // the others are checked. Either way on all cores: the files are independent, and a
        // large site has thousands.
        let expectations: Vec<Expectation<'_>> = fixed
            .into_iter()
            .filter(|e| !(policies_broken && *e.kind == FluentKind::Policies))
            .chain(articles.iter().map(|needs| Expectation {
                locale: code,
                kind: &needs.kind,
                source: source.articles.get(needs.id),
                file: sources.articles.get(needs.id),
                keys: Arc::clone(&needs.keys),
                keys_digest: needs.keys_digest,
                extra_variables: &no_variables,
                required_by: Some(&needs.entry.file),
                optional: &[KEYWORDS],
            }))
            .collect();
        let results = cache.files.get_or_make_all(
            &expectations,
            |expectation| expectation_digest(site, expectation, lock_digest, anchors),
            |expectation| {
                let mut found = Diagnostics::default();
                let mut file_status = LocaleStatus::default();
                check_file(site, expectation, lock, &mut file_status, &mut found);
                Arc::new((found.iter().cloned().collect(), file_status))
            },
        );
        for result in results {
            let (found, file_status) = &*result;
            status.add(file_status);
            for diagnostic in found {
                diagnostics.push(diagnostic.clone());
            }
        }
        for (id, file) in &sources.articles {
            if !site.articles.contains_key(id) && !site.broken_articles.contains(id) {
                status.obsolete += 1;
                diagnostics.push(
                    Diagnostic::new(
                        Code::UnusedMessage,
                        format!("there is no article `{id}`, so this translation is not used"),
                    )
                    .path(file.file.display_path())
                    .help("rename it after an article in content/articles/, or delete it"),
                );
            }
        }
        if let Some(file) = &sources.lock {
            let needs = Needs {
                site,
                keys: [
                    site_keys.as_slice(),
                    ui_keys.as_slice(),
                    policy_keys.as_slice(),
                ],
                policies_broken,
                articles: &article_needs,
            };
            let obsolete = needs.obsolete_lock_lines(lock, file.digest, &mut cache.obsolete);
            if !obsolete.is_empty() {
                status.obsolete += obsolete.len();
                diagnostics.push(
                    Diagnostic::new(
                        Code::LockFile,
                        format!(
                            "{} line(s) record translations that no longer exist: {}",
                            obsolete.len(),
                            summarize(&obsolete)
                        ),
                    )
                    .path(file.display_path())
                    .help(format!(
                        "run `helpsite confirm {code} --all` to write the lock file again without them"
                    )),
                );
            }
        }
        statuses.insert(code.to_string(), status);
    }
    cache.files.sweep();
    cache.locks.sweep();
    cache.messages.sweep();
    cache.anchors.sweep();
    cache.obsolete.sweep();
    statuses
}

/// What the content needs of each locale file: the messages a lock file's lines must name.
struct Needs<'k> {
    site: &'k Site,
    /// The messages of `site.ftl`, `ui.ftl` and `policies.ftl`.
    keys: [&'k [MessageKey]; 3],
    policies_broken: bool,
    articles: &'k FxHashMap<&'k str, &'k ArticleNeeds<'k>>,
}

/// What an article asks of every locale, worked out once per run.
struct ArticleNeeds<'a> {
    id: &'a str,
    entry: &'a crate::site::ArticleEntry,
    /// Its translation file.
    kind: FluentKind,
    /// The messages it needs.
    keys: Arc<Vec<MessageKey>>,
    /// A digest of everything `keys` come from.
    keys_digest: u64,
}

/// Which messages of one file the content needs.
enum Needed<'k> {
    All,
    These(FxHashSet<&'k str>),
}

impl<'k> Needs<'k> {
    /// The lines of a lock file (`file message`) whose file or message the content no longer
    /// needs: left behind by a deleted article or message. Worked out a file at a time, and
    /// kept (in `fresh`) by the lock's digest, the file and what it needs: an edit works out
    /// again only the lines of the files it changed the needs of.
    fn obsolete_lock_lines(
        &self,
        lock: &TranslationLock,
        lock_digest: u64,
        kept: &mut Kept<Arc<Vec<String>>>,
    ) -> Vec<String> {
        let mut obsolete = Vec::new();
        for (file, messages) in lock.files() {
            let key = {
                let mut hasher = std::hash::DefaultHasher::new();
                (lock_digest, file, self.needs_digest(file)).hash(&mut hasher);
                hasher.finish()
            };
            let lines = kept.get_or_insert_with(key, || {
                let needed = self.needed_in(file);
                let lines = messages
                    .filter(|message| match &needed {
                        Needed::All => false,
                        Needed::These(ids) => !ids.contains(message),
                    })
                    .map(|message| format!("{file} {message}"))
                    .collect();
                Arc::new(lines)
            });
            obsolete.extend(lines.iter().cloned());
        }
        obsolete
    }

    /// A digest of everything [`Self::needed_in`] reads for `file`.
    fn needs_digest(&self, file: &str) -> u64 {
        let site = self.site;
        match file {
            "site" => site.config_digest,
            "ui" => 0,
            "policies" => {
                let mut hasher = std::hash::DefaultHasher::new();
                (self.policies_broken, site.policies_digest).hash(&mut hasher);
                hasher.finish()
            }
            other => match other.strip_prefix("articles/") {
                Some(id) if site.broken_articles.contains(id) => 1,
                Some(id) => self.articles.get(id).map_or(2, |needs| needs.keys_digest),
                None => 3,
            },
        }
    }

    fn needed_in(&self, file: &str) -> Needed<'k> {
        fn ids(keys: &[MessageKey]) -> FxHashSet<&str> {
            keys.iter().map(|k| k.id.as_str()).collect()
        }
        let [site_keys, ui_keys, policy_keys] = self.keys;
        match file {
            "site" => Needed::These(ids(site_keys)),
            "ui" => Needed::These(ids(ui_keys)),
            "policies" if self.policies_broken => Needed::All,
            "policies" => Needed::These(ids(policy_keys)),
            other => match other.strip_prefix("articles/") {
                Some(id) if self.site.broken_articles.contains(id) => Needed::All,
                Some(id) => {
                    let mut needed = self
                        .articles
                        .get(id)
                        .map_or_else(FxHashSet::default, |needs| ids(&needs.keys));
                    needed.insert(KEYWORDS);
                    Needed::These(needed)
                }
                None => Needed::These(FxHashSet::default()),
            },
        }
    }
}

/// The first few of `lines`, and how many more there are.
fn summarize(lines: &[String]) -> String {
    let shown: Vec<&str> = lines.iter().take(3).map(String::as_str).collect();
    match lines.len().saturating_sub(shown.len()) {
        0 => shown.join(", "),
        more => format!("{}, and {more} more", shown.join(", ")),
    }
}

fn check_file(
    site: &Site,
    expectation: &Expectation<'_>,
    lock: &TranslationLock,
    status: &mut LocaleStatus,
    diagnostics: &mut Diagnostics,
) {
    let is_source = expectation.locale == site.default_locale;
    status.needed += expectation.keys.len();
    if expectation.file.is_none() && expectation.keys.is_empty() {
        return; // a file nothing asks for (`policies.ftl` of a site without policies)
    }
    let Some(fluent) = expectation.file else {
        status.missing += expectation.keys.len();
        let unreadable = site
            .translations
            .get(expectation.locale)
            .is_some_and(|sources| sources.unreadable.contains(&expectation.path()));
        if unreadable {
            // Reading it failed and was reported; "it does not exist" would be wrong.
            return;
        }
        if is_source {
            diagnostics.push(
                Diagnostic::new(
                    Code::MissingMessage,
                    "this file does not exist, and the source locale must define every message",
                )
                .path(expectation.path())
                .help(format!("create it with: {}", key_list(&expectation.keys))),
            );
        } else {
            diagnostics.push(
                Diagnostic::new(
                    Code::Fallback,
                    "this translation does not exist: the page is built from the fallback locale",
                )
                .path(expectation.path())
                .help("translate it (copy the source locale's file and translate each message)"),
            );
        }
        return;
    };
    let file = &fluent.file;
    let index = fluent_ast::index(&fluent.resource);
    let source_index = expectation
        .source
        .filter(|_| !is_source)
        .map(|source| fluent_ast::index(&source.resource));

    for duplicate in &index.duplicates {
        let mut diagnostic = Diagnostic::new(
            Code::DuplicateMessage,
            format!("`{duplicate}` is defined more than once"),
        )
        .at(file, fluent.span_of(duplicate))
        .label("defined again")
        .help("keep one definition; later ones would be ignored");
        if let Some(first) = index.messages.get(duplicate)
            && !std::ptr::eq(first.id, *duplicate)
        {
            diagnostic = diagnostic.also(file, fluent.span_of(first.id), "first defined here");
        }
        diagnostics.push(diagnostic);
    }
    for id in &index.order {
        if markers::marked_at(&file.text, fluent.span_of(id).start, PLACEHOLDER) {
            diagnostics.push(
                Diagnostic::new(
                    Code::Placeholder,
                    format!("`{id}` is still a placeholder text written by helpsite"),
                )
                .at(file, fluent.span_of(id))
                .label("placeholder")
                .help(format!(
                    "write the real text, then delete the `# {PLACEHOLDER}` line above it"
                )),
            );
        }
    }

    // Messages `new locale` copied from the source are not translations yet.
    let marked = if is_source {
        Vec::new()
    } else {
        markers::marked(&fluent.resource, UNTRANSLATED)
    };

    // A translation file that translates nothing yet (a stub from `new article`) is one
    // warning, not one per message.
    let nothing_translated = !is_source
        && index.order.is_empty()
        && index.broken.is_empty()
        && index.duplicates.is_empty();
    let mut required: HashSet<&str> = HashSet::new();
    for key in expectation.keys.iter() {
        required.insert(&key.id);
        let pattern = index
            .messages
            .get(key.id.as_str())
            .and_then(|m| m.pattern(key.attribute));
        let Some(pattern) = pattern else {
            status.missing += 1;
            if !index.broken.contains(&key.id.as_str()) && !nothing_translated {
                report_missing(site, expectation, key, &index, diagnostics);
            }
            continue;
        };
        if marked.contains(&key.id.as_str()) {
            status.missing += 1;
            continue;
        }
        status.translated += 1;
        let mut allowed: Vec<&str> = (expectation.extra_variables)(&key.id).to_vec();
        allowed.extend(key.number.variables());
        for variable in fluent_ast::variables(pattern) {
            if !allowed.contains(&variable) {
                let help = match did_you_mean(variable, allowed.iter().copied()) {
                    Some(suggestion) => format!("did you mean `${suggestion}`?"),
                    None if allowed.is_empty() => {
                        "this text receives no variables; write the text out".into()
                    }
                    None => format!(
                        "available here: {}",
                        allowed
                            .iter()
                            .map(|v| format!("${v}"))
                            .collect::<Vec<_>>()
                            .join(", ")
                    ),
                };
                status.variable_problems += 1;
                diagnostics.push(
                    Diagnostic::new(
                        Code::UnknownVariable,
                        format!(
                            "`{}` uses `${variable}`, which the content does not provide",
                            key.display()
                        ),
                    )
                    .at(file, fluent.span_of(variable))
                    .label("unknown variable")
                    .help(help),
                );
            }
        }
        let source_pattern = source_index
            .as_ref()
            .and_then(|s| s.messages.get(key.id.as_str()))
            .and_then(|m| m.pattern(key.attribute));
        if let Some(source_pattern) = source_pattern {
            let used = fluent_ast::variables(pattern);
            let mut left_out: Vec<&str> = fluent_ast::variables(source_pattern)
                .into_iter()
                .filter(|v| !used.contains(v))
                .collect();
            left_out.dedup();
            for variable in left_out {
                status.variable_problems += 1;
                diagnostics.push(
                    Diagnostic::new(
                        Code::MissingVariable,
                        format!("`{}` leaves out `${variable}`, which the source text uses", key.display()),
                    )
                    .at(file, fluent.span_of(index.messages[key.id.as_str()].id))
                    .help(format!("the number reaches the reader only through `{{ ${variable} }}`; use it (in a plural selector or the text)")),
                );
            }
        }
        for text in fluent_ast::text_elements(pattern) {
            check_links(site, fluent, text, diagnostics);
        }
    }

    if nothing_translated && !expectation.keys.is_empty() {
        let from = site
            .lookup_chain(expectation.locale)
            .get(1)
            .copied()
            .unwrap_or(site.default_locale.as_str())
            .to_string();
        diagnostics.push(
            Diagnostic::new(
                Code::Fallback,
                format!(
                    "nothing in this file is translated yet ({} texts): the `{from}` text is used",
                    expectation.keys.len()
                ),
            )
            .path(expectation.path())
            .help(format!(
                "translate its messages: {}",
                key_list(&expectation.keys)
            )),
        );
    }

    let required_ids: Vec<&str> = required.iter().copied().collect();
    super::untranslated::report(
        fluent,
        &marked,
        &required_ids,
        &index,
        source_index.as_ref(),
        &site.default_locale,
        status,
        diagnostics,
    );

    if let Some(source_index) = &source_index {
        let mut seen = HashSet::new();
        for key in expectation.keys.iter() {
            if seen.insert(key.id.as_str()) && !marked.contains(&key.id.as_str()) {
                check_freshness(
                    expectation,
                    fluent,
                    &index,
                    source_index,
                    &key.id,
                    lock,
                    status,
                    diagnostics,
                );
            }
        }
    }

    for id in &index.order {
        if !required.contains(id) && !expectation.optional.contains(id) {
            status.obsolete += 1;
            diagnostics.push(
                Diagnostic::new(
                    Code::UnusedMessage,
                    format!("message `{id}` is not used by the content"),
                )
                .at(file, fluent.span_of(id))
                .help("remove it, or check its id against the content's ids (a typo?)"),
            );
        }
    }
}

/// Stale (the source changed since the translation was confirmed) or untranslated (identical to
/// the source and never confirmed).
#[allow(clippy::too_many_arguments)]
fn check_freshness(
    expectation: &Expectation<'_>,
    fluent: &FluentFile,
    index: &MessageIndex<'_>,
    source_index: &MessageIndex<'_>,
    id: &str,
    lock: &TranslationLock,
    status: &mut LocaleStatus,
    diagnostics: &mut Diagnostics,
) {
    let (Some(translation), Some(source)) = (index.messages.get(id), source_index.messages.get(id))
    else {
        return;
    };
    let source_hash = lock::source_hash(source.message);
    let confirm = format!(
        "helpsite confirm {} {}:{id}",
        expectation.locale,
        expectation.key()
    );
    let span = fluent.span_of(translation.id);
    match lock.get(&expectation.key(), id) {
        Some(recorded) if recorded == source_hash => {}
        Some(_) => {
            status.stale += 1;
            diagnostics.push(
                Diagnostic::new(
                    Code::Stale,
                    format!("`{id}` was translated from an older source text; the source has changed since"),
                )
                .at(&fluent.file, span)
                .label("possibly outdated")
                .help(format!("compare with the source locale's `{id}`, update the translation, then run `{confirm}`")),
            );
        }
        None => {
            status.unconfirmed += 1;
            if lock::source_hash(translation.message) == source_hash {
                status.untranslated += 1;
                diagnostics.push(
                    Diagnostic::new(
                        Code::Untranslated,
                        format!("`{id}` is the same as the source text"),
                    )
                    .at(&fluent.file, span)
                    .label("probably not translated")
                    .help(format!(
                        "translate it; if it is right as it is (a name, say), run `{confirm}`"
                    )),
                );
            }
        }
    }
}

fn report_missing(
    site: &Site,
    expectation: &Expectation<'_>,
    key: &MessageKey,
    index: &MessageIndex<'_>,
    diagnostics: &mut Diagnostics,
) {
    let known: Vec<&str> = index.order.clone();
    let typo = did_you_mean(&key.id, known.iter().copied())
        .filter(|s| *s != key.id)
        .map(|s| format!(" (is `{s}` a typo for it?)"))
        .unwrap_or_default();
    if expectation.locale == site.default_locale {
        let mut diagnostic = Diagnostic::new(
            Code::MissingMessage,
            format!(
                "`{}` is missing from `{}`{typo}",
                key.display(),
                expectation.path()
            ),
        )
        .help(format!("add `{}` to {}", key.display(), expectation.path()));
        diagnostic = match expectation.required_by {
            Some(yaml) => {
                let item = key
                    .id
                    .split_once('-')
                    .map_or(key.id.as_str(), |(_, item)| item);
                diagnostic
                    .at(yaml, yaml.find_token(item, 0).unwrap_or(0..0))
                    .label("the content needs a text for this")
            }
            None => diagnostic.path(expectation.path()),
        };
        diagnostics.push(diagnostic);
    } else {
        let chain = site.lookup_chain(expectation.locale);
        let from = chain
            .get(1)
            .copied()
            .unwrap_or(site.default_locale.as_str());
        diagnostics.push(
            Diagnostic::new(
                Code::Fallback,
                format!(
                    "`{}` is not translated{typo}; the `{from}` text is used",
                    key.display()
                ),
            )
            .path(expectation.path())
            .help(format!("add `{}` to {}", key.display(), expectation.path())),
        );
    }
}

/// Every `article:` link in a piece of message text must name an article and anchor that exist.
fn check_links(site: &Site, fluent: &FluentFile, text: &str, diagnostics: &mut Diagnostics) {
    let file = &fluent.file;
    let mut rest = text;
    while let Some(start) = rest.find(ArticleLink::SCHEME) {
        let candidate = &rest[start..];
        let end = candidate
            .find(|c: char| c == ')' || c == '>' || c == '"' || c.is_whitespace())
            .unwrap_or(candidate.len());
        let destination = &candidate[..end];
        let opens_link = text[..text.len() - rest.len() + start].ends_with(['(', '<']);
        rest = &candidate[end..];
        let Some(link) = ArticleLink::parse(destination) else {
            continue;
        };
        if link.article.is_empty() && !opens_link {
            continue; // the word before a colon ("Read the full article:"), not a link
        }
        let span = fluent.span_of(destination);
        if site.broken_articles.contains(link.article) {
            continue; // its own file's error is reported
        }
        let Some(target) = site.articles.get(link.article) else {
            let help = match did_you_mean(link.article, site.articles.keys().map(String::as_str)) {
                Some(suggestion) => format!("did you mean `article:{suggestion}`?"),
                None => {
                    "link to an existing article id (the file names in content/articles/)".into()
                }
            };
            diagnostics.push(
                Diagnostic::new(
                    Code::BrokenLink,
                    format!("link to article `{}`, which does not exist", link.article),
                )
                .at(file, span)
                .label("broken link")
                .help(help),
            );
            continue;
        };
        if let Some(anchor) = link.anchor
            && !target.article.anchors().any(|a| a.as_str() == anchor)
        {
            let anchors: Vec<&str> = target.article.anchors().map(|a| a.as_str()).collect();
            let help = match did_you_mean(anchor, anchors.iter().copied()) {
                Some(suggestion) => format!("did you mean `#{suggestion}`?"),
                None => format!("anchors of `{}`: {}", link.article, anchors.join(", ")),
            };
            diagnostics.push(
                Diagnostic::new(
                    Code::BrokenLink,
                    format!(
                        "article `{}` has no section or item `{anchor}`",
                        link.article
                    ),
                )
                .at(file, span)
                .label("broken anchor")
                .help(help),
            );
        }
    }
}

fn key_list(keys: &[MessageKey]) -> String {
    let mut ids: Vec<String> = keys.iter().map(MessageKey::display).collect();
    ids.dedup();
    ids.join(", ")
}
