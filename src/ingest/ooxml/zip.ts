/**
 * The parts of an OOXML package (DOCX, XLSX): named entries of the zip, each checked against a size cap on its
 * declared size before it is decompressed (a zip bomb is refused, not inflated), decoded as UTF-8 XML text.
 */
import { unzipSync } from 'fflate';
import { IngestError } from '../errors.js';

/** Largest XML part read (a 300-page document.xml is ~20 MB; the parser needs several times the text in memory). */
export const MAX_PART_BYTES = 64 * 1024 * 1024;

const MB = 1024 * 1024;

/** The entry names of the package. Throws IngestError when it is not a readable zip. */
export function packageEntries(bytes: Uint8Array, file: string): Map<string, number> {
  const sizes = new Map<string, number>();
  try {
    unzipSync(bytes, {
      filter: (f) => {
        sizes.set(f.name, f.originalSize);
        return false;
      },
    });
  } catch (e) {
    throw new IngestError('corrupt', file, `${file}：文件已损坏，无法解压（${(e as Error).message}）`);
  }
  return sizes;
}

/** Decompress the named parts (those present) as text. */
export function readParts(
  bytes: Uint8Array,
  file: string,
  names: string[],
  maxBytes = MAX_PART_BYTES,
): Map<string, string> {
  const sizes = packageEntries(bytes, file);
  const wanted = new Set(names.filter((n) => sizes.has(n)));
  let total = 0;
  for (const n of wanted) {
    total += sizes.get(n) ?? 0;
    if (total > maxBytes) {
      throw new IngestError(
        'too-large',
        file,
        `${file}：解压后内容过大（超过 ${maxBytes / MB} MB），可能是压缩炸弹，拒绝读取`,
      );
    }
  }
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(bytes, { filter: (f) => wanted.has(f.name) });
  } catch (e) {
    throw new IngestError('corrupt', file, `${file}：文件已损坏，无法解压（${(e as Error).message}）`);
  }
  const out = new Map<string, string>();
  for (const n of wanted) if (files[n]) out.set(n, xmlText(files[n]));
  return out;
}

/** XML parts are UTF-8, or UTF-16 with a BOM (the only encodings OOXML allows). */
function xmlText(b: Uint8Array): string {
  const encoding =
    b[0] === 0xff && b[1] === 0xfe ? 'utf-16le' : b[0] === 0xfe && b[1] === 0xff ? 'utf-16be' : 'utf-8';
  return new TextDecoder(encoding).decode(b);
}
