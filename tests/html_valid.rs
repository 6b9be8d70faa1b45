//! The W3C Nu HTML checker (npm `vnu-jar`, run on the machine's Java) over every page of the
//! default site and of the right-to-left test site with the pseudo-locales: no errors.
//!
//! Needs Java (Debian's default-jre-headless) and vnu-jar from `npm ci --prefix tests/browser`:
//! `bash tests/run.sh` installs them. Without them plain `cargo test` reports the check as
//! ignored, with that hint, and `HELPSITE_REQUIRE_BROWSER_TESTS=1` (set by tests/run.sh, and so by
//! CI) makes it fail (tests/browser/tools.rs; this is a `harness = false` test target run by
//! libtest-mimic).

mod common;
#[path = "browser/tools.rs"]
mod tools;

use std::path::{Path, PathBuf};
use std::process::{Command, ExitCode};

use common::SiteCopy;

/// The Nu HTML checker, as npm's vnu-jar installs it.
fn vnu_jar() -> Result<PathBuf, tools::Missing> {
    tools::npm_package("vnu-jar", "build/dist/vnu.jar")
}

fn main() -> ExitCode {
    let mut missing: Vec<tools::Missing> = tools::java().into_iter().collect();
    missing.extend(vnu_jar().err());
    tools::run_suite(
        "HTML check",
        missing,
        vec![(
            "every_generated_page_is_valid_html",
            every_generated_page_is_valid_html as fn(),
        )],
    )
}

#[derive(serde::Deserialize)]
struct Report {
    messages: Vec<Message>,
}

#[derive(serde::Deserialize)]
struct Message {
    #[serde(rename = "type")]
    kind: String,
    url: Option<String>,
    #[serde(rename = "lastLine")]
    line: Option<u32>,
    #[serde(rename = "firstColumn")]
    column: Option<u32>,
    message: String,
    extract: Option<String>,
}

fn every_generated_page_is_valid_html() {
    // main checked Java and the jar before any test ran.
    let jar = vnu_jar().unwrap_or_else(|missing| panic!("{}", tools::describe(&[missing])));

    let site = SiteCopy::new();
    site.build_ok();
    let out = site.out();
    // The right-to-left test site with both pseudo-locales (issue 15), built inside the same
    // folder so that one run of the checker reads both.
    let rtl = tempfile::tempdir().unwrap();
    common::rtl_site::write(rtl.path(), &common::repo_root());
    let built = common::helpsite(&[
        "build",
        "--pseudo",
        "--no-search",
        "--root",
        rtl.path().to_str().unwrap(),
        "--out",
        out.join("rtl-site").to_str().unwrap(),
    ]);
    assert!(built.status.success(), "{}", common::stderr(&built));
    let pages = walkdir::WalkDir::new(&out)
        .into_iter()
        .filter_map(Result::ok)
        .filter(|e| e.path().extension().is_some_and(|x| x == "html"))
        .count();
    assert!(pages > 30, "only {pages} pages were built");

    // With a folder, vnu checks every file below it: --skip-non-html keeps the .html ones (not
    // the search index, the stylesheet or sitemap.xml).
    let output = Command::new("java")
        .arg("-jar")
        .arg(&jar)
        .args(["--errors-only", "--skip-non-html", "--format", "json"])
        .arg(&out)
        .output()
        .expect("run java -jar vnu.jar");
    let stderr = String::from_utf8_lossy(&output.stderr);
    let report: Report = serde_json::from_str(stderr.trim()).unwrap_or_else(|e| {
        panic!("the Nu HTML checker's output is not its JSON report ({e}):\n{stderr}")
    });
    let errors: Vec<String> = report
        .messages
        .iter()
        .filter(|m| m.kind != "info")
        .map(|m| describe(m, &out))
        .collect();
    assert!(
        errors.is_empty() && output.status.success(),
        "the Nu HTML checker found {} error(s) in the {pages} built pages:\n{}",
        errors.len(),
        errors.join("\n")
    );
    eprintln!("Nu HTML checker: {pages} pages, no errors");
}

/// `en/index.html:12:5: message` and the extract.
fn describe(message: &Message, out: &Path) -> String {
    let file = message
        .url
        .as_deref()
        .map(|u| u.trim_start_matches("file:"))
        .map(|p| {
            Path::new(p)
                .strip_prefix(out)
                .map(|r| r.display().to_string())
                .unwrap_or_else(|_| p.to_string())
        })
        .unwrap_or_else(|| "?".to_string());
    let mut text = format!(
        "{file}:{}:{}: {}: {}",
        message.line.unwrap_or(0),
        message.column.unwrap_or(0),
        message.kind,
        message.message
    );
    if let Some(extract) = &message.extract {
        text.push_str(&format!("\n    {}", extract.replace('\n', "⏎")));
    }
    text
}
