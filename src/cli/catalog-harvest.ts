/**
 * Script entry: harvest (code, name, year) pairs and merge them into data/catalog/*.tsv.
 *   node dist/cli/catalog-harvest.js [--write] [--year Y] FILE...
 * FILE is plain text (a Word copy, or `pdftotext -layout` output; the corpus file name is the text file's name
 * with .txt replaced by --ext, default .pdf) or a .tsv of observations: code, name, year, file.
 * Without --write it only prints what it would mark and what needs review.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { basename } from 'node:path';
import {
  type MergeResult,
  mergeObservations,
  type Observation,
  observationsFromText,
} from '../catalog/harvest.js';
import { DATA_DIR } from '../catalog/load.js';
import { FILES, formatCatalogueTsv, parseCatalogueTsv } from '../catalog/tsv.js';
import type { CatalogueName, Classification } from '../catalog/types.js';

function readObservationsTsv(text: string): Observation[] {
  return text
    .split(/\r?\n/u)
    .filter((l) => l.trim() !== '' && !l.startsWith('code\t'))
    .map((l) => {
      const [code, name, year, file] = l.split('\t');
      return { code, name, year: year ? Number(year) : undefined, file };
    });
}

function readCatalogue(): Record<Classification, CatalogueName[]> {
  const out = {} as Record<Classification, CatalogueName[]>;
  for (const [k, f] of Object.entries(FILES) as [Classification, string][]) {
    out[k] = parseCatalogueTsv(readFileSync(new URL(f, DATA_DIR), 'utf8'), f);
  }
  return out;
}

function print(title: string, list: Observation[]): void {
  const unique = [...new Map(list.map((o) => [`${o.code}\t${o.name}\t${o.file}`, o])).values()];
  console.log(`${title}：${unique.length}`);
  for (const o of unique) console.log(`  ${o.code}\t${o.name}\t${o.year ?? '?'}\t${o.file}`);
}

function main(argv: string[]): void {
  const write = argv.includes('--write');
  const yearAt = argv.indexOf('--year');
  const extAt = argv.indexOf('--ext');
  const year = yearAt >= 0 ? Number(argv[yearAt + 1]) : undefined;
  const ext = extAt >= 0 ? argv[extAt + 1] : '.pdf';
  const skip = new Set([yearAt + 1, extAt + 1].filter((i) => i > 0));
  const files = argv.filter((a, i) => !a.startsWith('--') && !skip.has(i));
  if (files.length === 0) {
    console.error('用法：catalog-harvest [--write] [--year 年份] [--ext .pdf] 文件…');
    process.exitCode = 1;
    return;
  }
  const observations = files.flatMap((f) => {
    const text = readFileSync(f, 'utf8');
    if (f.endsWith('.tsv')) return readObservationsTsv(text);
    const name = basename(f).endsWith('.layout.txt')
      ? basename(f).replace(/\.layout\.txt$/u, ext)
      : basename(f);
    return observationsFromText(text, name, year);
  });
  const result: MergeResult = mergeObservations(readCatalogue(), observations);
  print('新标记为已观察', result.marked);
  print('名称与目录不符（待人工核对）', result.nameMismatch);
  print('名称不在该年度有效期内（待人工核对）', result.outOfYears);
  print('目录中没有的代码（待人工核对）', result.unknown);
  if (!write) return;
  for (const [k, f] of Object.entries(FILES) as [Classification, string][]) {
    writeFileSync(new URL(f, DATA_DIR), formatCatalogueTsv(result.rows[k]));
  }
  console.log('已写入 data/catalog/');
}

main(process.argv.slice(2));
