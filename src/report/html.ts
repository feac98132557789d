/**
 * The HTML report: one self-contained file (inline CSS and script, no network) a finance officer opens in a
 * browser: header, summary, the most likely wrong cells, every table with its marked cells, the 说明部分 findings,
 * and a side panel showing the findings of the cell under the pointer. Also the index page of a batch.
 */
import { esc, htmlPage } from '../model/html.js';
import { placeFindings } from './html-marks.js';
import { narrativeHtml } from './html-narrative.js';
import { panelData, scriptHtml } from './html-script.js';
import { STYLE } from './html-style.js';
import { actionsHtml, findingItem, headerHtml, summaryHtml } from './html-summary.js';
import { tableHtml } from './html-table.js';
import type { DocumentReport } from './types.js';

export { renderHtmlIndex } from './html-index.js';

type ReportFinding = DocumentReport['findings'][number];

function listSection(title: string, cls: string, findings: ReportFinding[], intro = ''): string {
  if (findings.length === 0) return '';
  return `<section class="${cls}"><h2>${title}</h2>${intro}<ul>${findings.map(findingItem).join('')}</ul></section>`;
}

function unrecognizedHtml(report: DocumentReport): string {
  if (report.unrecognized.length === 0 && report.warnings.length === 0) return '';
  const tables = report.unrecognized.map((u) => `<li>${esc(u.title)}：${esc(u.reason)}</li>`).join('');
  const warnings = report.warnings.map((w) => `<li>${esc(w.message)}</li>`).join('');
  return `<section class="reading"><h2>读取说明</h2><ul>${tables}${warnings}</ul></section>`;
}

export function renderHtml(report: DocumentReport): string {
  const placement = placeFindings(report);
  const tables = report.tables.map((t) => tableHtml(t, placement, report.suspects)).join('\n');
  const title = `${report.document.department ?? report.file} ${report.document.year ?? ''} 检查报告`;
  return htmlPage(
    title,
    STYLE,
    `<main>
${headerHtml(report)}
${summaryHtml(report)}
${actionsHtml(report)}
${listSection('文件层面的问题', 'document-findings', placement.document)}
<section class="tables-intro"><h2>表格</h2><p>标红的单元格有错误，标黄的有警告，斜纹表示该单元格的数额参与了不成立的等式；红框和 ★ 是最可能出错的单元格。单元格上的编号对应表下“本表的问题”中的同号说明。</p></section>
${tables}
${narrativeHtml(placement.narrative, report)}
${unrecognizedHtml(report)}
</main>
<aside id="panel" aria-live="polite"><h2>单元格问题</h2><div id="panel-body"><p class="hint">把鼠标移到标记的单元格上，或点击它，在这里查看问题。</p></div></aside>
${scriptHtml(panelData(report, placement))}`,
  );
}
