//! The reader's own data in IndexedDB, through `idb`.
//!
//! One database, `bamboo-reader`, with one object store, `user`, holding one
//! record: the JSON of [`UserData`] under the key `data`. Every write is one
//! read-write transaction that reads what is stored, folds it into what is
//! written ([`absorb`]) and puts the result, so two tabs writing at once
//! never drop each other's articles. The JSON is the same as an export, so
//! the codec, its version check and its migrations are the core's.
//!
//! Natively (the unit tests) every function reports storage as missing.

use bamboo_core::{DecodeError, UserData};

/// Why storage did not do what was asked.
#[derive(Clone, Debug, PartialEq)]
pub enum Problem {
    /// No IndexedDB here (a sandboxed frame, some private modes, file:// in
    /// some browsers), or it refused to open.
    Unavailable(String),
    /// The browser's quota for this page is used up.
    Full,
    /// What is stored cannot be read.
    Unreadable(DecodeError),
    /// A write failed for another reason.
    Failed(String),
}

impl Problem {
    /// What happened, for the notice.
    pub fn describe(&self) -> String {
        match self {
            Problem::Unavailable(why) => format!("This browser keeps no data for this page ({why}). Your articles are kept only until the page is closed."),
            Problem::Full => "The browser's storage for this page is full, so your latest changes are not saved. They are kept until the page is closed.".to_string(),
            Problem::Unreadable(e) => format!("{e} Nothing was changed; your saved articles cannot be shown until it is reset."),
            Problem::Failed(why) => format!("Saving failed ({why}). Your changes are kept until the page is closed."),
        }
    }
}

/// Folds `stored` into `ours`: every article of ours (with the corrections
/// and views only `stored` has, see `UserArticle::merged_with`), then the
/// stored articles ours lacks, unless `dropped` says this tab removed them;
/// likewise analysts and viewpoints.
pub fn absorb(ours: &UserData, stored: UserData, dropped: &[String]) -> UserData {
    let mut out = ours.clone();
    for a in &mut out.articles {
        if let Some(s) = stored.find(&a.id) {
            *a = a.clone().merged_with(s);
        }
    }
    for s in stored.articles {
        if out.find(&s.id).is_none() && !dropped.contains(&s.id) && !out.articles.iter().any(|a| a.hash == s.hash) {
            out.articles.push(s);
        }
    }
    for s in stored.analysts {
        if !out.analysts.iter().any(|a| a.id == s.id) {
            out.analysts.push(s);
        }
    }
    for s in stored.viewpoints {
        if !out.viewpoints.iter().any(|v| v.id == s.id) {
            out.viewpoints.push(s);
        }
    }
    out
}

#[cfg(target_arch = "wasm32")]
mod idb {
    use super::*;
    use ::idb::{Database, DatabaseEvent, Error, Factory, ObjectStoreParams, TransactionMode};
    use wasm_bindgen::JsValue;

    const DB: &str = "bamboo-reader";
    const STORE: &str = "user";
    const KEY: &str = "data";

    const NEWER: &str = "a newer Bamboo Reader in another tab has upgraded this browser's storage; reload this page to save with it";

    fn problem(e: Error) -> Problem {
        let text = e.to_string();
        if text.contains("QuotaExceeded") {
            Problem::Full
        } else if text.contains("VersionError") || text.contains("InvalidStateError") {
            // A newer reader in another tab upgraded the database (this
            // tab's connection was closed for it, or cannot open it).
            Problem::Failed(NEWER.to_string())
        } else {
            Problem::Failed(text)
        }
    }

    /// Opens the database, creating its store on first use, and closes it
    /// when another tab asks to upgrade it. (`idb` directly, without its
    /// builder: the builder's bookkeeping and panics cost the bundle
    /// kilobytes for one store.)
    pub async fn open() -> Result<Database, Problem> {
        let has_idb = web_sys::window().and_then(|w| w.indexed_db().ok().flatten()).is_some();
        if !has_idb {
            return Err(Problem::Unavailable("no IndexedDB".into()));
        }
        let opened = async {
            let mut request = Factory::new()?.open(DB, Some(1))?;
            request.on_upgrade_needed(|event| {
                if let Ok(db) = event.database() {
                    if !db.store_names().iter().any(|n| n == STORE) {
                        // A failure shows when the store is first used.
                        let _ = db.create_object_store(STORE, ObjectStoreParams::new());
                    }
                }
            });
            let mut db = request.await?;
            db.on_version_change(|event| {
                if let Ok(db) = event.database() {
                    db.close();
                }
            });
            Ok::<_, Error>(db)
        };
        opened.await.map_err(|e| match problem(e) {
            Problem::Failed(why) if why != NEWER => Problem::Unavailable(why),
            p => p,
        })
    }

    fn decode(value: Option<JsValue>) -> Result<UserData, Problem> {
        match value.and_then(|v| v.as_string()) {
            None => Ok(UserData::default()),
            Some(json) => UserData::decode(&json).map_err(Problem::Unreadable),
        }
    }

    pub async fn load(db: &Database) -> Result<UserData, Problem> {
        let read = async {
            let tx = db.transaction(&[STORE], TransactionMode::ReadOnly)?;
            let value = tx.object_store(STORE)?.get(JsValue::from_str(KEY))?.await?;
            tx.await?;
            Ok::<_, Error>(value)
        };
        decode(read.await.map_err(problem)?)
    }

    /// A read-write transaction, its store, and what the store holds now:
    /// every write reads first, in the same transaction.
    async fn read_for_write(db: &Database) -> Result<(::idb::Transaction, ::idb::ObjectStore, Result<UserData, Problem>), Problem> {
        let tx = db.transaction(&[STORE], TransactionMode::ReadWrite).map_err(problem)?;
        let store = tx.object_store(STORE).map_err(problem)?;
        let stored = decode(store.get(JsValue::from_str(KEY)).map_err(problem)?.await.map_err(problem)?);
        Ok((tx, store, stored))
    }

    pub async fn save(db: &Database, ours: &UserData, dropped: &[String]) -> Result<UserData, Problem> {
        let (tx, store, stored) = read_for_write(db).await?;
        let merged = absorb(ours, stored?, dropped);
        put(tx, store, &merged).await?;
        Ok(merged)
    }

    async fn put(tx: ::idb::Transaction, store: ::idb::ObjectStore, data: &UserData) -> Result<(), Problem> {
        let write = async {
            store.put(&JsValue::from_str(&data.encode()), Some(&JsValue::from_str(KEY)))?.await?;
            Ok::<_, Error>(tx.await?.is_committed())
        };
        // A put can succeed and its transaction still abort at commit: that
        // is how browsers report a quota used up by the write.
        match write.await.map_err(problem)? {
            true => Ok(()),
            false => Err(Problem::Full),
        }
    }

    /// Reset, the reader's choice after unreadable data: what is stored
    /// becomes `ours`, if it is still unreadable. If another tab has reset
    /// it meanwhile, it is readable again, and this is an ordinary save
    /// that keeps that tab's articles too. One transaction, like `save`.
    pub async fn reset(db: &Database, ours: &UserData, dropped: &[String]) -> Result<UserData, Problem> {
        let (tx, store, stored) = read_for_write(db).await?;
        let data = match stored {
            Ok(stored) => absorb(ours, stored, dropped),
            Err(Problem::Unreadable(_)) => ours.clone(),
            Err(p) => return Err(p),
        };
        put(tx, store, &data).await?;
        Ok(data)
    }
}

#[cfg(target_arch = "wasm32")]
pub use idb::{load, open, reset, save};
#[cfg(target_arch = "wasm32")]
pub type Db = ::idb::Database;

#[cfg(test)]
mod tests {
    use super::*;
    use bamboo_core::{Block, Correction, EntityKind, UserArticle};

    fn article(text: &str) -> UserArticle {
        UserArticle::new(text, vec![Block::Paragraph(text.into())], "2026-11-29")
    }

    #[test]
    fn absorb_keeps_both_tabs_work() {
        let mut ours = UserData::default();
        ours.add(article("Ours alone.")).unwrap();
        let shared = ours.add(article("In both tabs.")).unwrap();
        let mut stored = ours.clone();
        stored.articles.retain(|a| a.id == shared);
        stored.add(article("Theirs alone.")).unwrap();
        let gone = stored.add(article("Removed here.")).unwrap();
        let c = Correction { block: 0, start: 0, end: 2, kind: Some(EntityKind::Place), entity: None };
        assert!(stored.correct(&shared, c.clone()));
        let merged = absorb(&ours, stored, &[gone]);
        let titles: Vec<&str> = merged.articles.iter().map(|a| a.title.as_str()).collect();
        assert_eq!(titles, ["Ours alone.", "In both tabs.", "Theirs alone."]);
        assert_eq!(merged.find(&shared).unwrap().corrections, vec![c]);
    }
}
