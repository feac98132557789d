/**
 * Edits of a PDF the project made (a classic cross-reference table, as LibreOffice writes it) that leave the file
 * otherwise whole: an object replaced, and the cross-reference table rebuilt for where the objects now are.
 */

export const latin1 = (b: Uint8Array) => Buffer.from(b).toString('latin1');

/** Object `n`'s body (between "n 0 obj" and "endobj") replaced; undefined when there is no such object. */
export function replaceObject(pdf: Uint8Array, n: number, body: string): Uint8Array | undefined {
  const text = latin1(pdf);
  const obj = new RegExp(`\\n${n} 0 obj\\s*[\\s\\S]*?endobj`, 'u').exec(text);
  if (!obj) return undefined;
  const out = `${text.slice(0, obj.index)}\n${n} 0 obj\n${body}\nendobj${text.slice((obj.index ?? 0) + obj[0].length)}`;
  return new Uint8Array(Buffer.from(withXref(out), 'latin1'));
}

/** A classic cross-reference table for the objects where they now are, and startxref pointing to it. */
export function withXref(text: string): string {
  const at = text.lastIndexOf('\nxref');
  const body = text.slice(0, at + 1);
  const offsets = new Map<number, number>();
  for (const m of body.matchAll(/(?<=\n)(\d+) 0 obj\b/gu)) offsets.set(Number(m[1]), m.index ?? 0);
  const size = Math.max(...offsets.keys()) + 1;
  let xref = `xref\n0 ${size}\n`;
  for (let i = 0; i < size; i++) {
    const o = offsets.get(i);
    xref += o === undefined ? '0000000000 65535 f \n' : `${String(o).padStart(10, '0')} 00000 n \n`;
  }
  const trailer = text.slice(text.indexOf('trailer', at), text.lastIndexOf('startxref'));
  return `${body}${xref}${trailer}startxref\n${body.length}\n%%EOF\n`;
}
