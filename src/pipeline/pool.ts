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

export interface PoolOptions {
  threads: number;
  /** Per document, in seconds. */
  timeoutSeconds: number;
  /** Heap cap of each thread (V8 old generation), in MB. */
  maxMemoryMb: number;
}

export interface CheckPool {
  run(task: DocumentTask): Promise<DocumentOutcome>;
  readonly threads: number;
  close(): Promise<void>;
}

function died(name: string, code: string, why: string, millis: number): DocumentOutcome {
  return { ok: false, fatal: true, name, code, message: `${name}：读取失败：${why}`, millis };
}

/** The thread pool alone, in this process; ./isolated-pool.ts runs it in a child process, which is what to use. */
export function createThreadPool(o: PoolOptions): CheckPool {
  // Under tsx (tests, `npm run gongkai` from source) this file is .ts, and the thread inherits tsx's loader.
  const self = fileURLToPath(import.meta.url);
  const filename = new URL(`./check-thread${extname(self)}`, import.meta.url).href;
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
      const t0 = performance.now();
      const millis = () => Math.round(performance.now() - t0);
      const signal = AbortSignal.timeout(o.timeoutSeconds * 1000);
      try {
        return (await pool.run(task, { signal })) as DocumentOutcome;
      } catch (e) {
        if (signal.aborted) {
          return died(
            task.name,
            'timeout',
            `检查超时（超过 ${o.timeoutSeconds} 秒，可用 --timeout 调整）`,
            millis(),
          );
        }
        const code = (e as NodeJS.ErrnoException).code;
        if (code === 'ERR_WORKER_OUT_OF_MEMORY') {
          return died(
            task.name,
            'out-of-memory',
            `内存用量超过上限 ${o.maxMemoryMb} MB（可用 --max-memory 调整）`,
            millis(),
          );
        }
        return died(task.name, 'crashed', `读取时处理线程异常退出（${(e as Error).message}）`, millis());
      }
    },
    async close() {
      await pool.destroy();
    },
  };
}
