// A browser that cannot run the app gets a message, never a blank page:
// here WebAssembly is removed before any script of the page runs.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { copyFile, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DIST, serve, launch, recordingPage } from './support.mjs';

let server, browser, dir;

before(async () => {
  server = await serve();
  browser = await launch();
  dir = await mkdtemp(join(tmpdir(), 'bamboo-nowasm-'));
  await copyFile(join(DIST, 'bamboo-reader.html'), join(dir, 'bamboo-reader.html'));
});

after(async () => {
  await browser?.close();
  await server?.close();
  await rm(dir, { recursive: true, force: true });
});

for (const [name, url] of [
  ['served index.html', () => `${server.url}index.html`],
  ['the single file from file://', () => `file://${join(dir, 'bamboo-reader.html')}`],
]) {
  test(`without WebAssembly, ${name} says why it cannot start`, async () => {
    const { page, context } = await recordingPage(browser);
    try {
      await page.addInitScript(() => { delete globalThis.WebAssembly; });
      await page.goto(url());
      const alert = page.locator('.load-error[role=alert]');
      await alert.waitFor();
      assert.match(await alert.innerText(), /could not start in this browser.*WebAssembly/s);
      assert.equal(await page.locator('#app .toolbar').count(), 0, 'the app did not start (the pre-rendered view may stay, readable)');
    } finally {
      await context.close();
    }
  });
}
