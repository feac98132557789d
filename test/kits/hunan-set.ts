/**
 * A department's budget in the 湖南 ten-table set (部门预算公开: 部门收支总表 … 国有资本经营预算支出表, 财政专户管理资金
 * 预算支出表), amounts in 万元, consistent by construction. The tables below the summaries are grouped by 单位: a
 * unit's line (its 单位编码 in the code column, its name in the name column, its totals) heads the 科目 lines it spends
 * on; the 收入总表 and the 三公 table list the units alone. The 基本支出 columns break down by 经济分类 类 (工资福利支出 |
 * 商品和服务支出 | 对个人和家庭的补助). `unitColumn` prints the unit codes in a 单位编码 column of their own instead;
 * `change` alters one printed amount.
 */
import {
  type Amount,
  amountCellsOf,
  type CellChange,
  cents,
  changed,
  type HeadCell,
  h,
  NUMERALS,
  orNothing,
  type PrintedTable,
  page,
  printedAmountOf,
  type Row,
  sideBySide,
} from './html-tables.js';

export type { CellChange } from './html-tables.js';

export interface HunanStyle {
  /** Units' codes in a 单位编码 column before the 科目编码 (else in the 科目编码 column itself). */
  unitColumn: boolean;
  /** The department's own line (123 湖南省示例厅, equal to the 合计) printed above its units' in the 科目 tables. */
  departmentLine?: boolean;
}

type Fund = 'general' | 'gov-fund' | 'special';

/** A 项 line of a unit (万元): code, name, fund, 工资福利 / 商品和服务 / 对个人和家庭 of its 基本支出, its 项目支出. */
type Item = [string, string, Fund, number, number, number, number];

const UNITS: { code: string; name: string; items: Item[]; unitRevenue: number }[] = [
  {
    code: '123001',
    name: '湖南省示例厅本级',
    unitRevenue: 0,
    items: [
      ['2010101', '行政运行', 'general', 400, 90, 10, 0],
      ['2010102', '一般行政管理事务', 'general', 0, 0, 0, 120],
      ['2080505', '机关事业单位基本养老保险缴费支出', 'general', 150, 0, 0, 0],
      ['2210201', '住房公积金', 'general', 130, 0, 0, 0],
    ],
  },
  {
    code: '123002',
    name: '湖南省示例中心',
    unitRevenue: 60,
    items: [
      ['2010150', '事业运行', 'general', 160, 40, 0, 0],
      ['2010150', '事业运行', 'special', 0, 0, 0, 50],
      ['2080505', '机关事业单位基本养老保险缴费支出', 'general', 40, 0, 0, 0],
      ['2120803', '城市建设支出', 'gov-fund', 0, 0, 0, 300],
    ],
  },
];

const PARENTS: Record<string, string> = {
  '201': '一般公共服务支出',
  '20101': '人大事务',
  '208': '社会保障和就业支出',
  '20805': '行政事业单位养老支出',
  '212': '城乡社区支出',
  '21208': '国有土地使用权出让收入安排的支出',
  '221': '住房保障支出',
  '22102': '住房改革支出',
};

/** A 科目 line of one unit and fund selection: its 基本支出 by 类, its 项目支出. */
interface Line {
  code: string;
  name: string;
  wages: number;
  goods: number;
  transfers: number;
  project: number;
}

const basic = (l: Line) => l.wages + l.goods + l.transfers;
const total = (l: Line) => basic(l) + l.project;

/** The unit's 科目 lines (类, 款, 项 in print order) over the items of the funds chosen. */
function linesOf(items: Item[], funds: Fund[]): Line[] {
  const lines = new Map<string, Line>();
  for (const [code, name, fund, wages, goods, transfers, project] of items) {
    if (!funds.includes(fund)) continue;
    for (const key of [code.slice(0, 3), code.slice(0, 5), code]) {
      const line = lines.get(key) ?? {
        code: key,
        name: key === code ? name : PARENTS[key],
        wages: 0,
        goods: 0,
        transfers: 0,
        project: 0,
      };
      line.wages += cents(wages);
      line.goods += cents(goods);
      line.transfers += cents(transfers);
      line.project += cents(project);
      lines.set(key, line);
    }
  }
  return [...lines.values()];
}

/** The 科目 on which the unit with 事业收入 spends it (as 基本支出 工资福利). */
const REVENUE_SPENT_ON = '2010150';

const classesOf = (lines: Line[]) => lines.filter((l) => l.code.length === 3);

function sumLines(lines: Line[], name: string, code = ''): Line {
  const add = (f: (l: Line) => number) => classesOf(lines).reduce((a, l) => a + f(l), 0);
  return {
    code,
    name,
    wages: add((l) => l.wages),
    goods: add((l) => l.goods),
    transfers: add((l) => l.transfers),
    project: add((l) => l.project),
  };
}

const ALL: Fund[] = ['general', 'gov-fund', 'special'];
const allItems = UNITS.flatMap((u) => u.items);
const UNIT_REVENUE = UNITS.reduce((a, u) => a + cents(u.unitRevenue), 0);

/** The department's 类 lines (all units) of the funds chosen. */
const classes = (funds: Fund[]) => classesOf(linesOf(allItems, funds));
const fundTotal = (funds: Fund[]) => sumLines(linesOf(allItems, funds), '合计');

/**
 * A table grouped by unit: 合计, then each unit's line and its 科目 lines; `amounts` prints a line's figures. The
 * 事业收入 spending (the second unit's 基本支出 beside its appropriation) is only in the tables that count it.
 */
function byUnit(
  style: HunanStyle,
  funds: Fund[],
  amounts: (l: Line) => Amount[],
  withRevenue = false,
): Row[] {
  const revenue = (u: (typeof UNITS)[number]): Line => ({
    code: '',
    name: '',
    wages: withRevenue ? cents(u.unitRevenue) : 0,
    goods: 0,
    transfers: 0,
    project: 0,
  });
  const units = UNITS.map((u) => {
    const lines = linesOf(u.items, funds).map((l) =>
      withRevenue && u.unitRevenue > 0 && REVENUE_SPENT_ON.startsWith(l.code)
        ? { ...l, wages: l.wages + revenue(u).wages }
        : l,
    );
    return { u, lines };
  }).filter(({ lines }) => lines.length > 0);
  const codeCells = (code: string, unit?: string): string[] =>
    style.unitColumn ? [unit ?? '', code] : [unit ?? code];
  const rows: Row[] = [];
  const grand = units.map(({ lines }) => sumLines(lines, ''));
  const sum = (f: (l: Line) => number) => grand.reduce((a, l) => a + f(l), 0);
  const whole: Line = {
    code: '',
    name: '合计',
    wages: sum((l) => l.wages),
    goods: sum((l) => l.goods),
    transfers: sum((l) => l.transfers),
    project: sum((l) => l.project),
  };
  rows.push([...codeCells(''), '合计', ...amounts(whole)]);
  if (style.departmentLine) rows.push([...codeCells('', '123'), '湖南省示例厅', ...amounts(whole)]);
  units.forEach(({ u, lines }, i) => {
    rows.push([...codeCells('', u.code), u.name, ...amounts(grand[i])]);
    for (const l of lines) rows.push([...codeCells(l.code), l.name, ...amounts(l)]);
  });
  return rows;
}

function codedHead(style: HunanStyle, amounts: HeadCell[][]): HeadCell[][] {
  const n = amounts.length;
  const codes = style.unitColumn
    ? [h('单位编码', 1, n), h('科目编码', 1, n), h('单位名称（科目）', 1, n)]
    : [h('科目编码', 1, n), h('单位名称（科目）', 1, n)];
  return amounts.map((r, i) => (i === 0 ? [...codes, ...r] : r));
}

const BASIC_BY_CLASS = [h('小计'), h('工资福利支出'), h('商品和服务支出'), h('对个人和家庭的补助')];

function table(n: number, title: string, head: HeadCell[][], rows: Row[], note?: string): PrintedTable {
  return { above: [`表${n}`, title, '部门：湖南省示例厅　　　　单位：万元'], head, rows, note };
}

function summary(): PrintedTable {
  const general = fundTotal(['general']);
  const govFund = fundTotal(['gov-fund']);
  const special = fundTotal(['special']);
  const all = total(fundTotal(ALL)) + UNIT_REVENUE;
  const income: Row[] = [
    ['一、一般公共预算拨款收入', total(general)],
    ['二、政府性基金预算拨款收入', total(govFund)],
    ['三、国有资本经营预算拨款收入', undefined],
    ['四、财政专户管理资金收入', total(special)],
    ['五、事业收入', UNIT_REVENUE],
    ['六、事业单位经营收入', undefined],
    ['七、上级补助收入', undefined],
    ['八、附属单位上缴收入', undefined],
    ['九、其他收入', undefined],
  ];
  const revenueOn = (l: Line) => (l.code === '201' ? UNIT_REVENUE : 0);
  const spending: Row[] = classes(ALL).map((l, i) => [`${NUMERALS[i]}、${l.name}`, total(l) + revenueOn(l)]);
  return table(
    1,
    '部门收支总表',
    [
      [h('收入', 2), h('支出', 2)],
      [h('项目'), h('预算数'), h('项目'), h('预算数')],
    ],
    [
      ...sideBySide(income, spending, [2, 2]),
      ['本年收入合计', all, '本年支出合计', all],
      ['上年结转结余', undefined, '结转下年', undefined],
      ['收入总计', all, '支出总计', all],
    ],
  );
}

function incomeTable(style: HunanStyle): PrintedTable {
  const heads = ['合计', '一般公共预算拨款收入', '政府性基金预算拨款收入', '国有资本经营预算拨款收入'].concat(
    [
      '财政专户管理资金收入',
      '事业收入',
      '事业单位经营收入',
      '上级补助收入',
      '附属单位上缴收入',
      '其他收入',
      '上年结转',
    ],
  );
  const line = (items: Item[], revenue: number): Amount[] => {
    const of = (f: Fund) => total(sumLines(linesOf(items, [f]), ''));
    return [
      total(sumLines(linesOf(items, ALL), '')) + revenue,
      orNothing(of('general')),
      orNothing(of('gov-fund')),
      undefined,
      orNothing(of('special')),
      orNothing(revenue),
      undefined,
      undefined,
      undefined,
      undefined,
      undefined,
    ];
  };
  const lead = (code: string) => (style.unitColumn ? [code, ''] : [code]);
  return table(
    2,
    '部门收入总表',
    [[...codedHead(style, [[]])[0], ...heads.map((t) => h(t))]],
    [
      [...lead(''), '合计', ...line(allItems, UNIT_REVENUE)],
      ...UNITS.map((u): Row => [...lead(u.code), u.name, ...line(u.items, cents(u.unitRevenue))]),
    ],
  );
}

function expenditureTable(style: HunanStyle): PrintedTable {
  const heads = ['合计', '基本支出', '项目支出', '事业单位经营支出', '上缴上级支出', '对附属单位补助支出'];
  return table(
    3,
    '部门支出总表',
    codedHead(style, [heads.map((t) => h(t))]),
    byUnit(
      style,
      ALL,
      (l) => [total(l), orNothing(basic(l)), orNothing(l.project), undefined, undefined, undefined],
      true,
    ),
  );
}

function fiscalSummary(): PrintedTable {
  const funds: Fund[] = ['general', 'gov-fund'];
  const all = total(fundTotal(funds));
  const general = total(fundTotal(['general']));
  const govFund = total(fundTotal(['gov-fund']));
  const income: Row[] = [
    ['一、本年收入', all],
    ['（一）一般公共预算拨款', general],
    ['（二）政府性基金预算拨款', govFund],
    ['（三）国有资本经营预算拨款', undefined],
    ['二、上年结转', undefined],
  ];
  const byFund = (l: Line): Amount[] => {
    const g = classes(['general']).find((x) => x.code === l.code);
    const f = classes(['gov-fund']).find((x) => x.code === l.code);
    return [total(l), g ? total(g) : undefined, f ? total(f) : undefined, undefined];
  };
  const spending: Row[] = [
    ['一、本年支出', all, general, govFund, undefined],
    ...classes(funds).map((l, i): Row => [`（${NUMERALS[i]}）${l.name}`, ...byFund(l)]),
    ['二、结转下年', undefined, undefined, undefined, undefined],
  ];
  return table(
    4,
    '财政拨款收支总表',
    [
      [h('收入', 2), h('支出', 5)],
      [
        h('项目'),
        h('预算数'),
        h('项目'),
        h('合计'),
        h('一般公共预算'),
        h('政府性基金预算'),
        h('国有资本经营预算'),
      ],
    ],
    [
      ...sideBySide(income, spending, [2, 5]),
      ['收入总计', all, '支出总计', all, general, govFund, undefined],
    ],
  );
}

function generalBudget(style: HunanStyle): PrintedTable {
  return table(
    5,
    '一般公共预算支出表',
    codedHead(style, [[h('合计', 1, 2), h('基本支出', 4), h('项目支出', 1, 2)], BASIC_BY_CLASS]),
    byUnit(style, ['general'], (l) => [
      total(l),
      orNothing(basic(l)),
      orNothing(l.wages),
      orNothing(l.goods),
      orNothing(l.transfers),
      orNothing(l.project),
    ]),
  );
}

function basicTable(style: HunanStyle): PrintedTable {
  return table(
    6,
    '一般公共预算基本支出表',
    codedHead(style, [[h('基本支出', 4)], BASIC_BY_CLASS]),
    byUnit(style, ['general'], (l) => [
      orNothing(basic(l)),
      orNothing(l.wages),
      orNothing(l.goods),
      orNothing(l.transfers),
      // Lines without 基本支出 (projects only) are not printed.
    ]).filter((r) => r.slice(-4).some((v) => v !== undefined)),
  );
}

function threePublic(style: HunanStyle): PrintedTable {
  const units: [string, string, number[]][] = [
    ['123001', '湖南省示例厅本级', [10, 0, 20, 6]],
    ['123002', '湖南省示例中心', [0, 0, 8, 2]],
  ];
  const line = ([overseas, purchase, operation, reception]: number[]): Amount[] => [
    cents(overseas + purchase + operation + reception),
    orNothing(cents(overseas)),
    orNothing(cents(purchase + operation)),
    orNothing(cents(purchase)),
    orNothing(cents(operation)),
    orNothing(cents(reception)),
  ];
  const sum = [0, 1, 2, 3].map((i) => units.reduce((a, [, , v]) => a + v[i], 0));
  const lead = (code: string) => (style.unitColumn ? [code, ''] : [code]);
  const codes = style.unitColumn
    ? [h('单位编码', 1, 2), h('科目编码', 1, 2), h('单位名称', 1, 2)]
    : [h('单位编码', 1, 2), h('单位名称', 1, 2)];
  return table(
    7,
    '一般公共预算“三公”经费支出表',
    [
      [
        ...codes,
        h('合计', 1, 2),
        h('因公出国（境）费', 1, 2),
        h('公务用车购置及运行费', 3),
        h('公务接待费', 1, 2),
      ],
      [h('小计'), h('公务用车购置费'), h('公务用车运行费')],
    ],
    [
      [...lead(''), '合计', ...line(sum)],
      ...units.map(([code, name, v]): Row => [...lead(code), name, ...line(v)]),
    ],
  );
}

function basicProject(
  style: HunanStyle,
  n: number,
  title: string,
  funds: Fund[],
  note?: string,
): PrintedTable {
  const head = codedHead(style, [[h('合计'), h('基本支出'), h('项目支出')]]);
  const rows = funds.length
    ? byUnit(style, funds, (l) => [total(l), orNothing(basic(l)), orNothing(l.project)])
    : [[...(style.unitColumn ? ['', ''] : ['']), '合计', undefined, undefined, undefined]];
  return table(n, title, head, rows, note);
}

export function hunanTables(style: HunanStyle): PrintedTable[] {
  return [
    summary(),
    incomeTable(style),
    expenditureTable(style),
    fiscalSummary(),
    generalBudget(style),
    basicTable(style),
    threePublic(style),
    basicProject(style, 8, '政府性基金预算支出表', ['gov-fund']),
    basicProject(
      style,
      9,
      '国有资本经营预算支出表',
      [],
      '注：本部门2024年没有使用国有资本经营预算拨款安排的支出，故本表无数据。',
    ),
    basicProject(style, 10, '财政专户管理资金预算支出表', ['special']),
  ];
}

export function hunanAmountCells(style: HunanStyle): Omit<CellChange, 'by'>[] {
  return amountCellsOf(hunanTables(style));
}

export function hunanPrintedAmount(style: HunanStyle, at: Omit<CellChange, 'by'>, by = 0): string {
  return printedAmountOf(hunanTables(style), at, by);
}

export function hunanBudgetPage(style: HunanStyle, change?: CellChange): string {
  return page(
    '湖南省示例厅2024年部门预算',
    [
      '<h2>第一部分　部门概况</h2><p>湖南省示例厅主要职责是组织本省的公共事务管理。</p>',
      '<h2>第二部分　2024年部门预算表</h2>',
    ],
    changed(hunanTables(style), change),
  );
}
