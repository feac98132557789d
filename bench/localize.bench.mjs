// Localization time: on the seed (its real defects), and on a rendered document with 10 independent misprints.
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseWordText } from '../dist/ingest/index.js';
import { localize } from '../dist/localize/index.js';
import { cellInfo } from '../dist/pipeline/localize-findings.js';
import { profileById } from '../dist/profiles/index.js';
import { recognize } from '../dist/recognize/index.js';
import { mutate, nationalTables, randomBudgetData, renderTablesText } from '../dist/render/index.js';
import { runRules } from '../dist/rules/index.js';
import { machine, timeRuns } from './machine.mjs';

async function bench(label, text, expected) {
  const d = recognize(parseWordText(text, label));
  const { identities } = runRules(d, profileById(d.meta.layout));
  const info = cellInfo(d);
  for (let i = 0; i < 3; i++) localize(identities, info);
  const t = await timeRuns(() => localize(identities, info), 20);
  const suspects = localize(identities, info);
  const violated = identities.filter((i) => i.outcome === 'mismatch').length;
  console.log(
    `${label}: median ${t.median.toFixed(1)} ms (max ${t.max.toFixed(1)}) · ${identities.length} identities, ${violated} violated, ${suspects.length} suspects${expected ? `, ${expected}` : ''}`,
  );
}

console.log(`# localize benchmark — ${machine()}`);
const seed = fileURLToPath(new URL('../../shared/corpus/seed/000_8c5c6d2715ecedd6.txt', import.meta.url));
if (existsSync(seed)) await bench('seed', readFileSync(seed, 'utf8'));
else console.log('seed: skipped (../shared/corpus absent)');

const data = randomBudgetData(4);
let tables = nationalTables(data);
const changed = new Set();
for (let k = 1; changed.size < 10 && k < 500; k++) {
  const m = mutate(tables, k * 37);
  const key = `${m.mutation.table}`;
  if (changed.has(key) && changed.size < 10 && k < 400) continue; // spread the errors over different tables first
  changed.add(`${key}/${m.mutation.row}/${m.mutation.col}`);
  tables = m.tables;
}
await bench(
  'rendered document with 10 misprints',
  renderTablesText(data, tables),
  `${changed.size} cells changed`,
);
