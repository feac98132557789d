// Localization time: synthetic documents of seed size (≈300 identities) with 1 and with 10 independent
// misprints (targets < 200 ms and < 2 s), then the seed (its real defects) and a rendered national document with
// 10 misprints, through the real recognizer and rules.
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { tsImport } from 'tsx/esm/api';
import { parseWordText } from '../dist/ingest/index.js';
import { localize } from '../dist/localize/index.js';
import { cellInfo } from '../dist/pipeline/localize-findings.js';
import { profileById } from '../dist/profiles/index.js';
import { recognize } from '../dist/recognize/index.js';
import { mutate, nationalTables, randomBudgetData, renderTablesText } from '../dist/render/index.js';
import { runRules } from '../dist/rules/index.js';
import { machine, timeRuns } from './machine.mjs';

// The synthetic documents are a test kit, not shipped in dist: loaded from its TypeScript source.
const { rng, syntheticDocument } = await tsImport('../test/kits/localize-synthetic.ts', import.meta.url);
const { evaluateDocument, misprint } = await tsImport('../test/kits/localize-mutate.ts', import.meta.url);

const RUNS = 20;

async function bench(label, identities, options, note = '') {
  for (let i = 0; i < 3; i++) localize(identities, options);
  const t = await timeRuns(() => localize(identities, options), RUNS);
  const { suspects, unexplained } = localize(identities, options);
  const violated = identities.filter((i) => i.outcome === 'mismatch').length;
  console.log(
    `${label}: median ${t.median.toFixed(1)} ms (max ${t.max.toFixed(1)}, ${RUNS} runs) · ${identities.length} identities, ${violated} violated, ${suspects.length} suspects, ${unexplained.length} unexplained${note ? ` · ${note}` : ''}`,
  );
}

/** One misprinted 项 cell under each of the first `errors` 类; how many of them the localizer names. */
function synthetic(errors, seed) {
  const random = rng(seed);
  const doc = syntheticDocument({ seed, classes: 12, width: 4, copied: 2 });
  const cells = [...doc.leavesByClass.values()]
    .slice(0, errors)
    .map((l) => l[Math.floor(random() * l.length)]);
  const key = (c) => `${c.table}/${c.row}/${c.column}`;
  const changed = new Map(cells.map((c) => [key(c), misprint(doc.values.get(key(c)), random)]));
  const identities = evaluateDocument(doc, changed);
  const { suspects } = localize(identities);
  const named = cells.filter((c) =>
    suspects.some((s) => key(s.cell) === key(c) && s.suggested.eq(doc.values.get(key(c)))),
  ).length;
  return { identities, note: `${named}/${errors} misprints named` };
}

console.log(`# localize benchmark — ${machine()}`);
for (const errors of [1, 10]) {
  const { identities, note } = synthetic(errors, 42);
  await bench(`synthetic, ${errors} misprint${errors > 1 ? 's' : ''}`, identities, {}, note);
}

function pipelineIdentities(label, text) {
  const d = recognize(parseWordText(text, label));
  return { identities: runRules(d, profileById(d.meta.layout)).identities, options: { cells: cellInfo(d) } };
}

const seed = fileURLToPath(new URL('../../shared/corpus/seed/000_8c5c6d2715ecedd6.txt', import.meta.url));
if (existsSync(seed)) {
  const { identities, options } = pipelineIdentities('seed', readFileSync(seed, 'utf8'));
  await bench('seed', identities, options);
} else console.log('seed: skipped (../shared/corpus absent)');

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
const rendered = pipelineIdentities('rendered', renderTablesText(data, tables));
await bench(
  'rendered document with 10 misprints',
  rendered.identities,
  rendered.options,
  `${changed.size} cells changed`,
);
