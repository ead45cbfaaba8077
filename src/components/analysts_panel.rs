use bamboo_core::{AnalystIx, ArticleIx, ViewFilter};
use yew::prelude::*;

use crate::state::Action;
use crate::LibraryRef;

#[derive(Properties, PartialEq)]
pub struct AnalystsPanelProps {
    pub articles: [ArticleIx; 2],
    pub filter: ViewFilter,
    pub dispatch: Callback<Action>,
}

/// One card per analyst: name, affiliation as the article states it, the
/// articles that quote them, their viewpoints, and a link to each quote.
/// Analysts quoted in the articles in view come first.
#[component]
pub fn AnalystsPanel(props: &AnalystsPanelProps) -> Html {
    let lib = use_context::<LibraryRef>().expect("App provides the library");
    let corpus = &lib.corpus;
    let in_view = |id: &str| props.articles.iter().any(|a| corpus.articles.get(a.0).is_some_and(|art| corpus.views.iter().any(|v| v.analyst == id && v.article == art.id)));
    let mut analysts: Vec<AnalystIx> = corpus.analysts().collect();
    bamboo_core::sort::sort_by_key(&mut analysts, |a| !in_view(&corpus.entities[a.0].id));
    html! {
        <section class="analysts-panel" aria-labelledby="analysts-title">
            <h2 id="analysts-title">{ format!("Analysts ({})", analysts.len()) }</h2>
            <ul class="analyst-cards">
                { for analysts.into_iter().map(|a| {
                    let e = &corpus.entities[a.0];
                    let views: Vec<(usize, &bamboo_core::View)> = corpus.views.iter().enumerate().filter(|(_, v)| v.analyst == e.id).collect();
                    let mut articles: Vec<&str> = views.iter().map(|(_, v)| v.article.as_str()).collect();
                    articles.dedup();
                    let mut vps: Vec<&str> = views.iter().flat_map(|(_, v)| v.viewpoints.iter().map(String::as_str)).collect();
                    bamboo_core::sort::sort(&mut vps);
                    vps.dedup();
                    let pressed = props.filter.analyst == Some(a);
                    let next = if pressed { None } else { Some(a) };
                    html! {
                        <li key={e.id.clone()} class={classes!("analyst-card", in_view(&e.id).then_some("in-view"))} data-analyst={e.id.clone()}>
                            <h3>{ e.name.clone() }</h3>
                            <p class="affiliation">{ e.affiliation.clone().unwrap_or_default() }</p>
                            <p class="quoted-in">{ "Quoted in: " }{ articles.iter().filter_map(|id| corpus.articles.iter().find(|x| x.id == *id)).map(|x| x.source_label()).collect::<Vec<_>>().join(", ") }</p>
                            <ul class="card-viewpoints" aria-label="Viewpoints">
                                { for vps.iter().map(|id| {
                                    let (i, label) = corpus.viewpoint_ix(id).map_or((0, id.to_string()), |v| (v.0, corpus.viewpoints[v.0].label.clone()));
                                    html! { <li key={id.to_string()} class="chip"><span class={format!("dot vp-{}", i % 8)} aria-hidden="true"></span>{ label }</li> }
                                }) }
                            </ul>
                            <button type="button" class="filter-analyst" aria-pressed={pressed.to_string()} onclick={props.dispatch.reform(move |_| Action::FilterAnalyst(next))}>
                                { if pressed { "Filtering by this analyst" } else { "Filter by this analyst" } }
                            </button>
                            <ul class="quote-links">
                                { for views.iter().map(|(i, v)| {
                                    let Some(article) = corpus.find_article(&v.article) else { return Html::default() };
                                    let block = lib.views[article.0].iter().find(|p| p.view == *i).map_or(0, |p| p.block);
                                    let short = bamboo_core::ellipsize(v.quote.trim_matches(['"', '“', '”']), 90);
                                    let src = corpus.articles[article.0].source_label().to_string();
                                    html! {
                                        <li key={*i}>
                                            <a href={format!("#quote-{i}")} onclick={props.dispatch.reform(move |e: MouseEvent| { e.prevent_default(); Action::ShowBlock { article, block } })}>
                                                { format!("{src} ¶{}: “{short}”", v.paragraph) }
                                            </a>
                                        </li>
                                    }
                                }) }
                            </ul>
                        </li>
                    }
                }) }
            </ul>
        </section>
    }
}
