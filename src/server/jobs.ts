/**
 * Taking check jobs off the queue: load the file's bytes from the database, check them on the thread pool, store
 * the run. Used by `gongkai serve` (embedded database: in its own process) and by `gongkai worker` (PostgreSQL).
 * Idempotent: a job whose run is already stored completes at once, and saving is keyed by document + version.
 */
import type { PgBoss } from 'pg-boss';
import type { CheckPool } from './check-pool.js';
import type { Db } from './db.js';
import { CHECK_QUEUE, type CheckJob, FAILED_QUEUE } from './queue.js';
import { markFailed, noteAttemptError, saveRun, startCheck } from './store.js';

export interface WorkOptions {
  db: Db;
  boss: PgBoss;
  pool: CheckPool;
  version: string;
  maxPages: number;
  log?: (line: string) => void;
}

async function checkOne(o: WorkOptions, job: CheckJob): Promise<void> {
  const doc = await startCheck(o.db, job.documentId, o.version);
  if (!doc) return;
  const startedAt = new Date();
  try {
    const result = await o.pool.run({
      bytes: new Uint8Array(doc.bytes),
      name: doc.name,
      maxPages: o.maxPages,
      isPdf: doc.format === 'pdf',
    });
    const stored = await saveRun(o.db, doc.id, o.version, startedAt, result);
    o.log?.(`${stored ? '已检查' : '已有结果'} #${doc.id} ${doc.name}（${result.millis} ms）`);
  } catch (e) {
    await noteAttemptError(o.db, doc.id, (e as Error).message);
    throw e;
  }
}

/**
 * Embedded database only: this process is the one that takes jobs, so a job still active when it starts was held
 * by a process that died (kill -9, power cut). Fail those attempts now, and the queue retries them within a
 * second instead of after their heartbeat lapses. A job this misses (another version's) still comes back then.
 */
export async function reclaimOrphans(db: Db, boss: PgBoss, version: string): Promise<number> {
  const running = await db.query<{ sha256: string }>("SELECT sha256 FROM document WHERE status = 'running'");
  const ids: string[] = [];
  for (const { sha256 } of running) {
    const jobs = await boss.findJobs(CHECK_QUEUE, { key: `${sha256}@${version}` });
    ids.push(...jobs.filter((j) => j.state === 'active').map((j) => j.id));
  }
  if (ids.length > 0) await boss.fail(CHECK_QUEUE, ids, { reason: '处理进程中断，重新检查' });
  return ids.length;
}

/** Register the handlers; returns a function that stops taking jobs. */
export async function startWorking(o: WorkOptions): Promise<() => Promise<void>> {
  // Between two jobs pg-boss waits out the polling interval (0.5 s) unless it bursts: a small document checks in
  // ~0.1 s, so without bursting a thread spent most of a batch waiting. It bursts while fetches come back full and
  // the queue's cached backlog (queue.ts refreshes it every 2 s) is above 1.
  const options = { pollingIntervalSeconds: 0.5, heartbeatRefreshSeconds: 2, burstWhenReadyExceeds: 1 };
  // One job at a time per pool thread (localConcurrency), so a killed process holds few jobs.
  await o.boss.work<CheckJob>(
    CHECK_QUEUE,
    { ...options, localConcurrency: o.pool.threads },
    async ([job]) => {
      await checkOne(o, job.data);
    },
  );
  await o.boss.work<CheckJob>(FAILED_QUEUE, { pollingIntervalSeconds: 1 }, async ([job]) => {
    await markFailed(o.db, job.data.documentId, '检查连续失败 3 次（处理进程中断或出错）');
    o.log?.(`检查失败 #${job.data.documentId}`);
  });
  return async () => {
    await o.boss.offWork(CHECK_QUEUE);
    await o.boss.offWork(FAILED_QUEUE);
  };
}
