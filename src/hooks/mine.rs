//! The hooks of readers' own articles:
//!
//! * [`use_mine`]: the [`Mine`] reducer, loaded from storage (and a
//!   downloaded reader's data block), saved after every change, and told
//!   when another tab changed storage;
//! * [`use_host_messages`]: the host page's `show` and `add-article`
//!   messages in, the `view` message out;
//! * [`use_file_drop`]: a file dropped anywhere on the page;
//! * [`use_selection`]: the text selected within one block of a column;
//! * [`use_follow_library`]: the columns and the focus keep their article
//!   and entity when the library changes, and a new article is shown.

#![cfg_attr(not(target_arch = "wasm32"), allow(dead_code))]

use std::collections::BTreeMap;
#[cfg(target_arch = "wasm32")]
use std::rc::Rc;

use bamboo_core::{read_plain, UserArticle, UserData, ViewParams, HOST_PREFIX, USER_PREFIX};
use serde::{Deserialize, Serialize};
use wasm_bindgen::JsCast;
use yew::prelude::*;

use crate::browser::mine as web;
use crate::mine::{Mine, MineAction, ReaderFile};
use crate::state::{Action, Reader, Side};
use crate::{link, LibraryRef};

/// A downloaded reader's data block (its text, read before Yew mounts and
/// replaces the body), if any: `Err` with a message when it cannot be read.
fn reader_file(json: Option<&str>) -> Option<Result<ReaderFile, String>> {
    #[derive(Deserialize)]
    struct Raw {
        #[serde(default = "yes")]
        builtin: bool,
        // The text of the data as it stands: a `serde_json::Value` would be
        // parsed, written back and parsed again, and bring its own code.
        data: Box<serde_json::value::RawValue>,
    }
    fn yes() -> bool {
        true
    }
    let json = json?;
    Some(
        serde_json::from_str::<Raw>(json)
            .map_err(|e| e.to_string())
            .and_then(|raw| UserData::decode(raw.data.get()).map(|data| ReaderFile { builtin: raw.builtin, data }).map_err(|e| e.to_string())),
    )
}

#[hook]
pub fn use_mine(data_block: Option<AttrValue>) -> UseReducerHandle<Mine> {
    let mine = use_reducer(Mine::default);
    {
        // What a panic's export gives (src/crash.rs): shared, not copied.
        let data = mine.data.clone();
        use_effect(move || crate::crash::keep(&data));
    }
    #[cfg(not(target_arch = "wasm32"))]
    let _ = data_block;
    #[cfg(target_arch = "wasm32")]
    {
        let db = use_mut_ref(|| None::<Rc<crate::store::Db>>);
        let tabs = use_mut_ref(|| None::<web::Tabs>);
        {
            let (db, tabs, dispatcher) = (db.clone(), tabs.clone(), mine.dispatcher());
            use_effect_with((), move |_| {
                wasm_bindgen_futures::spawn_local(async move {
                    let (file, bad_file) = match reader_file(data_block.as_deref()) {
                        Some(Ok(f)) => (Some(f), None),
                        Some(Err(why)) => (None, Some(why)),
                        None => (None, None),
                    };
                    let stored = match crate::store::open().await {
                        Ok(handle) => {
                            let handle = Rc::new(handle);
                            *db.borrow_mut() = Some(handle.clone());
                            let on_change = {
                                let (handle, dispatcher) = (handle.clone(), dispatcher.clone());
                                move || {
                                    let (handle, dispatcher) = (handle.clone(), dispatcher.clone());
                                    wasm_bindgen_futures::spawn_local(async move {
                                        if let Ok(data) = crate::store::load(&handle).await {
                                            dispatcher.dispatch(MineAction::External(data));
                                        }
                                    });
                                }
                            };
                            *tabs.borrow_mut() = web::Tabs::open(on_change);
                            crate::store::load(&handle).await
                        }
                        Err(p) => Err(p),
                    };
                    dispatcher.dispatch(MineAction::Loaded { stored, file });
                    if let Some(why) = bad_file {
                        dispatcher.dispatch(MineAction::Say(format!("The articles in this file could not be read ({why}).")));
                    }
                });
            });
        }
        {
            let dispatcher = mine.dispatcher();
            let write = mine.pending() && mine.writable();
            let (data, dropped, revision) = (mine.data.clone(), mine.dropped.clone(), mine.revision);
            use_effect_with((revision, write), move |&(revision, write)| {
                let handle = db.borrow().clone();
                if let (true, Some(handle)) = (write, handle) {
                    wasm_bindgen_futures::spawn_local(async move {
                        match crate::store::save(&handle, &data, &dropped).await {
                            Ok(stored) => {
                                dispatcher.dispatch(MineAction::Saved(revision, stored));
                                if let Some(t) = tabs.borrow().as_ref() {
                                    t.post();
                                }
                            }
                            Err(p) => dispatcher.dispatch(MineAction::SaveFailed(p)),
                        }
                    });
                }
            });
        }
        // Persistent storage is asked for once, with the first article.
        let has_articles = !mine.data.articles.is_empty();
        use_effect_with(has_articles, |&has| {
            if has {
                wasm_bindgen_futures::spawn_local(async {
                    web::persist().await;
                });
            }
        });
    }
    mine
}

/// Storage reset to what is in memory: after unreadable data, the reader's
/// choice (see `store::reset`). Other tabs are told, as after a save.
pub fn reset_storage(mine: &UseReducerHandle<Mine>) {
    #[cfg(target_arch = "wasm32")]
    {
        let (data, dropped, dispatcher) = (mine.data.clone(), mine.dropped.clone(), mine.dispatcher());
        wasm_bindgen_futures::spawn_local(async move {
            let result = match crate::store::open().await {
                Ok(db) => crate::store::reset(&db, &data, &dropped).await,
                Err(p) => Err(p),
            };
            match result {
                Ok(stored) => {
                    dispatcher.dispatch(MineAction::Reset(stored));
                    if let Some(tabs) = web::Tabs::open(|| {}) {
                        tabs.post();
                    }
                }
                Err(p) => dispatcher.dispatch(MineAction::Say(p.describe())),
            }
        });
    }
    #[cfg(not(target_arch = "wasm32"))]
    let _ = mine;
}

/// A link value as a host page may give it: text, a list, a flag or a
/// number. Read with its own visitor rather than `#[serde(untagged)]`, which
/// buffers every value first; a number keeps its text, so no float
/// formatting reaches the bundle.
enum Value {
    Text(String),
    List(Vec<String>),
    Flag(bool),
    Number(String),
}

impl<'de> Deserialize<'de> for Value {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Value, D::Error> {
        struct Visit;
        impl<'de> serde::de::Visitor<'de> for Visit {
            type Value = Value;
            fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                f.write_str("text, a list of texts, a flag or a number")
            }
            fn visit_str<E>(self, v: &str) -> Result<Value, E> {
                Ok(Value::Text(v.to_string()))
            }
            fn visit_string<E>(self, v: String) -> Result<Value, E> {
                Ok(Value::Text(v))
            }
            fn visit_bool<E>(self, v: bool) -> Result<Value, E> {
                Ok(Value::Flag(v))
            }
            fn visit_i64<E>(self, v: i64) -> Result<Value, E> {
                Ok(Value::Number(v.to_string()))
            }
            fn visit_u64<E>(self, v: u64) -> Result<Value, E> {
                Ok(Value::Number(v.to_string()))
            }
            fn visit_f64<E>(self, v: f64) -> Result<Value, E> {
                Ok(Value::Number(number_text(v)))
            }
            fn visit_seq<A: serde::de::SeqAccess<'de>>(self, mut seq: A) -> Result<Value, A::Error> {
                let mut list = Vec::new();
                while let Some(item) = seq.next_element::<String>()? {
                    list.push(item);
                }
                Ok(Value::List(list))
            }
        }
        d.deserialize_any(Visit)
    }
}

/// A number as JavaScript writes it (Rust's float formatting would cost the
/// bundle kilobytes).
fn number_text(n: f64) -> String {
    #[cfg(target_arch = "wasm32")]
    {
        js_sys::Number::from(n).to_string_with_radix(10).map(String::from).unwrap_or_default()
    }
    #[cfg(not(target_arch = "wasm32"))]
    n.to_string()
}

/// A message from the host page: its `type`, and the `view` of a `show`
/// or the `article` of an `add-article`. A plain struct rather than an
/// internally tagged enum, which serde would buffer whole before reading.
#[derive(Deserialize)]
struct HostMessage {
    r#type: String,
    #[serde(default)]
    view: Option<BTreeMap<String, Value>>,
    #[serde(default)]
    article: Option<HostArticle>,
}

#[derive(Deserialize)]
struct HostArticle {
    title: String,
    text: String,
    #[serde(default)]
    outlet: String,
    #[serde(default)]
    author: String,
    #[serde(default)]
    date: String,
    #[serde(default)]
    url: String,
}

/// The link fragment a `show` message's view stands for.
fn fragment_of(view: &BTreeMap<String, Value>) -> String {
    let value = |v: &Value| match v {
        Value::Text(t) => t.clone(),
        Value::List(l) => l.join(","),
        Value::Flag(f) => if *f { "1" } else { "0" }.to_string(),
        Value::Number(n) => n.clone(),
    };
    view.iter().map(|(k, v)| format!("{k}={}", value(v))).collect::<Vec<_>>().join("&")
}

/// The link's keys of a view, for the `view` message.
fn keys_of(fragment: &str) -> BTreeMap<String, String> {
    fragment.split('&').filter_map(|kv| kv.split_once('=')).map(|(k, v)| (k.to_string(), v.to_string())).collect()
}

/// The article a host page added: plain text split on blank lines, its
/// fields as given, kept in memory only. `Err` says why it was refused.
fn host_article(a: HostArticle) -> Result<UserArticle, String> {
    let blocks = read_plain(&a.text);
    bamboo_core::check_new_article(&UserData::default(), &blocks).map_err(|r| r.to_string())?;
    let title = match a.title.trim() {
        "" => bamboo_core::opening_words(&blocks).unwrap_or_default(),
        t => t.to_string(),
    };
    let mut article = UserArticle::new(&title, blocks, &web::now_iso());
    article.outlet = a.outlet;
    article.author = a.author;
    article.date = a.date;
    article.url = a.url;
    Ok(article.normalized())
}

/// Messages with the host page, in an embedded reader: `show` sets the view
/// (this frame keeps its own settings), `add-article` adds an article in
/// memory only; and each change of the view is posted as `view`. Stored
/// articles are never sent.
#[hook]
pub fn use_host_messages(lib: &LibraryRef, reader: &Reader, view: AttrValue, dispatch: Callback<Action>, mine: Callback<MineAction>) {
    let current = use_mut_ref(|| (lib.clone(), reader.clone()));
    *current.borrow_mut() = (lib.clone(), reader.clone());
    use_effect_with((), move |_| {
        let listener = web::on_parent_message(move |data| match serde_wasm_bindgen::from_value::<HostMessage>(data) {
            Ok(HostMessage { r#type, view: Some(view), .. }) if r#type == "bamboo-reader:show" => {
                let (lib, now) = current.borrow().clone();
                let (params, _) = ViewParams::parse(&fragment_of(&view));
                let (r, _) = link::reader_from_params(&lib, &params);
                dispatch.emit(Action::Restore(Reader { embed: now.embed, height: now.height, theme: if view.contains_key("theme") { r.theme } else { now.theme }, ..r }));
            }
            Ok(HostMessage { r#type, article: Some(article), .. }) if r#type == "bamboo-reader:add-article" => match host_article(article) {
                Ok(a) => mine.emit(MineAction::HostAdd(a)),
                Err(why) => warn(&format!("Bamboo Reader: the host page's article was not added: {why}")),
            },
            Ok(HostMessage { r#type, .. }) => warn(&format!("Bamboo Reader ignored a message it could not read: type {:?} without its view or article", r#type)),
            Err(e) => warn(&format!("Bamboo Reader ignored a message it could not read: {e}")),
        });
        move || drop(listener)
    });
    use_effect_with(view, |view| {
        #[derive(Serialize)]
        struct Out {
            r#type: &'static str,
            view: BTreeMap<String, String>,
        }
        let message = Out { r#type: "bamboo-reader:view", view: keys_of(view) };
        // Plain objects, not `Map`s: what a host page reads as `view.a`.
        if let Ok(js) = message.serialize(&serde_wasm_bindgen::Serializer::json_compatible()) {
            web::post_to_parent(&js);
        }
    });
}

fn warn(text: &str) {
    #[cfg(target_arch = "wasm32")]
    web_sys::console::warn_1(&text.into());
    #[cfg(not(target_arch = "wasm32"))]
    let _ = text;
}

/// A file dropped anywhere on the page goes to `on_file`.
#[hook]
pub fn use_file_drop(on_file: Callback<web_sys::File>) {
    use_effect_with((), move |_| {
        let listeners = crate::browser::document().map(|doc| {
            let opts = gloo_events::EventListenerOptions::enable_prevent_default();
            let over = gloo_events::EventListener::new_with_options(&doc, "dragover", opts, |e| {
                if let Some(e) = e.dyn_ref::<web_sys::DragEvent>() {
                    if e.data_transfer().is_some_and(|d| d.types().includes(&"Files".into(), 0)) {
                        e.prevent_default();
                    }
                }
            });
            let drop = gloo_events::EventListener::new_with_options(&doc, "drop", opts, move |e| {
                let Some(e) = e.dyn_ref::<web_sys::DragEvent>() else { return };
                if let Some(file) = e.data_transfer().and_then(|d| d.files()).and_then(|f| f.get(0)) {
                    e.prevent_default();
                    on_file.emit(file);
                }
            });
            (over, drop)
        });
        move || drop(listeners)
    });
}

/// Text selected within one block of a column.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Selected {
    pub side: Side,
    pub block: usize,
    pub start: usize,
    pub end: usize,
}

#[hook]
pub fn use_selection() -> Option<Selected> {
    let selected = use_state_eq(|| None::<Selected>);
    {
        let selected = selected.clone();
        use_effect_with((), move |_| {
            let listener = crate::browser::document().map(|doc| {
                gloo_events::EventListener::new(&doc, "selectionchange", move |_| {
                    // Typing in a field (the bar's own form, the search box)
                    // moves only the caret: the bar keeps what was selected,
                    // and the selection is not read at all, which would
                    // force a layout after every keystroke. (The bar's
                    // buttons do not count: after one, a new selection is
                    // taken.)
                    if crate::browser::focus_in_field() {
                        return;
                    }
                    let found = web::selection().and_then(|(side, block, start, end)| Some(Selected { side: Side::from_key(&side)?, block, start, end }));
                    selected.set(found);
                })
            });
            move || drop(listener)
        });
    }
    (*selected).clone()
}

/// When the library changes (an article added, removed or corrected), the
/// columns keep showing the same articles and the focus stays on the same
/// entity, by id; a removed article gives way to the first ones. A newly
/// added article (`shown`, a corpus id) is put in the right column.
#[hook]
pub fn use_follow_library(lib: &LibraryRef, reader: &Reader, dispatch: Callback<Action>, shown: Option<String>) {
    let last = use_mut_ref(|| lib.clone());
    let (lib, reader) = (lib.clone(), reader.clone());
    use_effect_with((lib.clone(), shown), move |(lib, shown)| {
        let before = std::mem::replace(&mut *last.borrow_mut(), lib.clone());
        let mut next = reader.clone();
        let keep = |ix: bamboo_core::ArticleIx, fallback: usize| {
            before.corpus.article(ix).and_then(|a| lib.corpus.find_article(&a.id)).unwrap_or(bamboo_core::ArticleIx(fallback.min(lib.corpus.articles.len().saturating_sub(1))))
        };
        next.left = keep(reader.left, 0);
        next.right = keep(reader.right, 1);
        next.focus = reader.focus.and_then(|e| lib.entity_ix(&before.known(e).id));
        if let Some(ix) = shown.as_ref().and_then(|id| lib.corpus.find_article(id)) {
            next.right = ix;
        }
        if next != reader {
            dispatch.emit(Action::Restore(next));
        }
    });
}

/// The corpus id of a reader's article, or of a host page's.
pub fn corpus_id(id: &str, host: bool) -> String {
    format!("{}{id}", if host { HOST_PREFIX } else { USER_PREFIX })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn host_views_become_link_fragments() {
        let view: BTreeMap<String, Value> = [
            ("a".to_string(), Value::Text("dw-2023".into())),
            ("vp".to_string(), Value::List(vec!["hedging".into(), "deference".into()])),
            ("only".to_string(), Value::Flag(true)),
        ]
        .into_iter()
        .collect();
        let fragment = fragment_of(&view);
        assert_eq!(fragment, "a=dw-2023&only=1&vp=hedging,deference");
        assert_eq!(keys_of(&fragment).get("vp").map(String::as_str), Some("hedging,deference"));
    }

    #[test]
    fn host_values_read_as_text_lists_flags_and_numbers() {
        let view: BTreeMap<String, Value> = serde_json::from_str(r#"{"a":"dw-2023","vp":["hedging","deference"],"only":false,"h":600,"x":1.5}"#).unwrap();
        assert_eq!(fragment_of(&view), "a=dw-2023&h=600&only=0&vp=hedging,deference&x=1.5");
        assert!(serde_json::from_str::<BTreeMap<String, Value>>(r#"{"a":{"b":1}}"#).is_err());
        assert!(serde_json::from_str::<BTreeMap<String, Value>>(r#"{"vp":[1]}"#).is_err());
    }

    #[test]
    fn host_articles_are_refused_without_text() {
        let a = HostArticle { title: "T".into(), text: "  ".into(), outlet: String::new(), author: String::new(), date: String::new(), url: String::new() };
        assert!(host_article(a).is_err());
        let a = HostArticle { title: "".into(), text: "One.\n\nTwo.".into(), outlet: "Daily".into(), author: String::new(), date: String::new(), url: String::new() };
        let got = host_article(a).unwrap();
        assert_eq!((got.outlet.as_str(), got.author.as_str(), got.blocks.len()), ("Daily", bamboo_core::NOT_STATED, 2));
    }
}
