// Embedding: a host page on one loopback port frames the reader from
// another, with and without sandbox="allow-scripts", and sizes the frame
// from the reader's height messages.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serve, launch, recordingPage, screenshot } from './support.mjs';

let reader, browser;
const VIEW = 'a=voa-2024-to-lam-reassure-beijing&b=dw-2023-xi-heads-to-vietnam';

before(async () => {
  reader = await serve();
  browser = await launch();
});

after(async () => {
  await browser?.close();
  await reader?.close();
});

function hostPage(src, sandbox) {
  return `<!doctype html><html><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>Host</title></head>
<body><h1>A blog post</h1>
<iframe id="reader" src="${src}" ${sandbox ? 'sandbox="allow-scripts"' : ''} style="width:100%;height:300px;border:0" title="Bamboo Reader"></iframe>
<script>
  window.heights = [];
  addEventListener("message", (e) => {
    if (e.data?.type !== "bamboo-reader:height") return;
    window.heights.push(e.data.height);
    const f = document.getElementById("reader");
    if (f.contentWindow === e.source) f.style.height = e.data.height + "px";
  });
</script></body></html>`;
}

const variants = [
  { name: 'index.html', file: 'index.html', sandbox: false },
  { name: 'index.html, sandboxed', file: 'index.html', sandbox: true },
  { name: 'the single file, sandboxed', file: 'bamboo-reader.html', sandbox: true },
];

for (const v of variants) {
  test(`embedded from another origin: ${v.name}`, async () => {
    const host = await serve(undefined, hostPage(`${reader.url}${v.file}?embed=1#${VIEW}`, v.sandbox));
    const { page, log, context } = await recordingPage(browser, { width: 900, height: 800 });
    try {
      await page.goto(host.url);
      const frame = page.frameLocator('#reader');
      await frame.locator('mark.entity').first().waitFor();
      assert.equal(await frame.locator('.masthead').count(), 0, 'no site chrome in the embed');
      assert.equal(await frame.locator('a.full-reader').count(), 1, 'a link to the full reader');
      const full = await frame.locator('a.full-reader').getAttribute('href');
      assert.match(full, new RegExp(`${v.file}#${VIEW}$`), 'the full reader opens the same view');
      assert.doesNotMatch(full, /embed|height/, 'and not as an embed');
      assert.match(await frame.locator('#left-title').innerText(), /Analysts: Vietnamese leader/);
      assert.equal(await frame.locator('.columns').evaluate((e) => getComputedStyle(e).display), 'grid', 'the stylesheet applies');

      await page.waitForFunction(() => window.heights.length > 0);
      const frameHeight = () => page.locator('#reader').evaluate((f) => f.getBoundingClientRect().height);
      const last = () => page.evaluate(() => window.heights.at(-1));
      await page.waitForFunction(() => Math.abs(document.getElementById('reader').getBoundingClientRect().height - window.heights.at(-1)) < 1);
      const before = await last();
      assert.ok(before > 1000, `the frame grew to the reader's height (${before})`);
      assert.ok(Math.abs((await frameHeight()) - before) < 1);

      // A much shorter pair of articles: the height follows. The embedded
      // reader keeps its pickers under "About this text".
      for (const side of ['left', 'right']) await frame.locator(`.column[data-side=${side}] .source-notes summary`).click();
      const picker = frame.locator('#left-picker');
      await picker.selectOption({ index: 1 });
      await frame.locator('#right-picker').selectOption({ index: 1 });
      await page.waitForFunction((h) => window.heights.at(-1) !== h, before);
      await page.waitForFunction(() => Math.abs(document.getElementById('reader').getBoundingClientRect().height - window.heights.at(-1)) < 1);
      assert.notEqual(await last(), before, 'a new height after the articles changed');

      if (!v.sandbox) await screenshot(page, 'embed.png');
      assert.deepEqual(log.errors, []);
      assert.deepEqual(log.console, []);
      const foreign = log.requests.filter((u) => !u.startsWith(host.url) && !u.startsWith(reader.url));
      assert.deepEqual(foreign, []);
    } finally {
      await context.close();
      await host.close();
    }
  });
}

test('height=fixed: the reader posts no height, and scrolls inside its frame', async () => {
  // Two frames: the auto one proves messages arrive, so the fixed one's
  // silence is not a matter of waiting longer.
  const page2 = `<!doctype html><html><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>Host</title></head>
<body>
<iframe id="auto" src="${reader.url}index.html?embed=1#${VIEW}" style="width:100%;height:300px;border:0" title="auto"></iframe>
<iframe id="fixed" src="${reader.url}index.html?embed=1&height=fixed#${VIEW}" style="width:100%;height:300px;border:0" title="fixed"></iframe>
<script>
  window.sources = [];
  addEventListener("message", (e) => {
    if (e.data?.type !== "bamboo-reader:height") return;
    window.sources.push(e.source === document.getElementById("fixed").contentWindow ? "fixed" : "auto");
  });
</script></body></html>`;
  const host = await serve(undefined, page2);
  const { page, log, context } = await recordingPage(browser, { width: 900, height: 800 });
  try {
    await page.goto(host.url);
    const fixed = page.frameLocator('#fixed');
    await fixed.locator('mark.entity').first().waitFor();
    await page.frameLocator('#auto').locator('mark.entity').first().waitFor();
    await page.waitForFunction(() => window.sources.includes('auto'));
    // A change of articles in the fixed frame, then one more message from the auto frame.
    // (Both columns change, to the same pair as in the tests above, whose height differs.)
    const autoCount = await page.evaluate(() => window.sources.length);
    for (const frame of [fixed, page.frameLocator('#auto')]) {
      for (const side of ['left', 'right']) await frame.locator(`.column[data-side=${side}] .source-notes summary`).click();
      await frame.locator('#left-picker').selectOption({ index: 1 });
      await frame.locator('#right-picker').selectOption({ index: 1 });
    }
    await page.waitForFunction((n) => window.sources.length > n, autoCount);
    assert.deepEqual(await page.evaluate(() => [...new Set(window.sources)]), ['auto'], 'only the auto frame reports its height');
    assert.equal(await page.locator('#fixed').evaluate((f) => f.getBoundingClientRect().height), 300, 'the fixed frame keeps its height');
    const scrollable = await fixed.locator('html').evaluate((h) => h.scrollHeight > h.clientHeight);
    assert.ok(scrollable, 'the reader scrolls inside the fixed frame');
    assert.deepEqual(log.errors, []);
    assert.deepEqual(log.console, []);
  } finally {
    await context.close();
    await host.close();
  }
});
