/**
 * 表5–表10 of the national layout: the general budget by function and by economic class, its projects, the two
 * fund tables (empty with their note when there is no such money) and the 三公 table.
 */
import { codedHeader, codedRows } from './coded.js';
import {
  ECONOMIC_CLASS_CODES,
  generalSpending,
  type Ledger,
  type LedgerItem,
  type LedgerProject,
} from './ledger.js';
import { money, sum } from './money.js';
import { ECONOMIC_CLASSES } from './names.js';
import { h, type RenderedTable, range } from './table.js';

function table5(l: Ledger, z: boolean): RenderedTable {
  return {
    label: '表5',
    title: '一般公共预算支出情况表',
    header: codedHeader('一般公共预算支出'),
    rows: codedRows(l.items, (i) => [generalSpending(i), i.basic, i.project + i.fiscalCarryover], z),
    width: 7,
    amountColumns: range(4, 7),
  };
}

function table6(l: Ledger, z: boolean): RenderedTable {
  const rows: string[][] = [];
  const line = (ps: number, op: number) => [ps + op, ps, op].map((v) => money(v, z));
  for (const cls of [...new Set(l.economic.map((e) => e.code.slice(0, 3)))]) {
    const lines = l.economic.filter((e) => e.code.startsWith(cls));
    const [ps, op] = [sum(lines.map((e) => e.personnel)), sum(lines.map((e) => e.operating))];
    rows.push([cls, '', lines[0].className, ...line(ps, op)]);
    for (const e of lines) rows.push([cls, e.code.slice(3), e.name, ...line(e.personnel, e.operating)]);
  }
  const [ps, op] = [sum(l.economic.map((e) => e.personnel)), sum(l.economic.map((e) => e.operating))];
  rows.push(['', '', '合计', ...line(ps, op)]);
  return {
    label: '表6',
    title: '一般公共预算基本支出情况表',
    header: [
      [h('项目', 3), h('一般公共预算基本支出', 3)],
      [
        h('经济分类科目编码', 2),
        h('经济分类科目名称', 1, 2),
        h('合计', 1, 2),
        h('人员经费', 1, 2),
        h('公用经费', 1, 2),
      ],
      [h('类'), h('款')],
    ],
    rows,
    width: 6,
    amountColumns: range(3, 6),
  };
}

function table7(l: Ledger, z: boolean): RenderedTable {
  const line = (ps: LedgerProject[]) =>
    [sum(ps.map((p) => p.total)), ...ECONOMIC_CLASS_CODES.map((c) => sum(ps.map((p) => p.amounts[c])))].map(
      (v) => money(v, z),
    );
  const item = (code: string) => l.items.find((i) => i.code === code) as LedgerItem;
  const rows: string[][] = [];
  for (const cls of [...new Set(l.projects.map((p) => p.code.slice(0, 3)))]) {
    const inClass = l.projects.filter((p) => p.code.startsWith(cls));
    rows.push([cls, '', '', item(inClass[0].code).className, '', ...line(inClass)]);
    for (const sec of [...new Set(inClass.map((p) => p.code.slice(0, 5)))]) {
      const inSection = inClass.filter((p) => p.code.startsWith(sec));
      rows.push([cls, sec.slice(3), '', item(inSection[0].code).sectionName, '', ...line(inSection)]);
      for (const p of inSection)
        rows.push([cls, sec.slice(3), p.code.slice(5), item(p.code).name, p.name, ...line([p])]);
    }
  }
  if (l.projects.length === 0) rows.push(Array(16).fill(''));
  rows.push(['', '', '', '', '合计', ...line(l.projects)]);
  return {
    label: '表7',
    title: '一般公共预算项目支出情况表',
    header: [
      [
        h('科目编码', 3),
        h('科目名称', 1, 2),
        h('项目名称', 1, 2),
        h('项目支出合计', 1, 2),
        ...ECONOMIC_CLASSES.map(([, name]) => h(name, 1, 2)),
      ],
      [h('类'), h('款'), h('项')],
    ],
    rows,
    width: 16,
    amountColumns: range(5, 16),
  };
}

function fundTable(
  label: string,
  title: string,
  l: Ledger,
  value: (i: LedgerItem) => number,
  fund: string,
  z: boolean,
): RenderedTable {
  const base = { label, title, header: codedHeader(`${fund}支出`), width: 7, amountColumns: range(4, 7) };
  if (l.items.every((i) => value(i) === 0)) {
    return {
      ...base,
      rows: [Array(7).fill(''), ['', '', '', '合计', '', '', '']],
      note: `本部门没有使用${fund}拨款安排的支出，${title}为空表。`,
    };
  }
  return { ...base, rows: codedRows(l.items, (i) => [value(i), 0, value(i)], z) };
}

function table10(l: Ledger, z: boolean): RenderedTable {
  const t = l.threePublic;
  const vehicle = t.vehiclePurchase + t.vehicleOperation;
  const line = (label: string, v: number) => [label, money(v, z), money(v, z), '', ''];
  return {
    label: '表10',
    title: '财政拨款“三公”经费支出情况表',
    header: [
      [h('三公支出内容', 1, 2), h('合计', 1, 2), h('资金来源', 3)],
      [h('一般公共预算'), h('政府性基金'), h('国有资本经营预算')],
    ],
    rows: [
      line('合计', t.overseas + t.reception + vehicle),
      line('因公出国（境）费', t.overseas),
      line('公务接待费', t.reception),
      line('公务用车购置及运行费（小计）', vehicle),
      line('其中：公务用车购置费', t.vehiclePurchase),
      line('公务用车运行费', t.vehicleOperation),
    ],
    width: 5,
    amountColumns: range(1, 5),
  };
}

export function detailTables(l: Ledger, z: boolean): RenderedTable[] {
  return [
    table5(l, z),
    table6(l, z),
    table7(l, z),
    fundTable('表8', '政府性基金预算支出情况表', l, (i) => i.govFund, '政府性基金预算', z),
    fundTable('表9', '国有资本经营预算支出情况表', l, (i) => i.stateCapital, '国有资本经营预算', z),
    table10(l, z),
  ];
}
