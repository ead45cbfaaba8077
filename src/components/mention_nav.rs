use yew::prelude::*;

use crate::library::EntityIx;
use crate::state::Action;
use crate::LibraryRef;

#[derive(Properties, PartialEq)]
pub struct MentionNavProps {
    pub entity: EntityIx,
    pub count: usize,
    pub cursor: Option<usize>,
    pub dispatch: Callback<Action>,
}

/// Previous / next through the focused entity's mentions in both columns
/// (also `k` / `j`), and a way out of the focus (also Escape).
#[component]
pub fn MentionNav(props: &MentionNavProps) -> Html {
    let lib = use_context::<LibraryRef>().expect("App provides the library");
    let name = lib.known(props.entity).name.clone();
    let count = props.count;
    let status = match (props.cursor, count) {
        (_, 0) => format!("{name} is not mentioned in these two articles."),
        (Some(i), n) => format!("{name}: mention {} of {n}", i + 1),
        (None, n) => format!("{name}: {n} mention{} in view", if n == 1 { "" } else { "s" }),
    };
    html! {
        <div class="mention-nav" role="group" aria-label="Focused entity">
            <p class="status" aria-live="polite">{ status }</p>
            <button type="button" disabled={count == 0} aria-keyshortcuts="k" onclick={props.dispatch.reform(move |_| Action::Step { forward: false, count })}>{ "◀" }<span class="word">{ " Previous" }</span><kbd>{ "k" }</kbd></button>
            <button type="button" disabled={count == 0} aria-keyshortcuts="j" onclick={props.dispatch.reform(move |_| Action::Step { forward: true, count })}><span class="word">{ "Next " }</span>{ "▶" }<kbd>{ "j" }</kbd></button>
            <button type="button" class="plain" aria-keyshortcuts="Escape" onclick={props.dispatch.reform(|_| Action::Focus(None))}><span class="x" aria-hidden="true">{ "✕" }</span><span class="word">{ "Clear focus" }</span></button>
        </div>
    }
}
