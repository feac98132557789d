/**
 * The check pool as gongkai uses it (CLI and server): the thread pool of ./pool.ts, run inside a child process.
 * Threads contain what V8 lets them contain (heap exhaustion, a thread that exits, a time limit), but some hostile
 * PDFs make V8 abort the whole process — a font whose /W array declares a range of 175 million glyph widths ends in
 * "Fatal JavaScript invalid size error" — and no thread survives that. When the child dies, the documents it held
 * are retried one at a time in a fresh child; the one that kills it again is that document's exit-2 entry, and
 * the batch goes on. The child's stderr (V8's native stack trace) is dropped unless asked for.
 */
import { type ChildProcess, fork } from 'node:child_process';
import { extname } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { DocumentOutcome } from './check-document.js';
import type { DocumentTask } from './check-thread.js';
import type { CheckPool, PoolOptions } from './pool.js';

export const POOL_DEFAULTS = { timeoutSeconds: 120, maxMemoryMb: 2048 } as const;

export interface IsolatedPoolOptions extends PoolOptions {
  /** Where the child's stderr goes (V8's fatal messages); dropped when not given. */
  onStderr?: (chunk: Buffer) => void;
}

interface Pending {
  task: DocumentTask;
  resolve: (o: DocumentOutcome) => void;
  started: number;
}

type Death = (pending: Pending[], why: string) => void;

/** One child process hosting a thread pool; started on first use and again after it dies. */
class Host {
  private child: ChildProcess | undefined;
  private readonly pending = new Map<number, Pending>();
  private nextId = 0;

  constructor(
    private readonly options: IsolatedPoolOptions,
    private readonly threads: number,
    private readonly onDeath: Death,
  ) {}

  private start(): ChildProcess {
    const self = fileURLToPath(import.meta.url);
    const file = fileURLToPath(new URL(`./pool-child${extname(self)}`, import.meta.url));
    const { onStderr: _, ...poolOptions } = this.options;
    // From source (tests) the child is .ts too and needs tsx's loader, which a test runner may not have passed on.
    const loader =
      extname(self) === '.ts' && !process.execArgv.join(' ').includes('tsx') ? ['--import', 'tsx'] : [];
    const child = fork(file, [JSON.stringify({ ...poolOptions, threads: this.threads })], {
      execArgv: [...process.execArgv, ...loader],
      serialization: 'advanced',
      stdio: ['ignore', 'ignore', 'pipe', 'ipc'],
    });
    child.stderr?.on('data', (chunk: Buffer) => this.options.onStderr?.(chunk));
    child.on('message', (m: { id: number; outcome: DocumentOutcome }) => {
      const p = this.pending.get(m.id);
      if (!p) return;
      this.pending.delete(m.id);
      p.resolve(m.outcome);
    });
    child.on('exit', (code, signal) => {
      if (this.child === child) this.child = undefined;
      const lost = [...this.pending.values()];
      this.pending.clear();
      if (lost.length > 0) this.onDeath(lost, signal ? `信号 ${signal}` : `退出码 ${code}`);
    });
    // A child that dies while a message is in flight makes send() fail; its exit handler reports the task.
    child.on('error', () => {});
    return child;
  }

  submit(p: Pending): void {
    this.child ??= this.start();
    const id = this.nextId++;
    this.pending.set(id, p);
    this.child.send({ id, task: p.task });
  }

  async close(): Promise<void> {
    const child = this.child;
    this.child = undefined;
    if (!child || child.exitCode !== null) return;
    const gone = new Promise<void>((resolve) => child.once('exit', () => resolve()));
    child.disconnect();
    await gone;
  }
}

function crashed(p: Pending, why: string): DocumentOutcome {
  return {
    ok: false,
    fatal: true,
    name: p.task.name,
    code: 'crashed',
    message: `${p.task.name}：读取失败：处理进程异常终止（${why}），文件可能已损坏或是刻意构造的`,
    millis: Math.round(performance.now() - p.started),
  };
}

export function createCheckPool(o: IsolatedPoolOptions): CheckPool {
  // Suspects run alone, one after another, so a death names its document.
  const suspects: Pending[] = [];
  let checking = false;
  const alone: Host = new Host(o, 1, (lost, why) => {
    for (const p of lost) p.resolve(crashed(p, why));
  });
  const nextSuspect = () => {
    const p = suspects.shift();
    if (!p) {
      checking = false;
      return;
    }
    checking = true;
    alone.submit({
      ...p,
      resolve: (outcome) => {
        p.resolve(outcome);
        nextSuspect();
      },
    });
  };
  const main = new Host(o, o.threads, (lost, why) => {
    if (lost.length === 1) {
      lost[0].resolve(crashed(lost[0], why));
      return;
    }
    suspects.push(...lost);
    if (!checking) nextSuspect();
  });
  return {
    threads: o.threads,
    run: (task) =>
      new Promise<DocumentOutcome>((resolve) => main.submit({ task, resolve, started: performance.now() })),
    async close() {
      await Promise.all([main.close(), alone.close()]);
    },
  };
}
