/**
 * The channel between pdf.js's two halves, without the copy. In Node pdf.js runs its worker half in the same
 * thread (a "fake worker") and joins the halves with a LoopbackPort that structured-clones every message: each
 * page's operator list, with a glyph object for every character shown, is deep-copied once more on its way to
 * the main half — a fifth of the CPU of reading a PDF, for nothing, since both halves share one heap. This port
 * hands messages over by reference, on the same microtask schedule as LoopbackPort.
 *
 * What the clone did that still matters: the worker half reuses some objects right after sending them — an
 * operator list chunk's fnArray/argsArray are emptied in place (`length = 0`), a text chunk's `items` and
 * `styles` are replaced on the same object — so the envelope and its containers, two levels down, are copied
 * (see `handOver`). Deeper values (an operator's arguments, a text item, a glyph, a typed array) are created per
 * message and never written again by either half.
 *
 * pdf.js's hook for a port of one's own is `new PDFWorker({ port })`, given to getDocument as `worker`, with
 * WorkerMessageHandler.initializeFromPort on the other end. One such worker serves every document of the thread
 * (each document has its own handlers on it; getDocument never destroys a worker it was given).
 */
import { PDFWorker } from 'pdfjs-dist/legacy/build/pdf.mjs';

type Listener = (this: HandOverPort, event: { data: unknown }) => void;

/** Containers this many levels below the message are copied; values deeper than that are shared. */
const COPY_DEPTH = 3;

function isPlainObject(value: object): boolean {
  const proto = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

/** The message as the receiver gets it: plain objects and arrays copied down to COPY_DEPTH, the rest shared. */
export function handOver(value: unknown, depth = COPY_DEPTH): unknown {
  if (depth === 0 || value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) return depth === 1 ? value.slice() : value.map((v) => handOver(v, depth - 1));
  if (!isPlainObject(value)) return value;
  const out: Record<string, unknown> = Object.getPrototypeOf(value) === null ? Object.create(null) : {};
  for (const key of Object.keys(value))
    out[key] = handOver((value as Record<string, unknown>)[key], depth - 1);
  return out;
}

class HandOverPort {
  readonly #listeners = new Map<Listener, (() => void) | null>();
  readonly #deferred = Promise.resolve();

  postMessage(message: unknown): void {
    const event = { data: handOver(message) };
    this.#deferred.then(() => {
      for (const [listener] of this.#listeners) listener.call(this, event);
    });
  }

  addEventListener(_type: string, listener: Listener, options?: { signal?: AbortSignal }): void {
    let detach: (() => void) | null = null;
    const signal = options?.signal;
    if (signal) {
      if (signal.aborted) return;
      const onAbort = () => this.removeEventListener(_type, listener);
      detach = () => signal.removeEventListener('abort', onAbort);
      signal.addEventListener('abort', onAbort);
    }
    this.#listeners.set(listener, detach);
  }

  removeEventListener(_type: string, listener: Listener): void {
    this.#listeners.get(listener)?.();
    this.#listeners.delete(listener);
  }

  terminate(): void {
    for (const [, detach] of this.#listeners) detach?.();
    this.#listeners.clear();
  }
}

let worker: Promise<PDFWorker> | undefined;

/** pdf.js's worker half joined to its main half through a HandOverPort: one per thread. */
export function handOverWorker(): Promise<PDFWorker> {
  worker ??= (async () => {
    const { WorkerMessageHandler } = await import('pdfjs-dist/legacy/build/pdf.worker.mjs');
    const port = new HandOverPort();
    WorkerMessageHandler.initializeFromPort(port);
    const main = new PDFWorker({ port } as unknown as ConstructorParameters<typeof PDFWorker>[0]);
    await main.promise;
    return main;
  })();
  return worker;
}
