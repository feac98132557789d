/**
 * Bytes of a text file → string, the encoding detected, not assumed: a BOM (UTF-8, UTF-16LE/BE) first; UTF-16
 * without a BOM by its zero bytes; then strict UTF-8; then GB18030 (a superset of GBK and GB2312, what Chinese
 * Windows saves as "ANSI"). Undefined when none of them decodes the bytes cleanly.
 */

export type TextEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'gb18030';

function strict(encoding: TextEncoding, bytes: Uint8Array): string | undefined {
  try {
    return new TextDecoder(encoding, { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    return undefined;
  }
}

/** UTF-16 without a BOM: ASCII characters (digits, TABs, line breaks) give a zero in every other byte. */
function utf16ByZeros(bytes: Uint8Array): TextEncoding | undefined {
  const n = Math.min(bytes.length - (bytes.length % 2), 8192);
  if (n < 8) return undefined;
  let even = 0;
  let odd = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) even++;
    if (bytes[i + 1] === 0) odd++;
  }
  const pairs = n / 2;
  if (odd > pairs * 0.2 && even * 4 < odd) return 'utf-16le';
  if (even > pairs * 0.2 && odd * 4 < even) return 'utf-16be';
  return undefined;
}

export function detectEncoding(bytes: Uint8Array): TextEncoding | undefined {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  const wide = utf16ByZeros(bytes);
  if (wide) return wide;
  if (bytes.subarray(0, 65536).includes(0)) return undefined;
  if (strict('utf-8', bytes) !== undefined) return 'utf-8';
  if (strict('gb18030', bytes) !== undefined) return 'gb18030';
  return undefined;
}

/** The decoded text (BOM removed) and its encoding, or undefined when the bytes are not text we can read. */
export function decodeText(bytes: Uint8Array): { text: string; encoding: TextEncoding } | undefined {
  const encoding = detectEncoding(bytes);
  if (!encoding) return undefined;
  const text = strict(encoding, bytes);
  if (text === undefined) return undefined;
  return { text: text.replace(/^\uFEFF/u, ''), encoding };
}
