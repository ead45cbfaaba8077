// The pre-rendered default view (examples/prerender.rs; `bambooMount` in
// index.html): the single file shows the text with its marks before the app
// is live, the app takes over with the same markup, no layout shift and no
// lost click, and a link to another view never flashes the default one.
//
// The app is held before it starts by a gate on the single file's unpacking
// (`Response.arrayBuffer`, which its loader awaits), opened by the test.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, recordingPage, singleFileUrl, screenshot } from './support.mjs';

let browser, url;

before(async () => {
  browser = await launch();
  url = await singleFileUrl();
});

after(async () => {
  await browser?.close();
});

/** A page whose app waits for `window.__open()`; it records layout shifts,
 * the pre-rendered markup as parsed, and the `.visibility` of #prerender
 * at the first frame. */
async function heldPage(viewport = { width: 1280, height: 900 }) {
  const { page, log, context } = await recordingPage(browser, viewport, { prerender: true });
  await context.addInitScript(() => {
    let open;
    const gate = new Promise((ok) => { open = ok; });
    window.__open = open;
    const arrayBuffer = Response.prototype.arrayBuffer;
    Response.prototype.arrayBuffer = function () { return gate.then(() => arrayBuffer.call(this)); };
    window.__shifts = [];
    new PerformanceObserver((list) => { for (const e of list.getEntries()) window.__shifts.push(e.value); })
      .observe({ type: 'layout-shift', buffered: true });
    document.addEventListener('DOMContentLoaded', () => {
      const pre = document.getElementById('prerender');
      window.__pre = pre && pre.innerHTML;
      requestAnimationFrame(() => { window.__firstFrame = pre && getComputedStyle(pre).visibility; });
    });
  });
  return { page, log, context };
}

const live = (page) => page.waitForFunction(() => document.querySelector('#app .toolbar') && !document.getElementById('prerender'));

test('the default view is readable before the app is live, and the app takes it over with the same markup and no layout shift', async () => {
  for (const viewport of [{ width: 1280, height: 900 }, { width: 375, height: 800 }]) {
    const { page, log, context } = await heldPage(viewport);
    await page.goto(url);
    await page.waitForFunction(() => window.__firstFrame !== undefined);
    assert.equal(await page.evaluate(() => window.__firstFrame), 'visible', 'the pre-rendered view shows at once');
    assert.ok(await page.locator('#prerender mark.entity[data-kind=person]').count() > 10, 'with its marks');
    assert.equal(await page.locator('#app *').count(), 0, 'and the app has not started');
    if (viewport.width === 375) await screenshot(page, 'prerender-phone.png');

    await page.evaluate(() => window.__open());
    await live(page);
    const { pre, now, shifts } = await page.evaluate(() => ({ pre: window.__pre, now: document.getElementById('app').innerHTML, shifts: window.__shifts }));
    // Yew's server rendering writes an empty text field's value attribute.
    assert.equal(now, pre.replace(' value=""', ''), `${viewport.width} px: the live markup is the pre-rendered markup`);
    assert.deepEqual(shifts, [], `${viewport.width} px: no layout shift (CLS 0)`);
    assert.deepEqual([...log.console, ...log.errors], []);
    await context.close();
  }
});

test('a click and the focus on the pre-rendered view are carried to the live app', async () => {
  const { page, context } = await heldPage();
  await page.goto(url);
  const people = '.kind-toggle[data-kind=person]';
  await page.locator(`#prerender ${people}`).click();
  assert.equal(await page.locator('#prerender').getAttribute('aria-busy'), 'true', 'the queued click shows as busy');
  assert.equal(await page.locator(`#prerender ${people}`).getAttribute('aria-pressed'), 'true', 'nothing acts on it before the app is live');
  await page.locator(`#prerender .kind-toggle[data-kind=place]`).focus();

  await page.evaluate(() => window.__open());
  await live(page);
  await page.waitForFunction((css) => document.querySelector(css).getAttribute('aria-pressed') === 'false', people);
  assert.equal(await page.locator('mark.entity[data-kind=person]:not(.off)').count(), 0, 'the queued click hid the people');
  assert.equal(await page.evaluate(() => document.activeElement.dataset.kind), 'place', 'the focus moved across');
  await context.close();
});

test('a link to another view, or an embed, never shows the default view first', async () => {
  for (const suffix of ['#a=caporale-2022-mr-trong-goes-to-beijing&b=9dashline-2022-regime-state-security', '?embed=1']) {
    const { page, context } = await heldPage();
    await page.goto(url + suffix);
    await page.waitForFunction(() => window.__firstFrame !== undefined);
    assert.equal(await page.evaluate(() => window.__firstFrame), 'hidden', `${suffix}: the default view waits hidden`);
    await page.evaluate(() => window.__open());
    await live(page);
    if (suffix.startsWith('#')) {
      assert.match(await page.locator('.column[data-side=left] h2').first().textContent(), /Trong Goes to Beijing/i, 'the linked view is shown');
    }
    await context.close();
  }
});

test('if the app cannot start, the pre-rendered text stays readable under the message', async () => {
  const { page, context } = await recordingPage(browser, { width: 1280, height: 900 }, { prerender: true });
  await context.addInitScript(() => { delete window.WebAssembly; });
  await page.goto(url);
  const alert = page.locator('.load-error[role=alert]');
  await alert.waitFor();
  assert.equal(await page.evaluate(() => document.body.firstElementChild.className), 'load-error', 'the message comes first');
  assert.ok(await page.locator('#prerender mark.entity').first().isVisible(), 'the text is still there');
  assert.equal(await page.locator('#prerender .kind-toggle').first().evaluate((b) => getComputedStyle(b).opacity), '0.45', 'its controls look inactive');
  await context.close();
});
