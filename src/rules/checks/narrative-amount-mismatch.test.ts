import { describe, expect, it } from 'vitest';
import { narrativeDoc } from '../../../test/kits/narrative.js';
import { testRule } from '../../../test/kits/rule-tester.js';
import { parseWordText } from '../../ingest/text/index.js';
import { recognize } from '../../recognize/index.js';
import { randomBudgetData, renderDisclosureText } from '../../render/index.js';
import { rule } from './narrative-amount-mismatch.js';

const GENERAL = '五、关于一般公共预算当年拨款情况说明';
describe('narrative-amount-mismatch', () => {
  it('checks restated figures against their cells', () => {
    testRule(rule, {
      valid: [
        {
          name: 'totals as printed, 90 for 90.00',
          disclosure: narrativeDoc([
            '一、关于收支预算情况的总体说明',
            '收支总预算100万元，一般公共预算90万元。',
          ]),
        },
        {
          name: 'the same figure in 元',
          disclosure: narrativeDoc(['三、关于支出预算情况说明', '基本支出800000元。']),
        },
        {
          name: 'section decides the table: 表3 basic 80, 表5 basic 75',
          disclosure: narrativeDoc([
            '三、关于支出预算情况说明',
            '基本支出80万元。',
            GENERAL,
            '基本支出75万元。',
          ]),
        },
        {
          name: 'a classification path matched by names',
          disclosure: narrativeDoc([
            GENERAL,
            '1.城乡社区支出（类）城乡社区管理事务（款）行政运行（项）：预算数为45万元。',
          ]),
        },
        {
          name: "last year's carryover of a source is not this year's source",
          disclosure: narrativeDoc([
            '一、关于收支预算情况的总体说明',
            '上年结转结余的一般公共预算收入0万元，上级下达资金——一般公共预算5万元。',
          ]),
        },
        {
          name: 'a 项 said with its code, and an 其他… name that is no 类',
          disclosure: narrativeDoc([
            GENERAL,
            '1.其他城乡社区管理事务支出(2120199)15万元。2.其他城乡社区支出15万元。',
          ]),
        },
        {
          name: '政府采购 is not the 支出总计',
          disclosure: narrativeDoc(['一、关于收支预算情况的总体说明', '政府采购支出预算总额20万元。']),
        },
        {
          name: 'unknown subjects are not checked',
          disclosure: narrativeDoc(['三、关于支出预算情况说明', '专项经费999万元。']),
        },
      ],
      invalid: [
        {
          name: 'total differs from 表1',
          disclosure: narrativeDoc(['一、关于收支预算情况的总体说明', '收支总预算101万元。']),
          errors: [
            {
              messageId: 'mismatch',
              data: { claimed: '101万元', actual: '100.00' },
              location: { section: '一、关于收支预算情况的总体说明' },
            },
          ],
        },
        {
          name: '项 amount differs from 表5',
          disclosure: narrativeDoc([
            GENERAL,
            '1.城乡社区支出（类）城乡社区管理事务（款）行政运行（项）：预算数为46万元。',
          ]),
          errors: [{ messageId: 'mismatch', data: { actual: '45.00' } }],
        },
        {
          name: '三公 figure differs from 表10, a blank row is 空白',
          disclosure: narrativeDoc([
            '十、关于“三公”经费预算情况说明',
            '公务接待费0.6万元，因公出国（境）费1万元。',
          ]),
          errors: [
            { messageId: 'mismatch', data: { actual: '0.50' } },
            { messageId: 'mismatch', data: { actual: '空白' } },
          ],
        },
      ],
    });
  });
});

describe('narrative-amount-mismatch: which cell a subject is', () => {
  it('reads 本年 amounts as this year, 项目/基本支出 never as the 支出总计, "均为…" as a claim', () => {
    const doc = (...lines: string[]) => narrativeDoc(['一、关于2024年收支预算情况的总体说明', ...lines]);
    testRule(rule, {
      valid: [
        { name: '本年收入 is 表1 本年收入', disclosure: doc('本年收入100.00万元。') },
        {
          name: '项目支出预算 is the 项目支出 column, not the 支出总计',
          disclosure: narrativeDoc([
            '三、关于支出预算情况说明',
            '项目支出预算20.00万元，基本支出预算80.00万元。',
          ]),
        },
        {
          name: '均为 a source that is the whole',
          disclosure: doc('一般公共预算拨款90.00万元，均为本年财政拨款。'),
        },
      ],
      invalid: [
        {
          name: 'a class name worded otherwise: a warning',
          disclosure: narrativeDoc([GENERAL, '城乡社区事务支出61.00万元。']),
          errors: [{ messageId: 'mismatch', severity: 'warning' }],
        },
        {
          name: 'one sentence printed twice is one finding',
          disclosure: narrativeDoc([GENERAL, '城乡社区支出61.00万元。', '城乡社区支出61.00万元。']),
          errors: [{ messageId: 'mismatch', severity: 'error' }],
        },
        {
          name: 'the class name as printed: an error',
          disclosure: narrativeDoc([GENERAL, '城乡社区支出61.00万元。']),
          errors: [{ messageId: 'mismatch', severity: 'error' }],
        },
        {
          name: '本年收入 against 表1 本年收入',
          disclosure: doc('本年收入110.00万元。'),
          errors: [{ messageId: 'mismatch', data: { actual: '100.00' } }],
        },
        {
          name: '"均为一般公共预算拨款" while 表1 has 单位资金 too',
          disclosure: doc('收入预算100.00万元，均为一般公共预算拨款。'),
          errors: [{ messageId: 'mismatch', data: { claimed: '100.00万元', actual: '90.00' } }],
        },
      ],
    });
  });
});

describe('narrative-amount-mismatch: the carry-over of the 财政拨款', () => {
  // A rendered document with both carry-overs (seed 8: 财政拨款结转 16.45万元 on 表4's 上年结转 line; 表1's 上年结转结余
  // is 37.31万元 with the 非财政拨款结转结余 20.86万元).
  const text = renderDisclosureText(randomBudgetData(8));
  const said = (amount: string) =>
    recognize(
      parseWordText(
        text.replace(/(年财政拨款收支总预算[\d.]+万元。)/u, `$1上年结转${amount}万元。`),
        'r.txt',
      ),
    );
  it('reads 上年结转 in the 财政拨款 section as 表4 上年结转, not 表1 上年结转结余', () => {
    expect(text).toContain('上年财政拨款结转16.45万元');
    expect(text).toContain('上年非财政拨款结转结余20.86万元');
    testRule(rule, {
      valid: [{ name: 'the 财政拨款结转 as printed', disclosure: said('16.45') }],
      invalid: [
        {
          name: 'the 上年结转结余 of all funds',
          disclosure: said('37.31'),
          errors: [{ messageId: 'mismatch' }],
        },
      ],
    });
  });
});
