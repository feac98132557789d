/**
 * Which bundle of dist/bundle/ (scripts/bundle.mjs) may be used: one made from the code tsc last wrote. Kept apart
 * from ./code-cache.ts, which loads the reading bundle, because the command asks it too (which file to fork as the
 * checking child) before it loads anything else, and this needs only node:fs and node:path.
 */
import { readFileSync, statSync } from 'node:fs';
import { dirname, extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const self = fileURLToPath(import.meta.url);
/** dist/, this file being dist/pipeline/bundle-file.js. */
export const DIST = join(dirname(self), '..');

export interface Manifest {
  /** Names the bundle's code: a cache made from another bundle is never offered to this one. */
  id: string;
  /** The files it was made from, relative to dist/ (packages' files start with ../). */
  inputs: string[];
}

/** dist/ files newer than the bundle: it was not made from the code tsc last wrote. */
function stale(bundleFile: string, manifest: Manifest): boolean {
  const made = statSync(bundleFile).mtimeMs;
  for (const rel of manifest.inputs) {
    if (rel.startsWith('..')) continue;
    const s = statSync(join(DIST, rel), { throwIfNoEntry: false });
    if (!s || s.mtimeMs > made) return true;
  }
  return false;
}

/**
 * dist/bundle/NAME.cjs and its manifest, when it should be used: running from dist/ (not from source: tests, tsx),
 * not turned off (GONGKAI_NO_BUNDLE=1), and not older than any dist/ file it was made from (a `tsc` run without
 * the bundle step). Undefined otherwise: the modules themselves are used then.
 */
export function freshBundle(name: string): { file: string; manifest: Manifest } | undefined {
  if (extname(self) !== '.js' || process.env.GONGKAI_NO_BUNDLE) return undefined;
  const file = join(DIST, 'bundle', `${name}.cjs`);
  try {
    const manifest = JSON.parse(readFileSync(join(DIST, 'bundle', `${name}.json`), 'utf8')) as Manifest;
    return stale(file, manifest) ? undefined : { file, manifest };
  } catch {
    return undefined;
  }
}
