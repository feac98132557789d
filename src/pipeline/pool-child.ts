/**
 * The checking child's first module (./isolated-pool.ts forks it): the child itself is ./child-main.ts, taken from
 * the bundle with its code cache when there is one (./code-cache.ts), else as modules (from source, or a dist/ that
 * tsc rebuilt since the bundle was made).
 *
 * scripts/bundle.mjs makes this module (with ./code-cache.ts) a CommonJS script of its own, dist/bundle/child.cjs,
 * which is what the child runs from dist/: started as an ES module, a process first sets up Node's ES module loader
 * (a dozen of Node's own modules: ~20 ms of the child's start, ~10 ms of a one-file check's wall time) only to load
 * a classic script. Hence no top-level await, and the modules' own child loaded by a URL made at run time, which the
 * bundler leaves alone.
 */
import { loadBundle } from './code-cache.js';

type Reader = typeof import('./reader-entry.js');

const bundle = loadBundle<Reader>('reader');
if (bundle) bundle.exports.startChild((kind) => bundle.saveCache(kind));
else {
  // From source (tests, tsx) this file is .ts, and so is its sibling.
  const ext = import.meta.url.endsWith('.ts') ? '.ts' : '.js';
  const modules = new URL(`./child-main${ext}`, import.meta.url).href;
  void (import(modules) as Promise<typeof import('./child-main.js')>).then((m) => m.startChild());
}
