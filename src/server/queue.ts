/**
 * The job queue: pg-boss on the same database (PGlite in the server's process, or PostgreSQL shared by every
 * worker). Settings from DESIGN §8: a killed worker's job has no heartbeat after 10 s and the 1 s supervisor puts
 * it back; three attempts, then the job goes to the dead-letter queue, which marks the document failed.
 */
import { PgBoss } from 'pg-boss';
import type { Db } from './db.js';

export const CHECK_QUEUE = 'gongkai-check';
export const FAILED_QUEUE = 'gongkai-check-failed';

export interface CheckJob {
  documentId: number;
  sha256: string;
  version: string;
}

/** Attempts = 1 + retries. */
export const ATTEMPTS = 3;

export async function startBoss(db: Db): Promise<PgBoss> {
  const boss = new PgBoss({
    ...(await db.bossOptions()),
    superviseIntervalSeconds: 1,
    monitorIntervalSeconds: 1,
    // The backlog the workers' burst mode reads (jobs.ts).
    queueCacheIntervalSeconds: 2,
    maintenanceIntervalSeconds: 60,
    schedule: false,
  });
  boss.on('error', (e) => {
    process.stderr.write(`队列错误：${(e as Error).message}\n`);
  });
  await boss.start();
  await boss.createQueue(FAILED_QUEUE, { retryLimit: 5, deleteAfterSeconds: 7 * 86400 });
  await boss.createQueue(CHECK_QUEUE, {
    retryLimit: ATTEMPTS - 1,
    retryDelay: 1,
    heartbeatSeconds: 10,
    // A hard cap per attempt; the check pool's own timeout is lower.
    expireInSeconds: 1800,
    deadLetter: FAILED_QUEUE,
    deleteAfterSeconds: 7 * 86400,
  });
  return boss;
}

export async function enqueue(boss: PgBoss, jobs: CheckJob[]): Promise<void> {
  for (let i = 0; i < jobs.length; i += 500) {
    await boss.insert(
      CHECK_QUEUE,
      jobs.slice(i, i + 500).map((data) => ({ data, singletonKey: `${data.sha256}@${data.version}` })),
    );
  }
}
