/**
 * Office files gongkai does not parse itself — Word/Excel 97–2003, WPS 文字/表格 (.wps/.et), OpenDocument — are
 * converted by LibreOffice to DOCX/XLSX and read by those readers; a notice in the report says so.
 */
import type { RawDocument } from '../../model/raw.js';
import { IngestError } from '../errors.js';
import type { ReadLimits } from '../limits.js';
import { convertWithOffice } from './convert.js';
import { oleTarget, type Target, zipTarget } from './kind.js';

const KIND: Record<Target, string> = { docx: 'Word/WPS 文字', xlsx: 'Excel/WPS 表格' };

export async function readThroughOffice(
  name: string,
  bytes: Uint8Array,
  container: 'ole' | 'zip',
  limits: ReadLimits,
): Promise<RawDocument> {
  const target = container === 'ole' ? oleTarget(bytes) : zipTarget(bytes);
  if (!target) {
    throw new IngestError(
      'unsupported-format',
      name,
      `${name}：这是 Office 文件，但不是 Word、Excel 或 WPS 文档（如 PowerPoint 演示文稿），无法检查`,
    );
  }
  const converted = await convertWithOffice(name, bytes, target);
  const doc =
    target === 'docx'
      ? (await import('../docx/index.js')).readDocx(name, converted, limits)
      : await (await import('../xlsx/index.js')).readXlsx(name, converted, limits);
  doc.warnings.unshift({
    code: 'converted-by-libreoffice',
    message: `${name} 是旧版或其他格式的${KIND[target]}文件，已由 LibreOffice 转换为 ${target} 后读取`,
  });
  return doc;
}
