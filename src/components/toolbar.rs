use bamboo_core::{ArticleIx, Panel, Theme, ViewFilter};
use web_sys::HtmlSelectElement;
use yew::prelude::*;

use crate::browser;
use crate::components::legend::Legend;
use crate::components::popover::Popover;
use crate::components::search_box::SearchBox;
use crate::components::share_box::ShareBox;
use crate::components::viewpoint_filter::ViewpointFilter;
use crate::state::{Action, KindSet, Layer};
use crate::LibraryRef;

#[derive(Properties, PartialEq)]
pub struct ToolbarProps {
    pub articles: [ArticleIx; 2],
    pub kinds: KindSet,
    pub filter: ViewFilter,
    pub only_matching: bool,
    pub panel: Option<Panel>,
    pub layer: Option<Layer>,
    pub theme: Theme,
    /// The view's link parameters, without the frame's settings.
    pub view: AttrValue,
    /// The compact embedded reader: only the essentials.
    pub embed: bool,
    /// The search query as typed.
    pub query: AttrValue,
    /// The figures layer is on.
    pub figures: bool,
    pub dispatch: Callback<Action>,
}

/// One row of tools above the text: the entity kinds with their counts, the
/// viewpoint filter (a popover), the panels, then sharing, printing, the
/// theme and the shortcuts. On a narrow screen the row scrolls sideways.
#[component]
pub fn Toolbar(props: &ToolbarProps) -> Html {
    let lib = use_context::<LibraryRef>().expect("App provides the library");
    let d = &props.dispatch;
    let layer_button = |layer: Layer, id: &'static str, controls: &'static str, label: Html| {
        let open = props.layer == Some(layer);
        html! {
            <button type="button" {id} aria-controls={controls} aria-expanded={open.to_string()} onclick={d.reform(move |_| Action::ToggleLayer(layer))}>{ label }</button>
        }
    };
    // The selected viewpoint ids, for tests and styles: the chips themselves
    // are only in the page while the popover is open.
    let selected: Vec<&str> = props.filter.viewpoints.iter().filter_map(|v| lib.corpus.viewpoints.get(v.0)).map(|v| v.id.as_str()).collect();
    let active = lib.describe_filter(&props.filter);
    let vp_label = html! {
        <>
            { "Viewpoints" }
            if !active.is_empty() {
                <span class="count" aria-label={format!(", filtering by {active}")}>{ props.filter.viewpoints.iter().count() + usize::from(props.filter.analyst.is_some()) }</span>
            }
            <span class="caret" aria-hidden="true">{ " ▾" }</span>
        </>
    };
    let on_theme = d.reform(|e: Event| {
        let value = e.target_unchecked_into::<HtmlSelectElement>().value();
        Action::SetTheme(match value.as_str() {
            "light" => Theme::Light,
            "dark" => Theme::Dark,
            _ => Theme::Auto,
        })
    });
    let close = d.reform(|_| Action::CloseLayer);
    html! {
        <div class="toolbar">
            <div class="toolbar-row">
                <SearchBox query={props.query.clone()} panel={props.panel} dispatch={d.clone()} />
                <Legend articles={props.articles} kinds={props.kinds} figures={props.figures} dispatch={d.clone()} />
                <span class="sep" aria-hidden="true"></span>
                <span class="vp-menu" data-selected={selected.join(",")}>{ layer_button(Layer::Viewpoints, "vp-menu-button", "vp-popover", vp_label) }</span>
                <button type="button" id="panel-button" class="panel-button" aria-controls="panel" aria-expanded={props.panel.is_some().to_string()} onclick={d.reform(|_| Action::TogglePanel)}>
                    { "Panels" }
                </button>
                if !props.embed {
                    <button type="button" id="add-article-button" onclick={d.reform(|_| {
                        browser::focus_soon("add-text");
                        Action::SetPanel(Some(bamboo_core::Panel::Yours))
                    })}>{ "Add article" }</button>
                }
                <span class="sep" aria-hidden="true"></span>
                { layer_button(Layer::Link, "link-button", "share-popover", html! { "Copy link" }) }
                if props.embed {
                    <a class="full-reader" href={browser::page_url(&props.view, false)} target="_blank" rel="noopener" title="Open this view in the full reader, in a new tab">{ "Full reader ↗" }</a>
                } else {
                    { layer_button(Layer::Embed, "embed-button", "share-popover", html! { "Embed" }) }
                    <button type="button" onclick={Callback::from(|_| browser::print())}>{ "Print" }</button>
                    <label class="theme">
                        <span class="visually-hidden">{ "Theme" }</span>
                        <select onchange={on_theme} title="Theme">
                            { for [Theme::Auto, Theme::Light, Theme::Dark].into_iter().map(|t| html! {
                                <option key={t.as_str()} value={t.as_str()} selected={t == props.theme}>{ match t { Theme::Auto => "System theme", Theme::Light => "Light", Theme::Dark => "Dark" } }</option>
                            }) }
                        </select>
                    </label>
                }
                <button type="button" class="help-button" aria-keyshortcuts="?" aria-label="Keyboard shortcuts" title="Keyboard shortcuts (?)"
                    aria-haspopup="dialog" onclick={d.reform(|_| Action::ToggleLayer(Layer::Help))}>{ "?" }</button>
            </div>
            if props.layer == Some(Layer::Viewpoints) {
                <Popover id="vp-popover" label="Filter by viewpoint" class={classes!("vp-popover")} on_close={close.clone()}>
                    <ViewpointFilter articles={props.articles} filter={props.filter} only_matching={props.only_matching} dispatch={d.clone()} />
                </Popover>
            }
            if let Some(layer @ (Layer::Link | Layer::Embed)) = props.layer {
                <Popover id="share-popover" label={if layer == Layer::Embed { "Embed code" } else { "Link to this view" }} class={classes!("share-popover")} on_close={close}>
                    <ShareBox {layer} view={props.view.clone()} dispatch={d.clone()} />
                </Popover>
            }
        </div>
    }
}
