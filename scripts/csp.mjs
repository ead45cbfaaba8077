// The reader's Content Security Policy, written into its HTML at build time.
//
// Scripts and styles run only if their hash is in the policy: the hashes of
// the page's own inline <script> and <style> elements are computed here,
// from the bytes written, never by hand. Data blocks
// (<script type="application/json">, a downloaded reader's articles) never
// run, so they need no hash. WebAssembly compiles under 'wasm-unsafe-eval'.
// The served build (dist/index.html) also loads its glue, wasm and
// stylesheet from its own origin ('self'); the single file and every
// downloaded reader load nothing at all.
//
// As a Trunk post_build hook (Trunk.toml) it rewrites the staged
// index.html, so `make build` and `make serve` alike carry the policy:
//
//   node scripts/csp.mjs            (TRUNK_STAGING_DIR set by Trunk)
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const META = /<meta http-equiv="?Content-Security-Policy"?[^>]*>/i;
const hash = (text) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

/** The contents of `html`'s inline elements `tag` (no `src`), but not data blocks. */
function inline(html, tag) {
  const found = [];
  for (const m of html.matchAll(new RegExp(`<${tag}(\\s[^>]*)?>([\\s\\S]*?)</${tag}>`, 'gi'))) {
    const attrs = m[1] ?? '';
    if (/\bsrc=/i.test(attrs) || /\btype="?application\/json/i.test(attrs)) continue;
    found.push(m[2]);
  }
  return found;
}

/** The policy for `html`; `served` allows the page's own files. */
export function policy(html, { served }) {
  const self = served && "'self'";
  const sources = (...list) => [...new Set(list.filter(Boolean))].join(' ') || "'none'";
  return [
    "default-src 'none'",
    `script-src ${sources(...inline(html, 'script').map(hash), "'wasm-unsafe-eval'", self)}`,
    `style-src ${sources(...inline(html, 'style').map(hash), self)}`,
    served && "connect-src 'self'",
    // The page's icon is an empty data: URL; nothing else is an image.
    'img-src data:',
    "base-uri 'none'",
    "form-action 'none'",
  ].filter(Boolean).join('; ');
}

/** `html` with its policy in a <meta> right after the charset, before any
 * script; an older policy is replaced. */
export function withPolicy(html, { served }) {
  const bare = html.replace(META, '');
  const charset = bare.match(/<meta charset="?utf-8"?>/i);
  if (!charset) throw new Error('no <meta charset=utf-8> to put the policy after');
  const at = charset.index + charset[0].length;
  const meta = `<meta http-equiv="Content-Security-Policy" content="${policy(bare, { served })}">`;
  return bare.slice(0, at) + meta + bare.slice(at);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const dir = process.env.TRUNK_STAGING_DIR;
  if (!dir) throw new Error('TRUNK_STAGING_DIR is not set: this script runs as a Trunk post_build hook');
  const file = join(dir, 'index.html');
  writeFileSync(file, withPolicy(readFileSync(file, 'utf8'), { served: true }));
}
