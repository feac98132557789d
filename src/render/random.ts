/**
 * Deterministic, varied, consistent budget data for property tests: a seed gives the same data every time.
 */
import { ECONOMIC, FUNCTION_TREE, PROJECT_NAMES } from './names.js';
import type { BudgetData, EconomicLine, FunctionItem, Project } from './types.js';

/** mulberry32: a small, well-mixed 32-bit PRNG. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function pick<T>(rnd: () => number, xs: T[], n: number): T[] {
  const copy = [...xs];
  const out: T[] = [];
  while (out.length < n && copy.length > 0) out.push(copy.splice(Math.floor(rnd() * copy.length), 1)[0]);
  return out;
}

/** Split a total into n positive integer parts (n ≤ total). */
function splitInto(rnd: () => number, total: number, n: number): number[] {
  const cuts = Array.from({ length: n - 1 }, () => 1 + Math.floor(rnd() * (total - 1))).sort((a, b) => a - b);
  const parts = [...cuts, total].map((c, i, all) => c - (i === 0 ? 0 : all[i - 1]));
  return parts.some((p) => p <= 0) ? [total, ...Array(n - 1).fill(0)] : parts;
}

export function randomBudgetData(seed: number): BudgetData {
  const rnd = prng(seed);
  const cents = (max: number) => 1 + Math.floor(rnd() * max);
  const items: FunctionItem[] = [];
  for (const cls of pick(rnd, FUNCTION_TREE, 2 + Math.floor(rnd() * 3))) {
    for (const sec of pick(rnd, cls.sections, 1 + Math.floor(rnd() * cls.sections.length))) {
      for (const [code, name] of pick(rnd, sec.items, 1 + Math.floor(rnd() * sec.items.length))) {
        items.push({
          code,
          name,
          className: cls.name,
          sectionName: sec.name,
          generalBasic: rnd() < 0.85 ? cents(9_999_99) : 0,
          generalProject: 0,
          govFund: rnd() < 0.15 ? cents(99_999) : 0,
          unitFunds: rnd() < 0.2 ? cents(99_999) : 0,
          nonFiscalCarryover: rnd() < 0.1 ? cents(9_999) : 0,
        });
      }
    }
  }
  if (items.every((i) => i.generalBasic === 0)) items[0].generalBasic = cents(9_999_99);
  const projects: Project[] = [];
  for (const name of pick(rnd, PROJECT_NAMES, Math.floor(rnd() * 5))) {
    const item = items[Math.floor(rnd() * items.length)];
    const amount = cents(99_999_9);
    item.generalProject += amount;
    projects.push({
      code: item.code,
      name,
      amount,
      economicClass: (['302', '302', '310', '303'] as const)[Math.floor(rnd() * 4)],
    });
  }
  projects.sort((a, b) => a.code.localeCompare(b.code));
  const basic = items.reduce((s, i) => s + i.generalBasic, 0);
  const lines = pick(rnd, ECONOMIC, 3 + Math.floor(rnd() * 6)).sort((a, b) => a[0].localeCompare(b[0]));
  const economic: EconomicLine[] = splitInto(rnd, basic, lines.length).map((amount, k) => ({
    code: lines[k][0],
    name: lines[k][2] === '' ? lines[k][1] : lines[k][1],
    className: lines[k][2],
    amount,
  }));
  const econ = (code: string) => economic.find((e) => e.code === code)?.amount ?? 0;
  return {
    department: '测试市示例局',
    year: 2020 + Math.floor(rnd() * 6),
    unit: '万元',
    items: items.sort((a, b) => a.code.localeCompare(b.code)),
    economic: economic.filter((e) => e.amount > 0),
    projects,
    threePublic: {
      overseas: rnd() < 0.3 ? cents(9_999) : 0,
      reception: econ('30217') + (rnd() < 0.5 ? cents(999) : 0),
      vehiclePurchase: rnd() < 0.2 ? cents(99_999) : 0,
      vehicleOperation: econ('30231') + (rnd() < 0.5 ? cents(999) : 0),
    },
  };
}
