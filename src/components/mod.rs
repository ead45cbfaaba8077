//! One Yew component per file.

pub mod app;
mod analysts_panel;
mod article_body;
mod article_header;
mod article_picker;
mod column;
mod compare_view;
mod entity_card;
mod entity_index;
mod export_button;
mod legend;
mod mention_nav;
mod view_controls;
mod viewpoint_bar;
mod viewpoint_filter;
