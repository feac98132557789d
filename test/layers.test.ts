/**
 * The house's import rules (docs/architecture.md), checked over the code the build ships (tsconfig.build.json's
 * excludes leave out the tests; test kits live in test/kits): each folder imports only the folders below it, and no
 * files import each other in a circle. Reads the TypeScript sources' relative imports; nothing is run.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('..', import.meta.url));
const src = join(root, 'src');

/** What each folder of src/ may import besides itself (docs/architecture.md draws the same). */
const MAY_IMPORT: Record<string, string[]> = {
  model: [],
  programs: [],
  catalog: ['model'],
  profiles: ['model', 'catalog'],
  ingest: ['model', 'programs'],
  recognize: ['model', 'profiles', 'catalog'],
  rules: ['model', 'profiles', 'catalog'],
  localize: ['model'],
  report: ['model', 'programs'],
  render: ['model', 'programs', 'profiles', 'catalog'],
  pipeline: [
    'model',
    'programs',
    'profiles',
    'catalog',
    'ingest',
    'recognize',
    'rules',
    'localize',
    'report',
  ],
  server: [
    'model',
    'programs',
    'profiles',
    'catalog',
    'ingest',
    'recognize',
    'rules',
    'localize',
    'report',
    'pipeline',
  ],
  cli: [
    'model',
    'programs',
    'profiles',
    'catalog',
    'ingest',
    'recognize',
    'rules',
    'localize',
    'report',
    'pipeline',
    'render',
    'server',
  ],
};

function globToRegExp(glob: string): RegExp {
  const re = glob
    .replace(/[.+^${}()|[\]\\]/g, '\\$&')
    .replace(/\*\*\//g, '\u0000')
    .replace(/\*/g, '[^/]*')
    .replace(/\u0000/g, '(?:.*/)?');
  return new RegExp(`^${re}(?:/.*)?$`);
}

const excluded = (
  JSON.parse(readFileSync(join(root, 'tsconfig.build.json'), 'utf8')).exclude as string[]
).map(globToRegExp);

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sources(join(dir, e.name)) : /\.tsx?$/.test(e.name) ? [join(dir, e.name)] : [],
  );
}

const IMPORT = /(?:import|export)\s[^'";]*?from\s*['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g;

/** Shipped file → the shipped files it imports (paths from the project root). */
function importGraph(): Map<string, string[]> {
  const shipped = sources(src)
    .map((f) => relative(root, f))
    .filter((f) => !excluded.some((re) => re.test(f)));
  const known = new Set(shipped);
  const graph = new Map<string, string[]>();
  for (const f of shipped) {
    const targets: string[] = [];
    for (const m of readFileSync(join(root, f), 'utf8').matchAll(IMPORT)) {
      const spec = m[1] ?? m[2];
      if (!spec.startsWith('.')) continue;
      const to = relative(root, resolve(dirname(join(root, f)), spec)).replace(/\.js$/, '.ts');
      targets.push(known.has(to) ? to : `${to} (not shipped)`);
    }
    graph.set(f, targets);
  }
  return graph;
}

/** Strongly connected components of more than one file (Tarjan). */
function circles(graph: Map<string, string[]>): string[][] {
  let next = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const on = new Set<string>();
  const out: string[][] = [];
  const visit = (v: string) => {
    index.set(v, next);
    low.set(v, next++);
    stack.push(v);
    on.add(v);
    for (const w of graph.get(v) ?? []) {
      if (!graph.has(w)) continue;
      if (!index.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (on.has(w)) low.set(v, Math.min(low.get(v)!, index.get(w)!));
    }
    if (low.get(v) === index.get(v)) {
      const scc: string[] = [];
      let w: string;
      do {
        w = stack.pop()!;
        on.delete(w);
        scc.push(w);
      } while (w !== v);
      if (scc.length > 1) out.push(scc.sort());
    }
  };
  for (const v of graph.keys()) if (!index.has(v)) visit(v);
  return out;
}

const folder = (f: string) => f.split('/')[1];

describe('layers', () => {
  const graph = importGraph();

  it('reads the shipped sources', () => {
    expect(graph.size).toBeGreaterThan(100);
  });

  it('each folder imports only the folders below it, and shipped code no test kit', () => {
    const bad: string[] = [];
    for (const [f, targets] of graph) {
      const from = folder(f);
      if (from === 'web') continue;
      for (const t of targets) {
        if (t.endsWith('(not shipped)')) bad.push(`${f} -> ${t}`);
        else if (folder(t) !== from && !(MAY_IMPORT[from] ?? []).includes(folder(t)))
          bad.push(`${f} -> ${t}`);
      }
    }
    expect(bad).toEqual([]);
  });

  it('every folder of src/ has its place, and the places are layers (no folder may import one above it)', () => {
    const folders = readdirSync(src, { withFileTypes: true })
      .filter((e) => e.isDirectory() && e.name !== 'web')
      .map((e) => e.name);
    expect(folders.filter((f) => !(f in MAY_IMPORT))).toEqual([]);
    const g = new Map(
      Object.entries(MAY_IMPORT).map(([f, below]) => [`src/${f}/`, below.map((b) => `src/${b}/`)]),
    );
    expect(circles(g)).toEqual([]);
  });

  it('src/rules imports nothing from src/recognize (rules read the claims recognition attached)', () => {
    // Test kits (under test/kits) build documents through the real reader and recognizer; they are not shipped.
    const bad = [...graph]
      .filter(([f]) => f.startsWith('src/rules/'))
      .flatMap(([f, targets]) =>
        targets.filter((t) => t.startsWith('src/recognize/')).map((t) => `${f} -> ${t}`),
      );
    expect(bad).toEqual([]);
  });

  it('rules live in rules/checks, one file each named by its id, beside the registry and the engine', () => {
    const rules = join(src, 'rules');
    const top = readdirSync(rules).filter(
      (n) => !['checks', 'engine', 'index.ts', 'docs.ts', 'docs.test.ts'].includes(n),
    );
    const misnamed = readdirSync(join(rules, 'checks'))
      .filter((n) => n.endsWith('.ts') && !n.endsWith('.test.ts'))
      .filter(
        (n) => !readFileSync(join(rules, 'checks', n), 'utf8').includes(`id: '${n.replace(/\.ts$/, '')}'`),
      );
    expect({ top, misnamed }).toEqual({ top: [], misnamed: [] });
  });

  it('no files import each other in a circle', () => {
    // The readers' recursion (a cell holds blocks, a block may be a table) passes the block reader as a parameter.
    expect(circles(graph).map((c) => c.join(' '))).toEqual([]);
  });

  it('catches a circle and an import that runs up', () => {
    const g = new Map([
      ['src/model/a.ts', ['src/model/b.ts']],
      ['src/model/b.ts', ['src/model/a.ts']],
    ]);
    expect(circles(g)).toEqual([['src/model/a.ts', 'src/model/b.ts']]);
    expect(MAY_IMPORT.model).not.toContain('rules');
    expect(excluded.some((re) => re.test('src/rules/checks/narrative-share.test.ts'))).toBe(true);
    expect(excluded.some((re) => re.test('src/rules/checks/narrative-share.ts'))).toBe(false);
  });
});
