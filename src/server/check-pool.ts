/**
 * The worker-thread pool the checks run on (piscina), so a 30-page PDF never blocks the HTTP server or the
 * queue's heartbeats. A check that takes longer than the limit is aborted and counts as a failed attempt.
 */
import { extname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Piscina } from 'piscina';
import type { CheckResult, CheckTask } from './check-thread.js';

export interface CheckPool {
  run(task: CheckTask): Promise<CheckResult>;
  readonly threads: number;
  close(): Promise<void>;
}

export function createCheckPool(threads: number, timeoutSeconds: number): CheckPool {
  // Under tsx (tests, `npm run gongkai` from source) this file is .ts, and the thread inherits tsx's loader.
  const self = fileURLToPath(import.meta.url);
  const filename = new URL(`./check-thread${extname(self)}`, import.meta.url).href;
  const pool = new Piscina({
    filename,
    minThreads: threads,
    maxThreads: threads,
    idleTimeout: 60_000,
    // A runaway document takes its thread down with it, not the process.
    resourceLimits: { maxOldGenerationSizeMb: 3072 },
  });
  return {
    threads,
    async run(task) {
      const signal = AbortSignal.timeout(timeoutSeconds * 1000);
      try {
        return (await pool.run(task, { signal })) as CheckResult;
      } catch (e) {
        if (signal.aborted) throw new Error(`检查超时（超过 ${timeoutSeconds} 秒）`);
        throw e;
      }
    },
    async close() {
      await pool.destroy();
    },
  };
}
