/** Registers `gongkai serve` and `gongkai worker` on the CLI. */
import type { Command } from 'commander';

import { nonNegativeInt } from './option-values.js';

const int = (_name: string) => nonNegativeInt;

export function registerServerCommands(program: Command): void {
  program
    .command('serve')
    .description('启动网页服务：上传、批量检查、报告页、统计；默认使用数据目录里的内置数据库')
    .option('--data <dir>', '数据目录（内置数据库、访问令牌）', 'gongkai-data')
    .option('--port <n>', '端口', int('--port'), 8080)
    .option('--host <host>', '监听地址（默认只在本机可访问）', '127.0.0.1')
    .option('--database <url>', 'PostgreSQL 连接串（也可用 DATABASE_URL）；不给则用内置数据库')
    .option(
      '--workers <n>',
      '本进程的检查线程数（内置数据库默认 1，PostgreSQL 默认 0，由 gongkai worker 检查）',
      int('--workers'),
    )
    .option('--check-timeout <s>', '单个文件的检查时限（秒）', int('--check-timeout'), 600)
    .option('--max-upload-mb <n>', '单个上传文件的大小上限（MB）', int('--max-upload-mb'), 100)
    .option('--max-pages <n>', 'PDF 页数上限', int('--max-pages'), 500)
    .addHelpText(
      'after',
      '\n环境变量：GONGKAI_TOKEN 访问令牌（设置后读取也需要令牌）；DATABASE_URL PostgreSQL 连接串。',
    )
    .action(async (o) => {
      const { serve } = await import('../server/serve.js');
      await serve({
        data: o.data,
        port: o.port,
        host: o.host,
        database: o.database,
        workers: o.workers,
        checkTimeout: o.checkTimeout,
        limits: { uploadBytes: o.maxUploadMb * 1024 * 1024, pages: o.maxPages },
      });
      await new Promise(() => {}); // runs until a signal stops it
    });
  program
    .command('worker')
    .description('检查进程：从 PostgreSQL 上的队列取文件检查（可在多台机器上运行任意多个）')
    .option('--database <url>', 'PostgreSQL 连接串（也可用 DATABASE_URL）')
    .option('--threads <n>', '检查线程数（默认 CPU 数减 1）', int('--threads'))
    .option('--check-timeout <s>', '单个文件的检查时限（秒）', int('--check-timeout'), 600)
    .option('--max-pages <n>', 'PDF 页数上限', int('--max-pages'), 500)
    .action(async (o) => {
      const { worker } = await import('../server/serve.js');
      await worker({
        database: o.database,
        threads: o.threads,
        checkTimeout: o.checkTimeout,
        maxPages: o.maxPages,
      });
      await new Promise(() => {});
    });
}
