/**
 * The catalogue files (data/catalog/*.tsv): one line per (code, name, years). Parsing is strict so that a
 * hand edit that breaks a line fails loudly instead of silently dropping a code.
 */
import type { CatalogueName, Classification, Evidence } from './types.js';

export const COLUMNS = ['code', 'name', 'from_year', 'to_year', 'evidence', 'observed_in', 'note'] as const;

export const FILES: Record<Classification, string> = {
  function: 'function.tsv',
  'economic-dept': 'economic-dept.tsv',
  'economic-gov': 'economic-gov.tsv',
};

const EVIDENCE = new Set<string>(['reference', 'observed', 'reference+observed']);

function parseYear(text: string, where: string): number | undefined {
  if (text === '') return undefined;
  if (!/^\d{4}$/u.test(text)) throw new Error(`${where}: 年份“${text}”不是四位数字`);
  return Number(text);
}

function parseLine(line: string, where: string): CatalogueName {
  const f = line.split('\t');
  if (f.length < 6 || f.length > COLUMNS.length)
    throw new Error(`${where}: 应为 6–7 列，实为 ${f.length} 列`);
  const [code, name, from, to, evidence, observed, note] = f;
  if (!/^\d{3}(\d{2}){0,2}$/u.test(code)) throw new Error(`${where}: 科目代码“${code}”应为 3、5 或 7 位数字`);
  if (name.trim() === '') throw new Error(`${where}: 科目名称为空`);
  if (!EVIDENCE.has(evidence))
    throw new Error(`${where}: 证据“${evidence}”应为 ${[...EVIDENCE].join(' | ')}`);
  const row: CatalogueName = {
    code,
    name,
    from: parseYear(from, where),
    to: parseYear(to, where),
    evidence: evidence as Evidence,
    observedIn: observed === '' ? [] : observed.split(';'),
  };
  if (row.from !== undefined && row.to !== undefined && row.from > row.to)
    throw new Error(`${where}: 起止年份颠倒`);
  if (note) row.note = note;
  return row;
}

export function parseCatalogueTsv(text: string, file: string): CatalogueName[] {
  const lines = text.split(/\r?\n/u);
  if (lines[0] !== COLUMNS.join('\t') && lines[0] !== COLUMNS.slice(0, 6).join('\t')) {
    throw new Error(`${file}: 表头应为 ${COLUMNS.join(' ')}`);
  }
  const rows: CatalogueName[] = [];
  lines.slice(1).forEach((line, i) => {
    if (line !== '') rows.push(parseLine(line, `${file}:${i + 2}`));
  });
  return rows;
}

export function formatCatalogueTsv(rows: CatalogueName[]): string {
  const lines = rows.map((r) =>
    [r.code, r.name, r.from ?? '', r.to ?? '', r.evidence, r.observedIn.join(';'), r.note ?? ''].join('\t'),
  );
  return `${[COLUMNS.join('\t'), ...lines].join('\n')}\n`;
}
