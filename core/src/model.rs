//! The corpus model: plain data, serializable, with the few rules that belong
//! to the types themselves.

use serde::{Deserialize, Serialize};

use crate::figures::{spread, Unit};

/// What the corpus says where a source does not state a fact.
pub const NOT_STATED: &str = "not stated";

/// Everything the reader shows, validated and immutable once loaded.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Corpus {
    pub articles: Vec<Article>,
    pub events: Vec<Event>,
    pub entities: Vec<Entity>,
    pub ambiguous: Vec<Ambiguous>,
    pub viewpoints: Vec<Viewpoint>,
    pub views: Vec<View>,
    /// Quantities that several articles state, side by side.
    #[serde(default)]
    pub figures: Vec<FigureTopic>,
}

/// The position of an article in [`Corpus::articles`]: the typed handle the
/// reader keeps in its state instead of a string.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct ArticleIx(pub usize);

impl Corpus {
    pub fn article(&self, ix: ArticleIx) -> Option<&Article> {
        self.articles.get(ix.0)
    }

    /// The article with the given slug id.
    pub fn find_article(&self, id: &str) -> Option<ArticleIx> {
        self.articles.iter().position(|a| a.id == id).map(ArticleIx)
    }

    pub fn article_ixs(&self) -> impl Iterator<Item = ArticleIx> {
        (0..self.articles.len()).map(ArticleIx)
    }

    pub fn event(&self, id: &str) -> Option<&Event> {
        self.events.iter().find(|e| e.id == id)
    }

    pub fn entity(&self, id: &str) -> Option<&Entity> {
        self.entities.iter().find(|e| e.id == id)
    }

    pub fn viewpoint(&self, id: &str) -> Option<&Viewpoint> {
        self.viewpoints.iter().find(|v| v.id == id)
    }
}

/// One article: provenance as the text states it, the cleaning applied to the
/// source text, and the body as headings and paragraphs.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Article {
    /// A readable slug such as `rfa-2022-trong-beijing`.
    pub id: String,
    /// The file name of the raw source text this article was cleaned from.
    pub seed: String,
    pub title: String,
    pub outlet: String,
    pub author: String,
    /// ISO `YYYY-MM-DD`, or [`NOT_STATED`].
    pub date: String,
    pub url: String,
    /// The id of the [`Event`] the article covers.
    pub event: String,
    pub kind: ArticleKind,
    /// Text moved out of the body (bylines, bios, copyright), still shown.
    pub notes: Vec<Note>,
    /// Every change made to the source text, in order.
    pub cleaning: Vec<Cleaning>,
    pub blocks: Vec<Block>,
}

impl Article {
    /// The paragraphs with their 1-based numbers; headings are not counted.
    pub fn paragraphs(&self) -> impl Iterator<Item = (usize, &str)> {
        self.blocks
            .iter()
            .filter_map(|b| match b {
                Block::Paragraph(p) => Some(p.as_str()),
                Block::Heading(_) => None,
            })
            .enumerate()
            .map(|(i, p)| (i + 1, p))
    }

    /// Paragraph `n` (1-based).
    pub fn paragraph(&self, n: usize) -> Option<&str> {
        self.paragraphs().find(|(i, _)| *i == n).map(|(_, p)| p)
    }

    /// Who published or wrote it, for short labels: the outlet, else the
    /// author, else "Source not stated".
    pub fn source_label(&self) -> &str {
        [&self.outlet, &self.author].into_iter().find(|f| Self::is_stated(f)).map_or("Source not stated", String::as_str)
    }

    /// "Title — Outlet, 2022-11-18": what a picker shows for the article.
    pub fn picker_label(&self) -> String {
        match Self::is_stated(&self.date) {
            true => format!("{} — {}, {}", self.title, self.source_label(), self.date),
            false => format!("{} — {}", self.title, self.source_label()),
        }
    }

    /// "VOA 2024": the source and the year, for tabs.
    pub fn short_label(&self) -> String {
        match self.date.get(..4).filter(|y| Self::is_stated(&self.date) && y.bytes().all(|b| b.is_ascii_digit())) {
            Some(year) => format!("{} {year}", self.source_label()),
            None => self.source_label().to_string(),
        }
    }

    /// Words in the body, headings included.
    pub fn word_count(&self) -> usize {
        self.blocks.iter().map(|b| b.text().split_whitespace().count()).sum()
    }

    /// Minutes to read the body at 230 words a minute (a common adult
    /// silent-reading rate), rounded up, at least one.
    pub fn reading_minutes(&self) -> usize {
        self.word_count().div_ceil(230).max(1)
    }

    /// The source URL when it is safe to link: `http:` or `https:` only, so
    /// that a reader's `javascript:` or `data:` "URL" stays text.
    pub fn link_url(&self) -> Option<&str> {
        let lower = self.url.trim_start().get(..8).unwrap_or("").to_ascii_lowercase();
        (lower.starts_with("http://") || lower.starts_with("https://")).then_some(self.url.trim())
    }

    /// Whether a provenance field states something (is not [`NOT_STATED`]).
    pub fn is_stated(field: &str) -> bool {
        field != NOT_STATED
    }
}

/// What an article is, and where it came from.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum ArticleKind {
    News,
    Analysis,
    /// One the reader added (see [`compose`](crate::compose)); never in the
    /// corpus files.
    Own,
    /// One the page embedding the reader added; never in the corpus files.
    Host,
}

impl ArticleKind {
    /// The groups of an article picker: a label and the kinds in it.
    pub const GROUPS: [(&'static str, &'static [ArticleKind]); 3] = [
        ("Built-in articles", &[ArticleKind::News, ArticleKind::Analysis]),
        ("Your articles", &[ArticleKind::Own]),
        ("From the host page", &[ArticleKind::Host]),
    ];

    /// What the reader is told the article is.
    pub fn label(self) -> &'static str {
        match self {
            ArticleKind::News => "News report",
            ArticleKind::Analysis => "Analysis / opinion",
            ArticleKind::Own => "Your article",
            ArticleKind::Host => "From the host page",
        }
    }
}

/// A block of an article's body.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub enum Block {
    Heading(String),
    Paragraph(String),
}

impl Block {
    /// The block's text, whatever its kind.
    pub fn text(&self) -> &str {
        match self {
            Block::Heading(t) | Block::Paragraph(t) => t,
        }
    }
}

/// Text kept beside the body, such as an author biography.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Note {
    pub label: String,
    pub text: String,
}

/// One documented change from the source text to the corpus body.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub enum Cleaning {
    /// A whole line of site furniture removed (every identical copy).
    Drop { line: String, note: String },
    /// A substring of the source replaced everywhere, such as a mis-decoded dash.
    Replace { from: String, to: String, note: String },
    /// A whole line moved out of the body into a [`Note`].
    Moved { line: String, note: String },
}

impl Cleaning {
    pub fn note(&self) -> &str {
        match self {
            Cleaning::Drop { note, .. } | Cleaning::Replace { note, .. } | Cleaning::Moved { note, .. } => note,
        }
    }

    /// A one-line human description, e.g. `Dropped “Leave a Reply” (site comment form)`.
    pub fn describe(&self) -> String {
        match self {
            Cleaning::Drop { line, note } => format!("Dropped “{}” ({note})", ellipsize(line, 60)),
            Cleaning::Replace { from, to, note } => format!("Replaced “{from}” with “{to}” ({note})"),
            Cleaning::Moved { line, note } => format!("Moved “{}” out of the body ({note})", ellipsize(line, 60)),
        }
    }
}

/// `text` cut to at most `max` characters, with an ellipsis when cut.
pub fn ellipsize(text: &str, max: usize) -> String {
    match text.char_indices().nth(max) {
        Some((i, _)) => format!("{}…", &text[..i]),
        None => text.to_string(),
    }
}

/// A visit or meeting that articles cover.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Event {
    pub id: String,
    pub label: String,
    pub dates: String,
    /// When it began, as precisely as the articles say: `YYYY`, `YYYY-MM`
    /// or `YYYY-MM-DD`; `None` when they do not say.
    #[serde(default)]
    pub start: Option<String>,
    /// When it ended, if later than `start`.
    #[serde(default)]
    pub end: Option<String>,
    /// Where the articles report it, for an event no article is about.
    #[serde(default)]
    pub reported: Option<String>,
}

/// A date written `YYYY`, `YYYY-MM` or `YYYY-MM-DD` as a point in time, in
/// years (2024-07-01 is about 2024.5); `None` for anything else, such as
/// "not stated". A year or month alone is placed at its middle.
pub fn date_value(date: &str) -> Option<f64> {
    let mut parts = date.trim().split('-');
    let num = |p: Option<&str>, digits: usize| p.filter(|p| p.len() == digits && p.bytes().all(|b| b.is_ascii_digit())).and_then(|p| p.parse::<u32>().ok());
    let year = num(parts.next(), 4)?;
    let (month, day) = match parts.next() {
        None => return Some(f64::from(year) + 0.5),
        Some(m) => (num(Some(m), 2).filter(|m| (1..=12).contains(m))?, parts.next()),
    };
    let day = match day {
        None => 15.5,
        Some(d) => f64::from(num(Some(d), 2).filter(|d| (1..=31).contains(d))?),
    };
    if parts.next().is_some() {
        return None;
    }
    Some(f64::from(year) + (f64::from(month - 1) + (day - 1.0) / 31.0) / 12.0)
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum EntityKind {
    Person,
    Place,
    Org,
}

impl EntityKind {
    pub const ALL: [EntityKind; 3] = [EntityKind::Person, EntityKind::Place, EntityKind::Org];

    pub fn as_str(self) -> &'static str {
        match self {
            EntityKind::Person => "person",
            EntityKind::Place => "place",
            EntityKind::Org => "org",
        }
    }
}

/// A person, place or organization named in the corpus.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Entity {
    pub id: String,
    pub name: String,
    pub kind: EntityKind,
    pub aliases: Vec<String>,
    pub description: String,
    /// People only: role or affiliation.
    pub role: Option<String>,
    /// Quoted or paraphrased for a view in some article.
    pub analyst: bool,
    /// Analysts only: affiliation exactly as the text gives it.
    pub affiliation: Option<String>,
    /// Places only: where it is, `[latitude, longitude]` in decimal degrees
    /// (north and east positive), for the map.
    #[serde(default)]
    pub coords: Option<[f64; 2]>,
}

/// A short form that could name several entities, so it names none.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Ambiguous {
    pub alias: String,
    pub entities: Vec<String>,
    pub note: String,
}

/// A stance that analysts in the corpus take.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Viewpoint {
    pub id: String,
    pub label: String,
    pub definition: String,
}

/// An attributed view: an analyst, a verbatim span of one paragraph, and the
/// viewpoints it expresses.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct View {
    pub analyst: String,
    pub article: String,
    /// 1-based, counting paragraphs only.
    pub paragraph: usize,
    pub quote: String,
    pub viewpoints: Vec<String>,
}

/// One quantity that two or more articles state, such as Vietnam–China
/// trade in 2021, with each article's figure for it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct FigureTopic {
    pub id: String,
    pub label: String,
    /// One per article, in the order of `corpus/figures.toml`; all of one
    /// unit kind, and money all in one currency.
    pub figures: Vec<FigureEntry>,
}

impl FigureTopic {
    /// How far the highest figure is above the lowest, in percent of the
    /// lowest (see [`spread`]).
    pub fn spread(&self) -> Option<f64> {
        spread(&self.figures.iter().map(|f| f.value).collect::<Vec<_>>())
    }
}

/// One article's figure for a [`FigureTopic`]: the exact phrase, where it
/// is, what [`find_figures`](crate::find_figures) reads in it, and the
/// source the article cites for it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct FigureEntry {
    pub article: String,
    /// The figure's exact text in the paragraph, e.g. "$230.2 billion".
    pub phrase: String,
    /// Where the article says the figure comes from, or [`NOT_STATED`].
    pub source: String,
    /// 1-based, counting paragraphs only.
    pub paragraph: usize,
    pub value: f64,
    pub unit: Unit,
}

#[cfg(test)]
mod tests {
    use super::*;

    fn article(blocks: Vec<Block>) -> Article {
        Article {
            id: "a".into(),
            seed: "s".into(),
            title: "T".into(),
            outlet: NOT_STATED.into(),
            author: NOT_STATED.into(),
            date: NOT_STATED.into(),
            url: NOT_STATED.into(),
            event: "e".into(),
            kind: ArticleKind::News,
            notes: vec![],
            cleaning: vec![],
            blocks,
        }
    }

    #[test]
    fn paragraphs_skip_headings_and_count_from_one() {
        let a = article(vec![
            Block::Paragraph("one".into()),
            Block::Heading("H".into()),
            Block::Paragraph("two".into()),
        ]);
        let got: Vec<_> = a.paragraphs().collect();
        assert_eq!(got, vec![(1, "one"), (2, "two")]);
        assert_eq!(a.paragraph(2), Some("two"));
        assert_eq!(a.paragraph(3), None);
    }

    #[test]
    fn date_value_table() {
        let rows: &[(&str, Option<f64>)] = &[
            ("2024", Some(2024.5)),
            ("2024-01", Some(2024.0 + 14.5 / 31.0 / 12.0)),
            ("2024-01-01", Some(2024.0)),
            ("2024-07-01", Some(2024.5)),
            ("not stated", None),
            ("2024-13", None),
            ("2024-02-32", None),
            ("24-01-01", None),
            ("2024-01-01-01", None),
            ("", None),
        ];
        for (date, want) in rows {
            assert_eq!(date_value(date), *want, "{date}");
        }
        assert!(date_value("2022-11-18") < date_value("2022-12"));
    }

    #[test]
    fn short_label_table() {
        let rows = [("VOA", "2024-04-07", "VOA 2024"), ("DW", NOT_STATED, "DW"), (NOT_STATED, "2023-12-12", "Source not stated 2023"), ("RFA", "soon", "RFA")];
        for (outlet, date, want) in rows {
            let a = Article { outlet: outlet.into(), date: date.into(), ..article(vec![]) };
            assert_eq!(a.short_label(), want);
        }
    }

    #[test]
    fn only_web_urls_are_linked() {
        let rows = [
            ("https://example.org/a", Some("https://example.org/a")),
            ("HTTP://EXAMPLE.ORG", Some("HTTP://EXAMPLE.ORG")),
            ("javascript:alert(1)", None),
            (" JaVaScRiPt:alert(1)", None),
            ("data:text/html,<script>", None),
            ("example.org", None),
            (NOT_STATED, None),
            ("http", None),
        ];
        for (url, want) in rows {
            let a = Article { url: url.into(), ..article(vec![]) };
            assert_eq!(a.link_url(), want, "{url}");
        }
    }

    #[test]
    fn reading_minutes_table() {
        let words = |n: usize| Block::Paragraph(vec!["word"; n].join(" "));
        let rows = [(vec![], 1), (vec![words(1)], 1), (vec![words(230)], 1), (vec![words(231)], 2), (vec![Block::Heading("Two words".into()), words(1150)], 6)];
        for (blocks, want) in rows {
            let a = article(blocks);
            assert_eq!(a.reading_minutes(), want, "{} words", a.word_count());
        }
    }

    #[test]
    fn ellipsize_cuts_on_char_boundaries() {
        let rows = [("abc", 5, "abc"), ("abcdef", 3, "abc…"), ("ễễễễ", 2, "ễễ…"), ("", 1, "")];
        for (text, max, want) in rows {
            assert_eq!(ellipsize(text, max), want, "{text:?} {max}");
        }
    }

    #[test]
    fn cleaning_describes_itself() {
        let rows = [
            (Cleaning::Drop { line: "Leave a Reply".into(), note: "comment form".into() }, "Dropped “Leave a Reply” (comment form)"),
            (Cleaning::Replace { from: "â".into(), to: "—".into(), note: "dash".into() }, "Replaced “â” with “—” (dash)"),
        ];
        for (c, want) in rows {
            assert_eq!(c.describe(), want);
        }
    }
}
