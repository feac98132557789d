/**
 * Runs on a worker thread of the check pool: one document through the public pipeline, exactly as
 * `gongkai check` runs it. The file is a temporary copy named after its sha256; the user's file name goes back
 * into the report and into reading errors so nobody sees the server's paths.
 */
import { basename } from 'node:path';
import { isIngestError } from '../ingest/errors.js';
import { checkFile } from '../pipeline/check.js';
import { serializeReport } from '../report/json.js';

export interface CheckTask {
  path: string;
  name: string;
  maxPages: number;
  isPdf: boolean;
}

export type CheckResult =
  | { ok: true; report: string; millis: number }
  | { ok: false; code: string; message: string; millis: number };

async function pdfPages(path: string): Promise<number> {
  const { readFile } = await import('node:fs/promises');
  const { getDocument } = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const task = getDocument({
    data: new Uint8Array(await readFile(path)),
    verbosity: 0,
    isEvalSupported: false,
  });
  try {
    return (await task.promise).numPages;
  } catch {
    return 0; // unreadable: the reader reports why
  } finally {
    await task.destroy().catch(() => undefined);
  }
}

function hide(message: string, task: CheckTask): string {
  return message.replaceAll(task.path, task.name).replaceAll(basename(task.path), task.name);
}

export default async function check(task: CheckTask): Promise<CheckResult> {
  const t0 = performance.now();
  const millis = () => Math.round(performance.now() - t0);
  if (task.isPdf) {
    const pages = await pdfPages(task.path);
    if (pages > task.maxPages)
      return {
        ok: false,
        code: 'too-many-pages',
        message: `文件 ${task.name}：共 ${pages} 页，超过服务器的上限 ${task.maxPages} 页`,
        millis: millis(),
      };
  }
  try {
    const { report } = await checkFile(task.path);
    report.file = task.name;
    return { ok: true, report: serializeReport(report), millis: millis() };
  } catch (e) {
    if (!isIngestError(e)) throw e;
    return { ok: false, code: e.code, message: hide(e.message, task), millis: millis() };
  }
}
