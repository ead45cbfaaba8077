use bamboo_core::{user_article_id, ArticleIx, Block, Correction, EntityKind, UserView};
use web_sys::{HtmlInputElement, HtmlSelectElement};
use yew::prelude::*;

use crate::hooks::Selected;
use crate::library::block_text;
use crate::mine::{Attribution, Mine, MineAction};
use crate::LibraryRef;

#[derive(Properties, PartialEq)]
pub struct SelectionBarProps {
    pub selected: Selected,
    /// The article in the selection's column.
    pub article: ArticleIx,
}

/// What the reader can do with text selected in one of their own articles:
/// mark it as a person, place or organization (linked to the entity it
/// names, when the recognizer knows the name), remove a wrong highlight, or
/// attribute it as a view to an analyst with viewpoints, known or new.
#[component]
pub fn SelectionBar(props: &SelectionBarProps) -> Html {
    let lib = use_context::<LibraryRef>().expect("App provides the library");
    let mine = use_context::<UseReducerHandle<Mine>>().expect("Root provides the reader's articles");
    // The selection is pinned while the view form is open: typing in it
    // moves the page's selection.
    let pinned = use_state(|| None::<Selected>);
    let analyst = use_state(String::new);
    let new_analyst = use_state(|| (String::new(), String::new()));
    let chosen = use_state(Vec::<String>::new);
    let new_viewpoint = use_state(|| (String::new(), String::new()));
    let sel = (*pinned).clone().unwrap_or_else(|| props.selected.clone());
    let Some(article) = lib.corpus.article(props.article) else { return html! {} };
    let Some(id) = user_article_id(&article.id).map(str::to_string) else { return html! {} };
    let Some(block) = article.blocks.get(sel.block) else { return html! {} };
    let Some(quote) = block_text(block).get(sel.start..sel.end).map(str::to_string) else { return html! {} };
    let is_paragraph = matches!(block, Block::Paragraph(_));

    let mark = |kind: Option<EntityKind>| {
        let (mine, lib, id, sel, quote) = (mine.clone(), lib.clone(), id.clone(), sel.clone(), quote.clone());
        Callback::from(move |_| {
            // Linked when the recognizer reads the whole selection as one
            // name of that kind.
            let entity = kind.and_then(|k| {
                let spans = lib.recognizer.annotate(&quote);
                spans.into_iter().find(|s| s.start == 0 && s.end == quote.len() && s.kind == k).and_then(|s| s.entity)
            });
            mine.dispatch(MineAction::Correct(id.clone(), Correction { block: sel.block, start: sel.start, end: sel.end, kind, entity }));
        })
    };
    let open_form = {
        let (pinned, sel) = (pinned.clone(), sel.clone());
        Callback::from(move |_| pinned.set(Some(sel.clone())))
    };
    let close = {
        let pinned = pinned.clone();
        Callback::from(move |_| pinned.set(None))
    };
    let text_input = |state: UseStateHandle<(String, String)>, first: bool| {
        Callback::from(move |e: InputEvent| {
            let v = e.target_unchecked_into::<HtmlInputElement>().value();
            let (a, b) = (*state).clone();
            state.set(if first { (v, b) } else { (a, v) });
        })
    };
    // A button, not a form's submit: a sandboxed frame blocks forms.
    let save = {
        let (mine, lib, pinned, analyst, new_analyst, chosen, new_viewpoint) =
            (mine.clone(), lib.clone(), pinned.clone(), analyst.clone(), new_analyst.clone(), chosen.clone(), new_viewpoint.clone());
        let (id, sel) = (id.clone(), sel.clone());
        Callback::from(move |_: MouseEvent| {
            let fresh = (*analyst == "new").then(|| (*new_analyst).clone()).filter(|(n, _)| !n.trim().is_empty());
            let defined = Some((*new_viewpoint).clone()).filter(|(l, _)| !l.trim().is_empty());
            let view = UserView { block: sel.block, start: sel.start, end: sel.end, analyst: if *analyst == "new" { String::new() } else { (*analyst).clone() }, viewpoints: (*chosen).clone() };
            let builtin_viewpoints = lib.corpus.viewpoints.len() - mine.data.viewpoints.len().min(lib.corpus.viewpoints.len());
            mine.dispatch(MineAction::Attribute(Box::new(Attribution { article: id.clone(), view, new_analyst: fresh, new_viewpoint: defined, builtin_viewpoints })));
            pinned.set(None);
            chosen.set(Vec::new());
            new_viewpoint.set((String::new(), String::new()));
        })
    };
    let form = pinned.is_some().then(|| {
        let on_analyst = {
            let analyst = analyst.clone();
            Callback::from(move |e: Event| analyst.set(e.target_unchecked_into::<HtmlSelectElement>().value()))
        };
        html! {
            <div class="view-form" role="group" aria-label="Attribute a view">
                <div class="field">
                    <label for="view-analyst">{ "Who says it" }</label>
                    <select id="view-analyst" onchange={on_analyst}>
                        <option value="" selected={analyst.is_empty()}>{ "Choose…" }</option>
                        { for lib.corpus.entities.iter().filter(|e| e.analyst).map(|e| html! {
                            <option key={e.id.clone()} value={e.id.clone()} selected={*analyst == e.id}>{ e.name.clone() }</option>
                        }) }
                        <option value="new" selected={*analyst == "new"}>{ "A new analyst…" }</option>
                    </select>
                </div>
                if *analyst == "new" {
                    <div class="field"><label for="view-new-name">{ "Name" }</label><input id="view-new-name" type="text" value={new_analyst.0.clone()} oninput={text_input(new_analyst.clone(), true)} /></div>
                    <div class="field"><label for="view-new-affiliation">{ "Affiliation" }</label><input id="view-new-affiliation" type="text" value={new_analyst.1.clone()} placeholder="not stated" oninput={text_input(new_analyst.clone(), false)} /></div>
                }
                <fieldset class="view-viewpoints">
                    <legend>{ "Viewpoints" }</legend>
                    { for lib.corpus.viewpoints.iter().map(|v| {
                        let checked = chosen.contains(&v.id);
                        let (chosen, vid) = (chosen.clone(), v.id.clone());
                        let onchange = Callback::from(move |_| {
                            let mut c = (*chosen).clone();
                            if let Some(i) = c.iter().position(|x| *x == vid) { c.remove(i); } else { c.push(vid.clone()); }
                            chosen.set(c);
                        });
                        html! { <label key={v.id.clone()} class="check" title={v.definition.clone()}><input type="checkbox" value={v.id.clone()} {checked} {onchange} />{ format!(" {}", v.label) }</label> }
                    }) }
                    <div class="field"><label for="view-new-viewpoint">{ "A new viewpoint" }</label><input id="view-new-viewpoint" type="text" value={new_viewpoint.0.clone()} placeholder="label (optional)" oninput={text_input(new_viewpoint.clone(), true)} /></div>
                    if !new_viewpoint.0.trim().is_empty() {
                        <div class="field"><label for="view-new-definition">{ "Its definition" }</label><input id="view-new-definition" type="text" value={new_viewpoint.1.clone()} oninput={text_input(new_viewpoint.clone(), false)} /></div>
                    }
                </fieldset>
                <div class="data-row">
                    <button type="button" id="view-save" class="primary" onclick={save}>{ "Save view" }</button>
                    <button type="button" onclick={close}>{ "Cancel" }</button>
                </div>
            </div>
        }
    });
    html! {
        <div class="selection-bar" role="region" aria-label="Selected text">
            <p class="selection-quote">{ format!("“{}”", bamboo_core::ellipsize(&quote, 80)) }</p>
            <div class="selection-actions">
                <span class="visually-hidden">{ "Mark as" }</span>
                <button type="button" data-mark="person" onclick={mark(Some(EntityKind::Person))}>{ "Person" }</button>
                <button type="button" data-mark="place" onclick={mark(Some(EntityKind::Place))}>{ "Place" }</button>
                <button type="button" data-mark="org" onclick={mark(Some(EntityKind::Org))}>{ "Organization" }</button>
                <button type="button" data-mark="none" onclick={mark(None)}>{ "Not a name" }</button>
                if is_paragraph && pinned.is_none() {
                    <button type="button" id="attribute-view" onclick={open_form}>{ "Attribute a view…" }</button>
                }
            </div>
            { for form }
            <p class="form-message" role="status">{ mine.message.clone().unwrap_or_default() }</p>
        </div>
    }
}
