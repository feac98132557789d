#!/usr/bin/env node
/**
 * The `gongkai` command as an ES module: what `tsx src/cli/main.ts` runs, and dist/cli/main.js. The installed
 * command (package.json bin) is the CommonJS build of ./gongkai.ts, which starts sooner.
 */
import { launch } from './launch.js';

launch(process.argv.slice(2), true);
