/**
 * Document-level facts read from the document itself: year, 预算 or 决算, 部门 or 单位, the department's name.
 */
import type { DocumentKind, DocumentLevel } from '../model/disclosure.js';
import { PART_HEADING } from '../model/numbering.js';
import { norm } from './normalize.js';

function mostFrequent<T>(items: T[]): T | undefined {
  const counts = new Map<T, number>();
  for (const i of items) counts.set(i, (counts.get(i) ?? 0) + 1);
  let best: T | undefined;
  let n = 0;
  for (const [k, c] of counts) if (c > n) [best, n] = [k, c];
  return best;
}

export function readYear(texts: string[]): number | undefined {
  const years: number[] = [];
  for (const t of texts) {
    if (!/(预算|决算|情况表|总表|预算表)/u.test(t) || t.length > 80) continue;
    for (const m of t.matchAll(/(20\d{2})\s*年(度)?/gu)) years.push(Number(m[1]));
  }
  return mostFrequent(years);
}

export function readKind(texts: string[], profileKind: DocumentKind): DocumentKind {
  if (profileKind !== 'unknown') return profileKind;
  const joined = texts.join('\n');
  const finals = (joined.match(/决算/gu) ?? []).length;
  const budgets = (joined.match(/预算公开|部门预算|单位预算/gu) ?? []).length;
  if (finals === 0 && budgets === 0) return 'unknown';
  return finals > budgets ? 'final-account' : 'budget';
}

export function readLevel(texts: string[]): DocumentLevel {
  const joined = texts.map(norm).join('\n');
  // 编制单位：/编制部门： above each table is the strongest sign; "部门预算经济分类" names a classification, not a level.
  const unit = (joined.match(/单位(预算|决算)(?!单位)|编制单位[:：]|预算单位[:：]/gu) ?? []).length;
  const dept = (
    joined.replace(/部门预算经济分类/gu, '').match(/部门(预算|决算)|部门[(（]单位[)）]|编制部门[:：]/gu) ?? []
  ).length;
  if (unit === 0 && dept === 0) return 'unknown';
  return unit > dept ? 'unit' : 'department';
}

export function readDepartment(candidates: string[], texts: string[]): string | undefined {
  const dep = mostFrequent(candidates.filter((c) => c.length >= 2));
  if (dep) return dep;
  for (const t of texts.slice(0, 10)) {
    // "第二部分 XX局 2024年度部门决算表": the part heading is not part of the name.
    const m = /^(.{2,30}?)(20\d{2})年(度)?(部门|单位)/u.exec(norm(t).replace(PART_HEADING, ''));
    if (m) return m[1];
  }
  return undefined;
}
