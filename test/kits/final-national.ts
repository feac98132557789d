/**
 * A department's final account (部门决算) as most provinces print it since 财政部's 部门决算 template: nine tables,
 * 收入支出决算总表 … 国有资本经营预算财政拨款支出决算表, amounts in 万元, consistent by construction. `style` picks the
 * printed variant — how the tables are numbered (公开01表 / 表一 / 附表1), whether codes are one column or 类 | 款 | 项,
 * whether the summaries print 行次 and a 栏次 row, how the 基本支出 table splits (人员经费 | 公用经费 in two or three
 * column triples), which way the 三公 table nests (预算数 | 决算数 outermost, or the items), and whether the
 * 国有资本经营 table prints the carry-over columns; `change` alters one printed amount.
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

export interface FinalStyle {
  numbering: 'public' | 'chinese' | 'attached';
  codes: 'joined' | 'levels';
  lineNumbers: boolean;
  basicTriples: 2 | 3;
  threePublic: 'groups' | 'items';
  stateCapital: 'expenditure' | 'carryover';
  /** The carry-over tables print a blank 调整 column between 本年支出 and 年末结转和结余. */
  adjustmentColumn?: boolean;
  /** The 一般公共预算财政拨款支出决算表 splits its 基本支出 into 人员经费 | 公用经费. */
  basicSplit?: boolean;
}

export const CENTRAL_STYLE: FinalStyle = {
  numbering: 'public',
  codes: 'levels',
  lineNumbers: true,
  basicTriples: 3,
  threePublic: 'groups',
  stateCapital: 'expenditure',
};

/**
 * 附表1…, 类 | 款 | 项 without 行次, the 三公 groups outermost, a 调整 column in the carry-over tables, and the
 * 一般公共预算 table's 基本支出 split into 人员经费 | 公用经费.
 */
export const ATTACHED_STYLE: FinalStyle = {
  numbering: 'attached',
  codes: 'levels',
  lineNumbers: false,
  basicTriples: 2,
  threePublic: 'groups',
  stateCapital: 'carryover',
  adjustmentColumn: true,
  basicSplit: true,
};

export const PROVINCIAL_STYLE: FinalStyle = {
  numbering: 'chinese',
  codes: 'joined',
  lineNumbers: false,
  basicTriples: 2,
  threePublic: 'items',
  stateCapital: 'carryover',
};

type Fund = 'general' | 'gov-fund';

/**
 * 项 lines (万元): code, name, fund, 年初 carry-over of its appropriation, this year's appropriation, 基本支出 and
 * 项目支出 from it, and 事业收入 (spent as 基本支出 beside the appropriation).
 */
const ITEMS: [string, string, Fund, number, number, number, number, number][] = [
  ['2010101', '行政运行', 'general', 0, 500, 500, 0, 0],
  ['2010102', '一般行政管理事务', 'general', 30, 100, 0, 120, 0],
  ['2010150', '事业运行', 'general', 0, 200, 200, 0, 100],
  ['2080505', '机关事业单位基本养老保险缴费支出', 'general', 0, 150, 150, 0, 0],
  ['2101101', '行政单位医疗', 'general', 0, 40, 40, 0, 0],
  ['2120803', '城市建设支出', 'gov-fund', 100, 250, 0, 300, 0],
  ['2210201', '住房公积金', 'general', 0, 130, 130, 0, 0],
];

/** Of the 事业收入, what was spent (on 2010150's 基本支出) and what went to 结余分配; the rest is carried over. */
const UNIT_SPENT = 80;
const DISTRIBUTED = 5;

const PARENTS: Record<string, string> = {
  '201': '一般公共服务支出',
  '20101': '人大事务',
  '208': '社会保障和就业支出',
  '20805': '行政事业单位养老支出',
  '210': '卫生健康支出',
  '21011': '行政事业单位医疗',
  '212': '城乡社区支出',
  '21208': '国有土地使用权出让收入安排的支出',
  '221': '住房保障支出',
  '22102': '住房改革支出',
};

interface Line {
  code: string;
  name: string;
  fund: Fund;
  opening: number;
  appropriation: number;
  basic: number;
  project: number;
  unitRevenue: number;
  unitSpent: number;
}

function functionLines(): Line[] {
  const lines = new Map<string, Line>();
  for (const [code, name, fund, opening, appropriation, basic, project, unitRevenue] of ITEMS) {
    const unitSpent = unitRevenue > 0 ? UNIT_SPENT : 0;
    for (const key of [code.slice(0, 3), code.slice(0, 5), code]) {
      const line = lines.get(key) ?? {
        code: key,
        name: key === code ? name : PARENTS[key],
        fund,
        opening: 0,
        appropriation: 0,
        basic: 0,
        project: 0,
        unitRevenue: 0,
        unitSpent: 0,
      };
      line.opening += cents(opening);
      line.appropriation += cents(appropriation);
      line.basic += cents(basic + unitSpent);
      line.project += cents(project);
      line.unitRevenue += cents(unitRevenue);
      line.unitSpent += cents(unitSpent);
      lines.set(key, line);
    }
  }
  return [...lines.values()];
}

const LINES = functionLines();
const CLASSES = LINES.filter((l) => l.code.length === 3);
const sum = (ls: Line[], f: (l: Line) => number) => ls.reduce((a, l) => a + f(l), 0);
const spent = (l: Line) => l.basic + l.project;
const fiscalSpent = (l: Line) => spent(l) - l.unitSpent;
const closing = (l: Line) => l.opening + l.appropriation - fiscalSpent(l);
const ofFund = (f: Fund) => LINES.filter((l) => l.fund === f);
const fundTotal = (f: Fund, g: (l: Line) => number) => sum(CLASSES, (l) => (l.fund === f ? g(l) : 0));

const UNIT_REVENUE = sum(CLASSES, (l) => l.unitRevenue);
const UNIT_CLOSING = UNIT_REVENUE - cents(UNIT_SPENT) - cents(DISTRIBUTED);
const INCOME = sum(CLASSES, (l) => l.appropriation) + UNIT_REVENUE;
const SPENDING = sum(CLASSES, spent);
const OPENING = sum(CLASSES, (l) => l.opening);
const CLOSING = sum(CLASSES, closing) + UNIT_CLOSING;

/** The 经济分类 of the 基本支出 paid from the 一般公共预算 appropriation (万元). */
const PERSONNEL: [string, string, number][] = [
  ['301', '工资福利支出', 920],
  ['30101', '基本工资', 300],
  ['30102', '津贴补贴', 200],
  ['30107', '绩效工资', 100],
  ['30108', '机关事业单位基本养老保险缴费', 150],
  ['30110', '职工基本医疗保险缴费', 40],
  ['30113', '住房公积金', 130],
  ['303', '对个人和家庭的补助', 20],
  ['30302', '退休费', 20],
];
const OPERATING: [string, string, number][] = [
  ['302', '商品和服务支出', 75],
  ['30201', '办公费', 30],
  ['30211', '差旅费', 20],
  ['30217', '公务接待费', 5],
  ['30231', '公务用车运行维护费', 15],
  ['30299', '其他商品和服务支出', 5],
  ['310', '资本性支出', 5],
  ['31002', '办公设备购置', 5],
];

/** 三公 (万元): 因公出国（境）费, 公务用车购置费, 公务用车运行费, 公务接待费; budget, then actual. */
const THREE_PUBLIC: Record<'budget' | 'actual', [number, number, number, number]> = {
  budget: [10, 0, 25, 5],
  actual: [8, 0, 22, 5],
};

const TITLES = [
  '收入支出决算总表',
  '收入决算表',
  '支出决算表',
  '财政拨款收入支出决算总表',
  '一般公共预算财政拨款支出决算表',
  '一般公共预算财政拨款基本支出决算表',
  '一般公共预算财政拨款“三公”经费支出决算表',
  '政府性基金预算财政拨款收入支出决算表',
];

function stateCapitalTitle(style: FinalStyle): string {
  return style.stateCapital === 'carryover'
    ? '国有资本经营预算财政拨款收入支出决算表'
    : '国有资本经营预算财政拨款支出决算表';
}

/** The lines printed above a table: its number where the style prints it, its title, the department and unit. */
function above(style: FinalStyle, n: number, title: string): string[] {
  const unit = '部门：示例局　　　　金额单位：万元';
  if (style.numbering === 'public') return [title, `公开${String(n).padStart(2, '0')}表`, unit];
  if (style.numbering === 'chinese') return [`表${NUMERALS[n - 1]}`, title, unit];
  return [`附表${n}`, title, unit];
}

/** The code cells of a line: one joined code, or 类 | 款 | 项 each printing its own digits. */
function codeCells(style: FinalStyle, code: string): string[] {
  if (style.codes === 'joined') return [code];
  return [code.slice(0, 3), code.slice(3, 5), code.slice(5, 7)];
}

/** The header cells of the code and name columns, over `rows` header rows. */
function codeHead(style: FinalStyle, rows: number): HeadCell[][] {
  const out: HeadCell[][] = Array.from({ length: rows }, () => []);
  if (style.codes === 'joined') {
    out[0] = [h('项目', 2, rows - 1)];
    out[rows - 1] = [h('科目编码'), h('科目名称')];
  } else {
    out[0] = [h('项目', 4, rows - 2)];
    out[rows - 2] = [h('科目编码', 3), h('科目名称', 1, 2)];
    out[rows - 1] = [h('类'), h('款'), h('项')];
  }
  return out;
}

/**
 * A coded table's header: the code and name columns, then the amount columns' own header rows, whose first row
 * stretches down where the code columns take more rows than they do.
 */
function codedHead(style: FinalStyle, amounts: HeadCell[][]): HeadCell[][] {
  const rows = Math.max(amounts.length, style.codes === 'joined' ? 2 : 3);
  const extra = rows - amounts.length;
  const codes = codeHead(style, rows);
  const placed: HeadCell[][] = Array.from({ length: rows }, () => []);
  amounts.forEach((r, i) => {
    if (i === 0) placed[0] = r.map((c) => ({ ...c, rows: (c.rows ?? 1) + extra }));
    else placed[i + extra] = r;
  });
  return codes.map((r, i) => [...r, ...placed[i]]);
}

function columnNumbers(style: FinalStyle, n: number): Row[] {
  if (!style.lineNumbers) return [];
  const width = style.codes === 'joined' ? 2 : 4;
  return [['栏次', ...Array(width - 1).fill(''), ...Array.from({ length: n }, (_, i) => String(i + 1))]];
}

/** Rows of a coded table: 合计 first, then every line, with its code cells. */
function coded(style: FinalStyle, lines: Line[], amounts: (l: Line) => Amount[], total: Amount[]): Row[] {
  const width = style.codes === 'joined' ? 1 : 3;
  return [
    ...columnNumbers(style, total.length),
    ['合计', ...Array(width).fill(''), ...total],
    ...lines.map((l): Row => [...codeCells(style, l.code), l.name, ...amounts(l)]),
  ];
}

/** A two-sided summary's side: each line's name, its 行次 where printed, its amounts. */
function side(style: FinalStyle, lines: [string, ...Amount[]][], from: number): Row[] {
  return lines.map(([name, ...amounts], i) =>
    style.lineNumbers ? [name, name === '' ? '' : String(from + i), ...amounts] : [name, ...amounts],
  );
}

function summaryHead(style: FinalStyle, expenditure: HeadCell[]): HeadCell[][] {
  const item = style.lineNumbers ? [h('项目'), h('行次')] : [h('项目')];
  const n = item.length;
  return [
    [h('收入', n + 1), h('支出', n + expenditure.length)],
    [...item, h('决算数'), ...item, ...expenditure],
  ];
}

function summaryNumbers(style: FinalStyle, right: number): Row[] {
  if (!style.lineNumbers) return [];
  const numbers = Array.from({ length: right }, (_, i) => String(i + 2));
  return [['栏次', '', '1', '栏次', '', ...numbers]];
}

function incomeExpenditureSummary(style: FinalStyle): PrintedTable {
  const general = fundTotal('general', (l) => l.appropriation);
  const govFund = fundTotal('gov-fund', (l) => l.appropriation);
  const income: [string, ...Amount[]][] = [
    ['一、一般公共预算财政拨款收入', general],
    ['二、政府性基金预算财政拨款收入', govFund],
    ['三、国有资本经营预算财政拨款收入', undefined],
    ['四、上级补助收入', undefined],
    ['五、事业收入', UNIT_REVENUE],
    ['六、经营收入', undefined],
    ['七、附属单位上缴收入', undefined],
    ['八、其他收入', undefined],
  ];
  const spending: [string, ...Amount[]][] = CLASSES.map((l, i) => [`${NUMERALS[i]}、${l.name}`, spent(l)]);
  const width = style.lineNumbers ? 3 : 2;
  const pad = (rows: [string, ...Amount[]][], n: number) =>
    rows.concat(Array.from({ length: n - rows.length }, (): [string, Amount] => ['', undefined]));
  const rows = Math.max(income.length, spending.length);
  const lines = sideBySide(side(style, pad(income, rows), 1), side(style, pad(spending, rows), 31), [
    width,
    width,
  ]);
  const tail: [string, Amount, string, Amount][] = [
    ['本年收入合计', INCOME, '本年支出合计', SPENDING],
    ['使用非财政拨款结余', undefined, '结余分配', cents(DISTRIBUTED)],
    ['年初结转和结余', OPENING, '年末结转和结余', CLOSING],
    ['总计', INCOME + OPENING, '总计', SPENDING + cents(DISTRIBUTED) + CLOSING],
  ];
  const closingLines = sideBySide(
    side(
      style,
      tail.map(([n, v]) => [n, v]),
      rows + 1,
    ),
    side(
      style,
      tail.map(([, , n, v]) => [n, v]),
      rows + 31,
    ),
    [width, width],
  );
  return {
    above: above(style, 1, TITLES[0]),
    head: summaryHead(style, [h('决算数')]),
    rows: [...summaryNumbers(style, 1), ...lines, ...closingLines],
    note: '注：本表反映部门本年度的总收支和年末结转结余情况。',
  };
}

function incomeTable(style: FinalStyle): PrintedTable {
  const heads = ['本年收入合计', '财政拨款收入', '上级补助收入', '事业收入', '经营收入'].concat([
    '附属单位上缴收入',
    '其他收入',
  ]);
  const amounts = (l: Line): Amount[] => [
    l.appropriation + l.unitRevenue,
    orNothing(l.appropriation),
    undefined,
    orNothing(l.unitRevenue),
    undefined,
    undefined,
    undefined,
  ];
  const total: Line = { ...LINES[0], appropriation: sum(CLASSES, (l) => l.appropriation) };
  total.unitRevenue = UNIT_REVENUE;
  return {
    above: above(style, 2, TITLES[1]),
    head: codedHead(style, [heads.map((t) => h(t))]),
    rows: coded(style, LINES, amounts, amounts(total)),
    note: '注：本表反映部门本年度取得的各项收入情况。',
  };
}

function expenditureTable(style: FinalStyle): PrintedTable {
  const heads = ['本年支出合计', '基本支出', '项目支出', '上缴上级支出', '经营支出', '对附属单位补助支出'];
  const amounts = (l: Line): Amount[] => [
    spent(l),
    orNothing(l.basic),
    orNothing(l.project),
    undefined,
    undefined,
    undefined,
  ];
  const total = [SPENDING, sum(CLASSES, (l) => l.basic), sum(CLASSES, (l) => l.project)];
  return {
    above: above(style, 3, TITLES[2]),
    head: codedHead(style, [heads.map((t) => h(t))]),
    rows: coded(style, LINES, amounts, [...total, undefined, undefined, undefined]),
    note: '注：本表反映部门本年度各项支出情况。',
  };
}

function fiscalSummary(style: FinalStyle): PrintedTable {
  const general = (g: (l: Line) => number) => fundTotal('general', g);
  const govFund = (g: (l: Line) => number) => fundTotal('gov-fund', g);
  const appropriation = (l: Line) => l.appropriation;
  const income: [string, ...Amount[]][] = [
    ['一、一般公共预算财政拨款', general(appropriation)],
    ['二、政府性基金预算财政拨款', govFund(appropriation)],
    ['三、国有资本经营预算财政拨款', undefined],
  ];
  const byFund = (l: Line): Amount[] => [
    fiscalSpent(l),
    l.fund === 'general' ? fiscalSpent(l) : undefined,
    l.fund === 'gov-fund' ? fiscalSpent(l) : undefined,
    undefined,
  ];
  const spending: [string, ...Amount[]][] = CLASSES.map((l, i) => [
    `${NUMERALS[i]}、${l.name}`,
    ...byFund(l),
  ]);
  const rows = Math.max(income.length, spending.length);
  const pad = (r: [string, ...Amount[]][], w: number) =>
    r.concat(Array.from({ length: rows - r.length }, () => ['', ...Array(w).fill(undefined)] as [string]));
  const width = style.lineNumbers ? 3 : 2;
  const body = sideBySide(side(style, pad(income, 1), 1), side(style, pad(spending, 4), 31), [
    width,
    width + 3,
  ]);
  const opening = general((l) => l.opening) + govFund((l) => l.opening);
  const fiscalIncome = general(appropriation) + govFund(appropriation);
  const spentAll = general(fiscalSpent) + govFund(fiscalSpent);
  const closingGeneral = general(closing);
  const closingFund = govFund(closing);
  const left: [string, ...Amount[]][] = [
    ['本年收入合计', fiscalIncome],
    ['年初财政拨款结转和结余', opening],
    ['一、一般公共预算财政拨款', general((l) => l.opening)],
    ['二、政府性基金预算财政拨款', govFund((l) => l.opening)],
    ['三、国有资本经营预算财政拨款', undefined],
    ['总计', fiscalIncome + opening],
  ];
  const right: [string, ...Amount[]][] = [
    ['本年支出合计', spentAll, general(fiscalSpent), govFund(fiscalSpent), undefined],
    ['年末财政拨款结转和结余', closingGeneral + closingFund, closingGeneral, closingFund, undefined],
    ['', undefined, undefined, undefined, undefined],
    ['', undefined, undefined, undefined, undefined],
    ['', undefined, undefined, undefined, undefined],
    [
      '总计',
      spentAll + closingGeneral + closingFund,
      general(fiscalSpent) + closingGeneral,
      govFund(fiscalSpent) + closingFund,
      undefined,
    ],
  ];
  const tail = sideBySide(side(style, left, rows + 1), side(style, right, rows + 31), [width, width + 3]);
  const heads = [
    h('合计'),
    h('一般公共预算财政拨款'),
    h('政府性基金预算财政拨款'),
    h('国有资本经营预算财政拨款'),
  ];
  return {
    above: above(style, 4, TITLES[3]),
    head: summaryHead(style, heads),
    rows: [...summaryNumbers(style, 4), ...body, ...tail],
    note: '注：本表反映部门本年度财政拨款总收支和年末结转结余情况。',
  };
}

/** The 公用经费 of the 一般公共预算 基本支出 by 项 (万元); the rest of each 项's 基本支出 is 人员经费 (see PERSONNEL). */
const OPERATING_BY_ITEM: Record<string, number> = { '2010101': 60, '2010150': 20 };

function generalBudget(style: FinalStyle): PrintedTable {
  const lines = ofFund('general');
  const basic = (l: Line) => l.basic - l.unitSpent;
  const operating = (l: Line) =>
    Object.entries(OPERATING_BY_ITEM).reduce(
      (a, [code, v]) => a + (code.startsWith(l.code) ? cents(v) : 0),
      0,
    );
  const split = (l: Line): Amount[] =>
    style.basicSplit ? [orNothing(basic(l) - operating(l)), orNothing(operating(l))] : [];
  const amounts = (l: Line): Amount[] => [
    fiscalSpent(l),
    orNothing(basic(l)),
    ...split(l),
    orNothing(l.project),
  ];
  const classes = lines.filter((l) => l.code.length === 3);
  const total: Line = {
    ...classes[0],
    code: '',
    basic: sum(classes, (l) => l.basic),
    unitSpent: sum(classes, (l) => l.unitSpent),
    project: sum(classes, (l) => l.project),
  };
  const basicHead = style.basicSplit
    ? [h('基本支出', 3), h('项目支出', 1, 2)]
    : [h('小计', 1, 2), h('基本支出', 1, 2), h('项目支出', 1, 2)];
  const inner = style.basicSplit ? [h('小计'), h('人员经费'), h('公用经费')] : [];
  const head = style.basicSplit
    ? [[h('本年支出', 5)], [h('合计', 1, 2), ...basicHead], inner]
    : [[h('本年支出', 3)], [h('小计'), h('基本支出'), h('项目支出')]];
  const totalRow = [
    fiscalSpent(total),
    orNothing(basic(total)),
    ...(style.basicSplit ? [cents(940), cents(80)] : []),
    orNothing(total.project),
  ];
  return {
    above: above(style, 5, TITLES[4]),
    head: codedHead(style, head),
    rows: coded(style, lines, amounts, totalRow),
    note: '注：本表反映部门本年度一般公共预算财政拨款支出情况。',
  };
}

/** 人员经费 on the left, 公用经费 on the right — in one triple, or split over two where the template prints three. */
function basicTable(style: FinalStyle): PrintedTable {
  const triple = (x?: [string, string, number]): Row => (x ? [x[0], x[1], cents(x[2])] : ['', '', undefined]);
  const classTotal = (xs: [string, string, number][]) =>
    xs.filter(([c]) => c.length === 3).reduce((a, [, , v]) => a + cents(v), 0);
  const personnel = classTotal(PERSONNEL);
  const operating = classTotal(OPERATING);
  const heads = (n: number) =>
    Array.from({ length: n }, () => [h('科目编码'), h('科目名称'), h('决算数')]).flat();
  if (style.basicTriples === 2) {
    const n = Math.max(PERSONNEL.length, OPERATING.length);
    const rows = Array.from({ length: n }, (_, i) => [...triple(PERSONNEL[i]), ...triple(OPERATING[i])]);
    return {
      above: above(style, 6, TITLES[5]),
      head: [[h('人员经费', 3), h('公用经费', 3)], heads(2)],
      rows: [...rows, ['人员经费合计', '', personnel, '公用经费合计', '', operating]],
      note: '注：本表反映部门本年度一般公共预算财政拨款基本支出明细情况。',
    };
  }
  const split = OPERATING.findIndex(([c]) => c === '310');
  const left = OPERATING.slice(0, split);
  const right = OPERATING.slice(split);
  const n = Math.max(PERSONNEL.length, left.length, right.length);
  const rows = Array.from({ length: n }, (_, i) => [
    ...triple(PERSONNEL[i]),
    ...triple(left[i]),
    ...triple(right[i]),
  ]);
  return {
    above: above(style, 6, TITLES[5]),
    head: [[h('人员经费', 3), h('公用经费', 6)], heads(3)],
    rows: [...rows, ['人员经费合计', '', personnel, '公用经费合计', '', '', '', '', operating]],
    note: '注：本表反映部门本年度一般公共预算财政拨款基本支出明细情况。',
  };
}

function threePublicTable(style: FinalStyle): PrintedTable {
  const year = (g: 'budget' | 'actual'): number[] => {
    const [overseas, purchase, operation, reception] = THREE_PUBLIC[g].map(cents);
    return [
      overseas + purchase + operation + reception,
      overseas,
      purchase + operation,
      purchase,
      operation,
      reception,
    ];
  };
  const items = [
    h('合计', 1, 2),
    h('因公出国（境）费', 1, 2),
    h('公务用车购置及运行费', 3),
    h('公务接待费', 1, 2),
  ];
  const vehicle = [h('小计'), h('公务用车购置费'), h('公务用车运行费')];
  const note = '注：本表反映部门本年度一般公共预算财政拨款“三公”经费的预算和决算情况。';
  if (style.threePublic === 'groups') {
    return {
      above: above(style, 7, TITLES[6]),
      head: [
        [h('预算数', 6), h('决算数', 6)],
        [...items, ...items],
        [...vehicle, ...vehicle],
      ],
      rows: [[...year('budget'), ...year('actual')].map(orNothing)],
      note,
    };
  }
  // Items outermost, 预算数 | 决算数 under each (the Shanghai way).
  const both = (text: string) => [h(text, 2, 2)];
  const budget = year('budget');
  const actual = year('actual');
  return {
    above: above(style, 7, TITLES[6]),
    head: [
      [...both('合计'), ...both('因公出国（境）费'), h('公务用车购置及运行费', 6), ...both('公务接待费')],
      [h('小计', 2), h('公务用车购置费', 2), h('公务用车运行费', 2)],
      Array.from({ length: 6 }, (_, i) => [h('预算数'), h('决算数')][i % 2]).concat(
        Array.from({ length: 6 }, (_, i) => [h('预算数'), h('决算数')][i % 2]),
      ),
    ],
    rows: [budget.flatMap((b, i) => [b, actual[i]]).map(orNothing)],
    note,
  };
}

function carryoverHead(style: FinalStyle): HeadCell[][] {
  const adjustment = style.adjustmentColumn ? [h('调整', 1, 2)] : [];
  return codedHead(style, [
    [
      h('年初结转和结余', 1, 2),
      h('本年收入', 1, 2),
      h('本年支出', 3),
      ...adjustment,
      h('年末结转和结余', 1, 2),
    ],
    [h('小计'), h('基本支出'), h('项目支出')],
  ]);
}

/** The carry-over columns' amounts: 年初, 收入, 支出 小计 基本 项目, (调整,) 年末. */
function carryoverWidth(style: FinalStyle): number {
  return style.adjustmentColumn ? 7 : 6;
}

function govFundTable(style: FinalStyle): PrintedTable {
  const lines = ofFund('gov-fund');
  const amounts = (l: Line): Amount[] => [
    orNothing(l.opening),
    orNothing(l.appropriation),
    fiscalSpent(l),
    orNothing(l.basic),
    orNothing(l.project),
    ...(style.adjustmentColumn ? [undefined] : []),
    orNothing(closing(l)),
  ];
  const [first] = lines;
  return {
    above: above(style, 8, TITLES[7]),
    head: carryoverHead(style),
    rows: coded(style, lines, amounts, amounts(first)),
    note: '注：本表反映部门本年度政府性基金预算财政拨款收入、支出及结转和结余情况。',
  };
}

function stateCapitalTable(style: FinalStyle): PrintedTable {
  const note =
    '注：本部门本年度没有国有资本经营预算财政拨款收入，也没有使用国有资本经营预算财政拨款安排的支出，故本表无数据。';
  const empty = (n: number): Row => [
    '合计',
    ...Array(style.codes === 'joined' ? 1 : 3).fill(''),
    ...Array(n).fill(undefined),
  ];
  if (style.stateCapital === 'carryover')
    return {
      above: above(style, 9, stateCapitalTitle(style)),
      head: carryoverHead(style),
      rows: [...columnNumbers(style, carryoverWidth(style)), empty(carryoverWidth(style))],
      note,
    };
  return {
    above: above(style, 9, stateCapitalTitle(style)),
    head: codedHead(style, [[h('本年支出', 3)], [h('合计'), h('基本支出'), h('项目支出')]]),
    rows: [...columnNumbers(style, 3), empty(3)],
    note,
  };
}

export function finalTables(style: FinalStyle): PrintedTable[] {
  return [
    incomeExpenditureSummary(style),
    incomeTable(style),
    expenditureTable(style),
    fiscalSummary(style),
    generalBudget(style),
    basicTable(style),
    threePublicTable(style),
    govFundTable(style),
    stateCapitalTable(style),
  ];
}

export function finalAmountCells(style: FinalStyle): Omit<CellChange, 'by'>[] {
  return amountCellsOf(finalTables(style));
}

export function finalPrintedAmount(style: FinalStyle, at: Omit<CellChange, 'by'>, by = 0): string {
  return printedAmountOf(finalTables(style), at, by);
}

/**
 * The page: the tables, then, where given, a 第三部分 说明 of these lines (the totals: 收入支出总计 1600.00 = 本年收入
 * 1470.00 + 年初结转和结余 130.00; 本年支出合计 1520.00).
 */
export function finalAccountPage(style: FinalStyle, change?: CellChange, narrative: string[] = []): string {
  const title = '示例局2024年度部门决算';
  const explained = narrative.length
    ? ['<h2>第三部分　示例局2024年度部门决算情况说明</h2>', ...narrative.map((l) => `<p>${l}</p>`)]
    : [];
  return page(
    title,
    [
      '<h2>第一部分　示例局概况</h2><p>示例局主要职责是组织本地区的公共事务管理。</p>',
      '<h2>第二部分　示例局2024年度部门决算表</h2>',
    ],
    changed(finalTables(style), change),
    explained,
  );
}
