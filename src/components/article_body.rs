use bamboo_core::{ArticleIx, Block, Query, ViewFilter};
use wasm_bindgen::JsCast;
use yew::prelude::*;

use crate::components::block_view::{block_id, mark_id, BlockView};
use crate::components::entity_card::Hover;
use crate::library::{block_text, EntityIx, MentionAt, PlacedView};
use crate::state::{KindSet, Side};
use crate::{browser, LibraryRef};

#[derive(Properties, PartialEq)]
pub struct ArticleBodyProps {
    pub article: ArticleIx,
    pub side: Side,
    pub column: usize,
    pub kinds: KindSet,
    pub focus: Option<EntityIx>,
    /// The current mention in this column: (block, index).
    pub current: Option<(usize, usize)>,
    pub filter: ViewFilter,
    pub only_matching: bool,
    /// A block to scroll to, with a counter that changes on every request.
    pub jump: Option<(usize, u32)>,
    /// The column is the one shown on a narrow screen; when it becomes so,
    /// the current mention or jumped-to block is brought into view again.
    pub shown: bool,
    /// The search query: its hits are marked.
    pub query: AttrValue,
    /// The figures layer is on.
    pub figures: bool,
    pub on_mark: Callback<(EntityIx, MentionAt)>,
    pub on_hover: Callback<Option<Hover>>,
}

/// Blocks rendered in one step. A long article is rendered in steps, each
/// after the browser has had its turn, so that the page never freezes.
const STEP: usize = 300;

/// Brings an element into view and gives it keyboard focus.
fn reveal(id: &str) {
    if let Some(el) = web_sys::window().and_then(|w| w.document()).and_then(|d| d.get_element_by_id(id)) {
        let options = web_sys::ScrollIntoViewOptions::new();
        options.set_block(web_sys::ScrollLogicalPosition::Center);
        el.scroll_into_view_with_scroll_into_view_options(&options);
        if let Ok(el) = el.dyn_into::<web_sys::HtmlElement>() {
            let _ = el.focus();
        }
    }
}

/// The article's text, headings and numbered paragraphs, with every mention
/// of a person, place or organization marked. With a viewpoint filter on,
/// paragraphs carrying a matching view stay in full contrast with a margin
/// note and their quote emphasized; the others dim, or collapse.
#[component]
pub fn ArticleBody(props: &ArticleBodyProps) -> Html {
    let lib = use_context::<LibraryRef>().expect("App provides the library");
    let side = props.side;

    use_effect_with((props.current, props.shown), move |(current, shown)| {
        if let (Some((block, index)), true) = (*current, *shown || !browser::narrow()) {
            reveal(&mark_id(side, block, index));
        }
    });
    use_effect_with((props.jump, props.shown), move |(jump, shown)| {
        if let (Some((block, _)), true) = (*jump, *shown || !browser::narrow()) {
            reveal(&block_id(side, block));
        }
    });

    // How many blocks are rendered, for which article: one more step after
    // each render until the article is whole.
    let total = lib.corpus.article(props.article).map_or(0, |a| a.blocks.len());
    let steps = use_state_eq(|| (props.article, STEP));
    let rendered = if steps.0 == props.article { steps.1 } else { STEP };
    {
        let (steps, article) = (steps.clone(), props.article);
        use_effect_with((article, rendered, total), move |&(article, rendered, total)| {
            let next = (rendered < total).then(|| gloo_timers::callback::Timeout::new(0, move || steps.set((article, rendered + STEP))));
            move || drop(next)
        });
    }
    // What the reader is taken to is always rendered.
    let needed = [props.jump.map(|j| j.0), props.current.map(|c| c.0)].into_iter().flatten().max().map_or(0, |b| b + 1);
    let upto = rendered.max(needed).min(total);

    // The hits of the query in this article, block by block: folded once
    // per query, only for the blocks the search index says hold one.
    let hits = use_memo((props.query.clone(), props.article, lib.clone()), |(q, article, lib)| {
        let query = Query::parse(q);
        let found = lib.search_article(&query, *article);
        let text = |b: usize| lib.corpus.article(*article).and_then(|a| a.blocks.get(b)).map(block_text).unwrap_or_default();
        found.map(|h| h.blocks.iter().map(|b| (b.block, query.marks(text(b.block)))).collect::<std::collections::HashMap<_, _>>()).unwrap_or_default()
    });
    let Some(a) = lib.corpus.article(props.article) else {
        return Html::default();
    };
    let mentions = &lib.mentions[props.article.0];
    let active = props.filter.is_active();
    let mut n = 0;
    let mut hidden_run = 0;
    let mut out: Vec<Html> = Vec::with_capacity(a.blocks.len());
    let collapsed = |count: usize, at: usize| html! {
        <p key={format!("hidden-{at}")} class="collapsed">{ format!("{count} paragraph{} hidden", if count == 1 { "" } else { "s" }) }</p>
    };
    for (b, block) in a.blocks.iter().enumerate().take(upto) {
        let views: Vec<PlacedView> = lib.views_in_block(props.article, b).filter(|p| props.filter.fits(&lib.corpus, &lib.corpus.views[p.view])).cloned().collect();
        let matches = !views.is_empty();
        let jumped = props.jump.is_some_and(|(j, _)| j == b);
        if let Block::Paragraph(_) = block {
            n += 1;
        }
        if active && props.only_matching && !matches && !jumped {
            // Headings collapse with their paragraphs; only paragraphs are counted.
            hidden_run += usize::from(matches!(block, Block::Paragraph(_)));
            continue;
        }
        if hidden_run > 0 {
            out.push(collapsed(hidden_run, b));
            hidden_run = 0;
        }
        let hits = hits.get(&b).cloned().unwrap_or_default();
        let current = props.current.filter(|c| c.0 == b).map(|c| c.1);
        let focus = props.focus.filter(|e| mentions[b].iter().any(|m| m.entity == Some(*e)));
        out.push(html! {
            <BlockView key={b} article={props.article} block={b} para={n} side={props.side} column={props.column} kinds={props.kinds} {focus} {current}
                {views} {hits} figures={props.figures} on_mark={props.on_mark.clone()} on_hover={props.on_hover.clone()} />
        });
    }
    if hidden_run > 0 {
        out.push(collapsed(hidden_run, a.blocks.len()));
    }
    if upto < total {
        out.push(html! { <p key="rendering" class="rendering">{ format!("Showing {upto} of {total} parts of this article…") }</p> });
    }
    html! { <div class={classes!("article-body", active.then_some("filtering"))}>{ for out }</div> }
}

