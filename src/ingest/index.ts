/**
 * Readers: bytes → RawDocument. Picks the reader by content (PDF magic) and extension; every reader emits the
 * same RawDocument, so nothing downstream knows the format.
 */
import { readFile, stat } from 'node:fs/promises';
import { extname } from 'node:path';
import type { RawDocument } from '../model/raw.js';
import { IngestError } from './errors.js';
import { parseWordText } from './text/index.js';

export { IngestError, isIngestError } from './errors.js';
export { parseWordText } from './text/index.js';

/** Files above this size are refused before reading (a disclosure is a few MB at most). */
export const MAX_BYTES = 200 * 1024 * 1024;

async function readBytes(path: string): Promise<Uint8Array> {
  let size: number;
  try {
    const s = await stat(path);
    if (s.isDirectory()) throw new IngestError('unreadable', path, `${path}：这是一个目录，不是文件`);
    size = s.size;
  } catch (e) {
    if (e instanceof IngestError) throw e;
    throw new IngestError('not-found', path, `${path}：文件不存在或无法访问`);
  }
  if (size === 0) throw new IngestError('empty', path, `${path}：文件是空的`);
  if (size > MAX_BYTES) {
    throw new IngestError(
      'too-large',
      path,
      `${path}：文件过大（${(size / 1048576).toFixed(0)} MB），上限 200 MB`,
    );
  }
  return new Uint8Array(await readFile(path));
}

function isPdf(bytes: Uint8Array): boolean {
  const head = Buffer.from(bytes.subarray(0, 1024)).toString('latin1');
  return head.includes('%PDF-');
}

function decodeText(path: string, bytes: Uint8Array): string {
  const sample = bytes.subarray(0, 65536);
  if (sample.includes(0))
    throw new IngestError('binary', path, `${path}：不是文本文件，也不是可识别的 PDF/Office 文件`);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    // Some publishers save GB18030; Node's full-ICU TextDecoder reads it.
    try {
      return new TextDecoder('gb18030', { fatal: true }).decode(bytes);
    } catch {
      throw new IngestError('binary', path, `${path}：文本编码无法识别（既不是 UTF-8 也不是 GB18030）`);
    }
  }
}

export async function readDocument(path: string): Promise<RawDocument> {
  const bytes = await readBytes(path);
  const ext = extname(path).toLowerCase();
  if (isPdf(bytes) || ext === '.pdf') {
    const { readPdf } = await import('./pdf/index.js');
    return readPdf(path, bytes);
  }
  if (['.docx', '.xlsx', '.doc', '.xls', '.wps', '.et'].includes(ext)) {
    throw new IngestError('unsupported-format', path, `${path}：暂不支持 ${ext} 格式（支持 .txt 与 .pdf）`);
  }
  const text = decodeText(path, bytes);
  if (text.trim() === '') throw new IngestError('empty', path, `${path}：文件里没有文字`);
  return parseWordText(text, path);
}
