/**
 * `gongkai check FILE...`: check documents and print a report. A batch goes on past a bad file and reports it.
 */
import { basename, join } from 'node:path';
import type { Command } from 'commander';
import { isIngestError } from '../ingest/errors.js';
import { checkFile } from '../pipeline/check.js';
import { serializeReport } from '../report/json.js';
import { renderBatchSummary, renderText } from '../report/text.js';
import type { BatchReport, DocumentReport, FailedDocument } from '../report/types.js';
import { SCHEMA_VERSION } from '../report/types.js';
import { EXIT } from './exit-codes.js';
import { emit } from './output.js';
import { startProgress } from './progress.js';

type Format = 'text' | 'json' | 'html';

export interface CheckOptions {
  format: Format;
  output?: string;
  color?: boolean;
  progress?: boolean;
}

function isFailed(d: DocumentReport | FailedDocument): d is FailedDocument {
  return 'error' in d;
}

async function checkAll(files: string[], progress: boolean): Promise<(DocumentReport | FailedDocument)[]> {
  const bar = startProgress(files.length, progress);
  const out: (DocumentReport | FailedDocument)[] = [];
  for (const file of files) {
    try {
      out.push((await checkFile(file)).report);
    } catch (e) {
      if (!isIngestError(e)) throw e;
      out.push({ schemaVersion: SCHEMA_VERSION, file, error: { code: e.code, message: e.message } });
    } finally {
      bar.tick(basename(file));
    }
  }
  bar.stop();
  return out;
}

async function writeHtml(docs: (DocumentReport | FailedDocument)[], output?: string): Promise<void> {
  const { renderHtml, renderHtmlIndex } = await import('../report/html.js');
  const reports = docs.filter((d): d is DocumentReport => !isFailed(d));
  if (docs.length === 1 && reports.length === 1) return emit(renderHtml(reports[0]), output);
  const dir = output ?? 'gongkai-report';
  const links: Record<string, string> = {};
  for (const [i, r] of reports.entries()) {
    const name = `${String(i + 1).padStart(3, '0')}-${basename(r.file).replace(/[^\p{L}\p{N}._-]+/gu, '_')}.html`;
    links[r.file] = name;
    await emit(renderHtml(r), join(dir, name));
  }
  await emit(
    renderHtmlIndex({ schemaVersion: SCHEMA_VERSION, documents: docs }, links),
    join(dir, 'index.html'),
  );
  process.stderr.write(`报告已写入 ${join(dir, 'index.html')}\n`);
}

export async function runCheck(files: string[], opts: CheckOptions): Promise<number> {
  const docs = await checkAll(files, opts.progress ?? true);
  if (opts.format === 'json') {
    const payload =
      docs.length === 1
        ? docs[0]
        : ({ schemaVersion: SCHEMA_VERSION, documents: docs } satisfies BatchReport);
    await emit(`${serializeReport(payload)}\n`, opts.output);
  } else if (opts.format === 'html') {
    await writeHtml(docs, opts.output);
  } else {
    const parts = docs.map((d) =>
      isFailed(d) ? `✗ ${d.error.message}\n` : renderText(d, { color: opts.color }),
    );
    if (docs.length > 1) parts.push(renderBatchSummary({ schemaVersion: SCHEMA_VERSION, documents: docs }));
    await emit(parts.join('\n'), opts.output);
  }
  for (const d of docs) if (isFailed(d)) process.stderr.write(`错误：${d.error.message}\n`);
  if (docs.some(isFailed)) return EXIT.input;
  return docs.some((d) => !isFailed(d) && d.summary.findings.error > 0) ? EXIT.findings : EXIT.ok;
}

export function registerCheckCommand(program: Command, setExit: (code: number) => void): void {
  program
    .command('check')
    .description('检查公开文件：识别表格、核对所有勾稽关系、定位最可能出错的单元格')
    .argument('<files...>', '要检查的文件（.pdf 或从 Word 复制的 .txt），可以多个')
    .option(
      '-f, --format <format>',
      '输出格式：text（终端）、json（公开的 JSON 契约）、html（带标注的表格）',
      'text',
    )
    .option('-o, --output <path>', '写入文件而不是标准输出；多个文件的 html 报告写入此目录')
    .option('--no-color', '终端输出不用颜色')
    .option('--no-progress', '批量检查时不显示进度条')
    .addHelpText(
      'after',
      '\n退出码：0 没有错误级问题；1 发现错误级问题；2 有文件无法读取或用法错误；3 gongkai 内部错误。\n示例：\n  gongkai check 预算.pdf\n  gongkai check *.pdf --format html --output 报告/\n  gongkai check 预算.txt --format json --output 结果.json',
    )
    .action(
      async (files: string[], o: { format: string; output?: string; color: boolean; progress: boolean }) => {
        if (!['text', 'json', 'html'].includes(o.format)) {
          process.stderr.write(`错误：不支持的输出格式“${o.format}”（可选 text、json、html）\n`);
          setExit(EXIT.input);
          return;
        }
        const color = o.color && process.stdout.isTTY === true && !o.output;
        setExit(
          await runCheck(files, {
            format: o.format as Format,
            output: o.output,
            color,
            progress: o.progress,
          }),
        );
      },
    );
}
