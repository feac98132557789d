/**
 * `gongkai check PATH...`: check documents and print a report. Paths may be files, folders (walked recursively) or
 * zip archives (by content); each document they hold is checked on its own, and a batch goes on past a bad file
 * and reports it in line. A terminal run over several files closes with a summary table.
 */
import { stat } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { type Command, Option } from 'commander';
import { expandInputs, type Input, isIngestError } from '../ingest/index.js';
import { checkDocument } from '../pipeline/check-document.js';
import { renderBatchSummary } from '../report/batch-summary.js';
import { serializeReport } from '../report/json.js';
import { renderText } from '../report/text.js';
import type { BatchReport, DocumentReport, FailedDocument } from '../report/types.js';
import { SCHEMA_VERSION } from '../report/types.js';
import { debugEnabled } from './debug.js';
import { EXIT } from './exit-codes.js';
import { checkOutputPath, emit } from './output.js';
import { startProgress } from './progress.js';

type Format = 'text' | 'json' | 'html';
type Entry = DocumentReport | FailedDocument;

export interface CheckOptions {
  format: Format;
  output?: string;
  color?: boolean;
  progress?: boolean;
}

function isFailed(d: Entry): d is FailedDocument {
  return 'error' in d;
}

function failed(file: string, code: string, message: string): FailedDocument {
  return { schemaVersion: SCHEMA_VERSION, file, error: { code, message } };
}

/** One input to its report entry. A bug in gongkai on one file is that file's entry; the batch goes on. */
async function checkOne(input: Input): Promise<Entry> {
  try {
    const outcome = await checkDocument(input.name, await input.load());
    if (!outcome.ok) return failed(input.name, outcome.code, outcome.message);
    return JSON.parse(outcome.report) as DocumentReport;
  } catch (e) {
    if (isIngestError(e)) return failed(input.name, e.code, e.message);
    if (debugEnabled()) process.stderr.write(`${(e as Error).stack}\n`);
    return failed(input.name, 'internal', `${input.name}：gongkai 内部错误（${(e as Error).message}）`);
  }
}

async function checkAll(inputs: Input[], progress: boolean): Promise<Entry[]> {
  const bar = startProgress(inputs.length, progress);
  const out: Entry[] = [];
  for (const input of inputs) {
    out.push(await checkOne(input));
    bar.tick(basename(input.name));
  }
  bar.stop();
  return out;
}

async function writeHtml(docs: Entry[], batch: boolean, output?: string): Promise<void> {
  const { renderHtml, renderHtmlIndex } = await import('../report/html.js');
  const reports = docs.filter((d): d is DocumentReport => !isFailed(d));
  if (!batch && reports.length === 1) return emit(renderHtml(reports[0]), output);
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

async function isFile(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isFile();
  } catch {
    return true;
  }
}

/** The run's exit code: a bug outranks an unreadable file, which outranks findings. */
export function exitCodeOf(docs: Entry[]): number {
  if (docs.some((d) => isFailed(d) && d.error.code === 'internal')) return EXIT.internal;
  if (docs.some(isFailed)) return EXIT.input;
  return docs.some((d) => !isFailed(d) && d.summary.findings.error > 0) ? EXIT.findings : EXIT.ok;
}

export async function runCheck(paths: string[], opts: CheckOptions): Promise<number> {
  const t0 = performance.now();
  const batchOutput = opts.format === 'html' && (paths.length > 1 || !(await isFile(paths[0])));
  await checkOutputPath(opts.output, batchOutput ? 'dir' : 'file');
  const inputs = await expandInputs(paths);
  // A folder or an archive is a batch even when it holds one document, so scripts see one shape for it.
  const batch = inputs.length !== 1 || paths.length !== 1 || inputs[0].name !== paths[0];
  const docs = await checkAll(inputs, opts.progress ?? true);
  if (opts.format === 'json') {
    const payload = batch
      ? ({ schemaVersion: SCHEMA_VERSION, documents: docs } satisfies BatchReport)
      : docs[0];
    await emit(`${serializeReport(payload)}\n`, opts.output);
  } else if (opts.format === 'html') {
    await writeHtml(docs, batch, opts.output);
  } else {
    // An unreadable file's message goes to stderr once (below), not also into the report.
    const parts = docs
      .filter((d): d is DocumentReport => !isFailed(d))
      .map((d) => renderText(d, { color: opts.color }));
    if (batch) {
      const summary = { schemaVersion: SCHEMA_VERSION, documents: docs };
      parts.push(renderBatchSummary(summary, { millis: performance.now() - t0 }));
    }
    await emit(parts.join('\n'), opts.output);
  }
  for (const d of docs) if (isFailed(d)) process.stderr.write(`错误：${d.error.message}\n`);
  return exitCodeOf(docs);
}

export function registerCheckCommand(program: Command, setExit: (code: number) => void): void {
  program
    .command('check')
    .description('检查公开文件：识别表格、核对所有勾稽关系、定位最可能出错的单元格')
    .argument(
      '<paths...>',
      '要检查的文件、目录（逐层查找其中的 .pdf、.txt 等）或 .zip 压缩包（逐个检查其中的文件），可以多个',
    )
    .addOption(
      new Option(
        '-f, --format <format>',
        '输出格式：text（终端）、json（公开的 JSON 契约）、html（带标注的表格）',
      )
        .choices(['text', 'json', 'html'])
        .default('text'),
    )
    .option('-o, --output <path>', '写入文件而不是标准输出；多个文件的 html 报告写入此目录')
    .option('--no-color', '终端输出不用颜色')
    .option('--no-progress', '批量检查时不显示进度条')
    .addHelpText(
      'after',
      '\n退出码：0 没有错误级问题；1 发现错误级问题；2 有文件无法读取或用法错误；3 gongkai 内部错误。\n示例：\n  gongkai check 预算.pdf\n  gongkai check 公开文件/ --format html --output 报告/\n  gongkai check 全区.zip --format json --output 结果.json',
    )
    .action(
      async (paths: string[], o: { format: string; output?: string; color: boolean; progress: boolean }) => {
        const color = o.color && process.stdout.isTTY === true && !o.output;
        setExit(
          await runCheck(paths, {
            format: o.format as Format,
            output: o.output,
            color,
            progress: o.progress,
          }),
        );
      },
    );
}
