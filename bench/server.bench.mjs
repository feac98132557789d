// The server's throughput: documents per minute through upload → queue → check → stored run, with 1 and 2
// `gongkai worker` processes (one check thread each) on PostgreSQL, and the embedded database with 1 and 2
// threads for comparison. Each configuration gets a fresh database. Two sets: 40 copies of the bundled example
// (small text files: the per-job overhead) and the corpus PDFs (real work), when ../shared/corpus is there.
// PostgreSQL from GONGKAI_BENCH_DATABASE_URL, GONGKAI_TEST_DATABASE_URL or DATABASE_URL; skipped without one.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { machine } from './machine.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const cli = join(root, 'dist/bundle/gongkai.cjs');
const TOKEN = 'bench-token';
const auth = { Authorization: `Bearer ${TOKEN}` };

function start(args, ready) {
  const proc = spawn(process.execPath, [cli, ...args], {
    cwd: root,
    env: { ...process.env, DATABASE_URL: '', GONGKAI_TOKEN: TOKEN },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  proc.stdout.on('data', (b) => {
    out += b;
  });
  proc.stderr.on('data', (b) => {
    out += b;
  });
  return new Promise((resolve, reject) => {
    const timer = setInterval(() => {
      const m = ready.exec(out);
      if (m) {
        clearInterval(timer);
        resolve({ proc, url: m[1] });
      }
    }, 50);
    proc.on('exit', (code) => {
      clearInterval(timer);
      reject(new Error(`${args[0]} exited (${code}): ${out}`));
    });
  });
}

const stop = (p) =>
  new Promise((resolve) => {
    if (p.proc.exitCode !== null) return resolve();
    p.proc.once('exit', resolve);
    p.proc.kill('SIGTERM');
  });

async function freshDatabase(url) {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 2000 });
  await client.connect();
  try {
    await client.query('DROP DATABASE IF EXISTS gongkai_bench WITH (FORCE)');
    await client.query('CREATE DATABASE gongkai_bench');
  } finally {
    await client.end();
  }
  const own = new URL(url);
  own.pathname = '/gongkai_bench';
  return own.href;
}

/** Upload the set in one request, then poll until every document is done or failed. */
async function run(url, files) {
  const form = new FormData();
  for (const f of files) form.append('file', new Blob([f.bytes]), f.name);
  const t0 = performance.now();
  const res = await fetch(`${url}/api/documents`, { method: 'POST', headers: auth, body: form });
  if (res.status !== 201) throw new Error(`upload: ${res.status} ${await res.text()}`);
  const { batch, documents } = await res.json();
  for (;;) {
    const list = await (
      await fetch(`${url}/api/documents?batch=${batch}&limit=1000`, { headers: auth })
    ).json();
    const open = list.documents.filter((d) => d.status === 'queued' || d.status === 'running').length;
    if (open === 0 && list.documents.length === documents.length) {
      const ms = performance.now() - t0;
      const failed = list.documents.filter((d) => d.status === 'failed').length;
      return { ms, n: documents.length, failed };
    }
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** CPU seconds (user + system, all threads) a live process has used, from /proc (Linux); 0 elsewhere. */
function cpuSeconds(pid) {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
    return (Number(fields[11]) + Number(fields[12])) / 100;
  } catch {
    return 0;
  }
}

const REPEAT = Number(process.env.GONGKAI_BENCH_REPEAT ?? 3);

/**
 * One configuration, REPEAT times on a fresh database: the best and the median docs/min (the machine is shared,
 * so the best is the least disturbed), and the CPU seconds per document of the processes that check.
 */
async function configuration(label, files, setup) {
  const rates = [];
  const cpus = [];
  let failed = 0;
  for (let i = 0; i < REPEAT; i++) {
    const procs = await setup();
    try {
      const checkers = procs.length > 1 ? procs.slice(1) : procs;
      const cpu0 = checkers.map((p) => cpuSeconds(p.proc.pid));
      const r = await run(procs[0].url, files);
      const cpu = checkers.reduce((n, p, j) => n + cpuSeconds(p.proc.pid) - cpu0[j], 0);
      rates.push((r.n / r.ms) * 60_000);
      cpus.push(cpu / r.n);
      failed = r.failed;
    } finally {
      for (const p of procs.reverse()) await stop(p);
    }
  }
  rates.sort((a, b) => a - b);
  cpus.sort((a, b) => a - b);
  const mid = (xs) => xs[Math.floor(xs.length / 2)];
  console.log(
    `  ${label}: best ${rates.at(-1).toFixed(0)} docs/min, median ${mid(rates).toFixed(0)} over ${REPEAT} runs; ` +
      `${mid(cpus).toFixed(2)} CPU s/document in the checking process${failed ? ` (${failed} failed)` : ''}`,
  );
  return rates.at(-1);
}

const SERVE = /已启动：(http:\S+?)\/\n/;
const WORKER = /检查进程已启动/;

async function postgresWorkers(base, n) {
  const url = await freshDatabase(base);
  const server = await start(['serve', '--database', url, '--port', '0', '--workers', '0'], SERVE);
  const workers = await Promise.all(
    Array.from({ length: n }, () => start(['worker', '--database', url, '--threads', '1'], WORKER)),
  );
  return [server, ...workers];
}

async function embedded(threads) {
  const data = mkdtempSync(join(os.tmpdir(), 'gongkai-bench-'));
  const server = await start(['serve', '--data', data, '--port', '0', '--workers', String(threads)], SERVE);
  server.proc.once('exit', () => rmSync(data, { recursive: true, force: true }));
  return [server];
}

const example = readFileSync(join(root, 'examples/example-disclosure.txt'), 'utf8');
const small = Array.from({ length: 40 }, (_, i) => ({
  name: `example-${i + 1}.txt`,
  bytes: `${example}\n（副本 ${i + 1}）\n`,
}));
const pdfDir = join(root, '../shared/corpus/pdf');
const pdfs = existsSync(pdfDir)
  ? readdirSync(pdfDir)
      .filter((n) => n.endsWith('.pdf'))
      .sort()
      .map((name) => ({ name, bytes: readFileSync(join(pdfDir, name)) }))
  : [];

console.log(`# server throughput benchmark — ${machine()}`);
const load = () =>
  os
    .loadavg()
    .map((x) => x.toFixed(1))
    .join(' ');
console.log(`load average at start: ${load()}`);
const base =
  process.env.GONGKAI_BENCH_DATABASE_URL ?? process.env.GONGKAI_TEST_DATABASE_URL ?? process.env.DATABASE_URL;
let pgOk = false;
if (base) {
  try {
    await freshDatabase(base);
    pgOk = true;
  } catch (e) {
    console.log(`PostgreSQL: skipped (${e.message})`);
  }
} else console.log('PostgreSQL: skipped (set GONGKAI_BENCH_DATABASE_URL or DATABASE_URL)');

const sets = [
  { label: `${small.length} copies of examples/example-disclosure.txt (18 KB text)`, files: small },
];
if (pdfs.length)
  sets.push({
    label: `${pdfs.length} corpus PDFs (${(pdfs.reduce((n, f) => n + f.bytes.length, 0) / 2 ** 20).toFixed(1)} MB)`,
    files: pdfs,
  });
else console.log('corpus PDFs: skipped (../shared/corpus absent)');

for (const set of sets) {
  console.log(`${set.label}:`);
  if (pgOk) {
    const one = await configuration('PostgreSQL, 1 worker', set.files, () => postgresWorkers(base, 1));
    const two = await configuration('PostgreSQL, 2 workers', set.files, () => postgresWorkers(base, 2));
    console.log(`  2 workers / 1 worker (best): ${(two / one).toFixed(2)}×`);
  }
  await configuration('embedded, 1 thread', set.files, () => embedded(1));
  await configuration('embedded, 2 threads', set.files, () => embedded(2));
}
console.log(`load average at end: ${load()}`);
