//! Table-driven tests of [`find_figures`]: the corpus's real phrasings, the
//! traps that must not be figures, and a property test on arbitrary text.

use super::*;

fn money(code: &str) -> Unit {
    Unit::Money(code.into())
}

fn count(noun: &str) -> Unit {
    Unit::Count(noun.into())
}

/// The figures of `text` as (matched text, value, unit).
fn found(text: &str) -> Vec<(&str, f64, Unit)> {
    find_figures(text).into_iter().map(|f| (&text[f.start..f.end], f.value, f.unit)).collect()
}

#[test]
fn corpus_phrasings_are_figures() {
    let rows: &[(&str, &str, f64, Unit)] = &[
        // (text, matched, value, unit)
        // rfa-2022-trong-beijing
        ("Bilateral trade reached U.S. $230.2 billion in 2021, up", "$230.2 billion", 230_200_000_000.0, money("USD")),
        ("up 19.7% year-on-year according to Chinese government data.", "19.7%", 19.7, Unit::Percent),
        ("Thanh Mai, a Facebook user with more than 52,000 followers, said", "52,000 followers", 52_000.0, count("followers")),
        ("China is one of four countries that currently have", "four countries", 4.0, count("countries")),
        ("Writer Luu Trong Van, who has more than 106,000 Facebook followers, said", "106,000 Facebook followers", 106_000.0, count("facebook followers")),
        ("“Vietnam cannot turn to the United States because of two reasons: fear", "two reasons", 2.0, count("reasons")),
        // dw-2023-xi-heads-to-vietnam
        ("In comparison, the US-Vietnam trade reached around $111.5 billion in the same year.", "$111.5 billion", 111_500_000_000.0, money("USD")),
        // voa-2024-to-lam-reassure-beijing
        ("The two leaders witnessed the signing of 14 cooperation documents on topics", "14 cooperation documents", 14.0, count("cooperation documents")),
        ("a high-level entourage that included five members of the Politburo", "five members", 5.0, count("members")),
        // caporale-2022-mr-trong-goes-to-beijing
        ("The trip signaled unity among two of only five remaining communist-led countries while", "five remaining communist-led countries", 5.0, count("remaining communist-led countries")),
        ("built artificial islands including, 3,200 acres in the Spratlys", "3,200 acres", 3_200.0, count("acres")),
        ("when it agreed to pay about a billion dollars to", "a billion dollars", 1e9, money("USD")),
        ("to two foreign oil companies after it canceled", "two foreign oil companies", 2.0, count("foreign oil companies")),
        ("56.9 percent chose the United States", "56.9 percent", 56.9, Unit::Percent),
        ("while only 11.8 percent picked China.", "11.8 percent", 11.8, Unit::Percent),
        ("73.6 percent of Vietnamese chose the United States.", "73.6 percent", 73.6, Unit::Percent),
        ("In comparison, only 26.4 percent opted for China.", "26.4 percent", 26.4, Unit::Percent),
        ("met by over eighty Chinese boats that deployed water cannons", "eighty Chinese boats", 80.0, count("chinese boats")),
        ("and later two other Chinese ships armed with anti-air missiles.", "two other Chinese ships", 2.0, count("other chinese ships")),
        ("Over twenty people lost their lives, while hundreds were injured.", "twenty people", 20.0, count("people")),
        ("provided Vietnam with over $60 million in security assistance between 2017 and 2020.", "$60 million", 60_000_000.0, money("USD")),
        ("while thirteen economic agreements that steadied up supply chains were signed.", "thirteen economic agreements", 13.0, count("economic agreements")),
        // 9dashline-2022-regime-state-security
        ("with bilateral trade surpassing USD 165 billion in 2021.", "USD 165 billion", 165_000_000_000.0, money("USD")),
        // The other forms the layer knows.
        ("a plan worth US$1.5 trillion", "US$1.5 trillion", 1.5e12, money("USD")),
        ("a credit of VND 20 trillion.", "VND 20 trillion", 2e13, money("VND")),
        ("aid of €186 billion", "€186 billion", 186e9, money("EUR")),
        ("a loan of 2 billion yuan", "2 billion yuan", 2e9, money("CNY")),
        ("a $3bn deal", "$3bn", 3e9, money("USD")),
        ("200 million dollars in loans", "200 million dollars", 2e8, money("USD")),
        ("worth 5 US dollars", "5 US dollars", 5.0, money("USD")),
        ("it rose 39%.", "39%", 39.0, Unit::Percent),
        ("it rose 39 per cent.", "39 per cent", 39.0, Unit::Percent),
        ("it rose 4.5 percent.", "4.5 percent", 4.5, Unit::Percent),
        ("36 agreements were signed", "36 agreements", 36.0, count("agreements")),
        ("two million tourists came", "two million tourists", 2e6, count("tourists")),
        ("Twenty-one countries signed", "Twenty-one countries", 21.0, count("countries")),
        ("a dozen countries signed", "a dozen countries", 12.0, count("countries")),
        ("(14 documents)", "14 documents", 14.0, count("documents")),
    ];
    let mut failures = Vec::new();
    for (text, matched, value, unit) in rows {
        let got = found(text);
        if got != [(*matched, *value, unit.clone())] {
            failures.push(format!("{text:?}\n  want: [({matched:?}, {value}, {unit:?})]\n  got:  {got:?}"));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn traps_are_not_figures() {
    let rows: &[&str] = &[
        // Years and ranges of years.
        "Bilateral trade in 2022 grew.",
        "in 2021 exports rose",
        "the 2023–2024 season",
        "from 1804 to 1945, had to send tributes",
        "a 2020 altercation",
        "the 2011 agreement on basic principles",
        "its post-1991 China policy",
        // Dates.
        "on 30 October, Vietnam",
        "visit to Beijing on Oct. 30 at the invitation",
        "on Oct 30, 2022 in Beijing",
        "Lam landed in China on 18 August 2024 in his first trip",
        "Lam landed in China on August 18 in his first foreign trip",
        "Between October 30 and November 2, Vietnamese",
        "from 30 October to 1 November, Trong",
        "dated 2022-10-30",
        // Ordinals.
        "the 15th meeting",
        "following the 20th National Congress",
        "during the 40th and 41st ASEAN Summits",
        "Trong is the first foreign leader; Xi's third term at the third plenum",
        // "one", "two of", the determiners.
        "China is one of the four",
        "he was one of the most loyal people",
        "one says many things",
        "one agreement was signed",
        "the two countries signed",
        "The two Asian nations are close",
        "The remaining three countries are Russia",
        "these two factors are often intertwined",
        "two of Vietnam's strategic partners",
        "their two parties agreed",
        // Durations.
        "just two weeks after Lam had been appointed",
        "every two years and an envoy every four years",
        "Vietnam's first communists 100 years ago",
        "three months before Xi's arrival",
        // Times.
        "at 10:30 the talks began",
        "at 3 pm",
        // Article and paragraph numbers, resolutions.
        "under Article 4 provisions",
        "see paragraph 12 notes",
        // Phone-like numbers and codes.
        "call +84 24 3825 1234 today",
        "call 0243 825 1234 now",
        "call 024-3825-1234 for tickets",
        "call (024) 3825 1234 for tickets",
        // Dollars of other countries are not US dollars.
        "a HK$5 billion bond",
        // Numbers joined to words.
        "handling the COVID-19 pandemic",
        "Beginning in 111BC, China invaded",
        "a nearly 1,000-year reign",
        "with a 21-cannon salute",
        "a twenty-one gun salute and",
        "increased two-fold between",
        "a one-party state",
        "in the 1990s, trade grew",
        "in the 2000s people travelled",
        // Numbers without a following plural noun.
        "In AD 939, Vietnam achieved independence",
        "Over 500 were injured",
        "hundreds were injured",
        "a year ago",
        "$ alone, and € too, US$ nothing",
    ];
    let mut failures = Vec::new();
    for text in rows {
        let got = found(text);
        if !got.is_empty() {
            failures.push(format!("{text:?}: {got:?}"));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn a_currency_in_brackets_is_a_second_figure_with_its_own_currency() {
    let text = "Bilateral commerce surpassed $200 billion (€186 billion) in 2021, according to reports.";
    assert_eq!(found(text), vec![("$200 billion", 200e9, money("USD")), ("€186 billion", 186e9, money("EUR"))]);
}

#[test]
fn figures_come_in_order_in_a_long_sentence() {
    let text = "Trade hit $230.2 billion, up 19.7%, as 14 cooperation documents and 36 agreements were signed in 2024.";
    let got: Vec<&str> = found(text).into_iter().map(|f| f.0).collect();
    assert_eq!(got, ["$230.2 billion", "19.7%", "14 cooperation documents", "36 agreements"]);
}

#[test]
fn describe_table() {
    let f = |value: f64, unit: Unit| Figure { start: 0, end: 0, value, unit };
    let rows = [
        (f(230_200_000_000.0, money("USD")), "230.2 billion USD"),
        (f(186e9, money("EUR")), "186 billion EUR"),
        (f(1.5e12, money("USD")), "1.5 trillion USD"),
        (f(60e6, money("USD")), "60 million USD"),
        (f(39.0, Unit::Percent), "39%"),
        (f(19.7, Unit::Percent), "19.7%"),
        (f(14.0, count("cooperation documents")), "14 cooperation documents"),
        (f(3_200.0, count("acres")), "3,200 acres"),
        (f(106_000.0, count("followers")), "106,000 followers"),
        (f(2e6, count("tourists")), "2 million tourists"),
    ];
    for (figure, want) in rows {
        assert_eq!(figure.describe(), want);
    }
}

#[test]
fn spread_table() {
    let rows: &[(&[f64], Option<f64>)] = &[
        (&[], None),
        (&[5.0], None),
        (&[0.0, 5.0], None),
        (&[100.0, 100.0], Some(0.0)),
        (&[100.0, 150.0, 120.0], Some(50.0)),
        (&[200e9, 165e9, 230.2e9], Some((230.2 - 165.0) / 165.0 * 100.0)),
    ];
    for (values, want) in rows {
        let got = spread(values);
        assert!(match (got, want) {
            (Some(g), Some(w)) => (g - w).abs() < 1e-9,
            (g, w) => g == *w,
        }, "{values:?}: {got:?}");
    }
    assert_eq!(spread(&[165e9, 230.2e9]).map(f64::round), Some(40.0));
}

#[test]
fn unit_kinds() {
    assert_eq!([money("USD").kind(), Unit::Percent.kind(), count("x").kind()], ["money", "percent", "count"]);
}

/// Overflowing digit strings once had nowhere to go: they are not figures.
#[test]
fn very_long_digit_strings_are_not_figures() {
    assert!(found("$12345678901234567890 billion").is_empty());
    assert!(found("12345678901234567890 people").is_empty());
}

proptest::proptest! {
    #[test]
    fn figures_are_ordered_disjoint_ranges_on_char_boundaries(text in "(\\PC|[0-9$€%,. -]|billion|percent|people|one|the|US|USD){0,40}") {
        let figures = find_figures(&text);
        let mut last = 0;
        for f in &figures {
            proptest::prop_assert!(last <= f.start && f.start < f.end && f.end <= text.len());
            proptest::prop_assert!(text.is_char_boundary(f.start) && text.is_char_boundary(f.end));
            proptest::prop_assert!(f.value.is_finite() && f.value >= 0.0);
            last = f.end;
        }
    }

    #[test]
    fn arbitrary_strings_never_panic(text in "\\PC*") {
        let _ = find_figures(&text);
    }
}
