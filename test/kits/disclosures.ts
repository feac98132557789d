/**
 * Small documents in the Word-copied text format for rule tests: they go through the real reader and recognizer,
 * so a rule test also shows that recognition gives the rule what it needs.
 */

import { readDocumentBytes } from '../../src/ingest/index.js';
import { parseWordText } from '../../src/ingest/text/index.js';
import type { Disclosure } from '../../src/model/disclosure.js';
import type { EvaluatedIdentity } from '../../src/model/identity.js';
import { nationalBudget } from '../../src/profiles/national-budget.js';
import { recognize } from '../../src/recognize/index.js';
import { runRules } from '../../src/rules/index.js';

export function wordTable(
  label: string,
  title: string,
  header: string[][],
  rows: string[][],
  unit = '万元',
): string {
  const cells = (r: string[]) => `${r.map((c) => `\t${c}`).join('\n')}\n`;
  return [
    label,
    title,
    `编制部门（单位）：测试市示例局          单位：${unit}`,
    [...header, ...rows].map(cells).join('\n'),
  ].join('\n');
}

const CODED_HEADER = [
  ['功能分类科目编码', '功能分类科目名称', '合计', '基本支出', '项目支出'],
  ['类', '款', '项', '', '', '', ''],
];

/** 表3/表5-style coded table: rows are [类, 款, 项, name, total, basic, project]. */
export function codedTable(label: string, title: string, rows: string[][], unit = '万元'): string {
  return wordTable(label, title, CODED_HEADER, rows, unit);
}

export function toDisclosure(...tables: string[]): Disclosure {
  return recognize(parseWordText(`第二部分 2024年部门预算公开表\n\n${tables.join('\n')}`, 'fixture.txt'));
}

export function evaluated(d: Disclosure): EvaluatedIdentity[] {
  return runRules(d, nationalBudget, []).identities;
}

/** A consistent 表3 with two 类, one of them with 款 and 项. */
/** A named case for testRule: the tables read as one disclosure, with its evaluated identities. */
export function identityCase(name: string, ...tables: string[]) {
  const disclosure = toDisclosure(...tables);
  return { name, disclosure, identities: evaluated(disclosure) };
}

export const CONSISTENT_T3_ROWS = [
  ['208', '', '', '社会保障和就业支出', '30.00', '30.00', ''],
  ['208', '05', '', '行政事业单位养老支出', '30.00', '30.00', ''],
  ['208', '05', '05', '机关事业单位基本养老保险缴费支出', '20.00', '20.00', ''],
  ['208', '05', '06', '机关事业单位职业年金缴费支出', '10.00', '10.00', ''],
  ['212', '', '', '城乡社区支出', '70.50', '50.25', '20.25'],
  ['212', '01', '', '城乡社区管理事务', '70.50', '50.25', '20.25'],
  ['212', '01', '01', '行政运行', '50.25', '50.25', ''],
  ['212', '01', '99', '其他城乡社区管理事务支出', '20.25', '', '20.25'],
  ['', '', '', '合计', '100.50', '80.25', '20.25'],
];

export function t3(rows: string[][] = CONSISTENT_T3_ROWS): string {
  return codedTable('表3', '部门支出总体情况表', rows);
}

export function withCell(rows: string[][], row: number, col: number, value: string): string[][] {
  return rows.map((r, i) => (i === row ? r.map((c, j) => (j === col ? value : c)) : r));
}

/** 表1 two-sided: income lines left, function 类 lines right. Consistent with CONSISTENT_T3_ROWS. */
export const CONSISTENT_T1_ROWS = [
  ['一、本年收入', '95.50', '208 社会保障和就业支出', '30.00'],
  ['1.一般公共预算拨款', '85.50', '212 城乡社区支出', '70.50'],
  ['其中：一般财力', '85.50', '', ''],
  ['2.单位资金', '10.00', '', ''],
  ['其中：其他收入', '10.00', '', ''],
  ['二、上年结转结余', '5.00', '', ''],
  ['1.财政拨款结转', '5.00', '', ''],
  ['收入总计', '100.50', '支出总计', '100.50'],
];

export function t1(rows: string[][] = CONSISTENT_T1_ROWS): string {
  return wordTable(
    '表1',
    '部门收支总体情况表',
    [
      ['收入', '支出'],
      ['项目', '预算数', '功能分类', '预算数'],
    ],
    rows,
  );
}

export const CONSISTENT_T10_ROWS = [
  ['合计', '6.00', '6.00', '', ''],
  ['因公出国（境）费', '', '', '', ''],
  ['公务接待费', '1.00', '1.00', '', ''],
  ['公务用车购置及运行费', '5.00', '5.00', '', ''],
  ['其中：公务用车购置费', '', '', '', ''],
  ['公务用车运行费', '5.00', '5.00', '', ''],
];

export function t10(rows: string[][] = CONSISTENT_T10_ROWS): string {
  return wordTable(
    '表10',
    '财政拨款“三公”经费支出情况表',
    [
      ['三公支出内容', '合计', '资金来源'],
      ['', '', '一般公共预算', '政府性基金', '国有资本经营预算'],
    ],
    rows,
  );
}

/**
 * A table as a web page, for headers that a copied-text table cannot show (groups over groups): `head` is the
 * <thead> rows as HTML, `rows` the body's cells. Read by the real HTML reader and recognizer.
 */
export async function htmlDisclosure(title: string, head: string, rows: string[][]): Promise<Disclosure> {
  const body = rows.map((r) => `<tr>${r.map((c) => `<td>${c}</td>`).join('')}</tr>`).join('');
  const page = `<p>第二部分 2024年部门预算公开表</p><p>${title}</p><p>单位：万元</p>
<table><thead>${head}</thead><tbody>${body}</tbody></table>`;
  return recognize(await readDocumentBytes('fixture.html', new TextEncoder().encode(page)));
}
