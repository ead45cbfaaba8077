//! Hostile corpus files (issue 16, "Hardening"): the corpus is read at build
//! time (build.rs calls `load_dir`), so its files are a way in too. Every
//! payload of tests/e2e/fixtures/xss.json goes into an article's body
//! (paragraphs and headings), title, outlet, author, URL, notes and
//! cleaning; an event's label, dates and report; entity names, aliases,
//! descriptions, roles and affiliations; a viewpoint; and analysts' quotes.
//! The loader must keep each as the literal text it is, or refuse the
//! corpus with a clear `file:line: problem`; never panic. The recognizer
//! then takes every paragraph.
//!
//! The one change the loader makes on purpose: a body's lines are trimmed
//! and joined with a space, and blank lines end a block (see `joined`).
//! TOML strings come back exactly.
#![cfg(feature = "load")]

use std::fs;
use std::path::{Path, PathBuf};

use bamboo_core::{load_dir, Block, Cleaning, Note, Recognizer};

mod common;
use common::toml_string;

const ARTICLE: &str = "hostile-2024-payloads";

/// The payloads, each with a label for messages: `{"repeat", "bytes"}`
/// entries written out as whole characters up to `bytes` bytes, as the
/// browser tests do.
fn payloads() -> Vec<(String, String)> {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("../tests/e2e/fixtures/xss.json");
    let json: serde_json::Value = serde_json::from_str(&fs::read_to_string(&path).expect("the payload file")).expect("JSON");
    let mut out = Vec::new();
    for (family, list) in json["families"].as_object().expect("families") {
        for (i, entry) in list.as_array().expect("a list").iter().enumerate() {
            let text = match entry {
                serde_json::Value::String(s) => s.clone(),
                repeat => {
                    let (unit, bytes) = (repeat["repeat"].as_str().expect("repeat"), repeat["bytes"].as_u64().expect("bytes") as usize);
                    let mut text = unit.repeat(bytes / unit.len());
                    for c in unit.chars() {
                        if text.len() + c.len_utf8() > bytes {
                            break;
                        }
                        text.push(c);
                    }
                    text
                }
            };
            let short: String = text.chars().take(40).collect();
            out.push((format!("{family}[{i}] {short:?} ({} bytes)", text.len()), text));
        }
    }
    assert!(out.len() >= 60, "{} payloads", out.len());
    out
}

/// A payload as a body block: its lines trimmed and joined with a space.
fn joined(text: &str) -> String {
    text.lines().map(str::trim).filter(|l| !l.is_empty()).collect::<Vec<_>>().join(" ")
}

/// The files the payloads go into, as text to write over (the article) or
/// append to (the TOML files) a copy of the shipped corpus.
struct Files {
    article: Vec<u8>,
    entities: String,
    analysts: String,
    events: String,
    viewpoints: String,
}

impl Files {
    fn new(payloads: &[(String, String)]) -> Files {
        let all = payloads.iter().map(|(_, p)| p.as_str()).collect::<Vec<_>>().join(" ");
        let mut article = format!(
            "+++\nid = \"{ARTICLE}\"\nseed = \"hostile.txt\"\ntitle = {t}\noutlet = {t}\nauthor = {t}\ndate = \"2024-10-01\"\nurl = {t}\nevent = \"hostile-event\"\nkind = \"analysis\"\n",
            t = toml_string(&all)
        );
        for (_, p) in payloads {
            article.push_str(&format!("\n[[notes]]\nlabel = {p}\ntext = {p}\n\n[[cleaning]]\nreplace = {p}\nwith = {p}\nnote = {p}\n", p = toml_string(p)));
        }
        article.push_str("+++\n");
        for (_, p) in payloads {
            article.push_str(&format!("\n{p}\n\n## {p}\n"));
        }
        let mut entities = String::new();
        let mut analysts = String::new();
        for (i, (_, p)) in payloads.iter().enumerate() {
            entities.push_str(&format!(
                "\n[[entity]]\nid = \"hostile-{i}\"\nname = {}\nkind = \"person\"\naliases = [{}]\ndescription = {p}\nrole = {p}\nanalyst = true\naffiliation = {p}\n",
                toml_string(&format!("{p} {i}")),
                toml_string(&format!("{p} alias {i}")),
                p = toml_string(p)
            ));
            analysts.push_str(&format!(
                "\n[[view]]\nanalyst = \"hostile-{i}\"\narticle = \"{ARTICLE}\"\nparagraph = {}\nquote = {}\nviewpoints = [\"hostile-viewpoint\"]\n",
                i + 1,
                toml_string(&joined(p))
            ));
        }
        let events = format!("\n[[event]]\nid = \"hostile-event\"\nlabel = {t}\ndates = {t}\nreported = {t}\n", t = toml_string(&all));
        let viewpoints = format!("\n[[viewpoint]]\nid = \"hostile-viewpoint\"\nlabel = {t}\ndefinition = {t}\n", t = toml_string(&all));
        Files { article: article.into_bytes(), entities, analysts, events, viewpoints }
    }

    /// A copy of the shipped corpus with these files, in a fresh folder.
    fn write(&self, name: &str) -> PathBuf {
        let corpus = Path::new(env!("CARGO_MANIFEST_DIR")).join("../corpus");
        let dir = std::env::temp_dir().join(format!("bamboo-hostile-{}-{name}", std::process::id()));
        let _ = fs::remove_dir_all(&dir);
        fs::create_dir_all(dir.join("articles")).unwrap();
        for entry in fs::read_dir(corpus.join("articles")).unwrap() {
            let entry = entry.unwrap();
            fs::copy(entry.path(), dir.join("articles").join(entry.file_name())).unwrap();
        }
        for (file, more) in [("entities.toml", &self.entities), ("analysts.toml", &self.analysts), ("events.toml", &self.events), ("viewpoints.toml", &self.viewpoints)] {
            fs::write(dir.join(file), fs::read_to_string(corpus.join(file)).unwrap() + more).unwrap();
        }
        fs::copy(corpus.join("figures.toml"), dir.join("figures.toml")).unwrap();
        fs::write(dir.join("articles").join(format!("{ARTICLE}.md")), &self.article).unwrap();
        dir
    }
}

#[test]
fn every_payload_loads_as_literal_text() {
    let payloads = payloads();
    for (label, p) in &payloads {
        assert!(!p.lines().any(|l| l.trim().is_empty()) && !joined(p).is_empty() && !joined(p).starts_with("## "), "{label}: one block per payload");
    }
    let dir = Files::new(&payloads).write("all");
    let corpus = load_dir(&dir).unwrap_or_else(|e| panic!("{}", e.iter().map(ToString::to_string).collect::<Vec<_>>().join("\n")));
    fs::remove_dir_all(&dir).ok();
    let all = payloads.iter().map(|(_, p)| p.as_str()).collect::<Vec<_>>().join(" ");

    let a = corpus.article(corpus.find_article(ARTICLE).expect("the article")).unwrap();
    for (field, value) in [("title", &a.title), ("outlet", &a.outlet), ("author", &a.author), ("url", &a.url)] {
        assert!(*value == all, "{field}: every payload, exactly");
    }
    let blocks: Vec<Block> = payloads.iter().flat_map(|(_, p)| [Block::Paragraph(joined(p)), Block::Heading(joined(p))]).collect();
    for (i, ((label, _), (got, want))) in payloads.iter().zip(a.blocks.chunks(2).zip(blocks.chunks(2))).enumerate() {
        assert_eq!(got, want, "block {i}: {label}");
    }
    assert_eq!(a.blocks.len(), blocks.len());
    let notes: Vec<Note> = payloads.iter().map(|(_, p)| Note { label: p.clone(), text: p.clone() }).collect();
    assert!(a.notes == notes, "the notes, exactly");
    let cleaning: Vec<Cleaning> = payloads.iter().map(|(_, p)| Cleaning::Replace { from: p.clone(), to: p.clone(), note: p.clone() }).collect();
    assert!(a.cleaning == cleaning, "the cleaning steps, exactly");

    let event = corpus.event("hostile-event").expect("the event");
    assert!(event.label == all && event.dates == all && event.reported.as_deref() == Some(all.as_str()), "the event, exactly");
    let viewpoint = corpus.viewpoints.iter().find(|v| v.id == "hostile-viewpoint").expect("the viewpoint");
    assert!(viewpoint.label == all && viewpoint.definition == all, "the viewpoint, exactly");
    for (i, (label, p)) in payloads.iter().enumerate() {
        let e = corpus.entity(&format!("hostile-{i}")).unwrap_or_else(|| panic!("entity {i}: {label}"));
        assert!(e.name == format!("{p} {i}") && e.aliases == [format!("{p} alias {i}")], "entity {i}'s names: {label}");
        assert!(e.description == *p && e.role.as_deref() == Some(p.as_str()) && e.affiliation.as_deref() == Some(p.as_str()) && e.analyst, "entity {i}: {label}");
        let view = corpus.views.iter().find(|v| v.analyst == format!("hostile-{i}")).unwrap_or_else(|| panic!("view {i}: {label}"));
        assert!(view.quote == joined(p) && view.paragraph == i + 1, "the quote of view {i}: {label}");
    }

    // The recognizer, with the payloads among its names, takes every
    // paragraph. (The search is fed the payloads in the browser, as `q`.)
    let recognizer = Recognizer::new(&corpus);
    for (n, text) in a.paragraphs() {
        for s in recognizer.annotate(text) {
            assert!(s.start < s.end && text.get(s.start..s.end) == Some(s.text.as_str()), "¶{n}: a span on the text: {s:?}");
        }
    }
}

/// Payloads where the loader cannot take them: each corpus is refused,
/// naming the file, and the problem in words.
#[test]
fn payloads_where_they_cannot_go_are_clear_errors() {
    // The short payloads: the megabyte line has been read above, and each
    // row reads the corpus again.
    let payloads: Vec<(String, String)> = payloads().into_iter().filter(|(_, p)| p.len() < 4096).collect();
    let p = payloads.iter().find(|(_, p)| p.starts_with("\"><img")).map(|(_, p)| p.clone()).expect("a quote break-out");
    let script = "<script>window.__xss=1</script>";
    type Change = Box<dyn Fn(&mut Files)>;
    let set = |field: &'static str, value: String| -> Change {
        Box::new(move |f: &mut Files| {
            let text = String::from_utf8(f.article.clone()).unwrap();
            let start = text.find(&format!("\n{field} = ")).expect("the field") + 1;
            let end = start + text[start..].find('\n').unwrap();
            f.article = format!("{}{field} = {value}{}", &text[..start], &text[end..]).into_bytes();
        })
    };
    let rows: Vec<(&str, Change, &str, &str)> = vec![
        ("an id", set("id", toml_string(script)), ARTICLE, "is not a slug"),
        ("a date", set("date", toml_string(script)), ARTICLE, "is not an ISO date"),
        ("an event", set("event", toml_string(script)), ARTICLE, "unknown event"),
        ("a kind", set("kind", toml_string(script)), ARTICLE, "unknown variant"),
        ("a string's end", set("title", format!("\"{p}\"")), ARTICLE, ""),
        ("the whole file", Box::new(move |f: &mut Files| f.article = script.as_bytes().to_vec()), ARTICLE, "starts with a `+++` line"),
        ("an unclosed front matter", Box::new(move |f: &mut Files| f.article = format!("+++\ntitle = {}\n{script}\n", toml_string(script)).into_bytes()), ARTICLE, "no closing `+++` line"),
        ("bytes that are not UTF-8", Box::new(|f: &mut Files| f.article.extend_from_slice(b"\n<scr\xffipt>window.__xss=1</script>\n")), ARTICLE, "not valid UTF-8"),
        ("an entity id", Box::new(move |f: &mut Files| f.entities = f.entities.replacen("id = \"hostile-0\"", &format!("id = {}", toml_string(script)), 1)), "entities.toml", "is not a slug"),
        ("raw in entities.toml", Box::new(move |f: &mut Files| f.entities.push_str(&format!("\n{script}\n"))), "entities.toml", ""),
        ("a quote not in the text", Box::new(move |f: &mut Files| f.analysts.push_str(&format!("\n[[view]]\nanalyst = \"hostile-0\"\narticle = \"{ARTICLE}\"\nparagraph = 2\nquote = {}\nviewpoints = [\"hostile-viewpoint\"]\n", toml_string(&format!("{script} not there"))))), "analysts.toml", "evidence not found"),
        ("a view's analyst", Box::new(move |f: &mut Files| f.analysts = f.analysts.replacen("analyst = \"hostile-1\"", &format!("analyst = {}", toml_string(script)), 1)), "analysts.toml", "unknown analyst"),
        ("a view's viewpoint", Box::new(move |f: &mut Files| f.analysts = f.analysts.replacen("[\"hostile-viewpoint\"]", &format!("[{}]", toml_string(script)), 1)), "analysts.toml", "unknown viewpoint"),
    ];
    for (name, change, file, want) in rows {
        let mut files = Files::new(&payloads);
        change(&mut files);
        let dir = files.write(&name.replace(' ', "-"));
        let result = load_dir(&dir);
        fs::remove_dir_all(&dir).ok();
        let errors = match result {
            Ok(_) => panic!("{name}: the corpus was taken"),
            Err(errors) => errors.iter().map(ToString::to_string).collect::<Vec<_>>(),
        };
        assert!(errors.iter().any(|e| e.contains(file) && e.contains(want)), "{name}: an error naming {file} and saying {want:?}: {errors:#?}");
        // Each error is one line, `file:line: problem` or `file: problem`,
        // with the payload's controls escaped: a build log shows it as is.
        for e in &errors {
            assert!(!e.chars().any(char::is_control) && e.contains(": "), "{name}: a clear, one-line error: {e:?}");
        }
    }
}
