use bamboo_core::{ArticleIx, EntityKind};
use yew::prelude::*;

use crate::library::kind_index;
use crate::state::{Action, KindSet};
use crate::LibraryRef;

#[derive(Properties, PartialEq)]
pub struct LegendProps {
    pub articles: [ArticleIx; 2],
    pub kinds: KindSet,
    /// The figures layer is on.
    pub figures: bool,
    pub dispatch: Callback<Action>,
}

pub fn kind_plural(kind: EntityKind) -> &'static str {
    match kind {
        EntityKind::Person => "People",
        EntityKind::Place => "Places",
        EntityKind::Org => "Organizations",
    }
}

/// The legend: one toggle per kind with its count in the articles in view,
/// the figures layer's toggle (off at first), and one button to hide them all, or to show them all when any is hidden.
#[component]
pub fn Legend(props: &LegendProps) -> Html {
    let lib = use_context::<LibraryRef>().expect("App provides the library");
    let counts = lib.kind_counts(&props.articles);
    html! {
        <section class="legend" aria-label="Highlighted entity kinds">
            { for EntityKind::ALL.iter().map(|&kind| {
                let pressed = props.kinds.shows(kind);
                html! {
                    <button
                        key={kind.as_str()}
                        type="button"
                        class="kind-toggle"
                        data-kind={kind.as_str()}
                        aria-pressed={pressed.to_string()}
                        title={format!("{} {}", if pressed { "Hide" } else { "Show" }, kind_plural(kind).to_lowercase())}
                        onclick={props.dispatch.reform(move |_| Action::ToggleKind(kind))}
                    >
                        <span class="swatch" aria-hidden="true"></span>
                        <span class="kind-name">{ kind_plural(kind) }</span>
                        <span class="count">{ counts[kind_index(kind)] }</span>
                    </button>
                }
            }) }
            <button type="button" class="kind-toggle figures-toggle" data-kind="figure" aria-pressed={props.figures.to_string()}
                title={if props.figures { "Hide figures" } else { "Show figures: amounts, percentages and counts" }}
                onclick={props.dispatch.reform(|_| Action::ToggleFigures)}>
                <span class="swatch" aria-hidden="true"></span>
                <span class="kind-name">{ "Figures" }</span>
                <span class="count">{ lib.figure_count(&props.articles) }</span>
            </button>
            if props.kinds == KindSet::default() {
                <button type="button" class="plain" onclick={props.dispatch.reform(|_| Action::HideAllKinds)}>{ "Hide all" }</button>
            } else {
                <button type="button" class="plain" onclick={props.dispatch.reform(|_| Action::ShowAllKinds)}>{ "Show all" }</button>
            }
        </section>
    }
}
