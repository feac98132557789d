import { describe, it } from 'vitest';
import { narrativeDoc } from '../../../test/kits/narrative.js';
import { testRule } from '../../../test/kits/rule-tester.js';
import { rule } from './narrative-execution.js';

const doc = (...lines: string[]) =>
  narrativeDoc([
    '五、一般公共预算财政拨款支出决算情况说明',
    '1、一般公共服务支出(类)社会工作事务(款)行政运行(项)。',
    ...lines,
  ]);

describe('narrative-execution', () => {
  it('checks 完成…预算的Y% and 大于/小于/持平 against the two amounts the item quotes', () => {
    testRule(rule, {
      valid: [
        {
          name: 'rate',
          disclosure: doc('全年预算为52.00万元，支出决算为51.32万元，完成全年预算数的98.69%。'),
        },
        // 51.32/52.00 = 98.692%; the amounts' rounding allows up to 51.325/51.995 = 98.711%: 98.70 still holds.
        {
          name: 'rate at the rounding edge',
          disclosure: doc('全年预算为52.00万元，支出决算为51.32万元，完成全年预算的98.70%。'),
        },
        {
          name: 'flat, in the next sentence',
          disclosure: doc('全年预算为202.24万元，支出决算为202.24万元。决算数与全年预算数持平。'),
        },
        {
          name: 'more',
          disclosure: doc(
            '年初预算为100.00万元，支出决算为120.00万元，决算数大于年初预算数，主要原因是追加经费。',
          ),
        },
        {
          name: 'a bare 预算 with both budgets quoted is not read',
          disclosure: doc('年初预算为10.00万元，全年预算为12.00万元，支出决算为11.00万元，完成预算的50%。'),
        },
        {
          name: '基本持平 is not judged',
          disclosure: doc('年初预算为100万元，支出决算为90万元，决算数与年初预算数基本持平。'),
        },
        {
          name: 'a budget in another paragraph',
          disclosure: doc('年初预算为100万元。', '支出决算为90万元，决算数大于年初预算数。'),
        },
      ],
      invalid: [
        {
          name: 'a rate of a zero budget',
          disclosure: doc(
            '一般公共预算财政拨款支出年初预算为0万元，全年预算为321.02万元，支出决算为307.82万元，完成年初预算的95.89%。',
          ),
          errors: [{ messageId: 'zeroBase', data: { budget: '0万元' } }],
        },
        {
          name: 'a rate just beyond the rounding',
          disclosure: doc('全年预算为52.00万元，支出决算为51.32万元，完成全年预算的98.72%。'),
          errors: [{ messageId: 'rate', data: { rounded: '98.69' } }],
        },
        {
          name: 'more, while less',
          disclosure: doc('年初预算为100.00万元，支出决算为90.00万元，决算数大于年初预算数。'),
          errors: [{ messageId: 'relation', data: { said: '大于' } }],
        },
        {
          name: 'flat, while different',
          disclosure: doc('全年预算为18.12万元，支出决算为17.70万元。决算数与全年预算数持平。'),
          errors: [{ messageId: 'relation', data: { said: '等于' } }],
        },
      ],
    });
  });
});
