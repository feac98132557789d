/**
 * commander speaks English; gongkai's users read Chinese. Help headings, the "[options]" placeholders, the
 * default/choices notes and every parse error commander can raise are translated here, in one place, and the
 * column padding counts a Chinese character as two columns so the help lines up.
 */
import { type Command, Help } from 'commander';
import { displayWidth } from '../report/batch-summary.js';

const TITLES: Record<string, string> = {
  'Usage:': '用法：',
  'Arguments:': '参数：',
  'Options:': '选项：',
  'Global Options:': '全局选项：',
  'Commands:': '命令：',
};

function placeholders(s: string): string {
  return s.replaceAll('[options]', '[选项]').replaceAll('[command]', '[命令]');
}

function notes(s: string): string {
  return s
    .replace(/ \(((?:choices|default|preset|env): .*)\)$/su, (_, inner: string) => {
      const parts = inner
        .replace(/choices: /gu, '可选：')
        .replace(/default: /gu, '默认：')
        .replace(/preset: /gu, '缺省值：')
        .replace(/env: /gu, '环境变量：');
      return `（${parts.replace(/, (?=可选|默认|缺省值|环境变量)/gu, '；')}）`;
    })
    .replace(/^\(((?:choices|default): .*)\)$/su, (_, inner: string) => `（${inner}）`);
}

const ERRORS: [RegExp, (...m: string[]) => string][] = [
  [
    /^error: unknown option '(.+?)'\n?\(Did you mean (?:one of )?(.+)\?\)$/su,
    (f, s) => `未知选项 ${f}（是不是 ${s}？）`,
  ],
  [/^error: unknown option '(.+?)'$/su, (f) => `未知选项 ${f}`],
  [
    /^error: unknown command '(.+?)'\n?\(Did you mean (?:one of )?(.+)\?\)$/su,
    (c, s) => `未知命令 ${c}（是不是 ${s}？）`,
  ],
  [/^error: unknown command '(.+?)'$/su, (c) => `未知命令 ${c}`],
  [/^error: missing required argument '(.+?)'$/su, (a) => `缺少参数 <${a}>`],
  [/^error: option '(.+?)' argument missing$/su, (f) => `选项 ${f} 缺少取值`],
  [/^error: required option '(.+?)' not specified$/su, (f) => `必须给出选项 ${f}`],
  [
    /^error: option '(.+?)' argument '(.*?)' is invalid\. Allowed choices are (.+)\.$/su,
    (f, v, c) => `选项 ${f} 的取值“${v}”无效，可选：${c}`,
  ],
  [
    /^error: option '(.+?)' argument '(.*?)' is invalid\. (.+)$/su,
    (f, v, why) => `选项 ${f} 的取值“${v}”无效：${why}`,
  ],
  [
    /^error: command-argument value '(.*?)' is invalid for argument '(.+?)'\. (.+)$/su,
    (v, a, why) => `参数 <${a}> 的取值“${v}”无效：${why}`,
  ],
  [
    /^error: too many arguments(?: for '(.+?)')?\. Expected (\d+) arguments? but got (\d+)\.$/su,
    (c, n, got) => `参数过多：${c ? `${c} ` : ''}需要 ${n} 个参数，给了 ${got} 个`,
  ],
  [/^error: (.+?) cannot be used with (.+)$/su, (a, b) => `${a} 不能与 ${b} 同时使用`],
];

/** One commander error message in Chinese, as the single line gongkai prints for bad usage. */
export function translateError(message: string): string {
  const text = message.trim();
  for (const [re, zh] of ERRORS) {
    const m = re.exec(text);
    if (m) return `错误：${zh(...m.slice(1))}`;
  }
  return `错误：${text.replace(/^error: /u, '')}`;
}

const base = Help.prototype;

/**
 * Help settings for the root command; commander copies them to every subcommand created after this call, and
 * errors go through translateError before they are written.
 */
export function speakChinese(program: Command): Command {
  return program
    .configureHelp({
      styleTitle: (title: string) => TITLES[title] ?? title,
      styleUsage(this: Help, usage: string) {
        return placeholders(base.styleUsage.call(this, usage));
      },
      subcommandTerm(this: Help, cmd: Command) {
        return placeholders(base.subcommandTerm.call(this, cmd));
      },
      optionDescription(this: Help, option: Parameters<Help['optionDescription']>[0]) {
        return notes(base.optionDescription.call(this, option));
      },
      argumentDescription(this: Help, argument: Parameters<Help['argumentDescription']>[0]) {
        return notes(base.argumentDescription.call(this, argument));
      },
      // Colour codes take no columns.
      displayWidth: (text: string) => displayWidth(text.replace(/\u001b\[[\d;]*m/gu, '')),
    })
    .configureOutput({
      writeErr: (s) => process.stderr.write(s),
      outputError: (s, write) => write(`${translateError(s)}\n`),
    });
}
