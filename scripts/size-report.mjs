// Where the bytes of dist/bamboo-reader.html are: the wasm, its JavaScript
// glue, the CSS and the single file, and the data compiled into the wasm
// (the corpus as postcard, the world gazetteer, the map's shapes), each raw
// and gzipped (level 9). Part of `make bench`; writes target/bench/size.json
// and prints a table. Sizes are deterministic: one build, no baseline.
import { readFileSync, readdirSync, statSync, mkdirSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

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
mkdirSync(join(ROOT, 'target/bench'), { recursive: true });
writeFileSync(join(ROOT, 'target/bench/size.json'), JSON.stringify({ date: new Date().toISOString().slice(0, 10), rows }, null, 2));
const kb = (n) => `${n.toLocaleString('en-US')} B`;
console.log('| part | raw | gzipped | budget (single file) |');
console.log('| --- | ---: | ---: | ---: |');
for (const r of rows) console.log(`| ${r.label} | ${kb(r.raw)} | ${kb(r.gzip)} | ${r.label === 'single file' ? '250,000 B / 200,000 B' : ''} |`);
console.log('\nThe data rows are inside the wasm (compressed with it); the wasm is inside the single file as base64.');
