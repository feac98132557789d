/**
 * The crash kinds of issue 16 as fixtures the tests build: each is an exit-2 entry with a message naming the file
 * and what is wrong, never a stack trace, in a batch whose other files are reported.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ensureBuilt, gongkai } from './built.js';
import {
  basePdf,
  damagedStreams,
  damagedXref,
  encrypted,
  hasQpdf,
  truncated,
  wideFontPdf,
  zipBomb,
} from './kits/hostile.js';

let dir: string;
let base: Uint8Array;

beforeAll(() => {
  ensureBuilt();
  dir = mkdtempSync(join(tmpdir(), 'gongkai-hostile-'));
  base = basePdf(dir);
}, 180_000);

describe('hostile and broken files', () => {
  it('each is its own exit-2 entry with a named reason, and the batch reports the good file', () => {
    const folder = join(dir, 'batch');
    mkdirSync(folder);
    const files: [string, Uint8Array, RegExp][] = [
      ['1-truncated.pdf', truncated(base), /PDF 文件不完整（末尾缺少 %%EOF 结束标记）/],
      [
        '2-xref.pdf',
        damagedXref(base),
        /PDF 文件已损坏或格式无效，无法读取（Bad \(uncompressed\) XRef entry/,
      ],
      ['3-streams.pdf', damagedStreams(base), /PDF 文件已损坏或格式无效，无法读取（.*(flate|stream)/i],
      ['4-wide-font.pdf', wideFontPdf(), /读取失败：(处理进程异常终止|内存用量超过上限)/],
      ['5-bomb.zip', zipBomb(), /解压后过大（210 MB），单个文件上限 200 MB，拒绝解压/],
      ['6-good.pdf', base, /./],
    ];
    if (hasQpdf) files.push(['7-encrypted.pdf', encrypted(base, dir), /PDF 已加密（需要密码才能打开）/]);
    for (const [name, bytes] of files) writeFileSync(join(folder, name), bytes);
    const r = gongkai('check', folder, '-f', 'json', '--no-progress', '--max-memory', '512');
    expect(r.code).toBe(2);
    expect(r.stderr).not.toMatch(/\n\s+at |Native stack|Fatal error/);
    const docs = JSON.parse(r.stdout).documents as { file: string; error?: { message: string } }[];
    expect(docs.map((d) => d.file.split('/').pop())).toEqual(files.map(([name]) => name));
    for (const [i, [name, , message]] of files.entries()) {
      if (name === '6-good.pdf') continue;
      expect(docs[i].error?.message, name).toMatch(message);
      expect(docs[i].error?.message, name).toContain(name);
    }
    // The good file is read: a report (or, without LibreOffice, the minimal PDF's "no tables"), not a crash.
    expect(docs[5].error?.message ?? '').not.toMatch(/读取失败|损坏|内部错误/);
  }, 180_000);

  it('a single hostile file exits 2 with one line', () => {
    const bad = join(dir, 'alone.pdf');
    writeFileSync(bad, truncated(base));
    const r = gongkai('check', bad);
    expect(r.code).toBe(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
  });
});
