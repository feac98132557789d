import { describe, expect, it } from 'vitest';
import { namesMatch, normalizeCode, normalizeName } from './normalize.js';

describe('normalizeName', () => {
  it('folds full-width brackets, spaces, line breaks and invisible characters', () => {
    expect(normalizeName('维修（护）费')).toBe('维修(护)费');
    expect(normalizeName(' 机关事业单位基本养老保\n险缴费支出 ')).toBe('机关事业单位基本养老保险缴费支出');
    expect(normalizeName('行政\u3000运行\u200b')).toBe('行政运行');
    expect(normalizeName('“三公”经费：')).toBe('三公经费');
    expect(normalizeName('【其他】支出')).toBe('(其他)支出');
  });
});

describe('namesMatch', () => {
  it.each([
    ['机关事业单位基本养老保险缴费支出', '机关事业单位基本养老保险缴费支出'],
    ['机关事业单位基本养老保险缴费', '机关事业单位基本养老保险缴费支出'],
    ['一般公共服务', '一般公共服务支出'],
    ['机关事业单位基本养老保', '机关事业单位基本养老保险缴费支出'],
    ['维修(护)费', '维修（护）费'],
    ['维修费', '维修（护）费'],
    ['因公出国费用', '因公出国（境）费用'],
    ['政府办公厅及相关机构事务', '政府办公厅（室）及相关机构事务'],
  ])('accepts %s for %s', (printed, name) => {
    expect(namesMatch(printed, name)).toBe(true);
  });

  it.each([
    ['行政单位医疗', '行政事业单位医疗'],
    ['住房改革支出', '保障性安居工程支出'],
    ['其他城乡社会管理事务支出', '其他城乡社区管理事务支出'],
    ['抗疫特别国债还本支出', '抗疫特别国债安排的支出'],
    ['资本性支出(二)', '资本性支出（一）'],
    ['资本性支出', '资本性支出（基本建设）'],
    ['行政', '行政运行'],
    ['', '行政运行'],
  ])('rejects %s for %s', (printed, name) => {
    expect(namesMatch(printed, name)).toBe(false);
  });
});

describe('normalizeCode', () => {
  it('joins printed code forms', () => {
    expect(normalizeCode('208 05 05')).toBe('2080505');
    expect(normalizeCode('２０８-05')).toBe('20805');
  });
});
