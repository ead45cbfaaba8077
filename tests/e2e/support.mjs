// Shared end-to-end helpers: a static server for dist/ on loopback, Debian's
// Chromium driven by playwright-core, and a page that records console
// messages, page errors and every request it makes.
import { createServer } from 'node:http';
import { readFile, stat, mkdir } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';
import { chromium } from 'playwright-core';

export const ROOT = resolve(import.meta.dirname, '../..');
export const DIST = join(ROOT, 'dist');
export const SHOTS = join(ROOT, 'target/e2e');

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.wasm': 'application/wasm',
  '.css': 'text/css',
  '.png': 'image/png',
  '.json': 'application/json',
};

/** Serves `dir` (or, at `/`, the HTML `page`) on 127.0.0.1 at a free port;
 * resolves to { url, close }. */
export async function serve(dir = DIST, page = null) {
  const server = createServer(async (req, res) => {
    try {
      const path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
      if (page && path === '/') {
        res.writeHead(200, { 'content-type': TYPES['.html'] });
        return res.end(page);
      }
      let file = normalize(join(dir, path));
      if (!file.startsWith(dir)) throw new Error('outside root');
      if ((await stat(file)).isDirectory()) file = join(file, 'index.html');
      const body = await readFile(file);
      // Like most static hosts, allow any origin: a sandboxed frame has none.
      res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'access-control-allow-origin': '*' });
      res.end(body);
    } catch {
      res.writeHead(404, { 'content-type': 'text/plain' });
      res.end('not found');
    }
  });
  await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
  const { port } = server.address();
  return { url: `http://127.0.0.1:${port}/`, close: () => new Promise((ok) => { server.close(ok); server.closeAllConnections(); }) };
}

export async function launch() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    args: [
      '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync',
    ],
  });
}

/** What a test page may load: its own files, from disk or the loopback
 * servers of `serve`, and the data and blob URLs it makes itself. */
const LOCAL = /^(file:|data:|blob:|http:\/\/127\.0\.0\.1:\d+\/)/;

/** A new page that records `console` errors and warnings, page errors and
 * requests. What the reader's Content Security Policy refuses, in any page
 * or frame of the context, fails the test when the context closes: every
 * flow runs with the policy in force; so does any request beyond the
 * page's own files. */
export async function recordingPage(browser, viewport = { width: 1280, height: 900 }, options = {}) {
  const { prerender = false, ...contextOptions } = options;
  const context = await browser.newContext({ viewport, ...contextOptions });
  // The pre-rendered view waits hidden for the live app, as for a link to
  // another view, so that a test's first step finds the live page; the
  // tests that pass {prerender: true} (prerender.test.mjs) see it.
  if (!prerender) await context.addInitScript(() => { window.bambooNoPrerender = true; });
  const log = { console: [], errors: [], requests: [], violations: [] };
  await context.exposeBinding('__policyViolation', ({ frame }, what) => log.violations.push(`${what} (in ${frame.url().slice(0, 80)})`));
  await context.addInitScript(() => document.addEventListener('securitypolicyviolation', (e) => {
    window.__policyViolation(`${e.violatedDirective} refused ${e.blockedURI || 'inline'} at ${e.sourceFile}:${e.lineNumber}`);
  }));
  const close = context.close.bind(context);
  context.close = async (...args) => {
    await close(...args);
    if (log.violations.length) throw new Error(`the Content Security Policy refused: ${log.violations.join('; ')}`);
    const away = log.requests.filter((r) => !LOCAL.test(r));
    if (away.length) throw new Error(`requests beyond the page's own files: ${away.join(', ')}`);
  };
  const page = await context.newPage();
  page.on('console', (m) => {
    if (m.type() === 'error' || m.type() === 'warning') log.console.push(`${m.type()}: ${m.text()}`);
  });
  page.on('pageerror', (e) => log.errors.push(String(e)));
  page.on('request', (r) => log.requests.push(r.url()));
  return { page, log, context };
}

export async function screenshot(page, name) {
  await mkdir(SHOTS, { recursive: true });
  const path = join(SHOTS, name);
  await page.screenshot({ path, fullPage: false });
  return path;
}

/** The titles of the corpus articles, read from corpus/articles/*.md, by id. */
export async function corpusTitles() {
  const { readdir } = await import('node:fs/promises');
  const dir = join(process.env.BAMBOO_CORPUS ?? join(ROOT, 'corpus'), 'articles');
  const titles = {};
  for (const name of (await readdir(dir)).filter((n) => n.endsWith('.md')).sort()) {
    const text = await readFile(join(dir, name), 'utf8');
    const id = text.match(/^id = "(.*)"$/m)[1];
    titles[id] = JSON.parse(`"${text.match(/^title = "(.*)"$/m)[1]}"`);
  }
  return titles;
}

/** The `[[table]]` entries of a corpus TOML file with their simple
 * `key = value` fields (strings, numbers and string arrays): enough for the
 * tests to compute what the reader should show. */
export async function corpusTable(file, table) {
  const text = await readFile(join(process.env.BAMBOO_CORPUS ?? join(ROOT, 'corpus'), file), 'utf8');
  return text.split(`[[${table}]]`).slice(1).map((chunk) => {
    const entry = {};
    for (const m of chunk.split(/\n\[\[/)[0].matchAll(/^(\w+) = (.*)$/gm)) {
      entry[m[1]] = JSON.parse(m[2]);
    }
    return entry;
  });
}

/** A copy of the single file (or of $BAMBOO_SINGLE_FILE, for the bench
 * scripts) in a fresh temporary folder, as a teacher would save it;
 * resolves to its file:// URL. */
export async function singleFileUrl() {
  const { copyFile, mkdtemp } = await import('node:fs/promises');
  const { tmpdir } = await import('node:os');
  const dir = await mkdtemp(join(tmpdir(), 'bamboo-file-'));
  await copyFile(process.env.BAMBOO_SINGLE_FILE ?? join(DIST, 'bamboo-reader.html'), join(dir, 'bamboo-reader.html'));
  return `file://${join(dir, 'bamboo-reader.html')}`;
}

/** Where the first body paragraph of a column starts, in CSS pixels from
 * the top of the document (of the frame, for a locator in a frame). */
export async function firstParagraphTop(pageOrFrame, side) {
  return pageOrFrame.locator(`.column[data-side=${side}] p.para`).first()
    .evaluate((p) => Math.round(p.getBoundingClientRect().top + window.scrollY));
}

/** Runs axe-core in the page with the WCAG 2.2 AA and best-practice rules;
 * resolves to its violations, each as "rule: target (summary)". */
export async function axeViolations(page) {
  const { createRequire } = await import('node:module');
  const source = await readFile(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(source);
  const result = await page.evaluate(() => window.axe.run(document, {
    runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] },
  }));
  return result.violations.flatMap((v) => v.nodes.map((n) => `${v.id}: ${n.target.join(' ')} (${n.failureSummary?.split('\n').slice(0, 2).join(' ')})`));
}

// ---- readers' own articles, shared by own-articles and storage-faults ----

/** Pastes `text` into the add form with these details, and saves it. */
export async function addArticle(page, text, details = {}) {
  if (!(await page.locator('#add-text').count())) await page.click('#add-article-button');
  await page.fill('#add-text', text);
  for (const [key, value] of Object.entries(details)) await page.fill(`#add-${key}`, value);
  await page.click('#add-save');
}

/** Selects `words` in the right column's paragraphs. */
export async function selectWords(page, words) {
  await page.evaluate((words) => {
    for (const p of document.querySelectorAll('#column-right [data-block]')) {
      const text = p.textContent;
      const at = text.indexOf(words);
      if (at < 0) continue;
      // Walk the text nodes to the offsets.
      const walker = document.createTreeWalker(p, NodeFilter.SHOW_TEXT);
      let seen = 0, start = null, end = null;
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        const len = n.textContent.length;
        if (!start && at < seen + len) start = [n, at - seen];
        if (!end && at + words.length <= seen + len) end = [n, at + words.length - seen];
        seen += len;
      }
      const range = document.createRange();
      range.setStart(...start);
      range.setEnd(...end);
      getSelection().removeAllRanges();
      getSelection().addRange(range);
      return;
    }
    throw new Error(`no “${words}” in the right column`);
  }, words);
  await page.locator('.selection-bar').waitFor();
}
