/**
 * The same classification code on two rows of one table (project tables list one code per project: exempt).
 *
 * In a table printed with its code hierarchy (类 and 款 rows above the 项 rows), a code belongs on one row and a
 * second row is an error. A flat list of codes without parent rows is another matter: departments print their
 * units' rows one after the other without the units' names (北京 预算05表), and the same code then stands on a row
 * per unit. Unless the two rows are the same line printed twice, that is only a warning: the table reads as
 * several units' rows, and the reader should know that its rows are not one unit's.
 */
import type { Row, Table } from '../../model/disclosure.js';
import { rowLocation } from '../../model/location.js';
import { hasParentRows, rowCodeKey } from '../engine/coded-rows.js';
import type { Rule, RuleContext } from '../engine/types.js';

function sameLine(a: Row, b: Row): boolean {
  const keys = new Set([...Object.keys(a.cells), ...Object.keys(b.cells)]);
  return (
    a.name === b.name &&
    [...keys].every(
      (k) => a.cells[k] && b.cells[k] && a.cells[k].amount.value.equals(b.cells[k].amount.value),
    )
  );
}

function pairData(first: Row, row: Row) {
  return {
    row: row.label,
    code: row.code ?? '',
    other: first.label,
    otherLine: first.prov.line ?? first.prov.page ?? '?',
  };
}

/** Beyond a few, a table of units' rows is one observation about the table, not one per code. */
const MANY = 3;

function reportStacked(context: RuleContext, table: Table, pairs: [Row, Row][]): void {
  if (pairs.length > MANY) {
    const codes = [...new Set(pairs.map(([, r]) => r.code))];
    context.report({
      messageId: 'stackedMany',
      severity: 'warning',
      data: { count: codes.length, examples: codes.slice(0, 3).join('、'), table: table.label },
      location: rowLocation(table, pairs[0][1]),
    });
    return;
  }
  for (const [first, row] of pairs)
    context.report({
      messageId: 'stacked',
      severity: 'warning',
      data: pairData(first, row),
      location: rowLocation(table, row),
    });
}

export const rule: Rule = {
  meta: {
    id: 'duplicate-code',
    title: '同一表中科目编码重复',
    severity: 'error',
    doc: '一个按科目层级列示的表中，每个科目编码只应出现一次；重复出现说明编码或行次有误。只列末级科目、不列上级科目的表，若同一编码各行金额不同，多为各单位分列而未印单位名称，作为警告提示。项目支出表按项目列示，同一科目下有多个项目，不适用本规则。',
    messages: {
      duplicate: '{row}：科目编码 {code} 在本表中重复出现（另见第 {otherLine} 行“{other}”）。',
      stacked:
        '{row}：科目编码 {code} 在本表中出现不止一次（另见第 {otherLine} 行“{other}”），金额不同；本表未列上级科目，可能是各单位分列而未印单位名称，请核对。',
      stackedMany:
        '{table}未列上级科目，{count} 个科目编码（如 {examples}）各出现不止一次、金额不同：多为各单位分列而未印单位名称，本表各行不是同一单位的数，请核对。',
    },
  },
  check(context) {
    for (const table of context.disclosure.tables) {
      if (table.rows.some((r) => r.texts?.project)) continue;
      const flat = !hasParentRows(table);
      const seen = new Map<string, Row>();
      const stackedRows: [Row, Row][] = [];
      for (const row of table.rows) {
        if (!row.code) continue;
        const key = rowCodeKey(row);
        const first = seen.get(key);
        if (!first) {
          seen.set(key, row);
          continue;
        }
        if (flat && !sameLine(first, row)) {
          stackedRows.push([first, row]);
          continue;
        }
        context.report({
          messageId: 'duplicate',
          data: pairData(first, row),
          location: rowLocation(table, row),
        });
      }
      reportStacked(context, table, stackedRows);
    }
  },
};
