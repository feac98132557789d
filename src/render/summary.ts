/**
 * 表1–表4 of the national layout: the two-sided summaries (income lines left, function 类 lines right) and the
 * coded income and expenditure tables.
 */
import { codedHeader, codedRows } from './coded.js';
import { generalAppropriation, generalSpending, itemTotal, type Ledger, type LedgerItem } from './ledger.js';
import { money, sum } from './money.js';
import { functionClasses } from './names.js';
import { h, type RenderedTable, range } from './table.js';

export interface Totals {
  general: number;
  /** The part of general handed down from above. */
  upperTransfer: number;
  govFund: number;
  stateCapital: number;
  specialAccount: number;
  unitFunds: number;
  fiscalCarryover: number;
  nonFiscalCarryover: number;
  /** 本年收入, 上年结转结余, 收入总计. */
  currentYear: number;
  carryover: number;
  all: number;
}

export function totalsOf(l: Ledger): Totals {
  const s = (f: (i: LedgerItem) => number) => sum(l.items.map(f));
  const t = {
    general: s(generalAppropriation),
    upperTransfer: s((i) => i.upperTransfer),
    govFund: s((i) => i.govFund),
    stateCapital: s((i) => i.stateCapital),
    specialAccount: s((i) => i.specialAccount),
    unitFunds: s((i) => i.unitFunds),
    fiscalCarryover: s((i) => i.fiscalCarryover),
    nonFiscalCarryover: s((i) => i.nonFiscalCarryover),
  };
  const currentYear = t.general + t.govFund + t.stateCapital + t.specialAccount + t.unitFunds;
  const carryover = t.fiscalCarryover + t.nonFiscalCarryover;
  return { ...t, currentYear, carryover, all: currentYear + carryover };
}

/** The 类 lines of the expenditure side: every 类 of the template, or only those with money. */
function classLines(l: Ledger, values: (i: LedgerItem) => number[], all: boolean, z: boolean): string[][] {
  const width = values(l.items[0]).length;
  const byClass = new Map<string, number[]>();
  for (const i of l.items) {
    const acc = byClass.get(i.code.slice(0, 3)) ?? Array(width).fill(0);
    byClass.set(
      i.code.slice(0, 3),
      values(i).map((v, k) => acc[k] + v),
    );
  }
  const known = new Map(functionClasses(l.year));
  for (const i of l.items) known.set(i.code.slice(0, 3), i.className);
  return [...known]
    .sort(([a], [b]) => a.localeCompare(b))
    .filter(([code]) => all || (byClass.get(code) ?? []).some((v) => v !== 0))
    .map(([code, name]) => [
      `${code} ${name}`,
      ...(byClass.get(code) ?? Array(width).fill(0)).map((v) => money(v, z)),
    ]);
}

function twoSided(left: string[][], right: string[][], rightWidth: number): string[][] {
  const n = Math.max(left.length, right.length);
  return Array.from({ length: n }, (_, k) => [
    ...(left[k] ?? ['', '']),
    ...(right[k] ?? Array(rightWidth).fill('')),
  ]);
}

function table1(l: Ledger, t: Totals, all: boolean, z: boolean): RenderedTable {
  const unitLines = ['事业收入', '上级补助收入', '附属单位上缴收入', '事业单位经营收入', '其他收入'];
  const income: [string, number][] = [
    ['一、本年收入', t.currentYear],
    ['1.一般公共预算拨款', t.general],
    ['其中：一般财力', t.general - t.upperTransfer],
    ['上级一般公共预算安排转移支付', t.upperTransfer],
    ['2.政府性基金预算拨款', t.govFund],
    ['其中：政府性基金收入', t.govFund],
    ['上级政府性基金安排转移支付', 0],
    ['3.国有资本经营预算拨款', t.stateCapital],
    ['其中：国有资本经营收入', t.stateCapital],
    ['上级国有资本经营预算安排转移支付', 0],
    ['4.财政专户核拨', t.specialAccount],
    ['5.单位资金', t.unitFunds],
    ...unitLines.map((name, k): [string, number] => [
      `${k === 0 ? '其中：' : ''}${name}`,
      l.unitFundsBy[name as keyof Ledger['unitFundsBy']] ?? 0,
    ]),
    ['二、上年结转结余', t.carryover],
    ['1.财政拨款结转', t.fiscalCarryover],
    ['其中：一般公共预算拨款', t.fiscalCarryover],
    ['政府性基金预算拨款', 0],
    ['国有资本经营预算拨款', 0],
    ['2.非财政拨款结转结余', t.nonFiscalCarryover],
    ['其中：财政专户核拨', 0],
    ['单位资金', t.nonFiscalCarryover],
  ];
  const left = income.map(([label, v]) => [label, money(v, z)]);
  const right = classLines(l, (i) => [itemTotal(i)], all, z);
  return {
    label: '表1',
    title: '部门（单位）收支总体情况表',
    header: [
      [h('收入', 2), h('支出', 2)],
      [h('项目'), h('预算数'), h('功能分类'), h('预算数')],
    ],
    rows: [...twoSided(left, right, 2), ['收入总计', money(t.all, z), '支出总计', money(t.all, z)]],
    width: 4,
    amountColumns: [1, 3],
  };
}

function table2(l: Ledger, z: boolean): RenderedTable {
  const fiscal = [
    '一般公共预算',
    '上级一般公共预算安排的转移支付',
    '政府性基金预算',
    '上级政府性基金安排的转移支付',
  ];
  return {
    label: '表2',
    title: '部门（单位）收入总体情况表',
    header: [
      [
        h('功能分类科目编码', 3),
        h('功能分类科目名称', 1, 2),
        h('总计', 1, 2),
        h('财政拨款（补助）', 7),
        ...['财政专户（教育收费）', '单位资金', '财政拨款结转', '非财政拨款结转结余'].map((t) => h(t, 1, 2)),
      ],
      [
        ...['类', '款', '项', '财政拨款（补助）小计', ...fiscal].map((t) => h(t)),
        h('国有资本经营预算'),
        h('上级国有资本经营预算安排的转移支付'),
      ],
    ],
    rows: codedRows(
      l.items,
      (i) => [
        itemTotal(i),
        generalAppropriation(i) + i.govFund + i.stateCapital,
        generalAppropriation(i) - i.upperTransfer,
        i.upperTransfer,
        i.govFund,
        0,
        i.stateCapital,
        0,
        i.specialAccount,
        i.unitFunds,
        i.fiscalCarryover,
        i.nonFiscalCarryover,
      ],
      z,
    ),
    width: 16,
    amountColumns: range(4, 16),
  };
}

function table3(l: Ledger, z: boolean): RenderedTable {
  return {
    label: '表3',
    title: '部门（单位）支出总体情况表',
    header: codedHeader('支出预算'),
    rows: codedRows(l.items, (i) => [itemTotal(i), i.basic, itemTotal(i) - i.basic], z),
    width: 7,
    amountColumns: range(4, 7),
  };
}

function table4(l: Ledger, t: Totals, all: boolean, z: boolean): RenderedTable {
  const fiscal = t.general + t.govFund + t.stateCapital;
  const left = [
    ['一、财政拨款（补助）', money(fiscal, z)],
    ['一般公共预算', money(t.general, z)],
    ['政府性基金预算', money(t.govFund, z)],
    ['国有资本经营预算', money(t.stateCapital, z)],
    ['二、上年结转', money(t.fiscalCarryover, z)],
  ];
  const values = (i: LedgerItem) => [
    generalSpending(i) + i.govFund + i.stateCapital,
    generalSpending(i),
    i.govFund,
    i.stateCapital,
  ];
  const right = classLines(l, values, all, z);
  const spent = [fiscal + t.fiscalCarryover, t.general + t.fiscalCarryover, t.govFund, t.stateCapital];
  return {
    label: '表4',
    title: '财政拨款收支预算总体情况表',
    header: [
      [h('财政拨款收入', 2), h('财政拨款支出', 5)],
      ['项目', '合计', '功能分类', '合计', '一般公共预算', '政府性基金预算', '国有资本经营预算'].map((x) =>
        h(x),
      ),
    ],
    rows: [
      ...twoSided(left, right, 5),
      ['收入总计', money(fiscal + t.fiscalCarryover, z), '支出总计', ...spent.map((v) => money(v, z))],
    ],
    width: 7,
    amountColumns: [1, 3, 4, 5, 6],
  };
}

export function summaryTables(l: Ledger, all: boolean, z: boolean): RenderedTable[] {
  const t = totalsOf(l);
  return [table1(l, t, all, z), table2(l, z), table3(l, z), table4(l, t, all, z)];
}
