/**
 * Old and other office formats (.doc .xls .wps .et, ODF) → DOCX/XLSX bytes through LibreOffice, when it is
 * installed: `soffice --headless --convert-to` as src/programs runs it (a private temporary folder and LibreOffice
 * profile, so parallel checks do not collide on the user's; a time limit). GONGKAI_SOFFICE names another soffice.
 */
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { firstLine, notInstalled, timedOut } from '../../programs/run.js';
import { sofficeConvert } from '../../programs/soffice.js';
import { IngestError } from '../errors.js';
import type { Target } from './kind.js';

/** LibreOffice starts in a few seconds and converts a disclosure in a few more. */
export const CONVERT_TIMEOUT_MS = 120_000;

const INSTALL =
  '需要安装 LibreOffice 才能读取旧版 Word/Excel/WPS 文件（.doc/.xls/.wps/.et）和 OpenDocument 文件；请安装 LibreOffice（如 apt install libreoffice-writer-nogui libreoffice-calc-nogui），或把文件另存为 .docx/.xlsx/PDF 后再检查';

function conversionFailed(name: string, e: unknown): IngestError {
  if (notInstalled(e)) return new IngestError('unsupported-format', name, `${name}：${INSTALL}`);
  if (timedOut(e)) {
    return new IngestError(
      'corrupt',
      name,
      `${name}：LibreOffice 在 ${CONVERT_TIMEOUT_MS / 1000} 秒内未能完成转换，文件可能已损坏`,
    );
  }
  return new IngestError('corrupt', name, `${name}：LibreOffice 无法转换此文件（${firstLine(e)}）`);
}

export async function convertWithOffice(
  name: string,
  bytes: Uint8Array,
  target: Target,
): Promise<Uint8Array> {
  const dir = await mkdtemp(join(tmpdir(), 'gongkai-office-'));
  try {
    // The input's name is ours: the user's may hold characters a shell or LibreOffice's URL parsing dislikes.
    const input = join(dir, 'input.bin');
    await writeFile(input, bytes);
    let output: string;
    try {
      [output] = await sofficeConvert([input], target, dir, CONVERT_TIMEOUT_MS);
    } catch (e) {
      throw conversionFailed(name, e);
    }
    try {
      return new Uint8Array(await readFile(output));
    } catch {
      throw new IngestError(
        'corrupt',
        name,
        `${name}：LibreOffice 未能打开此文件（已损坏、设了密码，或不是它认识的格式）`,
      );
    }
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
