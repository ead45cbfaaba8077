// One small W3C WebDriver client for the end-to-end suite, over plain
// `fetch` (no npm dependency), for the engines that Playwright cannot drive
// from Debian's packages:
//
//   firefox  Firefox ESR (/usr/bin/firefox-esr) through geckodriver, headless.
//   webkit   WebKitGTK's MiniBrowser through WebKitWebDriver (Debian's
//            webkit2gtk-driver), on a private Xvfb display.
//
// Every error names the engine that failed: "[firefox] ..." or "[webkit] ...".
import { spawn } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { homedir, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

export const ENGINES = ['firefox', 'webkit'];

/** The W3C key codes of the named keys this suite presses; any other key is
 * a single character typed as itself. */
export const KEY = {
  Backspace: '\uE003',
  Tab: '\uE004',
  Enter: '\uE007',
  Shift: '\uE008',
  Escape: '\uE00C',
  Space: '\uE00D',
  PageUp: '\uE00E',
  PageDown: '\uE00F',
  End: '\uE010',
  Home: '\uE011',
  ArrowLeft: '\uE012',
  ArrowUp: '\uE013',
  ArrowRight: '\uE014',
  ArrowDown: '\uE015',
};

const ELEMENT = 'element-6066-11e4-a52e-4f735466cecf';

const FIREFOX_PREFS = {
  'app.update.enabled': false,
  'browser.safebrowsing.malware.enabled': false,
  'browser.safebrowsing.phishing.enabled': false,
  'datareporting.policy.dataSubmissionEnabled': false,
  'network.captive-portal-service.enabled': false,
  'network.connectivity-service.enabled': false,
  'toolkit.telemetry.enabled': false,
  // Reads the profile's chrome/userChrome.css (see USER_CHROME).
  'toolkit.legacyUserProfileCustomizations.stylesheets': true,
};

/** MiniBrowser ships inside libwebkit2gtk (or libwebkitgtk-6.0) under the
 * multiarch library folder; $WEBKIT_BROWSER overrides the search. */
export function miniBrowser() {
  if (process.env.WEBKIT_BROWSER) return process.env.WEBKIT_BROWSER;
  for (const lib of ['/usr/lib', '/usr/libexec']) {
    let arches = [];
    try {
      arches = readdirSync(lib);
    } catch {
      continue;
    }
    for (const arch of ['', ...arches]) {
      for (const api of ['webkit2gtk-4.1', 'webkitgtk-6.0', 'webkit2gtk-4.0']) {
        const path = join(lib, arch, api, 'MiniBrowser');
        if (existsSync(path)) return path;
      }
    }
  }
  return null;
}

// The browsers' own windows refuse to be narrower than their toolbars (about
// 500 px for Firefox, 450 px for MiniBrowser), wider than a phone. Each gets
// a fresh profile whose chrome style lifts that minimum; pages are not
// affected by either style.
const USER_CHROME = '* { min-width: 0 !important; }\n';

/** A fresh Firefox profile (geckodriver adds its prefs to it). */
async function firefoxProfile() {
  const dir = await mkdtemp(join(tmpdir(), 'bamboo-firefox-'));
  await mkdir(join(dir, 'chrome'));
  await writeFile(join(dir, 'chrome', 'userChrome.css'), USER_CHROME);
  return dir;
}

const GTK_CSS = '* { min-width: 0; min-height: 0; margin: 0; padding: 0; border-width: 0; font-size: 1px; }\n';

/** A fresh XDG home for MiniBrowser: no settings or caches carried between
 * runs, and the GTK style above. */
async function webkitProfile() {
  const dir = await mkdtemp(join(tmpdir(), 'bamboo-webkit-'));
  for (const gtk of ['gtk-3.0', 'gtk-4.0']) {
    await mkdir(join(dir, 'config', gtk), { recursive: true });
    await writeFile(join(dir, 'config', gtk, 'gtk.css'), GTK_CSS);
  }
  return {
    dir,
    env: { XDG_CONFIG_HOME: join(dir, 'config'), XDG_CACHE_HOME: join(dir, 'cache'), XDG_DATA_HOME: join(dir, 'data') },
  };
}

async function engineSetup(engine, width, height) {
  if (engine === 'firefox') {
    const dir = await firefoxProfile();
    return {
      dir,
      driver: process.env.GECKODRIVER ?? join(homedir(), '.cargo/bin/geckodriver'),
      args: (port) => ['--host', '127.0.0.1', '--port', String(port), '--log', 'error'],
      display: false,
      capabilities: {
        browserName: 'firefox',
        'moz:firefoxOptions': {
          binary: process.env.FIREFOX ?? '/usr/bin/firefox-esr',
          args: ['-headless', '-width', String(width), '-height', String(height), '-profile', dir],
          prefs: FIREFOX_PREFS,
        },
      },
    };
  }
  if (engine === 'webkit') {
    const binary = miniBrowser();
    if (!binary) throw new Error('[webkit] MiniBrowser not found (apt-get install webkit2gtk-driver, or set WEBKIT_BROWSER)');
    const { dir, env } = await webkitProfile();
    return {
      dir,
      env,
      driver: process.env.WEBKIT_WEBDRIVER ?? '/usr/bin/WebKitWebDriver',
      args: (port) => ['--host=127.0.0.1', `--port=${port}`],
      display: true,
      // MiniBrowser has no headless mode in WebKitGTK 2.x: it needs the X
      // display that startDriver gives it.
      capabilities: {
        browserName: 'MiniBrowser',
        'webkitgtk:browserOptions': { binary, args: ['--automation'] },
      },
    };
  }
  throw new Error(`unknown engine ${JSON.stringify(engine)} (one of ${ENGINES.join(', ')})`);
}

async function freePort() {
  const server = createServer();
  await new Promise((ok, fail) => server.once('error', fail).listen(0, '127.0.0.1', ok));
  const { port } = server.address();
  await new Promise((ok) => server.close(ok));
  return port;
}

const pause = (ms) => new Promise((ok) => setTimeout(ok, ms));

/** Spawns `cmd` in its own process group (so that stopping it also stops the
 * browser it started), keeping the tail of its stderr for error messages. */
function spawnGroup(cmd, args, options = {}) {
  const child = spawn(cmd, args, { ...options, detached: true, stdio: options.stdio ?? ['ignore', 'ignore', 'pipe'] });
  child.tail = '';
  child.stderr?.on('data', (d) => {
    child.tail = (child.tail + d).slice(-4000);
  });
  child.exited = new Promise((ok) => child.once('exit', (code, signal) => ok(signal ?? code)));
  child.failed = new Promise((_, fail) => child.once('error', fail));
  child.failed.catch(() => {});
  return child;
}

/** Stops a process group started by spawnGroup: SIGTERM, then SIGKILL. */
async function stopGroup(child) {
  if (!child || child.exitCode !== null || child.signalCode !== null || !child.pid) return;
  const signal = (s) => {
    try {
      process.kill(-child.pid, s);
    } catch {
      // already gone
    }
  };
  signal('SIGTERM');
  await Promise.race([child.exited, pause(5000)]);
  signal('SIGKILL'); // whatever is left in the group, such as an orphaned browser
}

/** A private X display from Xvfb, numbered by Xvfb itself (-displayfd), so
 * that parallel runs cannot collide. */
async function startXvfb(tag, width, height) {
  const xvfb = spawnGroup(process.env.XVFB ?? 'Xvfb', ['-displayfd', '3', '-screen', '0', `${Math.max(width, 1600)}x${Math.max(height, 1200)}x24`, '-nolisten', 'tcp'], {
    stdio: ['ignore', 'ignore', 'pipe', 'pipe'],
  });
  let out = '';
  const number = new Promise((ok) => {
    xvfb.stdio[3].on('data', (d) => {
      out += d;
      if (out.includes('\n')) ok(out.trim());
    });
  });
  const display = await Promise.race([
    number,
    xvfb.failed.then(null, (e) => Promise.reject(new Error(`${tag} cannot start Xvfb (apt-get install xvfb): ${e.message}`))),
    xvfb.exited.then((code) => Promise.reject(new Error(`${tag} Xvfb exited (${code}): ${xvfb.tail}`))),
    pause(20000).then(() => Promise.reject(new Error(`${tag} Xvfb gave no display within 20 s`))),
  ]).catch(async (e) => {
    await stopGroup(xvfb);
    throw e;
  });
  return { xvfb, display: `:${display}` };
}

const live = new Set();
process.once('exit', () => {
  for (const child of live) {
    try {
      process.kill(-child.pid, 'SIGKILL');
    } catch {
      // already gone
    }
  }
});

/**
 * Starts `engine`'s driver and one browser session at `width`×`height`;
 * resolves to the session object. Always `quit()` it (in `after`/`finally`).
 */
export async function startDriver(engine, { width = 1280, height = 900, timeout = 60000 } = {}) {
  const tag = `[${engine}]`;
  const children = [];
  let base, id, capabilities, setup;
  const stopAll = async () => {
    for (const child of children.reverse()) {
      await stopGroup(child);
      live.delete(child);
    }
    if (setup?.dir) await rm(setup.dir, { recursive: true, force: true });
  };

  async function wd(method, path, body) {
    let res, json;
    try {
      res = await fetch(`${base}${path}`, {
        method,
        headers: { 'content-type': 'application/json' },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
      json = await res.json();
    } catch (e) {
      throw new Error(`${tag} ${method} ${path}: ${e.message}${driver?.tail ? `\n${driver.tail}` : ''}`);
    }
    if (!res.ok) {
      const v = json?.value ?? {};
      throw new Error(`${tag} ${method} ${path}: ${v.error ?? res.status}: ${v.message ?? JSON.stringify(json)}`);
    }
    return json.value;
  }

  let driver;
  try {
    setup = await engineSetup(engine, width, height);
    const env = { ...process.env, ...setup.env };
    if (setup.display) {
      const { xvfb, display } = await startXvfb(tag, width, height);
      children.push(xvfb);
      live.add(xvfb);
      env.DISPLAY = display;
    }
    const port = await freePort();
    base = `http://127.0.0.1:${port}`;
    driver = spawnGroup(setup.driver, setup.args(port), { env });
    children.push(driver);
    live.add(driver);
    const end = Date.now() + 20000;
    for (;;) {
      const status = await Promise.race([
        wd('GET', '/status').catch(() => null),
        driver.failed.then(null, (e) => Promise.reject(new Error(`${tag} cannot start ${setup.driver}: ${e.message}`))),
        driver.exited.then((code) => Promise.reject(new Error(`${tag} ${setup.driver} exited (${code}): ${driver.tail}`))),
      ]);
      if (status) break;
      if (Date.now() > end) throw new Error(`${tag} ${setup.driver} did not answer within 20 s: ${driver.tail}`);
      await pause(100);
    }
    const created = await wd('POST', '/session', { capabilities: { alwaysMatch: setup.capabilities } });
    id = created.sessionId;
    capabilities = created.capabilities;
  } catch (e) {
    await stopAll();
    throw e.message.startsWith(tag) ? e : new Error(`${tag} ${e.message}`);
  }

  const s = (path) => `/session/${id}${path}`;
  const elementId = (el) => {
    const ref = el?.[ELEMENT];
    if (!ref) throw new Error(`${tag} not an element reference: ${JSON.stringify(el)}`);
    return ref;
  };
  const keyValue = (key) => {
    const value = KEY[key] ?? key;
    if ([...value].length !== 1) throw new Error(`${tag} not a single key: ${JSON.stringify(key)}`);
    return value;
  };

  const session = {
    engine,
    id,
    /** What the driver says it started, such as browserVersion. */
    capabilities,
    /** The raw protocol, for anything this object does not wrap. */
    wd,
    /** Navigates and waits for the load event; the page left must have
     * been clean (see `assertClean`). */
    async go(url) {
      if (session.visited) await session.assertClean();
      session.visited = true;
      await wd('POST', s('/url'), { url });
    },
    /** Fails if the reader's Content Security Policy refused anything in
     * this page (its own script notes it), or if the page loaded anything
     * beyond its own files: nothing at all from file://. */
    async assertClean() {
      const [violations, away] = await session.run(`return [window.bambooPolicyViolations || [],
        performance.getEntriesByType('resource').map((e) => e.name)
          .filter((n) => location.protocol === 'file:' || !n.startsWith(location.origin + '/'))]`);
      if (violations.length) throw new Error(`${tag} the Content Security Policy refused: ${violations.join('; ')}`);
      if (away.length) throw new Error(`${tag} requests beyond the page's own files: ${away.join(', ')}`);
    },
    /** Runs `script` (a function body; `arguments[i]` are `args`) in the page. */
    run: (script, ...args) => wd('POST', s('/execute/sync'), { script, args }),
    /** Runs `script` asynchronously: it calls `arguments[arguments.length - 1]`
     * with its result. */
    runAsync: (script, ...args) => wd('POST', s('/execute/async'), { script, args }),
    /** Waits for the page to lay out and paint twice (after a resize, say). */
    settle: () => session.runAsync('const done = arguments[0]; requestAnimationFrame(() => requestAnimationFrame(() => done(null)))'),
    /** Polls `script` until it returns a truthy value, which it resolves to. */
    async until(script, what, ms = timeout, ...args) {
      const end = Date.now() + ms;
      let last;
      for (;;) {
        last = await session.run(script, ...args);
        if (last) return last;
        if (Date.now() > end) throw new Error(`${tag} timed out after ${ms} ms waiting for ${what} (last: ${JSON.stringify(last)})`);
        await pause(100);
      }
    },
    /** The first element matching `css`; fails when there is none. */
    async find(css) {
      try {
        return await wd('POST', s('/element'), { using: 'css selector', value: css });
      } catch (e) {
        e.message = `${e.message} (finding ${css})`;
        throw e;
      }
    },
    /** Every element matching `css`. */
    findAll: (css) => wd('POST', s('/elements'), { using: 'css selector', value: css }),
    /** A WebDriver click: scrolls the element into view, fails if obscured. */
    click: (el) => wd('POST', s(`/element/${elementId(el)}/click`), {}),
    /** Element Send Keys: focuses `el` and types `text`, a string typed as
     * it is or an array of keys, each a KEY name or one character
     * (`['Home', 'ArrowDown']`). */
    keys: (el, text) => wd('POST', s(`/element/${elementId(el)}/value`), { text: [...text].map((k) => KEY[k] ?? k).join('') }),
    /** Presses and releases one key at page level, on whatever has focus
     * (the Actions API): a character such as 'j' or '[', or a KEY name. */
    async press(key) {
      const value = keyValue(key);
      await wd('POST', s('/actions'), {
        actions: [{ type: 'key', id: 'keyboard', actions: [{ type: 'keyDown', value }, { type: 'keyUp', value }] }],
      });
      await wd('DELETE', s('/actions'));
    },
    /** Sets the outer window size. */
    setWindowSize: (width, height) => wd('POST', s('/window/rect'), { width, height }),
    /** Sets the window so that the page's viewport (innerWidth × innerHeight)
     * is `width` × `height`, correcting for toolbars and borders. */
    async setViewportSize(width, height) {
      let w = width;
      let h = height;
      for (let i = 0; i < 3; i++) {
        await session.setWindowSize(w, h);
        await session.settle();
        const [iw, ih] = await session.run('return [innerWidth, innerHeight]');
        if (iw === width && ih === height) return;
        w += width - iw;
        h += height - ih;
      }
      const got = await session.run('return [innerWidth, innerHeight]');
      throw new Error(`${tag} cannot set the viewport to ${width}×${height}: it is ${got.join('×')}`);
    },
    /** Saves a PNG of the viewport to `path`. */
    async screenshot(path) {
      const png = await wd('GET', s('/screenshot'));
      await mkdir(dirname(path), { recursive: true });
      await writeFile(path, Buffer.from(png, 'base64'));
    },
    /** Ends the session, then the driver, the browser and Xvfb. */
    async quit() {
      if (session.closed) return;
      session.closed = true;
      try {
        await Promise.race([wd('DELETE', s('')), pause(10000)]);
      } catch {
        // the processes are stopped below all the same
      }
      await stopAll();
    },
  };
  return session;
}
