//! The W3C Nu HTML checker (npm `vnu-jar`, run on the machine's Java) over every page of the
//! default site: no errors.
//!
//! Needs Java and `npm ci --prefix tests/browser`; fails with that hint when they are missing,
//! unless HELPSITE_SKIP_BROWSER_TESTS=1 (CI never sets it).

mod common;

use std::path::Path;
use std::process::Command;

use common::SiteCopy;

const SKIP_VARIABLE: &str = "HELPSITE_SKIP_BROWSER_TESTS";

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

#[test]
fn every_generated_page_is_valid_html() {
    if std::env::var(SKIP_VARIABLE).is_ok_and(|v| v == "1") {
        eprintln!("every_generated_page_is_valid_html: skipped because {SKIP_VARIABLE}=1");
        return;
    }
    let jar = common::repo_root().join("tests/browser/node_modules/vnu-jar/build/dist/vnu.jar");
    assert!(
        jar.exists(),
        "the Nu HTML checker is not installed ({} is missing).\nInstall it with: npm ci --prefix \
         tests/browser   (the version is pinned in tests/browser/package-lock.json)\n(or set \
         {SKIP_VARIABLE}=1 to skip the browser tests and the HTML check; CI never sets it)",
        jar.display()
    );
    let java = Command::new("java").arg("-version").output();
    assert!(
        java.is_ok_and(|o| o.status.success()),
        "Java is needed for the Nu HTML checker and `java -version` failed.\nInstall it with: \
         apt-get install default-jre-headless\n(or set {SKIP_VARIABLE}=1 to skip the browser \
         tests and the HTML check; CI never sets it)"
    );

    let site = SiteCopy::new();
    site.build_ok();
    let out = site.out();
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
