/**
 * The check pool as gongkai uses it (CLI and server): the thread pool of ./pool.ts, run inside a child process.
 * Threads contain what V8 lets them contain (heap exhaustion, a thread that exits, a time limit), but some hostile
 * PDFs make V8 abort the whole process — a font whose /W array declares a range of 175 million glyph widths ends in
 * "Fatal JavaScript invalid size error" — and no thread survives that. When the child dies, the documents it held
 * are retried one at a time in a fresh child; the one that kills it again is that document's exit-2 entry, and
 * the batch goes on. The child's stderr (V8's native stack trace) is dropped unless asked for.
 */
import type { ChildProcess } from 'node:child_process';
import { extname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { freshBundle } from './bundle-file.js';
import type { DocumentOutcome } from './check-document.js';
import type { DocumentTask } from './check-thread.js';
import { heapWhy, timeoutWhy } from './death.js';
import type { CheckPool, PoolOptions } from './pool.js';
import { type ChildPlan, forkChild, takeSpare } from './spare-child.js';

export const POOL_DEFAULTS = { timeoutSeconds: 120, maxMemoryMb: 2048 } as const;

/** The child's exit status when it ends itself for holding more memory than allowed (./pool-child.ts). */
export const RSS_EXIT = 86;

/**
 * How soon V8 optimizes a function (TurboFan): after ~18 times the default amount of interpreted work. A check is a
 * short run through much code; by default V8 optimized hundreds of lukewarm functions and threw many away again
 * (chongqing-007, 31 pages: 289 optimizations, 71 deoptimized; with this 60 and 9). The checking process's CPU fell
 * by a fifth to a third on 8- to 82-page PDFs, the hot loops being optimized all the same.
 */
const TIERING = ['--interrupt-budget=1200000'];

/**
 * A child of several lanes collects garbage on each lane's own thread. By default V8 hands parts of every
 * collection to helper threads (parallel scavenges, concurrent marking and sweeping): with one lane they run on a
 * core the check leaves idle, but with a lane per core they only take turns with the lanes, and the hand-over
 * costs more than it saves. Over the 33 text PDFs of pdf-more, checked in one thread, the helpers took 3.2 s of CPU
 * fewer and the checking thread 0.5 s more; a --jobs 2 batch of pdf-more took 2–4% less CPU (paired runs).
 */
const LANES_GC = ['--single-threaded-gc'];

/**
 * OCR collects the garbage a scanned page's rendering leaves (canvases and the JPEG 2000 decoder, hundreds of MB
 * outside V8's heap) before laying the page out (../ingest/ocr/release.ts): changsha-007-scanned's peak fell from
 * ~450 to ~400 MB.
 */
const EXPOSE_GC = ['--expose-gc'];

/** Room for the child's own code, pdf.js and the threads' bookkeeping, above the documents' share. */
const RSS_BASE_MB = 256;

export interface ChildOptions extends PoolOptions {
  /** Resident size (MB) past which the child ends itself. */
  rssLimitMb: number;
}

/**
 * What the child may hold in all: --max-memory per thread (heap and buffers alike), plus its base. A runaway on one
 * thread may borrow the idle threads' share before it is stopped; it is stopped all the same.
 */
export function rssLimitMb(threads: number, maxMemoryMb: number): number {
  return threads * maxMemoryMb + RSS_BASE_MB;
}

export interface IsolatedPoolOptions extends PoolOptions {
  /** Where the child's stderr goes (V8's fatal messages); dropped when not given. */
  onStderr?: (chunk: Buffer) => void;
}

interface Pending {
  task: DocumentTask;
  resolve: (o: DocumentOutcome) => void;
  started: number;
}

/** Why a child died: the outcome's code and the words after 读取失败. */
interface Cause {
  code: string;
  why: string;
}

type Death = (pending: Pending[], cause: Cause) => void;

/** What the child sends back for a document (./pool-child.ts). */
export interface ChildMessage {
  id: number;
  outcome: DocumentOutcome;
  peakRssMb: number;
  /** The child takes no more documents and ends. */
  last?: boolean;
}

/** What V8 prints before it aborts a process whose heap is exhausted. */
const HEAP_EXHAUSTED = /JavaScript heap out of memory/;

/**
 * How the pool starts its checking child for `threads` lanes: the module, the options as its argument, Node's flags.
 * Also what the command's early start (../cli/prestart.ts) forks, so that the pool can take that child instead.
 */
export function childPlan(options: IsolatedPoolOptions, threads: number): ChildPlan {
  const self = fileURLToPath(import.meta.url);
  // From dist/, ./pool-child.ts as a CommonJS script (scripts/bundle.mjs) when it was made from this build.
  const file =
    freshBundle('child')?.file ?? fileURLToPath(new URL(`./pool-child${extname(self)}`, import.meta.url));
  const { onStderr: _, ...poolOptions } = options;
  // From source (tests) the child is .ts too and needs tsx's loader, which a test runner may not have passed on.
  const loader =
    extname(self) === '.ts' && !process.execArgv.join(' ').includes('tsx') ? ['--import', 'tsx'] : [];
  const childOptions: ChildOptions = {
    ...poolOptions,
    threads,
    rssLimitMb: rssLimitMb(threads, poolOptions.maxMemoryMb),
  };
  const lanes = threads === 1 ? [`--max-old-space-size=${poolOptions.maxMemoryMb}`] : LANES_GC;
  // Keys in a fixed order: a spare child is taken only if its arguments are the same text (./spare-child.ts).
  return {
    file,
    args: [JSON.stringify(childOptions, Object.keys(childOptions).sort())],
    execArgv: [...process.execArgv, ...loader, ...lanes, ...TIERING, ...EXPOSE_GC],
  };
}

/**
 * One child process hosting a thread pool, or with one lane checking on its own thread (./direct-pool.ts); started
 * on first use and again after it dies. A child of one lane takes one document at a time (the others wait here) and
 * is held to the limits a thread would be: its heap by --max-old-space-size, its time by this side, which ends it.
 */
class Host {
  private child: ChildProcess | undefined;
  private readonly pending = new Map<number, Pending>();
  private nextId = 0;
  private readonly direct: boolean;
  private readonly waiting: Pending[] = [];
  private timer: NodeJS.Timeout | undefined;
  private timedOut = false;
  /** The end of the child's stderr, where V8 says why it aborted. */
  private stderrTail = '';

  constructor(
    private readonly options: IsolatedPoolOptions,
    private readonly threads: number,
    private readonly onDeath: Death,
  ) {
    this.direct = threads === 1;
  }

  private start(): ChildProcess {
    const plan = childPlan(this.options, this.threads);
    const child = takeSpare(plan) ?? forkChild(plan);
    this.stderrTail = '';
    child.stderr?.on('data', (chunk: Buffer) => {
      this.stderrTail = (this.stderrTail + chunk.toString('utf8')).slice(-4096);
      this.options.onStderr?.(chunk);
    });
    child.on('message', (m: ChildMessage) => {
      const p = this.pending.get(m.id);
      if (!p) return;
      this.pending.delete(m.id);
      clearTimeout(this.timer);
      // A child that says this was its last document ends by itself; the next one goes to a new child.
      if (m.last && this.child === child) this.child = undefined;
      p.resolve({ ...m.outcome, peakRssMb: m.peakRssMb });
      this.next();
    });
    // 'close' rather than 'exit': by then the child's stderr has been read to its end (V8's last words).
    child.on('close', (code, signal) => {
      if (this.child !== child) return;
      this.child = undefined;
      clearTimeout(this.timer);
      const lost = [...this.pending.values()];
      this.pending.clear();
      const cause = this.cause(code, signal);
      this.timedOut = false;
      if (lost.length > 0) this.onDeath(lost, cause);
      this.next();
    });
    // A child that dies while a message is in flight makes send() fail; its exit handler reports the task.
    child.on('error', () => {});
    return child;
  }

  private cause(code: number | null, signal: NodeJS.Signals | null): Cause {
    if (this.timedOut) return { code: 'timeout', why: timeoutWhy(this.options) };
    if (this.direct && HEAP_EXHAUSTED.test(this.stderrTail)) {
      return { code: 'out-of-memory', why: heapWhy(this.options) };
    }
    if (code === RSS_EXIT) {
      const limit = rssLimitMb(this.threads, this.options.maxMemoryMb);
      return {
        code: 'out-of-memory',
        why: `内存超过上限（检查进程占用超过 ${limit} MB，可用 --max-memory 调整）`,
      };
    }
    const how = signal ? `信号 ${signal}` : `退出码 ${code}`;
    return { code: 'crashed', why: `处理进程异常终止（${how}），文件可能已损坏或是刻意构造的` };
  }

  submit(p: Pending): void {
    if (this.direct && this.pending.size > 0) {
      this.waiting.push(p);
      return;
    }
    this.child ??= this.start();
    const id = this.nextId++;
    this.pending.set(id, p);
    if (this.direct) {
      const child = this.child;
      this.timer = setTimeout(() => {
        this.timedOut = true;
        child.kill('SIGKILL');
      }, this.options.timeoutSeconds * 1000);
    }
    this.child.send({ id, task: p.task });
  }

  /** A child of one lane takes the next waiting document once it is free. */
  private next(): void {
    const p = this.waiting.shift();
    if (p) this.submit(p);
  }

  /**
   * Tells the child to go and waits for its exit: not waiting would save the command the child's teardown, but its
   * CPU would then be counted nowhere (time, GNU time and a benchmark count only the children a process waits for).
   */
  async close(): Promise<void> {
    const child = this.child;
    this.child = undefined;
    if (!child || child.exitCode !== null) return;
    const gone = new Promise<void>((resolve) => child.once('exit', () => resolve()));
    child.disconnect();
    await gone;
  }
}

function crashed(p: Pending, cause: Cause): DocumentOutcome {
  return {
    ok: false,
    fatal: true,
    name: p.task.name,
    code: cause.code,
    message: `${p.task.name}：读取失败：${cause.why}`,
    millis: Math.round(performance.now() - p.started),
  };
}

export function createCheckPool(o: IsolatedPoolOptions): CheckPool {
  // Suspects run alone, one after another, so a death names its document.
  const suspects: Pending[] = [];
  let checking = false;
  const alone: Host = new Host(o, 1, (lost, cause) => {
    for (const p of lost) p.resolve(crashed(p, cause));
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
  const main = new Host(o, o.threads, (lost, cause) => {
    if (lost.length === 1) {
      lost[0].resolve(crashed(lost[0], cause));
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
