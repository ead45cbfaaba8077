use bamboo_core::{ArticleIx, DISPUTED};
use yew::prelude::*;

use crate::state::Action;
use crate::LibraryRef;

#[derive(Properties, PartialEq)]
pub struct NamesViewProps {
    pub articles: [ArticleIx; 2],
    pub dispatch: Callback<Action>,
}

/// "Names used": for each disputed place, which name each article uses
/// and how often (the articles in view first, marked), with whose usage
/// each name is.
#[component]
pub fn NamesView(props: &NamesViewProps) -> Html {
    let lib = use_context::<LibraryRef>().expect("App provides the library");
    let mut order: Vec<ArticleIx> = props.articles.to_vec();
    order.dedup();
    order.extend(lib.corpus.article_ixs().filter(|a| !props.articles.contains(a)));
    let used: Vec<(ArticleIx, Vec<(usize, bamboo_core::NameCount)>)> = order.iter().map(|&a| (a, lib.names_used(a))).collect();
    let places: Vec<usize> = (0..DISPUTED.len()).filter(|i| used.iter().any(|(_, u)| u.iter().any(|(d, _)| d == i))).collect();
    html! {
        <section class="names-view" aria-labelledby="names-title">
            <h2 id="names-title">{ "Names used for disputed places" }</h2>
            <p class="hint">{ "Rival states name the same sea and islands differently, so the name an article uses is itself a viewpoint. The built-in articles use the international names; add an article from a Vietnamese or Chinese outlet to see the difference." }</p>
            if places.is_empty() {
                <p class="empty">{ "No article names a disputed place." }</p>
            }
            { for places.into_iter().map(|i| {
                let place = &DISPUTED[i];
                let known = lib.entity_ix(place.place);
                html! {
                    <section key={place.place} class="names-place" data-place={place.place}>
                        <h3>
                            if let Some(e) = known {
                                <button type="button" class="plain" onclick={props.dispatch.reform(move |_| Action::Focus(Some(e)))} title="Focus this place">{ place.label }</button>
                            } else {
                                { place.label }
                            }
                        </h3>
                        <p class="names-known">{ place.usages.iter().map(|(who, names)| format!("{who}: {}", names[0])).collect::<Vec<_>>().join(" · ") }</p>
                        <table>
                            <caption class="visually-hidden">{ format!("Names each article uses for {}", place.label) }</caption>
                            <thead><tr><th scope="col">{ "Article" }</th><th scope="col">{ "Names used (times)" }</th></tr></thead>
                            <tbody>
                                { for used.iter().filter_map(|(a, u)| u.iter().find(|(d, _)| *d == i).map(|(_, c)| (*a, c))).map(|(a, c)| {
                                    let article = &lib.corpus.articles[a.0];
                                    let shown = props.articles.contains(&a);
                                    html! {
                                        <tr key={article.id.clone()} data-article={article.id.clone()} class={classes!(shown.then_some("in-view"))}>
                                            <th scope="row">{ article.short_label() }{ if shown { " (in view)" } else { "" } }<span class="title">{ article.title.clone() }</span></th>
                                            <td>{ c.names.iter().map(|(name, usage, n)| format!("“{name}” ×{n} ({})", place.usages[*usage].0)).collect::<Vec<_>>().join(", ") }</td>
                                        </tr>
                                    }
                                }) }
                            </tbody>
                        </table>
                    </section>
                }
            }) }
        </section>
    }
}
