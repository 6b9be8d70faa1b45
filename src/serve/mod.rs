//! `helpsite serve`: the editor's live preview.
//!
//! A watch session (on its own thread) rebuilds on every edit; this module serves the output
//! folder over HTTP (see output.rs: never a file outside it), and tells open pages to reload
//! over server-sent events, but only after a rebuild has written every file. A failed rebuild
//! leaves the last good pages in place and shows its diagnostics as an overlay on every open
//! page; before the first good build every page is an error page.

use std::collections::BTreeMap;
use std::net::{IpAddr, SocketAddr};
use std::path::{Path, PathBuf};
use std::sync::{Arc, RwLock};

use axum::Router;
use axum::extract::{Request, State};
use axum::http::{HeaderValue, StatusCode, header};
use axum::middleware;
use axum::response::sse::{Event, KeepAlive, Sse};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use serde::Serialize;
use tokio::sync::broadcast;
use tokio_stream::StreamExt;
use tokio_stream::wrappers::BroadcastStream;

use crate::diagnostics::{Code, Diagnostic, Diagnostics, Severity};
use crate::watch::{self, Rebuild};
use output::SCRIPT_TAG;

mod connections;
mod output;
mod root;

pub use connections::HEADER_READ_TIMEOUT;

pub struct ServeOptions {
    pub root: PathBuf,
    pub out: PathBuf,
    pub bind: IpAddr,
    pub port: u16,
    pub open: bool,
    /// Also build the pseudo-locales `en-XA` and `en-XB`.
    pub pseudo: bool,
}

/// What the browser is told about the state of the build.
#[derive(Debug, Clone, Serialize)]
struct Status {
    /// False while the last rebuild failed (the overlay shows `problems`).
    ok: bool,
    /// True once any build succeeded: there are pages to serve.
    has_site: bool,
    /// Counts rebuilds, so a page can tell whether it missed one.
    version: u64,
    problems: Vec<Problem>,
    /// Translation status per locale, from the last good build.
    translations: BTreeMap<String, crate::validate::LocaleStatus>,
}

#[derive(Debug, Clone, Serialize)]
struct Problem {
    code: &'static str,
    severity: &'static str,
    place: Option<String>,
    message: String,
    help: Option<String>,
    /// The rustc-style rendering with the source line, without colours.
    rendered: String,
}

struct AppState {
    status: RwLock<Status>,
    events: broadcast::Sender<&'static str>,
    /// The output folder, served.
    out: PathBuf,
}

impl AppState {
    /// Before the first build: no site, no problems yet.
    fn new(out: PathBuf) -> Self {
        AppState {
            status: RwLock::new(Status {
                ok: true,
                has_site: false,
                version: 0,
                problems: Vec::new(),
                translations: BTreeMap::new(),
            }),
            events: broadcast::channel(16).0,
            out,
        }
    }
}

const LIVE_SCRIPT: &str = include_str!("live.js");

/// Why `serve` could not start.
#[derive(Debug)]
pub enum ServeError {
    /// `--root` names no site; the message says why and what may have been meant.
    NoSite(String),
    /// The server itself could not start (the address is in use, ...).
    Io(std::io::Error),
}

impl ServeError {
    /// 2 when the command line names no site (like other usage errors), else 1.
    pub fn exit_code(&self) -> u8 {
        match self {
            ServeError::NoSite(_) => 2,
            ServeError::Io(_) => 1,
        }
    }
}

impl std::fmt::Display for ServeError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            ServeError::NoSite(message) => f.write_str(message),
            ServeError::Io(error) => write!(f, "cannot serve: {error}"),
        }
    }
}

impl From<std::io::Error> for ServeError {
    fn from(error: std::io::Error) -> Self {
        ServeError::Io(error)
    }
}

/// Serves the site until the process is stopped. Returns only on a startup error.
pub fn serve(options: ServeOptions) -> Result<(), ServeError> {
    root::check(&options.root).map_err(ServeError::NoSite)?;
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()?;
    runtime.block_on(run(options)).map_err(ServeError::Io)
}

async fn run(options: ServeOptions) -> std::io::Result<()> {
    let listener =
        tokio::net::TcpListener::bind(SocketAddr::new(options.bind, options.port)).await?;
    let address = listener.local_addr()?;
    let state = Arc::new(AppState::new(options.out.clone()));

    let url = format!("http://{address}/");
    println!(
        "Serving {} at {url} (Ctrl+C to stop)",
        options.root.display()
    );
    if options.open && opener::open(&url).is_err() {
        eprintln!("could not open a browser; visit {url}");
    }

    start_watching(Arc::clone(&state), &options);
    let app = Router::new()
        .route("/_helpsite/live.js", get(live_script))
        .route("/_helpsite/status", get(status))
        .route("/_status/", get(translation_page))
        .route("/_helpsite/events", get(events_stream))
        .fallback(site)
        .layer(middleware::map_response(common_headers))
        .with_state(state);
    connections::serve(listener, app).await;
    Ok(())
}

/// Rebuilds on every edit, on a thread of its own, and tells the browser about each rebuild.
fn start_watching(state: Arc<AppState>, options: &ServeOptions) {
    let (root, out) = (options.root.clone(), options.out.clone());
    let options = watch::WatchOptions {
        pseudo: options.pseudo,
        search: true,
    };
    std::thread::spawn(move || {
        let result = watch::watch(&root, &out, options, |session, rebuild| {
            let translations = session.site().map(|site| site.translation_status.clone());
            publish(&state, rebuild.ok, &rebuild.diagnostics, translations);
            report(rebuild);
            true
        });
        if let Err(error) = result {
            watch_failed(&state, &root, &error);
        }
    });
}

/// A watcher that cannot start leaves the preview blind to edits and, as that happens before
/// the first build, without a site: a problem like any other, in the terminal and on the page.
fn watch_failed(state: &AppState, root: &Path, error: &notify::Error) {
    let help = match error.kind {
        notify::ErrorKind::MaxFilesWatch => {
            "the system's limit of watched folders is reached (on Linux, raise \
             fs.inotify.max_user_watches); then restart `helpsite serve`"
        }
        _ => "fix the cause, then restart `helpsite serve`",
    };
    let mut diagnostics = Diagnostics::default();
    diagnostics.push(
        Diagnostic::new(
            Code::Io,
            format!("cannot watch `{}` for edits: {error}", root.display()),
        )
        .help(help),
    );
    eprint!(
        "{}",
        diagnostics.render(std::io::IsTerminal::is_terminal(&std::io::stderr()))
    );
    publish(state, false, &diagnostics, None);
}

/// Prints the one-line summary of a rebuild, and its diagnostics.
pub fn report(rebuild: &Rebuild) {
    use std::io::IsTerminal;
    if !rebuild.diagnostics.is_empty() {
        eprint!(
            "{}",
            rebuild.diagnostics.render(std::io::stderr().is_terminal())
        );
    }
    println!("{}", rebuild.summary());
}

/// Records the outcome of a rebuild (or a failure to watch) and tells the open pages.
fn publish(
    state: &AppState,
    ok: bool,
    diagnostics: &Diagnostics,
    translations: Option<BTreeMap<String, crate::validate::LocaleStatus>>,
) {
    let Ok(mut status) = state.status.write() else {
        return;
    };
    if let Some(translations) = translations {
        status.translations = translations;
    }
    status.version += 1;
    status.ok = ok;
    status.has_site |= ok;
    status.problems = problems(diagnostics);
    let event = if ok { "reload" } else { "problems" };
    drop(status);
    // No receivers (no open page) is fine.
    let _ = state.events.send(event);
}

fn problems(diagnostics: &Diagnostics) -> Vec<Problem> {
    diagnostics
        .iter()
        .filter(|d| d.severity() == Severity::Error)
        .map(|d| {
            let mut one = Diagnostics::default();
            one.push(d.clone());
            Problem {
                code: d.code.as_str(),
                severity: "error",
                place: d.place(),
                message: d.message.clone(),
                help: d.help.clone(),
                rendered: one.render(false),
            }
        })
        .collect()
}

fn current(state: &AppState) -> Status {
    match state.status.read() {
        Ok(status) => status.clone(),
        Err(poisoned) => poisoned.into_inner().clone(),
    }
}

async fn live_script() -> impl IntoResponse {
    (
        [
            (header::CONTENT_TYPE, "text/javascript; charset=utf-8"),
            (header::CACHE_CONTROL, "no-store"),
        ],
        LIVE_SCRIPT,
    )
}

async fn status(State(state): State<Arc<AppState>>) -> impl IntoResponse {
    (
        [(header::CACHE_CONTROL, "no-store")],
        axum::Json(current(&state)),
    )
}

async fn events_stream(State(state): State<Arc<AppState>>) -> impl IntoResponse {
    let stream = BroadcastStream::new(state.events.subscribe())
        .filter_map(|event| event.ok())
        .map(|name| Ok::<Event, std::convert::Infallible>(Event::default().event(name).data(name)));
    Sse::new(stream).keep_alive(KeepAlive::default())
}

/// `/_status/`: what translators still have to do, per locale (the same table as `check`).
async fn translation_page(State(state): State<Arc<AppState>>) -> Response {
    let status = current(&state);
    let mut html = String::from(
        "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
         <title>Translation status</title>\n</head>\n<body>\n<main>\n<h1>Translation status</h1>\n\
         <p>Run <code>helpsite check</code> for every message behind these numbers.</p>\n<table>\n\
         <thead><tr><th scope=\"col\">locale</th>",
    );
    for (name, _) in crate::validate::LocaleStatus::default().columns() {
        html.push_str(&format!("<th scope=\"col\">{name}</th>"));
    }
    html.push_str("</tr></thead>\n<tbody>\n");
    for (locale, counts) in &status.translations {
        html.push_str(&format!("<tr><th scope=\"row\">{}</th>", escape(locale)));
        for (_, count) in counts.columns() {
            html.push_str(&format!("<td>{count}</td>"));
        }
        html.push_str("</tr>\n");
    }
    html.push_str(&format!(
        "</tbody>\n</table>\n</main>\n{SCRIPT_TAG}\n</body>\n</html>\n"
    ));
    let headers = [
        (header::CONTENT_TYPE, "text/html; charset=utf-8"),
        (header::CACHE_CONTROL, "no-store"),
    ];
    (headers, html).into_response()
}

/// The site's files; before the first good build, every page is the error page.
async fn site(State(state): State<Arc<AppState>>, request: Request) -> Response {
    let status = current(&state);
    if !status.has_site {
        return error_page(&status);
    }
    output::serve(state.out.clone(), request).await
}

/// Headers for every response: `nosniff`, so a browser never takes a file for another type
/// than the one it is served as, and `charset=utf-8` on text, which helpsite always writes in
/// UTF-8 (without it, a browser may guess another encoding for a style sheet or a script).
async fn common_headers(mut response: Response) -> Response {
    let headers = response.headers_mut();
    headers.insert(
        header::X_CONTENT_TYPE_OPTIONS,
        HeaderValue::from_static("nosniff"),
    );
    if let Some(utf8) = headers.get(header::CONTENT_TYPE).and_then(with_charset) {
        headers.insert(header::CONTENT_TYPE, utf8);
    }
    response
}

/// The content type with `charset=utf-8` added, for text types that do not name one.
fn with_charset(content_type: &HeaderValue) -> Option<HeaderValue> {
    let value = content_type.to_str().ok()?;
    let essence = value.split(';').next().unwrap_or_default().trim();
    let text = essence.starts_with("text/")
        || matches!(
            essence,
            "application/javascript" | "application/json" | "application/xml" | "image/svg+xml"
        );
    if !text || value.to_ascii_lowercase().contains("charset=") {
        return None;
    }
    HeaderValue::from_str(&format!("{value}; charset=utf-8")).ok()
}

fn error_page(status: &Status) -> Response {
    let headers = [
        (header::CONTENT_TYPE, "text/html; charset=utf-8"),
        (header::CACHE_CONTROL, "no-store"),
    ];
    (StatusCode::SERVICE_UNAVAILABLE, headers, error_html(status)).into_response()
}

/// The page for every path before the first good build: the problems, or while there are
/// none (the first build is running), that it is building.
fn error_html(status: &Status) -> String {
    let mut html = String::from(
        "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
         <title>helpsite: the site does not build yet</title>\n</head>\n<body>\n<main>\n\
         <h1>The site does not build yet</h1>\n\
         <p>Fix the problems below; this page reloads by itself when the site builds.</p>\n",
    );
    if status.problems.is_empty() {
        html.push_str("<p>Building…</p>\n");
    }
    for problem in &status.problems {
        html.push_str("<pre>");
        html.push_str(&escape(&problem.rendered));
        html.push_str("</pre>\n");
    }
    html.push_str(&format!("</main>\n{SCRIPT_TAG}\n</body>\n</html>\n"));
    html
}

fn escape(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}

/// The output folder for `serve` when none is given.
pub fn default_out(root: &Path) -> PathBuf {
    root.join("public")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_watcher_that_fails_is_a_problem_on_the_error_page() {
        let state = AppState::new(PathBuf::from("/public"));
        assert!(error_html(&current(&state)).contains("Building…"));
        let error = notify::Error::path_not_found().add_path(PathBuf::from("/gone"));
        watch_failed(&state, Path::new("/gone"), &error);
        let status = current(&state);
        assert!(!status.ok && !status.has_site);
        let page = error_html(&status);
        assert!(page.contains("cannot watch `/gone` for edits"), "{page}");
        assert!(page.contains("restart `helpsite serve`"), "{page}");
        assert!(!page.contains("Building…"), "{page}");
    }

    #[test]
    fn text_types_get_a_charset_and_others_not() {
        let charset = |value: &'static str| {
            with_charset(&HeaderValue::from_static(value))
                .map(|v| v.to_str().unwrap_or_default().to_string())
        };
        assert_eq!(
            charset("text/css").as_deref(),
            Some("text/css; charset=utf-8")
        );
        assert_eq!(
            charset("image/svg+xml").as_deref(),
            Some("image/svg+xml; charset=utf-8")
        );
        assert_eq!(
            charset("application/json").as_deref(),
            Some("application/json; charset=utf-8")
        );
        assert_eq!(charset("text/html; charset=UTF-8"), None, "already named");
        assert_eq!(charset("image/png"), None);
        assert_eq!(charset("application/octet-stream"), None);
    }
}
