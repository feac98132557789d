import { describe, expect, it } from 'vitest';
import type { RawParagraph, RawTable } from '../../model/raw.js';
import { readDocumentBytes } from '../index.js';

const tables = (blocks: { type: string }[]) => blocks.filter((b): b is RawTable => b.type === 'table');
const texts = (blocks: { type: string }[]) =>
  blocks.filter((b): b is RawParagraph => b.type === 'paragraph').map((p) => p.text);
const grid = (t: RawTable) => t.rows.map((r) => r.cells.map((c) => [c.text, c.col, c.colSpan, c.rowSpan]));
const utf8 = (s: string) => new TextEncoder().encode(s);

/** GBK bytes of a string, by the reverse of the decoder (Node's TextEncoder writes UTF-8 only). */
function gbk(s: string): Uint8Array {
  const table = new Map<string, number[]>();
  const dec = new TextDecoder('gb18030');
  for (let hi = 0x81; hi <= 0xfe; hi++)
    for (let lo = 0x40; lo <= 0xfe; lo++) table.set(dec.decode(new Uint8Array([hi, lo])), [hi, lo]);
  return new Uint8Array(
    [...s].flatMap((ch) => (ch.charCodeAt(0) < 0x80 ? [ch.charCodeAt(0)] : (table.get(ch) ?? []))),
  );
}

describe('readHtml', () => {
  it('places cells as a browser does (rowspan, colspan) and reads the text around the table', async () => {
    const page = `<!DOCTYPE html><html><head><title>不读</title><style>p{}</style><script>var x="<p>不读</p>"</script></head>
<body><h1>示例局2024年
部门预算</h1><div>表5　一般公共预算支出情况表</div><p style="display:none">隐藏</p>
<table><thead><tr><th rowspan="2">科目编码</th><th colspan="2">支出</th></tr>
<tr><th>基本支出</th><th>项目支出</th></tr></thead>
<tbody><tr><td>05</td><td>1,234.50</td><td></td></tr></tbody></table>
<p>单位：万元<br>注：本表无数据</p></body></html>`;
    const doc = await readDocumentBytes('page.txt', utf8(page));
    expect(doc.source.format).toBe('html');
    expect(texts(doc.blocks)).toEqual([
      '示例局2024年部门预算',
      '表5',
      '一般公共预算支出情况表',
      '单位：万元',
      '注：本表无数据',
    ]);
    const [t] = tables(doc.blocks);
    expect(grid(t)).toEqual([
      [
        ['科目编码', 0, 1, 2],
        ['支出', 1, 2, 1],
      ],
      [
        ['基本支出', 1, 1, 1],
        ['项目支出', 2, 1, 1],
      ],
      [
        ['05', 0, 1, 1],
        ['1,234.50', 1, 1, 1],
        ['', 2, 1, 1],
      ],
    ]);
    expect(t.rows[2].prov).toEqual({ table: 1, row: 3, line: 6 });
  });

  it('decodes by the page’s declaration (gb2312 read as GB18030), and by content when there is none', async () => {
    const body = '<p>一般公共预算财政拨款：镕</p>';
    const declared = gbk(
      `<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312"></head><body>${body}</body></html>`,
    );
    expect(texts((await readDocumentBytes('a.htm', declared)).blocks)).toEqual(['一般公共预算财政拨款：镕']);
    const undeclared = gbk(`<html><body>${body}</body></html>`);
    expect(texts((await readDocumentBytes('b.htm', undeclared)).blocks)).toEqual([
      '一般公共预算财政拨款：镕',
    ]);
    const wrong = utf8(`<html><head><meta charset="gbk"></head><body>${body}</body></html>`);
    expect(texts((await readDocumentBytes('c.htm', wrong)).blocks)).toEqual(['一般公共预算财政拨款：镕']);
  });

  it('reads a table inside a cell as its own table, and unwraps a layout frame', async () => {
    const inner = '<table><tr><td>项目</td><td>金额</td></tr><tr><td>合计</td><td>1.00</td></tr></table>';
    const framed = await readDocumentBytes(
      'f.html',
      utf8(`<html><body><table><tr><td><p>表1</p>${inner}</td></tr></table></body></html>`),
    );
    expect(framed.blocks.map((b) => b.type)).toEqual(['paragraph', 'table']);
    const side = await readDocumentBytes(
      's.html',
      utf8(`<html><body><table><tr><td>说明</td><td>${inner}</td></tr></table></body></html>`),
    );
    expect(tables(side.blocks).map((t) => t.rows.length)).toEqual([1, 2]);
  });

  it('says so when the page has no text', async () => {
    await expect(
      readDocumentBytes('e.html', utf8('<html><body><img src="x.png"></body></html>')),
    ).rejects.toMatchObject({
      code: 'empty',
    });
  });
});
