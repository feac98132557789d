/**
 * Narrative recognition: claims from the 说明 paragraphs, their resolution to table cells through the layout
 * profile's narrative mapping, and the 项目支出绩效目标表 parser. The claim types are the model's (model/claims).
 */
import type { AmountClaim, NarrativeClaims } from '../../model/claims.js';
import type { Disclosure } from '../../model/disclosure.js';
import type { NarrativeMapping } from '../../profiles/types.js';
import { resolveSubject, type SaidWith } from './resolve.js';

export * from './claims.js';
export { extractClaims } from './extract.js';
export { parsePerformanceTables } from './performance.js';
export { classRow, findColumn, nameScore, resolveSubject } from './resolve.js';
export { cleanSubject } from './subject.js';
export {
  inlineMarkers,
  leadingMarker,
  type Marker,
  type MarkerStyle,
  normalizeNarrative,
  parseChineseNumeral,
} from './text.js';

/**
 * Resolve every amount claim to the cell it restates, in place: the mapping of the layout the document was read
 * as; without a layout, nothing resolves.
 */
export function resolveClaims(
  d: Disclosure,
  claims: NarrativeClaims,
  mapping: NarrativeMapping | undefined,
): void {
  const year = d.meta.year;
  const listOf = wholesOf(claims);
  for (const c of claims.claims) {
    if (c.kind !== 'amount') continue;
    // Last year's figure ("2025年预算数为P万元" in a 2026 budget) is in no table of this document.
    const before = year !== undefined && c.year !== undefined && c.year < year;
    const said: SaidWith = {};
    if (c.carryover) said.carryover = c.carryover;
    const list = listOf.get(c);
    if (list) said.list = list;
    c.resolution =
      (!before && mapping && resolveSubject(d, c.subject, c.sentence, mapping, said)) || 'unresolved';
  }
}

/**
 * The subject of the whole each amount is said of: an item of a list its list's whole, an aside ("X万元（含上年结转
 * Y万元）") the amount its bracket follows.
 */
function wholesOf(claims: NarrativeClaims): Map<AmountClaim, string> {
  const out = new Map<AmountClaim, string>();
  let host: AmountClaim | undefined;
  for (const c of claims.claims) {
    if (c.kind === 'parts' && c.whole) for (const p of c.parts) out.set(p, c.whole.subject);
    if (c.kind !== 'amount') continue;
    if (!c.aside) host = c;
    else if (host && host.sentence === c.sentence) out.set(c, host.subject);
  }
  return out;
}
