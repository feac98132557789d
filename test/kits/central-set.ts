/**
 * A central department's budget (中央部门预算) as a web page: the nine tables with …总表 titles, numbered "1." to "9.",
 * 2023年执行数 | 2024年预算数 | 增减额 | 增减% in the expenditure tables, both years side by side in the 三公 table and
 * two tables printed empty with a note. Consistent by construction; `change` alters one printed amount.
 */

/** One amount in hundredths of 万元 (cents), or nothing printed. */
type Amount = number | undefined;
type Row = (string | Amount)[];
interface HeadCell {
  text: string;
  cols?: number;
  rows?: number;
}

/** Which printed amount to change: the table's number (1–9), a row and a column of its body, and by how much. */
export interface CellChange {
  table: number;
  row: number;
  col: number;
  by: number;
}

const cents = (wan: number) => Math.round(wan * 100);
const printed = (v: Amount) => (v === undefined ? '' : (v / 100).toFixed(2));

/** 项 lines: code, name, 基本支出, 项目支出 from 一般公共预算, 项目支出 from 事业收入, 2023年执行数 (万元). */
const ITEMS: [string, string, number, number, number, number][] = [
  ['2060101', '行政运行', 500, 0, 0, 480],
  ['2060102', '一般行政管理事务', 0, 120, 0, 100],
  ['2060301', '机构运行', 800, 0, 0, 760],
  ['2060302', '社会公益研究', 0, 200, 100, 250],
  ['2080505', '机关事业单位基本养老保险缴费支出', 150, 0, 0, 140],
  ['2210201', '住房公积金', 130, 0, 0, 125],
];

const PARENTS: Record<string, string> = {
  '206': '科学技术支出',
  '20601': '科学技术管理事务',
  '20603': '应用研究',
  '208': '社会保障和就业支出',
  '20805': '行政事业单位养老支出',
  '221': '住房保障支出',
  '22102': '住房改革支出',
};

/** 经济分类 lines of the 基本支出表: code, name, 人员经费, 公用经费 (万元); they add up to the 基本支出 above. */
const ECONOMIC: [string, string, number, number][] = [
  ['301', '工资福利支出', 1300, 0],
  ['30101', '基本工资', 600, 0],
  ['30102', '津贴补贴', 400, 0],
  ['30107', '绩效工资', 20, 0],
  ['30108', '机关事业单位基本养老保险缴费', 150, 0],
  ['30113', '住房公积金', 130, 0],
  ['302', '商品和服务支出', 0, 250],
  ['30201', '办公费', 0, 100],
  ['30211', '差旅费', 0, 50],
  ['30217', '公务接待费', 0, 10],
  ['30231', '公务用车运行维护费', 0, 40],
  ['30299', '其他商品和服务支出', 0, 50],
  ['303', '对个人和家庭的补助', 30, 0],
  ['30305', '生活补助', 30, 0],
];

interface Line {
  code: string;
  name: string;
  basic: number;
  generalProject: number;
  unitProject: number;
  prior: number;
}

function functionLines(): Line[] {
  const lines = new Map<string, Line>();
  for (const [code, name, basic, generalProject, unitProject, prior] of ITEMS) {
    for (const key of [code.slice(0, 3), code.slice(0, 5), code]) {
      const line = lines.get(key) ?? {
        code: key,
        name: key === code ? name : PARENTS[key],
        basic: 0,
        generalProject: 0,
        unitProject: 0,
        prior: 0,
      };
      line.basic += cents(basic);
      line.generalProject += cents(generalProject);
      line.unitProject += cents(unitProject);
      line.prior += cents(prior);
      lines.set(key, line);
    }
  }
  return [...lines.values()];
}

const LINES = functionLines();
const CLASSES = LINES.filter((l) => l.code.length === 3);
const sumOf = (f: (l: Line) => number) => CLASSES.reduce((a, l) => a + f(l), 0);
const general = (l: Line) => l.basic + l.generalProject;
const all = (l: Line) => general(l) + l.unitProject;
const TOTAL: Line = {
  code: '',
  name: '合计',
  basic: sumOf((l) => l.basic),
  generalProject: sumOf((l) => l.generalProject),
  unitProject: sumOf((l) => l.unitProject),
  prior: sumOf((l) => l.prior),
};
const NUMERALS = '一二三四五六七八九十';
const orNothing = (v: number): Amount => (v === 0 ? undefined : v);

function head(rows: HeadCell[][]): string {
  const cell = (c: HeadCell) =>
    `<th${c.cols ? ` colspan="${c.cols}"` : ''}${c.rows ? ` rowspan="${c.rows}"` : ''}>${c.text}</th>`;
  return rows.map((r) => `<tr>${r.map(cell).join('')}</tr>`).join('\n');
}

function body(rows: Row[]): string {
  const cell = (v: string | Amount) =>
    typeof v === 'string' ? `<td>${v}</td>` : `<td class="amount">${printed(v)}</td>`;
  return rows.map((r) => `<tr>${r.map(cell).join('')}</tr>`).join('\n');
}

function table(caption: string, headRows: HeadCell[][], rows: Row[], note?: string): string {
  return [
    `<p>${caption}</p>`,
    '<p>部门：示例部　　金额单位：万元</p>',
    `<table><thead>${head(headRows)}</thead><tbody>${body(rows)}</tbody></table>`,
    note ? `<p>${note}</p>` : '',
  ].join('\n');
}

const h = (text: string, cols?: number, rows?: number): HeadCell => ({ text, cols, rows });

/** Two lists side by side, padded to the longer one. */
function sideBySide(left: Row[], right: Row[], width: [number, number]): Row[] {
  const blank = (n: number): Row => [''].concat(Array(n - 1).fill(undefined));
  return Array.from({ length: Math.max(left.length, right.length) }, (_, i) => [
    ...(left[i] ?? blank(width[0])),
    ...(right[i] ?? blank(width[1])),
  ]);
}

function summary(): Row[] {
  const income: Row[] = [
    ['一、一般公共预算财政拨款收入', sumOf(general)],
    ['二、政府性基金预算财政拨款收入', undefined],
    ['三、国有资本经营预算财政拨款收入', undefined],
    ['四、财政专户管理资金收入', undefined],
    ['五、事业收入', TOTAL.unitProject],
    ['六、事业单位经营收入', undefined],
    ['七、上级补助收入', undefined],
    ['八、附属单位上缴收入', undefined],
    ['九、其他收入', undefined],
  ];
  const spending: Row[] = CLASSES.map((l, i) => [`${NUMERALS[i]}、${l.name}`, all(l)]);
  const total = sumOf(all);
  return [
    ...sideBySide(income, spending, [2, 2]),
    ['本年收入合计', total, '本年支出合计', total],
    ['上年结转结余', undefined, '结转下年', undefined],
    ['收入总计', total, '支出总计', total],
  ];
}

function incomeBySource(l: Line): Row {
  const empty = Array(9).fill(undefined);
  return [
    l.code,
    l.name,
    all(l),
    undefined,
    general(l),
    ...empty.slice(0, 3),
    orNothing(l.unitProject),
    ...empty.slice(0, 4),
  ];
}

function spendingByKind(l: Line): Row {
  return [
    l.code,
    l.name,
    all(l),
    orNothing(l.basic),
    orNothing(l.generalProject + l.unitProject),
    undefined,
    undefined,
    undefined,
  ];
}

function fiscalSummary(): Row[] {
  const total = sumOf(general);
  const income: Row[] = [
    ['一、本年收入', total],
    ['（一）一般公共预算资金', total],
    ['（二）政府性基金预算资金', undefined],
    ['（三）国有资本经营预算资金', undefined],
    ['二、上年结转', undefined],
  ];
  const spending: Row[] = [
    ['一、本年支出', total, total, undefined, undefined],
    ...CLASSES.map(
      (l, i): Row => [`（${NUMERALS[i]}）${l.name}`, general(l), general(l), undefined, undefined],
    ),
    ['二、结转下年', undefined, undefined, undefined, undefined],
  ];
  return [
    ...sideBySide(income, spending, [2, 5]),
    ['收入总计', total, '支出总计', total, total, undefined, undefined],
  ];
}

function generalBudget(l: Line): Row {
  const change = general(l) - l.prior;
  const rate = `${((change / l.prior) * 100).toFixed(2)}%`;
  return [l.code, l.name, l.prior, general(l), orNothing(l.basic), orNothing(l.generalProject), change, rate];
}

const COMPARED_HEAD = [
  [
    h('科目编码', 1, 2),
    h('科目名称', 1, 2),
    h('2023年执行数', 1, 2),
    h('2024年预算数', 3),
    h('2024年预算数比2023年执行数', 2),
  ],
  [h('小计'), h('基本支出'), h('项目支出'), h('增减额'), h('增减%')],
];

const THREE_PUBLIC_ITEMS = [
  h('合计', 1, 2),
  h('因公出国（境）费用', 1, 2),
  h('公务用车购置及运行费', 3),
  h('公务接待费', 1, 2),
];
const VEHICLE_PARTS = [h('小计'), h('公务用车购置费'), h('公务用车运行费')];

function threePublic(): Row[] {
  const year = (overseas: number, purchase: number, operation: number, reception: number): Row => [
    cents(overseas + purchase + operation + reception),
    cents(overseas),
    cents(purchase + operation),
    orNothing(cents(purchase)),
    cents(operation),
    cents(reception),
  ];
  return [[...year(25, 0, 42, 12), ...year(20, 0, 40, 10)]];
}

function tables(): [string, HeadCell[][], Row[], string?][] {
  const withTotal = (f: (l: Line) => Row, rows: Line[] = LINES) => [f(TOTAL), ...rows.map(f)];
  const empty = (name: string): [string, HeadCell[][], Row[], string] => [
    name,
    COMPARED_HEAD,
    [['', '合计', undefined, undefined, undefined, undefined, undefined, '']],
    `注：示例部2024年没有${name.replace(/^\d\.|支出表$/gu, '')}拨款安排的支出，故本表无数据。`,
  ];
  return [
    [
      '1.部门收支总表',
      [
        [h('收入', 2), h('支出', 2)],
        [h('项目'), h('2024年预算数'), h('项目'), h('2024年预算数')],
      ],
      summary(),
    ],
    [
      '2.部门收入总表',
      [
        [
          h('科目编码'),
          h('科目名称'),
          h('合计'),
          h('上年结转结余'),
          h('一般公共预算拨款收入'),
          h('政府性基金预算拨款收入'),
        ]
          .concat([
            h('国有资本经营预算拨款收入'),
            h('财政专户管理资金收入'),
            h('事业收入'),
            h('事业单位经营收入'),
          ])
          .concat([h('上级补助收入'), h('附属单位上缴收入'), h('其他收入')]),
      ],
      withTotal(incomeBySource),
    ],
    [
      '3.部门支出总表',
      [
        [h('科目编码'), h('科目名称'), h('合计'), h('基本支出'), h('项目支出')].concat([
          h('上缴上级支出'),
          h('事业单位经营支出'),
          h('对附属单位补助支出'),
        ]),
      ],
      withTotal(spendingByKind),
    ],
    [
      '4.财政拨款收支总表',
      [
        [h('收入', 2), h('支出', 5)],
        [
          h('项目'),
          h('2024年预算数'),
          h('项目'),
          h('合计'),
          h('一般公共预算'),
          h('政府性基金预算'),
          h('国有资本经营预算'),
        ],
      ],
      fiscalSummary(),
    ],
    ['5.一般公共预算支出表', COMPARED_HEAD, withTotal(generalBudget)],
    [
      '6.一般公共预算基本支出表',
      [
        [h('科目编码', 1, 2), h('科目名称', 1, 2), h('2024年预算数', 3)],
        [h('合计'), h('人员经费'), h('公用经费')],
      ],
      [
        ['', '合计', cents(1580), cents(1330), cents(250)],
        ...ECONOMIC.map(
          ([code, name, p, o]): Row => [code, name, cents(p + o), orNothing(cents(p)), orNothing(cents(o))],
        ),
      ],
    ],
    [
      '7.一般公共预算“三公”经费支出表',
      [
        [h('2023年执行数', 6), h('2024年预算数', 6)],
        [...THREE_PUBLIC_ITEMS, ...THREE_PUBLIC_ITEMS],
        [...VEHICLE_PARTS, ...VEHICLE_PARTS],
      ],
      threePublic(),
    ],
    empty('8.政府性基金预算支出表'),
    empty('9.国有资本经营预算支出表'),
  ];
}

/** Every printed amount of tables 1–7, as (table, row, column) of its body. */
export function amountCells(): Omit<CellChange, 'by'>[] {
  return tables().flatMap(([, , rows], t) =>
    rows.flatMap((row, r) =>
      row.flatMap((v, c) => (typeof v === 'number' && v !== 0 ? [{ table: t + 1, row: r, col: c }] : [])),
    ),
  );
}

/** The printed text of a cell, as `change` would leave it. */
export function printedAmount(at: Omit<CellChange, 'by'>, by = 0): string {
  const v = tables()[at.table - 1][2][at.row][at.col];
  return printed((v as number) + by);
}

export function centralBudgetPage(change?: CellChange): string {
  const parts = tables().map(([caption, headRows, rows, note], t) => {
    const changed = rows.map((row, r) =>
      row.map((v, c) =>
        change && change.table === t + 1 && change.row === r && change.col === c
          ? (v as number) + change.by
          : v,
      ),
    );
    return table(caption, headRows, changed, note);
  });
  return [
    '<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>示例部2024年部门预算</title></head><body>',
    '<h1>示例部2024年部门预算</h1>',
    '<h2>第一部分　示例部概况</h2><p>示例部主要职责是组织科学技术研究。</p>',
    '<h2>第二部分　示例部2024年部门预算表</h2>',
    ...parts,
    '</body></html>',
  ].join('\n');
}
