//! The second pass: names the gazetteer lacks, guessed from runs of
//! capitalized words and the cues around and inside them. Every guess
//! carries its [`Cue`].
//!
//! A run of capitalized words (with connectors such as "of" between them)
//! is read in this order:
//!
//! 1. **Edges.** Leading articles, function words and a sentence-initial
//!    word the same text also writes in lowercase ("Through", "Police") are
//!    not part of a name. Titles and ranks ("Agency Chairman", "Lt. Col.")
//!    and honorifics ("Daw") are cues outside the span.
//! 2. **Things.** A run that opens with a vessel's, operation's or storm's
//!    word ("USS", "Operation"), ends in an event's or document's word
//!    ("Summit", "Act"), or is followed by a thing's noun ("app", "vessel")
//!    names no person, place or org: nothing in it is guessed.
//! 3. **Organizations and places as wholes**: ending in an organization
//!    word or a company form, "Ministry of …", a prefix form ("PT …"), a
//!    place word ("… Province"), a local place head ("Kampung …"), or a
//!    compass word before a known place ("North Sumatra"). Such a run may
//!    swallow a known name inside it ("U.S. Southern Command").
//! 4. **People**, after a title, before a speech verb, or as two to four
//!    name-shaped words (initials and suffixes included, "Mary K. Dalton",
//!    "Robert T. Hale Jr."). A later mention of one of its words ("Dalton
//!    said") is the same person.
//!
//! In a **headline** (a line mostly in title case), capitals prove nothing:
//! only cues and names the body establishes count. At the end, acronyms
//! defined in parentheses ("the Pacific Media Network (PMN)", "RFE/RL",
//! "1MDB") are learned for the rest of the text.

mod words;

use std::collections::{HashMap, HashSet};
use std::ops::Range;

use crate::model::EntityKind;
use crate::span::{is_word, Cue, Span};
use words::*;

/// A demonym, month, number or hyphenated adjective ("Hawaii-based",
/// "Vietnamese-claimed"): never the start of a name.
fn is_adjective(word: &str) -> bool {
    is_modifier(word) || word.rsplit('-').next().is_some_and(|last| word.contains('-') && last.chars().next().is_some_and(char::is_lowercase))
}

/// A demonym (or its plural, "Koreans"), month or number: never inside a
/// person's name. Unlike [`is_adjective`], "Jong-il" is no compound.
fn is_modifier(word: &str) -> bool {
    has(DEMONYMS, word)
        || word.strip_suffix('s').is_some_and(|w| has(DEMONYMS, w))
        || has(MONTHS_DAYS, word)
        || has(NUMBERS, word)
}

/// Word endings of common nouns and adjectives, rare in personal names:
/// "Economic Zone", "Cooperative Partnership", "Security Initiative".
fn looks_like_common_word(word: &str) -> bool {
    let w = word.to_lowercase();
    let w = w.strip_suffix('s').unwrap_or(&w);
    const ENDINGS: &[&str] = &["tion", "sion", "ment", "ive", "ship", "ity", "ness", "ance", "ence", "ing", "ism", "ist", "ous", "able", "ible", "ly", "ed", "ic", "ics", "ary", "ory", "ure", "ies"];
    (w.len() >= 5 && ENDINGS.iter().any(|e| w.ends_with(e))) || (w.len() >= 6 && w.ends_with("al"))
}

/// Most words of the line are capitalized and it does not end like a
/// sentence, as in a headline or subheading: capitals there are no evidence
/// of a name. Read once per line, when the text is tokenized.
fn title_case_line(line: &str) -> bool {
    let line = line.trim_end();
    if line.ends_with(['.', '!', '?', ':', ';', ',']) || line.ends_with(".\"") || line.ends_with(".”") {
        return false;
    }
    let words: Vec<&str> = line.split_whitespace().filter(|w| w.chars().filter(|c| c.is_alphabetic()).count() >= 4).collect();
    let caps = words.iter().filter(|w| w.chars().next().is_some_and(char::is_uppercase)).count();
    words.len() >= 3 && caps * 10 >= words.len() * 6
}

#[derive(Clone, Copy, Debug)]
struct Token<'a> {
    start: usize,
    end: usize,
    text: &'a str,
    /// Follows a sentence end (or starts the text / a paragraph / a quote).
    sentence_start: bool,
    /// Its line reads as a headline ([`title_case_line`]).
    headline: bool,
    /// The word as the lists write it, and the lists it is in
    /// ([`words::entry`]), read once.
    key: Option<&'static str>,
    bits: u32,
    /// The text writes it in lowercase, here or elsewhere: a common word.
    common: bool,
}

impl Token<'_> {
    fn capitalized(&self) -> bool {
        self.text.chars().next().is_some_and(char::is_uppercase)
    }

    /// An initial such as "K." or "T.": part of a name, never one alone.
    fn initial(&self) -> bool {
        let mut cs = self.text.chars();
        matches!((cs.next(), cs.next(), cs.next()), (Some(c), Some('.'), None) if c.is_uppercase())
    }

    /// In `list`: one bit test.
    fn is(&self, list: List) -> bool {
        list.has_bits(self.bits)
    }

    /// The list's word for it, for a [`Cue`].
    fn word(&self, list: List) -> Option<&'static str> {
        self.key.filter(|_| self.is(list))
    }

    fn has_digit(&self) -> bool {
        self.text.chars().any(|c| c.is_ascii_digit())
    }
}

/// "20th", "41st", "2nd".
fn is_ordinal(word: &str) -> bool {
    let digits = word.trim_end_matches(|c: char| c.is_ascii_alphabetic());
    !digits.is_empty() && digits.chars().all(|c| c.is_ascii_digit()) && matches!(&word[digits.len()..], "st" | "nd" | "rd" | "th")
}

/// Words with their byte offsets. A word is letters, digits and inner
/// apostrophes, hyphens and periods ("U.S.", "K.", "Marxist-Leninist"); a
/// possessive ’s is left out.
fn tokenize(text: &str) -> Vec<Token<'_>> {
    let mut tokens = Vec::new();
    let mut sentence_start = true;
    // Whether each line is a headline, read once per line (a paragraph is
    // one line, and names in it are many).
    let mut headline = title_case_line(text.split('\n').next().unwrap_or_default());
    let mut chars = text.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        if c == '\n' {
            headline = title_case_line(text[i + 1..].split('\n').next().unwrap_or_default());
        }
        if is_word(c) {
            let mut end = i + c.len_utf8();
            while let Some(&(j, d)) = chars.peek() {
                let next_is_word = text[j + d.len_utf8()..].chars().next().is_some_and(is_word);
                if is_word(d) || (matches!(d, '-' | '\'' | '’' | '.') && next_is_word) {
                    end = j + d.len_utf8();
                    chars.next();
                } else {
                    break;
                }
            }
            // An initial or abbreviation keeps its period: "K.", "U.S.", "Dr.", "Col."
            let word = &text[i..end];
            // Whether its period may also end a sentence: "… the U.S. The",
            // "… Inc. Shares", but not "K. Dalton" or "Col. Ortiz".
            let mut may_end = false;
            if text[end..].starts_with('.') && (word.chars().count() == 1 || word.contains('.') || has(ABBREVIATIONS, word)) {
                may_end = !(word.chars().count() == 1 || has(TITLES, word) || has(HONORIFICS, word));
                end += 1;
                chars.next();
            }
            let mut word = &text[i..end];
            for suffix in ["’s", "'s"] {
                if let Some(w) = word.strip_suffix(suffix) {
                    word = w;
                }
            }
            let (key, bits) = words::entry(word).map_or((None, 0), |(k, b)| (Some(k), b));
            tokens.push(Token { start: i, end: i + word.len(), text: word, sentence_start, headline, key, bits, common: false });
            sentence_start = may_end;
        } else if matches!(c, '.' | '!' | '?' | '\n' | '“' | '"' | ':' | '(' | '[' | '‘' | '—' | '–' | '•') {
            // A period after an abbreviation kept in the token does not get here.
            sentence_start = true;
        }
    }
    tokens
}

/// The indices of the spans of `spans` (sorted and disjoint) that overlap
/// `start..end`: neighbours, found by binary search, so that a long text
/// full of names is not scanned once per word.
fn overlapping(spans: &[Span], start: usize, end: usize) -> Range<usize> {
    let a = spans.partition_point(|s| s.end <= start);
    a..a + spans[a..].partition_point(|s| s.start < end)
}

/// Two tokens separated by exactly one space.
fn adjacent(text: &str, a: &Token, b: &Token) -> bool {
    matches!(&text[a.end..b.start], " ")
}

/// Adjacent, or separated by a comma and a space ("Khang Vu, a visiting scholar").
fn adjacent_or_comma(text: &str, a: &Token, b: &Token) -> bool {
    matches!(&text[a.end..b.start], " " | ", " | ",” " | "\" " | ",\" ")
}

/// The guesser's view of one text: its tokens (each knowing whether the
/// text also writes it in lowercase) and the gazetteer's spans.
struct Reader<'a, 'k> {
    text: &'a str,
    tokens: Vec<Token<'a>>,
    known: &'k [Span],
}

/// What the guesser has found so far.
#[derive(Default)]
struct Found {
    guesses: Vec<Span>,
    /// Indices into `known` replaced by a longer guess.
    swallowed: HashSet<usize>,
    /// The words of the people guessed, lowercase.
    person_words: HashSet<String>,
    /// Parts without a cue, resolved at the end from names found elsewhere.
    pending: Vec<Range<usize>>,
    /// The words of named things ("Hurricane Ida"), lowercase: never a
    /// person's name elsewhere.
    thing_words: HashSet<String>,
}

/// `word` as the guesser's lists (or its state codes) hold it, with a
/// static lifetime: what a [`Cue`] read back from the app's compiled data
/// points to.
pub(crate) fn list_word(word: &str) -> Option<&'static str> {
    let listed = entry(word).map(|(w, _)| w).filter(|&w| w == word);
    listed.or_else(|| STATE_CODES.split_whitespace().find(|&code| code == word))
}

/// Adds guessed spans to the gazetteer's `known` spans (sorted, disjoint).
pub(crate) fn second_pass(text: &str, known: Vec<Span>) -> Vec<Span> {
    debug_assert!(known.windows(2).all(|w| w[0].end <= w[1].start), "the gazetteer's spans are sorted and disjoint");
    let mut tokens = tokenize(text);
    let lower: HashSet<String> = tokens.iter().filter(|t| t.text.chars().next().is_some_and(char::is_lowercase)).map(|t| t.text.to_lowercase()).collect();
    for t in &mut tokens {
        t.common = t.text.chars().next().is_some_and(char::is_lowercase) || lower.contains(&t.text.to_lowercase());
    }
    let r = Reader { text, tokens, known: &known };
    let mut found = Found::default();
    let tokens = &r.tokens;
    let mut i = 0;
    while i < tokens.len() {
        // A function word starts a run only before a capitalized word, or
        // before "of" and one: "State of Louisiana".
        let opens = |k: usize| {
            let next = tokens.get(k + 1).filter(|n| adjacent(text, &tokens[k], n));
            next.is_some_and(|n| n.capitalized() || n.text == "of" && tokens.get(k + 2).is_some_and(|m| m.capitalized() && adjacent(text, n, m)))
        };
        if !tokens[i].capitalized() || tokens[i].is(STOP) && !opens(i) {
            i += 1;
            continue;
        }
        // Grow a run of capitalized words, with connectors between them.
        let mut j = i + 1;
        while j < tokens.len() && adjacent(text, &tokens[j - 1], &tokens[j]) {
            // "Kampung Baru on Monday": a date is never part of a name.
            if tokens.get(j + 1).is_some_and(|n| n.is(MONTHS_DAYS)) && !tokens[j].capitalized() {
                break;
            }
            if tokens[j].capitalized() {
                j += 1;
            } else if tokens[j].is(CONNECTORS) && j + 1 < tokens.len() && tokens[j + 1].capitalized() && adjacent(text, &tokens[j], &tokens[j + 1]) {
                j += 2;
            } else if (tokens[j - 1].is(ORG_TAIL) || tokens[j - 1].is(ORG_HEAD)) && matches!(tokens[j].text, "of" | "for") && j + 2 < tokens.len() && tokens[j + 1].text == "the" && tokens[j + 2].capitalized() && adjacent(text, &tokens[j], &tokens[j + 1]) && adjacent(text, &tokens[j + 1], &tokens[j + 2]) {
                // "Joint Council for the Welfare of Immigrants"
                j += 3;
            } else {
                break;
            }
        }
        r.classify_run(i, j, &mut found);
        i = j;
    }
    r.state_codes(&mut found);
    r.towns_in_regions(&mut found);
    r.resolve_pending(&mut found);
    let Reader { tokens, .. } = r;
    let Found { guesses, swallowed, .. } = found;
    let mut spans: Vec<Span> = known.into_iter().enumerate().filter(|(i, _)| !swallowed.contains(i)).map(|(_, s)| s).collect();
    // Each guess is checked against the known names kept, then against the
    // guess before it: all by position, never by scanning every span.
    let mut fresh: Vec<Span> = guesses.into_iter().filter(|g| overlapping(&spans, g.start, g.end).is_empty()).collect();
    crate::sort::sort_by_key(&mut fresh, |s| s.start);
    fresh.dedup_by(|later, earlier| later.start < earlier.end);
    spans.extend(fresh);
    crate::sort::sort_by_key(&mut spans, |s| s.start);
    learn_acronyms(text, &tokens, &lower, &mut spans);
    spans
}

impl Reader<'_, '_> {
    fn covered(&self, t: &Token) -> bool {
        !overlapping(self.known, t.start, t.end).is_empty()
    }

    /// Not part of any name at a run's start: an article, a function word,
    /// or a sentence-initial common word.
    fn leading_noise(&self, t: &Token) -> bool {
        if self.covered(t) {
            return false;
        }
        let keeps = [TITLES, HONORIFICS, ORG_HEAD, PLACE_HEAD, COMPASS, THING_HEAD, COMPANY_HEAD].iter().any(|&list| t.is(list));
        t.is(ARTICLES) || (t.sentence_start || t.headline) && (t.is(STOP) || t.common) && !keeps
    }

    /// A run of words that names a thing (a vessel, an exercise, a law, an
    /// app), in which nothing is guessed.
    fn names_a_thing(&self, run: &[Token], prev: Option<&Token>, next: Option<&Token>) -> bool {
        let (first, last) = (run[0], run[run.len() - 1]);
        if last.is(ORG_TAIL) || last.is(PLACE_TAIL) && !last.is(THING_TAIL) {
            return false;
        }
        let noun = |t: &Token| t.text.chars().next().is_some_and(char::is_lowercase) && t.is(THING_NOUN);
        first.is(THING_HEAD) && run.len() >= 2
            || run.len() >= 2 && last.is(THING_TAIL)
            || next.is_some_and(|n| adjacent(self.text, &last, n) && noun(n))
            // "her graphic novel Angel Catbird", "the vessel Ever Bright"
            || prev.is_some_and(|p| adjacent(self.text, p, &first) && noun(p))
    }

    fn classify_run(&self, i: usize, j: usize, found: &mut Found) {
        let (text, tokens, known) = (self.text, &self.tokens, self.known);
        // "the 20th National Congress", "the 40th and 41st ASEAN Summits": an
        // event, not an entity; the gazetteer's names inside it still count.
        let ordinal_before = i.checked_sub(1).filter(|&p| is_ordinal(tokens[p].text) && adjacent(text, &tokens[p], &tokens[i]));
        if let Some(p) = ordinal_before {
            // "2nd Marine Logistics Group", "23rd Marine Regiment": units keep
            // their ordinal; "the 20th National Congress" is an event.
            if let Some(unit) = tokens[j - 1].word(UNIT_TAIL) {
                let end = self.number_after(j - 1).unwrap_or(tokens[j - 1].end);
                if overlapping(known, tokens[p].start, end).is_empty() || (j - i >= 2) {
                    let near = overlapping(known, tokens[p].start, end);
                    if known[near.clone()].iter().all(|s| s.start >= tokens[p].start && s.end <= end) {
                        found.swallowed.extend(near);
                        found.guesses.push(Span::guessed(text, tokens[p].start, end, EntityKind::Org, Cue::OrgWord(unit)));
                    }
                }
            }
            return;
        }
        let mut i = i;
        while i < j && self.leading_noise(&tokens[i]) {
            i += 1;
        }
        if i >= j {
            return;
        }
        let run = &tokens[i..j];
        let last = run[run.len() - 1];
        // Things: only the part after the last "and" is one (a run may join
        // a person and a thing).
        let tail_from = run.iter().rposition(|t| t.text == "and" || t.text == "&").map_or(0, |k| k + 1);
        if tail_from < run.len() && !run[0].headline && self.names_a_thing(&run[tail_from..], (i + tail_from).checked_sub(1).map(|p| &tokens[p]), tokens.get(j)) {
            found.thing_words.extend(run[tail_from..].iter().filter(|t| !self.covered(t)).map(|t| t.text.to_lowercase()));
            if tail_from > 1 {
                self.classify_run(i, i + tail_from - 1, found);
            }
            return;
        }
        // "Secretary of Agriculture Sonny Perdue", "Assistant Secretary for
        // African Affairs Molly Phee": a title, "of" or "for" and its domain,
        // then a name at the run's end.
        if let Some(k) = (0..run.len()).find(|&k| run[k].is(TITLES) && run[k].capitalized() && run.get(k + 1).is_some_and(|t| matches!(t.text, "of" | "for"))) {
            // The name ends the run, or the part of it before an "and".
            let ends = (k + 3..run.len()).filter(|&e| run[e].text == "and").chain([run.len()]);
            for e in ends {
                let Some(name) = self.name_at_end(&run[k + 2..e]) else { continue };
                if k > 0 {
                    self.title_modifiers(i, i + k, found);
                }
                let (first, last) = (run[e - name], run[e - 1]);
                found.swallowed.extend(overlapping(known, first.start, last.end));
                found.person_words.extend(run[e - name..e].iter().filter(|t| !t.initial()).map(|t| t.text.to_lowercase()));
                found.guesses.push(Span::guessed(text, first.start, last.end, EntityKind::Person, Cue::Title(run[k].word(TITLES).unwrap_or("title"))));
                if e < run.len() {
                    self.classify_run(i + e + 1, j, found);
                }
                return;
            }
        }
        // A title inside the run ends what precedes it: "Communist Party of
        // Vietnam General Secretary Nguyen Phu Trong", "Gulfport Mayor Billy
        // Hewes".
        let title_at = (1..run.len()).find(|&k| {
            run[k].is(TITLES) && run[k].capitalized() && !run[k].is(ORG_TAIL) && !run[run.len() - 1].is(ORG_TAIL) && run[k..].iter().any(|t| t.capitalized() && !t.is(TITLES))
        });
        if let Some(k) = title_at {
            let left = &run[..k];
            match run[k].word(JURISDICTION_TITLES) {
                Some(title) if left.len() <= 3 && left.iter().all(|t| t.capitalized() && !self.covered(t) && !t.is(STOP) && !is_adjective(t.text)) && !run[0].headline => {
                    found.guesses.push(Span::guessed(text, left[0].start, left[left.len() - 1].end, EntityKind::Place, Cue::Before(title)));
                }
                // What stands before a title is part of it ("Shadow Home
                // Secretary") unless it names an organization or a place as
                // a whole, or ends a list at an "and".
                _ => match left.iter().rposition(|t| t.text == "and") {
                    Some(and) => {
                        self.classify_run(i, i + and, found);
                        self.title_modifiers(i + and + 1, i + k, found);
                    }
                    None => self.title_modifiers(i, i + k, found),
                },
            }
            self.parts(i + k, j, found);
            return;
        }
        // In a headline, a run is one name only if none of its words but
        // the cue words is written in lowercase elsewhere: "Acme Agency
        // Opens New Office" is not.
        let plain = |t: &Token| !(t.is(ORG_TAIL) || t.is(ORG_HEAD) || t.is(PLACE_TAIL) || t.is(PLACE_HEAD) || t.is(STOP) || t.is(CONNECTORS) || t.is(COMPASS));
        let headline = run[0].headline && run.iter().any(|t| plain(t) && t.common);
        if let Some((a, kind, cue)) = self.whole_run(run).filter(|_| !headline) {
            let start = run[a].start;
            // Only the known names that overlap the run can cross it, match it
            // or lie inside it.
            let near = overlapping(known, start, last.end);
            let crossing = known[near.clone()].iter().any(|s| (s.start < start && s.end > start) || (s.start < last.end && s.end > last.end));
            let exact = known[near.clone()].iter().any(|s| s.start == start && s.end == last.end);
            if !crossing && !exact {
                for k in near.filter(|&k| known[k].start >= start && known[k].end <= last.end) {
                    found.swallowed.insert(k);
                }
                // "Combat Logistics Battalion 8"; "Acme Foods, LLC".
                let end = if kind == EntityKind::Org { self.number_after(j - 1).or_else(|| self.company_form_after(j - 1)).unwrap_or(last.end) } else { last.end };
                found.guesses.push(Span::guessed(text, start, end, kind, cue));
                return;
            }
        }
        // "North Sumatra and Kota Tua": each side of an "and" on its own.
        if let Some(k) = run.iter().position(|t| t.text == "and" || t.text == "&") {
            self.classify_run(i, i + k, found);
            self.classify_run(i + k + 1, j, found);
            return;
        }
        if let Some(span) = self.person_across_known(i, j) {
            found.person_words.extend(tokens[i..j].iter().map(|t| t.text.to_lowercase()));
            found.swallowed.extend(overlapping(known, span.start, span.end));
            found.guesses.push(span);
            return;
        }
        self.parts(i, j, found);
    }

    /// The maximal sub-runs of `i..j` of capitalized words not already
    /// known, each classified on its own.
    fn parts(&self, i: usize, j: usize, found: &mut Found) {
        let run = &self.tokens[i..j];
        let mut a = 0;
        while a < run.len() {
            if self.covered(&run[a]) || !run[a].capitalized() {
                a += 1;
                continue;
            }
            let mut b = a + 1;
            // Name particles join a person's name: "Abdullatif bin Rashid".
            let particle = |k: usize| run[k].is(NAME_PARTICLES) && k + 1 < run.len() && run[k + 1].capitalized() && !self.covered(&run[k + 1]);
            while b < run.len() && !self.covered(&run[b]) && (run[b].capitalized() || particle(b)) {
                b += 1;
            }
            self.classify_part(i + a, i + b, found);
            a = b;
        }
    }

    /// How many words at the end of `words` (after a title's domain) make a
    /// person's name: two, or three with an initial, particle or suffix;
    /// one known single-word place may be among them ("Cedric Richmond").
    fn name_at_end(&self, words: &[Token]) -> Option<usize> {
        let n = words.len();
        let part_of_name = |t: &Token| t.initial() || t.is(SUFFIXES) || t.is(NAME_PARTICLES);
        // After a second title ("… Affairs Dr. Abdullatif bin Rashid Al
        // Zayani"), the name is all that follows it.
        let after_title = (1..n.saturating_sub(1)).rev().find(|&t| words[t].is(TITLES) && words[t].capitalized());
        let len = match after_title {
            Some(t) if n - t - 1 <= 5 => n - t - 1,
            _ if n >= 4 && (part_of_name(&words[n - 2]) || part_of_name(&words[n - 1])) => 3,
            _ => 2,
        };
        if n < len + 1 {
            return None;
        }
        let name = &words[n - len..];
        let plain = |t: &Token| {
            part_of_name(t)
                || t.capitalized()
                    && !(t.is(STOP) || t.is(TITLES) || t.is(ORG_TAIL) || t.is(PLACE_TAIL) || t.is(CONNECTORS) || is_modifier(t.text) || t.common || t.has_digit() || t.headline)
        };
        let known = overlapping(self.known, name[0].start, name[len - 1].end);
        let known_ok = self.known[known].iter().all(|s| s.start >= name[0].start && !s.text.contains(' ') && s.kind == EntityKind::Place);
        (name.iter().all(plain) && known_ok && !words[n - len - 1].is(CONNECTORS)).then_some(len)
    }

    /// The words before a title: an organization or a place as a whole
    /// ("Acme Agency Director"), else part of the title.
    fn title_modifiers(&self, i: usize, j: usize, found: &mut Found) {
        let run = &self.tokens[i..j];
        if run.is_empty() || run[0].headline {
            return;
        }
        if let Some((a, kind, cue)) = self.whole_run(run) {
            let (start, end) = (run[a].start, run[run.len() - 1].end);
            let near = overlapping(self.known, start, end);
            if self.known[near.clone()].iter().all(|s| s.start >= start && s.end <= end) && !self.known[near.clone()].iter().any(|s| s.start == start && s.end == end) {
                found.swallowed.extend(near);
                found.guesses.push(Span::guessed(self.text, start, end, kind, cue));
            }
        }
    }

    /// The end of a number right after a unit's name ("Battalion 8"), if any.
    fn number_after(&self, last: usize) -> Option<usize> {
        let (t, n) = (self.tokens[last], self.tokens.get(last + 1)?);
        (t.is(UNIT_TAIL) && adjacent(self.text, &t, n) && n.text.chars().all(|c| c.is_ascii_digit()) && n.text.len() <= 3).then_some(n.end)
    }

    /// The end of a company form after a comma ("Acme Foods, LLC"), if any.
    fn company_form_after(&self, last: usize) -> Option<usize> {
        let (t, n) = (self.tokens[last], self.tokens.get(last + 1)?);
        (&self.text[t.end..n.start] == ", " && n.is(COMPANY_TAIL) && n.capitalized()).then_some(n.end)
    }

    /// "Jordan Pike said": a two- or three-word name with a person's cue
    /// around it, one of whose words the gazetteer knows as something else.
    fn person_across_known(&self, i: usize, j: usize) -> Option<Span> {
        let (text, tokens) = (self.text, &self.tokens);
        let run = &tokens[i..j];
        if !(2..=3).contains(&run.len()) || run[0].headline {
            return None;
        }
        let (first, last) = (run[0], run[run.len() - 1]);
        let near = overlapping(self.known, first.start, last.end);
        let inside = near.clone().all(|k| self.known[k].start >= first.start && self.known[k].end <= last.end && !self.known[k].text.contains(' ') && self.known[k].kind != EntityKind::Org);
        let unknown = run.iter().filter(|t| !self.covered(t)).count();
        if near.is_empty() || !inside || unknown == 0 || run.iter().any(|t| looks_like_common_word(t.text) || t.is(ORG_TAIL) || t.is(PLACE_TAIL) || t.is(TITLES) || t.is(STOP) || t.common) {
            return None;
        }
        let prev = i.checked_sub(1).map(|p| tokens[p]).filter(|p| adjacent_or_comma(text, p, &first));
        let next = tokens.get(j).filter(|n| adjacent_or_comma(text, &last, n));
        let cue = prev
            .and_then(|p| p.word(TITLES))
            .map(Cue::Title)
            .or_else(|| prev.filter(|p| p.text.chars().all(char::is_lowercase)).and_then(|p| p.word(PERSON_BEFORE)).map(Cue::After))
            .or_else(|| next.and_then(|n| n.word(SPEECH)).map(Cue::Speech))?;
        Some(Span::guessed(text, first.start, last.end, EntityKind::Person, cue))
    }

    /// A run that names an organization or a place as a whole, from its
    /// first kept word: that word's index, the kind and the cue.
    fn whole_run(&self, run: &[Token]) -> Option<(usize, EntityKind, Cue)> {
        let last = run[run.len() - 1];
        let org_word = last.word(ORG_TAIL).map(Cue::OrgWord).or_else(|| last.word(COMPANY_TAIL).map(Cue::CompanyForm)).or_else(|| {
            run.windows(2).find(|w| (w[0].is(ORG_TAIL) || w[0].is(ORG_HEAD)) && matches!(w[1].text, "of" | "for")).and_then(|w| w[0].word(ORG_TAIL).or_else(|| w[0].word(ORG_HEAD))).map(Cue::OrgWord)
        });
        let org_word = org_word.or_else(|| run[0].word(COMPANY_HEAD).filter(|_| run[0].text.chars().all(|c| c.is_uppercase())).map(Cue::CompanyForm));
        let place_word = (!run.iter().any(|t| t.text == "and"))
            .then(|| last.word(PLACE_TAIL).map(Cue::PlaceWord).or_else(|| run[0].word(PLACE_HEAD).filter(|_| !self.covered(&run[1.min(run.len() - 1)]) || run.len() > 2).map(Cue::PlaceHead)))
            .flatten();
        // "North Sumatra": a compass word and one known place.
        let compass = (run.len() >= 2 && run[0].is(COMPASS))
            .then(|| {
                let near = overlapping(self.known, run[1].start, last.end);
                (near.len() == 1 && self.known[near.start].start == run[1].start && self.known[near.start].end == last.end && self.known[near.start].kind == EntityKind::Place)
                    .then(|| run[0].word(COMPASS).map(Cue::PlaceHead))
                    .flatten()
            })
            .flatten();
        if let Some(cue) = compass {
            return Some((0, EntityKind::Place, cue));
        }
        // "British Red Cross": a nationality before one known organization.
        if run.len() >= 2 && !run[0].headline {
            let near = overlapping(self.known, run[1].start, last.end);
            let one_org = near.len() == 1 && self.known[near.start].start == run[1].start && self.known[near.start].end == last.end && self.known[near.start].kind == EntityKind::Org;
            if let Some(nationality) = run[0].word(DEMONYMS).filter(|_| one_org && run[0].capitalized()) {
                return Some((0, EntityKind::Org, Cue::Nationality(nationality)));
            }
        }
        // "Kingdom of Bahrain", "State of Louisiana": a formal head, "of" and one known place.
        if run.len() >= 3 && run[1].text == "of" && !run[0].headline {
            let near = overlapping(self.known, run[2].start, last.end);
            let one_place = near.len() == 1 && self.known[near.start].start == run[2].start && self.known[near.start].end == last.end && self.known[near.start].kind == EntityKind::Place;
            if let Some(head) = run[0].word(PLACE_OF).filter(|_| one_place) {
                return Some((0, EntityKind::Place, Cue::PlaceHead(head)));
            }
        }
        // Known names on both sides of an "and" stay two: "the IMF and World Bank".
        let inside = overlapping(self.known, run[0].start, last.end);
        let after_and = run.iter().rposition(|t| t.text == "and" || t.text == "&").map(|k| run[k].end);
        if after_and.is_some_and(|at| self.known[inside.clone()].iter().any(|s| s.start > at)) {
            return None;
        }
        // "The Biden Administration": a person's name is no organization's.
        if run.len() == 2 && inside.clone().any(|k| self.known[k].kind == EntityKind::Person) {
            return None;
        }
        let (kind, cue) = match (org_word, place_word) {
            (Some(cue), _) => (EntityKind::Org, cue),
            (None, Some(cue)) => (EntityKind::Place, cue),
            (None, None) => return None,
        };
        if run.len() < 2 {
            return None;
        }
        // Leading adjectives are not part of the name ("Hawaii-based"), but
        // demonyms stay in an organization's ("Philippine Coast Guard").
        let mut a = 0;
        let drop = |t: &Token| is_adjective(t.text) && !(kind == EntityKind::Org && (t.is(DEMONYMS) || t.is(NUMBERS))) || t.is(TITLES) && !t.is(ORG_HEAD) && !t.is(ORG_TAIL);
        while a + 1 < run.len() && drop(&run[a]) {
            a += 1;
        }
        // "United Kingdom Home Office": a known place of two words or more
        // before an organization's name stays a place.
        if kind == EntityKind::Org {
            if let Some(place) = self.known[inside].iter().find(|k| k.start == run[a].start && k.kind == EntityKind::Place && k.text.contains(' ')) {
                let rest = run.iter().position(|t| t.start >= place.end).unwrap_or(run.len());
                if run.len() - rest >= 2 {
                    a = rest;
                }
            }
        }
        (run.len() - a >= 2).then_some((a, kind, cue))
    }

    /// A part of a run with no known name in it: a person, a lone place
    /// after "in", or pending.
    fn classify_part(&self, mut a: usize, b: usize, found: &mut Found) {
        let (text, tokens) = (self.text, &self.tokens);
        // Leading titles, honorifics, demonyms and function words are cues, not part of the name.
        let mut cue = None;
        while a < b && (tokens[a].is(STOP) || is_adjective(tokens[a].text) || tokens[a].is(TITLES) || tokens[a].is(HONORIFICS) && a + 1 < b) {
            cue = tokens[a].word(TITLES).map(Cue::Title).or_else(|| tokens[a].word(HONORIFICS).map(Cue::Honorific)).or(cue);
            a += 1;
        }
        // A title inside: "Agency Chairman Ann Lowe". What precedes it is a
        // name of its own only when it names an organization.
        if let Some(k) = (a + 1..b.saturating_sub(1)).rev().find(|&k| tokens[k].is(TITLES)) {
            let left = &tokens[a..k];
            if left.len() >= 2 && left[left.len() - 1].is(ORG_TAIL) {
                found.guesses.push(Span::guessed(text, left[0].start, left[left.len() - 1].end, EntityKind::Org, Cue::OrgWord(left[left.len() - 1].word(ORG_TAIL).unwrap_or("organization"))));
            }
            cue = tokens[k].word(TITLES).map(Cue::Title);
            a = k + 1;
            while a < b && tokens[a].is(TITLES) {
                a += 1;
            }
        }
        if a >= b {
            return;
        }
        let part = &tokens[a..b];
        if part.iter().enumerate().any(|(n, t)| if n == 0 { is_adjective(t.text) } else { is_modifier(t.text) } || t.has_digit()) || part.iter().all(|t| t.is(STOP) || t.initial()) {
            return;
        }
        // An organization or place word inside, then a name: "the Refugee
        // Council Enver Solomon told".
        if let Some(k) = (1..part.len().saturating_sub(2)).rev().find(|&k| part[k].is(ORG_TAIL) || part[k].is(PLACE_TAIL)) {
            let name = &part[k + 1..];
            if (2..=3).contains(&name.len()) && name.iter().all(|t| !looks_like_common_word(t.text) && !t.common && !t.is(TITLES)) {
                let (kind, cue) = match part[k].word(ORG_TAIL) {
                    Some(w) => (EntityKind::Org, Cue::OrgWord(w)),
                    None => (EntityKind::Place, Cue::PlaceWord(part[k].word(PLACE_TAIL).unwrap_or("place"))),
                };
                found.guesses.push(Span::guessed(text, part[0].start, part[k].end, kind, cue));
                found.person_words.extend(name.iter().map(|t| t.text.to_lowercase()));
                found.guesses.push(Span::guessed(text, name[0].start, name[name.len() - 1].end, EntityKind::Person, Cue::NameShape));
                return;
            }
        }
        let (first, last) = (part[0], part[part.len() - 1]);
        let prev = a.checked_sub(1).map(|p| tokens[p]);
        let next = tokens.get(b);
        let prev_word = prev.filter(|p| adjacent_or_comma(text, p, &first)).map(|p| p.text);
        let next_word = next.filter(|n| adjacent_or_comma(text, &last, n)).map(|n| n.text);
        let all_caps = part.len() == 1 && first.text.chars().filter(|c| c.is_alphabetic()).count() >= 2 && first.text.chars().all(|c| !c.is_lowercase());
        let cue = cue
            .or_else(|| prev_word.and_then(|w| find(TITLES, w)).map(Cue::Title))
            .or_else(|| prev_word.filter(|w| w.chars().all(char::is_lowercase)).and_then(|w| find(PERSON_BEFORE, w)).map(Cue::After))
            .or_else(|| next_word.and_then(|w| find(SPEECH, w)).map(Cue::Speech));
        // Words a person's name is made of: no org, place or thing word, no
        // common-noun ending, and not mostly words the text writes in lowercase.
        let names = part.iter().filter(|t| !t.initial() && !t.is(SUFFIXES)).count();
        let common = part.iter().filter(|t| t.common).count();
        let name_like = names >= 1
            && !part.iter().any(|t| t.is(ORG_TAIL) || t.is(PLACE_TAIL) || t.is(THING_TAIL) || t.is(TITLES))
            && common * 2 <= part.len()
            && !(part.len() == 1 && (common > 0 || all_caps));
        let shouted = |t: &Token| !t.initial() && t.text.chars().filter(|c| c.is_alphabetic()).count() >= 2 && !t.text.chars().any(char::is_lowercase);
        // "Prize-winner" is a compound; "Jong-il" is a given name.
        let compound = |t: &Token| t.text.rsplit_once('-').is_some_and(|(_, tail)| tail.chars().count() >= 4 && tail.chars().all(char::is_lowercase));
        let name_shaped = name_like && !part.iter().any(|t| looks_like_common_word(t.text) || shouted(t) || compound(t) || found.thing_words.contains(&t.text.to_lowercase()));
        let kind = if first.headline && cue.is_none() {
            // In a headline, capitals, prepositions and tail words prove nothing.
            None
        } else if last.is(ORG_TAIL) && part.len() >= 2 {
            Some((EntityKind::Org, Cue::OrgWord(last.word(ORG_TAIL).unwrap_or("organization"))))
        } else if last.is(PLACE_TAIL) && part.len() >= 2 {
            Some((EntityKind::Place, Cue::PlaceWord(last.word(PLACE_TAIL).unwrap_or("place"))))
        } else if all_caps {
            None
        } else if let Some(cue) = cue.filter(|_| name_like && part.len() <= 4) {
            Some((EntityKind::Person, cue))
        } else if first.headline {
            None
        } else if part.len() == 1 && !first.common && prev_word.is_some_and(|w| has(PLACE_BEFORE, w) && w.chars().all(char::is_lowercase)) {
            Some((EntityKind::Place, Cue::After(find(PLACE_BEFORE, prev_word.unwrap_or_default()).unwrap_or("in"))))
        } else if (2..=4).contains(&names) && part.len() <= 5 && name_shaped && prev_word != Some("the") && !(first.sentence_start && first.common) {
            Some((EntityKind::Person, Cue::NameShape))
        } else {
            None
        };
        match kind {
            Some((kind, cue)) => {
                if kind == EntityKind::Person {
                    for t in part.iter().filter(|t| !t.initial() && !t.is(SUFFIXES)) {
                        found.person_words.insert(t.text.to_lowercase());
                    }
                }
                found.guesses.push(Span::guessed(text, first.start, last.end, kind, cue));
            }
            None if !all_caps => found.pending.push(a..b),
            None => {}
        }
    }

    /// "Yuma, AZ", "Eden Prairie, MN": a U.S. state's postal code after a
    /// comma and a town, at the end of a line or clause, makes both places.
    fn state_codes(&self, found: &mut Found) {
        let (text, tokens) = (self.text, &self.tokens);
        for (c, code) in tokens.iter().enumerate().skip(1) {
            let two_capitals = code.text.len() == 2 && code.text.bytes().all(|b| b.is_ascii_uppercase());
            let Some(state) = two_capitals.then(|| STATE_CODES.split(' ').find(|s| *s == code.text)).flatten() else { continue };
            let town_end = &tokens[c - 1];
            let ends = text[code.end..].chars().next().is_none_or(|ch| matches!(ch, '\n' | ',' | '.' | ';' | ')' | ' '));
            if &text[town_end.end..code.start] != ", " || !town_end.capitalized() || !ends {
                continue;
            }
            let mut t = c - 1;
            while t > 0 && tokens[t - 1].capitalized() && adjacent(text, &tokens[t - 1], &tokens[t]) && !tokens[t - 1].is(COMPANY_TAIL) {
                t -= 1;
            }
            if overlapping(self.known, code.start, code.end).is_empty() {
                found.guesses.push(Span::guessed(text, code.start, code.end, EntityKind::Place, Cue::StateCode));
            }
            // "New Holland, PA": the town swallows a known place inside it.
            let near = overlapping(self.known, tokens[t].start, town_end.end);
            let inside = self.known[near.clone()].iter().all(|s| s.start >= tokens[t].start && s.end <= town_end.end);
            let exact = self.known[near.clone()].iter().any(|s| s.start == tokens[t].start && s.end == town_end.end);
            if inside && !exact {
                found.swallowed.extend(near);
                found.guesses.push(Span::guessed(text, tokens[t].start, town_end.end, EntityKind::Place, Cue::Before(state)));
            }
        }
    }

    /// "Coveñas, Colombia", "Alexandria, Louisiana": one to three unknown
    /// capitalized words, a comma and a known place that ends the clause
    /// make a town in that place.
    fn towns_in_regions(&self, found: &mut Found) {
        let (text, tokens) = (self.text, &self.tokens);
        for region in self.known.iter().filter(|k| k.kind == EntityKind::Place) {
            let Some(before) = text[..region.start].strip_suffix(", ") else { continue };
            let ends = text[region.end..].chars().next().is_none_or(|c| matches!(c, ',' | '.' | ';' | ')' | '\n'));
            let last = tokens.partition_point(|t| t.end <= before.len());
            if !ends || last == 0 || tokens[last - 1].end != before.len() {
                continue;
            }
            let mut first = last - 1;
            while first > 0 && last - first < 3 && tokens[first - 1].capitalized() && adjacent(text, &tokens[first - 1], &tokens[first]) && !tokens[first - 1].sentence_start {
                first -= 1;
            }
            let town = &tokens[first..last];
            let plain = town.iter().all(|t| t.capitalized() && !self.covered(t) && !t.is(STOP) && !t.is(TITLES) && !t.is(ORG_TAIL) && !t.common && !t.headline && !t.has_digit());
            if plain && !(town[0].sentence_start && town.len() == 1) {
                found.guesses.push(Span::guessed(text, town[0].start, town[town.len() - 1].end, EntityKind::Place, Cue::TownInRegion));
            }
        }
    }

    /// Parts with no cue of their own: a name guessed elsewhere in the text
    /// ("Lowe" after "Ann Lowe said"; "Ann Lowe" in the headline) is that
    /// name here too, longest first.
    fn resolve_pending(&self, found: &mut Found) {
        let named: HashMap<&str, EntityKind> = found.guesses.iter().filter(|g| g.end - g.start > 0).map(|g| (&self.text[g.start..g.end], g.kind)).collect();
        let mut fresh = Vec::new();
        for part in &found.pending {
            let mut a = part.start;
            while a < part.end {
                let hit = (a + 1..=part.end).rev().find_map(|b| {
                    let (s, e) = (self.tokens[a].start, self.tokens[b - 1].end);
                    named.get(&self.text[s..e]).map(|&k| (b, k))
                });
                let word = self.tokens[a].text.to_lowercase();
                let single = || (self.tokens[a].capitalized() && found.person_words.contains(&word) && !found.thing_words.contains(&word) && !self.tokens[a].initial()).then_some((a + 1, EntityKind::Person));
                match hit.or_else(single) {
                    Some((b, kind)) => {
                        fresh.push(Span::guessed(self.text, self.tokens[a].start, self.tokens[b - 1].end, kind, Cue::SameName));
                        a = b;
                    }
                    None => a += 1,
                }
            }
        }
        found.guesses.extend(fresh);
    }
}

/// An acronym as written in parentheses: two to eight characters, at least
/// two capitals, nothing lowercase but an inner "s" or "x" is refused:
/// "PMN", "RFE/RL", "1MDB", "AT&T".
fn is_defined_acronym(s: &str) -> bool {
    let n = s.chars().count();
    (2..=10).contains(&n)
        && s.chars().filter(|c| c.is_uppercase()).count() >= 2
        && s.chars().all(|c| c.is_uppercase() || c.is_ascii_digit() || matches!(c, '/' | '&' | '-' | '.'))
        && s.chars().next().is_some_and(|c| c.is_alphanumeric())
}

/// Whether `acronym` spells the initials of `words`, connectors skipped:
/// "Pacific Media Network" is PMN.
fn spells(acronym: &str, words: &[Token]) -> bool {
    let letters: String = acronym.chars().filter(|c| c.is_alphabetic()).collect();
    let initials: String = words.iter().filter(|t| t.capitalized()).filter_map(|t| t.text.chars().next()).collect();
    letters.len() >= 2 && letters == initials
}

/// "Philippine Coast Guard (PCG)": the acronym in parentheses after a name
/// is that name's kind, there and wherever else it stands in the text. An
/// acronym after capitalized words that it spells out makes them an
/// organization ("the Pacific Media Network (PMN)").
fn learn_acronyms(text: &str, tokens: &[Token], lowercase: &HashSet<String>, spans: &mut Vec<Span>) {
    let mut learned: Vec<(&str, EntityKind)> = Vec::new();
    let mut defined: Vec<Span> = Vec::new();
    for (open, _) in text.match_indices(" (") {
        let Some(inner) = text[open + 2..].split_once(')').map(|(a, _)| a).filter(|a| is_defined_acronym(a)) else { continue };
        if learned.iter().any(|(a, _)| *a == inner) {
            continue;
        }
        let before = overlapping(spans, open.saturating_sub(1), open);
        if let Some(s) = spans[before].iter().find(|s| s.end == open) {
            learned.push((inner, s.kind));
            continue;
        }
        // The capitalized words just before it, if it spells them.
        let end = tokens.partition_point(|t| t.end <= open);
        let mut start = end;
        let joined = |a: &Token, b: &Token| matches!(&text[a.end..b.start], " " | "/" | "-");
        while start > 0 && (tokens[start - 1].capitalized() || tokens[start - 1].is(CONNECTORS)) && (start == end || joined(&tokens[start - 1], &tokens[start])) {
            start -= 1;
            let lower = tokens[start..end].iter().filter(|t| t.capitalized() && lowercase.contains(&t.text.to_lowercase())).count();
            if spells(inner, &tokens[start..end]) && tokens[start].capitalized() && lower <= 1 && !tokens[end - 1].is(THING_TAIL) {
                let (s, e) = (tokens[start].start, tokens[end - 1].end);
                if e == open && overlapping(spans, s, e).clone().all(|k| spans[k].is_guess()) {
                    defined.push(Span::guessed(text, s, e, EntityKind::Org, Cue::DefinedAcronym));
                    learned.push((inner, EntityKind::Org));
                }
                break;
            }
        }
    }
    if learned.is_empty() {
        return;
    }
    for d in defined {
        let near = overlapping(spans, d.start, d.end);
        spans.drain(near.clone());
        spans.insert(near.start, d);
    }
    let mut fresh = Vec::new();
    for (acronym, kind) in learned {
        for (at, _) in text.match_indices(acronym) {
            let end = at + acronym.len();
            let bounded = !text[..at].chars().next_back().is_some_and(is_word) && !text[end..].chars().next().is_some_and(is_word);
            if bounded && overlapping(spans, at, end).is_empty() {
                fresh.push(Span::guessed(text, at, end, kind, Cue::DefinedAcronym));
            }
        }
    }
    spans.extend(fresh);
    crate::sort::sort_by_key(spans, |s| s.start);
    spans.dedup_by(|later, earlier| later.start < earlier.end);
}

#[cfg(test)]
mod tests;
