// Hostile input on every way in (issue 16, "Hardening"): the link's
// fragment and query, pasted text, a file's name and content (.txt, .md,
// .html), each metadata field, imported JSON, stored data, the downloaded
// reader, and the host page's messages. Every payload of
// tests/e2e/fixtures/xss.json goes through every path, in batches (one
// article holding them all, one import file of many articles, one link
// with every parameter), and after each path three things hold:
//
// * no script ran: `window.__xss` stays unset, in the page and its frames;
// * no dialog opened (alert, confirm, prompt);
// * the payload shows as literal text where it is shown, modulo what the
//   app does on purpose to every text (see `normalize` and `shown`).
//
// Besides the sentinel, `inspect` looks for the ways a payload could be
// waiting to run: an `on…` attribute, a javascript:/data:/vbscript: URL,
// a script, frame, object or base element the page did not start with,
// or an element a payload names where user text is shown.
//
// The corpus files read at build time are covered natively, in
// core/tests/hostile_corpus.rs, from the same payload file. The last test
// here reads the app's source for the sinks that turn text into markup or
// code.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { extname, join, relative } from 'node:path';
import { DIST, ROOT, launch, recordingPage, serve } from './support.mjs';

// ---- the payloads -------------------------------------------------------

const { families: FAMILIES } = JSON.parse(await readFile(join(import.meta.dirname, 'fixtures/xss.json'), 'utf8'));

/** A payload as the tests use it: a string, or a `{repeat, bytes}` line
 * written out: whole copies of `repeat`, then as many of its characters as
 * fit in `bytes` bytes of UTF-8 (so never a broken character). */
function expand(entry) {
  if (typeof entry === 'string') return entry;
  let text = entry.repeat.repeat(Math.floor(entry.bytes / Buffer.byteLength(entry.repeat)));
  let left = entry.bytes - Buffer.byteLength(text);
  for (const c of entry.repeat) {
    if (Buffer.byteLength(c) > left) break;
    text += c;
    left -= Buffer.byteLength(c);
  }
  return text;
}

/** Every payload: its family, text, and a short label for messages. */
const PAYLOADS = Object.entries(FAMILIES).flatMap(([family, list]) => list.map((entry, i) => {
  const text = expand(entry);
  const label = `${family}[${i}] ${JSON.stringify(text.length > 60 ? `${text.slice(0, 60)}… (${Buffer.byteLength(text)} bytes)` : text)}`;
  return { family, text, label };
}));
const LONG = PAYLOADS.filter((p) => p.text.length > 65536);

/** A title, outlet, author, date, URL or event as the reader keeps it
 * (core/src/user/data.rs `stated`): normalized, then cut to
 * MAX_FIELD_CHARS characters with an ellipsis. (Once kept whole, a 1 MB
 * label took Chromium seconds to lay out in the pickers, per render.) */
const MAX_FIELD_CHARS = 500;
function kept(text) {
  const chars = [...normalize(text)];
  return chars.length > MAX_FIELD_CHARS ? `${chars.slice(0, MAX_FIELD_CHARS).join('')}…` : chars.join('');
}

/** Payloads in batches of at most `limit` bytes: an article holds at most
 * 2 MB of text, so each further 1 MB line would start a batch. */
function batches(list = PAYLOADS, limit = 1.5 * 2 ** 20) {
  const out = [[]];
  let size = 0;
  for (const p of list) {
    const n = Buffer.byteLength(p.text);
    if (size + n > limit && out.at(-1).length) {
      out.push([]);
      size = 0;
    }
    out.at(-1).push(p);
    size += n;
  }
  return out;
}
const BATCHES = batches();

/** The tags the payloads name, for `inspect`. */
const PAYLOAD_TAGS = [...new Set(PAYLOADS.flatMap((p) => [...p.text.slice(0, 4096).matchAll(/<([a-z][a-z0-9]*)/gi)].map((m) => m[1].toLowerCase())))];

// ---- what the app does to text on purpose ----------------------------------

// Rust's whitespace (char::is_whitespace), which differs from JavaScript's
// \s: U+0085 is whitespace in Rust and U+FEFF is not.
const SPACE = '\\t\\n\\v\\f\\r \\x85\\xa0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000';
const SPACES = new RegExp(`[${SPACE}]+`);
const EDGES = new RegExp(`^[${SPACE}]+|[${SPACE}]+$`, 'g');
// Rust's char::is_control: the C0 and C1 controls.
const CONTROL = /[\x00-\x1f\x7f-\x9f]/g;
const isControl = (c) => /^[\x00-\x1f\x7f-\x9f]$/.test(c);

/** Readers' own text and provenance (core/src/user/read.rs `normalize`):
 * trimmed, each run of whitespace one space, control characters dropped. */
const normalize = (s) => s.split(SPACES).map((w) => w.replace(CONTROL, '')).filter(Boolean).join(' ');

/** A link's value in a notice (core/src/view_params.rs `shown`): control
 * characters dropped, cut at 40 characters with an ellipsis. */
function shown(s) {
  const chars = [...s];
  const clean = chars.filter((c) => !isControl(c)).slice(0, 40).join('');
  return chars.length > 40 ? `${clean}…` : clean;
}

/** A link's `q=` (view_params.rs): control characters dropped, at most 200
 * characters; the search panel's status shows it trimmed. */
const query = (s) => [...s].filter((c) => !isControl(c)).slice(0, 200).join('');
const trim = (s) => s.replace(EDGES, '');

// ---- the browser ------------------------------------------------------------

let browser, server, dir;
/** Payload × path checks made, by path, for the summary. */
const checks = {};

before(async () => {
  browser = await launch();
  server = await serve(DIST);
  dir = await mkdtemp(join(tmpdir(), 'bamboo-hostile-'));
});

after(async () => {
  await browser?.close();
  await server?.close();
  if (dir) await rm(dir, { recursive: true, force: true });
  const total = Object.values(checks).reduce((a, b) => a + b, 0);
  if (total) console.log(`# ${PAYLOADS.length} payloads; payload × path checks: ${JSON.stringify(checks)}; ${total} in all`);
});

/** Serves dist/ to `context` from Playwright itself rather than over HTTP:
 * a link of a megabyte is longer than Node's server takes (16 KB of headers). */
async function serveInContext(context) {
  await context.route((url) => url.href.startsWith(server.url), (route) => {
    const path = decodeURIComponent(new URL(route.request().url()).pathname);
    return route.fulfill({ path: join(DIST, path === '/' ? 'index.html' : path) });
  });
}

/** A fresh profile at `url`, recording dialogs, once the reader has started.
 * The elements the page started with are remembered for `inspect`. */
async function guarded(url, { routed = false } = {}) {
  const rec = await recordingPage(browser);
  rec.dialogs = [];
  rec.page.on('dialog', (d) => {
    rec.dialogs.push(`${d.type()}: ${d.message()}`);
    d.dismiss().catch(() => {});
  });
  if (routed) await serveInContext(rec.context);
  await rec.page.goto(url);
  await started(rec.page);
  return rec;
}

/** Remembers the elements a page (or frame) has before any payload. */
const remember = (pageOrFrame) => pageOrFrame.evaluate(() => {
  window.__bambooStart = new WeakSet(document.querySelectorAll('*'));
});

/** Waits for the reader to start, and remembers its elements. */
async function started(pageOrFrame) {
  await pageOrFrame.locator('mark.entity').first().waitFor();
  await remember(pageOrFrame);
}

/** Where the app shows text from outside, and the elements it makes there. */
const USER_TEXT = '.article-body, .article-header h2, .article-header .meta, .article-header dd, .print-provenance, .my-title, .my-meta, #add-message, #mine-status, .link-notice li, .search-status, .search-hit';
const APP_MADE = 'div.para-wrap, p.para, h3, mark.entity, mark.hit, dd.url > a';

/** What in this document could be a payload about to run (run in the page). */
function inspect([userText, appMade, tags]) {
  const found = [];
  const tag = (el) => `<${el.localName}${[...el.attributes].map((a) => ` ${a.name}="${a.value.slice(0, 40)}"`).join('')}>`;
  if (window.__xss !== undefined) found.push(`window.__xss = ${String(window.__xss)}`);
  const start = window.__bambooStart ?? new WeakSet();
  for (const el of document.querySelectorAll('*')) {
    for (const a of el.attributes) {
      if (/^on/i.test(a.name)) found.push(`an event handler attribute: ${tag(el)}`);
      const url = /^(href|src|action|formaction|data|xlink:href|background|poster|srcdoc|content)$/i.test(a.name);
      if (url && /^[\s\x00-\x20]*(javascript|vbscript|data\s*:\s*text\/html)\s*:?/i.test(a.value)) found.push(`a script URL: ${tag(el)}`);
    }
    if (!start.has(el) && el.matches('script, iframe, frame, object, embed, base, meta, link, style')) found.push(`an element the page did not start with: ${tag(el)}`);
  }
  for (const a of document.querySelectorAll('dd.url > a')) {
    if (!/^https?:\/\//i.test(a.getAttribute('href'))) found.push(`a source link that is not http(s): ${tag(a)}`);
  }
  const named = tags.join(',');
  for (const box of document.querySelectorAll(userText)) {
    for (const el of box.querySelectorAll(named)) {
      if (!el.matches(appMade)) found.push(`an element a payload names, in ${box.className || box.id || box.localName}: ${tag(el)}`);
    }
  }
  return found;
}

/** Asserts that nothing ran, nothing waits to run and no dialog opened, in
 * the page and every frame of it, after `where`. */
async function clean(rec, where) {
  for (const frame of rec.page.frames()) {
    const found = await frame.evaluate(inspect, [USER_TEXT, APP_MADE, PAYLOAD_TAGS]);
    assert.deepEqual(found, [], `${where}: nothing injected (${frame.url().slice(0, 80)})`);
  }
  assert.deepEqual(rec.dialogs, [], `${where}: no dialog`);
  assert.deepEqual(rec.log.errors, [], `${where}: no page error`);
  // The reader's Content Security Policy would stop an injected handler
  // or script before it set the sentinel; what it refused shows here.
  assert.deepEqual(rec.log.violations ?? [], [], `${where}: nothing the Content Security Policy refused`);
}

/** Asserts that `text` holds each payload, as `expected` writes it; counts
 * the checks for `path`. */
function holdsAll(text, payloads, expected, path) {
  const missing = payloads.filter((p) => !text.includes(expected(p.text))).map((p) => p.label);
  assert.deepEqual(missing, [], `${path}: every payload shows as literal text`);
  checks[path] = (checks[path] ?? 0) + payloads.length;
}

/** Sets a text field's value in one input event: typing a megabyte through
 * the keyboard API would take minutes. */
const setValue = (page, selector, value) => page.locator(selector).evaluate((el, value) => {
  el.value = value;
  el.dispatchEvent(new InputEvent('input', { bubbles: true }));
}, value);

/** The text of a column's body, one block per line. */
const columnText = (page, side = 'right') => page.locator(`#column-${side} .article-body`).evaluate((b) => [...b.querySelectorAll('p.para, h3')].map((e) => e.textContent).join('\n'));

/** The right column's title and each provenance field, as shown. */
const fieldsOf = (page) => page.locator('#column-right .article-header').evaluate((h) => ({
  title: h.querySelector('h2').textContent,
  ...Object.fromEntries([...h.querySelectorAll('dl.provenance .field')].map((f) => [f.querySelector('dt').textContent, f.querySelector('dd').textContent])),
}));
/** The form's fields and where the header shows them. */
const FIELDS = { title: 'title', outlet: 'Outlet', author: 'Author', date: 'Date', url: 'Source', event: 'Event' };

/** Waits until the right column shows the article titled `title`. */
const showing = (page, title) => page.waitForFunction((t) => document.querySelector('#right-title')?.textContent === t, title, { polling: 50 });

// ---- the payload file and the guard themselves -----------------------------

test('the payload file: at least 60 payloads from every family, each aimed at the sentinel or a dialog', () => {
  const counts = Object.fromEntries(Object.entries(FAMILIES).map(([f, list]) => [f, list.length]));
  console.log(`# payloads by family: ${JSON.stringify(counts)}`);
  assert.ok(PAYLOADS.length >= 60, `${PAYLOADS.length} payloads`);
  for (const family of ['script-tag', 'event-handler', 'svg', 'javascript-url', 'data-url', 'entity-encoded', 'mixed-case', 'null-byte-and-control', 'break-out', 'bidi-and-zero-width', 'one-megabyte-line']) {
    assert.ok(counts[family] > 0, `the family ${family}`);
  }
  assert.ok(LONG.every((p) => Buffer.byteLength(p.text) > 1048570 && Buffer.byteLength(p.text) <= 1048576 && !p.text.includes('\n')), 'the long lines are 1 MB lines');
  // What each payload would run, once decoded the ways a browser might.
  const decoded = (s) => {
    const entities = s.replace(/&#x([0-9a-f]+);?/gi, (_, h) => String.fromCodePoint(parseInt(h, 16))).replace(/&#(\d+);?/g, (_, d) => String.fromCodePoint(Number(d)));
    const base64 = [...s.matchAll(/base64,([A-Za-z0-9+/=]+)/g)].map((m) => Buffer.from(m[1], 'base64').toString());
    return [s, entities, decodeURIComponent(s.replace(/%(?![0-9a-f]{2})/gi, '%25')), s.replace(/\\u([0-9a-f]{4})/gi, (_, h) => String.fromCharCode(parseInt(h, 16))), [...s].reverse().join(''), ...base64].join('\n');
  };
  const aimless = PAYLOADS.filter((p) => !/window\.__xss=1|\b(alert|confirm|prompt)\(1\)/.test(decoded(p.text.slice(0, 4096)))).map((p) => p.label);
  assert.deepEqual(aimless, [], 'every payload sets window.__xss or opens a dialog');
});

test('the guard is not blind: written into a page as markup, payloads run and are seen', async () => {
  const rec = await recordingPage(browser);
  rec.dialogs = [];
  rec.page.on('dialog', (d) => {
    rec.dialogs.push(d.type());
    d.dismiss().catch(() => {});
  });
  // Each payload in a fresh document, as if an app had written it as HTML.
  let ran = 0, seen = 0;
  for (const p of PAYLOADS.filter((p) => !LONG.includes(p))) {
    const dialogs = rec.dialogs.length;
    // The window outlives the document setContent replaces.
    await rec.page.evaluate(() => { delete window.__xss; });
    await rec.page.setContent(`<!doctype html><body><div class="article-body">${p.text}</div>`);
    const found = await rec.page.evaluate(inspect, [USER_TEXT, APP_MADE, PAYLOAD_TAGS]);
    if (found.some((f) => f.startsWith('window.__xss')) || rec.dialogs.length > dialogs) ran++;
    if (found.length) seen++;
  }
  console.log(`# written as markup, ${ran} payloads ran at once and inspect saw ${seen} of ${PAYLOADS.length - LONG.length}`);
  assert.ok(ran >= 20, `payloads that run when written as markup: ${ran}`);
  assert.ok(seen >= PAYLOADS.length / 2, `payloads inspect sees when written as markup: ${seen}`);
  // Written as markup, the payloads also ask for javascript: URLs, which
  // support.mjs reports as requests beyond the page's files: expected here.
  await rec.context.close().catch((e) => assert.match(e.message, /^requests beyond the page's own files: (javascript:|data:)/));
});

// ---- the link ---------------------------------------------------------------

/** The link's parameters and the notice each writes for a value it cannot
 * use (view_params.rs); `q` is checked on its own, since only the last one
 * counts. `vp` and `kinds` are lists: each item gets its own notice. */
const PARAMS = {
  a: (v) => [`Ignored “a=${shown(v)}”: not a valid value.`],
  b: (v) => [`Ignored “b=${shown(v)}”: not a valid value.`],
  analyst: (v) => [`Ignored “analyst=${shown(v)}”: not a valid value.`],
  e: (v) => [`Ignored “e=${shown(v)}”: not a valid value.`],
  only: (v) => [`Ignored “only=${shown(v)}”: not a valid value.`],
  embed: (v) => [`Ignored “embed=${shown(v)}”: not a valid value.`],
  fig: (v) => [`Ignored “fig=${shown(v)}”: not a valid value.`],
  theme: (v) => [`Ignored the theme “${shown(v)}”`],
  height: (v) => [`Ignored the height “${shown(v)}”`],
  panel: (v) => [`Ignored the panel “${shown(v)}”`],
  vp: (v) => v.split(',').filter((x) => x && !/^[a-z0-9-]+$/.test(x)).map((x) => `Ignored the viewpoint “${shown(x)}”`),
  kinds: (v) => v.split(',').filter((x) => x && !['person', 'place', 'org'].includes(x)).map((x) => `Ignored the kind “${shown(x)}”`),
};

/** Every parameter set to every payload, and every payload as a name of its
 * own, percent-encoded as a link carries them; with the notices expected. */
function link(payloads, params = Object.keys(PARAMS)) {
  const parts = [], notices = [];
  for (const p of payloads) {
    for (const key of params) {
      parts.push(`${key}=${encodeURIComponent(p.text)}`);
      notices.push(...PARAMS[key](p.text).map((n) => [p, n]));
    }
    parts.push(`${encodeURIComponent(p.text)}=1`);
    notices.push([p, `Ignored the unknown setting “${shown(p.text)}”.`]);
  }
  return { link: parts.join('&'), notices };
}

/** Points the page at `url` (a fragment `#…` or a query `?…`) as Back or
 * Forward would, without a reload: one `popstate`. (An edited fragment
 * also fires `hashchange`, and the app's second look reads the URL it has
 * just tidied and clears the notice: reported.) */
const relink = (page, url) => page.evaluate((url) => {
  history.replaceState(null, '', url);
  dispatchEvent(new PopStateEvent('popstate'));
}, url);

/** Asserts that the link notice lists each expected notice. */
async function noticesHold(page, expected, path) {
  const text = (await page.locator('.link-notice li').allTextContents()).join('\n');
  const missing = expected.filter(([, n]) => !text.includes(n)).map(([p, n]) => `${p.label}: ${n.slice(0, 80)}`);
  assert.deepEqual(missing, [], `${path}: each value shows literally in the notice`);
  checks[path] = (checks[path] ?? 0) + new Set(expected.map(([p]) => p)).size;
}

test('the link: every parameter of the fragment and of the query, and the search, keep the payloads as text', async () => {
  const short = PAYLOADS.filter((p) => !LONG.includes(p));
  const all = link(short);

  // The fragment: every parameter at once, in one link, at start.
  const rec = await guarded(`${server.url}#${all.link}`);
  const { page } = rec;
  await page.locator('.link-notice').waitFor();
  await noticesHold(page, all.notices, 'fragment');
  // A 1 MB value, percent-encoded up to 1.7 MB, fits a link only alone
  // (Chrome takes 2 MB): to the same page, as Back would bring it.
  for (const p of LONG) {
    await page.click('.link-notice button');
    await relink(page, `#b=${encodeURIComponent(p.text)}`);
    await page.locator('.link-notice').waitFor();
    await noticesHold(page, PARAMS.b(p.text).map((n) => [p, n]), 'fragment');
  }
  await clean(rec, 'fragment');

  // The search: only the last q counts, so one payload at a time, in the
  // page: the box and the panel's status show it (the status trimmed).
  const misses = await page.evaluate(async (cases) => {
    // Until `ok` holds, for at most 600 frames (10 s).
    const until = (ok) => new Promise((done) => {
      let frames = 600;
      const tick = () => (ok() ? done(true) : --frames ? requestAnimationFrame(tick) : done(false));
      tick();
    });
    const misses = [];
    for (const [label, url, q, status] of cases) {
      history.replaceState(null, '', url);
      dispatchEvent(new PopStateEvent('popstate'));
      const ok = await until(() => document.querySelector('#search')?.value === q && document.querySelector('.search-status')?.textContent.includes(status));
      if (!ok) misses.push(label);
    }
    return misses;
  }, PAYLOADS.map((p) => [p.label, `#panel=search&q=${encodeURIComponent(p.text)}`, query(p.text), `“${trim(query(p.text))}”`]));
  assert.deepEqual(misses, [], 'q: the search box and status show each payload');
  checks['fragment q'] = PAYLOADS.length;
  await clean(rec, 'fragment q');

  // Unencoded, as a hand-typed link: whatever the parts become, no script.
  await page.goto('about:blank');
  await page.goto(`${server.url}#${short.map((p) => `a=${p.text}`).join('&')}`);
  await started(page);
  await page.locator('.link-notice').waitFor();
  await clean(rec, 'fragment, unencoded');
  await rec.context.close();

  // The query, in an embedded reader: every parameter at once, at start.
  const embedded = await guarded(`${server.url}?embed=1&${all.link}`, { routed: true });
  assert.equal(await embedded.page.locator('.masthead').count(), 0, 'embed=1 still applies');
  await embedded.page.locator('.link-notice').waitFor();
  await noticesHold(embedded.page, all.notices, 'query');
  for (const p of LONG) {
    await embedded.page.click('.link-notice button');
    await relink(embedded.page, `?embed=1&a=${encodeURIComponent(p.text)}`);
    await embedded.page.locator('.link-notice').waitFor();
    await noticesHold(embedded.page, PARAMS.a(p.text).map((n) => [p, n]), 'query');
  }
  await clean(embedded, 'query');
  await embedded.context.close();
});

// ---- the add form: paste, files, metadata -------------------------------------

const escapeHtml = (s) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** The files of one batch, each with its name (the payloads too), content,
 * the title the reader gives it, and what to check: `literal` where the
 * text must come back as written. Markdown strips inline HTML and decodes
 * character references by design, and an HTML file is parsed, so those
 * are checked for safety only; but a fenced code block in Markdown keeps
 * the payloads, and so does escaped text in HTML once saved (the form
 * shows it as escaped Markdown; once, saving read it as markup and lost
 * `<b>`, `a*b*c` and `&amp;amp;`). Each body
 * opens with a sentence of its own: a text already saved is refused, and
 * an opening line that reads as a title leaves the body. */
function files(batch, n) {
  const names = batch.map((p) => p.text).join(' ');
  const lines = batch.map((p) => p.text);
  const fence = '`'.repeat(Math.max(3, ...lines.map((l) => Math.max(0, ...[...l.matchAll(/`+/g)].map((m) => m[0].length)))) + 1);
  return [
    { title: `Text file ${n}.`, name: `${names}.txt`, type: 'text/plain', body: `Text file ${n}.\n\n${lines.join('\n\n')}`, literal: 'body' },
    { title: `Markdown code ${n}`, name: `${names}.md`, type: 'text/markdown', body: `# Markdown code ${n}\n\nMarkdown code ${n}.\n\n${fence}\n${lines.join('\n')}\n${fence}\n`, literal: 'body' },
    { title: `Markdown markup ${n}`, name: `${names}.markdown`, type: 'text/markdown', body: `# Markdown markup ${n}\n\nMarkdown markup ${n}.\n\n${lines.join('\n\n')}\n` },
    // The payloads in paragraphs and in the title, after the heading, which
    // they could swallow (`<script>` unclosed, `<style>`…).
    { title: `HTML markup ${n}`, name: `${names}.html`, type: 'text/html', body: `<!doctype html><h1>HTML markup ${n}</h1><p>HTML markup ${n}.</p>${lines.map((l) => `<p>${l}</p>`).join('\n')}<title>${names}</title>` },
    { title: `HTML text ${n}`, name: `${names}.htm`, type: 'text/html', body: `<!doctype html><h1>HTML text ${n}</h1><p>HTML text ${n}.</p>${lines.map((l) => `<p>${escapeHtml(l)}</p>`).join('\n')}`, literal: 'body' },
  ];
}

/** Opens file `f` in the add form and saves it; checks the name in the
 * form's message, and the text where `f.literal` says. */
async function openFile(page, f, batch) {
  await page.setInputFiles('#add-file', { name: f.name, mimeType: f.type, buffer: Buffer.from(f.body) });
  await page.waitForFunction((name) => document.querySelector('#add-message').textContent.startsWith(`Opened “${name}”`), f.name, { polling: 50 });
  holdsAll(await page.textContent('#add-message'), batch, (t) => t, 'file name');
  if (f.literal === 'form') holdsAll(normalize(await page.inputValue('#add-text')), batch, normalize, `${extname(f.name)} file`);
  await page.click('#add-save');
  await showing(page, f.title);
  if (f.literal === 'body') holdsAll(normalize(await columnText(page)), batch, normalize, `${extname(f.name)} file`);
}

test('the add form: pasted text, a file’s name and content, and every metadata field keep the payloads as text', async () => {
  const rec = await guarded(`${server.url}#panel=yours`);
  const { page } = rec;
  for (const [n, batch] of BATCHES.entries()) {
    // Pasted: one payload per paragraph.
    await setValue(page, '#add-text', `Pasted text ${n}.\n\n${batch.map((p) => p.text).join('\n\n')}`);
    await setValue(page, '#add-title', `Pasted payloads ${n}`);
    await page.click('#add-save');
    await showing(page, `Pasted payloads ${n}`);
    holdsAll(normalize(await columnText(page)), batch, normalize, 'paste');
    await clean(rec, 'paste');

    // Files: the name shows in the form's message, the text in the form,
    // then in the reader.
    for (const f of files(batch, n)) {
      await openFile(page, f, batch);
      await clean(rec, `${f.name.slice(-9)} file ${n}`);
    }

    // Every metadata field gets every payload: as many on one line as the
    // field keeps (MAX_FIELD_CHARS), a longer one alone, cut as kept.
    // A text <input> drops line breaks from its value (HTML's value
    // sanitization), before the app sees it.
    const typed = (t) => normalize(t.replace(/[\r\n]/g, ''));
    const chunks = [];
    for (const p of batch) {
      const last = chunks.at(-1);
      if (last && [...typed([...last, p].map((q) => q.text).join(' '))].length <= MAX_FIELD_CHARS - 40) last.push(p);
      else chunks.push([p]);
    }
    for (const [c, chunk] of chunks.entries()) {
      const values = Object.fromEntries(Object.keys(FIELDS).map((key) => [key, `${key} ${n}.${c}: ${chunk.map((p) => p.text).join(' ')}`]));
      await setValue(page, '#add-text', `Metadata article ${n}.${c}.\n\nSecond paragraph.`);
      for (const [key, value] of Object.entries(values)) await setValue(page, `#add-${key}`, value);
      await page.click('#add-save');
      await page.locator('#column-right .article-body', { hasText: `Metadata article ${n}.${c}.` }).waitFor();
      const shownFields = await fieldsOf(page);
      const titles = (await page.locator('.my-title').allTextContents()).join('\n');
      for (const [key, where] of [...Object.entries(FIELDS), ['title', 'list']]) {
        const text = where === 'list' ? titles : shownFields[where];
        const path = where === 'list' ? 'metadata title in the list' : `metadata ${key}`;
        if (chunk.length === 1) {
          assert.ok(text.includes(kept(typed(values[key]))), `${path}: ${chunk[0].label} shows as literal text, up to its cut`);
          checks[path] = (checks[path] ?? 0) + 1;
        } else {
          holdsAll(text, chunk, typed, path);
        }
      }
    }
    await clean(rec, `metadata ${n}`);
  }
  await rec.context.close();
});

// ---- import, stored data, the downloaded reader ---------------------------------

/** Shows, in the right column, each of the last `bodies.length` articles of
 * the picker's group `group` in turn, in the page (a round trip per article
 * would cost more than the article), each once its body is `bodies[i]`;
 * resolves to what each showed: heading, body, title and provenance. */
const visit = (pageOrFrame, group, bodies) => pageOrFrame.evaluate(async ([group, bodies]) => {
  // Until `ok` holds, for at most 600 frames (10 s).
  const until = (ok) => new Promise((done) => {
    let frames = 600;
    const tick = () => (ok() ? done(true) : --frames ? requestAnimationFrame(tick) : done(false));
    tick();
  });
  const picker = document.querySelector('#right-picker');
  const values = [...picker.querySelectorAll(`optgroup[label="${group}"] option`)].map((o) => o.value).slice(-bodies.length);
  const out = [];
  for (const [i, value] of values.entries()) {
    picker.value = value;
    picker.dispatchEvent(new Event('change', { bubbles: true }));
    const body = () => [...document.querySelectorAll('#column-right p.para')].map((e) => e.textContent).join('\n');
    if (!(await until(() => body() === bodies[i]))) {
      out.push({ never: bodies[i].slice(0, 80), body: body().slice(0, 80) });
      continue;
    }
    const h = document.querySelector('#column-right .article-header');
    out.push({
      ...(document.querySelector('#column-right .article-body h3') ? { heading: document.querySelector('#column-right .article-body h3').textContent } : {}),
      body: body(),
      fields: {
        title: h.querySelector('h2').textContent,
        ...Object.fromEntries([...h.querySelectorAll('dl.provenance .field')].map((f) => [f.querySelector('dt').textContent, f.querySelector('dd').textContent])),
      },
    });
  }
  return out;
}, [group, bodies]);

/** One article per payload, every field and the heading that payload; and
 * one article per batch
 * with a paragraph per payload. Blocks are stored as given (only
 * provenance is normalized), so the body comes back exact. */
function hostileData() {
  const single = PAYLOADS.map((p, i) => ({
    title: p.text, outlet: p.text, date: p.text, author: p.text, url: p.text, event: p.text,
    blocks: [{ Heading: p.text }, { Paragraph: `Payload ${i} of the hostile set.` }],
  }));
  const all = BATCHES.map((batch, n) => ({ title: `All payloads ${n}`, blocks: batch.map((p) => ({ Paragraph: p.text })) }));
  return { version: 1, articles: [...all, ...single] };
}

/** Asserts that the reader lists every payload's article under its title,
 * and shows each batch article's paragraphs exactly. */
async function listsAndShows(rec, path) {
  const { page } = rec;
  const labels = (await page.locator('#right-picker optgroup[label="Your articles"] option').allTextContents()).join('\n');
  holdsAll(labels, PAYLOADS, kept, `${path}: titles in the picker`);
  for (const n of BATCHES.keys()) {
    const value = await page.locator('#right-picker option').evaluateAll((os, t) => os.find((o) => o.textContent.startsWith(t)).value, `All payloads ${n} —`);
    await page.selectOption('#right-picker', value);
    await showing(page, `All payloads ${n}`);
    const paragraphs = await page.locator('#column-right p.para').allTextContents();
    const missing = BATCHES[n].filter((p) => !paragraphs.includes(p.text)).map((p) => p.label);
    assert.deepEqual(missing, [], `${path}: each payload is a paragraph, exactly`);
    checks[`${path}: paragraphs`] = (checks[`${path}: paragraphs`] ?? 0) + BATCHES[n].length;
  }
  await clean(rec, path);
}

test('imported JSON, stored data and the downloaded reader keep the payloads as text', async () => {
  const data = hostileData();
  const file = join(dir, 'hostile.json');
  await writeFile(file, JSON.stringify(data));
  const rec = await guarded(`${server.url}#panel=yours`);
  const { page } = rec;
  await page.setInputFiles('#import-data', file);
  await page.locator('#mine-status', { hasText: `Added ${data.articles.length} articles` }).waitFor();
  holdsAll((await page.locator('.my-title').allTextContents()).join('\n'), PAYLOADS, kept, 'import: titles in the list');
  await listsAndShows(rec, 'import');
  // Each payload's own article: its heading exact, its provenance
  // normalized, and its source a link only when it is http(s) (`inspect`).
  const shown = await visit(page, 'Your articles', PAYLOADS.map((p, i) => `Payload ${i} of the hostile set.`));
  for (const [i, p] of PAYLOADS.entries()) {
    // A reader's event shows with its dates, which are never stated.
    const want = (key) => kept(p.text) + (key === 'event' ? ', not stated' : '');
    assert.deepEqual(shown[i], { heading: p.text, body: `Payload ${i} of the hostile set.`, fields: Object.fromEntries(Object.entries(FIELDS).map(([key, f]) => [f, want(key)])) }, `its own article: ${p.label}`);
  }
  checks['import: heading and provenance'] = PAYLOADS.length;
  await clean(rec, 'import, each article');

  // Stored data written straight into IndexedDB, as another program might,
  // then read at start.
  await page.evaluate((json) => new Promise((ok, fail) => {
    const req = indexedDB.open('bamboo-reader', 1);
    req.onsuccess = () => {
      const tx = req.result.transaction('user', 'readwrite');
      tx.objectStore('user').put(json, 'data');
      tx.oncomplete = () => { req.result.close(); ok(); };
      tx.onerror = () => fail(tx.error);
    };
    req.onerror = () => fail(req.error);
  }), JSON.stringify({ ...data, articles: data.articles.map((a) => ({ ...a, title: a.title.startsWith('All payloads') ? a.title : `Stored: ${a.title}` })) }));
  await page.reload();
  await started(page);
  holdsAll((await page.locator('.my-title').allTextContents()).join('\n'), PAYLOADS, (t) => kept(`Stored: ${t}`), 'stored: titles in the list');
  await listsAndShows(rec, 'stored');

  // The downloaded reader: the data block cannot end early, and the file
  // opened alone shows the same.
  const [download] = await Promise.all([page.waitForEvent('download'), page.click('#download-reader')]);
  const saved = join(dir, 'hostile-reader.html');
  await download.saveAs(saved);
  const html = await readFile(saved, 'utf8');
  const start = html.indexOf('id="bamboo-data">') + 'id="bamboo-data">'.length;
  const block = html.slice(start, html.indexOf('</script>', start));
  assert.doesNotMatch(block, /[<>\u2028\u2029]/, 'nothing in the data block can end it or open a comment');
  const titles = JSON.parse(block).data.articles.map((a) => a.title).join('\n');
  holdsAll(titles, PAYLOADS, (t) => kept(`Stored: ${t}`), 'downloaded reader: data block');
  await rec.context.close();

  const opened = await guarded(`file://${saved}`);
  await listsAndShows(opened, 'downloaded reader');
  await opened.context.close();
});

// ---- the host page ------------------------------------------------------------

test('the host page’s messages, show and add-article, keep the payloads as text', async () => {
  const host = await serve(DIST, `<!doctype html><title>Host</title><iframe id="reader" sandbox="allow-scripts" src="${server.url}?embed=1" style="width:900px;height:700px"></iframe>`);
  const rec = await recordingPage(browser);
  rec.dialogs = [];
  rec.page.on('dialog', (d) => {
    rec.dialogs.push(`${d.type()}: ${d.message()}`);
    d.dismiss().catch(() => {});
  });
  await rec.page.goto(host.url);
  await rec.page.frameLocator('#reader').locator('mark.entity').first().waitFor();
  await remember(rec.page);
  const inner = () => rec.page.frames().find((f) => f !== rec.page.mainFrame());
  await started(inner());
  const post = (message) => rec.page.evaluate((m) => document.getElementById('reader').contentWindow.postMessage(m, '*'), message);
  const shows = (title) => inner().waitForFunction((t) => document.querySelector('#right-title')?.textContent === t, title, { polling: 20 });

  // add-article: a batch at a time, a paragraph per payload, and two
  // fields the batch on one line (kept up to their cut)...
  for (const [n, batch] of BATCHES.entries()) {
    const line = batch.map((p) => p.text).join(' ');
    await post({ type: 'bamboo-reader:add-article', article: { title: `Host batch ${n}`, text: batch.map((p) => p.text).join('\n\n'), outlet: 'Host outlet', author: line, url: line } });
    await shows(`Host batch ${n}`);
    holdsAll(normalize(await columnText(inner())), batch, normalize, 'add-article text');
    const fields = await fieldsOf(inner());
    for (const f of ['Author', 'Source']) {
      assert.ok(fields[f].includes(kept(line)), `add-article ${f}: literal up to its cut`);
      checks[`add-article ${f}`] = (checks[`add-article ${f}`] ?? 0) + 1;
    }
  }
  // ...and each payload alone in every field, its title first: sent at
  // once, then shown in turn from the picker.
  const alone = PAYLOADS.map((p, i) => ({ title: `${i} ${p.text}`, text: `Host ${i}: ${p.text}`, outlet: p.text, author: p.text, date: p.text, url: p.text }));
  await rec.page.evaluate((articles) => {
    const reader = document.getElementById('reader').contentWindow;
    for (const article of articles) reader.postMessage({ type: 'bamboo-reader:add-article', article }, '*');
  }, alone);
  await inner().waitForFunction((n) => document.querySelectorAll('#right-picker optgroup[label="From the host page"] option').length === n, BATCHES.length + PAYLOADS.length);
  const shown = await visit(inner(), 'From the host page', alone.map((a) => normalize(a.text)));
  for (const [i, p] of PAYLOADS.entries()) {
    const field = kept(p.text);
    assert.deepEqual(shown[i], { body: normalize(alone[i].text), fields: { title: kept(alone[i].title), Outlet: field, Author: field, Date: field, Event: 'not stated', Source: field } }, `add-article alone: ${p.label}`);
  }
  checks['add-article alone'] = PAYLOADS.length;
  await clean(rec, 'add-article');

  // show: every key of the view a payload, percent-encoded as the link's
  // values are (README: "the keys of the link table"). The reader answers
  // each change of view with a `view` message, whose q is the link's (its
  // encoding, view_params.rs `encode`); the search box shows the last.
  const linkEncoded = (s) => [...Buffer.from(s)].map((b) => (/[A-Za-z0-9._~-]/.test(String.fromCharCode(b)) ? String.fromCharCode(b) : b === 32 ? '+' : `%${b.toString(16).toUpperCase().padStart(2, '0')}`)).join('');
  const cases = PAYLOADS.map((p, i) => {
    const v = encodeURIComponent(p.text);
    // The same q twice in a row changes no view: nothing to wait for.
    const changes = i === 0 || query(p.text) !== query(PAYLOADS[i - 1].text);
    return [p.label, { ...Object.fromEntries(Object.keys(PARAMS).map((k) => [k, k === 'vp' ? [v] : v])), [v]: '1', panel: 'search', q: v }, changes ? linkEncoded(query(p.text)) : null];
  });
  const unanswered = await rec.page.evaluate(async (cases) => {
    const reader = document.getElementById('reader').contentWindow;
    const unanswered = [];
    for (const [label, view, q] of cases) {
      // The answer, or after 10 s none (a deadline, not a pause).
      const answered = q === null || new Promise((done) => {
        const on = (e) => {
          if (e.source !== reader || e.data?.type !== 'bamboo-reader:view' || e.data.view.q !== q) return;
          removeEventListener('message', on);
          clearTimeout(timer);
          done(true);
        };
        const timer = setTimeout(() => { removeEventListener('message', on); done(false); }, 10000);
        addEventListener('message', on);
      });
      reader.postMessage({ type: 'bamboo-reader:show', view }, '*');
      if (!(await answered)) unanswered.push(label);
    }
    return unanswered;
  }, cases);
  assert.deepEqual(unanswered, [], 'show: the reader takes each q literally');
  const last = query(PAYLOADS.at(-1).text);
  await inner().waitForFunction(([q, status]) => document.querySelector('#search')?.value === q && document.querySelector('.search-status')?.textContent.includes(status), [last, `“${trim(last)}”`]);
  checks['show q'] = PAYLOADS.length;
  // And unencoded, as a careless host might send them: whatever the values
  // become, nothing runs. A last, plain message shows all were read.
  await rec.page.evaluate((views) => {
    const reader = document.getElementById('reader').contentWindow;
    for (const view of views) reader.postMessage({ type: 'bamboo-reader:show', view }, '*');
  }, [...PAYLOADS.map((p) => ({ ...Object.fromEntries(Object.keys(PARAMS).map((k) => [k, p.text])), panel: 'search', q: p.text })), { panel: 'search', q: 'unencoded done' }]);
  await inner().waitForFunction(() => document.querySelector('#search')?.value === 'unencoded done');
  await clean(rec, 'show');
  await rec.context.close();
  await host.close();
});

// ---- the sinks, in the app's source ---------------------------------------------

/** What turns text into markup or code. Each is named as JavaScript and as
 * the Rust bindings (web-sys, js-sys, Yew) spell it. */
const SINKS = [
  ['innerHTML / inner_html', /inner_?html/i],
  ['outerHTML = / set_outer_html', /outerHTML\s*=[^=]|set_outer_html/],
  ['insertAdjacentHTML', /insert_?adjacent_?html/i],
  ['document.write', /document\.write|HtmlDocument::write|\.writeln\(/],
  ['eval(', /\beval\s*\(/],
  ['new Function / Function(…)', /new\s+Function\b|(?<![\w.$])Function\s*\(|Function::new_(with_args|no_args)/],
  ['Yew raw HTML', /from_html_unchecked|VRaw/],
  ['createContextualFragment', /create_?contextual_?fragment/i],
  ['srcdoc =', /set_srcdoc|\.srcdoc\s*=[^=]/],
];

/** `text` with its comments blanked, and its literals too when `literals`
 * (each character a space, newlines kept, so offsets and lines still
 * count). A small lexer: strings, template literals, raw strings, char
 * literals and regular expression literals are read whole, so that `//` in
 * a URL or a quote in a regex does not start a comment. `kind` is 'rust',
 * 'js' or 'css'. */
function uncommented(text, kind, literals = false) {
  let out = '';
  let i = 0;
  const blank = (s) => s.replace(/[^\n]/g, ' ');
  const literal = (s) => (literals ? blank(s) : s);
  let prev = ''; // the last significant character, for regex literals
  while (i < text.length) {
    const c = text[i], next = text[i + 1];
    let end;
    if (c === '/' && next === '/' && kind !== 'css') {
      end = text.indexOf('\n', i);
      if (end < 0) end = text.length;
      out += blank(text.slice(i, end));
      i = end;
      continue;
    }
    if (c === '/' && next === '*') {
      // To the matching `*/`; Rust block comments nest.
      let depth = 1, j = i + 2;
      while (depth > 0 && j < text.length) {
        if (kind === 'rust' && text.startsWith('/*', j)) { depth++; j += 2; } else if (text.startsWith('*/', j)) { depth--; j += 2; } else j++;
      }
      out += blank(text.slice(i, j));
      i = j;
      continue;
    }
    if (kind === 'rust' && /[rb]/.test(c) && /^(br|r|b)?#*"/.test(text.slice(i, i + 20)) && !/[\w]/.test(text[i - 1] ?? '')) {
      const m = text.slice(i).match(/^(br|r|b)?(#*)"/);
      const raw = m[1]?.includes('r');
      const close = `"${m[2]}`;
      let j = i + m[0].length;
      if (raw) j = text.indexOf(close, j);
      else for (; j < text.length && text[j] !== '"'; j++) if (text[j] === '\\') j++;
      end = (j < 0 ? text.length : j) + close.length;
      out += literal(text.slice(i, end));
      i = end;
      prev = '"';
      continue;
    }
    if (c === '"' || (c === "'" && kind !== 'rust') || (c === '`' && kind === 'js')) {
      let j = i + 1;
      for (; j < text.length && text[j] !== c; j++) if (text[j] === '\\') j++;
      out += literal(text.slice(i, j + 1));
      i = j + 1;
      prev = c;
      continue;
    }
    if (c === "'" && kind === 'rust') {
      // A char literal ('x', '\n', '\u{1F38B}'), else a lifetime.
      const m = text.slice(i).match(/^'(\\u\{[0-9a-fA-F]+\}|\\.|[^\\'])'/u);
      const len = m ? m[0].length : 1;
      out += m ? literal(text.slice(i, i + len)) : text.slice(i, i + len);
      i += len;
      prev = c;
      continue;
    }
    if (c === '/' && kind === 'js' && (prev === '' || /[(,=:[!&|?{};+\-*%<>~^]/.test(prev))) {
      let j = i + 1, inClass = false;
      for (; j < text.length && text[j] !== '\n'; j++) {
        if (text[j] === '\\') j++;
        else if (text[j] === '[') inClass = true;
        else if (text[j] === ']') inClass = false;
        else if (text[j] === '/' && !inClass) break;
      }
      out += text.slice(i, j + 1);
      i = j + 1;
      prev = '/';
      continue;
    }
    out += c;
    if (!/\s/.test(c)) prev = c;
    i++;
  }
  return out;
}

/** An HTML file with its comments blanked, and its scripts' and styles'
 * comments too. */
function uncommentedHtml(text) {
  return text
    .replace(/<!--[\s\S]*?-->/g, (m) => m.replace(/[^\n]/g, ' '))
    .replace(/(<script\b[^>]*>)([\s\S]*?)(<\/script>)/gi, (_, open, body, close) => open + uncommented(body, 'js') + close)
    .replace(/(<style\b[^>]*>)([\s\S]*?)(<\/style>)/gi, (_, open, body, close) => open + uncommented(body, 'css') + close);
}

/** Rust code without its test modules (`#[cfg(test)] mod … { … }`): test
 * code is not shipped, and its strings are the payloads it tests with. */
function withoutTests(text) {
  let code = uncommented(text, 'rust');
  const bare = uncommented(text, 'rust', true);
  for (const m of bare.matchAll(/#\[cfg\(test\)\]\s*(pub(\([^)]*\))?\s+)?mod\s+\w+\s*\{/g)) {
    let depth = 0, j = m.index + m[0].length - 1;
    for (; j < bare.length; j++) {
      if (bare[j] === '{') depth++;
      else if (bare[j] === '}' && --depth === 0) break;
    }
    code = code.slice(0, m.index) + code.slice(m.index, j + 1).replace(/[^\n]/g, ' ') + code.slice(j + 1);
  }
  return code;
}

const READERS = { '.rs': withoutTests, '.js': (t) => uncommented(t, 'js'), '.mjs': (t) => uncommented(t, 'js'), '.css': (t) => uncommented(t, 'css'), '.html': uncommentedHtml };

/** Each sink outside comments in `text`, as "file:line: sink: the line". */
function sinks(file, text) {
  const read = READERS[extname(file)];
  if (!read) return [];
  const code = read(text).split('\n');
  const found = [];
  for (const [n, line] of code.entries()) {
    for (const [name, pattern] of SINKS) {
      if (pattern.test(line)) found.push(`${file}:${n + 1}: ${name}: ${text.split('\n')[n].trim().slice(0, 120)}`);
    }
  }
  return found;
}

test('the sink finder finds sinks in code, not in comments', () => {
  const rows = [
    ['a.rs', 'el.set_inner_html(&text);', 1],
    ['a.rs', '// never set_inner_html here\nlet x = 1;', 0],
    ['a.rs', '/// Unlike innerHTML, text is inert.\nfn f() {}', 0],
    ['a.rs', '/* outer /* nested */ eval( */ let x = 1;', 0],
    ['a.rs', 'let s = "https://x"; js_sys::eval(s);', 1],
    ['a.rs', 'let r = r#"// not a comment"#; Html::from_html_unchecked(r.into());', 1],
    ['a.rs', "fn f<'a>(x: &'a str) { let c = '\"'; js_sys::Function::new_no_args(x); }", 1],
    ['a.mjs', 'const re = /"/; eval(code);', 1],
    ['a.mjs', 'const url = "http://x"; // eval(x) in a comment', 0],
    ['a.mjs', 'const f = new Function("return 1");', 1],
    ['a.mjs', 'const t = `${a}//`; el.insertAdjacentHTML("beforeend", t);', 1],
    // In strings too: a string is what eval and its kin run. (Hence the
    // source, not dist/, whose wasm-bindgen glue writes `Function(${…})`
    // in a template for debug output.)
    ['a.mjs', 'debugString(`Function(${val.name})`);', 1],
    ['a.rs', 'const HOSTILE: &[&str] = &["<iframe srcdoc=x>"];', 0],
    ['a.rs', 'frame.set_srcdoc(&html);', 1],
    ['a.rs', '#[cfg(test)]\nmod tests {\n    const P: &str = "}<img>"; // {\n    fn t() { js_sys::eval("document.write(1)"); }\n}\nfn f() { el.set_inner_html(x); }', 1],
    ['a.rs', '#[cfg(test)]\nmod tests;\nfn f() { js_sys::eval(x); }', 1],
    ['a.mjs', 'node.outerHTML = html;', 1],
    ['a.mjs', 'if (a.outerHTML === b) {}', 0],
    ['a.html', '<!-- document.write -->\n<script>// eval(\nlet x = 1;</script>', 0],
    ['a.html', "<p>Don't</p><script>document.write('x')</script>", 1],
    ['a.css', '/* innerHTML */ .a { content: "x"; }', 0],
  ];
  for (const [file, text, want] of rows) assert.equal(sinks(file, text).length, want, `${file}: ${text}`);
});

test('the app’s source has no sink that turns text into markup or code', async () => {
  const walk = async (path) => {
    const entries = await readdir(path, { withFileTypes: true }).catch(() => null);
    if (!entries) return [path];
    return (await Promise.all(entries.map((e) => walk(join(path, e.name))))).flat();
  };
  const roots = ['src', 'core/src', 'static', 'index.html', 'scripts/single-file.mjs', 'scripts/csp.mjs'].map((r) => join(ROOT, r));
  // A test module in a file of its own (`#[cfg(test)] mod tests;`) is
  // test code too.
  const paths = (await Promise.all(roots.map(walk))).flat().filter((p) => READERS[extname(p)] && !p.endsWith('/tests.rs'));
  assert.ok(paths.length > 50, `${paths.length} files read`);
  const found = [];
  for (const path of paths) found.push(...sinks(relative(ROOT, path), await readFile(path, 'utf8')));
  assert.deepEqual(found, [], 'no sink outside comments');
});
