// Storage faults, flow by flow (issue 16, "Nothing lost, nothing sent"):
// every flow of the own-articles feature that writes storage, tried with
// storage that throws, that is full (a put refused, a commit aborted), that
// holds damaged or newer data, and that another tab changed between this
// tab's reads and writes. A table: one test per fault, one subtest per flow,
// run in sequence in one page. Each cell asserts
//   * the notice: `.storage-notice[data-problem=…]` (or, when nothing
//     failed, the panel's `.storage-status[data-problem=none]`);
//   * the list of the reader's articles holds everything;
//   * Export (the notice's "Export now", else the panel's Export) holds every
//     article, correction, view, analyst and viewpoint;
//   * what was stored before is not destroyed (read raw from IndexedDB by a
//     second page of the same profile), or, once storage works again, that
//     it holds everything;
//   * no page error.
// The page is a downloaded reader (the single file with a data block), so
// opening it is the first flow: its articles are saved into this browser.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DIST, launch, recordingPage, serve, addArticle as add, selectWords as select } from './support.mjs';

const FIXTURES = join(import.meta.dirname, 'fixtures');
let browser, server, dir, news, eastSea, mineHtml, importFile;

const SEED = 'A seed article, stored before';
const BLOCK = 'From a downloaded reader';
const FILE = 'Fishermen return to port after storm in the East Sea';
const NEWS = 'Mekong delta farmers brace for a dry season';
const RENAMED = 'Storm boats, renamed';
const IMPORTED = 'An imported article';

const paragraphs = (...ps) => ps.map((p) => ({ Paragraph: p }));
const SEED_JSON = JSON.stringify({ version: 1, articles: [{ title: SEED, blocks: paragraphs('Stored before the fault: officials in Hanoi kept this one.', 'A second paragraph.') }] });
const DAMAGED = '{"version":1,"articles":[{"title":"Damaged","blocks":"oops"';
const NEWER = JSON.stringify({ version: 5, articles: [{ title: 'Kept by a newer reader', chapters: [] }], shelves: [] });

before(async () => {
  browser = await launch();
  server = await serve(DIST);
  dir = await mkdtemp(join(tmpdir(), 'bamboo-faults-'));
  news = await readFile(join(FIXTURES, 'mekong-news.txt'), 'utf8');
  eastSea = await readFile(join(FIXTURES, 'east-sea-news.txt'));
  // A downloaded reader: the single file with a data block, as "Download
  // reader" writes it.
  const single = await readFile(join(DIST, 'bamboo-reader.html'), 'utf8');
  const block = JSON.stringify({ builtin: true, data: { version: 1, articles: [{ title: BLOCK, outlet: 'Class drive', blocks: paragraphs('A teacher shared this reader with one article about Vientiane.', 'Its second paragraph.') }] } });
  const at = single.indexOf('<script data-bamboo-single');
  assert.ok(at > 0, 'the single file has its loader');
  mineHtml = `${single.slice(0, at)}<script type="application/json" id="bamboo-data">${block}</script>\n${single.slice(at)}`;
  importFile = join(dir, 'import.json');
  await writeFile(importFile, JSON.stringify({ version: 1, articles: [{ title: IMPORTED, outlet: 'Imported Times', blocks: paragraphs('An imported article about Hanoi and Phnom Penh.', 'Its second paragraph.') }] }));
});

after(async () => {
  await browser?.close();
  await server?.close();
  if (dir) await rm(dir, { recursive: true, force: true });
});

// ---------------------------------------------------------------- helpers

/** Installed in the page before its scripts: faults switched by
 * `window.__fault` (set at start, or later by page.evaluate). */
function installFaults(initial) {
  window.__fault = initial;
  const factory = window.indexedDB;
  Object.defineProperty(window, 'indexedDB', {
    configurable: true,
    get() {
      if (window.__fault === 'unavailable') throw new DOMException('The operation is insecure.', 'SecurityError');
      return factory;
    },
  });
  const put = IDBObjectStore.prototype.put;
  IDBObjectStore.prototype.put = function (...args) {
    const full = () => new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    if (window.__fault === 'full-put') throw full();
    const request = put.apply(this, args);
    if (window.__fault === 'full-commit') {
      // As a browser reports a quota the write used up: the put succeeds,
      // then its transaction aborts instead of committing.
      const tx = this.transaction;
      request.addEventListener('success', () => {
        Object.defineProperty(tx, 'error', { configurable: true, value: full() });
        tx.abort();
      });
    }
    return request;
  };
}

/** In the other tab: a BroadcastChannel that tells no one (as when this
 * tab's notice of the change is lost or comes after its own write), and
 * counts what it would have said. */
function silentChannel() {
  window.__posted = 0;
  window.BroadcastChannel = class extends EventTarget {
    constructor(name) { super(); this.name = name; }
    postMessage() { window.__posted++; }
    close() {}
  };
}

const setFault = (page, fault) => page.evaluate((f) => { window.__fault = f; }, fault);

/** The stored record, read raw in `raw` (a page of the same origin without
 * faults): the string, or null. */
const rawGet = (raw) => raw.evaluate(() => new Promise((ok, fail) => {
  const req = indexedDB.open('bamboo-reader');
  req.onupgradeneeded = () => req.result.createObjectStore('user');
  req.onsuccess = () => {
    const db = req.result;
    const get = db.transaction('user').objectStore('user').get('data');
    get.onsuccess = () => { db.close(); ok(get.result ?? null); };
    get.onerror = () => { db.close(); fail(get.error); };
  };
  req.onerror = () => fail(req.error);
  req.onblocked = () => fail(new Error('open blocked'));
}));

/** Writes `value` as the stored record, as another tab (or another version
 * of the reader) might. */
const rawPut = (raw, value) => raw.evaluate((value) => new Promise((ok, fail) => {
  const req = indexedDB.open('bamboo-reader');
  req.onupgradeneeded = () => req.result.createObjectStore('user');
  req.onsuccess = () => {
    const db = req.result;
    const tx = db.transaction('user', 'readwrite');
    tx.objectStore('user').put(value, 'data');
    tx.oncomplete = () => { db.close(); ok(); };
    tx.onabort = () => { db.close(); fail(tx.error); };
  };
  req.onerror = () => fail(req.error);
  req.onblocked = () => fail(new Error('open blocked'));
}), value);

/** Upgrades the database to `version`, as a newer reader in another tab
 * would: open connections must close for it (else this fails). */
const rawUpgrade = (raw, version) => raw.evaluate((version) => new Promise((ok, fail) => {
  const req = indexedDB.open('bamboo-reader', version);
  req.onupgradeneeded = () => { if (!req.result.objectStoreNames.contains('user')) req.result.createObjectStore('user'); };
  req.onsuccess = () => { req.result.close(); ok(); };
  req.onerror = () => fail(req.error);
  req.onblocked = () => fail(new Error('the reader did not close its database for the upgrade'));
}), version);

/** How many times a reader tab said it saved (its BroadcastChannel message),
 * as `raw` heard it. */
const saves = (raw) => raw.evaluate(() => window.__changed);

/** What a file or the stored record holds, in short. */
function summary(data) {
  return {
    titles: data.articles.map((a) => a.title).sort(),
    corrections: data.articles.reduce((n, a) => n + a.corrections.length, 0),
    views: data.articles.reduce((n, a) => n + a.views.length, 0),
    analysts: data.analysts.length,
    viewpoints: data.viewpoints.length,
  };
}
const expected = (want) => ({ ...want, titles: [...want.titles].sort() });

const exact = (s) => new RegExp(`^${s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`);
const titleOf = (page, title) => page.locator('.my-title').filter({ hasText: exact(title) });
const rowOf = (page, title) => page.locator('.my-article').filter({ has: titleOf(page, title) });

/** Exports (the notice's "Export now", or the panel's Export); resolves to
 * the file's data. */
async function exported(page, viaNotice) {
  const button = viaNotice ? page.locator('.storage-notice .export-now').first() : page.locator('#export-data');
  const [download] = await Promise.all([page.waitForEvent('download'), button.click()]);
  return JSON.parse(await readFile(await download.path(), 'utf8'));
}

async function rename(page, from, to) {
  await rowOf(page, from).locator('button', { hasText: 'Rename' }).click();
  await page.fill('.rename input', to);
  await page.press('.rename input', 'Enter');
  await titleOf(page, to).waitFor();
}


async function mark(page, words, kind, said) {
  await select(page, words);
  await page.click(`.selection-bar [data-mark=${kind}]`);
  await page.locator('#mine-status', { hasText: said }).waitFor();
}

// ------------------------------------------------------------------ flows

/** The flows that write storage, in the order one reader might do them. Each
 * does its flow, waits until the page shows it done, and says what the
 * reader's data should now hold. (Opening a downloaded reader, the first
 * flow, is each row's start; Reset is tried in the damaged-data row.) */
const FLOWS = [
  {
    name: 'add: open a .txt file',
    async run({ page, want }) {
      if (!(await page.locator('#add-text').count())) await page.click('#add-article-button');
      await page.setInputFiles('#add-file', { name: 'east-sea.txt', mimeType: 'text/plain', buffer: eastSea });
      await page.waitForFunction(() => document.querySelector('#add-text').value.includes('Quang Ngai'));
      await page.click('#add-save');
      await rowOf(page, FILE).waitFor();
      want.titles.add(FILE);
    },
  },
  {
    name: 'add: paste',
    async run({ page, want }) {
      await add(page, news, { outlet: 'Delta Daily' });
      await rowOf(page, NEWS).waitFor();
      await page.locator('#right-title', { hasText: NEWS }).waitFor();
      want.titles.add(NEWS);
    },
  },
  {
    name: 'rename',
    async run({ page, want }) {
      await rename(page, FILE, RENAMED);
      want.titles.delete(FILE);
      want.titles.add(RENAMED);
    },
  },
  ...[
    ['mark as Person', 'Tran Van Hieu', 'person', 'Marked as person.'],
    ['mark as Place', 'Can Tho', 'place', 'Marked as place.'],
    ['mark as Organization', 'Mekong River Commission', 'org', 'Marked as org.'],
    ['Not a name', 'CAN THO', 'none', 'Highlight removed.'],
  ].map(([what, words, kind, said]) => ({
    name: `correct: ${what}`,
    async run({ page, want }) {
      await mark(page, words, kind, said);
      want.corrections++;
    },
  })),
  {
    name: 'attribute a view (new analyst, corpus and new viewpoint)',
    async run({ page, want }) {
      await select(page, 'sluice gates alone would not hold back the sea');
      await page.click('#attribute-view');
      await page.selectOption('#view-analyst', 'new');
      await page.fill('#view-new-name', 'Nguyen Minh Duc');
      await page.fill('#view-new-affiliation', 'Can Tho University');
      await page.check('.view-viewpoints input[value=hedging]');
      await page.fill('#view-new-viewpoint', 'Adaptation first');
      await page.fill('#view-new-definition', 'Farmers and the state must adapt to salt rather than fight it.');
      await page.click('#view-save');
      await page.locator('#mine-status', { hasText: 'View attributed.' }).waitFor();
      want.views++;
      want.analysts++;
      want.viewpoints++;
    },
  },
  {
    name: 'import',
    async run({ page, want }) {
      await page.setInputFiles('#import-data', importFile);
      await rowOf(page, IMPORTED).waitFor();
      want.titles.add(IMPORTED);
    },
  },
  {
    name: 'remove',
    async run({ page, want }) {
      await rowOf(page, IMPORTED).locator('button.danger').click();
      await page.locator('#undo-remove').waitFor();
      await rowOf(page, IMPORTED).waitFor({ state: 'detached' });
      want.titles.delete(IMPORTED);
    },
  },
  {
    name: 'undo the removal',
    async run({ page, want }) {
      await page.click('#undo-remove');
      await rowOf(page, IMPORTED).waitFor();
      want.titles.add(IMPORTED);
    },
  },
];

// ------------------------------------------------------------------- rows

/** The faults. `kind` says how a row runs its cells:
 *  * `fixed`: the fault holds from `from` ('load', or after the first cell)
 *    to the end; the stored record must stay as it was when it began;
 *  * `toggled`: on for each flow, then off and healed (`heal`: a rename of
 *    the seed, or Reset); the stored record must be untouched by the flow,
 *    and hold everything once healed;
 *  * `other-tab`: before each flow another tab writes; afterwards storage
 *    must hold both tabs' articles. */
const ROWS = [
  {
    name: 'throws: the indexedDB getter throws SecurityError',
    problem: 'unavailable', kind: 'fixed', from: 'load', init: 'unavailable', readsSeed: false,
  },
  {
    name: 'throws: open fails (VersionError: a newer reader upgraded the database)',
    problem: 'failed', said: /newer Bamboo Reader .* reload this page/, kind: 'fixed', from: 'load', readsSeed: false,
    prepare: (ctx) => rawUpgrade(ctx.raw, 2),
  },
  {
    name: 'throws: every write throws (InvalidStateError: a newer reader upgraded the database while this tab was open)',
    problem: 'failed', said: /newer Bamboo Reader .* reload this page/, kind: 'fixed', from: 'first flow', readsSeed: true,
    start: (ctx) => rawUpgrade(ctx.raw, 2),
  },
  {
    name: 'full: put throws QuotaExceededError',
    problem: 'full', kind: 'toggled', init: 'full-put', readsSeed: true, heal: 'rename',
    on: (ctx) => setFault(ctx.page, 'full-put'),
    off: (ctx) => setFault(ctx.page, null),
  },
  {
    // (Chromium's own quota, lowered through CDP's
    // Storage.overrideQuotaForOrigin, aborts commits only once its cached
    // free space expires, seconds later: too slow and uncertain here.)
    name: 'full: the put succeeds, then the transaction aborts at commit with QuotaExceededError',
    problem: 'full', kind: 'toggled', init: 'full-commit', readsSeed: true, heal: 'rename',
    on: (ctx) => setFault(ctx.page, 'full-commit'),
    off: (ctx) => setFault(ctx.page, null),
  },
  {
    name: 'corrupt: the stored record is damaged JSON',
    problem: 'unreadable', kind: 'fixed', from: 'load', seed: DAMAGED, readsSeed: false, resets: true,
  },
  {
    name: 'corrupt: another tab stores a newer version between this tab’s reads and writes',
    problem: 'unreadable', kind: 'toggled', readsSeed: true, heal: 'reset', startClean: true,
    on: (ctx) => rawPut(ctx.raw, NEWER),
    off: async () => {},
  },
  {
    name: 'another tab changed: it saves an article between this tab’s reads and writes',
    problem: 'none', kind: 'other-tab', readsSeed: true,
  },
];

// ------------------------------------------------------------------ cells

/** The checks every cell makes once its flow is done. `problem` is the
 * notice expected; `stored(text)` checks the raw stored record. */
async function check(ctx, problem, stored) {
  const { page, want, log } = ctx;
  if (problem === 'none') {
    await page.locator('.storage-status[data-problem=none]').waitFor();
    assert.equal(await page.locator('.storage-notice').count(), 0, 'no notice');
  } else {
    const notice = page.locator(`.storage-notice[data-problem=${problem}]`).first();
    await notice.waitFor();
    // What the reader is told, once a row, for the record.
    if (!ctx.told) ctx.t.diagnostic(`notice: ${(ctx.told = await notice.locator('p').textContent())}`);
    // A newer reader elsewhere is named, with what to do.
    if (ctx.said) assert.match(await notice.locator('p').textContent(), ctx.said);
  }
  const listed = (await page.locator('.my-article:not(.host) .my-title').allTextContents()).sort();
  assert.deepEqual(listed, expected(want).titles, 'the list holds every article');
  const file = await exported(page, problem !== 'none');
  assert.deepEqual(summary(file), expected(want), 'Export holds everything');
  await stored(await rawGet(ctx.raw));
  assert.deepEqual(log.errors, [], 'no page error');
}

/** Storage works again: the notice goes, and storage holds everything. */
async function healed(ctx, how) {
  const { page, want } = ctx;
  if (how === 'reset') {
    await page.locator('.storage-notice .reset-storage').first().click();
  } else {
    const to = `${SEED} (healed ${++ctx.heals})`;
    await rename(page, ctx.seedTitle, to);
    want.titles.delete(ctx.seedTitle);
    want.titles.add(to);
    ctx.seedTitle = to;
  }
  await page.waitForFunction(() => !document.querySelector('.storage-notice'));
  await check(ctx, 'none', (text) => assert.deepEqual(summary(JSON.parse(text)), expected(want), 'storage holds everything once it works'));
}

/** Another tab adds an article and saves it; this tab is not told. */
async function otherTabAdds(ctx) {
  const n = ++ctx.others;
  const title = `Other tab article ${n}`;
  await ctx.other.bringToFront();
  await add(ctx.other, `Written in the other tab while this one was open, number ${n}.\n\nIt names Hanoi.`, { title });
  await ctx.other.waitForFunction((n) => window.__posted >= n, n);
  await ctx.page.bringToFront();
  ctx.want.titles.add(title);
  return title;
}

for (const row of ROWS) {
  test(`storage fault: ${row.name}`, async (t) => {
    const { page, log, context } = await recordingPage(browser);
    // A second page of the same profile, for raw reads and writes; it hears
    // the reader's "storage changed" messages.
    const raw = await context.newPage();
    await raw.goto(`${server.url}raw`);
    await raw.evaluate(() => {
      window.__changed = 0;
      new BroadcastChannel('bamboo-reader').onmessage = () => window.__changed++;
    });
    const ctx = {
      t, page, log, raw, said: row.said,
      want: { titles: new Set(), corrections: 0, views: 0, analysts: 0, viewpoints: 0 },
      seedTitle: SEED, heals: 0, others: 0,
    };
    try {
      await rawPut(raw, row.seed ?? SEED_JSON);
      await row.prepare?.(ctx);
      if (row.kind === 'other-tab') {
        ctx.other = await context.newPage();
        await ctx.other.addInitScript(silentChannel);
        await ctx.other.goto(`${server.url}#panel=yours`);
        await ctx.other.locator('#add-text').waitFor();
        await otherTabAdds(ctx);
      }
      let snapshot = await rawGet(raw);
      // In front: a page behind others gets no animation frames, and every
      // action waits for them.
      await page.bringToFront();
      await page.addInitScript(installFaults, row.init ?? null);
      await page.route(`${server.url}mine.html`, (route) => route.fulfill({ contentType: 'text/html; charset=utf-8', body: mineHtml }));

      // The first flow: opening a downloaded reader saves its articles here.
      await t.test('open a downloaded reader (its articles are saved here)', async () => {
        await page.goto(`${server.url}mine.html#panel=yours`);
        await page.locator('mark.entity').first().waitFor();
        await page.locator('#add-text').waitFor();
        await rowOf(page, BLOCK).waitFor();
        ctx.want.titles.add(BLOCK);
        if (row.readsSeed) ctx.want.titles.add(SEED);
        if (row.kind === 'fixed' && row.from === 'load') {
          await check(ctx, row.problem, (text) => assert.equal(text, snapshot, 'the stored record is untouched'));
        } else if (row.kind === 'toggled' && !row.startClean) {
          await check(ctx, row.problem, (text) => assert.equal(text, snapshot, 'the stored record is untouched'));
          await row.off(ctx);
          await healed(ctx, row.heal);
        } else {
          // Nothing failed at load: the data block's article is saved.
          await raw.waitForFunction(() => window.__changed >= 1);
          await check(ctx, 'none', (text) => assert.deepEqual(summary(JSON.parse(text)), expected(ctx.want)));
        }
      });
      if (row.kind === 'fixed' && row.from !== 'load') {
        await row.start(ctx);
        snapshot = await rawGet(raw);
      }

      for (const flow of FLOWS) {
        await t.test(flow.name, async () => {
          if (row.kind === 'fixed') {
            await flow.run(ctx);
            await check(ctx, row.problem, (text) => assert.equal(text, snapshot, 'the stored record is untouched'));
          } else if (row.kind === 'toggled') {
            await row.on(ctx);
            const before = await rawGet(raw);
            await flow.run(ctx);
            await check(ctx, row.problem, (text) => assert.equal(text, before, 'the stored record is untouched'));
            await row.off(ctx);
            await healed(ctx, row.heal);
          } else {
            const theirs = await otherTabAdds(ctx);
            const said = await saves(raw);
            await flow.run(ctx);
            // This tab's write took in the other's article, and shows it.
            await raw.waitForFunction((n) => window.__changed > n, said);
            await rowOf(page, theirs).waitFor();
            await check(ctx, 'none', (text) => assert.deepEqual(summary(JSON.parse(text)), expected(ctx.want), 'both tabs’ articles are stored'));
          }
        });
      }

      if (row.kind === 'other-tab') {
        // The other tab has not heard of this tab's changes since its last
        // write took them in; its next write must keep them all.
        let stored;
        await t.test('the other tab, never told, writes last: every article, correction and view is kept', async () => {
          await otherTabAdds(ctx);
          stored = summary(JSON.parse(await rawGet(raw)));
          const want = expected(ctx.want);
          for (const title of want.titles.filter((t) => t !== RENAMED)) assert.ok(stored.titles.includes(title), `“${title}” is stored`);
          assert.ok(stored.titles.includes(RENAMED) || stored.titles.includes(FILE), 'the renamed article is stored');
          assert.equal(stored.titles.length, want.titles.length, 'no article twice');
          assert.deepEqual({ ...stored, titles: [] }, { ...want, titles: [] }, 'corrections, views, analysts and viewpoints are stored');
          assert.deepEqual(log.errors, []);
        });
        // Once a bug: the writing tab's fields won, so a stale tab's write
        // reverted a rename (now the later rename wins, UserArticle::renamed).
        await t.test('the other tab, never told, writes last: this tab’s rename is kept', () => {
          assert.ok(stored.titles.includes(RENAMED) && !stored.titles.includes(FILE), `the stored title is this tab’s new one: ${JSON.stringify(stored.titles)}`);
        });
      }
      if (row.resets) await resets(t, ctx, snapshot);
      if (log.console.length) t.diagnostic(`console: ${JSON.stringify(log.console)}`);
    } finally {
      await context.close();
    }
  });
}

/** Reset (offered only for unreadable data) tried with the other faults;
 * each failure leaves the damaged record and the articles in memory. */
async function resets(t, ctx, damaged) {
  const { page } = ctx;
  const untouched = (text) => assert.equal(text, damaged, 'the damaged record is kept');
  const cases = [
    ['reset while the indexedDB getter throws', () => setFault(page, 'unavailable'), () => setFault(page, null), 'keeps no data for this page'],
    ['reset while put throws QuotaExceededError', () => setFault(page, 'full-put'), () => setFault(page, null), 'storage for this page is full'],
    ['reset while the commit aborts with QuotaExceededError', () => setFault(page, 'full-commit'), () => setFault(page, null), 'storage for this page is full'],
  ];
  for (const [name, on, off, said] of cases) {
    await t.test(name, async () => {
      // The panel's Export says so, so the reset's own message shows.
      await exported(page, false);
      await on();
      await page.locator('.storage-notice .reset-storage').first().click();
      await page.locator('#mine-status', { hasText: said }).waitFor();
      await off();
      await check(ctx, 'unreadable', untouched);
    });
  }

  // Two tabs on damaged data: the other one resets first and saves an
  // article of its own. Once a bug: this tab's Reset then replaced the
  // record without reading it, dropping the other tab's article. Now the
  // other tab's reset tells this one, whose work is saved beside it.
  await t.test('another tab resets and saves its own article: this tab is told, and both tabs’ articles are stored', async () => {
    const other = await page.context().newPage();
    await other.goto(`${server.url}#panel=yours`);
    await other.locator('.storage-notice[data-problem=unreadable]').first().waitFor();
    const theirs = 'Saved by the other tab after its reset';
    await add(other, 'The other tab reset the damaged data and kept this.\n\nIt names Hanoi.', { title: theirs });
    await rowOf(other, theirs).waitFor();
    await other.locator('.storage-notice .reset-storage').first().click();
    await other.waitForFunction(() => !document.querySelector('.storage-notice'));

    await page.bringToFront();
    await page.waitForFunction(() => !document.querySelector('.storage-notice'));
    const all = (s) => s && [...ctx.want.titles, theirs].every((title) => s.titles.includes(title));
    let stored;
    // This tab saves once it has read what the other stored: poll the
    // record, a frame apart.
    for (let i = 0; i < 300 && !all(stored); i++) {
      stored = summary(JSON.parse(await rawGet(ctx.raw)));
      await ctx.raw.evaluate(() => new Promise((ok) => requestAnimationFrame(ok)));
    }
    for (const title of ctx.want.titles) assert.ok(stored.titles.includes(title), `this tab’s “${title}” is stored`);
    assert.ok(stored.titles.includes(theirs), `the other tab’s “${theirs}” is still stored: ${JSON.stringify(stored.titles)}`);
  });
}
