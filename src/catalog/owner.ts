/**
 * "住房改革支出 is 221 02": when a printed name is not its code's, find the code it belongs to. Names like
 * 行政运行 belong to dozens of codes, so only a close, unambiguous owner is named: a sibling under the same
 * parent, then the code's own ancestors and descendants, then the same level within the same 类.
 */
import { appliesIn, type Catalogue } from './catalogue.js';
import { namesMatch } from './normalize.js';

/** More candidates than this in the closest group and the name is too common to point at one code. */
const MAX_OWNERS = 2;

function related(code: string, other: string): number | undefined {
  if (other === code) return undefined;
  const parent = code.slice(0, code.length - 2);
  if (other.length === code.length && other.startsWith(parent) && code.length > 3) return 0;
  if (other.startsWith(code) || code.startsWith(other)) return 1;
  if (other.length === code.length && other.slice(0, 3) === code.slice(0, 3)) return 2;
  return undefined;
}

export function ownersOf(catalogue: Catalogue, printed: string, code: string, year?: number): string[] {
  const groups: string[][] = [[], [], []];
  for (const other of catalogue.codesNamed(printed)) {
    const rank = related(code, other);
    if (rank === undefined) continue;
    const entry = catalogue.lookup(other);
    const inForce = entry?.history.some(
      (n) => (year === undefined || appliesIn(n, year)) && namesMatch(printed, n.name),
    );
    if (inForce) groups[rank].push(other);
  }
  const closest = groups.find((g) => g.length > 0) ?? [];
  return closest.length <= MAX_OWNERS ? closest.sort() : [];
}
