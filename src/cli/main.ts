#!/usr/bin/env node
/**
 * The `gongkai` command. Before anything else is loaded, a one-file check forks its checking child (./prestart.ts),
 * which then starts while this process loads the command line (./program.ts).
 */
import { prestart } from './prestart.js';

try {
  prestart(process.argv.slice(2));
} catch {
  // Only an acceleration: the pool forks its child as it always did.
}
const { run } = await import('./program.js');
await run(process.argv.slice(2));
