/**
 * The one way gongkai runs another program (LibreOffice, Chromium): no shell (arguments go as they are, so a
 * file name cannot become a command), a time limit (a stuck program must not hold a batch for ever) and its
 * output capped; and one reading of how a run failed.
 */
import { execFile } from 'node:child_process';
import { accessSync, constants } from 'node:fs';
import { delimiter, join } from 'node:path';

export function runProgram(cmd: string, args: string[], timeoutMs: number): Promise<void> {
  return new Promise((resolve, reject) => {
    execFile(cmd, args, { timeout: timeoutMs, maxBuffer: 1 << 22 }, (error) =>
      error ? reject(error) : resolve(),
    );
  });
}

/** The program is not installed (or not where it was named). */
export const notInstalled = (e: unknown) => (e as NodeJS.ErrnoException).code === 'ENOENT';

/** The program ran past its time limit and was killed. */
export const timedOut = (e: unknown) => (e as { killed?: boolean }).killed === true;

/** The first line of what the failure says (the rest is the program's own output). */
export const firstLine = (e: unknown) => ((e as Error).message ?? String(e)).split('\n')[0];

const executable = (path: string) => {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
};

/** Where a command runs from: a path as it is, a bare name from the PATH; undefined when it is not there. */
export function whichProgram(cmd: string, env: NodeJS.ProcessEnv = process.env): string | undefined {
  if (cmd.includes('/')) return executable(cmd) ? cmd : undefined;
  for (const dir of (env.PATH ?? '').split(delimiter)) {
    if (dir && executable(join(dir, cmd))) return join(dir, cmd);
  }
  return undefined;
}
