// Draws the shapes of the inline map of East and Southeast Asia and the
// South China Sea into core/data/map.tsv, which is committed: the app build
// never runs this.
//
//   make map          (or: node scripts/map.mjs > core/data/map.tsv)
//
// Source: Natural Earth's Admin 0 countries at 1:50m (public domain), as the
// world-atlas npm package redistributes them in TopoJSON (the exact version is
// pinned in package.json and written into the output's header).
//
// Steps: simplify the whole topology with topojson-simplify (shared borders
// are simplified once, so neighbours still meet); keep the countries that
// reach into the box below; clip every ring to the box (Sutherland-Hodgman,
// in degrees: the projection maps straight lines of longitude and latitude
// to straight lines, so clipping before projecting is exact); project; round
// to integers; drop rings that collapse to almost nothing (small islands
// vanish: the reader marks them with pins instead).
//
// Projection: equirectangular, true to scale at the box's middle latitude.
//   k = WIDTH / ((LON1 - LON0) · cos(latm)),  latm = (LAT0 + LAT1) / 2
//   x = (lon - LON0) · cos(latm) · k,         y = (LAT1 - lat) · k
// core/src/map.rs computes the same; the `# check` lines let its tests
// verify that.
//
// Output, one country a line: `name<TAB>d`, where d is an SVG path using only
// `M`, relative `l` (implicit after the first pair) and `z`, integers only.

import { readFileSync } from "node:fs";
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);
const { feature } = require("topojson-client");
const { presimplify, simplify } = require("topojson-simplify");

const LON0 = 90, LON1 = 146, LAT0 = -11, LAT1 = 46, WIDTH = 1000;
// Smallest triangle area (square degrees) a point must span to be kept.
const MIN_WEIGHT = 0.003;
// Rings smaller than this (square output units) are dropped.
const MIN_AREA = 20;

const latm = ((LAT0 + LAT1) / 2) * Math.PI / 180;
const k = WIDTH / ((LON1 - LON0) * Math.cos(latm));
const HEIGHT = Math.round((LAT1 - LAT0) * k);

function project(lat, lon) {
  return [(lon - LON0) * Math.cos(latm) * k, (LAT1 - lat) * k];
}

// Shorter names the gazetteer (core/data/world.tsv) also uses.
const RENAME = { "Dem. Rep. Korea": "North Korea", "Republic of Korea": "South Korea", "Lao PDR": "Laos" };

function clip(ring) {
  // Sutherland-Hodgman against each of the four edges of the box.
  const edges = [
    [p => p[0] >= LON0, (a, b) => cut(a, b, 0, LON0)],
    [p => p[0] <= LON1, (a, b) => cut(a, b, 0, LON1)],
    [p => p[1] >= LAT0, (a, b) => cut(a, b, 1, LAT0)],
    [p => p[1] <= LAT1, (a, b) => cut(a, b, 1, LAT1)],
  ];
  let out = ring.slice(0, -1); // open ring
  for (const [inside, cross] of edges) {
    const input = out;
    out = [];
    for (let i = 0; i < input.length; i++) {
      const cur = input[i], prev = input[(i + input.length - 1) % input.length];
      if (inside(cur)) {
        if (!inside(prev)) out.push(cross(prev, cur));
        out.push(cur);
      } else if (inside(prev)) {
        out.push(cross(prev, cur));
      }
    }
    if (out.length === 0) break;
  }
  return out;
}

function cut(a, b, axis, value) {
  const t = (value - a[axis]) / (b[axis] - a[axis]);
  const p = [a[0] + (b[0] - a[0]) * t, a[1] + (b[1] - a[1]) * t];
  p[axis] = value;
  return p;
}

function area(pts) {
  let s = 0;
  for (let i = 0; i < pts.length; i++) {
    const [x0, y0] = pts[i], [x1, y1] = pts[(i + 1) % pts.length];
    s += x0 * y1 - x1 * y0;
  }
  return Math.abs(s) / 2;
}

// Integer points, with repeats and straight-through points removed.
function tidy(pts) {
  const out = [];
  for (const [x, y] of pts) {
    const p = [Math.round(x), Math.round(y)];
    const last = out[out.length - 1];
    if (last && last[0] === p[0] && last[1] === p[1]) continue;
    out.push(p);
  }
  while (out.length > 1 && out[0][0] === out[out.length - 1][0] && out[0][1] === out[out.length - 1][1]) out.pop();
  let changed = true;
  while (changed && out.length > 2) {
    changed = false;
    for (let i = 0; i < out.length && out.length > 2; i++) {
      const a = out[(i + out.length - 1) % out.length], b = out[i], c = out[(i + 1) % out.length];
      const cross = (b[0] - a[0]) * (c[1] - b[1]) - (b[1] - a[1]) * (c[0] - b[0]);
      if (cross === 0) {
        out.splice(i, 1);
        changed = true;
        i--;
      }
    }
  }
  return out;
}

function num(n, first) {
  return n < 0 || first ? String(n) : " " + n;
}

function pathOf(rings) {
  let d = "";
  for (const r of rings) {
    d += "M" + r[0][0] + " " + r[0][1] + "l";
    for (let i = 1; i < r.length; i++) {
      d += num(r[i][0] - r[i - 1][0], i === 1) + num(r[i][1] - r[i - 1][1], false);
    }
    d += "z";
  }
  return d;
}

const source = "world-atlas/countries-50m.json";
const topology = JSON.parse(readFileSync(require.resolve(source), "utf8"));
const version = JSON.parse(readFileSync(require.resolve("world-atlas/package.json"), "utf8")).version;
const simple = simplify(presimplify(topology), MIN_WEIGHT);
const countries = feature(simple, simple.objects.countries).features;

const lines = [];
for (const f of countries) {
  if (!f.geometry) continue;
  const polys = f.geometry.type === "Polygon" ? [f.geometry.coordinates] : f.geometry.type === "MultiPolygon" ? f.geometry.coordinates : [];
  const rings = [];
  for (const poly of polys) {
    for (const ring of poly) {
      const clipped = clip(ring);
      if (clipped.length < 3) continue;
      const pts = tidy(clipped.map(([lon, lat]) => project(lat, lon)));
      if (pts.length >= 3 && area(pts) >= MIN_AREA) rings.push(pts);
    }
  }
  if (rings.length) {
    const name = RENAME[f.properties.name] ?? f.properties.name;
    lines.push([name, pathOf(rings)]);
  }
}
lines.sort((a, b) => a[0].localeCompare(b[0]));

const checks = [["Hanoi", 21.03, 105.85], ["Beijing", 39.9, 116.4], ["Manila", 14.6, 120.98], ["Singapore", 1.35, 103.82], ["Jakarta", -6.2, 106.85]];
const out = [
  "# map.tsv: country shapes for the inline map of East and Southeast Asia and the South China Sea.",
  `# Source: Natural Earth Admin 0 countries 1:50m (public domain), via the world-atlas npm package ${version};`,
  "# drawn by scripts/map.mjs (make map), simplified, clipped to the box, projected. Do not edit by hand.",
  "# Projection: equirectangular, true to scale at the middle latitude latm = (lat0 + lat1) / 2:",
  "#   k = width / ((lon1 - lon0) * cos(latm)); x = (lon - lon0) * cos(latm) * k; y = (lat1 - lat) * k",
  `# projection lon0=${LON0} lon1=${LON1} lat0=${LAT0} lat1=${LAT1} width=${WIDTH} height=${HEIGHT}`,
  "# Format: name<TAB>SVG path d (M, relative l, z; integers), one country a line.",
  ...checks.map(([place, lat, lon]) => {
    const [x, y] = project(lat, lon);
    return `# check ${place} ${lat} ${lon} ${x.toFixed(2)} ${y.toFixed(2)}`;
  }),
  ...lines.map(([name, d]) => `${name}\t${d}`),
];
process.stdout.write(out.join("\n") + "\n");
