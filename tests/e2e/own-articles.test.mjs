// A reader's own articles, end to end in Chromium: add (paste, file, drop),
// keep (IndexedDB, reload, other tabs), correct and tag, export and import,
// "Download reader", the failure paths of storage, and the host page's
// messages. Each test starts from a fresh browser profile.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DIST, axeViolations, launch, recordingPage, screenshot, serve, addArticle as add, selectWords as select } from './support.mjs';
import { startDriver } from './webdriver.mjs';

const FIXTURES = join(import.meta.dirname, 'fixtures');
let browser, server, dir, news;

before(async () => {
  browser = await launch();
  server = await serve(DIST);
  dir = await mkdtemp(join(tmpdir(), 'bamboo-own-'));
  news = await readFile(join(FIXTURES, 'mekong-news.txt'), 'utf8');
});

after(async () => {
  await browser?.close();
  await server?.close();
  if (dir) await rm(dir, { recursive: true, force: true });
});

/** A fresh profile on the served reader, started. */
async function open(url = server.url, init = null) {
  const rec = await recordingPage(browser);
  if (init) await rec.context.addInitScript(init);
  await rec.page.goto(url);
  await rec.page.locator('mark.entity').first().waitFor();
  return rec;
}


const rightMarks = (page) => page.locator('#column-right mark.entity').evaluateAll((ms) => ms.map((m) => [m.textContent, m.dataset.kind, m.dataset.guessed === 'true']));

test('a pasted news text is highlighted at once, guesses included, and survives a reload', async () => {
  const { page, log, context } = await open();
  await add(page, news, { outlet: 'Delta Daily', date: '2026-03-02' });
  await page.locator('#right-title', { hasText: 'Mekong delta farmers brace for a dry season' }).waitFor();
  const marks = await rightMarks(page);
  for (const name of ['Le Thi Mai', 'Pham Quoc Bao', 'Nguyen Minh Duc']) {
    assert.ok(marks.some(([t, k, g]) => t === name && k === 'person' && g), `${name} is highlighted as a guessed person: ${JSON.stringify(marks)}`);
  }
  // A guess shows its evidence on its card.
  await page.locator('#column-right mark.entity[data-guessed=true]', { hasText: 'Le Thi Mai' }).first().hover();
  const cue = page.locator('.entity-card.floating .card-cue');
  await cue.waitFor();
  assert.match(await cue.textContent(), /^Evidence: (after|followed by|two to four|part of|has the|ends in|starts with|before)/);
  assert.deepEqual(await axeViolations(page), [], 'axe-clean with a guess\'s card open');
  await page.mouse.move(0, 0);
  assert.match(page.url(), /b=user:u-[0-9a-f]+/, 'the article has a link of its own');
  const options = await page.locator('#left-picker optgroup[label="Your articles"] option').allTextContents();
  assert.deepEqual(options, ['Mekong delta farmers brace for a dry season — Delta Daily, 2026-03-02']);
  assert.match(await page.textContent('#column-right .article-header'), /Your article · Delta Daily · 2026-03-02/);
  await screenshot(page, 'own-added.png');

  const link = page.url();
  await page.reload();
  await page.locator('#right-title', { hasText: 'Mekong delta farmers' }).waitFor();
  assert.equal(page.url(), link, 'the link shows it again');
  await page.goto(server.url);
  await page.locator('mark.entity').first().waitFor();
  assert.equal(await page.locator('#right-picker optgroup[label="Your articles"] option').count(), 1, 'still kept after a fresh start');
  assert.deepEqual(log.errors, []);
  assert.deepEqual(log.console, []);
  await context.close();
});

test('on a phone, a tap on a guessed name shows its evidence, and a tap elsewhere hides it', async () => {
  const { page, log, context } = await recordingPage(browser, { width: 375, height: 740 }, { hasTouch: true });
  await page.goto(server.url);
  await page.locator('mark.entity').first().waitFor();
  await add(page, news);
  await page.locator('#right-title', { hasText: 'Mekong delta' }).waitFor({ state: 'attached' });
  await page.keyboard.press('Escape');
  await page.locator('[role=tab][data-side=right]').tap();
  await page.locator('#column-right mark.entity[data-guessed=true]', { hasText: 'Le Thi Mai' }).first().tap();
  const card = page.locator('.entity-card.floating');
  await card.waitFor();
  assert.match(await card.innerText(), /Le Thi Mai/);
  assert.match(await card.locator('.card-cue').textContent(), /^Evidence: /);
  assert.deepEqual(await axeViolations(page), [], 'axe-clean with the card open on a phone');
  await screenshot(page, 'own-guess-card-phone.png');
  await page.locator('#right-title').tap();
  await card.waitFor({ state: 'detached' });
  assert.deepEqual(log.errors, []);
  await context.close();
});

test('a correction and an attributed view count in the viewpoint filter and the analysts panel', async () => {
  const { page, log, context } = await open();
  await add(page, news);
  await page.locator('#right-title', { hasText: 'Mekong delta' }).waitFor();

  // A guessed name confirmed: marked by the reader, it is no longer a guess.
  await select(page, 'Tran Van Hieu');
  await page.click('.selection-bar [data-mark=person]');
  await page.locator('#column-right mark.entity:not([data-guessed])', { hasText: 'Tran Van Hieu' }).waitFor();
  // A wrong highlight removed.
  await select(page, 'CAN THO');
  await page.click('.selection-bar [data-mark=none]');
  await page.waitForFunction(() => ![...document.querySelectorAll('#column-right mark.entity')].some((m) => m.textContent === 'CAN THO'));
  const marks = await rightMarks(page);
  assert.ok(marks.some(([t, k, g]) => t === 'Tran Van Hieu' && k === 'person' && !g), JSON.stringify(marks));
  assert.ok(!marks.some(([t]) => t === 'Tran' || t === 'Van'), 'the pieces are gone');

  // A view, by a new analyst, with a corpus viewpoint and a new one.
  await select(page, 'sluice gates alone would not hold back the sea');
  await page.click('#attribute-view');
  await page.selectOption('#view-analyst', 'new');
  await page.fill('#view-new-name', 'Nguyen Minh Duc');
  await page.fill('#view-new-affiliation', 'Can Tho University');
  await page.check('.view-viewpoints input[value=hedging]');
  await page.fill('#view-new-viewpoint', 'Adaptation first');
  await page.fill('#view-new-definition', 'Farmers and the state must adapt to salt rather than fight it.');
  await page.click('#view-save');
  await page.locator('#column-right .article-header', { hasText: 'Adaptation first 1' }).waitFor();

  // The filter finds it, under the new viewpoint.
  await page.click('#vp-menu-button');
  const chip = page.locator('.vp-chip', { hasText: 'Adaptation first' });
  await chip.click();
  await page.locator('#column-right .para-wrap.match').first().waitFor();
  assert.match(await page.locator('#column-right .para-wrap.match').first().textContent(), /sluice gates/);
  assert.match(await page.textContent('#filter-status'), /1 paragraph match Adaptation first/);
  await page.keyboard.press('Escape');

  // The analysts panel has the new analyst with the quote.
  await page.goto(page.url().replace(/panel=[a-z]+/, '') + '&panel=analysts');
  await page.locator('#panel').waitFor();
  assert.match(await page.textContent('#panel'), /Nguyen Minh Duc/);
  // Kept: a reload shows the same marks.
  await page.reload();
  await page.locator('#column-right mark.entity:not([data-guessed])', { hasText: 'Tran Van Hieu' }).waitFor();
  await screenshot(page, 'own-tagged.png');
  assert.deepEqual(log.errors, []);
  await context.close();
});

test('rename and remove, with undo', async () => {
  const { page, context } = await open();
  await add(page, news);
  await page.locator('.my-article').waitFor();
  await page.click('.my-article button:has-text("Rename")');
  await page.fill('.rename input', 'Salt in the delta');
  await page.press('.rename input', 'Enter');
  await page.locator('#right-title', { hasText: 'Salt in the delta' }).waitFor();
  await page.click('.my-article button.danger');
  await page.locator('#undo-remove').waitFor();
  assert.equal(await page.locator('.my-article').count(), 0);
  assert.doesNotMatch(page.url(), /user:/, 'the column shows another article');
  await page.click('#undo-remove');
  await page.locator('.my-article', { hasText: 'Salt in the delta' }).waitFor();
  await page.reload();
  await page.locator('mark.entity').first().waitFor();
  assert.equal(await page.locator('#right-picker optgroup[label="Your articles"] option').count(), 1);
  await context.close();
});

test('two tabs: each sees the other’s article, and neither overwrites the other', async () => {
  const { page, context } = await open();
  const other = await context.newPage();
  await other.goto(server.url + '#panel=yours');
  await other.locator('#add-text').waitFor();
  await add(page, news);
  await other.locator('.my-article', { hasText: 'Mekong delta' }).waitFor();
  await add(other, 'A second article, written in the other tab.\n\nIt has two paragraphs.', { title: 'From the other tab' });
  await page.locator('.my-article', { hasText: 'From the other tab' }).waitFor();
  await page.reload();
  await page.locator('mark.entity').first().waitFor();
  assert.equal(await page.locator('#right-picker optgroup[label="Your articles"] option').count(), 2);
  await context.close();
});

test('a file can be opened or dropped: text, Markdown and HTML, whose scripts never run', async () => {
  const { page, log, context } = await open();
  await page.click('#add-article-button');
  const html = `<!doctype html><html><head><title>Ignored</title><style>p{}</style><script>window.__xss=1</script></head>
    <body><nav>Home | World</nav><h1>River talks resume</h1><p>Officials from <b>Laos</b> and Cambodia met in Vientiane.</p>
    <aside>Related stories</aside><p onclick="window.__xss=1">A second paragraph.</p><footer>© Someone</footer><form><input value=x></form></body></html>`;
  await page.setInputFiles('#add-file', { name: 'talks.html', mimeType: 'text/html', buffer: Buffer.from(html) });
  await page.waitForFunction(() => document.querySelector('#add-text').value.includes('Vientiane'));
  const text = await page.inputValue('#add-text');
  assert.equal(text, 'Officials from Laos and Cambodia met in Vientiane.\n\nA second paragraph.');
  assert.equal(await page.inputValue('#add-title'), 'River talks resume');
  assert.equal(await page.inputValue('#add-format'), 'markdown');

  // Markdown, dropped on the page.
  const md = '# Dam season\n\nThe *Mekong River Commission* met in **Vientiane**.\n\n## Next\n\nMore talks.';
  await page.evaluate((md) => {
    const dt = new DataTransfer();
    dt.items.add(new File([md], 'dam.md', { type: 'text/markdown' }));
    document.querySelector('#articles').dispatchEvent(new DragEvent('drop', { dataTransfer: dt, bubbles: true, cancelable: true }));
  }, md);
  await page.waitForFunction(() => document.querySelector('#add-text').value.includes('Dam season'));
  await page.click('#add-save');
  await page.locator('#right-title', { hasText: 'Dam season' }).waitFor();
  assert.equal(await page.locator('#column-right h3', { hasText: 'Next' }).count(), 1, 'a Markdown heading');
  assert.match(await page.textContent('#column-right .article-body'), /The Mekong River Commission met in Vientiane\./);

  // A file of another kind is refused with a message.
  await page.setInputFiles('#add-file', { name: 'photo.png', mimeType: 'image/png', buffer: Buffer.from([137, 80, 78, 71]) });
  await page.locator('#add-message', { hasText: 'is not a text, Markdown or HTML file' }).waitFor();
  assert.equal(await page.evaluate(() => window.__xss), undefined);
  assert.deepEqual(log.errors, []);
  await context.close();
});

test('a long article renders in steps, and every paragraph arrives', async () => {
  const { page, log, context } = await open();
  const paragraphs = Array.from({ length: 2400 }, (_, i) => `Paragraph ${i + 1} names Hanoi and Beijing.`);
  // Set in one input event: typing 100 KB through the keyboard API is slow.
  await page.click('#add-article-button');
  await page.evaluate((text) => {
    const box = document.querySelector('#add-text');
    box.value = text;
    box.dispatchEvent(new InputEvent('input', { bubbles: true }));
  }, paragraphs.join('\n\n'));
  await page.fill('#add-title', 'A long article');
  await page.click('#add-save');
  await page.locator('#right-title', { hasText: 'A long article' }).waitFor();
  await page.locator('#column-right p.para').nth(2399).waitFor({ state: 'attached' });
  assert.equal(await page.locator('#column-right p.para').count(), 2400);
  assert.equal(await page.locator('#column-right .rendering').count(), 0, 'the progress line is gone');
  assert.equal(await page.locator('#column-right p.para').last().textContent(), 'Paragraph 2400 names Hanoi and Beijing.');
  assert.deepEqual(log.errors, []);
  await context.close();
});

test('limits: an article over 2 MB is refused, naming the limit', async () => {
  const { page, context } = await open();
  await add(page, 'word '.repeat(430_000));
  await page.locator('#add-message', { hasText: 'up to 2 MB of text' }).waitFor();
  assert.equal(await page.locator('.my-article').count(), 0);
  await context.close();
});

/** Saves the download `click` starts; resolves to its text. */
async function downloaded(page, click, name) {
  const [download] = await Promise.all([page.waitForEvent('download'), click()]);
  const path = join(dir, name ?? download.suggestedFilename());
  await download.saveAs(path);
  return { path, text: await readFile(path, 'utf8'), name: download.suggestedFilename() };
}

test('a large import is read in steps: the page answers and says how far it is', async () => {
  // 400 articles of the corpus's first article's text, each paragraph
  // made distinct (the recognizer reads a text once).
  const body = (await readFile(join(DIST, '..', 'corpus/articles/9dashline-2022-regime-state-security.md'), 'utf8')).split(/^\+\+\+$/m)[2];
  const paragraphs = body.split(/\n\s*\n/).map((p) => p.trim()).filter((p) => p && !p.startsWith('#'));
  const articles = Array.from({ length: 400 }, (_, i) => ({
    title: `Copy ${i + 1}`, outlet: 'Bench',
    blocks: paragraphs.map((p) => ({ Paragraph: `(${i + 1}) ${p}` })),
  }));
  const dir = await mkdtemp(join(tmpdir(), 'bamboo-import-'));
  const file = join(dir, 'many.json');
  await writeFile(file, JSON.stringify({ version: 1, articles }));
  const { page, context } = await open(server.url + '#panel=yours', () => {
    window.__said = [];
    new MutationObserver(() => {
      const status = document.getElementById('mine-status');
      if (status && status.textContent !== window.__said.at(-1)) window.__said.push(status.textContent);
    }).observe(document, { childList: true, subtree: true, characterData: true });
  });
  await page.setInputFiles('#import-data', file);
  await page.locator('#mine-status', { hasText: 'Added 400 articles' }).waitFor({ timeout: 120_000 });
  const said = await page.evaluate(() => window.__said);
  assert.ok(said.some((s) => /Reading “many\.json”: \d+ of 400 articles…/.test(s)), `progress was shown: ${JSON.stringify(said)}`);
  assert.equal(await page.locator('#left-picker optgroup[label="Your articles"] option').count(), 400);
  // The articles read ahead are the ones shown: the copy's marks are there.
  const last = await page.locator('#right-picker option', { hasText: /^Copy 400\b/ }).getAttribute('value');
  await page.locator('#right-picker').selectOption(last);
  await page.locator('#column-right mark.entity[data-entity=nguyen-phu-trong]').first().waitFor();
  await context.close();
  await rm(dir, { recursive: true, force: true });
});

test('export, then import into a fresh profile: the same articles, corrections and views', async () => {
  const { page, context } = await open();
  await add(page, news, { author: 'Staff' });
  await page.locator('#right-title', { hasText: 'Mekong delta' }).waitFor();
  await select(page, 'Tran Van Hieu');
  await page.click('.selection-bar [data-mark=person]');
  await page.locator('#column-right mark.entity:not([data-guessed])', { hasText: 'Tran Van Hieu' }).waitFor();
  const exported = await downloaded(page, () => page.click('#export-data'));
  assert.match(exported.name, /^bamboo-reader-articles-\d{4}-\d{2}-\d{2}\.json$/);
  const data = JSON.parse(exported.text);
  assert.equal(data.version, 1);
  assert.equal(data.articles.length, 1);
  assert.equal(data.articles[0].corrections.length, 1);
  await context.close();

  const fresh = await open(server.url + '#panel=yours');
  await fresh.page.setInputFiles('#import-data', exported.path);
  await fresh.page.locator('.my-article', { hasText: 'Mekong delta' }).waitFor();
  assert.match(await fresh.page.textContent('#mine-status'), /Added 1 article/);
  const again = await downloaded(fresh.page, () => fresh.page.click('#export-data'), 'again.json');
  assert.deepEqual(JSON.parse(again.text), data, 'equal');
  // Importing it twice skips the duplicate and says so.
  await fresh.page.setInputFiles('#import-data', exported.path);
  await fresh.page.locator('#mine-status', { hasText: 'Already saved' }).waitFor();
  // A future version is refused, naming it.
  const future = join(dir, 'future.json');
  await writeFile(future, JSON.stringify({ ...data, version: 7 }));
  await fresh.page.setInputFiles('#import-data', future);
  await fresh.page.locator('#mine-status', { hasText: 'data version 7' }).waitFor();
  await fresh.context.close();
});

test('storage unavailable (as in a sandboxed frame): a notice, the work in memory, Export still works', async () => {
  const noIdb = () => Object.defineProperty(window, 'indexedDB', { get() { throw new DOMException('The operation is insecure.', 'SecurityError'); } });
  const { page, log, context } = await open(server.url, noIdb);
  await add(page, news);
  await page.locator('#right-title', { hasText: 'Mekong delta' }).waitFor();
  await page.locator('.storage-notice[data-problem=unavailable]').first().waitFor();
  const exported = await downloaded(page, () => page.locator('.storage-notice .export-now').first().click(), 'memory.json');
  assert.equal(JSON.parse(exported.text).articles.length, 1);
  assert.deepEqual(log.errors, []);
  await context.close();

  // A real sandboxed frame: the reader starts, and says where work goes.
  const host = await serve(DIST, `<!doctype html><title>Host</title><iframe sandbox="allow-scripts" src="${server.url}?embed=1#panel=yours" style="width:700px;height:800px"></iframe>`);
  const framed = await recordingPage(browser);
  await framed.page.goto(host.url);
  const frame = framed.page.frameLocator('iframe');
  await frame.locator('mark.entity').first().waitFor();
  await frame.locator('#add-text').fill('A note kept in memory.\n\nSecond paragraph.');
  await frame.locator('#add-save').click();
  await frame.locator('.storage-notice[data-problem=unavailable]').first().waitFor();
  await frame.locator('.my-article', { hasText: 'A note kept in memory.' }).waitFor();
  assert.deepEqual(framed.log.errors, []);
  await framed.context.close();
  await host.close();
});

test('writes failing (quota exceeded): a notice, nothing lost, Export still works', async () => {
  const full = () => {
    const put = IDBObjectStore.prototype.put;
    IDBObjectStore.prototype.put = function (value, key) {
      if (typeof value === 'string' && value.includes('Mekong')) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      return put.call(this, value, key);
    };
  };
  const { page, log, context } = await open(server.url, full);
  await add(page, news);
  await page.locator('.storage-notice[data-problem=full]').first().waitFor();
  assert.match(await page.locator('.storage-notice').first().textContent(), /storage for this page is full/);
  assert.equal(await page.locator('.my-article').count(), 1, 'the article stays');
  const exported = await downloaded(page, () => page.locator('.storage-notice .export-now').first().click(), 'full.json');
  assert.equal(JSON.parse(exported.text).articles[0].title, 'Mekong delta farmers brace for a dry season');
  assert.deepEqual(log.errors, []);
  await context.close();
});

/** Writes `value` as the stored data, as a damaged or newer reader might. */
const storeRaw = (page, value) => page.evaluate((value) => new Promise((ok, fail) => {
  const req = indexedDB.open('bamboo-reader', 1);
  req.onupgradeneeded = () => req.result.createObjectStore('user');
  req.onsuccess = () => {
    const tx = req.result.transaction('user', 'readwrite');
    tx.objectStore('user').put(value, 'data');
    tx.oncomplete = () => { req.result.close(); ok(); };
    tx.onerror = () => fail(tx.error);
  };
  req.onerror = () => fail(req.error);
}), value);

test('corrupt or newer stored data: a notice with Export and Reset, and nothing overwritten until Reset', async () => {
  const { page, log, context } = await open();
  await storeRaw(page, '{"version":1,"articles":[{"blocks":"oops"');
  await page.reload();
  await page.locator('mark.entity').first().waitFor();
  const notice = page.locator('.storage-notice[data-problem=unreadable]').first();
  await notice.waitFor();
  assert.match(await notice.textContent(), /damaged/);
  assert.equal(await notice.locator('.export-now').count(), 1);
  await add(page, news);
  await page.locator('.my-article').waitFor();
  const stored = await page.evaluate(() => new Promise((ok) => {
    const req = indexedDB.open('bamboo-reader', 1);
    req.onsuccess = () => { const g = req.result.transaction('user').objectStore('user').get('data'); g.onsuccess = () => ok(g.result); };
  }));
  assert.equal(stored, '{"version":1,"articles":[{"blocks":"oops"', 'the damaged data is kept until the reader resets it');
  await notice.locator('.reset-storage').click();
  await page.waitForFunction(() => !document.querySelector('.storage-notice[data-problem=unreadable]'));
  await page.reload();
  await page.locator('mark.entity').first().waitFor();
  assert.equal(await page.locator('#right-picker optgroup[label="Your articles"] option').count(), 1, 'reset to what was shown');

  await storeRaw(page, '{"version":5,"articles":[]}');
  await page.reload();
  await page.locator('.storage-notice[data-problem=unreadable]', { hasText: 'data version 5' }).first().waitFor();
  assert.deepEqual(log.errors, []);
  await context.close();
});

test('Download reader: one file that opens alone from file:// with the articles, with or without the built-in five', async () => {
  const { page, context } = await open();
  await add(page, news, { outlet: 'Delta Daily' });
  await page.locator('#right-title', { hasText: 'Mekong delta' }).waitFor();
  const both = await downloaded(page, () => page.click('#download-reader'), 'reader-both.html');
  await page.uncheck('#download-builtin');
  const mine = await downloaded(page, () => page.click('#download-reader'), 'reader-mine.html');
  await context.close();
  assert.ok(both.text.includes('id="bamboo-data"'));

  for (const [file, count] of [[both.path, 6], [mine.path, 1]]) {
    const rec = await recordingPage(browser);
    await rec.page.goto(`file://${file}`);
    await rec.page.locator('mark.entity').first().waitFor();
    const options = await rec.page.locator('#left-picker option').count();
    assert.equal(options, count, `${file}: ${count} articles`);
    assert.equal(await rec.page.locator('#right-picker optgroup[label="Your articles"] option').count(), 1);
    assert.deepEqual(rec.log.requests, [`file://${file}`], 'no other request');
    assert.deepEqual(rec.log.errors, []);
    await rec.context.close();
  }

  // And in Firefox ESR, through geckodriver.
  const wd = await startDriver('firefox', { width: 1280, height: 900 });
  try {
    await wd.go(`file://${mine.path}`);
    await wd.until("return document.querySelectorAll('#app mark.entity').length > 0 && !document.getElementById('prerender')", 'the reader to start in Firefox');
    const labels = await wd.run("return [...document.querySelectorAll('#left-picker option')].map((o) => o.textContent)");
    assert.deepEqual(labels, ['Mekong delta farmers brace for a dry season — Delta Daily'], 'Firefox: the one article');
    await wd.assertClean();
  } finally {
    await wd.quit();
  }
});

test('the host page drives an embedded reader: show, add-article, and view messages back', async () => {
  const page0 = `<!doctype html><title>Host</title>
    <iframe id="reader" sandbox="allow-scripts" src="${server.url}?embed=1" style="width:900px;height:700px"></iframe>
    <script>window.views = []; addEventListener('message', (e) => { if (e.data && e.data.type === 'bamboo-reader:view') views.push(e.data.view); });</script>`;
  const host = await serve(DIST, page0);
  const { page, log, context } = await recordingPage(browser);
  await page.goto(host.url);
  const frame = page.frameLocator('#reader');
  await frame.locator('mark.entity').first().waitFor();
  await page.waitForFunction(() => views.length > 0);
  const post = (m) => page.evaluate((m) => document.getElementById('reader').contentWindow.postMessage(m, '*'), m);

  await post({ type: 'bamboo-reader:show', view: { a: 'dw-2023-xi-heads-to-vietnam', b: 'voa-2024-to-lam-reassure-beijing', vp: ['hedging'] } });
  await page.waitForFunction(() => views.some((v) => v.a === 'dw-2023-xi-heads-to-vietnam' && v.vp === 'hedging'));
  assert.match(await frame.locator('#left-title').textContent(), /Xi/);

  await post({ type: 'bamboo-reader:add-article', article: { title: 'Host story', text: 'Officials in Hanoi met Tran Van Hieu.\n\nA second paragraph.', outlet: 'Host Times' } });
  await frame.locator('#right-title', { hasText: 'Host story' }).waitFor();
  assert.match(await frame.locator('#column-right .article-header').textContent(), /From the host page · Host Times/);
  await page.waitForFunction(() => views.some((v) => (v.b || '').startsWith('host:')));

  // Malformed messages are ignored, with one warning each.
  const warned = [];
  const two = new Promise((ok) => page.on('console', (m) => {
    if (m.type() === 'warning' && m.text().startsWith('Bamboo Reader ignored')) {
      warned.push(m.text());
      if (warned.length === 2) ok();
    }
  }));
  await post({ type: 'bamboo-reader:show', view: 'nonsense' });
  await post('hello');
  await two;
  await frame.locator('#right-title', { hasText: 'Host story' }).waitFor();
  assert.deepEqual(log.errors, []);
  await context.close();
  await host.close();
});
