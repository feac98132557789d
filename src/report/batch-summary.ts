/**
 * The table that closes a terminal run over several files: one row per file (tables read, errors, warnings, status)
 * and a totals line, so a reviewer with a few hundred files sees at a glance which ones need attention.
 */
import type { BatchReport, DocumentReport, FailedDocument } from './types.js';

export interface SummaryOptions {
  /** Wall time of the whole run, in milliseconds; shown in the totals line when given. */
  millis?: number;
}

function isFailed(d: DocumentReport | FailedDocument): d is FailedDocument {
  return 'error' in d;
}

// East Asian wide characters take two terminal columns; padding by string length would misalign Chinese names.
const WIDE =
  /[\u1100-\u115f\u2e80-\u303e\u3041-\u33ff\u3400-\u4dbf\u4e00-\u9fff\ua000-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6\u{20000}-\u{3fffd}]/u;

export function displayWidth(text: string): number {
  let w = 0;
  for (const ch of text) w += WIDE.test(ch) ? 2 : 1;
  return w;
}

function pad(text: string, width: number, right = false): string {
  const fill = ' '.repeat(Math.max(0, width - displayWidth(text)));
  return right ? fill + text : text + fill;
}

/** The reason without the file's name, which the row already shows ("x.pdf：…", "文件 x.pdf：…"). */
function reason(d: FailedDocument): string {
  const base = d.file.split(/[\\/]/u).pop() ?? d.file;
  for (const prefix of [`${d.file}：`, `文件 ${base}：`, `${base}：`]) {
    if (d.error.message.startsWith(prefix)) return d.error.message.slice(prefix.length);
  }
  return d.error.message;
}

function status(d: DocumentReport | FailedDocument): string {
  if (isFailed(d)) return d.error.code === 'internal' ? '内部错误' : `无法读取：${reason(d)}`;
  if (d.summary.findings.error > 0) return '有错误';
  return d.summary.findings.warning > 0 ? '有警告' : '通过';
}

function seconds(ms: number): string {
  return ms < 10_000 ? `${(ms / 1000).toFixed(1)} 秒` : `${Math.round(ms / 1000)} 秒`;
}

export function renderBatchSummary(batch: BatchReport, o: SummaryOptions = {}): string {
  const docs = batch.documents;
  const ok = docs.filter((d): d is DocumentReport => !isFailed(d));
  const failed = docs.length - ok.length;
  const sum = (f: (d: DocumentReport) => number) => ok.reduce((n, d) => n + f(d), 0);
  const head = ['文件', '表格', '错误', '警告', '状态'];
  const rows = docs.map((d) =>
    isFailed(d)
      ? [d.file, '-', '-', '-', status(d)]
      : [
          d.file,
          String(d.summary.tables.recognized),
          String(d.summary.findings.error),
          String(d.summary.findings.warning),
          status(d),
        ],
  );
  const widths = head.map((h, i) => Math.max(displayWidth(h), ...rows.map((r) => displayWidth(r[i]))));
  // The status column is last and may be long (a reading error's message): it is not padded.
  const line = (cells: string[]) =>
    cells
      .map((c, i) => (i === cells.length - 1 ? c : pad(c, widths[i], i > 0)))
      .join('  ')
      .trimEnd();
  const time = o.millis !== undefined ? `，用时 ${seconds(o.millis)}` : '';
  return `${[
    '批量检查汇总',
    line(head),
    ...rows.map(line),
    `共 ${docs.length} 个文件：检查 ${ok.length} 个，无法读取 ${failed} 个；表格 ${sum((d) => d.summary.tables.recognized)} 张，错误 ${sum((d) => d.summary.findings.error)}，警告 ${sum((d) => d.summary.findings.warning)}${time}。`,
  ].join('\n')}\n`;
}
