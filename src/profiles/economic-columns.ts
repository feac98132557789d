import type { ColumnSpec } from './types.js';

/** 经济分类 类 as columns: 表7's, and elsewhere under a 基本支出 or 项目支出 group (工资福利支出 | 商品和服务支出 | …). */
export const ECONOMIC_CLASSES: ColumnSpec[] = [
  { role: 'econ-301', header: '工资福利支出', label: '工资福利支出' },
  { role: 'econ-302', header: '商品和服务支出', label: '商品和服务支出' },
  { role: 'econ-303', header: '对个人和家庭的补助', label: '对个人和家庭的补助' },
  { role: 'econ-307', header: '债务利息', label: '债务利息及费用支出' },
  { role: 'econ-309', header: '资本性支出[(（]基本建设', label: '资本性支出（基本建设）' },
  { role: 'econ-310', header: '^资本性支出$', label: '资本性支出' },
  { role: 'econ-311', header: '对企业补助[(（]基本建设', label: '对企业补助（基本建设）' },
  { role: 'econ-312', header: '^对企业补助$', label: '对企业补助' },
  { role: 'econ-313', header: '社会保障基金', label: '对社会保障基金补助' },
  { role: 'econ-399', header: '^其他支出$', label: '其他支出' },
];

/** The roles of the economic 类 columns, for the identities that add them up. */
export const ECONOMIC_CLASS_ROLES = ECONOMIC_CLASSES.map((c) => c.role);

/**
 * The economic 类 only where a 基本支出 or 项目支出 group breaks down into them: a bare "其他支出" column beside
 * 基本支出 and 项目支出 is no 经济分类.
 */
export const ECONOMIC_CLASSES_IN_GROUP: ColumnSpec[] = ECONOMIC_CLASSES.map((c) => ({
  ...c,
  header: `(基本|项目)支出[^/]*/(.*/)?${c.header.replace(/^\^/u, '')}`,
}));
