//! What helpsite must never do, tried as an attacker and as a careless user would: turn text
//! from a translation into script, or lose the site it already published when a build is
//! killed.

mod common;

use std::cell::RefCell;
use std::collections::BTreeMap;
use std::fs;
use std::path::Path;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use common::{SiteCopy, stderr, tree};
use html5ever::tendril::StrTendril;
use html5ever::tokenizer::states::RawKind;
use html5ever::tokenizer::{
    BufferQueue, TagKind, Token, TokenSink, TokenSinkResult, Tokenizer, TokenizerOpts,
};

/// Every way text could try to become markup or script, in one message. `alert(` marks the
/// hostile part: no script a page runs may contain it.
const POISON: &str = "Poisoned</title></script><script>alert(1)</script>\
\" onmouseover=\"alert(2)\" x=\" ' onfocus='alert(3)' autofocus='\
<img src=x onerror=alert(4)> [click](javascript:alert(5)) \
<a href=\"javascript:alert(6)\">link</a> <!-- ]]> \u{2028}\u{2029} &lt;script&gt;alert(7)";

/// Replaces the value and every attribute of every message in `text` with [`POISON`].
fn poison(text: &str) -> String {
    use fluent_syntax::ast;
    let resource = fluent_syntax::parser::parse(text).expect("the default site's .ftl parse");
    let hostile = || ast::Pattern {
        elements: vec![ast::PatternElement::TextElement { value: POISON }],
    };
    let body = resource
        .body
        .into_iter()
        .map(|entry| match entry {
            ast::Entry::Message(mut message) => {
                if message.value.is_some() {
                    message.value = Some(hostile());
                }
                for attribute in &mut message.attributes {
                    attribute.value = hostile();
                }
                ast::Entry::Message(message)
            }
            other => other,
        })
        .collect();
    fluent_syntax::serializer::serialize(&ast::Resource { body })
}

/// What a page holds that could run: scripts with their text, event-handler attributes,
/// `javascript:` URLs; and the text of every data block (JSON), which must still parse.
#[derive(Default, Debug)]
struct Scan {
    /// `(src, inline text)` of every script a browser would run.
    scripts: Vec<(Option<String>, String)>,
    /// The text of every `<script type="application/json">` or `ld+json`.
    data: Vec<String>,
    /// `element attribute="value"` of every attribute that runs code or is a `javascript:` URL.
    dangerous: Vec<String>,
}

/// A tokenizer sink that follows the HTML parsing rules a browser's tree builder applies to
/// the tokenizer (raw text inside `script`, `style`, `title`, `textarea`), and records [`Scan`].
#[derive(Default)]
struct Scanner {
    scan: RefCell<Scan>,
    /// The script being read: (src, is data, text so far).
    open_script: RefCell<Option<(Option<String>, bool, String)>>,
}

impl TokenSink for Scanner {
    type Handle = ();

    fn process_token(&self, token: Token, _line: u64) -> TokenSinkResult<()> {
        match token {
            Token::TagToken(tag) if tag.kind == TagKind::StartTag => {
                let name = tag.name.to_string();
                let mut scan = self.scan.borrow_mut();
                for attribute in &tag.attrs {
                    let attr = attribute.name.local.to_string().to_ascii_lowercase();
                    let value: String = attribute
                        .value
                        .chars()
                        .filter(|c| !c.is_whitespace() && !c.is_control())
                        .collect::<String>()
                        .to_ascii_lowercase();
                    if attr.starts_with("on") || value.starts_with("javascript:") {
                        scan.dangerous
                            .push(format!("<{name} {attr}=\"{}\">", attribute.value));
                    }
                }
                drop(scan);
                let raw = match name.as_str() {
                    "script" => {
                        let kind = tag
                            .attrs
                            .iter()
                            .find(|a| &*a.name.local == "type")
                            .map(|a| a.value.to_string())
                            .unwrap_or_default();
                        let src = tag
                            .attrs
                            .iter()
                            .find(|a| &*a.name.local == "src")
                            .map(|a| a.value.to_string());
                        let data = kind.ends_with("json");
                        *self.open_script.borrow_mut() = Some((src, data, String::new()));
                        Some(RawKind::ScriptData)
                    }
                    "style" => Some(RawKind::Rawtext),
                    "title" | "textarea" => Some(RawKind::Rcdata),
                    _ => None,
                };
                if let Some(raw) = raw {
                    return TokenSinkResult::RawData(raw);
                }
            }
            Token::CharacterTokens(text) => {
                if let Some((_, _, script)) = self.open_script.borrow_mut().as_mut() {
                    script.push_str(&text);
                }
            }
            Token::TagToken(tag) if tag.kind == TagKind::EndTag && &*tag.name == "script" => {
                if let Some((src, data, text)) = self.open_script.borrow_mut().take() {
                    let mut scan = self.scan.borrow_mut();
                    if data {
                        scan.data.push(text);
                    } else {
                        scan.scripts.push((src, text));
                    }
                }
            }
            _ => {}
        }
        TokenSinkResult::Continue
    }
}

fn scan(html: &str) -> Scan {
    let tokenizer = Tokenizer::new(Scanner::default(), TokenizerOpts::default());
    let input = BufferQueue::default();
    input.push_back(StrTendril::from_slice(html));
    let _ = tokenizer.feed(&input);
    tokenizer.end();
    tokenizer.sink.scan.into_inner()
}

#[test]
fn the_scanner_sees_what_a_browser_would_run() {
    let found = scan(
        "<title>a<script>no</script></title><p onclick=x>t</p><a href=' JavaScript:x'>l</a>\
         <script type=application/json>{\"a\":\"</scr\"}</script><script>run()</script>",
    );
    assert_eq!(found.scripts, [(None, "run()".to_string())]);
    assert_eq!(found.data, ["{\"a\":\"</scr\"}"]);
    assert_eq!(found.dangerous.len(), 2, "{:?}", found.dangerous);
}

/// Every message of every `ui.ftl` and `site.ftl` poisoned: the build still works, and no
/// page has a script, event handler or `javascript:` URL made from the text; every data block
/// is still one whole JSON document.
#[test]
fn no_text_from_translations_becomes_script() {
    let site = SiteCopy::new();
    for entry in fs::read_dir(site.path("locales")).unwrap() {
        let locale = entry.unwrap().path();
        for file in ["ui.ftl", "site.ftl"] {
            let path = locale.join(file);
            let text = fs::read_to_string(&path).unwrap();
            fs::write(&path, poison(&text)).unwrap();
        }
    }
    let output = site.build(&["--no-search"]);
    assert!(output.status.success(), "{}", stderr(&output));
    let pages: BTreeMap<String, Vec<u8>> = tree(&site.out())
        .into_iter()
        .filter(|(path, _)| path.ends_with(".html"))
        .collect();
    assert!(pages.len() > 50, "every page checked: {}", pages.len());
    let mut poisoned_pages = 0;
    for (path, bytes) in &pages {
        let html = String::from_utf8_lossy(bytes);
        poisoned_pages += usize::from(html.contains("Poisoned"));
        let found = scan(&html);
        assert!(found.dangerous.is_empty(), "{path}: {:?}", found.dangerous);
        for (src, text) in &found.scripts {
            assert!(
                !text.contains("alert(") && src.as_deref().is_none_or(|s| !s.contains("alert")),
                "{path}: a script made from text: {src:?} {text}"
            );
        }
        for data in &found.data {
            let parsed: Result<serde_json::Value, _> = serde_json::from_str(data);
            assert!(parsed.is_ok(), "{path}: a data block broken open: {data}");
        }
    }
    assert_eq!(poisoned_pages, pages.len(), "the poison reached every page");
}

/// A tiny deterministic generator, so a failing run can be repeated with its seed.
struct Random(u64);

impl Random {
    fn below(&mut self, bound: u64) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0 % bound.max(1)
    }
}

/// The names in a folder, sorted.
fn names(folder: &Path) -> Vec<String> {
    let mut names: Vec<String> = fs::read_dir(folder)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    names
}

/// Builds killed at random moments (while reading, rendering, indexing, swapping): after each,
/// the output folder holds a whole site, the old or the new one, byte for byte; and the next
/// build that is not killed leaves nothing behind but the new site. Set HELPSITE_KILL_SEED to
/// repeat a run.
#[test]
fn a_killed_build_leaves_a_whole_site_and_the_next_one_no_debris() {
    let site = SiteCopy::new();
    site.build_ok();
    let old = tree(&site.out());
    // The next version of the site, and what a clean build makes of it.
    let article = site.path("locales/en/articles/refund-after-cancellation.ftl");
    let text = fs::read_to_string(&article).unwrap();
    fs::write(&article, text.replacen("title = ", "title = Updated: ", 1)).unwrap();
    let elsewhere = tempfile::tempdir().unwrap();
    let reference = elsewhere.path().join("new");
    let output = site.build(&["--out", reference.to_str().unwrap()]);
    assert!(output.status.success(), "{}", stderr(&output));
    let new = tree(&reference);
    assert_ne!(old, new);

    // How long a whole build takes here: kills land anywhere in it.
    let started = Instant::now();
    site.build_ok();
    let build_time = started.elapsed().max(Duration::from_millis(50));
    fs::remove_dir_all(site.out()).unwrap();
    let copy = |from: &BTreeMap<String, Vec<u8>>| {
        for (path, bytes) in from {
            let target = site.out().join(path);
            fs::create_dir_all(target.parent().unwrap()).unwrap();
            fs::write(target, bytes).unwrap();
        }
    };
    copy(&old);

    let seed = std::env::var("HELPSITE_KILL_SEED")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(0x5eed_cafe_u64);
    eprintln!("kill moments from seed {seed} (HELPSITE_KILL_SEED)");
    let mut random = Random(seed);
    for round in 0..24 {
        let mut child = Command::new(env!("CARGO_BIN_EXE_helpsite"))
            .args(["build", "--root"])
            .arg(site.root())
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        // The moment of the kill is what this test varies, not a wait for something.
        let moment = Duration::from_micros(random.below(build_time.as_micros() as u64 * 5 / 4));
        std::thread::sleep(moment);
        let _ = child.kill();
        child.wait().unwrap();
        let now = tree(&site.out());
        assert!(
            now == old || now == new,
            "round {round} (killed after {moment:?}): the output is neither the old site nor \
             the new one ({} files; old {}, new {})",
            now.len(),
            old.len(),
            new.len()
        );
    }
    site.build_ok();
    assert_eq!(
        tree(&site.out()),
        new,
        "the next build publishes the new site"
    );
    assert_eq!(
        names(site.root()),
        ["content", "locales", "public", "templates"],
        "no staging folder, lock file or old site is left behind"
    );
}
