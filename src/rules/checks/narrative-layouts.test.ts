/**
 * Each layout reads its 说明 with its own narrative mapping: a Shanghai 部门预算 subject resolves to the Shanghai
 * tables (元 tables, 三公 in 万元 on one line), a 决算 subject to the 决算 tables (决算数 columns).
 */
import { describe, it } from 'vitest';
import { finalAccountDoc, shanghaiDoc } from '../../../test/kits/narrative-layouts.js';
import { testRule } from '../../../test/kits/rule-tester.js';
import { rule } from './narrative-amount-mismatch.js';

const SHANGHAI = [
  '2025年，本部门收入预算100.00万元，其中：财政拨款收入100.00万元；事业收入0万元。',
  '支出预算100.00万元，其中：财政拨款支出预算100.00万元。',
  '财政拨款支出预算中，一般公共预算拨款支出预算100.00万元；政府性基金拨款支出预算0万元。',
  '1.一般公共服务支出(类)财政事务(款)行政运行(项)80.00万元，主要用于人员经费。',
  '2025年三公经费预算数为1.50万元。',
  '(一)因公出国(境)费0万元。(二)公务用车购置及运行费1.00万元，其中：公务用车运行费1.00万元。(三)公务接待费0.50万元。',
  '2025年本部门财政拨款的机关运行经费预算为20.00万元。',
];

const FINAL = [
  '一、收入支出决算总体情况说明',
  '2024年度收入支出总计100.00万元。',
  '二、收入决算情况说明',
  '本年收入合计100.00万元。',
  '三、支出决算情况说明',
  '本年支出合计100.00万元，其中：基本支出80.00万元；项目支出20.00万元。',
  '四、一般公共预算财政拨款支出决算情况说明',
  '一般公共预算财政拨款支出100.00万元，主要用于：一般公共服务支出(类)100.00万元。',
  '1、一般公共服务支出(201类)社会工作事务(39款)行政运行(01项)。',
  '全年预算为82.00万元，支出决算为80.00万元。',
  '五、一般公共预算财政拨款基本支出决算情况说明',
  '一般公共预算财政拨款基本支出80.00万元，其中：人员经费70.00万元；公用经费10.00万元。',
];

const replaced = (lines: string[], from: string, to: string) => lines.map((l) => l.replace(from, to));

describe('narrative mappings per layout', () => {
  it('Shanghai 部门预算: subjects resolve to the Shanghai tables', () => {
    testRule(rule, {
      valid: [{ name: 'every figure as the tables print it', disclosure: shanghaiDoc(SHANGHAI) }],
      invalid: [
        ['三公经费预算数为1.50', '三公经费预算数为1.60', '1.50'],
        ['机关运行经费预算为20.00', '机关运行经费预算为21.00', '20.00'],
        ['财政拨款支出预算100.00', '财政拨款支出预算101.00', '1000000.00'],
        ['行政运行(项)80.00', '行政运行(项)81.00', '800000.00'],
        ['公务接待费0.50', '公务接待费0.60', '0.50'],
        ['财政拨款收入100.00', '财政拨款收入90.00', '1000000.00'],
      ].map(([from, to, actual]) => ({
        name: to,
        disclosure: shanghaiDoc(replaced(SHANGHAI, from, to)),
        errors: [{ messageId: 'mismatch', data: { actual } }],
      })),
    });
  });

  it('决算: subjects resolve to the 决算数 of the 决算 tables, a code heading to its row', () => {
    testRule(rule, {
      valid: [{ name: 'every figure as the tables print it', disclosure: finalAccountDoc(FINAL) }],
      invalid: [
        ['收入支出总计100.00', '收入支出总计110.00'],
        ['基本支出80.00万元；', '基本支出81.00万元；'],
        ['人员经费70.00', '人员经费71.00'],
        ['支出决算为80.00', '支出决算为81.00'],
        ['财政拨款支出100.00', '财政拨款支出99.00'],
      ].map(([from, to]) => ({
        name: to,
        disclosure: finalAccountDoc(replaced(FINAL, from, to)),
        errors: [{ messageId: 'mismatch' }],
      })),
    });
  });
});

describe('narrative mappings: the carry-over', () => {
  const said = (sentence: string) => shanghaiDoc([...SHANGHAI.slice(1), sentence]);
  it('Shanghai 部门预算: the tables print no carry-over, so "不含上年结转" is the total and "含上年结转" no cell', () => {
    testRule(rule, {
      valid: [
        { name: 'said without the carry-over', disclosure: said('收入预算100.00万元（不含上年结转）。') },
        {
          name: 'said with it: the tables print no such figure',
          disclosure: said('收入预算90.00万元（含上年结转10.00万元）。'),
        },
      ],
      invalid: [
        {
          name: 'said without the carry-over, another figure',
          disclosure: said('收入预算90.00万元（不含上年结转）。'),
          errors: [{ messageId: 'mismatch', data: { actual: '1000000.00' } }],
        },
      ],
    });
  });
});
