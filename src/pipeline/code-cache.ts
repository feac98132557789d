/**
 * Loading a bundle of dist/bundle/ (scripts/bundle.mjs) with a V8 code cache. Every checking process compiled the
 * same ES modules anew (pdf.js alone is 3 MB of source): a fifth of a second of CPU before the first page, more
 * than the reading of a small file. Node 20 keeps no compiled code for ES modules; for a classic script V8 gives it
 * (vm.Script cachedData), so the reading code is bundled into one script, run as a CommonJS module would be, and
 * its compiled code kept in the user's cache folder after the first document a process checks.
 *
 * The cache is only ever an acceleration: a file missing, stale (another bundle, Node or machine: its name says
 * which it was made for, and V8 refuses data not its own), unreadable or unwritable means compiling as before.
 * The bundle itself is passed over (undefined) when any dist/ file it was made from is newer than it — `tsc` run
 * without the bundle step — or from source (tests, tsx), or with GONGKAI_NO_BUNDLE=1.
 */
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { homedir, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import vm from 'node:vm';
import { freshBundle } from './bundle-file.js';

export interface Bundle<T> {
  exports: T;
  /**
   * Writes the code cache when there was none that V8 took, or when this process ran a kind of work (`kind`: a
   * reader whose check went through) the cache was not made from; call after a document, once its code is compiled.
   */
  saveCache(kind?: string): void;
}

/** The user's cache folder for gongkai, or one of this user's own in the temporary folder; undefined if neither. */
function cacheDir(): string | undefined {
  const set = process.env.GONGKAI_CACHE_DIR;
  const xdg = process.env.XDG_CACHE_HOME;
  const candidates = set
    ? [set]
    : [
        xdg ? join(xdg, 'gongkai') : undefined,
        join(homedir(), '.cache', 'gongkai'),
        join(tmpdir(), `gongkai-cache-${process.getuid?.() ?? 'user'}`),
      ];
  for (const dir of candidates) {
    if (!dir) continue;
    try {
      mkdirSync(dir, { recursive: true, mode: 0o700 });
      // Another user's folder of that name (a shared temporary folder) could hand us code to run: only our own.
      const s = statSync(dir);
      if (s.isDirectory() && (process.getuid === undefined || s.uid === process.getuid())) return dir;
    } catch {}
  }
  return undefined;
}

/**
 * A cache file: one line naming the kinds of work of the process that wrote it (V8 keeps the code of the functions
 * run so far, so a cache made after checking a text file lacks pdf.js's), then V8's data.
 */
const HEADER = 'gongkai-code-cache ';

interface CacheData {
  data: Buffer;
  kinds: Set<string>;
}

function readCache(at: CacheFile | undefined): CacheData | undefined {
  if (!at) return undefined;
  try {
    const file = readFileSync(join(at.dir, at.file));
    const eol = file.indexOf(10);
    const head = file.subarray(0, Math.max(eol, 0)).toString('latin1');
    if (eol < 0 || !head.startsWith(HEADER)) return undefined;
    const kinds = new Set(head.slice(HEADER.length).split(',').filter(Boolean));
    return { data: file.subarray(eol + 1), kinds };
  } catch {
    return undefined;
  }
}

/** Caches of other builds kept beside this one's: the newest few, for checkouts of gongkai used side by side. */
const KEEP_OTHERS = 3;

/** `${build}-${flags}.v8cache`: the flags' hash is eight hex digits (cacheFile). */
const FLAGS_SUFFIX = /-[0-9a-f]{8}\.v8cache$/;

/**
 * Of the cache folder's `files`, those to remove when `own` (a build: NAME-ID-nodeVERSION-ARCH) writes its own: the
 * files of NAME's other builds but those of the newest KEEP_OTHERS builds, each build kept with all of its files.
 * One build has a file per set of Node flags (a one-lane child, a child of several lanes, each with the flags the
 * command was run with): keeping the newest few *files* deleted a second checkout's caches at each write, and the
 * two then compiled everything anew at every run, each deleting the other's.
 */
export function cachesToRemove(
  files: { file: string; mtimeMs: number }[],
  name: string,
  own: string,
): string[] {
  const newest = new Map<string, number>();
  const builds = new Map<string, string[]>();
  for (const { file, mtimeMs } of files) {
    if (!file.startsWith(`${name}-`) || !FLAGS_SUFFIX.test(file)) continue;
    const build = file.replace(FLAGS_SUFFIX, '');
    if (build === own) continue;
    newest.set(build, Math.max(newest.get(build) ?? 0, mtimeMs));
    builds.set(build, [...(builds.get(build) ?? []), file]);
  }
  const byAge = [...newest].sort((a, b) => b[1] - a[1]).map(([build]) => build);
  return byAge.slice(KEEP_OTHERS).flatMap((build) => builds.get(build) ?? []);
}

/**
 * Written whole or not at all: a reader sees the old file or the new one, never a part. Caches of other bundles of
 * that name (an older gongkai or Node, another checkout) are removed then but for the newest few, so the folder does
 * not grow with each version, and two checkouts in use do not delete each other's cache at every run.
 */
function writeCache(at: CacheFile, data: Buffer, kinds: Set<string>): void {
  const file = join(at.dir, at.file);
  const tmp = `${file}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
  try {
    writeFileSync(tmp, Buffer.concat([Buffer.from(`${HEADER}${[...kinds].sort().join(',')}\n`), data]), {
      mode: 0o600,
    });
    renameSync(tmp, file);
    const files = readdirSync(at.dir).map((f) => ({
      file: f,
      mtimeMs: statSync(join(at.dir, f), { throwIfNoEntry: false })?.mtimeMs ?? 0,
    }));
    for (const f of cachesToRemove(files, at.name, at.build)) rmSync(join(at.dir, f), { force: true });
  } catch {}
}

interface CacheFile {
  dir: string;
  /** The bundle's name. */
  name: string;
  /** The bundle, Node and machine it was made for: NAME-ID-nodeVERSION-ARCH. */
  build: string;
  /** build-FLAGS.v8cache */
  file: string;
}

/** A short hash of a string (FNV-1a, 32 bits): node:crypto would load fifteen of Node's modules for it. */
function fnv1a(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return (h >>> 0).toString(16).padStart(8, '0');
}

function cacheFile(name: string, id: string): CacheFile | undefined {
  const dir = cacheDir();
  if (!dir) return undefined;
  const build = `${name}-${id}-node${process.version}-${process.arch}`;
  // V8 refuses a cache made under other flags (the checking child's --max-old-space-size): one file per set of them.
  const flags = fnv1a(process.execArgv.join('\0'));
  return { dir, name, build, file: `${build}-${flags}.v8cache` };
}

/** The bundle dist/bundle/NAME.cjs, run, with its exports; undefined when it should not or cannot be used. */
export function loadBundle<T>(name: string): Bundle<T> | undefined {
  const fresh = freshBundle(name);
  if (!fresh) return undefined;
  const { file, manifest } = fresh;
  let source: string;
  try {
    // Pure ASCII (scripts/bundle.mjs): latin1 reads it without decoding UTF-8.
    source = readFileSync(file, 'latin1');
  } catch {
    return undefined;
  }
  const cache = cacheFile(name, manifest.id);
  const cached = readCache(cache);
  // The file is the function a CommonJS module's code is wrapped in (scripts/bundle.mjs writes it so): its text is
  // compiled as read, without a second copy joined around it.
  const script = new vm.Script(source, { filename: file, cachedData: cached?.data });
  const fn = script.runInThisContext() as (...args: unknown[]) => void;
  const module = { exports: {} as T };
  fn.call(module.exports, module.exports, createRequire(file), module, file, dirname(file));
  // The kinds of work the cache V8 took was made from; undefined when it took none (then any run writes one).
  let covered = cached && script.cachedDataRejected !== true ? cached.kinds : undefined;
  return {
    exports: module.exports,
    saveCache(kind) {
      if (!cache || (covered && (kind === undefined || covered.has(kind)))) return;
      covered = new Set([...(covered ?? []), ...(kind === undefined ? [] : [kind])]);
      writeCache(cache, script.createCachedData(), covered);
    },
  };
}
