//! Case and diacritic folding, with a map from folded bytes back to the
//! original text.
//!
//! "Nguyễn Phú Trọng", "NGUYEN PHU TRONG" and "Nguyen Phu Trong" all fold to
//! `nguyen phu trong`. Folding works one original character at a time, so
//! every folded byte knows the original character it came from, and a match
//! in folded text maps back to exact byte offsets in the original.
//!
//! Canonical decomposition (NFD) comes from the `unicode-normalization`
//! crate natively (feature `native-fold`), and in the browser from the
//! platform's own `String.prototype.normalize`, which costs the wasm nothing.
//! Both then drop the same combining marks and lowercase the same way; a
//! browser test checks that they agree on the whole corpus.

/// Folded text and, for each of its bytes, the byte range of the original
/// character it came from.
pub(crate) struct Folded {
    pub text: String,
    starts: Vec<u32>,
    ends: Vec<u32>,
}

impl Folded {
    pub fn new(original: &str) -> Self {
        let mut text = String::with_capacity(original.len());
        let mut starts = Vec::with_capacity(original.len());
        let mut ends = Vec::with_capacity(original.len());
        let mut scratch = String::new();
        for (i, c) in original.char_indices() {
            scratch.clear();
            fold_char(c, &mut scratch);
            text.push_str(&scratch);
            let end = (i + c.len_utf8()) as u32;
            starts.extend(std::iter::repeat_n(i as u32, scratch.len()));
            ends.extend(std::iter::repeat_n(end, scratch.len()));
        }
        Folded { text, starts, ends }
    }

    /// The original byte range of folded bytes `start..end` (non-empty).
    pub fn original_range(&self, start: usize, end: usize) -> (usize, usize) {
        (self.starts[start] as usize, self.ends[end - 1] as usize)
    }
}

/// `s` folded: lowercase, without diacritics, with curly apostrophes straight.
pub fn fold(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        fold_char(c, &mut out);
    }
    out
}

/// Appends the folded form of `c` to `out`.
pub(crate) fn fold_char(c: char, out: &mut String) {
    if c.is_ascii() {
        out.push(c.to_ascii_lowercase());
        return;
    }
    match c {
        '’' | '‘' | 'ʼ' => out.push('\''),
        'đ' | 'Đ' => out.push('d'),
        _ => decompose(c, &mut |d| {
            if !is_combining_mark(d) {
                out.extend(d.to_lowercase());
            }
        }),
    }
}

/// Combining diacritical marks, as NFD separates them from their base letter.
fn is_combining_mark(c: char) -> bool {
    matches!(c, '\u{0300}'..='\u{036F}' | '\u{1AB0}'..='\u{1AFF}' | '\u{1DC0}'..='\u{1DFF}' | '\u{20D0}'..='\u{20FF}' | '\u{FE20}'..='\u{FE2F}')
}

#[cfg(all(target_arch = "wasm32", not(feature = "native-fold")))]
fn decompose(c: char, emit: &mut impl FnMut(char)) {
    decompose_js(c, emit)
}

#[cfg(feature = "native-fold")]
fn decompose(c: char, emit: &mut impl FnMut(char)) {
    decompose_native(c, emit)
}

#[cfg(not(any(target_arch = "wasm32", feature = "native-fold")))]
compile_error!("bamboo-core needs the `native-fold` feature outside the browser");

/// NFD of one character with `unicode-normalization`.
#[cfg(feature = "native-fold")]
pub fn decompose_native(c: char, emit: &mut impl FnMut(char)) {
    unicode_normalization::char::decompose_canonical(c, emit)
}

/// NFD of one character with the browser's `String.prototype.normalize`,
/// cached per character.
#[cfg(target_arch = "wasm32")]
pub fn decompose_js(c: char, emit: &mut impl FnMut(char)) {
    use std::cell::RefCell;
    use std::collections::HashMap;
    thread_local! {
        static CACHE: RefCell<HashMap<char, String>> = RefCell::new(HashMap::new());
    }
    CACHE.with(|cache| {
        let mut cache = cache.borrow_mut();
        let nfd = cache.entry(c).or_insert_with(|| {
            let s = js_sys::JsString::from(c.to_string());
            String::from(s.normalize("NFD"))
        });
        nfd.chars().for_each(&mut *emit);
    });
}

/// Folding with each decomposition, for the browser test that they agree.
#[cfg(all(target_arch = "wasm32", feature = "native-fold"))]
pub fn fold_both(s: &str) -> (String, String) {
    let run = |decomp: &dyn Fn(char, &mut dyn FnMut(char))| {
        let mut out = String::new();
        for c in s.chars() {
            match c {
                _ if c.is_ascii() => out.push(c.to_ascii_lowercase()),
                '’' | '‘' | 'ʼ' => out.push('\''),
                'đ' | 'Đ' => out.push('d'),
                _ => decomp(c, &mut |d| {
                    if !is_combining_mark(d) {
                        out.extend(d.to_lowercase());
                    }
                }),
            }
        }
        out
    };
    (run(&|c, f| decompose_native(c, &mut |d| f(d))), run(&|c, f| decompose_js(c, &mut |d| f(d))))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fold_table() {
        let rows = [
            ("Nguyễn Phú Trọng", "nguyen phu trong"),
            ("NGUYEN PHU TRONG", "nguyen phu trong"),
            ("Đà Nẵng", "da nang"),
            ("Trong’s", "trong's"),
            ("Tô Lâm", "to lam"),
            ("Hà Nội", "ha noi"),
            ("Trọ\u{0323}ng", "trong"),
            ("", ""),
            ("🎋 bamboo", "🎋 bamboo"),
            ("İstanbul", "istanbul"),
        ];
        for (input, want) in rows {
            assert_eq!(fold(input), want, "{input:?}");
        }
    }

    #[test]
    fn folded_offsets_map_back_to_original_characters() {
        let original = "Ông Nguyễn Phú Trọng’s visit";
        let folded = Folded::new(original);
        assert_eq!(folded.text, "ong nguyen phu trong's visit");
        let s = folded.text.find("nguyen phu trong").unwrap();
        let (a, b) = folded.original_range(s, s + "nguyen phu trong".len());
        assert_eq!(&original[a..b], "Nguyễn Phú Trọng");
    }

    #[test]
    fn a_combining_mark_maps_to_nothing_and_stays_in_the_original() {
        let original = "Tro\u{0323}ng";
        let folded = Folded::new(original);
        assert_eq!(folded.text, "trong");
        assert_eq!(folded.original_range(0, 5), (0, original.len()));
    }
}
