use gloo_events::{EventListener, EventListenerOptions};
use wasm_bindgen::JsCast;
use bamboo_core::Height;
use yew::prelude::*;

use crate::components::analysts_panel::AnalystsPanel;
use crate::components::column::Column;
use crate::components::compare_view::CompareView;
use crate::components::view_controls::ViewControls;
use crate::components::viewpoint_filter::ViewpointFilter;
use crate::components::entity_card::{EntityCard, Hover};
use crate::components::entity_index::EntityIndex;
use crate::components::export_button::ExportButton;
use crate::components::legend::Legend;
use crate::components::mention_nav::MentionNav;
use crate::library::{EntityIx, MentionAt};
use crate::state::{Action, Reader, Side};
use crate::{browser, link, LibraryRef};

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
    // The view starts from the link (query, then fragment), unless given.
    let start = {
        let lib = lib.clone();
        let initial = props.initial;
        use_memo((), move |_| match initial {
            Some(r) => (r, Vec::new()),
            None => browser::location_params().map_or_else(|| (Reader::initial(&lib.corpus), Vec::new()), |(p, mut notices)| {
                let (r, more) = link::reader_from_params(&lib, &p);
                notices.extend(more);
                (r, notices)
            }),
        })
    };
    let reader = {
        let r = start.0;
        use_reducer(move || r)
    };
    let notices = {
        let n = start.1.clone();
        use_state(move || n)
    };
    let hover = use_state(|| None::<Hover>);
    let dispatch = {
        let reader = reader.dispatcher();
        Callback::from(move |action| reader.dispatch(action))
    };
    let articles = reader.articles();
    let walk: Vec<MentionAt> = reader.focus.map(|e| lib.mentions_of(e, &articles)).unwrap_or_default();
    let current = reader.cursor.and_then(|i| walk.get(i).copied());

    // The URL follows the view: a new history entry per change, so Back and
    // Forward step through views; the first write only tidies the URL.
    let params = link::params_of(&lib, &reader);
    let fragment = params.format();
    // What a shared link or an embed code carries: the view, not this frame's settings.
    let view = AttrValue::from(params.view_only().format());
    {
        let first = use_mut_ref(|| true);
        use_effect_with(fragment.clone(), move |fragment| {
            browser::write_fragment(fragment, std::mem::replace(&mut *first.borrow_mut(), false));
        });
    }
    {
        // Only an embedded reader with `height=auto` tells its host page its height.
        let report = reader.embed && reader.height == Height::Auto;
        use_effect_with(report, move |report| {
            let reporter = if *report { browser::post_height_to_parent() } else { None };
            move || drop(reporter)
        });
    }
    {
        let theme = reader.theme;
        use_effect_with(theme, move |theme| browser::set_theme(*theme));
    }
    // Back, Forward, or an edited fragment: restore the view the URL holds.
    {
        let dispatch = dispatch.clone();
        let lib = lib.clone();
        let notices = notices.clone();
        use_effect_with((), move |_| {
            let listeners = browser::on_location_change(move || {
                if let Some((p, mut found)) = browser::location_params() {
                    let (r, more) = link::reader_from_params(&lib, &p);
                    found.extend(more);
                    notices.set(found);
                    // Tidy the URL in place, so Back never returns to a link
                    // that only rewrites itself.
                    browser::write_fragment(&link::params_of(&lib, &r).format(), true);
                    dispatch.emit(Action::Restore(r));
                }
            });
            move || drop(listeners)
        });
    }

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
            if !reader.embed {
                <header class="masthead">
                    <h1>{ "Bamboo Reader" }</h1>
                    <p class="tagline">{ "Vietnam–China relations, 2022–2024: compare the coverage side by side." }</p>
                </header>
            }
            if !notices.is_empty() {
                <div class="link-notice" role="status">
                    <p>{ "Parts of this link could not be used, so defaults are shown instead:" }</p>
                    <ul>{ for notices.iter().enumerate().map(|(i, n)| html! { <li key={i}>{ n.clone() }</li> }) }</ul>
                    <button type="button" class="plain" onclick={{ let notices = notices.clone(); move |_| notices.set(Vec::new()) }}>{ "Dismiss" }</button>
                </div>
            }
            <div class="toolbar">
                <Legend articles={articles} kinds={reader.kinds} dispatch={dispatch.clone()} />
                <ExportButton articles={articles} />
                <ViewControls theme={reader.theme} view={view.clone()} embed={reader.embed} dispatch={dispatch.clone()} />
                if reader.embed {
                    <a class="full-reader" href={browser::page_url(&view, false)} target="_blank" rel="noopener">{ "Open the full reader ↗" }</a>
                }
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
    browser::document()
}

/// Whether a key press is typing into a form field.
fn typing_in(e: &web_sys::KeyboardEvent) -> bool {
    e.target()
        .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
        .is_some_and(|el| matches!(el.tag_name().as_str(), "INPUT" | "TEXTAREA" | "SELECT") || el.has_attribute("contenteditable"))
}
