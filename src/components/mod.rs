//! One Yew component per file.

pub mod app;
mod analysts_panel;
mod article_body;
mod article_header;
mod article_picker;
mod article_tabs;
mod block_view;
mod column;
mod compare_view;
mod entity_card;
mod entity_index;
mod export_button;
mod help_overlay;
mod kind_key;
mod legend;
mod mention_nav;
mod panel_host;
mod popover;
pub mod root;
mod add_form;
mod my_articles;
mod data_tools;
mod storage_notice;
mod selection_bar;
mod yours_panel;
mod share_box;
mod search_box;
mod search_panel;
mod shared_view;
mod names_view;
mod timeline_view;
mod map_view;
mod figures_view;
mod overlap_line;
mod toolbar;
mod viewpoint_bar;
mod viewpoint_filter;

use yew::{Callback, KeyboardEvent, MouseEvent};

use crate::state::Action;

/// The handlers of an SVG `role="button"` (a timeline event, a map pin):
/// a click, or Enter or Space while it has focus (an SVG element, unlike a
/// `<button>`, gets no key handling from the browser), dispatches `actions`.
pub(crate) fn press(d: &Callback<Action>, actions: Vec<Action>) -> (Callback<MouseEvent>, Callback<KeyboardEvent>) {
    let (click, key) = (d.clone(), d.clone());
    let again = actions.clone();
    (
        Callback::from(move |_: MouseEvent| actions.iter().cloned().for_each(|a| click.emit(a))),
        Callback::from(move |k: KeyboardEvent| {
            if k.key() == "Enter" || k.key() == " " {
                k.prevent_default();
                again.iter().cloned().for_each(|a| key.emit(a));
            }
        }),
    )
}
