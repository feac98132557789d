/**
 * The server's checks run on the shared document pool (pipeline/isolated-pool.ts), so a 30-page PDF never blocks the HTTP
 * server or the queue's heartbeats. A thread's death (time limit, memory, crash) is thrown: it counts as a failed
 * attempt and the queue retries; a document that cannot be read is a result, stored like a report.
 */
import { createCheckPool as createDocumentPool, POOL_DEFAULTS } from '../pipeline/isolated-pool.js';

export interface CheckTask {
  bytes: Uint8Array;
  name: string;
  maxPages: number;
  isPdf: boolean;
}

export type CheckResult =
  | { ok: true; report: string; millis: number }
  | { ok: false; code: string; message: string; millis: number };

export interface CheckPool {
  run(task: CheckTask): Promise<CheckResult>;
  readonly threads: number;
  close(): Promise<void>;
}

export function createCheckPool(threads: number, timeoutSeconds: number): CheckPool {
  const pool = createDocumentPool({ threads, timeoutSeconds, maxMemoryMb: POOL_DEFAULTS.maxMemoryMb });
  return {
    threads,
    async run(task) {
      const outcome = await pool.run({
        name: task.name,
        bytes: task.bytes,
        limits: { maxPages: task.maxPages },
      });
      if (outcome.ok) return { ok: true, report: outcome.report, millis: outcome.millis };
      if (outcome.fatal || outcome.code === 'internal') throw new Error(outcome.message);
      return { ok: false, code: outcome.code, message: outcome.message, millis: outcome.millis };
    },
    close: () => pool.close(),
  };
}
