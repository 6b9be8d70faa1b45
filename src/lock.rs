//! `locales/<locale>/translations.lock`: the source text each translation was made from.
//!
//! One line per translated message: `<file> <message> <hash of the source message>`, sorted,
//! so that two translators' changes merge line by line. `helpsite confirm` writes it; `check`
//! compares each hash with the source locale's current text and reports the translations made
//! from an older text as stale. The hash is FNV-1a of the message as Fluent's serializer writes
//! it (comments and formatting do not count), so it is the same on every machine and release.

use std::collections::BTreeMap;
use std::sync::Arc;

use fluent_syntax::ast;

use crate::diagnostics::{Code, Diagnostic, Diagnostics};
use crate::source::SourceFile;

/// Which `.ftl` file of a locale: `site`, `ui` or `articles/<id>`.
pub type FileKey = String;

#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct TranslationLock {
    /// Hashes by file, then by message: sorted as the file is, and a file's lines are one
    /// lookup away.
    entries: BTreeMap<FileKey, BTreeMap<String, String>>,
}

const HEADER: &str = "# The source text each translation was made from, as a hash per message.\n\
# Written by `helpsite confirm`; `helpsite check` reports translations whose source changed.\n";

impl TranslationLock {
    /// Parses a lock file; malformed lines are reported and skipped.
    pub fn parse(file: &Arc<SourceFile>) -> (Self, Diagnostics) {
        let mut lock = TranslationLock::default();
        let mut problems = Diagnostics::default();
        let mut offset = 0;
        for line in file.text.split_inclusive('\n') {
            let content = line.trim();
            if !content.is_empty() && !content.starts_with('#') {
                let fields: Vec<&str> = content.split_whitespace().collect();
                match fields.as_slice() {
                    [key, message, hash] if is_hash(hash) => {
                        lock.set(key, message, hash.to_string());
                    }
                    _ => problems.push(
                        Diagnostic::new(
                            Code::LockFile,
                            "this line of the lock file is not `<file> <message> <hash>`",
                        )
                        .at(file, offset..offset + line.trim_end().len())
                        .help("run `helpsite confirm <locale> --all` to write the file again"),
                    ),
                }
            }
            offset += line.len();
        }
        (lock, problems)
    }

    pub fn get(&self, file: &str, message: &str) -> Option<&str> {
        self.entries.get(file)?.get(message).map(String::as_str)
    }

    /// Every recorded `(file, message)`, sorted.
    pub fn entries(&self) -> impl Iterator<Item = (&str, &str)> {
        self.files()
            .flat_map(|(file, messages)| messages.map(move |message| (file, message)))
    }

    /// Every file with lines, sorted, with the messages of its lines, sorted.
    pub fn files(&self) -> impl Iterator<Item = (&str, impl Iterator<Item = &str>)> {
        self.entries
            .iter()
            .map(|(file, messages)| (file.as_str(), messages.keys().map(String::as_str)))
    }

    pub fn set(&mut self, file: &str, message: &str, hash: String) {
        self.entries
            .entry(file.to_string())
            .or_default()
            .insert(message.to_string(), hash);
    }

    pub fn to_text(&self) -> String {
        let mut text = String::from(HEADER);
        for (file, messages) in &self.entries {
            for (message, hash) in messages {
                text.push_str(&format!("{file} {message} {hash}\n"));
            }
        }
        text
    }
}

fn is_hash(text: &str) -> bool {
    text.len() == 16 && text.chars().all(|c| c.is_ascii_hexdigit())
}

/// The hash of a source message: its value and attributes, without comments.
pub fn source_hash(message: &ast::Message<&str>) -> String {
    let mut bare = message.clone();
    bare.comment = None;
    let resource = ast::Resource {
        body: vec![ast::Entry::Message(bare)],
    };
    let text = fluent_syntax::serializer::serialize(&resource);
    format!("{:016x}", fnv1a(text.as_bytes()))
}

/// 64-bit FNV-1a: tiny, fully specified, so lock files agree across machines and releases.
fn fnv1a(bytes: &[u8]) -> u64 {
    bytes.iter().fold(0xcbf2_9ce4_8422_2325, |hash, byte| {
        (hash ^ u64::from(*byte)).wrapping_mul(0x0100_0000_01b3)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn message_hash(source: &str) -> String {
        let resource = fluent_syntax::parser::parse(source).unwrap();
        match &resource.body[0] {
            ast::Entry::Message(message) => source_hash(message),
            other => panic!("not a message: {other:?}"),
        }
    }

    #[test]
    fn hashes_ignore_comments_and_layout_but_not_text() {
        let plain = message_hash("title = Why was my payment cancelled?\n");
        assert_eq!(
            plain,
            message_hash("# a note\ntitle =\n    Why was my payment cancelled?\n")
        );
        assert_ne!(plain, message_hash("title = Why was my order cancelled?\n"));
        assert_eq!(plain.len(), 16);
    }

    #[test]
    fn lock_files_round_trip_sorted() {
        let mut lock = TranslationLock::default();
        lock.set("ui", "home-heading", "0123456789abcdef".into());
        lock.set("articles/a", "title", "fedcba9876543210".into());
        let text = lock.to_text();
        assert!(text.find("articles/a").unwrap() < text.find("ui home-heading").unwrap());
        let (parsed, problems) = TranslationLock::parse(&SourceFile::new("l", text));
        assert!(problems.is_empty());
        assert_eq!(parsed, lock);
    }
}
