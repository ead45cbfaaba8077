use bamboo_core::{ArticleIx, ViewpointSet};
use yew::prelude::*;

use crate::LibraryRef;

#[derive(Properties, PartialEq)]
pub struct CompareViewProps {
    pub articles: [ArticleIx; 2],
    /// Only these viewpoints, or all when empty.
    pub selected: ViewpointSet,
}

/// "Who says what about X": one row per viewpoint, one column per article
/// in view; each cell names the analysts and a line of each quote.
#[component]
pub fn CompareView(props: &CompareViewProps) -> Html {
    let lib = use_context::<LibraryRef>().expect("App provides the library");
    let corpus = &lib.corpus;
    let articles: Vec<&bamboo_core::Article> = props.articles.iter().filter_map(|a| corpus.article(*a)).collect();
    let rows: Vec<usize> = (0..corpus.viewpoints.len()).filter(|i| props.selected.is_empty() || props.selected.contains(bamboo_core::ViewpointIx(*i))).collect();
    html! {
        <section class="compare-view" aria-labelledby="compare-title">
            <h2 id="compare-title">{ "Compare: who says what" }</h2>
            <table>
                <caption>{ format!("Attributed views by viewpoint: {}", articles.iter().map(|a| format!("{} (“{}”)", a.short_label(), a.title)).collect::<Vec<_>>().join(" and ")) }</caption>
                <thead>
                    <tr>
                        <th scope="col">{ "Viewpoint" }</th>
                        { for articles.iter().enumerate().map(|(c, a)| html! { <th key={c} scope="col" title={a.title.clone()}>{ a.short_label() }</th> }) }
                    </tr>
                </thead>
                <tbody>
                    { for rows.into_iter().map(|i| {
                        let vp = &corpus.viewpoints[i];
                        html! {
                            <tr key={vp.id.clone()} data-viewpoint={vp.id.clone()}>
                                <th scope="row"><span class={format!("dot vp-{}", i % 8)} aria-hidden="true"></span>{ vp.label.clone() }</th>
                                { for articles.iter().enumerate().map(|(c, a)| {
                                    let views: Vec<&bamboo_core::View> = corpus.views_in(&a.id).filter(|v| v.viewpoints.contains(&vp.id)).collect();
                                    html! {
                                        <td key={c}>
                                            if views.is_empty() {
                                                <p class="empty">{ "This article quotes no analyst holding this view." }</p>
                                            } else {
                                                <ul>
                                                    { for views.iter().enumerate().map(|(k, v)| {
                                                        let who = corpus.entity(&v.analyst).map_or(v.analyst.clone(), |e| e.name.clone());
                                                        html! { <li key={k}><strong>{ who }</strong>{ format!(": “{}”", bamboo_core::ellipsize(v.quote.trim_matches(['"', '“', '”']), 110)) }</li> }
                                                    }) }
                                                </ul>
                                            }
                                        </td>
                                    }
                                }) }
                            </tr>
                        }
                    }) }
                </tbody>
            </table>
        </section>
    }
}
