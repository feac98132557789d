/**
 * Each office and web format the renderer writes, read back, gives the findings of the text form: the same
 * tables, identities, findings and suspects (page, line and file name aside).
 */
import { describe, expect, it } from 'vitest';
import { checkBytes, checkText, placeless } from '../../test/kits/roundtrip.js';
import {
  exampleBudgetData,
  mutate,
  nationalTables,
  randomBudgetData,
  renderTables,
} from '../render/index.js';

type Format = 'docx' | 'xlsx' | 'html';

/** The example with the misprint of examples/example-disclosure.txt (表5 210 11 02 基本支出 34.53 → 35.43). */
function misprinted() {
  const data = exampleBudgetData();
  const tables = nationalTables(data);
  const t5 = tables.find((t) => t.label === '表5');
  const row = t5?.rows.find((r) => r[0] === '210' && r[1] === '11' && r[2] === '02');
  if (!row) throw new Error('example changed');
  row[5] = '35.43';
  return { data, tables };
}

async function rendered(
  format: Format,
  data: ReturnType<typeof exampleBudgetData>,
  tables: ReturnType<typeof nationalTables>,
): Promise<Buffer> {
  const out = await renderTables(data, tables, format);
  return typeof out === 'string' ? Buffer.from(out) : (out as Buffer);
}

describe.each(['docx', 'xlsx', 'html'] as Format[])(
  '%s rendering, read back, gives the findings of the text form',
  (format) => {
    it('the example with its misprint: same tables, identities, findings and suspects', async () => {
      const { data, tables } = misprinted();
      const text = checkText(renderTables(data, tables, 'text') as string);
      const read = await checkBytes(`ex.${format}`, await rendered(format, data, tables));
      expect(read.document.format).toBe(format);
      expect(text.findings.length).toBeGreaterThan(0);
      expect(placeless(read)).toEqual(placeless(text));
    });

    it('random documents, some with a changed amount', async () => {
      for (const seed of [3, 7, 12, 21, 33]) {
        const data = randomBudgetData(seed, { govFund: seed % 2 === 1 });
        const tables = nationalTables(data);
        const changed = seed % 3 === 0 ? mutate(tables, seed).tables : tables;
        const text = checkText(renderTables(data, changed, 'text') as string);
        const read = await checkBytes(`r.${format}`, await rendered(format, data, changed));
        expect(placeless(read)).toEqual(placeless(text));
      }
    });
  },
);
