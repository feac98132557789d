/**
 * What a check that did not end says about its document: the outcome of a thread's death (./pool.ts), or of the
 * same failures in a checking process that has no threads (./direct-pool.ts). Shared so that a document reads the
 * same whichever ran it.
 */
import type { DocumentOutcome } from './check-document.js';

export interface Limits {
  /** Per document, in seconds. */
  timeoutSeconds: number;
  /** Heap cap of each thread (V8 old generation), in MB. */
  maxMemoryMb: number;
}

export function died(name: string, code: string, why: string, millis: number): DocumentOutcome {
  return { ok: false, fatal: true, name, code, message: `${name}：读取失败：${why}`, millis };
}

export function timedOut(name: string, o: Limits, millis: number): DocumentOutcome {
  return died(name, 'timeout', timeoutWhy(o), millis);
}

export function timeoutWhy(o: Limits): string {
  return `检查超时（超过 ${o.timeoutSeconds} 秒，可用 --timeout 调整）`;
}

export function heapWhy(o: Limits): string {
  return `内存用量超过上限 ${o.maxMemoryMb} MB（可用 --max-memory 调整）`;
}

/** The error a check died of: its heap exhausted, a rejection nobody awaited, or anything else that ended it. */
export function deathOutcome(name: string, e: unknown, o: Limits, millis: number): DocumentOutcome {
  const code = (e as NodeJS.ErrnoException).code;
  if (code === 'ERR_WORKER_OUT_OF_MEMORY') return died(name, 'out-of-memory', heapWhy(o), millis);
  // pdf.js leaves some parse errors of a damaged file as promises nobody awaits; the thread dies of them.
  const reason = /The promise rejected with the reason "(.*)"\.$/su.exec((e as Error).message)?.[1];
  if (reason) return died(name, 'corrupt', `文件已损坏，无法读取（${reason}）`, millis);
  return died(name, 'crashed', `读取时处理线程异常退出（${(e as Error).message}）`, millis);
}
