/**
 * Subjects: the words an amount is attached to, cleaned of the year, the numbering, the connective and the
 * verbs around them ("其中：2023年一般公共预算拨款合计为" → "一般公共预算拨款").
 */
import { leadingMarker } from './text.js';

export { isGenericSubject, subjectKey } from '../../model/claims.js';

const CONNECTIVES =
  /^(其中|包括|主要用于|主要包括|主要是|分别是|分别为|具体为|具体是|具体包括|主要有|含|即|以及|和|及|与|共|合计|全年)+/u;
const TRAILING =
  /(的|预算安排规模|安排规模|预算数|预算金额|项目金额|资金规模|金额|总额|规模|合计数|合计|共计|总计|累计|数|为|是|达到|达|约|安排|共)+$/u;
/** Parentheticals other than the 类/款/项 markers ("(类)", "(221类)"): "(福建省援疆资金)". */
const ASIDE = /\((?!\d*类\)|\d*款\)|\d*项\))[^()]*\)/gu;
const YEAR = /^.*?\d{4}年(度)?(底|末|初)?/u;

export function cleanSubject(raw: string): string {
  let s = raw.replace(/\s+/gu, '');
  const marker = leadingMarker(s);
  if (marker) s = s.slice(marker.length);
  // Everything up to a year is the department and the date: "XX局2023年一般公共预算" → "一般公共预算".
  let year = YEAR.exec(s);
  while (year && year[0].length < s.length) {
    s = s.slice(year[0].length);
    year = YEAR.exec(s);
  }
  s = s.replace(/^截至/u, '').replace(CONNECTIVES, '');
  const withoutAside = s.replace(ASIDE, '');
  s = withoutAside.replace(TRAILING, '');
  return s.replace(/^[,;:、.]+|[,;:、.]+$/gu, '');
}
