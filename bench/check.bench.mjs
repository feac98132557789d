// `check` on the seed: in process (read text → recognize → rules → report, median of runs) and the CLI end to end.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseWordText } from '../dist/ingest/index.js';
import { checkRaw } from '../dist/pipeline/check.js';
import { machine, timeRuns } from './machine.mjs';

const seed = fileURLToPath(new URL('../../shared/corpus/seed/000_8c5c6d2715ecedd6.txt', import.meta.url));
const example = fileURLToPath(new URL('../examples/example-disclosure.txt', import.meta.url));
const file = existsSync(seed) ? seed : example;
console.log(`# check benchmark — ${machine()}`);
console.log(
  `file: ${file.includes('shared/corpus') ? 'seed (../shared/corpus/seed)' : 'examples/example-disclosure.txt (corpus absent)'}`,
);
const text = readFileSync(file, 'utf8');
for (let i = 0; i < 5; i++) checkRaw(parseWordText(text, file), file); // warm-up: JIT
const inProcess = await timeRuns(() => checkRaw(parseWordText(text, file), file), 50);
const r = checkRaw(parseWordText(text, file), file).report;
console.log(
  `check in-process: median ${inProcess.median.toFixed(1)} ms (min ${inProcess.min.toFixed(1)}, max ${inProcess.max.toFixed(1)}) over 50 runs; ` +
    `${r.tables.length} tables, ${r.summary.identities.evaluated} identities, ${r.findings.length} findings`,
);
const cli = fileURLToPath(new URL('../dist/cli/main.js', import.meta.url));
const endToEnd = await timeRuns(() => {
  try {
    execFileSync(process.execPath, [cli, 'check', file, '--format', 'json'], { stdio: 'pipe' });
  } catch (e) {
    if (e.status !== 1) throw e; // exit 1 = findings, expected on the seed
  }
}, 5);
console.log(
  `check CLI end to end (process start included): median ${endToEnd.median.toFixed(0)} ms over 5 runs`,
);

// A whole `gongkai check` of a 30-page PDF against poppler's text extraction of the same file, and its peak memory.
const pdf = fileURLToPath(
  new URL('../../shared/corpus/pdf/shanghai-putuo-wanli-street-2025-dept-budget.pdf', import.meta.url),
);
if (existsSync(pdf)) {
  const probe = `
    const { checkFile } = await import(${JSON.stringify(new URL('../dist/pipeline/check.js', import.meta.url).href)});
    const t0 = performance.now();
    const { report } = await checkFile(${JSON.stringify(pdf)});
    const ms = performance.now() - t0;
    console.log(JSON.stringify({ ms, rss: process.resourceUsage().maxRSS, pages: report.document.pages, tables: report.tables.length }));
  `;
  const runs = [];
  for (let i = 0; i < 3; i++)
    runs.push(
      JSON.parse(execFileSync(process.execPath, ['--input-type=module', '-e', probe], { encoding: 'utf8' })),
    );
  runs.sort((a, b) => a.ms - b.ms);
  const poppler = await timeRuns(() => {
    try {
      execFileSync('pdftotext', ['-layout', pdf, '-'], { stdio: 'pipe' });
    } catch {}
  }, 3);
  const m = runs[1];
  console.log(
    `check of a ${m.pages}-page PDF (${m.tables} tables), in process: median ${m.ms.toFixed(0)} ms; pdftotext -layout: ${poppler.median.toFixed(0)} ms; ratio ${(m.ms / poppler.median).toFixed(1)}×; peak RSS ${(m.rss / 1024).toFixed(0)} MiB`,
  );
} else console.log('PDF check: skipped (../shared/corpus absent)');
