import { describe, expect, it } from 'vitest';
import { sampleReport } from '../../test/kits/reports.js';
import { renderHtml, renderHtmlIndex } from './html.js';
import { headerRows, splitLabel } from './html-grid.js';
import { SCHEMA_VERSION } from './types.js';

describe('renderHtml', () => {
  const html = renderHtml(sampleReport());

  it('is self-contained: no external resources', () => {
    expect(html).not.toMatch(/<(link|img|iframe)\b/i);
    expect(html).not.toMatch(/\b(src|href)="(https?:)?\/\//i);
    expect(html).not.toMatch(/@import|url\(/i);
  });

  it('escapes all text, also inside the embedded JSON', () => {
    expect(html).toContain('示例局 2024 预算 &quot;公开&quot; &lt;版&gt;.txt');
    expect(html).toContain(
      '<blockquote>卫生健康支出<mark>64.57万元</mark>，占4%；&lt;/script&gt;</blockquote>',
    );
    expect(html).toContain('因舍入相差 0.01 万元 \\u003cb\\u003e\\u0026');
    // Exactly the two script elements we wrote, each closed once.
    expect(html.match(/<\/script>/g)).toHaveLength(2);
    expect(html).not.toContain('<b>&');
  });

  it('shows header, summary and suspects in Chinese', () => {
    expect(html).toContain('<dt>部门</dt><dd>测试市示例局</dd>');
    expect(html).toContain('<dt>类型</dt><dd>部门预算</dd>');
    expect(html).toContain('勾稽关系 已检查 12 条，成立 9 条，舍入差异 1 条，不成立 2 条。');
    expect(html).toContain(
      '表5 210 11 02 事业单位医疗 · 合计</a>：印为 34.52，改为 <b>34.53</b> 可使 3 条等式成立',
    );
    expect(html).toContain('另有同样可能的解释');
  });

  it('writes each table finding as a numbered reason under its table, the cell carrying its number', () => {
    expect(html).toMatch(/<li class="finding bad" id="f-0" data-finding="0"><span class="no">1<\/span>/);
    expect(html).toContain('<sup class="mk">★1</sup>');
  });

  it('lists at the top the suspects, then errors by table, then warnings, each linking to its cell', () => {
    const top = html.slice(
      html.indexOf('<section class="actions">'),
      html.indexOf('<section class="tables-intro">'),
    );
    const order = ['最可能出错的单元格', '错误（按表）', '警告（按表）'].map((h) => top.indexOf(h));
    expect(order.every((i, k) => i >= 0 && (k === 0 || i > order[k - 1]))).toBe(true);
    expect(top).toMatch(/错误（按表）.*<b>表5<\/b> \d+ 个错误：<a href="#c-t5_1_total">/s);
    expect(top).toMatch(/警告（按表）.*<a href="#c-t5_2_total">/s);
    expect(top).toMatch(/<b>说明部分<\/b> 1 个错误：<a href="#f-4">64.57万元<\/a>/);
  });

  it('quotes a narrative finding’s sentence, its figure marked, the table figure beside it', () => {
    const item = html.slice(html.indexOf('<li class="finding bad" id="f-4"'));
    expect(item).toMatch(
      /<mark>64.57万元<\/mark>.*<span class="role">表格数字<\/span> <a href="#c-t5_4_total">表5 合计 合计<\/a>：<b>64.56万元<\/b>/s,
    );
  });

  it('does not hatch empty related cells and prints the title and 注 once', () => {
    const report = sampleReport();
    const t = report.tables[0];
    const key = 'general';
    for (const r of t.rows) r.cells[key] = { value: '0', printed: '', blank: 'empty' };
    t.label = t.title;
    t.notes = ['注：本表反映…'];
    const out = renderHtml(report);
    expect(out).not.toMatch(/data-cell="t5\/1\/general"/);
    expect(out).toContain(`<h3>${t.title} <span`);
    expect(out).toContain('<p class="note">注：本表反映…</p>');
  });

  it('merges equal adjacent header labels into colspan', () => {
    expect(html).toContain('<th rowspan="2">合计</th><th colspan="2">资金来源</th>');
    const rows = headerRows([
      { key: 'a', role: 'x', header: ['收入', '预算数'] },
      { key: 'b', role: 'x', header: ['支出', '预算数'] },
    ]);
    expect(rows.map((r) => r.map((c) => [c.label, c.colSpan, c.rowSpan]))).toEqual([
      [
        ['收入', 1, 1],
        ['支出', 1, 1],
      ],
      [
        ['预算数', 1, 1],
        ['预算数', 1, 1],
      ],
    ]);
  });

  it('splits a coded label into 编码 and 名称', () => {
    const row = {
      index: 0,
      kind: 'item' as const,
      code: '2101102',
      name: 'x',
      label: '210 11 02 事业单位医疗',
      cells: {},
    };
    expect(splitLabel(row)).toEqual({ code: '210 11 02', name: '事业单位医疗' });
    expect(splitLabel({ ...row, code: undefined, label: '合计' })).toEqual({ code: '', name: '合计' });
  });
});

describe('renderHtmlIndex', () => {
  it('lists documents with counts and links, and failures with their message', () => {
    const html = renderHtmlIndex(
      {
        schemaVersion: SCHEMA_VERSION,
        documents: [
          sampleReport(),
          {
            schemaVersion: SCHEMA_VERSION,
            file: '坏.pdf',
            error: { code: 'unreadable', message: '文件已损坏 <x>' },
          },
        ],
      },
      { [sampleReport().file]: 'a&b.html' },
    );
    expect(html).toContain('<a href="a&amp;b.html">');
    expect(html).toContain('<td>测试市示例局</td><td class="num bad">3</td><td class="num warn">2</td>');
    expect(html).toContain('无法读取：文件已损坏 &lt;x&gt;');
    expect(html).toContain('共 2 个文件，其中 1 个无法读取');
    // Sorted by errors: the unreadable file first (nothing in it was checked), then the one with 3 errors.
    expect(html.indexOf('坏.pdf')).toBeLessThan(html.indexOf('a&amp;b.html'));
  });
});
