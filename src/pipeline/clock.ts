/**
 * A stopwatch started now: each call of what it returns gives the whole milliseconds since, on the monotonic clock.
 * Not `performance.now()`: that global is Node's perf_hooks, loaded on its first use (~4 ms of a checking process's
 * start, on a one-file check's critical path), for durations reported in whole milliseconds.
 */
export function stopwatch(): () => number {
  const t0 = process.hrtime.bigint();
  return () => Math.round(Number(process.hrtime.bigint() - t0) / 1e6);
}
