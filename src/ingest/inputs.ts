/**
 * Command-line paths → the documents to check. Interface (all of it):
 *
 *   expandInputs(paths: string[], limits?: Partial<InputLimits>): Promise<Input[]>
 *   interface Input { name: string; load(): Promise<Uint8Array> }
 *   readInput(input) in ./index.ts reads one into a RawDocument.
 *
 * - a file is one input, whatever its name (the reader is chosen by content later);
 * - a directory is walked recursively, in code-point order of names; it contributes the files whose extension is
 *   one a disclosure comes in (DOCUMENT_EXTENSIONS) and skips hidden files, Office lock files (~$…) and __MACOSX;
 * - a .zip archive (by content: a PK archive that is not an OOXML/ODF document) is replaced by its entries, named
 *   "a.zip/b/c.pdf"; a zip inside a zip is expanded too, up to `maxDepth` levels. Entry names saved by Chinese
 *   Windows without the UTF-8 flag are decoded as GB18030.
 *
 * `name` is for display: the path as given, "dir/sub/x.pdf", or "a.zip/x.pdf". Expansion never throws for a
 * user's mistake: a missing path, an unreadable or oversized archive, an empty directory each become one input
 * whose load() rejects with an IngestError naming it, so a batch reports it in line and goes on.
 *
 * Zip bombs: the entry count and the declared uncompressed sizes (each entry and their total) are capped before
 * anything is decompressed, and decompression writes into a buffer of the declared size, so an entry that lies
 * about its size yields at most that many bytes.
 */
import { open, readdir, readFile, realpath, stat } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { unzipSync } from 'fflate';
import { IngestError } from './errors.js';

export interface Input {
  /** Display name: the path as given, "dir/x.pdf", or "a.zip/x.pdf". */
  name: string;
  /** The document's bytes; rejects with an IngestError (not found, too large, corrupt archive …). */
  load(): Promise<Uint8Array>;
}

export interface InputLimits {
  /** Largest single file or archive entry, in bytes. */
  maxBytes: number;
  /** Most entries an archive may list (directories included). */
  maxEntries: number;
  /** Largest total declared uncompressed size of one archive's entries, in bytes. */
  maxTotalBytes: number;
  /** Zip inside zip: how many levels are expanded. */
  maxDepth: number;
}

export const INPUT_LIMITS: InputLimits = {
  maxBytes: 200 * 1024 * 1024,
  maxEntries: 10_000,
  maxTotalBytes: 1024 * 1024 * 1024,
  maxDepth: 3,
};

/** What a directory or an archive contributes (a file named on the command line is always read). */
export const DOCUMENT_EXTENSIONS = new Set([
  '.pdf',
  '.txt',
  '.text',
  '.docx',
  '.doc',
  '.wps',
  '.xlsx',
  '.xlsm',
  '.xls',
  '.et',
  '.htm',
  '.html',
  '.zip',
]);

const MB = 1024 * 1024;

function failing(name: string, error: IngestError): Input {
  return { name, load: () => Promise.reject(error) };
}

function skipName(base: string): boolean {
  return base.startsWith('.') || base.startsWith('~$') || base === '__MACOSX' || base === 'Thumbs.db';
}

function wanted(name: string): boolean {
  return DOCUMENT_EXTENSIONS.has(extname(name).toLowerCase());
}

/** A PK zip archive that is not itself an office document (DOCX/XLSX/ODF are zips too). */
export function isArchive(bytes: Uint8Array): boolean {
  if (!(bytes[0] === 0x50 && bytes[1] === 0x4b && (bytes[2] === 3 || bytes[2] === 5))) return false;
  try {
    let office = false;
    unzipSync(bytes, {
      filter: (f) => {
        if (f.name === '[Content_Types].xml' || f.name === 'mimetype') office = true;
        return false;
      },
    });
    return !office;
  } catch {
    // Unreadable central directory: let the archive path report it.
    return true;
  }
}

/** fflate decodes names without the UTF-8 flag as Latin-1; Chinese Windows wrote them in GBK. */
function entryName(raw: string): string {
  if (/^[\x00-\x7f]*$/u.test(raw) || /[^\x00-\xff]/u.test(raw)) return raw;
  const bytes = Uint8Array.from(raw, (c) => c.charCodeAt(0));
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    try {
      return new TextDecoder('gb18030', { fatal: true }).decode(bytes);
    } catch {
      return raw;
    }
  }
}

async function readFileBytes(path: string, name: string, limits: InputLimits): Promise<Uint8Array> {
  let size: number;
  try {
    const s = await stat(path);
    if (s.isDirectory()) throw new IngestError('unreadable', name, `${name}：这是一个目录，不是文件`);
    size = s.size;
  } catch (e) {
    if (e instanceof IngestError) throw e;
    throw new IngestError('not-found', name, `${name}：文件不存在或无法访问`);
  }
  if (size === 0) throw new IngestError('empty', name, `${name}：文件是空的`);
  if (size > limits.maxBytes) {
    throw new IngestError(
      'too-large',
      name,
      `${name}：文件过大（${(size / MB).toFixed(0)} MB），上限 ${limits.maxBytes / MB} MB`,
    );
  }
  try {
    return new Uint8Array(await readFile(path));
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code ?? String(e);
    throw new IngestError('unreadable', name, `${name}：无法读取（${code}）`);
  }
}

interface Entry {
  raw: string;
  name: string;
  size: number;
}

/** The archive's file entries, checked against the limits before anything is decompressed. */
function listArchive(bytes: Uint8Array, name: string, limits: InputLimits): Entry[] {
  const entries: Entry[] = [];
  let count = 0;
  let total = 0;
  const tooMany = new IngestError(
    'too-large',
    name,
    `${name}：压缩包条目过多（超过 ${limits.maxEntries} 个），拒绝解压`,
  );
  try {
    unzipSync(bytes, {
      filter: (f) => {
        if (++count > limits.maxEntries) throw tooMany;
        if (f.name.endsWith('/')) return false;
        total += f.originalSize;
        if (f.originalSize > limits.maxBytes) {
          throw new IngestError(
            'too-large',
            name,
            `${name}：压缩包中的 ${entryName(f.name)} 解压后过大（${(f.originalSize / MB).toFixed(0)} MB），单个文件上限 ${limits.maxBytes / MB} MB，拒绝解压`,
          );
        }
        if (total > limits.maxTotalBytes) {
          throw new IngestError(
            'too-large',
            name,
            `${name}：压缩包解压后总大小超过 ${limits.maxTotalBytes / MB} MB，拒绝解压`,
          );
        }
        entries.push({ raw: f.name, name: entryName(f.name), size: f.originalSize });
        return false;
      },
    });
  } catch (e) {
    if (e instanceof IngestError) throw e;
    throw new IngestError('corrupt', name, `${name}：压缩包已损坏，无法读取（${(e as Error).message}）`);
  }
  return entries;
}

function extractEntry(bytes: Uint8Array, entry: Entry, display: string): Uint8Array {
  let out: Uint8Array | undefined;
  try {
    const files = unzipSync(bytes, { filter: (f) => f.name === entry.raw });
    out = files[entry.raw];
  } catch (e) {
    throw new IngestError(
      'corrupt',
      display,
      `${display}：无法从压缩包中解出（已损坏，或压缩包设了密码）（${(e as Error).message}）`,
    );
  }
  if (!out) throw new IngestError('corrupt', display, `${display}：压缩包中找不到该条目`);
  if (out.length === 0) throw new IngestError('empty', display, `${display}：文件是空的`);
  return out;
}

/** An archive's entries as inputs; `load` reads the archive again, so nothing is held between documents. */
function expandArchive(
  bytes: Uint8Array,
  name: string,
  reload: () => Promise<Uint8Array>,
  limits: InputLimits,
  depth: number,
): Input[] {
  let entries: Entry[];
  try {
    entries = listArchive(bytes, name, limits).filter(
      (e) => !e.name.split('/').some(skipName) && wanted(e.name),
    );
  } catch (e) {
    return [failing(name, e as IngestError)];
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  if (entries.length === 0) {
    return [failing(name, new IngestError('empty', name, `${name}：压缩包里没有可检查的文件`))];
  }
  const out: Input[] = [];
  for (const entry of entries) {
    const display = `${name}/${entry.name}`;
    const load = async () => extractEntry(await reload(), entry, display);
    if (extname(entry.name).toLowerCase() === '.zip' && depth < limits.maxDepth) {
      let inner: Uint8Array;
      try {
        inner = extractEntry(bytes, entry, display);
      } catch (e) {
        out.push(failing(display, e as IngestError));
        continue;
      }
      if (isArchive(inner)) {
        out.push(...expandArchive(inner, display, load, limits, depth + 1));
        continue;
      }
    }
    out.push({ name: display, load });
  }
  return out;
}

async function startsLikeZip(path: string): Promise<boolean> {
  try {
    const handle = await open(path, 'r');
    try {
      const head = new Uint8Array(4);
      await handle.read(head, 0, 4, 0);
      return head[0] === 0x50 && head[1] === 0x4b && (head[2] === 3 || head[2] === 5);
    } finally {
      await handle.close();
    }
  } catch {
    return false; // the load reports why the file cannot be read
  }
}

async function expandFile(path: string, name: string, limits: InputLimits): Promise<Input[]> {
  const load = () => readFileBytes(path, name, limits);
  // Only a file that starts like a zip is read whole here; the others are read when their turn comes.
  if (!(await startsLikeZip(path))) return [{ name, load }];
  let bytes: Uint8Array;
  try {
    bytes = await load();
  } catch (e) {
    return [failing(name, e as IngestError)];
  }
  if (isArchive(bytes)) return expandArchive(bytes, name, load, limits, 1);
  return [{ name, load }];
}

async function expandDirectory(
  dir: string,
  name: string,
  limits: InputLimits,
  seen: Set<string>,
): Promise<Input[]> {
  const real = await realpath(dir);
  if (seen.has(real)) return [];
  seen.add(real);
  const names = (await readdir(dir)).filter((n) => !skipName(n)).sort();
  const out: Input[] = [];
  for (const n of names) {
    const path = join(dir, n);
    const display = join(name, n);
    let isDir: boolean;
    try {
      isDir = (await stat(path)).isDirectory();
    } catch {
      continue; // a dangling link inside a folder is not the user's document
    }
    if (isDir) out.push(...(await expandDirectory(path, display, limits, seen)));
    else if (wanted(n)) out.push(...(await expandFile(path, display, limits)));
  }
  return out;
}

/** Expand command-line paths (files, directories, zips) into the documents they hold, in order. */
export async function expandInputs(paths: string[], limits: Partial<InputLimits> = {}): Promise<Input[]> {
  const lim = { ...INPUT_LIMITS, ...limits };
  const out: Input[] = [];
  for (const path of paths) {
    let isDir = false;
    try {
      isDir = (await stat(path)).isDirectory();
    } catch {
      out.push(failing(path, new IngestError('not-found', path, `${path}：文件不存在或无法访问`)));
      continue;
    }
    if (!isDir) {
      out.push(...(await expandFile(path, path, lim)));
      continue;
    }
    const found = await expandDirectory(path, path, lim, new Set());
    out.push(
      ...(found.length > 0
        ? found
        : [
            failing(
              path,
              new IngestError(
                'empty',
                path,
                `${path}：目录里没有可检查的文件（.pdf、.docx、.xlsx、.html、.txt、.zip 等）`,
              ),
            ),
          ]),
    );
  }
  return out;
}
