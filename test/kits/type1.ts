/**
 * Damaged Type 1 font programs inside a PDF the project makes (the rendered disclosure printed by LibreOffice,
 * which embeds its CJK fonts as Type 1): the first program in the file is inflated, one number in it changed, and
 * the file put back together (its stream, lengths and cross-reference table rewritten, so the file is otherwise
 * whole). The numbers are the ones the fuzz found keeping pdf.js busy past the time limit.
 */
import { deflateSync, inflateSync } from 'node:zlib';
import { latin1, withXref } from './pdf-edit.js';

const EEXEC_KEY = 55665;

/** A built-in encoding entry with a code no encoding has (0–255): "dup 590544152 /cid44152 put". */
export function damagedType1Encoding(pdf: Uint8Array): Uint8Array | undefined {
  return editType1(pdf, (header, body) => {
    const entry = /dup \d+ (\/\S+ put)/u.exec(header);
    if (!entry) return undefined;
    return [header.replace(entry[0], `dup 590544152 ${entry[1]}`), body];
  });
}

/** A subroutine numbered 99999999, in the encrypted part. */
export function damagedType1Subrs(pdf: Uint8Array): Uint8Array | undefined {
  return editType1(pdf, (header, body) => {
    const clear = latin1(crypt(body, 'decrypt'));
    const subrs = clear.indexOf('/Subrs');
    const entry = /dup (\d+) /u.exec(clear.slice(subrs));
    if (subrs < 0 || !entry) return undefined;
    const at = subrs + (entry.index ?? 0);
    const edited = `${clear.slice(0, at)}dup 99999999 ${clear.slice(at + entry[0].length)}`;
    return [header, crypt(Buffer.from(edited, 'latin1'), 'encrypt')];
  });
}

type Edit = (header: string, body: Buffer) => [string, Buffer] | undefined;

/**
 * The first Type 1 program (a stream with /Length1 and /Length2, Flate-compressed) edited: its cleartext header
 * (Length1 bytes) as text and its encrypted part (Length2 bytes). Undefined when the file has none.
 */
function editType1(pdf: Uint8Array, edit: Edit): Uint8Array | undefined {
  const text = latin1(pdf);
  const dict = /(\d+) 0 obj\s*<<([^>]*\/Length2 \d+[^>]*)>>\s*stream\r?\n/u.exec(text);
  if (!dict || !/\/FlateDecode/u.test(dict[2])) return undefined;
  const start = (dict.index ?? 0) + dict[0].length;
  const end = text.indexOf('endstream', start);
  const program = inflateSync(Buffer.from(text.slice(start, end), 'latin1'));
  const n = (key: string) => Number(new RegExp(`/${key} (\\d+)`, 'u').exec(dict[2])?.[1]);
  const [l1, l2] = [n('Length1'), n('Length2')];
  const edited = edit(latin1(program.subarray(0, l1)), program.subarray(l1, l1 + l2));
  if (!edited) return undefined;
  const [header, body] = edited;
  const whole = Buffer.concat([Buffer.from(header, 'latin1'), body, program.subarray(l1 + l2)]);
  const data = latin1(deflateSync(whole));
  const newDict = dict[2]
    .replace(/\/Length1 \d+/u, `/Length1 ${header.length}`)
    .replace(/\/Length2 \d+/u, `/Length2 ${body.length}`);
  let out = `${text.slice(0, dict.index)}${dict[0].replace(dict[2], newDict)}${data}\n${text.slice(end)}`;
  out = withLength(out, dict[2], data.length);
  return new Uint8Array(Buffer.from(withXref(out), 'latin1'));
}

/** The stream's /Length (direct in its dictionary, or the object it refers to) set to `length`. */
function withLength(text: string, dict: string, length: number): string {
  const ref = /\/Length (\d+) 0 R/u.exec(dict);
  if (!ref) return text.replace(dict, dict.replace(/\/Length \d+/u, `/Length ${length}`));
  return text.replace(new RegExp(`(\\n${ref[1]} 0 obj\\s*)\\d+`, 'u'), `$1${length}`);
}

/** eexec encryption (Type 1 spec §7.2), binary form: the whole part, its four leading random bytes included. */
export function crypt(data: Buffer, way: 'encrypt' | 'decrypt'): Buffer {
  const out = Buffer.alloc(data.length);
  let r = EEXEC_KEY;
  for (let i = 0; i < data.length; i++) {
    out[i] = data[i] ^ (r >> 8);
    const cipher = way === 'encrypt' ? out[i] : data[i];
    r = ((cipher + r) * 52845 + 22719) & 0xffff;
  }
  return out;
}
