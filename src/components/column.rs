use bamboo_core::ArticleIx;
use yew::prelude::*;

use crate::components::article_body::ArticleBody;
use crate::components::article_header::ArticleHeader;
use crate::components::article_picker::ArticlePicker;
use crate::state::{Action, Side};
use crate::CorpusRef;

#[derive(Properties, PartialEq)]
pub struct ColumnProps {
    pub side: Side,
    pub article: ArticleIx,
    pub dispatch: Callback<Action>,
}

/// One reading column: a picker, then the chosen article.
#[component]
pub fn Column(props: &ColumnProps) -> Html {
    let corpus = use_context::<CorpusRef>().expect("App provides the corpus");
    let side = props.side;
    let on_pick = props.dispatch.reform(move |ix| Action::Pick(side, ix));
    let title_id = format!("{}-title", side.key());
    let body = match corpus.article(props.article) {
        Some(_) => html! {
            <>
                <ArticleHeader article={props.article} title_id={title_id.clone()} />
                <ArticleBody article={props.article} />
            </>
        },
        None => html! { <p class="notice">{ "This article is not in the corpus. Pick another one above." }</p> },
    };
    html! {
        <article class="column" data-side={side.key()} aria-labelledby={title_id}>
            <ArticlePicker {side} selected={props.article} {on_pick} />
            { body }
        </article>
    }
}
