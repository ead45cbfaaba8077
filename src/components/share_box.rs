use yew::prelude::*;

use crate::browser;
use crate::state::{Action, Layer};

#[derive(Properties, PartialEq)]
pub struct ShareBoxProps {
    /// `Layer::Link` or `Layer::Embed`.
    pub layer: Layer,
    /// The view's link parameters, without the frame's settings
    /// (`ViewParams::view_only`).
    pub view: AttrValue,
    pub dispatch: Callback<Action>,
}

/// The iframe and the script that lets it grow, for a blog post.
fn embed_code(src: &str) -> String {
    format!(
        "<iframe src=\"{src}\" title=\"Bamboo Reader\" style=\"width:100%;height:800px;border:0\" loading=\"lazy\"></iframe>\n<script>\n  addEventListener(\"message\", (e) => {{\n    if (e.data?.type !== \"bamboo-reader:height\") return;\n    for (const f of document.querySelectorAll(\"iframe\"))\n      if (f.contentWindow === e.source) f.style.height = e.data.height + \"px\";\n  }});\n</script>"
    )
}

/// The link to this view, or its embed code, to copy: with the clipboard
/// where the browser allows it, else selected in a text box.
#[component]
pub fn ShareBox(props: &ShareBoxProps) -> Html {
    let status = use_state(String::new);
    let (intro, text, rows) = match props.layer {
        Layer::Embed => ("Paste this into a web page: the frame shows this view and grows to fit it.", embed_code(&browser::page_url(&props.view, true)), 9),
        _ => ("This link opens the reader exactly as you see it now:", browser::page_url(&props.view, false), 2),
    };
    let copy = {
        let status = status.clone();
        let text = text.clone();
        Callback::from(move |_| {
            let status = status.clone();
            browser::copy_text(&text, Callback::from(move |ok: bool| {
                status.set(if ok { "Copied.".into() } else { "Copying is not allowed here: select the text and press Ctrl+C (⌘C).".into() })
            }));
        })
    };
    let select_all = Callback::from(|e: FocusEvent| {
        if let Some(t) = e.target_dyn_into::<web_sys::HtmlTextAreaElement>() {
            t.select();
        }
    });
    html! {
        <div class="share-box">
            <p>{ intro }</p>
            <textarea class="share-text" readonly=true rows={rows.to_string()} value={text} onfocus={select_all} aria-label={if props.layer == Layer::Embed { "Embed code" } else { "Link to this view" }} />
            <button type="button" onclick={copy}>{ "Copy to clipboard" }</button>
            <span class="share-status" role="status">{ (*status).clone() }</span>
            <button type="button" class="plain" onclick={props.dispatch.reform(|_| Action::CloseLayer)}>{ "Close" }</button>
        </div>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn embed_code_frames_the_source_and_listens_for_heights() {
        let code = embed_code("page.html?embed=1#a=x");
        assert!(code.starts_with("<iframe src=\"page.html?embed=1#a=x\" title=\"Bamboo Reader\""));
        assert!(code.contains("bamboo-reader:height"));
    }
}
