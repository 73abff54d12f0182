//! Fetching a story file: without the reader's cookies unless the publisher opts in,
//! under one time limit and one `AbortController` for headers and body alike, and
//! never more than a story may weigh, by `Content-Length` or as the body streams in.

use std::cell::Cell;
use std::rc::Rc;

use futures::future::{select, Either};
use js_sys::{Reflect, Uint8Array};
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

use crate::hooks::FetchProblem;

/// How long a story may take to arrive, headers and body, in seconds.
const FETCH_TIMEOUT_SECONDS: u32 = 15;

/// The most a story file may weigh (the parser's limit).
const LIMIT: usize = story::limits::MAX_STORY_BYTES;

thread_local! {
    /// The story request the loader started while this module was still compiling
    /// ([`take_head_start`]); each widget has its own module instance, so its own one.
    static HEAD_START: std::cell::RefCell<Option<HeadStart>> = const { std::cell::RefCell::new(None) };
}

/// A request for the widget's story that `loader.js` started before the wasm was
/// ready (its `takeEarlyStory()`), so the download overlaps compiling the module.
struct HeadStart {
    /// The `src` it asked for, as written in the element.
    src: String,
    with_credentials: bool,
    response: js_sys::Promise,
    controller: web_sys::AbortController,
}

/// Takes over the request the loader started for `host`'s story, if it did. The
/// first [`load`] of the same `src` with the same credentials uses it.
pub fn take_head_start(host: &web_sys::Element) {
    let early = Reflect::get(host, &"takeEarlyStory".into())
        .ok()
        .and_then(|take| take.dyn_into::<js_sys::Function>().ok())
        .and_then(|take| take.call0(host).ok())
        .filter(|early| early.is_object());
    let Some(early) = early else { return };
    let field = |name: &str| Reflect::get(&early, &name.into()).ok();
    let start = (|| {
        Some(HeadStart {
            src: field("src")?.as_string()?,
            with_credentials: field("withCredentials")?.as_bool()?,
            response: field("response")?.dyn_into().ok()?,
            controller: field("controller")?.dyn_into().ok()?,
        })
    })();
    HEAD_START.with(|slot| *slot.borrow_mut() = start);
}

/// The loader's request for `url`, if it started one with these credentials.
fn head_start_for(url: &str, with_credentials: bool) -> Option<HeadStart> {
    let start = HEAD_START.with(|slot| slot.borrow_mut().take())?;
    if start.src == url && start.with_credentials == with_credentials {
        Some(start)
    } else {
        start.controller.abort();
        None
    }
}

/// A request in flight. Dropping it cancels the request, and its answer is never
/// delivered: a slow old response cannot overwrite a newer story.
pub struct Request {
    controller: Option<web_sys::AbortController>,
    cancelled: Rc<Cell<bool>>,
}

impl Drop for Request {
    fn drop(&mut self) {
        self.cancelled.set(true);
        if let Some(controller) = &self.controller {
            controller.abort();
        }
    }
}

/// Fetches the story at `url` in the background, calls `read` with its text and then,
/// in a later task, `show` with what `read` made of it, unless the returned request was
/// dropped first.
pub fn load<T: 'static>(
    url: &str,
    with_credentials: bool,
    read: impl FnOnce(Result<String, FetchProblem>) -> T + 'static,
    show: impl FnOnce(T) + 'static,
) -> Request {
    let head_start = head_start_for(url, with_credentials);
    let controller = match &head_start {
        Some(start) => Some(start.controller.clone()),
        None => web_sys::AbortController::new().ok(),
    };
    let signal = controller.as_ref().map(web_sys::AbortController::signal);
    let cancelled = Rc::new(Cell::new(false));
    let (url, done) = (url.to_string(), cancelled.clone());
    let early = head_start.map(|start| start.response);
    wasm_bindgen_futures::spawn_local(async move {
        let download = Box::pin(fetch_text(&url, with_credentials, signal.as_ref(), early));
        let timeout = Box::pin(gloo::timers::future::TimeoutFuture::new(
            FETCH_TIMEOUT_SECONDS * 1000,
        ));
        let result = match select(download, timeout).await {
            Either::Left((result, _)) => result,
            Either::Right(_) => Err(FetchProblem::TimedOut {
                seconds: FETCH_TIMEOUT_SECONDS.into(),
            }),
        };
        // Reading the answer and showing it get a task each: a story the loader fetched
        // while the module compiled is there at once, and reading and drawing it would
        // otherwise join the task that started the module in one long task. Both run code
        // for the first time, which the browser compiles then.
        gloo::timers::future::TimeoutFuture::new(0).await;
        if done.get() {
            return;
        }
        let answer = read(result);
        gloo::timers::future::TimeoutFuture::new(0).await;
        if !done.get() {
            show(answer);
        }
    });
    Request {
        controller,
        cancelled,
    }
}

/// Fetches a story file as text; refuses responses that are not JSON (an HTML error
/// page served with status 200, say) and files over the limit.
async fn fetch_text(
    url: &str,
    with_credentials: bool,
    signal: Option<&web_sys::AbortSignal>,
    early: Option<js_sys::Promise>,
) -> Result<String, FetchProblem> {
    let response = match early {
        // The loader's request, made with the same credentials and signal.
        Some(response) => JsFuture::from(response)
            .await
            .ok()
            .and_then(|response| response.dyn_into::<web_sys::Response>().ok())
            .map(gloo::net::http::Response::from),
        None => {
            let credentials = if with_credentials {
                web_sys::RequestCredentials::Include
            } else {
                web_sys::RequestCredentials::Omit
            };
            gloo::net::http::Request::get(url)
                .credentials(credentials)
                .abort_signal(signal)
                .send()
                .await
                .ok()
        }
    };
    let response = response.ok_or(FetchProblem::Network)?;
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
    let too_large = FetchProblem::TooLarge {
        limit: LIMIT as u64,
    };
    let declared = response.headers().get("content-length");
    if declared
        .and_then(|n| n.trim().parse::<usize>().ok())
        .is_some_and(|n| n > LIMIT)
    {
        return Err(too_large);
    }
    let Some(body) = response.body() else {
        return Ok(String::new());
    };
    // Read chunk by chunk, so a body without a length stops at the limit; the chunks
    // are copied into the wasm memory once, into one buffer of the right size (growing
    // a buffer chunk by chunk took 20-40 ms for a 4 MB story).
    let reader: web_sys::ReadableStreamDefaultReader = body.get_reader().unchecked_into();
    let mut chunks = Vec::new();
    let mut length = 0;
    loop {
        let chunk = JsFuture::from(reader.read())
            .await
            .map_err(|_| FetchProblem::BrokeOff)?;
        if Reflect::get(&chunk, &"done".into())
            .ok()
            .and_then(|d| d.as_bool())
            != Some(false)
        {
            break;
        }
        let value: Uint8Array = Reflect::get(&chunk, &"value".into())
            .map_err(|_| FetchProblem::BrokeOff)?
            .unchecked_into();
        length += value.length() as usize;
        if length > LIMIT {
            let _ = reader.cancel();
            return Err(too_large);
        }
        chunks.push(value);
    }
    let mut bytes = vec![0; length];
    let mut at = 0;
    for chunk in chunks {
        let end = at + chunk.length() as usize;
        chunk.copy_to(&mut bytes[at..end]);
        at = end;
    }
    story::utf8_text(bytes).map_err(FetchProblem::NotUtf8)
}
