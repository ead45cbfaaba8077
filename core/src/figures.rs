//! Figures: the amounts of money, percentages and counts of things in a
//! paragraph of English news text, found so that articles which state the
//! same quantity can be put side by side ("$230.2 billion" against "USD 165
//! billion").
//!
//! [`find_figures`] runs on every paragraph in the browser, so it is a small
//! hand-written tokenizer, not a regular expression engine. The text is cut
//! into words, numbers (digits with thousands commas and a decimal point)
//! and single symbols, each knowing whether white space comes before it. A
//! figure is a number (digits, number words such as "thirteen" or
//! "twenty-one", or "a" before a scale word: "a billion") with its scale
//! words ("230.2 billion", "$3bn"), then one of:
//!
//! * **money**: a currency before it (`$`, `US$`, `€`, `£`, `₫`, or a code
//!   such as `USD`, `VND`) or after it (`dollars`, `yuan`, `euros`, `dong`,
//!   `yen`, a code). "Dollars" alone are US dollars;
//! * **a percentage**: `%`, `percent` or `per cent` after it;
//! * **a count**: a plural countable noun right after it, with at most two
//!   words before the noun ("14 cooperation documents", "two foreign oil
//!   companies"). The noun phrase, lowercased, is the unit.
//!
//! Precision matters more than recall, so these are never figures:
//!
//! * a number touching a letter, digit or dash on either side: ordinals
//!   ("15th", "the 20th Congress"), "COVID-19", "21-cannon", "111BC",
//!   ranges "2023–2024", times "10:30", ISO dates; word ordinals ("first",
//!   "third") are not number words at all;
//! * numbers next to other numbers, with a leading zero or a `+` before
//!   them: phone numbers and codes;
//! * as counts: bare years (four digits from 1000 to 2100 without a
//!   comma), anything not followed by a plural noun (dates such as "30
//!   October", "Oct 30, 2022", "two of", "one of the …"), a lone "one" or
//!   "1" (the pronoun, and singular nouns), durations ("two weeks", "100
//!   years ago"), numbers after a reference word ("Article 4", "paragraph
//!   2"), and numbers after a determiner ("the two countries", "the
//!   remaining three countries", "these two factors"): those refer back
//!   to a group the text already named rather than state a quantity.

use serde::{Deserialize, Serialize};

/// One figure in a text: the byte range `start..end` of its words, its
/// value with scale words applied, and its unit.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Figure {
    pub start: usize,
    pub end: usize,
    pub value: f64,
    pub unit: Unit,
}

/// What a figure counts.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Unit {
    /// An ISO 4217 currency code: "USD", "EUR", "CNY", "VND", "GBP", "JPY".
    Money(String),
    Percent,
    /// The counted noun phrase, lowercase: "cooperation documents".
    Count(String),
}

impl Unit {
    /// "money", "percent" or "count": figures of different kinds never compare.
    pub fn kind(&self) -> &'static str {
        match self {
            Unit::Money(_) => "money",
            Unit::Percent => "percent",
            Unit::Count(_) => "count",
        }
    }
}

impl Figure {
    /// The figure in words: "230.2 billion USD", "39%", "14 cooperation documents".
    pub fn describe(&self) -> String {
        match &self.unit {
            Unit::Money(code) => format!("{} {code}", number_words(self.value)),
            Unit::Percent => format!("{}%", decimals(self.value)),
            Unit::Count(noun) => format!("{} {noun}", number_words(self.value)),
        }
    }
}

/// How far the highest value is above the lowest, as a percentage of the
/// lowest: `[165.0, 230.2]` gives 39.5… ("the highest is 39% above the
/// lowest"). `None` for fewer than two values, or a lowest that is not
/// above zero.
pub fn spread(values: &[f64]) -> Option<f64> {
    let low = values.iter().copied().fold(f64::INFINITY, f64::min);
    let high = values.iter().copied().fold(f64::NEG_INFINITY, f64::max);
    (values.len() >= 2 && low > 0.0 && high.is_finite()).then(|| (high - low) / low * 100.0)
}

/// `v` with a scale word from a million up: "230.2 billion", "3,200".
fn number_words(v: f64) -> String {
    for (scale, word) in [(1e12, "trillion"), (1e9, "billion"), (1e6, "million")] {
        if v >= scale {
            return format!("{} {word}", decimals(v / scale));
        }
    }
    decimals(v)
}

/// `v` with at most two decimals, none when whole, and thousands commas.
fn decimals(v: f64) -> String {
    let text = format!("{:.2}", v);
    let text = text.trim_end_matches('0').trim_end_matches('.');
    let (whole, fraction) = text.split_once('.').map_or((text, ""), |(w, f)| (w, f));
    let mut out = String::new();
    for (i, c) in whole.chars().enumerate() {
        if i > 0 && (whole.len() - i) % 3 == 0 && c.is_ascii_digit() {
            out.push(',');
        }
        out.push(c);
    }
    if !fraction.is_empty() {
        out.push('.');
        out.push_str(fraction);
    }
    out
}

// ---- tokens ---------------------------------------------------------------

#[derive(Clone, Copy, PartialEq)]
enum Kind {
    Word,
    /// Digits, with thousands commas and a decimal point.
    Num,
    Sym,
}

#[derive(Clone, Copy)]
struct Token<'a> {
    kind: Kind,
    text: &'a str,
    start: usize,
    end: usize,
    /// White space (or the start of the text) comes before it.
    spaced: bool,
}

fn is_apostrophe(c: char) -> bool {
    c == '\'' || c == '’'
}

fn tokenize(text: &str) -> Vec<Token<'_>> {
    let mut tokens = Vec::new();
    let mut chars = text.char_indices().peekable();
    let mut spaced = true;
    while let Some((start, c)) = chars.next() {
        if c.is_whitespace() {
            spaced = true;
            continue;
        }
        let mut end = start + c.len_utf8();
        let kind = if c.is_alphabetic() {
            // Letters, with single hyphens or apostrophes between letters.
            while let Some(&(i, d)) = chars.peek() {
                let joined = (d == '-' || is_apostrophe(d)) && text[i + d.len_utf8()..].chars().next().is_some_and(char::is_alphabetic);
                if !(d.is_alphabetic() || joined) {
                    break;
                }
                chars.next();
                end = i + d.len_utf8();
            }
            Kind::Word
        } else if c.is_ascii_digit() {
            // Digits, ",ddd" groups (exactly three digits) and one ".d…" part.
            let mut point = false;
            while let Some(&(i, d)) = chars.peek() {
                let rest = &text.as_bytes()[i + 1..];
                let digits = rest.iter().take_while(|b| b.is_ascii_digit()).count();
                if d.is_ascii_digit() {
                    end = i + 1;
                    chars.next();
                } else if d == ',' && !point && digits == 3 {
                    end = i + 4;
                    chars.nth(3);
                } else if d == '.' && !point && digits > 0 {
                    point = true;
                    end = i + 1;
                    chars.next();
                } else {
                    break;
                }
            }
            Kind::Num
        } else {
            Kind::Sym
        };
        tokens.push(Token { kind, text: &text[start..end], start, end, spaced });
        spaced = false;
    }
    tokens
}

// ---- vocabulary -------------------------------------------------------------

fn unit_word(w: &str) -> Option<f64> {
    const UNITS: [&str; 20] = [
        "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "thirteen",
        "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen",
    ];
    const TENS: [&str; 8] = ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"];
    if let Some(i) = UNITS.iter().position(|u| u.eq_ignore_ascii_case(w)) {
        return Some(i as f64);
    }
    TENS.iter().position(|t| t.eq_ignore_ascii_case(w)).map(|i| (i as f64 + 2.0) * 10.0)
}

/// "thirteen" → 13, "Twenty-one" → 21; no allocation, as it is tried on
/// every word.
fn number_word(w: &str) -> Option<f64> {
    match w.split_once('-') {
        Some((tens, unit)) => {
            let (t, u) = (unit_word(tens)?, unit_word(unit)?);
            (t >= 20.0 && (1.0..10.0).contains(&u)).then_some(t + u)
        }
        None => unit_word(w).filter(|&v| v > 0.0),
    }
}

fn scale_word(w: &str) -> Option<f64> {
    Some(match w {
        "hundred" => 1e2,
        "thousand" => 1e3,
        "million" => 1e6,
        "billion" => 1e9,
        "trillion" => 1e12,
        _ => return None,
    })
}

/// Scale abbreviations written against money digits: "$3bn", "$60m".
fn scale_suffix(w: &str) -> Option<f64> {
    Some(match w {
        "k" | "K" => 1e3,
        "m" | "mn" | "M" => 1e6,
        "b" | "bn" | "B" => 1e9,
        "tn" | "trn" => 1e12,
        _ => return None,
    })
}

fn currency_code(w: &str) -> Option<&'static str> {
    Some(match w {
        "USD" => "USD",
        "EUR" => "EUR",
        "CNY" | "RMB" => "CNY",
        "VND" => "VND",
        "JPY" => "JPY",
        "GBP" => "GBP",
        _ => return None,
    })
}

fn currency_symbol(s: &str) -> Option<&'static str> {
    Some(match s {
        "$" => "USD",
        "€" => "EUR",
        "£" => "GBP",
        "₫" => "VND",
        _ => return None,
    })
}

/// A currency named after the amount: "dollars", "yuan", or a code.
fn currency_after(w: &str) -> Option<&'static str> {
    Some(match w.to_lowercase().as_str() {
        "dollars" => "USD",
        "euros" => "EUR",
        "yuan" | "renminbi" => "CNY",
        "dong" => "VND",
        "yen" => "JPY",
        _ => return currency_code(w),
    })
}

const STOP: &[&str] = &[
    "a", "about", "after", "ago", "all", "also", "an", "and", "any", "are", "as", "at", "be", "been", "before", "between", "both",
    "but", "by", "can", "could", "did", "do", "does", "down", "each", "every", "for", "from", "had", "has", "have", "he", "her",
    "his", "how", "i", "if", "in", "into", "is", "it", "its", "just", "less", "may", "more", "most", "must", "my", "no", "not",
    "of", "off", "on", "only", "or", "our", "out", "over", "per", "she", "should", "since", "so", "some", "such", "than", "that",
    "the", "their", "them", "these", "they", "this", "those", "thus", "to", "under", "up", "us", "was", "we", "were", "what",
    "when", "where", "which", "while", "who", "whose", "will", "with", "would", "yes", "you", "your",
];

/// Durations, and "times", never make a count.
const TIME: &[&str] = &["years", "months", "weeks", "days", "hours", "minutes", "seconds", "decades", "centuries", "nights", "times"];

/// Before these a number points into a document, it does not count.
const REFERENCE: &[&str] = &[
    "article", "paragraph", "section", "clause", "chapter", "page", "no", "number", "resolution", "decree", "item", "point",
    "part", "annex", "appendix", "figure", "table", "volume", "vol", "issue", "route", "highway", "flight", "room", "level",
];

/// Before these a count refers back to a group already named.
const DETERMINERS: &[&str] = &["the", "these", "those", "its", "their", "our", "his", "her", "my", "your", "whose"];

fn is_plural(w: &str) -> bool {
    let lower = w.to_lowercase();
    let acronym = w.chars().filter(|c| c.is_uppercase()).count() >= 2;
    if acronym || w.contains(is_apostrophe) || STOP.contains(&lower.as_str()) {
        return false;
    }
    matches!(lower.as_str(), "people" | "children" | "men" | "women" | "feet" | "personnel" | "staff" | "police")
        || (lower.len() >= 3 && lower.ends_with('s') && !["ss", "us", "is"].iter().any(|e| lower.ends_with(e)))
}

// ---- parsing ------------------------------------------------------------------

/// Every figure in `text`, in order and without overlaps, as byte ranges.
/// Never panics; text without figures gives an empty list.
pub fn find_figures(text: &str) -> Vec<Figure> {
    let tokens = tokenize(text);
    let mut figures = Vec::new();
    let mut i = 0;
    while i < tokens.len() {
        match figure_at(&tokens, i) {
            Some((figure, next)) => {
                figures.push(figure);
                i = next;
            }
            None => i += 1,
        }
    }
    figures
}

/// A number starting at token `i`: its value, whether scale words came
/// with it, whether it looks like a year, and the index after it.
struct Number {
    value: f64,
    scaled: bool,
    year_like: bool,
    next: usize,
}

fn number_at(t: &[Token], i: usize, money: bool) -> Option<Number> {
    let tok = t.get(i)?;
    let (mut value, digits, mut next) = match tok.kind {
        Kind::Num => (parse_digits(tok.text)?, true, i + 1),
        Kind::Word if tok.text.eq_ignore_ascii_case("a") || tok.text.eq_ignore_ascii_case("an") => {
            let w = t.get(i + 1).filter(|w| w.spaced && w.kind == Kind::Word)?.text;
            (scale_word(w).or((w == "dozen").then_some(12.0))?, false, i + 2)
        }
        Kind::Word => (number_word(tok.text)?, false, i + 1),
        Kind::Sym => return None,
    };
    let year_like = digits && tok.text.len() == 4 && (1000.0..=2100.0).contains(&value);
    let mut scaled = next > i + 1;
    if money && digits {
        if let Some(s) = t.get(next).filter(|s| !s.spaced && s.kind == Kind::Word).and_then(|s| scale_suffix(s.text)) {
            value *= s;
            next += 1;
            scaled = true;
        }
    }
    while let Some(s) = t.get(next).filter(|s| s.spaced && s.kind == Kind::Word).and_then(|s| scale_word(s.text)) {
        value *= s;
        next += 1;
        scaled = true;
    }
    // Touching letters, digits or a joining symbol on the right: "15th", "21-cannon", "10:30".
    if let Some(after) = t.get(next).filter(|a| !a.spaced) {
        let joined = matches!(after.text, "-" | "–" | "—" | ":" | "/" | "." | ",") && t.get(next + 1).is_some_and(|n| !n.spaced && n.kind != Kind::Sym);
        if after.kind != Kind::Sym || joined {
            return None;
        }
    }
    // A phone number or a code: next to another number, or with a leading zero.
    let neighbour = |j: Option<usize>| j.and_then(|j| t.get(j)).is_some_and(|n| n.kind == Kind::Num);
    if digits && (neighbour(i.checked_sub(1)) || neighbour(Some(next)) || (tok.text.starts_with('0') && tok.text.as_bytes().get(1).is_some_and(u8::is_ascii_digit))) {
        return None;
    }
    Some(Number { value, scaled, year_like, next })
}

/// Digits with thousands commas and a decimal part, computed exactly for
/// up to 15 digits: "230.2" is 2302 / 10.
fn parse_digits(s: &str) -> Option<f64> {
    let (whole, fraction) = s.split_once('.').unwrap_or((s, ""));
    let digits: String = whole.chars().chain(fraction.chars()).filter(char::is_ascii_digit).collect();
    if digits.len() > 15 {
        return None;
    }
    Some(digits.parse::<u64>().ok()? as f64 / 10f64.powi(fraction.len() as i32))
}

fn figure_at(t: &[Token], i: usize) -> Option<(Figure, usize)> {
    let tok = &t[i];
    // Touching a letter, digit or symbol on the left ("COVID-19", "+84"); an
    // opening bracket or quote is fine.
    if i > 0 && !tok.spaced && !matches!(t[i - 1].text, "(" | "[" | "“" | "\"" | "‘" | "'") {
        return None;
    }
    let figure = |end: usize, value: f64, unit: Unit, next: usize| Some((Figure { start: tok.start, end, value, unit }, next));

    // Money with the currency first: "$230.2 billion", "US$1.5 trillion", "VND 20 trillion".
    let (code, at) = match tok.kind {
        Kind::Sym => (currency_symbol(tok.text), i + 1),
        Kind::Word if tok.text == "US" && t.get(i + 1).is_some_and(|d| !d.spaced && d.text == "$") => (Some("USD"), i + 2),
        Kind::Word => (currency_code(tok.text), i + 1),
        Kind::Num => (None, i),
    };
    if let Some(code) = code {
        // A code is written apart from the digits, a symbol against them.
        let apart = tok.kind == Kind::Word && at == i + 1;
        t.get(at).filter(|n| n.kind == Kind::Num && n.spaced == apart)?;
        let number = number_at(t, at, true)?;
        return figure(t[number.next - 1].end, number.value, Unit::Money(code.into()), number.next);
    }

    let number = number_at(t, i, false)?;
    let word = |k: usize| t.get(k).filter(|w| w.spaced && w.kind == Kind::Word);
    let lower = |k: usize| word(k).map(|w| w.text.to_lowercase());
    let n = number.next;
    // A percentage: "39%", "4.5 percent", "39 per cent".
    if let Some(a) = t.get(n).filter(|a| a.text == "%") {
        return figure(a.end, number.value, Unit::Percent, n + 1);
    }
    if lower(n).as_deref() == Some("percent") {
        return figure(t[n].end, number.value, Unit::Percent, n + 1);
    }
    if lower(n).as_deref() == Some("per") && lower(n + 1).as_deref() == Some("cent") {
        return figure(t[n + 1].end, number.value, Unit::Percent, n + 2);
    }
    // Money with the currency after: "200 million dollars", "2 billion yuan", "5 US dollars".
    if let Some(code) = word(n).and_then(|w| currency_after(w.text)) {
        return figure(t[n].end, number.value, Unit::Money(code.into()), n + 1);
    }
    if word(n).is_some_and(|w| w.text == "US") && lower(n + 1).as_deref() == Some("dollars") {
        return figure(t[n + 1].end, number.value, Unit::Money("USD".into()), n + 2);
    }

    // A count: a plural noun after the number, not a year, not a lone "one".
    if number.year_like || (number.value == 1.0 && !number.scaled) {
        return None;
    }
    let before = |k: usize| (i >= k && t[i - k + 1].spaced).then(|| &t[i - k]).filter(|w| w.kind == Kind::Word);
    if let Some(w) = before(1) {
        let w1 = w.text.to_lowercase();
        let adjective = w.text.chars().all(char::is_lowercase) && !STOP.contains(&w1.as_str());
        let the = before(2).is_some_and(|w2| w2.text.eq_ignore_ascii_case("the"));
        if DETERMINERS.contains(&w1.as_str()) || REFERENCE.contains(&w1.as_str()) || (adjective && the) {
            return None;
        }
    }
    let mut noun = Vec::new();
    for k in n..n + 3 {
        let w = word(k).filter(|_| k == n || t[k - 1].kind == Kind::Word)?;
        let l = w.text.to_lowercase();
        if STOP.contains(&l.as_str()) || TIME.contains(&l.as_str()) || w.text.contains(is_apostrophe) || number_word(&l).is_some() {
            return None;
        }
        noun.push(l);
        if is_plural(w.text) {
            return figure(w.end, number.value, Unit::Count(noun.join(" ")), k + 1);
        }
    }
    None
}

#[cfg(test)]
mod tests;
