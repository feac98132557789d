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
  damagedFont,
  damagedPage,
  damagedStreams,
  damagedXref,
  encrypted,
  hasQpdf,
  shiftedXref,
  truncated,
  wideFontPdf,
  zipBomb,
} from './kits/hostile.js';
import { canConvert } from './kits/office-pdf.js';

let dir: string;
let base: Uint8Array;

beforeAll(() => {
  ensureBuilt();
  dir = mkdtempSync(join(tmpdir(), 'gongkai-hostile-'));
  base = basePdf(dir);
  writeFileSync(join(dir, 'whole.pdf'), base);
}, 400_000);

describe('hostile and broken files', () => {
  it('each is its own exit-2 entry with a named reason, and the batch reports the good file', () => {
    const folder = join(dir, 'batch');
    mkdirSync(folder);
    const files: [string, Uint8Array, RegExp][] = [
      ['1-truncated.pdf', truncated(base), /PDF 文件不完整（末尾缺少 %%EOF 结束标记）/],
      // Once an unhandled rejection that took the batch down: the page it breaks is skipped and named.
      ['2-xref.pdf', damagedXref(base), /第\d+页无法读取，已跳过（Bad \(uncompressed\) XRef entry/],
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
    const docs = JSON.parse(r.stdout).documents as {
      file: string;
      error?: { message: string };
      warnings?: { message: string }[];
    }[];
    expect(docs.map((d) => d.file.split('/').pop())).toEqual(files.map(([name]) => name));
    for (const [i, [name, , message]] of files.entries()) {
      if (name === '6-good.pdf') continue;
      // A damaged file pdf.js can read around is reported, with a notice naming the damage; the rest are refused.
      const said = docs[i].error?.message ?? docs[i].warnings?.map((w) => w.message).join('\n');
      expect(said, name).toMatch(message);
      expect(said, name).toContain(name);
    }
    // The good file is read: a report (or, without LibreOffice, the minimal PDF's "no tables"), not a crash.
    expect(docs[5].error?.message ?? '').not.toMatch(/读取失败|损坏|内部错误/);
  }, 400_000);

  it('says a file is damaged where pdf.js repaired it, and notes the findings on a damaged page', () => {
    const folder = join(dir, 'damaged');
    mkdirSync(folder);
    const files: [string, Uint8Array, RegExp][] = [
      ['1-xref.pdf', shiftedXref(base), /^文件 1-xref\.pdf 有损坏：交叉引用表（xref）损坏，已重建后读取/],
      ['2-page.pdf', damagedPage(base), /^文件 2-page\.pdf 有损坏：第1页的内容流损坏，已尽量读取/],
      ['3-font.pdf', damagedFont(base), /^文件 3-font\.pdf 有损坏：.*字体损坏或缺失/],
    ];
    for (const [name, bytes] of files) writeFileSync(join(folder, name), bytes);
    const r = gongkai('check', folder, '-f', 'json', '--no-progress');
    expect(r.stderr).not.toMatch(/\n\s+at |Warning:/);
    const docs = JSON.parse(r.stdout).documents as {
      warnings: { code: string; message: string }[];
      findings: { severity: string; message: string; data: { damagedPage?: number } }[];
    }[];
    for (const [i, [name, , notice]] of files.entries()) {
      if (!canConvert && name === '3-font.pdf') continue; // the minimal PDF embeds no font
      expect(docs[i].warnings.find((w) => w.code === 'pdf-damaged')?.message, name).toMatch(notice);
    }
    // The rendered disclosure's findings on the page of the damaged font say so.
    if (canConvert) {
      const noted = docs[2].findings.filter((f) => f.data.damagedPage !== undefined);
      expect(noted.length).toBeGreaterThan(0);
      for (const f of noted) expect(f.message).toMatch(/（第\d+页的字体损坏，此处文字可能读错）$/);
    }
    // The whole file gets no notice.
    const whole = gongkai('check', join(dir, 'whole.pdf'), '-f', 'json');
    expect(JSON.parse(whole.stdout).warnings ?? []).toEqual([]);
  }, 180_000);

  it('a single hostile file exits 2 with one line', () => {
    const bad = join(dir, 'alone.pdf');
    writeFileSync(bad, truncated(base));
    const r = gongkai('check', bad);
    expect(r.code).toBe(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
  });
});
