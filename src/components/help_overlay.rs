use yew::prelude::*;

use crate::browser;
use crate::state::Action;

#[derive(Properties, PartialEq)]
pub struct HelpOverlayProps {
    pub dispatch: Callback<Action>,
}

/// Every keyboard shortcut (the keys `use_shortcuts` maps), in a modal
/// dialog that closes with Escape, its button or a press on the backdrop.
const KEYS: [(&str, &str); 7] = [
    ("j", "Next mention of the focused entity"),
    ("k", "Previous mention of the focused entity"),
    ("/", "Search every article (the search box; Enter opens the first hit)"),
    ("[", "Show the left article (on a phone)"),
    ("]", "Show the right article (on a phone)"),
    ("?", "Show or hide this list"),
    ("Esc", "Close the top layer: this list, a menu, the panel, then the focus"),
];

#[component]
pub fn HelpOverlay(props: &HelpOverlayProps) -> Html {
    // Once this render is done, and unless focus is already inside.
    use_effect_with((), |_| browser::focus_soon("help-close"));
    let close = props.dispatch.reform(|_| Action::CloseLayer);
    // Tab stays in the dialog: its one control is the close button.
    let onkeydown = Callback::from(|e: KeyboardEvent| {
        if e.key() == "Tab" {
            e.prevent_default();
        }
    });
    let on_backdrop = props.dispatch.reform(|_: MouseEvent| Action::CloseLayer);
    html! {
        <div class="overlay" onclick={on_backdrop}>
            <div class="help" role="dialog" aria-modal="true" aria-labelledby="help-title" {onkeydown} onclick={Callback::from(|e: MouseEvent| e.stop_propagation())}>
                <h2 id="help-title">{ "Keyboard shortcuts" }</h2>
                <dl class="keys">
                    { for KEYS.iter().map(|(key, what)| html! {
                        <div key={*key}><dt><kbd>{ *key }</kbd></dt><dd>{ *what }</dd></div>
                    }) }
                </dl>
                <p class="help-note">{ "Tab moves through every control; Enter or Space presses a button. Click a highlighted name, or pick one in the Entities panel, to focus it." }</p>
                <button type="button" id="help-close" onclick={close}>{ "Close" }</button>
            </div>
        </div>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_listed_key_is_a_shortcut() {
        for (key, _) in KEYS {
            let key = if key == "Esc" { "Escape" } else { key };
            assert!(crate::hooks::shortcut(key, true, 1).is_some(), "{key} is listed but does nothing");
        }
    }
}
