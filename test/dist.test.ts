/**
 * What npm ships: dist/ holds no test kit. Nothing under dist imports vitest, fast-check or playwright, and every
 * relative import in dist resolves (a test kit excluded from the build must not be needed by shipped code). Test
 * kits live in test/kits, outside the build's root: src/ holds shipped code and test files only, so every source
 * file that is not a test is built.
 * Builds into a temporary directory so it does not depend on (or disturb) the working dist/.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('..', import.meta.url));
let out: string;

function jsFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? jsFiles(join(dir, e.name)) : e.name.endsWith('.js') ? [join(dir, e.name)] : [],
  );
}

function tsFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? tsFiles(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : [],
  );
}

const IMPORT = /(?:import|export)\s[^'"]*?from\s*['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g;

beforeAll(() => {
  out = mkdtempSync(join(tmpdir(), 'gongkai-dist-'));
  execFileSync(
    process.execPath,
    [join(root, 'node_modules/typescript/bin/tsc'), '-p', 'tsconfig.build.json', '--outDir', out],
    {
      cwd: root,
      stdio: 'pipe',
    },
  );
}, 120_000);

describe('dist', () => {
  it('ships no test kit and no test-only dependency', () => {
    const files = jsFiles(out);
    expect(files.length).toBeGreaterThan(50);
    const bad: string[] = [];
    for (const f of files) {
      const text = readFileSync(f, 'utf8');
      for (const m of text.matchAll(IMPORT)) {
        const spec = m[1] ?? m[2];
        if (/^(vitest|fast-check|playwright|playwright-core|@playwright)(\/|$)/.test(spec))
          bad.push(`${f}: ${spec}`);
        if (spec.startsWith('.') && !existsSync(resolve(dirname(f), spec))) bad.push(`${f}: missing ${spec}`);
      }
      if (/\.(test|fixture|testkit)\.js$|-testkit\.js$|test-fixtures\.js$|\/fixtures[^/]*\.js$/.test(f))
        bad.push(`${f}: test file`);
    }
    expect(bad).toEqual([]);
  });

  it('builds every source file that is not a test: no kit hides in src/', () => {
    const src = join(root, 'src');
    const unbuilt = tsFiles(src)
      .map((f) => relative(src, f))
      // Declarations (*.d.ts: types for an untyped module) build to nothing.
      .filter((f) => !f.startsWith('web/') && !f.endsWith('.test.ts') && !f.endsWith('.d.ts'))
      .filter((f) => !existsSync(join(out, f.replace(/\.ts$/, '.js'))));
    expect(unbuilt).toEqual([]);
  });
});
