/**
 * Damage is said: what pdf.js repaired or skipped in a damaged PDF reaches the document as one notice, with the
 * damaged pages named, and a page pdf.js cannot read is skipped rather than losing the whole file. Fixtures are
 * hand-written PDFs damaged here (test/hostile.test.ts does the same to a rendered disclosure, end to end).
 */
import { describe, expect, it } from 'vitest';
import { minimalPdf } from '../../../test/kits/minimal-pdf.js';
import { classify } from './damage.js';
import { readPdf } from './index.js';

const latin1 = (b: Uint8Array) => Buffer.from(b).toString('latin1');

/** Every byte offset of the cross-reference table shifted: pdf.js must rebuild it by scanning the file. */
function shifted(pdf: Uint8Array): Uint8Array {
  const text = latin1(pdf);
  const at = text.indexOf('\n') + 1;
  return new Uint8Array(Buffer.from(`${text.slice(0, at)}%${' '.repeat(40)}\n${text.slice(at)}`, 'latin1'));
}

/** One object's cross-reference entry pointed into the middle of another object. */
function badEntry(pdf: Uint8Array, object: number): Uint8Array {
  const text = latin1(pdf);
  const xref = Number(/startxref\s+(\d+)/u.exec(text)?.[1]);
  const entries = [...text.slice(xref).matchAll(/(\d{10}) 00000 n/gu)];
  const entry = entries[object - 1];
  const out = Buffer.from(pdf);
  out.write(String(Number(entry[1]) + 7).padStart(10, '0'), xref + (entry.index ?? 0), 'latin1');
  return new Uint8Array(out);
}

const pages = [{ text: 'first page' }, { text: 'second page' }, { text: 'third page' }];

describe('damage notices', () => {
  it('says nothing of a whole file', async () => {
    const doc = await readPdf('whole.pdf', minimalPdf(pages));
    expect(doc.warnings).toEqual([]);
    expect(doc.damage).toBeUndefined();
  });

  it('says the cross-reference table was rebuilt', async () => {
    const doc = await readPdf('xref.pdf', shifted(minimalPdf(pages)));
    expect(doc.blocks.map((b) => (b.type === 'paragraph' ? b.text : ''))).toEqual([
      'first page',
      'second page',
      'third page',
    ]);
    expect(doc.warnings).toMatchObject([
      {
        code: 'pdf-damaged',
        message: expect.stringMatching(/^文件 xref\.pdf 有损坏：交叉引用表（xref）损坏，已重建后读取/),
      },
    ]);
    expect(doc.damage).toBeUndefined();
  });

  it('names a page whose content stream is broken, and reads it as far as it can', async () => {
    const broken = [pages[0], { text: 'second) Tj <zz#> Tj BT BT ET ET ET (page' }, pages[2]];
    const doc = await readPdf('stream.pdf', minimalPdf(broken));
    expect(doc.damage).toEqual([{ page: 2, broken: true, what: 'content' }]);
    expect(doc.warnings[0].message).toMatch(/第2页的内容流损坏，已尽量读取，这些页的表格可能不全或读错（/);
    expect(doc.warnings[0].prov).toEqual({ page: 2 });
  });

  it('skips a page it cannot read, names it, and reads the others', async () => {
    // Objects: 1 catalog, 2 pages, 3 font, 4 image, then each page's content stream and page: 7 is page 2's stream.
    const doc = await readPdf('page.pdf', badEntry(minimalPdf(pages), 7));
    expect(doc.damage).toEqual([{ page: 2, broken: true, what: 'unreadable' }]);
    expect(doc.warnings[0].message).toMatch(/第2页无法读取，已跳过（/);
    expect(doc.blocks.map((b) => (b.type === 'paragraph' ? b.text : ''))).toEqual([
      'first page',
      'third page',
    ]);
    expect(doc.source.pages).toBe(3);
  });

  it('names every page set in a damaged font, not only the first that loads it', async () => {
    // One font for all three pages, its font file not a stream: pdf.js warns once, while page 1 loads it.
    const font =
      '<< /Type /Font /Subtype /Type1 /BaseFont /Foo /FontDescriptor << /Type /FontDescriptor /FontName /Foo /Flags 32 /FontFile 1 0 R >> >>';
    const doc = await readPdf('font.pdf', minimalPdf(pages, { font }));
    expect(doc.damage).toEqual([1, 2, 3].map((page) => ({ page, broken: false, what: 'font' })));
    expect(doc.warnings[0].message).toMatch(/第1–3页的字体损坏或缺失，这些页的文字可能读错（/);
  });

  it('refuses a file none of whose pages can be read', async () => {
    const one = minimalPdf([{ text: 'only page' }]);
    await expect(readPdf('none.pdf', badEntry(one, 5))).rejects.toMatchObject({ code: 'corrupt' });
  });

  it('names a scanned page whose box is beyond any PDF page as unreadable, without rendering it', async () => {
    const text = latin1(minimalPdf([pages[0], { image: true }]));
    const at = text.lastIndexOf('/MediaBox [0 0 612 792]');
    const huge = `${text.slice(0, at)}/MediaBox [175000000 0 612 792]${text.slice(at + 23)}`;
    const started = performance.now();
    const doc = await readPdf('huge.pdf', new Uint8Array(Buffer.from(huge, 'latin1')));
    expect(doc.damage).toEqual([{ page: 2, broken: true, what: 'unreadable' }]);
    expect(doc.warnings[0].message).toMatch(
      /第2页无法读取，已跳过（页面尺寸 \d+×792 点，超出 PDF 允许的 14400 点）/,
    );
    // Rendered for OCR it took seconds and a gigabyte (the fuzz, seed 1306050223, case 297).
    expect(performance.now() - started).toBeLessThan(10_000);
  });

  it('tells damage from what is not: images gongkai does not read, TrueType hinting', () => {
    expect(classify('Indexing all PDF objects')).toBe('xref');
    expect(classify('Unknown command "C775F6".')).toBe('content');
    expect(
      classify('Invalid stream: "FormatError: Unknown compression method in flate stream: 34, 156"'),
    ).toBe('content');
    expect(classify('Unknown type 1 charstring command of "20"')).toBe('font');
    expect(classify("Incorrect 'loca' table length -- attempting to fix it.")).toBe('font');
    expect(classify('TT: undefined function: 12')).toBeUndefined();
    expect(classify('CCITTFaxStream: Falling back to JS CCITTFax decoder.')).toBeUndefined();
    expect(classify('JpxImage#instantiateWasm: UnknownErrorException')).toBeUndefined();
  });
});
