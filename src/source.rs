//! Source files with positions: every diagnostic points into one of these.

use std::ops::Range;
use std::path::{Path, PathBuf};
use std::sync::Arc;

/// A text file as it was read, with a line index so byte offsets turn into line:column.
///
/// `path` is the path shown to people (relative to the site root where possible); the text has
/// its UTF-8 byte-order mark removed, so offsets match what parsers saw.
#[derive(Debug)]
pub struct SourceFile {
    pub path: PathBuf,
    pub text: SourceText,
    /// A hash of the text: watch mode compares these to see what really changed.
    pub digest: u64,
    line_starts: Vec<usize>,
}

/// The text of a [`SourceFile`]. A `.ftl` file's text is the one its parsed Fluent resource
/// holds (the resource must own a copy, and the translations of a large site are most of
/// what helpsite keeps in memory: one copy, not two).
#[derive(Debug)]
pub enum SourceText {
    Owned(String),
    Fluent(Arc<fluent_bundle::FluentResource>),
}

impl std::ops::Deref for SourceText {
    type Target = str;

    fn deref(&self) -> &str {
        match self {
            SourceText::Owned(text) => text,
            SourceText::Fluent(resource) => resource.source(),
        }
    }
}

impl SourceText {
    pub fn as_str(&self) -> &str {
        self
    }
}

/// A 1-based line and column (columns count characters, as editors do).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct Position {
    pub line: usize,
    pub column: usize,
}

impl SourceFile {
    pub fn new(path: impl Into<PathBuf>, text: impl Into<String>) -> Arc<Self> {
        let mut text = text.into();
        if text.starts_with('\u{feff}') {
            text.drain(..'\u{feff}'.len_utf8());
        }
        let line_starts = line_starts(&text);
        let digest = digest(text.as_bytes());
        Arc::new(SourceFile {
            path: path.into(),
            text: SourceText::Owned(text),
            digest,
            line_starts,
        })
    }

    /// Parses the file as Fluent, handing its text to the resource instead of copying it
    /// (when nothing else holds the file yet, as right after reading it).
    pub fn into_fluent(
        self: Arc<Self>,
    ) -> (
        Arc<SourceFile>,
        Arc<fluent_bundle::FluentResource>,
        Vec<fluent_syntax::parser::ParserError>,
    ) {
        let (path, text, digest, line_starts) = match Arc::try_unwrap(self) {
            Ok(file) => {
                let text = match file.text {
                    SourceText::Owned(text) => text,
                    SourceText::Fluent(resource) => resource.source().to_string(),
                };
                (file.path, text, file.digest, file.line_starts)
            }
            Err(shared) => (
                shared.path.clone(),
                shared.text.to_string(),
                shared.digest,
                shared.line_starts.clone(),
            ),
        };
        let (resource, errors) = match fluent_bundle::FluentResource::try_new(text) {
            Ok(resource) => (resource, Vec::new()),
            Err((resource, errors)) => (resource, errors),
        };
        let resource = Arc::new(resource);
        let file = Arc::new(SourceFile {
            path,
            text: SourceText::Fluent(Arc::clone(&resource)),
            digest,
            line_starts,
        });
        (file, resource, errors)
    }

    pub fn display_path(&self) -> String {
        display_path(&self.path)
    }

    /// The line and column of a byte offset (clamped to the text).
    pub fn position(&self, offset: usize) -> Position {
        let offset = floor_char_boundary(&self.text, offset.min(self.text.len()));
        let line_index = match self.line_starts.binary_search(&offset) {
            Ok(i) => i,
            Err(i) => i - 1,
        };
        let line_start = self.line_starts[line_index];
        Position {
            line: line_index + 1,
            column: self.text[line_start..offset].chars().count() + 1,
        }
    }

    /// The byte offset of a 1-based line and column, as YAML and template parsers report them.
    pub fn offset(&self, line: usize, column: usize) -> usize {
        let Some(&start) = self.line_starts.get(line.saturating_sub(1)) else {
            return self.text.len();
        };
        let line_text = &self.text[start..self.line_end(start)];
        start
            + line_text
                .char_indices()
                .nth(column.saturating_sub(1))
                .map_or(line_text.len(), |(i, _)| i)
    }

    /// How many lines the text has (a final line end starts one more, empty line).
    pub fn line_count(&self) -> usize {
        self.line_starts.len()
    }

    /// The byte range of 0-based line `index`, without its line end (empty past the end).
    pub fn line_range(&self, index: usize) -> Range<usize> {
        match self.line_starts.get(index) {
            Some(&start) => start..self.line_end(start),
            None => self.text.len()..self.text.len(),
        }
    }

    fn line_end(&self, start: usize) -> usize {
        self.text[start..]
            .find(['\r', '\n'])
            .map_or(self.text.len(), |i| start + i)
    }

    /// The first occurrence of `token` as a whole word (not inside a longer id) at or after `from`.
    ///
    /// Serde does not keep positions of values, so semantic errors (an unknown category, a
    /// duplicate id) are located by finding the offending token in the file.
    pub fn find_token(&self, token: &str, from: usize) -> Option<Range<usize>> {
        if token.is_empty() {
            return None;
        }
        let is_id_char = |c: char| c.is_ascii_alphanumeric() || c == '-' || c == '_';
        let mut search_from = from.min(self.text.len());
        while let Some(found) = self.text.get(search_from..)?.find(token) {
            let start = search_from + found;
            let end = start + token.len();
            let before_ok = self.text[..start]
                .chars()
                .next_back()
                .is_none_or(|c| !is_id_char(c));
            let after_ok = self.text[end..]
                .chars()
                .next()
                .is_none_or(|c| !is_id_char(c));
            if before_ok && after_ok {
                return Some(start..end);
            }
            search_from = end;
        }
        None
    }

    /// The value written after the first `key:` (the rest of its line, trimmed), e.g.
    /// `"help.example.com"` in `base_url: "help.example.com"`, to point at a bad value that
    /// parsed well.
    pub fn value_of_key(&self, key: &str) -> Option<Range<usize>> {
        let mut from = 0;
        while let Some(key_span) = self.find_token(key, from) {
            let line_end = self.line_end(key_span.end);
            let rest = &self.text[key_span.end..line_end];
            if let Some(after_colon) = rest.trim_start_matches([' ', '\t']).strip_prefix(':') {
                let value = after_colon.trim();
                if !value.is_empty() {
                    let start = line_end - after_colon.trim_start().len();
                    return Some(start..start + value.len());
                }
            }
            from = key_span.end;
        }
        None
    }

    /// Finds `key:` followed (on the same line) by `value`, e.g. `category: payments`.
    pub fn find_key_value(&self, key: &str, value: &str) -> Option<Range<usize>> {
        self.find_key_value_from(key, value, 0)
    }

    /// Like [`SourceFile::find_key_value`], from byte offset `from` on: the entries of a list
    /// are found one after the other, so a repeated entry is found where it is repeated.
    pub fn find_key_value_from(&self, key: &str, value: &str, from: usize) -> Option<Range<usize>> {
        let mut from = from;
        while let Some(key_span) = self.find_token(key, from) {
            let line_end = self.line_end(key_span.end);
            if let Some(found) = self.find_token(value, key_span.end)
                && found.end <= line_end
            {
                return Some(found);
            }
            from = key_span.end;
        }
        None
    }
}

/// Where each line starts. A line ends at LF, CRLF or a lone CR (old Mac files), as in YAML,
/// so that line numbers from libyaml match the lines here.
fn line_starts(text: &str) -> Vec<usize> {
    let bytes = text.as_bytes();
    let ends = bytes
        .iter()
        .enumerate()
        .filter(|&(i, &byte)| byte == b'\n' || (byte == b'\r' && bytes.get(i + 1) != Some(&b'\n')));
    std::iter::once(0).chain(ends.map(|(i, _)| i + 1)).collect()
}

/// A stable 64-bit hash (the same in every run, unlike `HashMap`'s seeded one).
pub fn digest(bytes: &[u8]) -> u64 {
    use std::hash::Hasher;
    let mut hasher = std::hash::DefaultHasher::new();
    hasher.write(bytes);
    hasher.finish()
}

/// Paths are shown with forward slashes on every platform, so messages and tests agree.
pub fn display_path(path: &Path) -> String {
    path.to_string_lossy().replace('\\', "/")
}

fn floor_char_boundary(text: &str, mut offset: usize) -> usize {
    while !text.is_char_boundary(offset) {
        offset -= 1;
    }
    offset
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn positions_count_lines_and_characters() {
        let file = SourceFile::new("a.yaml", "ab\nżółw: x\n");
        assert_eq!(file.position(0), Position { line: 1, column: 1 });
        let colon = file.text.find(':').unwrap();
        assert_eq!(file.position(colon), Position { line: 2, column: 5 });
        assert_eq!(file.offset(2, 5), colon);
    }

    #[test]
    fn lone_cr_and_crlf_end_lines() {
        let file = SourceFile::new("a.yaml", "a: 1\rb: 2\r\nc: 3\nd");
        for (line, key) in [(2, "b"), (3, "c"), (4, "d")] {
            let offset = file.text.find(key).unwrap();
            assert_eq!(file.offset(line, 1), offset);
            assert_eq!(file.position(offset), Position { line, column: 1 });
        }
        assert_eq!(file.offset(1, 9), file.text.find('\r').unwrap());
    }

    #[test]
    fn byte_order_mark_is_dropped() {
        let file = SourceFile::new("a.yaml", "\u{feff}key: v");
        assert_eq!(file.text.as_str(), "key: v");
    }

    #[test]
    fn values_of_keys_are_found() {
        let file = SourceFile::new("a.yaml", "base_url_x: 1\nbase_url : \"x.org\"  \n");
        let span = file.value_of_key("base_url").unwrap();
        assert_eq!(&file.text[span], "\"x.org\"");
    }

    #[test]
    fn tokens_match_whole_ids_only() {
        let file = SourceFile::new("a.yaml", "related: [refunds-fast, refunds]\n");
        let span = file.find_token("refunds", 0).unwrap();
        assert_eq!(&file.text[span.clone()], "refunds");
        assert_eq!(span.start, file.text.rfind("refunds").unwrap());
    }
}
