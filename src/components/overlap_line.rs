use bamboo_core::{ArticleIx, Panel};
use yew::prelude::*;

use crate::state::Action;
use crate::LibraryRef;

#[derive(Properties, PartialEq)]
pub struct OverlapLineProps {
    pub articles: [ArticleIx; 2],
    pub dispatch: Callback<Action>,
}

/// One line under the headers, "Both name 14 · only VOA 2024: 9 · only DW
/// 2023: 6", that opens the shared-and-missing view.
#[component]
pub fn OverlapLine(props: &OverlapLineProps) -> Html {
    let lib = use_context::<LibraryRef>().expect("App provides the library");
    let [a, b] = props.articles;
    let o = use_memo((lib.clone(), props.articles), |(lib, articles)| lib.entity_overlap(*articles));
    if a == b {
        return Html::default();
    }
    let label = |ix: ArticleIx| lib.corpus.article(ix).map_or_else(String::new, |a| a.short_label());
    let (la, lb) = (label(a), label(b));
    // Two articles from one source and year: say which column.
    let (la, lb) = if la == lb { (format!("{la} (left)"), format!("{lb} (right)")) } else { (la, lb) };
    html! {
        <p class="overlap-line">
            <button type="button" id="overlap-line" class="plain" onclick={props.dispatch.reform(|_| Action::SetPanel(Some(Panel::Shared)))}
                title="What both articles name, and what only one does">
                <span data-count="both">{ format!("Both name {}", o.both.len()) }</span>
                { " · " }<span data-count="left">{ format!("only {la}: {}", o.left.len()) }</span>
                { " · " }<span data-count="right">{ format!("only {lb}: {}", o.right.len()) }</span>
            </button>
        </p>
    }
}
