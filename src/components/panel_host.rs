use bamboo_core::{ArticleIx, Panel, ViewFilter};
use yew::prelude::*;

use crate::browser;
use crate::components::add_form::Dropped;
use crate::components::analysts_panel::AnalystsPanel;
use crate::components::figures_view::FiguresView;
use crate::components::map_view::MapView;
use crate::components::names_view::NamesView;
use crate::components::search_panel::SearchPanel;
use crate::components::shared_view::SharedView;
use crate::components::timeline_view::TimelineView;
use crate::components::yours_panel::YoursPanel;
use crate::components::compare_view::CompareView;
use crate::components::entity_card::{EntityCard, Hover};
use crate::components::entity_index::EntityIndex;
use crate::components::export_button::ExportButton;
use crate::library::EntityIx;
use crate::state::Action;

#[derive(Properties, PartialEq)]
pub struct PanelHostProps {
    pub panel: Panel,
    pub articles: [ArticleIx; 2],
    pub focus: Option<EntityIx>,
    pub filter: ViewFilter,
    pub dispatch: Callback<Action>,
    /// The search query as typed.
    pub query: AttrValue,
    /// A file dropped on the page, for the add form.
    #[prop_or_default]
    pub dropped: Option<Dropped>,
}

/// The panel: a side column on wide screens, a bottom sheet on phones. One
/// tab per section of [`Panel::ALL`]; adding a tool is adding a variant
/// there and an arm to the `match` below.
#[component]
pub fn PanelHost(props: &PanelHostProps) -> Html {
    // Keyboard focus moves into the panel when the reader opens it; not
    // while the reader types in a field (the search box opens the panel as
    // the first key is typed); a panel opened by a link leaves focus at the
    // start of the page.
    use_effect_with((), |_| {
        if !browser::focus_is_lost() && !browser::focus_in_field() {
            browser::focus_soon("panel");
        }
    });
    // On a phone the tabs scroll sideways: keep the chosen one in view.
    use_effect_with(props.panel, |p| browser::scroll_into_row(&tab_id(*p)));
    // On a phone the sheet covers the text: going to a mention, a quote or
    // a search hit, or showing an article, closes it, so what was chosen
    // is in sight.
    let dispatch = {
        let d = props.dispatch.clone();
        Callback::from(move |a: Action| {
            let goes_to_text = matches!(a, Action::Focus(Some(_)) | Action::ShowBlock { .. } | Action::Pick(..));
            d.emit(a);
            if goes_to_text && browser::narrow() {
                d.emit(Action::SetPanel(None));
            }
        })
    };
    let section = match props.panel {
        Panel::Entities => html! {
            <>
                if let Some(focus) = props.focus {
                    <EntityCard entity={Some(focus)} hover={None::<Hover>} />
                }
                <EntityIndex articles={props.articles} focus={props.focus} dispatch={dispatch.clone()} />
                <ExportButton articles={props.articles} />
            </>
        },
        Panel::Analysts => html! { <AnalystsPanel articles={props.articles} filter={props.filter} dispatch={dispatch.clone()} /> },
        Panel::Compare => html! { <CompareView articles={props.articles} selected={props.filter.viewpoints} /> },
        Panel::Yours => html! { <YoursPanel dropped={props.dropped.clone()} dispatch={dispatch.clone()} /> },
        Panel::Search => html! { <SearchPanel query={props.query.clone()} dispatch={dispatch.clone()} /> },
        Panel::Shared => html! { <SharedView articles={props.articles} focus={props.focus} dispatch={dispatch.clone()} /> },
        Panel::Names => html! { <NamesView articles={props.articles} dispatch={dispatch.clone()} /> },
        Panel::Timeline => html! { <TimelineView articles={props.articles} dispatch={dispatch.clone()} /> },
        Panel::Map => html! { <MapView articles={props.articles} focus={props.focus} dispatch={dispatch.clone()} /> },
        Panel::Figures => html! { <FiguresView articles={props.articles} dispatch={dispatch.clone()} /> },
    };
    let onkeydown = {
        let d = props.dispatch.clone();
        let current = props.panel;
        Callback::from(move |e: KeyboardEvent| {
            let next = match e.key().as_str() {
                "ArrowRight" => current.beside(true),
                "ArrowLeft" => current.beside(false),
                _ => return,
            };
            e.prevent_default();
            d.emit(Action::SetPanel(Some(next)));
            browser::focus_soon(tab_id(next));
        })
    };
    html! {
        <aside id="panel" class="panel" aria-label="Panel" tabindex="-1" data-panel={props.panel.as_str()}>
            <div class="panel-head">
                <div class="panel-tabs" role="tablist" aria-label="Panel sections" {onkeydown}>
                    { for Panel::ALL.iter().map(|&p| {
                        let selected = p == props.panel;
                        html! {
                            <button key={p.as_str()} id={tab_id(p)} type="button" role="tab" aria-selected={selected.to_string()} aria-controls="panel-section"
                                tabindex={if selected { "0" } else { "-1" }} data-panel={p.as_str()}
                                title={p.label()} onclick={props.dispatch.reform(move |_| Action::SetPanel(Some(p)))}>{ p.tab_label() }</button>
                        }
                    }) }
                </div>
                <button type="button" class="panel-close plain" aria-label="Close the panel" onclick={props.dispatch.reform(|_| Action::SetPanel(None))}>{ "✕" }</button>
            </div>
            <div id="panel-section" class="panel-section" role="tabpanel" aria-labelledby={tab_id(props.panel)}>
                { section }
            </div>
        </aside>
    }
}

/// The DOM id of a section's tab.
fn tab_id(p: Panel) -> String {
    format!("panel-tab-{}", p.as_str())
}
