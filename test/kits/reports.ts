/**
 * Report fixtures for the export tests: one small hand-built DocumentReport that exercises every kind of finding
 * location (cell, related cell, row, table, narrative, document) and a suspect, and a real report built from the
 * rule fixture documents through the pipeline. No corpus content.
 */

import { parseWordText } from '../../src/ingest/text/index.js';
import type { Finding } from '../../src/model/finding.js';
import { checkRaw } from '../../src/pipeline/check.js';
import {
  type DocumentReport,
  type ReportCell,
  type ReportRow,
  SCHEMA_VERSION,
} from '../../src/report/types.js';
import { CONSISTENT_T3_ROWS, t1, t3, withCell } from './disclosures.js';

/** A real report: 表1 and a 表3 whose 212 01 01 行政运行 合计 is misprinted (51.25 for 50.25). */
export function realReport(): DocumentReport {
  const text = `第二部分 2024年部门预算公开表\n\n${[t1(), t3(withCell(CONSISTENT_T3_ROWS, 6, 4, '51.25'))].join('\n')}`;
  return checkRaw(parseWordText(text, 'fixture.txt'), 'fixture.txt').report;
}

function cell(printed: string): ReportCell {
  if (printed === '') return { value: '0', printed: '', blank: 'empty' };
  return { value: printed.replace(/,/g, ''), printed };
}

function row(index: number, label: string, amounts: string[], extra: Partial<ReportRow> = {}): ReportRow {
  const keys = ['total', 'general', 'fund'];
  const cells = Object.fromEntries(amounts.map((a, i) => [keys[i], cell(a)]));
  const m = /^([\d ]+) (.*)$/.exec(label);
  const code = m?.[1]?.replace(/ /g, '');
  return {
    index,
    kind: code ? 'item' : 'total',
    ...(code ? { code, codeScheme: 'function' as const } : {}),
    name: m?.[2] ?? label,
    label,
    cells,
    ...extra,
  };
}

type F = Finding & { id: number };

const T5 = { table: '表5', tableId: 't5', tableTitle: '一般公共预算支出情况表' };

function mismatch(id: number, rowIndex: number, rowLabel: string, columnKey: string, column: string): F {
  return {
    id,
    rule: 'identity-row-sum',
    ruleTitle: '表内行合计不等于各栏之和',
    severity: 'error',
    message: `表5 ${rowLabel} ${column}：应为 34.53，实为 34.52，相差 0.01 万元。`,
    messageId: 'mismatch',
    data: { expected: '34.53', actual: '34.52', difference: '0.01' },
    location: { ...T5, row: rowLabel, rowIndex, column, columnKey },
    expected: '34.53',
    actual: '34.52',
    difference: '0.01',
    unit: '万元',
    related: [
      {
        location: { ...T5, row: rowLabel, rowIndex, column: '一般公共预算', columnKey: 'general' },
        role: '组成项',
      },
    ],
  };
}

/** Hand-built report: known marked cells t5/1/total (error, suspect), t5/1/general (related), t5/2/total (warning). */
export function sampleReport(): DocumentReport {
  const findings: F[] = [
    mismatch(0, 1, '210 11 02 事业单位医疗', 'total', '合计'),
    {
      ...mismatch(1, 2, '210 11 03 公务员医疗补助', 'total', '合计'),
      severity: 'warning',
      rule: 'identity-total-row',
      ruleTitle: '合计行不等于各类之和',
      message: '表5 合计 因舍入相差 0.01 万元 <b>&"\'</script>',
      related: [],
    },
    {
      id: 2,
      rule: 'code-prefix',
      ruleTitle: '下级科目编码与上级科目不符',
      severity: 'error',
      message: '221 02 01 住房公积金：上级科目 221 02 不在本表中',
      messageId: 'orphan',
      data: {},
      location: { ...T5, row: '221 02 01 住房公积金', rowIndex: 3 },
      related: [],
    },
    {
      id: 3,
      rule: 'empty-table-note',
      ruleTitle: '空表缺少说明，或说明与表格不符',
      severity: 'info',
      message: '表5 附注说明为空表',
      messageId: 'note',
      data: {},
      location: { ...T5 },
      related: [],
    },
    {
      id: 4,
      rule: 'narrative-amount-mismatch',
      ruleTitle: '说明中的金额与表格不一致',
      severity: 'error',
      message: '说明中卫生健康支出为 64.57万元，而表5 合计为 64.56万元',
      messageId: 'mismatch',
      data: {},
      location: {
        section: '二、收入预算情况说明',
        sentence: '卫生健康支出64.57万元，占4%；</script>',
        figure: { at: 6, text: '64.57万元' },
        line: 40,
      },
      related: [
        {
          location: { ...T5, row: '合计', rowIndex: 4, column: '合计', columnKey: 'total' },
          value: '64.56',
          role: '表格数字',
        },
      ],
    },
    {
      id: 5,
      rule: 'table-missing',
      ruleTitle: '缺少规定的公开表格',
      severity: 'warning',
      message: '缺少 表8 政府性基金预算支出情况表',
      messageId: 'missing',
      data: {},
      location: { table: '表8 政府性基金预算支出情况表' },
      related: [],
    },
  ];
  return {
    schemaVersion: SCHEMA_VERSION,
    file: '示例局 2024 预算 "公开" <版>.txt',
    document: {
      kind: 'budget',
      level: 'department',
      department: '测试市示例局',
      year: 2024,
      unit: '万元',
      layout: 'national-budget',
      layoutTitle: '全国通用部门（单位）预算公开表（表1–表10）',
      format: 'text',
    },
    summary: {
      identities: { evaluated: 12, held: 9, rounding: 1, failed: 2 },
      findings: { error: 3, warning: 2, info: 1 },
      byRule: {
        'identity-row-sum': 1,
        'identity-total-row': 1,
        'code-prefix': 1,
        'empty-table-note': 1,
        'narrative-amount-mismatch': 1,
        'table-missing': 1,
      },
      tables: { recognized: 1, unrecognized: 0, missing: ['表8 政府性基金预算支出情况表'] },
    },
    tables: [
      {
        id: 't5',
        kind: 'general-budget-expenditure',
        label: '表5',
        title: '一般公共预算支出情况表',
        unit: '万元',
        columns: [
          { key: 'total', role: 'total', header: ['合计'] },
          { key: 'general', role: 'general-budget', header: ['资金来源', '一般公共预算'] },
          { key: 'fund', role: 'gov-fund', header: ['资金来源', '政府性基金'] },
        ],
        rows: [
          row(0, '210 卫生健康支出', ['64.56', '64.56', '']),
          row(1, '210 11 02 事业单位医疗', ['34.52', '34.53', '']),
          row(2, '210 11 03 公务员医疗补助', ['30.04', '30.03', '']),
          row(3, '221 02 01 住房公积金', ['1,200.00', '1,200.00', '']),
          row(4, '合计', ['1,264.56', '1,264.56', '']),
        ],
        notes: ['本表 "金额" <单位>：万元'],
      },
    ],
    findings,
    suspects: [
      {
        table: '表5',
        tableId: 't5',
        row: '210 11 02 事业单位医疗',
        rowIndex: 1,
        column: '合计',
        columnKey: 'total',
        actual: '34.52',
        suggested: '34.53',
        explains: [0],
        satisfies: 3,
        tie: true,
      },
    ],
    unrecognized: [{ title: '项目支出绩效目标表', reason: '由绩效目标表检查单独处理' }],
    warnings: [],
  };
}
