// The machine a benchmark ran on, printed with every figure.
import { spawnSync } from 'node:child_process';
import os from 'node:os';

export function machine() {
  const cpu = os.cpus()[0]?.model ?? 'unknown CPU';
  return `${cpu} · ${os.cpus().length} cores · ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB · Node ${process.version} · ${os.platform()} ${os.release()}`;
}

// Touches 64 MB a page at a time, twice, and prints microseconds a page for each pass.
const PAGE_PROBE = `const b = Buffer.allocUnsafe(64 << 20); const pass = () => { const t0 = process.hrtime.bigint();
for (let i = 0; i < b.length; i += 4096) b[i] = 1; return Number(process.hrtime.bigint() - t0) / 1e3 / (b.length / 4096); };
console.log(pass(), pass());`;

/**
 * What every process of a one-file check pays on this machine, whatever gongkai does: Node's start (with this
 * environment, as a user's command has it) and the first touch of a page of memory. On a virtual machine that hands
 * idle memory back to its host, a fresh page can cost ten times what it costs elsewhere, and a check touches
 * thousands: these two explain much of the difference between machines in the figures that follow.
 */
export function processCosts() {
  const starts = [];
  for (let i = 0; i < 5; i++) {
    const t0 = performance.now();
    spawnSync(process.execPath, ['-e', '0']);
    starts.push(performance.now() - t0);
  }
  const probe = spawnSync(process.execPath, ['-e', PAGE_PROBE], { encoding: 'utf8' });
  const [first, again] = (probe.stdout ?? '').trim().split(' ').map(Number);
  const pages = Number.isFinite(first)
    ? `a fresh page of memory ${first.toFixed(1)} µs, the same page again ${again.toFixed(2)} µs`
    : 'page cost not measured';
  return `Node's start ${median(starts).toFixed(0)} ms (median of 5); ${pages}`;
}

export function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
}

export async function timeRuns(fn, runs) {
  const times = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    await fn();
    times.push(performance.now() - t0);
  }
  return { median: median(times), min: Math.min(...times), max: Math.max(...times) };
}
