//! Scoring the recognizer against hand-annotated gold text.
//!
//! Gold files mark mentions inline, `[[Carl Thayer|person]]`; lines starting
//! with `# source:` are comments. [`Gold::parse`] recovers the plain text and
//! the gold spans; [`Scores::compare`] counts exact matches of
//! `(start, end, kind)`.

use std::collections::HashSet;
use std::fmt;

use crate::model::EntityKind;
use crate::span::Span;

/// Plain text and its gold mentions (byte offsets into `text`).
#[derive(Debug, PartialEq)]
pub struct Gold {
    pub text: String,
    pub spans: Vec<(usize, usize, EntityKind)>,
}

impl Gold {
    pub fn parse(marked: &str) -> Result<Gold, String> {
        let mut text = String::with_capacity(marked.len());
        let mut spans = Vec::new();
        for (n, line) in marked.split_inclusive('\n').enumerate() {
            if line.starts_with("# source:") {
                continue;
            }
            let mut rest = line;
            while let Some(open) = rest.find("[[") {
                text.push_str(&rest[..open]);
                let after = &rest[open + 2..];
                let close = after.find("]]").ok_or(format!("line {}: unclosed [[", n + 1))?;
                let (surface, kind) = after[..close].rsplit_once('|').ok_or(format!("line {}: [[…]] without |kind", n + 1))?;
                let kind = match kind {
                    "person" => EntityKind::Person,
                    "place" => EntityKind::Place,
                    "org" => EntityKind::Org,
                    k => return Err(format!("line {}: unknown kind {k:?}", n + 1)),
                };
                spans.push((text.len(), text.len() + surface.len(), kind));
                text.push_str(surface);
                rest = &after[close + 2..];
            }
            text.push_str(rest);
        }
        Ok(Gold { text, spans })
    }
}

/// True positives, false positives and false negatives.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct Counts {
    pub tp: usize,
    pub fp: usize,
    pub fn_: usize,
}

impl Counts {
    pub fn precision(&self) -> f64 {
        ratio(self.tp, self.tp + self.fp)
    }
    pub fn recall(&self) -> f64 {
        ratio(self.tp, self.tp + self.fn_)
    }
    pub fn f1(&self) -> f64 {
        let (p, r) = (self.precision(), self.recall());
        if p + r == 0.0 { 0.0 } else { 2.0 * p * r / (p + r) }
    }
    fn add(&mut self, other: Counts) {
        self.tp += other.tp;
        self.fp += other.fp;
        self.fn_ += other.fn_;
    }
}

fn ratio(a: usize, b: usize) -> f64 {
    if b == 0 { 1.0 } else { a as f64 / b as f64 }
}

/// Counts per kind (person, place, org) and micro-averaged over all.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Scores {
    pub per_kind: [Counts; 3],
}

impl Scores {
    pub fn compare(gold: &[(usize, usize, EntityKind)], predicted: &[Span]) -> Scores {
        let gold: HashSet<(usize, usize, EntityKind)> = gold.iter().copied().collect();
        let pred: HashSet<(usize, usize, EntityKind)> = predicted.iter().map(|s| (s.start, s.end, s.kind)).collect();
        let mut scores = Scores::default();
        for (i, kind) in EntityKind::ALL.iter().enumerate() {
            let g: HashSet<_> = gold.iter().filter(|s| s.2 == *kind).collect();
            let p: HashSet<_> = pred.iter().filter(|s| s.2 == *kind).collect();
            let tp = g.intersection(&p).count();
            scores.per_kind[i] = Counts { tp, fp: p.len() - tp, fn_: g.len() - tp };
        }
        scores
    }

    pub fn add(&mut self, other: &Scores) {
        for i in 0..3 {
            self.per_kind[i].add(other.per_kind[i]);
        }
    }

    pub fn micro(&self) -> Counts {
        let mut all = Counts::default();
        self.per_kind.iter().for_each(|c| all.add(*c));
        all
    }
}

impl fmt::Display for Scores {
    /// A Markdown table: precision, recall and F1 per kind and micro-averaged.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        writeln!(f, "| kind | precision | recall | F1 | gold | predicted |")?;
        writeln!(f, "| --- | ---: | ---: | ---: | ---: | ---: |")?;
        let rows = EntityKind::ALL.iter().map(|k| k.as_str()).zip(self.per_kind.iter().copied()).chain([("micro", self.micro())]);
        for (name, c) in rows {
            writeln!(f, "| {name} | {:.3} | {:.3} | {:.3} | {} | {} |", c.precision(), c.recall(), c.f1(), c.tp + c.fn_, c.tp + c.fp)?;
        }
        Ok(())
    }
}

/// Scores the recognizer on every gold file in `dir` whose name starts with
/// `prefix` and ends in `.txt`; returns the total and each file's scores.
pub fn score_dir(recognizer: &crate::Recognizer, dir: &std::path::Path, prefix: &str) -> Result<(Scores, Vec<(String, Scores)>), String> {
    let mut names: Vec<String> = std::fs::read_dir(dir)
        .map_err(|e| format!("{}: {e}", dir.display()))?
        .filter_map(|e| e.ok()?.file_name().into_string().ok())
        .filter(|n| n.starts_with(prefix) && n.ends_with(".txt"))
        .collect();
    names.sort();
    if names.is_empty() {
        return Err(format!("{}: no {prefix}*.txt gold files", dir.display()));
    }
    let mut total = Scores::default();
    let mut files = Vec::new();
    for name in names {
        let marked = std::fs::read_to_string(dir.join(&name)).map_err(|e| format!("{name}: {e}"))?;
        let gold = Gold::parse(&marked).map_err(|e| format!("{name}: {e}"))?;
        let scores = Scores::compare(&gold.spans, &recognizer.annotate(&gold.text));
        total.add(&scores);
        files.push((name, scores));
    }
    Ok((total, files))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parse_table() {
        type Row<'a> = (&'a str, &'a str, &'a [(usize, usize, EntityKind)]);
        let rows: &[Row] = &[
            ("[[Xi|person]] met [[Trọng|person]]’s aide in [[Hanoi|place]].", "Xi met Trọng’s aide in Hanoi.", &[(0, 2, EntityKind::Person), (7, 14, EntityKind::Person), (27, 32, EntityKind::Place)]),
            ("# source: x\nplain\n", "plain\n", &[]),
            ("", "", &[]),
        ];
        for (marked, text, spans) in rows {
            let g = Gold::parse(marked).unwrap();
            assert_eq!(g.text, *text);
            assert_eq!(g.spans, *spans);
        }
        for bad in ["[[Xi|person", "[[Xi]]", "[[Xi|god]]"] {
            assert!(Gold::parse(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn counts_and_f1() {
        let gold = [(0, 2, EntityKind::Person), (5, 9, EntityKind::Place)];
        let span = |s, e, kind| Span { start: s, end: e, text: String::new(), kind, entity: None, cue: None };
        let pred = [span(0, 2, EntityKind::Person), span(5, 9, EntityKind::Org)];
        let s = Scores::compare(&gold, &pred);
        assert_eq!(s.micro(), Counts { tp: 1, fp: 1, fn_: 1 });
        assert!((s.micro().f1() - 0.5).abs() < 1e-9);
        assert_eq!(Counts::default().f1(), 1.0, "nothing to find and nothing found is perfect");
    }
}
