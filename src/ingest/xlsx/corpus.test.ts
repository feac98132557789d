/** The official Shanghai 2026 budget templates (blank workbooks, ../shared/corpus/xlsx): every table is found. */
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CORPUS_DIR, SKIP_MESSAGE } from '../../../test/corpus.js';
import { checkRaw } from '../../pipeline/check.js';
import { readDocumentBytes } from '../index.js';

const FILES = [
  'shanghai-template-2026-dept-budget-blank.xlsx',
  'shanghai-template-2026-unit-budget-blank.xlsx',
];
const present = FILES.every((f) => existsSync(`${CORPUS_DIR}xlsx/${f}`));

describe.skipIf(!present)(`Shanghai XLSX templates ${present ? '' : SKIP_MESSAGE}`, () => {
  it.each(FILES)(
    '%s: the 9 tables of the Shanghai layout are recognized, the sheets of text read as text',
    async (f) => {
      const raw = await readDocumentBytes(f, new Uint8Array(readFileSync(`${CORPUS_DIR}xlsx/${f}`)));
      expect(raw.source.format).toBe('xlsx');
      const { report } = checkRaw(raw, f);
      expect(report.document.layout).toMatch(/shanghai/u);
      expect(report.tables.length).toBe(9);
    },
    60_000,
  );
});
