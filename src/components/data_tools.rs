use bamboo_core::{escape_for_script, Block, UserData};
use web_sys::HtmlInputElement;
use yew::prelude::*;

use crate::browser::mine as web;
use crate::mine::{Mine, MineAction, ReaderFile};
use crate::LibraryRef;

/// Saves everything the reader added as one JSON file (the schema is in
/// the README).
pub fn export(data: &UserData) {
    let day = web::now_iso().get(..10).unwrap_or("today").to_string();
    web::download(&format!("bamboo-reader-articles-{day}.json"), "application/json", &data.encode());
}

/// Export, import, and a reader of one's own as one file.
#[component]
pub fn DataTools() -> Html {
    let mine = use_context::<UseReducerHandle<Mine>>().expect("Root provides the reader's articles");
    let lib = use_context::<LibraryRef>().expect("App provides the library");
    let builtin = use_state(|| true);
    let busy = use_state(|| false);
    let on_export = {
        let mine = mine.clone();
        Callback::from(move |_| {
            export(&mine.data);
            mine.dispatch(MineAction::Say(format!("Exported {} articles.", mine.data.articles.len())));
        })
    };
    let on_import = {
        let mine = mine.clone();
        Callback::from(move |e: Event| {
            let input: HtmlInputElement = e.target_unchecked_into();
            let Some(file) = input.files().and_then(|f| f.get(0)) else { return };
            input.set_value("");
            let (mine, lib) = (mine.clone(), lib.clone());
            wasm_bindgen_futures::spawn_local(async move {
                let name = file.name();
                let json = match web::read_file(file).await {
                    Ok(json) => json,
                    Err(why) => return mine.dispatch(MineAction::Say(format!("“{name}” could not be read: {why}"))),
                };
                // Decoding a large file takes a moment: say so first.
                mine.dispatch(MineAction::Say(format!("Reading “{name}”…")));
                crate::browser::painted().await;
                let data = match UserData::decode(&json) {
                    Ok(data) => data,
                    Err(e) => return mine.dispatch(MineAction::Say(format!("“{name}” was not imported. {e}"))),
                };
                // The recognizer reads the articles in steps, so the page
                // stays responsive and says how far it is.
                let total = data.articles.len();
                let blocks: Vec<&[Block]> = data.articles.iter().map(|a| a.blocks.as_slice()).collect();
                lib.read_ahead(&blocks, |done| mine.dispatch(MineAction::Say(format!("Reading “{name}”: {done} of {total} articles…")))).await;
                mine.dispatch(MineAction::Import(data));
            });
        })
    };
    let on_download = {
        let (mine, builtin, busy) = (mine.clone(), builtin.clone(), busy.clone());
        Callback::from(move |_| {
            if !*builtin && mine.data.articles.is_empty() {
                mine.dispatch(MineAction::Say("Add an article first: a reader without the built-in articles needs one of yours.".into()));
                return;
            }
            let file = ReaderFile { builtin: *builtin, data: (*mine.data).clone() };
            let json = escape_for_script(&serde_json::to_string(&file).expect("user data serializes"));
            let (mine, busy) = (mine.clone(), busy.clone());
            busy.set(true);
            wasm_bindgen_futures::spawn_local(async move {
                match web::reader_file(&json).await {
                    Ok(html) => {
                        web::download("bamboo-reader-mine.html", "text/html", &html);
                        mine.dispatch(MineAction::Say(format!("Downloaded a reader with {} of your articles. It opens from any folder, with no network.", mine.data.articles.len())));
                    }
                    Err(why) => mine.dispatch(MineAction::Say(format!("The reader could not be built: {why}."))),
                }
                busy.set(false);
            });
        })
    };
    let on_builtin = {
        let builtin = builtin.clone();
        Callback::from(move |e: Event| builtin.set(e.target_unchecked_into::<HtmlInputElement>().checked()))
    };
    html! {
        <section class="data-tools" aria-labelledby="data-heading">
            <h2 id="data-heading">{ "Keep and share" }</h2>
            <div class="data-row">
                <button type="button" id="export-data" onclick={on_export}>{ "Export" }</button>
                <label class="file-button">
                    { "Import…" }
                    <input id="import-data" type="file" accept=".json,application/json" onchange={on_import} />
                </label>
            </div>
            <div class="data-row">
                <button type="button" id="download-reader" class="primary" onclick={on_download} disabled={*busy}>{ "Download reader" }</button>
                <label class="inline">
                    <input id="download-builtin" type="checkbox" checked={*builtin} onchange={on_builtin} />
                    { " with the built-in articles" }
                </label>
            </div>
            <p class="hint">{ "Download reader saves one HTML file with your articles, analysts and viewpoints. Put it on a class drive: it opens in any browser, offline." }</p>
        </section>
    }
}
