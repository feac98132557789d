/**
 * The bytes of a web page → its text. The encoding: a BOM first; then the page's own declaration
 * (<meta charset>, <meta http-equiv content="…charset=…">, <?xml encoding>) when the bytes decode cleanly in it;
 * then detection as for text files (strict UTF-8, else GB18030). gb2312/gbk/x-gbk are read as GB18030, their
 * superset — government pages labelled gb2312 often hold GBK-only characters.
 */
import { decodeText } from '../text/decode.js';

const ALIASES: Record<string, string> = {
  gb2312: 'gb18030',
  gbk: 'gb18030',
  'x-gbk': 'gb18030',
  gb_2312: 'gb18030',
  'gb_2312-80': 'gb18030',
  cp936: 'gb18030',
  'windows-936': 'gb18030',
  gb18030: 'gb18030',
  'utf-8': 'utf-8',
  utf8: 'utf-8',
  big5: 'big5',
};

export function declaredCharset(bytes: Uint8Array): string | undefined {
  const head = Buffer.from(bytes.subarray(0, 4096)).toString('latin1');
  const m =
    /<meta[^>]+charset\s*=\s*["']?\s*([\w:.-]+)/iu.exec(head) ??
    /<\?xml[^>]+encoding\s*=\s*["']([\w:.-]+)/iu.exec(head);
  return m ? (ALIASES[m[1].toLowerCase()] ?? m[1].toLowerCase()) : undefined;
}

export function decodeHtml(bytes: Uint8Array): string | undefined {
  const bom =
    (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) ||
    (bytes[0] === 0xff && bytes[1] === 0xfe) ||
    (bytes[0] === 0xfe && bytes[1] === 0xff);
  if (!bom) {
    const declared = declaredCharset(bytes);
    if (declared) {
      try {
        return new TextDecoder(declared, { fatal: true }).decode(bytes);
      } catch {
        // An unknown label or bytes that do not fit it: the page is wrong about itself; detect instead.
      }
    }
  }
  return decodeText(bytes)?.text;
}
