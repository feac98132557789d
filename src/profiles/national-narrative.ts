/**
 * Which table cell a narrative subject restates in the national 表1–表10 layout, as data: subject pattern (+ the
 * section it is said in) → the candidate cells, first present wins. Each profile names its mapping
 * (Profile.narrative); another layout's narrative is another list of the same shape.
 * Patterns are matched against cleaned, NFKC-normalized subjects (no quotes, ASCII brackets).
 */
import type { NarrativeMapping } from './types.js';

const T1_INCOME = { table: 'income-expenditure-summary', column: 'amount', side: 'income' as const };
const row = (role: string) => ({ role });
const TOTAL = { total: true as const };

const FISCAL_SECTION = '财政拨款收支';
/** Words that name one source or fund: a subject carrying one is a part, not the document's total. */
const FUND_WORDS =
  '(政府性基金|国有资本|一般公共预算|财政拨款|财政专户|单位资金|事业收入|其他收入|上级补助|政府采购)';
/**
 * A source said of the year before ("上年结转结余的一般公共预算收入") is the carryover, not this year's source; one
 * handed down from above ("上级下达资金——政府性基金预算") is a part of it.
 */
/** A whole of one fund: its carry-over is that fund's alone, a cell the national tables do not print apart. */
const ONE_FUND = '(一般公共预算|政府性基金|国有资本)';
const NOT_CARRIED = '^(?!.*(上年|结转|结余|上级|下达))';
const GENERAL_SECTION = '一般公共预算(当年)?(拨款|支出)(?!.*基本支出)';
const BASIC_SECTION = '基本支出情况';
const EXPENDITURE_SECTION = '(?<!财政拨款收)支出预算';

export const NATIONAL_NARRATIVE: NarrativeMapping = {
  id: 'national-budget',
  subjects: [
    {
      id: 'three-public-total',
      subject: '三公经费(预算)?(支出)?$',
      targets: [
        // Where the table's 合计 also covers 会议费 and 培训费 (陕西), the 三公 figure is the 一般公共预算 三公 小计.
        { table: 'three-public', row: row('total'), column: 'total', unlessColumn: 'meetings' },
        { table: 'three-public', row: row('total'), column: 'general-budget' },
      ],
    },
    {
      id: 'overseas',
      subject: '因公出国(境)?(费用?|经费)?$',
      targets: [{ table: 'three-public', row: row('overseas'), column: 'total' }],
    },
    {
      id: 'reception',
      subject: '公务接待(费用?)?$',
      targets: [{ table: 'three-public', row: row('reception'), column: 'total' }],
    },
    {
      id: 'vehicle',
      subject: '公务用车购置及运行(维护)?费?$',
      targets: [{ table: 'three-public', row: row('vehicle'), column: 'total' }],
    },
    {
      id: 'vehicle-purchase',
      subject: '公务用车购置费?$',
      targets: [{ table: 'three-public', row: row('vehicle-purchase'), column: 'total' }],
    },
    {
      id: 'vehicle-operation',
      subject: '公务用车运行(维护)?费?$',
      targets: [{ table: 'three-public', row: row('vehicle-operation'), column: 'total' }],
    },
    // The national template's 机关运行经费 is the 公用经费 of 表6 of 行政单位 and 参公 units (its 名词解释 says so).
    {
      id: 'agency-operating',
      subject: '机关运行经费',
      targets: [{ table: 'general-budget-basic', row: TOTAL, column: 'operating' }],
      // Only where every unit is a 行政单位 or 参公: a department with other units prints a larger 公用经费.
      atMost: true,
    },
    {
      id: 'personnel',
      subject: '人员经费$',
      targets: [{ table: 'general-budget-basic', row: TOTAL, column: 'personnel' }],
    },
    {
      id: 'operating',
      subject: '(日常)?公用经费$',
      targets: [{ table: 'general-budget-basic', row: TOTAL, column: 'operating' }],
    },
    {
      id: 'basic-total',
      subject: '(一般公共预算)?基本支出$',
      section: BASIC_SECTION,
      targets: [{ table: 'general-budget-basic', row: TOTAL, column: 'total' }],
    },
    {
      id: 'fiscal-total',
      subject: '(财政拨款)?(收支)?总预算$|^财政拨款(收入|支出)?(预算)?$',
      section: FISCAL_SECTION,
      carryover: 'included',
      targets: [{ table: 'fiscal-summary', row: row('income-total'), column: 'amount', side: 'income' }],
    },
    {
      id: 'fiscal-current-year',
      subject: '^财政拨款(收入|支出)?(预算)?$',
      section: FISCAL_SECTION,
      carryover: 'excluded',
      carryoverSaid: true,
      targets: [
        { table: 'fiscal-summary', row: row('fiscal-appropriation'), column: 'amount', side: 'income' },
      ],
    },
    {
      id: 'fiscal-general',
      subject: '一般公共预算(拨款)?(收入)?$',
      section: FISCAL_SECTION,
      carryover: 'excluded',
      targets: [{ table: 'fiscal-summary', row: row('general-budget'), column: 'amount', side: 'income' }],
    },
    {
      id: 'general-total',
      subject: '一般公共预算(当年)?(拨款|支出)$',
      section: GENERAL_SECTION,
      targets: [{ table: 'general-budget-expenditure', row: TOTAL, column: 'total' }],
    },
    {
      // 表5 may or may not count the carry-over (DESIGN §4): said with it, the 一般公共预算 spending is 表4's column.
      id: 'general-total-with-carryover',
      subject: '一般公共预算(拨款)?支出$',
      section: GENERAL_SECTION,
      carryover: 'included',
      carryoverSaid: true,
      targets: [
        {
          table: 'fiscal-summary',
          row: row('expenditure-total'),
          column: 'general-budget',
          side: 'expenditure',
        },
      ],
    },
    {
      id: 'general-basic',
      subject: '基本支出(预算)?$',
      section: GENERAL_SECTION,
      targets: [{ table: 'general-budget-expenditure', row: TOTAL, column: 'basic' }],
    },
    {
      id: 'general-project',
      subject: '项目支出(预算)?$',
      section: GENERAL_SECTION,
      targets: [{ table: 'general-budget-expenditure', row: TOTAL, column: 'project' }],
    },
    {
      id: 'expenditure-basic',
      subject: '基本支出(预算)?$',
      section: EXPENDITURE_SECTION,
      targets: [{ table: 'expenditure-summary', row: TOTAL, column: 'basic' }],
    },
    {
      id: 'expenditure-project',
      subject: '项目支出(预算)?$',
      section: EXPENDITURE_SECTION,
      targets: [{ table: 'expenditure-summary', row: TOTAL, column: 'project' }],
    },
    // 本年/当年 amounts are this year's, without the carry-over: the 本年收入 / 本年支出 lines of 表1.
    {
      id: 'current-year-income',
      subject: '^(本年|当年)收入(预算)?(合计)?$',
      notSection: FISCAL_SECTION,
      carryover: 'excluded',
      targets: [{ ...T1_INCOME, row: row('current-year-income') }],
    },
    {
      id: 'current-year-expenditure',
      subject: '^(本年|当年)支出(预算)?(合计)?$',
      notSection: FISCAL_SECTION,
      carryover: 'excluded',
      targets: [
        {
          table: 'income-expenditure-summary',
          row: row('current-year-expenditure'),
          column: 'amount',
          side: 'expenditure',
        },
      ],
    },
    {
      id: 'expenditure-total',
      // Only the whole: "政府性基金拨款支出预算" is one fund's part and 项目支出/基本支出 are parts of it, not the
      // 支出总计; "本年支出" leaves the carry-over out.
      subject: `^(?!.*(${FUND_WORDS.slice(1, -1)}|基本支出|项目支出|本年|当年)).*(支出(总)?预算|支出总计)$`,
      notSection: FISCAL_SECTION,
      carryover: 'included',
      targets: [
        {
          table: 'income-expenditure-summary',
          row: row('expenditure-total'),
          column: 'amount',
          side: 'expenditure',
        },
        { table: 'expenditure-summary', row: TOTAL, column: 'total' },
      ],
    },
    {
      id: 'income-total',
      subject: `^(?!.*(${FUND_WORDS.slice(1, -1)}|本年|当年)).*(收支总预算|收入(总)?预算|收入总计|预算总收入)$`,
      notSection: FISCAL_SECTION,
      carryover: 'included',
      targets: [{ ...T1_INCOME, row: row('income-total') }],
    },
    // "收入X万元（含上年结转Y万元）", "支出预算X万元，不含上年结转": said with the carry-over, the whole is 表1's 总计; said
    // without it, 表1's 本年 line. Said of no fund, and only when the words say which.
    ...(['included', 'excluded'] as const).flatMap((carryover) =>
      (['income', 'expenditure'] as const).map((side) => ({
        id: `${side}-${carryover === 'included' ? 'with' : 'without'}-carryover`,
        subject: `^(部门|单位)?(${carryover === 'excluded' ? '本年|当年' : ''})?(总)?${side === 'income' ? '收入' : '支出'}(总)?(预算)?(合计|总额|总计)?$`,
        notSection: FISCAL_SECTION,
        carryover,
        carryoverSaid: true as const,
        targets: [
          {
            table: 'income-expenditure-summary',
            row: row(
              carryover === 'included'
                ? `${side}-total`
                : side === 'income'
                  ? 'current-year-income'
                  : 'current-year-expenditure',
            ),
            column: 'amount',
            side,
          },
        ],
      })),
    ),
    {
      id: 'general-appropriation',
      subject: `${NOT_CARRIED}.*一般公共预算(拨款)?(收入)?$`,
      carryover: 'excluded',
      targets: [{ ...T1_INCOME, row: row('general-budget-appropriation') }],
    },
    {
      id: 'gov-fund',
      subject: `${NOT_CARRIED}.*政府性基金(预算)?(拨款)?(收入)?$`,
      carryover: 'excluded',
      targets: [{ ...T1_INCOME, row: row('gov-fund-appropriation') }],
    },
    {
      id: 'state-capital',
      subject: `${NOT_CARRIED}.*国有资本经营(预算)?(拨款)?(收入)?$`,
      carryover: 'excluded',
      targets: [{ ...T1_INCOME, row: row('state-capital-appropriation') }],
    },
    {
      id: 'special-account',
      subject: '财政专户(管理资金|核拨)?(收入)?$',
      targets: [{ ...T1_INCOME, row: row('special-account') }],
    },
    { id: 'unit-funds', subject: '单位资金(收入)?$', targets: [{ ...T1_INCOME, row: row('unit-funds') }] },
    {
      id: 'nonfiscal-carryover',
      subject: '非财政拨款结转(结余)?$',
      targets: [{ ...T1_INCOME, row: row('nonfiscal-carryover') }],
    },
    {
      id: 'fiscal-carryover',
      subject: '财政拨款结转(结余)?$',
      targets: [{ ...T1_INCOME, row: row('fiscal-carryover') }],
    },
    // Said of the 财政拨款 — in its section, or as an item of a list whose whole is the 财政拨款 ("财政拨款收入X万元，
    // 其中…上年结转Y万元") — the carry-over is the 财政拨款 one: 表4's 上年结转, not 表1's 上年结转结余 of all funds.
    {
      id: 'fiscal-prior-carryover',
      subject: '^上年(财政拨款)?结转(结余)?$',
      section: FISCAL_SECTION,
      list: '(?<!非)财政拨款(收入|支出)?(预算)?(合计|总额|总计)?$',
      notList: ONE_FUND,
      targets: [
        { table: 'fiscal-summary', row: row('prior-carryover'), column: 'amount', side: 'income' },
        { ...T1_INCOME, row: row('fiscal-carryover') },
      ],
    },
    {
      id: 'prior-carryover',
      subject: '上年结转(结余)?$',
      // Said of one source ("一般公共预算支出X万元（含上年结转Y万元）"), the carry-over is that source's, not all funds'.
      notList: FUND_WORDS,
      targets: [{ ...T1_INCOME, row: row('prior-carryover') }],
    },
  ],
  classTables: [
    { section: FISCAL_SECTION, tables: [{ table: 'fiscal-summary', column: 'total', side: 'expenditure' }] },
    { section: GENERAL_SECTION, tables: [{ table: 'general-budget-expenditure', column: 'total' }] },
    {
      section: EXPENDITURE_SECTION,
      tables: [
        { table: 'expenditure-summary', column: 'total' },
        { table: 'income-expenditure-summary', column: 'amount', side: 'expenditure' },
      ],
    },
    {
      section: '收支(总)?预算|总体',
      tables: [
        { table: 'income-expenditure-summary', column: 'amount', side: 'expenditure' },
        { table: 'expenditure-summary', column: 'total' },
      ],
    },
    {
      tables: [
        { table: 'general-budget-expenditure', column: 'total' },
        { table: 'expenditure-summary', column: 'total' },
        { table: 'income-summary', column: 'total' },
      ],
    },
  ],
};
