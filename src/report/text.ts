/**
 * The terminal report, in Chinese: what was read, what is most likely wrong, then every finding grouped by table.
 */
import { SEVERITY_LABEL, type Severity } from '../model/finding.js';
import { unstatedAmounts } from './html-summary.js';
import { layoutLabel } from './html-text.js';
import type { DocumentReport, ReportSuspect } from './types.js';

type Finding = DocumentReport['findings'][number];

export interface TextOptions {
  color?: boolean;
}

const KIND: Record<string, string> = { budget: '预算', 'final-account': '决算', unknown: '类型未知' };
const LEVEL: Record<string, string> = { department: '部门', unit: '单位', unknown: '' };
const ICON: Record<Severity, string> = { error: '✗', warning: '!', info: 'i' };
const ANSI: Record<Severity | 'dim' | 'bold', string> = {
  error: '31',
  warning: '33',
  info: '36',
  dim: '2',
  bold: '1',
};

function paint(on: boolean | undefined, style: keyof typeof ANSI, text: string): string {
  return on ? `\u001b[${ANSI[style]}m${text}\u001b[0m` : text;
}

function where(loc: { page?: number; line?: number }): string {
  return `${loc.page !== undefined ? `第${loc.page}页` : ''}${loc.line !== undefined ? `第${loc.line}行` : ''}`;
}

function header(r: DocumentReport): string[] {
  const d = r.document;
  const facts = [
    d.department ? `部门：${d.department}` : undefined,
    d.year ? `年度：${d.year}` : undefined,
    `类型：${LEVEL[d.level] ?? ''}${KIND[d.kind] ?? d.kind}`,
    `版式：${layoutLabel(d)}`,
    d.unit ? `单位：${d.unit}` : undefined,
  ].filter(Boolean);
  const s = r.summary;
  const unrec =
    r.unrecognized.length > 0
      ? `（另有 ${r.unrecognized.length} 张表未识别：${r.unrecognized.map((u) => u.title).join('；')}）`
      : '';
  return [
    `gongkai 检查报告：${r.file}`,
    facts.join('　'),
    `识别表格 ${s.tables.recognized} 张${unrec}${s.tables.missing.length > 0 ? `；缺少：${s.tables.missing.join('、')}` : ''}`,
    `勾稽关系 ${s.identities.evaluated} 条：成立 ${s.identities.held}，舍入差异 ${s.identities.rounding}，不成立 ${s.identities.failed}`,
    ...r.warnings.map((w) => `注意：${w.message}`),
  ];
}

function suspectLine(s: ReportSuspect, i: number): string {
  const tie = s.tie ? '；另有同样可能的解释' : '';
  const at = where(s) ? `［${where(s)}］` : '';
  return `  ${i + 1}. ${s.table} ${s.row} · ${s.column}：${s.actual}，改为 ${s.suggested} 可使 ${s.satisfies} 条等式成立${tie}${at}`;
}

function missingAmounts(f: Finding): string {
  const amounts = unstatedAmounts(f);
  return amounts ? `：${amounts}` : '';
}

function findingLine(f: Finding, o: TextOptions): string {
  const at = where(f.location);
  const tail = at ? paint(o.color, 'dim', `（${at}）`) : '';
  return `  ${paint(o.color, f.severity, ICON[f.severity])} ${f.message}${missingAmounts(f)}${tail} ${paint(o.color, 'dim', `[${f.rule}]`)}`;
}

interface Group {
  title: string;
  /** Tables in print order, then findings of tables not shown, then the document, then the 说明 (narrative). */
  rank: number;
  findings: Finding[];
}

function groupOf(r: DocumentReport, f: Finding): Omit<Group, 'findings'> {
  const loc = f.location;
  const position = r.tables.findIndex((t) => t.id === loc.tableId || (!loc.tableId && t.label === loc.table));
  if (position >= 0) {
    const t = r.tables[position];
    return { title: `${t.label} ${t.title}`.trim(), rank: position };
  }
  if (loc.table) {
    const title = loc.tableTitle && loc.tableTitle !== loc.table ? ` ${loc.tableTitle}` : '';
    return { title: `${loc.table}${title}`, rank: r.tables.length };
  }
  if (loc.section !== undefined || loc.sentence !== undefined)
    return { title: `说明：${loc.section ?? ''}`, rank: r.tables.length + 2 };
  return { title: '文件', rank: r.tables.length + 1 };
}

function groups(r: DocumentReport): Group[] {
  const out = new Map<string, Group>();
  for (const f of r.findings) {
    const g = groupOf(r, f);
    const group = out.get(g.title) ?? { ...g, findings: [] };
    group.findings.push(f);
    out.set(g.title, group);
  }
  // A stable sort keeps the report's own order within each rank.
  return [...out.values()].sort((a, b) => a.rank - b.rank);
}

export function renderText(r: DocumentReport, o: TextOptions = {}): string {
  const lines = header(r).map((l, i) => (i === 0 ? paint(o.color, 'bold', l) : l));
  if (r.suspects.length > 0) {
    lines.push('', paint(o.color, 'bold', '最可能出错的单元格'), ...r.suspects.map(suspectLine));
  }
  for (const g of groups(r)) {
    lines.push('', paint(o.color, 'bold', g.title), ...g.findings.map((f) => findingLine(f, o)));
  }
  const c = r.summary.findings;
  const total = c.error + c.warning + c.info;
  lines.push(
    '',
    total === 0
      ? '没有发现问题。'
      : `共 ${total} 个问题：${SEVERITY_LABEL.error} ${c.error}，${SEVERITY_LABEL.warning} ${c.warning}，${SEVERITY_LABEL.info} ${c.info}。`,
  );
  return `${lines.join('\n')}\n`;
}
