/**
 * `gongkai serve` and `gongkai worker`: open the database (PGlite in the data folder, or PostgreSQL by URL),
 * migrate it, start the queue, and either serve HTTP (and, on PGlite, check in the same process) or only take
 * jobs. Both stop cleanly on SIGINT/SIGTERM; killed with -9 they lose nothing (the queue re-runs their jobs).
 */

import { readFileSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { join, resolve } from 'node:path';
import { buildApp } from './app.js';
import { resolveAccess } from './auth.js';
import { createCheckPool } from './check-pool.js';
import { DEFAULT_LIMITS, type Limits } from './context.js';
import { type Db, openPglite, openPostgres } from './db.js';
import { reclaimOrphans, startWorking } from './jobs.js';
import { migrate } from './migrations.js';
import { startBoss } from './queue.js';

export interface ServeOptions {
  data: string;
  port: number;
  host: string;
  database?: string;
  /** Check threads in this process; default: 1 on PGlite, 0 with PostgreSQL (workers do it). */
  workers?: number;
  checkTimeout: number;
  limits?: Partial<Limits>;
}

/** gongkai's version, or GONGKAI_RUN_VERSION to label runs of a build under test before it is released. */
export function runVersion(): string {
  const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as {
    version: string;
  };
  return process.env.GONGKAI_RUN_VERSION?.trim() || pkg.version;
}

const say = (line: string) => process.stdout.write(`${line}\n`);

async function openDb(data: string, url: string | undefined): Promise<Db> {
  if (url) return openPostgres(url);
  const t0 = performance.now();
  const db = await openPglite(join(data, 'db'));
  say(`内置数据库已打开（${Math.round(performance.now() - t0)} ms）：${join(data, 'db')}`);
  return db;
}

function onSignals(stop: () => Promise<void>): void {
  let stopping = false;
  const handler = () => {
    if (stopping) return;
    stopping = true;
    stop().then(
      () => process.exit(0),
      (e) => {
        process.stderr.write(`停止时出错：${(e as Error).message}\n`);
        process.exit(1);
      },
    );
  };
  process.on('SIGINT', handler);
  process.on('SIGTERM', handler);
}

export async function serve(o: ServeOptions): Promise<void> {
  const data = resolve(o.data);
  await mkdir(data, { recursive: true, mode: 0o700 });
  const access = await resolveAccess(data);
  const url = o.database ?? process.env.DATABASE_URL;
  const db = await openDb(data, url);
  await migrate(db);
  const boss = await startBoss(db);
  const version = runVersion();
  const threads = o.workers ?? (db.kind === 'pglite' ? 1 : 0);
  const pool = threads > 0 ? createCheckPool(threads, o.checkTimeout) : undefined;
  const limits = { ...DEFAULT_LIMITS, ...o.limits };
  if (db.kind === 'pglite') {
    const back = await reclaimOrphans(db, boss, version);
    if (back > 0) say(`上次中断时正在检查的 ${back} 个文件已重新排队`);
  }
  const stopWork = pool ? await startWorking({ db, boss, pool, version, maxPages: limits.pages }) : undefined;
  const app = await buildApp({ db, boss, access, limits, version });
  await app.listen({ port: o.port, host: o.host });
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : o.port;
  const shown = o.host.includes(':') ? `[${o.host}]` : o.host;
  say(`gongkai ${version} 已启动：http://${shown}:${port}/`);
  say(
    `数据库：${db.kind === 'pglite' ? `内置（${join(data, 'db')}）` : 'PostgreSQL'}；检查线程：${threads}${threads === 0 ? '（请另行运行 gongkai worker）' : ''}`,
  );
  if (access.source === 'generated')
    say(`访问令牌（首次启动生成，已保存在 ${join(data, 'token')}）：${access.token}`);
  else if (access.source === 'file') say(`访问令牌保存在 ${join(data, 'token')}`);
  else say('访问令牌：来自 GONGKAI_TOKEN（读取也需要令牌）');
  onSignals(async () => {
    await app.close();
    await stopWork?.();
    await boss.stop({ graceful: true, timeout: 5000 });
    await pool?.close();
    await db.close();
  });
}

export interface WorkerOptions {
  database?: string;
  threads?: number;
  checkTimeout: number;
  maxPages?: number;
}

export async function worker(o: WorkerOptions): Promise<void> {
  const url = o.database ?? process.env.DATABASE_URL;
  if (!url) throw new Error('gongkai worker 需要 PostgreSQL：请用 --database 或 DATABASE_URL 指定');
  const db = await openPostgres(url);
  await migrate(db);
  const boss = await startBoss(db);
  const version = runVersion();
  const threads = o.threads ?? Math.max(1, availableParallelism() - 1);
  const pool = createCheckPool(threads, o.checkTimeout);
  const stopWork = await startWorking({
    db,
    boss,
    pool,
    version,
    maxPages: o.maxPages ?? DEFAULT_LIMITS.pages,
    log: process.env.GONGKAI_WORKER_LOG ? say : undefined,
  });
  say(`gongkai ${version} 检查进程已启动（${threads} 个线程，进程号 ${process.pid}）`);
  onSignals(async () => {
    await stopWork();
    await boss.stop({ graceful: true, timeout: 10000 });
    await pool.close();
    await db.close();
  });
}
