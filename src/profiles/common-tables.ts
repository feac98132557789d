/**
 * Tables many provinces print beside the template's own, each with the identities it has on its own:
 * 政府采购预算表 (by 采购品目 A 货物 / B 工程 / C 服务, by unit, or by 科目; columns by source of funds), 政府购买服务
 * 明细表 (a list under the 指导性目录) and 机关运行经费支出表 (by 经济分类). Their 合计 is the sum of their lines
 * (or of their 科目, or of their units' lines); each line's 总计 the sum of its sources.
 */
import { bySource, coded, listTotal } from './identity-kit.js';
import type { ColumnSpec, IdentitySpec, TableSpec } from './types.js';

/** The same tables in every layout that prints them; `sourceColumns` are the layout's columns by source of funds. */
export function commonTables(sourceColumns: ColumnSpec[]): TableSpec[] {
  return [
    {
      kind: 'procurement',
      // 政府采购预算明细表 / 情况表 / 支出表 / 政府采购(资产配置、购买服务)预算表
      title: '政府采购(\\(.*\\))?(预算)?(明细|情况|支出)?(预算)?表',
      notTitle: '绩效',
      printedAs: '政府采购预算表',
      shape: 'coded',
      columns: [{ role: 'total', header: '^(预算)?(金额|总计|合计)$', label: '合计' }, ...sourceColumns],
    },
    {
      kind: 'purchase-services',
      title: '政府购买服务(预算)?(明细|情况)?表',
      printedAs: '政府购买服务预算表',
      shape: 'outline',
      columns: [{ role: 'total', header: '(预算)?(金额|数)$|^合计$', label: '预算金额' }],
    },
    {
      kind: 'agency-operating',
      title: '机关运行经费(支出)?(预算)?(明细|情况)?表',
      notTitle: '三公',
      printedAs: '机关运行经费支出预算表',
      shape: 'coded',
      codeScheme: 'economic',
      columns: [{ role: 'total', header: '机关运行经费|^(合计|金额|预算数)$', label: '机关运行经费' }],
    },
  ];
}

export const COMMON_IDENTITIES: IdentitySpec[] = [
  ...bySource('procurement', 'gp', true),
  listTotal('purchase-services', 'ps'),
  ...coded('agency-operating', 'ao', []),
];
