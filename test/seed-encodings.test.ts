/** The seed saved as UTF-16 (both byte orders, with BOM) and as GB18030 reads and checks exactly as the UTF-8 file. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readDocumentBytes } from '../src/ingest/index.js';
import { checkRaw } from '../src/pipeline/check.js';
import { HAS_CORPUS, SEED, SKIP_MESSAGE } from './corpus.js';
import { gb18030, utf16be } from './kits/encodings.js';

describe.skipIf(!HAS_CORPUS)(
  `UTF-16 and GB18030 copies of the seed ${HAS_CORPUS ? '' : SKIP_MESSAGE}`,
  () => {
    it('give exactly the seed’s tables and findings', async () => {
      const text = readFileSync(SEED, 'utf8');
      const key = (bytes: Uint8Array) =>
        readDocumentBytes('seed.txt', bytes).then((raw) => {
          const { report } = checkRaw(raw, 'seed.txt');
          return JSON.stringify({ t: report.tables, f: report.findings, s: report.suspects });
        });
      const seed = await key(Buffer.from(text, 'utf8'));
      expect(JSON.parse(seed).f.length).toBeGreaterThan(10);
      expect(await key(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]))).toBe(seed);
      expect(await key(Buffer.concat([Buffer.from([0xfe, 0xff]), utf16be(text)]))).toBe(seed);
      expect(await key(gb18030(text))).toBe(seed);
    });
  },
);
