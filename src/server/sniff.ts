/**
 * What an uploaded file is, decided by its bytes (never by the name the client sent), and the files inside a zip.
 * The formats listed here are handed to the same reader the CLI uses, which decides whether it can read them;
 * anything else (images, executables, unknown binaries) is refused at the door.
 */
import { unzipSync } from 'fflate';

export type Format = 'pdf' | 'docx' | 'xlsx' | 'html' | 'txt' | 'doc' | 'zip';

/** Extension given to the temporary file the reader sees, so the reader picks the right format. */
export const EXTENSION: Record<Exclude<Format, 'zip'>, string> = {
  pdf: '.pdf',
  docx: '.docx',
  xlsx: '.xlsx',
  html: '.html',
  txt: '.txt',
  doc: '.doc',
};

function startsWith(bytes: Uint8Array, magic: number[]): boolean {
  return magic.every((b, i) => bytes[i] === b);
}

function zipEntryNames(bytes: Uint8Array): string[] | undefined {
  try {
    const names: string[] = [];
    unzipSync(bytes, {
      filter: (f) => {
        names.push(f.name);
        return false;
      },
    });
    return names;
  } catch {
    return undefined;
  }
}

function isText(bytes: Uint8Array): boolean {
  const sample = bytes.subarray(0, 65536);
  if (sample.includes(0)) return false;
  for (const encoding of ['utf-8', 'gb18030']) {
    try {
      new TextDecoder(encoding, { fatal: true }).decode(
        sample.length < bytes.length ? trimTail(sample) : sample,
      );
      return true;
    } catch {}
  }
  return false;
}

/** A 64 KiB sample may cut a multi-byte character in two: drop up to 3 trailing bytes before decoding. */
function trimTail(sample: Uint8Array): Uint8Array {
  let end = sample.length;
  while (end > sample.length - 4 && end > 0 && (sample[end - 1] & 0x80) !== 0) end--;
  return sample.subarray(0, end);
}

export function sniff(bytes: Uint8Array): Format | undefined {
  if (bytes.length === 0) return undefined;
  const head = Buffer.from(bytes.subarray(0, 1024)).toString('latin1');
  if (head.includes('%PDF-')) return 'pdf';
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04]) || startsWith(bytes, [0x50, 0x4b, 0x05, 0x06])) {
    const names = zipEntryNames(bytes);
    if (!names) return undefined;
    if (names.includes('word/document.xml')) return 'docx';
    if (names.includes('xl/workbook.xml')) return 'xlsx';
    return 'zip';
  }
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) return 'doc';
  if (!isText(bytes)) return undefined;
  const start = new TextDecoder('utf-8')
    .decode(bytes.subarray(0, 512))
    .replace(/^\uFEFF/, '')
    .trimStart();
  if (/^<(!doctype html|html|head|body|meta|table)\b/i.test(start)) return 'html';
  return 'txt';
}

export interface ZipLimits {
  maxEntries: number;
  maxBytes: number;
}

/**
 * The files of a zip (folders and hidden files skipped), checked against limits before anything is inflated:
 * a zip bomb is refused by its declared sizes, and the inflate itself is bounded by them.
 */
export function unzipFiles(bytes: Uint8Array, limits: ZipLimits): { name: string; bytes: Uint8Array }[] {
  let total = 0;
  let count = 0;
  const out = unzipSync(bytes, {
    filter: (f) => {
      const base = f.name.split('/').pop() ?? '';
      if (f.name.endsWith('/') || base === '' || base.startsWith('.') || f.name.startsWith('__MACOSX/'))
        return false;
      count++;
      total += f.originalSize;
      if (count > limits.maxEntries) throw new LimitError(`压缩包里的文件超过 ${limits.maxEntries} 个`);
      if (total > limits.maxBytes)
        throw new LimitError(`压缩包解压后超过 ${Math.round(limits.maxBytes / 1048576)} MB`);
      return true;
    },
  });
  return Object.entries(out).map(([name, data]) => ({ name: decodeZipName(name), bytes: data }));
}

/** Chinese zips made on Windows store GBK names without the UTF-8 flag; fflate hands them over as latin1. */
function decodeZipName(name: string): string {
  const base = name.split('/').pop() ?? name;
  if (!/[\x80-\xff]/.test(base) || /[^\x00-\xff]/.test(base)) return base;
  try {
    return new TextDecoder('gb18030', { fatal: true }).decode(Buffer.from(base, 'latin1'));
  } catch {
    return base;
  }
}

export class LimitError extends Error {}
