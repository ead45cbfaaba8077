use wasm_bindgen::JsCast;
use yew::prelude::*;

use crate::browser;

#[derive(Properties, PartialEq)]
pub struct PopoverProps {
    /// The element id; the button that opens it has `aria-controls` set to it.
    pub id: AttrValue,
    pub label: AttrValue,
    pub class: Classes,
    /// Called on a press outside the popover and its button.
    pub on_close: Callback<()>,
    pub children: Html,
}

/// A non-modal box under the toolbar: it takes keyboard focus when it opens,
/// and closes on Escape (see `use_shortcuts`) or a press outside it.
#[component]
pub fn Popover(props: &PopoverProps) -> Html {
    // Once this render is done, and unless focus is already inside.
    use_effect_with(props.id.clone(), |id| browser::focus_soon(id.to_string()));
    {
        let id = props.id.clone();
        let on_close = props.on_close.clone();
        use_effect_with(id, move |id| {
            let id = id.clone();
            let listener = browser::document().map(|doc| {
                gloo_events::EventListener::new(&doc, "pointerdown", move |e| {
                    let Some(target) = e.target().and_then(|t| t.dyn_into::<web_sys::Element>().ok()) else { return };
                    let inside = target.closest(&format!("#{id}, [aria-controls=\"{id}\"]")).ok().flatten().is_some();
                    if !inside {
                        on_close.emit(());
                    }
                })
            });
            move || drop(listener)
        });
    }
    html! {
        <div id={props.id.clone()} class={classes!("popover", props.class.clone())} role="dialog" aria-label={props.label.clone()} tabindex="-1">
            { props.children.clone() }
        </div>
    }
}
