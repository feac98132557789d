/**
 * Runs on a worker thread of the check pool (./pool.ts): one document, from its bytes, through checkDocument.
 * A bug comes back as an outcome (with its stack for --debug) rather than a rejection, so that whatever rejects
 * a task is the thread's own death — out of memory, a hard crash, a timeout — and the pool can say so.
 */
import type { ReadLimits } from '../ingest/limits.js';
import { checkDocument, type DocumentOutcome, extractDocument } from './check-document.js';
import { stopwatch } from './clock.js';

export interface DocumentTask {
  name: string;
  bytes: Uint8Array;
  limits?: Partial<ReadLimits>;
  /** For `gongkai extract`: what was read, not only the report (./check-document.ts extractDocument). */
  extract?: boolean;
}

export default async function check(task: DocumentTask): Promise<DocumentOutcome> {
  const millis = stopwatch();
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
      millis: millis(),
    };
  }
}

/**
 * The kind of work a document's check ran, for the code cache (./code-cache.ts): its reader, when the check went
 * through (a document refused early runs little of it). Told from the first bytes, as cheaply as possible.
 */
export function codeKind(task: DocumentTask, outcome: DocumentOutcome): string | undefined {
  if (!outcome.ok) return undefined;
  const head = Buffer.from(task.bytes.buffer, task.bytes.byteOffset, Math.min(task.bytes.length, 1024));
  const text = head.toString('latin1');
  return text.includes('%PDF') ? 'pdf' : text.startsWith('PK') ? 'zip' : 'text';
}
