// A panic in the wasm shows a panel, not a frozen page: what happened, the
// message to report, Reload, and "Export your articles", which works
// without the stopped app. The panic comes from `bambooCrashTest()`, which
// only the test build has (`make crash-build`, the `crash-test` feature,
// into target/crash-dist/). In Chromium (served) and in Firefox ESR (the
// single file from file://).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { access, copyFile, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT, axeViolations, launch, recordingPage, serve } from './support.mjs';
import { startDriver } from './webdriver.mjs';

const CRASH_DIST = join(ROOT, 'target/crash-dist');
const PANIC = 'a test asked for this panic';
let browser, server;

before(async () => {
  await access(join(CRASH_DIST, 'bamboo-reader.html')).catch(() => {
    throw new Error('no test build in target/crash-dist: run `make crash-build` first');
  });
  browser = await launch();
  server = await serve(CRASH_DIST);
});

after(async () => {
  await browser?.close();
  await server?.close();
});

/** Clicks what `click` names and resolves to the text of the file it downloads. */
async function downloaded(page, click) {
  const [download] = await Promise.all([page.waitForEvent('download'), click()]);
  return readFile(await download.path(), 'utf8');
}

test('Chromium: a panic shows the panel; Export gives the articles in memory, or in storage; Reload starts again', async () => {
  const { page, log, context } = await recordingPage(browser);
  await page.goto(server.url);
  await page.locator('mark.entity').first().waitFor();
  await page.click('#add-article-button');
  await page.fill('#add-text', 'Notes kept before the crash\n\nFarmers in the delta met the minister in Hanoi.');
  await page.click('#add-save');
  await page.locator('.my-article', { hasText: 'Notes kept before the crash' }).waitFor();

  // As from an event handler: the panic is the page's uncaught error.
  await page.evaluate(() => setTimeout(() => window.bambooCrashTest()));
  const panel = page.locator('.crash[role=alertdialog]');
  await panel.waitFor();
  assert.match(await panel.locator('h2').textContent(), /stopped working/);
  assert.match(await panel.locator('.crash-message').textContent(), new RegExp(PANIC));
  assert.equal(await page.evaluate(() => document.activeElement.className), 'crash-reload', 'Reload has the focus');
  assert.ok(await page.locator('.toolbar').evaluate((t) => !!t.closest('[inert]')), 'the stopped app is inert behind the panel');
  assert.ok(log.console.some((m) => m.includes(PANIC)), 'the console keeps the panic message');
  assert.deepEqual(await axeViolations(page), [], 'the panel passes axe');
  assert.ok(log.errors.length > 0 && log.errors.every((e) => /unreachable/i.test(e)), `only the panic's trap: ${log.errors}`);

  const inMemory = JSON.parse(await downloaded(page, () => panel.locator('.crash-export').click()));
  assert.deepEqual(inMemory.articles.map((a) => a.title), ['Notes kept before the crash']);
  await panel.locator('.crash-status', { hasText: 'exported' }).waitFor();

  // Reload: the app starts again, with the article.
  await panel.locator('.crash-reload').click();
  await page.locator('mark.entity').first().waitFor();
  assert.equal(await page.locator('.crash').count(), 0);
  await page.click('#add-article-button');
  await page.locator('.my-article', { hasText: 'Notes kept before the crash' }).waitFor();

  // When the hook could not hand over the articles, the panel reads storage.
  await page.evaluate(() => window.bambooCrashed('a message', null));
  const fromStorage = JSON.parse(await downloaded(page, () => page.locator('.crash-export').click()));
  assert.deepEqual(fromStorage.articles.map((a) => a.title), ['Notes kept before the crash']);
  await context.close();
});

test('Firefox ESR: a panic in the single file from file:// shows the panel, and Reload starts again', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'bamboo-crash-'));
  await copyFile(join(CRASH_DIST, 'bamboo-reader.html'), join(dir, 'bamboo-reader.html'));
  const wd = await startDriver('firefox');
  try {
    await wd.go(`file://${join(dir, 'bamboo-reader.html')}`);
    await wd.until("return !!document.querySelector('#app mark.entity')", 'the app to start');
    await wd.run('setTimeout(() => window.bambooCrashTest())');
    const message = await wd.until("const m = document.querySelector('.crash .crash-message'); return m && m.textContent", 'the crash panel');
    assert.match(message, new RegExp(PANIC));
    assert.equal(await wd.run('return document.activeElement.className'), 'crash-reload', 'Reload has the focus');
    // No articles of this reader's own: Export says so.
    await wd.click(await wd.find('.crash-export'));
    await wd.until("return /no articles of your own/.test(document.querySelector('.crash-status').textContent)", 'Export to say there is nothing to export');
    await wd.click(await wd.find('.crash-reload'));
    await wd.until("return !document.querySelector('.crash') && !!document.querySelector('#app mark.entity')", 'the app to start again');
    await wd.assertClean();
  } finally {
    await wd.quit();
    await rm(dir, { recursive: true, force: true });
  }
});
