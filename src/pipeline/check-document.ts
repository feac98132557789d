/**
 * One document of a batch, from its bytes to an outcome that can cross a thread boundary: the report as JSON
 * text, or the reason it could not be read. A user's unreadable file is an outcome, not an exception; only a bug
 * in gongkai throws. Used by the CLI's batch, the server's worker threads and the benchmarks alike.
 */
import { isIngestError, readDocumentBytes } from '../ingest/index.js';
import { serializeReport } from '../report/json.js';
import { checkRaw } from './check.js';
import { injectFault } from './faults.js';

export type DocumentOutcome =
  | { ok: true; name: string; report: string; millis: number }
  | { ok: false; name: string; code: string; message: string; millis: number };

export async function checkDocument(name: string, bytes: Uint8Array): Promise<DocumentOutcome> {
  const t0 = performance.now();
  const millis = () => Math.round(performance.now() - t0);
  await injectFault(name);
  try {
    const { report } = checkRaw(await readDocumentBytes(name, bytes), name);
    return { ok: true, name, report: serializeReport(report), millis: millis() };
  } catch (e) {
    if (!isIngestError(e)) throw e;
    return { ok: false, name, code: e.code, message: e.message, millis: millis() };
  }
}
