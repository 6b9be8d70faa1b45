//! `helpsite serve` against a temporary copy of the default site, on an ephemeral port:
//! edits are served, only dependent pages re-render, failures keep the last good pages and
//! show their position, and paths outside the output folder are refused.

mod common;

use std::collections::BTreeSet;
use std::fs;
use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpStream;
use std::process::{Child, Command, Stdio};
use std::sync::mpsc::{Receiver, channel};
use std::time::{Duration, Instant};

use common::{SiteCopy, articles, helpsite, tree};

const DEADLINE: Duration = Duration::from_secs(20);

/// A running `helpsite serve`, stopped when dropped.
struct Server {
    child: Child,
    address: String,
    lines: Receiver<String>,
}

impl Server {
    fn start(site: &SiteCopy) -> Server {
        let mut child = Command::new(env!("CARGO_BIN_EXE_helpsite"))
            .args(["serve", "--port", "0", "--root"])
            .arg(site.root())
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .expect("start helpsite serve");
        let stdout = child.stdout.take().expect("stdout");
        let (sender, lines) = channel();
        std::thread::spawn(move || {
            for line in BufReader::new(stdout).lines().map_while(Result::ok) {
                if sender.send(line).is_err() {
                    break;
                }
            }
        });
        let mut server = Server {
            child,
            address: String::new(),
            lines,
        };
        let serving = server.next_line(|l| l.starts_with("Serving "));
        server.address = serving
            .split("http://")
            .nth(1)
            .and_then(|rest| rest.split('/').next())
            .expect("address in the Serving line")
            .to_string();
        // The first build's line comes once the watcher is set up: edits from now on count.
        server.next_line(|l| l.starts_with("start: "));
        server
    }

    /// Waits for the next stdout line that matches, failing after the deadline.
    fn next_line(&self, wanted: impl Fn(&str) -> bool) -> String {
        let deadline = Instant::now() + DEADLINE;
        loop {
            let left = deadline.saturating_duration_since(Instant::now());
            match self.lines.recv_timeout(left) {
                Ok(line) if wanted(&line) => return line,
                Ok(_) => {}
                Err(_) => panic!("no matching line from helpsite serve within {DEADLINE:?}"),
            }
        }
    }

    /// A raw HTTP/1.0 GET (the path is sent exactly as given): (status, body).
    fn get(&self, path: &str) -> (u16, String) {
        let mut stream = TcpStream::connect(&self.address).expect("connect");
        stream.set_read_timeout(Some(DEADLINE)).unwrap();
        write!(
            stream,
            "GET {path} HTTP/1.0\r\nHost: {}\r\n\r\n",
            self.address
        )
        .unwrap();
        let mut response = Vec::new();
        stream.read_to_end(&mut response).expect("read response");
        let response = String::from_utf8_lossy(&response).into_owned();
        let status = response
            .split(' ')
            .nth(1)
            .and_then(|s| s.parse().ok())
            .expect("status code");
        let body = response
            .split_once("\r\n\r\n")
            .map(|(_, b)| b.to_string())
            .unwrap_or_default();
        (status, body)
    }

    /// Polls `path` until `check` holds for (status, body), or fails after the deadline.
    fn poll(&self, path: &str, what: &str, check: impl Fn(u16, &str) -> bool) -> String {
        let deadline = Instant::now() + DEADLINE;
        loop {
            let (status, body) = self.get(path);
            if check(status, &body) {
                return body;
            }
            assert!(
                Instant::now() < deadline,
                "{path}: {what} not seen within {DEADLINE:?} (last status {status})"
            );
            std::thread::sleep(Duration::from_millis(20));
        }
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// An article that is featured and listed as related by others, so an edit of its text has
/// dependents beyond its own page.
fn featured_article(site: &SiteCopy) -> (String, String) {
    articles(site.root())
        .into_iter()
        .find(|(id, _)| {
            site.read(&format!("content/articles/{id}.yaml"))
                .contains("featured: true")
        })
        .expect("a featured article")
}

fn replace_line(site: &SiteCopy, path: &str, prefix: &str, line: &str) {
    let text = site.read(path);
    let replaced: Vec<String> = text
        .lines()
        .map(|l| {
            if l.starts_with(prefix) {
                line.to_string()
            } else {
                l.to_string()
            }
        })
        .collect();
    assert_ne!(
        text.lines().collect::<Vec<_>>(),
        replaced,
        "{path} has a line starting with {prefix}"
    );
    site.write(path, &(replaced.join("\n") + "\n"));
}

#[test]
fn an_ftl_edit_is_served_and_only_its_dependents_re_render() {
    let site = SiteCopy::new();
    let server = Server::start(&site);
    let (id, category) = featured_article(&site);
    let ftl = format!("locales/fr/articles/{id}.ftl");
    replace_line(&site, &ftl, "title =", "title = Un titre tout neuf");

    let page = format!("/fr/{category}/{id}.html");
    server.poll(&page, "the new title", |status, body| {
        status == 200 && body.contains("Un titre tout neuf")
    });
    let line = server.next_line(|l| l.starts_with(&ftl));

    // Its own page, its category's page, the home page (it is featured), the search page
    // (which lists every article), and each French page that lists it as related.
    let related_by = articles(site.root())
        .iter()
        .filter(|(other, _)| {
            let yaml = site.read(&format!("content/articles/{other}.yaml"));
            yaml.lines()
                .any(|l| l.starts_with("related:") && l.contains(id.as_str()))
        })
        .count();
    let expected = 4 + related_by;
    assert!(
        line.contains(&format!(": {expected} pages re-rendered")),
        "expected {expected} pages re-rendered: {line}"
    );
    let category_page = server.poll(
        &format!("/fr/{category}/"),
        "the new title in the list",
        |s, _| s == 200,
    );
    assert!(category_page.contains("Un titre tout neuf"));
}

#[test]
fn rename_over_and_delete_then_create_are_picked_up() {
    let site = SiteCopy::new();
    let server = Server::start(&site);
    let (id, category) = articles(site.root())[0].clone();
    let path = format!("locales/pl/articles/{id}.ftl");
    let page = format!("/pl/{category}/{id}.html");
    let original = site.read(&path);

    // vim/helix/neovim: a swap file, then a temp file renamed over the original.
    site.write(
        &format!("locales/pl/articles/.{id}.ftl.swp"),
        "binary junk {{{",
    );
    let renamed = original.replacen("title = ", "title = Po zmianie nazwy: ", 1);
    let temporary = format!("locales/pl/articles/{id}.ftl.tmp~");
    site.write(&temporary, &renamed);
    fs::rename(site.path(&temporary), site.path(&path)).unwrap();
    server.poll(&page, "the renamed-over text", |s, b| {
        s == 200 && b.contains("Po zmianie nazwy: ")
    });

    // Delete, then create again.
    fs::remove_file(site.path(&path)).unwrap();
    let recreated = original.replacen("title = ", "title = Utworzony ponownie: ", 1);
    site.write(&path, &recreated);
    server.poll(&page, "the recreated text", |s, b| {
        s == 200 && b.contains("Utworzony ponownie: ")
    });
}

#[test]
fn invalid_yaml_keeps_the_last_good_page_and_reports_its_position() {
    let site = SiteCopy::new();
    let server = Server::start(&site);
    let (id, category) = articles(site.root())[0].clone();
    let yaml_path = format!("content/articles/{id}.yaml");
    let good = site.read(&yaml_path);
    let page = format!("/en/{category}/{id}.html");
    let (_, before) = server.get(&page);

    let line = good.lines().count() + 1;
    site.write(&yaml_path, &format!("{good}broken: [unclosed\n"));
    let status = server.poll("/_helpsite/status", "a failed rebuild", |_, b| {
        b.contains("\"ok\":false")
    });
    assert!(
        status.contains(&format!("{yaml_path}:{line}:")),
        "the overlay data names file:line:column: {status}"
    );
    let (code, during) = server.get(&page);
    assert_eq!(code, 200, "the last good page is still served");
    assert_eq!(strip_script(&during), strip_script(&before));
    assert!(
        during.contains("/_helpsite/live.js"),
        "pages carry the overlay script"
    );

    site.write(&yaml_path, &good);
    replace_line(&site, &yaml_path, "updated:", "updated: 2026-11-21");
    server.poll("/_helpsite/status", "the fix", |_, b| {
        b.contains("\"ok\":true") && b.contains("\"problems\":[]")
    });
    server.poll(&page, "the fixed date", |s, b| {
        s == 200 && b.contains("21 November 2026")
    });
}

fn strip_script(html: &str) -> String {
    html.replace("<script src=\"/_helpsite/live.js\" defer></script>", "")
}

#[test]
fn a_broken_first_build_serves_an_error_page_until_fixed() {
    let site = SiteCopy::new();
    let (id, _) = articles(site.root())[0].clone();
    let yaml_path = format!("content/articles/{id}.yaml");
    let good = site.read(&yaml_path);
    site.write(&yaml_path, &format!("{good}broken: [unclosed\n"));
    let server = Server::start(&site);

    let (status, body) = server.get("/en/");
    assert_eq!(status, 503);
    assert!(
        body.contains(&yaml_path),
        "the error page names the file: {body}"
    );

    site.write(&yaml_path, &good);
    server.poll("/en/", "the site", |s, b| {
        s == 200 && b.contains("<html lang=\"en\">")
    });
}

#[test]
fn two_hundred_rapid_edits_end_in_the_clean_build_of_the_last_one() {
    let site = SiteCopy::new();
    let server = Server::start(&site);
    let (id, _) = articles(site.root())[1].clone();
    let ftl = format!("locales/fr/articles/{id}.ftl");
    let yaml = format!("content/articles/{id}.yaml");
    let ftl_text = site.read(&ftl);
    let yaml_text = site.read(&yaml);
    for i in 0..200 {
        match i % 5 {
            // Invalid Fluent and invalid YAML now and then.
            3 => site.write(&ftl, &format!("{ftl_text}\nbroken = {{ unclosed\n")),
            4 => site.write(&yaml, &format!("{yaml_text}oops: [\n")),
            _ => {
                site.write(
                    &ftl,
                    &ftl_text.replacen("title = ", &format!("title = Version {i}: "), 1),
                );
                site.write(&yaml, &yaml_text);
            }
        }
    }
    let last = ftl_text.replacen("title = ", "title = Version finale : ", 1);
    site.write(&ftl, &last);
    site.write(&yaml, &yaml_text);

    // The reference: a clean build of the same input into another folder.
    let reference_dir = tempfile::tempdir().unwrap();
    let output = helpsite(&[
        "build",
        "--root",
        site.root().to_str().unwrap(),
        "--out",
        reference_dir.path().join("out").to_str().unwrap(),
    ]);
    assert!(output.status.success());
    let reference = tree(&reference_dir.path().join("out"));

    let deadline = Instant::now() + DEADLINE;
    loop {
        let served = tree(&site.out());
        if served == reference {
            break;
        }
        if Instant::now() > deadline {
            let differing: BTreeSet<&String> = served
                .keys()
                .chain(reference.keys())
                .filter(|k| served.get(*k) != reference.get(*k))
                .collect();
            panic!("served output differs from a clean build in {differing:?}");
        }
        std::thread::sleep(Duration::from_millis(50));
    }
    let (_, status) = server.get("/_helpsite/status");
    assert!(status.contains("\"ok\":true"), "{status}");
}

#[test]
fn paths_outside_the_output_folder_are_refused() {
    let site = SiteCopy::new();
    fs::write(site.path("Cargo.toml"), "[package]\nname = \"secret\"\n").unwrap();
    let server = Server::start(&site);
    for path in [
        "/../Cargo.toml",
        "/%2e%2e/Cargo.toml",
        "/%2E%2E/Cargo.toml",
        "/..%2fCargo.toml",
        "/..%2FCargo.toml",
        "/%2e%2e%2fCargo.toml",
        "/en/../../Cargo.toml",
        "/..\\Cargo.toml",
        "//Cargo.toml",
        "/content/site.yaml",
        "/%2e%2e/content/site.yaml",
    ] {
        let (status, body) = server.get(path);
        assert_ne!(status, 200, "{path} is served");
        assert!(
            !body.contains("name = \"secret\"") && !body.contains("base_url"),
            "{path} leaks a file"
        );
    }
    let (status, _) = server.get("/en/");
    assert_eq!(status, 200, "the site itself is served");
}

#[test]
fn the_default_address_is_loopback() {
    let site = SiteCopy::new();
    let server = Server::start(&site);
    assert!(
        server.address.starts_with("127.0.0.1:"),
        "{}",
        server.address
    );
}

#[test]
fn the_translation_status_page_shows_each_locale() {
    let site = SiteCopy::new();
    let (id, _) = articles(site.root())[0].clone();
    let pl = format!("locales/pl/articles/{id}.ftl");
    let without_summary: String = site
        .read(&pl)
        .lines()
        .filter(|l| !l.starts_with("summary ="))
        .map(|l| format!("{l}\n"))
        .collect();
    site.write(&pl, &without_summary);
    let server = Server::start(&site);
    let (status, page) = server.get("/_status/");
    assert_eq!(status, 200);
    for locale in ["en", "pl", "fr", "zh"] {
        assert!(
            page.contains(&format!("<th scope=\"row\">{locale}</th>")),
            "{locale}: {page}"
        );
    }
    // pl misses one text: its row shows missing = 1.
    let pl_row = page
        .split("<th scope=\"row\">pl</th>")
        .nth(1)
        .and_then(|r| r.split("</tr>").next())
        .unwrap();
    let cells: Vec<&str> = pl_row
        .split("<td>")
        .skip(1)
        .map(|c| c.trim_end_matches("</td>"))
        .collect();
    assert_eq!(cells[2], "1", "missing: {pl_row}");
}
