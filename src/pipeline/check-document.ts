/**
 * One document of a batch, from its bytes to an outcome that can cross a thread boundary: the report as JSON
 * text, or the reason it could not be read. A user's unreadable file is an outcome, not an exception; only a bug
 * in gongkai throws. Used by the CLI's batch, the server's worker threads and the benchmarks alike.
 */
import { isIngestError, readDocumentBytes } from '../ingest/index.js';
import type { ReadLimits } from '../ingest/limits.js';
import { serializeReport } from '../report/json.js';
import { checkRaw } from './check.js';
import { injectFault } from './faults.js';

export type DocumentOutcome = (
  | { ok: true; name: string; report: string; millis: number }
  | {
      ok: false;
      name: string;
      /** An IngestError code; 'internal' for a bug; 'timeout', 'out-of-memory', 'crashed' for a thread's death. */
      code: string;
      message: string;
      millis: number;
      /** The check's thread died (memory, crash, time limit): the document could not be read to the end. */
      fatal?: boolean;
      /** A bug's stack trace, shown only under --debug. */
      stack?: string;
    }
) & {
  /** The checking process's peak resident size (MB) so far, when it ran in a child (./isolated-pool.ts). */
  peakRssMb?: number;
};

export async function checkDocument(
  name: string,
  bytes: Uint8Array,
  limits: Partial<ReadLimits> = {},
): Promise<DocumentOutcome> {
  const t0 = performance.now();
  const millis = () => Math.round(performance.now() - t0);
  await injectFault(name);
  try {
    const { report } = checkRaw(await readDocumentBytes(name, bytes, limits), name);
    return { ok: true, name, report: serializeReport(report), millis: millis() };
  } catch (e) {
    if (!isIngestError(e)) throw e;
    return { ok: false, name, code: e.code, message: e.message, millis: millis() };
  }
}
