// `gongkai check` as a user runs it — one process per file — against poppler's `pdftotext -layout` on the same files
// in the same run: per file and overall, wall and CPU (user + system) time, ms per page, peak RSS. Then a batch of the
// same files (one folder) at --jobs 1 and --jobs 2, alternated: throughput, the ratio, CPU, peak RSS, and whether the
// JSON is byte-identical. Timings are printed, never asserted. On a machine shared with other work the CPU figures
// are the steadier ones, and the load average is printed with the figures.
// Usage: npm run build && node bench/batch.bench.mjs [dir-with-pdfs …]
//   BENCH_LIMIT=n: the first n files only; BENCH_RUNS=n: n paired runs per file, the median ratio kept (default 1);
//   BENCH_PER_FILE=0: the batch only; BENCH_JOBS=0: no batch; BENCH_JOBS=1,2,3: the pool sizes compared (first is the
//   base); BENCH_BATCH_RUNS=n: n alternated rounds of them, the median kept (default 2).
import { spawnSync } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  statSync,
  symlinkSync,
} from 'node:fs';
import os from 'node:os';
import { basename, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { machine, median, processCosts } from './machine.mjs';

const corpus = fileURLToPath(new URL('../../shared/corpus/', import.meta.url));
// Absolute: the batch folder holds links to these files, and a relative link target would dangle there (the batch then
// "checked" an empty folder in 0.2 s).
const dirs = (
  process.argv.length > 2 ? process.argv.slice(2) : [join(corpus, 'pdf'), join(corpus, 'pdf-more')]
).map((d) => resolve(d));
const cli = fileURLToPath(new URL('../dist/bundle/gongkai.cjs', import.meta.url));
const limit = Number(process.env.BENCH_LIMIT ?? Number.POSITIVE_INFINITY);
const runs = Math.max(1, Number(process.env.BENCH_RUNS ?? 1));
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
const load = () =>
  os
    .loadavg()
    .map((x) => x.toFixed(1))
    .join(' / ');
console.log(`# batch benchmark — ${machine()}`);
console.log(processCosts());
console.log(`load average (1 / 5 / 15 min) at start: ${load()}`);
if (files.length === 0) {
  console.log('skipped: no PDFs (../shared/corpus absent)');
  process.exit(0);
}
if (!hasPdftotext) console.log('pdftotext not installed: no ratios (apt install poppler-utils)');
if (!hasTime) console.log('/usr/bin/time not installed: no CPU time or peak RSS (apt install time)');

/**
 * Wall time and, with GNU time, CPU time (user + system, children included) and peak RSS (of the largest process:
 * the checking child, not the sum) of one command.
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

/** Pages by poppler's pdfinfo (also for a file gongkai refuses), else from gongkai's report. */
function pageCount(file, report) {
  const info = spawnSync('pdfinfo', [file], { encoding: 'utf8' });
  const n = Number(/^Pages:\s+(\d+)/m.exec(info.stdout ?? '')?.[1]);
  if (Number.isFinite(n)) return n;
  try {
    return JSON.parse(readFileSync(report, 'utf8')).document?.pages ?? Number.NaN;
  } catch {
    return Number.NaN;
  }
}

const fixed = (x, d = 0, w = 0) => (Number.isFinite(x) ? x.toFixed(d) : '–').padStart(w);
const work = mkdtempSync(join(os.tmpdir(), 'gongkai-bench-'));
/** Each file as its own `gongkai check` process, against pdftotext on the same file. */
function perFileRuns() {
  const rows = [];
  for (const f of files) {
    const out = join(work, `${basename(f)}.json`);
    const pairs = [];
    for (let i = 0; i < runs; i++) {
      const gk = run(process.execPath, [cli, 'check', f, '-f', 'json', '-o', out, '--no-progress']);
      const pt = hasPdftotext
        ? run('pdftotext', ['-layout', f, join(work, 'out.txt')])
        : { ms: Number.NaN, cpu: Number.NaN };
      pairs.push({ gk, pt });
    }
    const pages = pageCount(f, out);
    const mid = (pick) => median(pairs.map(pick));
    const r = {
      file: basename(f),
      bytes: statSync(f).size,
      pages,
      ms: mid((p) => p.gk.ms),
      cpu: mid((p) => p.gk.cpu),
      rss: Math.max(...pairs.map((p) => p.gk.rss)),
      code: pairs[0].gk.code,
      pdftotext: mid((p) => p.pt.ms),
      pdftotextCpu: mid((p) => p.pt.cpu),
      wallRatio: mid((p) => p.gk.ms / p.pt.ms),
      cpuRatio: mid((p) => p.gk.cpu / p.pt.cpu),
    };
    rows.push(r);
    console.log(
      [
        r.file.padEnd(58),
        `${fixed(r.pages, 0, 3)} p`,
        `wall ${fixed(r.ms, 0, 6)} ms vs ${fixed(r.pdftotext, 0, 4)} ms ${fixed(r.wallRatio, 1, 5)}×`,
        `cpu ${fixed(r.cpu, 0, 5)} ms vs ${fixed(r.pdftotextCpu, 0, 3)} ms ${fixed(r.cpuRatio, 1, 5)}×`,
        `${fixed(r.cpu / r.pages, 0, 3)} cpu-ms/p`,
        `${fixed(r.rss, 0, 4)} MB`,
        `exit ${r.code}`,
      ].join('  '),
    );
  }
  const sum = (k) => rows.reduce((n, r) => n + (Number.isFinite(r[k]) ? r[k] : 0), 0);
  const range = (k) => {
    const xs = rows.map((r) => r[k]).filter(Number.isFinite);
    return xs.length ? `${Math.min(...xs).toFixed(1)}–${Math.max(...xs).toFixed(1)}×` : '–';
  };
  console.log(
    `overall: ${rows.length} files, ${sum('pages')} pages; wall gongkai ${(sum('ms') / 1000).toFixed(1)} s vs pdftotext ${(sum('pdftotext') / 1000).toFixed(1)} s = ${(sum('ms') / sum('pdftotext')).toFixed(1)}× (per file ${range('wallRatio')}); ` +
      `CPU ${(sum('cpu') / 1000).toFixed(1)} s vs ${(sum('pdftotextCpu') / 1000).toFixed(1)} s = ${(sum('cpu') / sum('pdftotextCpu')).toFixed(1)}× (per file ${range('cpuRatio')}); ` +
      `${(sum('cpu') / sum('pages')).toFixed(0)} CPU-ms/page; peak RSS max ${Math.max(...rows.map((r) => r.rss)).toFixed(0)} MB`,
  );
  for (const [what, key] of [
    ['most pages', 'pages'],
    ['largest file', 'bytes'],
  ]) {
    const r = rows.reduce((a, b) => ((b[key] ?? 0) > (a[key] ?? 0) ? b : a));
    console.log(
      `${what}: ${r.file} (${r.pages} pages, ${(r.bytes / 2 ** 20).toFixed(1)} MiB): peak RSS ${fixed(r.rss)} MB`,
    );
  }
  console.log(`load average after the per-file runs: ${load()}`);
}
if (process.env.BENCH_PER_FILE !== '0') perFileRuns();

// One folder, several pool sizes, alternated (1 2 1 2 …) so that a change in the machine's load falls on both.
const sizes = (process.env.BENCH_JOBS ?? '1,2')
  .split(',')
  .map(Number)
  .filter((n) => n > 0);
if (sizes.length > 0) batchRuns(sizes, Math.max(1, Number(process.env.BENCH_BATCH_RUNS ?? 2)));

function batchRuns(sizes, rounds) {
  const folder = join(work, 'batch');
  mkdirSync(folder);
  for (const f of files) symlinkSync(f, join(folder, basename(f)));
  const seen = Object.fromEntries(sizes.map((n) => [n, []]));
  const json = {};
  for (let round = 0; round < rounds; round++) {
    for (const n of sizes) {
      const out = join(work, `jobs${n}.json`);
      const args = [cli, 'check', folder, '-f', 'json', '-o', out, '--no-progress', '--jobs', String(n)];
      const r = run(process.execPath, args);
      json[n] = readFileSync(out);
      // A batch that did not check every file has no throughput to speak of: say so rather than print a figure.
      const docs = JSON.parse(json[n].toString('utf8')).documents ?? [];
      const failed = docs.filter((d) => d.error).length;
      if (docs.length !== files.length) {
        console.log(`batch --jobs ${n}: ${docs.length} reports for ${files.length} files — not measured`);
        return;
      }
      seen[n].push(r);
      console.log(
        `  round ${round + 1} --jobs ${n}: ${(r.ms / 1000).toFixed(1)} s wall, ${(r.cpu / 1000).toFixed(1)} s CPU, peak RSS ${fixed(r.rss)} MB, ${failed} without a report, exit ${r.code}; load ${load()}`,
      );
    }
  }
  const base = sizes[0];
  const mid = (n, k) => median(seen[n].map((r) => r[k]));
  for (const n of sizes) {
    const ms = mid(n, 'ms');
    const rss = Math.max(...seen[n].map((r) => r.rss));
    console.log(
      `batch --jobs ${n}: ${files.length} files in ${(ms / 1000).toFixed(1)} s wall (median of ${seen[n].length}), ${(mid(n, 'cpu') / 1000).toFixed(1)} s CPU; ${((files.length * 60000) / ms).toFixed(1)} files/min; peak RSS ${fixed(rss)} MB (largest process)`,
    );
  }
  for (const n of sizes.slice(1)) {
    const pairs = seen[n].map((r, i) => seen[base][i].ms / r.ms);
    console.log(
      `--jobs ${n} throughput: ${(mid(base, 'ms') / mid(n, 'ms')).toFixed(2)}× of --jobs ${base} (medians; per round ${pairs.map((x) => x.toFixed(2)).join(', ')}); CPU ${(mid(n, 'cpu') / mid(base, 'cpu')).toFixed(2)}× of --jobs ${base}; JSON byte-identical to --jobs ${base}: ${json[n].equals(json[base])}`,
    );
  }
}
