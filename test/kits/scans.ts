/**
 * Scanned copies for tests, made here rather than copied from anywhere: a page is drawn as SVG (a title, a unit
 * line, a ruled table with its cells' text, in the Noto CJK fonts), rasterized by sharp to grey pixels, and wrapped
 * in a PDF whose only content is that image — what a scanner or `pdftoppm | img2pdf` gives. Test-only.
 */
import { execFileSync } from 'node:child_process';
import { deflateSync } from 'node:zlib';
import sharp from 'sharp';

/** Without a CJK font sharp's SVG renderer draws Chinese as empty boxes. */
function hasCjkFont(): boolean {
  try {
    return execFileSync('fc-list', [':lang=zh'], { encoding: 'utf8', timeout: 30_000 }).trim() !== '';
  } catch {
    return false;
  }
}

export const canDrawScans = hasCjkFont();
export const SCAN_SKIP = '(skipped: needs a CJK font for the drawn scans, e.g. apt install fonts-noto-cjk)';

export interface DrawnTable {
  /** Lines above the table: its title, its unit line. */
  above: string[];
  /** Column widths in points. */
  widths: number[];
  /** Rows of cell texts; the first rows are the header. Amount columns are right-aligned. */
  rows: string[][];
  /** Columns printed right-aligned (amounts). */
  amounts: number[];
}

const PAGE = { width: 595, height: 842 };
const ROW = 20;
const SIZE = 10.5;

function esc(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** One A4 page as SVG in points. */
export function tablePageSvg(t: DrawnTable): string {
  const total = t.widths.reduce((a, b) => a + b, 0);
  const left = (PAGE.width - total) / 2;
  let y = 70;
  const parts: string[] = [];
  t.above.forEach((line, i) => {
    const size = i === 0 ? 16 : SIZE;
    const anchor =
      i === 0 ? `x="${PAGE.width / 2}" text-anchor="middle"` : `x="${left + total}" text-anchor="end"`;
    parts.push(`<text ${anchor} y="${y}" font-size="${size}">${esc(line)}</text>`);
    y += size + 12;
  });
  const top = y;
  t.rows.forEach((row, r) => {
    let x = left;
    row.forEach((text, c) => {
      const w = t.widths[c];
      const right = t.amounts.includes(c) && r > 0;
      const tx = right ? x + w - 4 : x + 4;
      const anchor = right ? 'end' : 'start';
      const ty = top + r * ROW + ROW / 2 + SIZE * 0.36;
      if (text !== '')
        parts.push(
          `<text x="${tx}" y="${ty}" font-size="${SIZE}" text-anchor="${anchor}">${esc(text)}</text>`,
        );
      x += w;
    });
  });
  const bottom = top + t.rows.length * ROW;
  for (let r = 0; r <= t.rows.length; r++) {
    const yy = top + r * ROW;
    parts.push(
      `<line x1="${left}" y1="${yy}" x2="${left + total}" y2="${yy}" stroke="#000" stroke-width="0.8"/>`,
    );
  }
  let x = left;
  for (let c = 0; c <= t.widths.length; c++) {
    parts.push(`<line x1="${x}" y1="${top}" x2="${x}" y2="${bottom}" stroke="#000" stroke-width="0.8"/>`);
    x += t.widths[c] ?? 0;
  }
  return svg(parts);
}

/** A page of prose: one line of text per entry. */
export function textPageSvg(lines: string[]): string {
  return svg(lines.map((l, i) => `<text x="72" y="${90 + i * 24}" font-size="${SIZE}">${esc(l)}</text>`));
}

function svg(parts: string[]): string {
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${PAGE.width}" height="${PAGE.height}" viewBox="0 0 ${PAGE.width} ${PAGE.height}">` +
    `<rect width="100%" height="100%" fill="#fff"/><g font-family="Noto Serif CJK SC, Noto Sans CJK SC, serif" fill="#000">${parts.join('')}</g></svg>`
  );
}

/** Pages (SVG) → a PDF of one grey image per page at `dpi`, as a scanner makes. */
export async function scannedPdf(pages: string[], dpi = 200): Promise<Uint8Array> {
  const images: { width: number; height: number; data: Buffer }[] = [];
  for (const page of pages) {
    // The page's size in pixels at `dpi` (sharp's density option scales SVG lengths twice over).
    const sized = page.replace(
      `width="${PAGE.width}" height="${PAGE.height}"`,
      `width="${Math.round((PAGE.width * dpi) / 72)}" height="${Math.round((PAGE.height * dpi) / 72)}"`,
    );
    const { data, info } = await sharp(Buffer.from(sized))
      .flatten({ background: '#ffffff' })
      .grayscale()
      .raw()
      .toBuffer({ resolveWithObject: true });
    images.push({
      width: info.width,
      height: info.height,
      data: info.channels === 1 ? data : firstChannel(data, info.channels),
    });
  }
  return imagePdf(images);
}

function firstChannel(data: Buffer, channels: number): Buffer {
  const out = Buffer.alloc(data.length / channels);
  for (let i = 0; i < out.length; i++) out[i] = data[i * channels];
  return out;
}

function imagePdf(images: { width: number; height: number; data: Buffer }[]): Uint8Array {
  const objects: Buffer[] = [];
  const add = (body: Buffer | string) => {
    objects.push(typeof body === 'string' ? Buffer.from(body, 'latin1') : body);
    return objects.length;
  };
  const catalog = add('');
  const pagesObj = add('');
  const kids: number[] = [];
  for (const img of images) {
    const z = deflateSync(img.data);
    const image = add(
      Buffer.concat([
        Buffer.from(
          `<< /Type /XObject /Subtype /Image /Width ${img.width} /Height ${img.height} /ColorSpace /DeviceGray /BitsPerComponent 8 /Filter /FlateDecode /Length ${z.length} >>\nstream\n`,
          'latin1',
        ),
        z,
        Buffer.from('\nendstream', 'latin1'),
      ]),
    );
    const content = `q ${PAGE.width} 0 0 ${PAGE.height} 0 0 cm /Im1 Do Q`;
    const stream = add(`<< /Length ${content.length} >>\nstream\n${content}\nendstream`);
    kids.push(
      add(
        `<< /Type /Page /Parent ${pagesObj} 0 R /MediaBox [0 0 ${PAGE.width} ${PAGE.height}] /Contents ${stream} 0 R /Resources << /XObject << /Im1 ${image} 0 R >> >> >>`,
      ),
    );
  }
  objects[catalog - 1] = Buffer.from(`<< /Type /Catalog /Pages ${pagesObj} 0 R >>`, 'latin1');
  objects[pagesObj - 1] = Buffer.from(
    `<< /Type /Pages /Kids [${kids.map((k) => `${k} 0 R`).join(' ')}] /Count ${kids.length} >>`,
    'latin1',
  );
  const chunks: Buffer[] = [Buffer.from('%PDF-1.4\n', 'latin1')];
  let length = chunks[0].length;
  const offsets: number[] = [];
  objects.forEach((body, i) => {
    offsets.push(length);
    const chunk = Buffer.concat([
      Buffer.from(`${i + 1} 0 obj\n`, 'latin1'),
      body,
      Buffer.from('\nendobj\n', 'latin1'),
    ]);
    chunks.push(chunk);
    length += chunk.length;
  });
  let tail = `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const o of offsets) tail += `${String(o).padStart(10, '0')} 00000 n \n`;
  tail += `trailer\n<< /Size ${objects.length + 1} /Root ${catalog} 0 R >>\nstartxref\n${length}\n%%EOF\n`;
  chunks.push(Buffer.from(tail, 'latin1'));
  return new Uint8Array(Buffer.concat(chunks));
}
