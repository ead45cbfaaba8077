use bamboo_core::EntityKind;
use yew::prelude::*;

use crate::components::block_view::kind_description_id;
use crate::components::legend::kind_plural;

/// How each kind is marked: the printed legend (on paper the toolbar is
/// gone), and the hidden words that marks point to with
/// `aria-describedby`, so screen readers hear the kind of every name.
#[component]
pub fn KindKey() -> Html {
    let style = |kind: EntityKind| match kind {
        EntityKind::Person => "solid underline",
        EntityKind::Place => "dashed underline",
        EntityKind::Org => "dotted underline",
    };
    html! {
        <>
            <p class="kind-key print-only">
                { "Highlighted: " }
                { for EntityKind::ALL.iter().map(|&k| html! {
                    <span key={k.as_str()} class="key"><span class="sample" data-kind={k.as_str()}>{ kind_plural(k) }</span>{ format!(" ({}) ", style(k)) }</span>
                }) }
                { "Names found from context alone have no background." }
            </p>
            <div hidden=true>
                { for EntityKind::ALL.iter().flat_map(|&k| [false, true].map(move |guessed| (k, guessed))).map(|(k, guessed)| {
                    let label = crate::components::entity_card::kind_label(k).to_lowercase();
                    html! {
                        <span key={kind_description_id(k, guessed)} id={kind_description_id(k, guessed)}>
                            { if guessed { format!("{label}, guessed") } else { label } }
                        </span>
                    }
                }) }
            </div>
        </>
    }
}
