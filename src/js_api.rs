//! `window.bambooReader`: the recognizer as a library in the page, for a
//! blogger who wants the same highlighting elsewhere.
//!
//! `bambooReader.annotate(text)` returns the mentions of `text` as plain
//! objects, `{kind, start, end, text, entity, cue}`;
//! `bambooReader.annotate(text, {format: "displacy"})` returns displaCy's
//! manual-render shape, `{text, ents: [{start, end, label}]}`. Offsets count
//! UTF-16 code units, as JavaScript strings do, so `text.slice(start, end)`
//! is the mention. The values cross to JavaScript through
//! `serde-wasm-bindgen`; bad arguments throw a `TypeError` that says what
//! was expected.

use bamboo_core::{EntityKind, Span};
use serde::{Deserialize, Serialize};

/// One mention, as `annotate` returns it.
#[derive(Debug, PartialEq, Serialize)]
pub struct JsMention {
    pub kind: &'static str,
    pub start: usize,
    pub end: usize,
    pub text: String,
    pub entity: Option<String>,
    pub cue: Option<String>,
}

/// displaCy's manual-render input.
#[derive(Debug, PartialEq, Serialize)]
pub struct Displacy {
    pub text: String,
    pub ents: Vec<DisplacyEnt>,
}

#[derive(Debug, PartialEq, Serialize)]
pub struct DisplacyEnt {
    pub start: usize,
    pub end: usize,
    pub label: &'static str,
}

/// What `annotate`'s second argument may ask for.
#[derive(Clone, Copy, Debug, Default, PartialEq, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Format {
    #[default]
    Mentions,
    Displacy,
}

/// The option names `annotate` knows; any other is refused.
pub const OPTION_KEYS: &[&str] = &["format"];

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Options {
    #[serde(default)]
    pub format: Format,
}

/// spaCy's label for a kind: places are `LOC` (the recognizer does not
/// tell a country from a sea, as spaCy's `GPE` and `LOC` do).
pub fn displacy_label(kind: EntityKind) -> &'static str {
    match kind {
        EntityKind::Person => "PERSON",
        EntityKind::Place => "LOC",
        EntityKind::Org => "ORG",
    }
}

/// `spans` (byte offsets into `text`, sorted) with UTF-16 offsets.
pub fn utf16_ranges(text: &str, spans: &[Span]) -> Vec<(usize, usize)> {
    let mut out = Vec::with_capacity(spans.len());
    let (mut byte, mut unit) = (0, 0);
    let mut advance = |to: usize| {
        unit += text[byte..to].chars().map(char::len_utf16).sum::<usize>();
        byte = to;
        unit
    };
    for s in spans {
        let start = advance(s.start);
        let end = advance(s.end);
        out.push((start, end));
    }
    out
}

pub fn mentions(text: &str, spans: &[Span]) -> Vec<JsMention> {
    spans
        .iter()
        .zip(utf16_ranges(text, spans))
        .map(|(s, (start, end))| JsMention { kind: s.kind.as_str(), start, end, text: s.text.clone(), entity: s.entity.clone(), cue: s.cue.map(|c| c.to_string()) })
        .collect()
}

pub fn displacy(text: &str, spans: &[Span]) -> Displacy {
    let ents = spans.iter().zip(utf16_ranges(text, spans)).map(|(s, (start, end))| DisplacyEnt { start, end, label: displacy_label(s.kind) }).collect();
    Displacy { text: text.to_string(), ents }
}

/// Puts `bambooReader` on `window`, with the recognizer of `lib`.
#[cfg(target_arch = "wasm32")]
pub fn install(lib: crate::LibraryRef) {
    use wasm_bindgen::prelude::*;

    fn type_error(message: &str) -> JsValue {
        js_sys::TypeError::new(message).into()
    }
    let annotate = Closure::<dyn Fn(JsValue, JsValue) -> Result<JsValue, JsValue>>::new(move |text: JsValue, options: JsValue| {
        let text = text.as_string().ok_or_else(|| type_error("bambooReader.annotate(text, options): text must be a string"))?;
        let refused = |why: &str| type_error(&format!("bambooReader.annotate(text, options): options may only be {{format: \"mentions\" | \"displacy\"}} ({why})"));
        let options: Options = if options.is_undefined() || options.is_null() {
            Options::default()
        } else {
            // serde-wasm-bindgen reads only the fields it knows: look for
            // others. Not `instanceof Object`: an object from another realm
            // (a frame, a WebDriver sandbox) is an object too.
            if !options.is_object() {
                return Err(refused("not an object"));
            }
            let object = options.unchecked_ref::<js_sys::Object>();
            if let Some(key) = js_sys::Object::keys(object).iter().filter_map(|k| k.as_string()).find(|k| !OPTION_KEYS.contains(&k.as_str())) {
                return Err(refused(&format!("unknown option {key:?}")));
            }
            serde_wasm_bindgen::from_value(options).map_err(|e| refused(&e.to_string()))?
        };
        let spans = lib.recognizer.annotate(&text);
        let serializer = serde_wasm_bindgen::Serializer::json_compatible();
        let value = match options.format {
            Format::Mentions => mentions(&text, &spans).serialize(&serializer),
            Format::Displacy => displacy(&text, &spans).serialize(&serializer),
        };
        value.map_err(|e| type_error(&e.to_string()))
    });
    let api = js_sys::Object::new();
    let set = |key: &str, value: &JsValue| js_sys::Reflect::set(&api, &key.into(), value).is_ok();
    let ready = set("annotate", annotate.as_ref()) && set("version", &env!("CARGO_PKG_VERSION").into());
    if let (true, Some(window)) = (ready, web_sys::window()) {
        let _ = js_sys::Reflect::set(&window, &"bambooReader".into(), &api);
    }
    // It lives as long as the page.
    annotate.forget();
}

#[cfg(test)]
mod tests {
    use super::*;
    use bamboo_core::{Corpus, Recognizer};

    fn recognizer() -> Recognizer {
        Recognizer::with_world(&Corpus::default(), "place\tHà Nội\tHanoi\norg\tASEAN\t\n")
    }

    /// (text, [(mention, UTF-16 start, UTF-16 end)])
    type Row = (&'static str, &'static [(&'static str, usize, usize)]);

    /// JavaScript counts UTF-16 units: an emoji is two, "à" one, "ộ" one.
    #[test]
    fn offsets_count_utf16_units() {
        let rows: &[Row] = &[
            ("Hà Nội and ASEAN", &[("Hà Nội", 0, 6), ("ASEAN", 11, 16)]),
            ("🎋 Hà Nội", &[("Hà Nội", 3, 9)]),
            ("", &[]),
        ];
        let r = recognizer();
        for (text, want) in rows {
            let got: Vec<(String, usize, usize)> = mentions(text, &r.annotate(text)).into_iter().map(|m| (m.text, m.start, m.end)).collect();
            let want: Vec<(String, usize, usize)> = want.iter().map(|(t, s, e)| (t.to_string(), *s, *e)).collect();
            assert_eq!(got, want, "{text}");
        }
    }

    #[test]
    fn displacy_shape_and_labels() {
        let r = recognizer();
        let text = "Ann Lowe said Hanoi and ASEAN agreed.";
        let d = displacy(text, &r.annotate(text));
        assert_eq!(d.text, text);
        let labels: Vec<&str> = d.ents.iter().map(|e| e.label).collect();
        assert_eq!(labels, ["PERSON", "LOC", "ORG"]);
        assert_eq!(serde_json::to_string(&d.ents[0]).unwrap(), r#"{"start":0,"end":8,"label":"PERSON"}"#);
    }

    #[test]
    fn options_are_typed() {
        let rows = [(r#"{}"#, Some(Format::Mentions)), (r#"{"format":"displacy"}"#, Some(Format::Displacy)), (r#"{"format":"mentions"}"#, Some(Format::Mentions)), (r#"{"format":"spacy"}"#, None), (r#"{"fmt":"displacy"}"#, None)];
        for (json, want) in rows {
            assert_eq!(serde_json::from_str::<Options>(json).ok().map(|o| o.format), want, "{json}");
        }
    }
}
