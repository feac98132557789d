/**
 * The rule contract (ESLint-style): a rule is a module with metadata and a check; the engine knows none of them.
 */
import type { Disclosure } from '../../model/disclosure.js';
import type { Location, RelatedCell, Severity } from '../../model/finding.js';
import type { EvaluatedIdentity } from '../../model/identity.js';
import type { Judged, MessageValue } from '../../model/money.js';
import type { Profile } from '../../profiles/types.js';

export interface RuleMeta {
  /** Stable public id, kebab-case; never changes meaning. */
  id: string;
  /** One line, Chinese. */
  title: string;
  /** Default severity; a report may lower it (e.g. a sum that rounding explains is a warning). */
  severity: Severity;
  /** A short paragraph: what it checks, why, and what is not a defect. */
  doc: string;
  /** Message templates keyed by id, with {named} fields filled from the report's data. */
  messages: Record<string, string>;
  /**
   * The rule judges the print itself (punctuation, numbering), which an OCR reading does not render faithfully
   * (a point after a list number lost, a quotation mark read as another): its findings on pages read by OCR are
   * not reported (ocr-doubt.ts), and the document's OCR notice says so.
   */
  printForm?: boolean;
}

export interface RuleReport {
  messageId: string;
  /** The message's fields; amounts as `Money`, which the engine writes in one unit (model/money). */
  data: Record<string, MessageValue>;
  /** The figure the finding judges: amounts in another unit show their value in its unit too. */
  judged?: Judged;
  location: Location;
  severity?: Severity;
  expected?: string;
  actual?: string;
  difference?: string;
  unit?: string;
  related?: RelatedCell[];
  identity?: string;
}

export interface RuleContext {
  disclosure: Disclosure;
  profile: Profile;
  /** Every identity of the profile instantiated on this document, held or not. */
  identities: EvaluatedIdentity[];
  report(report: RuleReport): void;
}

export interface Rule {
  meta: RuleMeta;
  check(context: RuleContext): void;
}
