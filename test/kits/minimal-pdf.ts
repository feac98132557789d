/**
 * Minimal hand-written PDFs for tests: each page is a line of text, an image, or pieces of text placed at given
 * points (x, y from the bottom left, in points).
 */

export interface PlacedText {
  text: string;
  x: number;
  y: number;
}

/** A page: a line of text, an image, placed pieces of text, or a content stream as given (rulings, say). */
export type FixturePage = { text: string } | { image: true } | { placed: PlacedText[] } | { content: string };

function contentOf(page: FixturePage): string {
  if ('content' in page) return page.content;
  if ('text' in page) return `BT /F1 12 Tf 72 720 Td (${page.text}) Tj ET`;
  if ('placed' in page)
    return page.placed.map((p) => `BT /F1 10 Tf 1 0 0 1 ${p.x} ${p.y} Tm (${p.text}) Tj ET`).join('\n');
  return 'q 200 0 0 200 72 500 cm /Im1 Do Q';
}

export interface MinimalPdfOptions {
  /** The font dictionary pages use as /F1 (default: the standard Helvetica). */
  font?: string;
  /** The image's declared size in pixels (default 2 × 2; its data stays four bytes). */
  imageSize?: [number, number];
}

export function minimalPdf(pages: FixturePage[], o: MinimalPdfOptions = {}): Uint8Array {
  const objects: string[] = [];
  const add = (body: string) => {
    objects.push(body);
    return objects.length;
  };
  const catalog = add('');
  const pagesObj = add('');
  const font = add(o.font ?? '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>');
  const [width, height] = o.imageSize ?? [2, 2];
  const image = add(
    `<< /Type /XObject /Subtype /Image /Width ${width} /Height ${height} /ColorSpace /DeviceGray /BitsPerComponent 8 /Length 4 >>\nstream\n\x00\xff\xff\x00\nendstream`,
  );
  const kids: number[] = [];
  for (const page of pages) {
    const content = contentOf(page);
    const stream = add(`<< /Length ${content.length} >>\nstream\n${content}\nendstream`);
    kids.push(
      add(
        `<< /Type /Page /Parent ${pagesObj} 0 R /MediaBox [0 0 612 792] /Contents ${stream} 0 R /Resources << /Font << /F1 ${font} 0 R >> /XObject << /Im1 ${image} 0 R >> >> >>`,
      ),
    );
  }
  objects[catalog - 1] = `<< /Type /Catalog /Pages ${pagesObj} 0 R >>`;
  objects[pagesObj - 1] =
    `<< /Type /Pages /Kids [${kids.map((k) => `${k} 0 R`).join(' ')}] /Count ${kids.length} >>`;
  let out = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((body, i) => {
    offsets.push(out.length);
    out += `${i + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xref = out.length;
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const o of offsets) out += `${String(o).padStart(10, '0')} 00000 n \n`;
  out += `trailer\n<< /Size ${objects.length + 1} /Root ${catalog} 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  // latin1: the image bytes are single bytes, not UTF-8.
  return new Uint8Array(Buffer.from(out, 'latin1'));
}
