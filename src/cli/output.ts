/**
 * Where a command's output goes: a file (folders created) or stdout. A path that cannot be written is the user's
 * mistake (exit 2, one line naming the path and why), found before the work starts where it can be; a reader that
 * closes the pipe early (`gongkai … | head`) ends the output quietly.
 */
import { constants } from 'node:fs';
import { access, mkdir, stat, writeFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { UsageError } from './usage-error.js';

const REASONS: Record<string, string> = {
  EISDIR: '这是一个已有的目录，请给出文件名',
  ENOTDIR: '路径中有一段是文件而不是目录',
  EEXIST: '路径中有一段是文件而不是目录',
  EACCES: '没有写入权限',
  EPERM: '没有写入权限',
  EROFS: '文件系统是只读的',
  ENOSPC: '磁盘空间不足',
  ENAMETOOLONG: '路径太长',
  EINVAL: '路径无效',
};

export function outputError(path: string, e: unknown): UsageError {
  const code = (e as NodeJS.ErrnoException).code ?? '';
  return new UsageError(`无法写入 ${path}：${REASONS[code] ?? `写入失败（${code || String(e)}）`}`);
}

let stdoutClosed = false;

/** The reader of stdout went away (EPIPE): nothing more is written, and that is not an error. */
export function markStdoutClosed(): void {
  stdoutClosed = true;
}

function isEpipe(e: unknown): boolean {
  return (e as NodeJS.ErrnoException | null)?.code === 'EPIPE';
}

async function nearestExisting(path: string): Promise<{ path: string; dir: boolean }> {
  let p = resolve(path);
  for (;;) {
    try {
      return { path: p, dir: (await stat(p)).isDirectory() };
    } catch {
      const up = dirname(p);
      if (up === p) return { path: p, dir: true };
      p = up;
    }
  }
}

/**
 * Refuse an output path that will fail, before a long check: a file expected where a folder is, a folder where a
 * file is, or a place without write permission.
 */
export async function checkOutputPath(output: string | undefined, kind: 'file' | 'dir'): Promise<void> {
  if (!output || output === '-') return;
  const found = await nearestExisting(output);
  const exact = found.path === resolve(output);
  if (exact && kind === 'file' && found.dir) throw outputError(output, { code: 'EISDIR' });
  if (exact && kind === 'dir' && !found.dir)
    throw new UsageError(`无法写入 ${output}：这是一个已有的文件，请给出目录`);
  if (!exact && !found.dir) throw outputError(output, { code: 'ENOTDIR' });
  try {
    await access(found.path, constants.W_OK);
  } catch (e) {
    throw outputError(output, e);
  }
}

/** Write to a file (creating folders) or to stdout. */
export async function emit(content: string | Uint8Array, output?: string): Promise<void> {
  if (!output || output === '-') {
    if (stdoutClosed) return;
    await new Promise<void>((resolve, reject) =>
      process.stdout.write(content, (e) => {
        if (e && isEpipe(e)) markStdoutClosed();
        return e && !isEpipe(e) ? reject(e) : resolve();
      }),
    );
    return;
  }
  try {
    await mkdir(dirname(output), { recursive: true });
    await writeFile(output, content);
  } catch (e) {
    throw outputError(output, e);
  }
}
