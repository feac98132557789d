/**
 * The command line as a user meets it: exit codes, one clear line for bad input (no stack trace), a batch that goes
 * on past a bad file, and JSON that scripts can read.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { CONSISTENT_T3_ROWS, t1, t3, withCell } from '../src/rules/test-fixtures.js';

const root = fileURLToPath(new URL('..', import.meta.url));

function gongkai(...args: string[]) {
  const r = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', ...args], {
    cwd: root,
    encoding: 'utf8',
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

let dir: string;
const file = (name: string, content: string | Buffer) => {
  const p = join(dir, name);
  writeFileSync(p, content);
  return p;
};

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'gongkai-cli-'));
});

const doc = (t3text: string) => `第二部分 2024年部门预算公开表\n\n${t1()}\n${t3text}`;

describe('gongkai check', () => {
  it('exits 0 on a consistent document and 1 when an error-level finding is reported', () => {
    expect(gongkai('check', file('ok.txt', doc(t3()))).code).toBe(0);
    const bad = gongkai('check', file('bad.txt', doc(t3(withCell(CONSISTENT_T3_ROWS, 6, 4, '51.25')))));
    expect(bad.code).toBe(1);
    expect(bad.stdout).toContain('212 01 01 行政运行');
  });

  it('gives one clear line and exit 2 for a missing, empty, binary or foreign file — no stack trace', () => {
    const cases = [
      [join(dir, 'nope.pdf'), '不存在'],
      [file('empty.txt', ''), '空'],
      [file('binary.bin', Buffer.from([0, 1, 2, 3, 0, 255, 254])), '不是文本文件'],
      [file('letter.txt', '各位同事：\n\n明天开会。\n'), '没有识别出'],
    ] as const;
    for (const [path, words] of cases) {
      const r = gongkai('check', path);
      expect(r.code, path).toBe(2);
      expect(r.stderr, path).toContain(words);
      expect(r.stderr, path).toContain(path.split('/').pop());
      expect(r.stderr, path).not.toMatch(/\n\s+at /);
    }
  });

  it('checks the other files of a batch and reports the bad one; JSON has one entry per file', () => {
    const good = file('good.txt', doc(t3()));
    const r = gongkai('check', good, join(dir, 'missing.txt'), '--format', 'json', '--no-progress');
    expect(r.code).toBe(2);
    const batch = JSON.parse(r.stdout);
    expect(batch.schemaVersion).toBeTypeOf('string');
    expect(batch.documents).toHaveLength(2);
    expect(batch.documents[0].tables.length).toBeGreaterThan(0);
    expect(batch.documents[1].error.code).toBe('not-found');
  });

  it('refuses an unknown format with exit 2 and explains --help in Chinese', () => {
    expect(gongkai('check', file('x.txt', doc(t3())), '--format', 'pdf').code).toBe(2);
    expect(gongkai('check').code).toBe(2);
    const help = gongkai('check', '--help');
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('退出码');
  });
});

describe('gongkai extract and rules', () => {
  it('dumps what was read as JSON: the raw grids and the recognized tables', () => {
    const r = gongkai('extract', file('e.txt', doc(t3())), '--format', 'json');
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out.raw.blocks.some((b: { type: string }) => b.type === 'table')).toBe(true);
    expect(out.tables.map((t: { label: string }) => t.label)).toEqual(['表1', '表3']);
  });

  it('renders the example data into a disclosure that checks clean, and the bundled misprint is named', () => {
    const rendered = gongkai('render', 'examples/example-budget.json');
    expect(rendered.code).toBe(0);
    expect(gongkai('check', file('rendered.txt', rendered.stdout)).code).toBe(0);
    const example = gongkai('check', 'examples/example-disclosure.txt', '--no-color');
    expect(example.code).toBe(1);
    expect(example.stdout).toContain('表5 210 11 02 事业单位医疗 · 基本支出：35.43，改为 34.53');
  });

  it('lists the rules from their metadata', () => {
    const r = gongkai('rules', '--format', 'json');
    expect(JSON.parse(r.stdout).map((m: { id: string }) => m.id)).toContain('identity-row-sum');
  });
});
