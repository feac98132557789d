import { describe, expect, it } from 'vitest';
import { narrativeDoc } from '../../../test/kits/narrative.js';
import { runRule, testRule } from '../../../test/kits/rule-tester.js';
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

describe('narrative-amount-mismatch: amounts said with or without the carry-over', () => {
  // Seed 8: 收支总预算 (表1 收入总计 = 支出总计) 9454.25万元, of which 上年结转结余 37.31万元; 本年收入 9416.94万元.
  const text = renderDisclosureText(randomBudgetData(8));
  const said = (sentence: string, doc = text) =>
    recognize(parseWordText(doc.replace(/(收支总预算[\d.]+万?元。)/u, `$1${sentence}`), 'r.txt'));
  const resolution = (sentence: string) => {
    const d = said(sentence);
    const c = d.claims.claims.find(
      (x) => x.kind === 'amount' && x.sentence.text.startsWith(sentence.slice(0, 6)),
    );
    const r = c?.kind === 'amount' ? c.resolution : undefined;
    return r === undefined || r === 'unresolved' ? 'unresolved' : `${r.row.label} ${r.cell?.amount.printed}`;
  };

  it('reads "含上年结转" as the totals that count it and "不含上年结转" as this year\'s lines', () => {
    expect(text).toContain('收支总预算9454.25万元。');
    expect(resolution('收入9454.25万元（含上年结转37.31万元）。')).toBe('收入总计 9454.25');
    expect(resolution('支出9454.25万元，含上年结转结余37.31万元。')).toBe('支出总计 9454.25');
    expect(resolution('收入预算9416.94万元（不含上年结转）。')).toBe('一、本年收入 9416.94');
    // 本年 and 含上年结转 at once: no cell is both.
    expect(resolution('本年收入9454.25万元（含上年结转37.31万元）。')).toBe('unresolved');
    // A 类 row does not say whether it counts the carry-over.
    expect(resolution('住房保障支出1274.54万元（含上年结转）。')).toBe('unresolved');
    testRule(rule, {
      valid: [
        {
          name: 'the total, said with the carry-over',
          disclosure: said('收入9454.25万元（含上年结转37.31万元）。'),
        },
        { name: 'this year, said without it', disclosure: said('收入预算9416.94万元（不含上年结转）。') },
        {
          name: '本年 said with the carry-over: unresolved',
          disclosure: said('本年收入1.00万元（含上年结转）。'),
        },
      ],
      invalid: [
        {
          name: 'this year’s income said to count the carry-over',
          disclosure: said('收入9416.94万元（含上年结转37.31万元）。'),
          errors: [{ messageId: 'mismatch', severity: 'error' }],
        },
        {
          name: 'the total said to leave it out',
          disclosure: said('收入预算9454.25万元（不含上年结转）。'),
          errors: [{ messageId: 'mismatch', severity: 'error' }],
        },
        {
          name: 'this year’s spending said to count it (“，含上年结转…”)',
          disclosure: said('支出9416.94万元，含上年结转结余37.31万元。'),
          errors: [{ messageId: 'mismatch', severity: 'error' }],
        },
      ],
    });
  });

  it("reads 一般公共预算 spending said with the carry-over as 表4's column, and its aside as that fund's carry-over", () => {
    // 表5 may or may not count the carry-over; 表4's 一般公共预算 column of 支出总计 does (9348.66 = 9332.21 + 16.45).
    const general = (sentence: string) =>
      recognize(parseWordText(text.replace(/(一般公共预算支出规模\n)/u, `$1${sentence}`), 'r.txt'));
    testRule(rule, {
      valid: [
        // 16.45 is not 表1's 37.31 of all funds: the aside is the 一般公共预算's own carry-over, printed nowhere apart.
        {
          name: 'the column that counts it; the aside of one fund unresolved',
          disclosure: general('一般公共预算支出9348.66万元（含上年结转16.45万元）。'),
        },
      ],
      invalid: [
        {
          name: 'this year’s appropriation said to count it',
          disclosure: general('一般公共预算支出9332.21万元（含上年结转16.45万元）。'),
          errors: [{ messageId: 'mismatch', severity: 'error' }],
        },
      ],
    });
  });

  it('compares a 万元 figure with a 元 total at its rounding edge', () => {
    // The same document in 元: 表1 收入总计 prints 94542500.00; the 万元 sentence is judged at the half unit.
    const yuan = renderDisclosureText(randomBudgetData(8, { unit: '元' }));
    const judged = (printed: string) => {
      const lines = yuan.split('\n');
      const at = lines.indexOf('\t94542500.00');
      expect(lines[at - 1]).toBe('\t收入总计');
      lines[at] = `\t${printed}`;
      const d = said('收入9454.25万元（含上年结转37.31万元）。', lines.join('\n'));
      expect(d.claims.sentences.some((x) => x.text.startsWith('收入9454.25万元'))).toBe(true);
      // The document's own 元 sentences restate the old total: only the sentence said here is judged.
      return runRule(rule, { name: printed, disclosure: d })
        .filter((r) => r.location?.sentence?.startsWith('收入9454.25万元'))
        .map((r) => `${r.messageId} ${r.severity ?? 'error'}`);
    };
    expect(judged('94542549.00')).toEqual([]);
    expect(judged('94542450.00')).toEqual([]);
    expect(judged('94542449.00')).toEqual(['mismatch error']);
    expect(judged('94542651.00')).toEqual(['mismatch error']);
  });
});

describe('narrative-amount-mismatch: 上年结转 in a list of the 财政拨款, outside its section', () => {
  // Seed 8 again: 表4 上年结转 16.45万元; 表1 上年结转结余 (all funds) 37.31万元; 表4 本年 财政拨款 9332.21万元.
  const text = renderDisclosureText(randomBudgetData(8));
  const said = (amount: string) =>
    recognize(
      parseWordText(
        text.replace(
          /(收支总预算[\d.]+万元。)/u,
          `$1财政拨款收入9348.66万元，其中：一般公共预算拨款9332.21万元，上年结转${amount}万元。`,
        ),
        'r.txt',
      ),
    );
  it('reads it as 表4 上年结转 when the list is of the 财政拨款', () => {
    testRule(rule, {
      valid: [{ name: 'the 财政拨款 carry-over', disclosure: said('16.45') }],
      invalid: [
        {
          name: 'the carry-over of all funds',
          disclosure: said('37.31'),
          errors: [{ messageId: 'mismatch' }],
        },
      ],
    });
  });
  it('keeps 表1 上年结转结余 for a list of all funds', () => {
    const all = (amount: string) =>
      recognize(
        parseWordText(
          text.replace(
            /(收支总预算[\d.]+万元。)/u,
            `$1收入9454.25万元，其中：本年收入9416.94万元，上年结转${amount}万元。`,
          ),
          'r.txt',
        ),
      );
    testRule(rule, {
      valid: [{ name: 'all funds', disclosure: all('37.31') }],
      invalid: [
        { name: 'the 财政拨款 one only', disclosure: all('16.45'), errors: [{ messageId: 'mismatch' }] },
      ],
    });
  });
});
