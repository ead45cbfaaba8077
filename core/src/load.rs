//! Reading the corpus files and validating them.
//!
//! The corpus is a directory:
//!
//! ```text
//! corpus/articles/<id>.md   TOML front matter between `+++` lines, then the body
//! corpus/events.toml        [[event]]
//! corpus/entities.toml      [[entity]] (places may give `coords = [lat, lon]`) and [[ambiguous]]
//! corpus/viewpoints.toml    [[viewpoint]]
//! corpus/analysts.toml      [[view]]: attributed quotes
//! corpus/figures.toml       [[topic]] with [[topic.figure]]: optional
//! ```
//!
//! `figures.toml` puts side by side the figures that several articles give
//! for one quantity. Each topic lists one figure per article that states
//! it, at least two, all money (in one currency), all percentages or all
//! counts:
//!
//! ```toml
//! [[topic]]
//! id = "trade-2021"
//! label = "Vietnam–China trade in 2021"
//!
//! [[topic.figure]]
//! article = "rfa-2022-trong-beijing"
//! phrase = "$230.2 billion"          # exact text of the article
//! source = "Chinese government data" # what the article says it comes from, or "not stated"
//! paragraph = 6                      # optional: needed when the phrase is in several paragraphs
//! ```
//!
//! The phrase must be exactly one figure as [`find_figures`] reads it in
//! its paragraph; the loader fills in the paragraph, the value and the unit
//! ([`FigureEntry`]).
//!
//! Every problem is reported as a [`CorpusError`] naming the file, the line
//! where it can, and the problem. Loading collects all problems rather than
//! stopping at the first, and never panics.

use std::collections::{HashMap, HashSet};
use std::fmt;
use std::path::Path;

use serde::de::DeserializeOwned;
use serde::Deserialize;
use toml::Spanned;

use crate::figures::find_figures;
use crate::fold::fold;
use crate::model::{
    ellipsize, Ambiguous, Article, ArticleKind, Block, Cleaning, Corpus, Entity, EntityKind,
    Event, FigureEntry, FigureTopic, Note, View, Viewpoint, NOT_STATED,
};

/// One problem in the corpus: `file:line: message`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CorpusError {
    pub file: String,
    pub line: Option<usize>,
    pub message: String,
}

impl fmt::Display for CorpusError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.line {
            Some(line) => write!(f, "{}:{}: {}", self.file, line, self.message),
            None => write!(f, "{}: {}", self.file, self.message),
        }
    }
}

impl std::error::Error for CorpusError {}

/// Reads and validates the corpus directory at `root`.
pub fn load_dir(root: &Path) -> Result<Corpus, Vec<CorpusError>> {
    let mut files = Vec::new();
    let mut errors = Vec::new();
    let articles_dir = root.join("articles");
    match std::fs::read_dir(&articles_dir) {
        Ok(entries) => {
            let mut paths: Vec<_> = entries
                .filter_map(|e| e.ok().map(|e| e.path()))
                .filter(|p| p.extension().is_some_and(|x| x == "md"))
                .collect();
            paths.sort();
            for path in paths {
                read_into(&path, &mut files, &mut errors);
            }
        }
        Err(e) => errors.push(CorpusError::whole(&articles_dir.display().to_string(), format!("cannot read the articles directory: {e}"))),
    }
    for name in ["events.toml", "entities.toml", "viewpoints.toml", "analysts.toml"] {
        let path = root.join(name);
        if path.exists() {
            read_into(&path, &mut files, &mut errors);
        } else {
            errors.push(CorpusError::whole(&path.display().to_string(), "file is missing".into()));
        }
    }
    let figures = root.join("figures.toml");
    if figures.exists() {
        read_into(&figures, &mut files, &mut errors);
    }
    if !errors.is_empty() {
        return Err(errors);
    }
    load_files(&files)
}

fn read_into(path: &Path, files: &mut Vec<(String, String)>, errors: &mut Vec<CorpusError>) {
    let name = path.display().to_string();
    match std::fs::read(path) {
        Ok(bytes) => match String::from_utf8(bytes) {
            Ok(text) => files.push((name, text)),
            Err(e) => errors.push(CorpusError::whole(&name, format!("not valid UTF-8 (byte {})", e.utf8_error().valid_up_to()))),
        },
        Err(e) => errors.push(CorpusError::whole(&name, format!("cannot read: {e}"))),
    }
}

/// Parses and validates corpus files given as `(path, text)` pairs. The role
/// of each file comes from its path: `*.md` is an article, and the TOML files
/// are recognized by name. Unknown files are an error.
pub fn load_files(files: &[(String, String)]) -> Result<Corpus, Vec<CorpusError>> {
    let mut errors = Vec::new();
    let mut parts = Parts::default();
    for (path, text) in files {
        let name = path.rsplit(['/', '\\']).next().unwrap_or(path);
        match name {
            _ if name.ends_with(".md") => {
                if let Some(a) = parse_article(path, text, &mut errors) {
                    parts.articles.push(a);
                }
            }
            "events.toml" => parse_toml::<EventsFile>(path, text, &mut errors)
                .into_iter()
                .for_each(|f| parts.events.extend(locate(path, text, f.event))),
            "entities.toml" => {
                if let Some(f) = parse_toml::<EntitiesFile>(path, text, &mut errors) {
                    parts.entities.extend(locate(path, text, f.entity));
                    parts.ambiguous.extend(locate(path, text, f.ambiguous));
                }
            }
            "viewpoints.toml" => parse_toml::<ViewpointsFile>(path, text, &mut errors)
                .into_iter()
                .for_each(|f| parts.viewpoints.extend(locate(path, text, f.viewpoint))),
            "analysts.toml" => parse_toml::<AnalystsFile>(path, text, &mut errors)
                .into_iter()
                .for_each(|f| parts.views.extend(locate(path, text, f.view))),
            "figures.toml" => parse_toml::<FiguresFile>(path, text, &mut errors).into_iter().for_each(|f| {
                parts.topics.extend(locate(path, text, f.topic).into_iter().map(|l| Located {
                    value: TopicPart { id: l.value.id, label: l.value.label, figures: locate(path, text, l.value.figure) },
                    file: l.file,
                    line: l.line,
                }))
            }),
            _ => errors.push(CorpusError::whole(path, "unknown corpus file (expected articles/*.md, events.toml, entities.toml, viewpoints.toml, analysts.toml or figures.toml)".into())),
        }
    }
    validate(&parts, &mut errors);
    let figures = resolve_figures(&parts, &mut errors);
    if errors.is_empty() {
        Ok(parts.into_corpus(figures))
    } else {
        Err(errors)
    }
}

impl CorpusError {
    fn whole(file: &str, message: String) -> Self {
        CorpusError { file: file.to_string(), line: None, message }
    }

    fn at(file: &str, line: usize, message: String) -> Self {
        CorpusError { file: file.to_string(), line: Some(line), message }
    }
}

/// A value with the file and line it came from.
struct Located<T> {
    file: String,
    line: usize,
    value: T,
}

#[derive(Default)]
struct Parts {
    articles: Vec<Located<Article>>,
    events: Vec<Located<Event>>,
    entities: Vec<Located<RawEntity>>,
    ambiguous: Vec<Located<Ambiguous>>,
    viewpoints: Vec<Located<Viewpoint>>,
    views: Vec<Located<View>>,
    topics: Vec<Located<TopicPart>>,
}

/// A figure topic as read, each figure with its line.
struct TopicPart {
    id: String,
    label: String,
    figures: Vec<Located<RawFigure>>,
}

impl Parts {
    fn into_corpus(self, figures: Vec<FigureTopic>) -> Corpus {
        fn values<T>(v: Vec<Located<T>>) -> Vec<T> {
            v.into_iter().map(|l| l.value).collect()
        }
        let views = values(self.views);
        let analysts: HashSet<&str> = views.iter().map(|v| v.analyst.as_str()).collect();
        let entities = self
            .entities
            .into_iter()
            .map(|l| {
                let e = l.value;
                let analyst = e.analyst || analysts.contains(e.id.as_str());
                Entity {
                    id: e.id,
                    name: e.name,
                    kind: e.kind,
                    aliases: e.aliases,
                    description: e.description,
                    role: e.role,
                    analyst,
                    affiliation: e.affiliation,
                    coords: e.coords.as_deref().and_then(|c| <[f64; 2]>::try_from(c).ok()),
                }
            })
            .collect();
        Corpus {
            articles: values(self.articles),
            events: values(self.events),
            entities,
            ambiguous: values(self.ambiguous),
            viewpoints: values(self.viewpoints),
            views,
            figures,
        }
    }
}

// ---- file formats -------------------------------------------------------

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct FrontMatter {
    id: String,
    seed: String,
    title: String,
    outlet: String,
    author: String,
    date: String,
    url: String,
    event: String,
    kind: FileKind,
    #[serde(default)]
    notes: Vec<Note>,
    #[serde(default)]
    cleaning: Vec<Spanned<RawCleaning>>,
}

/// The kinds a corpus file may give: readers' own and host articles never
/// come from the corpus.
#[derive(Deserialize)]
#[serde(rename_all = "lowercase")]
enum FileKind {
    News,
    Analysis,
}

impl From<FileKind> for ArticleKind {
    fn from(kind: FileKind) -> ArticleKind {
        match kind {
            FileKind::News => ArticleKind::News,
            FileKind::Analysis => ArticleKind::Analysis,
        }
    }
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawCleaning {
    drop: Option<String>,
    replace: Option<String>,
    with: Option<String>,
    moved: Option<String>,
    note: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct EventsFile {
    #[serde(default)]
    event: Vec<Spanned<Event>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct EntitiesFile {
    #[serde(default)]
    entity: Vec<Spanned<RawEntity>>,
    #[serde(default)]
    ambiguous: Vec<Spanned<Ambiguous>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawEntity {
    id: String,
    name: String,
    kind: EntityKind,
    #[serde(default)]
    aliases: Vec<String>,
    description: String,
    role: Option<String>,
    #[serde(default)]
    analyst: bool,
    affiliation: Option<String>,
    /// `[latitude, longitude]`, places only. Read as a list, so that a list
    /// of another length is reported rather than cut to two.
    coords: Option<Vec<f64>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct ViewpointsFile {
    #[serde(default)]
    viewpoint: Vec<Spanned<Viewpoint>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct AnalystsFile {
    #[serde(default)]
    view: Vec<Spanned<View>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct FiguresFile {
    #[serde(default)]
    topic: Vec<Spanned<RawTopic>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawTopic {
    id: String,
    label: String,
    #[serde(default)]
    figure: Vec<Spanned<RawFigure>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawFigure {
    article: String,
    phrase: String,
    source: String,
    paragraph: Option<usize>,
}

/// The 1-based line of byte `offset` in `text`.
fn line_of(text: &str, offset: usize) -> usize {
    text.as_bytes()[..offset.min(text.len())].iter().filter(|&&b| b == b'\n').count() + 1
}

fn locate<T>(file: &str, text: &str, items: Vec<Spanned<T>>) -> Vec<Located<T>> {
    items.into_iter().map(|s| Located { file: file.to_string(), line: line_of(text, s.span().start), value: s.into_inner() }).collect()
}

/// Parses TOML, reporting a syntax or schema error at its line.
fn parse_toml<T: DeserializeOwned>(file: &str, text: &str, errors: &mut Vec<CorpusError>) -> Option<T> {
    parse_toml_at(file, text, 0, errors)
}

/// As [`parse_toml`], for TOML that starts `line_offset` lines into the file.
fn parse_toml_at<T: DeserializeOwned>(file: &str, text: &str, line_offset: usize, errors: &mut Vec<CorpusError>) -> Option<T> {
    match toml::from_str(text) {
        Ok(v) => Some(v),
        Err(e) => {
            let message = e.message().trim().to_string();
            errors.push(match e.span() {
                Some(span) => CorpusError::at(file, line_offset + line_of(text, span.start), message),
                None => CorpusError::whole(file, message),
            });
            None
        }
    }
}

fn parse_article(file: &str, text: &str, errors: &mut Vec<CorpusError>) -> Option<Located<Article>> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let mut lines = text.split_inclusive('\n');
    if lines.next().map(str::trim_end) != Some("+++") {
        errors.push(CorpusError::at(file, 1, "an article starts with a `+++` line, then TOML front matter, then another `+++` line".into()));
        return None;
    }
    let front_start = 4; // byte length of "+++\n"; the front matter starts on line 2
    let rest = &text[text.find('\n').map_or(text.len(), |i| i + 1)..];
    let Some(end) = find_fence(rest) else {
        errors.push(CorpusError::at(file, 1, "the front matter has no closing `+++` line".into()));
        return None;
    };
    let front = &rest[..end];
    let body_start = end + rest[end..].find('\n').map_or(rest.len() - end, |i| i + 1);
    let body = &rest[body_start..];
    let body_line = line_of(text, front_start.min(text.len()) + body_start);
    let fm: FrontMatter = parse_toml_at(file, front, 1, errors)?;

    let mut cleaning = Vec::new();
    for c in fm.cleaning {
        let line = 1 + line_of(front, c.span().start);
        match c.into_inner() {
            RawCleaning { drop: Some(line), replace: None, with: None, moved: None, note } => cleaning.push(Cleaning::Drop { line, note }),
            RawCleaning { drop: None, replace: Some(from), with: Some(to), moved: None, note } => cleaning.push(Cleaning::Replace { from, to, note }),
            RawCleaning { drop: None, replace: None, with: None, moved: Some(line), note } => cleaning.push(Cleaning::Moved { line, note }),
            _ => errors.push(CorpusError::at(file, line, "a [[cleaning]] entry needs exactly one of `drop`, `moved`, or `replace` with `with`".into())),
        }
    }
    let blocks = parse_body(body);
    Some(Located {
        file: file.to_string(),
        line: body_line,
        value: Article {
            id: fm.id,
            seed: fm.seed,
            title: fm.title,
            outlet: fm.outlet,
            author: fm.author,
            date: fm.date,
            url: fm.url,
            event: fm.event,
            kind: fm.kind.into(),
            notes: fm.notes,
            cleaning,
            blocks,
        },
    })
}

/// The byte offset of the closing `+++` line in `text`.
fn find_fence(text: &str) -> Option<usize> {
    let mut offset = 0;
    for line in text.split_inclusive('\n') {
        if line.trim_end() == "+++" {
            return Some(offset);
        }
        offset += line.len();
    }
    None
}

/// Splits a body into blocks at blank lines. A block that starts with `## `
/// is a heading; lines within one block are joined with a space, as Markdown
/// does.
fn parse_body(body: &str) -> Vec<Block> {
    let mut blocks = Vec::new();
    let mut current: Vec<&str> = Vec::new();
    let mut flush = |current: &mut Vec<&str>| {
        if !current.is_empty() {
            let text = current.join(" ");
            blocks.push(match text.strip_prefix("## ") {
                Some(h) => Block::Heading(h.trim().to_string()),
                None => Block::Paragraph(text),
            });
            current.clear();
        }
    };
    for line in body.lines() {
        let line = line.trim();
        if line.is_empty() {
            flush(&mut current);
        } else {
            current.push(line);
        }
    }
    flush(&mut current);
    blocks
}

// ---- validation ---------------------------------------------------------

fn is_iso_date(s: &str) -> bool {
    let b = s.as_bytes();
    b.len() == 10
        && b[4] == b'-'
        && b[7] == b'-'
        && b.iter().enumerate().all(|(i, c)| i == 4 || i == 7 || c.is_ascii_digit())
        && matches!(s[5..7].parse::<u8>(), Ok(1..=12))
        && matches!(s[8..10].parse::<u8>(), Ok(1..=31))
}

fn is_slug(s: &str) -> bool {
    !s.is_empty() && s.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
}


fn check_unique<'a>(kind: &str, items: impl Iterator<Item = (&'a str, &'a str, usize)>, errors: &mut Vec<CorpusError>) -> HashSet<&'a str> {
    let mut seen: HashMap<&str, (&str, usize)> = HashMap::new();
    for (id, file, line) in items {
        if !is_slug(id) {
            errors.push(CorpusError::at(file, line, format!("{kind} id {id:?} is not a slug (lowercase letters, digits and dashes)")));
        }
        if let Some((f, l)) = seen.get(id) {
            errors.push(CorpusError::at(file, line, format!("duplicate {kind} id {id:?} (first defined at {f}:{l})")));
        } else {
            seen.insert(id, (file, line));
        }
    }
    seen.into_keys().collect()
}

fn validate(p: &Parts, errors: &mut Vec<CorpusError>) {
    let article_ids = check_unique("article", p.articles.iter().map(|l| (l.value.id.as_str(), l.file.as_str(), 1)), errors);
    let event_ids = check_unique("event", p.events.iter().map(|l| (l.value.id.as_str(), l.file.as_str(), l.line)), errors);
    let entity_ids = check_unique("entity", p.entities.iter().map(|l| (l.value.id.as_str(), l.file.as_str(), l.line)), errors);
    let viewpoint_ids = check_unique("viewpoint", p.viewpoints.iter().map(|l| (l.value.id.as_str(), l.file.as_str(), l.line)), errors);

    if p.articles.is_empty() {
        errors.push(CorpusError::whole("articles/", "the corpus has no articles".into()));
    }
    for l in &p.articles {
        let (a, file) = (&l.value, l.file.as_str());
        for (field, value) in [("id", &a.id), ("seed", &a.seed), ("title", &a.title), ("outlet", &a.outlet), ("author", &a.author), ("date", &a.date), ("url", &a.url), ("event", &a.event)] {
            if value.trim().is_empty() {
                errors.push(CorpusError::at(file, 1, format!("`{field}` is empty: write what the text states, or \"{NOT_STATED}\"")));
            }
        }
        if !a.date.is_empty() && a.date != NOT_STATED && !is_iso_date(&a.date) {
            errors.push(CorpusError::at(file, 1, format!("date {:?} is not an ISO date (YYYY-MM-DD) nor \"{NOT_STATED}\"", a.date)));
        }
        if !a.event.is_empty() && !event_ids.contains(a.event.as_str()) {
            errors.push(CorpusError::at(file, 1, format!("unknown event {:?}", a.event)));
        }
        if a.paragraphs().next().is_none() {
            errors.push(CorpusError::at(file, l.line, format!("article {} has no paragraphs", a.id)));
        }
        if a.title.is_empty() {
            continue;
        }
        if let Some(expected) = file.rsplit(['/', '\\']).next().and_then(|n| n.strip_suffix(".md")) {
            if expected != a.id {
                errors.push(CorpusError::at(file, 1, format!("id {:?} does not match the file name {expected}.md", a.id)));
            }
        }
    }
    for l in &p.events {
        if l.value.label.trim().is_empty() {
            errors.push(CorpusError::at(&l.file, l.line, format!("event {} has an empty label", l.value.id)));
        }
        let (start, end) = (l.value.start.as_deref(), l.value.end.as_deref());
        for date in [start, end].into_iter().flatten() {
            if crate::model::date_value(date).is_none() {
                errors.push(CorpusError::at(&l.file, l.line, format!("event {}: date {date:?} is not YYYY, YYYY-MM or YYYY-MM-DD", l.value.id)));
            }
        }
        match (start.and_then(crate::model::date_value), end.map(crate::model::date_value)) {
            (None, Some(_)) => errors.push(CorpusError::at(&l.file, l.line, format!("event {} has an end but no start", l.value.id))),
            (Some(s), Some(Some(e))) if e < s => errors.push(CorpusError::at(&l.file, l.line, format!("event {} ends before it starts", l.value.id))),
            _ => {}
        }
    }

    // Entities and aliases.
    let mut by_alias: HashMap<String, Vec<&str>> = HashMap::new();
    for l in &p.entities {
        let e = &l.value;
        if e.name.trim().is_empty() || e.description.trim().is_empty() {
            errors.push(CorpusError::at(&l.file, l.line, format!("entity {} needs a name and a description", e.id)));
        }
        if e.kind != EntityKind::Person && (e.analyst || e.role.is_some()) {
            errors.push(CorpusError::at(&l.file, l.line, format!("entity {} is a {}: only people have a role or are analysts", e.id, e.kind.as_str())));
        }
        match e.coords.as_deref() {
            Some(_) if e.kind != EntityKind::Place => {
                errors.push(CorpusError::at(&l.file, l.line, format!("entity {} is a {}: only places have coords", e.id, e.kind.as_str())));
            }
            Some(&[lat, lon]) if !(-90.0..=90.0).contains(&lat) || !(-180.0..=180.0).contains(&lon) => errors.push(CorpusError::at(
                &l.file,
                l.line,
                format!("entity {} has coords [{lat}, {lon}]: latitude must be within -90..90 and longitude within -180..180", e.id),
            )),
            Some([_, _]) | None => {}
            Some(other) => errors.push(CorpusError::at(&l.file, l.line, format!("entity {} has {} coords: write `coords = [latitude, longitude]`", e.id, other.len()))),
        }
        if e.analyst && e.affiliation.as_deref().is_none_or(|a| a.trim().is_empty()) {
            errors.push(CorpusError::at(&l.file, l.line, format!("analyst {} needs an affiliation as the text gives it, or \"{NOT_STATED}\"", e.id)));
        }
        let mut own = HashSet::new();
        for alias in std::iter::once(&e.name).chain(&e.aliases) {
            let folded = fold(alias);
            if folded.trim().is_empty() {
                errors.push(CorpusError::at(&l.file, l.line, format!("entity {} has an empty alias", e.id)));
            } else if own.insert(folded.clone()) {
                by_alias.entry(folded).or_default().push(&e.id);
            }
        }
    }
    let mut declared = HashSet::new();
    for l in &p.ambiguous {
        declared.insert(fold(&l.value.alias));
        for id in &l.value.entities {
            if !entity_ids.contains(id.as_str()) {
                errors.push(CorpusError::at(&l.file, l.line, format!("ambiguous alias {:?} names unknown entity {id:?}", l.value.alias)));
            }
        }
    }
    let mut clashes: Vec<_> = by_alias.iter().filter(|(a, ids)| ids.len() > 1 && !declared.contains(*a)).collect();
    clashes.sort();
    for (alias, ids) in clashes {
        let l = p.entities.iter().find(|l| l.value.id == ids[1]).expect("alias owner exists");
        errors.push(CorpusError::at(&l.file, l.line, format!("alias {alias:?} names several entities ({}): keep it on one, or declare it in [[ambiguous]]", ids.join(", "))));
    }

    // Viewpoints and views.
    if p.viewpoints.len() > crate::ViewpointSet::MAX {
        let l = &p.viewpoints[crate::ViewpointSet::MAX];
        errors.push(CorpusError::at(&l.file, l.line, format!("at most {} viewpoints are supported", crate::ViewpointSet::MAX)));
    }
    for l in &p.viewpoints {
        if l.value.label.trim().is_empty() || l.value.definition.trim().is_empty() {
            errors.push(CorpusError::at(&l.file, l.line, format!("viewpoint {} needs a label and a definition", l.value.id)));
        }
    }
    let analysts: HashMap<&str, &RawEntity> = p.entities.iter().map(|l| (l.value.id.as_str(), &l.value)).collect();
    let mut has_view = HashSet::new();
    for l in &p.views {
        let (v, file, line) = (&l.value, l.file.as_str(), l.line);
        match analysts.get(v.analyst.as_str()) {
            None => errors.push(CorpusError::at(file, line, format!("unknown analyst {:?}", v.analyst))),
            Some(e) if !e.analyst => errors.push(CorpusError::at(file, line, format!("{} is not marked `analyst = true` in entities.toml", v.analyst))),
            Some(_) => {
                has_view.insert(v.analyst.as_str());
            }
        }
        if v.viewpoints.is_empty() {
            errors.push(CorpusError::at(file, line, "a view needs at least one viewpoint".into()));
        }
        for vp in &v.viewpoints {
            if !viewpoint_ids.contains(vp.as_str()) {
                errors.push(CorpusError::at(file, line, format!("unknown viewpoint {vp:?}")));
            }
        }
        if v.quote.trim().is_empty() {
            errors.push(CorpusError::at(file, line, "the evidence quote is empty".into()));
            continue;
        }
        if !article_ids.contains(v.article.as_str()) {
            errors.push(CorpusError::at(file, line, format!("unknown article {:?}", v.article)));
            continue;
        }
        let article = &p.articles.iter().find(|a| a.value.id == v.article).expect("known article").value;
        match article.paragraph(v.paragraph) {
            None => errors.push(CorpusError::at(file, line, format!("{} has no paragraph ¶{} (it has {})", v.article, v.paragraph, article.paragraphs().count()))),
            Some(text) if !text.contains(v.quote.as_str()) => errors.push(CorpusError::at(
                file,
                line,
                format!("evidence not found in {} ¶{}: \"{}\"", v.article, v.paragraph, ellipsize(&v.quote, 60)),
            )),
            Some(_) => {}
        }
    }
    for l in &p.entities {
        if l.value.analyst && !has_view.contains(l.value.id.as_str()) {
            errors.push(CorpusError::at(&l.file, l.line, format!("analyst {} has no attributed view in analysts.toml", l.value.id)));
        }
    }
}

/// Checks the figure topics against the articles and reads each figure:
/// its paragraph, value and unit.
fn resolve_figures(p: &Parts, errors: &mut Vec<CorpusError>) -> Vec<FigureTopic> {
    check_unique("topic", p.topics.iter().map(|l| (l.value.id.as_str(), l.file.as_str(), l.line)), errors);
    let mut topics = Vec::new();
    for l in &p.topics {
        let (t, file) = (&l.value, l.file.as_str());
        if t.label.trim().is_empty() {
            errors.push(CorpusError::at(file, l.line, format!("topic {} has an empty label", t.id)));
        }
        if t.figures.len() < 2 {
            errors.push(CorpusError::at(file, l.line, format!("topic {} needs figures from at least two articles (it has {})", t.id, t.figures.len())));
        }
        let mut figures: Vec<FigureEntry> = Vec::new();
        let mut articles: HashMap<&str, usize> = HashMap::new();
        for f in &t.figures {
            let (raw, line) = (&f.value, f.line);
            if let Some(first) = articles.insert(&raw.article, line) {
                errors.push(CorpusError::at(file, line, format!("topic {} already has a figure from {} (line {first}): one per article", t.id, raw.article)));
            }
            if raw.source.trim().is_empty() {
                errors.push(CorpusError::at(file, line, format!("`source` is empty: write what the article says the figure comes from, or \"{NOT_STATED}\"")));
            }
            let Some(entry) = read_figure(p, raw).map_err(|e| errors.push(CorpusError::at(file, line, e))).ok() else { continue };
            if let Some(first) = figures.first().filter(|first| first.unit.kind() != entry.unit.kind() || (first.unit != entry.unit && entry.unit.kind() == "money")) {
                let what = |e: &FigureEntry| match &e.unit {
                    crate::Unit::Money(code) => format!("money in {code}"),
                    unit => unit.kind().to_string(),
                };
                errors.push(CorpusError::at(file, line, format!("\"{}\" is {}, but the topic's first figure \"{}\" is {}: a topic compares like with like", entry.phrase, what(&entry), first.phrase, what(first))));
            }
            figures.push(entry);
        }
        topics.push(FigureTopic { id: t.id.clone(), label: t.label.clone(), figures });
    }
    topics
}

/// One figure of a topic, found and read in its article.
fn read_figure(p: &Parts, raw: &RawFigure) -> Result<FigureEntry, String> {
    let Some(article) = p.articles.iter().find(|a| a.value.id == raw.article).map(|a| &a.value) else {
        return Err(format!("unknown article {:?}", raw.article));
    };
    let phrase = raw.phrase.as_str();
    let short = ellipsize(phrase, 60);
    if phrase.trim().is_empty() {
        return Err("the figure's phrase is empty".into());
    }
    let found: Vec<(usize, &str)> = article.paragraphs().filter(|(n, text)| raw.paragraph.is_none_or(|p| p == *n) && text.contains(phrase)).collect();
    let (n, text) = match (found.as_slice(), raw.paragraph) {
        ([one], _) => *one,
        ([], Some(n)) if article.paragraph(n).is_none() => return Err(format!("{} has no paragraph ¶{n} (it has {})", article.id, article.paragraphs().count())),
        ([], Some(n)) => return Err(format!("figure \"{short}\" not found in {} ¶{n}", article.id)),
        ([], None) => return Err(format!("figure \"{short}\" not found in {}", article.id)),
        (several, _) => {
            let ns: Vec<String> = several.iter().map(|(n, _)| format!("¶{n}")).collect();
            return Err(format!("figure \"{short}\" is in several paragraphs of {} ({}): say which with `paragraph`", article.id, ns.join(", ")));
        }
    };
    let figures = find_figures(text);
    match figures.iter().find(|f| &text[f.start..f.end] == phrase) {
        Some(f) => Ok(FigureEntry {
            article: raw.article.clone(),
            phrase: raw.phrase.clone(),
            source: raw.source.clone(),
            paragraph: n,
            value: f.value,
            unit: f.unit.clone(),
        }),
        None => {
            let read: Vec<String> = figures.iter().map(|f| format!("\"{}\"", &text[f.start..f.end])).collect();
            let read = if read.is_empty() { "none".to_string() } else { read.join(", ") };
            Err(format!("\"{short}\" in {} ¶{n} is not one figure as find_figures reads it (it reads: {read})", article.id))
        }
    }
}

#[cfg(test)]
mod tests;
