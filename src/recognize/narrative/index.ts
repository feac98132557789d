/**
 * Narrative recognition: claims from the 说明 paragraphs, their resolution to table cells, and the
 * 项目支出绩效目标表 parser.
 */
import type { Disclosure } from '../../model/disclosure.js';
import type { NarrativeClaims } from './claims.js';
import { extractClaims } from './extract.js';

export * from './claims.js';
export { extractClaims } from './extract.js';
export { normalizeNarrative, leadingMarker, inlineMarkers, parseChineseNumeral, type Marker, type MarkerStyle } from './text.js';

const cache = new WeakMap<Disclosure, NarrativeClaims>();

/** The claims of a disclosure's narrative, extracted once and shared by every narrative rule. */
export function narrativeClaims(disclosure: Disclosure): NarrativeClaims {
  let claims = cache.get(disclosure);
  if (!claims) {
    claims = extractClaims(disclosure.narrative);
    cache.set(disclosure, claims);
  }
  return claims;
}
