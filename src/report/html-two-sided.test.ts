import { describe, expect, it } from 'vitest';
import { sidePairs, twoSidedHeader } from './html-two-sided.js';
import type { ReportTable } from './types.js';

const table: ReportTable = {
  id: 't1',
  kind: 'income-expenditure-summary',
  label: '表1',
  title: '收支总表',
  unit: '万元',
  columns: [
    { key: 'income.amount', role: 'amount', header: ['收入', '预算数'], side: 'income' },
    { key: 'expenditure.amount', role: 'amount', header: ['支出', '预算数'], side: 'expenditure' },
  ],
  rows: [
    { index: 0, kind: 'item', name: 'a', label: '一、财政拨款', side: 'income', cells: {}, line: 5 },
    { index: 1, kind: 'item', name: 'b', label: '一般公共服务支出', side: 'expenditure', cells: {}, line: 5 },
    { index: 2, kind: 'item', name: 'c', label: '国防支出', side: 'expenditure', cells: {}, line: 9 },
  ],
  notes: [],
};

describe('two-sided tables', () => {
  it('pairs the sides of one printed line and leaves a side empty where the line has none', () => {
    expect(sidePairs(table).map((p) => [p.income?.index, p.expenditure?.index])).toEqual([
      [0, 1],
      [undefined, 2],
    ]);
  });

  it('draws a 项目 column for each side under one header', () => {
    expect(twoSidedHeader(table)).toContain('<th rowspan="2" class="name">项目</th><th>收入</th>');
  });
});
