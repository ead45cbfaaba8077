use yew::prelude::*;

use crate::components::add_form::{AddForm, Dropped};
use crate::components::data_tools::DataTools;
use crate::components::my_articles::MyArticles;
use crate::components::storage_notice::StorageNotice;
use crate::mine::Mine;
use crate::state::Action;

#[derive(Properties, PartialEq)]
pub struct YoursPanelProps {
    #[prop_or_default]
    pub dropped: Option<Dropped>,
    pub dispatch: Callback<Action>,
}

/// The reader's own articles: where they are kept, a form to add one, the
/// list, and export, import and "Download reader".
#[component]
pub fn YoursPanel(props: &YoursPanelProps) -> Html {
    let Some(mine) = use_context::<UseReducerHandle<Mine>>() else {
        return html! { <p class="hint">{ "Your own articles are not available in this view." }</p> };
    };
    html! {
        <div class="yours">
            <StorageNotice full={true} />
            <p class="visually-hidden" role="status" id="mine-status">{ mine.message.clone().unwrap_or_default() }</p>
            <AddForm dropped={props.dropped.clone()} />
            <MyArticles dispatch={props.dispatch.clone()} />
            <DataTools />
        </div>
    }
}
