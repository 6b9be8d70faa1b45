//! The browser tests' harness: builds the default site once per test binary, serves it on
//! 127.0.0.1 (an ephemeral port), starts one headless Chromium for the whole binary and gives each
//! test its own tabs. Whether Chromium and the npm packages are installed is checked before any
//! test runs, by tests/browser/tools.rs.
//!
//! Nothing here sleeps to synchronise: every wait polls a condition against a deadline.
//!
//! Chromium is started by us, with exactly the flags in [`CHROMIUM_FLAGS`] (plus a fresh
//! `--user-data-dir` and `--remote-debugging-port=0`, which the DevTools connection needs), and
//! chromiumoxide connects to it. It runs under a small `sh` wrapper whose standard input is a pipe
//! from this process: when the test binary exits, however it exits, the pipe closes and the
//! wrapper stops Chromium and removes the session folder (profile and built site).

use std::collections::VecDeque;
use std::io::{BufRead, BufReader};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::mpsc::channel;
use std::sync::{Arc, Mutex, OnceLock};
use std::time::{Duration, Instant};

use chromiumoxide::Page;
use chromiumoxide::browser::Browser;
use chromiumoxide::cdp::browser_protocol::browser::BrowserContextId;
use chromiumoxide::cdp::browser_protocol::emulation::{
    MediaFeature, SetDeviceMetricsOverrideParams, SetEmulatedMediaParams,
    SetScriptExecutionDisabledParams, SetUserAgentOverrideParams,
};
use chromiumoxide::cdp::browser_protocol::input::InsertTextParams;
use chromiumoxide::cdp::browser_protocol::page::{CaptureScreenshotFormat, Viewport};
use chromiumoxide::cdp::browser_protocol::target::{
    CreateBrowserContextParams, CreateTargetParams,
};
use chromiumoxide::page::ScreenshotParams;
use serde::de::DeserializeOwned;
use tokio_stream::StreamExt;

use crate::tools;

/// The flags every Chromium of the test suite starts with.
pub const CHROMIUM_FLAGS: [&str; 8] = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
];

/// How long any one wait may take (a page load, a navigation after a click, search results).
pub const DEADLINE: Duration = Duration::from_secs(20);

pub fn repo_root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// The cargo target folder (screenshots go to `target/browser-screenshots/`).
pub fn target_dir() -> PathBuf {
    Path::new(env!("CARGO_TARGET_TMPDIR"))
        .parent()
        .expect("CARGO_TARGET_TMPDIR is inside the target folder")
        .to_path_buf()
}

/// One Chromium, one served site and one tokio runtime, shared by every test of a binary.
pub struct Harness {
    runtime: tokio::runtime::Runtime,
    browser: Browser,
    base: String,
    /// The built site's folder (for pages opened from disk).
    pub site: PathBuf,
    user_agent: String,
    axe_source: String,
    _chromium: Chromium,
}

/// The shared harness, started by the first test that asks (the others wait for it: the tests
/// run on libtest-mimic's threads, and `OnceLock` lets one of them start it). If it does not
/// start, every test fails with the first failure's message instead of starting it again.
pub fn harness() -> &'static Harness {
    static HARNESS: OnceLock<Result<Harness, String>> = OnceLock::new();
    let started = HARNESS.get_or_init(|| {
        std::panic::catch_unwind(Harness::start).map_err(|panic| {
            panic
                .downcast_ref::<String>()
                .cloned()
                .or_else(|| panic.downcast_ref::<&str>().map(|s| s.to_string()))
                .unwrap_or_else(|| "(no message)".to_string())
        })
    });
    match started {
        Ok(harness) => harness,
        Err(message) => panic!("the browser harness did not start: {message}"),
    }
}

impl Harness {
    fn start() -> Harness {
        // The test binary's main checked the tools before any test ran (tests/browser/tools.rs).
        let chromium = tools::chromium_path();
        let axe = tools::npm_package("axe-core", "axe.min.js")
            .unwrap_or_else(|missing| panic!("{}", tools::describe(&[missing])));
        let axe_source = std::fs::read_to_string(&axe).expect("read axe.min.js");

        // One folder for this run: the built site and Chromium's profile. The wrapper removes it
        // when Chromium stops.
        let session = tempfile::Builder::new()
            .prefix("helpsite-browser-")
            .tempdir()
            .expect("temp dir")
            .keep();
        let site = session.join("public");
        build_site(&repo_root(), &site, &[], "the default site");
        // Two more sites, served beside it (issue 15): the right-to-left test site with the
        // pseudo-locales (`/rtl/`), and the default site with a Polish text left out
        // (`/fallback/`).
        let rtl_source = session.join("rtl-site");
        crate::common::rtl_site::write(&rtl_source, &repo_root());
        build_site(
            &rtl_source,
            &session.join("rtl"),
            &["--pseudo"],
            "the RTL test site",
        );
        let fallback_source = session.join("fallback-site");
        write_fallback_site(&fallback_source);
        build_site(
            &fallback_source,
            &session.join("fallback"),
            &["--no-search"],
            "the site with a Polish text left out",
        );

        let runtime = tokio::runtime::Builder::new_multi_thread()
            .worker_threads(2)
            .enable_all()
            .build()
            .expect("tokio runtime");
        let base = runtime.block_on(serve(site.clone()));
        let chromium = Chromium::start(&chromium, &session);
        let (browser, user_agent) = runtime.block_on(async {
            let (browser, mut handler) = Browser::connect(chromium.websocket.clone())
                .await
                .unwrap_or_else(|e| panic!("connect to Chromium at {}: {e}", chromium.websocket));
            tokio::spawn(async move {
                while let Some(event) = handler.next().await {
                    if let Err(error) = event {
                        eprintln!("DevTools connection: {error}");
                        break;
                    }
                }
            });
            let version = browser.version().await.expect("Browser.getVersion");
            (browser, version.user_agent)
        });
        Harness {
            runtime,
            browser,
            base,
            site,
            user_agent,
            axe_source,
            _chromium: chromium,
        }
    }

    /// Runs a test's async body on the shared runtime.
    pub fn run<T>(&self, body: impl Future<Output = T>) -> T {
        self.runtime.block_on(body)
    }

    /// `http://127.0.0.1:PORT` followed by `path` (which starts with `/`).
    pub fn url(&self, path: &str) -> String {
        format!("{}{path}", self.base)
    }

    /// The HTTP status of a GET of `path` (from `/`) on the served site.
    pub fn status(&self, path: &str) -> u16 {
        use std::io::{Read, Write};
        let address = self.base.trim_start_matches("http://");
        let mut stream = std::net::TcpStream::connect(address).expect("connect to the site");
        stream.set_read_timeout(Some(DEADLINE)).unwrap();
        write!(stream, "GET {path} HTTP/1.0\r\nHost: {address}\r\n\r\n").unwrap();
        let mut response = Vec::new();
        stream
            .read_to_end(&mut response)
            .expect("read the response");
        String::from_utf8_lossy(&response)
            .split(' ')
            .nth(1)
            .and_then(|s| s.parse().ok())
            .unwrap_or_else(|| panic!("GET {path}: no status line"))
    }

    /// A new tab with JavaScript on, 1280 x 800 pixels.
    pub async fn tab(&self) -> Tab<'_> {
        self.tab_with(TabOptions::default()).await
    }

    pub async fn tab_with(&self, options: TabOptions) -> Tab<'_> {
        // Each tab in its own browser context: no history (visited links), cookies or storage
        // shared between tests.
        let context = self
            .browser
            .create_browser_context(CreateBrowserContextParams::default())
            .await
            .expect("Target.createBrowserContext");
        let mut target = CreateTargetParams::new("about:blank");
        target.browser_context_id = Some(context.clone());
        let page = self.browser.new_page(target).await.expect("open a tab");
        if let Some(languages) = options.languages {
            // Sets both the Accept-Language header and navigator.language(s).
            let mut params = SetUserAgentOverrideParams::new(self.user_agent.clone());
            params.accept_language = Some(languages.to_string());
            page.execute(params)
                .await
                .expect("Emulation.setUserAgentOverride");
        }
        if let Some(scheme) = options.color_scheme {
            let params = SetEmulatedMediaParams {
                features: Some(vec![MediaFeature::new("prefers-color-scheme", scheme)]),
                ..Default::default()
            };
            page.execute(params)
                .await
                .expect("Emulation.setEmulatedMedia");
        }
        let tab = Tab {
            page,
            context,
            harness: self,
        };
        if !options.javascript {
            tab.disable_javascript().await;
        }
        tab.set_width(1280).await;
        tab
    }
}

#[derive(Clone, Copy, Debug)]
pub struct TabOptions {
    pub javascript: bool,
    /// The browser's languages, most wanted first, e.g. `"pl-PL,pl"`: `navigator.languages`,
    /// and the Accept-Language header (Chromium adds the q-values).
    pub languages: Option<&'static str>,
    /// `"light"` or `"dark"` for `prefers-color-scheme`.
    pub color_scheme: Option<&'static str>,
}

impl Default for TabOptions {
    fn default() -> Self {
        TabOptions {
            javascript: true,
            languages: None,
            color_scheme: None,
        }
    }
}

/// `helpsite build --root root --out out` plus `args`, which must succeed.
fn build_site(root: &Path, out: &Path, args: &[&str], what: &str) {
    let output = Command::new(env!("CARGO_BIN_EXE_helpsite"))
        .arg("build")
        .arg("--root")
        .arg(root)
        .arg("--out")
        .arg(out)
        .args(args)
        .output()
        .expect("run helpsite build");
    assert!(
        output.status.success(),
        "helpsite build of {what} failed:\n{}",
        String::from_utf8_lossy(&output.stderr)
    );
}

/// The article of the `/fallback/` site whose Polish translation leaves a step out.
pub const FALLBACK_ARTICLE: &str = "/fallback/pl/cancelling-an-order/cancel-aliexpress-order.html";

/// The default site with one Polish step left untranslated: its Polish article shows the
/// English step, marked, under a notice.
fn write_fallback_site(root: &Path) {
    for folder in ["content", "locales"] {
        for entry in walkdir::WalkDir::new(repo_root().join(folder)) {
            let entry = entry.expect("walk");
            let relative = entry.path().strip_prefix(repo_root()).unwrap();
            let target = root.join(relative);
            if entry.file_type().is_dir() {
                std::fs::create_dir_all(&target).unwrap();
            } else {
                std::fs::copy(entry.path(), &target).unwrap();
            }
        }
    }
    let file = root.join("locales/pl/articles/cancel-aliexpress-order.ftl");
    let text = std::fs::read_to_string(&file).unwrap();
    let kept: Vec<&str> = text
        .lines()
        .filter(|l| !l.starts_with("step-press-cancel ="))
        .collect();
    assert!(
        kept.len() < text.lines().count(),
        "the step is there to leave out"
    );
    std::fs::write(&file, kept.join("\n") + "\n").unwrap();
}

/// Serves `site` like a static host: files, `index.html` for folders, `/404.html` with status 404
/// for anything missing; and the extra sites built beside it under `/rtl/` and `/fallback/`.
/// Returns the base URL.
async fn serve(site: PathBuf) -> String {
    use tower_http::services::{ServeDir, ServeFile};
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
        .await
        .expect("bind 127.0.0.1:0");
    let address = listener.local_addr().expect("local address");
    let files = ServeDir::new(&site).not_found_service(ServeFile::new(site.join("404.html")));
    let session = site.parent().expect("the session folder");
    let app = axum::Router::new()
        .nest_service("/rtl", ServeDir::new(session.join("rtl")))
        .nest_service("/fallback", ServeDir::new(session.join("fallback")))
        .fallback_service(files);
    tokio::spawn(async move {
        axum::serve(listener, app).await.expect("static server");
    });
    format!("http://{address}")
}

/// The Chromium process (under its wrapper) and the DevTools WebSocket address it printed.
struct Chromium {
    _wrapper: Child,
    websocket: String,
}

impl Chromium {
    fn start(binary: &Path, session: &Path) -> Chromium {
        let profile = session.join("profile");
        // $1 is the session folder, the rest is the Chromium command. The wrapper's stdin is a
        // pipe from the test binary that nobody writes to: `read` returns at end of file, when the
        // test binary has exited.
        let script = r#"session=$1; shift
"$@" </dev/null &
pid=$!
# Stopped by a signal or not, the wrapper waits for end of file, then cleans up.
trap '' HUP INT TERM
while read -r _; do :; done
kill "$pid" 2>/dev/null
wait "$pid" 2>/dev/null
rm -rf "$session""#;
        let mut wrapper = Command::new("sh")
            .arg("-c")
            .arg(script)
            .arg("helpsite-chromium")
            .arg(session)
            .arg(binary)
            .args(CHROMIUM_FLAGS)
            .arg(format!("--user-data-dir={}", profile.display()))
            .arg("--remote-debugging-port=0")
            .arg("about:blank")
            .stdin(Stdio::piped())
            .stdout(Stdio::null())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap_or_else(|e| panic!("start {}: {e}", binary.display()));
        // Keep the write end of the pipe open for as long as this process lives.
        std::mem::forget(wrapper.stdin.take());

        // Chromium prints `DevTools listening on ws://...` on stderr; the rest of its stderr is
        // kept (the last lines) for the failure message, and drained so Chromium never blocks.
        let stderr = wrapper.stderr.take().expect("stderr");
        let tail = Arc::new(Mutex::new(VecDeque::new()));
        let (sender, receiver) = channel();
        let kept = Arc::clone(&tail);
        std::thread::spawn(move || {
            for line in BufReader::new(stderr).lines().map_while(Result::ok) {
                if let Some(url) = line.strip_prefix("DevTools listening on ") {
                    let _ = sender.send(url.trim().to_string());
                }
                let mut kept = kept.lock().unwrap();
                if kept.len() == 40 {
                    kept.pop_front();
                }
                kept.push_back(line);
            }
        });
        let deadline = Instant::now() + DEADLINE;
        let websocket = receiver
            .recv_timeout(deadline.saturating_duration_since(Instant::now()))
            .unwrap_or_else(|_| {
                let tail: Vec<String> = tail.lock().unwrap().iter().cloned().collect();
                panic!(
                    "Chromium ({}) did not print its DevTools address within {DEADLINE:?}; its \
                     stderr:\n{}",
                    binary.display(),
                    tail.join("\n")
                )
            });
        Chromium {
            _wrapper: wrapper,
            websocket,
        }
    }
}

/// One browser tab; closed when the test calls [`Tab::close`] (or when the binary exits).
pub struct Tab<'h> {
    pub page: Page,
    context: BrowserContextId,
    harness: &'h Harness,
}

/// What axe-core reported for one rule.
#[derive(Debug, serde::Deserialize)]
pub struct Violation {
    pub id: String,
    pub impact: Option<String>,
    pub help: String,
    pub nodes: Vec<ViolationNode>,
}

#[derive(Debug, serde::Deserialize)]
pub struct ViolationNode {
    pub target: String,
    pub html: String,
    pub summary: String,
}

impl Tab<'_> {
    pub async fn close(self) {
        let _ = self.page.close().await;
        let _ = self
            .harness
            .browser
            .dispose_browser_context(self.context)
            .await;
    }

    /// Evaluates a JavaScript expression (promises are awaited) and returns its JSON value.
    pub async fn eval<T: DeserializeOwned>(&self, expression: &str) -> T {
        self.try_eval(expression).await.unwrap_or_else(|e| {
            panic!("evaluate `{}`: {e}", shorten(expression));
        })
    }

    pub async fn try_eval<T: DeserializeOwned>(&self, expression: &str) -> Result<T, String> {
        let evaluation = self.page.evaluate_expression(expression);
        let result = tokio::time::timeout(DEADLINE, evaluation)
            .await
            .map_err(|_| format!("no answer within {DEADLINE:?}"))?
            .map_err(|e| e.to_string())?;
        result.into_value().map_err(|e| e.to_string())
    }

    /// Polls a JavaScript condition until it is true; fails after [`DEADLINE`] saying `what`.
    pub async fn wait_until(&self, condition: &str, what: &str) {
        let deadline = Instant::now() + DEADLINE;
        let mut last_error = String::new();
        loop {
            match self.try_eval::<bool>(condition).await {
                Ok(true) => return,
                Ok(false) => last_error.clear(),
                // The document is being replaced (a navigation): try again.
                Err(e) => last_error = e,
            }
            if Instant::now() >= deadline {
                let at = self.try_eval::<String>("location.href").await;
                panic!(
                    "{what}: not true within {DEADLINE:?} (`{condition}`; page {at:?}{})",
                    if last_error.is_empty() {
                        String::new()
                    } else {
                        format!("; last error: {last_error}")
                    }
                );
            }
            tokio::time::sleep(Duration::from_millis(25)).await;
        }
    }

    /// Loads `path` (from `/`) and waits until the document is complete there.
    /// Opens a page of the built site from disk (`file://`), as someone who double-clicks it.
    pub async fn goto_file(&self, relative: &str) {
        let url = format!("file://{}/{relative}", self.harness.site.display());
        self.page
            .goto(url.as_str())
            .await
            .unwrap_or_else(|e| panic!("open {url}: {e}"));
        self.wait_until("document.readyState === 'complete'", &url)
            .await;
    }

    pub async fn goto(&self, path: &str) {
        let url = self.harness.url(path);
        self.page
            .goto(url.as_str())
            .await
            .unwrap_or_else(|e| panic!("load {url}: {e}"));
        self.wait_loaded(&url).await;
    }

    /// Waits until the tab shows `url` (with its hash), completely loaded.
    pub async fn wait_loaded(&self, url: &str) {
        let condition = format!(
            "location.href === {} && document.readyState === 'complete'",
            js_string(url)
        );
        self.wait_until(&condition, &format!("load {url}")).await;
    }

    /// The path (and query and hash) of the page now shown.
    pub async fn path(&self) -> String {
        self.eval("location.pathname + location.search + location.hash")
            .await
    }

    /// Clicks the first element matching `selector` (a link) the way a person does, with the
    /// mouse, and waits until its target has loaded. Returns the target's path.
    pub async fn click_link(&self, selector: &str) -> String {
        let href: Option<String> = self
            .eval(&format!(
                "(document.querySelector({0}) || {{}}).href || null",
                js_string(selector)
            ))
            .await;
        let Some(href) = href else {
            panic!("no link `{selector}` on {}", self.path().await);
        };
        let element = self
            .page
            .find_element(selector)
            .await
            .unwrap_or_else(|e| panic!("find `{selector}`: {e}"));
        element
            .click()
            .await
            .unwrap_or_else(|e| panic!("click `{selector}`: {e}"));
        self.wait_loaded(&href).await;
        self.path().await
    }

    /// Presses a key as a keyboard does: the focused element gets it.
    pub async fn press_focused(&self, key: &str) {
        let body = self
            .page
            .find_element("body")
            .await
            .unwrap_or_else(|e| panic!("find the body: {e}"));
        body.press_key(key)
            .await
            .unwrap_or_else(|e| panic!("press {key}: {e}"));
    }

    /// Presses Tab until the focused element matches `selector`, at most `limit` times (a
    /// link out of reach of the keyboard fails the test). Returns how many presses it took.
    pub async fn tab_to(&self, selector: &str, limit: usize) -> usize {
        let focused = format!(
            "document.activeElement !== null && document.activeElement.matches({})",
            js_string(selector)
        );
        for presses in 1..=limit {
            self.press_focused("Tab").await;
            if self.eval::<bool>(&focused).await {
                return presses;
            }
        }
        panic!(
            "{}: `{selector}` not reached with {limit} presses of Tab",
            self.path().await
        );
    }

    /// Presses Enter on the focused link and waits until its target has loaded. Returns the
    /// target's path.
    pub async fn follow_focused_link(&self) -> String {
        let href: Option<String> = self
            .eval("(document.activeElement || {}).href || null")
            .await;
        let Some(href) = href else {
            panic!("{}: the focused element is no link", self.path().await);
        };
        self.press_focused("Enter").await;
        self.wait_loaded(&href).await;
        self.path().await
    }

    pub async fn enable_javascript(&self) {
        self.set_javascript(true).await;
    }

    pub async fn disable_javascript(&self) {
        self.set_javascript(false).await;
    }

    /// Turns scripts on or off for the documents loaded from now on (and for axe-core, which
    /// needs scripts and timers, on the document already shown: its own scripts have not run).
    async fn set_javascript(&self, on: bool) {
        self.page
            .execute(SetScriptExecutionDisabledParams::new(!on))
            .await
            .expect("Emulation.setScriptExecutionDisabled");
    }

    /// Types `text` into the field `selector` (as a keyboard or an input method does) and presses
    /// Enter.
    pub async fn type_and_submit(&self, selector: &str, text: &str) {
        self.type_into(selector, text).await;
        self.press(selector, "Enter").await;
    }

    /// Clicks the field `selector` and types `text` into it (as a keyboard or an input method
    /// does), without pressing Enter.
    pub async fn type_into(&self, selector: &str, text: &str) {
        let field = self
            .page
            .find_element(selector)
            .await
            .unwrap_or_else(|e| panic!("find `{selector}`: {e}"));
        field
            .click()
            .await
            .unwrap_or_else(|e| panic!("click `{selector}`: {e}"));
        self.page
            .execute(InsertTextParams::new(text))
            .await
            .expect("Input.insertText");
    }

    /// Presses a key (`ArrowDown`, `Enter`, `Escape`, ...) in the element `selector`.
    pub async fn press(&self, selector: &str, key: &str) {
        self.page
            .find_element(selector)
            .await
            .unwrap_or_else(|e| panic!("find `{selector}`: {e}"))
            .press_key(key)
            .await
            .unwrap_or_else(|e| panic!("press {key} in `{selector}`: {e}"));
    }

    /// Sets the viewport width (a phone when narrower than 600 px).
    pub async fn set_width(&self, width: u32) {
        let mut params = SetDeviceMetricsOverrideParams::new(width as i64, 800, 1.0, width < 600);
        params.screen_width = Some(width as i64);
        params.screen_height = Some(800);
        self.page
            .execute(params)
            .await
            .expect("Emulation.setDeviceMetricsOverride");
    }

    /// A full-page PNG at `width` CSS pixels, saved as `target/browser-screenshots/<name>.png`.
    /// Returns the page's scroll width (wider than `width` means the page overflows sideways).
    pub async fn screenshot(&self, name: &str, width: u32) -> u32 {
        self.set_width(width).await;
        // Reading the size forces the new layout.
        let (scroll_width, height): (u32, f64) = self
            .eval("[document.documentElement.scrollWidth, document.documentElement.scrollHeight]")
            .await;
        let params = ScreenshotParams::builder()
            .format(CaptureScreenshotFormat::Png)
            .capture_beyond_viewport(true)
            .clip(Viewport {
                x: 0.0,
                y: 0.0,
                width: width as f64,
                height,
                scale: 1.0,
            })
            .build();
        let png = self
            .page
            .screenshot(params)
            .await
            .unwrap_or_else(|e| panic!("screenshot {name}: {e}"));
        let folder = target_dir().join("browser-screenshots");
        std::fs::create_dir_all(&folder).expect("create target/browser-screenshots");
        let path = folder.join(format!("{name}.png"));
        std::fs::write(&path, png).unwrap_or_else(|e| panic!("write {}: {e}", path.display()));
        scroll_width
    }

    /// The platform fonts that drew the text of the first element matching `selector` (its own
    /// text, not its children's), as (family, glyphs).
    pub async fn fonts_of(&self, selector: &str) -> Vec<(String, f64)> {
        use chromiumoxide::cdp::browser_protocol::css::{
            EnableParams, GetPlatformFontsForNodeParams,
        };
        let element = self
            .page
            .find_element(selector)
            .await
            .unwrap_or_else(|e| panic!("find `{selector}`: {e}"));
        self.page
            .execute(EnableParams::default())
            .await
            .expect("CSS.enable");
        let fonts = self
            .page
            .execute(GetPlatformFontsForNodeParams::new(element.node_id))
            .await
            .expect("CSS.getPlatformFontsForNode");
        fonts
            .result
            .fonts
            .iter()
            .map(|f| (f.family_name.clone(), f.glyph_count))
            .collect()
    }

    /// Injects axe-core (once per document) and runs it on the whole document; `options` is an
    /// axe `run` options object in JavaScript.
    pub async fn axe(&self, options: &str) -> Vec<Violation> {
        let loaded: bool = self.eval("typeof window.axe === 'object'").await;
        if !loaded {
            self.page
                .evaluate_expression(self.harness.axe_source.as_str())
                .await
                .expect("inject axe-core");
        }
        let script = format!(
            "axe.run(document, {options}).then(r => r.violations.map(v => ({{ id: v.id, impact: \
             v.impact, help: v.help, nodes: v.nodes.map(n => ({{ target: n.target.join(' '), \
             html: n.html, summary: n.failureSummary || '' }})) }})))"
        );
        self.eval(&script).await
    }
}

/// A JavaScript string literal.
pub fn js_string(text: &str) -> String {
    serde_json::to_string(text).unwrap()
}

fn shorten(text: &str) -> String {
    let mut short: String = text.chars().take(120).collect();
    if short.len() < text.len() {
        short.push('…');
    }
    short
}
