/**
 * Projects must agree across 表7 一般公共预算项目支出表, the 项目支出绩效目标表 and the narrative's project list:
 * the same projects, the same amounts, and 表7 (general budget) lists only fiscally funded projects.
 */
import { Decimal } from 'decimal.js';
import { type ClaimOf, claimsOfKind } from '../../model/claims.js';
import type { Row, Table } from '../../model/disclosure.js';
import { findTable } from '../../model/disclosure.js';
import { provToLocation } from '../../model/finding.js';
import { rowLocation, sentenceLocation } from '../../model/location.js';
import type { PerformanceTable } from '../../model/performance.js';
import { convert } from '../../model/rounding.js';
import { matchProjects } from '../engine/project-names.js';
import type { Rule, RuleContext } from '../engine/types.js';

type Project = ClaimOf<'project'>;

function projectRows(t: Table): Row[] {
  return t.rows.filter((r) => r.kind !== 'total' && (r.texts?.project ?? '') !== '');
}

const rowAmount = (t: Table, r: Row) =>
  convert(r.cells.total?.amount.value ?? new Decimal(0), t.unit, '万元');
const perfFiscal = (p: PerformanceTable) => convert(p.fiscal?.amount.value ?? new Decimal(0), p.unit, '万元');
const perfTotal = (p: PerformanceTable) => convert(p.total?.amount.value ?? new Decimal(0), p.unit, '万元');
const claimAmount = (c: Project) =>
  c.amount && c.amount.unit !== '%' ? convert(c.amount.value, c.amount.unit as '万元', '万元') : undefined;

function perfLocation(p: PerformanceTable) {
  return { table: '项目支出绩效目标表', tableTitle: p.title, row: p.projectName, ...provToLocation(p.prov) };
}

export const rule: Rule = {
  meta: {
    id: 'performance-vs-projects',
    title: '项目在表7、绩效目标表和说明中不一致',
    severity: 'error',
    doc:
      '表7（一般公共预算项目支出表）的每个项目应有绩效目标表，金额应等于绩效目标表的财政拨款；' +
      '使用财政拨款的绩效目标表应出现在表7中；绩效目标表只有其他资金的项目不应列入表7。' +
      '说明中逐项介绍的项目（项目名称、预算安排规模）应与表7和绩效目标表一致。项目按名称相似度对应，金额相同者优先。',
    messages: {
      missingInT7: '绩效目标表“{project}”使用财政拨款 {amount}万元，但{table}中没有这个项目',
      noPerformance: '{table}项目“{project}”（{amount}万元）没有对应的绩效目标表',
      amountVsPerformance:
        '{table}项目“{project}”为 {amount}万元，而绩效目标表“{other}”的财政拨款为 {otherAmount}万元',
      fundingSource:
        '{table}（一般公共预算）列有项目“{project}”{amount}万元，但其绩效目标表“{other}”的财政拨款为空、资金来自其他资金 {otherAmount}万元',
      narrativeNotInT7: '说明中介绍的项目“{project}”（{amount}）在{table}中找不到',
      t7NotInNarrative: '{table}项目“{project}”（{amount}万元）在说明的项目介绍中没有出现',
      narrativeVsPerformance:
        '说明中项目“{project}”预算安排 {amount}，而绩效目标表“{other}”为 {otherAmount}万元',
    },
  },
  check(ctx) {
    const d = ctx.disclosure;
    const t7 = findTable(d, 'general-budget-projects');
    const perf = d.performance ?? [];
    const rows = t7 ? projectRows(t7) : [];
    const named = claimsOfKind(d.claims, 'project');
    if (t7 && rows.length > 0 && perf.length > 0) tableVsPerformance(ctx, t7, rows, perf);
    if (t7 && rows.length > 0 && named.length > 0) narrativeVsTable(ctx, t7, rows, named);
    if (perf.length > 0 && named.length > 0) narrativeVsPerformance(ctx, named, perf);
  },
};

function tableVsPerformance(ctx: RuleContext, t7: Table, rows: Row[], perf: PerformanceTable[]) {
  const left = rows.map((r) => ({ name: r.texts!.project, amount: rowAmount(t7, r) }));
  const right = perf.map((p) => ({
    name: p.projectName,
    amount: perfFiscal(p).isZero() ? perfTotal(p) : perfFiscal(p),
  }));
  const m = matchProjects(left, right);
  for (const { l, r } of m.matched) {
    const row = rows[l];
    const p = perf[r];
    const data = {
      table: t7.label,
      project: left[l].name,
      amount: left[l].amount.toString(),
      other: p.projectName,
    };
    const location = rowLocation(t7, row);
    const related = [
      { location: perfLocation(p), value: perfFiscal(p).toString(), role: '绩效目标表财政拨款' },
    ];
    if (perfFiscal(p).isZero() && !perfTotal(p).isZero()) {
      ctx.report({
        messageId: 'fundingSource',
        data: { ...data, otherAmount: perfTotal(p).toString() },
        location,
        related,
      });
    } else if (!perfFiscal(p).eq(left[l].amount)) {
      ctx.report({
        messageId: 'amountVsPerformance',
        data: { ...data, otherAmount: perfFiscal(p).toString() },
        location,
        related,
      });
    }
  }
  for (const l of m.onlyLeft) {
    ctx.report({
      messageId: 'noPerformance',
      severity: 'warning',
      data: { table: t7.label, project: left[l].name, amount: left[l].amount.toString() },
      location: rowLocation(t7, rows[l]),
    });
  }
  for (const r of m.onlyRight) {
    const p = perf[r];
    if (perfFiscal(p).isZero()) continue;
    ctx.report({
      messageId: 'missingInT7',
      data: { table: t7.label, project: p.projectName, amount: perfFiscal(p).toString() },
      location: perfLocation(p),
    });
  }
}

function narrativeVsTable(ctx: RuleContext, t7: Table, rows: Row[], named: Project[]) {
  const left = named.map((c) => ({ name: c.name, amount: claimAmount(c) }));
  const right = rows.map((r) => ({ name: r.texts!.project, amount: rowAmount(t7, r) }));
  const m = matchProjects(left, right);
  for (const l of m.onlyLeft) {
    ctx.report({
      messageId: 'narrativeNotInT7',
      data: { table: t7.label, project: named[l].name, amount: named[l].amount?.printed ?? '未写金额' },
      location: sentenceLocation(named[l].sentence),
    });
  }
  for (const r of m.onlyRight) {
    ctx.report({
      messageId: 't7NotInNarrative',
      severity: 'warning',
      data: { table: t7.label, project: right[r].name, amount: right[r].amount.toString() },
      location: rowLocation(t7, rows[r]),
    });
  }
}

function narrativeVsPerformance(ctx: RuleContext, named: Project[], perf: PerformanceTable[]) {
  const left = named.map((c) => ({ name: c.name, amount: claimAmount(c) }));
  const right = perf.map((p) => ({ name: p.projectName, amount: perfTotal(p) }));
  for (const { l, r } of matchProjects(left, right).matched) {
    const said = left[l].amount;
    if (!said || said.eq(right[r].amount)) continue;
    ctx.report({
      messageId: 'narrativeVsPerformance',
      data: {
        project: named[l].name,
        amount: named[l].amount!.printed,
        other: perf[r].projectName,
        otherAmount: right[r].amount.toString(),
      },
      location: sentenceLocation(named[l].sentence),
      related: [{ location: perfLocation(perf[r]), value: right[r].amount.toString(), role: '绩效目标表' }],
    });
  }
}
