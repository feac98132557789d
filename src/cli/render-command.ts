/**
 * `gongkai render DATA`: structured data (JSON or a filled workbook) → a disclosure consistent by construction (text,
 * HTML, Excel, Word or PDF); `gongkai render --template -o 模板.xlsx` writes the workbook to fill.
 */
import { type Command, Option } from 'commander';
import type { RenderFormat } from '../render/index.js';
import { emit } from './output.js';

const FORMATS: RenderFormat[] = ['text', 'html', 'xlsx', 'docx', 'pdf'];
const BINARY = new Set<RenderFormat>(['xlsx', 'docx', 'pdf']);
/** Layouts the renderer writes; each new one is a new profile and renderer. */
const LAYOUTS = ['national'];

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
      '由结构化数据（JSON，格式见 examples/example-budget.json；或填好的 Excel 模板）生成各表勾稽一致的部门预算公开文档',
    )
    .argument('[data]', 'JSON 数据文件，或填好的 Excel 模板（按内容识别）')
    .addOption(new Option('-f, --format <format>', '输出格式').choices(FORMATS).default('text'))
    .option(
      '-o, --output <path>',
      '写入文件（xlsx/docx/pdf 和 --template 必须指定；text/html 缺省写到标准输出）',
    )
    .option('--zeros', '零值印为 0.00 而不是留空')
    .option(
      '--template',
      '不生成公开文档，而是写出待填写的 Excel 模板（每张表一个工作表，列好科目编码和名称）',
    )
    .addOption(
      new Option('--layout <layout>', '版式（目前只有全国通用表1–表10）')
        .choices(LAYOUTS)
        .default('national'),
    )
    .action(
      async (
        path: string | undefined,
        o: { format: string; output?: string; zeros?: boolean; template?: boolean },
      ) => {
        // Loaded when used: the renderer (docx, exceljs) is most of the CLI's start-up time otherwise.
        const render = await import('../render/index.js');
        if (o.template) {
          if (!o.output) return fail('--template 请用 --output 指定要写入的 .xlsx 文件');
          return emit(await render.budgetTemplate(), o.output);
        }
        if (!path) return fail('请给出数据文件（JSON 或填好的 Excel 模板），或用 --template 生成模板');
        const format = o.format as RenderFormat;
        if (BINARY.has(format) && !o.output) return fail(`${format} 格式请用 --output 指定文件`);
        try {
          const data = await render.loadBudgetData(path);
          const out = await render.renderDisclosure(data, format, { zeroAsBlank: !o.zeros });
          await emit(out, o.output);
        } catch (e) {
          if (!(e instanceof render.BudgetDataError || e instanceof render.PdfError)) throw e;
          fail(e.message);
        }
      },
    );
}
