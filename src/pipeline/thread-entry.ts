/**
 * The module each thread of the check pool (./pool.ts) starts from: ./check-thread.ts, taken from the bundle with
 * its code cache when there is one (./code-cache.ts), else as modules.
 */
import type { DocumentOutcome } from './check-document.js';
import type { DocumentTask } from './check-thread.js';
import { loadBundle } from './code-cache.js';

type Reader = typeof import('./reader-entry.js');

const bundle = loadBundle<Reader>('reader');
const { check, codeKind } = bundle?.exports ?? {
  ...(await import('./check-thread.js')),
  check: (await import('./check-thread.js')).default,
};

export default async function run(task: DocumentTask): Promise<DocumentOutcome> {
  const outcome = await check(task);
  bundle?.saveCache(codeKind(task, outcome));
  return outcome;
}
