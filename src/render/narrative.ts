/**
 * 第三部分 说明: the narrative, every figure taken from the same ledger as the tables (so each amount quoted equals
 * its table cell, each list adds up to its whole, each share and growth rate follows from its amounts).
 */
import { classTotals } from './coded.js';
import { generalSpending, itemTotal, type Ledger, type LedgerItem } from './ledger.js';
import { money, percent, sum } from './money.js';
import { nameOf } from './names.js';
import { Phrasing } from './phrasing.js';
import { totalsOf } from './summary.js';

export interface NarrativeSection {
  heading: string;
  paragraphs: string[];
}

class Writer {
  readonly u: string;
  readonly who: string;
  readonly phrasing: Phrasing;
  constructor(readonly l: Ledger) {
    this.u = l.unit;
    this.who = `${l.department}${l.year}年`;
    this.phrasing = new Phrasing(l.style.growth, l.unit, l.year);
  }
  change = (now: number, prior: number | undefined) => this.phrasing.change(now, prior);
  m = (v: number) => `${money(v, false)}${this.u}`;
  /** "A 1.00万元，B 2.00万元" over the non-zero parts. */
  list = (parts: [string, number][], sep = '，') =>
    parts
      .filter(([, v]) => v !== 0)
      .map(([name, v]) => `${name}${this.m(v)}`)
      .join(sep);
  className = (code: string) =>
    nameOf(code, this.l.year) ?? this.l.items.find((i) => i.code.startsWith(code))?.className ?? '';
  classParts = (value: (i: LedgerItem) => number): [string, number][] =>
    [...classTotals(this.l.items, value)].map(([code, v]) => [
      this.l.items.find((i) => i.code.startsWith(code))?.className ?? this.className(code),
      v,
    ]);
}

function overview(w: Writer): NarrativeSection[] {
  const { l } = w;
  const t = totalsOf(l);
  const sources: [string, number][] = [
    ['一般公共预算拨款', t.general],
    ['政府性基金预算拨款', t.govFund],
    ['国有资本经营预算拨款', t.stateCapital],
    ['财政专户核拨', t.specialAccount],
    ['单位资金', t.unitFunds],
    ['上年财政拨款结转', t.fiscalCarryover],
    ['上年非财政拨款结转结余', t.nonFiscalCarryover],
  ];
  const share = (name: string, v: number, prior?: number, aside = '') =>
    `${name}${w.m(v)}${aside}，占${percent(v, t.all)}%${w.change(v, prior)}。`;
  const income = (name: string, v: number) => {
    if (name === '一般公共预算拨款') {
      const aside = t.upperTransfer === 0 ? '' : `（含上级转移支付${w.m(t.upperTransfer)}）`;
      return share(name, v, l.prior.generalBudget, aside);
    }
    if (name !== '单位资金') return share(name, v);
    // Spread over several lines of 表1, the 单位资金 is listed by line.
    const lines = (Object.entries(l.unitFundsBy) as [string, number][]).filter(([, x]) => x !== 0);
    const split = lines.length > 1 ? `${name}${w.m(v)}，其中：${w.list(lines, '、')}。` : '';
    return `${share(name, v, l.prior.unitFunds)}${split}`;
  };
  const aside = l.style.carryoverAside && t.carryover > 0 ? `（含上年结转结余${w.m(t.carryover)}）` : '';
  // The same income said without the carry-over: this year's 收入 (表1 本年收入), read so only by its words.
  const withoutCarryover = aside === '' ? '' : `收入预算${w.m(t.currentYear)}（不含上年结转）。`;
  const basic = sum(l.items.map((i) => i.basic));
  const project = t.all - basic;
  const none = (name: string, v: number) => (v === 0 ? [`${name}未安排。`] : []);
  return [
    {
      heading: `一、关于${w.who}收支预算情况的总体说明`,
      paragraphs: [
        `按照全口径预算的原则，${w.who}所有收入和支出均纳入部门预算管理。收支总预算${w.m(t.all)}${aside}。${withoutCarryover}`,
        `收入预算包括：${w.list(sources)}。`,
        `支出预算包括：${w.list(w.classParts(itemTotal), '、')}。`,
      ],
    },
    {
      heading: `二、关于${w.who}收入预算情况说明`,
      paragraphs: [
        `${w.who}收入预算${w.m(t.all)}，其中：`,
        ...sources.filter(([, v]) => v !== 0).map(([name, v]) => income(name, v)),
        ...none('政府性基金预算拨款', t.govFund),
        ...none('国有资本经营预算拨款', t.stateCapital),
      ],
    },
    {
      heading: `三、关于${w.who}支出预算情况说明`,
      paragraphs: [
        `${w.who}支出预算${w.m(t.all)}，其中：`,
        ...(basic === 0
          ? []
          : [
              `${share('基本支出', basic, l.prior.basic).slice(0, -1)}，主要用于保障机构正常运转和完成日常工作任务。`,
            ]),
        ...(project === 0
          ? []
          : [
              `${share('项目支出', project, l.prior.project).slice(0, -1)}，主要用于完成特定行政工作任务和事业发展目标。`,
            ]),
      ],
    },
  ];
}

function fiscal(w: Writer): NarrativeSection[] {
  const { l } = w;
  const t = totalsOf(l);
  const total = t.general + t.govFund + t.stateCapital + t.fiscalCarryover;
  const g5 = sum(l.items.map(generalSpending));
  const b5 = sum(l.items.map((i) => i.basic));
  const used = l.items.filter((i) => generalSpending(i) !== 0);
  const carried =
    l.style.carryoverAside && t.fiscalCarryover > 0 ? `（含上年财政拨款结转${w.m(t.fiscalCarryover)}）` : '';
  const detail = used.map((i, k) => {
    const names = l.projects.filter((p) => p.code === i.code).map((p) => p.name);
    const purpose =
      names.length > 0
        ? `，主要用于${names.join('、')}`
        : i.basic > 0
          ? '，主要用于保障人员经费和机构日常运转'
          : '';
    return `${k + 1}.${i.className}（类）${i.sectionName}（款）${i.name}（项）：${l.year}年预算数为${w.m(generalSpending(i))}${w.change(generalSpending(i), i.prior)}${purpose}。`;
  });
  return [
    {
      heading: `四、关于${w.who}财政拨款收支预算情况的总体说明`,
      paragraphs: [
        `${l.year}年财政拨款收支总预算${w.m(total)}。`,
        `收入包括：${w.list([
          ['一般公共预算拨款', t.general],
          ['政府性基金预算拨款', t.govFund],
          ['国有资本经营预算拨款', t.stateCapital],
          ['上年财政拨款结转', t.fiscalCarryover],
        ])}。`,
        `支出包括：${w.list(
          w.classParts((i) => generalSpending(i) + i.govFund + i.stateCapital),
          '、',
        )}。`,
      ],
    },
    {
      heading: `五、关于${w.who}一般公共预算支出情况说明`,
      paragraphs: [
        '（一）一般公共预算支出规模',
        `${w.who}一般公共预算支出${w.m(g5)}${carried}，其中：${w.list([
          ['基本支出', b5],
          ['项目支出', g5 - b5],
        ])}。`,
        ...(t.fiscalCarryover === 0 || carried !== ''
          ? []
          : [`上年财政拨款结转${w.m(t.fiscalCarryover)}，安排在项目支出中。`]),
        '（二）一般公共预算支出结构',
        `一般公共预算支出${w.m(g5)}，其中：`,
        ...w
          .classParts(generalSpending)
          .filter(([, v]) => v !== 0)
          .map(([name, v], k) => `${k + 1}.${name}${w.m(v)}，占${percent(v, g5)}%。`),
        '（三）一般公共预算支出具体使用情况',
        ...detail,
      ],
    },
  ];
}

function basicAndProjects(w: Writer): NarrativeSection[] {
  const { l } = w;
  const ps = sum(l.economic.map((e) => e.personnel));
  const op = sum(l.economic.map((e) => e.operating));
  const names = (f: (e: Ledger['economic'][number]) => number) =>
    l.economic
      .filter((e) => f(e) !== 0)
      .map((e) => e.name)
      .join('、');
  const p5 = sum(l.projects.map((p) => p.total));
  return [
    {
      heading: `六、关于${w.who}一般公共预算基本支出情况说明`,
      paragraphs: [
        `${w.who}一般公共预算基本支出${w.m(ps + op)}，其中：`,
        ...(ps === 0 ? [] : [`人员经费${w.m(ps)}，主要包括：${names((e) => e.personnel)}。`]),
        ...(op === 0 ? [] : [`公用经费${w.m(op)}，主要包括：${names((e) => e.operating)}。`]),
      ],
    },
    {
      heading: `七、关于${w.who}一般公共预算项目支出情况说明`,
      paragraphs:
        l.projects.length === 0
          ? [`${w.who}未安排一般公共预算项目支出。`]
          : [
              `${w.who}一般公共预算项目支出${w.m(p5)}，其中：`,
              ...l.projects.map((p, k) => `${k + 1}.${p.name}${w.m(p.total)}。`),
            ],
    },
  ];
}

function funds(w: Writer): NarrativeSection[] {
  const { l } = w;
  const t = totalsOf(l);
  const fund = (n: string, name: string, table: string, v: number): NarrativeSection => ({
    heading: `${n}、关于${w.who}${name}拨款情况说明`,
    paragraphs: [
      v === 0
        ? `${w.who}没有使用${name}拨款安排的支出，${table}为空表。`
        : `${w.who}${name}拨款安排的支出${w.m(v)}，全部为项目支出。`,
    ],
  });
  return [
    fund('八', '政府性基金预算', '政府性基金预算支出情况表', t.govFund),
    fund('九', '国有资本经营预算', '国有资本经营预算支出情况表', t.stateCapital),
  ];
}

function threePublicAndOther(w: Writer): NarrativeSection[] {
  const { l } = w;
  const t = l.threePublic;
  const total = t.overseas + t.reception + t.vehiclePurchase + t.vehicleOperation;
  const p = l.prior.threePublic;
  const priorTotal = p && p.overseas + p.reception + p.vehiclePurchase + p.vehicleOperation;
  const op = sum(l.economic.map((e) => e.operating));
  const parts = `因公出国（境）费${w.m(t.overseas)}，公务用车购置费${w.m(t.vehiclePurchase)}，公务用车运行费${w.m(t.vehicleOperation)}，公务接待费${w.m(t.reception)}`;
  const growth = w.change(total, priorTotal);
  return [
    {
      heading: `十、关于${w.who}财政拨款“三公”经费预算情况说明`,
      paragraphs: [
        `${w.who}财政拨款“三公”经费预算${w.m(total)}，其中：${parts}。`,
        ...(growth === '' ? [] : [`${l.year}年财政拨款“三公”经费预算${w.m(total)}${growth}。`]),
      ],
    },
    {
      heading: '十一、其他重要事项的情况说明',
      paragraphs: l.administrative
        ? [
            '（一）机关运行经费情况',
            `${l.year}年，${l.department}机关运行经费财政拨款预算${w.m(op)}${w.change(op, l.prior.operatingCost)}。`,
            ...finalAccount(w, '（二）'),
          ]
        : finalAccount(w, '（一）').length > 0
          ? finalAccount(w, '（一）')
          : ['无其他需要说明的事项。'],
    },
  ];
}

/**
 * The year before last's final account against its budget, as 决算 documents compare them ("决算数大于年初预算数"):
 * the comparison word follows from the two amounts quoted.
 */
function finalAccount(w: Writer, n: string): string[] {
  const f = w.l.prior.final;
  if (!f) return [];
  const y = w.l.year - 2;
  const [word, why] =
    f.actual > f.budget
      ? ['大于', '主要原因是年中追加了专项工作经费']
      : f.actual < f.budget
        ? ['小于', '主要原因是厉行节约、压减一般性支出']
        : ['等于', '预算执行与年初安排一致'];
  return [
    `${n}${y}年一般公共预算财政拨款支出决算情况`,
    `${y}年一般公共预算财政拨款支出决算数为${w.m(f.actual)}，年初预算数为${w.m(f.budget)}，决算数${word}年初预算数，${why}。`,
  ];
}

export function narrative(l: Ledger): NarrativeSection[] {
  const w = new Writer(l);
  return [...overview(w), ...fiscal(w), ...basicAndProjects(w), ...funds(w), ...threePublicAndOther(w)];
}
