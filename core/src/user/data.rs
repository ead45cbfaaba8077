//! Readers' own articles, analysts and viewpoints as the browser stores and
//! exports them: a versioned schema, its JSON codec, content hashes, limits,
//! merging on import, and the edits the reader makes.
//!
//! The rules live on the types: [`UserArticle::normalized`] is the one place
//! that fills blank provenance with [`NOT_STATED`], recomputes the hash and
//! gives a malformed id a fresh one; [`UserData::decode`] applies it to every
//! article it reads, and [`UserData::add`] and [`UserData::merge`] to every
//! article they take, so stored data always obeys it. The edits
//! ([`UserData::remove`], [`UserData::reinsert`], [`UserData::rename`],
//! [`UserData::correct`], [`UserData::add_view`], [`UserData::add_analyst`],
//! [`UserData::add_viewpoint`]) check what they are given and keep it so.

use std::collections::HashSet;
use std::fmt;

use serde::{Deserialize, Serialize};

use super::read::normalize;
use crate::fold::fold;
use crate::model::{Block, EntityKind, Viewpoint, NOT_STATED};
use crate::viewpoints::ViewpointSet;

/// The version of the schema this reader writes. Data of a later version is
/// refused ([`DecodeError::FutureVersion`]); earlier versions are migrated.
pub const CURRENT_VERSION: u32 = 1;

/// The most text (in bytes of UTF-8) one article may hold.
pub const MAX_ARTICLE_BYTES: usize = 2 * 1024 * 1024;

/// The most articles a reader may keep.
pub const MAX_ARTICLES: usize = 1000;

/// Everything a reader added, as stored in the browser and exported as one
/// JSON file.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct UserData {
    /// The schema version; [`CURRENT_VERSION`] once decoded.
    pub version: u32,
    #[serde(default)]
    pub articles: Vec<UserArticle>,
    /// Analysts the reader named, for their views.
    #[serde(default)]
    pub analysts: Vec<UserAnalyst>,
    /// Viewpoints the reader defined, ids `uv-…`; with the corpus's, at most
    /// [`ViewpointSet::MAX`].
    #[serde(default)]
    pub viewpoints: Vec<Viewpoint>,
}

impl Default for UserData {
    fn default() -> UserData {
        UserData { version: CURRENT_VERSION, articles: Vec::new(), analysts: Vec::new(), viewpoints: Vec::new() }
    }
}

/// An analyst the reader named. The name and affiliation are as the reader
/// gives them; a blank affiliation is [`NOT_STATED`].
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct UserAnalyst {
    /// `ua-` and lowercase hex (derived from the name), so it never collides
    /// with another kind of user id.
    #[serde(default)]
    pub id: String,
    #[serde(default = "not_stated")]
    pub name: String,
    #[serde(default = "not_stated")]
    pub affiliation: String,
}

/// One article a reader added. Provenance is what the reader states, and a
/// blank field is [`NOT_STATED`], as in the corpus.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct UserArticle {
    /// `u-` and lowercase hex (see [`new_id`]), so it never collides with a
    /// corpus slug and fits a link (`a=user:u-…`).
    #[serde(default)]
    pub id: String,
    #[serde(default = "not_stated")]
    pub title: String,
    #[serde(default = "not_stated")]
    pub outlet: String,
    #[serde(default = "not_stated")]
    pub author: String,
    /// Free text; ideally ISO `YYYY-MM-DD`.
    #[serde(default = "not_stated")]
    pub date: String,
    #[serde(default = "not_stated")]
    pub url: String,
    /// Free text naming what the article covers (not a corpus event id).
    #[serde(default = "not_stated")]
    pub event: String,
    pub blocks: Vec<Block>,
    /// When it was added, an ISO timestamp from the caller: the core never
    /// reads a clock.
    #[serde(default)]
    pub added: String,
    /// [`content_hash`] of the blocks.
    #[serde(default)]
    pub hash: String,
    /// The reader's corrections of the recognizer, in the order made.
    #[serde(default)]
    pub corrections: Vec<Correction>,
    /// The views the reader attributed.
    #[serde(default)]
    pub views: Vec<UserView>,
    /// When it was last renamed (an ISO timestamp from the caller), empty
    /// if never: of two tabs' titles, the later rename wins
    /// ([`UserArticle::merged_with`]).
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub renamed: String,
}

fn not_stated() -> String {
    NOT_STATED.to_string()
}

/// A reader's correction of the recognizer in one block of their article
/// (see [`UserData::correct`] and [`correct_spans`](crate::correct_spans)).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Correction {
    /// The index of the block in [`UserArticle::blocks`].
    pub block: usize,
    /// Byte offsets into the block's text, `start..end`.
    pub start: usize,
    pub end: usize,
    /// What the span is, or `None` to remove a mention the recognizer found.
    #[serde(default)]
    pub kind: Option<EntityKind>,
    /// The entity it names, when known.
    #[serde(default)]
    pub entity: Option<String>,
}

/// A view a reader attributed in one paragraph of their article, like the
/// corpus's [`View`](crate::View) (see [`UserData::add_view`] and
/// [`compose`](crate::compose)).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct UserView {
    /// The index of the block in [`UserArticle::blocks`].
    pub block: usize,
    /// Byte offsets into the block's text, `start..end`.
    pub start: usize,
    pub end: usize,
    /// The analyst: the id of a corpus analyst or of a [`UserAnalyst`].
    pub analyst: String,
    /// Viewpoint ids.
    #[serde(default)]
    pub viewpoints: Vec<String>,
}

/// A provenance field: normalized, and [`NOT_STATED`] when blank.
/// The most characters a title, outlet, author, date, URL or event keeps:
/// they are labels, shown in pickers, tabs and cards, and a megabyte of
/// label froze the page (the body has its own limit, [`MAX_ARTICLE_BYTES`]).
pub const MAX_FIELD_CHARS: usize = 500;

fn stated(field: &str) -> String {
    match normalize(field) {
        f if f.is_empty() => not_stated(),
        f => crate::model::ellipsize(&f, MAX_FIELD_CHARS),
    }
}

/// Whether `id` is a well-formed user id: `prefix` then lowercase letters,
/// digits and `-`, at most 120 bytes in all.
fn is_id(id: &str, prefix: &str) -> bool {
    id.len() <= 120
        && id.strip_prefix(prefix).is_some_and(|r| !r.is_empty() && r.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-'))
}

/// Whether `id` is a well-formed user article id (`u-…`).
fn is_user_id(id: &str) -> bool {
    is_id(id, "u-")
}

/// Whether `start..end` is a non-empty range of `block`'s text on character
/// boundaries.
fn is_range_of(block: &Block, start: usize, end: usize) -> bool {
    start < end && block.text().get(start..end).is_some()
}

/// Whether two ranges share a byte.
fn overlaps(a: (usize, usize), b: (usize, usize)) -> bool {
    a.0 < b.1 && b.0 < a.1
}

impl UserArticle {
    /// A new article: `title` and `blocks` as the reader gave them, every
    /// other provenance field [`NOT_STATED`] until set, added at `added`,
    /// hashed, with the id [`new_id`] derives from the hash.
    pub fn new(title: &str, blocks: Vec<Block>, added: &str) -> UserArticle {
        UserArticle {
            id: String::new(),
            title: title.to_string(),
            outlet: not_stated(),
            author: not_stated(),
            date: not_stated(),
            url: not_stated(),
            event: not_stated(),
            blocks,
            added: added.to_string(),
            hash: String::new(),
            corrections: Vec::new(),
            views: Vec::new(),
            renamed: String::new(),
        }
        .normalized()
    }

    /// The article with its rules applied: provenance fields normalized and
    /// blank ones [`NOT_STATED`], the hash recomputed from the blocks, and a
    /// malformed id replaced by one derived from the hash. The blocks are
    /// kept as they are, so corrections and views keep their places.
    pub fn normalized(mut self) -> UserArticle {
        for field in [&mut self.title, &mut self.outlet, &mut self.author, &mut self.date, &mut self.url, &mut self.event] {
            *field = stated(field);
        }
        self.added = self.added.trim().to_string();
        self.hash = content_hash(&self.blocks);
        if !is_user_id(&self.id) {
            self.id = new_id(&self.hash, |_| false);
        }
        self
    }

    /// The bytes of text in the body.
    pub fn text_bytes(&self) -> usize {
        text_bytes(&self.blocks)
    }

    /// This article as one tab is about to store it, over `stored`, the
    /// same article as another tab stored it meanwhile: self's fields (but
    /// `stored`'s title when it was renamed later), plus the corrections
    /// and views `stored` has and self lacks, after self's own. Values equal to one of self's are not doubled. Nothing is
    /// checked against the blocks, which two copies of one article share.
    pub fn merged_with(mut self, stored: &UserArticle) -> UserArticle {
        if stored.renamed > self.renamed {
            self.title.clone_from(&stored.title);
            self.renamed.clone_from(&stored.renamed);
        }
        for c in &stored.corrections {
            if !self.corrections.contains(c) {
                self.corrections.push(c.clone());
            }
        }
        for v in &stored.views {
            if !self.views.contains(v) {
                self.views.push(v.clone());
            }
        }
        self
    }
}

fn text_bytes(blocks: &[Block]) -> usize {
    blocks.iter().map(|b| b.text().len()).sum()
}

/// A stable fingerprint of a body: 64-bit FNV-1a over each block's kind and
/// whitespace-normalized text, as 16 lowercase hex digits. The same text
/// pasted twice, however its lines were wrapped or ended, hashes the same;
/// blocks without text are not counted.
pub fn content_hash(blocks: &[Block]) -> String {
    let mut hash = FNV_OFFSET;
    let mut feed = |bytes: &[u8]| hash = fnv(hash, bytes);
    for block in blocks {
        let t = normalize(block.text());
        if t.is_empty() {
            continue;
        }
        feed(match block {
            Block::Heading(_) => b"H",
            Block::Paragraph(_) => b"P",
        });
        feed(t.as_bytes());
        // Never a byte of UTF-8, so blocks cannot run into each other.
        feed(&[0xFF]);
    }
    format!("{hash:016x}")
}

/// The 64-bit FNV-1a offset basis.
const FNV_OFFSET: u64 = 0xcbf2_9ce4_8422_2325;

/// `hash` (an FNV-1a state) fed `bytes`.
fn fnv(mut hash: u64, bytes: &[u8]) -> u64 {
    for &b in bytes {
        hash ^= u64::from(b);
        hash = hash.wrapping_mul(0x0000_0100_0000_01b3);
    }
    hash
}

/// A fresh article id derived from `hash`: `u-` and its first 16 hex digits
/// (lowercased; `0` if it has none), then `-2`, `-3`, … until `taken` says
/// the id is free. The same hash and the
/// same taken ids always give the same id. Ends for any finite set of taken
/// ids.
pub fn new_id(hash: &str, taken: impl Fn(&str) -> bool) -> String {
    fresh_id("u-", hash, taken)
}

/// A fresh id for a name (an analyst's, a viewpoint's label): `prefix` and
/// the FNV-1a hash of the folded name, suffixed like [`new_id`].
fn name_id(prefix: &str, name: &str, taken: impl Fn(&str) -> bool) -> String {
    fresh_id(prefix, &format!("{:016x}", fnv(FNV_OFFSET, fold(name).as_bytes())), taken)
}

/// [`new_id`] with another prefix.
fn fresh_id(prefix: &str, hash: &str, taken: impl Fn(&str) -> bool) -> String {
    let hex: String = hash.chars().filter(char::is_ascii_hexdigit).map(|c| c.to_ascii_lowercase()).take(16).collect();
    let base = format!("{prefix}{}", if hex.is_empty() { "0" } else { &hex });
    if !taken(&base) {
        return base;
    }
    (2u64..).map(|n| format!("{base}-{n}")).find(|id| !taken(id)).unwrap_or(base)
}

/// Why an article or a viewpoint cannot be added.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Refusal {
    /// No text at all.
    Empty,
    /// More than [`MAX_ARTICLE_BYTES`] of text; the bytes it has.
    TooLarge { bytes: usize },
    /// The same text is already saved, under this title.
    Duplicate { title: String },
    /// [`MAX_ARTICLES`] are already saved.
    TooMany,
    /// The corpus and the reader already hold [`ViewpointSet::MAX`]
    /// viewpoints.
    TooManyViewpoints,
    /// A viewpoint without a label.
    NoLabel,
}

impl fmt::Display for Refusal {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Refusal::Empty => write!(f, "There is no text to save."),
            Refusal::TooLarge { bytes } => {
                let mib = 1024 * 1024;
                let limit_tenths = MAX_ARTICLE_BYTES * 10 / mib;
                // Rounded, but never shown as within the limit.
                let tenths = (bytes.saturating_mul(10) + mib / 2) / mib;
                let tenths = if tenths <= limit_tenths { limit_tenths + 1 } else { tenths };
                write!(f, "An article may hold up to {} MB of text; this one has {}.{} MB.", MAX_ARTICLE_BYTES / mib, tenths / 10, tenths % 10)
            }
            Refusal::Duplicate { title } => write!(f, "This text is already saved as “{title}”."),
            Refusal::TooMany => write!(f, "You can keep up to {MAX_ARTICLES} articles; remove one to add another."),
            Refusal::TooManyViewpoints => {
                write!(f, "A reader can hold up to {} viewpoints in all; remove one to define another.", ViewpointSet::MAX)
            }
            Refusal::NoLabel => write!(f, "A viewpoint needs a label."),
        }
    }
}

impl std::error::Error for Refusal {}

/// Whether an article of `blocks` may join `existing`: it must have text,
/// at most [`MAX_ARTICLE_BYTES`] of it, not be saved already, and fit under
/// [`MAX_ARTICLES`].
pub fn check_new_article(existing: &UserData, blocks: &[Block]) -> Result<(), Refusal> {
    let hash = content_hash(blocks);
    let duplicate = existing.articles.iter().find(|a| a.hash == hash);
    refusal(existing.articles.len(), blocks, duplicate.map(|a| a.title.as_str())).map_or(Ok(()), Err)
}

fn refusal(count: usize, blocks: &[Block], duplicate_of: Option<&str>) -> Option<Refusal> {
    let bytes = text_bytes(blocks);
    if blocks.iter().all(|b| b.text().trim().is_empty()) {
        Some(Refusal::Empty)
    } else if bytes > MAX_ARTICLE_BYTES {
        Some(Refusal::TooLarge { bytes })
    } else if let Some(title) = duplicate_of {
        Some(Refusal::Duplicate { title: title.to_string() })
    } else if count >= MAX_ARTICLES {
        Some(Refusal::TooMany)
    } else {
        None
    }
}

/// Why stored or imported data cannot be read.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum DecodeError {
    /// Not JSON, or not the shape of [`UserData`]; serde's description.
    Corrupt(String),
    /// Written by a newer reader, with this data version.
    FutureVersion(u32),
}

impl fmt::Display for DecodeError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            DecodeError::Corrupt(why) => write!(f, "The stored data is damaged: {why}."),
            DecodeError::FutureVersion(v) => write!(
                f,
                "This file was written by a newer Bamboo Reader (data version {v}); this reader understands version {CURRENT_VERSION}."
            ),
        }
    }
}

impl std::error::Error for DecodeError {}

fn corrupt(e: serde_json::Error) -> DecodeError {
    DecodeError::Corrupt(e.to_string())
}

/// What [`UserData::merge`] did with an imported file.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct MergeReport {
    /// Articles added.
    pub added: usize,
    /// The titles of articles skipped because their text is already saved.
    pub duplicates: Vec<String>,
    /// Articles added under a fresh id because theirs was taken.
    pub renamed_ids: usize,
    /// Articles refused: no room left ([`MAX_ARTICLES`]), too large
    /// ([`MAX_ARTICLE_BYTES`]) or without text.
    pub refused: usize,
}

impl fmt::Display for MergeReport {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let plural = |n: usize| if n == 1 { "article" } else { "articles" };
        match self.added {
            0 => write!(f, "No new articles.")?,
            n => write!(f, "Added {n} {}.", plural(n))?,
        }
        if !self.duplicates.is_empty() {
            let titles: Vec<String> = self.duplicates.iter().map(|t| format!("“{}”", crate::model::ellipsize(t, 60))).collect();
            write!(f, " Already saved: {}.", titles.join(", "))?;
        }
        if self.refused > 0 {
            write!(
                f,
                " Left out {} {}: you can keep up to {MAX_ARTICLES} articles of up to {} MB of text each.",
                self.refused,
                plural(self.refused),
                MAX_ARTICLE_BYTES / (1024 * 1024)
            )?;
        }
        Ok(())
    }
}

impl UserData {
    /// Reads stored or exported data. The `version` is read first: a future
    /// version is refused before anything else is decoded, an older one is
    /// migrated. Every article then obeys [`UserArticle::normalized`], and
    /// an id used twice is replaced in the later article.
    pub fn decode(json: &str) -> Result<UserData, DecodeError> {
        #[derive(Deserialize)]
        struct Probe {
            version: u32,
        }
        let probe: Probe = serde_json::from_str(json).map_err(corrupt)?;
        let data: UserData = match probe.version {
            v if v > CURRENT_VERSION => return Err(DecodeError::FutureVersion(v)),
            // The migrations: when version 2 comes, version 1 gets an arm
            // that decodes its own shape and converts it, e.g.
            // `1 => v1_to_v2(serde_json::from_str::<V1>(json).map_err(corrupt)?)`.
            CURRENT_VERSION => serde_json::from_str(json).map_err(corrupt)?,
            v => return Err(DecodeError::Corrupt(format!("there is no data version {v}"))),
        };
        Ok(data.repaired())
    }

    /// The data as JSON, to store or export.
    pub fn encode(&self) -> String {
        serde_json::to_string(self).expect("strings, numbers and lists always serialize")
    }

    fn repaired(self) -> UserData {
        let mut ids = HashSet::new();
        let mut articles = Vec::with_capacity(self.articles.len());
        for article in self.articles {
            let mut a = article.normalized();
            if ids.contains(&a.id) {
                a.id = new_id(&a.hash, |id| ids.contains(id));
            }
            ids.insert(a.id.clone());
            articles.push(a);
        }
        let mut data = UserData { version: CURRENT_VERSION, articles, analysts: Vec::new(), viewpoints: Vec::new() };
        data.take_analysts(self.analysts);
        data.take_viewpoints(self.viewpoints);
        data
    }

    /// Adds those of `analysts` with a well-formed id (`ua-…`) not taken
    /// yet, their name and affiliation normalized.
    fn take_analysts(&mut self, analysts: Vec<UserAnalyst>) {
        for a in analysts {
            if is_id(&a.id, "ua-") && !self.analysts.iter().any(|b| b.id == a.id) {
                self.analysts.push(UserAnalyst { name: stated(&a.name), affiliation: stated(&a.affiliation), ..a });
            }
        }
    }

    /// Adds those of `viewpoints` with a well-formed id (`uv-…`) not taken
    /// yet, their label and definition normalized, while there is room.
    fn take_viewpoints(&mut self, viewpoints: Vec<Viewpoint>) {
        for v in viewpoints {
            if self.viewpoints.len() < ViewpointSet::MAX && is_id(&v.id, "uv-") && !self.viewpoints.iter().any(|w| w.id == v.id) {
                self.viewpoints.push(Viewpoint { label: stated(&v.label), definition: stated(&v.definition), ..v });
            }
        }
    }

    /// The article with this id.
    pub fn find(&self, id: &str) -> Option<&UserArticle> {
        self.articles.iter().find(|a| a.id == id)
    }

    fn is_taken(&self, id: &str) -> bool {
        self.find(id).is_some()
    }

    /// Adds `article` (normalized) if [`check_new_article`] allows it, under
    /// a fresh id if its own is taken. Returns the id it was saved under.
    pub fn add(&mut self, article: UserArticle) -> Result<String, Refusal> {
        let mut a = article.normalized();
        check_new_article(self, &a.blocks)?;
        if self.is_taken(&a.id) {
            a.id = new_id(&a.hash, |id| self.is_taken(id));
        }
        let id = a.id.clone();
        self.articles.push(a);
        Ok(id)
    }

    /// Adds the articles, analysts and viewpoints of an imported file.
    /// Never changes or drops an existing article: one whose text is
    /// already saved (same hash) is skipped and reported; one whose id is
    /// taken by other text gets a fresh id derived from its hash; those past
    /// the limits are refused. Analysts and viewpoints keep their ids, so
    /// the views and corrections naming them still do; one whose id is
    /// already here is skipped, as is a malformed one.
    pub fn merge(&mut self, incoming: UserData) -> MergeReport {
        self.take_analysts(incoming.analysts);
        self.take_viewpoints(incoming.viewpoints);
        let mut report = MergeReport::default();
        // Hashes recomputed, not trusted, so duplicates are found even in
        // data built by hand.
        let mut hashes: HashSet<String> = self.articles.iter().map(|a| content_hash(&a.blocks)).collect();
        for article in incoming.articles {
            let mut a = article.normalized();
            let duplicate = hashes.contains(&a.hash).then_some(a.title.as_str());
            match refusal(self.articles.len(), &a.blocks, duplicate) {
                Some(Refusal::Duplicate { title }) => report.duplicates.push(title),
                Some(_) => report.refused += 1,
                None => {
                    if self.is_taken(&a.id) {
                        a.id = new_id(&a.hash, |id| self.is_taken(id));
                        report.renamed_ids += 1;
                    }
                    hashes.insert(a.hash.clone());
                    self.articles.push(a);
                    report.added += 1;
                }
            }
        }
        report
    }

    fn find_mut(&mut self, id: &str) -> Option<&mut UserArticle> {
        self.articles.iter_mut().find(|a| a.id == id)
    }

    /// Removes the article with this id, and returns where it was and what
    /// it was, for [`UserData::reinsert`] to undo.
    pub fn remove(&mut self, id: &str) -> Option<(usize, UserArticle)> {
        let at = self.articles.iter().position(|a| a.id == id)?;
        Some((at, self.articles.remove(at)))
    }

    /// Undoes [`UserData::remove`]: puts `article` (normalized) back at
    /// `at`, or last if there are fewer articles now. Does nothing if its id
    /// or its text was saved again meanwhile, or [`MAX_ARTICLES`] are.
    pub fn reinsert(&mut self, at: usize, article: UserArticle) {
        let a = article.normalized();
        if self.is_taken(&a.id) || self.articles.iter().any(|b| b.hash == a.hash) || self.articles.len() >= MAX_ARTICLES {
            return;
        }
        self.articles.insert(at.min(self.articles.len()), a);
    }

    /// Gives the article with this id a new title, normalized ([`NOT_STATED`]
    /// when blank). Whether the article exists.
    pub fn rename(&mut self, id: &str, title: &str, at: &str) -> bool {
        match self.find_mut(id) {
            Some(a) => {
                a.title = stated(title);
                a.renamed = at.to_string();
                true
            }
            None => false,
        }
    }

    /// Records correction `c` in the article with this id, if `c` fits it:
    /// its block exists and `start..end` is a non-empty range of the
    /// block's text on character boundaries. Earlier corrections of the
    /// same block that overlap `c` are dropped: the latest word wins.
    /// Whether `c` was recorded.
    pub fn correct(&mut self, id: &str, c: Correction) -> bool {
        let Some(a) = self.find_mut(id) else { return false };
        if !a.blocks.get(c.block).is_some_and(|b| is_range_of(b, c.start, c.end)) {
            return false;
        }
        a.corrections.retain(|o| o.block != c.block || !overlaps((o.start, o.end), (c.start, c.end)));
        a.corrections.push(c);
        true
    }

    /// Records view `v` in the article with this id, if it fits: its block
    /// is a paragraph and `start..end` a non-empty range of its text on
    /// character boundaries. A view of the same span by the same analyst is
    /// replaced in place. Whether `v` was recorded.
    pub fn add_view(&mut self, id: &str, v: UserView) -> bool {
        let Some(a) = self.find_mut(id) else { return false };
        if !a.blocks.get(v.block).is_some_and(|b| matches!(b, Block::Paragraph(_)) && is_range_of(b, v.start, v.end)) {
            return false;
        }
        let same = |w: &UserView| (w.block, w.start, w.end, &w.analyst) == (v.block, v.start, v.end, &v.analyst);
        match a.views.iter_mut().find(|w| same(w)) {
            Some(w) => *w = v,
            None => a.views.push(v),
        }
        true
    }

    /// The id of the analyst of this name, added with `affiliation` (blank
    /// is [`NOT_STATED`]) unless one of the same name is here already. Names
    /// are the same when they match ignoring case and spacing.
    pub fn add_analyst(&mut self, name: &str, affiliation: &str) -> String {
        let name = stated(name);
        if let Some(a) = self.analysts.iter().find(|a| same_name(&a.name, &name)) {
            return a.id.clone();
        }
        let id = name_id("ua-", &name, |id| self.analysts.iter().any(|a| a.id == id));
        self.analysts.push(UserAnalyst { id: id.clone(), name, affiliation: stated(affiliation) });
        id
    }

    /// The id of the viewpoint with this label, defined now unless one of
    /// the same label (ignoring case and spacing) is here already. Refused
    /// when the label is blank, or when the corpus's `builtin` viewpoints
    /// and the reader's would exceed [`ViewpointSet::MAX`]. A blank
    /// definition is [`NOT_STATED`].
    pub fn add_viewpoint(&mut self, label: &str, definition: &str, builtin: usize) -> Result<String, Refusal> {
        let label = crate::model::ellipsize(&normalize(label), MAX_FIELD_CHARS);
        if label.is_empty() {
            return Err(Refusal::NoLabel);
        }
        if let Some(v) = self.viewpoints.iter().find(|v| same_name(&v.label, &label)) {
            return Ok(v.id.clone());
        }
        if builtin + self.viewpoints.len() >= ViewpointSet::MAX {
            return Err(Refusal::TooManyViewpoints);
        }
        let id = name_id("uv-", &label, |id| self.viewpoints.iter().any(|v| v.id == id));
        self.viewpoints.push(Viewpoint { id: id.clone(), label, definition: stated(definition) });
        Ok(id)
    }
}

/// Whether two names are the same ignoring case and spacing.
fn same_name(a: &str, b: &str) -> bool {
    normalize(a).to_lowercase() == normalize(b).to_lowercase()
}

#[cfg(test)]
mod tests;
