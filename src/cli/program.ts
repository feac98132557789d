/**
 * The gongkai command line (./main.ts starts it). Exit codes (README, `gongkai --help`): 0 clean, 1 error-level
 * findings, 2 an unreadable input or bad usage, 3 a bug in gongkai. A user's mistake prints one Chinese line naming the file or option and
 * the reason; a bug prints one line too, and its stack trace only with --debug or GONGKAI_DEBUG=1. A reader that
 * closes the pipe early (`gongkai check x | head`) ends the run quietly.
 */
import { readFileSync } from 'node:fs';
import { Command, CommanderError } from 'commander';
import { isIngestError } from '../ingest/errors.js';
import { registerCheckCommand } from './check-command.js';
import { speakChinese } from './commander-zh.js';
import { debugEnabled } from './debug.js';
import { EXIT } from './exit-codes.js';
import { registerExtraCommands } from './extra-commands.js';
import { registerExtractCommand } from './extract-command.js';
import { markStdoutClosed } from './output.js';
import { registerRulesCommand } from './rules-command.js';
import { isUsageError } from './usage-error.js';

const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as {
  version: string;
};

/** The one line a bug gets (and its trace under --debug). */
export function reportBug(e: unknown): number {
  const message = (e instanceof Error ? e.message : String(e)).split('\n')[0];
  process.stderr.write(
    `gongkai 内部错误：${message}（这是 gongkai 的缺陷，请把命令和文件报告给维护者；加 --debug 可显示详细信息）\n`,
  );
  if (debugEnabled() && e instanceof Error && e.stack) process.stderr.write(`${e.stack}\n`);
  return EXIT.internal;
}

export async function main(argv: string[]): Promise<number> {
  let exitCode: number = EXIT.ok;
  const setExit = (code: number) => {
    exitCode = Math.max(exitCode, code);
  };
  const program = speakChinese(new Command());
  program
    .name('gongkai')
    .description('公开：预算/决算公开文件的检查工具——读表、核对勾稽关系、指出最可能出错的单元格')
    .version(pkg.version, '-v, --version', '显示版本')
    .helpOption('-h, --help', '显示帮助')
    .helpCommand('help [command]', '显示某个命令的帮助')
    .option('--debug', '内部错误时显示详细信息（也可设环境变量 GONGKAI_DEBUG=1）')
    .exitOverride()
    .addHelpText(
      'after',
      '\n退出码：0 没有错误级问题；1 发现错误级问题；2 有文件无法读取或用法错误；3 gongkai 内部错误。',
    );
  registerCheckCommand(program, setExit);
  registerExtractCommand(program, setExit);
  registerRulesCommand(program);
  await registerExtraCommands(program, setExit);
  try {
    await program.parseAsync(argv, { from: 'user' });
  } catch (e) {
    if (e instanceof CommanderError) {
      return e.exitCode === 0 || e.code === 'commander.helpDisplayed' || e.code === 'commander.version'
        ? EXIT.ok
        : EXIT.input;
    }
    if (isIngestError(e) || isUsageError(e)) {
      process.stderr.write(`错误：${e.message}\n`);
      return EXIT.input;
    }
    return reportBug(e);
  }
  return exitCode;
}

function quietOnEpipe(stream: NodeJS.WriteStream): void {
  stream.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code !== 'EPIPE') throw e;
    if (stream === process.stdout) markStdoutClosed();
  });
}

/** Run the command line: its exit code becomes the process's. */
export async function run(argv: string[]): Promise<void> {
  quietOnEpipe(process.stdout);
  quietOnEpipe(process.stderr);
  process.on('uncaughtException', (e) => {
    process.exit(reportBug(e));
  });
  process.on('unhandledRejection', (e) => {
    process.exit(reportBug(e));
  });
  const code = await main(argv);
  // A command may have set process.exitCode itself (catalog lookup of an unknown code): keep the higher one.
  process.exitCode = Math.max(code, Number(process.exitCode ?? 0));
  // check and extract are over when they return (their checking child gone, their output written): ending here
  // spares an orderly exit's cleanup (V8 disposing of the heap: ~10 ms of a one-file check), once nothing is still
  // on its way to stdout or stderr. The server and the commands that may leave work behind end as they always did.
  const drained = process.stdout.writableLength === 0 && process.stderr.writableLength === 0;
  if (ENDS_WHEN_RETURNED.has(argv[0] ?? '') && drained) process.exit();
}

/** Commands whose work is all done, and awaited, when their action returns. */
const ENDS_WHEN_RETURNED = new Set(['check', 'extract']);
