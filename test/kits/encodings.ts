/** Test helpers: text in UTF-16BE and GBK/GB18030 (Node encodes neither). Test-only. */

export function utf16be(s: string): Buffer {
  const le = Buffer.from(s, 'utf16le');
  for (let i = 0; i + 1 < le.length; i += 2) [le[i], le[i + 1]] = [le[i + 1], le[i]];
  return le;
}

/** GBK bytes of one character, found by decoding every two-byte GBK code once. */
const GBK = (() => {
  const map = new Map<string, number[]>();
  const dec = new TextDecoder('gb18030');
  for (let a = 0x81; a <= 0xfe; a++)
    for (let b = 0x40; b <= 0xfe; b++) {
      if (b === 0x7f) continue;
      const ch = dec.decode(new Uint8Array([a, b]));
      if (!map.has(ch)) map.set(ch, [a, b]);
    }
  return map;
})();
export const gb18030 = (s: string) => Buffer.from([...s].flatMap(gbkOf));

function gbkOf(c: string): number[] {
  if (c.charCodeAt(0) < 0x80) return [c.charCodeAt(0)];
  const bytes = GBK.get(c);
  if (!bytes) throw new Error(`no GBK code for ${c}`);
  return bytes;
}
