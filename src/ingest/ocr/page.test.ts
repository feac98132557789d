import { describe, expect, it } from 'vitest';
import { normalizeAmount } from './amount.js';
import { amountOrText, labelText } from './page.js';
import { mendProse } from './prose.js';

describe('an OCR reading of an amount cell', () => {
  it('mends blanks, points read as commas and lost thousands separators', () => {
    expect(normalizeAmount('82, 096, 797. 42')).toBe('82,096,797.42');
    expect(normalizeAmount('1.234.56')).toBe('1,234.56');
    expect(normalizeAmount('797,42')).toBe('797.42');
    expect(normalizeAmount('4 213,779.28')).toBe('4,213,779.28');
    // A group of two after a comma lost a digit: no separator is put back to hide it.
    expect(normalizeAmount('12,72. 73')).toBe('12,72.73');
    expect(normalizeAmount('4,.213,779. 28')).toBe('4,213,779.28');
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
    // The digits lost a 5 of the bold "12,572.73"; chi_sim's text reading spelt it S.
    expect(amountOrText(digits('12,72.73', 45), { text: '12,S72. 73', confidence: 89 }).text).toBe(
      '12,572.73',
    );
  });

  it('keeps a Chinese label and an empty cell as text', () => {
    expect(
      amountOrText({ text: '3012', confidence: 10 }, { text: '工资福利支出', confidence: 80 }).text,
    ).toBe('工资福利支出');
    expect(amountOrText({ text: '1', confidence: 5 }, { text: '', confidence: 0 }).text).toBe('');
  });
});

describe('an OCR reading of prose', () => {
  it('drops the blanks inside a figure that a unit follows, not a list number’s', () => {
    expect(mendProse('收入预算9, 101. 68万元，比上年减少2, 389. 52万元; 事业收入0万元')).toBe(
      '收入预算9,101.68万元，比上年减少2,389.52万元; 事业收入0万元',
    );
    expect(mendProse('科目380. 73万元，增长12. 5%')).toBe('科目380.73万元，增长12.5%');
    expect(mendProse('3. 2025年部门支出预算总表')).toBe('3. 2025年部门支出预算总表');
    expect(mendProse('1. 12个项目')).toBe('1. 12个项目');
  });

  it('reads the look-alikes of a full-width bracket as one, and keeps 《》', () => {
    expect(mendProse('政府办公厅【〈室) 及相关机构事务')).toBe('政府办公厅（室) 及相关机构事务');
    expect(mendProse('政府办公厅《〈室〉')).toBe('政府办公厅（室）');
    expect(mendProse('起草《政府工作报告》')).toBe('起草《政府工作报告》');
  });
});

describe('an OCR reading of a label', () => {
  it('reads a dash or plus before a numeral as 十 and a quotation mark as 一', () => {
    expect(labelText(['-一、城乡社区支出'])).toBe('十一、城乡社区支出');
    expect(labelText(['-、节能环保支出'])).toBe('十、节能环保支出');
    expect(labelText(['“、预算拨款'])).toBe('一、预算拨款');
    expect(labelText(['-其他'])).toBe('-其他');
  });
});
