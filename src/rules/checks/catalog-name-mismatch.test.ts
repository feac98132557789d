import { describe, it } from 'vitest';
import { codedTable, disclosureOf } from '../../../test/kits/catalog.js';
import { testRule } from '../../../test/kits/rule-tester.js';
import { rule } from './catalog-name-mismatch.js';

describe('catalog-name-mismatch', () => {
  it('stays quiet on valid documents and fires on invalid ones', () =>
    testRule(rule, {
      valid: [
        {
          name: 'catalogue names, a PDF cut-off, full-width brackets and dropped 支出',
          disclosure: disclosureOf([
            codedTable('表5', [
              ['210', '卫生健康支出'],
              ['21011', '行政事业单位医疗'],
              ['2080505', '机关事业单位基本养老保'],
              ['2080505', '机关事业单位基本养老保险缴费'],
              ['22102', '住房改革支出'],
            ]),
            codedTable(
              '表6',
              [
                ['30213', '维修（护）费'],
                ['30110', '城镇职工基本医疗保险缴费'],
              ],
              'economic',
            ),
          ]),
        },
        {
          name: 'the old name in its own year',
          disclosure: disclosureOf([codedTable('表5', [['210', '医疗卫生与计划生育支出']])], 2018),
        },
        {
          name: 'unknown codes, codes out of their years and economic codes in a function column are other rules',
          disclosure: disclosureOf([
            codedTable('表5', [
              ['2120198', '某事务'],
              ['21398', '别的名称'],
              ['30101', '工资'],
            ]),
          ]),
        },
      ],
      invalid: [
        {
          name: 'the seed: 210 11 行政单位医疗, 221 01 住房改革支出, 212 01 99 社会/社区',
          disclosure: disclosureOf([
            codedTable('表5', [
              ['21011', '行政单位医疗', 12],
              ['22101', '住房改革支出'],
              ['2120199', '其他城乡社会管理事务支出'],
            ]),
          ]),
          errors: [
            {
              messageId: 'belongsToOther',
              location: { table: '表5', rowIndex: 0, line: 12 },
              data: { code: '21011', expected: '行政事业单位医疗', owner: '2101101' },
            },
            {
              messageId: 'belongsToOther',
              data: { code: '22101', expected: '保障性安居工程支出', owner: '22102' },
            },
            {
              messageId: 'mismatch',
              severity: 'error',
              data: { expected: '其他城乡社区管理事务支出', name: '其他城乡社会管理事务支出' },
            },
          ],
        },
        {
          name: 'a name of other years',
          disclosure: disclosureOf([codedTable('表5', [['210', '医疗卫生与计划生育支出']])], 2023),
          errors: [
            {
              messageId: 'otherYearName',
              severity: 'warning',
              data: { years: '2018年及以前', expected: '卫生健康支出', year: 2023 },
            },
          ],
        },
        {
          name: 'the name with a word more: another edition’s wording, a warning',
          disclosure: disclosureOf([codedTable('表5', [['2150599', '其他工业和信息产业监管支出']])], 2022),
          errors: [
            { messageId: 'mismatch', severity: 'warning', data: { expected: '其他工业和信息产业支出' } },
          ],
        },
        {
          name: 'a 类 line named as another',
          disclosure: disclosureOf([codedTable('表4', [['234', '抗疫特别国债还本支出']])], 2023),
          errors: [{ messageId: 'mismatch', data: { expected: '抗疫特别国债安排的支出' } }],
        },
      ],
    }));
});
