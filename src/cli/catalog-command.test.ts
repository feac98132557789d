import { Command } from 'commander';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { registerCatalogCommand, spacedCode } from './catalog-command.js';

async function run(...args: string[]): Promise<{ out: string; err: string; code: number | undefined }> {
  const out: string[] = [];
  const err: string[] = [];
  vi.spyOn(console, 'log').mockImplementation((s: string) => void out.push(s));
  vi.spyOn(console, 'error').mockImplementation((s: string) => void err.push(s));
  process.exitCode = undefined;
  const program = new Command('gongkai').exitOverride();
  registerCatalogCommand(program);
  await program.parseAsync(['node', 'gongkai', ...args]);
  const code = process.exitCode as number | undefined;
  process.exitCode = undefined;
  return { out: out.join('\n'), err: err.join('\n'), code };
}

afterEach(() => vi.restoreAllMocks());

describe('gongkai catalog', () => {
  it('looks a code up for a year', async () => {
    const r = await run('catalog', 'lookup', '210 11', '--year', '2023');
    expect(r.out).toContain('210 11');
    expect(r.out).toContain('2023年名称：行政事业单位医疗');
    expect(r.code).toBeUndefined();
  });

  it('says when a code is out of use in the year', async () => {
    const r = await run('catalog', 'lookup', '234', '--year', '2019');
    expect(r.out).toContain('2019年不在用（有效年度：2020年起）');
  });

  it('exits 1 with a clear message on an unknown code', async () => {
    const r = await run('catalog', 'lookup', '2999999');
    expect(r.err).toBe('目录中没有科目代码 2999999');
    expect(r.code).toBe(1);
  });

  it('searches by name', async () => {
    const r = await run('catalog', 'search', '住房改革');
    expect(r.out.split('\n')[0]).toMatch(/^221 02\s+住房改革支出/u);
  });

  it('spaces codes as tables print them', () => {
    expect(spacedCode('2080505')).toBe('208 05 05');
    expect(spacedCode('301')).toBe('301');
  });
});
