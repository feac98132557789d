/** Structured data must be consistent before it is rendered; each problem is named in Chinese. */
import type { BudgetData } from './types.js';

const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);

export function validateBudgetData(d: BudgetData): string[] {
  const problems: string[] = [];
  const amounts = [
    ...d.items.flatMap((i) => [
      i.generalBasic,
      i.generalProject,
      i.govFund,
      i.unitFunds,
      i.nonFiscalCarryover,
    ]),
    ...d.economic.map((e) => e.amount),
    ...d.projects.map((p) => p.amount),
  ];
  if (amounts.some((a) => !Number.isSafeInteger(a) || a < 0))
    problems.push('金额必须是以“分”为单位的非负整数');
  for (const i of d.items)
    if (!/^\d{7}$/u.test(i.code)) problems.push(`功能分类科目 ${i.code} 不是 7 位项级编码`);
  for (const e of d.economic)
    if (!/^30[123]\d{2}$/u.test(e.code))
      problems.push(`经济分类科目 ${e.code} 不是 301/302/303 类下的款级编码`);
  const basic = sum(d.items.map((i) => i.generalBasic));
  const economic = sum(d.economic.map((e) => e.amount));
  if (basic !== economic)
    problems.push(`一般公共预算基本支出 ${basic / 100} 与经济分类合计 ${economic / 100} 不相等`);
  for (const i of d.items) {
    const projects = sum(d.projects.filter((p) => p.code === i.code).map((p) => p.amount));
    if (projects !== i.generalProject) {
      problems.push(
        `科目 ${i.code} 的一般公共预算项目支出 ${i.generalProject / 100} 与其项目之和 ${projects / 100} 不相等`,
      );
    }
  }
  for (const p of d.projects) {
    if (!d.items.some((i) => i.code === p.code))
      problems.push(`项目“${p.name}”的科目 ${p.code} 不在功能分类科目中`);
  }
  const econ = (code: string) => d.economic.find((e) => e.code === code)?.amount ?? 0;
  if (econ('30217') > d.threePublic.reception) problems.push('经济分类 30217 公务接待费超过“三公”公务接待费');
  if (econ('30231') > d.threePublic.vehicleOperation)
    problems.push('经济分类 30231 公务用车运行维护费超过“三公”公务用车运行费');
  return problems;
}
