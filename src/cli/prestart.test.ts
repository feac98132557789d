import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Command } from 'commander';
import { afterEach, describe, expect, it } from 'vitest';
import { childPlan } from '../pipeline/isolated-pool.js';
import { takeSpare } from '../pipeline/spare-child.js';
import { registerCheckCommand } from './check-command.js';
import { registerExtractCommand } from './extract-command.js';
import { FLAG_OPTIONS, parseArgs, prestart, VALUE_OPTIONS } from './prestart.js';

const dir = mkdtempSync(join(tmpdir(), 'gongkai-prestart-'));
const pdf = join(dir, 'a.pdf');
writeFileSync(pdf, '%PDF-1.4\n');
const zip = join(dir, 'b.zip');
writeFileSync(zip, 'PK\u0003\u0004');

/** The child the pool starts for one document under these limits: what a spare must have been started as. */
const onePlan = (timeoutSeconds = 120, maxMemoryMb = 2048) =>
  childPlan({ threads: 1, timeoutSeconds, maxMemoryMb }, 1);

afterEach(() => {
  takeSpare(onePlan())?.kill('SIGKILL');
});

describe('the early start of the checking child', () => {
  it('knows every option of check and extract, and which take a value', () => {
    const program = new Command().option('--debug');
    registerCheckCommand(program, () => {});
    registerExtractCommand(program, () => {});
    const options = [...program.options, ...program.commands.flatMap((c) => c.options)];
    const names = (takesValue: boolean) =>
      new Set(
        options
          .filter((o) => (o.required || o.optional) === takesValue)
          .flatMap((o) => [o.short, o.long])
          .filter((n) => n !== undefined),
      );
    expect([...names(true)].sort()).toEqual([...VALUE_OPTIONS].sort());
    expect([...names(false)].sort()).toEqual([...FLAG_OPTIONS].sort());
  });

  it('reads paths and options as commander does', () => {
    expect(parseArgs(['-f', 'json', 'a.pdf', '-o', 'x.json', '--no-progress', '--timeout=60'])).toEqual({
      paths: ['a.pdf'],
      values: new Map([
        ['-f', 'json'],
        ['-o', 'x.json'],
        ['--timeout', '60'],
      ]),
      flags: new Set(['--no-progress']),
    });
    expect(parseArgs(['--', '-a.pdf']).paths).toEqual(['-a.pdf']);
  });

  it('starts the child the pool would start for one file, under the limits given', () => {
    prestart(['check', pdf, '-f', 'json', '--timeout', '60', '--max-memory', '512']);
    expect(takeSpare(onePlan())).toBeUndefined();
    prestart(['check', pdf, '-f', 'json', '--timeout', '60', '--max-memory', '512']);
    const child = takeSpare(onePlan(60, 512));
    expect(child?.connected).toBe(true);
    child?.kill('SIGKILL');
  });

  it("keeps the child on the process, where the pool's copy of the module finds it", () => {
    // The installed command starts it from its CommonJS bundle, a copy of spare-child.ts other than the pool's.
    const slot = Symbol.for('gongkai.spareChild');
    prestart(['check', pdf]);
    expect((globalThis as Record<symbol, unknown>)[slot]).toBeDefined();
    takeSpare(onePlan())?.kill('SIGKILL');
    expect((globalThis as Record<symbol, unknown>)[slot]).toBeUndefined();
  });

  it('starts none for a folder, an archive, several files, --merge, --help or an unknown option', () => {
    for (const argv of [
      ['check', dir],
      ['check', zip],
      ['check', pdf, pdf],
      ['check', pdf, '--merge'],
      ['check', pdf, '--help'],
      ['check', pdf, '--bogus'],
      ['check', pdf, '--max-memory', 'lots'],
      ['rules'],
    ]) {
      prestart(argv);
      expect(takeSpare(onePlan()), argv.join(' ')).toBeUndefined();
    }
  });
});
