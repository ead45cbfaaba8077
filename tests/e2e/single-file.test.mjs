// The single self-contained file, copied alone into an empty directory,
// opened from file:// as a teacher would open it from a USB stick.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { copyFile, mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DIST, launch, recordingPage, screenshot } from './support.mjs';

let browser, dir, url;

before(async () => {
  browser = await launch();
  dir = await mkdtemp(join(tmpdir(), 'bamboo-single-'));
  await copyFile(join(DIST, 'bamboo-reader.html'), join(dir, 'bamboo-reader.html'));
  url = `file://${join(dir, 'bamboo-reader.html')}`;
});

after(async () => {
  await browser?.close();
  await rm(dir, { recursive: true, force: true });
});

test('the single file works from file:// with no other file and one request', async () => {
  assert.deepEqual(await readdir(dir), ['bamboo-reader.html'], 'nothing else beside it');
  const { page, log, context } = await recordingPage(browser);
  await page.goto(url);
  await page.locator('mark.entity').first().waitFor();
  assert.ok(await page.locator('mark.entity[data-kind=person]').count() > 10, 'marks appear');

  await page.locator('#vp-menu-button').focus();
  await page.keyboard.press('Enter');
  const chip = page.locator('.vp-chip[data-viewpoint=hedging]');
  await chip.focus();
  await page.keyboard.press('Enter');
  assert.equal(await chip.getAttribute('aria-pressed'), 'true');
  assert.ok(await page.locator('.para-wrap.match').count() > 0, 'a viewpoint can be selected');
  assert.match(page.url(), /#.*vp=hedging/, 'the view is in the fragment');

  await screenshot(page, 'single-file.png');
  assert.deepEqual(log.errors, []);
  assert.deepEqual(log.console, []);
  assert.deepEqual(log.requests, [url], 'exactly one request: the file itself');
  await context.close();
});
