/**
 * Small documents with a narrative for the narrative and performance rule tests: tables and 说明 in the
 * Word-copied text format, through the real reader and recognizer (invented departments and figures).
 */

import { parseWordText } from '../../src/ingest/text/index.js';
import type { Disclosure } from '../../src/model/disclosure.js';
import type { Provenance } from '../../src/model/raw.js';
import { recognize } from '../../src/recognize/index.js';
import { parsePerformanceTables } from '../../src/recognize/narrative/index.js';
import { codedTable, wordTable } from './disclosures.js';

/** 表1 with the given income lines and 类 lines (both already balanced by the caller). */
export function t1(income: [string, string][], classes: [string, string][], total: string): string {
  const n = Math.max(income.length, classes.length);
  const rows: string[][] = [];
  for (let i = 0; i < n; i++) rows.push([...(income[i] ?? ['', '']), ...(classes[i] ?? ['', ''])]);
  rows.push(['收入总计', total, '支出总计', total]);
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

export const T1 = t1(
  [
    ['一、本年收入', '100.00'],
    ['1.一般公共预算拨款', '90.00'],
    ['5.单位资金', '10.00'],
  ],
  [
    ['208 社会保障和就业支出', '30.00'],
    ['212 城乡社区支出', '70.00'],
  ],
  '100.00',
);

/** 表3 / 表5 rows: [类, 款, 项, name, total, basic, project]. */
export const T3 = codedTable('表3', '部门支出总体情况表', [
  ['208', '', '', '社会保障和就业支出', '30.00', '30.00', ''],
  ['208', '05', '', '行政事业单位养老支出', '30.00', '30.00', ''],
  ['208', '05', '05', '机关事业单位基本养老保险缴费支出', '30.00', '30.00', ''],
  ['212', '', '', '城乡社区支出', '70.00', '50.00', '20.00'],
  ['212', '01', '', '城乡社区管理事务', '70.00', '50.00', '20.00'],
  ['212', '01', '01', '行政运行', '50.00', '50.00', ''],
  ['212', '01', '99', '其他城乡社区管理事务支出', '20.00', '', '20.00'],
  ['', '', '', '合计', '100.00', '80.00', '20.00'],
]);

export const T5 = codedTable('表5', '一般公共预算支出情况表', [
  ['208', '', '', '社会保障和就业支出', '30.00', '30.00', ''],
  ['208', '05', '', '行政事业单位养老支出', '30.00', '30.00', ''],
  ['208', '05', '05', '机关事业单位基本养老保险缴费支出', '30.00', '30.00', ''],
  ['212', '', '', '城乡社区支出', '60.00', '45.00', '15.00'],
  ['212', '01', '', '城乡社区管理事务', '60.00', '45.00', '15.00'],
  ['212', '01', '01', '行政运行', '45.00', '45.00', ''],
  ['212', '01', '99', '其他城乡社区管理事务支出', '15.00', '', '15.00'],
  ['', '', '', '合计', '90.00', '75.00', '15.00'],
]);

export const T7 = wordTable(
  '表7',
  '一般公共预算项目支出情况表',
  [
    ['科目编码', '科目名称', '项目名称', '项目支出合计', '商品和服务支出'],
    ['类', '款', '项', '', '', '', ''],
  ],
  [
    ['212', '01', '99', '其他城乡社区管理事务支出', '河道保洁项目', '10.00', '10.00'],
    ['212', '01', '99', '其他城乡社区管理事务支出', '路灯维修项目', '5.00', '5.00'],
    ['', '', '', '', '合计', '15.00', '15.00'],
  ],
);

export const T10 = wordTable(
  '表10',
  '财政拨款“三公”经费支出情况表',
  [['三公支出内容', '合计', '一般公共预算']],
  [
    ['合计', '3.50', '3.50'],
    ['因公出国（境）费', '', ''],
    ['公务接待费', '0.50', '0.50'],
    ['公务用车购置及运行费', '3.00', '3.00'],
    ['其中：公务用车购置费', '', ''],
    ['公务用车运行费', '3.00', '3.00'],
  ],
);

/** A performance-target table in the seed's Word layout (cells per line, blank line ends a row). */
export function perfTable(
  name: string,
  total: string,
  fiscal: string,
  other: string,
  weights: string[],
): string {
  const rows: string[][] = [
    ['项目支出绩效目标表'],
    ['预算单位', '测试市示例局'],
    ['项目名称', name, '项目负责人', '张三'],
    ['项目资金（万元）', '年度预算总额：', total, '其中：财政拨款', fiscal, '其他资金：', other],
    ['一级指标', '二级指标', '三级指标', '指标值', '指标分值权重'],
  ];
  const levels = ['产出指标', '成本指标', '效益指标', '满意度指标'];
  for (const [i, w] of weights.entries())
    rows.push([levels[i % levels.length], '子指标', `指标${i + 1}`, '=100%', w]);
  return `${rows.map((r) => `${r.map((c) => `\t${c}`).join('\n')}\n`).join('\n')}`;
}

/** Tables, then 第三部分 with the narrative lines (headings 一、/（一） included), then performance tables. */
export function narrativeDoc(
  narrative: string[],
  tables: string[] = [T1, T3, T5, T10],
  perf: string[] = [],
  /** Provenance given to every paragraph read (a page, or `ocr` as if the text were a scan's). */
  prov: Provenance = {},
): Disclosure {
  const text = [
    '第二部分 2024年部门预算公开表',
    '',
    tables.join('\n'),
    '第三部分 2024年部门预算情况说明',
    '',
    narrative.join('\n\n'),
    '',
    // A closing paragraph keeps the narrative's last lines out of the tables' title window.
    // (the recognizer reads up to four paragraphs before a table as its title block).
    ...(perf.length > 0
      ? ['各项目绩效目标见下表。', '', '按项目分别填报。', '', '附：', '', '绩效目标表', '', perf.join('\n')]
      : []),
  ].join('\n');
  const raw = parseWordText(text, 'narrative-fixture.txt');
  for (const b of raw.blocks) if (b.type === 'paragraph') b.prov = { ...b.prov, ...prov };
  const d = recognize(raw);
  const performance = parsePerformanceTables(raw);
  if (performance.length > 0) d.performance = performance;
  return d;
}
