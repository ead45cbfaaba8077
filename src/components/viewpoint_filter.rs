use bamboo_core::{ArticleIx, ViewFilter, ViewpointIx};
use web_sys::HtmlInputElement;
use yew::prelude::*;

use crate::state::Action;
use crate::LibraryRef;

#[derive(Properties, PartialEq)]
pub struct ViewpointFilterProps {
    pub articles: [ArticleIx; 2],
    pub filter: ViewFilter,
    pub only_matching: bool,
    pub dispatch: Callback<Action>,
}

/// The viewpoint taxonomy as toggle chips, with the number of attributed
/// views in the articles in view; the analyst filter; and the switch that
/// collapses the paragraphs the filter does not keep.
#[component]
pub fn ViewpointFilter(props: &ViewpointFilterProps) -> Html {
    let lib = use_context::<LibraryRef>().expect("App provides the library");
    let corpus = &lib.corpus;
    let mut counts = vec![0; corpus.viewpoints.len()];
    let mut seen = Vec::new();
    for a in props.articles {
        if seen.contains(&a) || corpus.article(a).is_none() {
            continue;
        }
        seen.push(a);
        for (i, n) in corpus.viewpoint_counts(&corpus.articles[a.0].id).into_iter().enumerate() {
            counts[i] += n;
        }
    }
    // Paragraphs the filter does not keep, in the articles in view.
    let hidden = lib.filter_split(&props.articles, &props.filter).1;
    let on_switch = props.dispatch.reform(|e: Event| Action::SetOnlyMatching(e.target_unchecked_into::<HtmlInputElement>().checked()));
    let analyst = props.filter.analyst.and_then(|a| corpus.entities.get(a.0));
    let selected: Vec<ViewpointIx> = props.filter.viewpoints.iter().filter(|v| v.0 < corpus.viewpoints.len()).collect();
    html! {
        <section class="viewpoint-filter" aria-labelledby="vp-filter-title">
            <h2 id="vp-filter-title">{ "Filter by viewpoint" }</h2>
            <div class="chips" role="group" aria-labelledby="vp-filter-title">
                { for corpus.viewpoints.iter().enumerate().map(|(i, vp)| {
                    let v = ViewpointIx(i);
                    let pressed = props.filter.viewpoints.contains(v);
                    html! {
                        <button key={vp.id.clone()} type="button" class="chip vp-chip" data-viewpoint={vp.id.clone()}
                            aria-pressed={pressed.to_string()} title={vp.definition.clone()}
                            onclick={props.dispatch.reform(move |_| Action::ToggleViewpoint(v))}>
                            <span class={format!("dot vp-{}", i % 8)} aria-hidden="true"></span>
                            { vp.label.clone() }
                            <span class="count" aria-label={format!("{} views in these articles", counts[i])}>{ counts[i] }</span>
                        </button>
                    }
                }) }
            </div>
            if !selected.is_empty() {
                <dl class="definitions">
                    { for selected.iter().map(|v| {
                        let vp = &corpus.viewpoints[v.0];
                        html! { <div key={vp.id.clone()}><dt>{ vp.label.clone() }</dt><dd>{ vp.definition.clone() }</dd></div> }
                    }) }
                </dl>
            }
            <div class="filter-row">
                if let Some(e) = analyst {
                    <span class="chip analyst-chip">{ format!("Analyst: {}", e.name) }
                        <button type="button" class="plain" aria-label={format!("Stop filtering by {}", e.name)} onclick={props.dispatch.reform(|_| Action::FilterAnalyst(None))}>{ "✕" }</button>
                    </span>
                }
                <label class="switch">
                    <input type="checkbox" role="switch" checked={props.only_matching} onchange={on_switch} />
                    { "Show only matching paragraphs" }
                </label>
                if props.filter.is_active() {
                    <span class="hidden-count">{
                        format!("{hidden} paragraph{} {}", if hidden == 1 { "" } else { "s" }, if props.only_matching { "hidden" } else { "dimmed" })
                    }</span>
                    <button type="button" class="plain" onclick={props.dispatch.reform(|_| Action::ClearFilter)}>{ "Clear filter" }</button>
                }
            </div>
        </section>
    }
}
