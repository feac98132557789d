import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strToU8, zipSync } from 'fflate';
import { afterAll, describe, expect, it } from 'vitest';
import { isIngestError } from './errors.js';
import { readDocument, readInput } from './index.js';
import { expandInputs, type Input } from './inputs.js';

const work = mkdtempSync(join(tmpdir(), 'gongkai-inputs-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const TEXT = '表1\n\n部门收支总体情况表\n';

async function failure(input: Input): Promise<{ code: string; message: string }> {
  try {
    await input.load();
  } catch (e) {
    if (isIngestError(e)) return { code: e.code, message: e.message };
    throw e;
  }
  throw new Error(`${input.name} loaded`);
}

/** A zip whose entry name is stored in GBK without the UTF-8 flag, as Chinese Windows writes it. */
function gbkNamedZip(): Uint8Array {
  const placeholder = 'XXXX.txt';
  const zip = zipSync({ [placeholder]: strToU8(TEXT) });
  const gbk = Buffer.from([0xd4, 0xa4, 0xcb, 0xe3]); // 预算
  const buf = Buffer.from(zip);
  let at = buf.indexOf(placeholder);
  while (at >= 0) {
    gbk.copy(buf, at);
    at = buf.indexOf(placeholder, at + 1);
  }
  return new Uint8Array(buf);
}

describe('expandInputs', () => {
  it('walks a directory recursively, in name order, skipping hidden files, lock files and other kinds', async () => {
    const dir = join(work, 'tree');
    mkdirSync(join(dir, 'sub', 'deeper'), { recursive: true });
    mkdirSync(join(dir, '.git'));
    writeFileSync(join(dir, 'b.txt'), TEXT);
    writeFileSync(join(dir, 'a.PDF'), '%PDF-1.4');
    writeFileSync(join(dir, 'notes.md'), 'not a disclosure');
    writeFileSync(join(dir, '~$draft.docx'), 'lock');
    writeFileSync(join(dir, '.hidden.txt'), TEXT);
    writeFileSync(join(dir, '.git', 'x.txt'), TEXT);
    writeFileSync(join(dir, 'sub', 'deeper', 'c.html'), '<html></html>');
    const names = (await expandInputs([dir])).map((i) => i.name);
    expect(names).toEqual([join(dir, 'a.PDF'), join(dir, 'b.txt'), join(dir, 'sub', 'deeper', 'c.html')]);
  });

  it('always reads a file named on the command line, whatever its extension', async () => {
    const file = join(work, 'budget.dat');
    writeFileSync(file, TEXT);
    const [input] = await expandInputs([file]);
    expect(input.name).toBe(file);
    expect(Buffer.from(await input.load()).toString('utf8')).toBe(TEXT);
  });

  it('replaces a zip by its entries, named archive/entry, nested zips included, GBK names decoded', async () => {
    const inner = zipSync({ 'x.txt': strToU8(TEXT) });
    const zip = zipSync({
      '2024/表.txt': strToU8(TEXT),
      'readme.md': strToU8('skip'),
      '__MACOSX/2024/._表.txt': strToU8('junk'),
      'inner.zip': inner,
      'empty/': new Uint8Array(0),
    });
    const path = join(work, 'batch.zip');
    writeFileSync(path, zip);
    writeFileSync(join(work, 'gbk.zip'), gbkNamedZip());
    const inputs = await expandInputs([path, join(work, 'gbk.zip')]);
    expect(inputs.map((i) => i.name)).toEqual([
      `${path}/2024/表.txt`,
      `${path}/inner.zip/x.txt`,
      `${join(work, 'gbk.zip')}/预算.txt`,
    ]);
    for (const i of inputs) expect(Buffer.from(await i.load()).toString('utf8')).toBe(TEXT);
    const doc = await readInput(inputs[1]);
    expect(doc.source.path).toBe(`${path}/inner.zip/x.txt`);
    expect(doc.blocks[0]).toMatchObject({ type: 'paragraph', text: '表1' });
  });

  it('does not take an office document for an archive', async () => {
    const docx = zipSync({
      '[Content_Types].xml': strToU8('<Types/>'),
      'word/document.xml': strToU8('<w/>'),
    });
    const path = join(work, 'a.docx');
    writeFileSync(path, docx);
    expect((await expandInputs([path])).map((i) => i.name)).toEqual([path]);
  });

  it('refuses zip bombs before decompressing: entry count, entry size and total size are capped', async () => {
    const zeros = new Uint8Array(4 * 1024 * 1024);
    const path = join(work, 'bomb.zip');
    writeFileSync(path, zipSync({ 'a.txt': zeros, 'b.txt': zeros, 'c.txt': zeros }, { level: 9 }));
    const [big] = await expandInputs([path], { maxBytes: 1024 * 1024 });
    expect(big.name).toBe(path);
    expect(await failure(big)).toMatchObject({ code: 'too-large' });
    expect((await failure(big)).message).toContain('解压后过大');
    const [total] = await expandInputs([path], { maxTotalBytes: 10 * 1024 * 1024 });
    expect((await failure(total)).message).toContain('总大小超过 10 MB');
    const [many] = await expandInputs([path], { maxEntries: 2 });
    expect((await failure(many)).message).toContain('条目过多');
  });

  it('reports a missing path, an empty directory, a corrupt zip each as one failing input', async () => {
    mkdirSync(join(work, 'none'));
    writeFileSync(join(work, 'broken.zip'), Buffer.concat([Buffer.from('PK\x03\x04'), Buffer.alloc(64)]));
    const inputs = await expandInputs([
      join(work, 'missing.pdf'),
      join(work, 'none'),
      join(work, 'broken.zip'),
    ]);
    expect(inputs).toHaveLength(3);
    const codes = await Promise.all(inputs.map(async (i) => (await failure(i)).code));
    expect(codes).toEqual(['not-found', 'empty', 'corrupt']);
    for (const i of inputs) expect((await failure(i)).message.startsWith(i.name)).toBe(true);
  });

  it('readDocument refuses an archive and points to gongkai check', async () => {
    await expect(readDocument(join(work, 'batch.zip'))).rejects.toThrow(/压缩包/u);
  });
});
