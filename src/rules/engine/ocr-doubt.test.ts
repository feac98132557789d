import { describe, expect, it } from 'vitest';
import { CONSISTENT_T3_ROWS, t3, toDisclosure, withCell } from '../../../test/kits/disclosures.js';
import { narrativeDoc } from '../../../test/kits/narrative.js';
import type { Disclosure } from '../../model/disclosure.js';
import { nationalBudget } from '../../profiles/national-budget.js';
import { runRules } from '../index.js';
import { OCR_DOUBT_PREFIX } from './ocr-doubt.js';

/** The disclosure as if its cells had been read by OCR from a scan. */
function scanned(d: Disclosure): Disclosure {
  for (const t of d.tables) {
    for (const r of t.rows) for (const c of Object.values(r.cells)) c.prov.ocr = { confidence: 90 };
  }
  return d;
}

describe('ocr-doubt', () => {
  const misprint = () => toDisclosure(t3(withCell(CONSISTENT_T3_ROWS, 2, 4, '200.00')));
  const bySeverity = (d: Disclosure, severity: string) =>
    runRules(d, nationalBudget).findings.filter(
      (f) => f.severity === severity && f.rule.startsWith('identity'),
    );

  it('lowers an error resting on an OCR’d cell to a warning marked 识别存疑', () => {
    expect(bySeverity(scanned(misprint()), 'error')).toEqual([]);
    const warnings = bySeverity(scanned(misprint()), 'warning');
    expect(warnings.length).toBeGreaterThan(0);
    for (const w of warnings) {
      expect(w.message.startsWith(OCR_DOUBT_PREFIX)).toBe(true);
      expect(w.data.readingDoubt).toBe('ocr');
    }
  });

  it('keeps the same misprint an error when the table was read from a text layer', () => {
    expect(bySeverity(misprint(), 'error').length).toBeGreaterThan(0);
  });

  it('stays quiet on a consistent scanned table', () => {
    const d = scanned(toDisclosure(t3(CONSISTENT_T3_ROWS)));
    expect(
      runRules(d, nationalBudget).findings.filter((f) => f.message.startsWith(OCR_DOUBT_PREFIX)),
    ).toEqual([]);
  });

  it('drops print-form findings (numbering, punctuation) on pages read by OCR, and only there', () => {
    const lines = [
      '五、关于一般公共预算当年拨款情况说明',
      '1.甲支出5万元。',
      '2.乙支出6万元。',
      '4.丁支出7万元。',
    ];
    const numbering = (d: Disclosure) =>
      runRules(d, nationalBudget).findings.filter((f) => f.rule === 'narrative-numbering');
    expect(numbering(narrativeDoc(lines, undefined, [], { page: 3 })).length).toBe(1);
    expect(numbering(narrativeDoc(lines, undefined, [], { page: 3, ocr: {} }))).toEqual([]);
  });

  it('marks a warning resting on an OCR’d name 识别存疑 too, keeping it a warning', () => {
    const rows = CONSISTENT_T3_ROWS.map((r) =>
      r[3] === '行政运行' ? [...r.slice(0, 3), '行政运和行', ...r.slice(4)] : r,
    );
    const names = (d: Disclosure) =>
      runRules(d, nationalBudget).findings.filter((f) => f.rule === 'catalog-name-mismatch');
    const text = names(toDisclosure(t3(rows)));
    expect(text.length).toBeGreaterThan(0);
    expect(text.every((f) => !f.message.startsWith(OCR_DOUBT_PREFIX))).toBe(true);
    const scan = names(scanned(toDisclosure(t3(rows))));
    expect(scan.map((f) => f.severity)).toEqual(text.map((f) => f.severity));
    expect(scan.every((f) => f.message.startsWith(OCR_DOUBT_PREFIX))).toBe(true);
  });
});
