use bamboo_core::{Panel, Query};
use web_sys::HtmlInputElement;
use yew::prelude::*;

use crate::state::Action;
use crate::LibraryRef;

#[derive(Properties, PartialEq)]
pub struct SearchBoxProps {
    pub query: AttrValue,
    pub panel: Option<Panel>,
    pub dispatch: Callback<Action>,
}

/// The search box in the toolbar (`/` puts the cursor here). Typing shows
/// the results in the panel as they change; Enter opens the first hit.
#[component]
pub fn SearchBox(props: &SearchBoxProps) -> Html {
    let lib = use_context::<LibraryRef>().expect("App provides the library");
    let oninput = {
        let (d, panel) = (props.dispatch.clone(), props.panel);
        Callback::from(move |e: InputEvent| {
            let value = e.target_unchecked_into::<HtmlInputElement>().value();
            if !value.trim().is_empty() && panel != Some(Panel::Search) {
                d.emit(Action::SetPanel(Some(Panel::Search)));
            }
            d.emit(Action::SetQuery(value.into()));
        })
    };
    let onkeydown = {
        let (d, query) = (props.dispatch.clone(), props.query.clone());
        Callback::from(move |e: KeyboardEvent| {
            if e.key() != "Enter" {
                return;
            }
            e.prevent_default();
            let first = lib.search(&Query::parse(&query)).into_iter().find_map(|r| r.blocks.first().map(|b| (r.article, b.block)));
            if let Some((article, block)) = first {
                d.emit(Action::ShowBlock { article, block });
                // On a phone the results cover the text: show the hit.
                if crate::browser::narrow() {
                    d.emit(Action::SetPanel(None));
                }
            }
        })
    };
    html! {
        <span class="search-box" role="search">
            <label for="search" class="visually-hidden">{ "Search every article" }</label>
            <input id="search" type="search" placeholder="Search  /" autocomplete="off" spellcheck="false" aria-keyshortcuts="/"
                value={props.query.clone()} maxlength="200" {oninput} {onkeydown} />
        </span>
    }
}
