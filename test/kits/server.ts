/** Test helper: a real `gongkai serve` process (from source through tsx) on a fresh data folder. */
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));

export interface Running {
  url: string;
  data: string;
  proc: ChildProcess;
  output: () => string;
  stop: () => Promise<void>;
}

/** A real `gongkai worker` process (from source through tsx) on a PostgreSQL database. */
export async function startWorker(url: string, args: string[] = []): Promise<Running> {
  return start(['worker', '--database', url, ...args], {}, '', /检查进程已启动/);
}

export async function startServe(
  args: string[],
  env: Record<string, string> = {},
  data?: string,
): Promise<Running> {
  const dir = data ?? mkdtempSync(join(tmpdir(), 'gongkai-serve-'));
  return start(['serve', '--data', dir, '--port', '0', ...args], env, dir, /已启动：(http:\S+?)\/\n/);
}

async function start(
  args: string[],
  env: Record<string, string>,
  dir: string,
  ready: RegExp,
): Promise<Running> {
  const proc = spawn(
    process.execPath,
    ['--import', 'tsx', 'src/cli/main.ts', ...args],
    // The child must not pick up the test machine's DATABASE_URL unless the test passes --database.
    { cwd: root, env: { ...process.env, DATABASE_URL: '', ...env }, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let out = '';
  proc.stdout?.on('data', (b) => {
    out += b;
  });
  proc.stderr?.on('data', (b) => {
    out += b;
  });
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setInterval(() => {
      const m = ready.exec(out);
      if (m) {
        clearInterval(timer);
        resolve(m[1] ?? '');
      }
    }, 100);
    proc.on('exit', (code) => {
      clearInterval(timer);
      reject(new Error(`gongkai ${args[0]} exited (${code}):\n${out}`));
    });
  });
  return {
    url,
    data: dir,
    proc,
    output: () => out,
    stop: () =>
      new Promise<void>((resolve) => {
        if (proc.exitCode !== null) return resolve();
        proc.once('exit', () => resolve());
        proc.kill('SIGTERM');
      }),
  };
}
