//! Serving the output folder.
//!
//! Files stream from disk through tower-http's `ServeFile` (HEAD, Range, Last-Modified);
//! this module decides which file a URL names, and never one outside the output folder,
//! symbolic links included: the requested path is resolved on disk and must lie inside the
//! folder's own resolved path. Pages get the live-reload script appended as they stream, so a
//! page of any size costs the server a few buffers, not its length.

use std::path::{Component, Path, PathBuf};

use axum::body::{Body, Bytes};
use axum::http::{HeaderMap, HeaderValue, Method, Request, StatusCode, Uri, header};
use axum::response::{IntoResponse, Redirect, Response};
use percent_encoding::percent_decode_str;
use tokio_stream::StreamExt;
use tower_http::services::ServeFile;

/// The live-reload script, added to every page served.
pub(super) const SCRIPT_TAG: &str = "<script src=\"/_helpsite/live.js\" defer></script>";

/// The site's page for unknown paths, at the root of the output folder.
const NOT_FOUND_PAGE: &str = "404.html";

/// What a request names in the output folder.
#[derive(Debug, PartialEq, Eq)]
enum Target {
    /// A file, by its resolved path (inside the output folder).
    File(PathBuf),
    /// A folder asked for without its trailing slash.
    Folder,
    /// Nothing (or nothing inside the folder): the site's 404 page, if it has one.
    NotFound(Option<PathBuf>),
}

/// Answers a request for a file of the output folder `out`.
pub(super) async fn serve(out: PathBuf, request: Request<Body>) -> Response {
    let path = request.uri().path().to_owned();
    let target = tokio::task::spawn_blocking(move || locate(&out, &path))
        .await
        .unwrap_or(Target::NotFound(None));
    let mut response = match target {
        Target::File(file) => file_response(&file, request).await,
        Target::Folder => to_folder(request.uri()),
        Target::NotFound(page) => not_found(page.as_deref(), request.method()).await,
    };
    // The preview changes with every edit: browsers may keep a copy but must ask each time.
    response
        .headers_mut()
        .insert(header::CACHE_CONTROL, HeaderValue::from_static("no-cache"));
    response
}

fn locate(out: &Path, uri_path: &str) -> Target {
    resolve(out, uri_path)
        .unwrap_or_else(|| Target::NotFound(inside_file(out, Path::new(NOT_FOUND_PAGE))))
}

/// The file or folder of `out` that `uri_path` names, or `None` when there is none inside
/// `out`. A folder's file is its `index.html`. Any error on the way (a name longer than the
/// file system allows, a path that is not UTF-8) means there is no such file.
fn resolve(out: &Path, uri_path: &str) -> Option<Target> {
    let relative = relative_path(uri_path)?;
    let root = out.canonicalize().ok()?;
    let found = inside(&root, &root.join(relative))?;
    if !found.is_dir() {
        return found.is_file().then_some(Target::File(found));
    }
    if !uri_path.ends_with('/') {
        return Some(Target::Folder);
    }
    inside(&root, &found.join("index.html"))
        .filter(|index| index.is_file())
        .map(Target::File)
}

/// The file at `relative` in `out`, if it exists inside `out`.
fn inside_file(out: &Path, relative: &Path) -> Option<PathBuf> {
    let root = out.canonicalize().ok()?;
    inside(&root, &root.join(relative)).filter(|file| file.is_file())
}

/// `path` with every symbolic link followed, if it exists and lies inside `root` (itself
/// already resolved): a link that leads out of the output folder is as good as no file.
fn inside(root: &Path, path: &Path) -> Option<PathBuf> {
    path.canonicalize()
        .ok()
        .filter(|real| real.starts_with(root))
}

/// The relative file path a URL path names: percent-decoded, `.` dropped, and `None` for
/// `..`, a root or a drive prefix anywhere in it (as tower-http's `ServeDir` does). The
/// resolved path is checked again by [`inside`]; this keeps such URLs from meaning anything.
fn relative_path(uri_path: &str) -> Option<PathBuf> {
    let decoded = percent_decode_str(uri_path.trim_start_matches('/'))
        .decode_utf8()
        .ok()?;
    let mut relative = PathBuf::new();
    for component in Path::new(&*decoded).components() {
        match component {
            // `foo/c:/bar` on Windows: a part that is itself a prefix would replace the path.
            Component::Normal(part) if is_plain(part) => relative.push(part),
            Component::CurDir => {}
            _ => return None,
        }
    }
    Some(relative)
}

fn is_plain(part: &std::ffi::OsStr) -> bool {
    Path::new(part)
        .components()
        .all(|c| matches!(c, Component::Normal(_)))
}

/// Whether the file is served as `text/html`: the same guess `ServeFile` makes from the name.
fn is_page(file: &Path) -> bool {
    mime_guess::from_path(file).first_raw() == Some("text/html")
}

async fn file_response(file: &Path, mut request: Request<Body>) -> Response {
    let page = is_page(file);
    ignore_unsupported(request.headers_mut(), page);
    let head = request.method() == Method::HEAD;
    let response = send_file(file, request).await;
    if page && response.status() == StatusCode::OK {
        with_live_script(response, head)
    } else {
        response
    }
}

/// Removes the request headers the preview does not honour:
/// - `If-Modified-Since`: `Last-Modified` counts whole seconds, so a page rebuilt twice in one
///   second would be answered "304 Not Modified" and the browser would keep the older one;
/// - on pages, `Range` and `If-Range`: a page is served with the script added, and ranges of
///   the file are not ranges of that. Pages are small enough to send whole.
fn ignore_unsupported(headers: &mut HeaderMap, page: bool) {
    headers.remove(header::IF_MODIFIED_SINCE);
    if page {
        headers.remove(header::RANGE);
        headers.remove(header::IF_RANGE);
    }
}

async fn send_file(file: &Path, request: Request<Body>) -> Response {
    match ServeFile::new(file).try_call(request).await {
        Ok(response) => response.map(Body::new),
        Err(error) => {
            eprintln!("error: cannot read {}: {error}", file.display());
            StatusCode::INTERNAL_SERVER_ERROR.into_response()
        }
    }
}

/// Appends the live-reload script to a page's body as it streams (and counts it in the
/// length a HEAD request is told). A `<script>` after `</html>` is parsed into the body by
/// every browser (the HTML parsing spec's "after after body" insertion mode), which is fine
/// for a preview that is never published.
fn with_live_script(response: Response, head: bool) -> Response {
    let (mut parts, body) = response.into_parts();
    // Ranges of the file are not ranges of the page served (see `ignore_unsupported`).
    parts.headers.remove(header::ACCEPT_RANGES);
    let length = parts
        .headers
        .get(header::CONTENT_LENGTH)
        .and_then(|v| v.to_str().ok()?.parse::<u64>().ok());
    match length {
        Some(length) => {
            let length = length + SCRIPT_TAG.len() as u64;
            parts
                .headers
                .insert(header::CONTENT_LENGTH, HeaderValue::from(length));
        }
        None => {
            parts.headers.remove(header::CONTENT_LENGTH);
        }
    }
    if head {
        return Response::from_parts(parts, body);
    }
    let script = tokio_stream::once(Ok(Bytes::from_static(SCRIPT_TAG.as_bytes())));
    let body = Body::from_stream(body.into_data_stream().chain(script));
    Response::from_parts(parts, body)
}

/// `/en` -> `/en/`, so the relative links of the folder's page resolve against the folder.
/// Written from the path without its leading slashes: `//example.com` must not become a
/// redirect to another host.
fn to_folder(uri: &Uri) -> Response {
    let path = uri.path().trim_start_matches('/');
    let query = uri.query().map(|q| format!("?{q}")).unwrap_or_default();
    Redirect::temporary(&format!("/{path}/{query}")).into_response()
}

/// The site's 404 page, whatever was asked, as a plain GET (or HEAD): no range or condition
/// of the original request applies to it.
async fn not_found(page: Option<&Path>, method: &Method) -> Response {
    let Some(page) = page else {
        return (StatusCode::NOT_FOUND, "404 Not Found").into_response();
    };
    let mut request = Request::new(Body::empty());
    if method == Method::HEAD {
        *request.method_mut() = Method::HEAD;
    }
    let mut response = file_response(page, request).await;
    if response.status() == StatusCode::OK {
        *response.status_mut() = StatusCode::NOT_FOUND;
    }
    response
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn url_paths_map_to_relative_paths_inside() {
        assert_eq!(relative_path("/en/a%20b.html"), Some("en/a b.html".into()));
        assert_eq!(relative_path("/./en/"), Some("en".into()));
        assert_eq!(relative_path("/"), Some(PathBuf::new()));
        for outside in ["/../x", "/%2e%2e/x", "/en/%2E%2E/%2e%2e/x", "//etc/../x"] {
            assert_eq!(relative_path(outside), None, "{outside}");
        }
        assert_eq!(relative_path("/%ff"), None, "not UTF-8");
    }

    #[test]
    fn folders_files_and_links_resolve_inside_the_output_only() {
        let dir = tempfile::tempdir().unwrap();
        let out = dir.path().join("public");
        std::fs::create_dir_all(out.join("en")).unwrap();
        std::fs::write(out.join("en/index.html"), "<p>en</p>").unwrap();
        std::fs::write(dir.path().join("secret.txt"), "secret").unwrap();
        let root = out.canonicalize().unwrap();

        let index = Target::File(root.join("en/index.html"));
        assert_eq!(resolve(&out, "/en/"), Some(index));
        assert_eq!(resolve(&out, "/en"), Some(Target::Folder));
        assert_eq!(resolve(&out, "/fr/"), None);
        assert_eq!(resolve(&out, &format!("/{}", "a".repeat(300))), None);
        #[cfg(unix)]
        {
            std::os::unix::fs::symlink(dir.path().join("secret.txt"), out.join("link.txt"))
                .unwrap();
            std::os::unix::fs::symlink(out.join("en/index.html"), out.join("alias.html")).unwrap();
            assert_eq!(resolve(&out, "/link.txt"), None, "a link out of the folder");
            let alias = Target::File(root.join("en/index.html"));
            assert_eq!(
                resolve(&out, "/alias.html"),
                Some(alias),
                "a link inside it"
            );
        }
    }

    #[test]
    fn pages_are_told_by_their_name() {
        assert!(is_page(Path::new("/out/en/index.html")));
        assert!(is_page(Path::new("/out/a.htm")));
        assert!(!is_page(Path::new("/out/assets/site.css")));
        assert!(!is_page(Path::new("/out/sitemap.xml")));
    }
}
