/**
 * The worker-thread pool documents are checked on (piscina), shared by `gongkai check` and the server: one
 * document per task, each thread with a memory cap (resourceLimits) and each task with a time limit. A document
 * that exhausts the memory, kills its thread or runs past the limit becomes that document's outcome
 * (`fatal: true`); piscina replaces the thread and the other documents go on.
 */
import { extname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Piscina } from 'piscina';
import type { DocumentOutcome } from './check-document.js';
import type { DocumentTask } from './check-thread.js';
import { stopwatch } from './clock.js';
import { deathOutcome, type Limits, timedOut } from './death.js';

export interface PoolOptions extends Limits {
  threads: number;
}

export interface CheckPool {
  run(task: DocumentTask): Promise<DocumentOutcome>;
  readonly threads: number;
  close(): Promise<void>;
}

/** The thread pool alone, in this process; ./isolated-pool.ts runs it in a child process, which is what to use. */
export function createThreadPool(o: PoolOptions): CheckPool {
  // Under tsx (tests, `npm run gongkai` from source) this file is .ts, and the thread inherits tsx's loader.
  const self = fileURLToPath(import.meta.url);
  const filename = new URL(`./thread-entry${extname(self)}`, import.meta.url).href;
  const pool = new Piscina({
    filename,
    minThreads: o.threads,
    maxThreads: o.threads,
    idleTimeout: 60_000,
    resourceLimits: { maxOldGenerationSizeMb: o.maxMemoryMb },
  });
  // A thread that dies between tasks is replaced; nothing to report.
  pool.on('error', () => {});
  return {
    threads: o.threads,
    async run(task) {
      const millis = stopwatch();
      const signal = AbortSignal.timeout(o.timeoutSeconds * 1000);
      try {
        return (await pool.run(task, { signal })) as DocumentOutcome;
      } catch (e) {
        if (signal.aborted) return timedOut(task.name, o, millis());
        return deathOutcome(task.name, e, o, millis());
      }
    },
    async close() {
      await pool.destroy();
    },
  };
}
