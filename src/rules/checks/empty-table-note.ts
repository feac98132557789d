/**
 * A table the template allows to be empty (表8/表9) must say why when it is (空表说明); and a note saying
 * "empty" on a table that has amounts contradicts the table.
 */
import type { Table } from '../../model/disclosure.js';
import { tableLocation } from '../../model/location.js';
import type { Rule } from '../engine/types.js';

/** 深圳/广州/珠海 print "注：本表本年无发生额。" under an empty table: 无发生额 says it as plainly as 空表. */
const SAYS_EMPTY = /空表|没有|无.{0,12}(支出|收入|资金|预算|经费)|无发生额|未安排|不涉及/u;

function isEmpty(table: Table): boolean {
  return table.rows.every((r) => Object.values(r.cells).every((c) => c.amount.value.isZero()));
}

export const rule: Rule = {
  meta: {
    id: 'empty-table-note',
    title: '空表缺少说明，或说明与表格不符',
    severity: 'warning',
    doc: '政府性基金、国有资本经营预算支出表等没有数据时，应在表下说明原因（如“本单位无政府性基金预算拨款安排的支出，本表为空表”）。反过来，写着“空表”的表却有金额，说明与表格矛盾。',
    messages: {
      missingNote: '{table} {title} 没有任何金额，但表后没有说明为空表的原因。',
      contradictingNote: '{table} {title} 有金额，但表后说明称其为空表：“{note}”。',
    },
  },
  check(context) {
    const mayBeEmpty = new Set(context.profile.tables.filter((s) => s.mayBeEmpty).map((s) => s.kind));
    for (const table of context.disclosure.tables) {
      const empty = isEmpty(table);
      const note = table.notes.find((n) => SAYS_EMPTY.test(n.text));
      const data = { table: table.label, title: table.title, note: note?.text ?? '' };
      if (empty && !note && mayBeEmpty.has(table.kind)) {
        context.report({ messageId: 'missingNote', data, location: tableLocation(table) });
      } else if (!empty && note && /空表/u.test(note.text)) {
        context.report({
          messageId: 'contradictingNote',
          severity: 'error',
          data,
          location: tableLocation(table),
        });
      }
    }
  },
};
