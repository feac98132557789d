import { nationalBudget } from './national-budget.js';
import type { Profile } from './types.js';

export type * from './types.js';

/** Every known layout. Detection scores each by how many of its tables a document's titles match. */
export const PROFILES: Profile[] = [nationalBudget];

export function profileById(id: string): Profile | undefined {
  return PROFILES.find((p) => p.id === id);
}
