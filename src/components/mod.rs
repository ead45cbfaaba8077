//! One Yew component per file.

pub mod app;
mod article_body;
mod article_header;
mod article_picker;
mod column;
