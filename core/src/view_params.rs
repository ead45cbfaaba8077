//! The view as URL parameters: readable, stable, and forgiving.
//!
//! `a=rfa-2022-trong-beijing&b=voa-2024-to-lam-reassure-beijing&vp=hedging,deference&kinds=person,org&e=xi-jinping&theme=dark`
//!
//! [`ViewParams::parse`] keeps every parameter it understands and reports the
//! rest as notices; it never fails. [`ViewParams::format`] writes only what
//! differs from the defaults, in a fixed order, so equal views have equal
//! URLs. Whether ids exist in the corpus is for the caller to check.

use crate::model::EntityKind;

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Theme {
    #[default]
    Auto,
    Light,
    Dark,
}

impl Theme {
    pub fn as_str(self) -> &'static str {
        match self {
            Theme::Auto => "auto",
            Theme::Light => "light",
            Theme::Dark => "dark",
        }
    }

    fn parse(s: &str) -> Option<Theme> {
        [Theme::Auto, Theme::Light, Theme::Dark].into_iter().find(|t| t.as_str() == s)
    }
}

/// How an embedded reader's frame gets its height.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Height {
    /// Post `bamboo-reader:height` messages so the host page can size the frame.
    #[default]
    Auto,
    /// Post nothing: the host gives the frame a fixed height and the reader
    /// scrolls inside it.
    Fixed,
}

impl Height {
    pub fn as_str(self) -> &'static str {
        match self {
            Height::Auto => "auto",
            Height::Fixed => "fixed",
        }
    }

    fn parse(s: &str) -> Option<Height> {
        [Height::Auto, Height::Fixed].into_iter().find(|h| h.as_str() == s)
    }
}

/// The side panel's sections. Every tool that is not the text itself lives
/// in one; a new tool is a new variant (and its label and link name here).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Panel {
    /// The focused entity's card and every entity in view.
    Entities,
    /// One card per quoted analyst, with links to the quotes.
    Analysts,
    /// "Who says what": viewpoints by article.
    Compare,
    /// The reader's own articles: add, list, export, import, download.
    Yours,
    /// Search every article: results grouped by article.
    Search,
    /// What the two articles both name, and what only one of them names.
    Shared,
    /// Which rival name each article uses for a disputed place.
    Names,
    /// The figures the articles give for the same quantity, side by side.
    Figures,
    /// The visits on a time line, with each article at its date.
    Timeline,
    /// The places in view on a map.
    Map,
}

impl Panel {
    pub const ALL: [Panel; 10] = [
        Panel::Entities,
        Panel::Search,
        Panel::Shared,
        Panel::Names,
        Panel::Figures,
        Panel::Timeline,
        Panel::Map,
        Panel::Analysts,
        Panel::Compare,
        Panel::Yours,
    ];

    /// The name in links (`panel=analysts`).
    pub fn as_str(self) -> &'static str {
        match self {
            Panel::Entities => "entities",
            Panel::Analysts => "analysts",
            Panel::Compare => "compare",
            Panel::Yours => "yours",
            Panel::Search => "search",
            Panel::Shared => "shared",
            Panel::Names => "names",
            Panel::Figures => "figures",
            Panel::Timeline => "timeline",
            Panel::Map => "map",
        }
    }

    /// The section's heading and tab label.
    pub fn label(self) -> &'static str {
        match self {
            Panel::Entities => "Entities",
            Panel::Analysts => "Analysts",
            Panel::Compare => "Who says what",
            Panel::Yours => "Your articles",
            Panel::Search => "Search",
            Panel::Shared => "Shared and missing",
            Panel::Names => "Names used",
            Panel::Figures => "Compare figures",
            Panel::Timeline => "Timeline",
            Panel::Map => "Map",
        }
    }

    /// The section's tab: its label, shortened to fit ten tabs in two rows.
    pub fn tab_label(self) -> &'static str {
        match self {
            Panel::Shared => "Shared",
            Panel::Names => "Names",
            Panel::Figures => "Figures",
            Panel::Yours => "Yours",
            _ => self.label(),
        }
    }

    /// The next section in [`Panel::ALL`] (or the previous one), wrapping
    /// around: what the arrow keys move to in the section tabs.
    pub fn beside(self, forward: bool) -> Panel {
        let n = Panel::ALL.len();
        let at = Panel::ALL.iter().position(|p| *p == self).unwrap_or(0);
        Panel::ALL[if forward { (at + 1) % n } else { (at + n - 1) % n }]
    }

    fn parse(s: &str) -> Option<Panel> {
        Panel::ALL.into_iter().find(|p| p.as_str() == s)
    }
}

/// Everything a link can say about the view.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ViewParams {
    /// Article ids of the left and right columns.
    pub a: Option<String>,
    pub b: Option<String>,
    /// Selected viewpoint ids.
    pub vp: Vec<String>,
    /// The analyst filter (an entity id).
    pub analyst: Option<String>,
    /// Show only matching paragraphs.
    pub only: bool,
    /// Highlighted kinds; `None` means all.
    pub kinds: Option<Vec<EntityKind>>,
    /// The focused entity id.
    pub e: Option<String>,
    pub theme: Theme,
    /// The compact embedded reader.
    pub embed: bool,
    /// How the embedded reader's frame is sized.
    pub height: Height,
    /// The open panel, if any.
    pub panel: Option<Panel>,
    /// The search query, as typed (`q=`); empty for none.
    pub q: String,
    /// The figures layer is on (`fig=1`).
    pub figures: bool,
}

/// A slug: lowercase letters, digits and `-`, optionally after `user:` or
/// `host:` (a reader's own article, or one the host page added).
fn is_id(s: &str) -> bool {
    let slug = s.strip_prefix("user:").or_else(|| s.strip_prefix("host:")).unwrap_or(s);
    !slug.is_empty() && s.len() <= 120 && slug.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
}

fn kind(s: &str) -> Option<EntityKind> {
    EntityKind::ALL.into_iter().find(|k| k.as_str() == s)
}

fn flag(s: &str) -> Option<bool> {
    match s {
        "1" | "true" | "yes" | "on" => Some(true),
        "0" | "false" | "no" | "off" => Some(false),
        _ => None,
    }
}

/// `%XX` decoding of a query or fragment value; `None` if malformed.
fn decode(s: &str) -> Option<String> {
    let bytes = s.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'%' => {
                // Two hex digits: `from_str_radix` alone would take "+1".
                let hex = s.get(i + 1..i + 3).filter(|h| h.bytes().all(|b| b.is_ascii_hexdigit()))?;
                out.push(u8::from_str_radix(hex, 16).ok()?);
                i += 3;
            }
            b'+' => {
                out.push(b' ');
                i += 1;
            }
            b => {
                out.push(b);
                i += 1;
            }
        }
    }
    String::from_utf8(out).ok()
}

/// The longest query a link keeps, in characters.
pub const MAX_QUERY: usize = 200;

/// `%XX` encoding of everything but unreserved characters, with spaces as `+`.
fn encode(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for b in s.bytes() {
        match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'~' => out.push(b as char),
            b' ' => out.push('+'),
            _ => out.push_str(&format!("%{b:02X}")),
        }
    }
    out
}

/// A short, printable form of user input for a notice.
fn shown(s: &str) -> String {
    let clean: String = s.chars().filter(|c| !c.is_control()).take(40).collect();
    if s.chars().count() > 40 { format!("{clean}…") } else { clean }
}

impl ViewParams {
    /// Reads `key=value&…` (a URL fragment or query, with or without its
    /// leading `#` or `?`). Returns the parameters and a notice for every
    /// part it had to ignore.
    pub fn parse(input: &str) -> (ViewParams, Vec<String>) {
        let mut p = ViewParams::default();
        let mut notices = Vec::new();
        let input = input.trim_start_matches(['#', '?']);
        for pair in input.split('&').filter(|s| !s.is_empty()) {
            let (raw_key, raw_value) = pair.split_once('=').unwrap_or((pair, ""));
            let (Some(key), Some(value)) = (decode(raw_key), decode(raw_value)) else {
                notices.push(format!("Ignored a malformed part of the link: “{}”.", shown(pair)));
                continue;
            };
            let bad = |notices: &mut Vec<String>| notices.push(format!("Ignored “{}={}”: not a valid value.", shown(&key), shown(&value)));
            match key.as_str() {
                "a" | "b" => {
                    if is_id(&value) {
                        *(if key == "a" { &mut p.a } else { &mut p.b }) = Some(value);
                    } else {
                        bad(&mut notices);
                    }
                }
                "vp" => {
                    for v in value.split(',').filter(|v| !v.is_empty()) {
                        if is_id(v) && !p.vp.iter().any(|x| x == v) {
                            p.vp.push(v.to_string());
                        } else if !is_id(v) {
                            notices.push(format!("Ignored the viewpoint “{}”: not a valid id.", shown(v)));
                        }
                    }
                }
                "analyst" | "e" => {
                    if is_id(&value) {
                        *(if key == "e" { &mut p.e } else { &mut p.analyst }) = Some(value);
                    } else {
                        bad(&mut notices);
                    }
                }
                "kinds" => {
                    let mut kinds = Vec::new();
                    let mut invalid = false;
                    for k in value.split(',').filter(|k| !k.is_empty()) {
                        match kind(k) {
                            Some(k) if !kinds.contains(&k) => kinds.push(k),
                            Some(_) => {}
                            None => {
                                invalid = true;
                                notices.push(format!("Ignored the kind “{}”: use person, place or org.", shown(k)));
                            }
                        }
                    }
                    crate::sort::sort(&mut kinds);
                    // "kinds=" hides every kind; only invalid kinds keep the default.
                    if !(invalid && kinds.is_empty()) {
                        p.kinds = Some(kinds);
                    }
                }
                "only" => match flag(&value) {
                    Some(on) => p.only = on,
                    None => bad(&mut notices),
                },
                "embed" => match flag(&value) {
                    Some(on) => p.embed = on,
                    None => bad(&mut notices),
                },
                "theme" => match Theme::parse(&value) {
                    Some(t) => p.theme = t,
                    None => notices.push(format!("Ignored the theme “{}”: use light, dark or auto.", shown(&value))),
                },
                "height" => match Height::parse(&value) {
                    Some(h) => p.height = h,
                    None => notices.push(format!("Ignored the height “{}”: use auto or fixed.", shown(&value))),
                },
                "panel" => match Panel::parse(&value) {
                    Some(panel) => p.panel = Some(panel),
                    None if value.is_empty() => p.panel = None,
                    None => notices.push(format!("Ignored the panel “{}”: use {}.", shown(&value), Panel::ALL.map(Panel::as_str).join(", "))),
                },
                "q" => p.q = value.chars().filter(|c| !c.is_control()).take(MAX_QUERY).collect(),
                "fig" => match flag(&value) {
                    Some(on) => p.figures = on,
                    None => bad(&mut notices),
                },
                _ => notices.push(format!("Ignored the unknown setting “{}”.", shown(&key))),
            }
        }
        (p, notices)
    }

    /// The view alone, without the settings of the frame it is shown in
    /// (`embed`, `height`): what a shared link or an embed code carries.
    pub fn view_only(&self) -> ViewParams {
        ViewParams { embed: false, height: Height::Auto, ..self.clone() }
    }

    /// The parameters that differ from the defaults, `key=value&…`.
    pub fn format(&self) -> String {
        let mut parts: Vec<String> = Vec::new();
        if let Some(a) = &self.a {
            parts.push(format!("a={a}"));
        }
        if let Some(b) = &self.b {
            parts.push(format!("b={b}"));
        }
        if !self.vp.is_empty() {
            parts.push(format!("vp={}", self.vp.join(",")));
        }
        if let Some(a) = &self.analyst {
            parts.push(format!("analyst={a}"));
        }
        if self.only {
            parts.push("only=1".into());
        }
        if let Some(kinds) = &self.kinds {
            if kinds.len() < EntityKind::ALL.len() {
                let names: Vec<&str> = kinds.iter().map(|k| k.as_str()).collect();
                parts.push(format!("kinds={}", names.join(",")));
            }
        }
        if let Some(e) = &self.e {
            parts.push(format!("e={e}"));
        }
        if self.figures {
            parts.push("fig=1".into());
        }
        if !self.q.trim().is_empty() {
            parts.push(format!("q={}", encode(&self.q)));
        }
        if let Some(panel) = self.panel {
            parts.push(format!("panel={}", panel.as_str()));
        }
        if self.theme != Theme::Auto {
            parts.push(format!("theme={}", self.theme.as_str()));
        }
        if self.embed {
            parts.push("embed=1".into());
        }
        if self.height != Height::Auto {
            parts.push(format!("height={}", self.height.as_str()));
        }
        parts.join("&")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parse_table() {
        let full = ViewParams {
            a: Some("rfa-2022".into()),
            b: Some("voa-2024".into()),
            vp: vec!["hedging".into(), "deference".into()],
            analyst: Some("carl-thayer".into()),
            only: true,
            kinds: Some(vec![EntityKind::Person, EntityKind::Org]),
            e: Some("xi-jinping".into()),
            theme: Theme::Dark,
            embed: true,
            height: Height::Fixed,
            panel: Some(Panel::Analysts),
            q: String::new(),
            figures: false,
        };
        let rows: Vec<(&str, ViewParams, usize)> = vec![
            ("", ViewParams::default(), 0),
            ("#", ViewParams::default(), 0),
            ("#a=rfa-2022&b=voa-2024&vp=hedging,deference&analyst=carl-thayer&only=1&kinds=org,person&e=xi-jinping&panel=analysts&theme=dark&embed=1&height=fixed", full.clone(), 0),
            ("#panel=compare", ViewParams { panel: Some(Panel::Compare), ..Default::default() }, 0),
            ("#panel=", ViewParams::default(), 0),
            ("#panel=drawer", ViewParams::default(), 1),
            ("?a=rfa-2022", ViewParams { a: Some("rfa-2022".into()), ..Default::default() }, 0),
            ("#a=RFA<script>", ViewParams::default(), 1),
            ("#theme=purple", ViewParams::default(), 1),
            ("#kinds=person,ghost,person", ViewParams { kinds: Some(vec![EntityKind::Person]), ..Default::default() }, 1),
            ("#kinds=", ViewParams { kinds: Some(vec![]), ..Default::default() }, 0),
            ("#kinds=ghost", ViewParams::default(), 1),
            ("#vp=hedging,,hedging,Bad!", ViewParams { vp: vec!["hedging".into()], ..Default::default() }, 1),
            ("#zoom=3&a=x", ViewParams { a: Some("x".into()), ..Default::default() }, 1),
            ("#a=%ZZ&b=y", ViewParams { b: Some("y".into()), ..Default::default() }, 1),
            ("#a=%E2%82", ViewParams::default(), 1),
            // A sign is not a hex digit: "%+4" is no escape of byte 4.
            ("#q=%+41", ViewParams::default(), 1),
            ("#only=maybe&embed=yes", ViewParams { embed: true, ..Default::default() }, 1),
            ("#height=auto", ViewParams::default(), 0),
            ("#height=fixed", ViewParams { height: Height::Fixed, ..Default::default() }, 0),
            ("#height=tall", ViewParams::default(), 1),
            ("#a=r%C3%A9", ViewParams::default(), 1),
            ("&&&=&a", ViewParams::default(), 2),
            ("#q=Nguy%E1%BB%85n+Ph%C3%BA&panel=search", ViewParams { q: "Nguyễn Phú".into(), panel: Some(Panel::Search), ..Default::default() }, 0),
            ("#q=%22East%20Sea%22", ViewParams { q: "\"East Sea\"".into(), ..Default::default() }, 0),
            ("#q=a%0Ab", ViewParams { q: "ab".into(), ..Default::default() }, 0),
            ("#fig=1", ViewParams { figures: true, ..Default::default() }, 0),
            ("#fig=2", ViewParams::default(), 1),
        ];
        for (input, want, notices) in rows {
            let (got, n) = ViewParams::parse(input);
            assert_eq!(got, want, "{input}");
            assert_eq!(n.len(), notices, "{input}: {n:?}");
        }
    }

    #[test]
    fn format_round_trips_and_omits_defaults() {
        assert_eq!(ViewParams::default().format(), "");
        let p = ViewParams { a: Some("x".into()), kinds: Some(EntityKind::ALL.to_vec()), theme: Theme::Light, ..Default::default() };
        assert_eq!(p.format(), "a=x&theme=light");
        let (back, notices) = ViewParams::parse(&p.format());
        assert!(notices.is_empty());
        assert_eq!(back.format(), p.format());
    }

    #[test]
    fn queries_round_trip_through_links() {
        for q in ["hanoi", "Nguyễn Phú Trọng", "\"East Sea\" Hoàng Sa", "a&b=c#d%e+f", "100% $230.2"] {
            let p = ViewParams { q: q.into(), ..Default::default() };
            let (back, notices) = ViewParams::parse(&p.format());
            assert!(notices.is_empty(), "{q}: {notices:?}");
            assert_eq!(back.q, q);
        }
        assert_eq!(ViewParams { q: "  ".into(), ..Default::default() }.format(), "");
    }

    #[test]
    fn ids_of_own_and_host_articles_are_kept() {
        let rows = [("a=user:u-0a1b", Some("user:u-0a1b")), ("a=host:u-9", Some("host:u-9")), ("a=user:", None), ("a=user:U-X", None), ("a=other:x", None)];
        for (input, want) in rows {
            assert_eq!(ViewParams::parse(input).0.a.as_deref(), want, "{input}");
        }
    }

    #[test]
    fn panel_beside_wraps_around() {
        let rows = [
            (Panel::Map, true, Panel::Analysts),
            (Panel::Compare, true, Panel::Yours),
            (Panel::Yours, true, Panel::Entities),
            (Panel::Entities, false, Panel::Yours),
            (Panel::Entities, true, Panel::Search),
            (Panel::Analysts, false, Panel::Map),
        ];
        for (from, forward, want) in rows {
            assert_eq!(from.beside(forward), want, "{from:?} {forward}");
        }
    }

    #[test]
    fn view_only_drops_the_frame_settings() {
        let rows = [
            ("a=x&b=y", "a=x&b=y"),
            ("a=x&embed=1", "a=x"),
            ("a=x&embed=1&height=fixed", "a=x"),
            ("embed=1", ""),
            ("vp=hedging&theme=dark&embed=1&height=fixed", "vp=hedging&theme=dark"),
        ];
        for (input, want) in rows {
            assert_eq!(ViewParams::parse(input).0.view_only().format(), want, "{input}");
        }
    }
}
