import { describe, expect, it } from 'vitest';
import { perfTable } from '../../../test/kits/narrative.js';
import { parseWordText } from '../../ingest/text/index.js';
import { leadingMarker, parseChineseNumeral, parsePerformanceTables } from './index.js';

describe('parsePerformanceTables', () => {
  it('reads name, owner, funding and indicators of each table by their labels', () => {
    const text = [
      '说明',
      '',
      perfTable('河道保洁项目', '12.5', '10', '2.5', ['40', '30', '20', '10']),
      perfTable('路灯维修', '8', '', '8', ['60', '40']),
    ].join('\n');
    const [a, b] = parsePerformanceTables(parseWordText(text));
    expect([a.projectName, a.owner, a.manager, a.unit]).toEqual([
      '河道保洁项目',
      '测试市示例局',
      '张三',
      '万元',
    ]);
    expect([a.total?.amount.printed, a.fiscal?.amount.printed, a.other?.amount.printed]).toEqual([
      '12.5',
      '10',
      '2.5',
    ]);
    expect(a.indicators.map((i) => [i.level1, i.weight?.value.toNumber()])).toEqual([
      ['产出指标', 40],
      ['成本指标', 30],
      ['效益指标', 20],
      ['满意度指标', 10],
    ]);
    expect([b.fiscal?.amount.blank, b.other?.amount.printed]).toEqual(['empty', '8']);
  });
  it('ignores tables that are not performance-target tables', () => {
    expect(parsePerformanceTables(parseWordText('表1\n\n\t项目\n\t金额\n\n\t合计\n\t5\n'))).toEqual([]);
  });
});

describe('numbering markers', () => {
  it('parses Chinese numerals and look-alike characters', () => {
    expect([parseChineseNumeral('十一'), parseChineseNumeral('二十三'), parseChineseNumeral('十十')]).toEqual(
      [11, 23, undefined],
    );
    expect(leadingMarker('(十ー)综合管理')).toMatchObject({ style: 'cn-paren', number: 11, lookalike: true });
    expect(leadingMarker('3.03万元')).toBeUndefined();
    expect(leadingMarker('12.住房公积金')).toMatchObject({ style: 'arabic', number: 12 });
  });
});
