/** What the words around an amount say of it: the money unit its sentence is written in, whether it counts the carry-over. */
import type { CarryoverSaid } from '../../model/claims.js';

/**
 * Words right after an amount that say whether it counts the carry-over from the year before: "X万元（含上年结转
 * Y万元）", "X万元，含上年财政拨款结转…", "X万元（不含上年结转）", and as a 决算 says it, "X万元（含年初结转和结余…）".
 */
const CARRYOVER_SAID =
  /^\d+(?:\.\d+)?(?:万元|亿元|千元|元|万)?[(,]?(不|未)?(?:含|包含|包括)了?(?:上年度?|以前年度|年初)(?:财政拨款)?(?:资金)?结转/u;

export function carryoverSaid(text: string, at: number): CarryoverSaid | undefined {
  const m = CARRYOVER_SAID.exec(text.slice(at).replace(/\s+/gu, ''));
  if (!m) return undefined;
  return m[1] ? 'excluded' : 'included';
}

/** The unit of money an amount's sentence is written in: the first amount's. */
export function moneyUnitOf(text: string): string | undefined {
  const m = /\d(万元|亿元|千元|万(?![\u4e00-\u9fff])|元)/u.exec(text);
  if (!m) return undefined;
  return m[1] === '万' ? '万元' : m[1];
}
