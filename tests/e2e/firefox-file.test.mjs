// The single self-contained file in Firefox ESR, from file://, as a teacher
// would double-click it: driven through geckodriver over plain W3C WebDriver
// (Playwright only drives its own Firefox builds, not Debian's).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { copyFile, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DIST, SHOTS } from './support.mjs';
import { startDriver } from './webdriver.mjs';

let wd, dir, url;

before(async () => {
  dir = await mkdtemp(join(tmpdir(), 'bamboo-firefox-'));
  await copyFile(join(DIST, 'bamboo-reader.html'), join(dir, 'bamboo-reader.html'));
  url = `file://${join(dir, 'bamboo-reader.html')}`;
  wd = await startDriver('firefox', { width: 1280, height: 900 });
});

after(async () => {
  await wd?.quit();
  if (dir) await rm(dir, { recursive: true, force: true });
});

test('Firefox ESR: the single file opens from file:// and works offline', async () => {
  await wd.go(url);
  const marks = await wd.until(
    "return document.querySelectorAll('#app mark.entity[data-kind=person]').length",
    'highlighted people',
  );
  assert.ok(marks > 10, `marks appear (${marks})`);

  // A viewpoint chip, pressed from the keyboard (from its menu, where the
  // chips sit behind one).
  if (await wd.run("return !!document.querySelector('button#vp-menu-button')")) {
    await wd.click(await wd.find('button#vp-menu-button'));
  }
  const chip = await wd.find('.vp-chip[data-viewpoint=hedging]');
  await wd.run('arguments[0].focus()', chip);
  await wd.keys(chip, ['Enter']);
  await wd.until("return document.querySelector('.vp-chip[data-viewpoint=hedging]').getAttribute('aria-pressed') === 'true'", 'the chip to be pressed');
  assert.ok(await wd.run("return document.querySelectorAll('.para-wrap.match').length") > 0, 'matching paragraphs are kept');
  assert.match(await wd.run('return location.hash'), /vp=hedging/, 'the view is in the fragment');

  // Nothing but the file itself was loaded: no resource of any kind.
  assert.deepEqual(await wd.run("return performance.getEntriesByType('resource').map((e) => e.name)"), []);
  assert.equal(await wd.run('return location.protocol'), 'file:');
  assert.equal(await wd.run("return document.querySelectorAll('.link-notice').length"), 0, 'no notice');
  await wd.assertClean();

  await wd.screenshot(join(SHOTS, 'firefox-single-file.png'));
});
