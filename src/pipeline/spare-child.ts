/**
 * A checking child started ahead of need. A check of one file spends its first few hundred milliseconds twice over
 * in series: the command starts Node and loads its own modules (commander, the options, the inputs), and only then
 * forks the checking child, which starts Node again and loads the reader's bundle. The command may fork the child
 * it expects to need as the very first thing it does (../cli/prestart.ts), so that both start side by side; the
 * pool (./isolated-pool.ts) then takes that child instead of forking one, but only if it was started exactly as the
 * pool would start it (the same file, arguments and Node flags). A spare nobody takes is killed when the command
 * exits; until taken it does not keep the command alive.
 */
import { type ChildProcess, fork } from 'node:child_process';

/** How a checking child is started: its module, its arguments (the options as JSON) and Node's flags. */
export interface ChildPlan {
  file: string;
  args: string[];
  execArgv: string[];
}

export function forkChild(plan: ChildPlan): ChildProcess {
  return fork(plan.file, plan.args, {
    execArgv: plan.execArgv,
    env: childEnv(),
    serialization: 'advanced',
    stdio: ['ignore', 'ignore', 'pipe', 'ipc'],
  });
}

/**
 * The command's environment less NODE_EXTRA_CA_CERTS: Node reads and parses the certificates it names as it starts,
 * for TLS connections a checking child never makes (it reads files and speaks to its parent over IPC). Naming the
 * system's bundle (~140 certificates) added ~45 ms to every start of Node, on a one-file check's critical path.
 */
function childEnv(): NodeJS.ProcessEnv {
  const { NODE_EXTRA_CA_CERTS: _, ...env } = process.env;
  return env;
}

const keyOf = (plan: ChildPlan) => JSON.stringify([plan.file, plan.args, plan.execArgv]);

interface Spare {
  key: string;
  child: ChildProcess;
}

/**
 * The spare is the process's, not this module's: the installed command starts it from its CommonJS bundle
 * (../cli/gongkai.ts), and the pool takes it from this module loaded as an ES module, two copies of this file.
 */
const SPARE = Symbol.for('gongkai.spareChild');
const holder = globalThis as { [SPARE]?: Spare };

/** Whether the child's handles keep this process's event loop alive: the process, its IPC channel, its stderr. */
function holdOpen(child: ChildProcess, held: boolean): void {
  const handles: Array<{ ref(): unknown; unref(): unknown } | null | undefined> = [
    child,
    child.channel,
    child.stderr as unknown as { ref(): unknown; unref(): unknown } | null,
  ];
  for (const h of handles) {
    if (held) h?.ref();
    else h?.unref();
  }
}

/** Start the child `plan` describes now, for a pool to take later (takeSpare). */
export function startSpare(plan: ChildPlan): void {
  if (holder[SPARE]) return;
  const child = forkChild(plan);
  child.on('error', () => {});
  holdOpen(child, false);
  holder[SPARE] = { key: keyOf(plan), child };
  process.once('exit', () => holder[SPARE]?.child.kill('SIGKILL'));
}

/**
 * The spare child, if it was started as `plan` says and is still alive; otherwise undefined (and a spare started
 * otherwise is ended: a command takes at most one).
 */
export function takeSpare(plan: ChildPlan): ChildProcess | undefined {
  const s = holder[SPARE];
  holder[SPARE] = undefined;
  if (!s) return undefined;
  const { child } = s;
  if (s.key !== keyOf(plan) || child.exitCode !== null || child.signalCode !== null || !child.connected) {
    child.kill('SIGKILL');
    return undefined;
  }
  holdOpen(child, true);
  return child;
}
