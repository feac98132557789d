/**
 * Bridge from the localizer to the report: which cells to blame, as cell references with the identities each
 * explains. buildReport turns identities into finding ids once findings are sorted.
 */
import type { Decimal } from 'decimal.js';
import type { EvaluatedIdentity } from '../model/identity.js';
import type { CellRef } from '../model/identity.js';

export interface SuspectCell {
  cell: CellRef;
  actual: Decimal;
  suggested: Decimal;
  /** Ids of the violated identities this change makes hold. */
  identities: string[];
  tie: boolean;
}

export type Localizer = (identities: EvaluatedIdentity[]) => SuspectCell[];

/** No localizer wired: no suspects (the report still lists every finding). */
export const noLocalizer: Localizer = () => [];
