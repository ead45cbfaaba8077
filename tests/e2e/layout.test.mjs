// Reading first: where the first body paragraph starts for the three
// viewers of the issue (a projector, a phone, a blog's frame), on the single
// file, as a new reader meets it; screenshots at four widths in both themes;
// and the phone's article tabs.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { copyFile, mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { serve, launch, recordingPage, screenshot, singleFileUrl, firstParagraphTop, ROOT, SHOTS } from './support.mjs';

let server, browser, fileUrl;
const figures = {};

before(async () => {
  browser = await launch();
  fileUrl = await singleFileUrl();
  // A blog post with the reader in a sandboxed frame of 700×600.
  server = await serve(undefined, `<!doctype html><html lang="en"><head><title>A blog post</title><link rel="icon" href="data:,"></head><body style="margin:0">
    <iframe id="reader" src="/bamboo-reader.html?embed=1" sandbox="allow-scripts" title="Bamboo Reader" style="width:700px;height:600px;border:0;display:block"></iframe>
  </body></html>`);
});

after(async () => {
  await mkdir(SHOTS, { recursive: true });
  await writeFile(join(SHOTS, 'layout.json'), JSON.stringify(figures, null, 2) + '\n');
  await browser?.close();
  await server?.close();
});

function assertClean(log) {
  assert.deepEqual(log.errors, [], 'no page errors');
  assert.deepEqual(log.console, [], 'no console errors or warnings');
}

test('projector, 1280×800: both columns start their text within 700 px', async () => {
  const { page, log, context } = await recordingPage(browser, { width: 1280, height: 800 });
  await page.goto(fileUrl);
  await page.locator('mark.entity').first().waitFor();
  const left = await firstParagraphTop(page, 'left');
  const right = await firstParagraphTop(page, 'right');
  figures.projector = { left, right };
  assert.ok(left <= 700, `left column's first paragraph at ${left} px`);
  assert.ok(right <= 700, `right column's first paragraph at ${right} px`);
  // The toolbar is one row, and stays in sight while reading.
  const bar = await page.locator('.toolbar-row').boundingBox();
  assert.ok(bar.height < 50, `the toolbar is one row (${bar.height} px)`);
  await page.mouse.wheel(0, 2000);
  await page.waitForFunction(() => scrollY > 1000);
  const top = await page.locator('.bar').evaluate((b) => b.getBoundingClientRect().top);
  assert.equal(top, 0, 'the toolbar sticks to the top');
  assertClean(log);
  await context.close();
});

test('phone, 375×740: the first paragraph within 680 px, one article per tab', async () => {
  const { page, log, context } = await recordingPage(browser, { width: 375, height: 740 });
  await page.goto(fileUrl);
  await page.locator('mark.entity').first().waitFor();
  const left = await firstParagraphTop(page, 'left');
  figures.phone = { left };
  assert.ok(left <= 680, `first paragraph at ${left} px`);
  assert.equal(await page.locator('.column[data-side=right]').isVisible(), false, 'one article at a time');
  const tabs = await page.getByRole('tab').allInnerTexts();
  assert.match(tabs[0], /^Left: \S/);
  assert.match(tabs[1], /^Right: \S/);
  const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
  assert.ok(scrollWidth <= 375, `the page does not scroll sideways (${scrollWidth})`);
  assertClean(log);
  await context.close();
});

test("a blog's 700×600 frame, ?embed=1: the text within the first 300 px", async () => {
  const { page, log, context } = await recordingPage(browser, { width: 760, height: 700 });
  await page.goto(server.url);
  const frame = page.frameLocator('#reader');
  await frame.locator('mark.entity').first().waitFor();
  const left = await firstParagraphTop(frame, 'left');
  figures.embed = { left };
  assert.ok(left <= 300, `first paragraph at ${left} px in the frame`);
  assert.equal(await frame.locator('.masthead').count(), 0, 'no masthead');
  assert.equal(await frame.locator('h1').count(), 1, 'a level-one heading for screen readers');
  assertClean(log);
  await context.close();
});

test('screenshots at 375, 768, 1280 and 1920 px, light and dark', async () => {
  for (const theme of ['light', 'dark']) {
    for (const [width, height] of [[375, 740], [768, 1024], [1280, 800], [1920, 1080]]) {
      const { page, log, context } = await recordingPage(browser, { width, height });
      await page.goto(`${fileUrl}#a=voa-2024-to-lam-reassure-beijing&b=dw-2023-xi-heads-to-vietnam&vp=hedging&theme=${theme}`);
      await page.locator('mark.entity').first().waitFor();
      const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
      assert.ok(scrollWidth <= width, `${width} px ${theme}: no sideways scroll (${scrollWidth})`);
      await screenshot(page, `layout-${width}-${theme}.png`);
      assertClean(log);
      await context.close();
    }
  }
  await mkdir(join(ROOT, 'docs'), { recursive: true });
  await copyFile(join(SHOTS, 'layout-1280-light.png'), join(ROOT, 'docs/screenshot.png'));
  await copyFile(join(SHOTS, 'layout-375-light.png'), join(ROOT, 'docs/screenshot-phone.png'));
});

test('phone tabs: each keeps its reading position; [ and ] switch; a walk or a quote shows its tab', async () => {
  const { page, log, context } = await recordingPage(browser, { width: 375, height: 740 });
  await page.goto(`${fileUrl}#a=voa-2024-to-lam-reassure-beijing&b=dw-2023-xi-heads-to-vietnam`);
  await page.locator('mark.entity').first().waitFor();
  const selected = () => page.locator('[role=tab][aria-selected=true]').getAttribute('data-side');
  const scrolled = (y) => page.waitForFunction((y) => Math.abs(scrollY - y) < 2, y);

  await page.evaluate(() => window.scrollTo(0, 1500));
  await scrolled(1500);
  await page.locator('[role=tab][data-side=right]').click();
  assert.equal(await selected(), 'right');
  assert.ok(await page.locator('.column[data-side=right]').isVisible());
  assert.equal(await page.locator('.column[data-side=left]').isVisible(), false);
  await page.evaluate(() => window.scrollTo(0, 900));
  await scrolled(900);
  await page.keyboard.press('[');
  assert.equal(await selected(), 'left');
  await scrolled(1500);
  await page.keyboard.press(']');
  assert.equal(await selected(), 'right');
  await scrolled(900);
  // Arrow keys move between the tabs, as in any tab list.
  await page.locator('[role=tab][data-side=right]').focus();
  await page.keyboard.press('ArrowLeft');
  assert.equal(await selected(), 'left');
  await page.waitForFunction(() => document.activeElement?.dataset.side === 'left');

  // Walking Xi Jinping's mentions with j crosses into the right tab.
  await page.locator('.column[data-side=left] mark.entity[data-entity=xi-jinping]').first().click();
  const total = Number((await page.locator('.mention-nav .status').innerText()).match(/of (\d+)/)[1]);
  let crossed = false;
  for (let i = 0; i < total && !crossed; i++) {
    await page.keyboard.press('j');
    crossed = (await page.evaluate(() => document.activeElement.id)).startsWith('m-right');
  }
  assert.ok(crossed, 'j reached a mention in the right article');
  assert.equal(await selected(), 'right', 'its tab is shown');
  await page.waitForFunction(() => {
    const r = document.activeElement.getBoundingClientRect();
    return r.height > 0 && r.top >= 0 && r.bottom <= innerHeight;
  });

  // A quote link in the Analysts panel shows the tab that holds it, and the sheet gets out of the way.
  await page.keyboard.press('Escape');
  await page.keyboard.press('[');
  await page.locator('#panel-button').click();
  await page.locator('#panel-tab-analysts').click();
  const link = page.locator('.analyst-card .quote-links a', { hasText: /^DW/ }).first();
  await link.click();
  assert.equal(await selected(), 'right');
  assert.equal(await page.locator('.panel').count(), 0, 'the bottom sheet closed');
  await page.waitForFunction(() => document.activeElement?.closest('.column')?.dataset.side === 'right');
  await screenshot(page, 'phone-quote.png');
  assertClean(log);
  await context.close();
});

test('regression: a focused entity mentioned in one article only does not pin the phone to its tab', async () => {
  const { page, log, context } = await recordingPage(browser, { width: 375, height: 740 });
  // Wang Yi is in the VOA piece (left), not in the DW one (right).
  await page.goto(`${fileUrl}#a=dw-2023-xi-heads-to-vietnam&b=voa-2024-to-lam-reassure-beijing&e=wang-yi`);
  await page.locator('#app .column mark.entity').first().waitFor({ state: 'attached' });
  const selected = () => page.locator('[role=tab][aria-selected=true]').getAttribute('data-side');
  await page.waitForFunction(() => document.querySelector('[role=tab][aria-selected=true]')?.dataset.side === 'right');
  await page.locator('[role=tab][data-side=left]').click();
  assert.equal(await selected(), 'left', 'the reader can still read the other article');
  assert.ok(await page.locator('.column[data-side=left]').isVisible());
  assertClean(log);
  await context.close();
});
