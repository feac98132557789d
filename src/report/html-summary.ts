/**
 * The top of the HTML report: document header, summary counts, the 最可能出错的单元格 list, and the finding
 * list items shared by the table, narrative and document sections.
 */
import type { Severity } from '../model/finding.js';
import { cellKey, LABEL_KEY } from './html-grid.js';
import {
  esc,
  formatLabel,
  kindLabel,
  layoutLabel,
  levelLabel,
  ruleTitle,
  SEVERITY_CLASS,
  SEVERITY_LABEL,
} from './html-text.js';
import type { DocumentReport, ReportSuspect } from './types.js';

type ReportFinding = DocumentReport['findings'][number];

export function headerHtml(report: DocumentReport): string {
  const d = report.document;
  const field = (name: string, value: string | number | undefined) =>
    `<div><dt>${name}</dt><dd>${value === undefined || value === '' ? '—' : esc(value)}</dd></div>`;
  return `<header>
<h1>公开文件检查报告</h1>
<dl class="meta">
${field('文件', report.file)}
${field('部门', d.department)}
${field('年度', d.year)}
${field('类型', `${levelLabel(d.level)}${kindLabel(d.kind)}`)}
${field('版式', layoutLabel(d))}
${field('格式', formatLabel(d.format) + (d.pages ? `，共 ${d.pages} 页` : ''))}
</dl>
</header>`;
}

function severityCounts(counts: Record<Severity, number>): string {
  const order: Severity[] = ['error', 'warning', 'info'];
  return order
    .map(
      (s) => `<span class="count ${SEVERITY_CLASS[s]}">${SEVERITY_LABEL[s]} <b>${counts[s] ?? 0}</b></span>`,
    )
    .join('');
}

export function summaryHtml(report: DocumentReport): string {
  const s = report.summary;
  const id = s.identities;
  const titles = new Map(report.findings.map((f) => [f.rule, ruleTitle(f)]));
  const rules = Object.entries(s.byRule)
    .sort((a, b) => b[1] - a[1])
    .map(
      ([rule, n]) =>
        `<tr><td>${esc(titles.get(rule) ?? rule)}</td><td class="rule-id">${esc(rule)}</td><td>${n}</td></tr>`,
    )
    .join('');
  const missing =
    s.tables.missing.length > 0 ? `<p>缺少的表：${s.tables.missing.map((m) => esc(m)).join('、')}</p>` : '';
  return `<section class="summary">
<h2>检查结果</h2>
<p class="counts">问题共 ${report.findings.length} 个：${severityCounts(s.findings)}</p>
<p>勾稽关系 已检查 ${id.evaluated} 条，成立 ${id.held} 条，舍入差异 ${id.rounding} 条，不成立 ${id.failed} 条。</p>
<p>识别表格 ${s.tables.recognized} 张${s.tables.unrecognized > 0 ? `，未识别 ${s.tables.unrecognized} 张` : ''}。</p>
${missing}
${rules ? `<details><summary>按检查规则统计</summary><table class="rules"><thead><tr><th>规则</th><th>编号</th><th>问题数</th></tr></thead><tbody>${rules}</tbody></table></details>` : ''}
</section>`;
}

/** A cell key as an id fragment (no '/' or '#'): the id a marked cell carries in its table. */
export function cellAnchor(key: string): string {
  return `c-${key.replace(/[^A-Za-z0-9_.-]/g, '_')}`;
}

/** Where a finding's link goes: its cell (or its row's 名称 cell) in a shown table, else its reason. */
export function findingTarget(f: ReportFinding, shown: Set<string>): string {
  const loc = f.location;
  if (loc.tableId && shown.has(loc.tableId) && loc.rowIndex !== undefined)
    return `#${cellAnchor(cellKey(loc.tableId, loc.rowIndex, loc.columnKey ?? LABEL_KEY))}`;
  return `#f-${f.id}`;
}

function suspectItem(s: ReportSuspect): string {
  const key = cellKey(s.tableId, s.rowIndex, s.columnKey);
  const tie = s.tie ? '<span class="tie">另有同样可能的解释</span>' : '';
  return `<li><a href="#${cellAnchor(key)}" data-goto="${esc(key)}">${esc(s.table)} ${esc(s.row)} · ${esc(s.column)}</a>：印为 ${esc(s.actual)}，改为 <b>${esc(s.suggested)}</b> 可使 ${s.satisfies} 条等式成立${tie}</li>`;
}

/** "表3" for a table's findings, "说明部分" for the narrative's, "文件" for the rest. */
function groupOf(f: ReportFinding): string {
  if (f.location.table) return f.location.table;
  if (f.location.sentence !== undefined || f.location.section !== undefined) return '说明部分';
  return '文件';
}

/** One line per table: its findings of one severity, each linking to its cell (or its reason). */
function byTableList(findings: ReportFinding[], shown: Set<string>, noun: string): string {
  const groups = new Map<string, ReportFinding[]>();
  for (const f of findings) groups.set(groupOf(f), [...(groups.get(groupOf(f)) ?? []), f]);
  const items = [...groups].map(([table, fs]) => {
    const links = fs.map((f) => {
      const where = [f.location.row, f.location.column].filter(Boolean).join(' · ');
      const label = where || f.location.figure?.text || f.location.section || ruleTitle(f);
      return `<a href="${findingTarget(f, shown)}">${esc(label)}</a>`;
    });
    return `<li><b>${esc(table)}</b> ${fs.length} 个${noun}：${links.join('、')}</li>`;
  });
  return `<ul>${items.join('')}</ul>`;
}

/**
 * The top of the page in the order a reader works: the cells most likely wrong, then the errors table by table,
 * then the warnings; every entry links to its cell, where the numbered reason stands under the table.
 */
export function actionsHtml(report: DocumentReport): string {
  const shown = new Set(report.tables.map((t) => t.id));
  const errors = report.findings.filter((f) => f.severity === 'error');
  const warnings = report.findings.filter((f) => f.severity === 'warning');
  const parts: string[] = [];
  if (report.suspects.length > 0)
    parts.push(
      `<div class="suspects"><h3>最可能出错的单元格</h3><ol>${report.suspects.map(suspectItem).join('')}</ol></div>`,
    );
  if (errors.length > 0)
    parts.push(`<div class="by-table"><h3>错误（按表）</h3>${byTableList(errors, shown, '错误')}</div>`);
  if (warnings.length > 0)
    parts.push(
      `<div class="by-table warnings"><h3>警告（按表）</h3>${byTableList(warnings, shown, '警告')}</div>`,
    );
  if (parts.length === 0) return '';
  return `<section class="actions"><h2>要处理的问题</h2>${parts.join('')}</section>`;
}

/** "应为 X，实为 Y，相差 Z 万元" when the finding carries them. */
export function amountsText(f: ReportFinding): string {
  const unit = f.unit ?? '';
  const parts: string[] = [];
  if (f.expected !== undefined) parts.push(`应为 ${f.expected}`);
  if (f.actual !== undefined) parts.push(`实为 ${f.actual}`);
  if (f.difference !== undefined) parts.push(`相差 ${f.difference}${unit ? ` ${unit}` : ''}`);
  return parts.join('，');
}

/** The amounts a message does not already state (most identity messages state them), else ''. */
export function unstatedAmounts(f: ReportFinding): string {
  const stated = [f.expected, f.actual].every((v) => v === undefined || f.message.includes(v));
  return stated ? '' : amountsText(f);
}

export function findingItem(f: ReportFinding): string {
  const loc = f.location;
  const where = [loc.row, loc.column].filter(Boolean).join(' · ');
  const sentence = loc.sentence ? `<blockquote>${esc(loc.sentence)}</blockquote>` : '';
  const amounts = unstatedAmounts(f);
  return `<li class="finding ${SEVERITY_CLASS[f.severity]}" id="f-${f.id}" data-finding="${f.id}"><span class="sev">${SEVERITY_LABEL[f.severity]}</span> ${where ? `<span class="where">${esc(where)}</span> ` : ''}${esc(f.message)}${amounts ? `<div class="amounts">${esc(amounts)}</div>` : ''}${sentence}<div class="rule">${esc(ruleTitle(f))}</div></li>`;
}
