//! Custom hooks: every effect the [`App`](crate::App) needs, so that
//! `app.rs` reads as the layout.
//!
//! * [`use_reader`]: the reducer, started from the link, with the notices
//!   for what the link could not say;
//! * [`use_url_sync`]: the view in the URL fragment, Back and Forward;
//! * [`use_deferred`]: a value a frame late, for work that can wait;
//! * [`use_height_report`]: an embedded reader's height for its host page;
//! * [`use_theme`]: the theme attribute on `<html>`;
//! * [`use_shortcuts`]: the keyboard (`j`, `k`, `[`, `]`, `/`, `?`, Escape);
//! * [`use_follow_tab`]: on a phone, the tab that holds what was focused;
//! * [`use_tab_scroll`]: on a phone, each tab keeps its reading position;
//! * [`use_focus_return`]: focus goes back where it was when a layer closes;
//! * in `mine`, the reader's own articles: storage, other tabs, the host
//!   page, dropped files, the text selection, and the columns following the
//!   library as it changes.

mod mine;

pub use mine::{corpus_id, reset_storage, use_file_drop, use_follow_library, use_host_messages, use_mine, use_selection, Selected};

use bamboo_core::{Height, Theme, ViewParams};
use gloo_events::{EventListener, EventListenerOptions};
use wasm_bindgen::JsCast;
use yew::prelude::*;

use crate::library::{EntityIx, MentionAt};
use crate::state::{Action, Layer, Reader, Side};
use crate::{browser, link, LibraryRef};

/// The reader's state, starting from `initial` or else from the link (query,
/// then fragment), and the notices for what the link could not say.
#[hook]
pub fn use_reader(lib: &LibraryRef, initial: Option<Reader>) -> (UseReducerHandle<Reader>, UseStateHandle<Vec<String>>) {
    let start = {
        let lib = lib.clone();
        use_memo((), move |_| match initial {
            Some(r) => (r, Vec::new()),
            None => browser::location_params().map_or_else(
                || (Reader::initial(&lib.corpus), Vec::new()),
                |(p, mut notices)| {
                    let (r, more) = link::reader_from_params(&lib, &p);
                    notices.extend(more);
                    (r, notices)
                },
            ),
        })
    };
    let reader = {
        let r = start.0.clone();
        use_reducer(move || r)
    };
    let notices = {
        let n = start.1.clone();
        use_state(move || n)
    };
    (reader, notices)
}

/// Keeps the URL fragment equal to the view: a new history entry per change,
/// so Back and Forward step through views (the first write only tidies the
/// URL); and restores the view the URL holds after Back, Forward or an
/// edited fragment. Returns the view alone, without this frame's settings:
/// what a shared link or an embed code carries.
#[hook]
pub fn use_url_sync(lib: &LibraryRef, reader: &Reader, dispatch: Callback<Action>, notices: UseStateHandle<Vec<String>>) -> AttrValue {
    let params = link::params_of(lib, reader);
    let fragment = params.format();
    let view = AttrValue::from(params.view_only().format());
    // A new history entry per change of view; typing a query only
    // rewrites the current one, so Back does not step through keystrokes.
    let previous = use_mut_ref(|| None::<ViewParams>);
    use_effect_with(fragment, move |fragment| {
        let before = previous.borrow_mut().replace(params.clone());
        let replace = before.is_none_or(|b| ViewParams { q: params.q.clone(), ..b } == params);
        browser::write_fragment(fragment, replace);
    });
    // The listener reads the library of the latest render: the reader's
    // own articles change it after mount.
    let current = use_mut_ref(|| lib.clone());
    *current.borrow_mut() = lib.clone();
    use_effect_with((), move |_| {
        // An edited fragment fires both `popstate` and `hashchange`: the
        // second finds the URL this handler tidied, and must not clear the
        // notices the first one set.
        let handled = std::cell::RefCell::new(None::<String>);
        let listeners = browser::on_location_change(move || {
            let lib = current.borrow().clone();
            if browser::location_href().is_some() && *handled.borrow() == browser::location_href() {
                return;
            }
            if let Some((p, mut found)) = browser::location_params() {
                let (r, more) = link::reader_from_params(&lib, &p);
                found.extend(more);
                notices.set(found);
                // Tidy the URL in place, so Back never returns to a link
                // that only rewrites itself.
                browser::write_fragment(&link::params_of(&lib, &r).format(), true);
                *handled.borrow_mut() = browser::location_href();
                dispatch.emit(Action::Restore(r));
            }
        });
        move || drop(listeners)
    });
    view
}

/// `value`, but a frame late when it changes: what can wait (marking a
/// query's hits in the columns) waits until the frame that answers the
/// keystroke (the search results) has been painted. A newer value cancels
/// the wait for an older one.
#[hook]
pub fn use_deferred<T: Clone + PartialEq + 'static>(value: T) -> T {
    let shown = use_state_eq(|| value.clone());
    {
        let shown = shown.clone();
        use_effect_with(value, move |v| {
            let v = v.clone();
            let wait = browser::after_paint(move || shown.set(v));
            move || drop(wait)
        });
    }
    (*shown).clone()
}

/// Only an embedded reader with `height=auto` tells its host page its height.
#[hook]
pub fn use_height_report(embed: bool, height: Height) {
    let report = embed && height == Height::Auto;
    use_effect_with(report, move |report| {
        let reporter = if *report { browser::post_height_to_parent() } else { None };
        move || drop(reporter)
    });
}

#[hook]
pub fn use_theme(theme: Theme) {
    use_effect_with(theme, move |theme| browser::set_theme(*theme));
}

/// What a key press does, given whether an entity is focused: the single
/// place that maps keys to actions (the help overlay lists the same keys).
pub fn shortcut(key: &str, focused: bool, count: usize) -> Option<Shortcut> {
    Some(match key {
        "j" if focused => Shortcut::Do(Action::Step { forward: true, count }),
        "k" if focused => Shortcut::Do(Action::Step { forward: false, count }),
        "[" => Shortcut::Do(Action::ShowTab(Side::Left)),
        "]" => Shortcut::Do(Action::ShowTab(Side::Right)),
        "?" => Shortcut::Do(Action::ToggleLayer(Layer::Help)),
        "Escape" => Shortcut::Do(Action::Escape),
        "/" => Shortcut::Search,
        _ => return None,
    })
}

/// The result of a shortcut.
#[derive(Clone, Debug, PartialEq)]
pub enum Shortcut {
    Do(Action),
    /// Put the cursor in the search box.
    Search,
}

/// The keyboard shortcuts, anywhere on the page but in a form field
/// (where only Escape counts).
#[hook]
pub fn use_shortcuts(dispatch: Callback<Action>, focused: bool, count: usize) {
    use_effect_with((focused, count), move |&(focused, count)| {
        let listener = browser::document().map(|doc| {
            EventListener::new_with_options(&doc, "keydown", EventListenerOptions::enable_prevent_default(), move |e| {
                let Some(e) = e.dyn_ref::<web_sys::KeyboardEvent>() else { return };
                let key = e.key();
                if e.ctrl_key() || e.meta_key() || e.alt_key() || e.default_prevented() || (key != "Escape" && typing_in(e)) {
                    return;
                }
                match shortcut(&key, focused, count) {
                    Some(Shortcut::Do(action)) => dispatch.emit(action),
                    Some(Shortcut::Search) => browser::focus_id("search"),
                    None => return,
                }
                e.prevent_default();
            })
        });
        move || drop(listener)
    });
}

/// Whether a key press is typing into a form field.
fn typing_in(e: &web_sys::KeyboardEvent) -> bool {
    e.target()
        .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
        .is_some_and(|el| browser::is_field(&el))
}

/// On a phone only one article shows: when the reader walks to a mention,
/// or focuses an entity the shown article never mentions, show the tab that
/// holds it. Only a new focus or mention moves the tab, so the reader can
/// still switch tabs by hand while an entity is focused.
#[hook]
pub fn use_follow_tab(dispatch: Callback<Action>, tab: Side, focus: Option<EntityIx>, walk: &[MentionAt], current: Option<MentionAt>) {
    let target = match current {
        Some(at) => Some(Side::of_column(at.column)),
        None if !walk.is_empty() && walk.iter().all(|m| m.column != tab.column()) => Some(tab.other()),
        None => None,
    };
    use_effect_with((focus, current), move |_| {
        if let Some(side) = target {
            dispatch.emit(Action::ShowTab(side));
        }
    });
}

/// What the reader is being taken to: the current mention and the block
/// jumped to, with the column of each.
pub type Reveal = (Option<MentionAt>, Option<(usize, usize, u32)>);

/// On a phone each tab keeps its own reading position: the page's scroll
/// offset is recorded per tab and restored when the tab is shown again,
/// unless the tab was shown to reveal something new in it (a mention walked
/// to, a quote followed), which then scrolls into view instead.
#[hook]
pub fn use_tab_scroll(tab: Side, reveal: Reveal) {
    let offsets = use_mut_ref(|| [0.0f64; 2]);
    let last = use_mut_ref(|| (tab, reveal));
    use_effect_with((tab, reveal), move |&(tab, reveal)| {
        let (last_tab, at_last_switch) = *last.borrow();
        let mut listener = None;
        if tab != last_tab {
            *last.borrow_mut() = (tab, reveal);
        }
        if browser::narrow() {
            let arriving = reveal != at_last_switch && (reveal.0.is_some_and(|m| m.column == tab.column()) || reveal.1.is_some_and(|j| j.0 == tab.column()));
            if tab != last_tab && !arriving {
                browser::scroll_to(offsets.borrow()[tab.column()]);
            }
            listener = Some(browser::on_scroll(move |y| offsets.borrow_mut()[tab.column()] = y));
        }
        move || drop(listener)
    });
}

/// Puts keyboard focus back where it was when `open` turns false, if focus
/// was lost with what closed (and not moved on, say to a quote followed).
/// "Where it was" is the last element focused outside the layer, matched by
/// `layer` (a CSS selector), as a `focusin` listener saw it: an effect that
/// notes the focus when the layer opens could run after the layer has taken
/// it.
#[hook]
pub fn use_focus_return(open: bool, layer: &'static str) {
    let last = use_mut_ref(|| None::<web_sys::HtmlElement>);
    {
        let last = last.clone();
        use_effect_with((), move |_| {
            let listener = browser::on_focus_in(move |el| {
                if el.closest(layer).ok().flatten().is_none() {
                    *last.borrow_mut() = Some(el);
                }
            });
            move || drop(listener)
        });
    }
    use_effect_with(open, move |&open| {
        if open {
            return;
        }
        // Cloned out first: focusing fires `focusin`, whose listener writes `last`.
        let el = last.borrow().clone();
        if let Some(el) = el.filter(|el| el.is_connected() && browser::focus_is_lost()) {
            let _ = el.focus();
        }
    });
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shortcut_table() {
        let rows = [
            ("j", true, Some(Shortcut::Do(Action::Step { forward: true, count: 3 }))),
            ("k", true, Some(Shortcut::Do(Action::Step { forward: false, count: 3 }))),
            ("j", false, None),
            ("[", false, Some(Shortcut::Do(Action::ShowTab(Side::Left)))),
            ("]", true, Some(Shortcut::Do(Action::ShowTab(Side::Right)))),
            ("?", false, Some(Shortcut::Do(Action::ToggleLayer(Layer::Help)))),
            ("Escape", false, Some(Shortcut::Do(Action::Escape))),
            ("/", false, Some(Shortcut::Search)),
            ("x", true, None),
        ];
        for (key, focused, want) in rows {
            assert_eq!(shortcut(key, focused, 3), want, "{key}");
        }
    }
}
