/** `gongkai render DATA.json`: structured data → a disclosure consistent by construction (text, HTML, Excel or Word). */
import { type Command, Option } from 'commander';
import type { RenderFormat } from '../render/index.js';
import { emit } from './output.js';

const FORMATS: RenderFormat[] = ['text', 'html', 'xlsx', 'docx', 'pdf'];
const BINARY = new Set<RenderFormat>(['xlsx', 'docx', 'pdf']);

/** `setExit` lets the CLI own the exit code; without it a failure sets process.exitCode. */
export function registerRenderCommand(
  program: Command,
  setExit: (code: number) => void = (code) => {
    process.exitCode = code;
  },
): void {
  const fail = (message: string) => {
    process.stderr.write(`错误：${message}\n`);
    setExit(2);
  };
  program
    .command('render')
    .description(
      '由结构化数据（JSON，格式见 examples/example-budget.json）生成各表勾稽一致的部门预算公开文档',
    )
    .argument('<data>', 'JSON 数据文件')
    .addOption(new Option('-f, --format <format>', '输出格式').choices(FORMATS).default('text'))
    .option('-o, --output <path>', '写入文件（xlsx/docx/pdf 必须指定；text/html 缺省写到标准输出）')
    .option('--zeros', '零值印为 0.00 而不是留空')
    .action(async (path: string, o: { format: string; output?: string; zeros?: boolean }) => {
      const format = o.format as RenderFormat;
      if (BINARY.has(format) && !o.output) return fail(`${format} 格式请用 --output 指定文件`);
      // Loaded when used: the renderer (docx, exceljs) is most of the CLI's start-up time otherwise.
      const { BudgetDataError, PdfError, loadBudgetData, renderDisclosure } = await import(
        '../render/index.js'
      );
      try {
        const data = await loadBudgetData(path);
        const out = await renderDisclosure(data, format, { zeroAsBlank: !o.zeros });
        await emit(out, o.output);
      } catch (e) {
        if (!(e instanceof BudgetDataError || e instanceof PdfError)) throw e;
        fail(e.message);
      }
    });
}
