// Catalogue start-up and lookup speed. Run after `npm run build`: node bench/catalog.bench.mjs
import os from 'node:os';
import { performance } from 'node:perf_hooks';

const t0 = performance.now();
const catalog = await import('../dist/catalog/index.js');
const tImport = performance.now();
const first = catalog.lookup('2080505', 2023);
const tFirst = performance.now();
if (!first) throw new Error('2080505 not found');

const codes = [...catalog.getCatalogue().codes()];
const N = 1_000_000;
let hits = 0;
const t1 = process.hrtime.bigint();
for (let i = 0; i < N; i++) if (catalog.lookup(codes[i % codes.length], 2023)) hits++;
const t2 = process.hrtime.bigint();
let plain = 0;
const t3 = process.hrtime.bigint();
for (let i = 0; i < N; i++) if (catalog.lookup(codes[i % codes.length])) plain++;
const t4 = process.hrtime.bigint();

const cpu = os.cpus()[0];
console.log(`machine: ${cpu?.model ?? 'unknown'}, ${os.cpus().length} cores, node ${process.version}`);
console.log(`codes: ${codes.length}`);
console.log(
  `import: ${(tImport - t0).toFixed(1)} ms; first lookup (builds the catalogue): ${(tFirst - tImport).toFixed(1)} ms`,
);
console.log(`lookup(code, year): ${(Number(t2 - t1) / N).toFixed(0)} ns/lookup over ${N} (${hits} found)`);
console.log(`lookup(code):       ${(Number(t4 - t3) / N).toFixed(0)} ns/lookup over ${N} (${plain} found)`);
