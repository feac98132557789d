/**
 * The child process of ./isolated-pool.ts (started as ./pool-child.ts): takes documents over IPC and sends their
 * outcomes back, checking them on a thread pool, or on its own thread when it has one lane. It ends when its parent
 * disconnects (or dies).
 *
 * The heap cap (the threads' resourceLimits, or this process's --max-old-space-size) covers V8's heap only; pdf.js keeps decoded streams and images in
 * ArrayBuffers outside it, and a damaged file once grew the process to 3.4 GB that way. So this process watches
 * its own resident size and, past the limit it was given, exits with RSS_EXIT: the parent names the document(s)
 * it held, retrying them one at a time to find the one that did it.
 */
import { codeKind, type DocumentTask } from './check-thread.js';
import type { DirectPool } from './direct-pool.js';
import { type ChildMessage, type ChildOptions, RSS_EXIT } from './isolated-pool.js';
import type { CheckPool } from './pool.js';

/**
 * Serve the parent. `afterEach` runs once each document's outcome is on its way, with the kind of work it ran (the
 * code cache is written then, when the code a check runs has been compiled), before the child may exit.
 */
export function startChild(afterEach: (kind: string | undefined) => void = () => {}): void {
  const options = JSON.parse(process.argv[2]) as ChildOptions;
  // One lane: the documents are checked on this thread (./direct-pool.ts); several: on a thread pool.
  const pool: Promise<CheckPool | DirectPool> =
    options.threads === 1
      ? import('./direct-pool.js').then((m) => m.createDirectPool(options))
      : import('./pool.js').then((m) => m.createThreadPool(options));
  const peakRssMb = () => Math.round(process.resourceUsage().maxRSS / 1024);
  process.on('message', async (m: { id: number; task: DocumentTask }) => {
    const p = await pool;
    const outcome = await p.run(m.task);
    const last = 'spent' in p && p.spent;
    const reply: ChildMessage = { id: m.id, outcome, peakRssMb: peakRssMb(), ...(last ? { last } : {}) };
    process.send?.(reply, () => {
      if (last) process.exit(0);
    });
    // With threads, they check and keep the cache (./thread-entry.ts): this thread has run only the loop.
    if (options.threads === 1) afterEach(codeKind(m.task, outcome));
  });
  process.on('disconnect', () => {
    pool.then((p) => p.close()).finally(() => process.exit(0));
  });
  // Sampled often enough to catch a runaway long before the machine's memory is gone (a few hundred MB/s at most).
  setInterval(() => {
    const mb = process.memoryUsage.rss() / 1024 / 1024;
    if (mb > options.rssLimitMb) process.exit(RSS_EXIT);
  }, 100).unref();
}
