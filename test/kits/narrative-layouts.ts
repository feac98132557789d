/**
 * Small Shanghai 部门预算 and 部门决算 documents (invented figures, the Word-copied text format) whose 说明 is read with
 * the layout's own narrative mapping.
 */
import { parseWordText } from '../../src/ingest/text/index.js';
import type { Disclosure } from '../../src/model/disclosure.js';
import { recognize } from '../../src/recognize/index.js';
import { codedTable, wordTable } from './disclosures.js';

const TWO_SIDED = [
  ['收入', '支出'],
  ['项目', '预算数', '项目', '预算数'],
];

/** Shanghai tables in 元 (三公 in 万元): 收入 1,000,000.00 元, all 一般公共预算, 三公 1.50 万元, 机关运行经费 20.00 万元. */
export function shanghaiTables(): string[] {
  const coded = (label: string, title: string) =>
    codedTable(
      label,
      title,
      [
        ['201', '', '', '一般公共服务支出', '1000000.00', '800000.00', '200000.00'],
        ['201', '06', '', '财政事务', '1000000.00', '800000.00', '200000.00'],
        ['201', '06', '01', '行政运行', '800000.00', '800000.00', ''],
        ['201', '06', '02', '一般行政管理事务', '200000.00', '', '200000.00'],
        ['', '', '', '合计', '1000000.00', '800000.00', '200000.00'],
      ],
      '元',
    );
  return [
    wordTable(
      '',
      '2025年部门财务收支预算总表',
      TWO_SIDED,
      [
        ['一、财政拨款收入', '1000000.00', '一般公共服务支出', '1000000.00'],
        ['1.一般公共预算资金', '1000000.00', '', ''],
        ['二、事业收入', '', '', ''],
        ['收入总计', '1000000.00', '支出总计', '1000000.00'],
      ],
      '元',
    ),
    coded('', '2025年部门支出预算总表'),
    wordTable(
      '',
      '2025年部门财政拨款收支预算总表',
      [
        ['收入', '支出'],
        ['项目', '预算数', '项目', '合计', '一般公共预算', '政府性基金预算', '国有资本经营预算'],
      ],
      [
        ['一、一般公共预算资金', '1000000.00', '一般公共服务支出', '1000000.00', '1000000.00', '', ''],
        ['收入总计', '1000000.00', '支出总计', '1000000.00', '1000000.00', '', ''],
      ],
      '元',
    ),
    coded('', '2025年部门一般公共预算支出功能分类预算表'),
    wordTable(
      '',
      '2025年部门“三公”经费和机关运行经费预算表',
      [
        ['合计', '因公出国（境）费', '公务用车购置及运行费', '', '', '公务接待费', '机关运行经费预算数'],
        ['', '', '小计', '购置费', '运行费', '', ''],
      ],
      [['1.50', '', '1.00', '', '1.00', '0.50', '20.00']],
    ),
  ];
}

export function shanghaiDoc(narrative: string[]): Disclosure {
  const text = [
    '第二部分 2025年部门预算公开表',
    '',
    shanghaiTables().join('\n'),
    '第三部分 2025年部门预算情况说明',
    '',
    narrative.join('\n\n'),
    '',
    '以上为本部门预算情况。',
  ].join('\n');
  return recognize(parseWordText(text, 'shanghai-fixture.txt'));
}

/** 决算 tables in 万元: 本年收入/支出 100.00, 基本支出 80.00 (人员经费 70.00, 公用经费 10.00), 项目支出 20.00. */
export function finalAccountTables(): string[] {
  const two = (title: string, rows: string[][]) =>
    wordTable(
      '',
      title,
      [
        ['收入', '支出'],
        ['项目', '决算数', '项目', '决算数'],
      ],
      rows,
    );
  const functionRows = (total: string[]) => [
    ['201', '', '', '一般公共服务支出', ...total],
    ['201', '39', '', '社会工作事务', ...total],
    ['201', '39', '01', '行政运行', '80.00', '80.00', ''],
    ['201', '39', '99', '其他社会工作事务支出', '20.00', '', '20.00'],
    ['', '', '', '合计', ...total],
  ];
  return [
    two('收入支出决算总表', [
      ['一、一般公共预算财政拨款收入', '100.00', '一、一般公共服务支出', '100.00'],
      ['本年收入合计', '100.00', '本年支出合计', '100.00'],
      ['总计', '100.00', '总计', '100.00'],
    ]),
    codedTable('', '支出决算表', functionRows(['100.00', '80.00', '20.00'])),
    two('财政拨款收入支出决算总表', [
      ['一、一般公共预算财政拨款', '100.00', '一、一般公共服务支出', '100.00'],
      ['本年收入合计', '100.00', '本年支出合计', '100.00'],
      ['总计', '100.00', '总计', '100.00'],
    ]),
    codedTable('', '一般公共预算财政拨款支出决算表', functionRows(['100.00', '80.00', '20.00'])),
    wordTable(
      '',
      '一般公共预算财政拨款基本支出决算表',
      [
        ['人员经费', '', '公用经费', ''],
        ['科目名称', '决算数', '科目名称', '决算数'],
      ],
      [
        ['301 工资福利支出', '70.00', '302 商品和服务支出', '10.00'],
        ['人员经费合计', '70.00', '公用经费合计', '10.00'],
      ],
    ),
  ];
}

export function finalAccountDoc(narrative: string[]): Disclosure {
  const text = [
    '第二部分 2024年度部门决算表',
    '',
    finalAccountTables().join('\n'),
    '第三部分 2024年度部门决算情况说明',
    '',
    narrative.join('\n\n'),
    '',
    '以上为本部门决算情况。',
  ].join('\n');
  return recognize(parseWordText(text, 'final-account-fixture.txt'));
}
