/**
 * The child process of ./isolated-pool.ts: a thread pool that takes documents over IPC and sends their outcomes
 * back. It ends when its parent disconnects (or dies).
 */
import { createThreadPool, type PoolOptions } from './pool.js';

const options = JSON.parse(process.argv[2]) as PoolOptions;
const pool = createThreadPool(options);

process.on('message', (m: { id: number; task: Parameters<typeof pool.run>[0] }) => {
  pool.run(m.task).then((outcome) => process.send?.({ id: m.id, outcome }));
});
process.on('disconnect', () => {
  pool.close().finally(() => process.exit(0));
});
