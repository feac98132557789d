import { describe, it } from 'vitest';
import { narrativeDoc } from '../../../test/kits/narrative.js';
import { testRule } from '../../../test/kits/rule-tester.js';
import { rule } from './narrative-class-name.js';

// The fixture is a 2024 document.
const doc = (line: string) => narrativeDoc(['五、关于一般公共预算当年拨款情况说明', line]);
describe('narrative-class-name', () => {
  it('finds class names of other years in the 类/款/项 text', () => {
    testRule(rule, {
      valid: [
        {
          name: 'this year’s name',
          disclosure: doc('1.卫生健康支出(类)行政事业单位医疗(款)行政单位医疗(项)5.00万元。'),
        },
        {
          name: 'the name worded otherwise',
          disclosure: doc('1.城乡社区支出(类)城乡社区管理事务(款)行政运行(项)45.00万元。'),
        },
        { name: 'no path', disclosure: doc('医疗卫生与计划生育支出5.00万元。') },
      ],
      invalid: [
        {
          name: 'the 210 name before 2019, with its code',
          disclosure: doc(
            '1.医疗卫生与计划生育支出(210类)行政事业单位医疗(11款)行政单位医疗(01项)5.00万元。',
          ),
          errors: [
            { messageId: 'otherYear', data: { code: '210', expected: '卫生健康支出' }, severity: 'error' },
          ],
        },
        {
          name: 'the 210 name before 2019, without a code',
          disclosure: doc('医疗卫生与计划生育支出(类)5.00万元。'),
          errors: [{ messageId: 'otherYear', data: { code: '210' } }],
        },
      ],
    });
  });
});
