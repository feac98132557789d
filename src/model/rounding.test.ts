import { Decimal } from 'decimal.js';
import { describe, expect, it } from 'vitest';
import {
  checkGrowth,
  checkShare,
  judge,
  precisionIn,
  printsAs,
  sameAsPrinted,
  smallerUnit,
} from './rounding.js';

const d = (v: string) => new Decimal(v);
const t = (v: string, precision = 2) => ({ value: d(v), precision });
const q = (v: string, unit: string) => ({ value: d(v), decimals: v.split('.')[1]?.length ?? 0, unit });

describe('units', () => {
  it('compares 元 beside 万元 in 元, where 1.23 万元 stands for ±50 元', () => {
    expect(smallerUnit('万元', '元')).toBe('元');
    expect(precisionIn(2, '万元', '元')).toBe(-2);
  });
});

describe('judge', () => {
  it('lets a sum differ within the half units of its terms, and says so', () => {
    const j = judge(t('3.01'), [t('1.00'), t('2.00')], 'eq', false);
    expect([j.outcome, j.tolerance.toString()]).toEqual(['rounding', '0.015']);
    expect(judge(t('3.02'), [t('1.00'), t('2.00')], 'eq', false).outcome).toBe('mismatch');
  });

  it('holds one quantity printed in 万元 and in 元 to the coarser rounding, with no tolerance of its own', () => {
    const wan = { value: d('12345.68'), precision: precisionIn(2, '万元', '元') };
    const held = judge({ value: d('12345.6789'), precision: 4 }, [wan], 'eq', true);
    expect([held.outcome, held.tolerance.toString()]).toEqual(['exact', '0']);
    const same = judge(t('1.23'), [t('1.24')], 'eq', true);
    expect(same.outcome).toBe('mismatch');
  });

  it('treats a bound below its whole as held', () => {
    expect(judge(t('5.00'), [t('9.00')], 'le', false).outcome).toBe('exact');
  });
});

describe('printed figures', () => {
  it('reads 877,080 元 as 87.71 万元 (half up), not 87.70', () => {
    expect(sameAsPrinted(q('87.71', '万元'), d('877080'), '元')).toBe(true);
    expect(sameAsPrinted(q('87.70', '万元'), d('877080'), '元')).toBe(false);
    expect(printsAs(d('1714.405'), 2, d('1714.41'))).toBe(true);
  });
});

describe('percentage intervals', () => {
  it('accepts 占93% for 92.6 of 100.00 and rejects 占92%', () => {
    expect(checkShare(q('92.6', '万元'), q('100.00', '万元'), q('93', '%'))?.consistent).toBe(true);
    expect(checkShare(q('92.6', '万元'), q('100.00', '万元'), q('92', '%'))?.consistent).toBe(false);
  });

  it('has no growth rate from a zero base', () => {
    expect(checkGrowth(q('10', '万元'), q('10', '万元'), true, q('100', '%'))).toMatchObject({
      zeroBase: true,
    });
  });
});
