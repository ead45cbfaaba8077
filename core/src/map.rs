//! The inline map of East and Southeast Asia and the South China Sea: the
//! country shapes and the projection that puts places on them.
//!
//! The shapes are drawn at build time, not at run time: `scripts/map.mjs`
//! (`make map`) simplifies Natural Earth's 1:50m countries (public domain),
//! clips them to the box below, projects them and writes `data/map.tsv`,
//! which is committed and compiled in here. Each line is a country's name and
//! an SVG path in integer coordinates; `#` lines document the source and the
//! projection, and `# check` lines give places as the script projected them,
//! so the tests can hold [`project`] to the same formula.
//!
//! The projection is equirectangular, true to scale at the middle latitude
//! of the box: `x = (lon − 90) · cos 17.5° · k`, `y = (46 − lat) · k`, with
//! `k` chosen so that the box is [`view_box`]`().0` wide. A view draws the
//! [`shapes`] in an `<svg viewBox="0 0 w h">` and pins places (for example a
//! [`Known`](crate::Known)'s `coords`) at [`project`]`(lat, lon)`.

/// The shapes and the projection's header, as `scripts/map.mjs` wrote them.
pub const MAP_DATA: &str = include_str!("../data/map.tsv");

/// The box the map shows, in degrees: west, east, south, north.
const LON0: f64 = 90.0;
const LON1: f64 = 146.0;
const LAT0: f64 = -11.0;
const LAT1: f64 = 46.0;
/// The width of the map in SVG units; the height follows from the box.
const WIDTH: f64 = 1000.0;

/// One country's outline, clipped to the map.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct MapShape {
    /// The country's name, as the gazetteer writes it where it can.
    pub name: &'static str,
    /// An SVG path (`M`, relative `l`, `z`, integers) in the map's units.
    pub d: &'static str,
}

/// Every country shape of the map, west and east of the sea alike, by name.
pub fn shapes() -> impl Iterator<Item = MapShape> {
    MAP_DATA.lines().filter(|l| !l.starts_with('#')).filter_map(|l| {
        let (name, d) = l.split_once('\t')?;
        (!name.is_empty() && !d.is_empty()).then_some(MapShape { name, d })
    })
}

/// SVG units per degree of latitude (and per degree of longitude at the
/// middle latitude).
fn scale() -> (f64, f64) {
    let cos = ((LAT0 + LAT1) / 2.0).to_radians().cos();
    (WIDTH / ((LON1 - LON0) * cos), cos)
}

/// The map's size in SVG units, `(width, height)`: the `viewBox` is
/// `0 0 width height`.
pub fn view_box() -> (f32, f32) {
    let (k, _) = scale();
    (WIDTH as f32, ((LAT1 - LAT0) * k).round() as f32)
}

/// Where a place at `lat`, `lon` (decimal degrees) falls on the map, or
/// `None` when it is outside the map (or not a number).
pub fn project(lat: f64, lon: f64) -> Option<(f32, f32)> {
    if !(LAT0..=LAT1).contains(&lat) || !(LON0..=LON1).contains(&lon) {
        return None;
    }
    let (k, cos) = scale();
    Some((((lon - LON0) * cos * k) as f32, ((LAT1 - lat) * k) as f32))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_header_describes_this_projection() {
        let line = MAP_DATA.lines().find(|l| l.starts_with("# projection ")).expect("a # projection line");
        let (w, h) = view_box();
        let want = format!("# projection lon0={LON0} lon1={LON1} lat0={LAT0} lat1={LAT1} width={w} height={h}");
        assert_eq!(line, want);
    }

    #[test]
    fn check_lines_agree_with_project() {
        let mut seen = Vec::new();
        for line in MAP_DATA.lines().filter_map(|l| l.strip_prefix("# check ")) {
            let f: Vec<&str> = line.split(' ').collect();
            let n: Vec<f64> = f[1..].iter().map(|s| s.parse().expect("a number")).collect();
            let (x, y) = project(n[0], n[1]).unwrap_or_else(|| panic!("{} is on the map", f[0]));
            assert!((f64::from(x) - n[2]).abs() < 0.5 && (f64::from(y) - n[3]).abs() < 0.5, "{line}: got {x} {y}");
            seen.push(f[0]);
        }
        assert_eq!(seen, ["Hanoi", "Beijing", "Manila", "Singapore", "Jakarta"]);
    }

    #[test]
    fn places_fall_where_they_should() {
        let at = |lat, lon| project(lat, lon).expect("on the map");
        let (hanoi, manila, singapore) = (at(21.03, 105.85), at(14.6, 120.98), at(1.35, 103.82));
        assert!(hanoi.0 < manila.0, "Hanoi is west of Manila");
        assert!(hanoi.1 < singapore.1, "Hanoi is north of Singapore");
        let (w, h) = view_box();
        for (lat, lon) in [(46.0, 90.0), (-11.0, 146.0), (10.0, 114.3)] {
            let (x, y) = at(lat, lon);
            assert!((0.0..=w).contains(&x) && (0.0..=h + 0.5).contains(&y), "{lat} {lon}: {x} {y}");
        }
        let rows = [(48.85, 2.35, "Paris"), (38.9, -77.0, "Washington"), (-33.9, 151.2, "Sydney"), (55.75, 37.6, "Moscow"), (f64::NAN, 105.0, "NaN"), (20.0, f64::INFINITY, "infinity")];
        for (lat, lon, what) in rows {
            assert_eq!(project(lat, lon), None, "{what}");
        }
    }

    #[test]
    fn shapes_are_plain_integer_paths() {
        let names: Vec<&str> = shapes().map(|s| s.name).collect();
        for want in ["China", "Vietnam", "Philippines", "Malaysia", "Indonesia", "Taiwan", "Japan", "Laos", "Cambodia", "Thailand", "Brunei"] {
            assert!(names.contains(&want), "{want} in {names:?}");
        }
        for s in shapes() {
            assert!(s.d.starts_with('M') && s.d.ends_with('z'), "{}", s.name);
            assert!(s.d.chars().all(|c| c.is_ascii_digit() || " -Mlz".contains(c)), "{}", s.name);
        }
    }
}
