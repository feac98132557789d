/**
 * `gongkai check PATH...`: check documents and print a report. Paths may be files, folders (walked recursively) or
 * zip archives (by content); each document they hold is checked on its own, and a batch goes on past a bad file
 * and reports it in line. A terminal run over several files closes with a summary table.
 */
import { stat } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { basename, join } from 'node:path';
import { type Command, Option } from 'commander';
import { expandInputs, INPUT_LIMITS, type Input, isIngestError } from '../ingest/index.js';
import type { ReadLimits } from '../ingest/limits.js';
import type { RawDocument } from '../model/raw.js';
import { createCheckPool, POOL_DEFAULTS } from '../pipeline/isolated-pool.js';
import type { CheckPool } from '../pipeline/pool.js';
import type { DocumentReport, FailedDocument } from '../report/types.js';
import { SCHEMA_VERSION } from '../report/types.js';
import { debugEnabled } from './debug.js';
import { EXIT } from './exit-codes.js';
import { addLimitOptions, type LimitFlags, limitsOf } from './limit-options.js';
import { positiveInt } from './option-values.js';
import { checkOutputPath, emit } from './output.js';
import { startProgress } from './progress.js';
import { UsageError } from './usage-error.js';

type Format = 'text' | 'json' | 'html' | 'xlsx' | 'pdf';
type Entry = DocumentReport | FailedDocument;

export interface CheckOptions {
  format: Format;
  output?: string;
  color?: boolean;
  progress?: boolean;
  /** Worker threads (default: the machine's cores). */
  jobs?: number;
  timeoutSeconds?: number;
  maxMemoryMb?: number;
  limits?: Partial<ReadLimits>;
  /** All inputs are one disclosure (its 情况说明 and its tables in separate files). */
  merge?: boolean;
}

/**
 * Each report as the JSON text its check produced (serializeReport's output): a single document's JSON report is
 * written as it came, not parsed and serialized again (70 ms for a 60-page document's report).
 */
const REPORT_JSON = new WeakMap<DocumentReport, string>();

/** A document's entry as JSON text: its check's own text when it has one, else written here. */
function entryJson(d: Entry, serialize: (d: Entry) => string): string {
  return (isFailed(d) ? undefined : REPORT_JSON.get(d)) ?? serialize(d);
}

function isFailed(d: Entry): d is FailedDocument {
  return 'error' in d;
}

function failed(file: string, code: string, message: string): FailedDocument {
  return { schemaVersion: SCHEMA_VERSION, file, error: { code, message } };
}

/** One input to its report entry, checked on the pool. A bug on one file is that file's entry; the batch goes on. */
async function checkOne(input: Input, pool: CheckPool, limits: Partial<ReadLimits>): Promise<Entry> {
  let bytes: Uint8Array;
  try {
    bytes = await input.load();
  } catch (e) {
    if (isIngestError(e)) return failed(input.name, e.code, e.message);
    throw e;
  }
  const outcome = await pool.run({ name: input.name, bytes, limits });
  if (outcome.ok) {
    const report = JSON.parse(outcome.report) as DocumentReport;
    REPORT_JSON.set(report, outcome.report);
    return report;
  }
  if (outcome.code !== 'internal') return failed(input.name, outcome.code, outcome.message);
  if (debugEnabled() && outcome.stack) process.stderr.write(`${outcome.stack}\n`);
  return failed(input.name, 'internal', `${input.name}：gongkai 内部错误（${outcome.message}）`);
}

/**
 * Every input on the pool, results in input order whatever order they finish in. One document per thread is
 * loaded and submitted at a time, so a folder of thousands of files does not sit in memory, and no task waits in
 * the pool's queue: its time limit counts its own run only.
 */
async function checkAll(
  inputs: Input[],
  opts: CheckOptions,
  onEntry: (i: number, entry: Entry) => void = () => {},
): Promise<Entry[]> {
  const bar = await startProgress(inputs.length, opts.progress ?? true);
  const threads = Math.max(1, Math.min(opts.jobs ?? defaultJobs(), inputs.length));
  const pool = createCheckPool({
    threads,
    timeoutSeconds: opts.timeoutSeconds ?? POOL_DEFAULTS.timeoutSeconds,
    maxMemoryMb: opts.maxMemoryMb ?? POOL_DEFAULTS.maxMemoryMb,
    // V8's own message when a hostile file makes it abort the checking process: for maintainers only.
    onStderr: debugEnabled() ? (chunk) => process.stderr.write(chunk) : undefined,
  });
  const out: Entry[] = new Array(inputs.length);
  let next = 0;
  const lane = async () => {
    while (next < inputs.length) {
      const i = next++;
      out[i] = await checkOne(inputs[i], pool, opts.limits ?? {});
      onEntry(i, out[i]);
      bar.tick(basename(inputs[i].name));
    }
  };
  try {
    await Promise.all(Array.from({ length: threads }, lane));
  } finally {
    bar.stop();
    await pool.close();
  }
  return out;
}

export function defaultJobs(): number {
  return availableParallelism();
}

/** A batch's report file for one document: numbered in input order, the name kept readable. */
function reportName(i: number, file: string, ext: string): string {
  return `${String(i + 1).padStart(3, '0')}-${basename(file).replace(/[^\p{L}\p{N}._-]+/gu, '_')}.${ext}`;
}

async function writeHtml(docs: Entry[], batch: boolean, output?: string): Promise<void> {
  const { renderHtml, renderHtmlIndex } = await import('../report/html.js');
  const reports = docs.filter((d): d is DocumentReport => !isFailed(d));
  if (!batch && reports.length === 1) return emit(renderHtml(reports[0]), output);
  const dir = output ?? 'gongkai-report';
  const links: Record<string, string> = {};
  for (const [i, r] of reports.entries()) {
    const name = reportName(i, r.file, 'html');
    links[r.file] = name;
    await emit(renderHtml(r), join(dir, name));
  }
  await emit(
    renderHtmlIndex({ schemaVersion: SCHEMA_VERSION, documents: docs }, links),
    join(dir, 'index.html'),
  );
  process.stderr.write(`报告已写入 ${join(dir, 'index.html')}\n`);
}

/**
 * XLSX: one document's tables and findings (as `extract --format xlsx`), or for a batch the index workbook: one
 * row per document, most errors first, and every document's findings.
 */
async function writeXlsx(docs: Entry[], batch: boolean, output: string): Promise<void> {
  if (!batch && docs.length === 1 && isFailed(docs[0])) return;
  if (!batch) {
    const { exportXlsx } = await import('../report/xlsx.js');
    return emit(await exportXlsx(docs[0] as DocumentReport), output);
  }
  const { exportXlsxIndex } = await import('../report/xlsx-index.js');
  await emit(await exportXlsxIndex({ schemaVersion: SCHEMA_VERSION, documents: docs }), output);
}

/** PDF: the HTML report printed by Chromium; a batch, one PDF per document and the index, in a folder. */
async function writePdf(docs: Entry[], batch: boolean, output: string): Promise<void> {
  const { renderHtml, renderHtmlIndex } = await import('../report/html.js');
  const { printPdfs } = await import('../report/pdf.js');
  const reports = docs.filter((d): d is DocumentReport => !isFailed(d));
  if (!batch) {
    if (reports.length === 0) return;
    return printPdfs([{ html: renderHtml(reports[0]), write: (pdf) => emit(pdf, output) }]);
  }
  const links: Record<string, string> = {};
  const jobs = reports.map((r, i) => {
    const name = reportName(i, r.file, 'pdf');
    links[r.file] = name;
    return { html: renderHtml(r), write: (pdf: Buffer) => emit(pdf, join(output, name)) };
  });
  const index = renderHtmlIndex({ schemaVersion: SCHEMA_VERSION, documents: docs }, links);
  await printPdfs([...jobs, { html: index, write: (pdf) => emit(pdf, join(output, 'index.pdf')) }]);
  process.stderr.write(`报告已写入 ${join(output, 'index.pdf')}\n`);
}

/** Formats that write bytes need a file (or folder) to write to, and PDF needs Chromium: refused before checking. */
async function checkBinaryFormat(opts: CheckOptions): Promise<void> {
  if (opts.format !== 'xlsx' && opts.format !== 'pdf') return;
  if (!opts.output || opts.output === '-')
    throw new UsageError(`${opts.format} 格式需要用 --output 指定文件名`);
  if (opts.format === 'pdf') {
    const { chromiumMissing } = await import('../report/pdf.js');
    const missing = chromiumMissing();
    if (missing) throw new UsageError(missing);
  }
}

async function isFile(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isFile();
  } catch {
    return true;
  }
}

/**
 * The inputs read as one disclosure: each read in the checking child under the limits, as `extract` reads a file,
 * then merged and checked here. A bad file fails the whole: the disclosure is incomplete without it.
 */
async function checkMerged(inputs: Input[], opts: CheckOptions): Promise<Entry> {
  const name = inputs.map((i) => i.name).join(' + ');
  const { mergeDocuments } = await import('../ingest/merge.js');
  const { checkRaw } = await import('../pipeline/check.js');
  const pool = createCheckPool({
    threads: 1,
    timeoutSeconds: opts.timeoutSeconds ?? POOL_DEFAULTS.timeoutSeconds,
    maxMemoryMb: opts.maxMemoryMb ?? POOL_DEFAULTS.maxMemoryMb,
  });
  try {
    const raws: RawDocument[] = [];
    for (const input of inputs) {
      const task = { name: input.name, bytes: await input.load(), limits: opts.limits, extract: true };
      const outcome = await pool.run(task);
      if (!outcome.ok && outcome.code === 'internal')
        return failed(name, 'internal', `${input.name}：gongkai 内部错误（${outcome.message}）`);
      if (!outcome.ok) return failed(name, outcome.code, outcome.message);
      raws.push((JSON.parse(outcome.report) as { raw: RawDocument }).raw);
    }
    return checkRaw(mergeDocuments(raws), name).report;
  } catch (e) {
    if (isIngestError(e)) return failed(name, e.code, e.message);
    throw e;
  } finally {
    await pool.close();
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
  await checkBinaryFormat(opts);
  const batchOutput =
    (opts.format === 'html' || opts.format === 'pdf') && (paths.length > 1 || !(await isFile(paths[0])));
  await checkOutputPath(opts.output, batchOutput ? 'dir' : 'file');
  const inputs = await expandInputs(paths);
  // A folder or an archive is a batch even when it holds one document, so scripts see one shape for it.
  const batch = !opts.merge && (inputs.length !== 1 || paths.length !== 1 || inputs[0].name !== paths[0]);
  // A batch's JSON is written from each document's text as it comes in, while the other lanes still check.
  const json = opts.format === 'json' ? await import('../report/json.js') : undefined;
  const entries: string[] = [];
  const onEntry = (i: number, d: Entry) => {
    if (json && batch) entries[i] = json.batchEntryJson(entryJson(d, json.serializeReport));
  };
  const docs = opts.merge ? [await checkMerged(inputs, opts)] : await checkAll(inputs, opts, onEntry);
  if (json) {
    const text = batch
      ? json.joinBatchJson(SCHEMA_VERSION, entries)
      : entryJson(docs[0], json.serializeReport);
    await emit(`${text}\n`, opts.output);
  } else if (opts.format === 'html') {
    await writeHtml(docs, batch, opts.output);
  } else if (opts.format === 'xlsx') {
    await writeXlsx(docs, batch, opts.output ?? '');
  } else if (opts.format === 'pdf') {
    await writePdf(docs, batch, opts.output ?? '');
  } else {
    const { renderText } = await import('../report/text.js');
    const { renderBatchSummary } = await import('../report/batch-summary.js');
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

interface CheckFlags extends LimitFlags {
  format: string;
  output?: string;
  color: boolean;
  progress: boolean;
  jobs?: number;
  merge: boolean;
}

export function registerCheckCommand(program: Command, setExit: (code: number) => void): void {
  addLimitOptions(
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
          '输出格式：text（终端）、json（公开的 JSON 契约）、html（带标注的表格）、xlsx（表格与问题清单；批量时为汇总表）、pdf（html 报告的打印版，需要 Chromium）',
        )
          .choices(['text', 'json', 'html', 'xlsx', 'pdf'])
          .default('text'),
      )
      .option(
        '-o, --output <path>',
        '写入文件而不是标准输出（xlsx、pdf 必需）；多个文件的 html、pdf 报告写入此目录，xlsx 写成一个汇总表',
      )
      .option('--no-color', '终端输出不用颜色')
      .option('--no-progress', '批量检查时不显示进度条')
      .option(
        '-j, --jobs <n>',
        `同时检查的文件数（线程数；默认为 CPU 核数，本机 ${defaultJobs()}）`,
        positiveInt,
      ),
  )
    .option(
      '--merge',
      '把给出的所有文件当作同一份公开检查（如“情况说明”与公开表格分成两个文件发布），用说明核对表格',
      false,
    )
    .addHelpText(
      'after',
      `\n单个文件（或压缩包中的条目）大小上限 ${INPUT_LIMITS.maxBytes / 1024 / 1024} MB；超出任何上限的文件算作读取失败，其余文件照常检查。\n扫描件（PDF 页面只有图像）离线做文字识别（OCR，300 dpi，每页约 5–20 秒，最多 --max-ocr-pages 页）：识别出的数值在报告中注明，据此发现的勾稽问题列为“识别存疑”的警告；扫描件较多时请加大 --timeout。没有表格线的扫描件（通知、报告）不做全文识别，报告为不是公开表格。\n退出码：0 没有错误级问题；1 发现错误级问题；2 有文件无法读取或用法错误；3 gongkai 内部错误。\n示例：\n  gongkai check 预算.pdf\n  gongkai check 公开文件/ --format html --output 报告/\n  gongkai check 全区.zip --format json --output 结果.json\n  gongkai check 预算.pdf --format pdf --output 报告.pdf\n  gongkai check 全区/ --format xlsx --output 汇总.xlsx\n  gongkai check 情况说明.pdf 预算表.pdf --merge`,
    )
    .action(async (paths: string[], o: CheckFlags) => {
      const color = o.color && process.stdout.isTTY === true && !o.output;
      setExit(
        await runCheck(paths, {
          format: o.format as Format,
          output: o.output,
          color,
          progress: o.progress,
          jobs: o.jobs,
          ...limitsOf(o),
          merge: o.merge,
        }),
      );
    });
}
