use bamboo_core::{blocks_from_parts, check_new_article, html_parts, markdown_escape, MAX_FIELD_CHARS, opening_words, read_markdown, read_plain, Block, Draft, UserArticle, MAX_ARTICLE_BYTES};
use web_sys::{HtmlInputElement, HtmlSelectElement, HtmlTextAreaElement};
use yew::prelude::*;

use crate::browser::mine as web;
use crate::mine::{Mine, MineAction};

/// How pasted or opened text is read.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Format {
    /// Paragraphs separated by blank lines.
    Plain,
    /// Markdown: `#` headings and paragraphs.
    Markdown,
}

impl Format {
    fn blocks(self, text: &str) -> Vec<Block> {
        match self {
            Format::Plain => read_plain(text),
            Format::Markdown => read_markdown(text),
        }
    }
}

/// A file dropped on the page, for the form; `seq` tells two drops of the
/// same file apart.
#[derive(Clone, Debug, PartialEq)]
pub struct Dropped {
    pub file: web_sys::File,
    pub seq: u32,
}

/// The fields of the form, each optional but the text.
#[derive(Clone, Debug, Default, PartialEq)]
struct Fields {
    title: String,
    outlet: String,
    author: String,
    date: String,
    url: String,
    event: String,
}

/// A file's text as the form takes it: HTML becomes Markdown-like text of
/// its headings and paragraphs (see `bamboo_core::html_parts`), so the
/// reader sees and can edit exactly what will be kept.
async fn open_file(file: web_sys::File) -> Result<(String, Format, Option<String>), String> {
    let name = file.name();
    let lower = name.to_lowercase();
    // HTML carries markup around its text: allow it some room.
    if file.size() > (MAX_ARTICLE_BYTES * 8) as f64 {
        return Err(format!("“{name}” is too large: an article may hold up to {} MB of text.", MAX_ARTICLE_BYTES / (1024 * 1024)));
    }
    let known = [".txt", ".text", ".md", ".markdown", ".html", ".htm"];
    if !known.iter().any(|ext| lower.ends_with(ext)) {
        return Err(format!("“{name}” is not a text, Markdown or HTML file (.txt, .md, .html or .htm)."));
    }
    let text = web::read_file(file).await.map_err(|e| format!("“{name}” could not be read: {e}"))?;
    if lower.ends_with(".html") || lower.ends_with(".htm") {
        let blocks = blocks_from_parts(html_parts(&text));
        let draft = Draft::new(blocks);
        let body: Vec<String> = draft.blocks.iter().map(|b| match b {
            // Escaped, so that saving reads back this very text.
            Block::Heading(h) => format!("## {}", markdown_escape(h)),
            Block::Paragraph(p) => markdown_escape(p),
        }).collect();
        return Ok((body.join("\n\n"), Format::Markdown, draft.title));
    }
    let format = if lower.ends_with(".md") || lower.ends_with(".markdown") { Format::Markdown } else { Format::Plain };
    Ok((text, format, None))
}

#[derive(Properties, PartialEq)]
pub struct AddFormProps {
    /// A file dropped on the page, to open in the form.
    #[prop_or_default]
    pub dropped: Option<Dropped>,
}

/// Add an article: paste text or open a file (or drop one anywhere), fill
/// in what is known of its provenance, and save it.
#[component]
pub fn AddForm(props: &AddFormProps) -> Html {
    let mine = use_context::<UseReducerHandle<Mine>>().expect("Root provides the reader's articles");
    let text = use_state(String::new);
    let format = use_state(|| Format::Plain);
    let fields = use_state(Fields::default);
    let message = use_state(|| None::<String>);

    let take_file = {
        let (text, format, fields, message) = (text.clone(), format.clone(), fields.clone(), message.clone());
        Callback::from(move |file: web_sys::File| {
            let (text, format, fields, message) = (text.clone(), format.clone(), fields.clone(), message.clone());
            wasm_bindgen_futures::spawn_local(async move {
                let name = file.name();
                match open_file(file).await {
                    Ok((body, f, title)) => {
                        text.set(body);
                        format.set(f);
                        // A new file's title replaces the last one's; without
                        // one, the guess shows as the placeholder.
                        fields.set(Fields { title: title.unwrap_or_default(), ..(*fields).clone() });
                        message.set(Some(format!("Opened “{name}”. Check the text and the details, then save.")));
                    }
                    Err(why) => message.set(Some(why)),
                }
            });
        })
    };
    {
        let take_file = take_file.clone();
        use_effect_with(props.dropped.clone(), move |dropped| {
            if let Some(d) = dropped {
                take_file.emit(d.file.clone());
            }
        });
    }
    let on_file = {
        let take_file = take_file.clone();
        Callback::from(move |e: Event| {
            let input: HtmlInputElement = e.target_unchecked_into();
            if let Some(file) = input.files().and_then(|f| f.get(0)) {
                take_file.emit(file);
            }
            input.set_value("");
        })
    };
    let on_text = {
        let text = text.clone();
        Callback::from(move |e: InputEvent| text.set(e.target_unchecked_into::<HtmlTextAreaElement>().value()))
    };
    let on_format = {
        let format = format.clone();
        Callback::from(move |e: Event| {
            let v = e.target_unchecked_into::<HtmlSelectElement>().value();
            format.set(if v == "markdown" { Format::Markdown } else { Format::Plain });
        })
    };
    let field = |label: &'static str, key: &'static str, value: String, set: fn(&mut Fields, String), kind: &'static str| {
        let fields = fields.clone();
        let oninput = Callback::from(move |e: InputEvent| {
            let mut f = (*fields).clone();
            set(&mut f, e.target_unchecked_into::<HtmlInputElement>().value());
            fields.set(f);
        });
        let id = format!("add-{key}");
        html! {
            <div class="field" key={key}>
                <label for={id.clone()}>{ label }</label>
                <input {id} type={kind} {value} {oninput} placeholder="not stated" autocomplete="off" maxlength={MAX_FIELD_CHARS.to_string()} />
            </div>
        }
    };
    // The title's placeholder is guessed from the opening alone, so that a
    // long text does not slow every keystroke.
    let guessed = {
        let cut = (0..=text.len().min(4096)).rev().find(|&i| text.is_char_boundary(i)).unwrap_or(0);
        let draft = Draft::new(format.blocks(&text[..cut]));
        draft.title.or_else(|| opening_words(&draft.blocks))
    };
    // A button, not a form's submit: a sandboxed frame without
    // `allow-forms` blocks every form submission.
    let save = {
        let (text, format, fields, message, mine) = (text.clone(), format.clone(), fields.clone(), message.clone(), mine.clone());
        Callback::from(move |_: MouseEvent| {
            let blocks = format.blocks(&text);
            let draft = Draft::new(blocks);
            let f = (*fields).clone();
            let title = match f.title.trim() {
                "" => draft.title.clone().or_else(|| opening_words(&draft.blocks)).unwrap_or_default(),
                t => t.to_string(),
            };
            if let Err(refusal) = check_new_article(&mine.data, &draft.blocks) {
                message.set(Some(refusal.to_string()));
                return;
            }
            let mut article = UserArticle::new(&title, draft.blocks, &web::now_iso());
            article.outlet = f.outlet;
            article.author = f.author;
            article.date = f.date;
            article.url = f.url;
            article.event = f.event;
            mine.dispatch(MineAction::Add(article.normalized()));
            text.set(String::new());
            fields.set(Fields::default());
            message.set(Some(format!("Saved “{}”. It is in the right column and in both pickers under “Your articles”.", if title.trim().is_empty() { "Untitled" } else { title.trim() })));
        })
    };
    let f = (*fields).clone();
    html! {
        <section class="add-form" aria-labelledby="add-heading">
            <h2 id="add-heading">{ "Add an article" }</h2>
            <p class="hint">{ "Paste the text, open a .txt, .md or .html file, or drop a file anywhere on the page. It stays in this browser." }</p>
            <div class="field">
                <label for="add-text">{ "Text" }</label>
                <textarea id="add-text" rows="6" value={(*text).clone()} oninput={on_text} placeholder="Paste the article here. Separate paragraphs with a blank line." />
            </div>
            <div class="add-row">
                <label class="file-button">
                    { "Open a file…" }
                    <input id="add-file" type="file" accept=".txt,.text,.md,.markdown,.html,.htm,text/plain,text/markdown,text/html" onchange={on_file} />
                </label>
                <label class="inline">
                    { "Read as " }
                    <select id="add-format" onchange={on_format}>
                        <option value="plain" selected={*format == Format::Plain}>{ "plain text" }</option>
                        <option value="markdown" selected={*format == Format::Markdown}>{ "Markdown" }</option>
                    </select>
                </label>
            </div>
            <details class="add-details" open={true}>
                <summary>{ "Details (optional)" }</summary>
                <div class="fields">
                    <div class="field">
                        <label for="add-title">{ "Title" }</label>
                        <input id="add-title" type="text" value={f.title.clone()} autocomplete="off" maxlength={MAX_FIELD_CHARS.to_string()}
                            placeholder={guessed.unwrap_or_else(|| "not stated".to_string())}
                            oninput={{ let fields = fields.clone(); move |e: InputEvent| fields.set(Fields { title: e.target_unchecked_into::<HtmlInputElement>().value(), ..(*fields).clone() }) }} />
                    </div>
                    { field("Outlet", "outlet", f.outlet.clone(), |f, v| f.outlet = v, "text") }
                    { field("Author", "author", f.author.clone(), |f, v| f.author = v, "text") }
                    { field("Date", "date", f.date.clone(), |f, v| f.date = v, "text") }
                    { field("Source URL", "url", f.url.clone(), |f, v| f.url = v, "text") }
                    { field("Event it covers", "event", f.event.clone(), |f, v| f.event = v, "text") }
                </div>
            </details>
            <button type="button" id="add-save" class="primary" onclick={save}>{ "Save article" }</button>
            <p class="form-message" role="status" id="add-message">{ (*message).clone().unwrap_or_default() }</p>
        </section>
    }
}
