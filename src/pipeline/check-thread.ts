/**
 * Runs on a worker thread of the check pool (./pool.ts): one document, from its bytes, through checkDocument.
 * A bug comes back as an outcome (with its stack for --debug) rather than a rejection, so that whatever rejects
 * a task is the thread's own death — out of memory, a hard crash, a timeout — and the pool can say so.
 */
import type { ReadLimits } from '../ingest/limits.js';
import { checkDocument, type DocumentOutcome, extractDocument } from './check-document.js';

export interface DocumentTask {
  name: string;
  bytes: Uint8Array;
  limits?: Partial<ReadLimits>;
  /** For `gongkai extract`: what was read, not only the report (./check-document.ts extractDocument). */
  extract?: boolean;
}

export default async function check(task: DocumentTask): Promise<DocumentOutcome> {
  const t0 = performance.now();
  try {
    const run = task.extract ? extractDocument : checkDocument;
    return await run(task.name, task.bytes, task.limits);
  } catch (e) {
    const error = e instanceof Error ? e : new Error(String(e));
    return {
      ok: false,
      name: task.name,
      code: 'internal',
      message: error.message,
      stack: error.stack,
      millis: Math.round(performance.now() - t0),
    };
  }
}
