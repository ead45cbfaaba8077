// The one table of `make bench`: every figure with a goal, from the parts
// this run wrote (target/bench/size.json, browser.json, compromise.json,
// scale.json), with the date and the machine. Writes
// target/bench/report.json and prints the table the README keeps.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { join } from 'node:path';

const DIR = join(import.meta.dirname, '../target/bench');
const read = (name) => (existsSync(join(DIR, name)) ? JSON.parse(readFileSync(join(DIR, name), 'utf8')) : null);

const rows = [];
const size = read('size.json');
if (size) {
  const single = size.rows.find((r) => r.label === 'single file');
  for (const [key, label] of [['raw', 'on disk'], ['gzip', 'gzipped']]) {
    const budget = key === 'raw' ? size.budget.disk : size.budget.gzip;
    rows.push({ part: 'size', figure: `single file, ${label}`, goal: `≤ ${budget.toLocaleString('en-US')} B`, measured: single[key], unit: 'B', baseline: null, ratio: null, met: single[key] <= budget });
  }
}
for (const [name, part] of [['browser.json', 'browser'], ['compromise.json', 'recognizer'], ['scale.json', 'scale']]) {
  const data = read(name);
  if (!data) {
    console.error(`(no ${name}: that part did not run)`);
    continue;
  }
  for (const r of data.rows) if (r.goal) rows.push({ part, ...r });
}

const machine = { cpu: cpus()[0]?.model ?? 'unknown CPU', cores: cpus().length, browser: read('browser.json')?.machine?.browser ?? null };
const date = new Date().toISOString().slice(0, 10);
writeFileSync(join(DIR, 'report.json'), JSON.stringify({ date, machine, rows }, null, 2));

const number = (x, unit) => {
  if (unit === 'B') return `${x.toLocaleString('en-US')} B`;
  if (unit === 'bytes') return `${(x / 1048576).toFixed(1)} MB`; // as bench-scale.mjs prints it
  if (unit === 'ms') return `${x.toFixed(1)} ms`;
  if (unit === 'F1') return x.toFixed(3);
  return `${Number.isInteger(x) ? x : x.toFixed(2)}${unit ? ` ${unit}` : ''}`;
};
const shown = (r) => {
  if (typeof r.measured === 'boolean') return r.measured ? 'yes' : 'no';
  return typeof r.measured === 'number' ? number(r.measured, r.unit) : String(r.measured ?? '—');
};
console.log(`Measured on ${date}: ${machine.cpu}, ${machine.cores} cores${machine.browser ? `, headless Chromium ${machine.browser}` : ''}.\n`);
console.log('| figure | goal | measured | baseline | ratio | met |');
console.log('| --- | --- | ---: | ---: | ---: | --- |');
for (const r of rows) {
  const base = r.baseline == null ? '' : typeof r.baseline === 'number' ? number(r.baseline, r.unit) : r.baseline;
  const ratio = r.ratio == null ? '' : `${r.ratio.toFixed(2)}×`;
  const met = r.met == null ? '' : r.met ? 'yes' : '**no**';
  console.log(`| ${r.figure} | ${r.goal} | ${shown(r)} | ${base} | ${ratio} | ${met} |`);
}
