use gloo_events::{EventListener, EventListenerOptions};
use wasm_bindgen::JsCast;
use yew::prelude::*;

use crate::components::analysts_panel::AnalystsPanel;
use crate::components::column::Column;
use crate::components::compare_view::CompareView;
use crate::components::viewpoint_filter::ViewpointFilter;
use crate::components::entity_card::{EntityCard, Hover};
use crate::components::entity_index::EntityIndex;
use crate::components::export_button::ExportButton;
use crate::components::legend::Legend;
use crate::components::mention_nav::MentionNav;
use crate::library::{EntityIx, MentionAt};
use crate::state::{Action, Reader, Side};
use crate::LibraryRef;

#[derive(Properties, PartialEq)]
pub struct AppProps {
    pub library: LibraryRef,
    /// The view to start from; the first two articles when `None`.
    #[prop_or_default]
    pub initial: Option<Reader>,
}

impl AppProps {
    pub fn new(library: LibraryRef) -> Self {
        AppProps { library, initial: None }
    }
}

/// The whole reader: the library context, the state, the toolbar, two
/// columns and the entity sidebar.
#[component]
pub fn App(props: &AppProps) -> Html {
    let lib = props.library.clone();
    let reader = {
        let initial = props.initial.clone();
        let lib = lib.clone();
        use_reducer(move || initial.unwrap_or_else(|| Reader::initial(&lib.corpus)))
    };
    let hover = use_state(|| None::<Hover>);
    let dispatch = {
        let reader = reader.dispatcher();
        Callback::from(move |action| reader.dispatch(action))
    };
    let articles = reader.articles();
    let walk: Vec<MentionAt> = reader.focus.map(|e| lib.mentions_of(e, &articles)).unwrap_or_default();
    let current = reader.cursor.and_then(|i| walk.get(i).copied());

    // j / k walk the focused entity's mentions; Escape clears the focus.
    {
        let dispatch = dispatch.clone();
        let count = walk.len();
        let focused = reader.focus.is_some();
        use_effect_with((focused, count), move |&(focused, count)| {
            let listener = gloo_utils_document().map(|doc| {
                EventListener::new_with_options(&doc, "keydown", EventListenerOptions::enable_prevent_default(), move |e| {
                    let Some(e) = e.dyn_ref::<web_sys::KeyboardEvent>() else { return };
                    if !focused || e.ctrl_key() || e.meta_key() || e.alt_key() || typing_in(e) {
                        return;
                    }
                    match e.key().as_str() {
                        "j" => dispatch.emit(Action::Step { forward: true, count }),
                        "k" => dispatch.emit(Action::Step { forward: false, count }),
                        "Escape" => dispatch.emit(Action::Focus(None)),
                        _ => return,
                    }
                    e.prevent_default();
                })
            });
            move || drop(listener)
        });
    }

    let on_mark = {
        let dispatch = dispatch.clone();
        let lib = lib.clone();
        Callback::from(move |(entity, at): (EntityIx, MentionAt)| {
            let position = lib.mentions_of(entity, &articles).iter().position(|m| *m == at).unwrap_or(0);
            dispatch.emit(Action::FocusAt(entity, position));
        })
    };
    let on_hover = {
        let hover = hover.clone();
        Callback::from(move |h: Option<Hover>| hover.set(h))
    };
    html! {
        <ContextProvider<LibraryRef> context={lib.clone()}>
            <header class="masthead">
                <h1>{ "Bamboo Reader" }</h1>
                <p class="tagline">{ "Vietnam–China relations, 2022–2024: compare the coverage side by side." }</p>
            </header>
            <div class="toolbar">
                <Legend articles={articles} kinds={reader.kinds} dispatch={dispatch.clone()} />
                <ExportButton articles={articles} />
            </div>
            <ViewpointFilter articles={articles} filter={reader.filter} only_matching={reader.only_matching} dispatch={dispatch.clone()} />
            <CompareView articles={articles} selected={reader.filter.viewpoints} />
            if let Some(focus) = reader.focus {
                <MentionNav entity={focus} count={walk.len()} cursor={reader.cursor} dispatch={dispatch.clone()} />
            }
            <div class="layout">
                <main class="columns">
                    { for Side::BOTH.iter().enumerate().map(|(column, &side)| html! {
                        <Column
                            key={side.key()}
                            {side}
                            article={reader.article(side)}
                            kinds={reader.kinds}
                            focus={reader.focus}
                            current={current.filter(|c| c.column == column).map(|c| (c.block, c.index))}
                            filter={reader.filter}
                            only_matching={reader.only_matching}
                            jump={reader.jump.filter(|j| j.0 == column).map(|j| (j.1, j.2))}
                            {column}
                            dispatch={dispatch.clone()}
                            on_mark={on_mark.clone()}
                            on_hover={on_hover.clone()}
                        />
                    }) }
                </main>
                <aside class="sidebar" aria-label="Entities">
                    if let Some(focus) = reader.focus {
                        <EntityCard entity={Some(focus)} hover={None::<Hover>} />
                    }
                    <EntityIndex articles={articles} focus={reader.focus} dispatch={dispatch.clone()} />
                    <AnalystsPanel articles={articles} filter={reader.filter} dispatch={dispatch.clone()} />
                </aside>
            </div>
            if let Some(h) = (*hover).clone() {
                <EntityCard entity={h.entity} hover={Some(h)} />
            }
        </ContextProvider<LibraryRef>>
    }
}

fn gloo_utils_document() -> Option<web_sys::Document> {
    web_sys::window().and_then(|w| w.document())
}

/// Whether a key press is typing into a form field.
fn typing_in(e: &web_sys::KeyboardEvent) -> bool {
    e.target()
        .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
        .is_some_and(|el| matches!(el.tag_name().as_str(), "INPUT" | "TEXTAREA" | "SELECT") || el.has_attribute("contenteditable"))
}
