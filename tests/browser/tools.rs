//! The tools from outside Cargo that the browser tests (tests/browser.rs) and the HTML check
//! (tests/html_valid.rs) need, whether this machine has them, and what a test binary does when it
//! does not. Both binaries are `harness = false` test targets run by libtest-mimic, so a test can
//! be reported as *ignored* at run time:
//!
//! - plain `cargo test` on a machine without the tools: every test of the binary is reported as
//!   ignored, by name, and one line on stderr says what is missing, which Debian package brings
//!   it and the command that installs everything: `bash tests/run.sh`. An ignored test is never
//!   counted as passed; `-- --ignored` runs them, and they then fail with the same message.
//! - `HELPSITE_REQUIRE_BROWSER_TESTS=1` (what `bash tests/run.sh` and so CI set): a missing tool
//!   makes every test of the binary fail with that message.
//! - `HELPSITE_SKIP_BROWSER_TESTS=1` (and no require variable): the tests are reported as ignored
//!   even when the tools are there, e.g. for a quick run while editing templates.
//!
//! Nothing here installs anything or touches the network: `tests/run.sh` does the installing.

// Each of the two test binaries uses a different part of this module.
#![allow(dead_code)]

use std::path::{Path, PathBuf};
use std::process::{Command, ExitCode};

use libtest_mimic::{Arguments, Trial};

/// Set by `tests/run.sh` (and so by CI): a missing tool fails the tests instead of leaving them
/// ignored.
pub const REQUIRE_VARIABLE: &str = "HELPSITE_REQUIRE_BROWSER_TESTS";
/// `1` reports the browser tests and the HTML check as ignored even on a machine with the tools.
pub const SKIP_VARIABLE: &str = "HELPSITE_SKIP_BROWSER_TESTS";
/// Another Chromium binary than Debian's `/usr/bin/chromium`.
pub const CHROMIUM_VARIABLE: &str = "HELPSITE_CHROMIUM";
const DEFAULT_CHROMIUM: &str = "/usr/bin/chromium";
/// The command that installs every tool below and runs the whole suite with them required.
pub const ENTRY_POINT: &str = "bash tests/run.sh";

/// One tool this machine lacks: what it is (and where it was looked for), and the Debian
/// packages that bring it.
#[derive(Clone, Debug)]
pub struct Missing {
    pub what: String,
    pub packages: &'static [&'static str],
}

fn repo_root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// `tests/browser/node_modules`, installed by `npm ci --prefix tests/browser` (which
/// `tests/run.sh` runs).
pub fn node_modules() -> PathBuf {
    repo_root().join("tests/browser/node_modules")
}

/// The Chromium binary the browser tests start.
pub fn chromium_path() -> PathBuf {
    std::env::var_os(CHROMIUM_VARIABLE)
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from(DEFAULT_CHROMIUM))
}

fn is_executable(path: &Path) -> bool {
    use std::os::unix::fs::PermissionsExt;
    path.metadata()
        .is_ok_and(|m| m.is_file() && m.permissions().mode() & 0o111 != 0)
}

pub fn chromium() -> Option<Missing> {
    let path = chromium_path();
    if is_executable(&path) {
        return None;
    }
    let what = match std::env::var_os(CHROMIUM_VARIABLE) {
        Some(_) => format!(
            "Chromium ({CHROMIUM_VARIABLE}={} is not an executable file)",
            path.display()
        ),
        None => format!("Chromium (nothing at {})", path.display()),
    };
    Some(Missing {
        what,
        packages: &["chromium"],
    })
}

/// A font with Chinese characters: without one, Chromium draws the Chinese pages' text as boxes
/// in the screenshots. Asks fontconfig (which Chromium uses to find fonts) when its `fc-list` is
/// installed, else looks for the file Debian's and Ubuntu's fonts-noto-cjk install.
pub fn cjk_font() -> Option<Missing> {
    let found = match Command::new("fc-list")
        .args([":lang=zh", "family"])
        .output()
    {
        Ok(output) => output.status.success() && !output.stdout.trim_ascii().is_empty(),
        Err(_) => Path::new("/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc").exists(),
    };
    (!found).then(|| Missing {
        what: "a CJK font, without which the Chinese screenshots show boxes".to_string(),
        packages: &["fonts-noto-cjk"],
    })
}

pub fn java() -> Option<Missing> {
    let works = Command::new("java")
        .arg("-version")
        .output()
        .is_ok_and(|o| o.status.success());
    (!works).then(|| Missing {
        what: "Java, which runs the Nu HTML checker (`java -version` failed)".to_string(),
        packages: &["default-jre-headless"],
    })
}

/// The file `file` of the npm package `name`, installed at the version that
/// `tests/browser/package-lock.json` pins; `Err` says what is wrong.
pub fn npm_package(name: &str, file: &str) -> Result<PathBuf, Missing> {
    let lock_path = repo_root().join("tests/browser/package-lock.json");
    let pinned = read_version(&lock_path, &["packages", &format!("node_modules/{name}")])
        .unwrap_or_else(|| panic!("{} does not pin {name}", lock_path.display()));
    let folder = node_modules().join(name);
    let installed = read_version(&folder.join("package.json"), &[]);
    let path = folder.join(file);
    let problem = match installed {
        _ if !path.exists() => "not installed".to_string(),
        Some(version) if version == pinned => return Ok(path),
        Some(version) => format!("{version} is installed: the lock file changed since"),
        None => "its package.json is unreadable".to_string(),
    };
    Err(Missing {
        what: format!(
            "the npm package {name} {pinned} in tests/browser/node_modules ({problem}; `npm ci \
             --prefix tests/browser` installs it)"
        ),
        packages: &["nodejs", "npm"],
    })
}

/// The `version` field of the JSON object at `path` (a key path into the file).
fn read_version(file: &Path, path: &[&str]) -> Option<String> {
    let text = std::fs::read_to_string(file).ok()?;
    let mut value: &serde_json::Value = &serde_json::from_str(&text).ok()?;
    for key in path {
        value = value.get(key)?;
    }
    Some(value.get("version")?.as_str()?.to_string())
}

/// What is missing, in one line: each tool with its Debian packages, and the command that installs
/// them all.
pub fn describe(missing: &[Missing]) -> String {
    let tools: Vec<String> = missing
        .iter()
        .map(|m| {
            let packages = match m.packages {
                [one] => format!("Debian package {one}"),
                many => format!("Debian packages {}", many.join(" and ")),
            };
            format!("{} [{packages}]", m.what)
        })
        .collect();
    format!(
        "this machine lacks {}. Install what is missing and run the whole suite with: {ENTRY_POINT}",
        tools.join("; ")
    )
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Mode {
    /// Ignored when a tool is missing (plain `cargo test`).
    Auto,
    /// Failed when a tool is missing (`tests/run.sh`, CI).
    Require,
    /// Ignored whatever is installed.
    Skip,
}

fn mode() -> Mode {
    let set = |name| std::env::var(name).is_ok_and(|v| v == "1");
    if set(REQUIRE_VARIABLE) {
        Mode::Require
    } else if set(SKIP_VARIABLE) {
        Mode::Skip
    } else {
        Mode::Auto
    }
}

/// The `main` of a test binary whose tests all need the tools of `missing` (empty: all there):
/// runs `tests` (name, body; a body fails by panicking, as a `#[test]` does) with libtest-mimic,
/// ignored or failed when a tool is missing, as the module documentation says. `suite` names
/// them in the note on stderr ("the browser tests").
pub fn run_suite(suite: &str, missing: Vec<Missing>, tests: Vec<(&'static str, fn())>) -> ExitCode {
    let args = Arguments::from_args();
    let mode = mode();
    let problem = (!missing.is_empty()).then(|| describe(&missing));
    let ignored = match mode {
        Mode::Require => false,
        Mode::Skip => true,
        Mode::Auto => problem.is_some(),
    };
    let trials: Vec<Trial> = tests
        .into_iter()
        .map(|(name, body)| {
            let problem = problem.clone();
            Trial::test(name, move || match problem {
                Some(problem) if mode == Mode::Require => Err(format!(
                    "{problem} ({REQUIRE_VARIABLE}=1: a missing tool is a failure)"
                )
                .into()),
                Some(problem) => Err(problem.into()),
                None => {
                    body();
                    Ok(())
                }
            })
            .with_ignored_flag(ignored)
        })
        .collect();
    // With --ignored or --include-ignored the ignored tests run (and fail if a tool is missing):
    // they are never counted as passed without having run. Otherwise one line says why they are
    // ignored, unless the filters leave none of them.
    let selected = trials.iter().filter(|t| !args.is_filtered_out(t)).count();
    if ignored && !(args.ignored || args.include_ignored) && !args.list && selected > 0 {
        let reason = match &problem {
            Some(problem) if mode == Mode::Auto => problem.clone(),
            _ => format!("{SKIP_VARIABLE}=1 is set; unset it, or run `{ENTRY_POINT}`"),
        };
        eprintln!("note: {selected} {suite} reported as ignored, not run: {reason}");
    }
    libtest_mimic::run(&args, trials).exit_code()
}
