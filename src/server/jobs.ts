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

/** Register the handlers; returns a function that stops taking jobs. */
export async function startWorking(o: WorkOptions): Promise<() => Promise<void>> {
  const options = { pollingIntervalSeconds: 0.5, heartbeatRefreshSeconds: 2 };
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
