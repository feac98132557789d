import { reportIdentities } from '../engine/identity-report.js';
import type { Rule } from '../engine/types.js';

export const rule: Rule = {
  meta: {
    id: 'identity-cross-table',
    title: '表间数据不一致',
    severity: 'error',
    doc: '同一数额在不同表中的印刷必须一致（如 表1 支出总计 = 表3 合计；表5 基本支出合计 = 表6 合计；同一科目在表2与表3中的金额）。不同单位（元/万元）先换算再比较。结转和结余按资金来源推算（年末 = 年初 + 本年收入 − 本年支出）而表中另列结余分配或调整数时，不一致只作为警告。',
    messages: {
      mismatch: '{identity}：{where} 为 {actual}，对应数为 {expected}，相差 {difference}。',
      rounding: '{identity}：{where} 为 {actual}，对应数为 {expected}，相差 {difference}，属四舍五入差异。',
      soft: '{identity}：{where} 为 {actual}，按年初、收入、支出推算应为 {expected}，相差 {difference}；表中另列有结余分配或调整数，差额可能由其解释，请核对。',
    },
  },
  check(context) {
    reportIdentities(context, 'cross-table');
  },
};
