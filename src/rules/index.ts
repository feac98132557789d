/**
 * The rule registry (ESLint-style): every rule is listed here; the engine (engine/run.ts) knows none of them.
 */
import type { Disclosure } from '../model/disclosure.js';
import type { Profile } from '../profiles/types.js';
import { rule as catalogCodeOutOfYears } from './checks/catalog-code-out-of-years.js';
import { rule as catalogNameMismatch } from './checks/catalog-name-mismatch.js';
import { rule as catalogUnknownCode } from './checks/catalog-unknown-code.js';
import { rule as codeNameInconsistent } from './checks/code-name-inconsistent.js';
import { rule as codePrefix } from './checks/code-prefix.js';
import { rule as codeSchemeMismatch } from './checks/code-scheme-mismatch.js';
import { rule as duplicateCode } from './checks/duplicate-code.js';
import { rule as emptyTableNote } from './checks/empty-table-note.js';
import { rule as balance } from './checks/identity-balance.js';
import { rule as crossTable } from './checks/identity-cross-table.js';
import { rule as hierarchy } from './checks/identity-hierarchy.js';
import { rule as lineSum } from './checks/identity-line-sum.js';
import { rule as rowSum } from './checks/identity-row-sum.js';
import { rule as totalRow } from './checks/identity-total-row.js';
import { rule as narrativeAmountMismatch } from './checks/narrative-amount-mismatch.js';
import { rule as narrativeBlankAmount } from './checks/narrative-blank-amount.js';
import { rule as narrativeClassName } from './checks/narrative-class-name.js';
import { rule as narrativeCount } from './checks/narrative-count.js';
import { rule as narrativeExecution } from './checks/narrative-execution.js';
import { rule as narrativeGrowth } from './checks/narrative-growth.js';
import { rule as narrativeLevelWording } from './checks/narrative-level-wording.js';
import { rule as narrativeMissingUnit } from './checks/narrative-missing-unit.js';
import { rule as narrativeNumbering } from './checks/narrative-numbering.js';
import { rule as narrativePartsSum } from './checks/narrative-parts-sum.js';
import { rule as narrativePlaceholder } from './checks/narrative-placeholder.js';
import { rule as narrativePunctuation } from './checks/narrative-punctuation.js';
import { rule as narrativeSelfInconsistent } from './checks/narrative-self-inconsistent.js';
import { rule as narrativeShare } from './checks/narrative-share.js';
import { rule as narrativeTemplateLeftover } from './checks/narrative-template-leftover.js';
import { rule as narrativeYear } from './checks/narrative-year.js';
import { rule as ofWhich } from './checks/of-which-exceeds-parent.js';
import { rule as performanceCount } from './checks/performance-count.js';
import { rule as performanceFundingSum } from './checks/performance-funding-sum.js';
import { rule as performanceVsProjects } from './checks/performance-vs-projects.js';
import { rule as performanceWeights } from './checks/performance-weights.js';
import { rule as tableIndexEmpty } from './checks/table-index-empty.js';
import { rule as tableMissing } from './checks/table-missing.js';
import { rule as tableUnreadable } from './checks/table-unreadable.js';
import { applyRules, type CheckResult } from './engine/run.js';
import type { Rule } from './engine/types.js';

export { evaluateIdentities } from './engine/identities/index.js';
export type { CheckResult } from './engine/run.js';
export type { Rule, RuleContext, RuleMeta } from './engine/types.js';

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
  tableIndexEmpty,
  tableMissing,
  tableUnreadable,
  narrativeAmountMismatch,
  narrativeBlankAmount,
  narrativeClassName,
  narrativeCount,
  narrativeExecution,
  narrativeGrowth,
  narrativeLevelWording,
  narrativeMissingUnit,
  narrativeNumbering,
  narrativePartsSum,
  narrativePlaceholder,
  narrativePunctuation,
  narrativeSelfInconsistent,
  narrativeShare,
  narrativeTemplateLeftover,
  narrativeYear,
  performanceCount,
  performanceFundingSum,
  performanceVsProjects,
  performanceWeights,
];

/** Run every rule of the registry (or the ones given). */
export function runRules(disclosure: Disclosure, profile: Profile, rules: Rule[] = RULES): CheckResult {
  return applyRules(disclosure, profile, rules);
}
