// Packs the release build in dist/ into one self-contained file,
// dist/bamboo-reader.html, that opens from file:// with no other file and
// no network request: the CSS and the wasm-bindgen glue are inlined, and the
// wasm travels as base64 of its gzip, unpacked by the browser's own
// DecompressionStream and compiled synchronously (see the loader below).
// The gzip is Zopfli's: the same format, about 6% smaller than zlib's best
// (447 against 474 KB on 2026-11-29), for about 5 s of build time.
// The script is minified with terser. Its `data-bamboo-single` attribute
// marks it for "Download reader" (src/browser/mine.rs), which copies this
// page's head and loader and puts the reader's articles before the loader;
// the page's Content Security Policy (scripts/csp.mjs) comes with the head,
// and its hashes still hold, since the scripts are copied as they are.
//
// The pre-rendered default view (examples/prerender.rs, written to
// target/prerender by `make build`) goes into the body of both
// dist/index.html and the single file, with that view's link fragment in
// <meta name="bamboo-view"> for the page's script (index.html) to compare
// the link with.
//
//   node scripts/single-file.mjs [dist] [prerender dir]
import { readFileSync, writeFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { gzipAsync } from '@gfx/zopfli';
import { minify } from 'terser';
import { withPolicy } from './csp.mjs';

const dist = process.argv[2] ?? new URL('../dist/', import.meta.url).pathname;
const prerenderDir = process.argv[3] ?? new URL('../target/prerender/', import.meta.url).pathname;
const files = readdirSync(dist);
const one = (suffix) => {
  const found = files.filter((f) => f.startsWith('bamboo-reader') && f.endsWith(suffix) && f !== 'bamboo-reader.html');
  if (found.length !== 1) throw new Error(`expected one bamboo-reader*${suffix} in ${dist}, found ${found.length}`);
  return readFileSync(join(dist, found[0]));
};
const escapeAttr = (text) => text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
const prerender = {
  markup: readFileSync(join(prerenderDir, 'prerender.html'), 'utf8'),
  view: readFileSync(join(prerenderDir, 'prerender.view'), 'utf8').trim(),
};
if (/<script|\sstyle=|\son[a-z]+=/i.test(prerender.markup)) throw new Error('the pre-rendered markup has a script, a style attribute or a handler');
const PRERENDERED = /<meta name="?bamboo-view"?[^>]*>|<div id="?prerender"?>[\s\S]*?<\/div><!--\/prerender-->/g;
const prerendered = `<div id="prerender">${prerender.markup}</div><!--/prerender-->`;
/** `page` with the pre-rendered view (and its meta) in place of any it had. */
function withPrerender(page) {
  const bare = page.replace(PRERENDERED, '');
  const charset = bare.match(/<meta charset="?utf-8"?>/i);
  const app = bare.match(/<div id="?app"?><\/div>/);
  if (!charset || !app) throw new Error('dist/index.html has no <meta charset> or no <div id="app">');
  const meta = `<meta name="bamboo-view" content="${escapeAttr(prerender.view)}">`;
  return (bare.slice(0, charset.index + charset[0].length) + meta + bare.slice(charset.index + charset[0].length))
    .replace(app[0], `${app[0]}${prerendered}`);
}
const served = withPrerender(readFileSync(join(dist, 'index.html'), 'utf8'));
writeFileSync(join(dist, 'index.html'), withPolicy(served, { served: true }));
const html = served;
// Trunk's release HTML is minified: attributes in any order, quotes optional.
const cssLink = /<link\b[^>]*\brel="?stylesheet"?[^>]*>/;
const cssFile = html.match(cssLink)?.[0].match(/\bhref="?\.\/([^"\s>]+)/)?.[1];
if (!cssFile) throw new Error('no stylesheet link in dist/index.html');
const css = readFileSync(join(dist, cssFile), 'utf8');
const wasm = one('_bg.wasm');
let glue = one('.js').toString('utf8');

// The glue is an ES module; inline it as plain module-scope code.
const exportLine = /^export \{ initSync, __wbg_init as default \};\s*$/m;
if (!exportLine.test(glue)) throw new Error('unexpected wasm-bindgen glue: its export line changed');
glue = glue.replace(exportLine, '').replace(/^export (function|class|const|let) /gm, '$1 ');
if (/^export /m.test(glue)) throw new Error('unexpected export left in the glue');

const packed = Buffer.from(await gzipAsync(wasm, { numiterations: 15 })).toString('base64');
const head = html.slice(0, html.indexOf('</head>'))
  .replace(cssLink, '')
  .replace(/<script type="?module"?>[\s\S]*?<\/script>/, '')
  .replace(/<link\b[^>]*\brel="?(modulepreload|preload)"?[^>]*>/g, '');
if (/<script type="?module|\.wasm|rel="?stylesheet/.test(head)) throw new Error('unexpected dist/index.html: an asset link is left');
const loader = `${glue}
const packed = "${packed}";
async function unpack() {
  // A plain loop: Uint8Array.from with a mapping function took 165 ms here.
  const text = atob(packed);
  const bytes = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) bytes[i] = text.charCodeAt(i);
  const stream = new Blob([bytes]).stream().pipeThrough(new DecompressionStream('gzip'));
  return new Uint8Array(await new Response(stream).arrayBuffer());
}
// Compiled synchronously: WebKitGTK's asynchronous WebAssembly.instantiate
// sometimes never settles (about 1 start in 24 under load, seen through
// WebKitWebDriver), leaving a blank page; a 0.6 MB module compiles on the
// main thread in milliseconds.
initSync({ module: await unpack() });
`;
const { code } = await minify(loader, { module: true, compress: { passes: 2 }, mangle: true, format: { ascii_only: true } });
if (!code.includes(packed)) throw new Error('terser changed the packed wasm');
const out = withPolicy(`${head}<style>${css}</style>
</head>
<body>
<noscript>Bamboo Reader needs JavaScript and WebAssembly to run.</noscript>
<div id="app"></div>${prerendered}
<script data-bamboo-single type="module">${code}</script>
</body>
</html>
`, { served: false });
const target = join(dist, 'bamboo-reader.html');
writeFileSync(target, out);
const kb = (n) => `${(n / 1024).toFixed(1)} KiB`;
console.log(`${target}: ${kb(out.length)} on disk, ${kb(gzipSync(out, { level: 9 }).length)} gzipped (wasm ${kb(wasm.length)}, gzipped ${kb(packed.length * 3 / 4)})`);
