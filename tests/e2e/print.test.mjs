// Print: the two articles side by side on A4, with titles, provenance, the
// legend and the viewpoint notes, and no control. Chromium prints to PDF;
// pdftotext (poppler-utils) reads it back.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { serve, launch, recordingPage, SHOTS } from './support.mjs';

let server, browser;

before(async () => {
  server = await serve();
  browser = await launch();
});

after(async () => {
  await browser?.close();
  await server?.close();
});

const squash = (s) => s.replace(/\s+/g, ' ').trim();

test('a printout is the two articles side by side, with no controls', async () => {
  // Printed from a phone with a panel open and the right tab shown: paper still gets both articles.
  const { page, log, context } = await recordingPage(browser, { width: 375, height: 740 });
  await page.goto(`${server.url}#a=voa-2024-to-lam-reassure-beijing&b=dw-2023-xi-heads-to-vietnam&vp=hedging&panel=entities`);
  await page.locator('mark.entity').first().waitFor();
  await page.locator('[role=tab][data-side=right]').click();
  const titles = await page.locator('.article-header h2').allInnerTexts();
  assert.equal(titles.length, 2);

  await mkdir(SHOTS, { recursive: true });
  const pdf = join(SHOTS, 'print.pdf');
  await page.pdf({ path: pdf, format: 'A4' });
  const first = squash(execFileSync('pdftotext', ['-f', '1', '-l', '1', pdf, '-'], { encoding: 'utf8' }));
  const all = squash(execFileSync('pdftotext', [pdf, '-'], { encoding: 'utf8' }));

  for (const title of titles) assert.ok(first.includes(squash(title)), `“${title}” is on page 1:\n${first.slice(0, 600)}`);
  for (const label of ['Copy link', 'Embed', 'Show all', 'Hide all', 'Panels', 'Print', 'Skip to the articles', 'Left article']) {
    assert.ok(!all.includes(label), `no “${label}” in the printout`);
  }
  assert.match(first, /Highlighted: People \(solid underline\) Places \(dashed underline\) Organizations \(dotted underline\)/, 'the legend is printed');
  assert.match(first, /Author: .* Event: .* Source: /, 'the provenance is printed');
  assert.match(all, /Hedging \/ bamboo diplomacy/, 'the viewpoint notes are printed');

  // Side by side: the two titles start at the same height, in two halves of the page.
  await page.emulateMedia({ media: 'print' });
  const [l, r] = await Promise.all(['left', 'right'].map((s) => page.locator(`#${s}-title`).boundingBox()));
  assert.ok(Math.abs(l.y - r.y) < 2 && l.x + l.width <= r.x, 'the columns sit side by side in print');
  // Highlights differ without colour: underline style, and weight for people.
  const style = (kind) => page.locator(`mark.entity[data-kind=${kind}]`).first().evaluate((m) => {
    const s = getComputedStyle(m);
    return `${s.textDecorationStyle} ${s.fontWeight}`;
  });
  const styles = await Promise.all(['person', 'place', 'org'].map(style));
  assert.equal(new Set(styles).size, 3, `three distinct print styles: ${styles}`);
  assert.deepEqual(log.errors, []);
  await context.close();
});

test('the Print button opens the browser\'s print dialog', async () => {
  const { page, log, context } = await recordingPage(browser);
  await page.goto(server.url);
  await page.locator('mark.entity').first().waitFor();
  // Headless Chromium has no dialog to show: count the calls instead.
  await page.evaluate(() => { window.printed = 0; window.print = () => { window.printed += 1; }; });
  await page.getByRole('button', { name: 'Print' }).click();
  assert.equal(await page.evaluate(() => window.printed), 1);
  assert.deepEqual(log.errors, []);
  await context.close();
});
