/**
 * The child process of ./isolated-pool.ts: a thread pool that takes documents over IPC and sends their outcomes
 * back. It ends when its parent disconnects (or dies).
 *
 * The threads' memory cap (resourceLimits) covers V8's heap only; pdf.js keeps decoded streams and images in
 * ArrayBuffers outside it, and a damaged file once grew the process to 3.4 GB that way. So this process watches
 * its own resident size and, past the limit it was given, exits with RSS_EXIT: the parent names the document(s)
 * it held, retrying them one at a time to find the one that did it.
 */
import { type ChildOptions, RSS_EXIT } from './isolated-pool.js';
import { createThreadPool } from './pool.js';

const options = JSON.parse(process.argv[2]) as ChildOptions;
const pool = createThreadPool(options);
const peakRssMb = () => Math.round(process.resourceUsage().maxRSS / 1024);
process.on('message', (m: { id: number; task: Parameters<typeof pool.run>[0] }) => {
  pool.run(m.task).then((outcome) => process.send?.({ id: m.id, outcome, peakRssMb: peakRssMb() }));
});
process.on('disconnect', () => {
  pool.close().finally(() => process.exit(0));
});
// Sampled often enough to catch a runaway long before the machine's memory is gone (a few hundred MB/s at most).
setInterval(() => {
  const mb = process.memoryUsage.rss() / 1024 / 1024;
  if (mb > options.rssLimitMb) process.exit(RSS_EXIT);
}, 100).unref();
