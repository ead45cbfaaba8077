use yew::prelude::*;

use crate::components::article_tabs::ArticleTabs;
use crate::components::column::Column;
use crate::components::entity_card::{EntityCard, Hover};
use crate::components::help_overlay::HelpOverlay;
use crate::components::kind_key::KindKey;
use crate::components::mention_nav::MentionNav;
use crate::components::overlap_line::OverlapLine;
use crate::components::panel_host::PanelHost;
use crate::components::toolbar::Toolbar;
use crate::components::add_form::Dropped;
use crate::components::selection_bar::SelectionBar;
use crate::components::storage_notice::StorageNotice;
use crate::hooks::{
    corpus_id, use_deferred, use_file_drop, use_focus_return, use_follow_library, use_follow_tab, use_height_report, use_host_messages, use_reader, use_selection,
    use_shortcuts, use_tab_scroll, use_theme, use_url_sync,
};
use crate::mine::{Mine, MineAction};
use crate::library::{EntityIx, MentionAt};
use crate::state::{Action, Layer, Reader, Side};
use crate::{browser, LibraryRef};

#[derive(Properties, PartialEq)]
pub struct AppProps {
    pub library: LibraryRef,
    /// The view to start from; the first two articles when `None`.
    #[prop_or_default]
    pub initial: Option<Reader>,
}

impl AppProps {
    pub fn new(library: LibraryRef) -> Self {
        AppProps { library, initial: None }
    }
}

/// The whole reader: a masthead, one sticky row of tools, the two articles
/// (tabs on a phone), and the panel beside them (a bottom sheet on a phone).
#[component]
pub fn App(props: &AppProps) -> Html {
    let lib = props.library.clone();
    let (reader, notices) = use_reader(&lib, props.initial.clone());
    let hover = use_state(|| None::<Hover>);
    let dispatch = {
        let reader = reader.dispatcher();
        Callback::from(move |action| reader.dispatch(action))
    };
    let articles = reader.articles();
    let walk: Vec<MentionAt> = reader.focus.map(|e| lib.mentions_of(e, &articles)).unwrap_or_default();
    let current = reader.cursor.and_then(|i| walk.get(i).copied());

    let view = use_url_sync(&lib, &reader, dispatch.clone(), notices.clone());
    // The reader's own articles: absent when the App runs alone (tests).
    let mine = use_context::<UseReducerHandle<Mine>>();
    let shown = mine.as_ref().and_then(|m| m.last_added.as_ref().map(|id| corpus_id(id, m.host.iter().any(|h| h.id == *id))));
    use_follow_library(&lib, &reader, dispatch.clone(), shown);
    let mine_dispatch = mine.as_ref().map_or_else(Callback::noop, |m| {
        let d = m.dispatcher();
        Callback::from(move |a: MineAction| d.dispatch(a))
    });
    use_host_messages(&lib, &reader, view.clone(), dispatch.clone(), mine_dispatch);
    let dropped = use_state(|| None::<Dropped>);
    {
        let (dropped, dispatch) = (dropped.clone(), dispatch.clone());
        let on = mine.is_some();
        use_file_drop(Callback::from(move |file| {
            if on {
                let seq = dropped.as_ref().map_or(0, |d| d.seq + 1);
                dropped.set(Some(Dropped { file, seq }));
                dispatch.emit(Action::SetPanel(Some(bamboo_core::Panel::Yours)));
            }
        }));
    }
    let selected = use_selection();
    // The columns mark a query's hits a frame after the results show.
    let marked_query = use_deferred(reader.query.clone());
    use_height_report(reader.embed, reader.height);
    use_theme(reader.theme);
    use_shortcuts(dispatch.clone(), reader.focus.is_some(), walk.len());
    use_follow_tab(dispatch.clone(), reader.tab, reader.focus, &walk, current);
    use_tab_scroll(reader.tab, (current, reader.jump));
    use_focus_return(reader.layer.is_some(), ".popover, .overlay");
    use_focus_return(reader.panel.is_some(), ".panel");

    // Stable callbacks, so that a block re-renders only when it changes.
    let on_mark = {
        let d = reader.dispatcher();
        use_callback((lib.clone(), articles), move |(entity, at): (EntityIx, MentionAt), (lib, articles)| {
            let position = lib.mentions_of(entity, articles).iter().position(|m| *m == at).unwrap_or(0);
            d.dispatch(Action::FocusAt(entity, position));
        })
    };
    let on_hover = {
        let hover = hover.setter();
        use_callback((), move |h: Option<Hover>, _| hover.set(h))
    };
    let skip = Callback::from(|e: MouseEvent| {
        // Not a fragment link: the fragment holds the view.
        e.prevent_default();
        browser::focus_id("articles");
    });
    let (matching, others) = lib.filter_split(&articles, &reader.filter);
    let announce = match reader.filter.is_active() {
        true => format!(
            "{matching} paragraph{} match {}; {others} {}.",
            if matching == 1 { "" } else { "s" },
            lib.describe_filter(&reader.filter),
            if reader.only_matching { "hidden" } else { "dimmed" }
        ),
        false => String::new(),
    };
    html! {
        <ContextProvider<LibraryRef> context={lib.clone()}>
            <div class={classes!("app", reader.embed.then_some("embed"), reader.panel.is_some().then_some("with-panel"))}>
                <a class="skip-link" href="#articles" onclick={skip}>{ "Skip to the articles" }</a>
                if !reader.embed {
                    <header class="masthead">
                        <h1>{ "Bamboo Reader" }</h1>
                        <p class="tagline">{ "Vietnam–China relations, 2022–2024: the coverage side by side." }</p>
                    </header>
                }
                <section class="bar" aria-label="Reader tools">
                    <Toolbar
                        {articles}
                        kinds={reader.kinds}
                        filter={reader.filter}
                        only_matching={reader.only_matching}
                        panel={reader.panel}
                        layer={reader.layer}
                        theme={reader.theme}
                        view={view.clone()}
                        embed={reader.embed}
                        query={reader.query.clone()}
                        figures={reader.figures}
                        dispatch={dispatch.clone()}
                    />
                    if let Some(focus) = reader.focus {
                        <MentionNav entity={focus} count={walk.len()} cursor={reader.cursor} dispatch={dispatch.clone()} />
                    }
                    <ArticleTabs {articles} tab={reader.tab} dispatch={dispatch.clone()} />
                </section>
                <div class="layout">
                    <main id="articles" tabindex="-1">
                        if reader.embed {
                            <h1 class="visually-hidden">{ "Bamboo Reader" }</h1>
                        }
                        if !notices.is_empty() {
                            <div class="link-notice" role="status">
                                <p>{ "Parts of this link could not be used, so defaults are shown instead:" }</p>
                                <ul>{ for notices.iter().enumerate().map(|(i, n)| html! { <li key={i}>{ n.clone() }</li> }) }</ul>
                                <button type="button" class="plain" onclick={{ let notices = notices.clone(); move |_| notices.set(Vec::new()) }}>{ "Dismiss" }</button>
                            </div>
                        }
                        if mine.is_some() {
                            <StorageNotice />
                        }
                        <p class="visually-hidden" role="status" id="filter-status">{ announce }</p>
                        <KindKey />
                        if !reader.embed {
                            <OverlapLine {articles} dispatch={dispatch.clone()} />
                        }
                        <div class="columns" data-tab={reader.tab.key()}>
                            { for Side::BOTH.iter().map(|&side| {
                                let column = side.column();
                                html! {
                                    <Column
                                        key={side.key()}
                                        {side}
                                        article={reader.article(side)}
                                        kinds={reader.kinds}
                                        focus={reader.focus}
                                        current={current.filter(|c| c.column == column).map(|c| (c.block, c.index))}
                                        filter={reader.filter}
                                        only_matching={reader.only_matching}
                                        jump={reader.jump.filter(|j| j.0 == column).map(|j| (j.1, j.2))}
                                        shown={reader.tab == side}
                                        embed={reader.embed}
                                        query={marked_query.clone()}
                                        figures={reader.figures}
                                        {column}
                                        dispatch={dispatch.clone()}
                                        on_mark={on_mark.clone()}
                                        on_hover={on_hover.clone()}
                                    />
                                }
                            }) }
                        </div>
                        if let (Some(sel), true) = (selected.clone(), mine.is_some()) {
                            <SelectionBar article={reader.article(sel.side)} selected={sel} />
                        }
                        if let Some(h) = (*hover).clone() {
                            <EntityCard entity={h.entity} hover={Some(h)} />
                        }
                    </main>
                    if let Some(panel) = reader.panel {
                        <PanelHost {panel} {articles} query={reader.query.clone()} focus={reader.focus} filter={reader.filter} dispatch={dispatch.clone()} dropped={(*dropped).clone()} />
                    }
                </div>
                if reader.layer == Some(Layer::Help) {
                    <HelpOverlay dispatch={dispatch.clone()} />
                }
            </div>
        </ContextProvider<LibraryRef>>
    }
}
