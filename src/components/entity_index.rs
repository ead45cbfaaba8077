use bamboo_core::{fold, ArticleIx};
use web_sys::HtmlInputElement;
use yew::prelude::*;

use crate::library::EntityIx;
use crate::state::Action;
use crate::LibraryRef;

#[derive(Properties, PartialEq)]
pub struct EntityIndexProps {
    pub articles: [ArticleIx; 2],
    pub focus: Option<EntityIx>,
    pub dispatch: Callback<Action>,
}

/// Every entity in view, most mentioned first, with a filter box. Choosing
/// one focuses it; choosing the focused one again clears the focus.
#[component]
pub fn EntityIndex(props: &EntityIndexProps) -> Html {
    let lib = use_context::<LibraryRef>().expect("App provides the library");
    let filter = use_state(String::new);
    let oninput = {
        let filter = filter.clone();
        Callback::from(move |e: InputEvent| filter.set(e.target_unchecked_into::<HtmlInputElement>().value()))
    };
    let needle = fold(filter.trim());
    let all = lib.frequencies(&props.articles);
    let shown: Vec<_> = all.iter().filter(|(e, _)| needle.is_empty() || fold(&lib.known(*e).name).contains(&needle)).collect();
    html! {
        <nav class="entity-index" aria-label="Entities in view">
            <h2>{ "Entities in view" }</h2>
            <label class="visually-hidden" for="entity-filter">{ "Filter entities" }</label>
            <input id="entity-filter" type="search" placeholder="Filter entities…" value={(*filter).clone()} {oninput} />
            if shown.is_empty() {
                <p class="empty">{ if all.is_empty() { "No known entities in these articles." } else { "No entity matches this filter." } }</p>
            }
            <ul>
                { for shown.iter().map(|&&(e, n)| {
                    let known = lib.known(e);
                    let pressed = props.focus == Some(e);
                    let next = if pressed { None } else { Some(e) };
                    html! {
                        <li key={known.id.clone()}>
                            <button type="button" data-kind={known.kind.as_str()} data-entity={known.id.clone()} aria-pressed={pressed.to_string()}
                                onclick={props.dispatch.reform(move |_| Action::Focus(next))}>
                                <span class="swatch" aria-hidden="true"></span>
                                <span class="name">{ known.name.clone() }</span>
                                <span class="count" aria-label={format!("{n} mentions")}>{ n }</span>
                            </button>
                        </li>
                    }
                }) }
            </ul>
        </nav>
    }
}
