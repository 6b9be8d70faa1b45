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
        let reply = self.request("GET", path, &[]);
        (reply.status, reply.text())
    }

    /// A raw HTTP/1.0 request (the path is sent exactly as given, with these headers).
    fn request(&self, method: &str, path: &str, headers: &[(&str, &str)]) -> Reply {
        let mut stream = TcpStream::connect(&self.address).expect("connect");
        stream.set_read_timeout(Some(DEADLINE)).unwrap();
        let mut head = format!("{method} {path} HTTP/1.0\r\nHost: {}\r\n", self.address);
        for (name, value) in headers {
            head.push_str(&format!("{name}: {value}\r\n"));
        }
        write!(stream, "{head}\r\n").unwrap();
        let mut response = Vec::new();
        stream.read_to_end(&mut response).expect("read response");
        Reply::parse(&response)
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

/// An HTTP response as read off the socket.
struct Reply {
    status: u16,
    /// The status line and headers.
    head: String,
    body: Vec<u8>,
}

impl Reply {
    fn parse(response: &[u8]) -> Reply {
        let end = response
            .windows(4)
            .position(|w| w == b"\r\n\r\n")
            .expect("end of the headers");
        let head = String::from_utf8_lossy(&response[..end]).into_owned();
        let status = head
            .split(' ')
            .nth(1)
            .and_then(|s| s.parse().ok())
            .expect("status code");
        let body = response[end + 4..].to_vec();
        Reply { status, head, body }
    }

    /// A header's value (the first, if repeated).
    fn header(&self, name: &str) -> Option<&str> {
        self.head.lines().skip(1).find_map(|line| {
            let (key, value) = line.split_once(':')?;
            key.eq_ignore_ascii_case(name).then(|| value.trim())
        })
    }

    fn text(&self) -> String {
        String::from_utf8_lossy(&self.body).into_owned()
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
    // (which lists every article), and each French page that lists it as related; the
    // Timeframes page if it states a policy (it links to the article by title); and, if it is
    // in the finder, the page of its answer's second question (its title heads its options)
    // and the answer page of each of its causes and conditions (which link to it by title).
    let related_by = articles(site.root())
        .iter()
        .filter(|(other, _)| {
            let yaml = site.read(&format!("content/articles/{other}.yaml"));
            yaml.lines()
                .any(|l| l.starts_with("related:") && l.contains(id.as_str()))
        })
        .count();
    let yaml: serde_yaml::Value =
        serde_yaml::from_str(&site.read(&format!("content/articles/{id}.yaml"))).unwrap();
    let timeframes = usize::from(
        site.read(&format!("content/articles/{id}.yaml"))
            .contains("policy: "),
    );
    let finder = match yaml.get("finder") {
        Some(_) => {
            let options: usize = yaml["sections"]
                .as_sequence()
                .unwrap()
                .iter()
                .flat_map(|section| ["causes", "conditions"].map(|kind| &section[kind]))
                .filter_map(|items| items.as_sequence())
                .map(Vec::len)
                .sum();
            1 + options
        }
        None => 0,
    };
    let expected = 4 + related_by + timeframes + finder;
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
        s == 200 && b.contains("<html lang=\"en\"")
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

/// The script tag `serve` adds to every page.
const SCRIPT_TAG: &str = "<script src=\"/_helpsite/live.js\" defer></script>";

#[test]
fn head_reports_the_length_of_the_page_that_get_sends() {
    let site = SiteCopy::new();
    let server = Server::start(&site);
    let get = server.request("GET", "/en/", &[]);
    let head = server.request("HEAD", "/en/", &[]);
    assert_eq!(get.status, 200);
    assert!(get.text().contains(SCRIPT_TAG));
    let sent = get.body.len().to_string();
    assert_eq!(get.header("content-length"), Some(sent.as_str()), "GET");
    assert_eq!(head.header("content-length"), Some(sent.as_str()), "HEAD");
    assert!(head.body.is_empty());
}

#[test]
fn ranges_are_ignored_on_pages_and_honoured_on_other_files() {
    let site = SiteCopy::new();
    let server = Server::start(&site);
    let whole = server.request("GET", "/en/", &[]);
    let ranged = server.request("GET", "/en/", &[("Range", "bytes=0-99")]);
    assert_eq!(ranged.status, 200, "{}", ranged.head);
    assert_eq!(ranged.body, whole.body, "the whole page, script included");
    assert_eq!(ranged.header("content-range"), None);
    assert_eq!(whole.header("accept-ranges"), None, "pages offer no ranges");

    let css = fs::read(site.out().join("assets/style.css")).unwrap();
    let part = server.request("GET", "/assets/style.css", &[("Range", "bytes=10-19")]);
    assert_eq!(part.status, 206, "{}", part.head);
    let content_range = format!("bytes 10-19/{}", css.len());
    assert_eq!(part.header("content-range"), Some(content_range.as_str()));
    assert_eq!(part.body, css[10..20]);
    let css_whole = server.request("GET", "/assets/style.css", &[]);
    assert_eq!(css_whole.header("accept-ranges"), Some("bytes"));
}

#[test]
fn unknown_paths_however_long_get_the_sites_404_page() {
    let site = SiteCopy::new();
    let server = Server::start(&site);
    let not_found_page = [site.page("404.html").as_bytes(), SCRIPT_TAG.as_bytes()].concat();
    let long_name = "a".repeat(300);
    for path in [
        "/no-such-page.html".to_string(),
        format!("/{long_name}"),
        format!("/en/{long_name}.html"),
        format!("/{}", ["segment"; 700].join("/")),
    ] {
        let reply = server.request("GET", &path, &[]);
        assert_eq!(reply.status, 404, "{path}: {}", reply.head);
        assert!(
            reply.body == not_found_page,
            "{path}: not the site's 404 page"
        );
    }
}

#[cfg(unix)]
#[test]
fn a_symbolic_link_out_of_the_output_folder_is_not_followed() {
    use std::os::unix::fs::symlink;
    let site = SiteCopy::new();
    site.write("secret.txt", "the secret");
    let server = Server::start(&site);
    let out = site.out();
    symlink(site.path("secret.txt"), out.join("leak.txt")).unwrap();
    symlink(site.path("content"), out.join("sources")).unwrap();
    symlink(out.join("en/index.html"), out.join("alias.html")).unwrap();
    for path in ["/leak.txt", "/sources/site.yaml", "/sources/"] {
        let reply = server.request("GET", path, &[]);
        assert_eq!(reply.status, 404, "{path} is served: {}", reply.head);
        let body = reply.text();
        assert!(
            !body.contains("the secret") && !body.contains("locales:"),
            "{path} leaks"
        );
    }
    let (status, _) = server.get("/alias.html");
    assert_eq!(status, 200, "a link that stays inside the folder is served");
}

/// The peak resident memory of a process (Linux: VmHWM in /proc/PID/status), in bytes.
#[cfg(target_os = "linux")]
fn peak_memory(pid: u32) -> usize {
    let status = fs::read_to_string(format!("/proc/{pid}/status")).unwrap();
    let kilobytes = status
        .lines()
        .find_map(|l| l.strip_prefix("VmHWM:"))
        .and_then(|v| v.trim().trim_end_matches("kB").trim().parse::<usize>().ok())
        .expect("VmHWM in /proc/PID/status");
    kilobytes * 1024
}

#[cfg(target_os = "linux")]
#[test]
fn a_large_page_is_streamed_to_many_clients_without_being_held_in_memory() {
    use std::sync::{Arc, Barrier};
    const CLIENTS: usize = 60;
    const PAGE_BYTES: usize = 10_000_000;
    let site = SiteCopy::new();
    let server = Server::start(&site);
    let paragraph = "<p>Lorem ipsum dolor sit amet, consectetur adipiscing elit.</p>\n";
    let page = format!(
        "<!DOCTYPE html>\n<html lang=\"en\">\n<title>large</title>\n{}</html>\n",
        paragraph.repeat(PAGE_BYTES / paragraph.len())
    );
    fs::write(site.out().join("large.html"), &page).unwrap();
    let before = peak_memory(server.child.id());

    // Each client reads the first bytes of its answer, then waits until every client has
    // them before reading on: a server that held a page in memory until it was sent would
    // hold all of them at once.
    let started = Arc::new(Barrier::new(CLIENTS));
    let clients: Vec<_> = (0..CLIENTS)
        .map(|_| {
            let (address, started) = (server.address.clone(), Arc::clone(&started));
            std::thread::spawn(move || {
                let mut stream = TcpStream::connect(&address).expect("connect");
                stream.set_read_timeout(Some(DEADLINE)).unwrap();
                write!(
                    stream,
                    "GET /large.html HTTP/1.0\r\nHost: {address}\r\n\r\n"
                )
                .unwrap();
                let mut response = vec![0; 1];
                stream.read_exact(&mut response).expect("the first byte");
                started.wait();
                stream.read_to_end(&mut response).expect("the rest");
                Reply::parse(&response)
            })
        })
        .collect();
    for client in clients {
        let reply = client.join().expect("a client");
        assert_eq!(reply.status, 200);
        assert_eq!(reply.body.len(), page.len() + SCRIPT_TAG.len());
        assert!(reply.body.ends_with(SCRIPT_TAG.as_bytes()));
    }

    let growth = peak_memory(server.child.id()).saturating_sub(before);
    let all_pages = CLIENTS * PAGE_BYTES;
    assert!(
        growth < all_pages / 6,
        "peak memory grew by {} MB while {CLIENTS} clients read a {} MB page",
        growth / 1_000_000,
        PAGE_BYTES / 1_000_000
    );
}

#[test]
fn responses_name_their_charset_are_not_sniffed_and_are_revalidated() {
    let site = SiteCopy::new();
    let server = Server::start(&site);
    site.write(
        "public/icon.svg",
        "<svg xmlns=\"http://www.w3.org/2000/svg\"/>",
    );
    site.write("public/data.json", "{}");
    fs::write(site.out().join("pixel.png"), b"\x89PNG\r\n\x1a\n").unwrap();
    for (path, content_type) in [
        ("/en/", "text/html; charset=utf-8"),
        ("/assets/style.css", "text/css; charset=utf-8"),
        ("/assets/search.js", "text/javascript; charset=utf-8"),
        ("/data.json", "application/json; charset=utf-8"),
        ("/sitemap.xml", "text/xml; charset=utf-8"),
        ("/robots.txt", "text/plain; charset=utf-8"),
        ("/icon.svg", "image/svg+xml; charset=utf-8"),
        ("/pixel.png", "image/png"),
        ("/no-such-page", "text/html; charset=utf-8"),
    ] {
        let reply = server.request("GET", path, &[]);
        assert_eq!(reply.header("content-type"), Some(content_type), "{path}");
        assert_eq!(
            reply.header("x-content-type-options"),
            Some("nosniff"),
            "{path}"
        );
        assert_eq!(reply.header("cache-control"), Some("no-cache"), "{path}");
    }
    for path in ["/_helpsite/status", "/_helpsite/live.js", "/_status/"] {
        let reply = server.request("GET", path, &[]);
        assert_eq!(
            reply.header("x-content-type-options"),
            Some("nosniff"),
            "{path}"
        );
        assert!(
            reply
                .header("content-type")
                .unwrap()
                .ends_with("charset=utf-8"),
            "{path}"
        );
    }

    // Revalidating: a page rebuilt within the second of the browser's copy is sent again
    // (Last-Modified counts whole seconds, so "not modified since" cannot be trusted).
    let page = server.request("GET", "/en/", &[]);
    let last_modified = page
        .header("last-modified")
        .expect("Last-Modified")
        .to_string();
    let again = server.request("GET", "/en/", &[("If-Modified-Since", &last_modified)]);
    assert_eq!(again.status, 200, "{}", again.head);
    assert_eq!(again.body, page.body);
}

#[test]
fn a_client_that_sends_its_headers_slowly_is_cut_off() {
    use helpsite::serve::HEADER_READ_TIMEOUT;
    let site = SiteCopy::new();
    let server = Server::start(&site);
    let started = Instant::now();
    let mut stream = TcpStream::connect(&server.address).expect("connect");
    write!(stream, "GET /en/ HTTP/1.1\r\nHost: {}\r\n", server.address).unwrap();
    // Then a header, one byte every half second and never ending, as a slow client does.
    let mut writer = stream.try_clone().unwrap();
    let slow_client = std::thread::spawn(move || {
        for byte in b"X-Slow: ".iter().cycle() {
            if writer.write_all(&[*byte]).is_err() {
                break;
            }
            std::thread::sleep(Duration::from_millis(500));
        }
    });

    let limit = HEADER_READ_TIMEOUT + Duration::from_secs(5);
    stream.set_read_timeout(Some(limit)).unwrap();
    let mut answer = Vec::new();
    let read = stream.read_to_end(&mut answer);
    let elapsed = started.elapsed();
    // Ends the slow client's writes, whatever happened.
    let _ = stream.shutdown(std::net::Shutdown::Both);
    slow_client.join().unwrap();
    match read {
        Ok(_) => {}
        Err(error) if error.kind() == std::io::ErrorKind::ConnectionReset => {}
        Err(error) => panic!("the connection is still open after {elapsed:?}: {error}"),
    }
    assert!(
        elapsed >= HEADER_READ_TIMEOUT && elapsed < limit,
        "cut off after {elapsed:?}, not after the header timeout ({HEADER_READ_TIMEOUT:?})"
    );
    assert!(
        !String::from_utf8_lossy(&answer).contains(" 200 "),
        "a page was served"
    );
}

/// Runs `helpsite serve` with these arguments, expecting it to end by itself within the
/// deadline: (exit code, stderr).
fn serve_until_it_exits(args: &[&std::ffi::OsStr]) -> (Option<i32>, String) {
    let mut child = Command::new(env!("CARGO_BIN_EXE_helpsite"))
        .args(["serve", "--port", "0"])
        .args(args)
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .expect("start helpsite serve");
    let deadline = Instant::now() + DEADLINE;
    while child.try_wait().expect("wait").is_none() {
        if Instant::now() > deadline {
            let _ = child.kill();
            let _ = child.wait();
            panic!("helpsite serve {args:?} still runs after {DEADLINE:?}");
        }
        std::thread::sleep(Duration::from_millis(20));
    }
    let output = child.wait_with_output().expect("output");
    (
        output.status.code(),
        String::from_utf8_lossy(&output.stderr).into_owned(),
    )
}

#[test]
fn a_root_that_is_not_a_site_ends_serve_at_once_with_a_hint() {
    let dir = tempfile::tempdir().unwrap();
    let site = dir.path().join("mysite");
    fs::create_dir_all(site.join("content")).unwrap();
    fs::copy(
        common::repo_root().join("content/site.yaml"),
        site.join("content/site.yaml"),
    )
    .unwrap();

    let typo = dir.path().join("mysit");
    let (code, stderr) = serve_until_it_exits(&["--root".as_ref(), typo.as_os_str()]);
    assert_eq!(code, Some(2), "{stderr}");
    let expected = format!(
        "error: `{}` is not a folder\n  help: did you mean `{}`?\n",
        typo.display(),
        site.display()
    );
    assert_eq!(stderr, expected);

    let empty = dir.path().join("empty");
    fs::create_dir(&empty).unwrap();
    let (code, stderr) = serve_until_it_exits(&["--root".as_ref(), empty.as_os_str()]);
    assert_eq!(code, Some(2), "{stderr}");
    assert!(stderr.contains("has no content/site.yaml"), "{stderr}");
}

#[test]
fn the_error_page_lists_every_problem_of_a_site_that_does_not_build() {
    let site = SiteCopy::new();
    let all = articles(site.root());
    let broken: Vec<String> = all[..2]
        .iter()
        .map(|(id, _)| format!("content/articles/{id}.yaml"))
        .collect();
    for path in &broken {
        let good = site.read(path);
        site.write(path, &format!("{good}broken: [unclosed\n"));
    }
    let server = Server::start(&site);
    let (status, page) = server.get("/en/");
    assert_eq!(status, 503);
    for path in &broken {
        assert!(
            page.contains(path.as_str()),
            "the page names {path}: {page}"
        );
    }
    assert!(!page.contains("Building"), "{page}");
    assert!(
        page.contains(SCRIPT_TAG),
        "the page reloads once the site builds"
    );
}
