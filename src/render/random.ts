/**
 * Deterministic, varied, consistent budget data for property tests: a seed gives the same data every time, and
 * seeds differ in classes, sources, projects, fund money (表8 filled or empty) and last year's figures.
 */
import { UNIT_FUNDS_LINES } from './ledger.js';
import { money } from './money.js';
import { ECONOMIC_LINES, FUNCTION_SECTIONS, PROJECT_NAMES, type Section } from './names.js';
import type {
  BudgetData,
  EconomicClass,
  EconomicLine,
  FunctionItem,
  GrowthPhrasing,
  NarrativeStyle,
  PriorYear,
  Project,
} from './types.js';

export interface RandomOptions {
  unit?: '万元' | '元';
  /** Force government-fund money on (表8 filled) or off (表8 empty with its note). */
  govFund?: boolean;
}

/** mulberry32: a small, well-mixed 32-bit PRNG, seedable so a failing case can be replayed (the one in gongkai). */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

class Draw {
  constructor(readonly rnd: () => number) {}
  int = (lo: number, hi: number) => lo + Math.floor(this.rnd() * (hi - lo + 1));
  chance = (p: number) => this.rnd() < p;
  pick<T>(xs: T[], n: number): T[] {
    const copy = [...xs];
    const out: T[] = [];
    while (out.length < n && copy.length > 0)
      out.push(copy.splice(Math.floor(this.rnd() * copy.length), 1)[0]);
    return out;
  }
  /** Split a positive total into n non-negative integer parts. */
  split(total: number, n: number): number[] {
    const cuts = Array.from({ length: n - 1 }, () => Math.floor(this.rnd() * (total + 1))).sort(
      (a, b) => a - b,
    );
    return [...cuts, total].map((c, i, all) => c - (i === 0 ? 0 : all[i - 1]));
  }
}

const DEPARTMENTS = [
  '测试市示例局',
  '示例县自然资源局',
  '示例市水务局',
  '示例区文化和旅游局',
  '示例州应急管理局',
];
const ENTRY = (v: number) => (v === 0 ? undefined : money(v, false));

interface Draft {
  code: string;
  basic: number;
  project: number;
  upperTransfer: number;
  govFund: number;
  stateCapital: number;
  specialAccount: number;
  unitFunds: number;
  fiscalCarryover: number;
  nonFiscalCarryover: number;
}

function drafts(d: Draw, scale: number, options: RandomOptions): Draft[] {
  const blank = (code: string): Draft => ({
    code,
    basic: 0,
    project: 0,
    upperTransfer: 0,
    govFund: 0,
    stateCapital: 0,
    specialAccount: 0,
    unitFunds: 0,
    fiscalCarryover: 0,
    nonFiscalCarryover: 0,
  });
  const general = FUNCTION_SECTIONS.filter((s) => s.fund === 'general');
  // One class now and then: the 说明's lists of classes are then one-item lists.
  const classes = d.pick(
    [...new Set(general.map((s) => s.code.slice(0, 3)))],
    d.chance(0.08) ? 1 : d.int(3, 6),
  );
  const out: Draft[] = [];
  const amount = (max: number) => d.int(1, max) * scale;
  for (const cls of classes) {
    const sections = general.filter((s) => s.code.startsWith(cls));
    for (const sec of d.pick(sections, d.int(1, sections.length)))
      for (const [code] of d.pick(sec.items, d.int(1, sec.items.length))) {
        const x = blank(code);
        if (d.chance(0.85)) x.basic = amount(80_000);
        if (d.chance(0.15)) x.unitFunds = amount(20_000);
        if (d.chance(0.05)) x.specialAccount = amount(5_000);
        if (d.chance(0.1)) x.nonFiscalCarryover = amount(5_000);
        out.push(x);
      }
  }
  if (out.every((x) => x.basic === 0)) out[0].basic = amount(80_000);
  const fund = (kind: Section['fund']) =>
    FUNCTION_SECTIONS.filter((s) => s.fund === kind).flatMap((s) => s.items);
  if (options.govFund ?? d.chance(0.35))
    for (const [code] of d.pick(fund('govFund'), d.int(1, 2)))
      out.push({ ...blank(code), govFund: amount(50_000) });
  if (d.chance(0.1))
    for (const [code] of fund('stateCapital')) out.push({ ...blank(code), stateCapital: amount(9_000) });
  return out.sort((a, b) => a.code.localeCompare(b.code));
}

function projects(d: Draw, items: Draft[], scale: number): Project[] {
  const general = items.filter((x) => x.govFund + x.stateCapital === 0);
  const names = d.pick(PROJECT_NAMES, d.int(0, 6));
  const out: Project[] = [];
  const classes: EconomicClass[] = ['302', '302', '302', '310', '303', '301', '399'];
  const add = (x: Draft, name: string, total: number) => {
    const [a, b] = d.pick(classes, 2);
    const parts = d.chance(0.3) && a !== b ? d.split(total, 2) : [total, 0];
    const amounts: Partial<Record<EconomicClass, string>> = {};
    for (const [k, v] of [
      [a, parts[0]],
      [b, parts[1]],
    ] as [EconomicClass, number][])
      if (v > 0) amounts[k] = money(v, false);
    out.push({ code: x.code, name, amounts });
  };
  for (const name of names) {
    const x = general[d.int(0, general.length - 1)];
    const total = d.int(100, 300_000) * scale;
    x.project += total;
    add(x, name, total);
  }
  if (out.length < 6 && d.chance(0.4)) {
    const x = general[d.int(0, general.length - 1)];
    x.fiscalCarryover = d.int(100, 50_000) * scale;
    add(x, '上年结转专项经费', x.fiscalCarryover);
  }
  return out;
}

function economic(d: Draw, basic: number): EconomicLine[] {
  const personnelPool = ECONOMIC_LINES.filter(([c]) => !c.startsWith('302'));
  const operatingPool = ECONOMIC_LINES.filter(([c]) => c.startsWith('302'));
  const personnel = Math.round(basic * (0.7 + d.rnd() * 0.2));
  const pLines = d.pick(personnelPool, d.int(3, 8));
  const oLines = d.pick(operatingPool, d.int(2, 6));
  const lines: EconomicLine[] = [
    ...d.split(personnel, pLines.length).map((v, k) => ({ code: pLines[k][0], personnel: ENTRY(v) })),
    ...d.split(basic - personnel, oLines.length).map((v, k) => ({ code: oLines[k][0], operating: ENTRY(v) })),
  ];
  return lines
    .filter((e) => e.personnel !== undefined || e.operating !== undefined)
    .sort((a, b) => a.code.localeCompare(b.code));
}

/** Last year's figure: around this year's, sometimes absent or zero (a new line). */
const priorOf = (d: Draw, v: number) =>
  v === 0 || d.chance(0.1)
    ? undefined
    : d.chance(0.08)
      ? '0.00'
      : money(Math.round(v * (0.7 + d.rnd() * 0.6)), false);

/** Part of some items' 一般公共预算 handed down from above (上级转移支付). */
function transfers(d: Draw, items: Draft[]): void {
  if (!d.chance(0.35)) return;
  for (const x of items) {
    const general = x.basic + x.project;
    if (general > 0 && d.chance(0.5)) x.upperTransfer = d.chance(0.2) ? general : d.int(1, general);
  }
}

/** 单位资金 on one 表1 line (the default), or split over one to three lines, listed in the 说明. */
function unitFundsSplit(d: Draw, total: number): Pick<BudgetData, 'unitFundsSource' | 'unitFundsSources'> {
  if (total === 0 || d.chance(0.4))
    return d.chance(0.5) ? {} : { unitFundsSource: d.pick(UNIT_FUNDS_LINES, 1)[0] };
  const lines = d.pick(UNIT_FUNDS_LINES, Math.min(d.int(1, 3), total));
  const parts = d.split(total - lines.length, lines.length).map((v) => v + 1);
  return { unitFundsSources: Object.fromEntries(lines.map((k, i) => [k, money(parts[i], false)])) };
}

const PHRASINGS: GrowthPhrasing[] = ['full', 'delta', 'rate', 'ends'];

function style(d: Draw): NarrativeStyle {
  return {
    growth: Array.from({ length: d.int(1, 4) }, () => PHRASINGS[d.int(0, PHRASINGS.length - 1)]),
    carryoverAside: d.chance(0.5),
  };
}

/** The year before last's 一般公共预算 final account against its budget: above, below or equal. */
function finalAccount(d: Draw, general: number): PriorYear['final'] {
  if (general === 0 || !d.chance(0.4)) return undefined;
  const budget = Math.round(general * (0.7 + d.rnd() * 0.5));
  const actual = d.chance(0.2) ? budget : Math.round(budget * (0.85 + d.rnd() * 0.3));
  return { budget: money(budget, false), actual: money(actual, false) };
}

export function randomBudgetData(seed: number, options: RandomOptions = {}): BudgetData {
  const d = new Draw(prng(seed));
  const unit = options.unit ?? '万元';
  const scale = unit === '元' ? 10_000 : 1;
  const items = drafts(d, scale, options);
  const projectList = projects(d, items, scale);
  const basic = items.reduce((s, x) => s + x.basic, 0);
  const econ = economic(d, basic);
  const line = (code: string) =>
    Number((econ.find((e) => e.code === code)?.operating ?? '0').replace('.', ''));
  const small = () => (d.chance(0.5) ? d.int(1, 999) * scale : 0);
  const three = {
    overseas: d.chance(0.2) ? d.int(100, 9_999) * scale : 0,
    reception: line('30217') + small(),
    vehiclePurchase: d.chance(0.15) ? d.int(1_000, 40_000) * scale : 0,
    vehicleOperation: line('30231') + small(),
  };
  const sum = (f: (x: Draft) => number) => items.reduce((s, x) => s + f(x), 0);
  transfers(d, items);
  const withPrior = d.chance(0.8);
  const prior: PriorYear | undefined = withPrior
    ? {
        generalBudget: priorOf(
          d,
          sum((x) => x.basic + x.project),
        ),
        unitFunds: priorOf(
          d,
          sum((x) => x.unitFunds),
        ),
        basic: priorOf(d, basic),
        project: priorOf(
          d,
          sum((x) => x.project + x.govFund + x.stateCapital + x.specialAccount + x.unitFunds) +
            sum((x) => x.fiscalCarryover + x.nonFiscalCarryover),
        ),
        final: finalAccount(
          d,
          sum((x) => x.basic + x.project),
        ),
        threePublic: Object.fromEntries(Object.entries(three).map(([k, v]) => [k, priorOf(d, v)])),
        operatingCost: priorOf(
          d,
          econ.reduce((s, e) => s + Number((e.operating ?? '0').replace('.', '')), 0),
        ),
      }
    : undefined;
  const functionItems: FunctionItem[] = items.map((x) => ({
    code: x.code,
    generalBudget:
      x.basic + x.project === 0 ? undefined : { basic: ENTRY(x.basic), project: ENTRY(x.project) },
    upperTransfer: ENTRY(x.upperTransfer),
    govFund: ENTRY(x.govFund),
    stateCapital: ENTRY(x.stateCapital),
    specialAccount: ENTRY(x.specialAccount),
    unitFunds: ENTRY(x.unitFunds),
    fiscalCarryover: ENTRY(x.fiscalCarryover),
    nonFiscalCarryover: ENTRY(x.nonFiscalCarryover),
    priorGeneralBudget: withPrior ? priorOf(d, x.basic + x.project + x.fiscalCarryover) : undefined,
  }));
  return JSON.parse(
    JSON.stringify({
      department: DEPARTMENTS[d.int(0, DEPARTMENTS.length - 1)],
      year: d.int(2019, 2026),
      unit,
      items: functionItems,
      economic: econ,
      projects: projectList,
      threePublic: Object.fromEntries(Object.entries(three).map(([k, v]) => [k, ENTRY(v)])),
      prior,
      ...unitFundsSplit(
        d,
        sum((x) => x.unitFunds),
      ),
      style: style(d),
    }),
  ) as BudgetData;
}
