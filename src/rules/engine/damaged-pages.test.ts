import { describe, expect, it } from 'vitest';
import type { Finding } from '../../model/finding.js';
import { noteDamagedPages } from './damaged-pages.js';

const finding = (page: number | undefined, related: number[] = []): Finding => ({
  rule: 'identity-row-sum',
  severity: 'error',
  message: '合计不等于各项之和',
  messageId: 'mismatch',
  data: {},
  location: page === undefined ? {} : { page },
  related: related.map((p) => ({ location: { page: p } })),
});

describe('findings on damaged pages', () => {
  it('say so, and are warnings where the page could not be read whole', () => {
    const fs = [finding(2), finding(3), finding(4), finding(5, [3]), finding(undefined)];
    noteDamagedPages(fs, [
      { page: 2, broken: true, what: 'content' },
      { page: 3, broken: false, what: 'font' },
    ]);
    expect(fs.map((f) => [f.severity, f.message, f.data.damagedPage])).toEqual([
      ['warning', '合计不等于各项之和（第2页的内容流损坏，此处读数可能不全或有误）', 2],
      ['error', '合计不等于各项之和（第3页的字体损坏，此处文字可能读错）', 3],
      ['error', '合计不等于各项之和', undefined],
      ['error', '合计不等于各项之和（第3页的字体损坏，此处文字可能读错）', 3],
      ['error', '合计不等于各项之和', undefined],
    ]);
    expect(fs[0].data.readingDoubt).toBe('pdf-damaged');
  });

  it('leave findings alone when no page is damaged', () => {
    const fs = [finding(2)];
    noteDamagedPages(fs, undefined);
    expect(fs[0]).toEqual(finding(2));
  });
});
