// compromise.js baseline for Bamboo Reader's recognizer, on the same gold
// texts as `scripts/spacy_baseline.py` (tests/gold, GUIDELINES.md).
//
// Run (compromise is a pinned development dependency, for the bench only;
// nothing of it ships):
//
//     node scripts/compromise_baseline.mjs [gold_dir]
//
// Prediction: doc.people() → person, doc.places() → place,
// doc.organizations() → org, with the offsets compromise reports. As for
// spaCy, a leading "the" and a trailing possessive are trimmed. Scoring is
// exact match of (start, end, kind), micro-averaged, in UTF-16 offsets on
// both sides.
import { readFileSync, readdirSync } from 'node:fs';
import { compromisePredict, parseGold } from './gold.mjs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import nlp from 'compromise';
const goldDir = process.argv[2] || join(dirname(fileURLToPath(import.meta.url)), '..', 'tests', 'gold');

const ratio = (a, b) => (b === 0 ? 1 : a / b);
for (const [name, prefix] of [['corpus', 'corpus-'], ['external', 'external-'], ['heldout', 'heldout-'], ['dev', 'dev-'], ['test', 'test-']]) {
  const files = readdirSync(goldDir).filter((f) => f.startsWith(prefix) && f.endsWith('.txt')).sort();
  const rows = { person: [0, 0, 0], place: [0, 0, 0], org: [0, 0, 0] };
  for (const f of files) {
    const { text, spans } = parseGold(readFileSync(join(goldDir, f), 'utf8'));
    const gold = new Set(spans.map((s) => s.join(':')));
    const pred = new Set(compromisePredict(nlp, text).map((s) => s.join(':')));
    for (const kind of Object.keys(rows)) {
      const g = [...gold].filter((k) => k.endsWith(':' + kind));
      const p = [...pred].filter((k) => k.endsWith(':' + kind));
      const tp = p.filter((k) => gold.has(k)).length;
      rows[kind][0] += tp; rows[kind][1] += p.length - tp; rows[kind][2] += g.length - tp;
    }
  }
  const line = (label, [tp, fp, fn]) => {
    const p = ratio(tp, tp + fp), r = ratio(tp, tp + fn), f1 = p + r === 0 ? 0 : (2 * p * r) / (p + r);
    return `| ${label} | ${p.toFixed(3)} | ${r.toFixed(3)} | ${f1.toFixed(3)} | ${tp + fn} | ${tp + fp} |`;
  };
  const micro = Object.values(rows).reduce((a, b) => a.map((x, i) => x + b[i]), [0, 0, 0]);
  console.log(`### ${name} (${files.length} files)\n\n| kind | precision | recall | F1 | gold | predicted |\n| --- | ---: | ---: | ---: | ---: | ---: |`);
  for (const [k, v] of Object.entries(rows)) console.log(line(k, v));
  console.log(line('micro', micro) + '\n');
}
