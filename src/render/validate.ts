/**
 * Structured data must be complete and consistent before it is rendered: every problem is collected and named in
 * Chinese, so a finance officer can fix the input in one pass.
 */
import { ECONOMIC_CLASS_CODES, type Ledger, type LedgerThreePublic, UNIT_FUNDS_LINES } from './ledger.js';
import { money, parseMoney, sum } from './money.js';
import { nameOf } from './names.js';
import type { BudgetData, EconomicClass, ThreePublic, UnitFundsSource } from './types.js';

export class BudgetDataError extends Error {
  constructor(readonly problems: string[]) {
    super(`数据不一致，无法生成公开表：\n- ${problems.join('\n- ')}`);
    this.name = 'BudgetDataError';
  }
}

const SOURCES = [
  'govFund',
  'stateCapital',
  'specialAccount',
  'unitFunds',
  'fiscalCarryover',
  'nonFiscalCarryover',
] as const;

class Collector {
  readonly problems: string[] = [];
  amount(v: string | number | undefined, where: string): number {
    try {
      const cents = parseMoney(v, where);
      if (cents < 0) this.problems.push(`${where}不能为负数：${v}`);
      return cents;
    } catch (e) {
      this.problems.push((e as Error).message);
      return 0;
    }
  }
  constructor(readonly year?: number) {}
  name(code: string, own: Record<string, string> | undefined, what: string): string {
    const n = nameOf(code, this.year, own);
    if (n === undefined) this.problems.push(`缺少${what} ${code} 的名称（可在 names 中补充）`);
    return n ?? '';
  }
}

function threePublic(c: Collector, t: ThreePublic, where: string): LedgerThreePublic {
  return {
    overseas: c.amount(t.overseas, `${where}因公出国（境）费`),
    reception: c.amount(t.reception, `${where}公务接待费`),
    vehiclePurchase: c.amount(t.vehiclePurchase, `${where}公务用车购置费`),
    vehicleOperation: c.amount(t.vehicleOperation, `${where}公务用车运行费`),
  };
}

function checkShape(d: BudgetData, c: Collector): boolean {
  if (typeof d.department !== 'string' || d.department.trim() === '')
    c.problems.push('缺少编制部门 department');
  if (!Number.isInteger(d.year) || d.year < 2000 || d.year > 2100)
    c.problems.push(`预算年度 year 不正确：${d.year}`);
  if (d.unit !== '万元' && d.unit !== '元') c.problems.push(`金额单位 unit 只能是“万元”或“元”：${d.unit}`);
  for (const k of ['items', 'economic', 'projects'] as const)
    if (!Array.isArray(d[k])) c.problems.push(`缺少 ${k} 列表`);
  if (!d.threePublic || typeof d.threePublic !== 'object') c.problems.push('缺少“三公”经费 threePublic');
  return c.problems.length === 0;
}

function buildLedger(d: BudgetData, c: Collector): Ledger {
  const items = d.items.map((i) => {
    const where = `科目 ${i.code} `;
    if (!/^\d{7}$/u.test(i.code ?? '')) c.problems.push(`功能分类科目 ${i.code} 不是 7 位项级编码`);
    return {
      code: i.code,
      name: i.name ?? c.name(i.code, d.names, '功能分类项'),
      className: c.name(i.code.slice(0, 3), d.names, '功能分类类'),
      sectionName: c.name(i.code.slice(0, 5), d.names, '功能分类款'),
      basic: c.amount(i.generalBudget?.basic, `${where}一般公共预算基本支出`),
      project: c.amount(i.generalBudget?.project, `${where}一般公共预算项目支出`),
      upperTransfer: c.amount(i.upperTransfer, `${where}上级转移支付`),
      ...Object.fromEntries(SOURCES.map((k) => [k, c.amount(i[k], `${where}${k}`)])),
      prior:
        i.priorGeneralBudget === undefined ? undefined : c.amount(i.priorGeneralBudget, `${where}上年预算数`),
    } as Ledger['items'][number];
  });
  const economic = d.economic.map((e) => {
    if (!/^3\d{4}$/u.test(e.code ?? '')) c.problems.push(`经济分类科目 ${e.code} 不是 5 位款级编码`);
    return {
      code: e.code,
      name: e.name ?? c.name(e.code, d.names, '经济分类款'),
      className: c.name(e.code.slice(0, 3), d.names, '经济分类类'),
      personnel: c.amount(e.personnel, `经济分类 ${e.code} 人员经费`),
      operating: c.amount(e.operating, `经济分类 ${e.code} 公用经费`),
    };
  });
  const projects = d.projects.map((p) => {
    if (typeof p.name !== 'string' || p.name.trim() === '')
      c.problems.push(`科目 ${p.code} 下有项目缺少名称`);
    for (const k of Object.keys(p.amounts ?? {}))
      if (!ECONOMIC_CLASS_CODES.includes(k as EconomicClass))
        c.problems.push(`项目“${p.name}”的经济分类 ${k} 不是表7的列（${ECONOMIC_CLASS_CODES.join('、')}）`);
    const amounts = Object.fromEntries(
      ECONOMIC_CLASS_CODES.map((k) => [k, c.amount(p.amounts?.[k], `项目“${p.name}”${k}`)]),
    ) as Record<EconomicClass, number>;
    return { code: p.code, name: p.name, amounts, total: sum(Object.values(amounts)) };
  });
  const prior = d.prior ?? {};
  const opt = (v: string | undefined, where: string) => (v === undefined ? undefined : c.amount(v, where));
  return {
    department: d.department.trim(),
    year: d.year,
    unit: d.unit,
    items: items.sort((a, b) => a.code.localeCompare(b.code)),
    economic: economic.sort((a, b) => a.code.localeCompare(b.code)),
    projects: projects
      .map((p, k) => ({ p, k }))
      .sort((a, b) => a.p.code.localeCompare(b.p.code) || a.k - b.k)
      .map((x) => x.p),
    threePublic: threePublic(c, d.threePublic, '“三公”经费'),
    prior: {
      generalBudget: opt(prior.generalBudget, '上年一般公共预算'),
      unitFunds: opt(prior.unitFunds, '上年单位资金'),
      basic: opt(prior.basic, '上年基本支出'),
      project: opt(prior.project, '上年项目支出'),
      threePublic: prior.threePublic && threePublic(c, prior.threePublic, '上年“三公”经费'),
      operatingCost: opt(prior.operatingCost, '上年机关运行经费'),
      final: prior.final && {
        budget: c.amount(prior.final.budget, '决算年度年初预算数'),
        actual: c.amount(prior.final.actual, '决算年度决算数'),
      },
    },
    unitFundsBy: unitFundsBy(d, c, sum(items.map((i) => i.unitFunds))),
    administrative: d.administrative ?? true,
    style: { growth: d.style?.growth ?? ['full'], carryoverAside: d.style?.carryoverAside ?? false },
  };
}

/** 单位资金 by 表1 其中 line: the data's split, or all of it on one line. */
function unitFundsBy(d: BudgetData, c: Collector, total: number): Ledger['unitFundsBy'] {
  if (!d.unitFundsSources) return { [d.unitFundsSource ?? '其他收入']: total };
  const given = d.unitFundsSources;
  for (const k of Object.keys(given))
    if (!UNIT_FUNDS_LINES.includes(k as UnitFundsSource))
      c.problems.push(`单位资金来源 ${k} 不是表1的行（${UNIT_FUNDS_LINES.join('、')}）`);
  // In 表1's order, whatever the order of the data.
  const out: Ledger['unitFundsBy'] = {};
  for (const k of UNIT_FUNDS_LINES) if (given[k] !== undefined) out[k] = c.amount(given[k], `单位资金 ${k}`);
  const split = sum(Object.values(out) as number[]);
  if (split !== total)
    c.problems.push(
      `单位资金各来源之和 ${money(split, false)} 与各科目单位资金之和 ${money(total, false)} 不相等`,
    );
  return out;
}

/** The identities between the parts of the data that the tables cannot derive on their own. */
function checkConsistency(l: Ledger, c: Collector): void {
  const p = c.problems;
  const seen = new Set<string>();
  for (const i of l.items) {
    if (seen.has(i.code)) p.push(`功能分类科目 ${i.code} 重复`);
    seen.add(i.code);
  }
  const basic = sum(l.items.map((i) => i.basic));
  const economic = sum(l.economic.map((e) => e.personnel + e.operating));
  if (basic !== economic)
    p.push(
      `一般公共预算基本支出合计 ${money(basic, false)} 与经济分类（表6）合计 ${money(economic, false)} 不相等`,
    );
  for (const i of l.items) {
    const projects = sum(l.projects.filter((x) => x.code === i.code).map((x) => x.total));
    if (projects !== i.project + i.fiscalCarryover)
      p.push(
        `科目 ${i.code} 的一般公共预算项目支出与财政拨款结转之和 ${money(i.project + i.fiscalCarryover, false)} 与其项目（表7）之和 ${money(projects, false)} 不相等`,
      );
  }
  for (const i of l.items)
    if (i.upperTransfer > i.basic + i.project) p.push(`科目 ${i.code} 的上级转移支付超过其一般公共预算拨款`);
  for (const x of l.projects) {
    if (!seen.has(x.code)) p.push(`项目“${x.name}”的科目 ${x.code} 不在功能分类科目中`);
    if (x.total === 0) p.push(`项目“${x.name}”的金额为零`);
  }
  const econ = (code: string) => l.economic.find((e) => e.code === code);
  const line = (code: string) => (econ(code)?.personnel ?? 0) + (econ(code)?.operating ?? 0);
  if (line('30217') > l.threePublic.reception) p.push('经济分类 30217 公务接待费超过“三公”公务接待费');
  if (line('30231') > l.threePublic.vehicleOperation)
    p.push('经济分类 30231 公务用车运行维护费超过“三公”公务用车运行费');
  if (l.items.every((i) => i.basic + i.project === 0)) p.push('没有一般公共预算拨款');
}

/** Every problem of the data, in Chinese; empty when it can be rendered. */
export function validateBudgetData(d: BudgetData): string[] {
  return tryLedger(d).problems;
}

function tryLedger(d: BudgetData): { ledger?: Ledger; problems: string[] } {
  if (!d || typeof d !== 'object' || Array.isArray(d)) return { problems: ['数据必须是一个 JSON 对象'] };
  const c = new Collector(Number.isInteger(d.year) ? d.year : undefined);
  if (!checkShape(d, c)) return { problems: c.problems };
  const ledger = buildLedger(d, c);
  if (c.problems.length === 0) checkConsistency(ledger, c);
  return { ledger, problems: c.problems };
}

/** The ledger of valid data; throws BudgetDataError naming every problem otherwise. */
export function toLedger(d: BudgetData): Ledger {
  const { ledger, problems } = tryLedger(d);
  if (!ledger || problems.length > 0) throw new BudgetDataError(problems);
  return ledger;
}
