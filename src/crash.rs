//! A panic shows a panel instead of a frozen page.
//!
//! After a panic the wasm is stopped, so the panel is the page's own script
//! (`bambooCrashed` in `index.html`), not a component: it names what
//! happened, gives the message to report, a Reload button and "Export your
//! articles". The export needs nothing of the stopped app: it is the JSON
//! of the reader's articles as they were in memory, taken here by the panic
//! hook from the copy [`keep`] holds; without one (the hook could not read
//! it), the page's script reads what storage holds. The console still gets
//! `console_error_panic_hook`'s message and stack.

use std::cell::RefCell;
use std::rc::Rc;

use bamboo_core::UserData;

thread_local! {
    /// The reader's articles as the app holds them now (shared, not copied).
    static WORK: RefCell<Rc<UserData>> = RefCell::default();
}

/// Notes the reader's articles, for the export after a panic.
pub fn keep(data: &Rc<UserData>) {
    WORK.with(|w| {
        if let Ok(mut w) = w.try_borrow_mut() {
            *w = data.clone();
        }
    });
}

/// Installs the panic hook. Test builds (the `crash-test` feature) also get
/// `bambooCrashTest()`, which panics inside the wasm.
pub fn install() {
    yew::set_custom_panic_hook(Box::new(|info| {
        console_error_panic_hook::hook(info);
        show(&info.to_string());
    }));
    #[cfg(all(feature = "crash-test", target_arch = "wasm32"))]
    {
        use wasm_bindgen::{closure::Closure, JsCast};
        let trigger = Closure::<dyn Fn()>::new(|| panic!("a test asked for this panic (bambooCrashTest)"));
        if let Some(w) = web_sys::window() {
            let _ = js_sys::Reflect::set(&w, &"bambooCrashTest".into(), trigger.as_ref().unchecked_ref());
        }
        trigger.forget();
    }
}

/// The export after a panic: the articles in memory as JSON, if any.
fn work() -> Option<String> {
    WORK.try_with(|w| w.try_borrow().ok().filter(|d| !d.articles.is_empty()).map(|d| d.encode())).ok().flatten()
}

fn show(message: &str) {
    #[cfg(target_arch = "wasm32")]
    {
        use wasm_bindgen::JsValue;
        let Some(f) = crate::browser::page_function("bambooCrashed") else { return };
        let work = work().map_or(JsValue::NULL, |w| JsValue::from_str(&w));
        let _ = f.call2(&JsValue::NULL, &JsValue::from_str(message), &work);
    }
    #[cfg(not(target_arch = "wasm32"))]
    let _ = (message, work);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_export_after_a_panic_is_the_articles_in_memory() {
        assert_eq!(work(), None, "nothing to export before any article");
        let mut data = UserData::default();
        data.add(bamboo_core::UserArticle::new("A note", bamboo_core::read_plain("One paragraph."), "2026-11-29")).expect("added");
        keep(&Rc::new(data.clone()));
        let json = work().expect("an export");
        assert_eq!(UserData::decode(&json).expect("decodes").articles, data.articles);
    }
}
