use std::rc::Rc;

use bamboo_core::{compose, Corpus};
use yew::prelude::*;

use crate::components::app::App;
use crate::hooks::use_mine;
use crate::mine::{Mine, Status};
use crate::{Library, LibraryRef};

#[derive(Properties, PartialEq)]
pub struct RootProps {
    /// The built-in corpus and its mentions.
    pub builtin: LibraryRef,
    /// The data block of a downloaded reader, read before the app mounted
    /// (see `browser::mine::data_block`).
    #[prop_or_default]
    pub data_block: Option<AttrValue>,
}

/// The reader's own articles with the built-in ones: loads them, composes
/// the library the [`App`] shows, and hands the articles to every component
/// through a context. The library is composed again only when the articles
/// change; with none, it is the built-in library itself.
#[component]
pub fn Root(props: &RootProps) -> Html {
    let mine = use_mine(props.data_block.clone());
    // The library last composed: the next one keeps what the recognizer
    // found in every article they share, so adding one article reads one.
    let last = use_mut_ref(|| props.builtin.clone());
    let library = use_memo((props.builtin.clone(), mine.data.clone(), mine.host.clone(), mine.builtin), move |(builtin, data, host, show)| {
        let library = if *show && data.articles.is_empty() && host.is_empty() {
            builtin.clone()
        } else {
            let base = match show {
                true => builtin.corpus.clone(),
                // A downloaded reader without the built-in articles keeps their
                // entities and viewpoints, which the reader's views may use.
                false => Corpus { articles: Vec::new(), views: Vec::new(), ..builtin.corpus.clone() },
            };
            LibraryRef(Rc::new(Library::with_user(compose(&base, data, host), data, Some(&last.borrow()))))
        };
        *last.borrow_mut() = library.clone();
        library
    });
    // Storage answers in milliseconds; until then nothing is shown (the
    // page shows its pre-rendered view, if the link asks for it), so that a
    // link to one of the reader's articles finds it.
    if mine.status == Status::Loading {
        return html! {};
    }
    html! {
        <ContextProvider<UseReducerHandle<Mine>> context={mine}>
            <App library={(*library).clone()} />
        </ContextProvider<UseReducerHandle<Mine>>>
    }
}
