/**
 * The start of the `gongkai` command, shared by its two entries (./gongkai.ts, the installed one, and ./main.ts):
 * a one-file check first forks its checking child (./prestart.ts), which then starts while this process loads the
 * command line (./program.ts), found by a URL made at run time so that a bundle of this file leaves it a module.
 */
import { prestart } from './prestart.js';

export function launch(argv: string[], early: boolean): void {
  if (early) {
    try {
      prestart(argv);
    } catch {
      // Only an acceleration: the pool forks its child as it always did.
    }
  }
  // From source (tests, tsx) this file is .ts, and so is the program.
  const ext = import.meta.url.endsWith('.ts') ? '.ts' : '.js';
  const program = new URL(`./program${ext}`, import.meta.url).href;
  void (import(program) as Promise<typeof import('./program.js')>).then((m) => m.run(argv));
}
