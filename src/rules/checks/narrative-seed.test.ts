/**
 * On the seed, the narrative and performance rules find the inconsistencies verified by hand (see the list in
 * the expectations: rule, line of the sentence or table, and the figure at fault), and nothing else.
 */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runRule } from '../../../test/kits/rule-tester.js';
import { parseWordText } from '../../ingest/text/index.js';
import type { MessageValue } from '../../model/money.js';
import { recognize } from '../../recognize/index.js';
import { parsePerformanceTables } from '../../recognize/narrative/index.js';
import type { Rule } from '../engine/types.js';
import { rule as amount } from './narrative-amount-mismatch.js';
import { rule as blank } from './narrative-blank-amount.js';
import { rule as count } from './narrative-count.js';
import { rule as growth } from './narrative-growth.js';
import { rule as unit } from './narrative-missing-unit.js';
import { rule as numbering } from './narrative-numbering.js';
import { rule as parts } from './narrative-parts-sum.js';
import { rule as placeholder } from './narrative-placeholder.js';
import { rule as self } from './narrative-self-inconsistent.js';
import { rule as share } from './narrative-share.js';
import { rule as perfCount } from './performance-count.js';
import { rule as funding } from './performance-funding-sum.js';
import { rule as vsProjects } from './performance-vs-projects.js';
import { rule as weights } from './performance-weights.js';

const SEED = fileURLToPath(
  new URL('../../../../shared/corpus/seed/000_8c5c6d2715ecedd6.txt', import.meta.url),
);

describe.skipIf(!existsSync(SEED))(
  'narrative and performance rules on the seed (needs ../shared/corpus)',
  () => {
    const raw = parseWordText(readFileSync(SEED, 'utf8'), SEED);
    const d = recognize(raw);
    d.performance = parsePerformanceTables(raw);
    const found = (r: Rule, key: (x: ReturnType<typeof runRule>[number]) => MessageValue | undefined) =>
      runRule(r, { name: 'seed', disclosure: d }).map((x) => `${x.messageId}@${x.location.line}:${key(x)}`);

    it('reads the ten performance-target tables', () => {
      expect(d.performance?.map((t) => t.total?.amount.printed)).toEqual([
        '40',
        '93.66',
        '120',
        '24',
        '40',
        '91.6',
        '90',
        '14',
        '31.5',
        '82',
      ]);
    });

    it('finds text figures that match no table cell', () => {
      expect(found(amount, (x) => x.actual)).toEqual([
        'mismatch@2246:60万元', // 单位资金 vs 表1 单位资金 (blank: the 60 sits in 其他收入)
        'mismatch@2246:80', // 非财政拨款结转结余 vs 表1 (blank)
        'mismatch@2251:1846.59万元', // 一般公共预算 vs 表1 1714.40
        'mismatch@2262:60万元',
        'mismatch@2264:80',
        'mismatch@2273:1714.4万元', // 财政拨款收支总预算 vs 表4 1846.59
        'mismatch@2276:1714.4万元', // 一般公共预算拨款 vs 表4 1846.59
        'mismatch@2282:1714.4万元', // 一般公共预算拨款合计 vs 表5 1846.59
        'mismatch@2282:366万元', // 项目支出 vs 表5 498.19
        'mismatch@2288:64.57万元', // 卫生健康支出 vs 表5 64.56
        'mismatch@2290:1356.94万元', // 城乡社区支出 vs 表5 1486.10
        'mismatch@2296:366万元', // 2120199 vs 表5 463.66
        'mismatch@2301:34.53万元', // 2101102 vs 表5 34.52
        'mismatch@2308:60.18万元', // 2080506 vs 表5 60.17
      ]);
    });

    it('finds wrong shares and growth rates', () => {
      expect(found(share, (x) => x.expected)).toEqual(['mismatch@2262:3%']); // 单位资金 60/1986.59 = 3%, not 7%
      expect(found(growth, (x) => x.expected ?? x.actual)).toEqual([
        'mismatch@2262:556%', // 50.85 / 9.15
        'mismatch@2282:23.53%', // 256.82 / 1091.58 = 23.527%
        'mismatch@2282:22.0%', // 103.51 / 469.51
        'mismatch@2296:22.0%',
        'mismatch@2298:35.4%', // 31.44 / 88.91 = 35.36%
        'mismatch@2300:3.9%', // 1.03 / 26.68
        'zeroBase@2308:100%', // 职业年金 60.18 up 60.18: from zero
        'mismatch@2397:100%', // 公务用车购置费 0, down 40: 100%, not 73%
      ]);
    });

    it('keeps the verified text and growth findings as errors', () => {
      const errors = (r: Rule) =>
        runRule(r, { name: 'seed', disclosure: d })
          .filter((x) => (x.severity ?? r.meta.severity) === 'error')
          .map((x) => x.location.line);
      expect(errors(amount)).toEqual([
        2246, 2246, 2251, 2262, 2264, 2273, 2276, 2282, 2282, 2288, 2290, 2296, 2301, 2308,
      ]);
      expect(errors(growth)).toEqual([2262, 2282, 2282, 2296, 2298, 2300, 2308, 2397]);
      expect(errors(share)).toEqual([2262]);
    });

    it('finds parts exceeding their whole, numbering gaps, blanks, missing units and double values', () => {
      expect(found(parts, (x) => x.actual)).toEqual(['exceeds@2277:1846.59万元']); // 城乡社区支出1486.09 主要用于 …
      expect(found(numbering, (x) => x.data.current)).toEqual([
        'lookalike@6:(-)',
        'lookalike@26:(十ー)',
        'lookalike@28:(十ニ)',
        'gap@2298:5.',
      ]);
      expect(found(blank, () => '')).toEqual(['blank@2269:', 'blank@2312:']);
      expect(found(unit, (x) => x.data.printed)).toEqual([
        'missing@2246:132.19',
        'missing@2246:80',
        'missing@2264:80',
      ]);
      expect(found(self, (x) => x.data.second)).toEqual(['differs@2251:1846.59万元', 'differs@2277:366万元']);
      expect(found(count, () => '')).toEqual([]);
      expect(found(placeholder, () => '')).toEqual([]);
    });

    it('finds projects that disagree across 表7, the performance tables and the narrative', () => {
      expect(found(vsProjects, (x) => x.data.project)).toEqual([
        'fundingSource@1819:购置电脑项目',
        'amountVsPerformance@1836:昌吉州建设行业指挥平台系统运行维护费',
        'missingInT7@2428:昌吉州工程建设项目审批管理系统运维服务项目',
        'missingInT7@2552:昌吉州工程建设项目审批系统密码应用项目',
        'missingInT7@3322:消防安全专项资金',
        'narrativeNotInT7@2364:昌吉州工程建设项目审批管理系统运营维护',
        't7NotInNarrative@1819:购置电脑项目',
        'narrativeVsPerformance@2378:建设行业指挥平台系统维护费',
      ]);
      expect(found(perfCount, (x) => x.data.actual)).toEqual(['count@2426:8']); // 9 stated, 8 tables with 财政拨款
      expect(found(funding, () => '')).toEqual([]);
      expect(found(weights, () => '')).toEqual([]); // every table sums to 90 (no 满意度 row): one scheme, not flagged
    });
  },
);
