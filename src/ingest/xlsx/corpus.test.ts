/** The official Shanghai 2026 budget templates (blank workbooks, ../shared/corpus/xlsx): every table is found. */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { checkRaw } from '../../pipeline/check.js';
import { readDocumentBytes } from '../index.js';

const dir = fileURLToPath(new URL('../../../../shared/corpus/xlsx/', import.meta.url));
const SKIP = '(skipped: ../shared/corpus not present beside the repository)';
const FILES = [
  'shanghai-template-2026-dept-budget-blank.xlsx',
  'shanghai-template-2026-unit-budget-blank.xlsx',
];
const present = FILES.every((f) => existsSync(`${dir}${f}`));

describe.skipIf(!present)(`Shanghai XLSX templates ${present ? '' : SKIP}`, () => {
  it.each(FILES)(
    '%s: the 9 tables of the Shanghai layout are recognized, the sheets of text read as text',
    async (f) => {
      const raw = await readDocumentBytes(f, new Uint8Array(readFileSync(`${dir}${f}`)));
      expect(raw.source.format).toBe('xlsx');
      const { report } = checkRaw(raw, f);
      expect(report.document.layout).toMatch(/shanghai/u);
      expect(report.tables.length).toBe(9);
    },
    60_000,
  );
});
