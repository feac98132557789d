// `gongkai check` as a user runs it — one process per file — against poppler's `pdftotext -layout` on the same files
// in the same run, per file and overall (issue 15: at most 15×, 10× the goal), wall and CPU (user + system, the
// checking child included). Paired runs: for each file gongkai and pdftotext alternately (which goes first
// alternates too), BENCH_RUNS rounds (default 3), the medians kept; on a machine shared with other work the CPU ratio
// is the steadier figure, and the load average is printed with the figures. Scanned PDFs (no text layer: pdftotext
// finds almost nothing) are listed and left out; bench/ocr.bench.mjs times OCR. Then the seed text in process.
// Usage: npm run build && node bench/check.bench.mjs [file-or-dir …]   (default: ../shared/corpus/pdf-more and pdf)
//   BENCH_RUNS=n rounds per file; BENCH_LIMIT=n the first n files; BENCH_MATCH=re files whose name matches.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseWordText } from '../dist/ingest/index.js';
import { checkRaw } from '../dist/pipeline/check.js';
import { machine, median, processCosts, timeRuns } from './machine.mjs';

const corpus = fileURLToPath(new URL('../../shared/corpus/', import.meta.url));
const cli = fileURLToPath(new URL('../dist/bundle/gongkai.cjs', import.meta.url));
const runs = Math.max(1, Number(process.env.BENCH_RUNS ?? 3));
const limit = Number(process.env.BENCH_LIMIT ?? Number.POSITIVE_INFINITY);
const match = process.env.BENCH_MATCH ? new RegExp(process.env.BENCH_MATCH) : undefined;
const hasTime = spawnSync('/usr/bin/time', ['-f', '%M', 'true']).status === 0;
const hasPoppler = spawnSync('pdftotext', ['-v']).status === 0;
const load = () =>
  os
    .loadavg()
    .map((x) => x.toFixed(1))
    .join(' / ');

console.log(`# check benchmark — ${machine()}`);
console.log(processCosts());
const args = process.argv.slice(2);
const roots = args.length > 0 ? args : [join(corpus, 'pdf-more'), join(corpus, 'pdf')];
const files = roots
  .filter((p) => existsSync(p))
  .flatMap((p) =>
    statSync(p).isDirectory()
      ? readdirSync(p)
          .filter((f) => f.endsWith('.pdf'))
          .sort()
          .map((f) => join(p, f))
      : [p],
  )
  .filter((f) => !match || match.test(basename(f)))
  .slice(0, limit);

/**
 * One command's wall and CPU time (user + system, waited-for children included: the checking child), to the
 * millisecond (bash's `time`; GNU time prints hundredths, coarser than pdftotext's CPU on a small file), and its
 * peak RSS (GNU time: of the largest process).
 */
function run(cmd, argv, work) {
  const rssFile = join(work, 'rss');
  const inner = hasTime ? '/usr/bin/time -f %M -o "$0" "$@"' : '"$@"';
  const r = spawnSync(
    'bash',
    [
      '-c',
      `TIMEFORMAT="%3R %3U %3S"; { time ${inner} >/dev/null 2>&1; } 2>&1; echo "exit $?"`,
      rssFile,
      cmd,
      ...argv,
    ],
    { encoding: 'utf8' },
  );
  const [times, exit] = r.stdout.trim().split('\n').slice(-2);
  const [wall, user, sys] = times.split(' ').map(Number);
  const rss = hasTime ? Number(readFileSync(rssFile, 'utf8').trim().split('\n').pop()) / 1024 : Number.NaN;
  return { ms: wall * 1000, cpu: (user + sys) * 1000, rss, code: Number(exit.split(' ')[1]) };
}

/** Pages (pdfinfo) and whether the file has a text layer (pdftotext finds at least 50 characters a page). */
function inspect(file, work) {
  const info = spawnSync('pdfinfo', [file], { encoding: 'utf8' });
  const pages = Number(/^Pages:\s+(\d+)/m.exec(info.stdout ?? '')?.[1]);
  const txt = join(work, 'probe.txt');
  spawnSync('pdftotext', [file, txt]);
  const chars = existsSync(txt) ? readFileSync(txt, 'utf8').replace(/\s+/g, '').length : 0;
  return { pages, text: chars >= 50 * (pages || 1) };
}

const fixed = (x, d = 0, w = 0) => (Number.isFinite(x) ? x.toFixed(d) : '–').padStart(w);

async function perFile() {
  if (files.length === 0) return console.log('per-file: skipped (no PDFs: ../shared/corpus absent)');
  if (!hasPoppler)
    return console.log('per-file: skipped (pdftotext not installed: apt install poppler-utils)');
  if (!hasTime) console.log('/usr/bin/time not installed: no peak RSS (apt install time)');
  console.log(`per file, ${runs} paired rounds each (medians); load average at start ${load()}`);
  const work = mkdtempSync(join(os.tmpdir(), 'gongkai-bench-'));
  const out = join(work, 'report.json');
  const rows = [];
  // The first check of a build writes the code cache (~/.cache/gongkai): done once here, not timed.
  run(process.execPath, [cli, 'check', files[0], '-f', 'json', '-o', out, '--no-progress'], work);
  for (const f of files) {
    const { pages, text } = inspect(f, work);
    if (!text) {
      console.log(`${basename(f).padEnd(40)} ${fixed(pages, 0, 3)} p  scanned (no text layer): left out`);
      continue;
    }
    const gk = [];
    const pt = [];
    for (let i = 0; i < runs; i++) {
      const g = () =>
        gk.push(run(process.execPath, [cli, 'check', f, '-f', 'json', '-o', out, '--no-progress'], work));
      const p = () => pt.push(run('pdftotext', ['-layout', f, join(work, 'out.txt')], work));
      for (const step of i % 2 === 0 ? [g, p] : [p, g]) step();
    }
    const mid = (xs, k) => median(xs.map((x) => x[k]));
    const r = {
      file: basename(f),
      pages,
      ms: mid(gk, 'ms'),
      cpu: mid(gk, 'cpu'),
      rss: Math.max(...gk.map((x) => x.rss)),
      code: gk[0].code,
      ptMs: mid(pt, 'ms'),
      ptCpu: mid(pt, 'cpu'),
    };
    r.wall = r.ms / r.ptMs;
    r.cpuRatio = r.cpu / r.ptCpu;
    rows.push(r);
    console.log(
      [
        r.file.padEnd(40),
        `${fixed(r.pages, 0, 3)} p`,
        `wall ${fixed(r.ms, 0, 5)} vs ${fixed(r.ptMs, 0, 4)} ms ${fixed(r.wall, 1, 5)}×`,
        `cpu ${fixed(r.cpu, 0, 5)} vs ${fixed(r.ptCpu, 0, 4)} ms ${fixed(r.cpuRatio, 1, 5)}×`,
        `${fixed(r.rss, 0, 4)} MB`,
        `exit ${r.code}`,
      ].join('  '),
    );
  }
  rmSync(work, { recursive: true, force: true });
  if (rows.length === 0) return;
  const sum = (k) => rows.reduce((n, r) => n + (Number.isFinite(r[k]) ? r[k] : 0), 0);
  const range = (k) => {
    const xs = rows.map((r) => r[k]).filter(Number.isFinite);
    return `${Math.min(...xs).toFixed(1)}–${Math.max(...xs).toFixed(1)}×`;
  };
  const over = (k, x) => rows.filter((r) => r[k] > x).length;
  console.log(
    `overall: ${rows.length} text PDFs, ${sum('pages')} pages; ` +
      `wall ${(sum('ms') / 1000).toFixed(1)} s vs pdftotext ${(sum('ptMs') / 1000).toFixed(2)} s = ${(sum('ms') / sum('ptMs')).toFixed(1)}× (per file ${range('wall')}; over 15×: ${over('wall', 15)}, over 10×: ${over('wall', 10)}); ` +
      `CPU ${(sum('cpu') / 1000).toFixed(1)} s vs ${(sum('ptCpu') / 1000).toFixed(2)} s = ${(sum('cpu') / sum('ptCpu')).toFixed(1)}× (per file ${range('cpuRatio')}); ` +
      `peak RSS max ${Math.max(...rows.map((r) => r.rss)).toFixed(0)} MB; load average at the end ${load()}`,
  );
}

/** The seed text checked in process (read → recognize → rules → report), warm: gongkai's own work without pdf.js. */
async function inProcess() {
  const seed = join(corpus, 'seed/000_8c5c6d2715ecedd6.txt');
  const file = existsSync(seed)
    ? seed
    : fileURLToPath(new URL('../examples/example-disclosure.txt', import.meta.url));
  const text = readFileSync(file, 'utf8');
  for (let i = 0; i < 5; i++) checkRaw(parseWordText(text, file), file); // warm-up: JIT
  const t = await timeRuns(() => checkRaw(parseWordText(text, file), file), 50);
  const r = checkRaw(parseWordText(text, file), file).report;
  console.log(
    `${file.includes('shared/corpus') ? 'seed' : 'example'} text in process: median ${t.median.toFixed(1)} ms (min ${t.min.toFixed(1)}, max ${t.max.toFixed(1)}) over 50 runs; ` +
      `${r.tables.length} tables, ${r.summary.identities.evaluated} identities, ${r.findings.length} findings`,
  );
}

await perFile();
await inProcess();
