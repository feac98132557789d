/**
 * Which pages are scans, as the shipped reader tells them: its text opening names each image without decoding it
 * (scripts/bundle.mjs, gkUndecodedImages), so a scan is decoded only for OCR. The pages it calls scans, and those
 * it does not, must be those the opening with images finds, which is what pdf.js run from its modules (the source,
 * below) uses: an image-only page is a scan, and a page whose only image is over the size limit is blank in both.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { readDocumentBytes } from '../src/ingest/index.js';
import { ensureBuilt, gongkai } from './built.js';
import { minimalPdf } from './kits/minimal-pdf.js';

beforeAll(() => {
  ensureBuilt();
}, 120_000);

const dir = mkdtempSync(join(tmpdir(), 'gongkai-scanned-'));
const PAGES = [{ text: '2024 budget 201 10.00' }, { image: true as const }];

/** The no-text-layer warnings of `extract --no-ocr` from the built command, by page. */
function shippedScans(name: string, bytes: Uint8Array): string[] {
  const file = join(dir, name);
  writeFileSync(file, bytes);
  const r = gongkai('extract', file, '--no-ocr', '--format', 'json');
  const warnings: { code: string; message: string }[] = JSON.parse(r.stdout).raw.warnings;
  return warnings.filter((w) => w.code === 'no-text-layer').map((w) => w.message);
}

async function sourceScans(name: string, bytes: Uint8Array): Promise<string[]> {
  const raw = await readDocumentBytes(name, bytes, { maxOcrPages: 0 });
  return raw.warnings.filter((w) => w.code === 'no-text-layer').map((w) => w.message);
}

describe('scanned pages in the shipped reader', () => {
  it('are the image-only pages, as the opening with images finds them', { timeout: 60_000 }, async () => {
    const bytes = minimalPdf(PAGES);
    const shipped = shippedScans('scan.pdf', bytes);
    expect(shipped).toHaveLength(1);
    expect(shipped[0]).toMatch(/第2页没有文字层/);
    expect(shipped).toEqual(await sourceScans('scan.pdf', bytes));
  });

  it('leave out an image over the size limit, as the opening with images does', {
    timeout: 60_000,
  }, async () => {
    // 9,000 × 9,000 pixels: over the 64 million an opening decodes (src/ingest/pdf/image-size.ts).
    const bytes = minimalPdf(PAGES, { imageSize: [9000, 9000] });
    expect(shippedScans('huge.pdf', bytes)).toEqual([]);
    expect(await sourceScans('huge.pdf', bytes)).toEqual([]);
  });
});
