//! The second pass: names the gazetteer lacks, guessed from capitalized word
//! sequences and the cues around them.
//!
//! A run of capitalized words becomes
//! * an **org** when it ends in an organization word ("… University",
//!   "… Institute", "Ministry of …") — and then it may swallow a known place
//!   inside it ("Vietnam Fatherland Front");
//! * a **place** when it ends in a place word ("… Sea", "… Province") or
//!   follows "in", "to", "from";
//! * a **person** when a title or role precedes it ("President", "researcher"),
//!   a speech verb follows it ("said", "told", "wrote"), or it has two to
//!   four name-like words. A later mention of one of its words alone
//!   ("Huynh said") is the same person.
//!
//! It skips sentence-initial capitals without other cues, months, weekdays,
//! nationality adjectives and common capitalized function words.

use std::collections::HashSet;
use std::ops::Range;

use crate::model::EntityKind;
use crate::recognize::{is_word, Span};

const STOP: &[&str] = &[
    "a", "an", "the", "and", "but", "or", "nor", "so", "yet", "for", "in", "on", "at", "to", "of", "by", "with", "from", "as", "if", "when",
    "while", "after", "before", "since", "until", "because", "although", "though", "despite", "however", "meanwhile", "instead", "also",
    "according", "during", "between", "among", "it", "its", "this", "that", "these", "those", "there", "here", "he", "she", "they", "we",
    "i", "you", "his", "her", "their", "our", "my", "your", "who", "what", "which", "where", "why", "how", "some", "many", "most", "more",
    "all", "both", "each", "every", "no", "not", "one", "two", "three", "other", "another", "such", "only", "even", "just", "still",
    "unfortunately", "hopefully", "similarly", "resultingly", "unsurprisingly", "overall", "undoubtedly", "notably", "apart", "compared",
    "moving", "having", "existing", "following", "beginning", "depending", "image", "edited", "written", "read", "more", "in", "yes",
    "then", "now", "today", "yesterday", "tomorrow", "last", "next", "first", "second", "new", "mr", "mrs", "ms", "dr", "prof", "sir",
    "analysts", "experts", "officials", "leaders", "state", "party", "government", "communist", "comprehensive", "strategic",
    "partnership", "national", "international", "general", "secretary", "president", "minister", "prime", "premier", "chairman",
    "vice", "deputy", "foreign", "defense", "defence", "public", "security", "professor", "emperor", "king", "queen", "chancellor",
    "covid", "covid-19", "internet", "web", "disclaimer", "author", "biography", "copyright", "friendship", "medal", "summit", "summits",
    "war", "cold", "initiative", "belt", "road", "declaration", "agreement", "treaty", "convention", "law", "act", "strategy", "policy",
];

const MONTHS_DAYS: &[&str] = &[
    "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december", "jan",
    "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "monday", "tuesday", "wednesday", "thursday",
    "friday", "saturday", "sunday",
];

const DEMONYMS: &[&str] = &[
    "vietnamese", "chinese", "american", "russian", "japanese", "korean", "indian", "filipino", "philippine", "thai", "cambodian",
    "laotian", "lao", "malaysian", "indonesian", "singaporean", "burmese", "myanmar", "australian", "british", "french", "german",
    "european", "asian", "african", "western", "eastern", "southeast", "northern", "southern", "soviet", "ukrainian", "taiwanese",
    "marxist", "leninist", "marxist-leninist", "socialist", "democratic", "republican", "muslim", "christian", "buddhist", "catholic",
    "english", "spanish", "italian", "dutch", "canadian", "mexican", "brazilian", "israeli", "iranian", "arab", "turkish", "pakistani",
    "afghan",
];

/// Words that precede a person's name.
const PERSON_BEFORE: &[&str] = &[
    "president", "minister", "premier", "chairman", "chairwoman", "secretary", "professor", "prof", "dr", "mr", "mrs", "ms", "ambassador",
    "senator", "governor", "general", "admiral", "colonel", "spokesperson", "spokesman", "spokeswoman", "researcher", "analyst",
    "scholar", "expert", "fellow", "director", "writer", "author", "journalist", "reporter", "economist", "lawyer", "activist",
    "official", "leader", "chief", "ceo", "founder", "emperor", "king", "queen", "pope", "chancellor", "said", "says", "according",
    "envoy", "diplomat", "lecturer", "commentator", "blogger", "editor", "correspondent", "host", "by", "captain", "commander",
    "mayor", "judge", "representative", "rep", "sen", "gen", "lt", "sgt", "successor", "predecessor", "wife", "husband",
    "commodore", "major", "lieutenant", "sergeant", "marshal", "brigadier", "vice-president", "vice-minister", "secretary-general",
];

/// Words that follow a person's name.
const PERSON_AFTER: &[&str] = &[
    "said", "says", "told", "wrote", "writes", "noted", "notes", "added", "adds", "argued", "argues", "explained", "observed", "stressed",
    "believes", "believed", "warned", "warns", "asked", "replied", "suggested", "insisted", "claimed", "tweeted", "posted", "stated",
    "commented", "remarked", "emphasized", "emphasised", "concluded", "predicted", "acknowledged", "admitted", "announced", "pointed",
];

const ORG_TAIL: &[&str] = &[
    "university", "institute", "institution", "party", "ministry", "agency", "council", "association", "center", "centre", "magazine",
    "foundation", "bank", "company", "corporation", "corp", "inc", "ltd", "group", "committee", "commission", "office", "department",
    "forum", "program", "programme", "times", "post", "news", "service", "organization", "organisation", "union", "army", "navy",
    "guard", "court", "college", "school", "academy", "assembly", "congress", "parliament", "senate", "front", "league", "alliance",
    "federation", "society", "network", "media", "press", "daily", "journal", "review", "tribune", "herald", "gazette", "airlines",
    "airways", "bureau", "authority", "administration", "board", "fund", "trust", "initiative-org", "club", "coalition", "movement",
    "force", "forces", "police", "secretariat", "politburo", "cabinet", "tv", "television", "radio", "channel", "studies",
];

const ORG_HEAD: &[&str] = &["university", "ministry", "institute", "bank", "department", "office", "council", "college", "academy", "school", "bureau", "embassy", "consulate"];

const PLACE_TAIL: &[&str] = &[
    "sea", "strait", "straits", "island", "islands", "province", "city", "river", "bay", "gulf", "reef", "reefs", "shoal", "shoals", "mountains",
    "mountain", "peninsula", "delta", "county", "district", "airport", "port", "harbor", "harbour", "lake", "ocean", "valley", "region",
    "square", "palace", "hall", "street", "avenue", "bridge", "dam", "base", "archipelago", "atoll", "cay", "bank-place",
];

const PLACE_BEFORE: &[&str] = &["in", "to", "from", "near", "off", "across", "into", "toward", "towards", "visited", "visiting", "outside", "inside", "around", "throughout"];

/// Lowercase words allowed inside a name between capitalized words.
const CONNECTORS: &[&str] = &["of", "for", "and", "the", "de", "la", "du", "del", "van", "von", "der", "bin", "al", "&", "on"];

const NUMBERS: &[&str] = &[
    "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "twenty", "hundred", "thousand",
    "million", "billion", "first", "second", "third", "fourth", "fifth",
];

/// A demonym, month, number or hyphenated adjective ("Hawaii-based",
/// "Vietnamese-claimed"): never the start of a name.
fn is_adjective(word: &str) -> bool {
    has(DEMONYMS, word) || has(MONTHS_DAYS, word) || has(NUMBERS, word) || word.rsplit('-').next().is_some_and(|last| word.contains('-') && last.chars().next().is_some_and(char::is_lowercase))
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

fn has(list: &[&str], word: &str) -> bool {
    let w = word.to_lowercase();
    let w = w.trim_end_matches('.');
    list.contains(&w)
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
}

impl Token<'_> {
    fn capitalized(&self) -> bool {
        self.text.chars().next().is_some_and(char::is_uppercase)
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
            // An initial or abbreviation keeps its period: "K.", "U.S.", "Dr."
            let word = &text[i..end];
            if text[end..].starts_with('.') && (word.chars().count() == 1 || word.contains('.') || has(&["dr", "mr", "mrs", "ms", "st", "jr", "prof", "gen", "lt", "sen", "rep"], word)) {
                end += 1;
            }
            let mut word = &text[i..end];
            for suffix in ["’s", "'s"] {
                if let Some(w) = word.strip_suffix(suffix) {
                    word = w;
                }
            }
            tokens.push(Token { start: i, end: i + word.len(), text: word, sentence_start, headline });
            sentence_start = false;
        } else if matches!(c, '.' | '!' | '?' | '\n' | '“' | '"' | ':' | '(' | '[' | '‘') {
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

/// Adds guessed spans to the gazetteer's `known` spans (sorted, disjoint).
pub(crate) fn second_pass(text: &str, known: Vec<Span>) -> Vec<Span> {
    debug_assert!(known.windows(2).all(|w| w[0].end <= w[1].start), "the gazetteer's spans are sorted and disjoint");
    let tokens = tokenize(text);
    let covered = |t: &Token| !overlapping(&known, t.start, t.end).is_empty();
    let mut guesses: Vec<Span> = Vec::new();
    let mut swallowed: HashSet<usize> = HashSet::new(); // indices into `known` replaced by a longer org
    let mut person_words: HashSet<String> = HashSet::new();
    let mut pending_single: Vec<(usize, usize)> = Vec::new(); // single-token runs without cues, resolved at the end

    let mut i = 0;
    while i < tokens.len() {
        if !tokens[i].capitalized() || has(STOP, tokens[i].text) && !tokens[i + 1..].first().is_some_and(|n| n.capitalized() && adjacent(text, &tokens[i], n)) {
            i += 1;
            continue;
        }
        // Grow a run of capitalized words, with connectors between them.
        let mut j = i + 1;
        while j < tokens.len() && adjacent(text, &tokens[j - 1], &tokens[j]) {
            if tokens[j].capitalized() {
                j += 1;
            } else if has(CONNECTORS, tokens[j].text) && j + 1 < tokens.len() && tokens[j + 1].capitalized() && adjacent(text, &tokens[j], &tokens[j + 1]) {
                j += 2;
            } else {
                break;
            }
        }
        classify_run(text, &tokens, i, j, &known, &covered, &mut guesses, &mut swallowed, &mut person_words, &mut pending_single);
        i = j;
    }
    // A lone word that is part of a person's name found elsewhere is that person.
    for (a, _) in pending_single {
        let t = tokens[a];
        if person_words.contains(&t.text.to_lowercase()) {
            guesses.push(guess(text, t.start, t.end, EntityKind::Person));
        }
    }
    let mut spans: Vec<Span> = known.into_iter().enumerate().filter(|(i, _)| !swallowed.contains(i)).map(|(_, s)| s).collect();
    // Each guess is checked against the known names kept, then against the
    // guess before it: all by position, never by scanning every span.
    let mut fresh: Vec<Span> = guesses.into_iter().filter(|g| overlapping(&spans, g.start, g.end).is_empty()).collect();
    fresh.sort_by_key(|s| s.start);
    fresh.dedup_by(|later, earlier| later.start < earlier.end);
    spans.extend(fresh);
    spans.sort_by_key(|s| s.start);
    learn_acronyms(text, &tokens, &mut spans);
    spans
}

/// "Philippine Coast Guard (PCG)": the acronym in parentheses after a name
/// is that name's kind, there and wherever else it stands in the text.
fn learn_acronyms(text: &str, tokens: &[Token], spans: &mut Vec<Span>) {
    let mut learned: Vec<(&str, EntityKind)> = Vec::new();
    for s in spans.iter() {
        let rest = &text[s.end..];
        if let Some(inner) = rest.strip_prefix(" (").and_then(|r| r.split_once(')')).map(|(a, _)| a) {
            let letters = inner.chars().filter(|c| c.is_alphabetic()).count();
            if (2..=6).contains(&letters) && inner.chars().all(|c| c.is_ascii_uppercase()) && !learned.iter().any(|(a, _)| *a == inner) {
                learned.push((inner, s.kind));
            }
        }
    }
    if learned.is_empty() {
        return;
    }
    let mut fresh = Vec::new();
    for t in tokens {
        if let Some((_, kind)) = learned.iter().find(|(a, _)| *a == t.text) {
            if overlapping(spans, t.start, t.end).is_empty() {
                fresh.push(guess(text, t.start, t.end, *kind));
            }
        }
    }
    spans.extend(fresh);
    spans.sort_by_key(|s| s.start);
}

/// Two tokens separated by exactly one space (or a hyphen for hyphenated names).
fn adjacent(text: &str, a: &Token, b: &Token) -> bool {
    matches!(&text[a.end..b.start], " ")
}

fn guess(text: &str, start: usize, end: usize, kind: EntityKind) -> Span {
    Span { start, end, text: text[start..end].to_string(), kind, entity: None, guessed: true }
}

#[allow(clippy::too_many_arguments)]
fn classify_run(
    text: &str,
    tokens: &[Token],
    i: usize,
    j: usize,
    known: &[Span],
    covered: &dyn Fn(&Token) -> bool,
    guesses: &mut Vec<Span>,
    swallowed: &mut HashSet<usize>,
    person_words: &mut HashSet<String>,
    pending_single: &mut Vec<(usize, usize)>,
) {
    let run = &tokens[i..j];
    let last = run[run.len() - 1];
    // "the 20th National Congress", "the 40th and 41st ASEAN Summits": an
    // event, not an entity; the gazetteer's names inside it still count.
    if i.checked_sub(1).is_some_and(|p| is_ordinal(tokens[p].text)) {
        return;
    }
    // A whole run that names an organization wins over known names inside it.
    // "… University", or "Court of Arbitration", "Ministry of Foreign Affairs".
    let org_like = run.len() >= 2
        && (has(ORG_TAIL, last.text) || run.windows(2).any(|w| (has(ORG_TAIL, w[0].text) || has(ORG_HEAD, w[0].text)) && w[1].text == "of"));
    let place_like = run.len() >= 2 && has(PLACE_TAIL, last.text) && !run.iter().any(|t| t.text == "and");
    if org_like || place_like {
        // Leading articles and adjectives are not part of the name: "The",
        // "Vietnamese", "Hawaii-based", or a sentence-initial "However".
        let mut a = 0;
        // Demonyms stay in an organization's name: "Philippine Coast Guard".
        let drop = |t: &Token| has(&["the", "a", "an"], t.text) || (is_adjective(t.text) && !(org_like && has(DEMONYMS, t.text))) || t.sentence_start && has(STOP, t.text) && !has(ORG_HEAD, t.text);
        while a + 1 < run.len() && drop(&run[a]) {
            a += 1;
        }
        let start = run[a].start;
        // Only the known names that overlap the run can cross it, match it
        // or lie inside it.
        let near = overlapping(known, start, last.end);
        let crossing = known[near.clone()].iter().any(|s| (s.start < start && s.end > start) || (s.start < last.end && s.end > last.end));
        let exact = known[near.clone()].iter().any(|s| s.start == start && s.end == last.end);
        if !crossing && !exact && run.len() - a >= 2 {
            for k in near.filter(|&k| known[k].start >= start && known[k].end <= last.end) {
                swallowed.insert(k);
            }
            let kind = if org_like { EntityKind::Org } else { EntityKind::Place };
            guesses.push(guess(text, start, last.end, kind));
            return;
        }
    }
    // Otherwise work on the maximal sub-runs of words not already known.
    let mut a = 0;
    while a < run.len() {
        if covered(&run[a]) || !run[a].capitalized() {
            a += 1;
            continue;
        }
        let mut b = a + 1;
        while b < run.len() && !covered(&run[b]) && run[b].capitalized() {
            b += 1;
        }
        classify_part(text, tokens, i + a, i + b, guesses, person_words, pending_single);
        a = b;
    }
}

fn classify_part(
    text: &str,
    tokens: &[Token],
    mut a: usize,
    b: usize,
    guesses: &mut Vec<Span>,
    person_words: &mut HashSet<String>,
    pending_single: &mut Vec<(usize, usize)>,
) {
    // Leading titles, demonyms and function words are cues, not part of the name.
    let mut titled = false;
    while a < b && (has(STOP, tokens[a].text) || is_adjective(tokens[a].text) || has(PERSON_BEFORE, tokens[a].text)) {
        titled |= has(PERSON_BEFORE, tokens[a].text);
        a += 1;
    }
    if a >= b {
        return;
    }
    let part = &tokens[a..b];
    if part.iter().any(|t| is_adjective(t.text) || t.text.chars().any(|c| c.is_ascii_digit())) {
        return;
    }
    if part.iter().all(|t| has(STOP, t.text)) {
        return;
    }
    let (first, last) = (part[0], part[part.len() - 1]);
    let prev = a.checked_sub(1).map(|p| tokens[p]);
    let next = tokens.get(b);
    let prev_word = prev.filter(|p| adjacent_or_comma(text, p, &first)).map(|p| p.text);
    let next_word = next.filter(|n| adjacent_or_comma(text, &last, n)).map(|n| n.text);
    let all_caps = part.len() == 1 && first.text.chars().filter(|c| c.is_alphabetic()).count() >= 2 && first.text.chars().all(|c| !c.is_lowercase());

    let kind = if has(ORG_TAIL, last.text) && part.len() >= 2 {
        Some(EntityKind::Org)
    } else if has(PLACE_TAIL, last.text) && part.len() >= 2 {
        Some(EntityKind::Place)
    } else if all_caps {
        None
    } else if titled || prev_word.is_some_and(|w| has(PERSON_BEFORE, w)) || next_word.is_some_and(|w| has(PERSON_AFTER, w)) {
        Some(EntityKind::Person)
    } else if first.headline {
        // In a headline, capitals and prepositions prove nothing.
        None
    } else if part.len() == 1 && prev_word.is_some_and(|w| has(PLACE_BEFORE, w) && w.chars().all(char::is_lowercase)) {
        Some(EntityKind::Place)
    } else if (2..=4).contains(&part.len())
        && !part.iter().any(|t| looks_like_common_word(t.text) || has(ORG_TAIL, t.text) || has(PLACE_TAIL, t.text))
        && prev_word != Some("the")
    {
        Some(EntityKind::Person)
    } else {
        None
    };
    match kind {
        Some(kind) => {
            if kind == EntityKind::Person {
                for t in part {
                    person_words.insert(t.text.to_lowercase());
                }
            }
            guesses.push(guess(text, first.start, last.end, kind));
        }
        None if part.len() == 1 && !all_caps => pending_single.push((a, b)),
        None => {}
    }
}

/// Adjacent, or separated by a comma and a space ("Khang Vu, a visiting scholar").
fn adjacent_or_comma(text: &str, a: &Token, b: &Token) -> bool {
    matches!(&text[a.end..b.start], " " | ", " | ",” " | "\" " | ",\" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn span(start: usize, end: usize) -> Span {
        Span { start, end, text: String::new(), kind: EntityKind::Place, entity: None, guessed: false }
    }

    #[test]
    fn overlapping_table() {
        let spans = [span(0, 2), span(4, 6), span(6, 9), span(12, 13)];
        let rows = [((0, 1), 0..1), ((2, 4), 1..1), ((1, 5), 0..2), ((5, 7), 1..3), ((9, 12), 3..3), ((0, 20), 0..4), ((13, 14), 4..4), ((6, 6), 2..2)];
        for ((start, end), want) in rows {
            assert_eq!(overlapping(&spans, start, end), want, "{start}..{end}");
        }
        assert_eq!(overlapping(&[], 0, 5), 0..0);
    }

    /// Every word of a long paragraph was checked against every known name,
    /// every guess against every span, and every guessed name re-read its
    /// whole line for the headline test: a paragraph repeating names took
    /// time growing with its square, and 2 MB froze the page. The time is
    /// in `make bench` (`repeated-names`, now linear); this checks the
    /// result of the new path.
    #[test]
    fn regression_a_paragraph_repeating_names_was_quadratic() {
        let corpus = crate::Corpus::default();
        let recognizer = crate::Recognizer::with_world(&corpus, "place\tHà Nội\t\n");
        let text = "Hà Nội and Lan Vu (LV) met, and LV spoke in Hà Nội. ".repeat(500);
        let spans = recognizer.annotate(&text);
        assert!(spans.windows(2).all(|w| w[0].end <= w[1].start), "sorted and disjoint");
        let count = |name: &str| spans.iter().filter(|s| s.text == name).count();
        assert_eq!(count("Hà Nội"), 1000);
        assert_eq!(count("Lan Vu"), 500);
        assert_eq!(count("LV"), 1000);
    }

    #[test]
    fn tokenize_keeps_initials_and_drops_possessives() {
        let rows: &[(&str, &[&str])] = &[
            ("Daniel K. Inouye Center", &["Daniel", "K.", "Inouye", "Center"]),
            ("Trong’s visit to the U.S. today", &["Trong", "visit", "to", "the", "U.S.", "today"]),
            ("Marxist-Leninist state", &["Marxist-Leninist", "state"]),
            ("", &[]),
        ];
        for (text, want) in rows {
            let got: Vec<&str> = tokenize(text).iter().map(|t| t.text).collect();
            assert_eq!(&got, want, "{text}");
        }
    }
}
