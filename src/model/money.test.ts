import { Decimal } from 'decimal.js';
import { describe, expect, it } from 'vitest';
import { fillMessage, formatMoney, money, plainData } from './money.js';

describe('amounts in one unit in a message', () => {
  const cell = money(new Decimal('873617'), '元', 2, '873617.00');
  const judged = { unit: '万元', decimals: 2 } as const;

  it('writes an amount in its own unit, and in the judged figure’s unit where they differ', () => {
    expect(formatMoney(cell, judged)).toBe('873617.00元（87.36万元）');
    expect(formatMoney(money(new Decimal('1714.4'), '万元', 2), judged)).toBe('1714.40万元');
    expect(formatMoney(money(new Decimal('464.64'), '万元', 2), { unit: '元', decimals: 2 })).toBe(
      '464.64万元（4646400.00元）',
    );
  });

  it('fills a template once for every rule, and keeps the JSON fields plain', () => {
    const data = { claimed: '887.36万元', actual: cell, unit: '元' };
    expect(fillMessage('为 {claimed}，而表5 合计为 {actual}{missing}', data, judged)).toBe(
      '为 887.36万元，而表5 合计为 873617.00元（87.36万元）{missing}',
    );
    expect(plainData(data, judged)).toEqual({
      claimed: '887.36万元',
      actual: '873617.00',
      actualUnit: '元',
      unit: '元',
    });
  });
});
