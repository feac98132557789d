import { describe, it } from 'vitest';
import { narrativeDoc } from '../../../test/kits/narrative.js';
import { testRule } from '../../../test/kits/rule-tester.js';
import { rule } from './narrative-template-leftover.js';

const doc = (line: string) => narrativeDoc(['十一、其他重要事项的情况说明', line]);
describe('narrative-template-leftover', () => {
  it('finds template choices left unmade and reasons left out', () => {
    testRule(rule, {
      valid: [
        { name: 'one word chosen', disclosure: doc('比上年增加5万元，增长5%，主要原因是人员增加。') },
        { name: 'a reason that follows', disclosure: doc('主要原因如下：人员增加，业务量增长。') },
        { name: 'words in brackets that are not a pair', disclosure: doc('支出增加（含追加预算）5万元。') },
        { name: 'a sentence ending in 原因', disclosure: doc('预决算持平的不用说明变动原因。') },
      ],
      invalid: [
        {
          name: '增加（减少） and 增长（下降）',
          disclosure: doc('比上年增加（减少）5万元，增长（下降）5%。'),
          errors: [
            { messageId: 'both', data: { words: '增加(减少)' } },
            { messageId: 'both', data: { words: '增长(下降)' } },
          ],
        },
        {
          name: '大于（小于）',
          disclosure: doc('决算数大于（小于）预算数的主要原因是追加经费。'),
          errors: [{ messageId: 'both' }],
        },
        {
          name: 'no reason',
          disclosure: doc('比上年增加5万元，主要原因是。'),
          errors: [{ messageId: 'noReason' }],
        },
      ],
    });
  });
});
