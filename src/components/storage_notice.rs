use yew::prelude::*;

use crate::browser::mine as web;
use crate::components::data_tools::export;
use crate::hooks::reset_storage;
use crate::mine::{Mine, Status};
use crate::store::Problem;

#[derive(Properties, PartialEq)]
pub struct StorageNoticeProps {
    /// Show the quiet cases too (no storage, a file page): in the panel.
    #[prop_or_default]
    pub full: bool,
}

/// Where the reader's articles are kept, when it matters: a notice with
/// Export now (and Reset, for unreadable data) when storage failed; in the
/// panel, also when this browser keeps nothing or the page is a file.
#[component]
pub fn StorageNotice(props: &StorageNoticeProps) -> Html {
    let mine = use_context::<UseReducerHandle<Mine>>().expect("Root provides the reader's articles");
    let estimate = use_state(|| None::<(f64, f64)>);
    {
        let estimate = estimate.clone();
        use_effect_with((props.full, mine.revision), move |(full, _)| {
            if *full {
                wasm_bindgen_futures::spawn_local(async move { estimate.set(web::storage_estimate().await) });
            }
        });
    }
    let export_now = {
        let mine = mine.clone();
        Callback::from(move |_| export(&mine.data))
    };
    let reset = {
        let mine = mine.clone();
        Callback::from(move |_| reset_storage(&mine))
    };
    let has_work = !mine.data.articles.is_empty();
    match &mine.status {
        Status::Memory(p) if props.full || has_work || !matches!(p, Problem::Unavailable(_)) => html! {
            <div class="storage-notice" role="alert" data-problem={problem_key(p)}>
                <p>{ p.describe() }</p>
                <button type="button" class="primary export-now" onclick={export_now}>{ "Export now" }</button>
                if matches!(p, Problem::Unreadable(_)) {
                    <button type="button" class="reset-storage" onclick={reset}>{ "Reset storage" }</button>
                }
            </div>
        },
        Status::Stored if props.full => {
            let used = estimate.map(|(used, quota)| format!(" Using {} of {}.", size(used), size(quota))).unwrap_or_default();
            let file = if web::from_file() { " This page is a file: Firefox keeps its data for this one file, and some browsers keep none for files, so use Export or Download reader to keep your work." } else { "" };
            html! { <p class="storage-status" data-problem="none">{ format!("Saved in this browser.{used}{file}") }</p> }
        }
        _ => html! {},
    }
}

fn problem_key(p: &Problem) -> &'static str {
    match p {
        Problem::Unavailable(_) => "unavailable",
        Problem::Full => "full",
        Problem::Unreadable(_) => "unreadable",
        Problem::Failed(_) => "failed",
    }
}

/// Bytes in words: "1.2 MB". Integer arithmetic: float formatting costs
/// the bundle kilobytes.
fn size(bytes: f64) -> String {
    let bytes = bytes as u64;
    match bytes {
        b if b >= 1_000_000_000 => format!("{}.{} GB", b / 1_000_000_000, b / 100_000_000 % 10),
        b if b >= 100_000 => format!("{}.{} MB", b / 1_000_000, b / 100_000 % 10),
        b => format!("{} KB", b.div_ceil(1000)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn size_table() {
        let rows = [(0.0, "0 KB"), (1.0, "1 KB"), (99_999.0, "100 KB"), (1_234_567.0, "1.2 MB"), (2_500_000_000.0, "2.5 GB")];
        for (bytes, want) in rows {
            assert_eq!(size(bytes), want);
        }
    }
}
