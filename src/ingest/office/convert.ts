/**
 * Old and other office formats (.doc .xls .wps .et, ODF) → DOCX/XLSX bytes through LibreOffice, when it is
 * installed: `soffice --headless --convert-to`, in a private temporary folder with its own LibreOffice profile (so
 * parallel checks do not collide on the user's), within a time limit. GONGKAI_SOFFICE names another soffice.
 */
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { IngestError } from '../errors.js';
import type { Target } from './kind.js';

/** LibreOffice starts in a few seconds and converts a disclosure in a few more. */
export const CONVERT_TIMEOUT_MS = 120_000;

const INSTALL =
  '需要安装 LibreOffice 才能读取旧版 Word/Excel/WPS 文件（.doc/.xls/.wps/.et）和 OpenDocument 文件；请安装 LibreOffice（如 apt install libreoffice-writer-nogui libreoffice-calc-nogui），或把文件另存为 .docx/.xlsx/PDF 后再检查';

function run(cmd: string, args: string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    execFile(cmd, args, { timeout: CONVERT_TIMEOUT_MS, maxBuffer: 1 << 20 }, (error) =>
      error ? reject(error) : resolve(),
    );
  });
}

export async function convertWithOffice(
  name: string,
  bytes: Uint8Array,
  target: Target,
): Promise<Uint8Array> {
  const soffice = process.env.GONGKAI_SOFFICE || 'soffice';
  const dir = await mkdtemp(join(tmpdir(), 'gongkai-office-'));
  try {
    // The input's name is ours: the user's may hold characters a shell or LibreOffice's URL parsing dislikes.
    const input = join(dir, 'input.bin');
    await writeFile(input, bytes);
    try {
      await run(soffice, [
        '--headless',
        '--norestore',
        `-env:UserInstallation=file://${dir}/profile`,
        '--convert-to',
        target,
        '--outdir',
        dir,
        input,
      ]);
    } catch (e) {
      const err = e as NodeJS.ErrnoException & { killed?: boolean };
      if (err.code === 'ENOENT') throw new IngestError('unsupported-format', name, `${name}：${INSTALL}`);
      if (err.killed) {
        throw new IngestError(
          'corrupt',
          name,
          `${name}：LibreOffice 在 ${CONVERT_TIMEOUT_MS / 1000} 秒内未能完成转换，文件可能已损坏`,
        );
      }
      throw new IngestError(
        'corrupt',
        name,
        `${name}：LibreOffice 无法转换此文件（${err.message.split('\n')[0]}）`,
      );
    }
    try {
      return new Uint8Array(await readFile(join(dir, `input.${target}`)));
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
