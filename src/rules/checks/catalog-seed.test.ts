/**
 * On the seed, the catalogue rules find the misnamed and misnumbered rows and flag no correct row.
 */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { seedDisclosure } from '../../../test/kits/catalog.js';
import { runRule } from '../../../test/kits/rule-tester.js';
import { rule as outOfYears } from './catalog-code-out-of-years.js';
import { rule as mismatch } from './catalog-name-mismatch.js';
import { rule as unknown } from './catalog-unknown-code.js';
import { rule as inconsistent } from './code-name-inconsistent.js';
import { rule as scheme } from './code-scheme-mismatch.js';

const SEED = fileURLToPath(
  new URL('../../../../shared/corpus/seed/000_8c5c6d2715ecedd6.txt', import.meta.url),
);

describe.skipIf(!existsSync(SEED))('catalogue rules on the seed (needs ../shared/corpus)', () => {
  const d = seedDisclosure(readFileSync(SEED, 'utf8'));
  const found = (r: typeof mismatch) =>
    runRule(r, { name: 'seed', disclosure: d }).map((x) => `${x.location.table} ${x.location.row}`);

  it('reads the coded rows of the seed', () => {
    expect(d.tables.map((t) => `${t.label}:${t.rows.length}`)).toEqual(
      expect.arrayContaining(['表1:30', '表2:24', '表3:24', '表4:30', '表5:23', '表6:37', '表7:8']),
    );
  });

  it('finds the misnamed rows against the catalogue, and nothing else', () => {
    expect(found(mismatch).sort()).toEqual(
      [
        '表2 21011 行政单位医疗',
        '表4 234 抗疫特别国债还本支出',
        '表5 22101 住房改革支出',
        '表7 2120199 其他城乡社会管理事务支出',
      ].sort(),
    );
  });

  it('finds the same codes printed with two names', () => {
    expect(found(inconsistent).sort()).toEqual(
      [
        '表2 21011 行政单位医疗',
        '表4 234 抗疫特别国债还本支出',
        '表7 2120199 其他城乡社会管理事务支出',
      ].sort(),
    );
  });

  it('flags no unknown code, no code out of its years, no code in the wrong column', () => {
    expect([...found(unknown), ...found(outOfYears), ...found(scheme)]).toEqual([]);
  });
});
