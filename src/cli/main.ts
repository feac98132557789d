#!/usr/bin/env node
/**
 * The gongkai command line. User mistakes (bad usage, unreadable files) print one clear line and exit 2;
 * only a bug in gongkai prints more, and a stack trace only with GONGKAI_DEBUG=1.
 */
import { readFileSync } from 'node:fs';
import { Command, CommanderError } from 'commander';
import { isIngestError } from '../ingest/errors.js';
import { registerCheckCommand } from './check-command.js';
import { EXIT } from './exit-codes.js';
import { registerExtraCommands } from './extra-commands.js';
import { registerExtractCommand } from './extract-command.js';
import { registerRulesCommand } from './rules-command.js';

const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as {
  version: string;
};

export async function main(argv: string[]): Promise<number> {
  let exitCode: number = EXIT.ok;
  const setExit = (code: number) => {
    exitCode = Math.max(exitCode, code);
  };
  const program = new Command();
  program
    .name('gongkai')
    .description('公开：预算/决算公开文件的检查工具——读表、核对勾稽关系、指出最可能出错的单元格')
    .version(pkg.version, '-v, --version', '显示版本')
    .helpOption('-h, --help', '显示帮助')
    .addHelpCommand('help [command]', '显示某个命令的帮助')
    .exitOverride()
    .configureOutput({ writeErr: (s) => process.stderr.write(s) });
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
    if (isIngestError(e)) {
      process.stderr.write(`错误：${e.message}\n`);
      return EXIT.input;
    }
    process.stderr.write(`gongkai 内部错误：${(e as Error).message}\n请把命令和文件报告给维护者。\n`);
    if (process.env.GONGKAI_DEBUG) process.stderr.write(`${(e as Error).stack}\n`);
    return EXIT.internal;
  }
  return exitCode;
}

main(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
