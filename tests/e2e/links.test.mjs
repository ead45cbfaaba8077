// Deep links: a fragment restores a view, Back and Forward step through
// views, and any garbage in the fragment falls back to defaults with a notice.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serve, launch, recordingPage } from './support.mjs';

let server, browser;

before(async () => {
  server = await serve();
  browser = await launch();
});

after(async () => {
  await browser?.close();
  await server?.close();
});

const VIEW = 'a=voa-2024-to-lam-reassure-beijing&b=dw-2023-xi-heads-to-vietnam&vp=hedging&kinds=person,org&e=xi-jinping&theme=dark';

async function view(page) {
  return page.evaluate(() => ({
    left: document.querySelector('#left-title')?.textContent,
    right: document.querySelector('#right-title')?.textContent,
    viewpoints: document.querySelector('.vp-menu').dataset.selected.split(',').filter(Boolean),
    kinds: [...document.querySelectorAll('.kind-toggle[aria-pressed=true]')].map((c) => c.dataset.kind),
    focused: document.querySelector('.mention-nav .status')?.textContent ?? null,
    theme: document.documentElement.dataset.theme,
    notice: document.querySelector('.link-notice') !== null,
  }));
}

test('a fragment restores the same view, also after a reload', async () => {
  const { page, log, context } = await recordingPage(browser);
  await page.goto(`${server.url}#${VIEW}`);
  await page.locator('#left-title').waitFor();
  const v = await view(page);
  assert.match(v.left, /Analysts: Vietnamese leader visited China/);
  assert.match(v.right, /China's Xi heads to Vietnam/);
  assert.deepEqual(v.viewpoints, ['hedging']);
  assert.deepEqual(v.kinds, ['person', 'org']);
  assert.match(v.focused, /^Xi Jinping/);
  assert.equal(v.theme, 'dark');
  assert.equal(v.notice, false);
  assert.equal(new URL(page.url()).hash, `#${VIEW}`, 'the URL keeps the view as given');
  await page.reload();
  await page.locator('#left-title').waitFor();
  assert.deepEqual(await view(page), v);
  assert.deepEqual(log.errors, []);
  assert.deepEqual(log.console, []);
  await context.close();
});

test('Back and Forward step through views', async () => {
  const { page, log, context } = await recordingPage(browser);
  await page.goto(server.url);
  await page.locator('#left-title').waitFor();
  const first = await view(page);
  await page.locator('#left-picker').focus();
  await page.keyboard.press('End');
  const second = await view(page);
  assert.notEqual(second.left, first.left);
  await page.locator('#vp-menu-button').click();
  await page.locator('.vp-chip[data-viewpoint=continuity]').click();
  const third = await view(page);
  assert.deepEqual(third.viewpoints, ['continuity']);

  await page.goBack();
  await page.waitForFunction(() => document.querySelector('.vp-menu').dataset.selected === '');
  assert.deepEqual(await view(page), second);
  await page.goBack();
  await page.waitForFunction((t) => document.querySelector('#left-title').textContent === t, first.left);
  assert.deepEqual(await view(page), first);
  await page.goForward();
  await page.waitForFunction((t) => document.querySelector('#left-title').textContent === t, second.left);
  await page.goForward();
  await page.waitForFunction(() => document.querySelector('.vp-menu').dataset.selected !== '');
  assert.deepEqual(await view(page), third);
  assert.deepEqual(log.errors, []);
  assert.deepEqual(log.console, []);
  await context.close();
});

/** A deterministic pseudo-random generator, so failures can be replayed. */
function rng(seed) {
  return () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
}

test('fuzzed fragments show defaults and a notice, never an error', async () => {
  const { page, log, context } = await recordingPage(browser);
  await page.goto(server.url);
  await page.locator('#left-title').waitFor();
  const defaults = await view(page);
  const bad = [
    'a=no-such-article', 'b=%', 'vp=nope', 'vp=Hedging!', 'kinds=ghost', 'e=nobody', 'e=<b>', 'analyst=xi-jinping',
    'theme=neon', 'only=perhaps', 'embed=2', 'zoom=9', 'a=%E2%82', '=', 'a', '%%%', 'a=' + 'x'.repeat(500),
  ];
  const random = rng(7);
  const alphabet = 'ab=&%#,-_ézX9 ?';
  for (let i = 0; i < 25; i++) {
    let s = '';
    const n = 1 + Math.floor(random() * 30);
    for (let j = 0; j < n; j++) s += alphabet[Math.floor(random() * alphabet.length)];
    bad.push(s);
  }
  // Each fragment is a fresh page load, as when a link is opened.
  const load = async (fragment) => {
    await page.goto('about:blank');
    await page.goto(`${server.url}#${fragment}`);
  };
  for (const fragment of bad) {
    await load(fragment);
    await page.locator('#left-title').waitFor();
    const v = await view(page);
    assert.equal(v.left, defaults.left, `#${fragment}: default left article`);
    assert.equal(v.right, defaults.right, `#${fragment}: default right article`);
    assert.deepEqual(v.viewpoints, [], `#${fragment}: no viewpoint`);
    assert.deepEqual(v.kinds, defaults.kinds, `#${fragment}: default kinds`);
  }
  for (const fragment of bad.slice(0, 17)) {
    await load(fragment);
    await page.locator('#left-title').waitFor();
    assert.ok((await view(page)).notice, `#${fragment}: a notice says what was ignored`);
  }
  assert.deepEqual(log.errors, [], 'no page error');
  assert.deepEqual(log.console, [], 'no console error');
  await context.close();
});

// An edited fragment fires both `popstate` and `hashchange`. Once, the
// second look found the URL the first had tidied and cleared its notice.
test('a fragment edited in the address bar keeps its notice', async () => {
  const { page, log, context } = await recordingPage(browser);
  await page.goto(server.url);
  await page.locator('#left-title').waitFor();
  await page.evaluate(() => new Promise((done) => {
    addEventListener('hashchange', () => requestAnimationFrame(() => requestAnimationFrame(done)), { once: true });
    location.hash = 'b=zz%3Cx&theme=neon';
  }));
  const notice = page.locator('.link-notice');
  assert.equal(await notice.count(), 1, 'the notice stays after both events');
  assert.match(await notice.textContent(), /zz<x/);
  assert.deepEqual(log.errors, []);
  await context.close();
});
