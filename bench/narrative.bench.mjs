// Claim extraction on the seed's narrative and on 10× and 100× concatenations of it: time per character should
// stay flat (linear time). Run `npm run build` first; reads ../shared/corpus (skips when absent).
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseWordText } from '../dist/ingest/text/index.js';
import { recognize } from '../dist/recognize/index.js';
import { extractClaims } from '../dist/recognize/narrative/index.js';
import { machine, timeRuns } from './machine.mjs';

const SEED = fileURLToPath(new URL('../../shared/corpus/seed/000_8c5c6d2715ecedd6.txt', import.meta.url));
if (!existsSync(SEED)) {
  console.log('narrative bench skipped: ../shared/corpus is absent');
  process.exit(0);
}

const narrative = recognize(parseWordText(readFileSync(SEED, 'utf8'), SEED)).narrative;
const chars = (ps) => ps.reduce((n, p) => n + p.text.length, 0);
console.log(machine());
console.log(`seed narrative: ${narrative.length} paragraphs, ${chars(narrative)} characters`);

const rows = [];
for (const times of [1, 10, 100]) {
  // Copies get their own section paths so lists and numbering do not run across copies.
  const paragraphs = Array.from({ length: times }, (_, k) =>
    narrative.map((p) => ({ ...p, section: [`copy ${k}`, ...p.section] })),
  ).flat();
  extractClaims(paragraphs);
  const runs = times === 100 ? 5 : 15;
  const t = await timeRuns(() => extractClaims(paragraphs), runs);
  const n = chars(paragraphs);
  const claims = extractClaims(paragraphs).claims.length;
  rows.push({ times, chars: n, claims, ms: t.median, usPerKChar: (t.median * 1000) / (n / 1000) });
}
for (const r of rows) {
  console.log(
    `${String(r.times).padStart(3)}× ${String(r.chars).padStart(8)} chars ${String(r.claims).padStart(6)} claims  ` +
      `median ${r.ms.toFixed(2)} ms  ${r.usPerKChar.toFixed(1)} µs per 1000 chars`,
  );
}
const ratio = rows[2].usPerKChar / rows[0].usPerKChar;
console.log(`time per character at 100× / at 1×: ${ratio.toFixed(2)} (≈1 means linear)`);
