/**
 * The checking process's code cache (src/pipeline/code-cache.ts), as the built bundle uses it: written once per kind
 * of work, so that a cache first made after checking a text file is made again after a PDF (it lacked pdf.js's
 * compiled code), and never again for work it already covers.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { ensureBuilt, root } from './built.js';

beforeAll(() => {
  ensureBuilt();
}, 120_000);

/**
 * Load the bundle in a fresh process and save the cache after each kind of work given ('' for a failed one). The
 * script is a file and the kinds its argument: the cache's name follows Node's flags, which `-e` would make vary.
 */
function run(dir: string, kinds: string[]): void {
  const script = join(dir, 'run.mjs');
  writeFileSync(
    script,
    `const { loadBundle } = await import(${JSON.stringify(pathToFileURL(join(root, 'dist/pipeline/code-cache.js')).href)});
const b = loadBundle('reader');
for (const k of JSON.parse(process.argv[2])) b.saveCache(k === '' ? undefined : k);
console.log(b !== undefined);`,
  );
  const out = execFileSync(process.execPath, [script, JSON.stringify(kinds)], {
    env: { ...process.env, GONGKAI_CACHE_DIR: join(dir, 'cache'), GONGKAI_NO_BUNDLE: '' },
    encoding: 'utf8',
  });
  expect(out.trim()).toBe('true');
}

function cacheFile(dir: string): { header: string; mtime: number } {
  const cache = join(dir, 'cache');
  const files = readdirSync(cache).filter((f) => f.endsWith('.v8cache'));
  expect(files).toHaveLength(1);
  const bytes = readFileSync(join(cache, files[0]));
  return {
    header: bytes.subarray(0, bytes.indexOf(10)).toString('latin1'),
    mtime: statSync(join(cache, files[0])).mtimeMs,
  };
}

describe('the code cache', () => {
  it('is written after the first document, and again for a kind of work it was not made from', () => {
    const dir = mkdtempSync(join(tmpdir(), 'gongkai-cache-'));
    // A document that failed: the cache is written all the same (the first run has none), covering nothing.
    run(dir, ['']);
    expect(cacheFile(dir).header).toBe('gongkai-code-cache ');
    run(dir, ['text']);
    expect(cacheFile(dir).header).toBe('gongkai-code-cache text');
    // Taken by V8 and covering the work: not written again (a cache V8 refused would be).
    const before = cacheFile(dir).mtime;
    run(dir, ['text', '']);
    expect(cacheFile(dir).mtime).toBe(before);
    run(dir, ['pdf', 'pdf']);
    expect(cacheFile(dir).header).toBe('gongkai-code-cache pdf,text');
  });
});

/** The file the command would fork as its checking child, as dist/ decides it in a fresh process. */
function childFile(env: Record<string, string>): string {
  const script = `const { childPlan } = await import(${JSON.stringify(pathToFileURL(join(root, 'dist/pipeline/isolated-pool.js')).href)});
console.log(childPlan({ threads: 1, timeoutSeconds: 120, maxMemoryMb: 2048 }, 1).file);`;
  return execFileSync(process.execPath, ['--input-type=module', '-e', script], {
    env: { ...process.env, ...env },
    encoding: 'utf8',
  }).trim();
}

describe('the checking child', () => {
  it('is the CommonJS script of the child bundle when it was made from this build, else the module itself', () => {
    expect(childFile({ GONGKAI_NO_BUNDLE: '' })).toBe(join(root, 'dist', 'bundle', 'child.cjs'));
    expect(childFile({ GONGKAI_NO_BUNDLE: '1' })).toBe(join(root, 'dist', 'pipeline', 'pool-child.js'));
  });
});
