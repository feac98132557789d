/**
 * Summary tables (收支总表, 财政拨款收支总表, their 决算 forms) list expenditure by function 类 as numbered lines
 * ("一、一般公共服务支出") without printing the code. When every first-level numbered line of a side is a 类 name of
 * the catalogue, those lines are the 类 rows: give them their code, so that code identities ("each 类 line = the
 * 支出表 类 row") apply to them as to a coded table. All or nothing per side: one line we cannot name would leave a
 * 类 sum incomplete, so then the lines stay named lines (and are summed as first-level lines instead).
 */
import { getCatalogue } from '../catalog/index.js';
import type { CodeScheme, Row } from '../model/disclosure.js';
import { norm } from './normalize.js';

const FUNCTION_CLASS = /^2\d{2}$/u;

function classCode(name: string): string | undefined {
  const codes = getCatalogue()
    .codesNamed(norm(name))
    .filter((c) => FUNCTION_CLASS.test(c));
  return codes.length === 1 ? codes[0] : undefined;
}

export function codeClassLines(rows: Row[], numbered: Set<number>, scheme: CodeScheme | undefined): void {
  if (scheme !== 'function') return;
  const sides = new Map<string, Row[]>();
  for (const r of rows) {
    if (r.code || r.kind !== 'item' || r.depth !== 1 || !numbered.has(r.index)) continue;
    const key = r.side ?? '';
    sides.set(key, [...(sides.get(key) ?? []), r]);
  }
  for (const lines of sides.values()) {
    const codes = lines.map((r) => classCode(r.name));
    if (lines.length < 2 || codes.some((c) => c === undefined)) continue;
    if (new Set(codes).size !== codes.length) continue;
    lines.forEach((r, i) => {
      r.code = codes[i];
      r.codeScheme = 'function';
    });
  }
}
