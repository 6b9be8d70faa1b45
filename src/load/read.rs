//! Reading and parsing single files, turning every failure into a diagnostic.

use std::collections::BTreeMap;
use std::fs;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use serde::de::DeserializeOwned;

use super::confine::{MAX_ASSET_BYTES, MAX_LOCK_BYTES, MAX_TEXT_BYTES, SiteRoot};
use super::{FluentFile, Parsed, STATIC_DIR, TEMPLATES_DIR, TemplateSource};
use crate::diagnostics::{Code, Diagnostic, Diagnostics};
use crate::source::{SourceFile, display_path};
use crate::theme;

use super::guard;
use super::syntax::SyntaxChecked;
use super::yaml_error::yaml_diagnostic;

impl FluentFile {
    /// Where a slice of the parsed resource (an identifier, a variable) lies in the file.
    pub fn span_of(&self, slice: &str) -> std::ops::Range<usize> {
        let base = self.resource.source().as_ptr() as usize;
        let start = (slice.as_ptr() as usize).wrapping_sub(base);
        if start
            .checked_add(slice.len())
            .is_some_and(|end| end <= self.file.text.len())
        {
            start..start + slice.len()
        } else {
            0..0
        }
    }
}

/// Static files by their path under the output's `assets/` folder.
pub(super) type Assets = BTreeMap<String, Arc<[u8]>>;

/// Reads files below `root`, reporting problems into `diagnostics`.
pub(super) struct Reader<'a> {
    pub root: &'a SiteRoot,
    pub diagnostics: &'a mut Diagnostics,
}

impl<'a> Reader<'a> {
    pub fn new(root: &'a SiteRoot, diagnostics: &'a mut Diagnostics) -> Self {
        Reader { root, diagnostics }
    }

    /// Reads a file (path relative to the root) as UTF-8 text.
    pub(super) fn read(&mut self, relative: &Path) -> Option<Arc<SourceFile>> {
        let limit = if relative.file_name() == Some(std::ffi::OsStr::new(super::LOCK_FILE)) {
            MAX_LOCK_BYTES
        } else {
            MAX_TEXT_BYTES
        };
        match self.root.read(relative, limit) {
            Ok(bytes) => self.decode(relative, bytes),
            Err(problem) => {
                self.diagnostics.push(*problem);
                None
            }
        }
    }

    /// Turns a file's bytes into text (reporting bytes that are not UTF-8), apart from reading
    /// it, so that text which never was a file goes through the same check.
    pub(super) fn decode(&mut self, relative: &Path, bytes: Vec<u8>) -> Option<Arc<SourceFile>> {
        let shown = display_path(relative);
        match String::from_utf8(bytes) {
            Ok(text) => Some(SourceFile::new(relative, text)),
            Err(error) => {
                let valid = error.utf8_error().valid_up_to();
                let prefix = String::from_utf8_lossy(&error.as_bytes()[..valid]).into_owned();
                let file = SourceFile::new(relative, prefix);
                let end = file.text.len();
                self.diagnostics.push(
                    Diagnostic::new(
                        Code::NotUtf8,
                        format!("`{shown}` is not valid UTF-8 (invalid byte after this point)"),
                    )
                    .at(&file, end..end)
                    .help("save the file as UTF-8 in your editor"),
                );
                None
            }
        }
    }

    pub(super) fn parse_yaml<T: DeserializeOwned>(
        &mut self,
        file: Arc<SourceFile>,
        id: String,
    ) -> Option<Parsed<T>> {
        if has_no_content(&file.text) {
            self.diagnostics.push(
                Diagnostic::new(
                    Code::YamlSchema,
                    format!("`{}` is empty", file.display_path()),
                )
                .at(&file, 0..0)
                .help("fill it in, or delete the file"),
            );
            return None;
        }
        if !self.no_control_characters(&file) {
            return None;
        }
        if let Some(offset) = guard::yaml_flow_too_deep(&file.text) {
            self.diagnostics.push(
                Diagnostic::new(
                    Code::YamlSyntax,
                    format!(
                        "the YAML nests too deeply: more than {} lists or mappings in brackets \
                         are open here",
                        guard::MAX_YAML_FLOW_DEPTH
                    ),
                )
                .at(&file, offset..offset + 1)
                .label("too deep")
                .help("content files are a few levels deep at most; close the brackets"),
            );
            return None;
        }
        // Syntax first, so a broken file is reported as such and not as a schema mismatch.
        if let Err(error) = serde_yaml::from_str::<SyntaxChecked>(&file.text) {
            self.diagnostics
                .push(yaml_diagnostic(Code::YamlSyntax, &file, &error));
            return None;
        }
        match serde_yaml::from_str::<T>(&file.text) {
            Ok(value) => Some(Parsed { id, file, value }),
            Err(error) => {
                self.diagnostics
                    .push(yaml_diagnostic(Code::YamlSchema, &file, &error));
                None
            }
        }
    }

    /// Parses a `.ftl` file; syntax errors are reported and the rest of the file is kept.
    /// `None` when the file cannot be parsed at all (it is reported, and then treated like a
    /// file that could not be read, so its messages are not reported again as missing).
    pub(super) fn parse_fluent(&mut self, file: Arc<SourceFile>) -> Option<FluentFile> {
        if !self.no_control_characters(&file) {
            return None;
        }
        // Fluent's parser recurses into nested placeables: refuse absurd nesting before it
        // can exhaust the stack.
        if let Some(offset) = guard::fluent_too_deep(&file.text) {
            self.diagnostics.push(
                Diagnostic::new(
                    Code::FluentSyntax,
                    format!(
                        "placeables are nested more than {} levels deep",
                        guard::MAX_FLUENT_NESTING
                    ),
                )
                .at(&file, offset..offset + 1)
                .help("a message needs a few levels at most; close the `{` braces"),
            );
            return None;
        }
        let (file, resource, errors) = file.into_fluent();
        for error in errors {
            self.diagnostics.push(fluent_diagnostic(&file, &error));
        }
        Some(FluentFile { file, resource })
    }

    /// Reports the control characters of a file (false if there are any: the file is then
    /// not parsed, as a file that could not be read).
    fn no_control_characters(&mut self, file: &Arc<SourceFile>) -> bool {
        let (found, total) = guard::control_characters(&file.text);
        for (span, c) in &found {
            self.diagnostics.push(
                Diagnostic::new(
                    Code::ControlCharacter,
                    format!(
                        "a control character ({}) is in the text",
                        guard::control_name(*c)
                    ),
                )
                .at(file, span.clone())
                .label("control character")
                .help(
                    "remove it: no editor shows it, and it may have come with text copied from \
                     another program",
                ),
            );
        }
        if total > found.len() {
            self.diagnostics.push(
                Diagnostic::new(
                    Code::ControlCharacter,
                    format!(
                        "{} more control characters are in this file",
                        total - found.len()
                    ),
                )
                .path(file.display_path())
                .help("check that this is a text file saved as UTF-8"),
            );
        }
        found.is_empty()
    }

    /// Files with one of `extensions` anywhere under `dir`, sorted, editor temp files skipped.
    ///
    /// Folders reached through a symbolic link that leads outside the site are reported and not
    /// entered (links to files are reported when the file is read); names that are not UTF-8
    /// are reported, since they can be neither ids nor URLs.
    pub(super) fn files_in(&mut self, dir: &Path, extensions: &[&str]) -> Vec<PathBuf> {
        let mut files = Vec::new();
        if !self.root.join(dir).is_dir() {
            return files;
        }
        if let Err(outside) = self.root.resolve(dir) {
            self.diagnostics.push(*outside);
            return files;
        }
        let root = self.root;
        let relative = |path: &Path| -> PathBuf {
            path.strip_prefix(root.path()).unwrap_or(path).to_path_buf()
        };
        let mut refused = Vec::new();
        let walk = walkdir::WalkDir::new(root.join(dir))
            .follow_links(true)
            .sort_by_file_name()
            .into_iter()
            .filter_entry(|entry| {
                if links_to_own_ancestor(entry) {
                    refused.push(link_loop_diagnostic(display_path(&relative(entry.path()))));
                    return false;
                }
                if entry.path_is_symlink()
                    && entry.file_type().is_dir()
                    && let Err(outside) = root.resolve(&relative(entry.path()))
                {
                    refused.push(*outside);
                    return false;
                }
                true
            });
        for entry in walk {
            match entry {
                Ok(entry) => {
                    let path = entry.path();
                    if path.to_str().is_none() {
                        self.diagnostics.push(file_name_diagnostic(&relative(path)));
                        continue;
                    }
                    // Anything but a folder: a pipe or device is reported when read, not skipped.
                    let wanted = !entry.file_type().is_dir()
                        && !is_editor_temp_file(path)
                        && path
                            .extension()
                            .and_then(|e| e.to_str())
                            .is_some_and(|e| extensions.contains(&e));
                    if wanted {
                        files.push(relative(path));
                    }
                }
                Err(error) => self.walk_error(&error),
            }
        }
        for problem in refused {
            self.diagnostics.push(problem);
        }
        files
    }

    pub(super) fn subfolders(&mut self, dir: &Path) -> Vec<PathBuf> {
        let Ok(entries) = fs::read_dir(self.root.join(dir)) else {
            return Vec::new();
        };
        let mut folders = Vec::new();
        for entry in entries.filter_map(Result::ok) {
            let name = entry.file_name();
            if name.to_string_lossy().starts_with('.') || !entry.path().is_dir() {
                continue;
            }
            if name.to_str().is_none() {
                self.diagnostics
                    .push(file_name_diagnostic(&dir.join(&name)));
                continue;
            }
            folders.push(dir.join(name));
        }
        folders.sort();
        folders
    }

    fn walk_error(&mut self, error: &walkdir::Error) {
        let path = error
            .path()
            .map(|p| display_path(p.strip_prefix(self.root.path()).unwrap_or(p)))
            .unwrap_or_default();
        if error.loop_ancestor().is_some() {
            self.diagnostics.push(link_loop_diagnostic(path));
            return;
        }
        let link_target = error
            .path()
            .filter(|p| p.is_symlink())
            .and_then(|p| fs::read_link(p).ok());
        // walkdir's own text repeats the absolute path; the I/O error alone says what failed.
        let cause = error
            .io_error()
            .map_or_else(|| error.to_string(), ToString::to_string);
        let diagnostic = match link_target {
            Some(target) => Diagnostic::new(
                Code::Io,
                format!(
                    "`{path}` is a symbolic link to `{}`, which cannot be followed: {cause}",
                    display_path(&target)
                ),
            )
            .help("point the link at a file that exists, or remove it"),
            None => Diagnostic::new(Code::Io, format!("cannot read `{path}`: {cause}"))
                .help("check that it exists and is readable"),
        };
        self.diagnostics.push(diagnostic.path(path));
    }

    /// The embedded default templates, with the site's own `templates/` laid over them.
    pub(super) fn templates(&mut self) -> (BTreeMap<String, TemplateSource>, Assets) {
        let mut templates = BTreeMap::new();
        for (name, text) in theme::TEMPLATES {
            let path = Path::new(TEMPLATES_DIR).join(name);
            templates.insert(
                name.to_string(),
                TemplateSource {
                    file: SourceFile::new(format!("{} (built-in)", display_path(&path)), *text),
                    embedded: true,
                },
            );
        }
        let mut assets: Assets = theme::ASSETS
            .iter()
            .map(|(name, bytes)| (name.to_string(), Arc::from(*bytes)))
            .collect();

        let static_dir = Path::new(TEMPLATES_DIR).join(STATIC_DIR);
        for path in self.files_in(
            &static_dir,
            &["css", "js", "svg", "png", "ico", "woff2", "txt"],
        ) {
            let name = display_path(path.strip_prefix(&static_dir).unwrap_or(&path));
            match self.root.read(&path, MAX_ASSET_BYTES) {
                Ok(bytes) => {
                    assets.insert(name, Arc::from(bytes));
                }
                Err(problem) => self.diagnostics.push(*problem),
            }
        }
        for path in self.files_in(Path::new(TEMPLATES_DIR), &["html", "xml", "txt"]) {
            if path.starts_with(&static_dir) {
                continue;
            }
            let name = display_path(path.strip_prefix(TEMPLATES_DIR).unwrap_or(&path));
            if let Some(file) = self.read(&path) {
                templates.insert(
                    name,
                    TemplateSource {
                        file,
                        embedded: false,
                    },
                );
            }
        }
        (templates, assets)
    }
}

/// Whether a YAML text holds nothing but blank lines and comments: an empty document, which
/// serde would report as a missing first field past the last line.
fn has_no_content(text: &str) -> bool {
    text.split(['\r', '\n'])
        .map(str::trim)
        .all(|line| line.is_empty() || line.starts_with('#'))
}

/// A file or folder whose name is not UTF-8: shown with the bad bytes as `\xNN`.
fn file_name_diagnostic(relative: &Path) -> Diagnostic {
    let shown = escaped_path(relative);
    Diagnostic::new(
        Code::FileName,
        format!("the name of `{shown}` is not valid UTF-8, so it is not read"),
    )
    .path(shown)
    .help("rename it with letters, digits and hyphens (ids and URLs are made from file names)")
}

/// A path with every byte that is not part of valid UTF-8 written as `\xNN`.
fn escaped_path(path: &Path) -> String {
    #[cfg(unix)]
    {
        use std::os::unix::ffi::OsStrExt;
        path.as_os_str()
            .as_bytes()
            .utf8_chunks()
            .map(|chunk| {
                let mut text = chunk.valid().to_string();
                for byte in chunk.invalid() {
                    text.push_str(&format!("\\x{byte:02X}"));
                }
                text
            })
            .collect()
    }
    #[cfg(not(unix))]
    {
        display_path(path)
    }
}

fn link_loop_diagnostic(path: String) -> Diagnostic {
    Diagnostic::new(
        Code::Io,
        format!("`{path}` is a symbolic link that loops back to a folder above it"),
    )
    .path(path)
    .help("remove the link or point it somewhere outside the site")
}

/// Whether an entry is a link to a folder that contains the link itself.
///
/// walkdir notices a loop only when the link leads back into the folders it is walking, so a
/// link under `content/articles/` to `content/` would be followed once, and everything in
/// `content/` read a second time through it, before the loop showed.
fn links_to_own_ancestor(entry: &walkdir::DirEntry) -> bool {
    if !entry.path_is_symlink() || !entry.file_type().is_dir() {
        return false;
    }
    let target = fs::canonicalize(entry.path());
    let parent = entry.path().parent().map(fs::canonicalize);
    match (target, parent) {
        (Ok(target), Some(Ok(parent))) => parent.starts_with(target),
        _ => false,
    }
}

/// Editors save through temporary files; reading them would build half-written content.
pub fn is_editor_temp_file(path: &Path) -> bool {
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy())
        .unwrap_or_default();
    name.starts_with('.')
        || name.starts_with('#')
        || name.ends_with('~')
        || name.ends_with('#')
        || name.ends_with(".swp")
        || name.ends_with(".swx")
        || name.ends_with(".swo")
        || name.ends_with(".bck")
        || name.ends_with(".tmp")
        || name.ends_with("___jb_tmp___")
        || name.ends_with("___jb_old___")
}

pub(super) fn file_stem(path: &Path) -> String {
    path.file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_default()
}

pub(super) fn file_name(path: &Path) -> String {
    path.file_name()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_default()
}

/// A Fluent syntax error at the place to fix, in plain words where fluent-syntax's are unclear.
fn fluent_diagnostic(
    file: &Arc<SourceFile>,
    error: &fluent_syntax::parser::ParserError,
) -> Diagnostic {
    use fluent_syntax::parser::ErrorKind as K;
    let start = error.pos.start.min(file.text.len());
    let end = error.pos.end.clamp(start, file.text.len());
    let at = |span: std::ops::Range<usize>, message: String, help: &str| {
        Diagnostic::new(Code::FluentSyntax, message)
            .at(file, span)
            .help(help.to_string())
    };
    if file.text[start..].starts_with('\t') {
        return at(
            start..start + 1,
            "a tab is not allowed here: Fluent separates the parts of a message with spaces only"
                .into(),
            "replace the tab with spaces",
        );
    }
    match &error.kind {
        K::ExpectedToken('}') => {
            if let Some(open) = unclosed_brace(&file.text[..start]) {
                return at(
                    open..open + 1,
                    "Fluent syntax error: this `{` is not closed with `}`".into(),
                    "close the placeable with `}`, e.g. `{ $days }`",
                );
            }
        }
        K::MissingDefaultVariant => {
            if let Some(selector) = select_expression_selector(&file.text[..start]) {
                return at(
                    selector,
                    "Fluent syntax error: this select expression has no default variant".into(),
                    "mark one variant as the default with `*`, e.g. `*[other] { $days } days`",
                );
            }
        }
        _ => {}
    }
    at(
        start..end,
        format!("Fluent syntax error: {}", error.kind),
        &fluent_hint(&error.kind),
    )
}

/// The offset of the innermost `{` left open in `text`, if any.
fn unclosed_brace(text: &str) -> Option<usize> {
    let mut open = Vec::new();
    for (offset, byte) in text.bytes().enumerate() {
        match byte {
            b'{' => open.push(offset),
            b'}' => {
                open.pop();
            }
            _ => {}
        }
    }
    open.pop()
}

/// The selector (`$days` in `{ $days ->`) of the last select expression begun in `text`:
/// fluent-syntax reports a missing default variant at the expression's closing `}`.
fn select_expression_selector(text: &str) -> Option<std::ops::Range<usize>> {
    let arrow = text.rfind("->")?;
    let brace = text[..arrow].rfind('{')?;
    let selector = &text[brace + 1..arrow];
    let start = brace + 1 + (selector.len() - selector.trim_start().len());
    let end = brace + 1 + selector.trim_end().len();
    (start < end).then_some(start..end)
}

fn fluent_hint(kind: &fluent_syntax::parser::ErrorKind) -> String {
    use fluent_syntax::parser::ErrorKind as K;
    match kind {
        K::ExpectedMessageField { entry_id } => format!(
            "`{entry_id}` needs a value after `=`; multi-line values continue on lines indented by at least one space"
        ),
        K::MissingDefaultVariant => {
            "mark the default variant with `*`, e.g. `*[other] { $days } days`".into()
        }
        K::ExpectedToken(c) => {
            format!("`{c}` is expected here; check that braces and brackets are balanced")
        }
        K::UnbalancedClosingBrace => "remove the `}` or add the matching `{`".into(),
        _ => "see https://projectfluent.org/fluent/guide/ for the syntax".into(),
    }
}
