use bamboo_core::{ArticleIx, ViewFilter};
use yew::prelude::*;

use crate::components::article_body::ArticleBody;
use crate::components::article_header::ArticleHeader;
use crate::components::article_picker::ArticlePicker;
use crate::components::entity_card::Hover;
use crate::library::{EntityIx, MentionAt};
use crate::state::{Action, KindSet, Side};
use crate::LibraryRef;

#[derive(Properties, PartialEq)]
pub struct ColumnProps {
    pub side: Side,
    pub column: usize,
    pub article: ArticleIx,
    pub kinds: KindSet,
    pub focus: Option<EntityIx>,
    /// The current mention in this column: (block, index).
    pub current: Option<(usize, usize)>,
    pub filter: ViewFilter,
    pub only_matching: bool,
    pub jump: Option<(usize, u32)>,
    /// This column's tab is the one shown on a narrow screen.
    pub shown: bool,
    /// The compact embedded reader: the picker folds into "About this text".
    pub embed: bool,
    /// The search query: its hits are marked.
    pub query: AttrValue,
    /// The figures layer is on.
    pub figures: bool,
    pub dispatch: Callback<Action>,
    pub on_mark: Callback<(EntityIx, MentionAt)>,
    pub on_hover: Callback<Option<Hover>>,
}

/// One reading column: a picker, then the chosen article.
#[component]
pub fn Column(props: &ColumnProps) -> Html {
    let lib = use_context::<LibraryRef>().expect("App provides the library");
    let side = props.side;
    let on_pick = props.dispatch.reform(move |ix| Action::Pick(side, ix));
    let title_id = format!("{}-title", side.key());
    let picker = html! { <ArticlePicker {side} selected={props.article} {on_pick} /> };
    let (above, folded) = if props.embed { (Html::default(), picker) } else { (picker, Html::default()) };
    let body = match lib.corpus.article(props.article) {
        Some(_) => html! {
            <>
                <ArticleHeader article={props.article} title_id={title_id.clone()} selected={props.filter.viewpoints}>{ folded.clone() }</ArticleHeader>
                <ArticleBody
                    article={props.article}
                    {side}
                    column={props.column}
                    kinds={props.kinds}
                    focus={props.focus}
                    current={props.current}
                    filter={props.filter}
                    only_matching={props.only_matching}
                    jump={props.jump}
                    query={props.query.clone()}
                    figures={props.figures}
                    shown={props.shown}
                    on_mark={props.on_mark.clone()}
                    on_hover={props.on_hover.clone()}
                />
            </>
        },
        None => html! { <>{ folded }<p class="notice">{ "This article is not in the corpus. Pick another one above." }</p></> },
    };
    html! {
        <article id={format!("column-{}", side.key())} class="column" data-side={side.key()} data-shown={props.shown.to_string()} aria-labelledby={title_id}>
            { above }
            { body }
        </article>
    }
}
