/**
 * `gongkai check --format pdf`: the HTML report printed by headless Chromium holds every finding's reason as text
 * (read back with pdftotext); without Chromium, one Chinese line and exit 2. Skips where Chromium or poppler's
 * pdftotext is not installed (.ci/run installs both).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ensureBuilt, gongkai, gongkaiWith } from './built.js';
import { CONSISTENT_T3_ROWS, t1, t3, withCell } from './kits/disclosures.js';

const hasChromium = existsSync('/usr/bin/chromium');
const hasPdftotext = spawnSync('pdftotext', ['-v']).status === 0;
if (!hasChromium || !hasPdftotext)
  console.warn(
    '跳过 PDF 报告测试：需要 /usr/bin/chromium 与 pdftotext（apt-get install -y chromium fonts-noto-cjk poppler-utils）',
  );

let dir: string;
beforeAll(() => {
  ensureBuilt();
  dir = mkdtempSync(join(tmpdir(), 'gongkai-pdf-'));
}, 120_000);

const doc = `第二部分 2024年部门预算公开表\n\n${t1()}\n${t3(withCell(CONSISTENT_T3_ROWS, 6, 4, '51.25'))}`;

/** Text without the line breaks and spaces the PDF's layout puts into long messages. */
const flat = (s: string) => s.replace(/\s+/gu, '');

describe('check --format pdf', () => {
  it('refuses with one Chinese line and exit 2 when Chromium is not there', () => {
    const txt = join(dir, 'a.txt');
    writeFileSync(txt, doc);
    const r = gongkaiWith(
      { GONGKAI_CHROMIUM: join(dir, 'no-chromium') },
      'check',
      txt,
      '-f',
      'pdf',
      '-o',
      join(dir, 'x.pdf'),
    );
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(
      /^错误：无法生成 PDF：找不到 Chromium（.*no-chromium）。请安装.*GONGKAI_CHROMIUM/,
    );
    expect(existsSync(join(dir, 'x.pdf'))).toBe(false);
  });

  it.skipIf(!hasChromium || !hasPdftotext)(
    'prints the report: every finding’s reason is in the PDF’s text',
    () => {
      const txt = join(dir, '示例.txt');
      writeFileSync(txt, doc);
      const json = JSON.parse(gongkai('check', txt, '-f', 'json').stdout) as {
        findings: { message: string }[];
      };
      expect(json.findings.length).toBeGreaterThan(0);
      const out = join(dir, '报告.pdf');
      const r = gongkai('check', txt, '-f', 'pdf', '-o', out);
      expect(r.code).toBe(1);
      const text = flat(spawnSync('pdftotext', [out, '-'], { encoding: 'utf8' }).stdout);
      expect(text).toContain('公开文件检查报告');
      for (const f of json.findings) expect(text).toContain(flat(f.message));
    },
    120_000,
  );
});
