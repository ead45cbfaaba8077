use bamboo_core::Theme;
use web_sys::HtmlSelectElement;
use yew::prelude::*;

use crate::browser;
use crate::state::Action;

#[derive(Properties, PartialEq)]
pub struct ViewControlsProps {
    pub theme: Theme,
    /// The view's link parameters, without the frame's settings
    /// (`ViewParams::view_only`).
    pub view: AttrValue,
    pub embed: bool,
    pub dispatch: Callback<Action>,
}

#[derive(Clone, Copy, PartialEq)]
enum Panel {
    None,
    Link,
    Embed,
}

/// Theme, "Copy link" and "Embed": the view as something to share.
#[component]
pub fn ViewControls(props: &ViewControlsProps) -> Html {
    let panel = use_state(|| Panel::None);
    let status = use_state(String::new);
    let on_theme = props.dispatch.reform(|e: Event| {
        let value = e.target_unchecked_into::<HtmlSelectElement>().value();
        Action::SetTheme(match value.as_str() {
            "light" => Theme::Light,
            "dark" => Theme::Dark,
            _ => Theme::Auto,
        })
    });
    let link = browser::page_url(&props.view, false);
    let embed_src = browser::page_url(&props.view, true);
    let embed_code = format!(
        "<iframe src=\"{embed_src}\" title=\"Bamboo Reader\" style=\"width:100%;height:800px;border:0\" loading=\"lazy\"></iframe>\n<script>\n  addEventListener(\"message\", (e) => {{\n    if (e.data?.type !== \"bamboo-reader:height\") return;\n    for (const f of document.querySelectorAll(\"iframe\"))\n      if (f.contentWindow === e.source) f.style.height = e.data.height + \"px\";\n  }});\n</script>"
    );
    let toggle = |which: Panel| {
        let panel = panel.clone();
        let status = status.clone();
        Callback::from(move |_| {
            status.set(String::new());
            panel.set(if *panel == which { Panel::None } else { which });
        })
    };
    let copy = |text: String| {
        let status = status.clone();
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
        <div class="view-controls">
            <label class="theme">{ "Theme " }
                <select onchange={on_theme}>
                    { for [Theme::Auto, Theme::Light, Theme::Dark].into_iter().map(|t| html! {
                        <option key={t.as_str()} value={t.as_str()} selected={t == props.theme}>{ match t { Theme::Auto => "System", Theme::Light => "Light", Theme::Dark => "Dark" } }</option>
                    }) }
                </select>
            </label>
            <button type="button" aria-expanded={(*panel == Panel::Link).to_string()} onclick={toggle(Panel::Link)}>{ "Copy link" }</button>
            if !props.embed {
                <button type="button" aria-expanded={(*panel == Panel::Embed).to_string()} onclick={toggle(Panel::Embed)}>{ "Embed" }</button>
            }
            if *panel != Panel::None {
                <div class="share-panel" role="dialog" aria-label={if *panel == Panel::Link { "Link to this view" } else { "Embed code" }}>
                    if *panel == Panel::Link {
                        <p>{ "This link opens the reader exactly as you see it now:" }</p>
                        <textarea class="share-text" readonly=true rows="2" value={link.clone()} onfocus={select_all.clone()} />
                        <button type="button" onclick={copy(link.clone())}>{ "Copy to clipboard" }</button>
                    } else {
                        <p>{ "Paste this into a web page: the frame shows this view and grows to fit it." }</p>
                        <textarea class="share-text" readonly=true rows="9" value={embed_code.clone()} onfocus={select_all} />
                        <button type="button" onclick={copy(embed_code)}>{ "Copy to clipboard" }</button>
                    }
                    <span class="share-status" role="status">{ (*status).clone() }</span>
                    <button type="button" class="plain" onclick={toggle(Panel::None)}>{ "Close" }</button>
                </div>
            }
        </div>
    }
}
