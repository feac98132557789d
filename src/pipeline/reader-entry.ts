/**
 * What the checking child and the pool's threads run, as one module: scripts/bundle.mjs bundles it (and all it
 * imports: readers, pdf.js, recognition, rules, report) into dist/bundle/reader.cjs, which ./code-cache.ts loads.
 */
export { codeKind, default as check } from './check-thread.js';
export { startChild } from './child-main.js';
