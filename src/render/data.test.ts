import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  type BudgetData,
  BudgetDataError,
  exampleBudgetData,
  loadBudgetData,
  randomBudgetData,
  renderDisclosure,
  validateBudgetData,
} from './index.js';

const SEEDS = Array.from({ length: 60 }, (_, k) => k + 1);

describe('randomBudgetData', () => {
  it('is deterministic per seed', () => {
    expect(randomBudgetData(3)).toEqual(randomBudgetData(3));
    expect(renderDisclosure(randomBudgetData(9), 'text')).toBe(renderDisclosure(randomBudgetData(9), 'text'));
  });

  it('varies across seeds: classes, fund money, projects, carry-over, last year figures', () => {
    const all = SEEDS.map((s) => randomBudgetData(s));
    const generalClasses = (d: BudgetData) =>
      new Set(d.items.filter((i) => !i.govFund && !i.stateCapital).map((i) => i.code.slice(0, 3))).size;
    expect(new Set(all.map(generalClasses))).toEqual(new Set([1, 3, 4, 5, 6]));
    expect(new Set(all.map((d) => d.items.map((i) => i.code).join())).size).toBe(all.length);
    expect(all.filter((d) => d.items.some((i) => i.govFund)).length).toBeGreaterThan(5);
    expect(all.filter((d) => d.items.every((i) => !i.govFund)).length).toBeGreaterThan(5);
    expect(new Set(all.map((d) => d.projects.length)).size).toBeGreaterThanOrEqual(6);
    expect(all.some((d) => d.items.some((i) => i.fiscalCarryover))).toBe(true);
    expect(all.some((d) => d.prior === undefined) && all.some((d) => d.prior !== undefined)).toBe(true);
    // Every feature of the template (issue 12): 上级转移支付, 单位资金 on several lines, each year's catalogue,
    // each growth phrasing, the carry-over aside, a final account against its budget.
    expect(all.filter((d) => d.items.some((i) => i.upperTransfer)).length).toBeGreaterThan(5);
    expect(all.filter((d) => d.items.some((i) => i.fiscalCarryover)).length).toBeGreaterThan(10);
    expect(all.some((d) => Object.keys(d.unitFundsSources ?? {}).length > 1)).toBe(true);
    expect(new Set(all.map((d) => d.year))).toEqual(
      new Set([2019, 2020, 2021, 2022, 2023, 2024, 2025, 2026]),
    );
    expect(new Set(all.flatMap((d) => d.style?.growth ?? []))).toEqual(
      new Set(['full', 'delta', 'rate', 'ends']),
    );
    expect(all.some((d) => d.style?.carryoverAside)).toBe(true);
    const finals = all.flatMap((d) => (d.prior?.final ? [d.prior.final] : []));
    expect(finals.some((f) => Number(f.actual) > Number(f.budget))).toBe(true);
    expect(finals.some((f) => Number(f.actual) < Number(f.budget))).toBe(true);
    expect(finals.some((f) => f.actual === f.budget)).toBe(true);
    for (const d of all) {
      expect(validateBudgetData(d)).toEqual([]);
      for (const i of d.items) expect(i.code).toMatch(/^2\d{6}$/u);
    }
  });

  it('honors its options', () => {
    expect(randomBudgetData(4, { govFund: true }).items.some((i) => i.govFund)).toBe(true);
    expect(randomBudgetData(4, { govFund: false }).items.some((i) => i.govFund)).toBe(false);
    expect(randomBudgetData(4, { unit: '元' }).unit).toBe('元');
  });
});

describe('validation', () => {
  const broken = (change: (d: BudgetData) => void) => {
    const d = exampleBudgetData();
    change(d);
    return validateBudgetData(d).join('\n');
  };

  it('names each inconsistency in Chinese', () => {
    expect(broken((d) => (d.economic[0].personnel = '342.16'))).toMatch(
      /基本支出合计 877\.47 与经济分类（表6）合计 877\.48 不相等/u,
    );
    expect(broken((d) => (d.projects[0].amounts['302'] = '121.00'))).toMatch(/科目 2120199 .*不相等/u);
    expect(broken((d) => (d.items[0].code = '20805'))).toContain('不是 7 位项级编码');
    expect(broken((d) => (d.items[0].generalBudget = { basic: '1.234' }))).toContain(
      '不是最多两位小数的金额',
    );
    expect(broken((d) => (d.items[0].code = '2999901'))).toContain('缺少功能分类类 299 的名称');
    expect(broken((d) => (d.threePublic.reception = '0.10'))).toContain('30217 公务接待费超过');
    expect(broken((d) => (d.unit = '千元' as BudgetData['unit']))).toContain('金额单位');
  });

  it('refuses to render inconsistent data', () => {
    const d = exampleBudgetData();
    d.economic[0].personnel = '1.00';
    expect(() => renderDisclosure(d, 'text')).toThrow(BudgetDataError);
    expect(() => renderDisclosure(d, 'html')).toThrow(/数据不一致/u);
  });
});

describe('loadBudgetData and the render command', () => {
  const dir = mkdtempSync(join(tmpdir(), 'gongkai-render-'));
  const write = (name: string, text: string) => {
    writeFileSync(join(dir, name), text);
    return join(dir, name);
  };

  it('reads JSON with numbers or strings as amounts', async () => {
    const d = JSON.parse(JSON.stringify(exampleBudgetData()));
    d.items[0].generalBudget.basic = 120.35;
    const loaded = await loadBudgetData(write('ok.json', JSON.stringify(d)));
    expect(renderDisclosure(loaded, 'text')).toBe(renderDisclosure(exampleBudgetData(), 'text'));
  });

  it('explains bad files in Chinese', async () => {
    await expect(loadBudgetData(join(dir, 'missing.json'))).rejects.toThrow(/无法读取/u);
    await expect(loadBudgetData(write('bad.json', '{"department":'))).rejects.toThrow(/不是合法的 JSON/u);
    await expect(loadBudgetData(write('arr.json', '[]'))).rejects.toThrow(/JSON 对象/u);
    await expect(loadBudgetData(write('empty.json', '{}'))).rejects.toThrow(/缺少编制部门/u);
  });
});
