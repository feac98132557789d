import { describe, it } from 'vitest';
import { narrativeDoc } from '../../../test/kits/narrative.js';
import { testRule } from '../../../test/kits/rule-tester.js';
import { rule } from './narrative-self-inconsistent.js';

describe('narrative-self-inconsistent', () => {
  it('finds one quantity quoted with two values', () => {
    testRule(rule, {
      valid: [
        {
          name: 'same value printed twice',
          disclosure: narrativeDoc([
            '一、关于收支预算情况的总体说明',
            '一般公共预算90万元。',
            '二、关于收入预算情况说明',
            '一般公共预算90.00万元。',
          ]),
        },
        {
          name: '基本支出 of two sections are two quantities',
          disclosure: narrativeDoc([
            '三、关于支出预算情况说明',
            '基本支出80万元。',
            '五、关于一般公共预算当年拨款情况说明',
            '基本支出75万元。',
          ]),
        },
        {
          name: 'one name with two codes in brackets',
          disclosure: narrativeDoc([
            '五、关于一般公共预算当年拨款情况说明',
            '机关资本性支出（一）（503）19.60万元，较上年减少7.2万元；机关资本性支出（二）（504）0.00万元。',
          ]),
        },
        {
          // 苏州, 无锡: the department's whole spending and its projects' share, each clause of its own subject.
          name: 'one name in two clauses a semicolon parts',
          disclosure: narrativeDoc([
            '十五、预算绩效目标设置情况说明',
            '本部门整体支出纳入绩效目标管理，涉及财政性资金2723.94万元；本部门共9个项目纳入绩效目标管理，涉及财政性资金合计1175.65万元。',
          ]),
        },
      ],
      invalid: [
        {
          name: 'one cell, two values',
          disclosure: narrativeDoc([
            '一、关于收支预算情况的总体说明',
            '一般公共预算90万元。',
            '二、关于收入预算情况说明',
            '一般公共预算98万元。',
          ]),
          errors: [{ messageId: 'differs', data: { first: '90万元', second: '98万元' } }],
        },
        {
          name: 'one sentence, one name, two values',
          disclosure: narrativeDoc([
            '四、关于财政拨款收支预算情况的总体说明',
            '主要用于专项业务经费40万元，其中：专项业务经费35万元。',
          ]),
          // Restating no table cell, two amounts of one name may be two grants of one name: a warning.
          errors: [{ messageId: 'differs', severity: 'warning' }],
        },
      ],
    });
  });
});
