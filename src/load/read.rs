//! Reading and parsing single files, turning every failure into a diagnostic.

use std::collections::BTreeMap;
use std::fs;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use fluent_bundle::FluentResource;
use serde::de::DeserializeOwned;

use super::{FluentFile, Parsed, STATIC_DIR, TEMPLATES_DIR, TemplateSource};
use crate::diagnostics::{Code, Diagnostic, Diagnostics, did_you_mean};
use crate::source::{SourceFile, display_path};
use crate::theme;

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
    pub root: &'a Path,
    pub diagnostics: &'a mut Diagnostics,
}

impl<'a> Reader<'a> {
    pub fn new(root: &'a Path, diagnostics: &'a mut Diagnostics) -> Self {
        Reader { root, diagnostics }
    }

    /// Reads a file (path relative to the root) as UTF-8 text.
    pub(super) fn read(&mut self, relative: &Path) -> Option<Arc<SourceFile>> {
        let shown = display_path(relative);
        // A folder, a pipe or a device where a file is expected: reading it would fail
        // obscurely or block forever.
        match fs::metadata(self.root.join(relative)) {
            Ok(metadata) if !metadata.is_file() => {
                let what = if metadata.is_dir() {
                    "a folder"
                } else {
                    "not a regular file"
                };
                self.diagnostics.push(
                    Diagnostic::new(Code::Io, format!("`{shown}` is {what}"))
                        .path(shown)
                        .help("replace it with a regular text file, or remove it"),
                );
                return None;
            }
            _ => {}
        }
        let bytes = match fs::read(self.root.join(relative)) {
            Ok(bytes) => bytes,
            Err(error) => {
                self.diagnostics.push(
                    Diagnostic::new(Code::Io, format!("cannot read `{shown}`: {error}"))
                        .path(shown)
                        .help("check that the file exists and is readable"),
                );
                return None;
            }
        };
        self.decode(relative, bytes)
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
        if file.text.trim().is_empty() {
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
        // Syntax first, so a broken file is reported as such and not as a schema mismatch.
        if let Err(error) = serde_yaml::from_str::<serde_yaml::Value>(&file.text) {
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

    pub(super) fn parse_fluent(&mut self, file: Arc<SourceFile>) -> FluentFile {
        // Fluent's parser recurses into nested placeables: refuse absurd nesting before it
        // can exhaust the stack.
        if let Some(offset) = too_deeply_nested(&file.text) {
            self.diagnostics.push(
                Diagnostic::new(
                    Code::FluentSyntax,
                    format!("placeables are nested more than {MAX_NESTING} levels deep"),
                )
                .at(&file, offset..offset + 1)
                .help("a message needs a few levels at most; close the `{` braces"),
            );
            let empty = FluentResource::try_new(String::new()).unwrap_or_else(|(r, _)| r);
            return FluentFile {
                file,
                resource: Arc::new(empty),
            };
        }
        let resource = match FluentResource::try_new(file.text.clone()) {
            Ok(resource) => resource,
            Err((resource, errors)) => {
                for error in errors {
                    let start = error.pos.start.min(file.text.len());
                    let end = error.pos.end.clamp(start, file.text.len());
                    self.diagnostics.push(
                        Diagnostic::new(
                            Code::FluentSyntax,
                            format!("Fluent syntax error: {}", error.kind),
                        )
                        .at(&file, start..end)
                        .help(fluent_hint(&error.kind)),
                    );
                }
                resource
            }
        };
        FluentFile {
            file,
            resource: Arc::new(resource),
        }
    }

    /// Files with one of `extensions` anywhere under `dir`, sorted, editor temp files skipped.
    pub(super) fn files_in(&mut self, dir: &Path, extensions: &[&str]) -> Vec<PathBuf> {
        let mut files = Vec::new();
        if !self.root.join(dir).is_dir() {
            return files;
        }
        for entry in walkdir::WalkDir::new(self.root.join(dir))
            .follow_links(true)
            .sort_by_file_name()
        {
            match entry {
                Ok(entry) => {
                    let path = entry.path();
                    // Anything but a folder: a pipe or device is reported when read, not skipped.
                    let wanted = !entry.file_type().is_dir()
                        && !is_editor_temp_file(path)
                        && path
                            .extension()
                            .and_then(|e| e.to_str())
                            .is_some_and(|e| extensions.contains(&e));
                    if wanted {
                        files.push(path.strip_prefix(self.root).unwrap_or(path).to_path_buf());
                    }
                }
                Err(error) => self.walk_error(&error),
            }
        }
        files
    }

    pub(super) fn subfolders(&mut self, dir: &Path) -> Vec<PathBuf> {
        let Ok(entries) = fs::read_dir(self.root.join(dir)) else {
            return Vec::new();
        };
        let mut folders: Vec<PathBuf> = entries
            .filter_map(Result::ok)
            .filter(|e| e.path().is_dir() && !e.file_name().to_string_lossy().starts_with('.'))
            .map(|e| dir.join(e.file_name()))
            .collect();
        folders.sort();
        folders
    }

    fn walk_error(&mut self, error: &walkdir::Error) {
        let path = error
            .path()
            .map(|p| display_path(p.strip_prefix(self.root).unwrap_or(p)))
            .unwrap_or_default();
        let (message, help) = if error.loop_ancestor().is_some() {
            (
                format!("`{path}` is a symbolic link that loops back to a folder above it"),
                "remove the link or point it somewhere outside the site",
            )
        } else {
            (
                format!("cannot read `{path}`: {error}"),
                "check that the folder exists and is readable",
            )
        };
        self.diagnostics
            .push(Diagnostic::new(Code::Io, message).path(path).help(help));
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
            match fs::read(self.root.join(&path)) {
                Ok(bytes) => {
                    assets.insert(name, Arc::from(bytes));
                }
                Err(error) => self.diagnostics.push(
                    Diagnostic::new(
                        Code::Io,
                        format!("cannot read `{}`: {error}", display_path(&path)),
                    )
                    .path(display_path(&path)),
                ),
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

const MAX_NESTING: usize = 64;

/// The offset of the first `{` that opens more than [`MAX_NESTING`] levels, if any.
fn too_deeply_nested(text: &str) -> Option<usize> {
    let (mut depth, mut outermost) = (0usize, 0usize);
    for (offset, byte) in text.bytes().enumerate() {
        match byte {
            b'{' => {
                if depth == 0 {
                    outermost = offset;
                }
                depth += 1;
                if depth > MAX_NESTING {
                    return Some(outermost);
                }
            }
            b'}' => depth = depth.saturating_sub(1),
            _ => {}
        }
    }
    None
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

/// Turns a serde_yaml error into a diagnostic at its line and column, with a hint.
fn yaml_diagnostic(code: Code, file: &Arc<SourceFile>, error: &serde_yaml::Error) -> Diagnostic {
    let (message, positions) = split_positions(&error.to_string());
    let mut offset = error
        .location()
        .map_or(0, |l| file.offset(l.line(), l.column()));
    // At the end of the file ("did not find expected ']'"), the place to fix is where the
    // unfinished construct began, which libyaml gives as its context, or else the end of the
    // last line with content (a marker past the end would not be shown).
    let content_end = file.text.trim_end().len();
    if offset >= content_end {
        offset = match positions.get(1) {
            Some(&(line, column)) => file.offset(line, column),
            None => content_end,
        };
    }
    // serde_yaml places a duplicate key at the start of its mapping; point at the repeat.
    if let Some(key) = message
        .split("duplicate entry with key \"")
        .nth(1)
        .and_then(|rest| rest.split('"').next())
    {
        let key = format!("{key}:");
        let first = file.text[offset..]
            .find(&key)
            .map(|i| offset + i + key.len());
        if let Some(second) =
            first.and_then(|first| file.text[first..].find(&key).map(|i| first + i))
        {
            offset = second;
        }
    }
    let mut diagnostic = Diagnostic::new(code, message.clone()).at(file, offset..offset);
    if let Some(help) = yaml_hint(&message) {
        diagnostic = diagnostic.help(help);
    }
    if code == Code::YamlSyntax {
        diagnostic = diagnostic.label("YAML syntax error here");
    }
    diagnostic
}

/// Removes serde_yaml's " at line L column C" parts (shown as the diagnostic's position
/// instead) and returns them in order.
fn split_positions(message: &str) -> (String, Vec<(usize, usize)>) {
    const AT_LINE: &str = " at line ";
    let mut text = String::new();
    let mut positions = Vec::new();
    let mut rest = message;
    while let Some(start) = rest.find(AT_LINE) {
        text.push_str(&rest[..start]);
        let after = &rest[start + AT_LINE.len()..];
        let line_digits =
            after.len() - after.trim_start_matches(|c: char| c.is_ascii_digit()).len();
        let column_part = after[line_digits..].strip_prefix(" column ");
        match column_part {
            Some(columns) if line_digits > 0 => {
                let column_digits = columns.len()
                    - columns
                        .trim_start_matches(|c: char| c.is_ascii_digit())
                        .len();
                let line = after[..line_digits].parse().unwrap_or(1);
                let column = columns[..column_digits].parse().unwrap_or(1);
                positions.push((line, column));
                rest = &columns[column_digits..];
            }
            _ => {
                text.push_str(AT_LINE);
                rest = after;
            }
        }
    }
    text.push_str(rest);
    (text, positions)
}

fn yaml_hint(message: &str) -> Option<String> {
    if let Some(rest) = message.split("unknown field `").nth(1) {
        let field = rest.split('`').next().unwrap_or_default();
        let expected: Vec<&str> = message
            .split("expected ")
            .nth(1)
            .unwrap_or_default()
            .split('`')
            .skip(1)
            .step_by(2)
            .collect();
        return Some(match did_you_mean(field, expected.iter().copied()) {
            Some(suggestion) => format!("did you mean `{suggestion}`?"),
            None => format!("remove `{field}`; allowed here: {}", expected.join(", ")),
        });
    }
    if message.contains("missing field") {
        return Some("add the field; see docs in README.md for the content model".into());
    }
    if message.contains("duplicate entry") {
        return Some(
            "a key may appear only once in a mapping; remove or rename one of them".into(),
        );
    }
    if message.contains("recursion limit") {
        return Some(
            "the YAML nests too deeply; content files are a few levels deep at most".into(),
        );
    }
    if message.contains("repetition limit") {
        return Some(
            "the YAML expands aliases too often; write the values out instead of aliasing them"
                .into(),
        );
    }
    if message.contains("invalid id") {
        return Some(crate::model::ID_RULE.to_string());
    }
    None
}

fn fluent_hint(kind: &fluent_syntax::parser::ErrorKind) -> String {
    use fluent_syntax::parser::ErrorKind as K;
    match kind {
        K::ExpectedMessageField { entry_id } => format!(
            "`{entry_id}` needs a value after `=`; multi-line values continue on lines indented by at least one space"
        ),
        K::MissingDefaultVariant => {
            "mark the default variant with `*`, e.g. `*[other] {{ $days }} days`".into()
        }
        K::ExpectedToken(c) => {
            format!("`{c}` is expected here; check that braces and brackets are balanced")
        }
        K::UnbalancedClosingBrace => "remove the `}` or add the matching `{`".into(),
        _ => "see https://projectfluent.org/fluent/guide/ for the syntax".into(),
    }
}
