// PDF reader speed and memory against poppler's `pdftotext -layout` on the same files, in the same run.
// Usage: npm run build && node bench/pdf.bench.mjs [dir-with-pdfs]
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const corpus = process.argv[2] ?? fileURLToPath(new URL('../../shared/corpus/pdf/', import.meta.url));
const dist = new URL('../dist/ingest/pdf/index.js', import.meta.url);

function hasPdftotext() {
  try {
    execFileSync('pdftotext', ['-v'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

function median(values) {
  const s = [...values].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

async function timeIt(fn, times = 3) {
  const ms = [];
  for (let i = 0; i < times; i++) {
    const t0 = performance.now();
    await fn();
    ms.push(performance.now() - t0);
  }
  return median(ms);
}

if (!existsSync(corpus)) {
  console.log(`skipped: no corpus at ${corpus}`);
  process.exit(0);
}
if (!existsSync(dist)) {
  console.log('skipped: dist/ingest/pdf/index.js missing — run `npm run build` first');
  process.exit(0);
}
const poppler = hasPdftotext();
if (!poppler) console.log('note: pdftotext not installed (apt install poppler-utils): no poppler column');

const { readPdf } = await import(dist.href);
const cpus = os.cpus();
console.log(
  `machine: ${cpus[0]?.model ?? 'unknown'}, ${cpus.length} cores, ${(os.totalmem() / 2 ** 30).toFixed(1)} GiB, node ${process.version}`,
);
console.log('file | pages | gongkai ms (median of 3) | ms/page | pages/s | pdftotext ms | ratio');
let totalPages = 0;
let totalOurs = 0;
let totalPoppler = 0;
for (const file of readdirSync(corpus)
  .filter((f) => f.endsWith('.pdf'))
  .sort()) {
  const path = join(corpus, file);
  const bytes = new Uint8Array(readFileSync(path));
  let pages = 0;
  const ours = await timeIt(async () => {
    pages = (await readPdf(path, bytes)).source.pages ?? 0;
  });
  const theirs = poppler
    ? await timeIt(async () => execFileSync('pdftotext', ['-layout', path, '-'], { maxBuffer: 1 << 28 }))
    : Number.NaN;
  totalPages += pages;
  totalOurs += ours;
  totalPoppler += theirs;
  console.log(
    `${file} | ${pages} | ${ours.toFixed(0)} | ${(ours / pages).toFixed(1)} | ${((pages * 1000) / ours).toFixed(1)} | ${theirs.toFixed(0)} | ${(ours / theirs).toFixed(1)}×`,
  );
}
console.log(
  `total | ${totalPages} | ${totalOurs.toFixed(0)} | ${(totalOurs / totalPages).toFixed(1)} | ${((totalPages * 1000) / totalOurs).toFixed(1)} | ${totalPoppler.toFixed(0)} | ${(totalOurs / totalPoppler).toFixed(1)}×`,
);
// maxRSS is in KiB on Linux and macOS.
console.log(`peak RSS: ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MiB`);
