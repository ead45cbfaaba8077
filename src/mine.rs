//! The reader's own articles in the app: what is kept, where, and what
//! happened last. A `Reducible` with a [`MineAction`] enum, like
//! [`Reader`](crate::state::Reader); the effects that load, save and listen
//! to other tabs are in `hooks::use_mine`.
//!
//! Every change goes to memory first and to storage after, so nothing the
//! reader did is lost when storage fails: the notice offers Export instead.

use std::rc::Rc;

use bamboo_core::{Correction, UserArticle, UserData, UserView};
use serde::{Deserialize, Serialize};
use yew::Reducible;

use crate::store::{absorb, Problem};

/// Where the reader's articles are kept.
#[derive(Clone, Debug, PartialEq)]
pub enum Status {
    /// Reading storage at start-up.
    Loading,
    /// In this browser's storage.
    Stored,
    /// In memory only, for this reason.
    Memory(Problem),
}

/// What a downloaded reader carries in its data block.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ReaderFile {
    /// Whether the built-in articles are shown too.
    pub builtin: bool,
    pub data: UserData,
}

/// A new viewpoint or analyst to define along with a view.
#[derive(Clone, Debug, PartialEq)]
pub struct Attribution {
    pub article: String,
    pub view: UserView,
    /// A new analyst: name and affiliation (the view's analyst is ignored).
    pub new_analyst: Option<(String, String)>,
    /// A new viewpoint: label and definition, added to the view's.
    pub new_viewpoint: Option<(String, String)>,
    /// How many viewpoints the built-in corpus has (they share one set of 64).
    pub builtin_viewpoints: usize,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Mine {
    pub data: Rc<UserData>,
    /// Articles a host page added: in memory only, never stored or sent.
    pub host: Rc<Vec<UserArticle>>,
    /// Whether the built-in articles are shown (a downloaded reader may
    /// leave them out).
    pub builtin: bool,
    pub status: Status,
    /// Ids removed in this tab: storage never brings them back.
    pub dropped: Vec<String>,
    /// The last removed article and where it was, for Undo.
    pub undo: Option<(usize, UserArticle)>,
    /// What the last action did, for the live region.
    pub message: Option<String>,
    /// Bumped by every change of `data` made here; storage writes when it is
    /// ahead of `saved`.
    pub revision: u32,
    pub saved: u32,
    /// The id of the article saved last, to show it.
    pub last_added: Option<String>,
}

impl Default for Mine {
    fn default() -> Self {
        Mine { data: Rc::default(), host: Rc::default(), builtin: true, status: Status::Loading, dropped: Vec::new(), undo: None, message: None, revision: 0, saved: 0, last_added: None }
    }
}

#[derive(Clone, Debug, PartialEq)]
pub enum MineAction {
    /// Storage answered at start-up; `file` is a downloaded reader's data.
    Loaded { stored: Result<UserData, Problem>, file: Option<ReaderFile> },
    Add(UserArticle),
    Remove(String),
    Undo,
    /// An article's id, its new title, and when (an ISO timestamp).
    Rename(String, String, String),
    Correct(String, Correction),
    Attribute(Box<Attribution>),
    Import(UserData),
    /// An article from the host page, kept in memory only.
    HostAdd(UserArticle),
    /// Storage took revision `.0`; `.1` is what it holds now.
    Saved(u32, UserData),
    SaveFailed(Problem),
    /// Another tab changed storage; this is what it holds.
    External(UserData),
    /// Storage was reset to what is in memory (with what another tab's
    /// reset stored meanwhile): this is what it holds now.
    Reset(UserData),
    Say(String),
}

impl Mine {
    fn changed(&mut self, message: String) {
        self.revision = self.revision.wrapping_add(1);
        self.message = Some(message);
    }

    /// Whether there are changes storage has not taken yet.
    pub fn pending(&self) -> bool {
        self.revision != self.saved
    }

    /// Whether storage can be written: it answered, and what it holds is
    /// readable (unreadable data is never overwritten but by Reset).
    pub fn writable(&self) -> bool {
        !matches!(self.status, Status::Loading | Status::Memory(Problem::Unavailable(_) | Problem::Unreadable(_)))
    }
}

impl Reducible for Mine {
    type Action = MineAction;

    fn reduce(self: Rc<Self>, action: MineAction) -> Rc<Self> {
        let mut next = (*self).clone();
        match action {
            MineAction::Loaded { stored, file } => {
                let mut data = match stored {
                    Ok(d) => {
                        next.status = Status::Stored;
                        d
                    }
                    Err(p) => {
                        next.status = Status::Memory(p);
                        UserData::default()
                    }
                };
                if let Some(file) = file {
                    next.builtin = file.builtin;
                    let report = data.merge(file.data);
                    if report.added > 0 {
                        next.revision = next.revision.wrapping_add(1);
                    }
                }
                next.data = Rc::new(data);
            }
            MineAction::Add(article) => {
                let title = article.title.clone();
                let mut data = (*next.data).clone();
                match data.add(article) {
                    Ok(id) => {
                        next.data = Rc::new(data);
                        next.last_added = Some(id);
                        next.changed(format!("Saved “{title}”."));
                    }
                    Err(refusal) => next.message = Some(refusal.to_string()),
                }
            }
            MineAction::Remove(id) => {
                let mut data = (*next.data).clone();
                if let Some((at, article)) = data.remove(&id) {
                    next.data = Rc::new(data);
                    next.dropped.push(id);
                    let title = article.title.clone();
                    next.undo = Some((at, article));
                    next.changed(format!("Removed “{title}”."));
                }
            }
            MineAction::Undo => {
                if let Some((at, article)) = next.undo.take() {
                    let mut data = (*next.data).clone();
                    let title = article.title.clone();
                    next.dropped.retain(|d| *d != article.id);
                    data.reinsert(at, article);
                    next.data = Rc::new(data);
                    next.changed(format!("Restored “{title}”."));
                }
            }
            MineAction::Rename(id, title, at) => {
                let mut data = (*next.data).clone();
                if data.rename(&id, &title, &at) {
                    next.data = Rc::new(data);
                    next.changed("Renamed.".to_string());
                }
            }
            MineAction::Correct(id, c) => {
                let mut data = (*next.data).clone();
                let what = c.kind.map_or("Highlight removed.".to_string(), |k| format!("Marked as {}.", k.as_str()));
                if data.correct(&id, c) {
                    next.data = Rc::new(data);
                    next.changed(what);
                } else {
                    next.message = Some("That selection cannot be corrected: select words within one paragraph.".to_string());
                }
            }
            MineAction::Attribute(a) => {
                let mut data = (*next.data).clone();
                let mut view = a.view;
                if let Some((name, affiliation)) = &a.new_analyst {
                    view.analyst = data.add_analyst(name, affiliation);
                }
                if let Some((label, definition)) = &a.new_viewpoint {
                    match data.add_viewpoint(label, definition, a.builtin_viewpoints) {
                        Ok(id) => view.viewpoints.push(id),
                        Err(refusal) => {
                            next.message = Some(refusal.to_string());
                            return Rc::new(next);
                        }
                    }
                }
                if view.analyst.trim().is_empty() {
                    next.message = Some("Choose who says it, or name a new analyst.".to_string());
                } else if data.add_view(&a.article, view) {
                    next.data = Rc::new(data);
                    next.changed("View attributed.".to_string());
                } else {
                    next.message = Some("That selection cannot hold a view: select words within one paragraph.".to_string());
                }
            }
            MineAction::Import(incoming) => {
                let mut data = (*next.data).clone();
                let report = data.merge(incoming);
                next.data = Rc::new(data);
                next.changed(format!("Import: {report}"));
            }
            MineAction::HostAdd(article) => {
                if !next.host.iter().any(|a| a.hash == article.hash) {
                    let mut host = (*next.host).clone();
                    next.last_added = Some(article.id.clone());
                    host.push(article);
                    next.host = Rc::new(host);
                }
            }
            MineAction::Saved(revision, stored) => {
                next.saved = revision.max(next.saved);
                next.status = Status::Stored;
                let merged = absorb(&next.data, stored, &next.dropped);
                if merged != *next.data {
                    next.data = Rc::new(merged);
                }
            }
            MineAction::SaveFailed(p) => next.status = Status::Memory(p),
            MineAction::External(stored) => {
                // With nothing of its own waiting to be saved, this tab takes
                // what the other wrote, removals included; else it keeps its
                // work and adds theirs, and saves the union.
                let merged = if next.pending() { absorb(&next.data, stored, &next.dropped) } else { stored };
                if merged != *next.data {
                    next.data = Rc::new(merged);
                }
                // What it told us of, it read: another tab reset what was
                // unreadable, and this tab's work can be saved again.
                if matches!(next.status, Status::Memory(Problem::Unreadable(_))) {
                    next.status = Status::Stored;
                }
            }
            MineAction::Reset(stored) => {
                next.status = Status::Stored;
                next.saved = next.revision;
                if stored != *next.data {
                    next.data = Rc::new(stored);
                }
                next.message = Some("Storage was reset to the articles shown here.".to_string());
            }
            MineAction::Say(m) => next.message = Some(m),
        }
        if next == *self {
            self
        } else {
            Rc::new(next)
        }
    }
}

/// `page`, the single file's text, without its pre-rendered view (see
/// `scripts/single-file.mjs`): a downloaded reader shows its own articles,
/// never the built-in default view first.
pub fn without_prerender(page: &str) -> String {
    const OPEN: &str = "<div id=\"prerender\">";
    const CLOSE: &str = "</div><!--/prerender-->";
    match (page.find(OPEN), page.find(CLOSE)) {
        (Some(start), Some(end)) if start < end => format!("{}{}", &page[..start], &page[end + CLOSE.len()..]),
        _ => page.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use bamboo_core::Block;

    fn article(text: &str) -> UserArticle {
        UserArticle::new(text, vec![Block::Paragraph(text.into())], "2026-11-29")
    }

    fn run(actions: Vec<MineAction>) -> Rc<Mine> {
        actions.into_iter().fold(Rc::new(Mine::default()), |m, a| m.reduce(a))
    }

    #[test]
    fn remove_then_undo_restores_the_article_in_place() {
        let loaded = MineAction::Loaded { stored: Ok(UserData::default()), file: None };
        let m = run(vec![loaded, MineAction::Add(article("One.")), MineAction::Add(article("Two."))]);
        let ids: Vec<String> = m.data.articles.iter().map(|a| a.id.clone()).collect();
        let m = m.reduce(MineAction::Remove(ids[0].clone()));
        assert_eq!(m.data.articles.len(), 1);
        assert_eq!(m.dropped, vec![ids[0].clone()]);
        let m = m.reduce(MineAction::Undo);
        let after: Vec<String> = m.data.articles.iter().map(|a| a.id.clone()).collect();
        assert_eq!(after, ids);
        assert!(m.dropped.is_empty());
        assert_eq!(m.revision, 4);
    }

    #[test]
    fn a_failed_save_keeps_the_work_in_memory() {
        let m = run(vec![MineAction::Loaded { stored: Ok(UserData::default()), file: None }, MineAction::Add(article("Kept."))]);
        let m = m.reduce(MineAction::SaveFailed(Problem::Full));
        assert_eq!(m.status, Status::Memory(Problem::Full));
        assert_eq!(m.data.articles.len(), 1);
        assert!(m.pending());
    }

    #[test]
    fn refusals_say_why_and_change_nothing() {
        let m = run(vec![MineAction::Loaded { stored: Ok(UserData::default()), file: None }, MineAction::Add(article("Same.")), MineAction::Add(article("Same."))]);
        assert_eq!(m.data.articles.len(), 1);
        assert_eq!(m.revision, 1);
        assert!(m.message.as_deref().unwrap().contains("already saved"), "{:?}", m.message);
    }

    #[test]
    fn unreadable_storage_is_never_written() {
        let m = run(vec![MineAction::Loaded { stored: Err(Problem::Unreadable(bamboo_core::DecodeError::FutureVersion(9))), file: None }]);
        assert!(!m.writable());
        let m = m.reduce(MineAction::Add(article("New.")));
        assert!(!m.writable());
        assert!(m.reduce(MineAction::Reset(UserData::default())).writable());
    }

    #[test]
    fn a_downloaded_reader_brings_its_articles() {
        let mut data = UserData::default();
        data.add(article("From the teacher.")).unwrap();
        let m = run(vec![MineAction::Loaded { stored: Ok(UserData::default()), file: Some(ReaderFile { builtin: false, data }) }]);
        assert_eq!(m.data.articles.len(), 1);
        assert!(!m.builtin);
        assert!(m.pending(), "the file's articles are saved in this browser too");
    }

    #[test]
    fn a_downloaded_reader_leaves_out_the_prerendered_view() {
        let rows = [
            ("<body><div id=\"app\"></div><div id=\"prerender\"><div><p>x</p></div></div><!--/prerender-->\n<script>", "<body><div id=\"app\"></div>\n<script>"),
            ("<body><script>", "<body><script>"),
            ("</div><!--/prerender--><div id=\"prerender\">", "</div><!--/prerender--><div id=\"prerender\">"),
        ];
        for (page, want) in rows {
            assert_eq!(without_prerender(page), want);
        }
    }
}
