/**
 * One disclosure in two files (北京 publishes its 情况说明 and its 预算01表… tables apart): `check --merge` reads
 * them as one and checks the narrative against the tables, as it does for the single file.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ensureBuilt, gongkai, root } from './built.js';

const findings = (json: string) =>
  (JSON.parse(json).findings as { rule: string; message: string }[])
    .map((f) => `${f.rule} ${f.message}`)
    .sort();

describe('check --merge', () => {
  const dir = mkdtempSync(join(tmpdir(), 'gongkai-merge-'));
  const whole = join(root, 'examples/example-disclosure.txt');
  const [tables, narrative] = [join(dir, '预算表.txt'), join(dir, '情况说明.txt')];
  beforeAll(() => {
    ensureBuilt();
    const lines = readFileSync(whole, 'utf8').split('\n');
    const cut = lines.findIndex((l) => l.startsWith('第三部分'));
    writeFileSync(tables, lines.slice(0, cut).join('\n'));
    writeFileSync(narrative, `${lines[0]}\n\n${lines.slice(cut).join('\n')}`);
  });

  it('finds in the two files what it finds in the one', () => {
    const one = gongkai('check', whole, '-f', 'json');
    const two = gongkai('check', tables, narrative, '--merge', '-f', 'json');
    expect(two.code).toBe(one.code);
    expect(findings(two.stdout)).toEqual(findings(one.stdout));
    expect(JSON.parse(two.stdout).file).toBe(`${tables} + ${narrative}`);
  });

  it('checks the tables alone without the narrative, and names the narrative file for what it is', () => {
    const alone = gongkai('check', tables, narrative, '-f', 'json');
    const docs = JSON.parse(alone.stdout).documents;
    expect(docs[1].error.message).toContain('只有文字说明');
    expect(findings(JSON.stringify(docs[0])).some((f) => f.startsWith('narrative-'))).toBe(false);
  });
});
