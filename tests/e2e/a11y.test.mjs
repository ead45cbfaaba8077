// Accessibility to WCAG 2.2 AA: axe-core finds no violation in eight states
// of the reader, and the keyboard reaches everything: a skip link, the
// shortcuts overlay, focus returning where it was, kinds named to screen
// readers, dimmed text that still reads at 4.5:1.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serve, launch, recordingPage, axeViolations, screenshot } from './support.mjs';

let server, browser;
const PAIR = 'a=voa-2024-to-lam-reassure-beijing&b=dw-2023-xi-heads-to-vietnam';

before(async () => {
  server = await serve();
  browser = await launch();
});

after(async () => {
  await browser?.close();
  await server?.close();
});

/** Opens the reader at `path` (after the server root) in a viewport, then
 * lets `prepare` bring it to the state to check. */
async function check(name, { path = `#${PAIR}`, viewport = { width: 1280, height: 900 }, prepare = async () => {} } = {}) {
  const { page, log, context } = await recordingPage(browser, viewport);
  await page.goto(server.url + path);
  await page.locator('mark.entity').first().waitFor();
  await prepare(page);
  await screenshot(page, `a11y-${name.replace(/[^a-z0-9]+/gi, '-').toLowerCase()}.png`);
  const violations = await axeViolations(page);
  assert.deepEqual(violations, [], `${name}: axe violations`);
  assert.deepEqual(log.errors, [], `${name}: no page errors`);
  await context.close();
}

test('axe: 0 violations in 27 states (the issue\'s 8, and more)', async () => {
  await check('default');
  await check('dark theme', { path: `#${PAIR}&theme=dark` });
  await check('phone width', { viewport: { width: 375, height: 740 } });
  await check('embed at 700 px', { path: `?embed=1#${PAIR}`, viewport: { width: 700, height: 600 } });
  await check('an entity focused', {
    prepare: async (page) => {
      await page.locator('mark.entity[data-entity=xi-jinping]').first().click();
      await page.keyboard.press('j');
    },
  });
  await check('an entity focused on a phone', {
    viewport: { width: 375, height: 740 },
    prepare: async (page) => {
      await page.locator('.column[data-side=left] mark.entity[data-entity=xi-jinping]').first().click();
      await page.keyboard.press('j');
    },
  });
  await check('viewpoint filter, only matching', {
    prepare: async (page) => {
      await page.locator('#vp-menu-button').click();
      await page.locator('.vp-chip[data-viewpoint=hedging]').click();
      await page.getByRole('switch', { name: 'Show only matching paragraphs' }).check();
      await page.locator('.column .collapsed').first().waitFor();
    },
  });
  for (const panel of ['entities', 'analysts', 'compare', 'yours', 'search', 'shared', 'names', 'figures', 'timeline', 'map']) {
    await check(`the ${panel} panel open`, { path: `#${PAIR}&vp=hedging&e=xi-jinping&fig=1&q=hanoi&panel=${panel}` });
  }
  for (const panel of ['search', 'shared', 'timeline', 'map']) {
    await check(`the ${panel} panel on a phone`, { path: `#${PAIR}&q=%22bamboo+diplomacy%22&panel=${panel}`, viewport: { width: 375, height: 740 } });
  }
  await check('the map and figures in the dark', { path: `#${PAIR}&fig=1&theme=dark&panel=map` });
  await check('the panel open on a phone', { path: `#${PAIR}&panel=analysts`, viewport: { width: 375, height: 740 } });
  await check('your articles on a phone', { path: `#${PAIR}&panel=yours`, viewport: { width: 375, height: 740 } });
  await check('own article with the selection bar and the view form', {
    path: `#${PAIR}&panel=yours`,
    prepare: async (page) => {
      await page.fill('#add-text', 'Officials met in Hanoi on Monday.\n\nAnalyst Le Van Binh said the talks went well.');
      await page.fill('#add-title', 'A test article');
      await page.click('#add-save');
      await page.locator('#right-title', { hasText: 'A test article' }).waitFor();
      await page.evaluate(() => {
        const p = [...document.querySelectorAll('#column-right p.para')].find((x) => x.textContent.includes('talks'));
        const range = document.createRange();
        range.selectNodeContents(p);
        getSelection().removeAllRanges();
        getSelection().addRange(range);
      });
      await page.locator('#attribute-view').click();
      await page.selectOption('#view-analyst', 'new');
      await page.locator('#view-new-name').waitFor();
    },
  });
  await check('help overlay open', {
    prepare: async (page) => {
      await page.keyboard.press('?');
      await page.getByRole('dialog', { name: 'Keyboard shortcuts' }).waitFor();
    },
  });
  await check('help overlay open, dark', {
    path: `#${PAIR}&theme=dark`,
    prepare: async (page) => {
      await page.keyboard.press('?');
      await page.getByRole('dialog', { name: 'Keyboard shortcuts' }).waitFor();
    },
  });
});

test('keyboard: skip link, help overlay, focus return, panel, live region', async () => {
  const { page, log, context } = await recordingPage(browser);
  await page.goto(`${server.url}#${PAIR}`);
  await page.locator('mark.entity').first().waitFor();

  // The first Tab shows the skip link; Enter lands in the articles, and the view stays in the URL.
  await page.keyboard.press('Tab');
  const skip = page.locator('.skip-link');
  assert.equal(await page.evaluate(() => document.activeElement.className), 'skip-link');
  assert.ok((await skip.boundingBox()).y >= 0, 'the skip link shows when focused');
  await page.keyboard.press('Enter');
  assert.equal(await page.evaluate(() => document.activeElement.id), 'articles');
  assert.equal(new URL(page.url()).hash, `#${PAIR}`, 'the skip link leaves the view alone');

  // Every control has a visible focus ring.
  await page.locator('#panel-button').focus();
  const ring = await page.locator('#panel-button').evaluate((b) => getComputedStyle(b).outlineStyle);
  assert.notEqual(ring, 'none', 'a focus ring');

  // ? opens the shortcuts, which list every key; Escape closes them and focus returns.
  await page.keyboard.press('?');
  const help = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  await help.waitFor();
  const keys = await help.locator('kbd').allInnerTexts();
  for (const k of ['j', 'k', '/', '[', ']', '?', 'Esc']) assert.ok(keys.includes(k), `the overlay lists ${k}`);
  assert.equal(await page.evaluate(() => document.activeElement.closest('[role=dialog]') !== null), true, 'focus is in the dialog');
  await page.keyboard.press('Tab');
  assert.equal(await page.evaluate(() => document.activeElement.closest('[role=dialog]') !== null), true, 'Tab stays in the dialog');
  await page.keyboard.press('Escape');
  await help.waitFor({ state: 'detached' });
  await page.waitForFunction(() => document.activeElement.id === 'panel-button'); // focus returns to where it was

  // The panel: opened by its button, it takes focus; its sections are tabs; Escape closes it and focus returns.
  await page.keyboard.press('Enter');
  await page.locator('.panel').waitFor();
  await page.waitForFunction(() => document.activeElement.id === 'panel'); // the panel takes focus
  assert.match(page.url(), /panel=entities/, 'the open panel is in the link');
  await page.locator('#panel-tab-entities').focus();
  await page.keyboard.press('ArrowRight');
  await page.waitForFunction(() => document.activeElement?.id === 'panel-tab-search');
  assert.match(page.url(), /panel=search/);
  await page.keyboard.press('Escape');
  await page.locator('.panel').waitFor({ state: 'detached' });
  await page.waitForFunction(() => document.activeElement.id === 'panel-button');

  // Marks tell screen readers their kind.
  const described = await page.locator('mark.entity[data-kind=place]').first().evaluate((m) => document.getElementById(m.getAttribute('aria-describedby'))?.textContent);
  assert.match(described, /^place/);

  // The filter is announced politely, and dimmed text still reads at 4.5:1.
  await page.locator('#vp-menu-button').click();
  await page.locator('.vp-chip[data-viewpoint=hedging]').click();
  assert.match(await page.locator('#filter-status').innerText(), /^\d+ paragraphs? match Hedging \/ bamboo diplomacy; \d+ dimmed\.$/);
  assert.equal(await page.locator('#filter-status').getAttribute('role'), 'status');
  const opacity = await page.locator('.filtering > .para-wrap:not(.match)').first().evaluate((p) => getComputedStyle(p).opacity);
  assert.equal(opacity, '1', 'dimmed text is not faded');
  assert.deepEqual(log.errors, []);
  await context.close();
});

test('reduced motion: no smooth scrolling and no animation', async () => {
  const { page, context } = await recordingPage(browser, { width: 375, height: 740 });
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.goto(`${server.url}#${PAIR}&panel=entities`);
  await page.locator('.panel').waitFor();
  assert.equal(await page.evaluate(() => getComputedStyle(document.documentElement).scrollBehavior), 'auto');
  assert.equal(await page.locator('.panel').evaluate((p) => getComputedStyle(p).animationName), 'none');
  await context.close();
});
