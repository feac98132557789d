import { describe, it } from 'vitest';
import { codedTable, disclosureOf } from '../../../test/kits/catalog.js';
import { testRule } from '../../../test/kits/rule-tester.js';
import { rule } from './code-name-inconsistent.js';

describe('code-name-inconsistent', () => {
  it('stays quiet on valid documents and fires on invalid ones', () =>
    testRule(rule, {
      valid: [
        {
          name: 'one name everywhere',
          disclosure: disclosureOf([
            codedTable('表2', [['21011', '行政事业单位医疗']]),
            codedTable('表3', [['21011', '行政事业单位医疗']]),
          ]),
        },
        {
          name: 'a PDF cell cut the name off, full-width brackets, trailing 支出',
          disclosure: disclosureOf([
            codedTable('表2', [['2080505', '机关事业单位基本养老保险缴费支出']]),
            codedTable('表3', [['2080505', '机关事业单位基本养老保']]),
            codedTable('表5', [['2080505', '机关事业单位基本养老保险缴费']]),
            codedTable('表6', [['30213', '维修(护)费']], 'economic'),
            codedTable('表9', [['30213', '维修（护）费']], 'economic'),
          ]),
        },
        {
          name: 'a code the catalogue does not know, printed the same twice',
          disclosure: disclosureOf([
            codedTable('表2', [['2120198', '某事务']]),
            codedTable('表3', [['2120198', '某事务']]),
          ]),
        },
      ],
      invalid: [
        {
          name: 'the catalogue name wins even when printed fewer times',
          disclosure: disclosureOf([
            codedTable('表2', [['21011', '行政单位医疗', 40]]),
            codedTable('表3', [['21011', '行政事业单位医疗']]),
          ]),
          errors: [
            {
              messageId: 'differs',
              location: { table: '表2', row: '21011 行政单位医疗', rowIndex: 0, line: 40 },
              data: { code: '21011', name: '行政单位医疗', otherName: '行政事业单位医疗', otherTable: '表3' },
            },
          ],
        },
        {
          name: 'without the catalogue, the spelling of most tables wins; one finding per table',
          disclosure: disclosureOf([
            codedTable('表2', [['2120198', '城乡社区某事务']]),
            codedTable('表3', [['2120198', '城乡社区某事务']]),
            codedTable('表7', [
              ['2120198', '城乡社会某事务'],
              ['2120198', '城乡社会某事务'],
              ['2120198', '城乡社会某事务'],
            ]),
          ]),
          errors: [
            { messageId: 'differs', location: { table: '表7', rowIndex: 0 }, data: { otherTable: '表2' } },
          ],
        },
      ],
    }));
  it('has Chinese messages', () => {
    for (const m of Object.values(rule.meta.messages)) if (!/\p{Script=Han}/u.test(m)) throw new Error(m);
  });
});
