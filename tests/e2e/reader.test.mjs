// The reading view, end to end, against the release build in dist/.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serve, launch, recordingPage, screenshot, corpusTitles } from './support.mjs';

let server, browser, titles;

before(async () => {
  server = await serve();
  browser = await launch();
  titles = await corpusTitles();
});

after(async () => {
  await browser?.close();
  await server?.close();
});

const titleOf = (page, side) => page.locator(`#${side}-title`).innerText();

/** Presses Tab until the element with `id` has focus (at most 30 presses). */
async function tabTo(page, id) {
  for (let i = 0; i < 30; i++) {
    if (await page.evaluate((id) => document.activeElement?.id === id, id)) return;
    await page.keyboard.press('Tab');
  }
  assert.fail(`could not reach #${id} with Tab`);
}

function assertClean(log, origin) {
  assert.deepEqual(log.errors, [], 'no page errors');
  assert.deepEqual(log.console, [], 'no console errors or warnings');
  const foreign = log.requests.filter((u) => !u.startsWith(origin));
  assert.deepEqual(foreign, [], 'no request outside the page origin');
}

test('two articles picked by keyboard show side by side', async () => {
  const { page, log, context } = await recordingPage(browser);
  await page.goto(server.url);
  await page.locator('#left-title').waitFor();
  const known = Object.values(titles);
  assert.ok(known.includes(await titleOf(page, 'left')), 'left column starts with a corpus article');

  await tabTo(page, 'left-picker');
  await page.keyboard.press('End');
  await tabTo(page, 'right-picker');
  await page.keyboard.press('Home');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');

  const options = await page.locator('#left-picker option').allInnerTexts();
  const left = await titleOf(page, 'left');
  const right = await titleOf(page, 'right');
  assert.ok(options.at(-1).startsWith(left), `left shows the last option: ${left}`);
  assert.ok(options[2].startsWith(right), `right shows the third option: ${right}`);
  assert.ok(known.includes(left) && known.includes(right));
  assert.notEqual(left, right);
  assert.equal(await page.locator('#left-picker').inputValue(), String(options.length - 1));

  const [l, r] = await Promise.all(['left', 'right'].map((s) => page.locator(`.column[data-side=${s}]`).boundingBox()));
  assert.ok(l.x + l.width <= r.x, 'columns sit side by side at 1280 px');
  assert.ok(Math.abs(l.y - r.y) < 1, 'columns share a top edge');
  assert.ok(await page.locator('.column[data-side=left] p.para').count() > 3, 'paragraphs are shown');

  await screenshot(page, 'reader-1280.png');
  assertClean(log, server.url);
  await context.close();
});

test('at 375 px one article shows at a time, under its tab', async () => {
  const { page, log, context } = await recordingPage(browser, { width: 375, height: 800 });
  await page.goto(server.url);
  await page.locator('#app #right-title').waitFor({ state: 'attached' });
  assert.ok(await page.locator('.column[data-side=left]').isVisible());
  assert.equal(await page.locator('.column[data-side=right]').isVisible(), false);
  await page.getByRole('tab', { name: /^Right:/ }).click();
  assert.ok(await page.locator('.column[data-side=right]').isVisible());
  assert.equal(await page.locator('.column[data-side=left]').isVisible(), false);
  const r = await page.locator('.column[data-side=right]').boundingBox();
  assert.ok(r.width <= 375, 'no horizontal overflow');
  const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
  assert.ok(scrollWidth <= 375, `page does not scroll sideways (${scrollWidth})`);
  await screenshot(page, 'reader-375.png');
  assertClean(log, server.url);
  await context.close();
});
