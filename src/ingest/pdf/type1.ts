/**
 * Type 1 font programs screened before pdf.js parses them. pdf.js's Type 1 parser trusts the numbers it finds in a
 * font program, and a damaged one can keep it busy for minutes inside one synchronous loop that no time budget in
 * the reading thread can interrupt (only the per-file limit, 120 s, ends it):
 * - a built-in encoding entry `dup 590544152 /cid11124 put` (the cleartext part) makes the encoding a sparse array
 *   of that length, which pdf.js then searches once per glyph (Array indexOf walks every index);
 * - a subroutine `dup 99999999 … NP` (the eexec-encrypted part) makes it copy that many entries.
 * A Type 1 encoding maps codes 0–255 and a font has a few thousand subroutines at most, so a number beyond that is
 * damage. Such a program is withheld: its stream is made unreadable in the copy pdf.js is given (same length, so
 * every offset of the file stays), pdf.js sets the font's text with a standard font and its ToUnicode map as for a
 * font that is not embedded, and the report says the font was damaged (./damage.ts).
 */
import { constants, inflateRawSync } from 'node:zlib';

/** A withheld font program: its object number, the name it gives itself, and what is wrong with it. */
export interface WithheldFont {
  object: number;
  name: string;
  reason: string;
}

const MAX_ENCODING_CODE = 255;
const MAX_SUBRS = 65_535;
/** A font program larger than this when inflated is left to pdf.js (Type 1 fonts are tens of kilobytes). */
const MAX_PROGRAM = 32 * 1024 * 1024;
/** How far around a "/Length2" key its stream's dictionary is looked for. */
const DICT_WINDOW = 2048;

const EEXEC_KEY = 55665;

/**
 * The bytes to give pdf.js: `bytes` itself when no font program is damaged so, else a copy with those programs'
 * streams made unreadable; and the fonts withheld.
 */
export function screenType1Fonts(bytes: Uint8Array): { bytes: Uint8Array; withheld: WithheldFont[] } {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const withheld: WithheldFont[] = [];
  let out: Buffer | undefined;
  // Only a Type 1 font file (FontFile) has /Length2: the length of its encrypted part.
  for (let at = buf.indexOf('/Length2'); at >= 0; at = buf.indexOf('/Length2', at + 8)) {
    const stream = streamAround(buf, at);
    if (!stream) continue;
    const program = decoded(buf.subarray(stream.start, stream.end), stream.filter);
    const reason = program && damage(program);
    if (!program || !reason) continue;
    out ??= Buffer.from(buf);
    withhold(out, stream);
    withheld.push({ object: stream.object, name: fontName(program), reason });
  }
  return { bytes: out ? new Uint8Array(out) : bytes, withheld };
}

interface FontStream {
  object: number;
  start: number;
  end: number;
  filter: 'flate' | 'none';
}

/** The stream whose dictionary holds the key at `at`: its object number, data range and filter. */
function streamAround(buf: Buffer, at: number): FontStream | undefined {
  const from = Math.max(0, at - DICT_WINDOW);
  const before = buf.toString('latin1', from, at);
  const head = /(\d+)\s+\d+\s+obj\b(?![\s\S]*\bobj\b)/u.exec(before);
  const after = buf.toString('latin1', at, Math.min(buf.length, at + DICT_WINDOW));
  const key = /^[\s\S]*?\bstream(\r\n|\n|\r)/u.exec(after);
  if (!head || !key || /endobj|endstream/u.test(key[0])) return undefined;
  const dict = before.slice(head.index) + key[0];
  const start = at + key[0].length;
  const end = buf.indexOf('endstream', start);
  if (end < 0) return undefined;
  const filter = /\/Filter\s*(\[\s*)?\/(\w+)\s*(\])?/u.exec(dict);
  if (filter && !(filter[2] === 'FlateDecode' && Boolean(filter[1]) === Boolean(filter[3]))) return undefined;
  return { object: Number(head[1]), start, end, filter: filter ? 'flate' : 'none' };
}

/**
 * The font program as pdf.js would inflate it: without the checksum (pdf.js ignores it) and up to where the data
 * ends. Undefined when it does not inflate at all: pdf.js then fails on it too, at once, and falls back itself.
 */
function decoded(data: Buffer, filter: FontStream['filter']): Buffer | undefined {
  if (filter === 'none') return data;
  if (data.length < 2 || (data[0] & 0x0f) !== 8) return undefined;
  try {
    return inflateRawSync(data.subarray(2), {
      finishFlush: constants.Z_SYNC_FLUSH,
      maxOutputLength: MAX_PROGRAM,
    });
  } catch {
    return undefined;
  }
}

/** What makes the program one pdf.js must not parse, in Chinese; undefined when it is fit to parse. */
function damage(program: Buffer): string | undefined {
  const eexec = program.indexOf('eexec');
  const header = program.toString('latin1', 0, eexec < 0 ? program.length : eexec);
  const code = largest(header, 'dup');
  if (code > MAX_ENCODING_CODE) return `内置编码表中有编码 ${code}，超出 0–255`;
  if (eexec < 0) return undefined;
  const body = decrypt(program.subarray(eexec + 5));
  const subrs = body.indexOf('/Subrs');
  if (subrs < 0) return undefined;
  const end = body.indexOf('/CharStrings', subrs);
  const index = largest(body.slice(subrs, end < 0 ? undefined : end), 'dup');
  if (index > MAX_SUBRS) return `子程序（Subrs）编号 ${index}，超出 0–${MAX_SUBRS}`;
  return undefined;
}

/** The largest number following `word` as a token, read as pdf.js reads it (leading digits, 32-bit). */
function largest(text: string, word: string): number {
  let max = 0;
  const tokens = new RegExp(`(?:^|[\\s/\\[\\]{}()])${word}[\\s]+([^\\s/\\[\\]{}()%]+)`, 'gu');
  for (const m of text.matchAll(tokens)) max = Math.max(max, Number.parseInt(m[1], 10) | 0);
  return max;
}

const isHex = (c: number) => (c >= 48 && c <= 57) || (c >= 65 && c <= 70) || (c >= 97 && c <= 102);
const isBlank = (c: number) => c === 32 || c === 9 || c === 10 || c === 13 || c === 12 || c === 0;

/** The eexec part in clear, as latin1: binary, or hexadecimal when its first bytes are hex digits (as pdf.js). */
function decrypt(data: Buffer): string {
  let i = 0;
  while (i < data.length && isBlank(data[i])) i++;
  const cipher = data.subarray(i);
  const hex = cipher.length >= 8 && [...cipher.subarray(0, 8)].every(isHex);
  const bytes = hex ? Buffer.from(cipher.toString('latin1').replace(/[^0-9a-fA-F]/gu, ''), 'hex') : cipher;
  const clear = Buffer.alloc(bytes.length);
  let r = EEXEC_KEY;
  for (let k = 0; k < bytes.length; k++) {
    clear[k] = bytes[k] ^ (r >> 8);
    r = ((bytes[k] + r) * 52845 + 22719) & 0xffff;
  }
  return clear.toString('latin1', 4);
}

/** The name the program gives itself (/FontName), for the notice. */
function fontName(program: Buffer): string {
  const head = program.toString('latin1', 0, Math.min(program.length, 4096));
  return /\/FontName\s*\/([^\s/[\]{}()<>%]+)/u.exec(head)?.[1] ?? '';
}

/**
 * The stream made unreadable where it lies: a compressed one gets a zlib header pdf.js refuses ("Unknown
 * compression method in flate stream: 0, 0"), an uncompressed one becomes blanks (a program with no font in it).
 */
function withhold(out: Buffer, stream: FontStream): void {
  if (stream.filter === 'flate') out.fill(0, stream.start, stream.start + 2);
  else out.fill(0x20, stream.start, stream.end);
}
