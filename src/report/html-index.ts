/**
 * Index page of a batch: one row per document with its error/warning counts and a link to its HTML report;
 * documents that could not be read show why.
 */
import { htmlPage } from '../model/html.js';
import { STYLE } from './html-style.js';
import { esc } from './html-text.js';
import type { BatchReport, DocumentReport, FailedDocument } from './types.js';

function isFailed(d: DocumentReport | FailedDocument): d is FailedDocument {
  return 'error' in d;
}

function documentRow(d: DocumentReport | FailedDocument, links: Record<string, string>): string {
  const href = links[d.file];
  const file = href ? `<a href="${esc(href)}">${esc(d.file)}</a>` : esc(d.file);
  if (isFailed(d)) {
    return `<tr class="failed"><td>${file}</td><td colspan="3" class="error">无法读取：${esc(d.error.message)}</td></tr>`;
  }
  const f = d.summary.findings;
  return `<tr><td>${file}</td><td>${esc(d.document.department ?? '—')}</td><td class="num${f.error > 0 ? ' bad' : ''}">${f.error}</td><td class="num${f.warning > 0 ? ' warn' : ''}">${f.warning}</td></tr>`;
}

/** Most errors first (files that could not be read at the top: nothing in them was checked), then warnings. */
export function byErrors(a: DocumentReport | FailedDocument, b: DocumentReport | FailedDocument): number {
  const score = (d: DocumentReport | FailedDocument) =>
    isFailed(d) ? [Number.MAX_SAFE_INTEGER, 0] : [d.summary.findings.error, d.summary.findings.warning];
  const [ea, wa] = score(a);
  const [eb, wb] = score(b);
  return eb - ea || wb - wa || a.file.localeCompare(b.file);
}

export function renderHtmlIndex(batch: BatchReport, links: Record<string, string>): string {
  const docs = [...batch.documents].sort(byErrors);
  const failed = docs.filter(isFailed).length;
  const errors = docs.reduce((n, d) => n + (isFailed(d) ? 0 : d.summary.findings.error), 0);
  return htmlPage(
    '批量检查报告',
    `${STYLE}
main { margin-right: 0; }
table.index { border-collapse: collapse; width: 100%; }
table.index th, table.index td { border: 1px solid var(--line); padding: 4px 8px; text-align: left; }
table.index td.num { text-align: right; }
td.error { color: var(--bad); }
`,
    `<main>
<header><h1>批量检查报告</h1></header>
<section>
<p>共 ${docs.length} 个文件，${failed > 0 ? `其中 ${failed} 个无法读取，` : ''}错误合计 ${errors} 个。</p>
<table class="index">
<thead><tr><th>文件</th><th>部门</th><th>错误</th><th>警告</th></tr></thead>
<tbody>
${docs.map((d) => documentRow(d, links)).join('\n')}
</tbody>
</table>
</section>
</main>`,
  );
}
