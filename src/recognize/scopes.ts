/**
 * Several table sets in one file: a department prints its own tables, then the same tables for each of its units
 * (深圳, 烟台, 西安 汇总). A set ends where a kind comes again under another unit's name; every set after the first
 * is its own scope for identities, and its tables are named by that unit, so that each finding says whose table
 * it is. A kind that comes again under the same name (a page that did not join its table) starts no set.
 */
import type { Table } from '../model/disclosure.js';

export function markTableSets(tables: Table[], units: (string | undefined)[]): void {
  let set = 1;
  let kinds = new Set<string>();
  let unit = units[0];
  tables.forEach((t, i) => {
    const own = units[i];
    if (kinds.has(t.kind) && own !== undefined && unit !== undefined && own !== unit) {
      set++;
      kinds = new Set();
      unit = own;
    }
    kinds.add(t.kind);
    unit ??= own;
    if (set === 1) return;
    t.set = set;
    if (own && !t.label.startsWith(own)) t.label = `${own} ${t.label}`;
  });
}
