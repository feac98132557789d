/**
 * Instantiate a profile's identities on one document and evaluate each (R validate's `confront`): the result
 * lists what held as well as what failed, so reports show coverage and the localizer sees every constraint.
 */
import type { Disclosure } from '../../../model/disclosure.js';
import type { EvaluatedIdentity } from '../../../model/identity.js';
import type { IdentitySpec, Profile } from '../../../profiles/types.js';
import { cellIdentity, codeIdentities } from './cross-table.js';
import { tableOf } from './select.js';
import { bound, hierarchy, lineSum, rowSum, totalRow } from './within-table.js';

export { codeChildren } from './within-table.js';

function evaluateSpec(spec: IdentitySpec, d: Disclosure): EvaluatedIdentity[] {
  if (spec.family === 'cross-table') return 'codes' in spec ? codeIdentities(spec, d) : cellIdentity(spec, d);
  if (spec.family === 'balance') return cellIdentity(spec, d);
  const table = tableOf(d, spec.table);
  if (!table) return [];
  switch (spec.family) {
    case 'row-sum':
      return rowSum(spec, table);
    case 'hierarchy':
      return hierarchy(spec, table);
    case 'total-row':
      return totalRow(spec, table);
    case 'line-sum':
      return lineSum(spec, table);
    case 'bound':
      return bound(spec, table);
  }
}

/** Each table set is checked on its own (a unit's tables against that unit's, never the department's). */
export function evaluateIdentities(d: Disclosure, profile: Profile): EvaluatedIdentity[] {
  const sets = [...new Set(d.tables.map((t) => t.set ?? 1))];
  return sets.flatMap((set) => {
    const scoped = set === 1 ? d : { ...d, tables: d.tables.filter((t) => (t.set ?? 1) === set) };
    const found = profile.identities.flatMap((spec) => evaluateSpec(spec, scoped));
    return set === 1 ? found : found.map((e) => ({ ...e, id: `${e.id}@${set}` }));
  });
}
