/**
 * Same document, same findings (issue 13 item 2): a disclosure rendered as DOCX, as XLSX, as HTML and as DOCX
 * converted to PDF by LibreOffice, read back, gives the report of its text form — the same tables, identities,
 * findings and suspects (page, line and file name aside). For the bundled example with its misprint and for 30
 * random documents (万元 and 元, 表8 filled or empty, a third with one amount changed). All the PDFs are made by one
 * LibreOffice run (its start-up is most of a conversion's time).
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CONVERT_SKIP, canConvert } from '../../test/kits/office-pdf.js';
import { checkBytes, checkText, placeless } from '../../test/kits/roundtrip.js';
import {
  type BudgetData,
  exampleBudgetData,
  mutate,
  nationalTables,
  officeToPdf,
  type RenderedTable,
  randomBudgetData,
  renderTables,
} from '../render/index.js';
import type { DocumentReport } from '../report/types.js';

type Format = 'docx' | 'xlsx' | 'html';

const RANDOM = 30;

interface Case {
  name: string;
  data: BudgetData;
  tables: RenderedTable[];
  text: DocumentReport;
}

/** The example with the misprint of examples/example-disclosure.txt (表5 210 11 02 基本支出 34.53 → 35.43). */
function misprinted(): Case {
  const data = exampleBudgetData();
  const tables = nationalTables(data);
  const t5 = tables.find((t) => t.label === '表5');
  const row = t5?.rows.find((r) => r[0] === '210' && r[1] === '11' && r[2] === '02');
  if (!row) throw new Error('example changed');
  row[5] = '35.43';
  return { name: 'example', data, tables, text: checkText(renderTables(data, tables, 'text') as string) };
}

function random(seed: number): Case {
  const data = randomBudgetData(seed, { unit: seed % 4 === 0 ? '元' : '万元', govFund: seed % 2 === 1 });
  const clean = nationalTables(data);
  const tables = seed % 3 === 0 ? mutate(clean, seed).tables : clean;
  return {
    name: `seed ${seed}`,
    data,
    tables,
    text: checkText(renderTables(data, tables, 'text') as string),
  };
}

async function rendered(format: Format | 'docx', c: Case): Promise<Buffer> {
  const out = await renderTables(c.data, c.tables, format);
  return typeof out === 'string' ? Buffer.from(out) : (out as Buffer);
}

let cases: Case[] = [];
beforeAll(() => {
  cases = [misprinted(), ...Array.from({ length: RANDOM }, (_, k) => random(k + 101))];
});

/** The reports that differ from their text form's, by case name. */
async function differing(read: (c: Case) => Promise<DocumentReport>): Promise<string[]> {
  const out: string[] = [];
  for (const c of cases) {
    const report = await read(c);
    try {
      expect(placeless(report)).toEqual(placeless(c.text));
    } catch (e) {
      out.push(`${c.name}: ${(e as Error).message.split('\n').slice(0, 12).join('\n')}`);
    }
  }
  return out;
}

describe.each(['docx', 'xlsx', 'html'] as Format[])('%s rendering, read back', (format) => {
  it(`gives the report of the text form: the example with its misprint and ${RANDOM} random documents`, async () => {
    expect(cases[0].text.findings.length).toBeGreaterThan(0);
    expect(cases.filter((c) => c.text.findings.length > 0).length).toBeGreaterThan(RANDOM / 4);
    const first = await checkBytes(`ex.${format}`, await rendered(format, cases[0]));
    expect(first.document.format).toBe(format);
    expect(await differing(async (c) => checkBytes(`r.${format}`, await rendered(format, c)))).toEqual([]);
  }, 120_000);
});

describe.skipIf(!canConvert)(`DOCX converted to PDF by LibreOffice, read back ${CONVERT_SKIP}`, () => {
  const work = mkdtempSync(join(tmpdir(), 'gongkai-roundtrip-pdf-'));
  afterAll(() => rmSync(work, { recursive: true, force: true }));
  const pdfs = new Map<string, string>();

  beforeAll(async () => {
    const files: string[] = [];
    for (const [k, c] of cases.entries()) {
      const file = join(work, `d${k}.docx`);
      writeFileSync(file, await rendered('docx', c));
      files.push(file);
    }
    const made = await officeToPdf(files, work);
    for (const [k, c] of cases.entries()) pdfs.set(c.name, made[k]);
  }, 300_000);

  it(`gives the report of the text form: the example with its misprint and ${RANDOM} random documents`, async () => {
    const read = (c: Case) => checkBytes('r.pdf', new Uint8Array(readFileSync(pdfs.get(c.name) as string)));
    expect((await read(cases[0])).document.format).toBe('pdf');
    expect(await differing(read)).toEqual([]);
  }, 120_000);
});
