use bamboo_core::{Cue, EntityKind};
use yew::prelude::*;

use crate::browser;
use crate::library::EntityIx;
use crate::LibraryRef;

/// A mention under the pointer or keyboard focus, and where to show its card.
#[derive(Clone, Debug, PartialEq)]
pub struct Hover {
    pub entity: Option<EntityIx>,
    pub text: AttrValue,
    pub kind: EntityKind,
    /// The recognizer's evidence for a guessed name; `None` for a known one.
    pub cue: Option<Cue>,
    /// Viewport coordinates of the mention's left edge, and of its bottom
    /// edge (or top edge when `above`).
    pub x: f64,
    pub y: f64,
    /// The mention is low in the viewport: show the card above it.
    pub above: bool,
}

#[derive(Properties, PartialEq)]
pub struct EntityCardProps {
    pub entity: Option<EntityIx>,
    /// Set for the floating card of a hovered or focused mention; `None` for
    /// the card of the focused entity in the sidebar.
    pub hover: Option<Hover>,
}

pub fn kind_label(kind: EntityKind) -> &'static str {
    match kind {
        EntityKind::Person => "Person",
        EntityKind::Place => "Place",
        EntityKind::Org => "Organization",
    }
}

/// What the reader knows of an entity: canonical name, kind, other names,
/// role or description, mentions per article, and an analyst's viewpoints.
#[component]
pub fn EntityCard(props: &EntityCardProps) -> Html {
    let lib = use_context::<LibraryRef>().expect("App provides the library");
    let class = match &props.hover {
        Some(h) => classes!("entity-card", "floating", h.above.then_some("above")),
        None => classes!("entity-card"),
    };
    // The floating card's place, through the CSSOM: the Content Security
    // Policy refuses `style` attributes.
    let card = use_node_ref();
    {
        let (card, at) = (card.clone(), props.hover.as_ref().map(|h| (h.x, h.y)));
        use_effect(move || {
            if let (Some((x, y)), Some(el)) = (at, card.cast::<web_sys::HtmlElement>()) {
                browser::set_point(&el, x, y);
            }
        });
    }
    let Some(e) = props.entity else {
        // A guessed name: only what the text itself shows.
        let Some(h) = &props.hover else { return Html::default() };
        return html! {
            <div ref={card.clone()} class={class} role="tooltip" data-kind={h.kind.as_str()}>
                <p class="card-kind">{ kind_label(h.kind) }{ if h.cue.is_some() { " · guessed" } else { " · ambiguous name" } }</p>
                <h2 class="card-name">{ h.text.clone() }</h2>
                if let Some(cue) = h.cue {
                    <p class="card-note">{ "Not in the gazetteer: recognized from the words around it, so it may be wrong." }</p>
                    <p class="card-cue"><span class="card-label">{ "Evidence: " }</span>{ cue.to_string() }</p>
                } else {
                    <p class="card-note">{ "This short name could mean more than one entity in the corpus." }</p>
                }
            </div>
        };
    };
    let known = lib.known(e);
    let corpus_entity = lib.corpus.entity(&known.id);
    let per_article: Vec<_> = lib.counts_per_article(e).into_iter().filter(|(_, n)| *n > 0).collect();
    let mut viewpoints: Vec<&str> = lib.corpus.views.iter().filter(|v| v.analyst == known.id).flat_map(|v| v.viewpoints.iter()).map(String::as_str).collect();
    bamboo_core::sort::sort(&mut viewpoints);
    viewpoints.dedup();
    let role = corpus_entity.and_then(|c| c.role.clone().or_else(|| c.affiliation.clone()));
    let viewpoint_chips = html! {
        if !viewpoints.is_empty() {
            <ul class="card-viewpoints" aria-label="Viewpoints">
                { for viewpoints.iter().map(|id| {
                    let label = lib.corpus.viewpoint(id).map_or(id.to_string(), |v| v.label.clone());
                    html! { <li key={id.to_string()} class="chip">{ label }</li> }
                }) }
            </ul>
        }
    };
    let kind_line = html! { <p class="card-kind">{ kind_label(known.kind) }{ if known.in_corpus { "" } else { " · general gazetteer" } }</p> };
    // The floating card is compact; the sidebar card of the focused entity has it all.
    if props.hover.is_some() {
        let total: usize = per_article.iter().map(|(_, n)| n).sum();
        return html! {
            <div ref={card.clone()} class={class} role="tooltip" data-kind={known.kind.as_str()}>
                { kind_line }
                <h2 class="card-name">{ known.name.clone() }</h2>
                if let Some(role) = role {
                    <p class="card-role">{ role }</p>
                }
                { viewpoint_chips }
                <p class="card-label">{ format!("{total} mention{} in {} article{} · click to follow them", plural(total), per_article.len(), plural(per_article.len())) }</p>
            </div>
        };
    }
    html! {
        <div class={class} data-kind={known.kind.as_str()} aria-live="polite">
            { kind_line }
            <h2 class="card-name">{ known.name.clone() }</h2>
            if let Some(c) = corpus_entity {
                if let Some(role) = role {
                    <p class="card-role">{ role }</p>
                }
                <p class="card-description">{ c.description.clone() }</p>
                if !c.aliases.is_empty() {
                    <p class="card-aliases"><span class="card-label">{ "Also: " }</span>{ c.aliases.join(", ") }</p>
                }
            }
            { viewpoint_chips }
            <p class="card-label">{ "Mentions" }</p>
            <ul class="card-mentions">
                { for per_article.iter().map(|(a, n)| {
                    let article = &lib.corpus.articles[a.0];
                    html! { <li key={article.id.clone()}>{ format!("{}: {n}", article.source_label()) }<span class="card-title">{ format!(" — {}", article.title) }</span></li> }
                }) }
            </ul>
        </div>
    }
}

fn plural(n: usize) -> &'static str {
    if n == 1 { "" } else { "s" }
}
