/**
 * The 说明部分 of the HTML report: each narrative finding quotes its sentence with the figure it judges marked,
 * and sets beside it the figures it was compared with — a table cell (linked, in its table's unit and, where that
 * differs, in the sentence's) or another figure of the 说明.
 */
import { Decimal } from 'decimal.js';
import { normalizeNumberText } from '../model/amount.js';
import { formatMoney, money } from '../model/money.js';
import { isUnit } from '../model/rounding.js';
import { cellKey, LABEL_KEY } from './html-grid.js';
import { cellAnchor, unstatedAmounts } from './html-summary.js';
import { whereText } from './html-table.js';
import { esc, ruleTitle, SEVERITY_CLASS, SEVERITY_LABEL } from './html-text.js';
import type { DocumentReport } from './types.js';

type ReportFinding = DocumentReport['findings'][number];
type Related = ReportFinding['related'][number];

/** The sentence with the judged figure in <mark>; the whole sentence escaped either way. */
export function quotedSentence(loc: ReportFinding['location']): string {
  const text = loc.sentence ?? '';
  const fig = loc.figure;
  if (!fig || text.slice(fig.at, fig.at + fig.text.length) !== fig.text) return esc(text);
  const end = fig.at + fig.text.length;
  return `${esc(text.slice(0, fig.at))}<mark>${esc(fig.text)}</mark>${esc(text.slice(end))}`;
}

/** A related table cell's figure in its table's unit, and in the sentence's unit where the two differ. */
function cellFigure(r: Related, report: DocumentReport, sentenceUnit: string | undefined): string {
  const value = r.value ?? '';
  const table = report.tables.find((t) => t.id === r.location.tableId);
  const n = normalizeNumberText(value);
  if (!table || !isUnit(table.unit) || !/^-?\d+(\.\d+)?$/.test(n)) return value;
  const decimals = n.includes('.') ? n.length - n.indexOf('.') - 1 : 0;
  const judged = sentenceUnit && isUnit(sentenceUnit) ? { unit: sentenceUnit, decimals: 2 } : undefined;
  return formatMoney(money(new Decimal(n), table.unit, decimals, value), judged);
}

function relatedHtml(f: ReportFinding, report: DocumentReport, shown: Set<string>): string {
  const items = f.related.map((r) => {
    const loc = r.location;
    const role = r.role ?? '相关';
    if (loc.tableId !== undefined) {
      const name = [loc.table, loc.row, loc.column].filter(Boolean).join(' ');
      const link =
        shown.has(loc.tableId) && loc.rowIndex !== undefined
          ? `<a href="#${cellAnchor(cellKey(loc.tableId, loc.rowIndex, loc.columnKey ?? LABEL_KEY))}">${esc(name)}</a>`
          : esc(name);
      return `<li><span class="role">${esc(role)}</span> ${link}：<b>${esc(cellFigure(r, report, f.unit))}</b></li>`;
    }
    const other = loc.sentence && loc.sentence !== f.location.sentence ? `（“${esc(loc.sentence)}”）` : '';
    return `<li><span class="role">${esc(role)}</span> <b>${esc(r.value ?? '')}</b>${other}</li>`;
  });
  return items.length > 0 ? `<ul class="versus">${items.join('')}</ul>` : '';
}

/**
 * The reason as the section shows it: messages open with a shortened quote of their sentence (“…”中), which the
 * full quote above already gives; the rest is the reason.
 */
export function reasonText(f: ReportFinding): string {
  const sentence = f.location.sentence;
  const m = /^“([^”]*)”(中)?/u.exec(f.message);
  if (!sentence || !m?.[1]) return f.message;
  const shown = m[1].replace(/…$/u, '');
  return sentence.startsWith(shown) && m[0].length < f.message.length
    ? f.message.slice(m[0].length)
    : f.message;
}

function narrativeItem(f: ReportFinding, report: DocumentReport, shown: Set<string>): string {
  const loc = f.location;
  const ref = whereText(loc);
  const head = [loc.section, ref].filter(Boolean).join(' · ');
  const quote = loc.sentence !== undefined ? `<blockquote>${quotedSentence(loc)}</blockquote>` : '';
  const versus = relatedHtml(f, report, shown);
  // The figures compared stand beside the quote; without them, the amounts the message does not state.
  const amounts = versus ? '' : unstatedAmounts(f);
  return `<li class="finding ${SEVERITY_CLASS[f.severity]}" id="f-${f.id}" data-finding="${f.id}"><span class="sev">${SEVERITY_LABEL[f.severity]}</span> ${head ? `<span class="where">${esc(head)}</span>` : ''}${quote}${versus}<div class="msg">${esc(reasonText(f))}</div>${amounts ? `<div class="amounts">${esc(amounts)}</div>` : ''}<div class="rule">${esc(ruleTitle(f))}</div></li>`;
}

export function narrativeHtml(findings: ReportFinding[], report: DocumentReport): string {
  if (findings.length === 0) return '';
  const shown = new Set(report.tables.map((t) => t.id));
  const items = findings.map((f) => narrativeItem(f, report, shown)).join('');
  return `<section class="narrative" id="narrative"><h2>说明部分</h2><p class="hint">引文中标出的是有问题的数字，其下是与之比较的表格数字或说明中的其他数字。</p><ul>${items}</ul></section>`;
}
