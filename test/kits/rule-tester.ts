/**
 * RuleTester (after ESLint's): a rule's test is a table of documents where it must stay quiet and documents
 * where it must fire with given message ids. Used only from tests.
 */
import { expect } from 'vitest';
import type { Disclosure } from '../../src/model/disclosure.js';
import type { Severity } from '../../src/model/finding.js';
import type { EvaluatedIdentity } from '../../src/model/identity.js';
import { plainData } from '../../src/model/money.js';
import type { Profile } from '../../src/profiles/types.js';
import type { Rule, RuleReport } from '../../src/rules/engine/types.js';

export interface RuleCase {
  name: string;
  disclosure: Disclosure;
  identities?: EvaluatedIdentity[];
  profile?: Profile;
}

export interface InvalidRuleCase extends RuleCase {
  /** Expected reports, in order: message id and any fields of the report's location/data to match. */
  errors: {
    messageId: string;
    severity?: Severity;
    location?: Record<string, unknown>;
    data?: Record<string, unknown>;
  }[];
}

const EMPTY_PROFILE: Profile = {
  id: 'test',
  title: 'test',
  kind: 'budget',
  signals: [],
  tables: [],
  identities: [],
  narrative: { id: 'test', subjects: [], classTables: [] },
};

export function runRule(rule: Rule, c: RuleCase): RuleReport[] {
  const reports: RuleReport[] = [];
  rule.check({
    disclosure: c.disclosure,
    profile: c.profile ?? EMPTY_PROFILE,
    identities: c.identities ?? [],
    report: (r) => reports.push(r),
  });
  return reports;
}

export function testRule(rule: Rule, cases: { valid: RuleCase[]; invalid: InvalidRuleCase[] }): void {
  for (const c of cases.valid) {
    expect(runRule(rule, c), `${rule.meta.id} should stay quiet on: ${c.name}`).toEqual([]);
  }
  for (const c of cases.invalid) {
    const reports = runRule(rule, c);
    expect(reports.length, `${rule.meta.id} report count on: ${c.name}`).toBe(c.errors.length);
    c.errors.forEach((e, i) => {
      const r = reports[i];
      expect(r.messageId, `${c.name} #${i}`).toBe(e.messageId);
      expect(rule.meta.messages[r.messageId], `message template ${r.messageId}`).toBeTypeOf('string');
      if (e.severity) expect(r.severity ?? rule.meta.severity, `${c.name} #${i} severity`).toBe(e.severity);
      if (e.location) expect(r.location).toMatchObject(e.location);
      if (e.data) expect(plainData(r.data, r.judged)).toMatchObject(e.data);
    });
  }
}
