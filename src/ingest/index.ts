/**
 * Readers: bytes → RawDocument. The reader is chosen by content (./sniff.ts: magic bytes, zip entries, OLE
 * streams), never by the file's name; every reader emits the same RawDocument, so nothing downstream knows the
 * format. Command-line paths (directories, zips) become inputs in ./inputs.ts; `readInput` reads one.
 */
import type { RawDocument } from '../model/raw.js';
import { IngestError } from './errors.js';
import { INPUT_LIMITS, type Input } from './inputs.js';
import { CellCount, type ReadLimits, readLimits } from './limits.js';
import { sniff } from './sniff.js';
import { decodeText } from './text/decode.js';
import { parseWordText } from './text/index.js';

export { IngestError, isIngestError } from './errors.js';
export { DOCUMENT_EXTENSIONS, expandInputs, INPUT_LIMITS, type Input, type InputLimits } from './inputs.js';
export { READ_LIMITS, type ReadLimits, readLimits } from './limits.js';
export { parseWordText } from './text/index.js';

/** Files above this size are refused before reading (a disclosure is a few MB at most). */
export const MAX_BYTES = INPUT_LIMITS.maxBytes;

function readText(name: string, bytes: Uint8Array, limits: ReadLimits): RawDocument {
  const decoded = decodeText(bytes);
  if (!decoded) {
    throw new IngestError(
      'binary',
      name,
      bytes.subarray(0, 65536).includes(0)
        ? `${name}：不是文本文件，也不是可识别的 PDF/Word/Excel/网页文件`
        : `${name}：文本编码无法识别（不是 UTF-8、UTF-16，也不是 GB18030/GBK）`,
    );
  }
  if (decoded.text.length > limits.maxTextChars) {
    throw new IngestError(
      'too-large',
      name,
      `${name}：文字过多（${decoded.text.length} 个字符），上限 ${limits.maxTextChars} 个（可用 --max-text 调整）`,
    );
  }
  if (decoded.text.trim() === '') throw new IngestError('empty', name, `${name}：文件里没有文字`);
  return parseWordText(decoded.text, name, new CellCount(name, limits.maxCells));
}

/** Read a document from its bytes; `name` is what messages and provenance call it. */
export async function readDocumentBytes(
  name: string,
  bytes: Uint8Array,
  limits: Partial<ReadLimits> = {},
): Promise<RawDocument> {
  const lim = readLimits(limits);
  if (bytes.length === 0) throw new IngestError('empty', name, `${name}：文件是空的`);
  const kind = sniff(bytes);
  switch (kind) {
    case 'pdf': {
      const { readPdf } = await import('./pdf/index.js');
      return readPdf(name, bytes, lim);
    }
    case 'zip':
      throw new IngestError(
        'unsupported-format',
        name,
        `${name}：这是压缩包；请用 gongkai check 检查它，会逐个检查其中的文件`,
      );
    case 'encrypted-office':
      throw new IngestError('encrypted', name, `${name}：文件设了打开密码，请提供未加密的文件`);
    case 'docx': {
      const { readDocx } = await import('./docx/index.js');
      return readDocx(name, bytes, lim);
    }
    case 'xlsx': {
      const { readXlsx } = await import('./xlsx/index.js');
      return readXlsx(name, bytes, lim);
    }
    case 'office-zip':
    case 'ole': {
      const { readThroughOffice } = await import('./office/index.js');
      return readThroughOffice(name, bytes, kind === 'ole' ? 'ole' : 'zip', lim);
    }
    case 'html': {
      const { readHtml } = await import('./html/index.js');
      return readHtml(name, bytes, lim);
    }
    case 'image':
      throw new IngestError('unsupported-format', name, `${name}：这是图片，请转成 PDF 后再检查`);
    default:
      return readText(name, bytes, lim);
  }
}

/** Read one input of expandInputs. */
export async function readInput(input: Input): Promise<RawDocument> {
  return readDocumentBytes(input.name, await input.load());
}

/** The one document a path names; a zip or a folder is refused here (expandInputs reads what they hold). */
export async function singleInput(path: string): Promise<Input> {
  const { expandInputs } = await import('./inputs.js');
  const inputs = await expandInputs([path]);
  if (inputs.length !== 1 || inputs[0].name !== path) {
    throw new IngestError(
      'unsupported-format',
      path,
      `${path}：这是压缩包或目录；请用 gongkai check 检查它，会逐个检查其中的文件`,
    );
  }
  return inputs[0];
}

/** Read one file by path (a zip is refused here: expand it with expandInputs). */
export async function readDocument(path: string): Promise<RawDocument> {
  return readInput(await singleInput(path));
}
