//! Diagnostics: every problem helpsite finds, with a code, a place and a way to fix it.
//!
//! Stages never stop at the first problem: they push into a [`Diagnostics`] list and go on, so
//! one run reports everything. Rendering goes through miette, which draws the source line and a
//! marker the way rustc does.

use std::fmt;
use std::ops::Range;
use std::sync::Arc;

mod snippet;

use crate::source::{Position, SourceFile};
use snippet::{Snippet, visible};

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Severity {
    Error,
    Warning,
}

/// Stable diagnostic codes. Tests and CI scripts match on these, so never reuse a number.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Code {
    /// A file or folder could not be read.
    Io,
    /// A file is not valid UTF-8.
    NotUtf8,
    /// A text holds a control character (NUL, escape, ...) that no editor shows.
    ControlCharacter,
    /// A file is larger than helpsite reads.
    TooLarge,
    /// A file name is not valid UTF-8, so it cannot be an id or a URL.
    FileName,
    /// A symbolic link leads outside the site's source folders.
    OutsideSite,
    /// YAML syntax error.
    YamlSyntax,
    /// YAML is well-formed but does not fit the content model (type, unknown or missing field).
    YamlSchema,
    /// An id is not lowercase, URL-safe, or is reserved.
    InvalidId,
    /// Two things share an id where ids must be unique.
    DuplicateId,
    /// A reference to a category, article, order status or locale that does not exist.
    UnknownReference,
    /// The site configuration is inconsistent (locales, fallback chain, base URL).
    Config,
    /// Fluent syntax error.
    FluentSyntax,
    /// A message the content needs is missing from the source locale.
    MissingMessage,
    /// A message uses a variable that the content does not provide.
    UnknownVariable,
    /// A link to an article or anchor that does not exist.
    BrokenLink,
    /// A message or attribute is defined twice in one file.
    DuplicateMessage,
    /// A message cannot be formatted (it refers to a message or term that does not exist).
    Format,
    /// A template does not parse or fails to render.
    Template,
    /// The output folder could not be written.
    Output,
    /// The output folder is not one helpsite may replace (the site itself, or someone's files).
    OutputRefused,
    /// A translation is missing, so the fallback locale's text is used.
    Fallback,
    /// A message is defined in a translation but nothing uses it.
    UnusedMessage,
    /// A locale folder is missing files, or exists without being configured.
    LocaleFolder,
    /// A translation is the same as the source text: probably not translated yet.
    Untranslated,
    /// The source text uses a variable that the translation leaves out.
    MissingVariable,
    /// The source text changed after the translation was made.
    Stale,
    /// A line of a `translations.lock` file cannot be read, or records a translation that no
    /// longer exists.
    LockFile,
    /// A category has no articles: its page would be empty.
    EmptyCategory,
    /// A text is still the placeholder `helpsite new article` wrote.
    Placeholder,
    /// A text breaks a typography rule of its locale (French spacing, quotation marks, ...).
    Typography,
    /// A policy of `content/policies.yaml` is stated by no article.
    UnusedPolicy,
    /// The cancellation finder cannot reach an article's causes or conditions, or offers an
    /// answer that leads nowhere.
    FinderGap,
}

impl Code {
    pub fn as_str(self) -> &'static str {
        match self {
            Code::Io => "E001",
            Code::NotUtf8 => "E002",
            Code::ControlCharacter => "E003",
            Code::TooLarge => "E004",
            Code::FileName => "E005",
            Code::OutsideSite => "E006",
            Code::YamlSyntax => "E010",
            Code::YamlSchema => "E011",
            Code::InvalidId => "E012",
            Code::DuplicateId => "E013",
            Code::UnknownReference => "E014",
            Code::Config => "E015",
            Code::FluentSyntax => "E020",
            Code::MissingMessage => "E021",
            Code::UnknownVariable => "E022",
            Code::BrokenLink => "E023",
            Code::DuplicateMessage => "E024",
            Code::Format => "E025",
            Code::Template => "E030",
            Code::Output => "E040",
            Code::OutputRefused => "E041",
            Code::Fallback => "W101",
            Code::UnusedMessage => "W102",
            Code::LocaleFolder => "W103",
            Code::Untranslated => "W104",
            Code::MissingVariable => "W105",
            Code::Stale => "W106",
            Code::LockFile => "W107",
            Code::EmptyCategory => "W108",
            Code::Placeholder => "W109",
            Code::Typography => "W110",
            Code::UnusedPolicy => "W111",
            Code::FinderGap => "W112",
        }
    }

    /// Every code, in the order of their numbers.
    pub const ALL: [Code; 33] = [
        Code::Io,
        Code::NotUtf8,
        Code::ControlCharacter,
        Code::TooLarge,
        Code::FileName,
        Code::OutsideSite,
        Code::YamlSyntax,
        Code::YamlSchema,
        Code::InvalidId,
        Code::DuplicateId,
        Code::UnknownReference,
        Code::Config,
        Code::FluentSyntax,
        Code::MissingMessage,
        Code::UnknownVariable,
        Code::BrokenLink,
        Code::DuplicateMessage,
        Code::Format,
        Code::Template,
        Code::Output,
        Code::OutputRefused,
        Code::Fallback,
        Code::UnusedMessage,
        Code::LocaleFolder,
        Code::Untranslated,
        Code::MissingVariable,
        Code::Stale,
        Code::LockFile,
        Code::EmptyCategory,
        Code::Placeholder,
        Code::Typography,
        Code::UnusedPolicy,
        Code::FinderGap,
    ];

    /// The code written as `E011`, read back.
    pub fn parse(text: &str) -> Option<Code> {
        Code::ALL.into_iter().find(|code| code.as_str() == text)
    }

    /// The severity a code has unless `--strict` promotes warnings.
    pub fn severity(self) -> Severity {
        if self.as_str().starts_with('W') {
            Severity::Warning
        } else {
            Severity::Error
        }
    }
}

/// Where a problem is: a file and a byte range in it (empty ranges point at a position).
#[derive(Debug, Clone)]
pub struct Location {
    pub file: Arc<SourceFile>,
    pub span: Range<usize>,
}

impl Location {
    pub fn new(file: &Arc<SourceFile>, span: Range<usize>) -> Self {
        Location {
            file: Arc::clone(file),
            span,
        }
    }

    pub fn position(&self) -> Position {
        self.file.position(self.span.start)
    }
}

#[derive(Debug, Clone)]
pub struct Diagnostic {
    pub code: Code,
    pub message: String,
    pub location: Option<Location>,
    /// A short label under the marker ("unknown field").
    pub label: Option<String>,
    /// How to fix it ("did you mean `solution`?").
    pub help: Option<String>,
    /// A file the problem concerns when there is no position in it (a missing file, a folder).
    pub path: Option<String>,
    /// Other places that belong to the problem: where a repeated id was first used.
    pub also: Vec<Also>,
}

/// A second place a diagnostic points at, with what it is.
#[derive(Debug, Clone)]
pub struct Also {
    pub location: Location,
    pub label: String,
}

impl Diagnostic {
    pub fn new(code: Code, message: impl Into<String>) -> Self {
        Diagnostic {
            code,
            message: message.into(),
            location: None,
            label: None,
            help: None,
            path: None,
            also: Vec::new(),
        }
    }

    /// Points at a second place as well (`first defined here`).
    pub fn also(
        mut self,
        file: &Arc<SourceFile>,
        span: Range<usize>,
        label: impl Into<String>,
    ) -> Self {
        self.also.push(Also {
            location: Location::new(file, span),
            label: label.into(),
        });
        self
    }

    pub fn at(mut self, file: &Arc<SourceFile>, span: Range<usize>) -> Self {
        self.location = Some(Location::new(file, span));
        self
    }

    pub fn label(mut self, label: impl Into<String>) -> Self {
        self.label = Some(label.into());
        self
    }

    pub fn help(mut self, help: impl Into<String>) -> Self {
        self.help = Some(help.into());
        self
    }

    pub fn path(mut self, path: impl Into<String>) -> Self {
        self.path = Some(path.into());
        self
    }

    pub fn severity(&self) -> Severity {
        self.code.severity()
    }

    /// `file:line:column`, or just the file, or nothing.
    pub fn place(&self) -> Option<String> {
        match (&self.location, &self.path) {
            (Some(location), _) => {
                let position = location.position();
                Some(format!(
                    "{}:{}:{}",
                    location.file.display_path(),
                    position.line,
                    position.column
                ))
            }
            (None, Some(path)) => Some(path.clone()),
            (None, None) => None,
        }
    }

    fn sort_key(&self) -> (String, usize, Code, String) {
        let file = self
            .location
            .as_ref()
            .map(|l| l.file.display_path())
            .or_else(|| self.path.clone())
            .unwrap_or_default();
        let offset = self.location.as_ref().map_or(0, |l| l.span.start);
        (file, offset, self.code, self.message.clone())
    }
}

/// Everything one run found, errors and warnings together.
#[derive(Debug, Default, Clone)]
pub struct Diagnostics {
    items: Vec<Diagnostic>,
}

impl Diagnostics {
    pub fn push(&mut self, diagnostic: Diagnostic) {
        self.items.push(diagnostic);
    }

    pub fn extend(&mut self, other: Diagnostics) {
        self.items.extend(other.items);
    }

    pub fn iter(&self) -> impl Iterator<Item = &Diagnostic> {
        self.items.iter()
    }

    pub fn is_empty(&self) -> bool {
        self.items.is_empty()
    }

    pub fn error_count(&self) -> usize {
        self.count(Severity::Error)
    }

    pub fn warning_count(&self) -> usize {
        self.count(Severity::Warning)
    }

    fn count(&self, severity: Severity) -> usize {
        self.items
            .iter()
            .filter(|d| d.severity() == severity)
            .count()
    }

    pub fn has_errors(&self) -> bool {
        self.error_count() > 0
    }

    /// Sorted by file and position, duplicates removed: the order people read them in.
    pub fn sorted(mut self) -> Self {
        let mut keyed: Vec<_> = std::mem::take(&mut self.items)
            .into_iter()
            .map(|d| (d.sort_key(), d))
            .collect();
        keyed.sort_by(|a, b| a.0.cmp(&b.0));
        keyed.dedup_by(|a, b| a.0 == b.0);
        self.items = keyed.into_iter().map(|(_, d)| d).collect();
        self
    }

    /// Renders every diagnostic for a terminal (`color` for ANSI colours).
    pub fn render(&self, color: bool) -> String {
        let theme = if color {
            miette::GraphicalTheme::unicode()
        } else {
            miette::GraphicalTheme::unicode_nocolor()
        };
        let handler = miette::GraphicalReportHandler::new_themed(theme)
            .with_context_lines(1)
            .with_width(100);
        let mut out = String::new();
        for diagnostic in &self.items {
            let report = Report {
                diagnostic,
                source: diagnostic
                    .location
                    .as_ref()
                    .map(|l| Snippet::new(&l.file, &l.span)),
                also: diagnostic
                    .also
                    .iter()
                    .map(|also| AlsoReport {
                        label: also.label.clone(),
                        source: Snippet::new(&also.location.file, &also.location.span),
                    })
                    .collect(),
            };
            if handler.render_report(&mut out, &report).is_err() {
                out.push_str(&diagnostic.to_string());
            }
            out.push('\n');
        }
        out
    }
}

impl fmt::Display for Diagnostic {
    /// One line: `error[E011]: file:3:5: unknown field `soltion``.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let kind = match self.severity() {
            Severity::Error => "error",
            Severity::Warning => "warning",
        };
        write!(f, "{kind}[{}]: ", self.code.as_str())?;
        if let Some(place) = self.place() {
            write!(f, "{}: ", visible(&place))?;
        }
        write!(f, "{}", visible(&self.message))?;
        if let Some(help) = &self.help {
            write!(f, " (help: {})", visible(help))?;
        }
        Ok(())
    }
}

/// Adapter that lets miette draw one of our diagnostics.
struct Report<'a> {
    diagnostic: &'a Diagnostic,
    /// The excerpt to show, with the label's place in it.
    source: Option<Snippet>,
    /// The second places, each drawn as a note with its own excerpt.
    also: Vec<AlsoReport>,
}

/// A second place of a diagnostic, drawn by miette as a related note.
struct AlsoReport {
    label: String,
    source: Snippet,
}

impl fmt::Debug for AlsoReport {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.label)
    }
}

impl fmt::Display for AlsoReport {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", visible(&self.label))
    }
}

impl std::error::Error for AlsoReport {}

impl miette::Diagnostic for AlsoReport {
    fn severity(&self) -> Option<miette::Severity> {
        Some(miette::Severity::Advice)
    }

    fn source_code(&self) -> Option<&dyn miette::SourceCode> {
        Some(&self.source)
    }

    fn labels(&self) -> Option<Box<dyn Iterator<Item = miette::LabeledSpan> + '_>> {
        let span = &self.source.label;
        Some(Box::new(std::iter::once(miette::LabeledSpan::new(
            Some(visible(&self.label).into_owned()),
            span.start,
            span.end - span.start,
        ))))
    }
}

impl fmt::Debug for Report<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Debug::fmt(self.diagnostic, f)
    }
}

impl fmt::Display for Report<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let code = self.diagnostic.code.as_str();
        let message = visible(&self.diagnostic.message);
        match (&self.diagnostic.location, &self.diagnostic.path) {
            (None, Some(path)) => write!(f, "[{code}] {}: {message}", visible(path)),
            _ => write!(f, "[{code}] {message}"),
        }
    }
}

impl std::error::Error for Report<'_> {}

impl miette::Diagnostic for Report<'_> {
    fn severity(&self) -> Option<miette::Severity> {
        Some(match self.diagnostic.severity() {
            Severity::Error => miette::Severity::Error,
            Severity::Warning => miette::Severity::Warning,
        })
    }

    fn help<'a>(&'a self) -> Option<Box<dyn fmt::Display + 'a>> {
        self.diagnostic
            .help
            .as_ref()
            .map(|h| Box::new(visible(h)) as Box<dyn fmt::Display>)
    }

    fn source_code(&self) -> Option<&dyn miette::SourceCode> {
        self.source.as_ref().map(|s| s as &dyn miette::SourceCode)
    }

    fn related<'a>(&'a self) -> Option<Box<dyn Iterator<Item = &'a dyn miette::Diagnostic> + 'a>> {
        if self.also.is_empty() {
            return None;
        }
        Some(Box::new(
            self.also.iter().map(|also| also as &dyn miette::Diagnostic),
        ))
    }

    fn labels(&self) -> Option<Box<dyn Iterator<Item = miette::LabeledSpan> + '_>> {
        let span = &self.source.as_ref()?.label;
        Some(Box::new(std::iter::once(miette::LabeledSpan::new(
            self.diagnostic
                .label
                .as_deref()
                .map(|l| visible(l).into_owned()),
            span.start,
            span.end - span.start,
        ))))
    }
}

/// The closest candidate to `word`, for "did you mean" hints.
pub fn did_you_mean<'a>(
    word: &str,
    candidates: impl IntoIterator<Item = &'a str>,
) -> Option<&'a str> {
    candidates
        .into_iter()
        .map(|c| (strsim::jaro_winkler(word, c), c))
        .filter(|(score, _)| *score > 0.8)
        .max_by(|a, b| a.0.total_cmp(&b.0))
        .map(|(_, c)| c)
}
