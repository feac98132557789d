import { describe, it } from 'vitest';
import { narrativeDoc } from '../../../test/kits/narrative.js';
import { testRule } from '../../../test/kits/rule-tester.js';
import { rule } from './narrative-growth.js';

const doc = (line: string) => narrativeDoc(['三、关于支出预算情况说明', line]);
describe('narrative-growth', () => {
  it('checks G against D / (X − D) within rounding', () => {
    testRule(rule, {
      valid: [
        { name: 'increase', disclosure: doc('基本支出110.00万元，比上年增加10.00万元，增长10%。') },
        { name: 'decrease', disclosure: doc('项目支出90.00万元，比上年减少10.00万元，下降10%。') },
        // 10.00/100.00 may be as low as 9.995/100.01 = 9.9940%: 9.99 stands for [9.985, 9.995].
        {
          name: 'at the edge of the tolerance',
          disclosure: doc('基本支出110.00万元，比上年增加10.00万元，增长9.99%。'),
        },
        { name: 'no change', disclosure: doc('公务接待费0万元，比上年增加0万元，增长0%。') },
        {
          name: 'full-width digits and a spaced %',
          disclosure: doc('基本支出１１０万元，比上年增加１０万元，增长１０ ％。'),
        },
      ],
      invalid: [
        {
          name: 'just beyond the tolerance',
          disclosure: doc('基本支出110.00万元，比上年增加10.00万元，增长9.98%。'),
          errors: [{ messageId: 'mismatch', data: { rounded: '10.00' } }],
        },
        {
          name: 'decrease computed on the wrong base',
          disclosure: doc('项目支出80万元，比上年减少20万元，下降25%。'),
          errors: [{ messageId: 'mismatch', data: { rounded: '20' } }],
        },
        {
          name: 'growth from a zero base',
          disclosure: doc('职业年金12.5万元，比上年增加12.5万元，增长100%。'),
          errors: [{ messageId: 'zeroBase' }],
        },
        {
          name: 'direction words disagree',
          disclosure: doc('基本支出110万元，比上年增加10万元，下降10%。'),
          errors: [{ messageId: 'direction' }],
        },
      ],
    });
  });

  it("checks both years' figures: the change, its rate, or 持平 against C and P, within rounding", () => {
    testRule(rule, {
      valid: [
        {
          name: 'P, C and G (执行数 then 预算安排)',
          disclosure: doc('2025年执行数为100.00万元，2026年预算安排120.00万元，比2025年执行数增长20%。'),
        },
        {
          name: 'C, then P after 比, the change and its rate',
          disclosure: doc(
            '2026年支出预算5,133.74万元，比2025年年初预算数4,956.01万元增加177.73万元，增长3.59%。',
          ),
        },
        {
          name: 'a decrease with both ends',
          disclosure: doc(
            '2026年度收入预算1448787.35万元，比2025年年初预算数1506121.45万元减少57334.09万元，下降3.81%。',
          ),
        },
        {
          name: 'the delta only',
          disclosure: doc('上年预算数为50.00万元，本年预算数为60.00万元，比上年增加10.00万元。'),
        },
        {
          name: 'the rate only, C before P',
          disclosure: doc('2024年预算数为542.05万元，2023年预算数为532.05万元，比2023年预算增长1.88%。'),
        },
        // (120.005 − 99.995) / 99.995 = 20.0110%: 20.01 stands for [20.005, 20.015].
        {
          name: 'the rate at its rounding edge',
          disclosure: doc('2025年执行数为100.00万元，2026年预算安排120.00万元，比2025年执行数增长20.01%。'),
        },
        // C − P = 10.00 within ±0.015 (three half cents): 10.01 is consistent.
        {
          name: 'the delta at its rounding edge',
          disclosure: doc('上年预算数为50.00万元，本年预算数为60.00万元，比上年增加10.01万元。'),
        },
        {
          name: 'the same figure both years, 持平',
          disclosure: doc('2023年预算数为27.00万元，2024年预算数为27.00万元，与上年预算持平。'),
        },
        {
          name: 'a change from zero stated without a rate',
          disclosure: doc('2025年执行数为0.00万元，2026年预算安排12.00万元，比2025年执行数增加12.00万元。'),
        },
        {
          name: 'no rate from a zero base, said so in an aside',
          disclosure: doc('比上年执行数增加2,448.58万元（上年执行数为0.00万元，无法计算增减比率）。'),
        },
        {
          name: "a carry-over is not last year's figure",
          disclosure: doc('上年结转结余40.00万元，比上年增加10.00万元，增长33.33%。'),
        },
      ],
      invalid: [
        {
          name: "the rate against both years' figures",
          disclosure: doc('2025年执行数为100.00万元，2026年预算安排120.00万元，比2025年执行数增长21%。'),
          errors: [{ messageId: 'endsRate', data: { rounded: '20' } }],
        },
        {
          name: 'the rate just beyond its rounding edge',
          disclosure: doc('2025年执行数为100.00万元，2026年预算安排120.00万元，比2025年执行数增长20.02%。'),
          errors: [{ messageId: 'endsRate', data: { rounded: '20.00' } }],
        },
        {
          name: 'the delta against C − P',
          disclosure: doc('上年预算数为50.00万元，本年预算数为60.00万元，比上年增加10.02万元。'),
          errors: [{ messageId: 'endsDelta', data: { computed: '10.00万元' } }],
        },
        {
          name: 'a decrease where C exceeds P',
          disclosure: doc(
            '2026年支出预算5,133.74万元，比2025年年初预算数4,956.01万元减少177.73万元，下降3.59%。',
          ),
          errors: [{ messageId: 'endsDelta' }, { messageId: 'endsRate' }],
        },
        {
          name: 'a rate from a zero base',
          disclosure: doc(
            '2025年执行数为0.00万元，2026年预算安排12.00万元，比2025年执行数增加12.00万元，增长100%。',
          ),
          errors: [{ messageId: 'endsZero' }],
        },
        {
          name: '持平 with different figures',
          disclosure: doc('2023年预算数为27.00万元，2024年预算数为28.00万元，与上年预算持平。'),
          errors: [{ messageId: 'endsFlat' }],
        },
      ],
    });
  });
});
