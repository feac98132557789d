import { describe, it } from 'vitest';
import { narrativeDoc } from '../../../test/kits/narrative.js';
import { testRule } from '../../../test/kits/rule-tester.js';
import { rule } from './narrative-parts-sum.js';

const doc = (...lines: string[]) => narrativeDoc(['十一、其他重要事项的情况说明', ...lines]);
describe('narrative-parts-sum', () => {
  it('adds the listed parts against the stated whole', () => {
    testRule(rule, {
      valid: [
        {
          name: 'exact',
          disclosure: doc('政府采购预算50.5万元，其中：货物预算20.5万元，工程预算0万元，服务预算30万元。'),
        },
        {
          name: 'across paragraphs',
          disclosure: doc('支出预算100万元，其中：', '基本支出80万元，占80%。', '项目支出20万元。'),
        },
        {
          name: 'a selection (主要用于) below the whole',
          disclosure: doc('城乡社区支出60万元，主要用于人员经费20万元、公用经费10万元。'),
        },
        { name: 'a single 其中 part', disclosure: doc('预留预算40万元，其中：面向小微企业30万元。') },
      ],
      invalid: [
        {
          name: 'parts exceed the whole',
          disclosure: doc('城乡社区支出60万元，主要用于人员经费40万元、公用经费30万元。'),
          errors: [{ messageId: 'exceeds', data: { sum: '70', difference: '10' } }],
        },
        {
          name: 'a full list short of the whole',
          disclosure: doc('三公经费10万元，其中：公务接待费2万元，公务用车运行费5万元。'),
          errors: [{ messageId: 'short', data: { difference: '3' } }],
        },
        // 0.99 against 1.00: inside the parts' rounding intervals (±0.02), still not balanced as printed.
        {
          name: 'a gap rounding explains',
          disclosure: doc('经费1.00万元，其中：甲0.33万元，乙0.33万元，丙0.33万元。'),
          errors: [{ messageId: 'rounding' }],
        },
      ],
    });
  });
});

describe('narrative-parts-sum: which amount is a list whole', () => {
  it('reads the whole a list is attached to, a closing 合计 and a nested list', () => {
    testRule(rule, {
      valid: [
        {
          name: 'not the amount in a bracketed aside',
          disclosure: doc(
            '支出预算1000.00万元（含上年结转224.74万元），其中：基本支出600.00万元，项目支出400.00万元。',
          ),
        },
        {
          name: 'not the last amount of the clause before a semicolon',
          disclosure: doc(
            '基本支出80万元，项目支出20万元；其中：人员经费70万元，公用经费10万元，专项经费20万元。',
          ),
        },
        { name: 'a closing 合计 is the whole', disclosure: doc('其中：甲10万元、乙20万元，合计30万元。') },
        {
          name: 'a nested "X万元：" list is its own list',
          disclosure: doc('政府采购预算100万元，其中：货物60万元：电脑40万元、打印机20万元；服务40万元。'),
        },
      ],
      invalid: [
        {
          name: 'parts beyond their closing 合计',
          disclosure: doc('其中：甲10万元、乙25万元，合计30万元。'),
          errors: [{ messageId: 'exceeds', data: { sum: '35', difference: '5' } }],
        },
        {
          name: 'parts beyond the whole before the aside',
          disclosure: doc(
            '支出预算1000.00万元（含上年结转224.74万元），其中：基本支出700.00万元，项目支出400.00万元。',
          ),
          errors: [{ messageId: 'exceeds', data: { difference: '100' } }],
        },
      ],
    });
  });
});

describe('narrative-parts-sum: where a one-item list ends', () => {
  it('closes a list whose one item is its whole, or that a semicolon leaves with one item', () => {
    testRule(rule, {
      valid: [
        {
          name: 'one item equal to the whole, then the next list in the same sentence',
          disclosure: doc(
            '收入预算100万元，其中：财政拨款收入100万元；支出预算100万元，其中：基本支出60万元，项目支出40万元。',
          ),
        },
        {
          name: 'one item below the whole, then a semicolon and an amount beyond it',
          disclosure: doc(
            '收入预算100万元，其中：财政拨款收入80万元；支出预算100万元，其中：基本支出60万元，项目支出40万元。',
          ),
        },
        {
          name: 'one item equal to the whole, then the section goes on',
          disclosure: doc('收入预算100万元，其中：', '财政拨款收入100万元，占100%。', '支出预算100万元。'),
        },
        {
          name: 'items that reach the whole take no zero lines after them',
          disclosure: doc('收入预算100万元，其中：财政拨款收入100万元；事业收入0万元；其他收入0万元。'),
        },
      ],
      invalid: [
        {
          name: 'a second item after a comma is an item',
          disclosure: doc('收入100万元，其中：甲80万元，乙30万元。'),
          errors: [{ messageId: 'exceeds', data: { difference: '10' } }],
        },
        {
          name: 'a second item after 、 is an item',
          disclosure: doc('收入100万元，其中：甲80万元、乙30万元、丙10万元。'),
          errors: [{ messageId: 'exceeds', data: { difference: '20' } }],
        },
        {
          name: 'two items that reach the whole, then a third',
          disclosure: doc('收入100万元，其中：甲50万元；乙50万元；丙10万元。'),
          errors: [{ messageId: 'exceeds', data: { difference: '10' } }],
        },
        {
          name: 'two items known, the third after a semicolon still one',
          disclosure: doc('收入100万元，其中：甲50万元；乙40万元；丙30万元。'),
          errors: [{ messageId: 'exceeds', data: { difference: '20' } }],
        },
      ],
    });
  });
});
