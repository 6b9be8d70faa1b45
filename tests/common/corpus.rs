//! Runs a corpus of input cases (`tests/invalid/`, `tests/valid/`) through the real binary.
//!
//! Each case is a folder with a `case.yaml` (the format is documented in
//! `tests/invalid/README.md`): how to make its site from the default one, the exit code and the
//! diagnostics helpsite must print. Every case starts from a copy of the default site's output
//! in `public/`, so the runner also checks that a failed build leaves that output as it was.

use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::fs;
use std::io::Read;
use std::path::{Component, Path, PathBuf};
use std::process::{Command, Output, Stdio};
use std::sync::Mutex;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::{Duration, Instant};

use serde::Deserialize;

use super::{SiteCopy, copy_dir, repo_root, tree};

/// A case that takes longer than this is reported as hanging.
const TIMEOUT: Duration = Duration::from_secs(60);

/// Set to run the cases marked `known_gap` too, to see which ones helpsite now gets right.
pub const GAPS_VARIABLE: &str = "HELPSITE_CORPUS_GAPS";
/// Set to a case name (or part of one) to run only the matching cases.
pub const FILTER_VARIABLE: &str = "HELPSITE_CORPUS";
/// Set to print what helpsite said for every case, passing or not.
pub const VERBOSE_VARIABLE: &str = "HELPSITE_CORPUS_VERBOSE";

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Case {
    /// What the case is about, in a few words.
    pub about: String,
    /// `build` (default) or `check`.
    #[serde(default)]
    pub command: Subcommand,
    /// Extra arguments after `--root DIR`, e.g. `[--strict]`.
    #[serde(default)]
    pub args: Vec<String>,
    /// Start from `files/` in the case folder instead of the default site.
    #[serde(default)]
    pub site: bool,
    #[serde(default)]
    pub delete: Vec<String>,
    /// Whole files, created or replaced.
    #[serde(default)]
    pub write: BTreeMap<String, String>,
    /// Textual edits of existing files; each `find` must occur exactly once.
    #[serde(default)]
    pub replace: Vec<Replace>,
    /// Files made of pieces: text, text repeated many times (deep nesting, huge inputs), raw
    /// bytes in hexadecimal (invalid UTF-8) or text encoded as UTF-16.
    #[serde(default)]
    pub generate: BTreeMap<String, Vec<Piece>>,
    /// Files whose line ends become CRLF.
    #[serde(default)]
    pub crlf: Vec<String>,
    /// Files that get a UTF-8 byte-order mark.
    #[serde(default)]
    pub bom: Vec<String>,
    /// Files whose every line gets trailing spaces.
    #[serde(default)]
    pub trailing_whitespace: Vec<String>,
    #[serde(default)]
    pub mkdir: Vec<String>,
    /// Symbolic links: link path -> target, written as is.
    #[serde(default)]
    pub symlink: BTreeMap<String, String>,
    /// Named pipes (FIFOs).
    #[serde(default)]
    pub fifo: Vec<String>,
    /// Permission bits in octal, e.g. `"000"`; the case is skipped if the file stays readable
    /// (running as root).
    #[serde(default)]
    pub chmod: BTreeMap<String, String>,
    /// The exit code.
    pub exit: i32,
    /// Diagnostics that must appear (others may appear too, unless `exclusive`).
    #[serde(default)]
    pub expect: Vec<Expect>,
    /// No diagnostics other than the expected ones.
    #[serde(default)]
    pub exclusive: bool,
    /// Codes that must not appear at all (follow-on errors, for example).
    #[serde(default)]
    pub absent: Vec<String>,
    /// The output must be byte for byte the default site's output (for `exit: 0`).
    #[serde(default)]
    pub same_output_as_default: bool,
    /// Texts that must not appear anywhere in stderr (a raw escape character, say).
    #[serde(default)]
    pub stderr_lacks: Vec<String>,
    /// An upper bound on the size of stderr: a huge input must not be echoed whole.
    pub stderr_max_bytes: Option<usize>,
    /// A file whose name is not UTF-8: made in `folder`, named by the bytes in `name_hex`.
    pub non_utf8_name: Option<NonUtf8Name>,
    /// helpsite does not get this case right yet: what is wrong. The case is skipped.
    pub known_gap: Option<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct NonUtf8Name {
    pub folder: String,
    pub name_hex: String,
    pub text: String,
}

#[derive(Debug, Default, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Subcommand {
    #[default]
    Build,
    Check,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Replace {
    pub file: String,
    pub find: String,
    pub with: String,
}

#[derive(Debug, Deserialize)]
#[serde(untagged)]
pub enum Piece {
    Text(String),
    Repeat {
        repeat: String,
        times: usize,
    },
    /// Bytes in hexadecimal, whitespace ignored.
    Hex {
        hex: String,
    },
    /// Text encoded as UTF-16, little-endian, without a byte-order mark.
    Utf16le {
        utf16le: String,
    },
}

impl Piece {
    fn bytes(&self) -> Result<Vec<u8>, String> {
        Ok(match self {
            Piece::Text(text) => text.as_bytes().to_vec(),
            Piece::Repeat { repeat, times } => repeat.repeat(*times).into_bytes(),
            Piece::Hex { hex } => decode_hex(hex)?,
            Piece::Utf16le { utf16le } => {
                utf16le.encode_utf16().flat_map(u16::to_le_bytes).collect()
            }
        })
    }
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Expect {
    /// `E011`, `W103`, ...
    pub code: String,
    /// Relative to the site root, with `/`.
    pub file: Option<String>,
    pub line: Option<usize>,
    pub column: Option<usize>,
    /// The position is where this text starts in `file` (as the case leaves it).
    pub at: Option<String>,
    /// Which occurrence of `at`, from 1.
    pub nth: Option<usize>,
    /// Text the diagnostic (message, label or help) must contain.
    #[serde(default)]
    pub contains: Contains,
    /// Text the diagnostic must not contain (jargon, such as Rust type names).
    #[serde(default)]
    pub lacks: Vec<String>,
    /// The diagnostic has no position, only a path.
    #[serde(default)]
    pub path_only: bool,
}

#[derive(Debug, Default, Deserialize)]
#[serde(untagged)]
pub enum Contains {
    #[default]
    Nothing,
    One(String),
    All(Vec<String>),
}

impl Contains {
    fn texts(&self) -> &[String] {
        match self {
            Contains::Nothing => &[],
            Contains::One(text) => std::slice::from_ref(text),
            Contains::All(texts) => texts,
        }
    }
}

/// One diagnostic as printed on stderr.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Printed {
    pub code: String,
    pub file: Option<String>,
    pub line: Option<usize>,
    pub column: Option<usize>,
    /// The whole diagnostic, wrapped lines joined.
    pub text: String,
}

impl Printed {
    /// Whether the text contains `needle`; a long word may have been wrapped anywhere, so
    /// whitespace is ignored if the plain search fails.
    pub fn mentions(&self, needle: &str) -> bool {
        let squeeze = |s: &str| s.chars().filter(|c| !c.is_whitespace()).collect::<String>();
        self.text.contains(needle) || squeeze(&self.text).contains(&squeeze(needle))
    }

    fn place(&self) -> String {
        match (&self.file, self.line, self.column) {
            (Some(file), Some(line), Some(column)) => format!("{file}:{line}:{column}"),
            (Some(file), _, _) => file.clone(),
            _ => "(no place)".into(),
        }
    }

    fn summary(&self) -> String {
        let mut text = self.text.clone();
        if text.len() > 300 {
            let mut end = 300;
            while !text.is_char_boundary(end) {
                end -= 1;
            }
            text.truncate(end);
            text.push_str("...");
        }
        format!("[{}] at {}: {}", self.code, self.place(), text)
    }
}

/// Reads every diagnostic from helpsite's stderr (no colours when it is not a terminal).
///
/// A diagnostic starts with a header line `× [E011] message` (or `⚠` for warnings); a message
/// may wrap onto lines starting with `│`. Located diagnostics then have a `╭─[file:line:column]`
/// line; the others put their path first: `[E001] path: message`.
pub fn parse_diagnostics(stderr: &str, root: &Path) -> Vec<Printed> {
    #[derive(PartialEq)]
    enum State {
        Outside,
        Header,
        Snippet,
        After,
    }
    let stderr = strip_ansi(stderr);
    let root_prefix = format!("{}/", root.display());
    let mut found: Vec<Printed> = Vec::new();
    let mut state = State::Outside;
    for line in stderr.lines() {
        let trimmed = line.trim();
        let after_glyph = trimmed
            .strip_prefix(['×', '⚠', '☞', '!', 'x'])
            .map_or(trimmed, str::trim_start);
        if let Some((code, rest)) = header(after_glyph) {
            found.push(Printed {
                code: code.to_string(),
                file: None,
                line: None,
                column: None,
                text: rest.trim().to_string(),
            });
            state = State::Header;
            continue;
        }
        let Some(current) = found.last_mut() else {
            continue;
        };
        if state == State::Header {
            if let Some(place) = trimmed
                .strip_prefix("╭─[")
                .and_then(|rest| rest.strip_suffix(']'))
            {
                let mut parts = place.rsplitn(3, ':');
                let column = parts.next().and_then(|c| c.parse().ok());
                let line = parts.next().and_then(|l| l.parse().ok());
                if let (Some(line), Some(column), Some(file)) = (line, column, parts.next()) {
                    let file = file.strip_prefix(&root_prefix).unwrap_or(file);
                    current.file = Some(file.to_string());
                    current.line = Some(line);
                    current.column = Some(column);
                }
                state = State::Snippet;
                continue;
            }
            if let Some(wrapped) = trimmed.strip_prefix('│') {
                push_wrapped(&mut current.text, wrapped);
                continue;
            }
            state = State::After;
        }
        match state {
            State::Snippet if trimmed.starts_with('╰') => state = State::After,
            State::Snippet => {
                // A label under the marker: `·   ╰── unknown field`.
                if let Some((_, label)) = trimmed.split_once("╰── ") {
                    push_wrapped(&mut current.text, label);
                }
            }
            // Help lines are indented; the summary line after all diagnostics is not.
            State::After if !line.starts_with(char::is_whitespace) => state = State::Outside,
            State::After => push_wrapped(&mut current.text, trimmed),
            State::Outside | State::Header => {}
        }
    }
    for printed in &mut found {
        if printed.file.is_none()
            && let Some((path, _)) = printed.text.split_once(": ")
            && !path.contains('`')
            && (path.contains('/') || path.contains('.'))
        {
            printed.file = Some(path.strip_prefix(&root_prefix).unwrap_or(path).to_string());
        }
    }
    found
}

/// Adds a line to a diagnostic's text; wrapped lines were split at a space or after a hyphen.
fn push_wrapped(text: &mut String, piece: &str) {
    let piece = piece.trim();
    if piece.is_empty() {
        return;
    }
    if !text.is_empty() && !text.ends_with('-') {
        text.push(' ');
    }
    text.push_str(piece);
}

/// `[E011] rest` -> (`E011`, `rest`).
fn header(line: &str) -> Option<(&str, &str)> {
    let rest = line.strip_prefix('[')?;
    let (code, rest) = rest.split_at_checked(4)?;
    let mut chars = code.chars();
    let well_formed =
        chars.next().is_some_and(|c| c == 'E' || c == 'W') && chars.all(|c| c.is_ascii_digit());
    let rest = rest.strip_prefix(']')?;
    well_formed.then_some((code, rest))
}

fn strip_ansi(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        if c == '\u{1b}' && chars.peek() == Some(&'[') {
            for c in chars.by_ref() {
                if c.is_ascii_alphabetic() {
                    break;
                }
            }
        } else {
            out.push(c);
        }
    }
    out
}

/// The default site, built once: every case starts with this output in `public/`.
pub struct Baseline {
    site: SiteCopy,
    pub tree: BTreeMap<String, Vec<u8>>,
}

impl Baseline {
    pub fn build() -> Self {
        let site = SiteCopy::new();
        site.build_ok();
        let tree = tree(&site.out());
        assert!(!tree.is_empty(), "the default site builds into public/");
        Baseline { site, tree }
    }
}

/// What happened to one case.
pub enum Verdict {
    Pass,
    Fail(String),
    Skip(String),
}

/// A case folder: `tests/<corpus>/<name>/case.yaml`.
pub struct CaseDir {
    pub name: String,
    pub dir: PathBuf,
}

pub fn case_dirs(corpus: &str) -> Vec<CaseDir> {
    let base = repo_root().join("tests").join(corpus);
    let mut cases: Vec<CaseDir> = fs::read_dir(&base)
        .unwrap_or_else(|e| panic!("read {}: {e}", base.display()))
        .map(|entry| entry.expect("read corpus entry").path())
        .filter(|path| path.join("case.yaml").is_file())
        .map(|dir| CaseDir {
            name: dir.file_name().unwrap().to_string_lossy().into_owned(),
            dir,
        })
        .collect();
    cases.sort_by(|a, b| a.name.cmp(&b.name));
    cases
}

pub fn load_case(dir: &Path) -> Result<Case, String> {
    let path = dir.join("case.yaml");
    let text = fs::read_to_string(&path).map_err(|e| format!("read {}: {e}", path.display()))?;
    serde_yaml::from_str(&text).map_err(|e| format!("{}: {e}", path.display()))
}

/// Runs every case of `tests/<corpus>/` on a few threads and panics with all failures together.
/// Returns the number of cases that passed.
pub fn run_corpus(corpus: &str, minimum_cases: usize) -> usize {
    let cases = case_dirs(corpus);
    assert!(
        cases.len() >= minimum_cases,
        "tests/{corpus} holds {} cases, expected at least {minimum_cases}",
        cases.len()
    );
    let filter = std::env::var(FILTER_VARIABLE).ok();
    let run_gaps = std::env::var_os(GAPS_VARIABLE).is_some();
    let cases: Vec<CaseDir> = cases
        .into_iter()
        .filter(|c| filter.as_deref().is_none_or(|f| c.name.contains(f)))
        .collect();

    let baseline = Baseline::build();
    let next = AtomicUsize::new(0);
    let results: Mutex<Vec<(String, Option<String>, Verdict)>> = Mutex::new(Vec::new());
    let workers = std::thread::available_parallelism().map_or(2, |n| n.get().clamp(2, 8));
    std::thread::scope(|scope| {
        for _ in 0..workers {
            scope.spawn(|| {
                loop {
                    let index = next.fetch_add(1, Ordering::Relaxed);
                    let Some(case_dir) = cases.get(index) else {
                        break;
                    };
                    let (gap, verdict) = match load_case(&case_dir.dir) {
                        Err(error) => (None, Verdict::Fail(format!("bad case.yaml: {error}"))),
                        Ok(case) => {
                            let gap = case.known_gap.clone();
                            let verdict = if gap.is_some() && !run_gaps {
                                Verdict::Skip("known gap".into())
                            } else {
                                run_case(&case_dir.dir, &case, &baseline)
                            };
                            (gap, verdict)
                        }
                    };
                    results
                        .lock()
                        .unwrap()
                        .push((case_dir.name.clone(), gap, verdict));
                }
            });
        }
    });

    let mut results = results.into_inner().unwrap();
    results.sort_by(|a, b| a.0.cmp(&b.0));
    let mut failures = String::new();
    let (mut passed, mut skipped) = (0, 0);
    for (name, gap, verdict) in &results {
        match (verdict, gap) {
            (Verdict::Pass, None) => passed += 1,
            (Verdict::Pass, Some(gap)) => {
                passed += 1;
                eprintln!("NOW PASSES  {name}: remove its known_gap ({gap})");
            }
            (Verdict::Skip(why), Some(gap)) if why == "known gap" => {
                skipped += 1;
                eprintln!("skipped     {name}: known gap: {gap}");
            }
            (Verdict::Skip(why), _) => {
                skipped += 1;
                eprintln!("skipped     {name}: {why}");
            }
            (Verdict::Fail(why), Some(gap)) => {
                skipped += 1;
                eprintln!("still a gap {name}: {gap}\n{}", indent(why));
            }
            (Verdict::Fail(why), None) => {
                let _ = writeln!(failures, "\n=== case {name} ===\n{why}");
            }
        }
    }
    eprintln!(
        "tests/{corpus}: {} cases, {passed} passed, {skipped} skipped, {} failed",
        results.len(),
        results.len() - passed - skipped
    );
    assert!(failures.is_empty(), "failing cases:{failures}");
    passed
}

fn indent(text: &str) -> String {
    text.lines().map(|line| format!("    {line}\n")).collect()
}

/// Makes the case's site, runs helpsite on it and checks everything the case expects.
pub fn run_case(case_dir: &Path, case: &Case, baseline: &Baseline) -> Verdict {
    let site = if case.site {
        let site = SiteCopy {
            dir: tempfile::tempdir().expect("temp dir"),
        };
        copy_dir(&case_dir.join("files"), site.root());
        site
    } else {
        SiteCopy::new()
    };
    if let Err(problem) = prepare(site.root(), case) {
        return Verdict::Fail(format!("cannot prepare the case: {problem}"));
    }
    if let Some(skip) = unreadable_skip(site.root(), case) {
        return Verdict::Skip(skip);
    }
    copy_dir(&baseline.site.out(), &site.out());
    let before = listing(site.root());

    let root = site.root().to_str().expect("UTF-8 temp path");
    let command = match case.command {
        Subcommand::Build => "build",
        Subcommand::Check => "check",
    };
    let mut args = vec![command, "--root", root];
    // `{root}` in an argument stands for the site's folder (`--out {root}/content`).
    let case_args: Vec<String> = case
        .args
        .iter()
        .map(|a| a.replace("{root}", root))
        .collect();
    args.extend(case_args.iter().map(String::as_str));
    let output = match run_with_timeout(&args, TIMEOUT) {
        Ok(output) => output,
        Err(problem) => return Verdict::Fail(problem),
    };
    let stderr = String::from_utf8_lossy(&output.stderr).into_owned();
    let printed = parse_diagnostics(&stderr, site.root());

    let mut problems = Vec::new();
    match output.status.code() {
        Some(code) if code == case.exit => {}
        Some(code) => problems.push(format!("exit code {code}, expected {}", case.exit)),
        None => problems.push(format!(
            "helpsite was killed by a signal ({}), expected exit code {}",
            output.status, case.exit
        )),
    }
    if stderr.contains("panicked") {
        problems.push("helpsite panicked".into());
    }
    for text in &case.stderr_lacks {
        if stderr.contains(text.as_str()) {
            problems.push(format!("stderr contains {text:?}"));
        }
    }
    if let Some(max) = case.stderr_max_bytes
        && output.stderr.len() > max
    {
        problems.push(format!(
            "stderr has {} bytes, at most {max} expected",
            output.stderr.len()
        ));
    }
    let mut matched = vec![false; printed.len()];
    for expect in &case.expect {
        match check_expect(site.root(), expect, &printed) {
            Ok(index) => matched[index] = true,
            Err(problem) => problems.push(problem),
        }
    }
    for p in printed.iter().filter(|p| case.absent.contains(&p.code)) {
        problems.push(format!("diagnostic that must not appear: {}", p.summary()));
    }
    if case.exclusive {
        for (printed, _) in printed.iter().zip(&matched).filter(|(_, m)| !**m) {
            problems.push(format!("unexpected diagnostic {}", printed.summary()));
        }
    }
    if case.exit == 0 && printed.iter().any(|p| p.code.starts_with('E')) {
        problems.push("an error was reported, but the case expects success".into());
    }

    let after_tree = tree(&site.out());
    if (case.exit != 0 || case.same_output_as_default)
        && let Some(difference) = compare_trees(&baseline.tree, &after_tree)
    {
        problems.push(if case.exit != 0 {
            format!("the failed build changed the previous output: {difference}")
        } else {
            format!("the output differs from the default site's: {difference}")
        });
    }
    let after = listing(site.root());
    if after != before {
        let new: Vec<&String> = after.iter().filter(|p| !before.contains(p)).collect();
        let gone: Vec<&String> = before.iter().filter(|p| !after.contains(p)).collect();
        problems.push(format!(
            "the site folder changed outside public/: new {new:?}, gone {gone:?}"
        ));
    }

    if std::env::var_os(VERBOSE_VARIABLE).is_some() {
        let name = case_dir.file_name().unwrap_or_default().to_string_lossy();
        let mut said = format!("--- {name}: exit {:?}\n", output.status.code());
        for p in &printed {
            let _ = writeln!(said, "    {}", p.summary());
        }
        eprint!("{said}");
    }
    if problems.is_empty() {
        return Verdict::Pass;
    }
    let mut report = format!("about: {}\n", case.about);
    for problem in problems {
        let _ = writeln!(report, "- {problem}");
    }
    let _ = writeln!(report, "diagnostics helpsite printed:");
    for p in &printed {
        let _ = writeln!(report, "    {}", p.summary());
    }
    let shown: String = stderr
        .lines()
        .take(80)
        .map(|l| format!("  | {l}\n"))
        .collect();
    let _ = write!(report, "stderr (first 80 lines):\n{shown}");
    Verdict::Fail(report)
}

/// Finds the diagnostic an expectation describes; on failure, says what was expected and what
/// came closest.
fn check_expect(root: &Path, expect: &Expect, printed: &[Printed]) -> Result<usize, String> {
    let (line, column) = match expected_position(root, expect) {
        Ok(position) => position,
        Err(problem) => return Err(format!("bad expectation: {problem}")),
    };
    let wanted = |p: &Printed, strict_place: bool| {
        p.code == expect.code
            && (!strict_place
                || (expect.file.is_none() || p.file == expect.file)
                    && (line.is_none() || p.line == line)
                    && (column.is_none() || p.column == column)
                    && (!expect.path_only || p.line.is_none()))
            && expect.contains.texts().iter().all(|t| p.mentions(t))
            && !expect.lacks.iter().any(|t| p.mentions(t))
    };
    if let Some(index) = printed.iter().position(|p| wanted(p, true)) {
        return Ok(index);
    }
    let mut place = expect.file.clone().unwrap_or_else(|| "(any file)".into());
    if let (Some(line), Some(column)) = (line, column) {
        let _ = write!(place, ":{line}:{column}");
    }
    if expect.path_only {
        place.push_str(" (path only)");
    }
    let mut problem = format!("missing [{}] at {place}", expect.code);
    if !expect.contains.texts().is_empty() {
        let _ = write!(problem, " containing {:?}", expect.contains.texts());
    }
    if !expect.lacks.is_empty() {
        let _ = write!(problem, " without {:?}", expect.lacks);
    }
    let near: Vec<&Printed> = printed
        .iter()
        .filter(|p| p.code == expect.code || wanted(p, false))
        .collect();
    if !near.is_empty() {
        problem.push_str("; closest:");
        for p in near {
            let _ = write!(problem, "\n      {}", p.summary());
        }
    }
    Err(problem)
}

fn expected_position(
    root: &Path,
    expect: &Expect,
) -> Result<(Option<usize>, Option<usize>), String> {
    let Some(at) = &expect.at else {
        return Ok((expect.line, expect.column));
    };
    let file = expect.file.as_ref().ok_or("`at` needs `file`")?;
    let text = fs::read_to_string(root.join(file)).map_err(|e| format!("read {file}: {e}"))?;
    let text = text.strip_prefix('\u{feff}').unwrap_or(&text);
    let nth = expect.nth.unwrap_or(1).max(1);
    let offset = text
        .match_indices(at.as_str())
        .nth(nth - 1)
        .map(|(i, _)| i)
        .ok_or_else(|| format!("`{at}` (occurrence {nth}) is not in {file}"))?;
    let line_start = text[..offset].rfind('\n').map_or(0, |i| i + 1);
    let line = text[..offset].matches('\n').count() + 1;
    let column = text[line_start..offset].chars().count() + 1;
    Ok((Some(line), Some(column)))
}

/// The first difference between two output trees.
fn compare_trees(
    expected: &BTreeMap<String, Vec<u8>>,
    actual: &BTreeMap<String, Vec<u8>>,
) -> Option<String> {
    let missing: Vec<&String> = expected
        .keys()
        .filter(|k| !actual.contains_key(*k))
        .collect();
    let extra: Vec<&String> = actual
        .keys()
        .filter(|k| !expected.contains_key(*k))
        .collect();
    let changed: Vec<&String> = expected
        .iter()
        .filter(|(k, v)| actual.get(*k).is_some_and(|a| a != *v))
        .map(|(k, _)| k)
        .collect();
    if missing.is_empty() && extra.is_empty() && changed.is_empty() {
        return None;
    }
    let few = |list: &[&String]| {
        let shown: Vec<&str> = list.iter().take(5).map(|s| s.as_str()).collect();
        format!("{} ({})", list.len(), shown.join(", "))
    };
    Some(format!(
        "missing {}, extra {}, changed {}",
        few(&missing),
        few(&extra),
        few(&changed)
    ))
}

/// Every path under `root` except inside `public/`, so leftovers (staging folders) show up.
fn listing(root: &Path) -> Vec<String> {
    let mut paths: Vec<String> = walkdir::WalkDir::new(root)
        .min_depth(1)
        .into_iter()
        .filter_entry(|e| e.path() != root.join("public"))
        .filter_map(Result::ok)
        .map(|e| e.path().strip_prefix(root).unwrap().display().to_string())
        .collect();
    paths.sort();
    paths
}

/// A path from a case.yaml: relative, inside the site.
fn site_path(root: &Path, relative: &str) -> Result<PathBuf, String> {
    let path = Path::new(relative);
    if relative.is_empty() || !path.components().all(|c| matches!(c, Component::Normal(_))) {
        return Err(format!(
            "`{relative}` must be a relative path inside the site"
        ));
    }
    Ok(root.join(path))
}

fn create_parent(path: &Path) -> Result<(), String> {
    let parent = path.parent().expect("a path inside the site has a parent");
    fs::create_dir_all(parent).map_err(|e| format!("create {}: {e}", parent.display()))
}

fn write_bytes(path: &Path, bytes: &[u8]) -> Result<(), String> {
    create_parent(path)?;
    fs::write(path, bytes).map_err(|e| format!("write {}: {e}", path.display()))
}

fn edit(root: &Path, relative: &str, change: impl Fn(&str) -> String) -> Result<(), String> {
    let path = site_path(root, relative)?;
    let text = fs::read_to_string(&path).map_err(|e| format!("read {relative}: {e}"))?;
    write_bytes(&path, change(&text).as_bytes())
}

/// Applies the case's changes, in the order documented in the README.
fn prepare(root: &Path, case: &Case) -> Result<(), String> {
    for relative in &case.delete {
        let path = site_path(root, relative)?;
        let result = if path.is_dir() {
            fs::remove_dir_all(&path)
        } else {
            fs::remove_file(&path)
        };
        result.map_err(|e| format!("delete {relative}: {e}"))?;
    }
    for (relative, text) in &case.write {
        write_bytes(&site_path(root, relative)?, text.as_bytes())?;
    }
    for replace in &case.replace {
        let path = site_path(root, &replace.file)?;
        let text = fs::read_to_string(&path).map_err(|e| format!("read {}: {e}", replace.file))?;
        let count = text.matches(replace.find.as_str()).count();
        if count != 1 {
            return Err(format!(
                "`{}` occurs {count} times in {}, expected exactly once",
                replace.find, replace.file
            ));
        }
        write_bytes(
            &path,
            text.replacen(&replace.find, &replace.with, 1).as_bytes(),
        )?;
    }
    for (relative, pieces) in &case.generate {
        let mut bytes = Vec::new();
        for piece in pieces {
            bytes.extend(piece.bytes()?);
        }
        write_bytes(&site_path(root, relative)?, &bytes)?;
    }
    for relative in &case.trailing_whitespace {
        edit(root, relative, |text| {
            text.lines().map(|line| format!("{line}   \n")).collect()
        })?;
    }
    for relative in &case.crlf {
        edit(root, relative, |text| {
            text.replace("\r\n", "\n").replace('\n', "\r\n")
        })?;
    }
    for relative in &case.bom {
        edit(root, relative, |text| format!("\u{feff}{text}"))?;
    }
    for relative in &case.mkdir {
        let path = site_path(root, relative)?;
        fs::create_dir_all(&path).map_err(|e| format!("mkdir {relative}: {e}"))?;
    }
    special_files(root, case)
}

#[cfg(unix)]
fn special_files(root: &Path, case: &Case) -> Result<(), String> {
    use std::os::unix::ffi::OsStrExt;
    use std::os::unix::fs::PermissionsExt;

    if let Some(bad) = &case.non_utf8_name {
        let name = decode_hex(&bad.name_hex)?;
        let path = site_path(root, &bad.folder)?.join(std::ffi::OsStr::from_bytes(&name));
        write_bytes(&path, bad.text.as_bytes())?;
    }
    for (link, target) in &case.symlink {
        let path = site_path(root, link)?;
        create_parent(&path)?;
        std::os::unix::fs::symlink(target, &path).map_err(|e| format!("symlink {link}: {e}"))?;
    }
    for relative in &case.fifo {
        let path = site_path(root, relative)?;
        create_parent(&path)?;
        let status = Command::new("mkfifo")
            .arg(&path)
            .status()
            .map_err(|e| format!("run mkfifo: {e}"))?;
        if !status.success() {
            return Err(format!("mkfifo {relative} failed"));
        }
    }
    for (relative, mode) in &case.chmod {
        let path = site_path(root, relative)?;
        let mode = u32::from_str_radix(mode, 8).map_err(|e| format!("mode {mode}: {e}"))?;
        fs::set_permissions(&path, fs::Permissions::from_mode(mode))
            .map_err(|e| format!("chmod {relative}: {e}"))?;
    }
    Ok(())
}

#[cfg(not(unix))]
fn special_files(_: &Path, case: &Case) -> Result<(), String> {
    if case.symlink.is_empty()
        && case.fifo.is_empty()
        && case.chmod.is_empty()
        && case.non_utf8_name.is_none()
    {
        Ok(())
    } else {
        Err("symlinks, FIFOs and modes are made on Unix only".into())
    }
}

/// A reason to skip a `chmod` case: the files it made unreadable can be read all the same (root).
fn unreadable_skip(root: &Path, case: &Case) -> Option<String> {
    let readable: Vec<&String> = case
        .chmod
        .keys()
        .filter(|relative| {
            let path = root.join(relative);
            if path.is_dir() {
                fs::read_dir(&path).is_ok()
            } else {
                fs::File::open(&path).is_ok()
            }
        })
        .collect();
    (!readable.is_empty()).then(|| {
        format!(
            "{readable:?} can still be read after chmod (running as root?), so this case cannot \
             make an unreadable file here"
        )
    })
}

fn decode_hex(hex: &str) -> Result<Vec<u8>, String> {
    let digits: Vec<u8> = hex.bytes().filter(|b| !b.is_ascii_whitespace()).collect();
    if !digits.len().is_multiple_of(2) {
        return Err("odd number of hex digits".into());
    }
    digits
        .chunks(2)
        .map(|pair| {
            let pair = std::str::from_utf8(pair).map_err(|e| e.to_string())?;
            u8::from_str_radix(pair, 16).map_err(|e| format!("hex `{pair}`: {e}"))
        })
        .collect()
}

/// Runs the real binary, killing it after `timeout` (a hang is a failure, not a stuck suite).
pub fn run_with_timeout(args: &[&str], timeout: Duration) -> Result<Output, String> {
    let mut child = Command::new(env!("CARGO_BIN_EXE_helpsite"))
        .args(args)
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .map_err(|e| format!("run helpsite: {e}"))?;
    let drain = |mut pipe: Box<dyn Read + Send>| {
        std::thread::spawn(move || {
            let mut bytes = Vec::new();
            let _ = pipe.read_to_end(&mut bytes);
            bytes
        })
    };
    let stdout = drain(Box::new(child.stdout.take().expect("piped stdout")));
    let stderr = drain(Box::new(child.stderr.take().expect("piped stderr")));
    let started = Instant::now();
    let status = loop {
        match child.try_wait() {
            Ok(Some(status)) => break status,
            Ok(None) if started.elapsed() > timeout => {
                let _ = child.kill();
                let _ = child.wait();
                let stderr = stderr.join().unwrap_or_default();
                return Err(format!(
                    "helpsite did not finish within {} s (killed); stderr:\n{}",
                    timeout.as_secs(),
                    String::from_utf8_lossy(&stderr)
                ));
            }
            Ok(None) => std::thread::sleep(Duration::from_millis(10)),
            Err(e) => return Err(format!("wait for helpsite: {e}")),
        }
    };
    Ok(Output {
        status,
        stdout: stdout.join().unwrap_or_default(),
        stderr: stderr.join().unwrap_or_default(),
    })
}
