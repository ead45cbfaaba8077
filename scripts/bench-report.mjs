// Prints the recognizer benchmark as measured by criterion in this run:
// medians, throughput, and the ratio to the baseline measured beside it.
import { readFileSync } from 'node:fs';
import { cpus } from 'node:os';

const dir = new URL('../target/criterion/', import.meta.url);
const read = (path) => JSON.parse(readFileSync(new URL(path, dir), 'utf8'));

function result(name) {
  const est = read(`${name}/new/estimates.json`);
  const bench = read(`${name}/new/benchmark.json`);
  return { median: est.median.point_estimate, bytes: bench.throughput?.Bytes ?? null };
}

const base = result('corpus/baseline-fold');
const rows = [
  ['fold the corpus (baseline)', base],
  ['annotate the corpus', result('corpus/annotate')],
  ['build the recognizer', result('build-recognizer')],
];
const fmtTime = (ns) => (ns >= 1e6 ? `${(ns / 1e6).toFixed(2)} ms` : `${(ns / 1e3).toFixed(1)} µs`);
console.log(`Machine: ${cpus()[0]?.model ?? 'unknown CPU'}, ${cpus().length} cores`);
console.log('| measure | median | throughput | × baseline time |');
console.log('| --- | ---: | ---: | ---: |');
for (const [label, r] of rows) {
  const mbps = r.bytes ? `${(r.bytes / r.median * 1e3).toFixed(1)} MB/s` : '—';
  console.log(`| ${label} | ${fmtTime(r.median)} | ${mbps} | ${(r.median / base.median).toFixed(2)} |`);
}

// Search: every keystroke of "nguyen phu trong" (16), over the corpus and
// over 200 articles, beside folding the corpus once (measured in the same run).
const KEYS = 16;
const sbase = result('search/baseline-fold');
console.log('');
console.log('| search (native) | median | × baseline time |');
console.log('| --- | ---: | ---: |');
for (const [label, name, per] of [
  ['fold the corpus (baseline)', 'search/baseline-fold', 1],
  ['one keystroke, the five articles', 'search/corpus-keystrokes', KEYS],
  ['one keystroke, 200 articles', 'search/own-200-keystrokes', KEYS],
  ['index 200 articles (once, at the first search)', 'search/own-200-index', 1],
]) {
  const r = result(name);
  console.log(`| ${label} | ${fmtTime(r.median / per)} | ${(r.median / per / sbase.median).toFixed(2)} |`);
}
