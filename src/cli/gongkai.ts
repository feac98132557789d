#!/usr/bin/env node
/**
 * The installed `gongkai` command (package.json bin): scripts/bundle.mjs makes this file and what it imports into
 * one CommonJS script, dist/bundle/gongkai.cjs. Node starts a CommonJS file without setting up its ES module loader
 * first, so a one-file check forks its checking child ~25 ms sooner than from dist/cli/main.js (~10 ms of its wall
 * time, on the critical path of every check). The command line itself (./program.ts) is then loaded as ES modules.
 */
import { freshBundle } from '../pipeline/bundle-file.js';
import { launch } from './launch.js';

// A script older than the code tsc last wrote (a `tsc` without the bundle step) may guess its child differently
// from the pool: it leaves the early start to the pool then.
launch(process.argv.slice(2), freshBundle('gongkai') !== undefined);
