import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Command } from 'commander';
import { describe, expect, it } from 'vitest';
import { exampleBudgetData } from '../render/index.js';
import { registerRenderCommand } from './render-command.js';

describe('gongkai render', () => {
  it('renders html, xlsx and docx files through the CLI command', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'gongkai-render-cli-'));
    const data = join(dir, 'data.json');
    writeFileSync(data, JSON.stringify(exampleBudgetData()));
    for (const format of ['html', 'xlsx', 'docx', 'text']) {
      const program = new Command().exitOverride();
      registerRenderCommand(program);
      const out = join(dir, `out.${format}`);
      await program.parseAsync(['render', data, '--format', format, '--output', out], { from: 'user' });
      const bytes = readFileSync(out);
      if (format === 'xlsx' || format === 'docx') expect(bytes.subarray(0, 2).toString()).toBe('PK');
      else expect(bytes.toString()).toContain('示例市住房和城乡建设局');
    }
  });
});
