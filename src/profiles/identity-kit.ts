/**
 * Identities many tables share, generated for a table kind so each profile states only which kinds have them.
 */
import { ECONOMIC_CLASS_ROLES } from './economic-columns.js';
import type { IdentitySpec } from './types.js';

/**
 * A table by source of funds (表2 收入总表; 基本支出表 and 项目支出表 printed by source, 深圳 广州 烟台): every row's
 * 总计 is the sum of its sources, each group its 小计.
 */
export function bySource(table: string, prefix: string, list = false): IdentitySpec[] {
  return [
    {
      id: `${prefix}-row-total`,
      family: 'row-sum',
      table,
      total: 'total',
      parts: [
        'fiscal-subtotal',
        'special-account',
        'unit-funds',
        'nonfiscal-balance',
        'carryover',
        'fiscal-carryover',
        'nonfiscal-carryover',
      ],
      // Sources grouped under 本年收入 (深圳 收入总计 | 本年收入/… | 上年结余、结转): row-groups sums them.
      unlessColumns: ['current-year-part', 'current-year-subtotal'],
      fallbacks: {
        'fiscal-subtotal': [
          'general-budget',
          'general-transfer',
          'gov-fund',
          'gov-fund-transfer',
          'state-capital',
          'state-capital-transfer',
        ],
        'unit-funds': [
          'unit-revenue',
          'superior-subsidy',
          'affiliated-remit',
          'operating-revenue',
          'other-revenue',
        ],
      },
    },
    {
      id: `${prefix}-row-unit-funds`,
      family: 'row-sum',
      table,
      total: 'unit-funds',
      parts: ['unit-revenue', 'superior-subsidy', 'affiliated-remit', 'operating-revenue', 'other-revenue'],
    },
    {
      id: `${prefix}-row-fiscal`,
      family: 'row-sum',
      table,
      total: 'fiscal-subtotal',
      parts: [
        'general-budget',
        'general-transfer',
        'gov-fund',
        'gov-fund-transfer',
        'state-capital',
        'state-capital-transfer',
      ],
    },
    // 本年收入 | 上年结转结余 groups: the total is the two 小计, each 小计 the columns of its group; a group printed
    // without its 小计 (深圳: 本年收入/… then one column 上年结余、结转) by its columns.
    {
      id: `${prefix}-row-groups`,
      family: 'row-sum',
      table,
      total: 'total',
      parts: ['current-year-subtotal', 'carryover-subtotal'],
      fallbacks: {
        'current-year-subtotal': ['current-year-part'],
        'carryover-subtotal': ['carryover', 'carryover-part'],
      },
      minParts: 2,
    },
    {
      id: `${prefix}-row-current-year`,
      family: 'row-sum',
      table,
      total: 'current-year-subtotal',
      parts: ['current-year-part'],
    },
    {
      id: `${prefix}-row-carryover`,
      family: 'row-sum',
      table,
      total: 'carryover-subtotal',
      parts: ['carryover-part'],
    },
    { id: `${prefix}-hierarchy`, family: 'hierarchy', table },
    { id: `${prefix}-total-row`, family: 'total-row', table },
    ...(list ? [listTotal(table, prefix)] : []),
    change(table, prefix),
  ];
}

/** 基本支出 and 项目支出 broken down by economic 类 under their group: each group's 小计 = its 类 columns. */
function economicBreakdown(table: string, prefix: string): IdentitySpec[] {
  return ['basic', 'project'].map((total) => ({
    id: `${prefix}-row-${total}-economic`,
    family: 'row-sum' as const,
    table,
    total,
    parts: ECONOMIC_CLASS_ROLES,
    siblingsOnly: true,
    minParts: 2,
  }));
}

/**
 * 增减 = 本年预算数 − 上年执行数, per row, where a table prints the comparison (中央 tables: 执行数 | 预算数 | 增减额).
 * The current figure is the table's 合计 column (or, for a 三公 table by item, its 合计).
 */
export function change(table: string, prefix: string): IdentitySpec {
  return {
    id: `${prefix}-row-change`,
    family: 'row-sum',
    table,
    total: 'change-total',
    parts: ['total'],
    minus: ['prior-total'],
    acrossGroups: true,
  };
}

/** A table printed as a list (projects, procurement lines) instead of by 科目: its 合计 = its lines. */
export function listTotal(table: string, prefix: string): IdentitySpec {
  return {
    id: `${prefix}-list-total`,
    family: 'line-sum',
    table,
    total: 'total',
    parts: 'listed',
    column: '*',
  };
}

/**
 * A coded table's own identities: each row's sums across columns (the first total is 合计), the code hierarchy and
 * the total row.
 */
export function coded(
  table: string,
  prefix: string,
  sums: [string, string[]][],
  list = false,
): IdentitySpec[] {
  return [
    ...sums.map(([total, parts]) => ({
      id: `${prefix}-row-${total}`,
      family: 'row-sum' as const,
      table,
      total,
      parts,
      // 基本支出 printed only as its 人员经费 and 公用经费 columns (上海 财政拨款支出预算表).
      fallbacks: { basic: ['personnel', 'operating'] },
    })),
    ...economicBreakdown(table, prefix),
    { id: `${prefix}-hierarchy`, family: 'hierarchy', table },
    { id: `${prefix}-total-row`, family: 'total-row', table },
    ...(list ? [listTotal(table, prefix)] : []),
    change(table, prefix),
  ];
}
