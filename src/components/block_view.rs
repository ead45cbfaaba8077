use bamboo_core::{ArticleIx, Block};
use wasm_bindgen::JsCast;
use yew::prelude::*;

use crate::components::entity_card::Hover;
use crate::library::{block_text, EntityIx, Mention, MentionAt, PlacedView};
use crate::state::{KindSet, Side};
use crate::{browser, LibraryRef};

#[derive(Properties, PartialEq)]
pub struct BlockViewProps {
    pub article: ArticleIx,
    pub block: usize,
    /// The paragraph's 1-based number (headings are not counted).
    pub para: usize,
    pub side: Side,
    pub column: usize,
    pub kinds: KindSet,
    /// The focused entity, only when this block mentions it.
    pub focus: Option<EntityIx>,
    /// The current mention, when it is in this block: its index here.
    pub current: Option<usize>,
    /// The attributed views in this block that the viewpoint filter keeps
    /// (none when it is off). Not the filter itself: a chip then re-renders
    /// only the blocks whose views it changes, while the column dims the
    /// rest with one class (`filtering`, in `ArticleBody`).
    pub views: Vec<PlacedView>,
    /// Search hits in this block, as byte ranges.
    pub hits: Vec<(usize, usize)>,
    /// The figures layer is on.
    pub figures: bool,
    pub on_mark: Callback<(EntityIx, MentionAt)>,
    pub on_hover: Callback<Option<Hover>>,
}

/// One heading or paragraph with its mentions marked, and the figures and
/// search hits when those are on. With a viewpoint filter on, a paragraph
/// carrying a matching view keeps full contrast with a margin note and its
/// quote emphasized; the others dim. A component of its own so that a
/// keystroke or a click re-renders only the blocks it changes.
#[component]
pub fn BlockView(props: &BlockViewProps) -> Html {
    let lib = use_context::<LibraryRef>().expect("App provides the library");
    let Some(block) = lib.corpus.article(props.article).and_then(|a| a.blocks.get(props.block)) else {
        return Html::default();
    };
    let b = props.block;
    let text = block_text(block);
    let views = &props.views;
    let matches = !views.is_empty();
    let quotes: Vec<(usize, usize)> = views.iter().map(|p| (p.start, p.end)).collect();
    let figures = if props.figures { lib.figure_marks(props.article, b) } else { Vec::new() };
    let layers = Layers { quotes: &quotes, hits: &props.hits, figures: &figures };
    let content = marked(&lib, props, text, &lib.mentions[props.article.0][b], &layers);
    let class = classes!(matches.then_some("match"));
    let id = block_id(props.side, b);
    match block {
        Block::Heading(_) => html! { <h3 {id} {class} tabindex="-1" data-block={b.to_string()}>{ content }</h3> },
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
                <div class={classes!("para-wrap", class)}>
                    if matches {
                        <p class="view-marker">{ for markers.into_iter().map(|m| html! { <span>{ m }</span> }) }</p>
                    }
                    <p class="para" {id} data-para={props.para.to_string()} data-block={b.to_string()} tabindex="-1">{ content }</p>
                </div>
            }
        }
    }
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
    bamboo_core::sort::sort(&mut cuts);
    cuts.dedup();
    for w in cuts.windows(2) {
        let (a, b) = (w[0], w[1]);
        let inside = |r: &&(usize, usize)| r.0 <= a && b <= r.1;
        let mut node = Html::from(text[a..b].to_string());
        if layers.hits.iter().any(|r| inside(&r)) {
            node = html! { <mark class="hit">{ node }</mark> };
        }
        if let Some(f) = layers.figures.iter().find(|f| f.0 <= a && b <= f.1) {
            node = html! { <mark class="figure" title={f.2.clone()} data-figure={f.0.to_string()}>{ node }</mark> };
        }
        if layers.quotes.iter().any(|r| inside(&r)) {
            node = html! { <span class="quote">{ node }</span> };
        }
        parts.push(node);
    }
}

/// The text of one block with its mentions as `<mark>` elements and its
/// matching quotes emphasized.
fn marked(lib: &LibraryRef, props: &BlockViewProps, text: &str, mentions: &[Mention], layers: &Layers) -> Html {
    let block = props.block;
    let quotes = layers.quotes;
    let mut parts = Vec::with_capacity(mentions.len() * 2 + 1);
    let mut at = 0;
    for (index, m) in mentions.iter().enumerate() {
        push_text(&mut parts, text, at, m.start, layers);
        let shown = props.kinds.shows(m.kind);
        let focused = m.entity.is_some() && m.entity == props.focus;
        let current = props.current == Some(index);
        let in_quote = quotes.iter().any(|(s, e)| *s <= m.start && m.end <= *e);
        let class = classes!("entity", (!shown).then_some("off"), focused.then_some("focused"), current.then_some("current"), in_quote.then_some("in-quote"));
        let surface = AttrValue::from(text[m.start..m.end].to_string());
        let hover = Hover { entity: m.entity, text: surface.clone(), kind: m.kind, cue: m.cue, x: 0.0, y: 0.0, above: false };
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
        // Hover cards follow a mouse only: a touch shows a card by a tap
        // (below) and hides it by tapping elsewhere (blur).
        let onpointerenter = {
            let on_enter = on_enter.clone();
            Callback::from(move |e: PointerEvent| {
                if e.pointer_type() == "mouse" {
                    on_enter(e.target());
                }
            })
        };
        // On a phone the card would cover the text being walked; the
        // navigation bar names the entity instead.
        let onfocus = {
            let on_enter = on_enter.clone();
            Callback::from(move |e: FocusEvent| {
                if !browser::narrow() {
                    on_enter(e.target());
                }
            })
        };
        let onpointerleave = {
            let on_hover = props.on_hover.clone();
            Callback::from(move |e: PointerEvent| {
                if e.pointer_type() == "mouse" {
                    on_hover.emit(None);
                }
            })
        };
        let onblur = props.on_hover.reform(|_: FocusEvent| None);
        // A known entity's mark follows its mentions; a guessed or ambiguous
        // one shows its card (with a guess's evidence), which is how a
        // phone, with no pointer to hover, reaches it. Blur hides it.
        let onclick = match m.entity {
            Some(e) => {
                let on_mark = props.on_mark.clone();
                let at = MentionAt { column: props.column, block, index };
                Callback::from(move |_: MouseEvent| on_mark.emit((e, at)))
            }
            None => {
                let on_enter = on_enter.clone();
                Callback::from(move |e: MouseEvent| on_enter(e.target()))
            }
        };
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
                data-guessed={m.guessed().then_some("true")}
                aria-describedby={kind_description_id(m.kind, m.guessed())}
                tabindex={if focused { "0" } else { "-1" }}
                {onclick}
                {onpointerenter}
                {onpointerleave}
                {onfocus}
                {onblur}
            >{ inner }</mark>
        });
        at = m.end;
    }
    push_text(&mut parts, text, at, text.len(), layers);
    parts.into_iter().collect()
}
