// `gongkai check` as a user runs it — one process per file — against poppler's `pdftotext -layout` on the same files
// in the same run: per file and overall, ms per page, peak RSS. Then a batch of the same folder at --jobs 1 and
// --jobs 2: throughput, and whether the JSON is byte-identical. Timings are printed, never asserted.
// Usage: npm run build && node bench/batch.bench.mjs [dir-with-pdfs …]   (BENCH_LIMIT=n: the first n files only)
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { machine } from './machine.mjs';

const corpus = fileURLToPath(new URL('../../shared/corpus/', import.meta.url));
const dirs =
  process.argv.length > 2 ? process.argv.slice(2) : [join(corpus, 'pdf'), join(corpus, 'pdf-more')];
const cli = fileURLToPath(new URL('../dist/cli/main.js', import.meta.url));
const limit = Number(process.env.BENCH_LIMIT ?? Number.POSITIVE_INFINITY);
const hasTime = existsSync('/usr/bin/time');
const hasPdftotext = spawnSync('pdftotext', ['-v']).status === 0;

const files = dirs
  .filter((d) => existsSync(d))
  .flatMap((d) =>
    readdirSync(d)
      .filter((f) => f.endsWith('.pdf'))
      .sort()
      .map((f) => join(d, f)),
  )
  .slice(0, limit);
console.log(`# batch benchmark — ${machine()}`);
if (files.length === 0) {
  console.log('skipped: no PDFs (../shared/corpus absent)');
  process.exit(0);
}
if (!hasPdftotext) console.log('pdftotext not installed: no ratios (apt install poppler-utils)');

/**
 * Wall time and, with GNU time, CPU time (user + system, children included) and peak RSS (the largest process) of
 * one command. On a shared machine the CPU ratio is the steadier figure; both are printed.
 */
function run(cmd, args) {
  const t0 = performance.now();
  const r = hasTime
    ? spawnSync('/usr/bin/time', ['-f', '%U %S %M', cmd, ...args], { encoding: 'utf8', maxBuffer: 1 << 28 })
    : spawnSync(cmd, args, { encoding: 'utf8', maxBuffer: 1 << 28 });
  const ms = performance.now() - t0;
  const [user, sys, kb] = hasTime ? r.stderr.trim().split('\n').pop().split(' ').map(Number) : [];
  return {
    ms,
    cpu: hasTime ? (user + sys) * 1000 : Number.NaN,
    rss: hasTime ? kb / 1024 : Number.NaN,
    code: r.status,
  };
}

const work = mkdtempSync(join(tmpdir(), 'gongkai-bench-'));
const rows = [];
for (const f of files) {
  const out = join(work, `${basename(f)}.json`);
  const gk = run(process.execPath, [cli, 'check', f, '-f', 'json', '-o', out, '--no-progress']);
  const pt = hasPdftotext
    ? run('pdftotext', ['-layout', f, join(work, 'out.txt')])
    : { ms: Number.NaN, cpu: Number.NaN };
  let pages = Number.NaN;
  try {
    pages = JSON.parse(readFileSync(out, 'utf8')).document?.pages ?? Number.NaN;
  } catch {}
  rows.push({
    file: basename(f),
    pages,
    ms: gk.ms,
    cpu: gk.cpu,
    rss: gk.rss,
    code: gk.code,
    pdftotext: pt.ms,
    pdftotextCpu: pt.cpu,
  });
  const r = rows.at(-1);
  console.log(
    [
      r.file.padEnd(62),
      `${String(r.pages).padStart(4)} p`,
      `${r.ms.toFixed(0).padStart(6)} ms`,
      `${(r.ms / r.pages).toFixed(0).padStart(4)} ms/p`,
      `pdftotext ${r.pdftotext.toFixed(0).padStart(5)} ms`,
      `${(r.ms / r.pdftotext).toFixed(1).padStart(5)}×`,
      `cpu ${r.cpu.toFixed(0).padStart(5)} ms vs ${r.pdftotextCpu.toFixed(0).padStart(4)} ms: ${(r.cpu / r.pdftotextCpu).toFixed(1).padStart(5)}×`,
      `${r.rss.toFixed(0).padStart(4)} MB`,
      `exit ${r.code}`,
    ].join('  '),
  );
}
const sum = (k) => rows.reduce((n, r) => n + (Number.isFinite(r[k]) ? r[k] : 0), 0);
const read = rows.filter((r) => Number.isFinite(r.pages));
const ratios = rows.map((r) => r.ms / r.pdftotext).filter(Number.isFinite);
console.log(
  `overall: ${rows.length} files, ${sum('pages')} pages read; gongkai ${(sum('ms') / 1000).toFixed(1)} s, pdftotext ${(sum('pdftotext') / 1000).toFixed(1)} s, ratio ${(sum('ms') / sum('pdftotext')).toFixed(1)}× (per file: max ${Math.max(...ratios).toFixed(1)}×); ` +
    `CPU ratio ${(sum('cpu') / sum('pdftotextCpu')).toFixed(1)}×; ${(read.reduce((n, r) => n + r.ms, 0) / read.reduce((n, r) => n + r.pages, 0)).toFixed(0)} ms/page; slowest file ${(Math.max(...rows.map((r) => r.ms)) / 1000).toFixed(1)} s; peak RSS max ${Math.max(...rows.map((r) => r.rss)).toFixed(0)} MB`,
);

// One folder, two pool sizes: throughput and byte-identical JSON.
const folder = join(work, 'batch');
spawnSync('mkdir', [folder]);
for (const f of files) symlinkSync(f, join(folder, basename(f)));
const jobs = {};
for (const n of [1, 2]) {
  const out = join(work, `jobs${n}.json`);
  const r = run(process.execPath, [
    cli,
    'check',
    folder,
    '-f',
    'json',
    '-o',
    out,
    '--no-progress',
    '--jobs',
    String(n),
  ]);
  jobs[n] = { ...r, json: readFileSync(out) };
  console.log(
    `batch --jobs ${n}: ${files.length} files in ${(r.ms / 1000).toFixed(1)} s (CPU ${(r.cpu / 1000).toFixed(1)} s), ${((files.length * 60000) / r.ms).toFixed(1)} files/min, peak RSS ${r.rss.toFixed(0)} MB (main process)`,
  );
}
console.log(
  `--jobs 2 throughput: ${(jobs[1].ms / jobs[2].ms).toFixed(2)}× of --jobs 1; JSON byte-identical: ${jobs[1].json.equals(jobs[2].json)}`,
);
