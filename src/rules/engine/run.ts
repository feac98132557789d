/**
 * The engine: evaluates the profile's identities once, then runs the rules it is given. It knows none of them;
 * the registry (rules/index.ts) lists them.
 */
import type { Disclosure } from '../../model/disclosure.js';
import type { Finding } from '../../model/finding.js';
import type { EvaluatedIdentity } from '../../model/identity.js';
import { fillMessage, plainData } from '../../model/money.js';
import type { Profile } from '../../profiles/types.js';
import { noteDamagedPages } from './damaged-pages.js';
import { evaluateIdentities } from './identities/index.js';
import { dropOcrPrintForm, lowerOcrDoubt } from './ocr-doubt.js';
import { doubtfulTables, lowerDoubtful } from './reading-doubt.js';
import type { Rule } from './types.js';

export interface CheckResult {
  identities: EvaluatedIdentity[];
  findings: Finding[];
}

/** Run every rule. A rule that throws is a bug in gongkai: it is reported as an info finding, not a crash. */
export function applyRules(disclosure: Disclosure, profile: Profile, rules: Rule[]): CheckResult {
  const identities = evaluateIdentities(disclosure, profile);
  const findings: Finding[] = [];
  for (const rule of rules) {
    const report = (r: Parameters<Parameters<Rule['check']>[0]['report']>[0]) => {
      const template = rule.meta.messages[r.messageId] ?? r.messageId;
      const f: Finding = {
        rule: rule.meta.id,
        ruleTitle: rule.meta.title,
        severity: r.severity ?? rule.meta.severity,
        message: fillMessage(template, r.data, r.judged),
        messageId: r.messageId,
        data: plainData(r.data, r.judged),
        location: r.location,
        related: r.related ?? [],
      };
      if (r.expected !== undefined) f.expected = r.expected;
      if (r.actual !== undefined) f.actual = r.actual;
      if (r.difference !== undefined) f.difference = r.difference;
      if (r.unit !== undefined) f.unit = r.unit;
      if (r.identity !== undefined) f.identity = r.identity;
      findings.push(f);
    };
    try {
      rule.check({ disclosure, profile, identities, report });
    } catch (e) {
      findings.push({
        rule: rule.meta.id,
        ruleTitle: rule.meta.title,
        severity: 'info',
        message: `规则 ${rule.meta.id} 运行出错（这是 gongkai 的缺陷，请报告）：${(e as Error).message}`,
        messageId: 'internal-error',
        data: {},
        location: {},
        related: [],
      });
    }
  }
  // A table read implausibly gives warnings, not errors (reading-doubt.ts).
  lowerDoubtful(findings, doubtfulTables(disclosure, identities));
  // Nor does a value read by OCR from a scan, and OCR's reading of punctuation is not the print (ocr-doubt.ts).
  lowerOcrDoubt(findings, disclosure);
  const printForm = new Set(rules.filter((r) => r.meta.printForm).map((r) => r.meta.id));
  const kept = dropOcrPrintForm(findings, disclosure, printForm);
  // A finding on a page the reader found damaged says so (damaged-pages.ts).
  noteDamagedPages(kept, disclosure.damage);
  return { identities, findings: kept };
}
