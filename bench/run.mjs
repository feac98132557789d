// `npm run bench`: run every bench/*.bench.mjs in its own process, one after another (benchmarks are not tests).
import { execFileSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const dir = fileURLToPath(new URL('.', import.meta.url));
const only = process.argv[2];
for (const f of readdirSync(dir)
  .filter((n) => n.endsWith('.bench.mjs') && (!only || n.includes(only)))
  .sort()) {
  console.log(`\n=== ${f}`);
  try {
    execFileSync(process.execPath, ['--expose-gc', `${dir}${f}`], { stdio: 'inherit' });
  } catch {
    console.log(`(${f} failed)`);
  }
}
