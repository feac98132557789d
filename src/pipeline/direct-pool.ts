/**
 * One document at a time on this process's own thread: what the checking child (./pool-child.ts) runs when it has
 * a single lane — one file, `--jobs 1`, the one-by-one retries after a crash. A worker thread there would only add
 * its own start (a second Node realm, piscina, every module loaded again) to each run: the child process already
 * keeps the document away from the command. The limits a thread had are kept by other means: the heap cap is the
 * child's --max-old-space-size and the time limit the parent's (./isolated-pool.ts ends the child); a rejection
 * nobody awaited is the document's outcome, as on a thread, and the child then ends (`spent`), since the
 * document's work may still be running.
 */
import type { DocumentOutcome } from './check-document.js';
import type { DocumentTask } from './check-thread.js';
import { stopwatch } from './clock.js';
import { deathOutcome, type Limits } from './death.js';
import type { CheckPool } from './pool.js';

export interface DirectPool extends CheckPool {
  /** A document's stray rejection ended its check: this process should not take another. */
  readonly spent: boolean;
}

export function createDirectPool(o: Limits): DirectPool {
  const check = import('./check-thread.js').then((m) => m.default);
  let running: { name: string; millis: () => number; end: (outcome: DocumentOutcome) => void } | undefined;
  let spent = false;
  process.on('unhandledRejection', (reason) => {
    if (!running) return;
    spent = true;
    // As a thread dies of it: an Error as itself, anything else (pdf.js's exception objects) wrapped by Node.
    const e =
      reason instanceof Error
        ? reason
        : new Error(`The promise rejected with the reason "${String(reason)}".`);
    running.end(deathOutcome(running.name, e, o, running.millis()));
  });
  let queue = Promise.resolve();
  const runOne = (task: DocumentTask) =>
    new Promise<DocumentOutcome>((resolve) => {
      running = { name: task.name, millis: stopwatch(), end: resolve };
      check.then((run) => run(task)).then(resolve);
    }).finally(() => {
      running = undefined;
    });
  return {
    threads: 1,
    get spent() {
      return spent;
    },
    run(task) {
      const outcome = queue.then(() => runOne(task));
      queue = outcome.then(() => undefined);
      return outcome;
    },
    async close() {},
  };
}
