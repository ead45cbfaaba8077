// Entity highlighting end to end: legend counts and toggles, focusing an
// entity and walking its mentions with `j`, the entity card, the export.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { serve, launch, recordingPage, screenshot } from './support.mjs';

let server, browser;

before(async () => {
  server = await serve();
  browser = await launch();
});

after(async () => {
  await browser?.close();
  await server?.close();
});

async function open() {
  const rec = await recordingPage(browser);
  await rec.page.goto(server.url);
  await rec.page.locator('mark.entity').first().waitFor();
  return rec;
}

function assertClean(log) {
  assert.deepEqual(log.errors, [], 'no page errors');
  assert.deepEqual(log.console, [], 'no console errors or warnings');
  assert.deepEqual(log.requests.filter((u) => !u.startsWith(server.url)), [], 'no foreign requests');
}

test('the legend counts every mark, and toggling a kind removes its highlight', async () => {
  const { page, log, context } = await open();
  for (const kind of ['person', 'place', 'org']) {
    const marks = await page.locator(`mark.entity[data-kind=${kind}]`).count();
    const shown = await page.locator(`.kind-toggle[data-kind=${kind}] .count`).innerText();
    assert.ok(marks > 0, `${kind} marks exist`);
    assert.equal(Number(shown), marks, `legend count for ${kind}`);
  }
  const places = page.locator('mark.entity[data-kind=place]');
  const toggle = page.locator('.kind-toggle[data-kind=place]');
  const bg = () => places.first().evaluate((el) => getComputedStyle(el).backgroundColor);
  const highlighted = await bg();
  assert.notEqual(highlighted, 'rgba(0, 0, 0, 0)');

  await toggle.focus();
  await page.keyboard.press('Space');
  assert.equal(await toggle.getAttribute('aria-pressed'), 'false');
  assert.equal(await page.locator('mark.entity[data-kind=place]:not(.off)').count(), 0, 'every place mark is off');
  assert.equal(await bg(), 'rgba(0, 0, 0, 0)', 'no background once off');
  const decoration = await places.first().evaluate((el) => getComputedStyle(el).textDecorationLine);
  assert.equal(decoration, 'none');
  assert.ok(await page.locator('mark.entity[data-kind=person]:not(.off)').count() > 0, 'people stay highlighted');

  // One button: "Show all" while a kind is hidden, else "Hide all".
  assert.equal(await page.getByRole('button', { name: 'Hide all' }).count(), 0);
  await page.getByRole('button', { name: 'Show all' }).click();
  assert.equal(await page.locator('mark.entity.off').count(), 0);
  assert.equal(await bg(), highlighted);
  await page.getByRole('button', { name: 'Hide all' }).click();
  assert.equal(await page.locator('mark.entity:not(.off)').count(), 0);
  await page.getByRole('button', { name: 'Show all' }).click();
  assert.equal(await page.locator('mark.entity.off').count(), 0);
  assertClean(log);
  await context.close();
});

test('focus Xi Jinping from the index and walk all his mentions with j', async () => {
  const { page, log, context } = await open();
  // "Panels" opens the Entities section; its filter box narrows the list.
  await page.click('#panel-button');
  await page.click('#entity-filter');
  await page.keyboard.type('xi jin');
  const entry = page.locator('.entity-index button[data-entity=xi-jinping]');
  assert.equal(await page.locator('.entity-index li').count(), 1, 'the filter leaves one entry');
  await entry.focus();
  await page.keyboard.press('Enter');
  assert.equal(await entry.getAttribute('aria-pressed'), 'true');

  const marks = page.locator('mark.entity[data-entity=xi-jinping]');
  const n = await marks.count();
  assert.ok(n >= 5, `Xi is mentioned in both articles (${n})`);
  assert.equal(await page.locator('mark.entity.focused').count(), n, 'all mentions emphasized');
  for (const side of ['left', 'right']) {
    assert.ok(await page.locator(`.column[data-side=${side}] mark.focused`).count() > 0, `mentions in the ${side} column`);
  }
  await page.locator('body').focus();
  const visited = [];
  for (let i = 0; i < n; i++) {
    await page.keyboard.press('j');
    const active = await page.evaluate(() => ({ id: document.activeElement.id, entity: document.activeElement.dataset.entity, current: document.activeElement.classList.contains('current') }));
    assert.equal(active.entity, 'xi-jinping');
    assert.ok(active.current, 'the focused mark is the current one');
    assert.match(await page.locator('.mention-nav .status').innerText(), new RegExp(`mention ${i + 1} of ${n}`));
    // Scrolling may be smooth: wait until the mark is inside the viewport.
    await page.waitForFunction((id) => {
      const r = document.getElementById(id).getBoundingClientRect();
      return r.top >= 0 && r.bottom <= innerHeight;
    }, active.id, { timeout: 5000 });
    visited.push(active.id);
  }
  assert.equal(new Set(visited).size, n, 'j visits every mention once');
  assert.ok(visited[0].startsWith('m-left') && visited.at(-1).startsWith('m-right'), 'left column first, then right');
  await page.keyboard.press('j');
  assert.equal(await page.evaluate(() => document.activeElement.id), visited[0], 'j wraps around');
  await page.keyboard.press('k');
  assert.equal(await page.evaluate(() => document.activeElement.id), visited.at(-1), 'k goes back');

  const card = page.locator('.panel .entity-card');
  assert.match(await card.innerText(), /Xi Jinping/);
  await screenshot(page, 'entity-focus.png');
  // Escape closes the top layer first: the panel, then the focus.
  await page.keyboard.press('Escape');
  assert.equal(await page.locator('.panel').count(), 0, 'Escape closes the panel');
  assert.equal(await page.locator('mark.entity.focused').count(), n, 'the focus stays');
  await page.keyboard.press('Escape');
  assert.equal(await page.locator('mark.entity.focused').count(), 0, 'Escape clears the focus');
  assertClean(log);
  await context.close();
});

test('hovering a mention opens its card; clicking focuses it', async () => {
  const { page, log, context } = await open();
  const mark = page.locator('mark.entity[data-entity=xi-jinping]').first();
  await mark.hover();
  const card = page.locator('.entity-card.floating');
  await card.waitFor();
  const text = await card.innerText();
  assert.match(text, /Xi Jinping/);
  assert.match(text, /person/i);
  assert.match(text, /\d+ mentions? in \d+ articles?/);
  await mark.click();
  assert.match(await page.locator('.mention-nav .status').innerText(), /Xi Jinping: mention \d+ of \d+/);
  await page.mouse.move(0, 0);
  await card.waitFor({ state: 'detached' });
  assertClean(log);
  await context.close();
});

test('window.bambooReader.annotate: mentions with UTF-16 offsets, displaCy\'s shape, and clear errors', async () => {
  const { page, log, context } = await open();
  const result = await page.evaluate(() => {
    const text = 'General Secretary Nguyễn Phú Trọng 🎋 met Xi in Beijing, said Lan Vu, a researcher at the Harbor Institute.';
    const found = window.bambooReader.annotate(text);
    const shown = window.bambooReader.annotate(text, { format: 'displacy' });
    const errors = [];
    for (const args of [[], [42], ['x', { format: 'spacy' }], ['x', { colour: 1 }]]) {
      try { window.bambooReader.annotate(...args); errors.push('no error'); } catch (e) { errors.push(`${e.name}: ${e.message}`); }
    }
    return { text, found, shown, errors, version: window.bambooReader.version };
  });
  const { text, found, shown, errors } = result;
  for (const m of found) {
    assert.deepEqual(Object.keys(m), ['kind', 'start', 'end', 'text', 'entity', 'cue']);
    assert.equal(text.slice(m.start, m.end), m.text, `offsets count UTF-16 units: ${JSON.stringify(m)}`);
  }
  const brief = found.map((m) => [m.text, m.kind, m.entity, m.cue]);
  assert.deepEqual(brief.slice(0, 3), [['Nguyễn Phú Trọng', 'person', 'nguyen-phu-trong', null], ['Xi', 'person', 'xi-jinping', null], ['Beijing', 'place', 'beijing', null]]);
  assert.ok(brief.some(([t, k, e, cue]) => t === 'Lan Vu' && k === 'person' && e === null && /said/.test(cue)), JSON.stringify(brief));
  assert.ok(brief.some(([t, k, , cue]) => t === 'Harbor Institute' && k === 'org' && /institute/.test(cue)), JSON.stringify(brief));
  assert.equal(shown.text, text);
  assert.deepEqual(shown.ents.map((e) => [text.slice(e.start, e.end), e.label]), found.map((m) => [m.text, { person: 'PERSON', place: 'LOC', org: 'ORG' }[m.kind]]));
  assert.equal(errors.length, 4);
  for (const e of errors) assert.match(e, /^TypeError: bambooReader\.annotate\(text, options\): /);
  assert.match(result.version, /^\d+\.\d+\.\d+$/);
  assertClean(log);
  await context.close();
});

test('the export downloads both articles in the command line format', async () => {
  const { page, log, context } = await open();
  await page.locator('#panel-button').click();
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: /Download annotations/ }).click()]);
  const lines = (await readFile(await download.path(), 'utf8')).trim().split('\n').map((l) => JSON.parse(l));
  assert.equal(lines.length, 2);
  for (const line of lines) {
    assert.deepEqual(Object.keys(line), ['file', 'spans']);
    assert.ok(line.spans.length > 10);
    for (const s of line.spans) {
      assert.deepEqual(Object.keys(s), ['start', 'end', 'text', 'kind', 'entity', 'guessed', 'cue']);
      assert.ok(['person', 'place', 'org'].includes(s.kind));
      assert.equal(s.guessed, s.cue !== null, `a guess, and only a guess, carries its cue: ${JSON.stringify(s)}`);
    }
  }
  const marks = await page.locator('.column[data-side=left] mark.entity').count();
  assert.equal(lines[0].spans.length, marks, 'one span per mark of the left article');
  assertClean(log);
  await context.close();
});
