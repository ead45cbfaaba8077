//! The pure core of Bamboo Reader.
//!
//! Bamboo Reader puts news and analysis articles side by side in the browser.
//! This crate holds everything that is not the user interface:
//!
//! * the **corpus model** ([`Corpus`], [`Article`], [`Entity`], [`Viewpoint`],
//!   [`View`], [`FigureTopic`]): articles with honest provenance, the entity
//!   gazetteer, the analysts' attributed views, and the figures several
//!   articles give for one quantity;
//! * **figures** ([`find_figures`], [`Figure`], [`Unit`], [`spread`]): the
//!   money, percentages and counts of things in a paragraph, as byte ranges
//!   with normalized values, read by a small tokenizer that leaves years,
//!   dates, ordinals and phone numbers alone;
//! * the **recognizer** ([`Recognizer`]): people, places and organizations
//!   in any English text, from a gazetteer of the corpus entities and the
//!   world, plus guesses for names it lacks, each with the [`Cue`] that
//!   made it; one [`Span`] per mention;
//! * **viewpoint logic** ([`ViewFilter::fits`], [`Corpus::blindspots`]): which
//!   attributed views a reader's filter keeps, and what an article leaves out;
//! * the **view as URL parameters** ([`ViewParams`]), parsed forgivingly;
//! * **scoring** ([`Gold`], [`Scores`]) of the recognizer on annotated text;
//! * the **map** ([`shapes`], [`project`], [`view_box`]): East and Southeast
//!   Asia and the South China Sea as inline SVG paths, drawn at build time
//!   from Natural Earth, and where a place's coordinates fall on it;
//! * **search** ([`Query`]): words and phrases matched insensitive to case,
//!   diacritics and the spaces inside names, with hits as byte ranges;
//! * **readers' own articles** ([`read_plain`], [`read_markdown`],
//!   [`html_parts`] and [`blocks_from_parts`] for HTML pages, [`Draft`]; [`UserData`], [`UserArticle`],
//!   [`UserAnalyst`]): pasted text and files turned into blocks, and the
//!   versioned data the browser stores and exports, with its JSON codec
//!   ([`UserData::decode`] refuses future versions), content hashes, limits
//!   ([`check_new_article`]), merging on import ([`UserData::merge`]), the
//!   reader's edits (remove and undo, rename, corrections, views, their own
//!   analysts and viewpoints) and [`escape_for_script`] for embedding it in
//!   a downloaded reader; [`compose`] shows them, and articles the host page
//!   adds, as part of the corpus, and [`correct_spans`] applies a reader's
//!   corrections to the recognizer's spans;
//! * with the `load` feature, **loading and validation** of the corpus files in
//!   `corpus/` ([`load_dir`], [`load_files`]). The build script of the app runs
//!   it, so a broken corpus fails the build with `file:line: problem` messages,
//!   and hands the browser a validated JSON copy.
//!
//! The core never imports yew and never touches the DOM: it builds and tests
//! natively with `cargo test -p bamboo-core --features load`.

mod disputed;
mod figures;
mod fold;
mod gazetteer;
mod guess;
mod map;
mod model;
mod recognize;
mod score;
mod search;
pub mod sort;
mod span;
mod user;
mod view_params;
mod viewpoints;
#[cfg(feature = "load")]
mod load;

pub use model::{
    date_value, ellipsize,
    Ambiguous, Article, ArticleIx, ArticleKind, Block, Cleaning, Corpus, Entity, EntityKind,
    Event, FigureEntry, FigureTopic, Note, Viewpoint, View, NOT_STATED,
};

pub use disputed::{disputed, Disputed, NameCount, DISPUTED};
pub use figures::{find_figures, spread, Figure, Unit};
pub use fold::fold;
#[cfg(all(target_arch = "wasm32", feature = "native-fold"))]
pub use fold::fold_both;
pub use gazetteer::{Known, WORLD};
pub use map::{project, shapes, view_box, MapShape, MAP_DATA};
pub use recognize::{Found, Recognizer};
pub use span::{Cue, Span};
pub use view_params::{Height, Panel, Theme, ViewParams};
pub use viewpoints::{AnalystIx, ViewFilter, ViewpointIx, ViewpointSet};
pub use score::{score_dir, Counts, Gold, Scores};
pub use search::{ArticleHits, BlockHits, Query, SearchIndex};
pub use user::{
    blocks_from_parts, html_parts, markdown_escape, opening_words, check_new_article, compose, content_hash, correct_spans, escape_for_script, guess_title, new_id,
    read_markdown, read_plain, user_article_id, Correction, DecodeError, Draft, MergeReport, Refusal, UserAnalyst, UserArticle,
    UserData, UserView, CURRENT_VERSION, HOST_PREFIX, MAX_ARTICLES, MAX_ARTICLE_BYTES, MAX_FIELD_CHARS, MAX_TITLE_CHARS, USER_PREFIX,
};

#[cfg(feature = "load")]
pub use load::{load_dir, load_files, CorpusError};
