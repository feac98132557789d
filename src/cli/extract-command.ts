/**
 * `gongkai extract FILE`: what was read, for a person to see or to open in Excel/WPS.
 * json: the RawDocument (every block and cell grid with provenance) plus the recognized tables;
 * xlsx: every recognized table as a sheet, plus the findings; csv: one file per table.
 */
import { join } from 'node:path';
import { type Command, Option } from 'commander';
import { SCHEMA_VERSION } from '../report/types.js';
import { EXIT } from './exit-codes.js';
import { checkOutputPath, emit } from './output.js';
import { UsageError } from './usage-error.js';

export async function runExtract(file: string, format: string, output?: string): Promise<number> {
  if (format === 'xlsx' && !output) throw new UsageError('xlsx 格式需要用 --output 指定文件名');
  await checkOutputPath(output, format === 'csv' ? 'dir' : 'file');
  // The pipeline is loaded when a command needs it, so `gongkai --help` and the other commands start fast.
  const { readDocument } = await import('../ingest/index.js');
  const { checkRaw } = await import('../pipeline/check.js');
  const raw = await readDocument(file);
  if (format === 'json') {
    const { recognize } = await import('../recognize/index.js');
    const { reportTable } = await import('../report/build.js');
    const tables = recognize(raw).tables.map(reportTable);
    await emit(`${JSON.stringify({ schemaVersion: SCHEMA_VERSION, file, raw, tables }, null, 2)}\n`, output);
    return EXIT.ok;
  }
  const { report } = checkRaw(raw, file);
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

export function registerExtractCommand(program: Command, setExit: (code: number) => void): void {
  program
    .command('extract')
    .description(
      '导出读取到的内容：json（原始单元格网格与识别出的表格）、xlsx（每表一个工作表及问题清单）、csv',
    )
    .argument('<file>', '要读取的文件')
    .addOption(
      new Option('-f, --format <format>', '导出格式').choices(['json', 'xlsx', 'csv']).default('json'),
    )
    .option('-o, --output <path>', '输出文件（xlsx 必需）；csv 时为输出目录')
    .action(async (file: string, o: { format: string; output?: string }) => {
      setExit(await runExtract(file, o.format, o.output));
    });
}
