/**
 * Bridge to the localizer: until it is wired, no suspects. (Replaced when src/localize lands.)
 */
import type { Disclosure } from '../model/disclosure.js';
import type { Finding } from '../model/finding.js';
import type { EvaluatedIdentity } from '../model/identity.js';
import type { ReportSuspect } from '../report/types.js';

export function localizeFindings(_d: Disclosure, _identities: EvaluatedIdentity[], _findings: Finding[]): ReportSuspect[] {
  return [];
}
