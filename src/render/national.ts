/**
 * BudgetData → the national 表1–表10 tables, each as header rows and body rows of printed cells.
 * Every figure is computed from the 项-level data, so every identity of the national profile holds.
 */
import { classTotals, codedRows } from './coded.js';
import { money, sum } from './money.js';
import type { BudgetData, FunctionItem } from './types.js';

export interface RenderedTable {
  label: string;
  title: string;
  header: string[][];
  rows: string[][];
  /** Paragraph printed under the table (空表说明). */
  note?: string;
}

const general = (i: FunctionItem) => i.generalBasic + i.generalProject;
const total = (i: FunctionItem) => general(i) + i.govFund + i.unitFunds + i.nonFiscalCarryover;
const CODED_HEADER = [
  ['功能分类科目编码', '功能分类科目名称', '合计', '基本支出', '项目支出'],
  ['类', '款', '项', '', '', '', ''],
];

function twoSided(left: string[][], right: string[][], width: number): string[][] {
  const n = Math.max(left.length, right.length);
  return Array.from({ length: n }, (_, k) => [
    ...(left[k] ?? ['', '']),
    ...(right[k] ?? Array(width).fill('')),
  ]);
}

function table1(d: BudgetData, z: boolean): RenderedTable {
  const s = (f: (i: FunctionItem) => number) => sum(d.items.map(f));
  const [g, fund, unit, carry] = [
    s(general),
    s((i) => i.govFund),
    s((i) => i.unitFunds),
    s((i) => i.nonFiscalCarryover),
  ];
  const income = [
    ['一、本年收入', g + fund + unit],
    ['1.一般公共预算拨款', g],
    ['2.政府性基金预算拨款', fund],
    ['3.国有资本经营预算拨款', 0],
    ['4.财政专户核拨', 0],
    ['5.单位资金', unit],
    ['二、上年结转结余', carry],
    ['1.财政拨款结转', 0],
    ['2.非财政拨款结转结余', carry],
  ].map(([label, v]) => [String(label), money(Number(v), z)]);
  const classes = classTotals(d.items, total).map((c) => [`${c.code} ${c.name}`, money(c.amount, z)]);
  const all = g + fund + unit + carry;
  return {
    label: '表1',
    title: '部门（单位）收支总体情况表',
    header: [
      ['收入', '支出'],
      ['项目', '预算数', '功能分类', '预算数'],
    ],
    rows: [...twoSided(income, classes, 2), ['收入总计', money(all, z), '支出总计', money(all, z)]],
  };
}

function table2(d: BudgetData, z: boolean): RenderedTable {
  return {
    label: '表2',
    title: '部门（单位）收入总体情况表',
    header: [
      [
        '功能分类科目编码',
        '功能分类科目名称',
        '总计',
        '财政拨款(补助)',
        '财政专户（教育收费）',
        '单位资金',
        '财政拨款结转',
        '非财政拨款结转结余',
      ],
      [
        '类',
        '款',
        '项',
        '',
        '',
        '财政拨款(补助)小计',
        '一般公共预算',
        '上级一般公共预算安排的转移支付',
        '政府性基金预算',
        '上级政府性基金安排的转移支付',
        '国有资本经营预算',
        '上级国有资本经营预算安排的转移支付',
        '',
        '',
        '',
        '',
      ],
    ],
    rows: codedRows(
      d.items,
      (i) => [
        total(i),
        general(i) + i.govFund,
        general(i),
        0,
        i.govFund,
        0,
        0,
        0,
        0,
        i.unitFunds,
        0,
        i.nonFiscalCarryover,
      ],
      z,
    ),
  };
}

function table3(d: BudgetData, z: boolean): RenderedTable {
  const project = (i: FunctionItem) => i.generalProject + i.govFund + i.unitFunds + i.nonFiscalCarryover;
  return {
    label: '表3',
    title: '部门（单位）支出总体情况表',
    header: CODED_HEADER,
    rows: codedRows(d.items, (i) => [total(i), i.generalBasic, project(i)], z),
  };
}

function table4(d: BudgetData, z: boolean): RenderedTable {
  const g = sum(d.items.map(general));
  const fund = sum(d.items.map((i) => i.govFund));
  const income = [
    ['一、财政拨款（补助）', money(g + fund, z)],
    ['一般公共预算', money(g, z)],
    ['政府性基金预算', money(fund, z)],
    ['国有资本经营预算', ''],
  ];
  const classes = classTotals(d.items, (i) => general(i) + i.govFund).map((c) => {
    const inClass = d.items.filter((i) => i.code.startsWith(c.code));
    return [
      `${c.code} ${c.name}`,
      money(c.amount, z),
      money(sum(inClass.map(general)), z),
      money(sum(inClass.map((i) => i.govFund)), z),
      '',
    ];
  });
  return {
    label: '表4',
    title: '财政拨款收支预算总体情况表',
    header: [
      ['财政拨款收入', '财政拨款支出'],
      ['项目', '合计', '功能分类', '合计', '一般公共预算', '政府性基金预算', '国有资本经营预算'],
    ],
    rows: [
      ...twoSided(income, classes, 5),
      ['收入总计', money(g + fund, z), '支出总计', money(g + fund, z), money(g, z), money(fund, z), ''],
    ],
  };
}

function table6(d: BudgetData, z: boolean): RenderedTable {
  const rows: string[][] = [];
  const side = (code: string, v: number) => (code.startsWith('302') ? [0, v] : [v, 0]);
  for (const cls of [...new Set(d.economic.map((e) => e.code.slice(0, 3)))]) {
    const lines = d.economic.filter((e) => e.code.startsWith(cls));
    const t = sum(lines.map((e) => e.amount));
    rows.push([cls, '', lines[0].className, money(t, z), ...side(cls, t).map((v) => money(v, z))]);
    for (const e of lines)
      rows.push([
        cls,
        e.code.slice(3),
        e.name,
        money(e.amount, z),
        ...side(cls, e.amount).map((v) => money(v, z)),
      ]);
  }
  const personnel = sum(d.economic.filter((e) => !e.code.startsWith('302')).map((e) => e.amount));
  const operating = sum(d.economic.filter((e) => e.code.startsWith('302')).map((e) => e.amount));
  rows.push(['', '', '合计', money(personnel + operating, z), money(personnel, z), money(operating, z)]);
  return {
    label: '表6',
    title: '一般公共预算基本支出情况表',
    header: [
      ['经济分类科目编码', '经济分类科目名称', '合计', '人员经费', '公用经费'],
      ['类', '款', '', '', '', ''],
    ],
    rows,
  };
}

function table7(d: BudgetData, z: boolean): RenderedTable {
  const cols = ['301', '302', '303', '310'] as const;
  const line = (ps: BudgetData['projects']) =>
    [
      sum(ps.map((p) => p.amount)),
      ...cols.map((c) => sum(ps.filter((p) => p.economicClass === c).map((p) => p.amount))),
    ].map((v) => money(v, z));
  const rows: string[][] = [];
  for (const cls of [...new Set(d.projects.map((p) => p.code.slice(0, 3)))]) {
    const inClass = d.projects.filter((p) => p.code.startsWith(cls));
    const item = (code: string) => d.items.find((i) => i.code === code)!;
    rows.push([cls, '', '', item(inClass[0].code).className, '', ...line(inClass)]);
    for (const sec of [...new Set(inClass.map((p) => p.code.slice(0, 5)))]) {
      const inSection = inClass.filter((p) => p.code.startsWith(sec));
      rows.push([cls, sec.slice(3), '', item(inSection[0].code).sectionName, '', ...line(inSection)]);
      for (const p of inSection)
        rows.push([cls, sec.slice(3), p.code.slice(5), item(p.code).name, p.name, ...line([p])]);
    }
  }
  rows.push(['', '', '', '', '合计', ...line(d.projects)]);
  return {
    label: '表7',
    title: '一般公共预算项目支出情况表',
    header: [
      [
        '科目编码',
        '科目名称',
        '项目名称',
        '项目支出合计',
        '工资福利支出',
        '商品和服务支出',
        '对个人和家庭的补助',
        '资本性支出',
      ],
      ['类', '款', '项', '', '', '', '', '', '', ''],
    ],
    rows,
  };
}

function fundTable(
  label: string,
  title: string,
  items: FunctionItem[],
  value: (i: FunctionItem) => number,
  fundName: string,
  z: boolean,
): RenderedTable {
  const used = items.filter((i) => value(i) !== 0);
  if (used.length === 0) {
    return {
      label,
      title,
      header: CODED_HEADER,
      rows: [
        ['', '', '', '', '', '', ''],
        ['', '', '', '合计', '', '', ''],
      ],
      note: `本单位没有使用${fundName}安排的支出，本表为空表。`,
    };
  }
  return { label, title, header: CODED_HEADER, rows: codedRows(items, (i) => [value(i), 0, value(i)], z) };
}

function table10(d: BudgetData, z: boolean): RenderedTable {
  const t = d.threePublic;
  const vehicle = t.vehiclePurchase + t.vehicleOperation;
  const line = (label: string, v: number) => [label, money(v, z), money(v, z), '', ''];
  return {
    label: '表10',
    title: '财政拨款“三公”经费支出情况表',
    header: [
      ['三公支出内容', '合计', '资金来源'],
      ['', '', '一般公共预算', '政府性基金', '国有资本经营预算'],
    ],
    rows: [
      line('合计', t.overseas + t.reception + vehicle),
      line('因公出国（境）费', t.overseas),
      line('公务接待费', t.reception),
      line('公务用车购置及运行费', vehicle),
      line('其中：公务用车购置费', t.vehiclePurchase),
      line('公务用车运行费', t.vehicleOperation),
    ],
  };
}

export function nationalTables(d: BudgetData, zeroAsBlank = true): RenderedTable[] {
  const z = zeroAsBlank;
  return [
    table1(d, z),
    table2(d, z),
    table3(d, z),
    table4(d, z),
    {
      label: '表5',
      title: '一般公共预算支出情况表',
      header: CODED_HEADER,
      rows: codedRows(d.items, (i) => [general(i), i.generalBasic, i.generalProject], z),
    },
    table6(d, z),
    table7(d, z),
    fundTable('表8', '政府性基金预算支出情况表', d.items, (i) => i.govFund, '政府性基金预算拨款', z),
    fundTable('表9', '国有资本经营预算支出情况表', d.items, () => 0, '国有资本经营预算拨款', z),
    table10(d, z),
  ];
}
