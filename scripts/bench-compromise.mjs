// Bamboo's recognizer beside compromise.js, in one page of headless
// Chromium: the single file (dist/bamboo-reader.html, or BAMBOO_SINGLE_FILE)
// copied to a fresh folder and opened from file://, with compromise's
// browser build (node_modules/compromise/builds/compromise.js, a pinned
// devDependency used by this bench alone; nothing of it ships) added to the
// page. The context bypasses the page's Content Security Policy so that the
// script can be added; nothing else in the page changes.
//
// Speed: the five corpus article bodies joined, repeated to at least 1 MB
// (one string); `bambooReader.annotate(text)` against compromise's
// `nlp(text).people() / .places() / .organizations()` with offsets, each
// timed RUNS times (BENCH_COMPROMISE_RUNS, 10 unless told), alternating,
// after one warm-up of each; medians, in MB/s (10^6 bytes of UTF-8 per
// second). Goal: Bamboo at least 10× compromise. The same for the corpus
// once (35 KB), since compromise's time grows faster than its text: on the
// megabyte it took 28 to 47 s a run on a 2-core machine, so this script
// takes 5 to 9 minutes.
//
// Accuracy: F1 of both on tests/gold, computed in the same page, with the
// mapping and the scoring of scripts/compromise_baseline.mjs (its functions
// are copied below): exact (start, end, kind), micro-averaged, UTF-16
// offsets, a leading "the" and a trailing possessive trimmed from
// compromise's spans. Bamboo's spans are `annotate(text)`'s mentions as they
// are. Sets by file prefix as in README's Accuracy section, and all files;
// spaCy's F1 (and the README's own figures, to check against) are read from
// that section's tables. Part of `make bench`; writes
// target/bench/compromise.json.
import { readFile, readdir, writeFile, mkdir } from 'node:fs/promises';
import { cpus } from 'node:os';
import { join } from 'node:path';
import { ROOT, launch, singleFileUrl } from '../tests/e2e/support.mjs';
import { compromisePredict, parseGold } from './gold.mjs';

const RUNS = Number(process.env.BENCH_COMPROMISE_RUNS ?? 10);
const MIN_BYTES = 1_000_000;
const KINDS = ['person', 'place', 'org'];
const SETS = [
  { key: 'test', prefix: 'test-', label: 'blind test set (frozen)', readme: /test set/i },
  { key: 'dev', prefix: 'dev-', label: 'blind development set', readme: /development set/i },
  { key: 'corpus', prefix: 'corpus-', label: 'corpus articles', readme: /^corpus articles/i },
  { key: 'external', prefix: 'external-', label: 'texts not in the corpus', readme: /not in the corpus/i },
  { key: 'heldout', prefix: 'heldout-', label: 'held-out texts', readme: /held-out/i },
  { key: 'all', prefix: '', label: 'all gold files', readme: null },
];
/** README's goal for the frozen test set ("Against the goal"). */
const TEST_GOAL = { micro: 0.93, kind: 0.88 };

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];


const ratio = (a, b) => (b === 0 ? 1 : a / b);

function score(rows, goldSpans, predicted) {
  const gold = new Set(goldSpans.map((s) => s.join(':')));
  const pred = new Set(predicted.map((s) => s.join(':')));
  for (const kind of Object.keys(rows)) {
    const g = [...gold].filter((k) => k.endsWith(':' + kind));
    const p = [...pred].filter((k) => k.endsWith(':' + kind));
    const tp = p.filter((k) => gold.has(k)).length;
    rows[kind][0] += tp; rows[kind][1] += p.length - tp; rows[kind][2] += g.length - tp;
  }
}

function prf([tp, fp, fn]) {
  const p = ratio(tp, tp + fp), r = ratio(tp, tp + fn), f1 = p + r === 0 ? 0 : (2 * p * r) / (p + r);
  return { precision: p, recall: r, f1, gold: tp + fn, predicted: tp + fp };
}

// ---- README's Accuracy section ----

/** The Accuracy tables of README.md: per set, the F1 of Bamboo, spaCy and
 * compromise, overall and per kind, as the README states them. */
async function readmeAccuracy() {
  const text = await readFile(join(ROOT, 'README.md'), 'utf8');
  const section = text.split(/^### Accuracy$/m)[1]?.split(/^##+ /m)[0] ?? '';
  const tables = [];
  let current = null;
  for (const line of section.split('\n')) {
    if (!line.startsWith('|')) { current = null; continue; }
    const cells = line.slice(1, -1).split('|').map((c) => c.replace(/\*\*/g, '').trim());
    if (!current) { current = { head: cells, rows: [] }; tables.push(current); continue; }
    if (cells.every((c) => /^-+:?$|^:?-+:?$/.test(c))) continue;
    current.rows.push(cells);
  }
  const overall = tables.find((t) => t.head.includes('spaCy F1'));
  const perKind = tables.find((t) => t.head[0] === 'gold set' && t.head.includes('person'));
  const out = {};
  for (const set of SETS.filter((s) => s.readme)) {
    const row = overall?.rows.find((r) => set.readme.test(r[0]));
    const kinds = perKind?.rows.find((r) => set.readme.test(r[0]));
    const col = (name) => (row ? Number(row[overall.head.indexOf(name)]) : null);
    out[set.key] = row && {
      label: row[0], texts: Number(row[1]), mentions: Number(row[2]),
      bamboo: col('Bamboo F1'), spacy: col('spaCy F1'), compromise: col('compromise F1'),
      kinds: kinds && Object.fromEntries(KINDS.map((k) => {
        const [bamboo, spacy, compromise] = kinds[perKind.head.indexOf(k)].split('/').map((x) => Number(x.trim()));
        return [k, { bamboo, spacy, compromise }];
      })),
    };
  }
  return out;
}

// ---- run ----

const articles = join(ROOT, 'corpus/articles');
const bodies = [];
for (const name of (await readdir(articles)).filter((f) => f.endsWith('.md')).sort()) {
  bodies.push((await readFile(join(articles, name), 'utf8')).split(/^\+\+\+$/m)[2].trim());
}
const corpus = bodies.join('\n\n');
const repeats = Math.ceil(MIN_BYTES / Buffer.byteLength(corpus + '\n\n'));
const big = Array(repeats).fill(corpus).join('\n\n');
const bytes = Buffer.byteLength(big);

const goldDir = join(ROOT, 'tests/gold');
const gold = [];
for (const name of (await readdir(goldDir)).filter((f) => f.endsWith('.txt')).sort()) {
  gold.push({ name, ...parseGold(await readFile(join(goldDir, name), 'utf8')) });
}
const readme = await readmeAccuracy();

const began = Date.now();
const browser = await launch();
const machine = { cpu: cpus()[0]?.model ?? 'unknown CPU', cores: cpus().length, browser: `Chromium ${browser.version()}` };
const context = await browser.newContext({ bypassCSP: true });
const page = await context.newPage();
const errors = [];
page.on('pageerror', (e) => errors.push(String(e)));
await page.goto(await singleFileUrl());
await page.waitForFunction(() => typeof window.bambooReader?.annotate === 'function');
const compromiseSource = await readFile(join(ROOT, 'node_modules/compromise/builds/compromise.js'), 'utf8');
const compromiseVersion = JSON.parse(await readFile(join(ROOT, 'node_modules/compromise/package.json'), 'utf8')).version;
await page.addScriptTag({ content: compromiseSource });
await page.waitForFunction(() => typeof window.nlp === 'function');
await page.evaluate(`window.__predict = (text) => (${compromisePredict.toString()})(window.nlp, text)`);
const versions = await page.evaluate(() => ({ bamboo: window.bambooReader.version, compromise: window.nlp.version }));

// Speed: alternating, after a warm-up of each; the corpus once, then the
// megabyte.
const timing = (text) => page.evaluate(async ({ text, runs }) => {
  const kinds = new Set(['person', 'place', 'org']);
  const bamboo = () => window.bambooReader.annotate(text).filter((m) => kinds.has(m.kind)).length;
  const compromise = () => window.__predict(text).length;
  const rest = () => new Promise((ok) => setTimeout(ok, 0));
  const time = (f) => { const t0 = performance.now(); const found = f(); return { ms: performance.now() - t0, found }; };
  const out = { bamboo: [], compromise: [], bambooMentions: null, compromiseMentions: null };
  out.bambooWarmup = time(bamboo).ms;
  await rest();
  out.compromiseWarmup = time(compromise).ms;
  for (let i = 0; i < runs; i++) {
    await rest();
    const b = time(bamboo);
    out.bamboo.push(b.ms);
    out.bambooMentions = b.found;
    await rest();
    const c = time(compromise);
    out.compromise.push(c.ms);
    out.compromiseMentions = c.found;
  }
  return out;
}, { text, runs: RUNS });
const once = await timing(corpus);
const speed = await timing(big);

// Accuracy: both, on every gold file, in the page.
const predicted = await page.evaluate((texts) => texts.map((text) => ({
  bamboo: window.bambooReader.annotate(text).filter((m) => ['person', 'place', 'org'].includes(m.kind)).map((m) => [m.start, m.end, m.kind]),
  compromise: window.__predict(text),
})), gold.map((g) => g.text));
await context.close();
await browser.close();

const accuracy = {};
for (const set of SETS) {
  const files = gold.map((g, i) => ({ ...g, i })).filter((g) => g.name.startsWith(set.prefix));
  const counts = { bamboo: Object.fromEntries(KINDS.map((k) => [k, [0, 0, 0]])), compromise: Object.fromEntries(KINDS.map((k) => [k, [0, 0, 0]])) };
  for (const f of files) {
    score(counts.bamboo, f.spans, predicted[f.i].bamboo);
    score(counts.compromise, f.spans, predicted[f.i].compromise);
  }
  const sum = (rows) => Object.values(rows).reduce((a, b) => a.map((x, i) => x + b[i]), [0, 0, 0]);
  accuracy[set.key] = {
    label: set.label, prefix: set.prefix, texts: files.length, mentions: files.reduce((s, f) => s + f.spans.length, 0),
    bamboo: { micro: prf(sum(counts.bamboo)), ...Object.fromEntries(KINDS.map((k) => [k, prf(counts.bamboo[k])])) },
    compromise: { micro: prf(sum(counts.compromise)), ...Object.fromEntries(KINDS.map((k) => [k, prf(counts.compromise[k])])) },
    readme: readme[set.key] ?? null,
  };
}

// ---- rows ----

const corpusBytes = Buffer.byteLength(corpus);
const mbps = (ms, size = bytes) => size / 1e6 / (ms / 1e3);
const bambooMs = median(speed.bamboo), compromiseMs = median(speed.compromise);
const onceBamboo = median(once.bamboo), onceCompromise = median(once.compromise);
const rows = [{
  figure: `annotate ${(bytes / 1e6).toFixed(2)} MB of corpus text (the corpus ${repeats} times, one string): Bamboo against compromise`, goal: '≥ 10× compromise',
  measured: mbps(bambooMs), unit: 'MB/s', baseline: mbps(compromiseMs), ratio: compromiseMs / bambooMs, met: compromiseMs / bambooMs >= 10,
}, {
  figure: `annotate the corpus once (${(corpusBytes / 1e3).toFixed(0)} KB): Bamboo against compromise`, goal: '≥ 10× compromise',
  measured: mbps(onceBamboo, corpusBytes), unit: 'MB/s', baseline: mbps(onceCompromise, corpusBytes), ratio: onceCompromise / onceBamboo, met: onceCompromise / onceBamboo >= 10,
}];
for (const set of SETS) {
  const a = accuracy[set.key];
  const goal = set.key === 'test' ? TEST_GOAL.micro : null;
  rows.push({
    figure: `F1, ${a.label}, ${set.prefix || ''}*, ${a.texts} texts: Bamboo against compromise`,
    goal: goal == null ? '—' : `≥ ${goal} (README)`, measured: a.bamboo.micro.f1, unit: 'F1',
    baseline: a.compromise.micro.f1, ratio: a.compromise.micro.f1 ? a.bamboo.micro.f1 / a.compromise.micro.f1 : null,
    met: goal == null ? null : a.bamboo.micro.f1 >= goal,
  });
}
for (const k of KINDS) {
  const a = accuracy.test;
  rows.push({
    figure: `F1, ${a.label}, ${k}: Bamboo against compromise`, goal: `≥ ${TEST_GOAL.kind} (README)`, measured: a.bamboo[k].f1, unit: 'F1',
    baseline: a.compromise[k].f1, ratio: a.compromise[k].f1 ? a.bamboo[k].f1 / a.compromise[k].f1 : null, met: a.bamboo[k].f1 >= TEST_GOAL.kind,
  });
}

const raw = {
  versions: { ...versions, compromisePackage: compromiseVersion },
  text: { bytes, chars: big.length, repeats, corpusBytes },
  speed: { ...speed, bambooMedianMs: bambooMs, compromiseMedianMs: compromiseMs, bambooMBps: mbps(bambooMs), compromiseMBps: mbps(compromiseMs) },
  speedCorpusOnce: { ...once, bambooMedianMs: onceBamboo, compromiseMedianMs: onceCompromise, bambooMBps: mbps(onceBamboo, corpusBytes), compromiseMBps: mbps(onceCompromise, corpusBytes) },
  accuracy, errors, seconds: (Date.now() - began) / 1000,
};
await mkdir(join(ROOT, 'target/bench'), { recursive: true });
await writeFile(join(ROOT, 'target/bench/compromise.json'), JSON.stringify({ date: new Date().toISOString(), machine, rows, raw }, null, 2));

const f3 = (x) => (x == null || Number.isNaN(x) ? '—' : x.toFixed(3));
console.log(`Machine: ${machine.cpu}, ${machine.cores} cores, ${machine.browser}; Bamboo ${versions.bamboo}, compromise ${versions.compromise ?? compromiseVersion}; ${raw.seconds.toFixed(0)} s in all`);
console.log('');
console.log('| figure | goal | measured | baseline | ratio | met |');
console.log('| --- | --- | ---: | ---: | ---: | --- |');
for (const r of rows) {
  const value = (x) => (r.unit === 'MB/s' ? `${x.toPrecision(3)} MB/s` : f3(x));
  console.log(`| ${r.figure} | ${r.goal} | ${value(r.measured)} | ${value(r.baseline)} | ${r.ratio == null ? '—' : `${r.ratio.toFixed(2)}×`} | ${r.met == null ? '—' : r.met ? 'yes' : '**no**'} |`);
}
console.log(`\nSpeed: medians of ${RUNS} runs each, alternating: on ${(bytes / 1e6).toFixed(2)} MB (the corpus ${repeats} times), Bamboo ${bambooMs.toFixed(1)} ms (${speed.bambooMentions} mentions), compromise ${(compromiseMs / 1e3).toFixed(2)} s (${speed.compromiseMentions} mentions); on the corpus once, Bamboo ${onceBamboo.toFixed(1)} ms (${once.bambooMentions}), compromise ${onceCompromise.toFixed(0)} ms (${once.compromiseMentions}). For ${repeats}× the text, compromise took ${(compromiseMs / onceCompromise).toFixed(1)}× the time, Bamboo ${(bambooMs / onceBamboo).toFixed(1)}×${compromiseMs / onceCompromise > 1.5 * repeats ? ': compromise grows faster than its text, so the megabyte\'s ratio flatters Bamboo and the corpus\'s is the fairer one' : ''}.`);
console.log('\nF1 in this page, beside the README\'s Accuracy table (spaCy ran outside the browser; the README\'s figures are its own run):\n');
console.log('| gold set | texts | mentions | Bamboo F1 | Bamboo P / R | README Bamboo F1 | compromise F1 | README compromise F1 | spaCy F1 (README) |');
console.log('| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
for (const set of SETS) {
  const a = accuracy[set.key];
  console.log(`| ${a.label}, ${set.prefix || ''}* | ${a.texts} | ${a.mentions} | ${f3(a.bamboo.micro.f1)} | ${f3(a.bamboo.micro.precision)} / ${f3(a.bamboo.micro.recall)} | ${f3(a.readme?.bamboo)} | ${f3(a.compromise.micro.f1)} | ${f3(a.readme?.compromise)} | ${f3(a.readme?.spacy)} |`);
}
console.log('\nF1 per kind (Bamboo / compromise in this page; spaCy from the README):\n');
console.log(`| gold set | ${KINDS.join(' | ')} |`);
console.log(`| --- | ${KINDS.map(() => '---:').join(' | ')} |`);
for (const set of SETS) {
  const a = accuracy[set.key];
  console.log(`| ${a.label} | ${KINDS.map((k) => `${f3(a.bamboo[k].f1)} / ${f3(a.compromise[k].f1)} / ${f3(a.readme?.kinds?.[k]?.spacy)}`).join(' | ')} |`);
}
if (errors.length) console.log(`\nPage errors: ${errors.slice(0, 5).join(' | ')}`);
