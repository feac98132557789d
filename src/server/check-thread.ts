/**
 * Runs on a worker thread of the check pool: one document through the public pipeline (the reader and
 * checkRaw the CLI uses), from the stored bytes: nothing touches the file system, and the user's file name is what
 * the report and reading errors call the file.
 */
import { checkDocument } from '../pipeline/check-document.js';

export interface CheckTask {
  bytes: Uint8Array;
  name: string;
  maxPages: number;
  isPdf: boolean;
}

export type CheckResult =
  | { ok: true; report: string; millis: number }
  | { ok: false; code: string; message: string; millis: number };

async function pdfPages(bytes: Uint8Array): Promise<number> {
  const { getDocument } = await import('pdfjs-dist/legacy/build/pdf.mjs');
  // pdf.js may detach the buffer it is given: pass a copy.
  const task = getDocument({
    data: new Uint8Array(bytes),
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

export default async function check(task: CheckTask): Promise<CheckResult> {
  const t0 = performance.now();
  const millis = () => Math.round(performance.now() - t0);
  if (task.isPdf) {
    const pages = await pdfPages(task.bytes);
    if (pages > task.maxPages)
      return {
        ok: false,
        code: 'too-many-pages',
        message: `文件 ${task.name}：共 ${pages} 页，超过服务器的上限 ${task.maxPages} 页`,
        millis: millis(),
      };
  }
  const outcome = await checkDocument(task.name, task.bytes);
  return outcome.ok
    ? { ok: true, report: outcome.report, millis: millis() }
    : { ok: false, code: outcome.code, message: outcome.message, millis: millis() };
}
