import { describe, expect, it } from 'vitest';
import { toDisclosure, wordTable } from '../../../test/kits/disclosures.js';
import { testRule } from '../../../test/kits/rule-tester.js';
import { profileById } from '../../profiles/index.js';
import { rule as tableIndexEmpty } from './table-index-empty.js';

const INDEX_HEADER = [['报表', '报表名称', '是否空表', '公开空表理由']];
const HEADER = [
  ['序号', '功能科目编码', '功能科目名称', '合计', '人员经费支出', '公用经费支出', '专项业务经费支出'],
];
const ROWS = [
  ['1', '', '合计', '40.00', '40.00', '', ''],
  ['2', '208', '社会保障和就业支出', '40.00', '40.00', '', ''],
  ['3', '2080505', '机关事业单位基本养老保险缴费支出', '40.00', '40.00', '', ''],
];
const EMPTY_ROWS = [['1', '', '合计', '', '', '', '']];

function indexTable(rows: string[][]): string {
  return `报表目录\n${[...INDEX_HEADER, ...rows].map((r) => `${r.map((c) => `\t${c}`).join('\n')}\n`).join('\n')}`;
}

function doc(index: string[][], t7Rows = EMPTY_ROWS) {
  return toDisclosure(
    indexTable(index),
    wordTable('表5', '部门综合预算一般公共预算支出明细表（按功能科目分）', HEADER, ROWS),
    wordTable('表6', '部门综合预算一般公共预算支出明细表（按经济分类科目分）', HEADER, ROWS),
    wordTable('表7', '部门综合预算一般公共预算基本支出明细表（按功能科目分）', HEADER, t7Rows),
  );
}

const LISTED = (t7: string[]) => [
  ['表5', '部门综合预算一般公共预算支出明细表（按功能科目分）', '否', ''],
  ['表6', '部门综合预算一般公共预算支出明细表（按经济分类科目分）', '否', ''],
  ['表7', '部门综合预算一般公共预算基本支出明细表（按功能科目分）', ...t7],
];
const profile = profileById('shaanxi-comprehensive-budget')!;

describe('table-index-empty', () => {
  it('reads the 公开目录 as the list of tables with their empty marks', () => {
    const d = doc(LISTED(['是', '不涉及']));
    expect(d.tableIndex?.map((e) => [e.number, e.empty, e.reason ?? ''])).toEqual([
      ['表5', false, ''],
      ['表6', false, ''],
      ['表7', true, '不涉及'],
    ]);
    expect(d.unrecognized.map((u) => u.reason)).toEqual([expect.stringMatching(/^公开报表目录/u)]);
  });

  it('warns where a table marked empty prints amounts, or a table listed is missing', () => {
    testRule(tableIndexEmpty, {
      valid: [
        { name: 'marked empty, printed empty', disclosure: doc(LISTED(['是', '不涉及'])), profile },
        { name: 'not marked, printed with amounts', disclosure: doc(LISTED(['否', '']), ROWS), profile },
        {
          name: 'marked empty and not printed',
          disclosure: doc([...LISTED(['否', '']), ['表9', '部门综合预算政府性基金收支表', '是', '不涉及']]),
          profile,
        },
      ],
      invalid: [
        {
          name: 'marked empty, printed with amounts',
          disclosure: doc(LISTED(['是', '不涉及']), ROWS),
          profile,
          errors: [{ messageId: 'emptyHasAmounts', data: { table: '表7', reason: '不涉及' } }],
        },
        {
          name: 'listed, not marked empty, not in the file',
          disclosure: doc([...LISTED(['否', '']), ['表9', '部门综合预算政府性基金收支表', '否', '']]),
          profile,
          errors: [{ messageId: 'listedMissing', data: { number: '表9 ' } }],
        },
      ],
    });
  });

  it('says nothing when most of the list cannot be found (another set of tables)', () => {
    const other = [
      ['表1', '部门综合预算收支总表', '否', ''],
      ['表2', '部门综合预算收入总表', '否', ''],
      ['表3', '部门综合预算支出总表', '否', ''],
      ['表4', '部门综合预算财政拨款收支总表', '否', ''],
      ['表5', '部门综合预算一般公共预算支出明细表（按功能科目分）', '否', ''],
    ];
    testRule(tableIndexEmpty, {
      valid: [{ name: 'mostly absent', disclosure: doc(other), profile }],
      invalid: [],
    });
  });
});
