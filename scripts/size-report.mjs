// Where the bytes of dist/bamboo-reader.html are: the wasm, its JavaScript
// glue, the CSS and the single file, and the data compiled into the wasm
// (the corpus as postcard, the world gazetteer, the map's shapes), each raw
// and gzipped (level 9), with the budget and ceiling of scripts/size-budget.mjs;
// then the largest functions and crates of the wasm, by twiggy, from the
// release build before wasm-bindgen and wasm-opt (which still has names:
// its sizes are larger than the shipped wasm's, their shares comparable).
// Part of `make bench`; writes target/bench/size.json and prints tables.
// Sizes are deterministic: one build, no baseline.
import { readFileSync, readdirSync, statSync, mkdirSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { execFileSync } from 'node:child_process';
import { BUDGET, CEILING } from './size-budget.mjs';

const ROOT = join(import.meta.dirname, '..');
const DIST = join(ROOT, 'dist');
const pick = (dir, test) => readdirSync(dir).filter(test).map((f) => join(dir, f));

/** The newest corpus.postcard of a release wasm build. */
function postcard() {
  const base = join(ROOT, 'target/wasm32-unknown-unknown/release/build');
  if (!existsSync(base)) return null;
  const found = readdirSync(base).filter((d) => d.startsWith('bamboo-reader-')).map((d) => join(base, d, 'out/corpus.postcard')).filter(existsSync);
  return found.sort((a, b) => statSync(b).mtimeMs - statSync(a).mtimeMs)[0] ?? null;
}

const parts = [
  ['single file', join(DIST, 'bamboo-reader.html')],
  ['wasm', pick(DIST, (f) => f.endsWith('.wasm'))[0]],
  ['JavaScript glue', pick(DIST, (f) => f.endsWith('.js'))[0]],
  ['CSS', pick(DIST, (f) => f.endsWith('.css'))[0]],
  ['data: corpus (postcard)', postcard()],
  ['data: world gazetteer (core/data/world.tsv)', join(ROOT, 'core/data/world.tsv')],
  ['data: map shapes (core/data/map.tsv)', join(ROOT, 'core/data/map.tsv')],
];

const rows = parts.filter(([, path]) => path && existsSync(path)).map(([label, path]) => {
  const bytes = readFileSync(path);
  return { label, path: path.slice(ROOT.length + 1), raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
});

/** twiggy's items of the named release wasm: [{name, size}]. */
function items() {
  const wasm = join(ROOT, 'target/wasm32-unknown-unknown/release/bamboo-reader.wasm');
  const csv = execFileSync('twiggy', ['top', '-n', '1000000', '-f', 'csv', wasm], { encoding: 'utf8', maxBuffer: 1 << 28 });
  return csv.split('\n').slice(1).filter(Boolean).map((line) => {
    const [name, size] = line.match(/^"?(.*?)"?,(\d+),/).slice(1);
    return { name: name.replace(/::h[0-9a-f]{16}$/, ''), size: Number(size) };
  });
}
// wasm-bindgen's descriptors and the name section are gone from the shipped wasm.
const code = items().filter((i) => !/__wbindgen_describe|"function names"|function names|__wasm_bindgen_unstable/.test(i.name));
const total = code.reduce((n, i) => n + i.size, 0);
/** The crate an item belongs to: the first path segment of its name (through `<` and `&`). */
const crate = (name) => (name.startsWith('data segment') ? 'data (.rodata)' : name.match(/^[<&\s]*(?:mut |dyn )?([a-z_][a-z0-9_]*)(?:\[[0-9a-f]+\])?::/)?.[1] ?? 'other');
const byCrate = new Map();
for (const i of code) byCrate.set(crate(i.name), (byCrate.get(crate(i.name)) ?? 0) + i.size);
const crates = [...byCrate].sort((a, b) => b[1] - a[1]).slice(0, 15).map(([name, size]) => ({ name, size }));
const functions = [...code].sort((a, b) => b.size - a.size).filter((i) => !i.name.startsWith('data segment')).slice(0, 20);

const single = rows.find((r) => r.label === 'single file');
mkdirSync(join(ROOT, 'target/bench'), { recursive: true });
writeFileSync(join(ROOT, 'target/bench/size.json'), JSON.stringify({ date: new Date().toISOString().slice(0, 10), budget: BUDGET, ceiling: CEILING, rows, crates, functions }, null, 2));
const kb = (n) => `${n.toLocaleString('en-US')} B`;
const pct = (n) => `${(n * 100 / total).toFixed(1)}%`;
console.log('| part | raw | gzipped |');
console.log('| --- | ---: | ---: |');
for (const r of rows) console.log(`| ${r.label} | ${kb(r.raw)} | ${kb(r.gzip)} |`);
console.log('\nThe data rows are inside the wasm (compressed with it); the wasm is inside the single file as base64 of its gzip.');
if (single) {
  console.log(`\n| single file | measured | budget | over by | ceiling (make test) |`);
  console.log('| --- | ---: | ---: | ---: | ---: |');
  console.log(`| on disk | ${kb(single.raw)} | ${kb(BUDGET.disk)} | ${kb(Math.max(0, single.raw - BUDGET.disk))} | ${kb(CEILING.disk)} |`);
  console.log(`| gzipped | ${kb(single.gzip)} | ${kb(BUDGET.gzip)} | ${kb(Math.max(0, single.gzip - BUDGET.gzip))} | ${kb(CEILING.gzip)} |`);
}
console.log(`\n| crate (twiggy, named release wasm: ${kb(total)}) | bytes | share |`);
console.log('| --- | ---: | ---: |');
for (const c of crates) console.log(`| ${c.name} | ${kb(c.size)} | ${pct(c.size)} |`);
console.log('\n| largest functions (twiggy) | bytes | share |');
console.log('| --- | ---: | ---: |');
for (const f of functions) console.log(`| \`${f.name.replace(/\|/g, '\\|').slice(0, 110)}\` | ${kb(f.size)} | ${pct(f.size)} |`);
