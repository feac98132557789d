/**
 * Every code printed in the development corpus is in the catalogue, and every name printed there either is the
 * catalogue's or is one of the known defects / PDF wraps listed below. A new corpus file that shows a gap fails
 * here with the list of gaps.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { observationsFromText } from './harvest.js';
import { getCatalogue, namesMatch } from './index.js';

const CORPUS = fileURLToPath(new URL('../../../shared/corpus/', import.meta.url));
const SEED = `${CORPUS}seed/000_8c5c6d2715ecedd6.txt`;
const hasCorpus = existsSync(SEED);
const hasPdftotext = (() => {
  try {
    execFileSync('pdftotext', ['-v'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
})();

/** Printed names that are not the catalogue's, with why: defects of the documents, or names wrapped in a PDF cell. */
const KNOWN = new Set([
  '21011 行政单位医疗', // seed 表2: the 款 is 行政事业单位医疗
  '22101 住房改革支出', // seed 表5: 住房改革支出 is 22102
  '2120199 其他城乡社会管理事务支出', // seed 表7: 社区, not 社会
  '234 抗疫特别国债还本支出', // seed 表4
  '30213 维修', // Chongqing: 维修（护）费 wrapped over three lines
  '2080505 基本养老保险', // Putuo 决算: code on the middle line of a wrapped name
  '2080506 职业年金缴费',
  '20799 体育与传媒支', // blank 决算 template: 其他文化旅游体育与传媒支出 wrapped
]);

function gaps(text: string, file: string): { unknown: string[]; misnamed: string[] } {
  const catalogue = getCatalogue();
  const unknown = new Set<string>();
  const misnamed = new Set<string>();
  for (const o of observationsFromText(text, file)) {
    const found = catalogue.lookup(o.code, o.year);
    if (!found) unknown.add(`${o.code} ${o.name}`);
    else if (!found.names.some((n) => namesMatch(o.name, n.name)) && !KNOWN.has(`${o.code} ${o.name}`)) {
      misnamed.add(`${o.code} ${o.name}`);
    }
  }
  return { unknown: [...unknown], misnamed: [...misnamed] };
}

describe.skipIf(!hasCorpus)('catalogue covers the corpus (needs ../shared/corpus)', () => {
  it('knows every code and name of the seed, and finds its four misnamed rows', () => {
    const text = readFileSync(SEED, 'utf8');
    expect(gaps(text, 'seed')).toEqual({ unknown: [], misnamed: [] });
    const found = observationsFromText(text, 'seed').filter((o) => KNOWN.has(`${o.code} ${o.name}`));
    expect(new Set(found.map((o) => o.code))).toEqual(new Set(['21011', '22101', '2120199', '234']));
  });

  it.skipIf(!hasPdftotext)('knows every code and name of the corpus PDFs (via pdftotext -layout)', () => {
    const pdfs = readdirSync(`${CORPUS}pdf`).filter((f) => f.endsWith('.pdf'));
    expect(pdfs.length).toBeGreaterThan(0);
    for (const f of pdfs) {
      const text = execFileSync('pdftotext', ['-layout', `${CORPUS}pdf/${f}`, '-'], { encoding: 'utf8' });
      expect(gaps(text, f), f).toEqual({ unknown: [], misnamed: [] });
    }
  });
});
