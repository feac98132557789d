/**
 * The first thing `gongkai check FILE` and `gongkai extract FILE` do: fork the checking child they will need, before
 * loading commander and the rest of the command, so that the child's start (Node, the reader's bundle) runs beside
 * the command's own instead of after it (../pipeline/spare-child.ts). Read from the raw arguments, with nothing
 * loaded: one file that is not a zip (one document: one lane) and the limits that shape the child (--timeout,
 * --max-memory), every option one of theirs. Only an acceleration: the pool takes the child only if it would have
 * started the same one, and a guess that does not fit (a folder, an archive, a bad value) costs a child that is ended.
 */
import { closeSync, openSync, readSync, statSync } from 'node:fs';
import { childPlan, POOL_DEFAULTS } from '../pipeline/isolated-pool.js';
import { startSpare } from '../pipeline/spare-child.js';

/** The options of `check` and `extract` that take a value (prestart.test.ts holds these lists to commander's). */
export const VALUE_OPTIONS = new Set([
  '-f',
  '--format',
  '-o',
  '--output',
  '-j',
  '--jobs',
  '--timeout',
  '--max-memory',
  '--max-pages',
  '--max-text',
  '--max-cells',
  '--max-ocr-pages',
]);

/** Their options that take none (and the program's --debug); -h/--help are not among them: help starts no check. */
export const FLAG_OPTIONS = new Set(['--no-color', '--no-progress', '--no-ocr', '--merge', '--debug']);

interface Parsed {
  paths: string[];
  values: Map<string, string>;
  flags: Set<string>;
}

/** The arguments after the command name, as commander will read them: options (with their values) and paths. */
export function parseArgs(args: string[]): Parsed {
  const parsed: Parsed = { paths: [], values: new Map(), flags: new Set() };
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (a === '--') {
      parsed.paths.push(...args.slice(i + 1));
      break;
    }
    if (!a.startsWith('-') || a === '-') parsed.paths.push(a);
    else if (a.startsWith('--') && a.includes('=')) {
      parsed.values.set(a.slice(0, a.indexOf('=')), a.slice(a.indexOf('=') + 1));
    } else if (VALUE_OPTIONS.has(a)) parsed.values.set(a, args[++i] ?? '');
    else parsed.flags.add(a);
  }
  return parsed;
}

/** A regular file whose first bytes are not a zip's (a zip may be an archive of many documents). */
function oneDocument(path: string): boolean {
  try {
    if (!statSync(path).isFile()) return false;
    const head = Buffer.alloc(2);
    const fd = openSync(path, 'r');
    try {
      readSync(fd, head, 0, 2, 0);
    } finally {
      closeSync(fd);
    }
    return head.toString('latin1') !== 'PK';
  } catch {
    return false;
  }
}

/** A limit's value as the command will read it, the default when not given; undefined when not a valid value. */
function limit(text: string | undefined, fallback: number, integer: boolean): number | undefined {
  if (text === undefined) return fallback;
  const n = Number(text);
  if (text.trim() === '' || !Number.isFinite(n) || n <= 0 || (integer && !/^\d+$/u.test(text.trim())))
    return undefined;
  return n;
}

/** Fork the checking child a one-file `check` or `extract` will use, if the arguments say that is what this is. */
export function prestart(argv: string[]): void {
  const [command, ...rest] = argv;
  if (command !== 'check' && command !== 'extract') return;
  const { paths, values, flags } = parseArgs(rest);
  // Help, a mistyped option (commander refuses it) and --merge (several files) start no checking child of one lane.
  if (flags.has('--merge') || [...flags].some((f) => !FLAG_OPTIONS.has(f))) return;
  if (paths.length !== 1 || !oneDocument(paths[0])) return;
  const timeoutSeconds = limit(values.get('--timeout'), POOL_DEFAULTS.timeoutSeconds, false);
  const maxMemoryMb = limit(values.get('--max-memory'), POOL_DEFAULTS.maxMemoryMb, true);
  if (timeoutSeconds === undefined || maxMemoryMb === undefined) return;
  startSpare(childPlan({ threads: 1, timeoutSeconds, maxMemoryMb }, 1));
}
