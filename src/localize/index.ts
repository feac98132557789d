/**
 * Error localization (DESIGN §6): from the evaluated identities, the cells most likely wrong and the values that
 * make every identity hold (Fellegi–Holt). Exact search over sets of 1–3 cells per independent group of violated
 * identities; beyond that a greedy fallback (the cell in most violated identities, repeatedly) — a heuristic.
 */
import type { EvaluatedIdentity } from '../model/identity.js';
import { type Localization, locate } from './locate.js';
import { type CellInfo, cellInfoFrom } from './model.js';

export type { Localization, LocalizedCell } from './locate.js';
export { type CellInfo, cellInfoFrom } from './model.js';
export { weightOf } from './search.js';

export interface LocalizeOptions {
  /** Each cell's unit and printed value; read off the identities when absent (see cellInfoFrom). */
  cells?: CellInfo;
  /** Largest set of cells searched exactly (default 3). */
  maxSize?: number;
  /** Most equally likely explanations listed for one group before it is left unexplained (default 3). */
  maxTied?: number;
}

export function localize(identities: EvaluatedIdentity[], options: LocalizeOptions = {}): Localization {
  return locate(identities, options.cells ?? cellInfoFrom(identities), options);
}
