use web_sys::HtmlInputElement;
use yew::prelude::*;

use crate::browser::mine as web;
use crate::hooks::corpus_id;
use crate::mine::{Mine, MineAction};
use crate::state::{Action, Side};
use crate::LibraryRef;

#[derive(Properties, PartialEq)]
pub struct MyArticlesProps {
    pub dispatch: Callback<Action>,
}

/// The reader's articles: show one, rename it, remove it (with Undo).
#[component]
pub fn MyArticles(props: &MyArticlesProps) -> Html {
    let lib = use_context::<LibraryRef>().expect("App provides the library");
    let mine = use_context::<UseReducerHandle<Mine>>().expect("Root provides the reader's articles");
    let renaming = use_state(|| None::<(String, String)>);
    let show = |id: String| {
        let (lib, d) = (lib.clone(), props.dispatch.clone());
        Callback::from(move |side: Side| {
            if let Some(ix) = lib.corpus.find_article(&id) {
                d.emit(Action::Pick(side, ix));
                d.emit(Action::ShowTab(side));
            }
        })
    };
    let rows = mine.data.articles.iter().map(|a| {
        let id = a.id.clone();
        let show = show(corpus_id(&id, false));
        let editing = renaming.as_ref().filter(|(r, _)| *r == id).map(|(_, t)| t.clone());
        let title = match editing {
            Some(value) => {
                let (renaming, mine, id) = (renaming.clone(), mine.clone(), id.clone());
                let oninput = {
                    let renaming = renaming.clone();
                    let id = id.clone();
                    Callback::from(move |e: InputEvent| renaming.set(Some((id.clone(), e.target_unchecked_into::<HtmlInputElement>().value()))))
                };
                // No form: a sandboxed frame blocks form submission.
                let save = Callback::from(move |_: ()| {
                    if let Some((_, t)) = (*renaming).clone() {
                        mine.dispatch(MineAction::Rename(id.clone(), t, web::now_iso()));
                    }
                    renaming.set(None);
                });
                let onkeydown = {
                    let save = save.clone();
                    Callback::from(move |e: KeyboardEvent| {
                        if e.key() == "Enter" {
                            save.emit(());
                        }
                    })
                };
                html! {
                    <div class="rename">
                        <label class="visually-hidden" for={format!("rename-{}", a.id)}>{ "New title" }</label>
                        <input id={format!("rename-{}", a.id)} type="text" {value} {oninput} {onkeydown} autofocus={true} maxlength={bamboo_core::MAX_FIELD_CHARS.to_string()} />
                        <button type="button" class="rename-save" onclick={save.reform(|_| ())}>{ "Save" }</button>
                    </div>
                }
            }
            None => html! { <span class="my-title">{ a.title.clone() }</span> },
        };
        let start_rename = {
            let (renaming, id, t) = (renaming.clone(), id.clone(), a.title.clone());
            Callback::from(move |_| renaming.set(Some((id.clone(), t.clone()))))
        };
        let remove = {
            let (mine, id) = (mine.clone(), id.clone());
            Callback::from(move |_| mine.dispatch(MineAction::Remove(id.clone())))
        };
        html! {
            <li key={a.id.clone()} class="my-article" data-id={a.id.clone()}>
                { title }
                <span class="my-meta">{ format!("{} · {} · {} paragraphs", a.outlet, a.date, a.blocks.iter().filter(|b| matches!(b, bamboo_core::Block::Paragraph(_))).count()) }</span>
                <span class="my-actions">
                    <button type="button" class="plain" onclick={show.reform(|_| Side::Left)}>{ "Show left" }</button>
                    <button type="button" class="plain" onclick={show.reform(|_| Side::Right)}>{ "Show right" }</button>
                    <button type="button" class="plain" onclick={start_rename}>{ "Rename" }</button>
                    <button type="button" class="plain danger" onclick={remove} aria-label={format!("Remove “{}”", a.title)}>{ "Remove" }</button>
                </span>
            </li>
        }
    });
    let host = mine.host.iter().map(|a| {
        let show = show(corpus_id(&a.id, true));
        html! {
            <li key={format!("host-{}", a.id)} class="my-article host">
                <span class="my-title">{ a.title.clone() }</span>
                <span class="my-meta">{ "From the host page, not stored" }</span>
                <span class="my-actions">
                    <button type="button" class="plain" onclick={show.reform(|_| Side::Left)}>{ "Show left" }</button>
                    <button type="button" class="plain" onclick={show.reform(|_| Side::Right)}>{ "Show right" }</button>
                </span>
            </li>
        }
    });
    let undo = mine.undo.as_ref().map(|(_, a)| {
        let mine = mine.clone();
        html! {
            <p class="undo" role="status">
                { format!("Removed “{}”. ", a.title) }
                <button type="button" id="undo-remove" onclick={move |_| mine.dispatch(MineAction::Undo)}>{ "Undo" }</button>
            </p>
        }
    });
    html! {
        <section class="my-articles" aria-labelledby="my-heading">
            <h2 id="my-heading">{ format!("Your articles ({})", mine.data.articles.len()) }</h2>
            { for undo }
            if mine.data.articles.is_empty() && mine.host.is_empty() {
                <p class="hint">{ "None yet. Articles you add appear here and in both pickers." }</p>
            } else {
                <ul class="my-list">{ for rows }{ for host }</ul>
            }
        </section>
    }
}
