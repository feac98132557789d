/**
 * One document of a batch, from its bytes to an outcome that can cross a thread boundary: the report as JSON
 * text, or the reason it could not be read. A user's unreadable file is an outcome, not an exception; only a bug
 * in gongkai throws. Used by the CLI's batch, the server's worker threads and the benchmarks alike.
 */
import { isIngestError, readDocumentBytes } from '../ingest/index.js';
import type { ReadLimits } from '../ingest/limits.js';
import { recognize } from '../recognize/index.js';
import { reportTable } from '../report/build.js';
import { serializeReport } from '../report/json.js';
import { checkRaw } from './check.js';
import { stopwatch } from './clock.js';
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
  const millis = stopwatch();
  await injectFault(name);
  try {
    const { report } = checkRaw(await readDocumentBytes(name, bytes, limits), name);
    return { ok: true, name, report: serializeReport(report), millis: millis() };
  } catch (e) {
    if (!isIngestError(e)) throw e;
    return { ok: false, name, code: e.code, message: e.message, millis: millis() };
  }
}

/**
 * What `gongkai extract` shows of a document, read as a check reads it (in the checking child, under its limits):
 * the raw blocks, the recognized tables, and the check's report or why there is none, as JSON text in `report`.
 */
export async function extractDocument(
  name: string,
  bytes: Uint8Array,
  limits: Partial<ReadLimits> = {},
): Promise<DocumentOutcome> {
  const millis = stopwatch();
  await injectFault(name);
  try {
    const raw = await readDocumentBytes(name, bytes, limits);
    const tables = recognize(raw).tables.map(reportTable);
    let check: unknown;
    try {
      check = JSON.parse(serializeReport(checkRaw(raw, name).report));
    } catch (e) {
      if (!isIngestError(e)) throw e;
      check = { error: { code: e.code, message: e.message } };
    }
    const report = JSON.stringify({ raw, tables, check });
    return { ok: true, name, report, millis: millis() };
  } catch (e) {
    if (!isIngestError(e)) throw e;
    return { ok: false, name, code: e.code, message: e.message, millis: millis() };
  }
}
