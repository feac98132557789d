/**
 * Test-only: the DESIGN §4 identities re-added from the printed cells of rendered tables, written independently of
 * the renderer's aggregation (it reads strings, never the ledger). Returns a list of violations, empty when all hold.
 */
import type { RenderedTable } from '../../src/render/table.js';

/** Printed amount → 分 without floats: "1.50" → 150, "" → 0. */
export const cents = (s: string): number => {
  if (s === '') return 0;
  const [w, f = ''] = s.split('.');
  return Number(w) * 100 + Number(f.padEnd(2, '0'));
};

type Grid = string[][];

class Checker {
  readonly bad: string[] = [];
  eq(what: string, a: number, b: number): void {
    if (a !== b) this.bad.push(`${what}: ${a} ≠ ${b}`);
  }
}

const total = (rows: Grid, nameCol: number) => rows.find((r) => r[nameCol] === '合计') as string[];
const sumCol = (rows: Grid, col: number) => rows.reduce((s, r) => s + cents(r[col]), 0);

/** Coded table: 合计 = Σ 类 rows; 类 = Σ its 款 rows; 款 = Σ its 项 rows, in every amount column. */
function hierarchy(c: Checker, t: RenderedTable, codeCols: number, nameCol: number, cols: number[]): void {
  const body = t.rows.filter((r) => r[0] !== '');
  const level = (r: string[]) => r.slice(0, codeCols).filter((x) => x !== '').length;
  for (const col of cols) {
    c.eq(
      `${t.label} 合计 col ${col}`,
      cents(total(t.rows, nameCol)[col]),
      sumCol(
        body.filter((r) => level(r) === 1),
        col,
      ),
    );
    for (const parent of body.filter((r) => level(r) < codeCols)) {
      const n = level(parent);
      const kids = body.filter(
        (r) => level(r) === n + 1 && r.slice(0, n).join() === parent.slice(0, n).join(),
      );
      c.eq(`${t.label} ${parent.slice(0, n).join(' ')} col ${col}`, cents(parent[col]), sumCol(kids, col));
    }
  }
}

function rowSums(c: Checker, t: RenderedTable, totalCol: number, parts: number[]): void {
  for (const r of t.rows)
    c.eq(
      `${t.label} row ${r.join('|')}`,
      cents(r[totalCol]),
      parts.reduce((s, k) => s + cents(r[k]), 0),
    );
}

/** The income side of a two-sided table as label → amount. */
const side = (t: RenderedTable, labelCol: number, col: number) =>
  new Map(t.rows.filter((r) => r[labelCol] !== '').map((r) => [r[labelCol], cents(r[col])]));

export function violatedIdentities(tables: RenderedTable[]): string[] {
  const c = new Checker();
  const [t1, t2, t3, t4, t5, t6, t7, t8, t9, t10] = tables;
  // 表1
  const inc = side(t1, 0, 1);
  const get = (m: Map<string, number>, k: string) => m.get(k) ?? Number.NaN;
  const sources = [
    '1.一般公共预算拨款',
    '2.政府性基金预算拨款',
    '3.国有资本经营预算拨款',
    '4.财政专户核拨',
    '5.单位资金',
  ];
  c.eq(
    '表1 本年收入',
    get(inc, '一、本年收入'),
    sources.reduce((s, k) => s + get(inc, k), 0),
  );
  c.eq(
    '表1 上年结转结余',
    get(inc, '二、上年结转结余'),
    get(inc, '1.财政拨款结转') + get(inc, '2.非财政拨款结转结余'),
  );
  c.eq('表1 收入总计', get(inc, '收入总计'), get(inc, '一、本年收入') + get(inc, '二、上年结转结余'));
  const classLines1 = t1.rows.filter((r) => /^\d{3} /u.test(r[2]));
  c.eq('表1 支出总计', get(side(t1, 2, 3), '支出总计'), sumCol(classLines1, 3));
  c.eq('表1 balance', get(inc, '收入总计'), get(side(t1, 2, 3), '支出总计'));
  const classRow = (t: RenderedTable, code: string) => t.rows.find((r) => r[0] === code && r[1] === '');
  for (const r of classLines1)
    c.eq(`表1 ${r[2]} = 表3`, cents(r[3]), cents(classRow(t3, r[2].slice(0, 3))?.[4] ?? ''));
  // 表2
  rowSums(c, t2, 4, [5, 12, 13, 14, 15]);
  rowSums(c, t2, 5, [6, 7, 8, 9, 10, 11]);
  hierarchy(c, t2, 3, 3, [4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15]);
  const t2total = total(t2.rows, 3);
  c.eq('表2 合计 = 表1 收入总计', cents(t2total[4]), get(inc, '收入总计'));
  c.eq('表2 一般公共预算 = 表1 一般财力', cents(t2total[6]), get(inc, '其中：一般财力'));
  c.eq('表2 上级转移支付 = 表1', cents(t2total[7]), get(inc, '上级一般公共预算安排转移支付'));
  c.eq(
    '表1 一般公共预算拨款 = 一般财力 + 上级转移支付',
    get(inc, '1.一般公共预算拨款'),
    get(inc, '其中：一般财力') + get(inc, '上级一般公共预算安排转移支付'),
  );
  c.eq(
    '表1 单位资金 = Σ 其中',
    get(inc, '5.单位资金'),
    ['其中：事业收入', '上级补助收入', '附属单位上缴收入', '事业单位经营收入', '其他收入']
      .map((k) => get(inc, k))
      .reduce((a, b) => a + b, 0),
  );
  c.eq('表2 单位资金 = 表1', cents(t2total[13]), get(inc, '5.单位资金'));
  c.eq('表2 财政拨款结转 = 表1', cents(t2total[14]), get(inc, '1.财政拨款结转'));
  // 表3, 表5, 表8, 表9: 合计 = 基本支出 + 项目支出, hierarchy
  for (const t of [t3, t5, t8, t9]) {
    rowSums(c, t, 4, [5, 6]);
    hierarchy(c, t, 3, 3, [4, 5, 6]);
  }
  c.eq('表3 合计 = 表1 支出总计', cents(total(t3.rows, 3)[4]), get(side(t1, 2, 3), '支出总计'));
  // 表4
  const inc4 = side(t4, 0, 1);
  c.eq(
    '表4 财政拨款',
    get(inc4, '一、财政拨款（补助）'),
    get(inc4, '一般公共预算') + get(inc4, '政府性基金预算') + get(inc4, '国有资本经营预算'),
  );
  c.eq('表4 收入总计', get(inc4, '收入总计'), get(inc4, '一、财政拨款（补助）') + get(inc4, '二、上年结转'));
  rowSums(c, { ...t4, rows: t4.rows.filter((r) => r[2] !== '') }, 3, [4, 5, 6]);
  const lines4 = t4.rows.filter((r) => /^\d{3} /u.test(r[2]));
  const total4 = t4.rows[t4.rows.length - 1];
  for (const col of [3, 4, 5, 6]) c.eq(`表4 支出总计 col ${col}`, cents(total4[col]), sumCol(lines4, col));
  c.eq('表4 balance', get(inc4, '收入总计'), cents(total4[3]));
  c.eq(
    '表4 = 表1 财政拨款',
    get(inc4, '收入总计'),
    ['1.一般公共预算拨款', '2.政府性基金预算拨款', '3.国有资本经营预算拨款', '1.财政拨款结转'].reduce(
      (s, k) => s + get(inc, k),
      0,
    ),
  );
  for (const r of lines4)
    c.eq(`表4 ${r[2]} = 表5`, cents(r[4]), cents(classRow(t5, r[2].slice(0, 3))?.[4] ?? ''));
  c.eq('表4 一般公共预算 = 表5', cents(total4[4]), cents(total(t5.rows, 3)[4]));
  c.eq('表4 政府性基金 = 表8', cents(total4[5]), cents(total(t8.rows, 3)[4]));
  c.eq('表4 国有资本 = 表9', cents(total4[6]), cents(total(t9.rows, 3)[4]));
  // 表6, 表7
  rowSums(c, t6, 3, [4, 5]);
  hierarchy(c, t6, 2, 2, [3, 4, 5]);
  c.eq('表5 基本支出 = 表6', cents(total(t5.rows, 3)[5]), cents(total(t6.rows, 2)[3]));
  rowSums(c, t7, 5, [6, 7, 8, 9, 10, 11, 12, 13, 14, 15]);
  hierarchy(c, t7, 3, 4, [5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15]);
  c.eq('表5 项目支出 = 表7', cents(total(t5.rows, 3)[6]), cents(total(t7.rows, 4)[5]));
  // 表10
  const t10m = side(t10, 0, 1);
  c.eq(
    '表10 合计',
    get(t10m, '合计'),
    get(t10m, '因公出国（境）费') + get(t10m, '公务接待费') + get(t10m, '公务用车购置及运行费（小计）'),
  );
  c.eq(
    '表10 公务用车',
    get(t10m, '公务用车购置及运行费（小计）'),
    get(t10m, '其中：公务用车购置费') + get(t10m, '公务用车运行费'),
  );
  rowSums(c, t10, 1, [2, 3, 4]);
  return c.bad;
}
