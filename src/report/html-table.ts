/**
 * One report table as an HTML <table>: merged header rows, a 编码/名称 column, the amounts as printed, and the
 * cells that findings or suspects name marked with a class and data-cell for the side panel.
 */
import { cellKey, headerDepth, headerRows, LABEL_KEY } from './html-grid.js';
import type { CellMark, FindingPlacement } from './html-marks.js';
import { findingItem } from './html-summary.js';
import { esc, SEVERITY_CLASS } from './html-text.js';
import type { ReportRow, ReportTable } from './types.js';

/** Attributes of a cell: severity class and data-cell when marked, so the script can find its findings. */
function markAttrs(key: string, mark: CellMark | undefined, base: string[]): string {
  const classes = [...base];
  if (mark && mark.findings.length > 0) {
    classes.push(SEVERITY_CLASS[mark.severity]);
    if (!mark.primary) classes.push('rel');
  }
  if (mark && mark.suspects.length > 0) classes.push('suspect');
  const cls = classes.length > 0 ? ` class="${classes.join(' ')}"` : '';
  if (!mark) return cls;
  return `${cls} data-cell="${esc(key)}" tabindex="0"`;
}

function headerHtml(table: ReportTable): string {
  const depth = headerDepth(table.columns);
  return headerRows(table.columns)
    .map((cells, level) => {
      const label = level === 0 ? `<th rowspan="${depth}" class="name">编码/名称</th>` : '';
      const ths = cells.map((c) => {
        const span = `${c.colSpan > 1 ? ` colspan="${c.colSpan}"` : ''}${c.rowSpan > 1 ? ` rowspan="${c.rowSpan}"` : ''}`;
        return `<th${span}>${esc(c.label)}</th>`;
      });
      return `<tr>${label}${ths.join('')}</tr>`;
    })
    .join('\n');
}

function rowHtml(table: ReportTable, row: ReportRow, marks: FindingPlacement['cells']): string {
  const labelKey = cellKey(table.id, row.index, LABEL_KEY);
  const labelClasses = ['name', `k-${row.kind}`];
  const label = `<th scope="row"${markAttrs(labelKey, marks.get(labelKey), labelClasses)}>${esc(row.label)}</th>`;
  const amounts = table.columns.map((column) => {
    const key = cellKey(table.id, row.index, column.key);
    const printed = row.cells[column.key]?.printed ?? '';
    return `<td${markAttrs(key, marks.get(key), [])}>${esc(printed)}</td>`;
  });
  return `<tr>${label}${amounts.join('')}</tr>`;
}

export function tableHtml(table: ReportTable, placement: FindingPlacement): string {
  const own = placement.byTable.get(table.id) ?? [];
  const list =
    own.length > 0
      ? `<div class="table-findings"><h4>本表的其他问题</h4><ul>${own.map(findingItem).join('')}</ul></div>`
      : '';
  const notes = table.notes.map((n) => `<p class="note">注：${esc(n)}</p>`).join('');
  const body = table.rows.map((r) => rowHtml(table, r, placement.cells)).join('\n');
  return `<section class="table" id="table-${esc(table.id)}">
<h3>${esc(table.label)} ${esc(table.title)} <span class="unit">单位：${esc(table.unit)}</span></h3>
<div class="scroll"><table data-table="${esc(table.id)}">
<thead>${headerHtml(table)}</thead>
<tbody>${body}</tbody>
</table></div>
${notes}${list}
</section>`;
}
