//! The few places the reader touches the browser outside the DOM it
//! renders: the URL and history, the theme attribute. Every function is a
//! no-op outside the browser (server-side rendering, native tests).

use bamboo_core::{Theme, ViewParams};

pub mod mine;

#[cfg(target_arch = "wasm32")]
pub fn document() -> Option<web_sys::Document> {
    web_sys::window()?.document()
}

#[cfg(not(target_arch = "wasm32"))]
pub fn document() -> Option<web_sys::Document> {
    None
}

/// The element the app mounts into: the page's `#app` (beside the
/// pre-rendered view, which mounting must not clear), else a new one at the
/// end of the body. The page's script is told (`bambooMount` in
/// `index.html`): the first view drawn there takes over from the
/// pre-rendered one.
#[cfg(target_arch = "wasm32")]
pub fn app_host() -> Option<web_sys::Element> {
    let document = document()?;
    let host = match document.get_element_by_id("app") {
        Some(host) => host,
        None => {
            let host = document.create_element("div").ok()?;
            host.set_id("app");
            document.body()?.append_child(&host).ok()?;
            host
        }
    };
    if let Some(f) = page_function("bambooMount") {
        let _ = f.call1(&wasm_bindgen::JsValue::NULL, &host);
    }
    Some(host)
}

/// A function of the page's own script (`index.html`), by name: what the
/// app tells the page (`bambooMount`, `bambooCrashed`).
#[cfg(target_arch = "wasm32")]
pub fn page_function(name: &str) -> Option<js_sys::Function> {
    use wasm_bindgen::JsCast;
    let window = web_sys::window()?;
    js_sys::Reflect::get(&window, &name.into()).ok()?.dyn_into().ok()
}

/// The page's whole URL, if there is a window.
pub fn location_href() -> Option<String> {
    #[cfg(target_arch = "wasm32")]
    {
        web_sys::window()?.location().href().ok()
    }
    #[cfg(not(target_arch = "wasm32"))]
    None
}

/// The view parameters of the current URL: the query, then the fragment
/// (which wins), with notices for what was ignored.
pub fn location_params() -> Option<(ViewParams, Vec<String>)> {
    #[cfg(target_arch = "wasm32")]
    {
        let location = web_sys::window()?.location();
        let query = location.search().ok().unwrap_or_default();
        let hash = location.hash().ok().unwrap_or_default();
        let combined = format!("{}&{}", query.trim_start_matches('?'), hash.trim_start_matches('#'));
        Some(ViewParams::parse(&combined))
    }
    #[cfg(not(target_arch = "wasm32"))]
    None
}

/// Puts `fragment` in the URL: replacing the current history entry when
/// `replace`, else adding one. Does nothing when the URL already says it.
pub fn write_fragment(fragment: &str, replace: bool) {
    #[cfg(target_arch = "wasm32")]
    {
        let Some(window) = web_sys::window() else { return };
        let current = window.location().hash().ok().unwrap_or_default();
        if current.trim_start_matches('#') == fragment {
            return;
        }
        let Ok(history) = window.history() else { return };
        let url = format!("#{fragment}");
        // Sandboxed or file:// pages may refuse; the view still works.
        let _ = if replace {
            history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&url))
        } else {
            history.push_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&url))
        };
    }
    #[cfg(not(target_arch = "wasm32"))]
    let _ = (fragment, replace);
}

/// Sets `data-theme` on the root element; CSS does the rest.
pub fn set_theme(theme: Theme) {
    if let Some(root) = document().and_then(|d| d.document_element()) {
        let _ = root.set_attribute("data-theme", theme.as_str());
    }
}

/// Whether the screen is narrow enough for one article at a time (the CSS
/// breakpoint of the phone layout).
pub fn narrow() -> bool {
    #[cfg(target_arch = "wasm32")]
    {
        web_sys::window()
            .and_then(|w| w.match_media("(max-width: 719.98px)").ok().flatten())
            .is_some_and(|m| m.matches())
    }
    #[cfg(not(target_arch = "wasm32"))]
    false
}

/// Scrolls the page to `y`.
pub fn scroll_to(y: f64) {
    #[cfg(target_arch = "wasm32")]
    if let Some(w) = web_sys::window() {
        w.scroll_to_with_x_and_y(0.0, y);
    }
    #[cfg(not(target_arch = "wasm32"))]
    let _ = y;
}

/// Sets the CSS variables `--x` and `--y` of `el` to a point in pixels
/// (rounded), which its stylesheet places it by.
pub fn set_point(el: &web_sys::HtmlElement, x: f64, y: f64) {
    let style = el.style();
    let _ = style.set_property("--x", &format!("{}px", x.round() as i64));
    let _ = style.set_property("--y", &format!("{}px", y.round() as i64));
}

/// Calls `f` with the page's scroll offset whenever it scrolls.
pub fn on_scroll(f: impl Fn(f64) + 'static) -> Option<gloo_events::EventListener> {
    #[cfg(target_arch = "wasm32")]
    {
        let window = web_sys::window()?;
        let w = window.clone();
        Some(gloo_events::EventListener::new_with_options(&window, "scroll", gloo_events::EventListenerOptions::default(), move |_| {
            f(w.scroll_y().unwrap_or_default())
        }))
    }
    #[cfg(not(target_arch = "wasm32"))]
    {
        let _ = f;
        None
    }
}

/// Calls `f` with every HTML element that receives keyboard focus.
pub fn on_focus_in(f: impl Fn(web_sys::HtmlElement) + 'static) -> Option<gloo_events::EventListener> {
    #[cfg(target_arch = "wasm32")]
    {
        use wasm_bindgen::JsCast;
        let doc = document()?;
        Some(gloo_events::EventListener::new(&doc, "focusin", move |e| {
            if let Some(el) = e.target().and_then(|t| t.dyn_into::<web_sys::HtmlElement>().ok()) {
                f(el);
            }
        }))
    }
    #[cfg(not(target_arch = "wasm32"))]
    {
        let _ = f;
        None
    }
}

/// Whether nothing in particular has keyboard focus: it is on the body, or
/// still on an element that has just left the page (browsers move focus off
/// a removed element only at their next rendering update).
pub fn focus_is_lost() -> bool {
    let Some(doc) = document() else { return false };
    match (doc.active_element(), doc.body()) {
        (None, _) => true,
        (Some(active), Some(body)) => active == *body.as_ref() || !active.is_connected(),
        (Some(active), None) => !active.is_connected(),
    }
}

/// Whether keyboard focus is in a text field, select or editable element:
/// the reader is typing there, and nothing should take focus away.
pub fn focus_in_field() -> bool {
    document().and_then(|d| d.active_element()).is_some_and(|el| is_field(&el))
}

/// Whether an element takes typing: a text field, select or editable element.
pub fn is_field(el: &web_sys::Element) -> bool {
    matches!(el.tag_name().as_str(), "INPUT" | "TEXTAREA" | "SELECT") || el.has_attribute("contenteditable")
}

/// Gives keyboard focus to the element `id`, if there is one.
pub fn focus_id(id: &str) {
    use wasm_bindgen::JsCast;
    if let Some(el) = document().and_then(|d| d.get_element_by_id(id)).and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok()) {
        let _ = el.focus();
    }
}

/// Gives keyboard focus to the element `id` once the current render is done
/// (for an element that the action being handled brings into the page),
/// unless focus is already inside it.
pub fn focus_soon(id: impl Into<String>) {
    let id: String = id.into();
    #[cfg(target_arch = "wasm32")]
    gloo_timers::callback::Timeout::new(0, move || {
        let within = document().and_then(|d| Some((d.get_element_by_id(&id)?, d.active_element()?))).is_some_and(|(el, active)| el.contains(Some(&active)));
        if !within {
            focus_id(&id);
        }
    })
    .forget();
    #[cfg(not(target_arch = "wasm32"))]
    let _ = id;
}

/// Opens the browser's print dialog.
pub fn print() {
    #[cfg(target_arch = "wasm32")]
    if let Some(w) = web_sys::window() {
        let _ = w.print();
    }
}

/// Calls `f` when the URL changes under the reader (Back, Forward, an
/// edited fragment). Dropping the result stops listening.
pub fn on_location_change(f: impl Fn() + 'static) -> Vec<gloo_events::EventListener> {
    #[cfg(target_arch = "wasm32")]
    {
        let Some(window) = web_sys::window() else { return Vec::new() };
        let f = std::rc::Rc::new(f);
        ["popstate", "hashchange"]
            .into_iter()
            .map(|event| {
                let f = f.clone();
                gloo_events::EventListener::new(&window, event, move |_| f())
            })
            .collect()
    }
    #[cfg(not(target_arch = "wasm32"))]
    {
        let _ = f;
        Vec::new()
    }
}

/// This page's URL with `fragment` (the view alone, see
/// `ViewParams::view_only`), and `?embed=1` for the embedded reader.
pub fn page_url(fragment: &str, embed: bool) -> String {
    // From href, not origin: sandboxed frames and file:// have a "null" origin.
    #[cfg(target_arch = "wasm32")]
    let base = web_sys::window()
        .and_then(|w| w.location().href().ok())
        .map(|href| href.split(['?', '#']).next().unwrap_or_default().to_string())
        .unwrap_or_default();
    #[cfg(not(target_arch = "wasm32"))]
    let base = String::new();
    match (embed, fragment.is_empty()) {
        (true, true) => format!("{base}?embed=1"),
        (true, false) => format!("{base}?embed=1#{fragment}"),
        (false, true) => base,
        (false, false) => format!("{base}#{fragment}"),
    }
}

/// Copies `text` to the clipboard, then tells `done` whether it could.
pub fn copy_text(text: &str, done: yew::Callback<bool>) {
    #[cfg(target_arch = "wasm32")]
    {
        let Some(window) = web_sys::window() else { return done.emit(false) };
        let promise = window.navigator().clipboard().write_text(text);
        wasm_bindgen_futures::spawn_local(async move {
            done.emit(wasm_bindgen_futures::JsFuture::from(promise).await.is_ok());
        });
    }
    #[cfg(not(target_arch = "wasm32"))]
    {
        let _ = text;
        done.emit(false);
    }
}

/// In an iframe, posts `{type: "bamboo-reader:height", height}` to the
/// parent page whenever the reader's height changes. Dropping the result
/// stops it.
pub fn post_height_to_parent() -> Option<HeightReporter> {
    #[cfg(target_arch = "wasm32")]
    {
        use wasm_bindgen::closure::Closure;
        use wasm_bindgen::JsCast;
        let window = web_sys::window()?;
        let parent = window.parent().ok()??;
        if parent == window {
            return None;
        }
        let root = window.document()?.document_element()?;
        let last = std::cell::Cell::new(-1.0);
        let measured = root.clone();
        let callback = Closure::<dyn FnMut()>::new(move || {
            let height = measured.get_bounding_client_rect().height().ceil();
            if height != last.get() {
                last.set(height);
                let message = js_sys::Object::new();
                let _ = js_sys::Reflect::set(&message, &"type".into(), &"bamboo-reader:height".into());
                let _ = js_sys::Reflect::set(&message, &"height".into(), &height.into());
                let _ = parent.post_message(&message, "*");
            }
        });
        let observer = web_sys::ResizeObserver::new(callback.as_ref().unchecked_ref()).ok()?;
        observer.observe(&root);
        Some(HeightReporter { observer, _callback: callback })
    }
    #[cfg(not(target_arch = "wasm32"))]
    None
}

/// Keeps the height reports going while alive.
pub struct HeightReporter {
    #[cfg(target_arch = "wasm32")]
    observer: web_sys::ResizeObserver,
    #[cfg(target_arch = "wasm32")]
    _callback: wasm_bindgen::closure::Closure<dyn FnMut()>,
}

impl Drop for HeightReporter {
    fn drop(&mut self) {
        #[cfg(target_arch = "wasm32")]
        self.observer.disconnect();
    }
}

/// Runs `f` once the next frame has been painted: at the next animation
/// frame, then in a task of its own. Dropping the handle cancels it.
pub struct AfterPaint {
    #[cfg(target_arch = "wasm32")]
    frame: Option<(i32, wasm_bindgen::closure::Closure<dyn FnMut()>)>,
    #[cfg(target_arch = "wasm32")]
    _timeout: std::rc::Rc<std::cell::RefCell<Option<gloo_timers::callback::Timeout>>>,
}

pub fn after_paint(f: impl FnOnce() + 'static) -> AfterPaint {
    #[cfg(target_arch = "wasm32")]
    {
        use std::{cell::RefCell, rc::Rc};
        use wasm_bindgen::{closure::Closure, JsCast};
        let timeout: Rc<RefCell<Option<gloo_timers::callback::Timeout>>> = Rc::default();
        let slot = timeout.clone();
        let mut f = Some(f);
        let closure = Closure::<dyn FnMut()>::new(move || {
            if let Some(f) = f.take() {
                *slot.borrow_mut() = Some(gloo_timers::callback::Timeout::new(0, f));
            }
        });
        let frame = web_sys::window().and_then(|w| w.request_animation_frame(closure.as_ref().unchecked_ref()).ok()).map(|id| (id, closure));
        AfterPaint { frame, _timeout: timeout }
    }
    #[cfg(not(target_arch = "wasm32"))]
    {
        drop(f);
        AfterPaint {}
    }
}

/// Resolves once the browser has painted a frame (see [`after_paint`]):
/// for work that must first show what it is doing.
pub async fn painted() {
    #[cfg(target_arch = "wasm32")]
    {
        let mut wait = None;
        let promise = js_sys::Promise::new(&mut |resolve, _| {
            wait = Some(after_paint(move || {
                let _ = resolve.call0(&wasm_bindgen::JsValue::NULL);
            }));
        });
        let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
        drop(wait);
    }
}

impl Drop for AfterPaint {
    fn drop(&mut self) {
        #[cfg(target_arch = "wasm32")]
        if let (Some(w), Some((id, _))) = (web_sys::window(), self.frame.as_ref()) {
            let _ = w.cancel_animation_frame(*id);
        }
    }
}

/// Scrolls the element `id` into view within its scrolling row (a tab in a
/// row of tabs), moving the page no more than needed.
pub fn scroll_into_row(id: &str) {
    if let Some(el) = document().and_then(|d| d.get_element_by_id(id)) {
        let options = web_sys::ScrollIntoViewOptions::new();
        options.set_block(web_sys::ScrollLogicalPosition::Nearest);
        options.set_inline(web_sys::ScrollLogicalPosition::Nearest);
        el.scroll_into_view_with_scroll_into_view_options(&options);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn page_url_table() {
        // Natively the base is empty: what is left is the query and fragment.
        let rows = [
            ("", false, ""),
            ("", true, "?embed=1"),
            ("a=x&b=y", false, "#a=x&b=y"),
            ("a=x", true, "?embed=1#a=x"),
        ];
        for (fragment, embed, want) in rows {
            assert_eq!(page_url(fragment, embed), want, "{fragment} {embed}");
        }
    }
}
