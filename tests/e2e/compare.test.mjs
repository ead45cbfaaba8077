// The compare tools end to end in Chromium, on the single file from file://:
// search, shared and missing, names used, figures, timeline and map, each
// by mouse and keyboard, each restored from its link.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { ROOT, launch, recordingPage, screenshot, singleFileUrl, corpusTable } from './support.mjs';

const VOA = 'voa-2024-to-lam-reassure-beijing';
const DW = 'dw-2023-xi-heads-to-vietnam';
const PAIR = `a=${VOA}&b=${DW}`;
const FIXTURES = join(import.meta.dirname, 'fixtures');
let browser, url, corpus, meta;

before(async () => {
  browser = await launch();
  url = await singleFileUrl();
  const dir = join(process.env.BAMBOO_CORPUS ?? join(ROOT, 'corpus'), 'articles');
  corpus = {};
  meta = {};
  for (const name of (await readdir(dir)).filter((n) => n.endsWith('.md')).sort()) {
    const text = await readFile(join(dir, name), 'utf8');
    const id = name.slice(0, -3);
    corpus[id] = text.split(/^\+\+\+$/m)[2];
    meta[id] = { event: text.match(/^event = "(.*)"$/m)[1], date: text.match(/^date = "(.*)"$/m)[1] };
  }
});

after(async () => {
  await browser?.close();
});

async function open(fragment, viewport) {
  const rec = await recordingPage(browser, viewport);
  await rec.page.goto(`${url}#${fragment}`);
  await rec.page.locator('mark.entity').first().waitFor();
  return rec;
}

function assertClean(log) {
  assert.deepEqual(log.errors, [], 'no page errors');
  assert.deepEqual(log.console, [], 'no console errors or warnings');
  assert.ok(log.requests.every((r) => r.startsWith('file:') || r.startsWith('data:') || r.startsWith('blob:')), `no network requests: ${log.requests.filter((r) => !r.startsWith('file:'))}`);
}

const hash = (page) => new URLSearchParams(new URL(page.url()).hash.slice(1));

/** Case, accents and spaces folded away, as the reader's search does. */
const fold = (s) => s.normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/gi, 'd').toLowerCase().replace(/\s+/g, '');

const resultIds = (page) => page.locator('.search-results > li').evaluateAll((ls) => ls.map((l) => l.dataset.article));

test('search: "/" then "hanoi" finds Hà Nội and Hanoi alike, the link keeps it, Enter opens the first hit', async () => {
  const { page, log, context } = await open(PAIR);
  await page.keyboard.press('/');
  await page.waitForFunction(() => document.activeElement?.id === 'search');
  await page.keyboard.type('hanoi');
  await page.locator('.search-status', { hasText: '“hanoi”' }).waitFor();
  const plain = await resultIds(page);
  const want = Object.keys(corpus).filter((id) => fold(corpus[id]).includes('hanoi'));
  assert.deepEqual(plain, want, 'every article naming Hanoi, in corpus order');
  assert.equal(hash(page).get('q'), 'hanoi');
  assert.equal(hash(page).get('panel'), 'search');
  const status = await page.locator('.search-status').innerText();
  assert.match(status, new RegExp(`in ${want.length} articles for “hanoi”`));

  // Five paragraphs per article at first; the rest on request.
  const dash = page.locator('.search-results > li[data-article="9dashline-2022-regime-state-security"]');
  const paras = corpus['9dashline-2022-regime-state-security'].split(/\n\s*\n/).filter((p) => fold(p).includes('hanoi')).length;
  assert.ok(paras > 5, `9DASHLINE names Hanoi in ${paras} paragraphs`);
  assert.equal(await dash.locator('.search-hit').count(), 5);
  await dash.locator('button.more', { hasText: `Show ${paras - 5} more paragraph` }).click();
  assert.equal(await dash.locator('.search-hit').count(), paras);

  // With diacritics: the same articles.
  await page.fill('#search', 'Hà Nội');
  await page.waitForFunction(() => document.querySelector('.search-status')?.textContent.includes('Hà Nội'));
  assert.deepEqual(await resultIds(page), plain);
  // Several words must all appear; quotes make a phrase.
  await page.fill('#search', 'Nguyễn Phú Trọng');
  await page.waitForFunction(() => document.querySelector('.search-status')?.textContent.includes('Trọng'));
  const withMarks = await resultIds(page);
  await page.fill('#search', 'nguyen phu trong');
  await page.waitForFunction(() => document.querySelector('.search-status')?.textContent.includes('nguyen phu trong'));
  assert.deepEqual(await resultIds(page), withMarks, 'diacritics do not matter');
  assert.deepEqual(withMarks, Object.keys(corpus).filter((id) => ['nguyen', 'phu', 'trong'].every((w) => fold(corpus[id]).includes(w))));
  await page.fill('#search', '"bamboo diplomacy"');
  await page.waitForFunction(() => document.querySelector('.search-status')?.textContent.includes('bamboo'));
  assert.deepEqual(await resultIds(page), Object.keys(corpus).filter((id) => fold(corpus[id]).includes('bamboodiplomacy')));
  // Hits are marked in the open columns too, a frame after the results.
  await page.locator('.column mark.hit').first().waitFor();

  // Enter opens the first hit: its article in a column, scrolled to the paragraph.
  await page.locator('#search').press('Enter');
  const first = (await resultIds(page))[0];
  await page.waitForFunction((id) => new URLSearchParams(location.hash.slice(1)).get('a') === id || new URLSearchParams(location.hash.slice(1)).get('b') === id, first);
  const focused = await page.evaluate(() => document.activeElement?.closest('[data-block]')?.textContent ?? '');
  assert.match(fold(focused), /bamboodiplomacy/, 'the hit paragraph has the focus');
  await screenshot(page, 'compare-search.png');

  // Back from the opened article returns to the search; typing made no history entries of its own.
  await page.goBack();
  await page.waitForFunction(() => new URLSearchParams(location.hash.slice(1)).get('a') === 'voa-2024-to-lam-reassure-beijing' && new URLSearchParams(location.hash.slice(1)).get('b') === 'dw-2023-xi-heads-to-vietnam');
  assertClean(log);
  await context.close();
});

test('search: a click on a result opens that paragraph; an unknown word says so', async () => {
  const { page, log, context } = await open(`${PAIR}&q=Guangzhou&panel=search`);
  assert.equal(await page.locator('#search').inputValue(), 'Guangzhou', 'the box holds the query from the link');
  const hit = page.locator('.search-hit').first();
  await hit.click();
  const block = await hit.getAttribute('data-block');
  const para = page.locator(`.column [data-block="${block}"]`).first();
  await para.locator('mark.hit').first().waitFor();
  assert.ok(await para.evaluate((p) => p === document.activeElement || p.contains(document.activeElement)), 'the paragraph has the focus');
  assert.match(await para.innerText(), /Guangzhou/);
  await page.fill('#search', 'zanzibar');
  await page.locator('.search-status', { hasText: 'No article contains “zanzibar”.' }).waitFor();
  assert.equal(await page.locator('.search-results > li').count(), 0);
  assertClean(log);
  await context.close();
});

test('shared and missing: the summary line agrees with the marks in both columns, and its entries focus', async () => {
  const { page, log, context } = await open(PAIR);
  const ids = (side) => page.locator(`.column[data-side=${side}] mark.entity[data-entity]`).evaluateAll((ms) => [...new Set(ms.map((m) => m.dataset.entity))]);
  const [left, right] = [new Set(await ids('left')), new Set(await ids('right'))];
  const both = [...left].filter((e) => right.has(e)).length;
  const line = await page.locator('#overlap-line').innerText();
  assert.equal(line, `Both name ${both} · only VOA 2024: ${left.size - both} · only DW 2023: ${right.size - both}`);
  await page.click('#overlap-line');
  const view = page.locator('.shared-view');
  await view.waitFor();
  assert.equal(hash(page).get('panel'), 'shared');
  assert.equal(await view.locator('[data-group=both]').first().locator('li').count(), both);
  // VOA quotes Alexander Vuving and DW Bill Hayton: each only in its own list.
  assert.equal(await view.locator('[data-group=left] [data-analyst=alexander-vuving]').count(), 1);
  assert.equal(await view.locator('[data-group=right] [data-analyst=bill-hayton]').count(), 1);
  const lam = view.locator('[data-group=left] button[data-entity=to-lam]');
  await lam.click();
  assert.equal(hash(page).get('e'), 'to-lam');
  assert.equal(await page.locator('mark.entity.focused').count(), await page.locator('mark.entity[data-entity=to-lam]').count());
  await screenshot(page, 'compare-shared.png');
  assertClean(log);
  await context.close();
});

test('names used: a fixture that says "East Sea" and "Hoàng Sa" beside a corpus article', async () => {
  const { page, log, context } = await open(`${PAIR}&panel=yours`);
  const text = await readFile(join(FIXTURES, 'east-sea-news.txt'), 'utf8');
  await page.fill('#add-text', text);
  await page.fill('#add-outlet', 'Coast Daily');
  await page.fill('#add-date', '2024-03-05');
  await page.click('#add-save');
  await page.locator('#right-title', { hasText: 'Fishermen return to port' }).waitFor();
  await page.locator('#panel-tab-names').click();
  const sea = page.locator('.names-place[data-place=south-china-sea]');
  const fixtureRow = sea.locator('tr.in-view', { hasText: 'Coast Daily' });
  assert.equal(await fixtureRow.locator('td').innerText(), '“East Sea” ×3 (Vietnamese)');
  const voaRow = sea.locator(`tr[data-article=${VOA}]`);
  const voaCount = (corpus[VOA].match(/South China Sea/g) ?? []).length;
  assert.equal(await voaRow.locator('td').innerText(), `“South China Sea” ×${voaCount} (international)`);
  const paracels = page.locator('.names-place[data-place=paracel-islands] tr', { hasText: 'Coast Daily' });
  assert.equal(await paracels.locator('td').innerText(), '“Hoàng Sa” ×2 (Vietnamese)');
  const spratlys = page.locator('.names-place[data-place=spratly-islands] tr', { hasText: 'Coast Daily' });
  assert.equal(await spratlys.locator('td').innerText(), '“Trường Sa” ×1 (Vietnamese)');
  // The shared-and-missing view says where the two differ.
  await page.locator('#panel-tab-shared').click();
  const differ = page.locator('.names-differ li.differ[data-place=south-china-sea]');
  assert.match(await differ.innerText(), /they differ/);
  assert.match(await differ.innerText(), /Coast Daily 2024: Vietnamese names ×3/);
  await screenshot(page, 'compare-names.png');
  assertClean(log);
  await context.close();
});

test('figures: the layer marks amounts and counts; the view sets the 2021 trade figures side by side', async () => {
  const { page, log, context } = await open(`a=rfa-2022-trong-beijing&b=${DW}`);
  assert.equal(await page.locator('.column mark.figure').count(), 0, 'off by default');
  const toggle = page.locator('.figures-toggle');
  assert.equal(await toggle.getAttribute('aria-pressed'), 'false');
  await toggle.click();
  assert.equal(hash(page).get('fig'), '1');
  const marked = await page.locator('.column mark.figure').evaluateAll((ms) => ms.map((m) => [m.textContent, m.title]));
  assert.ok(marked.some(([t, title]) => t === '$230.2 billion' && title === '230.2 billion USD'), JSON.stringify(marked));
  assert.ok(marked.some(([t, title]) => t === '€186 billion' && title === '186 billion EUR'), 'the bracketed currency is a figure of its own');
  assert.ok(!marked.some(([t]) => /^(19|20)\d\d$/.test(t)), 'no bare year is a figure');
  // A figure cut by a quote's edge is marked in two pieces: count figures, not pieces.
  const figures = await page.locator('.column mark.figure').evaluateAll((ms) => new Set(ms.map((m) => `${m.closest('.column').dataset.side}-${m.closest('[data-block]').dataset.block}-${m.dataset.figure}`)).size);
  assert.equal(Number(await toggle.locator('.count').innerText()), figures, 'the toggle counts what it marks');

  await page.locator('#panel-button').click();
  await page.locator('#panel-tab-figures').click();
  const topics = (await corpusTable('figures.toml', 'topic.figure')).filter((f) => f.article);
  const trade = page.locator('.figure-topic[data-topic=trade-2021]');
  const rows = await trade.locator('tbody tr').evaluateAll((trs) => trs.map((tr) => [tr.dataset.article, tr.querySelector('mark.value').textContent, tr.cells[2].textContent]));
  assert.deepEqual(rows, topics.map((f) => [f.article, f.phrase, f.source]));
  assert.equal(await trade.locator('.spread').innerText(), 'The highest is 39.5% above the lowest.');
  // A row opens its article at the figure.
  await trade.locator('tr[data-article="9dashline-2022-regime-state-security"] button').click();
  await page.waitForFunction(() => new URLSearchParams(location.hash.slice(1)).get('b') === '9dashline-2022-regime-state-security');
  await page.locator('.column[data-side=right] mark.figure', { hasText: 'USD 165 billion' }).waitFor();
  await screenshot(page, 'compare-figures.png');
  assertClean(log);
  await context.close();
});

test('timeline: a visit puts its articles side by side; an undated article has its own lane', async () => {
  const { page, log, context } = await open(`${PAIR}&panel=timeline`);
  const events = await corpusTable('events.toml', 'event');
  assert.equal(await page.locator('.tl-event').count(), events.length, 'every dated event is drawn');
  const visit = page.locator('.tl-event[data-event=trong-beijing-2022]');
  await visit.focus();
  await page.keyboard.press('Enter');
  const of = Object.keys(meta).filter((id) => meta[id].event === 'trong-beijing-2022');
  await page.waitForFunction((a) => new URLSearchParams(location.hash.slice(1)).get('a') === a, of[0]);
  assert.equal(hash(page).get('b'), of[1]);
  const undated = await page.locator('.tl-article.undated').evaluateAll((gs) => gs.map((g) => g.dataset.article));
  assert.deepEqual(undated, Object.keys(meta).filter((id) => meta[id].date === 'not stated'));
  // An article on the strip opens in the right column.
  await page.locator(`.tl-article[data-article=${VOA}]`).click();
  await page.waitForFunction((b) => new URLSearchParams(location.hash.slice(1)).get('b') === b, VOA);
  await screenshot(page, 'compare-timeline.png');
  assertClean(log);
  await context.close();
});

test('map: a pin focuses its place; every place in view is listed, on the map or not', async () => {
  const { page, log, context } = await open(`${PAIR}&panel=map`);
  const pin = page.locator('.map .pin[data-entity=hanoi]');
  const label = await pin.getAttribute('aria-label');
  const marks = await page.locator('mark.entity[data-entity=hanoi]').count();
  assert.equal(label, `Hanoi, ${marks} mentions`);
  await pin.click();
  assert.equal(hash(page).get('e'), 'hanoi');
  assert.equal(await page.locator('mark.entity.focused').count(), marks);
  const places = await page.locator('.column mark.entity[data-kind=place][data-entity]').evaluateAll((ms) => [...new Set(ms.map((m) => m.dataset.entity))]);
  const listed = await page.locator('.map-list button[data-entity]').evaluateAll((bs) => bs.map((b) => b.dataset.entity));
  assert.deepEqual([...listed].sort(), [...places].sort(), 'every place in view is listed once');
  // A pin works by keyboard too.
  await page.locator('.map .pin[data-entity=beijing]').focus();
  await page.keyboard.press('Enter');
  assert.equal(hash(page).get('e'), 'beijing');
  await screenshot(page, 'compare-map.png');
  assertClean(log);
  await context.close();
});

test('on a phone: Enter in the search box and a timeline visit close the sheet to show the text', async () => {
  const { page, log, context } = await open(PAIR, { width: 375, height: 740 });
  await page.keyboard.press('/');
  await page.keyboard.type('bamboo');
  await page.locator('.search-status', { hasText: '“bamboo”' }).waitFor();
  await page.keyboard.press('Enter');
  await page.locator('#panel').waitFor({ state: 'detached' });
  await page.locator('.column[data-shown=true] mark.hit').first().waitFor();
  assert.ok(await page.locator('.column[data-shown=true] mark.hit').first().isVisible(), 'the hit is in sight');
  // By keyboard: a click here, during the smooth scroll to the hit, once
  // failed to open the panel in CI and never locally (opening the panel
  // by a tap on a phone is layout.test.mjs's).
  await page.locator('#panel-button').press('Enter');
  await page.locator('#panel').waitFor();
  await page.click('#panel-tab-timeline');
  await page.locator('.tl-event[data-event=trong-beijing-2022]').click();
  await page.locator('#panel').waitFor({ state: 'detached' });
  const trong = Object.keys(meta).filter((id) => meta[id].event === 'trong-beijing-2022');
  assert.equal(hash(page).get('a'), trong[0]);
  assertClean(log);
  await context.close();
});

test('each tool is restored from its link, and works on a phone', async () => {
  for (const [panel, extra, ready] of [
    ['search', '&q=bamboo', '.search-results > li'],
    ['shared', '', '.shared-view [data-group=both] li'],
    ['names', '', '.names-place'],
    ['figures', '&fig=1', '.figures-view .figure-topic'],
    ['timeline', '', '.tl-event'],
    ['map', '', '.map .pin'],
  ]) {
    for (const viewport of [undefined, { width: 375, height: 740 }]) {
      const { page, log, context } = await open(`${PAIR}${extra}&panel=${panel}`, viewport);
      await page.locator(`#panel[data-panel=${panel}] ${ready}`).first().waitFor();
      assert.equal(await page.locator(`#panel-tab-${panel}`).getAttribute('aria-selected'), 'true');
      if (viewport) {
        const width = await page.evaluate(() => document.documentElement.scrollWidth);
        assert.ok(width <= 375, `${panel}: the page does not scroll sideways (${width})`);
        await screenshot(page, `compare-${panel}-phone.png`);
      }
      assertClean(log);
      await context.close();
    }
  }
});
