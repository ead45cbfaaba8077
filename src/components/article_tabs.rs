use bamboo_core::ArticleIx;
use yew::prelude::*;

use crate::browser;
use crate::state::{Action, Side};
use crate::LibraryRef;

#[derive(Properties, PartialEq)]
pub struct ArticleTabsProps {
    pub articles: [ArticleIx; 2],
    pub tab: Side,
    pub dispatch: Callback<Action>,
}

/// On a narrow screen, where one article fits, a tab per article:
/// "Left: VOA 2024 | Right: DW 2023". Arrow keys move between them, as in
/// any tab list; `[` and `]` work from anywhere. Hidden on wide screens.
#[component]
pub fn ArticleTabs(props: &ArticleTabsProps) -> Html {
    let lib = use_context::<LibraryRef>().expect("App provides the library");
    let onkeydown = {
        let d = props.dispatch.clone();
        let tab = props.tab;
        Callback::from(move |e: KeyboardEvent| {
            // From the tab that has focus (with two tabs, either arrow goes to the other one).
            let from = e.target_dyn_into::<web_sys::Element>().and_then(|el| el.get_attribute("data-side")).and_then(|k| Side::from_key(&k)).unwrap_or(tab);
            let next = match e.key().as_str() {
                "ArrowLeft" | "ArrowRight" => from.other(),
                "Home" => Side::Left,
                "End" => Side::Right,
                _ => return,
            };
            e.prevent_default();
            d.emit(Action::ShowTab(next));
            browser::focus_soon(tab_id(next));
        })
    };
    html! {
        <div class="article-tabs" role="tablist" aria-label="Articles" {onkeydown}>
            { for Side::BOTH.iter().map(|&side| {
                let selected = side == props.tab;
                let label = lib.corpus.article(props.articles[side.column()]).map_or_else(|| "not in the corpus".to_string(), |a| a.short_label());
                html! {
                    <button key={side.key()} id={tab_id(side)} type="button" role="tab" data-side={side.key()}
                        aria-selected={selected.to_string()} aria-controls={format!("column-{}", side.key())}
                        tabindex={if selected { "0" } else { "-1" }}
                        onclick={props.dispatch.reform(move |_| Action::ShowTab(side))}>
                        <span class="tab-side">{ if side == Side::Left { "Left: " } else { "Right: " } }</span>{ label }
                    </button>
                }
            }) }
        </div>
    }
}

fn tab_id(side: Side) -> String {
    format!("tab-{}", side.key())
}
