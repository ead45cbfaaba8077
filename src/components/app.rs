use yew::prelude::*;

use crate::components::column::Column;
use crate::state::{Reader, Side};
use crate::CorpusRef;

#[derive(Properties, PartialEq)]
pub struct AppProps {
    pub corpus: CorpusRef,
    /// The view to start from; the first two articles when `None`.
    #[prop_or_default]
    pub initial: Option<Reader>,
}

impl AppProps {
    pub fn new(corpus: CorpusRef) -> Self {
        AppProps { corpus, initial: None }
    }
}

/// The whole reader: the corpus context, the state, and two columns.
#[component]
pub fn App(props: &AppProps) -> Html {
    let corpus = props.corpus.clone();
    let reader = {
        let initial = props.initial.clone();
        let corpus = corpus.clone();
        use_reducer(move || initial.unwrap_or_else(|| Reader::initial(&corpus)))
    };
    let dispatch = {
        let reader = reader.clone();
        Callback::from(move |action| reader.dispatch(action))
    };
    html! {
        <ContextProvider<CorpusRef> context={corpus}>
            <header class="masthead">
                <h1>{ "Bamboo Reader" }</h1>
                <p class="tagline">{ "Vietnam–China relations, 2022–2024: compare the coverage side by side." }</p>
            </header>
            <main class="columns">
                { for Side::BOTH.iter().map(|&side| html! {
                    <Column key={side.key()} {side} article={reader.article(side)} dispatch={dispatch.clone()} />
                }) }
            </main>
        </ContextProvider<CorpusRef>>
    }
}
