import { describe, expect, it } from 'vitest';
import { sampleReport } from '../../test/kits/reports.js';
import { csvField, exportCsv, toCsv } from './csv.js';

describe('exportCsv', () => {
  it('quotes per RFC 4180', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField('1,200.00')).toBe('"1,200.00"');
    expect(csvField('说"明"')).toBe('"说""明"""');
    expect(csvField('两\n行')).toBe('"两\n行"');
    expect(csvField('回车\r')).toBe('"回车\r"');
    expect(
      toCsv([
        ['a', 'b,c'],
        ['"', ''],
      ]),
    ).toBe('\uFEFFa,"b,c"\r\n"""",\r\n');
  });

  it('writes one CSV per table and the issue list', () => {
    const files = exportCsv(sampleReport());
    expect(files.map((f) => f.name)).toEqual(['表5-一般公共预算支出情况表.csv', '问题清单.csv']);
    const [table, issues] = files.map((f) => f.csv);
    expect(table!.startsWith('\uFEFF编码,名称,合计,资金来源,资金来源\r\n')).toBe(true);
    expect(table).toContain('\r\n,,合计（万元）,一般公共预算（万元）,政府性基金（万元）\r\n');
    expect(table).toContain('\r\n221 02 01,住房公积金,"1,200.00","1,200.00",\r\n');
    expect(issues!.split('\r\n')[0]).toBe('\uFEFF规则,级别,表,行,栏,应为,实为,相差,说明');
    expect(issues).toContain('"表5 合计 因舍入相差 0.01 万元 <b>&""\'</script>"');
    expect(issues!.trimEnd().split('\r\n')).toHaveLength(sampleReport().findings.length + 1);
  });
});
