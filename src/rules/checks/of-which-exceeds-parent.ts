import { reportIdentities } from '../engine/identity-report.js';
import type { Rule } from '../engine/types.js';

export const rule: Rule = {
  meta: {
    id: 'of-which-exceeds-parent',
    title: '“其中”项大于其所属项',
    severity: 'error',
    doc: '“其中”行是所属行的一部分，各“其中”行之和不能超过所属行。',
    messages: {
      mismatch: '{where}：其下“其中”各行之和超过本行，超出 {difference}（{identity}）。',
      rounding: '{where}：其下“其中”各行之和超过本行 {difference}，属四舍五入差异。',
    },
  },
  check(context) {
    reportIdentities(context, 'bound');
  },
};
