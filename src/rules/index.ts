/**
 * The rule registry and engine (ESLint-style): rules are listed here; the engine knows none of them.
 */
import type { Disclosure } from '../model/disclosure.js';
import type { Finding } from '../model/finding.js';
import type { EvaluatedIdentity } from '../model/identity.js';
import type { Profile } from '../profiles/types.js';
import { rule as catalogCodeOutOfYears } from './catalog-code-out-of-years.js';
import { rule as catalogNameMismatch } from './catalog-name-mismatch.js';
import { rule as catalogUnknownCode } from './catalog-unknown-code.js';
import { rule as codeNameInconsistent } from './code-name-inconsistent.js';
import { rule as codePrefix } from './code-prefix.js';
import { rule as codeSchemeMismatch } from './code-scheme-mismatch.js';
import { noteDamagedPages } from './damaged-pages.js';
import { rule as duplicateCode } from './duplicate-code.js';
import { rule as emptyTableNote } from './empty-table-note.js';
import { evaluateIdentities } from './identities/index.js';
import { rule as balance } from './identity-balance.js';
import { rule as crossTable } from './identity-cross-table.js';
import { rule as hierarchy } from './identity-hierarchy.js';
import { rule as lineSum } from './identity-line-sum.js';
import { rule as rowSum } from './identity-row-sum.js';
import { rule as totalRow } from './identity-total-row.js';
import { rule as narrativeAmountMismatch } from './narrative-amount-mismatch.js';
import { rule as narrativeBlankAmount } from './narrative-blank-amount.js';
import { rule as narrativeCount } from './narrative-count.js';
import { rule as narrativeGrowth } from './narrative-growth.js';
import { rule as narrativeMissingUnit } from './narrative-missing-unit.js';
import { rule as narrativeNumbering } from './narrative-numbering.js';
import { rule as narrativePartsSum } from './narrative-parts-sum.js';
import { rule as narrativePlaceholder } from './narrative-placeholder.js';
import { rule as narrativeSelfInconsistent } from './narrative-self-inconsistent.js';
import { rule as narrativeShare } from './narrative-share.js';
import { rule as ofWhich } from './of-which-exceeds-parent.js';
import { rule as performanceCount } from './performance-count.js';
import { rule as performanceFundingSum } from './performance-funding-sum.js';
import { rule as performanceVsProjects } from './performance-vs-projects.js';
import { rule as performanceWeights } from './performance-weights.js';
import { doubtfulTables, lowerDoubtful } from './reading-doubt.js';
import { rule as tableMissing } from './table-missing.js';
import { rule as tableUnreadable } from './table-unreadable.js';
import { fillTemplate, type Rule } from './types.js';

export { evaluateIdentities } from './identities/index.js';
export type { Rule, RuleContext, RuleMeta } from './types.js';

export const RULES: Rule[] = [
  rowSum,
  hierarchy,
  totalRow,
  lineSum,
  balance,
  crossTable,
  ofWhich,
  codePrefix,
  duplicateCode,
  codeNameInconsistent,
  catalogNameMismatch,
  catalogUnknownCode,
  catalogCodeOutOfYears,
  codeSchemeMismatch,
  emptyTableNote,
  tableMissing,
  tableUnreadable,
  narrativeAmountMismatch,
  narrativeBlankAmount,
  narrativeCount,
  narrativeGrowth,
  narrativeMissingUnit,
  narrativeNumbering,
  narrativePartsSum,
  narrativePlaceholder,
  narrativeSelfInconsistent,
  narrativeShare,
  performanceCount,
  performanceFundingSum,
  performanceVsProjects,
  performanceWeights,
];

export interface CheckResult {
  identities: EvaluatedIdentity[];
  findings: Finding[];
}

/** Run every rule. A rule that throws is a bug in gongkai: it is reported as an info finding, not a crash. */
export function runRules(disclosure: Disclosure, profile: Profile, rules: Rule[] = RULES): CheckResult {
  const identities = evaluateIdentities(disclosure, profile);
  const findings: Finding[] = [];
  for (const rule of rules) {
    const report = (r: Parameters<Parameters<Rule['check']>[0]['report']>[0]) => {
      const template = rule.meta.messages[r.messageId] ?? r.messageId;
      const f: Finding = {
        rule: rule.meta.id,
        severity: r.severity ?? rule.meta.severity,
        message: fillTemplate(template, r.data),
        messageId: r.messageId,
        data: r.data,
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
  // A finding on a page the reader found damaged says so (damaged-pages.ts).
  noteDamagedPages(findings, disclosure.damage);
  return { identities, findings };
}
