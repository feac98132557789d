/**
 * Tests of the command as users run it spawn the installed command, dist/bundle/gongkai.cjs (package.json bin). Rebuild it (and the checking child's bundle) first
 * when any source file is newer, so a test never passes or fails on yesterday's build.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = fileURLToPath(new URL('..', import.meta.url));
export const mainJs = join(root, 'dist/bundle/gongkai.cjs');

function newest(dir: string): number {
  let t = 0;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    t = Math.max(t, e.isDirectory() ? newest(p) : statSync(p).mtimeMs);
  }
  return t;
}

export function ensureBuilt(): void {
  let built = 0;
  try {
    built = statSync(mainJs).mtimeMs;
  } catch {}
  if (built >= newest(join(root, 'src'))) return;
  execFileSync(
    process.execPath,
    [join(root, 'node_modules/typescript/bin/tsc'), '-p', 'tsconfig.build.json'],
    {
      cwd: root,
      stdio: 'pipe',
    },
  );
  // The checking child runs the bundle of what tsc wrote (dist/bundle/, scripts/bundle.mjs), as a user's does.
  execFileSync(process.execPath, [join(root, 'scripts/bundle.mjs')], { cwd: root, stdio: 'pipe' });
}

/** Run the built command; GONGKAI_DEBUG is cleared so a developer's shell does not change what is tested. */
export function gongkaiWith(env: Record<string, string>, ...args: string[]) {
  const r = spawnSync(process.execPath, [mainJs, ...args], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, GONGKAI_DEBUG: '', ...env },
    maxBuffer: 256 * 1024 * 1024,
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

export const gongkai = (...args: string[]) => gongkaiWith({}, ...args);
