/**
 * BudgetData → the national 部门预算 disclosure: 表1–表10 and the 说明, all computed from one validated ledger, so
 * every identity of the national profile (DESIGN §4) holds exactly.
 */
import { nationalBudget } from '../profiles/national-budget.js';
import { DETAIL_TABLES } from './detail.js';
import type { Ledger } from './ledger.js';
import { type NarrativeSection, narrative } from './narrative.js';
import { SUMMARY_TABLES, totalsOf } from './summary.js';
import type { RenderedTable } from './table.js';
import type { BudgetData, RenderOptions } from './types.js';
import { toLedger } from './validate.js';

export interface RenderedDocument {
  department: string;
  year: number;
  unit: '万元' | '元';
  tables: RenderedTable[];
  narrative: NarrativeSection[];
}

/** 表1–表10. Throws BudgetDataError when the data is inconsistent. */
export function nationalTables(d: BudgetData, options: RenderOptions = {}): RenderedTable[] {
  return ledgerTables(toLedger(d), options);
}

const BUILDERS = { ...SUMMARY_TABLES, ...DETAIL_TABLES };

/** Every table the national profile prints, in its order, built from the ledger. */
function ledgerTables(l: Ledger, options: RenderOptions): RenderedTable[] {
  const ctx = { t: totalsOf(l), all: options.allClasses ?? true, z: options.zeroAsBlank ?? true };
  return nationalBudget.tables.flatMap((spec) => {
    if (!spec.printed) return [];
    const build = BUILDERS[spec.kind];
    if (!build) throw new Error(`render: no builder for the national ${spec.kind}`);
    return [build(l, spec.printed, ctx)];
  });
}

export function nationalDocument(d: BudgetData, options: RenderOptions = {}): RenderedDocument {
  const l = toLedger(d);
  return {
    department: l.department,
    year: l.year,
    unit: l.unit,
    tables: ledgerTables(l, options),
    narrative: narrative(l),
  };
}

/** A part of the document: its number ("第二部分") and its title; each writer puts its own space between them. */
export type Part = [number: string, title: string];

/** What the document prints around its tables and its 说明, in every format. */
export function frameOf(doc: RenderedDocument) {
  return {
    title: `${doc.department}${doc.year}年部门预算`,
    overview: ['第一部分', `${doc.department}概况`] as Part,
    overviewText: `${doc.department}的主要职能、机构设置及人员情况以部门网站公布的内容为准。`,
    tables: ['第二部分', `${doc.year}年部门（单位）预算公开表`] as Part,
    /** Above each table, beside its unit. */
    preparedBy: `编制部门（单位）：${doc.department}`,
    narrative: ['第三部分', `${doc.year}年部门（单位）预算情况说明`] as Part,
    glossary: ['第四部分', '名词解释'] as Part,
  };
}

/** 名词解释: standard definitions, printed after the 说明. */
export const GLOSSARY = [
  '一、财政拨款：指由一般公共预算、政府性基金预算、国有资本经营预算安排的财政拨款数。',
  '二、财政拨款结转：指以前年度预算已安排、按有关规定结转到本年使用的财政拨款资金。',
  '三、单位资金：指除财政拨款以外的收入，包括事业收入、上级补助收入、附属单位上缴收入、事业单位经营收入和其他收入。',
  '四、基本支出：指为保障机构正常运转、完成日常工作任务而发生的支出，包括人员经费和公用经费。',
  '五、项目支出：指在基本支出之外为完成特定行政任务和事业发展目标所发生的支出。',
  '六、“三公”经费：指用财政拨款安排的因公出国（境）费、公务用车购置及运行费和公务接待费。',
  '七、机关运行经费：指为保障行政单位（含参照公务员法管理的事业单位）运行用于购买货物和服务的各项资金。',
];
