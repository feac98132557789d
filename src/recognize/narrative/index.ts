/**
 * Narrative recognition: claims from the 说明 paragraphs, their resolution to table cells, and the
 * 项目支出绩效目标表 parser.
 */
import type { Disclosure } from '../../model/disclosure.js';
import type { NarrativeClaims } from './claims.js';
import { extractClaims } from './extract.js';

export * from './claims.js';
export { extractClaims } from './extract.js';
export {
  inlineMarkers,
  leadingMarker,
  type Marker,
  type MarkerStyle,
  normalizeNarrative,
  parseChineseNumeral,
} from './text.js';

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
export { cellLocation, cellName, quote, sentenceLocation } from './locate.js';
export {
  type CellTarget,
  NATIONAL_NARRATIVE,
  type NarrativeMapping,
  type SubjectMapping,
} from './mapping.js';
export { parsePerformanceTables } from './performance.js';
export { classRow, findColumn, findTable, nameScore, type Resolution, resolveSubject } from './resolve.js';
export { matchProjects, type Named, nameSimilarity, projectKey } from './similarity.js';
export { cleanSubject, isGenericSubject, subjectKey } from './subject.js';
