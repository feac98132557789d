/** `gongkai render DATA.json`: structured data → a disclosure in the Word-text format, consistent by construction. */
import type { Command } from 'commander';
import { emit } from '../cli/output.js';
import { loadBudgetData, RenderError, renderDisclosureText } from './index.js';

export function registerRenderCommand(program: Command, setExit: (code: number) => void): void {
  program
    .command('render')
    .description(
      '由结构化数据（JSON，格式见 examples/example-budget.json）生成各表勾稽一致的公开表（文本格式）',
    )
    .argument('<data>', 'JSON 数据文件')
    .option('-o, --output <path>', '写入文件而不是标准输出')
    .option('--zeros', '零值印为 0.00 而不是留空')
    .action(async (path: string, o: { output?: string; zeros?: boolean }) => {
      try {
        const data = await loadBudgetData(path);
        await emit(renderDisclosureText(data, { zeroAsBlank: !o.zeros }), o.output);
      } catch (e) {
        if (!(e instanceof RenderError)) throw e;
        process.stderr.write(`错误：${e.message}\n`);
        setExit(2);
      }
    });
}
