/**
 * Tiny Disclosure builders for the catalogue rules' tests: coded tables from (code, name) pairs, and a reader
 * of the seed's Word-copied tables (TAB-led cells, a blank line ends a row) that keeps only coded rows.
 */
import { zeroAmount } from '../../src/model/amount.js';
import type { CodeScheme, Disclosure, Row, Table } from '../../src/model/disclosure.js';

export type CodedLine = [code: string, name: string] | [code: string, name: string, line: number];

let ordinal = 0;

export function codedTable(label: string, lines: CodedLine[], scheme: CodeScheme = 'function'): Table {
  const rows: Row[] = lines.map(([code, name, line], index) => ({
    index,
    kind: 'item',
    code,
    codeScheme: scheme,
    name,
    label: `${code} ${name}`,
    cells: { total: { amount: zeroAmount(), text: '', prov: {} } },
    prov: line === undefined ? {} : { line },
  }));
  ordinal += 1;
  return {
    id: `t${ordinal}`,
    kind: scheme === 'function' ? 'general-budget-expenditure' : 'basic-expenditure',
    label,
    title: label,
    unit: '万元',
    precision: 2,
    columns: [{ key: 'total', role: 'total', header: ['合计'] }],
    rows,
    notes: [],
    prov: {},
  };
}

export function disclosureOf(tables: Table[], year: number | undefined = 2023): Disclosure {
  return {
    meta: { kind: 'budget', level: 'department', year, layout: 'national-budget' },
    tables,
    narrative: [],
    claims: { sentences: [], claims: [] },
    unrecognized: [],
    missing: [],
    warnings: [],
    source: { path: 'fixture.txt', format: 'text' },
  };
}

function codeFromCells(cells: string[]): { code: string; name: string } | undefined {
  const cell = cells.find((c) => /^\d{3}\s*\p{Script=Han}/u.test(c)) ?? '';
  const joined = /^(\d{3}(?:\d{2}){0,2})\s*(\p{Script=Han}.*)$/u.exec(cell);
  if (!/^\d{3}$/u.test(cells[0] ?? '')) return joined ? { code: joined[1], name: joined[2] } : undefined;
  let code = cells[0];
  let i = 1;
  for (; i < Math.min(cells.length, 3); i++) {
    if (/^\d{2}$/u.test(cells[i])) code += cells[i];
    else if (cells[i] !== '') break;
  }
  const name = cells.slice(i).find((c) => c !== '');
  return name ? { code, name } : undefined;
}

/** The seed's coded rows grouped by the "表N" heading above them; line numbers kept for locations. */
export function seedDisclosure(text: string, year = 2023): Disclosure {
  const tables = new Map<string, CodedLine[]>();
  let label = '';
  let cells: string[] = [];
  let first = 0;
  const flush = () => {
    const pair = cells.length > 0 ? codeFromCells(cells) : undefined;
    if (pair && label && /^[235]/u.test(pair.code)) tables.get(label)?.push([pair.code, pair.name, first]);
    cells = [];
  };
  text.split(/\r?\n/u).forEach((line, i) => {
    if (line.startsWith('\t')) {
      if (cells.length === 0) first = i + 1;
      cells.push(
        line
          .slice(1)
          .replace(/[\s\u3000]+$/u, '')
          .trim(),
      );
      return;
    }
    flush();
    const heading = /^表(\d+)\s*$/u.exec(line.trim());
    if (heading) {
      label = `表${heading[1]}`;
      tables.set(label, []);
    }
  });
  flush();
  const economic = new Set(['表6']);
  const built = [...tables].map(([l, lines]) =>
    codedTable(l, lines, economic.has(l) ? 'economic' : 'function'),
  );
  return disclosureOf(built, year);
}
