//! Validates a corpus folder and prints every problem, `file:line: problem`.
//!
//! `cargo run -p bamboo-core --features load --example check_corpus -- corpus`

fn main() {
    let dir = std::env::args().nth(1).unwrap_or_else(|| "corpus".into());
    match bamboo_core::load_dir(std::path::Path::new(&dir)) {
        Ok(c) => println!("{dir}: valid: {} articles, {} entities, {} viewpoints, {} views, {} figure topics", c.articles.len(), c.entities.len(), c.viewpoints.len(), c.views.len(), c.figures.len()),
        Err(errors) => {
            errors.iter().for_each(|e| eprintln!("{e}"));
            std::process::exit(1);
        }
    }
}
