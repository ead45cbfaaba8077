//! `annotate FILE...`: prints the entity spans of each UTF-8 text file, one
//! JSON object per line per file: `{"file": "...", "spans": [...]}`.
//!
//! The recognizer is the same one the reader runs in the browser, built from
//! the embedded corpus and the world gazetteer.

use std::io::Write;
use std::process::ExitCode;

use bamboo_core::{Recognizer, Span};
use serde::Serialize;

#[derive(Serialize)]
struct Line<'a> {
    file: &'a str,
    spans: Vec<Span>,
}

fn main() -> ExitCode {
    let files: Vec<String> = std::env::args().skip(1).collect();
    if files.is_empty() || files.iter().any(|f| f == "-h" || f == "--help") {
        eprintln!("usage: annotate FILE...\nPrints one JSON line per file: {{\"file\": ..., \"spans\": [{{start, end, text, kind, entity, guessed, cue}}]}}");
        return if files.is_empty() { ExitCode::from(2) } else { ExitCode::SUCCESS };
    }
    let corpus = bamboo_reader::embedded_corpus();
    let recognizer = Recognizer::new(&corpus);
    let stdout = std::io::stdout();
    let mut out = stdout.lock();
    let mut failed = false;
    for file in &files {
        let text = match std::fs::read(file) {
            Ok(bytes) => match String::from_utf8(bytes) {
                Ok(text) => text,
                Err(e) => {
                    eprintln!("annotate: {file}: not valid UTF-8 (first bad byte at offset {})", e.utf8_error().valid_up_to());
                    failed = true;
                    continue;
                }
            },
            Err(e) => {
                eprintln!("annotate: {file}: cannot read: {e}");
                failed = true;
                continue;
            }
        };
        let line = Line { file, spans: recognizer.annotate(&text) };
        let json = serde_json::to_string(&line).expect("spans serialize");
        if writeln!(out, "{json}").is_err() {
            return ExitCode::FAILURE;
        }
    }
    if failed { ExitCode::FAILURE } else { ExitCode::SUCCESS }
}
