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

  it('pairs by printed line, not by order: a lone income line and the 总计 line (上海 决算 财政拨款收支总表)', () => {
    const t: ReportTable = {
      ...table,
      rows: [
        {
          index: 0,
          kind: 'item',
          name: 'a',
          label: '一、财政拨款',
          side: 'income',
          cells: {},
          printedLine: 1,
        },
        {
          index: 1,
          kind: 'item',
          name: 'b',
          label: '一般公共服务支出',
          side: 'expenditure',
          cells: {},
          printedLine: 1,
        },
        {
          index: 2,
          kind: 'item',
          name: 'c',
          label: '国防支出',
          side: 'expenditure',
          cells: {},
          printedLine: 2,
        },
        { index: 3, kind: 'item', name: 'd', label: '年初结转', side: 'income', cells: {}, printedLine: 3 },
        { index: 4, kind: 'total', name: '总计', label: '总计', side: 'income', cells: {}, printedLine: 4 },
        {
          index: 5,
          kind: 'total',
          name: '总计',
          label: '总计',
          side: 'expenditure',
          cells: {},
          printedLine: 4,
        },
      ],
    };
    expect(sidePairs(t).map((p) => [p.income?.index, p.expenditure?.index])).toEqual([
      [0, 1],
      [undefined, 2],
      [3, undefined],
      [4, 5],
    ]);
  });

  it('draws a 项目 column for each side under one header', () => {
    expect(twoSidedHeader(table)).toContain('<th rowspan="2" class="name">项目</th><th>收入</th>');
  });
});
