//! Fetching a story file.

use futures::future::{select, Either};

use crate::hooks::FetchProblem;

/// How long a story may take to arrive, in seconds.
const FETCH_TIMEOUT_SECONDS: u32 = 15;

/// Fetches the story at `url` in the background and calls `on_done` with its text.
pub fn load(url: &str, on_done: impl FnOnce(Result<String, FetchProblem>) + 'static) {
    let url = url.to_string();
    wasm_bindgen_futures::spawn_local(async move { on_done(fetch_text(&url).await) });
}

/// Fetches a story file as text, giving up after 15 s; refuses responses that are
/// not JSON (an HTML error page served with status 200, say).
async fn fetch_text(url: &str) -> Result<String, FetchProblem> {
    let request = Box::pin(gloo::net::http::Request::get(url).send());
    let timeout = Box::pin(gloo::timers::future::TimeoutFuture::new(
        FETCH_TIMEOUT_SECONDS * 1000,
    ));
    let response = match select(request, timeout).await {
        Either::Left((Ok(response), _)) => response,
        Either::Left((Err(_), _)) => return Err(FetchProblem::Network),
        Either::Right(_) => {
            return Err(FetchProblem::TimedOut {
                seconds: FETCH_TIMEOUT_SECONDS.into(),
            })
        }
    };
    if !response.ok() {
        return Err(FetchProblem::Http {
            status: response.status(),
            text: response.status_text(),
        });
    }
    let kind = response.headers().get("content-type").unwrap_or_default();
    if !kind.is_empty() && !kind.contains("json") {
        let kind = kind.split(';').next().unwrap_or_default().to_string();
        return Err(FetchProblem::NotJson { kind });
    }
    response.text().await.map_err(|_| FetchProblem::BrokeOff)
}
