import { describe, expect, it } from 'vitest';
import { normalizeAmount } from './amount.js';
import { amountOrText, labelText, mendListNumerals } from './page.js';
import { mendPercents, mendProse } from './prose.js';
import { hasYear, settleFiveDigitYears, settleYears } from './years.js';

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

  it('reads a list number’s point read as a comma as a point, not before a figure', () => {
    expect(labelText(['1，一般公共预算资金'])).toBe('1.一般公共预算资金');
    expect(labelText(['2,政府性基金'])).toBe('2.政府性基金');
    expect(labelText(['1,234.00'])).toBe('1,234.00');
  });

  it('drops a speck read as a mark between the spread characters of a header', () => {
    expect(labelText(['总 “ 计'])).toBe('总计');
    expect(labelText(['合 . 计'])).toBe('合计');
    expect(labelText(['其中：一般公共预算'])).toBe('其中：一般公共预算');
  });

  it('reads a code’s opening bracket read as a dash as a bracket', () => {
    expect(labelText(['-212]城乡社区支出'])).toBe('[212]城乡社区支出');
    expect(labelText(['-其他'])).toBe('-其他');
  });

  it('puts back a list numeral read as another character, from the numbers around it', () => {
    const col = (...texts: string[]) => texts.map((text) => ({ text, confidence: 80 }));
    const a = col(
      '项目',
      '上、一般公共服务支出',
      '二、公共安全支出',
      '媳、卫生健康支出',
      '1.其中',
      '五、住房保障支出',
    );
    mendListNumerals(a);
    expect(a.map((r) => r.text)).toEqual([
      '项目',
      '一、一般公共服务支出',
      '二、公共安全支出',
      '三、卫生健康支出',
      '1.其中',
      '五、住房保障支出',
    ]);
    const b = col('十、节能环保支出', '阴、城乡社区支出', '附、说明');
    mendListNumerals(b);
    expect(b.map((r) => r.text)).toEqual(['十、节能环保支出', '十一、城乡社区支出', '十二、说明']);
  });

  it('puts back a list numeral lost altogether, between the numbers one less and one more', () => {
    const col = (...texts: string[]) => texts.map((text) => ({ text, confidence: 80 }));
    const a = col(
      '项目',
      '上一般公共服务支出',
      '',
      '二、外交支出',
      '三、国防支出',
      '公共安全支出',
      '五、教育支出',
    );
    mendListNumerals(a);
    expect(a.map((r) => r.text)).toEqual([
      '项目',
      '一、上一般公共服务支出',
      '',
      '二、外交支出',
      '三、国防支出',
      '四、公共安全支出',
      '五、教育支出',
    ]);
    // A line under 一、 before 二、 is its part, not a lost number.
    const b = col('一、财政拨款', '一般公共预算', '二、事业收入', '合计');
    mendListNumerals(b);
    expect(b.map((r) => r.text)).toEqual(['一、财政拨款', '一般公共预算', '二、事业收入', '合计']);
  });
});

describe('an OCR reading of a page’s percentages', () => {
  it('drops a 9 read from the sign of a percentage with a decimal more than the page’s others', () => {
    // The rendered example's image copy: % read as 9% in its font.
    expect(
      mendPercents(['占 63.43%，增长 5.559%，', '占 14.529%。', '占 73.03%。', '下降 4.41%', '增长 12.345%']),
    ).toEqual(['占 63.43%，增长 5.55%，', '占 14.52%。', '占 73.03%。', '下降 4.41%', '增长 12.345%']);
    // Too few others to know the page's decimals.
    expect(mendPercents(['增长 5.559%', '占 63.43%'])).toEqual(['增长 5.559%', '占 63.43%']);
  });
});

describe('an OCR reading of a year', () => {
  it('takes the four-digit year most readings give, ties to the smaller reading', () => {
    // The 福州 copy's bold titles at full size, ¾ and ½ (2026 each time).
    expect(settleYears(['20256 年度收入预算总表', '20256 年度收和预算总表', '2026 年度收入预算总表'])).toBe(
      '2026 年度收入预算总表',
    );
    expect(settleYears(['2025 年度收支预算总表', '20256 年度收支预算总表', '2026 年度收支预算总表'])).toBe(
      '2026 年度收支预算总表',
    );
    expect(
      settleYears(['2026 年度拨款支出预算表', '20256 年度拨款支出预算表', '2026 年度拨款支出预算表']),
    ).toBe('2026 年度拨款支出预算表');
    // Readings that do not agree on how many years the line holds leave it as read.
    expect(settleYears(['2026年比2025年', '2026年比', '2026年比2025年'])).toBe('2026年比2025年');
    expect(settleYears(['截至2025年12月31日', '截至2025年12月31日', '截至2025年12月31日'])).toBe(
      '截至2025年12月31日',
    );
  });

  it('puts a five-digit year back to the year one digit less that the document’s other lines name most', () => {
    expect(
      settleFiveDigitYears([
        '20256 年度财政拨款收支预算总表',
        '2026 年，收入预算',
        '截至2025年12月31日',
        '2026年度',
      ]),
    ).toEqual(['2026 年度财政拨款收支预算总表', '2026 年，收入预算', '截至2025年12月31日', '2026年度']);
    expect(settleFiveDigitYears(['20256 年度'])).toEqual(['20256 年度']);
  });

  it('finds a year, or a misread one, before 年 only', () => {
    expect(hasYear('20256 年度')).toBe(true);
    expect(hasYear('2026年')).toBe(true);
    expect(hasYear('收入 2026.00 万元')).toBe(false);
  });
});
