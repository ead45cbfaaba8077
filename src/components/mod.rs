//! One Yew component per file.

pub mod app;
mod analysts_panel;
mod article_body;
mod article_header;
mod article_picker;
mod article_tabs;
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
mod share_box;
mod toolbar;
mod viewpoint_bar;
mod viewpoint_filter;
