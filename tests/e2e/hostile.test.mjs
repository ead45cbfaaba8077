// Hostile text through every way in: paste, a file's name and content,
// each metadata field, import, stored data, the downloaded reader, and the
// host page's add-article. Every payload (tests/e2e/fixtures/xss.json) must
// stay literal text: the sentinel `window.__xss` stays unset, no dialog
// opens, and no element the payloads name appears in the reader.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DIST, launch, recordingPage, serve } from './support.mjs';

const PAYLOADS = JSON.parse(await readFile(join(import.meta.dirname, 'fixtures/xss.json'), 'utf8'));
let browser, server, dir;

before(async () => {
  browser = await launch();
  server = await serve(DIST);
  dir = await mkdtemp(join(tmpdir(), 'bamboo-hostile-'));
});

after(async () => {
  await browser?.close();
  await server?.close();
  if (dir) await rm(dir, { recursive: true, force: true });
});

test('at least 20 payloads', () => assert.ok(PAYLOADS.length >= 20, `${PAYLOADS.length}`));

/** A page that fails on any dialog. */
async function guarded(url) {
  const rec = await recordingPage(browser);
  rec.dialogs = [];
  rec.page.on('dialog', (d) => {
    rec.dialogs.push(d.message());
    d.dismiss();
  });
  await rec.page.goto(url);
  await rec.page.locator('mark.entity').first().waitFor();
  return rec;
}

/** Nothing ran, nothing was injected, no dialog: checked in the page (or
 * frame) after each way in. */
async function clean(rec, where, frame = rec.page) {
  assert.equal(await frame.evaluate(() => window.__xss), undefined, `${where}: the sentinel stays unset`);
  const injected = await frame.evaluate(() => document.querySelectorAll('#articles script, #articles img, #articles svg:not([aria-labelledby^="vp-bar-"]), #articles iframe, #articles object, #panel script, #panel img[src], [onerror], [onload], [ontoggle], [onfocus], details[open][ontoggle], a[href^="javascript" i]').length);
  assert.equal(injected, 0, `${where}: no element was injected`);
  assert.deepEqual(rec.dialogs, [], `${where}: no dialog`);
  assert.deepEqual(rec.log.errors, [], `${where}: no page error`);
}

/** The right column's paragraphs' text. */
const paragraphs = (page) => page.locator('#column-right p.para').allTextContents();

test('paste, file name and content, and every metadata field keep the payloads as text', async () => {
  const rec = await guarded(server.url + '#panel=yours');
  const { page } = rec;
  // Paste: one payload per paragraph.
  await page.fill('#add-text', PAYLOADS.join('\n\n'));
  await page.fill('#add-title', 'Pasted payloads');
  await page.click('#add-save');
  await page.locator('#right-title', { hasText: 'Pasted payloads' }).waitFor();
  const pasted = await paragraphs(page);
  for (const p of PAYLOADS) assert.ok(pasted.includes(p.replace(/\s+/g, ' ').trim()), `literal: ${p}`);
  await clean(rec, 'paste');

  // A file's name and content.
  const name = `${PAYLOADS[3].replace(/[/\\]/g, '_')}.txt`;
  await page.setInputFiles('#add-file', { name, mimeType: 'text/plain', buffer: Buffer.from(`File of payloads\n\n${PAYLOADS.join('\n\n')}`) });
  await page.locator('#add-message', { hasText: 'Opened “' }).waitFor();
  assert.equal(await page.textContent('#add-message'), `Opened “${name}”. Check the text and the details, then save.`);
  await page.click('#add-save');
  await page.locator('#right-title', { hasText: 'File of payloads' }).waitFor();
  await clean(rec, 'file');

  // An HTML file: the payloads as markup.
  await page.setInputFiles('#add-file', { name: 'payloads.html', mimeType: 'text/html', buffer: Buffer.from(`<h1>HTML payloads</h1>${PAYLOADS.map((p) => `<p>${p}</p>`).join('')}`) });
  await page.waitForFunction(() => document.querySelector('#add-title').value === 'HTML payloads');
  await page.click('#add-save');
  await page.locator('#right-title', { hasText: 'HTML payloads' }).waitFor();
  await clean(rec, 'HTML file');

  // Each metadata field.
  const fields = ['title', 'outlet', 'author', 'date', 'url', 'event'];
  for (const [i, p] of PAYLOADS.entries()) {
    if (i % 4) continue;
    await page.fill('#add-text', `Metadata case ${i}.\n\nSecond paragraph.`);
    for (const f of fields) await page.fill(`#add-${f}`, p);
    await page.click('#add-save');
    await page.locator('#column-right .article-body', { hasText: `Metadata case ${i}.` }).waitFor();
    const header = await page.locator('#column-right .article-header').textContent();
    assert.ok(header.includes(p.replace(/\s+/g, ' ').trim()), `the header shows it literally: ${p}`);
    await clean(rec, `metadata ${i}`);
  }

  // Kept and read back from storage.
  await page.reload();
  await page.locator('mark.entity').first().waitFor();
  for (const option of await page.locator('#right-picker optgroup[label="Your articles"] option').all()) {
    await page.selectOption('#right-picker', await option.getAttribute('value'));
    await page.locator('#column-right p.para').first().waitFor();
  }
  await clean(rec, 'stored and reloaded');

  // The downloaded reader carries them all, inert.
  const [download] = await Promise.all([page.waitForEvent('download'), page.click('#download-reader')]);
  const file = join(dir, 'hostile-reader.html');
  await download.saveAs(file);
  const html = await readFile(file, 'utf8');
  const block = html.slice(html.indexOf('id="bamboo-data">'), html.indexOf('</script>', html.indexOf('id="bamboo-data">')));
  assert.doesNotMatch(block, /<|\u2028|\u2029/, 'nothing in the data block can end it');
  await rec.context.close();

  const opened = await guarded(`file://${file}`);
  const count = await opened.page.locator('#right-picker optgroup[label="Your articles"] option').count();
  assert.ok(count >= 8, `the downloaded reader has the articles (${count})`);
  await opened.page.selectOption('#right-picker', { label: 'Pasted payloads — Source not stated' });
  await opened.page.locator('#right-title', { hasText: 'Pasted payloads' }).waitFor();
  const again = await paragraphs(opened.page);
  for (const p of PAYLOADS) assert.ok(again.includes(p.replace(/\s+/g, ' ').trim()), `literal in the downloaded reader: ${p}`);
  await clean(opened, 'downloaded reader');
  await opened.context.close();
});

test('import and stored data keep the payloads as text', async () => {
  const article = (i, p) => ({
    title: p, outlet: p, author: p, date: p, url: p, event: p,
    blocks: [{ Heading: p }, { Paragraph: `Imported ${i}: ${p}` }],
    views: [], corrections: [],
  });
  const data = { version: 1, articles: PAYLOADS.map((p, i) => article(i, p)) };
  const path = join(dir, 'hostile.json');
  await writeFile(path, JSON.stringify(data));
  const rec = await guarded(server.url + '#panel=yours');
  await rec.page.setInputFiles('#import-data', path);
  await rec.page.locator('#mine-status', { hasText: `Added ${PAYLOADS.length} articles` }).waitFor();
  const titles = await rec.page.locator('.my-title').allTextContents();
  for (const p of PAYLOADS) assert.ok(titles.includes(p.replace(/\s+/g, ' ').trim()), `a literal title: ${p}`);
  await rec.page.selectOption('#right-picker', { index: 7 });
  await rec.page.locator('#column-right p.para', { hasText: 'Imported' }).waitFor();
  await clean(rec, 'import');

  // Stored data written by hand, as another program might.
  await rec.page.evaluate((json) => new Promise((ok) => {
    const req = indexedDB.open('bamboo-reader', 1);
    req.onsuccess = () => {
      const tx = req.result.transaction('user', 'readwrite');
      tx.objectStore('user').put(json, 'data');
      tx.oncomplete = () => { req.result.close(); ok(); };
    };
  }), JSON.stringify({ version: 1, articles: PAYLOADS.slice(0, 5).map((p, i) => article(i, p)) }));
  await rec.page.reload();
  await rec.page.locator('mark.entity').first().waitFor();
  await rec.page.selectOption('#right-picker', { index: 5 });
  await rec.page.locator('#column-right p.para', { hasText: 'Imported' }).waitFor();
  await clean(rec, 'stored data');
  await rec.context.close();
});

test('the host page’s add-article keeps the payloads as text', async () => {
  const host = await serve(DIST, `<!doctype html><title>Host</title><iframe id="reader" sandbox="allow-scripts" src="${server.url}?embed=1" style="width:900px;height:700px"></iframe>`);
  const r = await recordingPage(browser);
  r.dialogs = [];
  r.page.on('dialog', (d) => { r.dialogs.push(d.message()); d.dismiss(); });
  await r.page.goto(host.url);
  const frame = r.page.frameLocator('#reader');
  await frame.locator('mark.entity').first().waitFor();
  for (const [i, p] of PAYLOADS.entries()) {
    await r.page.evaluate(([i, p]) => document.getElementById('reader').contentWindow.postMessage({
      type: 'bamboo-reader:add-article', article: { title: `${i} ${p}`, text: `Host ${i}: ${p}\n\n${p}`, outlet: p, author: p, date: p, url: p },
    }, '*'), [i, p]);
    await frame.locator('#right-title', { hasText: `${i} ` }).first().waitFor();
  }
  const f = r.page.frames().find((x) => x !== r.page.mainFrame());
  await clean(r, 'add-article', f);
  await r.context.close();
  await host.close();
});
