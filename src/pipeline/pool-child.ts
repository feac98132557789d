/**
 * The checking child's first module (./isolated-pool.ts forks it): the child itself is ./child-main.ts, taken from
 * the bundle with its code cache when there is one (./code-cache.ts), else as modules (from source, or a dist/ that
 * tsc rebuilt since the bundle was made).
 */
import { loadBundle } from './code-cache.js';

type Reader = typeof import('./reader-entry.js');

const bundle = loadBundle<Reader>('reader');
const { startChild } = bundle?.exports ?? (await import('./child-main.js'));
startChild((kind) => bundle?.saveCache(kind));
