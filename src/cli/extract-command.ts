/**
 * `gongkai extract FILE`: what was read, for a person to see or to open in Excel/WPS.
 * json: the RawDocument (every block and cell grid with provenance) plus the recognized tables;
 * xlsx: every recognized table as a sheet, plus the findings; csv: one file per table.
 * The file is read as `check` reads it: in the checking child, under the same limits (a hostile file that makes V8
 * abort, or runs past the time limit, is one Chinese line and exit 2, not a crash of the command).
 */
import { join } from 'node:path';
import { type Command, Option } from 'commander';
import type { IngestErrorCode } from '../ingest/errors.js';
import { INPUT_LIMITS } from '../ingest/index.js';
import type { DocumentReport } from '../report/types.js';
import { SCHEMA_VERSION } from '../report/types.js';
import { EXIT } from './exit-codes.js';
import { addLimitOptions, type LimitFlags, type Limits, limitsOf } from './limit-options.js';
import { checkOutputPath, emit } from './output.js';
import { UsageError } from './usage-error.js';

/** What the checking child sends back for extract (../pipeline/check-document.ts extractDocument). */
interface Extracted {
  raw: unknown;
  tables: unknown[];
  check: DocumentReport | { error: { code: IngestErrorCode; message: string } };
}

export async function runExtract(
  file: string,
  format: string,
  output?: string,
  limits?: Limits,
): Promise<number> {
  if (format === 'xlsx' && !output) throw new UsageError('xlsx 格式需要用 --output 指定文件名');
  await checkOutputPath(output, format === 'csv' ? 'dir' : 'file');
  const { raw, tables, check } = await readIsolated(file, limits);
  if (format === 'json') {
    await emit(`${JSON.stringify({ schemaVersion: SCHEMA_VERSION, file, raw, tables }, null, 2)}\n`, output);
    return EXIT.ok;
  }
  const { IngestError } = await import('../ingest/errors.js');
  if ('error' in check) throw new IngestError(check.error.code, file, check.error.message);
  const report = check;
  if (format === 'xlsx') {
    const { exportXlsx } = await import('../report/xlsx.js');
    await emit(await exportXlsx(report), output);
    return EXIT.ok;
  }
  const { exportCsv } = await import('../report/csv.js');
  const csvs = exportCsv(report);
  if (!output) {
    await emit(csvs.map((c) => c.csv).join('\n'));
    return EXIT.ok;
  }
  for (const c of csvs) await emit(c.csv, join(output, c.name));
  process.stderr.write(`已写入 ${csvs.length} 个 CSV 文件到 ${output}\n`);
  return EXIT.ok;
}

/** The file read in the checking child: its extract, or an IngestError (exit 2), or a bug (exit 3). */
async function readIsolated(file: string, o?: Limits): Promise<Extracted> {
  // The pipeline is loaded when a command needs it, so `gongkai --help` and the other commands start fast.
  const { IngestError, singleInput } = await import('../ingest/index.js');
  const { createCheckPool, POOL_DEFAULTS } = await import('../pipeline/isolated-pool.js');
  const bytes = await (await singleInput(file)).load();
  const pool = createCheckPool({
    threads: 1,
    timeoutSeconds: o?.timeoutSeconds ?? POOL_DEFAULTS.timeoutSeconds,
    maxMemoryMb: o?.maxMemoryMb ?? POOL_DEFAULTS.maxMemoryMb,
  });
  try {
    const outcome = await pool.run({ name: file, bytes, limits: o?.limits ?? {}, extract: true });
    if (outcome.ok) return JSON.parse(outcome.report) as Extracted;
    if (outcome.code !== 'internal')
      throw new IngestError(outcome.code as IngestErrorCode, file, outcome.message);
    const bug = new Error(outcome.message);
    bug.stack = outcome.stack;
    throw bug;
  } finally {
    await pool.close();
  }
}

interface ExtractFlags extends LimitFlags {
  format: string;
  output?: string;
}

export function registerExtractCommand(program: Command, setExit: (code: number) => void): void {
  addLimitOptions(
    program
      .command('extract')
      .description(
        '导出读取到的内容：json（原始单元格网格与识别出的表格）、xlsx（每表一个工作表及问题清单）、csv',
      )
      .argument('<file>', '要读取的文件')
      .addOption(
        new Option('-f, --format <format>', '导出格式').choices(['json', 'xlsx', 'csv']).default('json'),
      )
      .option('-o, --output <path>', '输出文件（xlsx 必需）；csv 时为输出目录'),
  )
    .addHelpText(
      'after',
      `\n文件大小上限 ${INPUT_LIMITS.maxBytes / 1024 / 1024} MB；超出任何上限，或读取时处理进程崩溃，算作读取失败（退出码 2）。\n退出码：0 成功；2 文件无法读取或用法错误；3 gongkai 内部错误。`,
    )
    .action(async (file: string, o: ExtractFlags) => {
      setExit(await runExtract(file, o.format, o.output, limitsOf(o)));
    });
}
