import { describe, expect, it } from 'vitest';
import { parseWordText } from '../ingest/text/index.js';
import { checkRaw } from '../pipeline/check.js';
import {
  exampleBudgetData,
  nationalTables,
  randomBudgetData,
  renderDisclosureText,
  validateBudgetData,
} from './index.js';

const cents = (s: string) => (s === '' ? 0 : Math.round(Number(s) * 100));

describe('render', () => {
  it('renders documents the checker finds consistent: 10 tables, every identity holding, no table finding', () => {
    for (const data of [
      exampleBudgetData(),
      ...Array.from({ length: 30 }, (_, k) => randomBudgetData(k + 1)),
    ]) {
      const report = checkRaw(parseWordText(renderDisclosureText(data), 'r.txt'), 'r.txt').report;
      expect(report.tables).toHaveLength(10);
      expect(report.summary.identities.failed + report.summary.identities.rounding).toBe(0);
      expect(report.findings.filter((f) => f.severity !== 'info')).toEqual([]);
    }
  });

  it('adds 项 up to 款, 类 and 合计 in every column (checked independently of the checker)', () => {
    const t3 = nationalTables(randomBudgetData(7))[2];
    const body = t3.rows.slice(0, -1);
    for (let col = 4; col < 7; col++) {
      const items = body.filter((r) => r[2] !== '');
      const classes = body.filter((r) => r[1] === '');
      const total = t3.rows[t3.rows.length - 1][col];
      expect(cents(total)).toBe(items.reduce((s, r) => s + cents(r[col]), 0));
      expect(cents(total)).toBe(classes.reduce((s, r) => s + cents(r[col]), 0));
    }
    for (const r of body) expect(cents(r[4])).toBe(cents(r[5]) + cents(r[6]));
  });

  it('is deterministic per seed and varies across seeds', () => {
    expect(randomBudgetData(3)).toEqual(randomBudgetData(3));
    const shapes = new Set(
      Array.from({ length: 10 }, (_, k) =>
        randomBudgetData(k)
          .items.map((i) => i.code)
          .join(),
      ),
    );
    expect(shapes.size).toBeGreaterThan(5);
  });

  it('refuses inconsistent data with the reason in Chinese', () => {
    const data = exampleBudgetData();
    data.economic[0].amount += 1;
    expect(validateBudgetData(data).join()).toContain('基本支出');
    expect(() => renderDisclosureText(data)).toThrow(/数据不一致/);
  });

  it('prints an empty 表9 with the note that says why', () => {
    const text = renderDisclosureText(exampleBudgetData());
    expect(text).toContain('本单位没有使用国有资本经营预算拨款安排的支出，本表为空表。');
  });
});
