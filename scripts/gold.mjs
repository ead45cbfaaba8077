// The gold texts of tests/gold (GUIDELINES.md) and compromise.js's
// predictions on them, shared by scripts/compromise_baseline.mjs (in Node)
// and scripts/bench-compromise.mjs (in the reader's page).

/** A gold file's plain text and its `[start, end, kind]` spans, in UTF-16
 * offsets: the `[[surface|kind]]` markup read, the `# source:` line left out. */
export function parseGold(marked) {
  let text = '';
  const spans = [];
  for (const line of marked.split(/(?<=\n)/)) {
    if (line.startsWith('# source:')) continue;
    let rest = line;
    for (;;) {
      const open = rest.indexOf('[[');
      if (open < 0) break;
      text += rest.slice(0, open);
      const close = rest.indexOf(']]', open);
      const inner = rest.slice(open + 2, close);
      const bar = inner.lastIndexOf('|');
      const surface = inner.slice(0, bar);
      spans.push([text.length, text.length + surface.length, inner.slice(bar + 1)]);
      text += surface;
      rest = rest.slice(close + 2);
    }
    text += rest;
  }
  return { text, spans };
}

/** compromise's people, places and organizations in `text` as
 * `[start, end, kind]`: a leading "the" and a trailing possessive trimmed,
 * as for spaCy. Self-contained, so that it also runs in a page (pass the
 * page's `nlp`). */
export function compromisePredict(nlp, text) {
  const doc = nlp(text);
  const out = [];
  for (const [kind, view] of [['person', doc.people()], ['place', doc.places()], ['org', doc.organizations()]]) {
    for (const m of view.json({ offset: true })) {
      let start = m.offset.start;
      let end = start + m.offset.length;
      let s = text.slice(start, end);
      const lead = s.match(/^(the|The)\s+/);
      if (lead) { start += lead[0].length; s = s.slice(lead[0].length); }
      const poss = s.match(/['’]s?$/);
      if (poss) { end -= poss[0].length; }
      // compromise includes trailing punctuation in some terms.
      while (end > start && /[\s.,;:!?"”)]/.test(text[end - 1]) && !/\.[A-Z]\.$/.test(text.slice(start, end))) end--;
      if (end > start) out.push([start, end, kind]);
    }
  }
  return out;
}
