// The single self-contained file in Firefox ESR, from file://, as a teacher
// would double-click it: driven through geckodriver over plain W3C WebDriver
// (Playwright only drives its own Firefox builds, not Debian's).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { copyFile, mkdtemp, rm, mkdir } from 'node:fs/promises';
import { homedir, tmpdir } from 'node:os';
import { join } from 'node:path';
import { createServer } from 'node:net';
import { DIST, SHOTS } from './support.mjs';

const GECKODRIVER = process.env.GECKODRIVER ?? join(homedir(), '.cargo/bin/geckodriver');
const FIREFOX = process.env.FIREFOX ?? '/usr/bin/firefox-esr';

let driver, base, session, dir, url;

async function freePort() {
  const server = createServer();
  await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
  const { port } = server.address();
  await new Promise((ok) => server.close(ok));
  return port;
}

async function wd(method, path, body) {
  const res = await fetch(`${base}${path}`, {
    method,
    headers: { 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const json = await res.json();
  if (!res.ok) throw new Error(`${method} ${path}: ${JSON.stringify(json.value)}`);
  return json.value;
}

const run = (script, ...args) => wd('POST', `/session/${session}/execute/sync`, { script, args });

/** Polls `script` until it returns a truthy value; fails after `ms`. */
async function until(script, what, ms = 30000) {
  const end = Date.now() + ms;
  for (;;) {
    const v = await run(script);
    if (v) return v;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((ok) => setTimeout(ok, 100));
  }
}

before(async () => {
  dir = await mkdtemp(join(tmpdir(), 'bamboo-firefox-'));
  await copyFile(join(DIST, 'bamboo-reader.html'), join(dir, 'bamboo-reader.html'));
  url = `file://${join(dir, 'bamboo-reader.html')}`;
  const port = await freePort();
  base = `http://127.0.0.1:${port}`;
  driver = spawn(GECKODRIVER, ['--host', '127.0.0.1', '--port', String(port), '--log', 'error'], { stdio: ['ignore', 'ignore', 'inherit'] });
  const end = Date.now() + 20000;
  for (;;) {
    try {
      if ((await wd('GET', '/status')).ready) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > end) throw new Error('geckodriver did not start');
    await new Promise((ok) => setTimeout(ok, 100));
  }
  const created = await wd('POST', '/session', {
    capabilities: {
      alwaysMatch: {
        browserName: 'firefox',
        'moz:firefoxOptions': {
          binary: FIREFOX,
          args: ['-headless', '-width', '1280', '-height', '900'],
          prefs: {
            'app.update.enabled': false,
            'browser.safebrowsing.malware.enabled': false,
            'browser.safebrowsing.phishing.enabled': false,
            'datareporting.policy.dataSubmissionEnabled': false,
            'network.captive-portal-service.enabled': false,
            'network.connectivity-service.enabled': false,
            'toolkit.telemetry.enabled': false,
          },
        },
      },
    },
  });
  session = created.sessionId;
});

after(async () => {
  if (session) await wd('DELETE', `/session/${session}`).catch(() => {});
  driver?.kill();
  await rm(dir, { recursive: true, force: true });
});

test('Firefox ESR: the single file opens from file:// and works offline', async () => {
  await wd('POST', `/session/${session}/url`, { url });
  const marks = await until(
    "return document.querySelectorAll('mark.entity[data-kind=person]').length",
    'highlighted people',
  );
  assert.ok(marks > 10, `marks appear (${marks})`);

  // A viewpoint chip, pressed from the keyboard.
  const chip = await wd('POST', `/session/${session}/element`, { using: 'css selector', value: '.vp-chip[data-viewpoint=hedging]' });
  const id = Object.values(chip)[0];
  await run('arguments[0].focus()', chip);
  await wd('POST', `/session/${session}/element/${id}/value`, { text: '\uE007' }); // Enter
  await until("return document.querySelector('.vp-chip[data-viewpoint=hedging]').getAttribute('aria-pressed') === 'true'", 'the chip to be pressed');
  assert.ok(await run("return document.querySelectorAll('.para-wrap.match').length") > 0, 'matching paragraphs are kept');
  assert.match(await run('return location.hash'), /vp=hedging/, 'the view is in the fragment');

  // Nothing but the file itself was loaded: no resource of any kind.
  assert.deepEqual(await run("return performance.getEntriesByType('resource').map((e) => e.name)"), []);
  assert.equal(await run('return location.protocol'), 'file:');
  assert.equal(await run("return document.querySelectorAll('.link-notice').length"), 0, 'no notice');

  const png = await wd('GET', `/session/${session}/screenshot`);
  await mkdir(SHOTS, { recursive: true });
  const { writeFile } = await import('node:fs/promises');
  await writeFile(join(SHOTS, 'firefox-single-file.png'), Buffer.from(png, 'base64'));
});
