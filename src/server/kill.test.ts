/**
 * kill -9 in the middle of a batch loses nothing and checks nothing twice. Embedded database: `gongkai serve`
 * checks in its own process; it is killed while checking, started again on the same data folder, and finishes
 * the batch. PostgreSQL (when reachable; a database of its own): two `gongkai worker` processes share the batch,
 * one is killed, its job comes back to the other after the heartbeat lapses. Afterwards every document is done
 * with exactly one run, and each run holds each of its findings once.
 */
import type { ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { type Running, startServe, startWorker } from '../../test/kits/server.js';
import { openPglite, type Sql } from './db.js';

const TOKEN = 'kill-test-token';
const auth = { Authorization: `Bearer ${TOKEN}` };
const N = 50;
const example = readFileSync(
  fileURLToPath(new URL('../../examples/example-disclosure.txt', import.meta.url)),
  'utf8',
);

/** N different files (different bytes, so N documents), each the example with a line of its own at the end. */
function batch(): FormData {
  const f = new FormData();
  for (let i = 1; i <= N; i++)
    f.append('file', new Blob([`${example}\n（测试副本 ${i}）\n`]), `副本-${String(i).padStart(2, '0')}.txt`);
  return f;
}

interface Row {
  id: number;
  status: string;
  errors: number | null;
  attempts: number;
}

async function list(url: string): Promise<Row[]> {
  const res = await fetch(`${url}/api/documents?limit=1000`, { headers: auth });
  return ((await res.json()) as { documents: Row[] }).documents;
}

async function until(url: string, enough: (rows: Row[]) => boolean, seconds: number): Promise<Row[]> {
  const end = Date.now() + seconds * 1000;
  for (;;) {
    const rows = await list(url);
    if (enough(rows)) return rows;
    if (Date.now() > end)
      throw new Error(`timed out: ${JSON.stringify(rows.map((r) => [r.id, r.status, r.attempts]))}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

const done = (rows: Row[]) => rows.filter((r) => r.status === 'done').length;

function kill9(proc: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (proc.exitCode !== null || proc.signalCode !== null) return resolve();
    proc.once('exit', () => resolve());
    proc.kill('SIGKILL');
  });
}

/** Every document done exactly once: one run each, and each run's findings stored once. */
async function assertOnce(db: Sql): Promise<void> {
  const runs = await db.query<{ document_id: number; runs: number }>(
    'SELECT document_id, count(*)::int AS runs FROM run GROUP BY 1',
  );
  expect(runs).toHaveLength(N);
  expect(runs.every((r) => r.runs === 1)).toBe(true);
  const mismatched = await db.query(
    `SELECT r.id FROM run r LEFT JOIN (SELECT run_id, count(*)::int AS n FROM finding GROUP BY 1) f ON f.run_id = r.id
     WHERE COALESCE(f.n, 0) <> r.errors + r.warnings + r.infos`,
  );
  expect(mismatched).toEqual([]);
  const docs = await db.query<{ status: string; runs: number }>(
    "SELECT d.status, (SELECT count(*)::int FROM run WHERE document_id = d.id) AS runs FROM document d WHERE d.run_id IS NULL OR d.status <> 'done'",
  );
  expect(docs).toEqual([]);
}

async function upload(url: string): Promise<void> {
  const res = await fetch(`${url}/api/documents`, { method: 'POST', headers: auth, body: batch() });
  expect(res.status).toBe(201);
  const body = (await res.json()) as { documents: unknown[] };
  expect(body.documents).toHaveLength(N);
}

/** A database of this test's own on the test PostgreSQL server, so it never meets server.test.ts's tables. */
async function ownDatabase(url: string | undefined): Promise<string | undefined> {
  if (!url) return undefined;
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 2000 });
  try {
    await client.connect();
    await client.query('DROP DATABASE IF EXISTS gongkai_kill_test WITH (FORCE)');
    await client.query('CREATE DATABASE gongkai_kill_test');
    const own = new URL(url);
    own.pathname = '/gongkai_kill_test';
    return own.href;
  } catch (e) {
    console.warn(
      `kill test: PostgreSQL not usable (${(e as Error).message}) — only the embedded database is tested`,
    );
    return undefined;
  } finally {
    await client.end().catch(() => {});
  }
}

const pgUrl = await ownDatabase(process.env.GONGKAI_TEST_DATABASE_URL ?? process.env.DATABASE_URL);

// The two cases share nothing (a data folder, a database of their own): run them side by side.
describe.concurrent('kill -9 mid-batch', () => {
  it('embedded: the killed server, started again on its data folder, finishes the batch once', async () => {
    const first = await startServe(['--workers', '1'], { GONGKAI_TOKEN: TOKEN });
    let second: Running | undefined;
    try {
      await upload(first.url);
      // Killed while it checks a document (one is 'running'), not between two.
      const before = await until(
        first.url,
        (rows) => done(rows) >= 5 && rows.some((r) => r.status === 'running'),
        60,
      );
      await kill9(first.proc);
      expect(done(before)).toBeLessThan(N);
      second = await startServe(['--workers', '1'], { GONGKAI_TOKEN: TOKEN }, first.data);
      const after = await until(second.url, (rows) => done(rows) === N, 60);
      // The document it was checking when killed was checked again, and stored once (assertOnce below).
      const interrupted = before.filter((r) => r.status === 'running').map((r) => r.id);
      expect(after.filter((r) => interrupted.includes(r.id)).every((r) => r.attempts >= 2)).toBe(true);
      expect(after.every((r) => r.errors === after[0].errors)).toBe(true);
      console.log(
        `kill test (embedded): killed after ${done(before)}/${N}; ${after.filter((r) => r.attempts > 1).length} checked again`,
      );
    } finally {
      await kill9(first.proc);
      await second?.stop();
    }
    const db = await openPglite(join(first.data, 'db'));
    try {
      await assertOnce(db);
    } finally {
      await db.close();
    }
  }, 120_000);

  it.runIf(pgUrl)(
    "PostgreSQL: a killed worker's job goes to the other worker, each document once",
    async () => {
      const url = pgUrl ?? '';
      const server = await startServe(['--database', url, '--workers', '0'], { GONGKAI_TOKEN: TOKEN });
      const workers: Running[] = [];
      const db = new pg.Pool({ connectionString: url, max: 1 });
      try {
        workers.push(
          ...(await Promise.all([
            startWorker(url, ['--threads', '1']),
            startWorker(url, ['--threads', '1']),
          ])),
        );
        await upload(server.url);
        // Both workers busy (one thread each), so the one killed is surely mid-job.
        const before = await until(
          server.url,
          (rows) => done(rows) >= 10 && rows.filter((r) => r.status === 'running').length === 2,
          60,
        );
        await kill9(workers[0].proc);
        expect(done(before)).toBeLessThan(N);
        // Restarted, as a supervisor would; its job still comes back only once its heartbeat lapses (10 s).
        workers.push(await startWorker(url, ['--threads', '1']));
        const after = await until(server.url, (rows) => done(rows) === N, 60);
        console.log(
          `kill test (PostgreSQL): worker killed after ${done(before)}/${N}; ${after.filter((r) => r.attempts > 1).length} checked again`,
        );
        await assertOnce({ query: async (text, params) => (await db.query(text, params)).rows as never[] });
      } finally {
        await db.end();
        for (const w of workers) await kill9(w.proc);
        await server.stop();
      }
    },
    120_000,
  );
});
