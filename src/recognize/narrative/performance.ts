/**
 * 项目支出绩效目标表 from the raw table blocks. Read by labels, not by position: 项目名称, 年度预算总额,
 * 财政拨款, 其他资金 are found wherever their label cell is, and the value is the rest of the label cell or the
 * next cell of the row (span-less copies shift cells, and readers sometimes join two physical rows). The
 * indicator grid is read by the columns of its header row (一级指标 … 指标值 … 分值/权重).
 */
import { type Amount, parseAmount } from '../../model/amount.js';
import type { PerformanceIndicator, PerformanceTable } from '../../model/performance.js';
import type { Provenance, RawCell, RawDocument, RawRow, RawTable } from '../../model/raw.js';
import type { Unit } from '../../model/rounding.js';

const squash = (s: string) => s.normalize('NFKC').replace(/[\s\u3000]+/gu, '');

const TITLE = /绩效目标表/u;
const LABELS: { key: 'name' | 'manager' | 'owner' | 'total' | 'fiscal' | 'other'; re: RegExp }[] = [
  { key: 'name', re: /^项目名称[:]?/u },
  { key: 'manager', re: /^项目负责人[:]?/u },
  { key: 'owner', re: /^(预算单位|主管部门|实施单位|单位名称|项目单位)[:]?/u },
  { key: 'total', re: /^(年度预算资金总额|年度预算总额|年度资金总额|资金总额|项目总额|预算总额)[:]?/u },
  { key: 'fiscal', re: /^(其中[:]?)?财政拨款(资金)?[:]?/u },
  { key: 'other', re: /^(其中[:]?)?其他资金[:]?/u },
];

interface Draft {
  table: PerformanceTable;
  /** Header positions relative to the 一级指标 cell. */
  grid?: { level1: number; level2: number; level3: number; value: number; weight?: number };
  level1: string;
  level2: string;
}

function newDraft(title: string, prov: Provenance, unit: Unit): Draft {
  return { table: { title, projectName: '', unit, indicators: [], prov }, level1: '', level2: '' };
}

/** The value of a labelled field: the rest of its own cell, else the next cell unless that is another label. */
function valueAfter(
  cells: RawCell[],
  i: number,
  label: RegExp,
): { text: string; prov: Provenance } | undefined {
  const own = squash(cells[i].text).replace(label, '');
  if (own !== '') return { text: own, prov: cells[i].prov };
  // The value may stand a few empty cells to the right (a label cell spanning less than its ruling).
  let j = i + 1;
  while (j < cells.length - 1 && j < i + 4 && squash(cells[j].text) === '') j++;
  const next = cells[j];
  if (!next) return undefined;
  const t = squash(next.text);
  if (t !== '' && parseAmount(t) === undefined && LABELS.some((l) => l.re.test(t)))
    return { text: '', prov: next.prov };
  return { text: t, prov: next.prov };
}

function money(v: { text: string; prov: Provenance } | undefined): PerformanceTable['total'] {
  if (!v) return undefined;
  const amount = parseAmount(v.text.replace(/万?元$/u, ''));
  return amount ? { amount, prov: v.prov } : undefined;
}

function readLabels(d: Draft, row: RawRow): void {
  const cells = row.cells;
  cells.forEach((c, i) => {
    const t = squash(c.text);
    if (/^项目资金.*万元|单位:万元/u.test(t)) d.table.unit = '万元';
    else if (/^项目资金.*\(元\)|单位:元/u.test(t)) d.table.unit = '元';
    for (const { key, re } of LABELS) {
      if (!re.test(t)) continue;
      const v = valueAfter(cells, i, re);
      if (key === 'name' || key === 'manager' || key === 'owner') {
        if (v && v.text !== '' && !LABELS.some((l) => l.re.test(v.text)))
          d.table[key === 'name' ? 'projectName' : key] = v.text;
      } else {
        const m = money(v);
        if (m) d.table[key] = m;
      }
      break;
    }
  });
}

function readHeader(d: Draft, row: RawRow): boolean {
  const texts = row.cells.map((c) => squash(c.text));
  const l1 = texts.indexOf('一级指标');
  if (l1 < 0 || !texts.includes('三级指标')) return false;
  const rel = (re: RegExp) => {
    const i = texts.findIndex((t, k) => k >= l1 && re.test(t));
    return i < 0 ? undefined : i - l1;
  };
  d.grid = {
    level1: 0,
    level2: rel(/^二级指标$/u) ?? 1,
    level3: rel(/^三级指标$/u) ?? 2,
    value: rel(/^(指标值|目标值|指标值设置)/u) ?? 3,
  };
  const weight = rel(/分值|权重/u);
  if (weight !== undefined) d.grid.weight = weight;
  return true;
}

function readIndicator(d: Draft, row: RawRow): void {
  const g = d.grid!;
  const text = (k: number | undefined) => (k === undefined ? '' : squash(row.cells[k]?.text ?? ''));
  const level1 = text(g.level1);
  const weightCell = g.weight === undefined ? undefined : row.cells[g.weight];
  if (/^(合计|总分|总计)$/u.test(level1) || /^(合计|总分|总计)$/u.test(text(g.level3))) {
    const w = weightCell ? parseAmount(weightCell.text) : undefined;
    if (w && !w.blank) d.table.statedWeightTotal = { amount: w, prov: weightCell!.prov };
    return;
  }
  if (level1 !== '') [d.level1, d.level2] = [level1, ''];
  if (text(g.level2) !== '') d.level2 = text(g.level2);
  const level3 = text(g.level3);
  if (level3 === '' && text(g.value) === '') return;
  const ind: PerformanceIndicator = {
    level1: d.level1,
    level2: d.level2,
    level3,
    value: text(g.value),
    prov: row.prov,
  };
  const weight: Amount | undefined = weightCell ? parseAmount(weightCell.text) : undefined;
  if (weight && weight.blank === undefined) ind.weight = weight;
  d.table.indicators.push(ind);
}

function parseTable(raw: RawTable, out: PerformanceTable[], defaultUnit: Unit): void {
  let d: Draft | undefined;
  const flush = () => {
    if (d && d.table.projectName !== '') out.push(d.table);
    d = undefined;
  };
  for (const row of raw.rows) {
    const first = squash(row.cells[0]?.text ?? '');
    if (TITLE.test(first)) {
      flush();
      d = newDraft(first, row.prov, defaultUnit);
      continue;
    }
    const startsProject = row.cells.some((c) => /^项目名称/u.test(squash(c.text)));
    if (startsProject && d?.table.projectName) {
      // A new project without its own title row (continuation layout).
      const title = d.table.title;
      flush();
      d = newDraft(title, row.prov, defaultUnit);
    }
    if (!d) continue;
    if (
      d.grid &&
      !startsProject &&
      !row.cells.some((c) => /^(项目资金|年度预算|项目总体目标)/u.test(squash(c.text)))
    ) {
      if (!readHeader(d, row)) readIndicator(d, row);
      continue;
    }
    readLabels(d, row);
    readHeader(d, row);
  }
  flush();
}

/** Every 项目支出绩效目标表 of a document, in order. A table that names no project is skipped. */
export function parsePerformanceTables(raw: RawDocument): PerformanceTable[] {
  const out: PerformanceTable[] = [];
  let pendingTitle = false;
  for (const b of raw.blocks) {
    if (b.type === 'paragraph') {
      pendingTitle = TITLE.test(squash(b.text));
      continue;
    }
    const hasTitle = b.rows.some((r) => TITLE.test(squash(r.cells[0]?.text ?? '')));
    if (!hasTitle && !pendingTitle) continue;
    const rows = hasTitle
      ? b.rows
      : [
          {
            cells: [{ text: '项目支出绩效目标表', col: 0, colSpan: 1, rowSpan: 1, prov: b.prov }],
            prov: b.prov,
          },
          ...b.rows,
        ];
    parseTable({ ...b, rows }, out, '万元');
    pendingTitle = false;
  }
  return out;
}
