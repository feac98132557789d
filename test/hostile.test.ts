/**
 * The crash kinds of issue 16 as fixtures the tests build: each is an exit-2 entry with a message naming the file
 * and what is wrong, never a stack trace, in a batch whose other files are reported.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ensureBuilt, gongkai, mainJs, root } from './built.js';
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
  wideWidths,
  zipBomb,
} from './kits/hostile.js';
import { CONVERT_SKIP, canConvert } from './kits/office-pdf.js';
import { damagedType1Encoding, damagedType1Subrs } from './kits/type1.js';

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

  it('extract and check --merge read in the checking child too: a file that makes V8 abort is one line, exit 2', () => {
    const wide = join(dir, 'alone-wide.pdf');
    writeFileSync(wide, wideWidths(base) ?? wideFontPdf());
    const r = gongkai('extract', wide, '--max-memory', '512');
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(
      /^错误：.*alone-wide\.pdf：读取失败：(处理进程异常终止|内存用量超过上限)[^\n]*\n$/,
    );
    // So does check --merge, whose files are one disclosure: the whole is refused, naming the file.
    const merged = gongkai('check', join(dir, 'whole.pdf'), wide, '--merge', '--max-memory', '512');
    expect(merged.code).toBe(2);
    expect(merged.stderr).toMatch(/^错误：.*alone-wide\.pdf：读取失败：(处理进程异常终止|内存用量超过上限)/);
  }, 400_000);
});

interface Entry {
  file: string;
  error?: { code: string; message: string };
  tables?: unknown[];
  findings?: { severity: string }[];
  warnings?: { code: string; message: string }[];
}

const TRACE = /\n\s+at |Native stack|Fatal error|FATAL|node:internal/;

/**
 * The damaged file between two copies of the whole rendered PDF, checked as one batch: the entries in order, the
 * exit code, and stdout + stderr. The two whole copies must be reported in full, whatever the damaged one does.
 */
function sandwich(label: string, damaged: Uint8Array, ...options: string[]) {
  const folder = join(dir, `sandwich-${label}`);
  mkdirSync(folder);
  writeFileSync(join(folder, '1-good.pdf'), base);
  writeFileSync(join(folder, `2-${label}.pdf`), damaged);
  writeFileSync(join(folder, '3-good.pdf'), base);
  const r = gongkai('check', folder, '-f', 'json', '--no-progress', ...options);
  expect(`${r.stdout}\n${r.stderr}`, label).not.toMatch(TRACE);
  const docs = JSON.parse(r.stdout).documents as Entry[];
  expect(docs.map((d) => d.file.split('/').pop())).toEqual(['1-good.pdf', `2-${label}.pdf`, '3-good.pdf']);
  for (const good of [docs[0], docs[2]]) {
    expect(good.error, label).toBeUndefined();
    expect(good.warnings, label).toEqual([]);
    expect(good.tables?.length, label).toBeGreaterThan(0);
  }
  expect(docs[2].tables?.length).toBe(docs[0].tables?.length);
  // The README's table: 2 when a file could not be read (over 1), else 1 for error-level findings, else 0.
  const errors = docs.some((d) => d.findings?.some((f) => f.severity === 'error'));
  expect(r.code, label).toBe(docs.some((d) => d.error) ? 2 : errors ? 1 : 0);
  return { code: r.code, damaged: docs[1] };
}

describe('the crash kinds of issue 16, made from the rendered PDF, each in a batch [whole, damaged, whole]', () => {
  it('a font whose /W array declares 175 million glyphs: that file is exit 2 (读取失败), the others reported', () => {
    // Without LibreOffice the base has no TrueType font to damage: the hand-written CID font stands in.
    const wide = wideWidths(base) ?? wideFontPdf();
    const { code, damaged } = sandwich('wide', wide, '--max-memory', '512');
    expect(code).toBe(2);
    expect(damaged.error?.message).toMatch(/2-wide\.pdf：读取失败：(处理进程异常终止|内存用量超过上限)/);
  }, 400_000);

  it('a damaged cross-reference entry: the file is refused or read around, never a rejection that ends the batch', () => {
    // Once an unhandled promise rejection with a stack trace, exit 1 and no report for the other files. pdf.js's
    // promises are awaited now: the entry of the resources every page shares damaged, no page can be read and the
    // file is refused (exit 2)...
    const shared = /\/Resources (\d+) 0 R/u.exec(Buffer.from(base).toString('latin1'))?.[1];
    const refused = sandwich('xref-resources', damagedXref(base, shared ? Number(shared) : 1));
    if (canConvert) {
      expect(refused.code).toBe(2);
      expect(refused.damaged.error?.message).toMatch(
        /2-xref-resources\.pdf：PDF 文件已损坏或格式无效，无法读取（Bad \(uncompressed\) XRef entry/,
      );
    } else {
      expect(refused.damaged.error?.message ?? refused.damaged.warnings?.[0]?.message).toMatch(/损坏/);
    }
    // ...and a page's entry damaged, that page is skipped and named, the rest read (the first test above).
  }, 400_000);

  it('a reader that closes the pipe early (| head) ends check and extract of a PDF quietly', () => {
    const whole = join(dir, 'whole.pdf');
    for (const args of [
      ['check', whole, '-f', 'json'],
      ['extract', whole],
      ['extract', whole, '-f', 'json'],
    ]) {
      const r = spawnSync(
        'bash',
        ['-c', `node ${mainJs} ${args.join(' ')} | head -c 10 >/dev/null; echo "\${PIPESTATUS[0]}"`],
        { cwd: root, encoding: 'utf8' },
      );
      expect(r.stderr, args.join(' ')).toBe('');
      expect([0, 1], args.join(' ')).toContain(Number(r.stdout.trim()));
    }
  }, 400_000);

  it.skipIf(!canConvert)(
    `a Type 1 font program with a number pdf.js would spend minutes on is withheld and said, in seconds ${canConvert ? '' : CONVERT_SKIP}`,
    () => {
      // The fuzz found these (seed 20261222, cases 16 and 84): 120 s and a timeout each, before.
      for (const [label, damaged, reason] of [
        ['type1-encoding', damagedType1Encoding(base), /内置编码表中有编码 590544152，超出 0–255/],
        ['type1-subrs', damagedType1Subrs(base), /子程序（Subrs）编号 99999999，超出 0–65535/],
      ] as const) {
        expect(damaged, label).toBeDefined();
        const started = Date.now();
        const { damaged: entry } = sandwich(label, damaged as Uint8Array, '--timeout', '60');
        // Read with the notice, or, where the withheld font set the tables' titles, refused naming the damage.
        const notice = entry.error?.message ?? entry.warnings?.find((w) => w.code === 'pdf-damaged')?.message;
        expect(notice, label).toMatch(
          /(有损坏|文件有损坏)：第[\d–、]+页的字体损坏或缺失，这些页的文字可能读错（字体程序 \S+（对象 \d+）损坏：/,
        );
        expect(notice, label).toMatch(reason);
        expect(Date.now() - started, label).toBeLessThan(60_000);
      }
    },
    400_000,
  );
});
