// The single self-contained file from file://, as a teacher would
// double-click it, in the two engines besides Chromium: Firefox ESR through
// geckodriver and WebKitGTK (MiniBrowser) through WebKitWebDriver, both over
// the same W3C WebDriver client. One test per engine, so a failure names it.
//
// The flow: pick two articles, hide a kind, select a viewpoint from its menu,
// focus an entity and walk it with `j`, search from `/`, set the pair from
// the timeline, focus a place from the map, switch the phone tabs by click
// and by `[`; all without a single request.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { copyFile, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DIST, SHOTS } from './support.mjs';
import { ENGINES, startDriver } from './webdriver.mjs';

let dir, url;

before(async () => {
  dir = await mkdtemp(join(tmpdir(), 'bamboo-engines-'));
  await copyFile(join(DIST, 'bamboo-reader.html'), join(dir, 'bamboo-reader.html'));
  url = `file://${join(dir, 'bamboo-reader.html')}`;
});

after(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
});

/** Whether the element matching `css` is rendered (not display:none, nor
 * inside something that is). */
const SHOWN = `const el = document.querySelector(arguments[0]);
  return !!el && getComputedStyle(el).display !== 'none' && el.getClientRects().length > 0;`;

async function flow(wd) {
  const tag = `[${wd.engine}]`;
  const text = (css) => wd.run('const el = document.querySelector(arguments[0]); return el && el.textContent.trim();', css);
  const attr = (css, name) => wd.run('const el = document.querySelector(arguments[0]); return el && el.getAttribute(arguments[1]);', css, name);
  const count = (css) => wd.run('return document.querySelectorAll(arguments[0]).length', css);
  const shown = (css) => wd.run(SHOWN, css);
  let step = 'start';
  const at = (name) => {
    step = name;
  };

  try {
    await wd.go(url);
    await wd.until("return !!document.querySelector('#app mark.entity[data-kind=person]')", 'highlighted people (the app started)');

    // The recognizer as a library in the page, in this engine too.
    at('window.bambooReader.annotate');
    const api = await wd.run(`
      const text = 'Vietnamese Prime Minister Dara Venn met officials in Hà Nội. 🎋 Beijing';
      const found = window.bambooReader.annotate(text);
      const shown = window.bambooReader.annotate(text, { format: 'displacy' });
      let refused = '';
      try { window.bambooReader.annotate(42); } catch (e) { refused = e.name; }
      return { slices: found.map((m) => [m.kind, text.slice(m.start, m.end), m.text, m.cue !== null]), labels: shown.ents.map((e) => e.label), refused };`);
    assert.deepEqual(api.slices, [['person', 'Dara Venn', 'Dara Venn', true], ['place', 'Hà Nội', 'Hà Nội', false], ['place', 'Beijing', 'Beijing', false]], `${tag} ${JSON.stringify(api)}`);
    assert.deepEqual(api.labels, ['PERSON', 'LOC', 'LOC']);
    assert.equal(api.refused, 'TypeError');

    // Two articles, picked from the keyboard in the native <select>s.
    at('pick two articles');
    const before = [await text('#left-title'), await text('#right-title')];
    assert.ok(before[0] && before[1], `${tag} both columns have a title: ${JSON.stringify(before)}`);
    const current = await wd.run("return ['left', 'right'].map((s) => document.getElementById(s + '-picker').value)");
    const values = await wd.run("return [...document.querySelectorAll('#left-picker option')].map((o) => o.value)");
    assert.deepEqual(values, ['0', '1', '2', '3', '4'], `${tag} five articles to pick from`);
    const left = values.find((v) => !current.includes(v));
    const right = values.find((v) => !current.includes(v) && v !== left);
    for (const [side, value] of [['left', left], ['right', right]]) {
      const picker = await wd.find(`#${side}-picker`);
      await wd.keys(picker, ['Home', ...Array(values.indexOf(value)).fill('ArrowDown')]);
      await wd.until(`return document.getElementById('${side}-picker').value === '${value}'`, `the ${side} picker to show article ${value}`);
    }
    await wd.until(
      'const [l, r] = arguments[0]; return document.querySelector("#left-title").textContent.trim() !== l && document.querySelector("#right-title").textContent.trim() !== r;',
      'both titles to change', undefined, before,
    );
    const after = [await text('#left-title'), await text('#right-title')];
    assert.notEqual(after[0], after[1], `${tag} the two columns show different articles: ${JSON.stringify(after)}`);

    // Hide places.
    at('toggle a kind');
    assert.ok(await count('mark.entity[data-kind=place]') > 0, `${tag} places are marked before they are hidden`);
    await wd.click(await wd.find('.kind-toggle[data-kind=place]'));
    await wd.until("return document.querySelector('.kind-toggle[data-kind=place]').getAttribute('aria-pressed') === 'false'", 'the place toggle to be off');
    assert.equal(await count('mark.entity[data-kind=place]:not(.off)'), 0,
      `${tag} no place is highlighted: ${await wd.run("return [...document.querySelectorAll('mark.entity[data-kind=place]:not(.off)')].map((m) => m.parentElement.outerHTML.slice(0, 300))")}`);

    // A viewpoint, from the menu's popover.
    at('select a viewpoint');
    await wd.click(await wd.find('button#vp-menu-button'));
    await wd.until("return document.querySelector('button#vp-menu-button').getAttribute('aria-expanded') === 'true'", 'the viewpoint menu to open');
    await wd.click(await wd.find('.vp-chip[data-viewpoint=hedging]'));
    await wd.until("return document.querySelector('.vp-chip[data-viewpoint=hedging]').getAttribute('aria-pressed') === 'true'", 'the hedging chip to be pressed');
    assert.ok(await count('.para-wrap.match') > 0, `${tag} matching paragraphs are marked`);
    assert.match(await wd.run('return location.hash'), /vp=hedging/, `${tag} the view is in the fragment`);

    // Focus Xi Jinping by his first mention, then walk on with `j`.
    at('focus an entity and walk with j');
    await wd.press('Escape');
    await wd.until("return !document.querySelector('#vp-popover')", 'Escape to close the viewpoint menu');
    await wd.click(await wd.find('mark.entity[data-entity=xi-jinping]'));
    const status = await wd.until(
      "const s = document.querySelector('.mention-nav .status'); return s && /Xi Jinping: mention \\d+ of \\d+/.test(s.textContent) && s.textContent;",
      'the mention navigator to show Xi Jinping',
    );
    const [, n, total] = status.match(/mention (\d+) of (\d+)/).map(Number);
    const next = (n % total) + 1;
    await wd.press('j');
    await wd.until(
      "const m = /Xi Jinping: mention (\\d+) of (\\d+)/.exec(document.querySelector('.mention-nav .status').textContent); return !!m && +m[1] === arguments[0] && +m[2] === arguments[1];",
      `j to move from mention ${n} to ${next} of ${total}`, undefined, next, total,
    );
    assert.ok(
      await wd.run("return document.activeElement.matches('mark.current[data-entity=xi-jinping]')"),
      `${tag} the current mention has focus (not ${await wd.run('return document.activeElement.outerHTML.slice(0, 120)')})`,
    );

    // Compare tools: search from `/`, then a timeline visit and a map pin.
    at('search from / and open the first hit with Enter');
    await wd.press('Escape');
    await wd.press('/');
    await wd.until("return document.activeElement && document.activeElement.id === 'search'", '/ to focus the search box');
    const box = await wd.find('#search');
    await wd.keys(box, 'ha noi');
    await wd.until("const s = document.querySelector('.search-status'); return s && s.textContent.includes('“ha noi”') && document.querySelectorAll('.search-results > li').length > 0", 'results for “ha noi”');
    assert.match(await wd.run('return location.hash'), /q=ha\+noi/, `${tag} the query is in the link`);
    await wd.keys(box, ['Enter']);
    await wd.until("return !!document.querySelector('.column mark.hit')", 'the hit marked in a column');
    at('a timeline visit sets the pair');
    await wd.click(await wd.find('#panel-tab-timeline'));
    await wd.click(await wd.find('.tl-event[data-event=trong-beijing-2022] rect'));
    await wd.until("return /a=rfa-2022-trong-beijing|a=9dashline|a=caporale/.test(location.hash) && /b=/.test(location.hash)", 'the visit to set both columns');
    at('a map pin focuses its place');
    await wd.click(await wd.find('#panel-tab-map'));
    // The last pin drawn is on top of the others.
    const place = await wd.run("const pins = document.querySelectorAll('.map .pin'); return pins[pins.length - 1].dataset.entity");
    await wd.click(await wd.find(`.map .pin[data-entity="${place}"] circle`));
    await wd.until('return new URLSearchParams(location.hash.slice(1)).get("e") === arguments[0]', `the pin to focus ${place}`, undefined, place);
    await wd.press('Escape');

    // On a phone, one article at a time behind tabs.
    at('switch the phone tabs');
    await wd.setViewportSize(375, 740);
    await wd.until(SHOWN, 'the right tab to show on a phone', undefined, '[role=tab][data-side=right]');
    await wd.click(await wd.find('[role=tab][data-side=right]'));
    await wd.until("return document.querySelector('[role=tab][data-side=right]').getAttribute('aria-selected') === 'true'", 'the right tab to be selected');
    assert.ok(await shown('.column[data-side=right]'), `${tag} the right column shows`);
    assert.ok(!(await shown('.column[data-side=left]')), `${tag} the left column is hidden`);
    await wd.press('[');
    await wd.until("return document.querySelector('[role=tab][data-side=left]').getAttribute('aria-selected') === 'true'", '[ to select the left tab');
    assert.ok(await shown('.column[data-side=left]'), `${tag} the left column shows after [`);
    assert.equal(await attr('[role=tab][data-side=right]', 'aria-selected'), 'false', `${tag} the right tab is no longer selected`);

    // The Content Security Policy was in force and refused nothing.
    at('the policy');
    assert.match(await wd.run("return document.querySelector('meta[http-equiv=Content-Security-Policy]').content"), /default-src 'none'/, `${tag} the policy is in the page`);
    await wd.assertClean();

    // Nothing but the file itself was loaded: no resource of any kind.
    at('offline');
    assert.deepEqual(await wd.run("return performance.getEntriesByType('resource').map((e) => e.name)"), [], `${tag} no request`);
    assert.equal(await wd.run('return location.protocol'), 'file:', `${tag} from file://`);

    await wd.screenshot(join(SHOTS, `${wd.engine}-file.png`));
  } catch (e) {
    await wd.screenshot(join(SHOTS, `${wd.engine}-file-failed.png`)).catch(() => {});
    e.message = `${tag} step "${step}": ${e.message.startsWith(tag) ? e.message.slice(tag.length + 1) : e.message}`;
    throw e;
  }
}

for (const engine of ENGINES) {
  test(`${engine}: the single file from file:// — pick, hide a kind, filter, walk with j, search, timeline, map, phone tabs, offline`, async () => {
    const wd = await startDriver(engine, { width: 1280, height: 900 });
    try {
      await flow(wd);
    } finally {
      await wd.quit();
    }
  });
}
