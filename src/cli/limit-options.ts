/**
 * The per-document limits, defined once for the commands that read documents (check, extract): stated in their
 * --help with their defaults, and turned into the checking child's and the readers' options.
 */
import type { Command } from 'commander';
import { READ_LIMITS, type ReadLimits } from '../ingest/index.js';
import { POOL_DEFAULTS } from '../pipeline/isolated-pool.js';
import { positiveInt, positiveSeconds } from './option-values.js';

export interface LimitFlags {
  timeout: number;
  maxMemory: number;
  maxPages: number;
  maxText: number;
  maxCells: number;
  maxOcrPages: number;
  ocr: boolean;
}

export interface Limits {
  timeoutSeconds: number;
  maxMemoryMb: number;
  limits: Partial<ReadLimits>;
}

export function addLimitOptions(command: Command): Command {
  return command
    .option(
      '--timeout <seconds>',
      '单个文件的检查时限（秒），超时算作该文件读取失败',
      positiveSeconds,
      POOL_DEFAULTS.timeoutSeconds,
    )
    .option(
      '--max-memory <mb>',
      '每个检查线程的内存上限（MB）：线程的 JavaScript 堆，以及检查进程的总内存（线程数 × 此值 + 256 MB）',
      positiveInt,
      POOL_DEFAULTS.maxMemoryMb,
    )
    .option('--max-pages <n>', 'PDF 页数上限', positiveInt, READ_LIMITS.maxPages)
    .option('--max-text <chars>', '单个文件的文字量上限（字符数）', positiveInt, READ_LIMITS.maxTextChars)
    .option(
      '--max-cells <n>',
      '单个文件中表格单元格数的上限（合并单元格按所占格数计）',
      positiveInt,
      READ_LIMITS.maxCells,
    )
    .option(
      '--max-ocr-pages <n>',
      'PDF 中扫描页（无文字层）做文字识别（OCR）的页数上限；超过则该文件读取失败',
      positiveInt,
      READ_LIMITS.maxOcrPages,
    )
    .option('--no-ocr', '不对扫描页做文字识别（只报告哪些页是扫描件）');
}

export function limitsOf(o: LimitFlags): Limits {
  return {
    timeoutSeconds: o.timeout,
    maxMemoryMb: o.maxMemory,
    limits: {
      maxPages: o.maxPages,
      maxTextChars: o.maxText,
      maxCells: o.maxCells,
      maxOcrPages: o.ocr ? o.maxOcrPages : 0,
    },
  };
}
