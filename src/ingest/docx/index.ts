/**
 * DOCX (Word 2007+, and WPS saving as .docx) → RawDocument. Reads the main document part only (headers, footers and
 * footnotes hold no disclosure tables). Strict OOXML, DTDs and oversized parts are refused in ../ooxml.
 */
import type { RawDocument } from '../../model/raw.js';
import { IngestError } from '../errors.js';
import { CellCount, type ReadLimits } from '../limits.js';
import { child, parseXml } from '../ooxml/xml.js';
import { packageEntries, readParts } from '../ooxml/zip.js';
import { type Counters, readBlocks } from './body.js';

/** The main part: word/document.xml, or what WPS and some converters name word/document2.xml. */
function mainPart(names: string[]): string | undefined {
  if (names.includes('word/document.xml')) return 'word/document.xml';
  return names.filter((n) => /^word\/document\d*\.xml$/u.test(n)).sort()[0];
}

function textChars(doc: RawDocument): number {
  let n = 0;
  for (const b of doc.blocks) {
    if (b.type === 'paragraph') n += b.text.length;
    else for (const r of b.rows) for (const c of r.cells) n += c.text.length;
  }
  return n;
}

export function readDocx(name: string, bytes: Uint8Array, limits: ReadLimits): RawDocument {
  const entries = [...packageEntries(bytes, name).keys()];
  const part = mainPart(entries);
  if (!part)
    throw new IngestError('corrupt', name, `${name}：不是完整的 Word 文件（缺少 word/document.xml）`);
  const xml = readParts(bytes, name, [part]).get(part) ?? '';
  if (xml.length > limits.maxTextChars * 20) {
    throw new IngestError('too-large', name, `${name}：文档过大（${part} 有 ${xml.length} 个字符）`);
  }
  const body = child(parseXml(xml, name, part), 'w:body');
  if (!body) throw new IngestError('corrupt', name, `${name}：Word 文件的正文（w:body）缺失`);
  const counters: Counters = {
    paragraph: 0,
    table: 0,
    images: 0,
    cells: new CellCount(name, limits.maxCells),
  };
  const doc: RawDocument = {
    source: { path: name, format: 'docx' },
    blocks: readBlocks(body, counters),
    warnings: [],
  };
  const chars = textChars(doc);
  if (chars > limits.maxTextChars) {
    throw new IngestError(
      'too-large',
      name,
      `${name}：文字过多（${chars} 个字符），上限 ${limits.maxTextChars} 个（可用 --max-text 调整）`,
    );
  }
  if (chars === 0) {
    const images = counters.images > 0 || entries.some((e) => e.startsWith('word/media/'));
    throw images
      ? new IngestError(
          'no-text-layer',
          name,
          `${name}：Word 文件里只有图片、没有文字（可能是扫描件贴进了 Word），无法检查；请提供文字版`,
        )
      : new IngestError('empty', name, `${name}：Word 文件里没有文字`);
  }
  return doc;
}
