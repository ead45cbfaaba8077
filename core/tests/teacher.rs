//! The workflow in corpus/README.md: a teacher adds a sixth article, an
//! entity and an attributed view, and the corpus still loads.
#![cfg(feature = "load")]

use std::fs;
use std::path::{Path, PathBuf};

use bamboo_core::{load_dir, ArticleKind};

fn copy_dir(from: &Path, to: &Path) {
    fs::create_dir_all(to).unwrap();
    for entry in fs::read_dir(from).unwrap() {
        let entry = entry.unwrap();
        let target = to.join(entry.file_name());
        if entry.file_type().unwrap().is_dir() {
            copy_dir(&entry.path(), &target);
        } else {
            fs::copy(entry.path(), target).unwrap();
        }
    }
}

fn append(file: &Path, text: &str) {
    let mut content = fs::read_to_string(file).unwrap();
    content.push_str(text);
    fs::write(file, content).unwrap();
}

#[test]
fn a_sixth_article_from_the_fixture_loads() {
    let manifest = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    let fixture = manifest.join("tests/fixtures/sixth-article");
    let dir = std::env::temp_dir().join(format!("bamboo-teacher-{}", std::process::id()));
    let _ = fs::remove_dir_all(&dir);
    copy_dir(&manifest.join("../corpus"), &dir);
    copy_dir(&fixture.join("articles"), &dir.join("articles"));
    append(&dir.join("entities.toml"), &fs::read_to_string(fixture.join("entities.append.toml")).unwrap());
    let before = load_dir(&manifest.join("../corpus")).expect("the shipped corpus is valid");
    // The fixture's view uses whichever viewpoint the corpus defines first.
    let vp = &before.viewpoints[0].id;
    append(&dir.join("analysts.toml"), &fs::read_to_string(fixture.join("analysts.append.toml")).unwrap().replace("VIEWPOINT", vp));

    let corpus = load_dir(&dir).unwrap_or_else(|e| panic!("{}", e.iter().map(ToString::to_string).collect::<Vec<_>>().join("\n")));
    assert_eq!(corpus.articles.len(), before.articles.len() + 1);
    let ix = corpus.find_article("class-2024-sample-note").expect("the new article is loaded");
    let a = corpus.article(ix).unwrap();
    assert_eq!(a.kind, ArticleKind::Analysis);
    assert_eq!(a.paragraphs().count(), 2);
    assert!(corpus.entity("sample-analyst").is_some_and(|e| e.analyst));
    assert!(corpus.views.iter().any(|v| v.article == "class-2024-sample-note" && &v.viewpoints[0] == vp));
    fs::remove_dir_all(&dir).ok();
}
