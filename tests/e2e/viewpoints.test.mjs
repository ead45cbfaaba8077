// The viewpoint filter end to end, answering from the UI alone:
// "Which analysts in these two articles see Hanoi as hedging, and which see
// it as deferring to Beijing?" and "Which viewpoint does the DW piece leave out?"
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serve, launch, recordingPage, screenshot, corpusTable } from './support.mjs';

const LEFT = 'voa-2024-to-lam-reassure-beijing';
const RIGHT = 'dw-2023-xi-heads-to-vietnam';
let server, browser, views, names, viewpoints;

before(async () => {
  server = await serve();
  browser = await launch();
  views = await corpusTable('analysts.toml', 'view');
  names = Object.fromEntries((await corpusTable('entities.toml', 'entity')).map((e) => [e.id, e.name]));
  viewpoints = await corpusTable('viewpoints.toml', 'viewpoint');
});

after(async () => {
  await browser?.close();
  await server?.close();
});

/** Picks an article in a column by its option text, with the keyboard. */
async function pick(page, side, id) {
  const select = page.locator(`#${side}-picker`);
  const values = await select.locator('option').evaluateAll((os) => os.map((o) => o.value));
  const index = (await corpusArticleOrder()).indexOf(id);
  assert.ok(index >= 0, `${id} is in the corpus`);
  await select.focus();
  await page.keyboard.press('Home');
  for (let i = 0; i < index; i++) await page.keyboard.press('ArrowDown');
  assert.equal(await select.inputValue(), values[index]);
}

async function corpusArticleOrder() {
  const { readdir } = await import('node:fs/promises');
  const { join } = await import('node:path');
  const { ROOT } = await import('./support.mjs');
  const dir = join(process.env.BAMBOO_CORPUS ?? join(ROOT, 'corpus'), 'articles');
  return (await readdir(dir)).filter((n) => n.endsWith('.md')).sort().map((n) => n.slice(0, -3));
}

const matching = (page, side) =>
  page.locator(`.column[data-side=${side}] .para-wrap.match p.para`).evaluateAll((ps) => ps.map((p) => Number(p.dataset.para)));

const expected = (article, vps) =>
  [...new Set(views.filter((v) => v.article === article && v.viewpoints.some((x) => vps.includes(x))).map((v) => v.paragraph))].sort((a, b) => a - b);

const holders = (vps) =>
  [...new Set(views.filter((v) => [LEFT, RIGHT].includes(v.article) && v.viewpoints.some((x) => vps.includes(x))).map((v) => names[v.analyst]))].sort();

test('select viewpoints by keyboard, read who holds them, follow a quote, see the blindspot', async () => {
  const { page, log, context } = await recordingPage(browser, { width: 1400, height: 1000 });
  await page.goto(server.url);
  await page.locator('.vp-menu').waitFor();
  await pick(page, 'left', LEFT);
  await pick(page, 'right', RIGHT);

  // 1. Select "hedging" by keyboard, in the viewpoint menu.
  await page.locator('#vp-menu-button').focus();
  await page.keyboard.press('Enter');
  const hedging = page.locator('.vp-chip[data-viewpoint=hedging]');
  await hedging.focus();
  await page.keyboard.press('Enter');
  assert.equal(await hedging.getAttribute('aria-pressed'), 'true');

  // 2. Exactly the annotated paragraphs stay at full contrast.
  assert.deepEqual(await matching(page, 'left'), expected(LEFT, ['hedging']));
  assert.deepEqual(await matching(page, 'right'), expected(RIGHT, ['hedging']));
  assert.ok((await matching(page, 'right')).length > 0);
  const dimmed = await page.locator('.column .filtering > .para-wrap:not(.match)').count();
  assert.ok(dimmed > 0, 'other paragraphs dim');
  const markers = (await page.locator('.column .view-marker').allInnerTexts()).join(' ');
  for (const name of holders(['hedging'])) assert.ok(markers.includes(name), `${name} is named as holding hedging`);
  assert.ok(await page.locator('.column .para-wrap.match .quote').count() > 0, 'quotes are emphasized');

  // "Show only matching" collapses the rest and says how many are hidden.
  const onlyMatching = page.getByRole('switch', { name: 'Show only matching paragraphs' });
  await onlyMatching.focus();
  await page.keyboard.press('Space');
  assert.equal(await page.locator('.column .filtering > .para-wrap:not(.match)').count(), 0);
  assert.ok(await page.locator('.column .collapsed').count() > 0);
  assert.match(await page.locator('.hidden-count').innerText(), /\d+ paragraphs? hidden/);
  await page.keyboard.press('Space');

  // Deference too: who sees Hanoi as deferring to Beijing.
  await page.locator('.vp-chip[data-viewpoint=deference]').focus();
  await page.keyboard.press('Enter');
  const deferring = holders(['deference']);
  assert.deepEqual(deferring, ['Alexander Vuving']);
  assert.match(await page.locator('#filter-status').innerText(), /^\d+ paragraphs? match .*Hedging.*Deference/, 'the live region says what the filter did');
  await page.keyboard.press('Escape');
  assert.equal(await page.locator('#vp-popover').count(), 0, 'Escape closes the menu');
  await page.waitForFunction(() => document.activeElement.id === 'vp-menu-button'); // focus returns to the menu button
  await page.locator('#panel-button').click();
  await page.locator('#panel-tab-compare').click();
  const compare = page.locator('.compare-view');
  const row = compare.locator('tr[data-viewpoint=deference]');
  assert.match(await row.innerText(), /Alexander Vuving/);
  assert.match(await row.locator('td').nth(1).innerText(), /quotes no analyst holding this view/);

  // 3. Open an analyst card and follow a quote link.
  await page.locator('#panel-tab-analysts').click();
  const card = page.locator('.analyst-card[data-analyst=alexander-vuving]');
  await card.scrollIntoViewIfNeeded();
  assert.match(await card.innerText(), /Daniel K\. Inouye Asia-Pacific Center/);
  const link = card.locator('.quote-links a').first();
  await link.focus();
  await page.keyboard.press('Enter');
  const target = views.find((v) => v.analyst === 'alexander-vuving');
  await page.waitForFunction((n) => document.activeElement?.dataset?.para === String(n) && document.activeElement.closest('.column').dataset.side === 'left', target.paragraph);
  assert.ok((await page.evaluate(() => document.activeElement.innerText)).includes(target.quote.slice(0, 40)), 'the linked paragraph holds the quote');

  // 4. The blindspot: the DW piece leaves deference out.
  const label = viewpoints.find((v) => v.id === 'deference').label;
  const blind = page.locator('.column[data-side=right] .blindspot');
  assert.match(await blind.innerText(), new RegExp(`Leaves out: ${label}`));
  assert.equal(await page.locator('.column[data-side=left] .blindspot').count(), 0, 'VOA holds both views');
  const caption = await page.locator('.column[data-side=right] .viewpoint-bar figcaption').innerText();
  assert.match(caption, /Hedging \/ bamboo diplomacy \d+/);

  // 5. A screenshot.
  await page.evaluate(() => window.scrollTo(0, 0));
  await screenshot(page, 'viewpoints.png');
  assert.deepEqual(log.errors, []);
  assert.deepEqual(log.console, []);
  await context.close();
});
