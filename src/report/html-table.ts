/**
 * One report table as an HTML <table>: merged header rows, a 编码/名称 column, the amounts as printed, and the
 * cells that findings or suspects name marked with a class and data-cell for the side panel.
 */
import { cellKey, headerDepth, headerRows, LABEL_KEY } from './html-grid.js';
import type { CellMark, FindingPlacement } from './html-marks.js';
import { cellAnchor, unstatedAmounts } from './html-summary.js';
import { esc, ruleTitle, SEVERITY_CLASS, SEVERITY_LABEL } from './html-text.js';
import { isTwoSided, sideColumns, sidePairs, twoSidedHeader } from './html-two-sided.js';
import type { DocumentReport, ReportColumn, ReportRow, ReportSuspect, ReportTable } from './types.js';

type ReportFinding = DocumentReport['findings'][number];

/** The numbered marks a cell shows: ★ for a suspect, then the numbers of the reasons that name it. */
function marksHtml(mark: CellMark | undefined, numbers: Map<number, number>, own: Set<number>): string {
  if (!mark) return '';
  const nums = mark.findings.filter((id) => own.has(id)).map((id) => numbers.get(id));
  const star = mark.suspects.length > 0 ? '★' : '';
  const shown = nums.filter((n) => n !== undefined);
  if (!star && shown.length === 0) return '';
  return `<sup class="mk">${star}${shown.join(',')}</sup>`;
}

/** 第3页 / 第905行, as the text report says it. */
export function whereText(loc: { page?: number; line?: number }): string {
  return `${loc.page !== undefined ? `第${loc.page}页` : ''}${loc.line !== undefined ? `第${loc.line}行` : ''}`;
}

/** The page (or line) range the table's rows come from. */
function rangeText(table: ReportTable): string {
  const pages = table.rows.map((r) => r.page).filter((p): p is number => p !== undefined);
  if (table.page !== undefined) pages.push(table.page);
  if (pages.length > 0) {
    const lo = Math.min(...pages);
    const hi = Math.max(...pages);
    return lo === hi ? `第${lo}页` : `第${lo}–${hi}页`;
  }
  const lines = table.rows.map((r) => r.line).filter((l): l is number => l !== undefined);
  return lines.length > 0 ? `第${Math.min(...lines)}–${Math.max(...lines)}行` : '';
}

function suspectReason(s: ReportSuspect): string {
  const tie = s.tie ? '（另有同样可能的解释）' : '';
  return `<li class="finding bad suspect-reason"><span class="no">★</span> <span class="sev">最可能出错</span> <a class="where" href="#${cellAnchor(cellKey(s.tableId, s.rowIndex, s.columnKey))}">${esc(s.row)} · ${esc(s.column)}</a> 印为 ${esc(s.actual)}，改为 <b>${esc(s.suggested)}</b> 可使 ${s.satisfies} 条等式成立${tie}${whereText(s) ? `<span class="ref">（${whereText(s)}）</span>` : ''}</li>`;
}

/** One numbered reason: where, the message, the page/line, and the suspect that explains it (the one fix offered). */
function reasonItem(f: ReportFinding, n: number): string {
  const loc = f.location;
  const where = [loc.row, loc.column].filter(Boolean).join(' · ');
  const target =
    loc.tableId && loc.rowIndex !== undefined
      ? `#${cellAnchor(cellKey(loc.tableId, loc.rowIndex, loc.columnKey ?? LABEL_KEY))}`
      : '';
  const whereHtml = where
    ? target
      ? `<a class="where" href="${target}">${esc(where)}</a> `
      : `<span class="where">${esc(where)}</span> `
    : '';
  const s = f.suspects?.[0];
  const fix = s
    ? `<div class="fix">可能的原因：★ ${esc(s.location.row ?? '')} · ${esc(s.location.column ?? '')} 印为 ${esc(s.actual)}，应为 ${esc(s.suggested)}</div>`
    : '';
  const amounts = s ? '' : unstatedAmounts(f);
  const ref = whereText(loc);
  return `<li class="finding ${SEVERITY_CLASS[f.severity]}" id="f-${f.id}" data-finding="${f.id}"><span class="no">${n}</span> <span class="sev">${SEVERITY_LABEL[f.severity]}</span> ${whereHtml}<span class="msg">${esc(f.message)}</span>${ref ? `<span class="ref">（${ref}）</span>` : ''}${amounts ? `<div class="amounts">${esc(amounts)}</div>` : ''}${fix}<div class="rule">${esc(ruleTitle(f))}</div></li>`;
}

function reasonsHtml(table: ReportTable, placement: FindingPlacement, suspects: ReportSuspect[]): string {
  const own = placement.reasons.get(table.id) ?? [];
  const mine = suspects.filter((s) => s.tableId === table.id);
  if (own.length === 0 && mine.length === 0) return '';
  const items = [
    ...mine.map(suspectReason),
    ...own.map((f) => reasonItem(f, placement.numbers.get(f.id) ?? 0)),
  ];
  return `<div class="reasons"><h4>本表的问题</h4><ol>${items.join('')}</ol></div>`;
}

/** The title once: a table without a number (上海 决算) has its title as its label too. */
export function tableHeading(table: ReportTable): string {
  return table.label && table.label !== table.title
    ? `${table.label} ${table.title}`
    : table.title || table.label;
}

/** A note as printed: "注：" only where the note does not already begin with it (or with 说明). */
function noteHtml(note: string): string {
  return `<p class="note">${/^\s*(注|说明)[:：]/.test(note) ? '' : '注：'}${esc(note)}</p>`;
}

/** Attributes of a cell: severity class and data-cell when marked, so the script can find its findings. */
function markAttrs(key: string, mark: CellMark | undefined, base: string[]): string {
  const id = mark ? ` id="${cellAnchor(key)}"` : '';
  return `${markClasses(key, mark, base)}${id}`;
}

function markClasses(key: string, mark: CellMark | undefined, base: string[]): string {
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

/** The 名称 cell and amount cells of one row (one side of a two-sided row), or blank cells when absent. */
function rowCells(
  table: ReportTable,
  row: ReportRow | undefined,
  columns: ReportColumn[],
  placement: FindingPlacement,
  own: Set<number>,
  extra: string[] = [],
): string {
  if (!row) return `<th class="name ${extra.join(' ')}"></th>${columns.map(() => '<td></td>').join('')}`;
  const marks = placement.cells;
  const labelKey = cellKey(table.id, row.index, LABEL_KEY);
  const labelMark = marks.get(labelKey);
  const label = `<th scope="row"${markAttrs(labelKey, labelMark, ['name', `k-${row.kind}`, ...extra])}>${esc(row.label)}${marksHtml(labelMark, placement.numbers, own)}</th>`;
  const amounts = columns.map((column) => {
    const key = cellKey(table.id, row.index, column.key);
    const m = marks.get(key);
    return `<td${markAttrs(key, m, [])}>${marksHtml(m, placement.numbers, own)}${esc(row.cells[column.key]?.printed ?? '')}</td>`;
  });
  return label + amounts.join('');
}

function twoSidedBody(table: ReportTable, placement: FindingPlacement, own: Set<number>): string {
  const cols = sideColumns(table);
  return sidePairs(table)
    .map(
      (p) =>
        `<tr>${rowCells(table, p.income, cols.income, placement, own)}${rowCells(table, p.expenditure, cols.expenditure, placement, own, ['side-b'])}</tr>`,
    )
    .join('\n');
}

function rowHtml(table: ReportTable, row: ReportRow, placement: FindingPlacement, own: Set<number>): string {
  const marks = placement.cells;
  const labelKey = cellKey(table.id, row.index, LABEL_KEY);
  const labelClasses = ['name', `k-${row.kind}`];
  const labelMark = marks.get(labelKey);
  const label = `<th scope="row"${markAttrs(labelKey, labelMark, labelClasses)}>${esc(row.label)}${marksHtml(labelMark, placement.numbers, own)}</th>`;
  const amounts = table.columns.map((column) => {
    const key = cellKey(table.id, row.index, column.key);
    const printed = row.cells[column.key]?.printed ?? '';
    const m = marks.get(key);
    return `<td${markAttrs(key, m, [])}>${marksHtml(m, placement.numbers, own)}${esc(printed)}</td>`;
  });
  return `<tr>${label}${amounts.join('')}</tr>`;
}

export function tableHtml(
  table: ReportTable,
  placement: FindingPlacement,
  suspects: ReportSuspect[] = [],
): string {
  const own = new Set((placement.reasons.get(table.id) ?? []).map((f) => f.id));
  const notes = table.notes.map(noteHtml).join('');
  const two = isTwoSided(table);
  const body = two
    ? twoSidedBody(table, placement, own)
    : table.rows.map((r) => rowHtml(table, r, placement, own)).join('\n');
  const range = rangeText(table);
  return `<section class="table" id="table-${esc(table.id)}">
<h3>${esc(tableHeading(table))} <span class="unit">单位：${esc(table.unit)}</span>${range ? ` <span class="unit">${esc(range)}</span>` : ''}</h3>
<div class="scroll"><table data-table="${esc(table.id)}">
<thead>${two ? twoSidedHeader(table) : headerHtml(table)}</thead>
<tbody>${body}</tbody>
</table></div>
${notes}${reasonsHtml(table, placement, suspects)}
</section>`;
}
