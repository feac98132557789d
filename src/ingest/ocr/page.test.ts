import { describe, expect, it } from 'vitest';
import { amountOrText, normalizeAmount } from './page.js';

describe('an OCR reading of an amount cell', () => {
  it('mends blanks, points read as commas and lost thousands separators', () => {
    expect(normalizeAmount('82, 096, 797. 42')).toBe('82,096,797.42');
    expect(normalizeAmount('1.234.56')).toBe('1,234.56');
    expect(normalizeAmount('797,42')).toBe('797.42');
    expect(normalizeAmount('4 213,779.28')).toBe('4,213,779.28');
  });

  it('takes a loose text reading without Chinese as an amount, else the digit reading, never a label of digits', () => {
    const digits = (text: string, confidence = 30) => ({ text, confidence });
    expect(amountOrText(digits('1130.00'), { text: '1 ,130. 00', confidence: 50 })).toEqual({
      text: '1,130.00',
      confidence: 30,
    });
    expect(amountOrText(digits('579.89', 20), { text: '5S79. 89', confidence: 40 })).toEqual({
      text: '579.89',
      confidence: 20,
    });
  });

  it('keeps a Chinese label and an empty cell as text', () => {
    expect(
      amountOrText({ text: '3012', confidence: 10 }, { text: '工资福利支出', confidence: 80 }).text,
    ).toBe('工资福利支出');
    expect(amountOrText({ text: '1', confidence: 5 }, { text: '', confidence: 0 }).text).toBe('');
  });
});
