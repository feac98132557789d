import { departmentFinalAccount, unitFinalAccount } from './final-account.js';
import { nationalBudget } from './national-budget.js';
import { shaanxiBudget } from './shaanxi-budget.js';
import { shanghaiDepartmentBudget, shanghaiUnitBudget } from './shanghai-budget.js';
import type { Profile } from './types.js';

export { EXTRA_TABLES, TABLE_INDEX } from './extras.js';
export { TEXT_COLUMNS } from './text-columns.js';
export type * from './types.js';

/** Every known layout. Detection scores each by how many of its tables a document's titles match. */
export const PROFILES: Profile[] = [
  nationalBudget,
  shanghaiDepartmentBudget,
  shanghaiUnitBudget,
  departmentFinalAccount,
  unitFinalAccount,
  shaanxiBudget,
];

export function profileById(id: string): Profile | undefined {
  return PROFILES.find((p) => p.id === id);
}
