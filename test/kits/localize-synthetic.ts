/**
 * A synthetic consistent document for the localizer's tests and benchmark, as identities shaped like the ones
 * rules build (ids, families, sources, descriptions, units, precision, exact flags): 表3 with a 类/款/项 code
 * hierarchy over 合计 = 基本支出 + 项目支出, 表5 repeating some 类 of 表3, and 表1 in 元 repeating every 类 line
 * of 表3 with its own 支出总计 and a 其中 bound. Seeded, so a failing case can be replayed.
 */
import { Decimal } from 'decimal.js';
import { type CellRef, cellKey, type IdentityFamily } from '../../src/model/identity.js';
import { convert, type Unit } from '../../src/model/rounding.js';
import { prng } from '../../src/render/random.js';

const COLUMNS = ['total', 'basic', 'project'] as const;
const COLUMN_NAME: Record<string, string> = { total: '合计', basic: '基本支出', project: '项目支出' };

/** The renderer's seedable generator (mulberry32): picks cells and digits. */
export const rng = prng;

interface SyntheticTable {
  id: string;
  label: string;
  unit: Unit;
  precision: number;
}

interface Draft {
  id: string;
  family: IdentityFamily;
  source: string;
  description: string;
  total: CellRef;
  parts: { cell: CellRef; sign: 1 | -1 }[];
  relation: 'eq' | 'le';
  exact: boolean;
  unit: Unit;
}

export interface SyntheticDocument {
  tables: SyntheticTable[];
  /** Printed value of every cell, in its table's unit. */
  values: Map<string, Decimal>;
  drafts: Draft[];
  /** Cells a test may change: every cell of an equality (a 其中 line alone only bounds). */
  mutable: CellRef[];
  /** 项 cells of 表3 under each 类 (by 类 code): changes under different 类 are independent. */
  leavesByClass: Map<string, CellRef[]>;
}

interface CodeRow {
  code: string;
  name: string;
  children: CodeRow[];
}

function codeTree(random: () => number, classes: number, width: number): CodeRow[] {
  const pick = () => 1 + Math.floor(random() * width);
  return Array.from({ length: classes }, (_, i) => {
    const lei = String(201 + i * 3);
    return {
      code: lei,
      name: `类${lei}`,
      children: Array.from({ length: pick() }, (_, j) => {
        const kuan = `${lei}${String(j + 1).padStart(2, '0')}`;
        return {
          code: kuan,
          name: `款${kuan}`,
          children: Array.from({ length: pick() }, (_, k) => {
            const xiang = `${kuan}${String(k + 1).padStart(2, '0')}`;
            return { code: xiang, name: `项${xiang}`, children: [] };
          }),
        };
      }),
    };
  });
}

/** Cents: a leaf's 基本支出 and (sometimes zero) 项目支出 in 万元 with two decimals. */
function leafAmounts(random: () => number): [Decimal, Decimal] {
  const basic = new Decimal(Math.floor(random() * 500000)).div(100);
  const project = random() < 0.3 ? new Decimal(0) : new Decimal(Math.floor(random() * 300000)).div(100);
  return [basic, project];
}

class Builder {
  readonly values = new Map<string, Decimal>();
  readonly drafts: Draft[] = [];
  readonly labels = new Map<string, string>();

  set(cell: CellRef, value: Decimal, label: string): void {
    this.values.set(cellKey(cell), value);
    this.labels.set(`${cell.table}/${cell.row}`, label);
  }

  get(cell: CellRef): Decimal {
    return this.values.get(cellKey(cell))!;
  }

  add(d: Omit<Draft, 'relation' | 'exact'> & { relation?: 'eq' | 'le'; exact?: boolean }): void {
    this.drafts.push({ relation: 'eq', exact: false, ...d });
  }
}

/** 表3 or 表5: rows 合计, then each 类, its 款, their 项; every row 合计 = 基本 + 项目; 类/款 = Σ children. */
function hierarchyTable(
  b: Builder,
  table: SyntheticTable,
  tree: CodeRow[],
  leaves: Map<string, [Decimal, Decimal]>,
) {
  const rowOf = new Map<string, number>();
  let next = 1;
  const place = (r: CodeRow) => {
    rowOf.set(r.code, next++);
    for (const c of r.children) place(c);
  };
  for (const r of tree) place(r);
  const fill = (r: CodeRow): [Decimal, Decimal] => {
    const [basic, project] =
      r.children.length === 0
        ? leaves.get(r.code)!
        : r.children
            .map(fill)
            .reduce(([x, y], [u, v]) => [x.plus(u), y.plus(v)], [new Decimal(0), new Decimal(0)]);
    const row = rowOf.get(r.code)!;
    const label = `${r.code} ${r.name}`;
    b.set({ table: table.id, row, column: 'basic' }, basic, label);
    b.set({ table: table.id, row, column: 'project' }, project, label);
    b.set({ table: table.id, row, column: 'total' }, basic.plus(project), label);
    return [basic, project];
  };
  const sums = tree.map(fill);
  const total = sums.reduce(([x, y], [u, v]) => [x.plus(u), y.plus(v)], [new Decimal(0), new Decimal(0)]);
  b.set({ table: table.id, row: 0, column: 'basic' }, total[0], '合计');
  b.set({ table: table.id, row: 0, column: 'project' }, total[1], '合计');
  b.set({ table: table.id, row: 0, column: 'total' }, total[0].plus(total[1]), '合计');
  const cell = (row: number, column: string): CellRef => ({ table: table.id, row, column });
  for (const row of [0, ...rowOf.values()]) {
    b.add({
      id: `row-sum:${table.id}/${row}`,
      family: 'row-sum',
      source: 'row-sum',
      description: `${table.label} ${b.labels.get(`${table.id}/${row}`)}：合计 = 基本支出 + 项目支出`,
      total: cell(row, 'total'),
      parts: [
        { cell: cell(row, 'basic'), sign: 1 },
        { cell: cell(row, 'project'), sign: 1 },
      ],
      unit: table.unit,
    });
  }
  const parents = (rows: CodeRow[]): CodeRow[] =>
    rows.flatMap((r) => (r.children.length ? [r, ...parents(r.children)] : []));
  for (const column of COLUMNS) {
    for (const p of parents(tree)) {
      const row = rowOf.get(p.code)!;
      b.add({
        id: `hierarchy:${table.id}/${row}/${column}`,
        family: 'hierarchy',
        source: 'hierarchy',
        description: `${table.label} ${p.code} ${p.name} ${COLUMN_NAME[column]} = 其下级科目之和`,
        total: cell(row, column),
        parts: p.children.map((c) => ({ cell: cell(rowOf.get(c.code)!, column), sign: 1 as const })),
        unit: table.unit,
      });
    }
    b.add({
      id: `total-row:${table.id}/0/${column}`,
      family: 'total-row',
      source: 'total-row',
      description: `${table.label} 合计 ${COLUMN_NAME[column]} = 各类之和`,
      total: cell(0, column),
      parts: tree.map((r) => ({ cell: cell(rowOf.get(r.code)!, column), sign: 1 as const })),
      unit: table.unit,
    });
  }
  return rowOf;
}

/** 表1 in 元: 支出总计, one line per 类 of 表3, a 其中 line; each 类 line and the total printed again from 表3. */
function summaryTable(
  b: Builder,
  t1: SyntheticTable,
  t3: SyntheticTable,
  tree: CodeRow[],
  rowOf3: Map<string, number>,
) {
  const toYuan = (v: Decimal) => convert(v, '万元', '元');
  const cell = (table: string, row: number, column: string): CellRef => ({ table, row, column });
  const line = (row: number) => cell(t1.id, row, 'amount');
  tree.forEach((r, i) => {
    b.set(line(i + 1), toYuan(b.get(cell(t3.id, rowOf3.get(r.code)!, 'total'))), r.name);
  });
  b.set(line(0), toYuan(b.get(cell(t3.id, 0, 'total'))), '支出总计');
  const ofWhich = tree.length + 1;
  b.set(line(ofWhich), toYuan(b.get(cell(t3.id, 0, 'basic'))), '其中：基本支出');
  b.add({
    id: 'line-sum:t1/0',
    family: 'line-sum',
    source: 'line-sum',
    description: `${t1.label} 支出总计 = 各类支出之和`,
    total: line(0),
    parts: tree.map((_, i) => ({ cell: line(i + 1), sign: 1 as const })),
    unit: t1.unit,
  });
  b.add({
    id: 'bound:t1/of-which',
    family: 'bound',
    source: 'of-which',
    description: `${t1.label} 其中：基本支出 ≤ 支出总计`,
    total: line(ofWhich),
    parts: [{ cell: line(0), sign: 1 }],
    relation: 'le',
    unit: t1.unit,
  });
  const copies: [number, number, string][] = [
    [0, 0, '支出总计'],
    ...tree.map((r, i): [number, number, string] => [i + 1, rowOf3.get(r.code)!, `${r.code} ${r.name}`]),
  ];
  for (const [row1, row3, label] of copies) {
    b.add({
      id: `t1-t3:${row1}`,
      family: 'cross-table',
      source: 't1-t3',
      description: `${t1.label} ${label} = ${t3.label} ${label} 合计`,
      total: line(row1),
      parts: [{ cell: cell(t3.id, row3, 'total'), sign: 1 }],
      exact: true,
      unit: '元',
    });
  }
  return ofWhich;
}

export interface SyntheticOptions {
  seed: number;
  /** 类 rows in 表3 (default 3). */
  classes?: number;
  /** Most 款 per 类 and 项 per 款 (default 3). */
  width?: number;
  /** 类 of 表3 repeated in 表5 (default 1). */
  copied?: number;
}

export function syntheticDocument(options: SyntheticOptions): SyntheticDocument {
  const random = rng(options.seed);
  const tree = codeTree(random, options.classes ?? 3, options.width ?? 3);
  const leaves = new Map<string, [Decimal, Decimal]>();
  const visit = (r: CodeRow): void => {
    if (r.children.length === 0) leaves.set(r.code, leafAmounts(random));
    r.children.forEach(visit);
  };
  tree.forEach(visit);
  const t1: SyntheticTable = { id: 't1', label: '表1', unit: '元', precision: 2 };
  const t3: SyntheticTable = { id: 't3', label: '表3', unit: '万元', precision: 2 };
  const t5: SyntheticTable = { id: 't5', label: '表5', unit: '万元', precision: 2 };
  const b = new Builder();
  const rowOf3 = hierarchyTable(b, t3, tree, leaves);
  const copiedTree = tree.slice(0, options.copied ?? 1);
  const rowOf5 = hierarchyTable(b, t5, copiedTree, leaves);
  for (const [code, row5] of rowOf5) {
    b.add({
      id: `t5-t3:${code}`,
      family: 'cross-table',
      source: 't5-t3',
      description: `${t5.label} ${code} 合计 = ${t3.label} ${code} 合计`,
      total: { table: t5.id, row: row5, column: 'total' },
      parts: [{ cell: { table: t3.id, row: rowOf3.get(code)!, column: 'total' }, sign: 1 }],
      exact: true,
      unit: '万元',
    });
  }
  const ofWhich = summaryTable(b, t1, t3, tree, rowOf3);
  const mutable = [...b.values.keys()].filter((k) => k !== `t1/${ofWhich}/amount`).map(parseCell);
  const leavesByClass = new Map(
    tree.map((r) => [
      r.code,
      [...leaves.keys()]
        .filter((code) => code.startsWith(r.code))
        .flatMap((code) => COLUMNS.map((column) => ({ table: t3.id, row: rowOf3.get(code)!, column }))),
    ]),
  );
  return { tables: [t1, t3, t5], values: b.values, drafts: b.drafts, mutable, leavesByClass };
}

function parseCell(k: string): CellRef {
  const [table, row, column] = k.split('/');
  return { table, row: Number(row), column };
}
