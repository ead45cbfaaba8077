// Search as a reader feels it: from a keystroke in the search box until
// the page has handled it, and to the next frame, in headless Chromium on dist/bamboo-reader.html from file://,
// with the five built-in articles and with 200 articles of the reader's own
// (imported from an export file). Beside each, the baseline measured in the
// same run: the same keystroke in a page holding only a text box.
// Medians and 95th percentiles over every keystroke of 10 typings of
// "nguyen phu trong". Part of `make bench`; writes target/bench/search.json.
import { mkdtemp, readFile, readdir, writeFile, mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT, launch, singleFileUrl } from '../tests/e2e/support.mjs';
import { typing as typeQuery } from './bench-support.mjs';

const TYPED = 'nguyen phu trong';
const RUNS = 10;

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const p95 = (xs) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * 0.95))];

const typing = (page) => typeQuery(page, TYPED, RUNS);

/** An export file with `n` articles: the corpus's texts, each copy marked. */
async function exportFile(n) {
  const dir = join(ROOT, 'corpus/articles');
  const bodies = [];
  for (const name of (await readdir(dir)).filter((f) => f.endsWith('.md')).sort()) {
    const body = (await readFile(join(dir, name), 'utf8')).split(/^\+\+\+$/m)[2];
    bodies.push(body.split(/\n\s*\n/).map((p) => p.trim()).filter(Boolean).map((p) => (p.startsWith('#') ? { Heading: p.replace(/^#+\s*/, '') } : { Paragraph: p })));
  }
  const articles = Array.from({ length: n }, (_, i) => ({
    title: `Copy ${i + 1}`, outlet: 'Bench', date: '2024-01-01',
    blocks: [...bodies[i % bodies.length], { Paragraph: `Copy number ${i + 1}.` }],
  }));
  const path = join(await mkdtemp(join(tmpdir(), 'bamboo-bench-')), 'library.json');
  await writeFile(path, JSON.stringify({ version: 1, articles }));
  return path;
}

const browser = await launch();
const url = await singleFileUrl();
const result = {};

async function baseline() {
  const page = await browser.newPage();
  await page.setContent('<input id="search">');
  const t = await typing(page);
  await page.close();
  return t;
}

{
  const base = await baseline();
  const page = await browser.newPage();
  await page.goto(`${url}#panel=search`);
  await page.locator('mark.entity').first().waitFor();
  const { times: t, work } = await typing(page);
  result.corpus = { median: median(t), p95: p95(t), baseline: median(base.times), work: median(work), workP95: p95(work) };
  await page.close();
}
{
  const file = await exportFile(200);
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(`${url}#panel=yours`);
  await page.locator('mark.entity').first().waitFor();
  await page.setInputFiles('#import-data', file);
  await page.waitForFunction(() => document.querySelectorAll('#left-picker optgroup[label="Your articles"] option').length === 200, null, { timeout: 300_000 });
  const first = await page.evaluate(async () => {
    const box = document.getElementById('search');
    box.focus();
    const t0 = performance.now();
    box.value = 'n';
    box.dispatchEvent(new InputEvent('input', { bubbles: true }));
    await new Promise((ok) => requestAnimationFrame(() => setTimeout(ok, 0)));
    return performance.now() - t0;
  });
  const base = await baseline();
  const { times: t, work } = await typing(page);
  result.own200 = { median: median(t), p95: p95(t), baseline: median(base.times), work: median(work), workP95: p95(work), first };
  await context.close();
}
await browser.close();

await mkdir(join(ROOT, 'target/bench'), { recursive: true });
await writeFile(join(ROOT, 'target/bench/search.json'), JSON.stringify(result, null, 2));
const ms = (x) => `${x.toFixed(1)} ms`;
console.log('| search in Chromium, per keystroke | handled: median (p95) | to the next frame: median (p95) | baseline to the next frame | × baseline | goal |');
console.log('| --- | ---: | ---: | ---: | ---: | --- |');
const row = (label, r, goal) => console.log(`| ${label} | ${ms(r.work)} (${ms(r.workP95)}) | ${ms(r.median)} (${ms(r.p95)}) | ${ms(r.baseline)} | ${(r.median / r.baseline).toFixed(2)} | ${goal} |`);
row('the five built-in articles', result.corpus, 'under one frame (16.7 ms)');
row('with 200 own articles', result.own200, 'under 50 ms');
console.log(`| with 200 own articles, the first keystroke (the index is built) | ${ms(result.own200.first)} | | | | |`);
