/**
 * The warnings gongkai gives on the real documents of ../shared/corpus/pdf-more, each kind checked by hand on the page
 * (issue 11, item 5): a warning is either the document's (kept, with the reason here) or gongkai's misreading (fixed
 * in the reader, the recognizer or the catalogue, and no longer here). test/pdf-more-corpus.test.ts compares every
 * warning that is not a rounding difference with this list, so a new one fails until someone looks at the page; the
 * rounding differences (a total 0.01 or 0.02 off the sum of its rounded parts — honest warnings) are capped at
 * today's count per document and at 0.02 each. A document not listed has no warning.
 */

export interface VerifiedWarning {
  rule: string;
  /** One page per finding (a rule that fires twice on a page lists the page twice). */
  pages: number[];
  why: string;
}

export interface DocumentWarnings {
  /** Rounding differences (messageId 'rounding'): at most this many. */
  rounding: number;
  verified: VerifiedWarning[];
}

const BEIJING_ECON_NAMES =
  '预算06表 prints 50601 资本性支出 (catalogue: 资本性支出（一）) and 50999 其他对个人和家庭的补助 (catalogue: ' +
  "其他对个人和家庭补助): 北京's wording of the 政府经济分类 names, not the catalogue's";
const YANTAI_303 =
  '一般公共预算基本支出情况表 and 基本支出预算情况表 print 303 对个人和家庭补助; the catalogue says 对个人和家庭的补助';
const FUZHOU_31101 =
  'the 基本支出经济分类情况表 lists every economic code and names 31101 资本金注入（基本建设）; the catalogue says 资本金注入';
const EMPTY_NO_NOTE =
  'the 政府性基金/国有资本经营 table is printed without any amount, and neither a note under it nor the 说明 says why ' +
  '(the text layer has no 空表/无…支出/无发生额 sentence)';
const OPERATING_BELOW_PUBLIC =
  "the 说明's 机关运行经费 is below the 基本支出 table's 公用经费: the department counts units that are not " +
  '行政/参公, whose 公用经费 are no 机关运行经费 — the warning says so and asks for a look';
const PERFORMANCE_AS_PROSE =
  "MISREADING left: a 绩效目标表 printed without the rulings the reader needs is read as prose, and its cells' quotes " +
  '(“两区”, “两园一河”) are counted across cells';
const XIAN_T13 =
  '表13 (p.32): in the 2018 group 合计 24.08 = 小计 2.86 + 公务用车 21.22 without 会议费 4.32 and 培训费 29.79, while the ' +
  "2019 group's 合计 83.74 counts them: the 上年 columns do not follow their header; said once as a doubtful reading " +
  '(table-unreadable) and its row sums as warnings';

export const PDF_MORE_WARNINGS: Record<string, DocumentWarnings> = {
  'beijing-033': {
    rounding: 0,
    verified: [
      { rule: 'narrative-punctuation', pages: [33], why: PERFORMANCE_AS_PROSE },
      { rule: 'catalog-name-mismatch', pages: [17, 17], why: BEIJING_ECON_NAMES },
      { rule: 'empty-table-note', pages: [18, 19], why: EMPTY_NO_NOTE },
    ],
  },
  'beijing-035': {
    rounding: 0,
    verified: [
      { rule: 'narrative-punctuation', pages: [30], why: PERFORMANCE_AS_PROSE },
      {
        rule: 'catalog-unknown-code',
        pages: [8, 8, 10, 10],
        why: '预算03表/预算05表 print 2160298 商业流通发展支出 and 2160698 外经贸发展支出 (p.8, p.10): codes we cannot place in the national classification, told once per table',
      },
      {
        rule: 'duplicate-code',
        pages: [10],
        why: "预算05表 prints each unit's rows one under the other without the unit's name: 2050803 培训支出 101.56 and 1.50 on p.10 (beijing-035); said once as a layout, not as defects",
      },
      { rule: 'catalog-name-mismatch', pages: [16, 16], why: BEIJING_ECON_NAMES },
      { rule: 'empty-table-note', pages: [18], why: EMPTY_NO_NOTE },
    ],
  },
  'beijing-048': {
    rounding: 0,
    verified: [
      { rule: 'catalog-name-mismatch', pages: [21, 21], why: BEIJING_ECON_NAMES },
      { rule: 'empty-table-note', pages: [22, 23], why: EMPTY_NO_NOTE },
    ],
  },
  'beijing-059': {
    rounding: 0,
    verified: [
      {
        rule: 'duplicate-code',
        pages: [8],
        why: "预算05表 prints each unit's rows one under the other without the unit's name: 2050803 培训支出 101.56 and 1.50 on p.10 (beijing-035); said once as a layout, not as defects",
      },
      { rule: 'catalog-name-mismatch', pages: [10], why: BEIJING_ECON_NAMES },
      { rule: 'empty-table-note', pages: [11, 12], why: EMPTY_NO_NOTE },
    ],
  },
  'chongqing-007': {
    rounding: 42,
    verified: [],
  },
  'fuzhou-003': {
    rounding: 1,
    verified: [
      { rule: 'catalog-name-mismatch', pages: [20], why: FUZHOU_31101 },
      {
        rule: 'catalog-unknown-code',
        pages: [20],
        why: 'the 基本支出经济分类情况表 lists every economic code, among them 31206 其他资本性补助 (blank row), which the classification does not have',
      },
    ],
  },
  'fuzhou-010': {
    rounding: 0,
    verified: [
      { rule: 'catalog-name-mismatch', pages: [17], why: FUZHOU_31101 },
      {
        rule: 'catalog-unknown-code',
        pages: [17],
        why: 'the 基本支出经济分类情况表 lists every economic code, among them 31206 其他资本性补助 (blank row), which the classification does not have',
      },
    ],
  },
  'guangzhou-002': {
    rounding: 11,
    verified: [
      {
        rule: 'catalog-name-mismatch',
        pages: [11],
        why: '表3 prints 2100410 突发公共卫生事件应急处置; the catalogue says …应急处理 (p.11)',
      },
      {
        rule: 'catalog-unknown-code',
        pages: [12],
        why: '表3 prints 2210111 配租型住房保障 (p.12): not in the catalogue we have',
      },
    ],
  },
  'guangzhou-011': {
    rounding: 20,
    verified: [],
  },
  'guangzhou-021': {
    rounding: 10,
    verified: [
      {
        rule: 'catalog-unknown-code',
        pages: [9, 9],
        why: '表3 prints 23021 区域间转移性支出 and 2302103 土地指标调剂转移性支出 (p.9): not in the catalogue we have',
      },
    ],
  },
  'hangzhou-002': {
    rounding: 8,
    verified: [{ rule: 'narrative-amount-mismatch', pages: [13], why: OPERATING_BELOW_PUBLIC }],
  },
  'huzhou-003': {
    rounding: 14,
    verified: [{ rule: 'narrative-amount-mismatch', pages: [11], why: OPERATING_BELOW_PUBLIC }],
  },
  'quanzhou-007': {
    rounding: 0,
    verified: [
      {
        rule: 'narrative-parts-sum',
        pages: [24],
        why: 'MISREADING left: 共有车辆3辆，其中：A0辆、B0辆、C0辆，执法执勤用车3辆 — the last item follows a comma after items parted by 、 and is not read as one (p.24)',
      },
    ],
  },
  'shanghai-006': {
    rounding: 0,
    verified: [{ rule: 'empty-table-note', pages: [15, 16], why: EMPTY_NO_NOTE }],
  },
  'shanghai-010': {
    rounding: 0,
    verified: [{ rule: 'empty-table-note', pages: [13, 14], why: EMPTY_NO_NOTE }],
  },
  'shanghai-020': {
    rounding: 0,
    verified: [{ rule: 'empty-table-note', pages: [15, 16], why: EMPTY_NO_NOTE }],
  },
  'shenzhen-001': {
    rounding: 11,
    verified: [],
  },
  'shenzhen-016': {
    rounding: 18,
    verified: [
      {
        rule: 'narrative-punctuation',
        pages: [11, 11, 12, 12],
        why: 'the 说明 prints “。。” four times (p.11 twice, p.12 twice)',
      },
    ],
  },
  'shenzhen-020': {
    rounding: 30,
    verified: [
      {
        rule: 'narrative-self-inconsistent',
        pages: [7],
        why: '上级下达资金 lists 国家非物质文化遗产保护资金 twice, 91 万元 and 12.5 万元 (p.7): two grants of one name, or a slip',
      },
    ],
  },
  'shenzhen-031': {
    rounding: 3,
    verified: [],
  },
  'xian-010': {
    rounding: 2,
    verified: [
      {
        rule: 'catalog-name-mismatch',
        pages: [28, 33],
        why: '表5/表7 print 2150599 其他工业和信息产业监管支出; the catalogue says 其他工业和信息产业支出 (p.28, p.33; the catalogue line is a transcription: doubtful which is right)',
      },
      {
        rule: 'narrative-amount-mismatch',
        pages: [15],
        why: '机关运行经费 345.38 万元; 表8 公用经费 3,453,876.50 元 = 345.39 万元 (p.15): the text cut the figure instead of rounding it',
      },
    ],
  },
  'xian-011': {
    rounding: 0,
    verified: [
      {
        rule: 'catalog-name-mismatch',
        pages: [7, 10, 16, 19],
        why: 'a 2019 document prints 20805 行政事业单位离退休 (the name until 2018; p.7, p.16) and 30110 职工基本医疗保险缴费 (the catalogue has it from 2022, the rename year unverified; p.10, p.19)',
      },
      {
        rule: 'catalog-unknown-code',
        pages: [7, 16],
        why: '表5 and 表7 print 2089901 其他社会保障和就业支出 (p.7, p.16); the catalogue has the name on 2089999',
      },
      { rule: 'table-unreadable', pages: [32], why: XIAN_T13 },
      { rule: 'identity-row-sum', pages: [32, 32, 32, 32, 32, 32, 32, 32, 32, 32, 32, 32], why: XIAN_T13 },
    ],
  },
  'xian-023': {
    rounding: 3,
    verified: [],
  },
  'yantai-012': {
    rounding: 31,
    verified: [
      { rule: 'catalog-name-mismatch', pages: [17, 22], why: YANTAI_303 },
      { rule: 'empty-table-note', pages: [19, 20], why: EMPTY_NO_NOTE },
      { rule: 'narrative-amount-mismatch', pages: [27], why: OPERATING_BELOW_PUBLIC },
    ],
  },
  'yantai-016': {
    rounding: 23,
    verified: [
      { rule: 'catalog-name-mismatch', pages: [20, 26], why: YANTAI_303 },
      { rule: 'empty-table-note', pages: [23], why: EMPTY_NO_NOTE },
      {
        rule: 'narrative-numbering',
        pages: [40],
        why: '第三部分 goes from 一、预算收支增减变化情况说明 to 五、政府采购情况 (p.40, checked on the page)',
      },
    ],
  },
  'yantai-022': {
    rounding: 33,
    verified: [
      { rule: 'catalog-name-mismatch', pages: [21, 27], why: YANTAI_303 },
      { rule: 'empty-table-note', pages: [23, 24], why: EMPTY_NO_NOTE },
      { rule: 'narrative-amount-mismatch', pages: [35], why: OPERATING_BELOW_PUBLIC },
      {
        rule: 'performance-count',
        pages: [36],
        why: '说明: 一级预算项目41个, 13235.84 万元 (p.36); the document attaches 20 project tables (10,598.24 万元) and two 专项资金 tables: tables for part of the projects',
      },
      {
        rule: 'performance-count',
        pages: [36],
        why: '说明: 一级预算项目41个, 13235.84 万元 (p.36); the document attaches 20 project tables (10,598.24 万元) and two 专项资金 tables: tables for part of the projects',
      },
    ],
  },
  'zhuhai-004': {
    rounding: 0,
    verified: [
      {
        rule: 'catalog-unknown-code',
        pages: [7, 15],
        why: '表3 and 表9 print 2129801 城乡社区公共设施 under 21298 超长期特别国债安排的支出 (p.7, p.15): the 98 款 项 are not in the catalogue we have',
      },
    ],
  },
};
