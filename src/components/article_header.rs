use bamboo_core::{Article, ArticleIx, ViewpointSet};
use yew::prelude::*;

use crate::components::viewpoint_bar::ViewpointBar;

use crate::LibraryRef;

#[derive(Properties, PartialEq)]
pub struct ArticleHeaderProps {
    pub article: ArticleIx,
    pub title_id: AttrValue,
    /// The viewpoints selected in the filter, for the blindspot line.
    pub selected: ViewpointSet,
    /// Shown first under "About this text" (the embedded reader's picker).
    #[prop_or_default]
    pub children: Html,
}

/// Title, then one line of kind, outlet, date and reading time, the
/// viewpoint bar, and "About this text" folded: every provenance field as the
/// text states it, the notes moved out of the body and the cleaning applied
/// to the source. Printed, the provenance shows without unfolding.
#[component]
pub fn ArticleHeader(props: &ArticleHeaderProps) -> Html {
    let lib = use_context::<LibraryRef>().expect("App provides the library");
    let corpus = &lib.corpus;
    let Some(a) = corpus.article(props.article) else {
        return Html::default();
    };
    let event = corpus.event(&a.event).map_or(a.event.clone(), |e| format!("{}, {}", e.label, e.dates));
    let field = |label: &'static str, value: &str| {
        let class = if Article::is_stated(value) { "stated" } else { "not-stated" };
        html! { <div class="field"><dt>{ label }</dt><dd {class}>{ value.to_string() }</dd></div> }
    };
    let meta: Vec<String> = vec![
        a.kind.label().to_string(),
        if Article::is_stated(&a.outlet) { a.outlet.clone() } else { "Outlet not stated".into() },
        if Article::is_stated(&a.date) { a.date.clone() } else { "date not stated".into() },
        format!("{} min read", a.reading_minutes()),
    ];
    html! {
        <header class="article-header">
            <h2 id={props.title_id.clone()}>{ a.title.clone() }</h2>
            <p class="meta">{ meta.join(" · ") }</p>
            <ViewpointBar article={props.article} selected={props.selected} />
            <p class="print-only print-provenance">{ format!("Author: {} · Event: {} · Source: {}", a.author, event, a.url) }</p>
            <details class="source-notes">
                <summary>{ "About this text" }<span class="summary-count">{ format!(" · {} note{}, {} cleaning step{}", a.notes.len(), plural(a.notes.len()), a.cleaning.len(), plural(a.cleaning.len())) }</span></summary>
                { props.children.clone() }
                <dl class="provenance">
                    { field("Outlet", &a.outlet) }
                    { field("Author", &a.author) }
                    { field("Date", &a.date) }
                    { field("Event", &event) }
                    <div class="field">
                        <dt>{ "Source" }</dt>
                        if let Some(url) = a.link_url() {
                            <dd class="url"><a href={url.to_string()} rel="noopener noreferrer" target="_blank">{ url.to_string() }</a></dd>
                        } else if Article::is_stated(&a.url) {
                            <dd class="url">{ a.url.clone() }</dd>
                        } else {
                            <dd class="not-stated">{ a.url.clone() }</dd>
                        }
                    </div>
                </dl>
                { for a.notes.iter().enumerate().map(|(i, n)| html! {
                    <div class="note" key={i}><h3>{ n.label.clone() }</h3><p>{ n.text.clone() }</p></div>
                }) }
                if !a.cleaning.is_empty() {
                    <h3>{ "Cleaning applied to the source text" }</h3>
                    <ul class="cleaning">
                        { for a.cleaning.iter().enumerate().map(|(i, c)| html! { <li key={i}>{ c.describe() }</li> }) }
                    </ul>
                }
            </details>
        </header>
    }
}

fn plural(n: usize) -> &'static str {
    if n == 1 { "" } else { "s" }
}
