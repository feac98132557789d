import { describe, expect, it } from 'vitest';
import { docxOf, p, tc } from '../../../test/kits/docx.js';
import type { RawTable } from '../../model/raw.js';
import { readDocumentBytes } from '../index.js';

const read = (body: string, extra = {}, prolog = '') =>
  readDocumentBytes('t.pdf', docxOf(body, extra, prolog));
const tables = (blocks: { type: string }[]) => blocks.filter((b): b is RawTable => b.type === 'table');
const grid = (t: RawTable) => t.rows.map((r) => r.cells.map((c) => [c.text, c.col, c.colSpan, c.rowSpan]));

describe('readDocx', () => {
  it('is chosen by content, whatever the name, and reads runs, tabs, breaks and revisions as Word shows them', async () => {
    const doc = await read(
      '<w:p><w:r><w:t>单位：</w:t></w:r><w:r><w:tab/><w:t>万元</w:t></w:r></w:p>' +
        '<w:p><w:r><w:t>第一行</w:t><w:br/><w:t>第二行</w:t></w:r><w:del><w:r><w:delText>删去</w:delText></w:r></w:del>' +
        '<w:ins><w:r><w:t>（插入）</w:t></w:r></w:ins></w:p>' +
        '<w:p><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> PAGE </w:instrText></w:r>' +
        '<w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>&#x4E09;&amp;05</w:t></w:r></w:p>',
    );
    expect(doc.source.format).toBe('docx');
    expect(doc.blocks.map((b) => (b.type === 'paragraph' ? [b.text, b.prov.paragraph] : b.type))).toEqual([
      ['单位：\t万元', 1],
      ['第一行', 2],
      ['第二行（插入）', 2],
      ['三&05', 3],
    ]);
  });

  it('places cells on the grid: gridBefore, gridSpan, vMerge restart/continue, hMerge', async () => {
    const doc = await read(
      `<w:tbl><w:tblGrid><w:gridCol/><w:gridCol/><w:gridCol/><w:gridCol/></w:tblGrid>
        <w:tr>${tc('科目', '<w:vMerge w:val="restart"/>')}${tc('支出预算', '<w:gridSpan w:val="3"/>')}</w:tr>
        <w:tr>${tc('', '<w:vMerge/>')}${tc('合计')}${tc('基本', '<w:hMerge w:val="restart"/>')}${tc('', '<w:hMerge/>')}</w:tr>
        <w:tr><w:trPr><w:gridBefore w:val="1"/></w:trPr>${tc('05')}${tc('1,234.50')}${tc('')}</w:tr>
      </w:tbl>`,
    );
    const [t] = tables(doc.blocks);
    expect(t.gridded).toBe(true);
    expect(grid(t)).toEqual([
      [
        ['科目', 0, 1, 2],
        ['支出预算', 1, 3, 1],
      ],
      [
        ['合计', 1, 1, 1],
        ['基本', 2, 2, 1],
      ],
      [
        ['05', 1, 1, 1],
        ['1,234.50', 2, 1, 1],
        ['', 3, 1, 1],
      ],
    ]);
    expect(t.rows[2].cells[0].prov).toEqual({ table: 1, row: 3 });
  });

  it('reads a table inside a cell as its own table, and unwraps a frame table', async () => {
    const inner = `<w:tbl><w:tr>${tc('项目')}${tc('金额')}</w:tr><w:tr>${tc('合计')}${tc('1.00')}</w:tr></w:tbl>`;
    const outer = await read(`<w:tbl><w:tr>${tc('说明')}<w:tc>${p('附表')}${inner}</w:tc></w:tr></w:tbl>`);
    expect(tables(outer.blocks).map(grid)).toEqual([
      [
        [
          ['说明', 0, 1, 1],
          ['附表', 1, 1, 1],
        ],
      ],
      [
        [
          ['项目', 0, 1, 1],
          ['金额', 1, 1, 1],
        ],
        [
          ['合计', 0, 1, 1],
          ['1.00', 1, 1, 1],
        ],
      ],
    ]);
    const frame = await read(`<w:tbl><w:tr><w:tc>${p('表1')}${inner}</w:tc></w:tr></w:tbl>`);
    expect(frame.blocks.map((b) => b.type)).toEqual(['paragraph', 'table']);
  });

  it('reads a text box once, though Word stores it twice (DrawingML and its VML fallback)', async () => {
    const box = (t: string) => `<w:txbxContent>${p(t)}</w:txbxContent>`;
    const doc = await read(
      `<w:p><w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><wps:txbx>${box('部门预算封面')}</wps:txbx></w:drawing></mc:Choice>` +
        `<mc:Fallback><w:pict><v:shape><v:textbox>${box('部门预算封面')}</v:textbox></v:shape></w:pict></mc:Fallback></mc:AlternateContent></w:r></w:p>`,
    );
    expect(doc.blocks.map((b) => (b.type === 'paragraph' ? b.text : b.type))).toEqual(['部门预算封面']);
  });

  it('refuses a part with a DTD (entity expansion, XXE)', async () => {
    const bomb =
      '<!DOCTYPE w:document [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]>';
    await expect(read(p('&b;'), {}, bomb)).rejects.toThrow(/DTD/u);
    await expect(
      read(p('&x;'), {}, '<!DOCTYPE w:document [<!ENTITY x SYSTEM "file:///etc/passwd">]>'),
    ).rejects.toMatchObject({ code: 'corrupt' });
  });

  it('says so when the document is only pictures (a scan pasted into Word)', async () => {
    const pic =
      '<w:p><w:r><w:drawing><a:graphic><a:blip r:embed="rId5"/></a:graphic></w:drawing></w:r></w:p>';
    await expect(read(pic, { 'word/media/image1.png': new Uint8Array([0x89, 0x50]) })).rejects.toMatchObject({
      code: 'no-text-layer',
      message: expect.stringMatching(/只有图片/u),
    });
    await expect(read('<w:p/>')).rejects.toMatchObject({ code: 'empty' });
  });

  it('refuses a package without its document part and a broken XML part', async () => {
    const { strToU8, zipSync } = await import('fflate');
    const bare = zipSync({ 'word/document.xml': strToU8('<w:document><w:body><w:p>') });
    await expect(readDocumentBytes('b.docx', bare)).rejects.toMatchObject({ code: 'corrupt' });
  });
});
