use bamboo_core::{ArticleIx, Block};
use wasm_bindgen::JsCast;
use yew::prelude::*;

use crate::components::entity_card::Hover;
use crate::library::{block_text, EntityIx, Mention, MentionAt};
use crate::state::{KindSet, Side};
use crate::LibraryRef;

#[derive(Properties, PartialEq)]
pub struct ArticleBodyProps {
    pub article: ArticleIx,
    pub side: Side,
    pub column: usize,
    pub kinds: KindSet,
    pub focus: Option<EntityIx>,
    /// The current mention in this column: (block, index).
    pub current: Option<(usize, usize)>,
    pub on_mark: Callback<(EntityIx, MentionAt)>,
    pub on_hover: Callback<Option<Hover>>,
}

/// The article's text, headings and numbered paragraphs, with every mention
/// of a person, place or organization marked.
#[component]
pub fn ArticleBody(props: &ArticleBodyProps) -> Html {
    let lib = use_context::<LibraryRef>().expect("App provides the library");
    let side = props.side;

    // Bring the current mention into view and give it keyboard focus.
    use_effect_with(props.current, move |current| {
        if let Some((block, index)) = *current {
            let id = mark_id(side, block, index);
            if let Some(el) = web_sys::window().and_then(|w| w.document()).and_then(|d| d.get_element_by_id(&id)) {
                let options = web_sys::ScrollIntoViewOptions::new();
                options.set_block(web_sys::ScrollLogicalPosition::Center);
                el.scroll_into_view_with_scroll_into_view_options(&options);
                if let Ok(el) = el.dyn_into::<web_sys::HtmlElement>() {
                    let _ = el.focus();
                }
            }
        }
    });

    let Some(a) = lib.corpus.article(props.article) else {
        return Html::default();
    };
    let mentions = &lib.mentions[props.article.0];
    let mut n = 0;
    html! {
        <div class="article-body">
            { for a.blocks.iter().enumerate().map(|(b, block)| {
                let content = marked(&lib, props, b, block_text(block), &mentions[b]);
                match block {
                    Block::Heading(_) => html! { <h3 key={b}>{ content }</h3> },
                    Block::Paragraph(_) => {
                        n += 1;
                        html! { <p key={b} class="para" id={format!("{}-p{n}", side.key())} data-para={n.to_string()}>{ content }</p> }
                    }
                }
            }) }
        </div>
    }
}

pub fn mark_id(side: Side, block: usize, index: usize) -> String {
    format!("m-{}-{block}-{index}", side.key())
}

/// The text of one block with its mentions as `<mark>` elements.
fn marked(lib: &LibraryRef, props: &ArticleBodyProps, block: usize, text: &str, mentions: &[Mention]) -> Html {
    let mut parts = Vec::with_capacity(mentions.len() * 2 + 1);
    let mut at = 0;
    for (index, m) in mentions.iter().enumerate() {
        if m.start > at {
            parts.push(Html::from(text[at..m.start].to_string()));
        }
        let shown = props.kinds.shows(m.kind);
        let focused = m.entity.is_some() && m.entity == props.focus;
        let current = props.current == Some((block, index));
        let class = classes!("entity", (!shown).then_some("off"), focused.then_some("focused"), current.then_some("current"));
        let surface = AttrValue::from(text[m.start..m.end].to_string());
        let hover = Hover { entity: m.entity, text: surface.clone(), kind: m.kind, guessed: m.guessed, x: 0.0, y: 0.0, above: false };
        let on_enter = {
            let on_hover = props.on_hover.clone();
            let hover = hover.clone();
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
        let onfocus = Callback::from(move |e: FocusEvent| on_enter(e.target()));
        let leave = props.on_hover.reform(|_| None);
        let onblur = props.on_hover.reform(|_: FocusEvent| None);
        let onclick = m.entity.map(|e| {
            let on_mark = props.on_mark.clone();
            let at = MentionAt { column: props.column, block, index };
            Callback::from(move |_: MouseEvent| on_mark.emit((e, at)))
        });
        let entity = m.entity.map(|e| lib.known(e).id.clone());
        parts.push(html! {
            <mark
                id={mark_id(props.side, block, index)}
                {class}
                data-kind={m.kind.as_str()}
                data-entity={entity}
                data-guessed={m.guessed.then_some("true")}
                tabindex={if focused { "0" } else { "-1" }}
                {onclick}
                {onmouseenter}
                onmouseleave={leave}
                {onfocus}
                {onblur}
            >{ surface }</mark>
        });
        at = m.end;
    }
    if at < text.len() {
        parts.push(Html::from(text[at..].to_string()));
    }
    parts.into_iter().collect()
}
