use bamboo_core::{ArticleIx, Block, Query, ViewFilter};
use wasm_bindgen::JsCast;
use yew::prelude::*;

use crate::components::entity_card::Hover;
use crate::library::{block_text, EntityIx, Mention, MentionAt};
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

    let query = use_memo(props.query.clone(), |q| Query::parse(q));
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
        let text = block_text(block);
        let views: Vec<_> = lib.views_in_block(props.article, b).filter(|p| props.filter.fits(&lib.corpus, &lib.corpus.views[p.view])).collect();
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
        let quotes: Vec<(usize, usize)> = views.iter().map(|p| (p.start, p.end)).collect();
        let hits = if query.is_empty() { Vec::new() } else { query.marks(text) };
        let figures = if props.figures { lib.figure_marks(props.article, b) } else { Vec::new() };
        let layers = Layers { quotes: &quotes, hits: &hits, figures: &figures };
        let content = marked(&lib, props, b, text, &mentions[b], &layers);
        let class = classes!(active.then_some(if matches { "match" } else { "dim" }));
        let id = block_id(side, b);
        out.push(match block {
            Block::Heading(_) => html! { <h3 key={b} {id} {class} tabindex="-1" data-block={b.to_string()}>{ content }</h3> },
            Block::Paragraph(_) => {
                let markers: Vec<String> = views
                    .iter()
                    .map(|p| {
                        let v = &lib.corpus.views[p.view];
                        let who = lib.corpus.entity(&v.analyst).map_or(v.analyst.as_str(), |e| e.name.as_str());
                        let what: Vec<&str> = v.viewpoints.iter().map(|id| lib.corpus.viewpoint(id).map_or(id.as_str(), |vp| vp.label.as_str())).collect();
                        format!("{who} · {}", what.join(", "))
                    })
                    .collect();
                html! {
                    <div key={b} class={classes!("para-wrap", class)}>
                        if matches {
                            <p class="view-marker">{ for markers.into_iter().map(|m| html! { <span>{ m }</span> }) }</p>
                        }
                        <p class="para" {id} data-para={n.to_string()} data-block={b.to_string()} tabindex="-1">{ content }</p>
                    </div>
                }
            }
        });
    }
    if hidden_run > 0 {
        out.push(collapsed(hidden_run, a.blocks.len()));
    }
    if upto < total {
        out.push(html! { <p key="rendering" class="rendering">{ format!("Showing {upto} of {total} parts of this article…") }</p> });
    }
    html! { <div class="article-body">{ for out }</div> }
}

/// The id of the hidden text that tells screen readers a mark's kind (see
/// `KindDescriptions`): kind is never shown by colour or underline alone.
pub fn kind_description_id(kind: bamboo_core::EntityKind, guessed: bool) -> String {
    format!("kind-desc-{}{}", kind.as_str(), if guessed { "-guessed" } else { "" })
}

pub fn mark_id(side: Side, block: usize, index: usize) -> String {
    format!("m-{}-{block}-{index}", side.key())
}

pub fn block_id(side: Side, block: usize) -> String {
    format!("{}-b{block}", side.key())
}

/// What styles the text of a block besides its mentions, as byte ranges:
/// the quotes the filter keeps, search hits, and figures (with their
/// normalized value, shown as a tooltip).
struct Layers<'a> {
    quotes: &'a [(usize, usize)],
    hits: &'a [(usize, usize)],
    figures: &'a [(usize, usize, AttrValue)],
}

/// Appends `text[from..to]`, cut where any layer begins or ends, each piece
/// inside a quote emphasized, inside a figure or a hit marked.
fn push_text(parts: &mut Vec<Html>, text: &str, from: usize, to: usize, layers: &Layers) {
    let mut cuts = vec![from, to];
    let ranges = layers.quotes.iter().chain(layers.hits).copied().chain(layers.figures.iter().map(|f| (f.0, f.1)));
    cuts.extend(ranges.flat_map(|(s, e)| [s, e]).filter(|x| from < *x && *x < to));
    cuts.sort_unstable();
    cuts.dedup();
    for w in cuts.windows(2) {
        let (a, b) = (w[0], w[1]);
        let inside = |r: &&(usize, usize)| r.0 <= a && b <= r.1;
        let mut node = Html::from(text[a..b].to_string());
        if layers.hits.iter().any(|r| inside(&r)) {
            node = html! { <mark class="hit">{ node }</mark> };
        }
        if let Some(f) = layers.figures.iter().find(|f| f.0 <= a && b <= f.1) {
            node = html! { <mark class="figure" title={f.2.clone()}>{ node }</mark> };
        }
        if layers.quotes.iter().any(|r| inside(&r)) {
            node = html! { <span class="quote">{ node }</span> };
        }
        parts.push(node);
    }
}

/// The text of one block with its mentions as `<mark>` elements and its
/// matching quotes emphasized.
fn marked(lib: &LibraryRef, props: &ArticleBodyProps, block: usize, text: &str, mentions: &[Mention], layers: &Layers) -> Html {
    let quotes = layers.quotes;
    let mut parts = Vec::with_capacity(mentions.len() * 2 + 1);
    let mut at = 0;
    for (index, m) in mentions.iter().enumerate() {
        push_text(&mut parts, text, at, m.start, layers);
        let shown = props.kinds.shows(m.kind);
        let focused = m.entity.is_some() && m.entity == props.focus;
        let current = props.current == Some((block, index));
        let in_quote = quotes.iter().any(|(s, e)| *s <= m.start && m.end <= *e);
        let class = classes!("entity", (!shown).then_some("off"), focused.then_some("focused"), current.then_some("current"), in_quote.then_some("in-quote"));
        let surface = AttrValue::from(text[m.start..m.end].to_string());
        let hover = Hover { entity: m.entity, text: surface.clone(), kind: m.kind, guessed: m.guessed, x: 0.0, y: 0.0, above: false };
        let on_enter = {
            let on_hover = props.on_hover.clone();
            move |target: Option<web_sys::EventTarget>| {
                if let Some(el) = target.and_then(|t| t.dyn_into::<web_sys::Element>().ok()) {
                    let r = el.get_bounding_client_rect();
                    let height = web_sys::window().and_then(|w| w.inner_height().ok()).and_then(|h| h.as_f64()).unwrap_or(800.0);
                    let above = r.bottom() > height * 0.6;
                    let y = if above { r.top() } else { r.bottom() };
                    on_hover.emit(Some(Hover { x: r.left(), y, above, ..hover.clone() }));
                }
            }
        };
        let onmouseenter = {
            let on_enter = on_enter.clone();
            Callback::from(move |e: MouseEvent| on_enter(e.target()))
        };
        // On a phone the card would cover the text being walked; the
        // navigation bar names the entity instead.
        let onfocus = Callback::from(move |e: FocusEvent| {
            if !browser::narrow() {
                on_enter(e.target());
            }
        });
        let onmouseleave = props.on_hover.reform(|_: MouseEvent| None);
        let onblur = props.on_hover.reform(|_: FocusEvent| None);
        let onclick = m.entity.map(|e| {
            let on_mark = props.on_mark.clone();
            let at = MentionAt { column: props.column, block, index };
            Callback::from(move |_: MouseEvent| on_mark.emit((e, at)))
        });
        let entity = m.entity.map(|e| lib.known(e).id.clone());
        let mut inner = Vec::new();
        push_text(&mut inner, text, m.start, m.end, &Layers { quotes: &[], hits: layers.hits, figures: &[] });
        let inner: Html = inner.into_iter().collect();
        parts.push(html! {
            <mark
                id={mark_id(props.side, block, index)}
                {class}
                data-kind={m.kind.as_str()}
                data-entity={entity}
                data-guessed={m.guessed.then_some("true")}
                aria-describedby={kind_description_id(m.kind, m.guessed)}
                tabindex={if focused { "0" } else { "-1" }}
                {onclick}
                {onmouseenter}
                {onmouseleave}
                {onfocus}
                {onblur}
            >{ inner }</mark>
        });
        at = m.end;
    }
    push_text(&mut parts, text, at, text.len(), layers);
    parts.into_iter().collect()
}
