/**
 * Fault injection for the tests of isolation and exit codes: they need a document whose check throws (a bug),
 * hangs, runs out of memory or kills its thread, and no real document reliably does that. Set
 * GONGKAI_FAULT="kind:part-of-name[,kind:part-of-name…]" (kind: bug, hang, oom, exit — the thread ends —, reject — a promise nobody awaits fails, as pdf.js's
 * parser does on some damaged files —, abort — V8 aborts the whole process, as a
 * hostile font's /W array can make it do, rss — memory outside V8's heap grows without end, as pdf.js's buffers
 * did on a damaged file); a document whose name
 * contains the part gets the fault. Unset (as for every user), this does nothing.
 */
export type FaultKind = 'bug' | 'hang' | 'oom' | 'rss' | 'exit' | 'abort' | 'reject';

function faultFor(name: string): FaultKind | undefined {
  const spec = process.env.GONGKAI_FAULT;
  if (!spec) return undefined;
  for (const item of spec.split(',')) {
    const at = item.indexOf(':');
    const kind = item.slice(0, at) as FaultKind;
    if (at > 0 && name.includes(item.slice(at + 1))) return kind;
  }
  return undefined;
}

export async function injectFault(name: string): Promise<void> {
  const fault = faultFor(name);
  if (fault === 'bug') throw new Error('注入的故障（GONGKAI_FAULT）');
  if (fault === 'hang') for (;;) {}
  if (fault === 'exit') process.exit(70);
  if (fault === 'reject') {
    // pdf.js rejects with its own exception objects, not Errors: Node wraps such a reason in its message.
    void Promise.reject('ParserEOFException: End of file inside dictionary.');
    await new Promise((resolve) => setTimeout(resolve, 5000));
  }
  // process.abort() is refused on a thread; a signal to the process is what a V8 fatal error amounts to.
  if (fault === 'abort') process.kill(process.pid, 'SIGKILL');
  if (fault === 'rss') {
    const held: Buffer[] = [];
    for (;;) {
      held.push(Buffer.alloc(32 * 1024 * 1024, 1));
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  }
  if (fault === 'oom') {
    // Arrays of 4 MB: few objects for the collector to trace, so the heap fills three times faster than with
    // small strings; larger steps would overshoot the thread's last-moment allowance and abort the process.
    const hog: number[][] = [];
    for (let i = 0; ; i++) hog.push(new Array<number>(500_000).fill(i));
  }
}
