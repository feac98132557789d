import { describe, expect, it } from 'vitest';
import {
  CONSISTENT_T3_ROWS,
  evaluated,
  htmlDisclosure,
  t3,
  toDisclosure,
  withCell,
  wordTable,
} from '../../../test/kits/disclosures.js';
import { testRule } from '../../../test/kits/rule-tester.js';
import { nationalBudget } from '../../profiles/national-budget.js';
import { runRules } from '../index.js';
import { rule } from './table-unreadable.js';

/** Every amount row with its 合计 column doubled: what a misread column gives, not a misprint. */
const SHIFTED = CONSISTENT_T3_ROWS.map((r) =>
  r[4] === '' ? r : [...r.slice(0, 4), (Number(r[4]) * 2).toFixed(2), ...r.slice(5)],
);

function kase(name: string, rows: string[][]) {
  const disclosure = toDisclosure(t3(rows));
  return { name, disclosure, identities: evaluated(disclosure) };
}

describe('table-unreadable', () => {
  it('doubts a table where most identities fail, and not one with a single misprint', () => {
    testRule(rule, {
      valid: [
        kase('consistent', CONSISTENT_T3_ROWS),
        kase('one misprint', withCell(CONSISTENT_T3_ROWS, 6, 4, '51.25')),
      ],
      invalid: [
        {
          ...kase('合计 column misread', SHIFTED),
          errors: [{ messageId: 'doubtful', data: { table: '表3' } }],
        },
      ],
    });
  });

  it('lowers the doubtful table’s errors to warnings, and keeps a single misprint an error', () => {
    const errors = (rows: string[][]) =>
      runRules(toDisclosure(t3(rows)), nationalBudget).findings.filter((f) => f.severity === 'error');
    expect(errors(SHIFTED)).toEqual([]);
    expect(errors(withCell(CONSISTENT_T3_ROWS, 6, 4, '51.25')).length).toBeGreaterThan(0);
  });
});

/** 三公 by unit, the year before beside the budget (中央, 陕西 表13): 合计 | 因公出国 | 公务用车 | 公务接待, twice. */
const ITEMS = '<th>合计</th><th>因公出国（境）费用</th><th>公务用车购置及运行费</th><th>公务接待费</th>';
const THREE_PUBLIC_HEAD = `<tr><th rowspan="2">单位名称</th><th colspan="4">2023年执行数</th><th colspan="4">2024年预算数</th></tr>
<tr>${ITEMS}${ITEMS}</tr>`;

/** Each unit's two years; `priorTotal` prints the 2023 合计 from its three items. */
function threePublicRows(priorTotal: (items: number[]) => number): string[][] {
  const units: [string, number[], number[]][] = [
    ['示例局', [2, 10, 3], [1, 9, 3]],
    ['示例一中心', [0, 6, 1], [0, 5, 1]],
    ['示例二中心', [1, 4, 2], [1, 4, 1]],
    ['示例三中心', [0, 8, 2], [0, 7, 2]],
  ];
  const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
  const total = (k: 1 | 2) => units[0][k].map((_, i) => sum(units.map((u) => u[k][i])));
  const row = (name: string, prior: number[], now: number[]) =>
    [name, priorTotal(prior), ...prior, sum(now), ...now].map((v) =>
      typeof v === 'number' ? v.toFixed(2) : v,
    );
  return [row('合计', total(1), total(2)), ...units.map(([n, p, c]) => row(n, p, c))];
}

describe('table-unreadable in a comparison group', () => {
  const findings = async (rows: string[][]) => {
    const d = await htmlDisclosure('表7 2024年一般公共预算“三公”经费支出表', THREE_PUBLIC_HEAD, rows);
    return runRules(d, nationalBudget).findings.filter((f) => f.rule !== 'table-missing');
  };
  const consistent = threePublicRows((xs) => xs[0] + xs[1] + xs[2]);

  it('checks the year before’s 合计 against its items, as the budget’s', async () => {
    expect(await findings(consistent)).toEqual([]);
    const misprint = await findings(withCell(consistent, 2, 1, '8.00'));
    expect(misprint.filter((f) => f.severity === 'error').map((f) => f.rule)).toEqual(['identity-row-sum']);
  });

  it('doubts a year-before block whose 合计 leaves out an item on every row, and says which block', async () => {
    const shifted = await findings(threePublicRows((xs) => xs[0] + xs[1]));
    expect(shifted.filter((f) => f.severity === 'error')).toEqual([]);
    expect(shifted.find((f) => f.rule === 'table-unreadable')?.message).toContain('上年数栏');
  });
});

describe('a column of figures without a meaning', () => {
  const header = [
    ['功能分类科目编码', '功能分类科目名称', '合计', '基本支出', '项目支出', '调剂数'],
    ['类', '款', '项', '', '', '', '', ''],
  ];
  const table = (extra: string) =>
    toDisclosure(
      wordTable('表3', '部门支出总体情况表', header, [
        ['208', '', '', '社会保障和就业支出', '30.00', '30.00', '', extra],
        ['', '', '', '合计', '30.00', '30.00', '', extra],
      ]),
    );

  it('doubts the table and names the column, unless the column prints nothing but zeros', () => {
    const unnamed = table('5.00');
    expect(unnamed.tables[0].columns.map((c) => c.role)).toContain('col7');
    testRule(rule, {
      valid: [{ name: 'zeros only', disclosure: table('0.00'), identities: evaluated(table('0.00')) }],
      invalid: [
        {
          name: '调剂数 with figures',
          disclosure: unnamed,
          identities: evaluated(unnamed),
          errors: [
            {
              messageId: 'doubtful',
              data: { table: '表3', reason: '本表有 1 栏金额（“调剂数”）未能识别其含义' },
            },
          ],
        },
      ],
    });
  });
});
