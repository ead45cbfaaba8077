use bamboo_core::{ArticleIx, Span};
use serde::Serialize;
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
        let ids: Vec<&str> = articles.iter().filter_map(|a| lib.corpus.article(*a)).map(|a| a.id.as_str()).collect();
        // File names cannot hold `:` everywhere (`user:u-…`).
        let name = format!("bamboo-annotations-{}.jsonl", ids.join("+").replace(':', "-"));
        crate::browser::mine::download(&name, "application/x-ndjson", &text);
    });
    html! {
        <button type="button" class="export" {onclick} title="Download the highlighted mentions of both articles as JSON Lines">{ "Download annotations (JSON)" }</button>
    }
}
