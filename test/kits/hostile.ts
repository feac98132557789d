/**
 * Hostile and broken input, made by the tests themselves from a document gongkai renders (never a corpus file):
 * the rendered disclosure printed to PDF by LibreOffice when it is installed, else a hand-written minimal PDF.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { zipSync } from 'fflate';
import { mainJs, root } from '../built.js';
import { minimalPdf } from './minimal-pdf.js';
import { canConvert, officeToPdf } from './office-pdf.js';
import { replaceObject } from './pdf-edit.js';

export const hasQpdf = spawnSync('qpdf', ['--version']).status === 0;

/** A rendered disclosure as PDF (LibreOffice), or a two-page minimal PDF without it. */
export function basePdf(dir: string): Uint8Array {
  if (!canConvert) return minimalPdf([{ text: 'first page' }, { text: 'second page' }]);
  const xlsx = join(dir, 'rendered.xlsx');
  execFileSync(
    process.execPath,
    [mainJs, 'render', 'examples/example-budget.json', '-f', 'xlsx', '-o', xlsx],
    {
      cwd: root,
    },
  );
  return new Uint8Array(readFileSync(officeToPdf(xlsx, dir)));
}

const latin1 = (b: Uint8Array) => Buffer.from(b).toString('latin1');

/** The file cut short, as an interrupted download leaves it. */
export function truncated(pdf: Uint8Array): Uint8Array {
  return pdf.slice(0, Math.floor((pdf.length * 2) / 3));
}

/**
 * One cross-reference entry moved a few bytes into its object, so the object there does not parse: object
 * `object`'s (a table from object 0 with no free entries but the first, as LibreOffice and minimalPdf write), or
 * else the middle entry's.
 */
export function damagedXref(pdf: Uint8Array, object?: number): Uint8Array {
  const text = latin1(pdf);
  const xref = Number(/startxref\s+(\d+)\s+%%EOF\s*$/u.exec(text)?.[1]);
  const entries = [...text.slice(xref).matchAll(/(\d{10}) 00000 n/gu)];
  const entry = entries[object === undefined ? entries.length >> 1 : object - 1];
  const at = xref + (entry.index ?? 0);
  const moved = String(Number(entry[1]) + 7).padStart(10, '0');
  const out = Buffer.from(pdf);
  out.write(moved, at, 'latin1');
  return new Uint8Array(out);
}

/** Every byte offset of the cross-reference table shifted by a comment line: pdf.js must rebuild the table. */
export function shiftedXref(pdf: Uint8Array): Uint8Array {
  const text = latin1(pdf);
  const at = text.indexOf('\n') + 1;
  return new Uint8Array(Buffer.from(`${text.slice(0, at)}%${' '.repeat(40)}\n${text.slice(at)}`, 'latin1'));
}

/**
 * Bytes in the middle of the first page's content stream flipped: the page's drawing commands break off partway
 * and pdf.js reads what it can.
 */
export function damagedPage(pdf: Uint8Array): Uint8Array {
  const out = Buffer.from(pdf);
  const text = latin1(pdf);
  const page = /\/Type\s*\/Page\b[\s\S]{0,400}?\/Contents\s*(\d+)\s+0\s+R/u.exec(text);
  const stream = new RegExp(`(?:^|\\n)${page?.[1]} 0 obj[\\s\\S]*?stream\\r?\\n`, 'u').exec(text);
  if (!stream) return out;
  const start = (stream.index ?? 0) + stream[0].length;
  const end = text.indexOf('endstream', start);
  const mid = start + Math.floor((end - start) / 2);
  for (let k = mid; k < Math.min(mid + 60, end); k += 3) out[k] ^= 0x5a;
  return new Uint8Array(out);
}

/** Bytes inside the first embedded font program (a stream with /Length1) flipped: its glyphs no longer parse. */
export function damagedFont(pdf: Uint8Array): Uint8Array {
  const out = Buffer.from(pdf);
  const text = latin1(pdf);
  const font = /\/Length1 \d+[^>]*>>\s*stream\r?\n/u.exec(text);
  if (!font) return out;
  const start = (font.index ?? 0) + font[0].length;
  const end = text.indexOf('endstream', start);
  const at = start + Math.floor((end - start) * 0.3);
  for (let k = at; k < Math.min(at + 180, end); k += 3) out[k] ^= 0x5a;
  return new Uint8Array(out);
}

/** Bytes near the start of every stream (page contents, fonts) flipped: compressed data that no longer inflates. */
export function damagedStreams(pdf: Uint8Array): Uint8Array {
  const out = Buffer.from(pdf);
  for (const m of latin1(pdf).matchAll(/(?<!end)stream\r?\n/gu)) {
    const start = (m.index ?? 0) + m[0].length;
    for (let k = start + 2; k < Math.min(start + 60, out.length); k += 3) out[k] ^= 0x5a;
  }
  return new Uint8Array(out);
}

/** The PDF with an open password, by qpdf (AES-256). */
export function encrypted(pdf: Uint8Array, dir: string): Uint8Array {
  const plain = join(dir, 'to-encrypt.pdf');
  const locked = join(dir, 'locked.pdf');
  writeFileSync(plain, pdf);
  execFileSync('qpdf', ['--encrypt', 'secret', 'owner', '256', '--', plain, locked]);
  return new Uint8Array(readFileSync(locked));
}

/**
 * A font whose /W array declares one width for 175 million glyphs: pdf.js fills a table that large and V8 aborts
 * the whole process ("Fatal JavaScript invalid size error") — the crash that once took a batch down with it.
 */
export function wideFontPdf(): Uint8Array {
  const font =
    '<< /Type /Font /Subtype /Type0 /BaseFont /Hostile /Encoding /Identity-H /DescendantFonts [<< /Type /Font ' +
    '/Subtype /CIDFontType2 /BaseFont /Hostile /CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) ' +
    '/Supplement 0 >> /FontDescriptor << /Type /FontDescriptor /FontName /Hostile /Flags 4 /FontBBox [0 0 1000 ' +
    '1000] /ItalicAngle 0 /Ascent 800 /Descent -200 /CapHeight 700 /StemV 80 >> /W [1 175000000 500] >>] >>';
  return minimalPdf([{ text: 'hostile' }], { font });
}

/**
 * The rendered PDF's first TrueType font made a CID font (Type0 over CIDFontType2, its own font program,
 * descriptor and ToUnicode kept) whose /W array gives its widths as ranges, one range's last code changed to
 * 175000000: the damage that made pdf.js fill a table that large and V8 abort. Undefined when the file has no
 * TrueType font (the minimal PDF without LibreOffice).
 */
export function wideWidths(pdf: Uint8Array): Uint8Array | undefined {
  const text = latin1(pdf);
  const font =
    /\n(\d+) 0 obj\s*<<\/Type\/Font\/Subtype\/TrueType\/BaseFont\/(\S+)\s*\/FirstChar (\d+)[\s\S]*?\/Widths\s*\[([^\]]*)\][\s\S]*?(\/FontDescriptor \d+ 0 R)[\s\S]*?(\/ToUnicode \d+ 0 R)/u.exec(
      text,
    );
  if (!font) return undefined;
  const [, n, name, first, widths, descriptor, toUnicode] = font;
  const ranges = widths
    .trim()
    .split(/\s+/u)
    .map((w, i) => `${Number(first) + i} ${Number(first) + i} ${w}`);
  ranges[1] = ranges[1].replace(/^(\d+) \d+/u, '$1 175000000');
  const cid =
    `<</Type/Font/Subtype/CIDFontType2/BaseFont/${name}/CIDSystemInfo<</Registry(Adobe)/Ordering(Identity)` +
    `/Supplement 0>>${descriptor}/CIDToGIDMap/Identity/W[${ranges.join(' ')}]>>`;
  return replaceObject(
    pdf,
    Number(n),
    `<</Type/Font/Subtype/Type0/BaseFont/${name}/Encoding/Identity-H/DescendantFonts[${cid}]${toUnicode}>>`,
  );
}

/** 210 MB of zeros in a 200 KB zip: over the 200 MB per-entry cap, refused before anything is inflated. */
export function zipBomb(): Uint8Array {
  return zipSync({ '预算.pdf': new Uint8Array(210 * 1024 * 1024) }, { level: 9 });
}
