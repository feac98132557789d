import { describe, expect, it } from 'vitest';
import {
  CONSISTENT_T1_ROWS,
  CONSISTENT_T3_ROWS,
  evaluated,
  t1,
  t3,
  toDisclosure,
  withCell,
} from '../../test/kits/disclosures.js';
import { nationalBudget } from '../profiles/national-budget.js';
import { runRules } from '../rules/index.js';
import { readContext } from './context.js';

describe('tables over pages and codes printed in parts', () => {
  it('joins a page that reprints the title and header to the table before it', () => {
    const [first, second] = [CONSISTENT_T3_ROWS.slice(0, 4), CONSISTENT_T3_ROWS.slice(4)];
    const d = toDisclosure(`${t3(first)}\n${t3(second)}`);
    expect(d.tables).toHaveLength(1);
    expect(d.tables[0].rows.map((r) => r.code ?? r.label)).toEqual([
      '208',
      '20805',
      '2080505',
      '2080506',
      '212',
      '21201',
      '2120101',
      '2120199',
      '合计',
    ]);
  });

  it('keeps a same-titled table that opens with its own 合计 apart (the next unit’s copy)', () => {
    const total = CONSISTENT_T3_ROWS.at(-1)!;
    const d = toDisclosure(`${t3()}\n${t3([total, ...CONSISTENT_T3_ROWS.slice(0, -1)])}`);
    expect(d.tables).toHaveLength(2);
  });

  it('joins a page that opens with a total line when the pages before it had none (深圳 收支总表 p.3)', () => {
    const d = toDisclosure(`${t1(CONSISTENT_T1_ROWS.slice(0, 4))}\n${t1(CONSISTENT_T1_ROWS.slice(-1))}`);
    expect(d.tables).toHaveLength(1);
    expect(d.tables[0].rows.filter((r) => r.kind === 'total')).toHaveLength(2);
  });

  it('joins a last page that holds only the total line', () => {
    const [body, last] = [CONSISTENT_T1_ROWS.slice(0, -1), CONSISTENT_T1_ROWS.slice(-1)];
    const withSubtotal = [...body.slice(0, 1), ['本年收入合计', '95.50', '', ''], ...body.slice(1)];
    expect(toDisclosure(`${t1(withSubtotal)}\n${t1(last)}`).tables).toHaveLength(1);
  });

  it('reads a first line without figures below the reprinted header as a line, not header', () => {
    const rows = CONSISTENT_T1_ROWS.slice(0, -1);
    const last = [['上年结转', '', '结转下年', ''], ...CONSISTENT_T1_ROWS.slice(-1)];
    const d = toDisclosure(`${t1(rows)}\n${t1(last)}`);
    expect(d.tables).toHaveLength(1);
    expect(d.tables[0].rows.some((r) => r.name === '结转下年')).toBe(true);
  });

  it('gives a 项 row that prints only its own digits the 类 and 款 of the rows above', () => {
    const rows = CONSISTENT_T3_ROWS.map((r) => (r[2] !== '' ? ['', '', r[2], ...r.slice(3)] : r)).map((r) =>
      r[1] !== '' && r[2] === '' ? ['', r[1], '', ...r.slice(3)] : r,
    );
    const codes = toDisclosure(t3(rows)).tables[0].rows.map((r) => r.code);
    expect(codes.slice(0, 8)).toEqual([
      '208',
      '20805',
      '2080505',
      '2080506',
      '212',
      '21201',
      '2120101',
      '2120199',
    ]);
  });
});

describe('several table sets in one file', () => {
  const unitB = (table: string) => table.replace('测试市示例局', '测试市示例中心');
  it('checks a unit’s tables as their own set, named by the unit', () => {
    const d = toDisclosure(
      `${t1()}\n${t3()}\n${unitB(t1())}\n${unitB(t3(withCell(CONSISTENT_T3_ROWS, 0, 4, '31.00')))}`,
    );
    expect(d.tables.map((t) => t.set ?? 1)).toEqual([1, 1, 2, 2]);
    expect(d.tables[3].label).toBe('测试市示例中心 表3');
    const failed = evaluated(d).filter((e) => e.outcome === 'mismatch');
    expect(failed.length).toBeGreaterThan(0);
    expect(failed.every((e) => e.id.endsWith('@2'))).toBe(true);
    const findings = runRules(d, nationalBudget).findings.filter((f) => f.severity === 'error');
    expect(findings.length).toBeGreaterThan(0);
    for (const f of findings) {
      expect(f.location.table).toMatch(/^测试市示例中心 /u);
      expect(f.message).toContain('测试市示例中心');
    }
  });

  it('starts no set where a table comes again under the same unit', () => {
    const d = toDisclosure(`${t1()}\n${t3()}\n${t3()}`);
    expect(d.tables.every((t) => t.set === undefined)).toBe(true);
  });
});

describe('the unit a table is printed for', () => {
  it('reads it however the layout prints it', () => {
    for (const line of [
      '编制部门（单位）：示例市教育局 单位：万元',
      '部门名称：示例市教育局 单位：万元',
      '单位名称：示例市教育局 单位：万元',
      '部门（单位）：示例市教育局 单位：万元',
    ])
      expect(readContext([line], []).department, line).toBe('示例市教育局');
  });
});
