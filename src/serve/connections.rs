//! Accepting connections: each one is served by hyper's HTTP/1 connection, which (unlike
//! `axum::serve`) can bound how long a client takes to send its request headers.

use std::time::Duration;

use axum::Router;
use hyper::server::conn::http1;
use hyper_util::rt::{TokioIo, TokioTimer};
use hyper_util::service::TowerToHyperService;
use tokio::net::TcpListener;

/// How long a client may take to send a request's headers, from the moment the server waits
/// for them (a new connection, or the next request on a kept-alive one). A browser sends
/// them at once; without a bound, a client that sends them byte by byte, or never, keeps a
/// connection and its task forever, and enough such clients exhaust the server's files.
pub const HEADER_READ_TIMEOUT: Duration = Duration::from_secs(10);

/// The pause after a failed accept before the next: the likely cause is too many open files,
/// and connections close meanwhile (without a pause the loop would spin on the error).
const ACCEPT_RETRY: Duration = Duration::from_millis(100);

/// Serves `app` on every connection `listener` accepts, until the process stops.
pub(super) async fn serve(listener: TcpListener, app: Router) {
    loop {
        let stream = match listener.accept().await {
            Ok((stream, _)) => stream,
            Err(_) => {
                tokio::time::sleep(ACCEPT_RETRY).await;
                continue;
            }
        };
        let service = TowerToHyperService::new(app.clone());
        tokio::spawn(async move {
            let mut connection = http1::Builder::new();
            connection
                .timer(TokioTimer::new())
                .header_read_timeout(HEADER_READ_TIMEOUT);
            // A connection that ends badly (a client gone, headers too slow) ends alone.
            let _ = connection
                .serve_connection(TokioIo::new(stream), service)
                .await;
        });
    }
}
