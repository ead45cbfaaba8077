use bamboo_core::{ArticleIx, Span};
use serde::Serialize;
use wasm_bindgen::JsCast;
use yew::prelude::*;

use crate::LibraryRef;

#[derive(Properties, PartialEq)]
pub struct ExportButtonProps {
    pub articles: [ArticleIx; 2],
}

#[derive(Serialize)]
struct Line<'a> {
    file: &'a str,
    spans: Vec<Span>,
}

/// The annotations of the articles in view as JSON Lines, in the format of
/// the `annotate` command: one `{"file", "spans"}` object per article, with
/// offsets into the article's blocks joined by blank lines.
pub fn export_json_lines(lib: &LibraryRef, articles: &[ArticleIx]) -> String {
    let mut out = String::new();
    for (i, &a) in articles.iter().enumerate() {
        if articles[..i].contains(&a) {
            continue;
        }
        let Some(article) = lib.corpus.article(a) else { continue };
        let line = Line { file: &article.id, spans: lib.export_spans(a) };
        out.push_str(&serde_json::to_string(&line).expect("spans serialize"));
        out.push('\n');
    }
    out
}

/// Downloads the annotations of the articles in view.
#[component]
pub fn ExportButton(props: &ExportButtonProps) -> Html {
    let lib = use_context::<LibraryRef>().expect("App provides the library");
    let articles = props.articles;
    let onclick = Callback::from(move |_| {
        let text = export_json_lines(&lib, &articles);
        let name = format!("bamboo-annotations-{}.jsonl", articles.iter().map(|a| lib.corpus.articles[a.0].id.as_str()).collect::<Vec<_>>().join("+"));
        download(&name, &text);
    });
    html! {
        <button type="button" class="export" {onclick} title="Download the highlighted mentions of both articles as JSON Lines">{ "Download annotations (JSON)" }</button>
    }
}

fn download(name: &str, text: &str) -> Option<()> {
    let parts = js_sys::Array::of1(&wasm_bindgen::JsValue::from_str(text));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type("application/x-ndjson");
    let blob = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options).ok()?;
    let url = web_sys::Url::create_object_url_with_blob(&blob).ok()?;
    let document = web_sys::window()?.document()?;
    let a: web_sys::HtmlAnchorElement = document.create_element("a").ok()?.dyn_into().ok()?;
    a.set_href(&url);
    a.set_download(name);
    a.click();
    web_sys::Url::revoke_object_url(&url).ok()
}
