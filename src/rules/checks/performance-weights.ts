/**
 * 项目支出绩效目标表: the indicators' weights (分值/权重) add up to the table's stated total, or to the scheme
 * the document's other tables follow (100, or 90 where 满意度 is scored elsewhere).
 */
import { Decimal } from 'decimal.js';
import { provToLocation } from '../../model/finding.js';
import type { PerformanceTable } from '../../model/performance.js';
import type { Rule } from '../engine/types.js';

const HUNDRED = new Decimal(100);

function weightSum(t: PerformanceTable): Decimal | undefined {
  const weights = t.indicators.filter((i) => i.weight).map((i) => i.weight!.value);
  return weights.length === 0 ? undefined : weights.reduce((a, b) => a.plus(b), new Decimal(0));
}

/** The sum most tables of the document have, when at least two share it. */
function commonSum(sums: Decimal[]): Decimal | undefined {
  const counts = new Map<string, number>();
  for (const s of sums) counts.set(s.toString(), (counts.get(s.toString()) ?? 0) + 1);
  let best: string | undefined;
  let n = 1;
  for (const [k, c] of counts) if (c > n) [best, n] = [k, c];
  return best === undefined ? undefined : new Decimal(best);
}

export const rule: Rule = {
  meta: {
    id: 'performance-weights',
    title: '绩效目标表的指标分值合计不对',
    severity: 'warning',
    doc:
      '绩效目标表各三级指标的分值（权重）之和，应等于表中写明的合计；未写合计时，不应超过 100，' +
      '并应与本文件其他绩效目标表的合计一致（有的地区满意度指标另行计分，各表合计统一为 90 时不报告）。' +
      '与其他表不一致时，报告本表缺少的一级指标。',
    messages: {
      stated: '绩效目标表“{project}”各指标分值合计 {sum}，与表中写明的合计 {stated} 不符',
      over: '绩效目标表“{project}”各指标分值合计 {sum}，超过 100',
      offScheme: '绩效目标表“{project}”各指标分值合计 {sum}，而本文件其他绩效目标表合计为 {common}{missing}',
    },
  },
  check(ctx) {
    const tables = ctx.disclosure.performance ?? [];
    const sums = tables.map(weightSum);
    const common = commonSum(sums.filter((s): s is Decimal => s !== undefined));
    const levelCount = new Map<string, number>();
    for (const t of tables)
      for (const l of new Set(t.indicators.map((i) => i.level1)))
        levelCount.set(l, (levelCount.get(l) ?? 0) + 1);
    tables.forEach((t, i) => {
      const sum = sums[i];
      if (!sum) return;
      const location = {
        table: '项目支出绩效目标表',
        tableTitle: t.title,
        row: t.projectName,
        column: '指标分值',
        ...provToLocation(t.prov),
      };
      const data = { project: t.projectName, sum: sum.toString() };
      if (t.statedWeightTotal) {
        if (!sum.eq(t.statedWeightTotal.amount.value))
          ctx.report({
            messageId: 'stated',
            severity: 'error',
            data: { ...data, stated: t.statedWeightTotal.amount.printed },
            location,
          });
        return;
      }
      if (sum.gt(HUNDRED)) {
        ctx.report({ messageId: 'over', severity: 'error', data, location });
        return;
      }
      if (!common || sum.eq(common) || sum.eq(HUNDRED)) return;
      const own = new Set(t.indicators.map((x) => x.level1));
      const absent = [...levelCount]
        .filter(([l, c]) => l !== '' && !own.has(l) && c > tables.length / 2)
        .map(([l]) => l);
      const missing = absent.length > 0 ? `，本表缺少一级指标：${absent.join('、')}` : '';
      ctx.report({ messageId: 'offScheme', data: { ...data, common: common.toString(), missing }, location });
    });
  },
};
